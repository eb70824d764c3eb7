/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-lifecycle.c: recognitions, the agenda and the policy library in
 * the real window.  The company page: an HNTE certificate's date and number
 * typed once; the annual reports due appear (2023–2025 for a certificate of
 * 2023-12-31), one marked filed; what the model and the database hold. */
#include "config.h"

#include <string.h>

#include "sb-agenda-view.h"
#include "sb-policy-edit.h"
#include "sb-policy-meta.h"
#include "sb-policy-library.h"
#include "sb-tase-view.h"
#include <glib/gstdio.h>
#include <sys/stat.h>
#include "sb-company-item.h"
#include "sb-enterprise-recognitions.h"
#include "ui-test-util.h"
#include "sb-window-private.h"

#define TASE_COMPANY "大连星海软件有限公司"

static GtkWidget *
get (GtkWidget *root, const char *name)
{
  GtkWidget *w = NULL;

  for (int i = 0; i < 50 && w == NULL; i++)
    {
      w = ui_test_find (root, name);
      if (w == NULL)
        ui_test_iterate ();
    }
  if (w == NULL)
    g_error ("no widget named %s", name);
  return w;
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

static void
apply (GtkWidget *row, const char *text)
{
  ui_test_replace (row, text);
  g_signal_emit_by_name (row, "apply");
  ui_test_iterate ();
}

static void
test_recognition (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 id = ui_test_company_id (window, TASE_COMPANY);
  GtkWidget *hnte, *row;
  g_autoptr(SbRecognition) r = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  SbStore *store;

  ui_test_open_company (window, id);
  hnte = get (GTK_WIDGET (window), "recognition-hnte");
  /* a date that is no date: refused, nothing stored */
  apply (get (hnte, "recognized-on"), "2023-02-30");
  g_assert_null (sb_enterprise_dup_recognition (sb_session_get_enterprise (sb_window_get_session (window)),
                                                "hnte"));
  g_assert_true (gtk_widget_has_css_class (get (hnte, "recognized-on"), "error"));

  apply (get (hnte, "recognized-on"), "2023-12-31");
  hnte = get (GTK_WIDGET (window), "recognition-hnte");
  apply (get (hnte, "certificate-no"), "GR202333001234");
  hnte = get (GTK_WIDGET (window), "recognition-hnte");
  r = sb_enterprise_dup_recognition (sb_session_get_enterprise (sb_window_get_session (window)),
                                     "hnte");
  g_assert_nonnull (r);
  g_assert_cmpuint (r->recognized_on, ==, sb_date_from_ymd (2023, 12, 31));
  g_assert_cmpstr (r->certificate_no, ==, "GR202333001234");
  subtitle = g_strdup (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (hnte)));
  g_assert_nonnull (strstr (subtitle, "2026-12-30"));
  g_assert_nonnull (strstr (subtitle, "GR202333001234"));

  /* the reports of 2023, 2024 and 2025; 2026 is past the validity */
  g_assert_nonnull (get (hnte, "annual-2023"));
  g_assert_nonnull (get (hnte, "annual-2025"));
  g_assert_null (ui_test_find (hnte, "annual-2026"));
  row = get (hnte, "annual-2024");
  gtk_switch_set_active (GTK_SWITCH (get (row, "filed")), TRUE);
  ui_test_iterate ();
  g_clear_pointer (&r, sb_recognition_free);
  r = sb_enterprise_dup_recognition (sb_session_get_enterprise (sb_window_get_session (window)),
                                     "hnte");
  g_assert_true (sb_recognition_is_filed (r, 2024));
  g_assert_false (sb_recognition_is_filed (r, 2023));

  /* a change report */
  hnte = get (GTK_WIDGET (window), "recognition-hnte");
  apply (get (hnte, "add-change"), "名称变更");
  g_clear_pointer (&r, sb_recognition_free);
  r = sb_enterprise_dup_recognition (sb_session_get_enterprise (sb_window_get_session (window)),
                                     "hnte");
  g_assert_cmpuint (r->change_reports->len, ==, 1);
  screenshot (window, "recognitions.png");

  /* in the database */
  g_assert_true (sb_session_flush (sb_window_get_session (window), &error));
  g_assert_no_error (error);
  store = sb_session_get_store (sb_window_get_session (window));
  stored = sb_store_list_recognitions (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_true (sb_recognition_is_filed (g_ptr_array_index (stored, 0), 2024));

  ui_test_close_window (window);
}

/* The agenda page: a recognition entered on one company; the overdue
 * report first, marked; filtered by program and company; a row opens its
 * company; the portfolio's next-duty column says the same. */
static void
test_agenda (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 id = ui_test_company_id (window, TASE_COMPANY);
  g_autoptr(SbRecognition) r = sb_recognition_new ("hnte");
  g_autoptr(GError) error = NULL;
  SbAgendaView *view;
  GPtrArray *shown;
  const SbDuty *first;
  GtkWidget *overdue;
  SbCompanyItem *item = NULL;

  ui_test_open_company (window, id);
  r->recognized_on = sb_date_from_ymd (2023, 12, 31);
  r->certificate_no = g_strdup ("GR202333001234");
  sb_enterprise_set_recognition (sb_session_get_enterprise (sb_window_get_session (window)), r);
  ui_test_iterate ();

  ui_test_activate_action (GTK_WIDGET (window), "win.agenda", NULL);
  g_assert_null (sb_window_get_session (window));   /* the company was written and closed */
  view = SB_AGENDA_VIEW (get (GTK_WIDGET (window), "agenda"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  shown = sb_agenda_view_get_shown (view);
  g_assert_cmpuint (shown->len, >=, 3);
  first = g_ptr_array_index (shown, 0);
  g_assert_cmpint (first->kind, ==, SB_DUTY_ANNUAL_REPORT);
  g_assert_cmpint (first->year, ==, 2023);
  g_assert_cmpint (first->company_id, ==, id);
  overdue = get (GTK_WIDGET (view), "overdue");
  g_assert_nonnull (ui_test_find (overdue, "duty-0"));
  g_assert_true (gtk_widget_has_css_class (ui_test_find (overdue, "duty-0"), "overdue"));
  for (guint i = 1; i < shown->len; i++)
    if (((SbDuty *) g_ptr_array_index (shown, i))->date >= sb_date_today ())
      g_assert_cmpuint (((SbDuty *) g_ptr_array_index (shown, i - 1))->date, <=,
                        ((SbDuty *) g_ptr_array_index (shown, i))->date);
  screenshot (window, "agenda.png");

  /* filters */
  sb_agenda_view_set_filter (view, "", "tradefund");
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (((SbDuty *) g_ptr_array_index (shown, i))->program, ==, "tradefund");
  sb_agenda_view_set_filter (view, "no such company", NULL);
  g_assert_cmpuint (shown->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (ui_test_find (GTK_WIDGET (view), "summary")));
  sb_agenda_view_set_filter (view, "星海", NULL);
  g_assert_cmpuint (shown->len, >=, 3);

  /* the portfolio's column */
  item = sb_window_find_item (window, id, NULL);
  g_assert_cmpuint (sb_company_item_get_deadline (item), ==, sb_date_from_ymd (2024, 5, 31));
  g_assert_nonnull (strstr (sb_company_item_get_deadline_name (item), "2023"));

  /* a row opens its company */
  /* the day's reminder: the text of the duties due soon */
  {
    g_autofree char *body = NULL;
    g_autofree char *title = sb_window_reminder_text (shown, sb_date_today (), &body);
    GSettings *settings = sb_application_get_settings (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
    g_autofree char *today = sb_date_format (sb_date_today ());
    g_autofree char *reminded = g_settings_get_string (settings, "reminded-on");

    g_assert_nonnull (strstr (title, "3"));
    g_assert_nonnull (strstr (body, "2024-05-31"));
    g_assert_nonnull (strstr (body, TASE_COMPANY));
    /* sent when the window had listed the companies, once that day */
    g_assert_cmpstr (reminded, ==, today);
  }
  g_signal_emit_by_name (get (GTK_WIDGET (view), "duty-0"), "activated");
  ui_test_iterate ();
  g_assert_nonnull (sb_window_get_session (window));
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, id);
  g_assert_cmpstr (sb_window_get_page (window), !=, "portfolio");
  (void) error;
  ui_test_close_window (window);
}

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

static GtkWidget *
get_anywhere (const char *name)
{
  GtkWidget *w = NULL;

  for (int i = 0; i < 50 && w == NULL; i++)
    {
      w = ui_test_find_anywhere (name);
      if (w == NULL)
        ui_test_iterate ();
    }
  if (w == NULL)
    g_error ("no widget named %s in any window", name);
  return w;
}

static const char *
subtitle (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The policy library: every profile with its parameters and sources; the
 * 2026 TASE profile made from the 2025 one (a changed value without its new
 * quote refused, naming the parameter); saved 0600 in the user's folder;
 * a company's application moved to it after the diff and the verdicts
 * before and after. */
static void
test_library (void)
{
  SbWindow *window = ui_test_open_window ();
  SbPolicySet *set;
  GtkWidget *library, *editor, *row, *error, *dialog, *view, *profile;
  g_autofree char *dir = sb_policy_user_dir (NULL);
  g_autofree char *file = g_build_filename (dir, "tase-dalian-2026.json", NULL);
  gint64 id = ui_test_company_id (window, TASE_COMPANY);
  GPtrArray *ids;
  struct stat st;
  guint position = 0;
  g_autofree char *claim_profile = NULL;

  g_unlink (file);
  set = sb_application_get_policies (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  ui_test_activate_action (GTK_WIDGET (window), "win.policies", NULL);
  library = get_anywhere ("policy-library");
  g_assert_nonnull (get (library, "profile:hnte-zhejiang"));
  g_assert_nonnull (get (library, "profile:tradefund-dalian-2024"));
  sb_policy_library_select (GTK_WINDOW (library), "hnte-zhejiang");
  ui_test_iterate ();
  g_assert_true (g_str_has_prefix (subtitle (get (library, "regions")), "浙江省、杭州市"));
  row = get (library, "param:validity_years");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "资格有效期（年）");
  g_assert_nonnull (strstr (subtitle (get (row, "quote")), "有效期为三年"));
  g_assert_nonnull (strstr (subtitle (get (row, "source")), "第十条"));
  sb_policy_library_select (GTK_WINDOW (library), "tase-dalian-2025");
  ui_test_iterate ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (get (library, "param:offshore_revenue_min")), TRUE);
  ui_test_iterate ();
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (get (library, "param:offshore_revenue_min"))),
                   ==, "35%");
  if (g_getenv ("SHENBAO_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SCREENSHOT_DIR"), "library.png", NULL);
      g_assert_true (ui_test_screenshot (library, path));
    }

  /* new from this one */
  editor = GTK_WIDGET (sb_policy_library_derive (GTK_WINDOW (library)));
  g_assert_nonnull (editor);
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (editor, "new-id"))), ==, "tase-dalian-2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get (editor, "new-year"))), ==, "2026");
  g_assert_nonnull (strstr (gtk_editable_get_text (GTK_EDITABLE (get (editor, "new-title"))), "2026年度"));
  ui_test_replace (get (editor, "notice-issuer"), "大连市科学技术局");
  ui_test_replace (get (editor, "notice-date"), "2026-04-20");
  row = get (editor, "edit:deadline_online");
  ui_test_replace (get (row, "value"), "2026-05-29");
  g_signal_emit_by_name (get (editor, "save"), "clicked");
  ui_test_iterate ();
  error = get (editor, "error");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "网上申报截止日期"));
  g_assert_null (sb_policy_set_lookup (set, "tase-dalian-2026", NULL));
  ui_test_replace (get (row, "article"), "三、2");
  ui_test_replace (get (row, "quote"), "网上申报时间截止到2026年5月29日");
  row = get (editor, "edit:offshore_revenue_min");
  ui_test_replace (get (row, "value"), "40%");
  ui_test_replace (get (row, "article"), "一（二）6");
  ui_test_replace (get (row, "quote"), "离岸服务外包业务收入不低于企业当年总收入的40%");
  if (g_getenv ("SHENBAO_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SCREENSHOT_DIR"), "library-new.png", NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      ui_test_iterate ();
      g_assert_true (ui_test_screenshot (editor, path));
    }
  g_signal_emit_by_name (get (editor, "save"), "clicked");
  ui_test_iterate ();
  g_assert_nonnull (sb_policy_set_lookup (set, "tase-dalian-2026", NULL));
  g_assert_null (ui_test_find_anywhere ("policy-editor"));
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_nonnull (get (library, "profile:tase-dalian-2026"));
  /* a profile of the user's can be deleted; a bundled one shows no button */
  g_assert_true (gtk_widget_get_visible (get (library, "delete")));
  sb_policy_library_select (GTK_WINDOW (library), "tase-dalian-2025");
  ui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (get (library, "delete")));
  gtk_window_destroy (GTK_WINDOW (library));
  ui_test_iterate ();

  /* the company's application moves to the 2026 profile: the diff first */
  ui_test_open_company (window, id);
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string ("tase"));
  ui_test_iterate ();
  view = find_type (GTK_WIDGET (window), SB_TYPE_TASE_VIEW);
  g_assert_nonnull (view);
  profile = get (view, "profile");
  ids = g_object_get_data (G_OBJECT (profile), "sb-ids");
  g_assert_true (g_ptr_array_find_with_equal_func (ids, "tase-dalian-2026", g_str_equal, &position));
  adw_combo_row_set_selected (ADW_COMBO_ROW (profile), position);
  ui_test_iterate ();
  dialog = get_anywhere ("policy-move");
  {
    g_autofree char *diff = ui_test_get_text (get (dialog, "diff"));

    /* "网上申报截止日期: 2025-05-30 → 2026-05-29" (the colon is the locale's) */
    g_assert_nonnull (strstr (diff, "网上申报截止日期"));
    g_assert_nonnull (strstr (diff, "2025-05-30 → 2026-05-29"));
    g_assert_nonnull (strstr (diff, "离岸服务外包业务收入占比下限"));
    g_assert_nonnull (strstr (diff, "35% → 40%"));
  }
  g_assert_nonnull (get (dialog, "verdict-before"));
  g_assert_nonnull (get (dialog, "verdict-after"));
  if (g_getenv ("SHENBAO_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SCREENSHOT_DIR"), "policy-move.png", NULL);
      g_assert_true (ui_test_screenshot (dialog, path));
    }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  ui_test_iterate ();
  g_object_get (sb_enterprise_get_tase (sb_session_get_enterprise (sb_window_get_session (window))),
                "profile", &claim_profile, NULL);
  g_assert_cmpstr (claim_profile, ==, "tase-dalian-2026");

  ui_test_close_window (window);
  g_unlink (file);
}

