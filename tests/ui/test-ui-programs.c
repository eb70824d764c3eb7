/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-programs.c: the TASE, Annual report and HNTE pages of the real
 * window on a seeded database: the check rows follow what is typed, with
 * their icons, values and shortfalls; the statement counter, the materials
 * checklist, the mode and the HNTE self-scores.
 *
 * With SHENBAO_SCREENSHOT_DIR set, each page is also saved as a PNG there. */
#include "config.h"

#include "sb-annual-view.h"
#include "sb-hnte-view.h"
#include "sb-input.h"
#include "sb-program-page.h"
#include "sb-tase-view.h"
#include "ui-test-util.h"

#define TASE_COMPANY "大连星海软件有限公司"

/* ---------------------------------------------------------------- helpers */

static GtkWidget *
find_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @name under @root, waiting a few frames for it to appear. */
static GtkWidget *
get (GtkWidget *root, const char *name)
{
  GtkWidget *w = NULL;

  for (int i = 0; i < 20 && (w = ui_test_find (root, name)) == NULL; i++)
    ui_test_iterate ();
  if (w == NULL)
    g_error ("no widget named “%s”", name);
  return w;
}

static SbStatus
row_status (GtkWidget *row)
{
  return (SbStatus) GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "sb-status"));
}

static const char *
row_icon (GtkWidget *row)
{
  return gtk_image_get_icon_name (GTK_IMAGE (get (row, "status-icon")));
}

