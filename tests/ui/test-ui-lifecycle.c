/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-lifecycle.c: recognitions, the agenda and the policy library in
 * the real window.  The company page: an HNTE certificate's date and number
 * typed once; the annual reports due appear (2023–2025 for a certificate of
 * 2023-12-31), one marked filed; what the model and the database hold. */
#include "config.h"

#include <string.h>

#include "sb-agenda-view.h"
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
  g_signal_emit_by_name (get (GTK_WIDGET (view), "duty-0"), "activated");
  ui_test_iterate ();
  g_assert_nonnull (sb_window_get_session (window));
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, id);
  g_assert_cmpstr (sb_window_get_page (window), !=, "portfolio");
  (void) error;
  ui_test_close_window (window);
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/lifecycle/recognition", test_recognition);
  g_test_add_func ("/ui/lifecycle/agenda", test_agenda);
  return g_test_run ();
}
