/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-tradefund.c: the Trade fund page of the real window on a seeded
 * database: the total and each direction's subsidy follow what is typed into
 * the certification lines, a letter is refused, lines are added and removed,
 * a line's kind is chosen from a drop-down. */
#include "config.h"

#include <string.h>

#include "sb-cell-entry.h"
#include "sb-company-item.h"
#include "sb-field-row.h"
#include "sb-input.h"
#include "sb-tf-line-editor.h"
#include "ui-test-util.h"

#define COMPANY "大连软件园公共服务中心有限公司"

static SbWindow *window;

/* ---------------------------------------------------------------- helpers */

static GtkWidget *
get_widget (const char *name)
{
  GtkWidget *w = NULL;

  /* rows of a list view appear after a frame or two */
  for (int i = 0; i < 20 && w == NULL; i++)
    {
      w = ui_test_find (GTK_WIDGET (window), name);
      if (w == NULL)
        ui_test_iterate ();
    }
  if (w == NULL)
    g_error ("no widget named %s", name);
  return w;
}

static const char *
label_text (const char *name)
{
  GtkWidget *w = get_widget (name);

  g_assert_true (GTK_IS_LABEL (w));
  return gtk_label_get_text (GTK_LABEL (w));
}

static void
type_text (GtkEditable *editable, const char *text)
{
  ui_test_type (GTK_WIDGET (editable), text);
}

static void
clear_text (GtkEditable *editable)
{
  ui_test_clear (GTK_WIDGET (editable));
}

static GtkEditable *
cell (const char *editor_name, guint line, const char *property)
{
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget (editor_name));
  GtkEditable *e = NULL;

  for (int i = 0; i < 20 && e == NULL; i++)
    {
      e = sb_tf_line_editor_get_cell (editor, line, property);
      if (e == NULL)
        ui_test_iterate ();
    }
  g_assert_nonnull (e);
  return e;
}

static GtkDropDown *
drop_down (const char *editor_name, guint line, const char *property)
{
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget (editor_name));
  GtkDropDown *d = NULL;

  for (int i = 0; i < 20 && d == NULL; i++)
    {
      d = sb_tf_line_editor_get_drop_down (editor, line, property);
      if (d == NULL)
        ui_test_iterate ();
    }
  g_assert_nonnull (d);
  return d;
}

/* The words of the drop-down's items, one per line. */
static char *
drop_down_items (GtkDropDown *d)
{
  GListModel *model = gtk_drop_down_get_model (d);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%s%s", i > 0 ? "\n" : "", gtk_string_object_get_string (item));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The words the drop-down shows. */
static const char *
drop_down_shown (GtkDropDown *d)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (d);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

/* Chooses the item @words, as a click in the drop-down's list does. */
static void
drop_down_choose (GtkDropDown *d, const char *words)
{
  GListModel *model = gtk_drop_down_get_model (d);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), words) == 0)
        {
          gtk_drop_down_set_selected (d, i);
          ui_test_iterate ();
          return;
        }
    }
  g_error ("no item %s in the drop-down", words);
}

/* The handlers of @object's notify::kind (a leak shows as more than one). */
static guint
kind_handlers (gpointer object)
{
  guint signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
  GQuark kind = g_quark_from_static_string ("kind");
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gulong));
  gulong id;

  /* each found is blocked, so that the next search finds another */
  while ((id = g_signal_handler_find (object, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL
                                      | G_SIGNAL_MATCH_UNBLOCKED,
                                      signal, kind, NULL, NULL, NULL)) != 0)
    {
      g_signal_handler_block (object, id);
      g_array_append_val (found, id);
    }
  for (guint i = 0; i < found->len; i++)
    g_signal_handler_unblock (object, g_array_index (found, gulong, i));
  return found->len;
}

/* The other example company (the TASE one, without a trade-fund claim). */
static gint64
other_company_id (gint64 not_this)
{
  GListModel *companies = sb_window_get_companies (window);

  for (guint i = 0; i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);

      if (sb_company_item_get_id (item) != not_this)
        return sb_company_item_get_id (item);
    }
  g_error ("only one company");
  return 0;
}

static const SbTradeFundReport *
report (void)
{
  SbSession *session = sb_window_get_session (window);
  const SbEvaluation *ev;

  g_assert_nonnull (session);
  ev = sb_session_get_evaluation (session);
  g_assert_nonnull (ev);
  g_assert_nonnull (ev->trade_fund);
  return ev->trade_fund;
}