/* The text of label @name in @row, or NULL when hidden. */
static const char *
row_text (GtkWidget *row, const char *name)
{
  GtkWidget *label = get (row, name);

  if (!gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

/* A click (gtk_widget_activate () clicks a button only after its pressed look). */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate ();
}

/* Types a year into a year row's spin button and presses Enter. */
static void
set_year (GtkWidget *row, const char *year)
{
  GtkWidget *spin = get (row, "spin");

  ui_test_replace (spin, year);
  /* Enter in its text */
  g_signal_emit_by_name (find_type (spin, GTK_TYPE_TEXT), "activate");
  ui_test_iterate ();
}

/* Answers the dialog that shows the diff and the verdicts before an
 * application moves to another profile. */
static void
confirm_move (const char *response)
{
  GtkWidget *dialog = NULL;

  for (int i = 0; i < 50 && dialog == NULL; i++)
    {
      dialog = ui_test_find_anywhere ("policy-move");
      if (dialog == NULL)
        ui_test_iterate ();
    }
  g_assert_nonnull (dialog);
  g_assert_nonnull (ui_test_find (dialog, "diff"));
  g_assert_nonnull (ui_test_find (dialog, "verdicts"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  ui_test_iterate ();
}

static void
screenshot (SbWindow *window, const char *name)
{
  const char *dir = g_getenv ("SHENBAO_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_true (ui_test_screenshot (GTK_WIDGET (window), path));
}

/* Scrolls every scrolled window under @root to its end, for a screenshot
 * of what is below. */
static void
scroll_to_end (GtkWidget *root)
{
  if (GTK_IS_SCROLLED_WINDOW (root))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (root));

      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scroll_to_end (child);
  ui_test_iterate ();
}

static SbEnterprise *
enterprise (SbWindow *window)
{
  SbSession *session = sb_window_get_session (window);

  g_assert_nonnull (session);
  return sb_session_get_enterprise (session);
}

static gint64
open_tase_company (SbWindow *window)
{
  gint64 id = ui_test_company_id (window, TASE_COMPANY);

  g_assert_cmpint (id, >, 0);
  ui_test_open_company (window, id);
  g_assert_nonnull (sb_window_get_session (window));
  return id;
}

static void
show (SbWindow *window, const char *view)
{
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string (view));
  ui_test_iterate ();
}

/* The year's figure as the store holds it after the session is flushed. */
static gint64
stored_offshore (SbWindow *window, gint64 id, int year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) d = NULL;
  const SbYear *y;

  g_assert_true (sb_session_flush (sb_window_get_session (window), &error));
  g_assert_no_error (error);
  store = g_object_ref (sb_session_get_store (sb_window_get_session (window)));
  d = sb_store_load_dossier (store, id, &error);
  g_assert_no_error (error);
  y = sb_dossier_find_year (d, year);
  g_assert_nonnull (y);
  return y->offshore_revenue;
}

/* ---------------------------------------------------------------- TASE */

static void
test_tase (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 id = open_tase_company (window);
  GtkWidget *view;
  GtkWidget *offshore, *degree, *verdict;
  SbFiscalYear *year;
  GListModel *contracts;

  show (window, "tase");
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_is_drawable (view));

  /* the example as the contract says: offshore 37.67% passes, degree staff
   * 48.72% is 4 persons short, not eligible */
  offshore = get (view, "check:tase.offshore_revenue:2024");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_PASS);
  g_assert_cmpstr (row_icon (offshore), ==, "emblem-ok-symbolic");
  g_assert_true (gtk_widget_has_css_class (get (offshore, "status-icon"), "verdict-pass"));
  g_assert_cmpstr (row_text (offshore, "value"), ==, "37.67% (at least 35.00%)");
  g_assert_null (row_text (offshore, "shortfall"));
  g_assert_cmpstr (row_text (offshore, "year"), ==, "2024");
  g_assert_cmpstr (row_text (offshore, "title"), ==, "Offshore outsourcing revenue");
  degree = get (view, "check:tase.degree_staff:2024");
  g_assert_cmpint (row_status (degree), ==, SB_STATUS_FAIL);
  g_assert_cmpstr (row_icon (degree), ==, "window-close-symbolic");
  g_assert_cmpstr (row_text (degree, "value"), ==, "48.72% (at least 50.00%)");
  g_assert_cmpstr (row_text (degree, "shortfall"), ==, "Short of 4 staff with a degree");
  g_assert_cmpint (row_status (get (view, "check:tase.scope:0")), ==, SB_STATUS_DECLARED);
  verdict = get (view, "verdict");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (verdict)), ==, "Does not qualify yet");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "verdict-detail"))), ==,
                   "1 condition not met");
  /* the tax benefit with its caveat, the year's figures */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (get (view, "amount:0"), "value"))), ==,
                   "¥420,000.00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "2024:figure:total-revenue"))), ==,
                   "¥30,000,000.00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "2024:figure:offshore-revenue"))),
                   ==, "¥11,300,000.00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "2024:figure:degree-average"))),
                   ==, "76.00");
  /* the deadlines of the profile */
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                                     get (view, "deadline-online"))), "2025-05-30"));
  screenshot (window, "tase.png");
  if (g_getenv ("SHENBAO_SCREENSHOT_DIR") != NULL)
    {
      scroll_to_end (view);
      screenshot (window, "tase-end.png");
    }

  /* a registration brings the copies owed for the gap (RULES.md §1.6),
   * shown beside the verdict: 35% of 30,000,000 less the 2,500,000
   * registered, covered by JP-2024-01 */
  year = sb_enterprise_find_year (enterprise (window), 2024);
  contracts = sb_fiscal_year_get_contracts (year);
  {
    g_autoptr(GObject) c = g_list_model_get_item (contracts, 1);

    g_object_set (c, "execution-registration-no", "DL-1",
                  "execution-registration-amount", (gint64) 250000000, NULL);
    ui_test_iterate ();
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (get (view, "amount:1"))),
                     ==, "2024: offshore revenue owed as contracts and invoices");
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (get (view, "amount:1"), "value"))), ==,
                     "¥8,000,000.00");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (view, "amount:1"))),
                              "JP-2024-01"));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (get (view, "amount:2"), "value"))), ==,
                     "¥15,000,000.00");
    /* a duty, not a condition: the verdict is as it was */
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (verdict)), ==, "Does not qualify yet");

    /* the user chooses another set: the line activated, JP-2024-01 unticked:
     * nothing covers the gap; the proposal again puts it back */
    {
      GList *before = gtk_window_list_toplevels ();
      GtkWidget *dialog = NULL;
      GtkWidget *list;
      SbTaseApplication *claim = sb_enterprise_get_tase (enterprise (window));

      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (get (view, "amount:1"))));
      g_signal_emit_by_name (get (view, "amount:1"), "activated");
      ui_test_iterate ();
      for (GList *l = gtk_window_list_toplevels (); l != NULL; l = l->next)
        if (g_list_find (before, l->data) == NULL && ADW_IS_MESSAGE_DIALOG (l->data))
          dialog = l->data;
      g_list_free (before);
      g_assert_nonnull (dialog);
      list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
      for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL;
           r = gtk_widget_get_next_sibling (r))
        if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (r)), "JP-2024-01") == 0)
          {
            GtkWidget *check = find_type (r, GTK_TYPE_CHECK_BUTTON);
            g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
            gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
          }
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
      ui_test_iterate ();
      {
        g_autoptr(SbDossier) d = sb_enterprise_to_dossier (enterprise (window));

        g_assert_nonnull (d->tase->extra);
        g_assert_nonnull (json_object_get_member (d->tase->extra, "evidence_chosen"));
      }
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (view, "amount:1"))),
                                "not covered"));
      g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (view, "amount:1"))),
                             "JP-2024-01"));
      sb_tase_application_set_evidence_chosen (claim, 2024, "offshore", NULL);
      ui_test_iterate ();
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (view, "amount:1"))),
                                "JP-2024-01"));
    }
  }

  /* without the contracts, the year's own figures count: typed on the
   * Company page, one character at a time */
  while (g_list_model_get_n_items (contracts) > 0)
    sb_fiscal_year_remove_contract (year, 0);
  ui_test_iterate ();
  g_assert_true (offshore == get (view, "check:tase.offshore_revenue:2024"));   /* in place */
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_MISSING);
  g_assert_cmpstr (row_icon (offshore), ==, "dialog-question-symbolic");
  g_assert_nonnull (strstr (row_text (offshore, "note"), "offshore revenue of 2024 is missing"));

  show (window, "company");
  ui_test_replace (get (GTK_WIDGET (window), "2024:tase-revenue"), "16500000");
  ui_test_replace (get (GTK_WIDGET (window), "2024:offshore-revenue"), "11,300,000");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_PASS);
  g_assert_cmpstr (row_text (offshore, "value"), ==, "37.67% (at least 35.00%)");

  /* 9,000,000 of 30,000,000: 30.00%, ¥2,307,692.31 short */
  ui_test_replace (get (GTK_WIDGET (window), "2024:offshore-revenue"), "900万");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_FAIL);
  g_assert_cmpstr (row_icon (offshore), ==, "window-close-symbolic");
  g_assert_true (gtk_widget_has_css_class (get (offshore, "status-icon"), "verdict-fail"));
  g_assert_cmpstr (row_text (offshore, "value"), ==, "30.00% (at least 35.00%)");
  g_assert_cmpstr (row_text (offshore, "shortfall"), ==,
                   "Short of offshore outsourcing revenue: ¥2,307,692.31");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "verdict-detail"))), ==,
                   "2 conditions not met");
  g_assert_cmpint (stored_offshore (window, id, 2024), ==, 900000000);

  /* one fen short of 35%, then exactly 35% */
  ui_test_replace (get (GTK_WIDGET (window), "2024:offshore-revenue"), "10499999.99");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_FAIL);
  g_assert_cmpstr (row_text (offshore, "shortfall"), ==,
                   "Short of offshore outsourcing revenue: ¥0.02");
  ui_test_replace (get (GTK_WIDGET (window), "2024:offshore-revenue"), "10500000");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_PASS);
  g_assert_cmpstr (row_text (offshore, "value"), ==, "35.00% (at least 35.00%)");
  g_assert_null (row_text (offshore, "shortfall"));
  g_assert_cmpint (stored_offshore (window, id, 2024), ==, 1050000000);

  /* a letter is refused: the row keeps the last good figure (confirmed
   * with Enter: a bad text goes back to the value from before the editing) */
  g_signal_emit_by_name (ui_test_get_editable (get (GTK_WIDGET (window), "2024:offshore-revenue")),
                         "activate");
  ui_test_type (get (GTK_WIDGET (window), "2024:offshore-revenue"), "x");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_PASS);
  g_assert_cmpint (stored_offshore (window, id, 2024), ==, 1050000000);

  ui_test_close_window (window);
}