typedef struct
{
  SbPolicySet *set;
  const char  *id;
} Lookup;

static gboolean
has_profile (gpointer data)
{
  Lookup *l = data;

  return sb_policy_set_lookup (l->set, l->id, NULL) != NULL;
}

/* A profile file dropped in the user's folder while the window runs is in
 * the set at once; a broken one is left out. */
static void
test_watch (void)
{
  SbWindow *window = ui_test_open_window ();
  SbPolicySet *set = sb_application_get_policies (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  g_autofree char *dir = sb_policy_user_dir (NULL);
  g_autofree char *file = g_build_filename (dir, "tradefund-dalian-2025.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken-2025.json", NULL);
  g_autofree char *src = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "policies",
                                           "tradefund-dalian-2024.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GString) s = NULL;
  Lookup l = { set, "tradefund-dalian-2025" };

  g_assert_null (sb_policy_set_lookup (set, "tradefund-dalian-2025", NULL));
  g_assert_true (g_file_get_contents (src, &data, NULL, NULL));
  s = g_string_new (data);
  g_string_replace (s, "\"id\": \"tradefund-dalian-2024\"", "\"id\": \"tradefund-dalian-2025\"", 1);
  g_string_replace (s, "\"year\": 2024", "\"year\": 2025", 1);
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"shenbao-policy\"}", -1, NULL));
  g_assert_true (g_file_set_contents (file, s->str, -1, NULL));
  g_assert_true (ui_test_wait (has_profile, &l, 5000));
  g_assert_false (sb_policy_is_bundled (sb_policy_set_lookup (set, "tradefund-dalian-2025", NULL)));
  ui_test_close_window (window);
  g_unlink (file);
  g_unlink (broken);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/lifecycle/recognition", test_recognition);
  g_test_add_func ("/ui/lifecycle/agenda", test_agenda);
  g_test_add_func ("/ui/lifecycle/library", test_library);
  g_test_add_func ("/ui/lifecycle/watch", test_watch);
  return g_test_run ();
}