static void
assert_money_label (const char *name, gint64 fen)
{
  g_autofree char *want = sb_input_format_money (fen);

  g_assert_cmpstr (label_text (name), ==, want);
}

/* Every figure on the page is the engine's. */
static void
assert_page_matches_engine (void)
{
  const SbTradeFundReport *r = report ();

  assert_money_label ("tradefund-total", r->total);
  if (r->platform != NULL)
    assert_money_label ("direction:platform:subsidy", r->platform->subsidy);
  if (r->certifications != NULL)
    assert_money_label ("direction:certifications:subsidy", r->certifications->subsidy);
}

static SbCertificationRow *
cert_line (guint i)
{
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (
    sb_session_get_enterprise (sb_window_get_session (window)));
  g_autoptr(SbCertificationRow) row =
    g_list_model_get_item (sb_trade_fund_application_get_certifications (tf), i);

  return row;   /* the list holds a reference */
}

static gint64
stored_fee (guint i)
{
  SbSession *session = sb_window_get_session (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  g_assert_true (sb_session_flush (session, &error));
  g_assert_no_error (error);
  d = sb_store_load_dossier (sb_session_get_store (session), sb_session_get_company_id (session),
                             &error);
  g_assert_no_error (error);
  g_assert_nonnull (d->trade_fund);
  g_assert_cmpuint (d->trade_fund->certifications->len, >, i);
  return ((SbCertLine *) g_ptr_array_index (d->trade_fund->certifications, i))->fee;
}

/* The kind of certification line @i in the store (written first); free it. */
static char *
stored_kind (guint i)
{
  SbSession *session = sb_window_get_session (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  g_assert_true (sb_session_flush (session, &error));
  g_assert_no_error (error);
  d = sb_store_load_dossier (sb_session_get_store (session), sb_session_get_company_id (session),
                             &error);
  g_assert_no_error (error);
  g_assert_nonnull (d->trade_fund);
  g_assert_cmpuint (d->trade_fund->certifications->len, >, i);
  return g_strdup (((SbCertLine *) g_ptr_array_index (d->trade_fund->certifications, i))->kind);
}

static char *
line_kind (guint i)
{
  char *kind = NULL;

  g_object_get (cert_line (i), "kind", &kind, NULL);
  return kind;
}

static void
show_direction (const char *id)
{
  GtkWidget *stack = get_widget ("tradefund-directions");

  gtk_stack_set_visible_child_name (GTK_STACK (stack), id);
  ui_test_iterate ();
}

static void
open_tradefund_page (gint64 id)
{
  ui_test_open_company (window, id);
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view",
                           g_variant_new_string ("tradefund"));
  g_assert_cmpstr (sb_window_get_page (window), ==, "tradefund");
}

/* ---------------------------------------------------------------- tests */

static void
test_total (void)
{
  open_tradefund_page (ui_test_company_id (window, COMPANY));

  /* the example: O&M platform 80% × (118,000 + min (60,000, 45,000)) = 130,400;
   * certifications 70% × 48,000 (the CMMI invoice of 2023-05-30 is outside
   * the period) = 33,600 */
  g_assert_cmpint (report ()->total, ==, 16400000);
  assert_page_matches_engine ();
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥164,000.00");
  g_assert_cmpstr (label_text ("direction:platform:subsidy"), ==, "¥130,400.00");
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥33,600.00");
  g_assert_cmpstr (label_text ("subsidy:certifications"), ==, "¥33,600.00");
  g_assert_cmpstr (label_text ("subsidy:brand"), ==, "Not claimed");
  /* which cap binds, in words */
  g_assert_cmpstr (label_text ("direction:certifications:cap"), ==,
                   "70% of the base: ¥33,600.00; the ¥300,000.00 cap does not bind");
  g_assert_cmpstr (label_text ("direction:platform:cap"), ==,
                   "No cap binds (O&M project at most ¥200,000.00; the unit at most ¥300,000.00)");
  g_assert_cmpstr (label_text ("direction:certifications:base"), ==, "Base: ¥48,000.00");
}

static void
test_type_fee (void)
{
  GtkEditable *fee;
  const char *typed = "120000";

  show_direction ("certifications");
  fee = cell ("certifications:lines", 0, "fee");
  g_assert_cmpstr (gtk_editable_get_text (fee), ==, "48,000.00");
  clear_text (fee);
  /* an empty fee: no counted fee, nothing for the direction */
  g_assert_cmpint (report ()->certifications->subsidy, ==, 0);
  assert_page_matches_engine ();
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥130,400.00");

  for (const char *p = typed; *p != '\0'; p++)
    {
      char ch[2] = { *p, 0 };

      type_text (fee, ch);
      /* after every keystroke the labels are the engine's new figures */
      assert_page_matches_engine ();
    }
  g_assert_cmpint (report ()->certifications->subsidy, ==, 8400000);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥214,400.00");
  g_assert_cmpint (stored_fee (0), ==, 12000000);

  /* past the cap: 70% × 500,000 = 350,000 > 300,000 */
  clear_text (fee);
  type_text (fee, "500000");
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥300,000.00");
  g_assert_cmpstr (label_text ("direction:certifications:cap"), ==,
                   "Capped at ¥300,000.00 (the certifications cap)");
  assert_page_matches_engine ();
  clear_text (fee);
  type_text (fee, "120,000");
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");
}

static void
test_letter_refused (void)
{
  GtkEditable *fee = cell ("certifications:lines", 0, "fee");
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget ("certifications:lines"));
  gint64 kept = 0;

  g_assert_null (sb_tf_line_editor_get_error (editor));
  /* Enter confirms 120,000: a bad text typed after it goes back to it */
  g_signal_emit_by_name (fee, "activate");
  type_text (fee, "x");
  g_assert_cmpstr (gtk_editable_get_text (fee), ==, "120,000x");
  g_assert_nonnull (sb_tf_line_editor_get_error (editor));
  g_assert_true (g_str_has_prefix (sb_tf_line_editor_get_error (editor), "Line 1, Fee: "));
  /* it says which value is kept */
  g_assert_nonnull (strstr (sb_tf_line_editor_get_error (editor), "¥120,000.00"));
  g_assert_nonnull (sb_cell_entry_get_error (SB_CELL_ENTRY (fee)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fee), "error"));
  /* the model and the store keep the last good value */
  g_object_get (cert_line (0), "fee", &kept, NULL);
  g_assert_cmpint (kept, ==, 12000000);
  g_assert_cmpint (stored_fee (0), ==, 12000000);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");

  /* corrected: the message goes */
  gtk_editable_delete_text (fee, 7, 8);
  ui_test_iterate ();
  g_assert_null (sb_tf_line_editor_get_error (editor));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fee), "error"));
}