/* The statement counter, the materials checklist, review mode. */
static gboolean
focus_is (SbWindow *window, GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The verdict beside the figures (issue 11): a failing or missing check,
 * activated, shows the page of its figure and focuses its field; a check
 * that passes is not activatable. */
static void
test_check_activates_field (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *view, *degree, *offshore;
  SbStaffMonthRow *march;

  open_tase_company (window);
  show (window, "tase");
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  offshore = get (view, "check:tase.offshore_revenue:2024");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_PASS);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (offshore)));

  /* 48.72% fails: activated, the year's staff grid */
  degree = get (view, "check:tase.degree_staff:2024");
  g_assert_cmpint (row_status (degree), ==, SB_STATUS_FAIL);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (degree)));
  g_assert_true (gtk_widget_get_visible (get (degree, "go")));
  g_signal_emit_by_name (degree, "activate");
  ui_test_iterate ();
  g_assert_cmpstr (sb_window_get_page (window), ==, "company");
  g_assert_true (focus_is (window, get (GTK_WIDGET (window), "2024:staff:1:total")));

  /* a month left half filled: missing; activated, its first empty count */
  march = sb_fiscal_year_find_staff_month (sb_enterprise_find_year (enterprise (window), 2024), 3);
  g_assert_nonnull (march);
  g_object_set (march, "degree-end", SB_UNSET, NULL);
  show (window, "tase");
  g_assert_cmpint (row_status (degree), ==, SB_STATUS_MISSING);
  g_signal_emit_by_name (degree, "activate");
  ui_test_iterate ();
  g_assert_cmpstr (sb_window_get_page (window), ==, "company");
  g_assert_true (focus_is (window, get (GTK_WIDGET (window), "2024:staff:3:degree-end")));

  /* the offshore revenue failing: its field */
  ui_test_replace (get (GTK_WIDGET (window), "2024:offshore-revenue"), "10");
  sb_fiscal_year_remove_contract (sb_enterprise_find_year (enterprise (window), 2024), 0);
  while (g_list_model_get_n_items (sb_fiscal_year_get_contracts (
           sb_enterprise_find_year (enterprise (window), 2024))) > 0)
    sb_fiscal_year_remove_contract (sb_enterprise_find_year (enterprise (window), 2024), 0);
  show (window, "tase");
  g_assert_cmpint (row_status (offshore), ==, SB_STATUS_FAIL);
  gtk_widget_activate_action (offshore, "win.focus-check", "(si)", "tase.offshore_revenue", 2024);
  ui_test_iterate ();
  g_assert_true (focus_is (window, get (GTK_WIDGET (window), "2024:offshore-revenue")));
  /* the region, a company field */
  gtk_widget_activate_action (offshore, "win.focus-check", "(si)", "tase.region", 0);
  ui_test_iterate ();
  g_assert_true (focus_is (window, get (GTK_WIDGET (window), "region")));

  ui_test_close_window (window);
}

/* A review checks three years: choosing it makes the missing ones at once,
 * each started from the year before it (issue 11). */
static void
test_review_years (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *view;
  SbEnterprise *e;
  SbFiscalYear *y2024;
  guint months;

  open_tase_company (window);
  show (window, "tase");
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  e = enterprise (window);
  y2024 = sb_enterprise_find_year (e, 2024);
  months = g_list_model_get_n_items (sb_fiscal_year_get_staff_months (y2024));
  g_assert_null (sb_enterprise_find_year (e, 2022));
  g_assert_null (sb_enterprise_find_year (e, 2023));

  adw_combo_row_set_selected (ADW_COMBO_ROW (get (view, "mode")), 1);
  ui_test_iterate ();
  g_assert_nonnull (sb_enterprise_find_year (e, 2022));
  g_assert_nonnull (sb_enterprise_find_year (e, 2023));
  g_assert_true (sb_enterprise_find_year (e, 2024) == y2024);   /* kept as it was */
  /* 2022 had no year before it: empty; 2023 from 2022 */
  g_assert_cmpuint (g_list_model_get_n_items (sb_fiscal_year_get_staff_months (
                      sb_enterprise_find_year (e, 2022))), ==, 0);
  g_assert_cmpuint (months, >, 0);
  /* the review's checks name the three years */
  g_assert_nonnull (get (view, "check:tase.degree_staff:2022"));
  g_assert_nonnull (get (view, "check:tase.degree_staff:2024"));

  ui_test_close_window (window);
}