static gboolean
name_has_focus (gpointer data)
{
  GtkWidget *name = GTK_WIDGET (cell ("certifications:lines", 2, "name"));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == name || gtk_widget_is_ancestor (focus, name));
}

static void
test_add_remove_line (void)
{
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget ("certifications:lines"));
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (
    sb_session_get_enterprise (sb_window_get_session (window)));
  GListModel *lines = sb_trade_fund_application_get_certifications (tf);
  SbDate date = SB_DATE_UNSET;

  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  sb_tf_line_editor_add_line (editor);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 3);
  /* the new line's name (which it needs) takes the focus */
  g_assert_true (ui_test_wait (name_has_focus, NULL, 5000));

  type_text (cell ("certifications:lines", 2, "name"), "ISO9001");
  type_text (cell ("certifications:lines", 2, "date"), "2024/03/05");
  type_text (cell ("certifications:lines", 2, "fee"), "10,000");
  g_object_get (cert_line (2), "date", &date, NULL);
  g_assert_cmpuint (date, ==, sb_date_from_ymd (2024, 3, 5));
  /* 70% × (120,000 + 10,000) */
  g_assert_cmpint (report ()->certifications->subsidy, ==, 9100000);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥91,000.00");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥221,400.00");
  assert_page_matches_engine ();
  g_assert_cmpint (stored_fee (2), ==, 1000000);

  /* a date typed 2024-3-5 reads the same */
  clear_text (cell ("certifications:lines", 2, "date"));
  type_text (cell ("certifications:lines", 2, "date"), "2024-3-5");
  g_object_get (cert_line (2), "date", &date, NULL);
  g_assert_cmpuint (date, ==, sb_date_from_ymd (2024, 3, 5));

  sb_tf_line_editor_remove_line (editor, 2);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 2);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥214,400.00");
  assert_page_matches_engine ();
}