static void
test_tase_form (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *view, *length, *materials, *first, *done, *mode, *profile;
  SbTaseApplication *claim;
  GtkTextBuffer *buffer;
  g_autoptr(SbMaterialItem) item = NULL;
  gboolean is_done = FALSE;

  open_tase_company (window);
  show (window, "tase");
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  claim = sb_enterprise_get_tase (enterprise (window));
  g_assert_nonnull (claim);

  /* statement: typed one character at a time; white space not counted */
  length = get (view, "statement-length");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (length)), ==,
                   "0 characters of at least 1000 (white space not counted)");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (get (view, "business-statement")));
  for (const char *p = "本公司 提供离岸"; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
      ui_test_iterate ();
    }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (length)), ==,
                   "7 characters of at least 1000 (white space not counted)");
  g_assert_cmpstr (sb_tase_application_get_business_statement (claim), ==, "本公司 提供离岸");
  g_assert_true (gtk_widget_has_css_class (length, "verdict-missing"));
  g_assert_false (sb_tase_application_get_statement_ok (claim));

  /* the profile's checklist, a switch per item */
  materials = get (view, "materials");
  g_assert_cmpuint (g_list_model_get_n_items (sb_tase_application_get_materials (claim)), ==, 9);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (materials)), ==,
                   "0 of 9 ready");
  first = get (materials, "material:企业营业执照复印件");
  done = get (first, "done");
  gtk_switch_set_active (GTK_SWITCH (done), TRUE);
  ui_test_iterate ();
  item = g_list_model_get_item (sb_tase_application_get_materials (claim), 2);
  g_object_get (item, "done", &is_done, NULL);
  g_assert_true (is_done);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (materials)), ==,
                   "1 of 9 ready");

  /* review: three years tested, rows added; back: the years before go */
  mode = get (view, "mode");
  adw_combo_row_set_selected (ADW_COMBO_ROW (mode), 1);
  ui_test_iterate ();
  g_assert_cmpint (row_status (get (view, "check:tase.degree_staff:2022")), ==,
                   SB_STATUS_MISSING);
  g_assert_cmpint (row_status (get (view, "check:tase.offshore_revenue:2023")), ==,
                   SB_STATUS_MISSING);
  g_assert_nonnull (get (view, "figures:2022"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (mode), 0);
  ui_test_iterate ();
  g_assert_null (ui_test_find (view, "check:tase.degree_staff:2022"));
  g_assert_null (ui_test_find (view, "figures:2022"));
  g_assert_cmpint (row_status (get (view, "check:tase.offshore_revenue:2024")), ==,
                   SB_STATUS_PASS);

  /* the Guangdong profile: a Dalian company is outside it; with review,
   * which that notice has not, nothing can be evaluated */
  profile = get (view, "profile");
  adw_combo_row_set_selected (ADW_COMBO_ROW (profile), 1);
  ui_test_iterate ();
  /* not moved before the diff is confirmed; cancelled, the row goes back */
  g_assert_cmpstr (sb_tase_application_get_profile (claim), ==, "tase-dalian-2025");
  confirm_move ("cancel");
  g_assert_cmpstr (sb_tase_application_get_profile (claim), ==, "tase-dalian-2025");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (profile)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (profile), 1);
  ui_test_iterate ();
  confirm_move ("move");
  g_assert_cmpstr (sb_tase_application_get_profile (claim), ==, "tase-guangdong-2019");
  g_assert_cmpint (row_status (get (view, "check:tase.region:0")), ==, SB_STATUS_FAIL);
  g_assert_cmpint (row_status (get (view, "check:tase.clean_record:0")), ==,
                   SB_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (row_icon (get (view, "check:tase.clean_record:0")), ==, "list-remove-symbolic");
  adw_combo_row_set_selected (ADW_COMBO_ROW (mode), 1);
  ui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "verdict"))), ==, "Cannot evaluate");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (get (view, "verdict-detail"))),
                            "has no review"));
  g_assert_null (ui_test_find (view, "check:tase.region:0"));
  g_assert_false (gtk_widget_get_visible (get (view, "checks")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (mode), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (profile), 0);
  ui_test_iterate ();
  confirm_move ("move");
  g_assert_cmpstr (sb_tase_application_get_profile (claim), ==, "tase-dalian-2025");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "verdict"))), ==,
                   "Does not qualify yet");
  g_assert_cmpint (row_status (get (view, "check:tase.region:0")), ==, SB_STATUS_PASS);

  ui_test_close_window (window);
}

/* A company without a TASE claim applies: the profile of its region. */
static void
test_tase_apply (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 id = ui_test_company_id (window, "大连软件园公共服务中心有限公司");
  GtkWidget *view, *dialog;
  SbTaseApplication *claim;
  int year = 0;

  g_assert_cmpint (id, >, 0);
  ui_test_open_company (window, id);
  show (window, "tase");
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  g_assert_null (sb_enterprise_get_tase (enterprise (window)));
  click (get (view, "apply-tase"));
  claim = sb_enterprise_get_tase (enterprise (window));
  g_assert_nonnull (claim);
  g_object_get (claim, "apply-year", &year, NULL);
  g_assert_cmpstr (sb_tase_application_get_profile (claim), ==, "tase-dalian-2025");
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (sb_tase_application_get_materials (claim)), ==, 9);
  /* the trade-fund example has no staff months: the ratios miss data */
  g_assert_cmpint (row_status (get (view, "check:tase.degree_staff:2024")), ==,
                   SB_STATUS_MISSING);

  /* withdrawn after the question */
  click (get (view, "withdraw-tase"));
  dialog = NULL;
  for (int i = 0; i < 20 && dialog == NULL; i++)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          dialog = l->data;
      if (dialog == NULL)
        ui_test_iterate ();
    }
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "withdraw");
  ui_test_iterate ();
  g_assert_null (sb_enterprise_get_tase (enterprise (window)));
  g_assert_true (gtk_widget_get_mapped (get (view, "apply-tase")));

  ui_test_close_window (window);
}