static SbCompanyItem *
company_item (gint64 id)
{
  GListModel *companies = sb_window_get_companies (window);

  for (guint i = 0; i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);

      if (sb_company_item_get_id (item) == id)
        return item;   /* the list holds a reference */
    }
  g_assert_not_reached ();
}

/* Drafts are normal (issue 11): a new line with no name yet is kept and
 * stored as it is, the company still evaluates (every badge as it was), and
 * the line's name cell is outlined with its message; nothing is toasted. */
static void
test_draft_line (void)
{
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget ("certifications:lines"));
  SbSession *session = sb_window_get_session (window);
  SbCompanyItem *item = company_item (sb_session_get_company_id (session));
  SbBadge before[SB_N_PROGRAMS];
  gint64 total_before = report ()->total;
  GtkEditable *name;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    before[p] = sb_company_item_get_badge (item, p);
  g_assert_cmpint (before[SB_PROGRAM_TRADE_FUND], !=, SB_BADGE_ERROR);

  sb_tf_line_editor_add_line (editor);
  for (int i = 0; i < 5; i++)
    ui_test_iterate ();
  name = cell ("certifications:lines", 2, "name");
  g_assert_null (sb_session_get_error (session));
  g_assert_cmpint (report ()->total, ==, total_before);
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    g_assert_cmpint (sb_company_item_get_badge (item, p), ==, before[p]);
  /* the empty name is outlined, with its message; the other cells are not */
  g_assert_true (sb_cell_entry_is_marked (SB_CELL_ENTRY (name)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "draft"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (name)), ==,
                   "Missing: the certification's name. The line is not counted until it has one.");
  g_assert_false (sb_cell_entry_is_marked (SB_CELL_ENTRY (cell ("certifications:lines", 2, "fee"))));
  g_assert_null (sb_tf_line_editor_get_error (editor));

  /* stored as it is: three lines, the third without a name */
  g_assert_true (sb_session_flush (session, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (sb_session_is_dirty (session));
  d = sb_store_load_dossier (sb_session_get_store (session), sb_session_get_company_id (session),
                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (d->trade_fund->certifications->len, ==, 3);
  g_assert_null (((SbCertLine *) g_ptr_array_index (d->trade_fund->certifications, 2))->name);

  /* a fee typed on the draft line: still not counted, still outlined */
  type_text (cell ("certifications:lines", 2, "date"), "2024-03-05");
  type_text (cell ("certifications:lines", 2, "fee"), "5,000");
  g_assert_cmpint (report ()->total, ==, total_before);
  g_assert_true (sb_cell_entry_is_marked (SB_CELL_ENTRY (name)));
  /* named: counted, the outline goes */
  type_text (name, "ISO20000");
  g_assert_false (sb_cell_entry_is_marked (SB_CELL_ENTRY (name)));
  g_assert_cmpint (report ()->total, >, total_before);

  sb_tf_line_editor_remove_line (editor, 2);
  ui_test_iterate ();
  g_assert_cmpint (report ()->total, ==, total_before);
}

/* The kind is chosen from the notice's words; what the line holds is the
 * dossier's code.  A code the drop-down does not know is shown as it is and
 * kept. */
static void
test_kind (void)
{
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (
    sb_session_get_enterprise (sb_window_get_session (window)));
  g_autoptr(SbCertificationRow) renewal = sb_certification_row_new ();
  g_autoptr(SbCertificationRow) line0 = g_object_ref (cert_line (0));
  SbTfLineEditor *editor = SB_TF_LINE_EDITOR (get_widget ("certifications:lines"));
  GtkDropDown *d0, *d1, *d2;
  g_autofree char *items = NULL;
  char *kind;

  show_direction ("certifications");
  /* the example's lines: ISO27001 "review", CMMI "new" */
  d0 = drop_down ("certifications:lines", 0, "kind");
  d1 = drop_down ("certifications:lines", 1, "kind");
  /* no entry to type a code into */
  g_assert_null (sb_tf_line_editor_get_cell (editor, 0, "kind"));
  items = drop_down_items (d0);
  g_assert_cmpstr (items, ==, "Not given\nNew certification\nReview\nMaintenance\nUpgrade");
  g_assert_cmpstr (drop_down_shown (d0), ==, "Review");
  g_assert_cmpstr (drop_down_shown (d1), ==, "New certification");
  g_assert_cmpuint (kind_handlers (cert_line (0)), ==, 1);
  g_assert_cmpuint (kind_handlers (cert_line (1)), ==, 1);

  /* "Review" chosen on the CMMI line: the model, then the store */
  drop_down_choose (d1, "Review");
  kind = line_kind (1);
  g_assert_cmpstr (kind, ==, "review");
  g_free (kind);
  kind = stored_kind (1);
  g_assert_cmpstr (kind, ==, "review");
  g_free (kind);
  g_assert_cmpstr (drop_down_shown (d1), ==, "Review");
  /* the first line is untouched */
  kind = stored_kind (0);
  g_assert_cmpstr (kind, ==, "review");
  g_free (kind);

  /* "Not given": no kind */
  drop_down_choose (d1, "Not given");
  kind = line_kind (1);
  g_assert_null (kind);
  kind = stored_kind (1);
  g_assert_null (kind);
  drop_down_choose (d1, "Upgrade");
  kind = stored_kind (1);
  g_assert_cmpstr (kind, ==, "upgrade");
  g_free (kind);
  drop_down_choose (d1, "New certification");
  kind = stored_kind (1);
  g_assert_cmpstr (kind, ==, "new");
  g_free (kind);

  /* the model changed elsewhere (undo, an import): the drop-down follows */
  g_object_set (cert_line (1), "kind", "maintenance", NULL);
  ui_test_iterate ();
  g_assert_cmpstr (drop_down_shown (d1), ==, "Maintenance");
  /* "surveillance" is 维护 too (附件5): shown so, and kept as written; so is
   * a code in capitals */
  g_object_set (cert_line (1), "kind", "surveillance", NULL);
  ui_test_iterate ();
  g_assert_cmpstr (drop_down_shown (d1), ==, "Maintenance");
  kind = stored_kind (1);
  g_assert_cmpstr (kind, ==, "surveillance");
  g_free (kind);
  g_object_set (cert_line (1), "kind", "NEW", NULL);
  ui_test_iterate ();
  g_assert_cmpstr (drop_down_shown (d1), ==, "New certification");
  drop_down_choose (d1, "New certification");
  kind = line_kind (1);
  g_assert_cmpstr (kind, ==, "NEW");
  g_free (kind);
  g_object_set (cert_line (1), "kind", "new", NULL);
  g_object_set (cert_line (1), "kind", NULL, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (drop_down_shown (d1), ==, "Not given");
  g_object_set (cert_line (1), "kind", "new", NULL);
  ui_test_iterate ();

  /* a line imported with a kind outside the list: shown as it is, kept */
  g_object_set (renewal, "name", "ISO9001", "kind", "renewal", NULL);
  sb_trade_fund_application_add_certification (tf, renewal);
  ui_test_iterate ();
  d2 = drop_down ("certifications:lines", 2, "kind");
  g_assert_cmpstr (drop_down_shown (d2), ==, "renewal");
  g_clear_pointer (&items, g_free);
  items = drop_down_items (d2);
  g_assert_cmpstr (items, ==,
                   "Not given\nNew certification\nReview\nMaintenance\nUpgrade\nrenewal");
  kind = line_kind (2);
  g_assert_cmpstr (kind, ==, "renewal");
  g_free (kind);
  kind = stored_kind (2);
  g_assert_cmpstr (kind, ==, "renewal");
  g_free (kind);
  /* another choice, and back to the line's own word */
  drop_down_choose (d2, "Upgrade");
  kind = stored_kind (2);
  g_assert_cmpstr (kind, ==, "upgrade");
  g_free (kind);
  drop_down_choose (d2, "renewal");
  kind = stored_kind (2);
  g_assert_cmpstr (kind, ==, "renewal");
  g_free (kind);
  /* the other lines' drop-downs list no extra item */
  g_clear_pointer (&items, g_free);
  items = drop_down_items (d0);
  g_assert_cmpstr (items, ==, "Not given\nNew certification\nReview\nMaintenance\nUpgrade");
  g_assert_cmpuint (kind_handlers (renewal), ==, 1);

  /* a removed line is no longer watched; the others once each */
  sb_trade_fund_application_remove_certification (tf, 2);
  ui_test_iterate ();
  g_assert_cmpuint (kind_handlers (renewal), ==, 0);
  g_assert_cmpuint (kind_handlers (cert_line (0)), ==, 1);
  g_assert_cmpuint (kind_handlers (cert_line (1)), ==, 1);
  /* its kind is not touched by the cell going back to the pool */
  kind = NULL;
  g_object_get (renewal, "kind", &kind, NULL);
  g_assert_cmpstr (kind, ==, "renewal");
  g_free (kind);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");

  /* the page of another company: the old lines are no longer watched */
  ui_test_open_company (window, other_company_id (ui_test_company_id (window, COMPANY)));
  ui_test_iterate ();
  g_assert_cmpuint (kind_handlers (line0), ==, 0);
  open_tradefund_page (ui_test_company_id (window, COMPANY));
  show_direction ("certifications");
  d0 = drop_down ("certifications:lines", 0, "kind");
  g_assert_cmpstr (drop_down_shown (d0), ==, "Review");
  g_assert_cmpuint (kind_handlers (cert_line (0)), ==, 1);
  g_assert_cmpuint (kind_handlers (line0), ==, 0);
}

static void
toggle_item (const char *name, gboolean active)
{
  g_autofree char *widget = g_strconcat ("certifications:choose:", name, NULL);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (get_widget (widget)), active);
  ui_test_iterate ();
}

static gboolean
item_active (const char *name)
{
  g_autofree char *widget = g_strconcat ("certifications:choose:", name, NULL);

  return gtk_check_button_get_active (GTK_CHECK_BUTTON (get_widget (widget)));
}

static void
test_choose_items (void)
{
  static const char *names[] = { "ISO9001", "ISO20000", "ITSS", "PCI DSS", "ISO14001" };
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (
    sb_session_get_enterprise (sb_window_get_session (window)));
  g_auto(GStrv) chosen = NULL;

  g_assert_false (gtk_widget_get_visible (get_widget ("certifications:reset-choice")));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(SbCertificationRow) row = sb_certification_row_new ();

      g_object_set (row, "name", names[i], "date", sb_date_from_ymd (2024, 5, 1 + i),
                    "fee", (gint64) (1000000 + 100000 * i), NULL);
      sb_trade_fund_application_add_certification (tf, row);
    }
  ui_test_iterate ();
  /* six items with fees in the period: the five largest are claimed,
   * 70% × (120,000 + 14,000 + 13,000 + 12,000 + 11,000) */
  g_assert_cmpint (report ()->certifications->subsidy, ==, 11900000);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥119,000.00");
  g_assert_false (item_active ("ISO9001"));
  g_assert_true (item_active ("ISO20000"));

  /* a sixth is refused */
  toggle_item ("ISO9001", TRUE);
  g_assert_false (item_active ("ISO9001"));
  g_object_get (tf, "certifications-chosen", &chosen, NULL);
  g_assert_null (chosen);

  /* the user's choice: ISO9001 instead of ISO20000 */
  toggle_item ("ISO20000", FALSE);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥111,300.00");
  toggle_item ("ISO9001", TRUE);
  g_object_get (tf, "certifications-chosen", &chosen, NULL);
  g_assert_cmpuint (g_strv_length (chosen), ==, 5);
  g_assert_true (g_strv_contains ((const char * const *) chosen, "ISO9001"));
  g_assert_false (g_strv_contains ((const char * const *) chosen, "ISO20000"));
  g_assert_cmpint (report ()->certifications->subsidy, ==, 11830000);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥118,300.00");
  assert_page_matches_engine ();

  /* back to the program's choice */
  g_assert_true (gtk_widget_get_visible (get_widget ("certifications:reset-choice")));
  g_signal_emit_by_name (get_widget ("certifications:reset-choice"), "clicked");
  ui_test_iterate ();
  g_clear_pointer (&chosen, g_strfreev);
  g_object_get (tf, "certifications-chosen", &chosen, NULL);
  g_assert_null (chosen);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥119,000.00");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    sb_trade_fund_application_remove_certification (tf, 2);
  ui_test_iterate ();
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥84,000.00");
  g_assert_false (gtk_widget_get_visible (get_widget ("certifications:reset-choice")));
}

static void
test_offshore_floor (void)
{
  SbFieldRow *row = SB_FIELD_ROW (get_widget ("offshore-execution-usd"));
  GtkEditable *e = sb_field_row_get_editable (row);

  /* USD 999,999.99: one cent short of the certifications' floor */
  clear_text (e);
  type_text (e, "999999.99");
  g_assert_false (report ()->certifications->eligible);
  g_assert_cmpstr (label_text ("direction:certifications:subsidy"), ==, "¥0.00");
  g_assert_cmpstr (label_text ("direction:certifications:cap"), ==,
                   "Not eligible: no subsidy until the checks below pass.");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥130,400.00");
  assert_page_matches_engine ();
  clear_text (e);
  type_text (e, "1000000");
  g_assert_true (report ()->certifications->eligible);
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥214,400.00");
}

static void
test_platform_caps (void)
{
  show_direction ("platform");
  g_signal_emit_by_name (get_widget ("platform:add-construction"), "clicked");
  ui_test_iterate ();
  type_text (sb_field_row_get_editable (SB_FIELD_ROW (get_widget ("construction:built-on"))),
             "2024-1-10");
  type_text (sb_field_row_get_editable (SB_FIELD_ROW (get_widget ("construction:firms-served"))),
             "6");
  sb_tf_line_editor_add_line (SB_TF_LINE_EDITOR (get_widget ("platform:construction:expenses")));
  ui_test_iterate ();
  type_text (cell ("platform:construction:expenses", 0, "item"), "服务器");
  type_text (cell ("platform:construction:expenses", 0, "invoice"), "500000");
  type_text (cell ("platform:construction:expenses", 0, "paid"), "50万");
  type_text (cell ("platform:construction:expenses", 0, "invoice-date"), "2024/02/01");

  /* construction 50% × 500,000 = 250,000, capped at 200,000; O&M 130,400;
   * together 330,400, capped at the unit's 300,000 */
  g_assert_cmpint (report ()->platform->subsidy, ==, 30000000);
  g_assert_cmpstr (label_text ("direction:platform:subsidy"), ==, "¥300,000.00");
  g_assert_cmpstr (label_text ("direction:platform:cap"), ==,
                   "Capped at ¥300,000.00 (the unit's cap for both projects)");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥384,000.00");
  assert_page_matches_engine ();

  /* without its expense line, the project goes without asking */
  sb_tf_line_editor_remove_line (SB_TF_LINE_EDITOR (get_widget ("platform:construction:expenses")),
                                 0);
  ui_test_iterate ();
  g_signal_emit_by_name (get_widget ("platform:remove-construction"), "clicked");
  ui_test_iterate ();
  g_assert_cmpuint (report ()->platform->parts->len, ==, 1);
  g_assert_cmpstr (label_text ("direction:platform:subsidy"), ==, "¥130,400.00");
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥214,400.00");
  g_assert_nonnull (get_widget ("platform:add-construction"));
}

static void
test_common_conditions (void)
{
  SbEnterprise *e = sb_session_get_enterprise (sb_window_get_session (window));
  AdwExpanderRow *row = ADW_EXPANDER_ROW (get_widget ("tradefund-common-row"));

  g_assert_false (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "All met");
  /* the company now has other fiscal support: nothing is paid */
  g_object_set (e, "no-other-fiscal-support", 0, NULL);
  ui_test_iterate ();
  g_assert_false (report ()->common_ok);
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥0.00");
  g_assert_cmpstr (label_text ("direction:platform:subsidy"), ==, "¥0.00");
  g_assert_cmpstr (label_text ("direction:platform:cap"), ==,
                   "Not eligible: no subsidy until the checks below pass.");
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==,
                   "Not all met: no direction is eligible");
  g_assert_true (gtk_widget_get_visible (get_widget ("tradefund-warnings")));
  assert_page_matches_engine ();

  g_object_set (e, "no-other-fiscal-support", 1, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥214,400.00");
  g_assert_false (adw_expander_row_get_expanded (row));
}

static void
test_apply (void)
{
  gint64 id = other_company_id (ui_test_company_id (window, COMPANY));
  SbEnterprise *e;
  SbTradeFundApplication *tf;
  g_autofree char *profile = NULL;

  open_tradefund_page (id);
  e = sb_session_get_enterprise (sb_window_get_session (window));
  g_assert_null (sb_enterprise_get_trade_fund (e));
  g_signal_emit_by_name (get_widget ("apply-tradefund"), "clicked");
  ui_test_iterate ();
  tf = sb_enterprise_get_trade_fund (e);
  g_assert_nonnull (tf);
  g_object_get (tf, "profile", &profile, NULL);
  g_assert_cmpstr (profile, ==, "tradefund-dalian-2024");
  g_assert_cmpint (report ()->total, ==, 0);
  g_assert_cmpstr (label_text ("tradefund-total"), ==, "¥0.00");
  g_assert_cmpstr (label_text ("subsidy:platform"), ==, "Not claimed");

  /* a brand title of the notice without an offshore floor: the maximum */
  show_direction ("brand");
  type_text (sb_field_row_get_editable (SB_FIELD_ROW (get_widget ("brand-title"))),
             "数字服务集聚园区");
  g_assert_nonnull (report ()->brand);
  assert_money_label ("direction:brand:subsidy", report ()->brand->subsidy);
  assert_money_label ("tradefund-total", report ()->total);

  /* withdrawn after the question */
  g_signal_emit_by_name (get_widget ("withdraw-tradefund"), "clicked");
  ui_test_iterate ();
  {
    GList *toplevels = gtk_window_list_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "withdraw");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  ui_test_iterate ();
  g_assert_null (sb_enterprise_get_trade_fund (e));
  g_assert_true (gtk_widget_is_visible (get_widget ("apply-tradefund")));
}

/* ---------------------------------------------------------------- main */


/* 附件8's people trained: a 身份证号 is shown whole while typed, masked
 * once the cell is left, stored whole, and a wrong check digit is a warning
 * (the number is kept). */
static void
test_trainee_id_masked (void)
{
  SbTfLineEditor *editor;
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (
    sb_session_get_enterprise (sb_window_get_session (window)));
  GListModel *trainees = sb_trade_fund_application_get_trainees (tf);
  g_autoptr(SbTraineeRow) row = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *warning;
  GtkEditable *id;

  show_direction ("brand");
  editor = SB_TF_LINE_EDITOR (get_widget ("brand:trainees"));
  g_assert_cmpuint (g_list_model_get_n_items (trainees), ==, 0);
  sb_tf_line_editor_add_line (editor);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (trainees), ==, 1);
  type_text (cell ("brand:trainees", 0, "name"), "赵敏");
  id = cell ("brand:trainees", 0, "id-no");
  type_text (id, "210202199805123011");
  g_assert_cmpstr (gtk_editable_get_text (id), ==, "210202199805123011");
  row = g_list_model_get_item (trainees, 0);
  g_object_get (row, "id-no", &stored, NULL);
  g_assert_cmpstr (stored, ==, "210202199805123011");
  warning = get_widget ("trainees-warning");
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (warning)), "0"));

  /* another cell takes the focus: the number is masked, still stored whole */
  type_text (cell ("brand:trainees", 0, "school"), "大连理工大学");
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (id), ==, "210202********3011");
  g_clear_pointer (&stored, g_free);
  g_object_get (row, "id-no", &stored, NULL);
  g_assert_cmpstr (stored, ==, "210202199805123011");

  /* back into it: whole again, corrected: the warning goes */
  gtk_widget_grab_focus (GTK_WIDGET (id));
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (id), ==, "210202199805123011");
  clear_text (id);
  type_text (id, "210202199805123010");
  g_assert_false (gtk_widget_get_visible (warning));
  {
    g_autoptr(SbDossier) d = sb_enterprise_to_dossier (
      sb_session_get_enterprise (sb_window_get_session (window)));
    JsonObject *training = json_object_get_object_member (d->trade_fund->extra, "training");
    JsonArray *list = json_object_get_array_member (training, "trainees");

    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0),
                                                    "id_no"), ==, "210202199805123010");
  }
}

int
main (int argc, char **argv)
{
  int status;

  ui_test_init (&argc, &argv);
  window = ui_test_open_window ();

  /* in order: each test goes on from the figures the one before left */
  g_test_add_func ("/ui/tradefund/total", test_total);
  g_test_add_func ("/ui/tradefund/type-fee", test_type_fee);
  g_test_add_func ("/ui/tradefund/letter-refused", test_letter_refused);
  g_test_add_func ("/ui/tradefund/add-remove-line", test_add_remove_line);
  g_test_add_func ("/ui/tradefund/draft-line", test_draft_line);
  g_test_add_func ("/ui/tradefund/kind", test_kind);
  g_test_add_func ("/ui/tradefund/choose-items", test_choose_items);
  g_test_add_func ("/ui/tradefund/offshore-floor", test_offshore_floor);
  g_test_add_func ("/ui/tradefund/platform-caps", test_platform_caps);
  g_test_add_func ("/ui/tradefund/common-conditions", test_common_conditions);
  g_test_add_func ("/ui/tradefund/trainee-id-masked", test_trainee_id_masked);
  g_test_add_func ("/ui/tradefund/apply", test_apply);
  status = g_test_run ();

  ui_test_close_window (window);
  return status;
}