/* The profile a new claim gets, and deadlines in words (no window). */
static void
test_defaults (void)
{
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  SbDate at = sb_date_from_ymd (2025, 5, 20);
  struct { const char *program, *region, *expected; } cases[] = {
    { "tase", "dalian", "tase-dalian-2025" },
    { "tase", "foshan", "tase-guangdong-2019" },
    { "tase", "guangdong", "tase-guangdong-2019" },
    { "tase", "hangzhou", "tase-dalian-2025" },     /* none accepts it: the latest */
    { "tase", NULL, "tase-dalian-2025" },
    { "hnte", "hangzhou", "hnte-zhejiang" },
    { "hnte", "dalian", "hnte-zhejiang" },
    { "tradefund", "dalian", "tradefund-dalian-2024" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = sb_program_default_profile (policies, cases[i].program,
                                                        cases[i].region);

      g_assert_cmpstr (id, ==, cases[i].expected);
    }
  {
    g_autofree char *none = sb_program_default_profile (policies, "nothing", "dalian");

    g_assert_null (none);
  }
  {
    g_autofree char *left = sb_deadline_text (sb_date_from_ymd (2025, 5, 30), at);
    g_autofree char *one = sb_deadline_text (sb_date_from_ymd (2025, 5, 21), at);
    g_autofree char *today = sb_deadline_text (at, at);
    g_autofree char *passed = sb_deadline_text (sb_date_from_ymd (2025, 5, 17), at);
    g_autofree char *unset = sb_deadline_text (SB_DATE_UNSET, at);

    g_assert_cmpstr (left, ==, "2025-05-30 · 10 days left");
    g_assert_cmpstr (one, ==, "2025-05-21 · 1 day left");
    g_assert_cmpstr (today, ==, "2025-05-20 · today");
    g_assert_cmpstr (passed, ==, "2025-05-17 · passed 3 days ago");
    g_assert_cmpstr (unset, ==, "");
  }
}

/* ---------------------------------------------------------------- annual */

static void
test_annual (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *view, *degree;
  SbAnnualInfo *claim;
  g_autofree char *profile = NULL;

  open_tase_company (window);
  show (window, "annual");
  view = find_type (GTK_WIDGET (window), SB_TYPE_ANNUAL_VIEW);
  g_assert_null (sb_enterprise_get_annual_report (enterprise (window)));
  click (get (view, "start-annual-report"));
  ui_test_iterate ();
  claim = sb_enterprise_get_annual_report (enterprise (window));
  g_assert_nonnull (claim);
  g_object_get (claim, "profile", &profile, NULL);
  g_assert_cmpstr (profile, ==, "tase-dalian-2025");

  set_year (get (view, "year"), "2024");
  degree = get (view, "check:tase.degree_staff:2024");
  g_assert_cmpint (row_status (degree), ==, SB_STATUS_FAIL);
  g_assert_cmpstr (row_text (degree, "shortfall"), ==, "Short of 4 staff with a degree");
  g_assert_cmpint (row_status (get (view, "check:tase.offshore_revenue:2024")), ==,
                   SB_STATUS_PASS);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "2024:figure:catalogue-revenue"))),
                   ==, "¥16,500,000.00");
  screenshot (window, "annual.png");

  /* a year without figures: every ratio missing */
  set_year (get (view, "year"), "2023");
  g_assert_cmpint (row_status (get (view, "check:tase.degree_staff:2023")), ==,
                   SB_STATUS_MISSING);
  g_assert_null (ui_test_find (view, "check:tase.degree_staff:2024"));

  ui_test_close_window (window);
}

/* ---------------------------------------------------------------- HNTE */

static void
add_year (SbEnterprise *e, int y, gint64 net_assets, gint64 sales)
{
  SbFiscalYear *year = sb_enterprise_find_year (e, y);

  if (year == NULL)
    {
      g_autoptr(SbFiscalYear) added = sb_fiscal_year_new (y);

      g_assert_true (sb_enterprise_add_year (e, added));
      year = added;
    }
  g_object_set (year, "net-assets-end", net_assets, "sales-revenue", sales, NULL);
}

static void
test_hnte (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *view, *innovation, *region;
  SbHnteApplication *claim;
  SbEnterprise *e;
  g_autofree char *profile = NULL;
  gint64 score = SB_UNSET;

  open_tase_company (window);
  e = enterprise (window);
  show (window, "hnte");
  view = find_type (GTK_WIDGET (window), SB_TYPE_HNTE_VIEW);
  click (get (view, "apply-hnte"));
  ui_test_iterate ();
  claim = sb_enterprise_get_hnte (e);
  g_assert_nonnull (claim);
  g_object_get (claim, "profile", &profile, NULL);
  g_assert_cmpstr (profile, ==, "hnte-zhejiang");

  /* a Dalian company is outside the Zhejiang guide */
  region = get (view, "check:hnte.region:0");
  g_assert_cmpint (row_status (region), ==, SB_STATUS_FAIL);
  g_assert_nonnull (row_text (region, "note"));

  /* growth needs three years: net assets 10 → 12 → 15 million (22.5%:
   * 5–6 points), sales 20 → 26 → 33.8 million (30%: 7–8 points) */
  add_year (e, 2022, 1000000000, 2000000000);
  add_year (e, 2023, 1200000000, 2600000000);
  add_year (e, 2024, 1500000000, 3380000000);
  ui_test_type (get (view, "apply-date"), "2025-3-1");
  innovation = get (view, "check:hnte.innovation:0");
  g_assert_cmpint (row_status (innovation), ==, SB_STATUS_MISSING);
  g_assert_cmpstr (row_text (innovation, "value"), ==, "at least 71 points");

  /* self-scores typed: IP 20, R&D organisation 15, 6 results converted
   * (2 a year: 7–12 points) */
  ui_test_type (get (view, "score-ip"), "20");
  ui_test_type (get (view, "score-rd-management"), "15");
  ui_test_type (get (view, "conversion-results"), "6");
  g_object_get (claim, "score-ip", &score, NULL);
  g_assert_cmpint (score, ==, 20);
  g_assert_cmpint (row_status (innovation), ==, SB_STATUS_FAIL);
  g_assert_cmpstr (row_text (innovation, "value"), ==, "54–61 points (at least 71)");
  g_assert_cmpstr (row_text (innovation, "shortfall"), ==, "Short of 17 points");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "innovation:total"))), ==, "54–61");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "innovation:growth-sales"))), ==,
                   "7–8");
  /* each growth item shows its rate beside its points (issue 13) */
  {
    GtkWidget *sales_row = gtk_widget_get_ancestor (get (view, "innovation:growth-sales"),
                                                    ADW_TYPE_ACTION_ROW);
    GtkWidget *net_row = gtk_widget_get_ancestor (get (view, "innovation:growth-net-assets"),
                                                  ADW_TYPE_ACTION_ROW);

    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (sales_row)),
                                     "Growth rate "));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (sales_row)), "% · "));
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (net_row)),
                                     "Growth rate "));
  }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (get (view, "innovation:conversion"))), ==,
                   "7–12");

  /* IP 30: the low end 64, still 7 short */
  ui_test_replace (get (view, "score-ip"), "30");
  g_assert_cmpstr (row_text (innovation, "value"), ==, "64–71 points (at least 71)");
  g_assert_cmpstr (row_text (innovation, "shortfall"), ==, "Short of 7 points");
  g_assert_true (innovation == get (view, "check:hnte.innovation:0"));

  /* a conversion score instead of the count: 30 → 87–89, passes */
  ui_test_type (get (view, "score-conversion"), "30");
  g_assert_cmpint (row_status (innovation), ==, SB_STATUS_PASS);
  g_assert_cmpstr (row_text (innovation, "value"), ==, "87–89 points (at least 71)");
  g_assert_cmpstr (row_icon (innovation), ==, "emblem-ok-symbolic");

  /* an IP item added in the list */
  click (get (view, "add-ip-item"));
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sb_hnte_application_get_ip_items (claim)), ==, 1);
  ui_test_type (get (get (view, "ip-item:0"), "name"), "一种数据同步方法");
  {
    g_autoptr(GObject) item = g_list_model_get_item (sb_hnte_application_get_ip_items (claim), 0);
    g_autofree char *name = NULL;

    g_object_get (item, "name", &name, NULL);
    g_assert_cmpstr (name, ==, "一种数据同步方法");
  }
  /* the ledger of 2024 by category */
  ui_test_replace (get (view, "2024:rd-personnel"), "1000000");
  g_assert_true (sb_fiscal_year_get_rd_ledger (sb_enterprise_find_year (e, 2024),
                                               SB_RD_PERSONNEL) == 100000000);
  screenshot (window, "hnte.png");
  if (g_getenv ("SHENBAO_SCREENSHOT_DIR") != NULL)
    {
      scroll_to_end (view);
      screenshot (window, "hnte-end.png");
    }

  click (get (get (view, "ip-item:0"), "remove"));
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sb_hnte_application_get_ip_items (claim)), ==, 0);

  ui_test_close_window (window);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/programs/tase", test_tase);
  g_test_add_func ("/ui/programs/check-activates-field", test_check_activates_field);
  g_test_add_func ("/ui/programs/review-years", test_review_years);
  g_test_add_func ("/ui/programs/tase-form", test_tase_form);
  g_test_add_func ("/ui/programs/tase-apply", test_tase_apply);
  g_test_add_func ("/ui/programs/defaults", test_defaults);
  g_test_add_func ("/ui/programs/annual", test_annual);
  g_test_add_func ("/ui/programs/hnte", test_hnte);
  return g_test_run ();
}
