/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-window.c: the window on a temporary database: the sidebar, search,
 * live badges, the portfolio, new/duplicate/delete/undo, a corrupt file. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sb-company-item.h"
#include "sb-company-list.h"
#include "sb-portfolio-view.h"
#include "ui-test-util.h"

#define XINGHAI "大连星海软件有限公司"
#define XINGHAI_CODE "91210200MA0Q1A2B3C"
#define PARK "大连软件园公共服务中心有限公司"
#define PARK_CODE "91210200MA0Q9Z8Y7X"

static SbCompanyList *
sidebar (SbWindow *window)
{
  GtkWidget *list = ui_test_find (GTK_WIDGET (window), "companies");

  g_assert_nonnull (list);
  return SB_COMPANY_LIST (gtk_widget_get_ancestor (list, SB_TYPE_COMPANY_LIST));
}

static SbStore *
window_store (SbWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  return sb_application_get_store (SB_APPLICATION (app));
}

static guint
stored_count (SbWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sb_store_list_companies (window_store (window), &error);

  g_assert_no_error (error);
  return list->len;
}

static void
test_opens_on_temp_db (void)
{
  SbWindow *window = ui_test_open_window ();
  const char *path = ui_test_get_db_path (window);
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  GtkWidget *row;
  g_autofree char *text = NULL;

  /* a private folder, a new file seeded with the two examples */
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (stored_count (window), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, 2);

  /* the sidebar lists both, by name, with their credit codes */
  row = ui_test_company_row (window, ui_test_company_id (window, XINGHAI));
  g_assert_nonnull (row);
  text = ui_test_get_text (row);
  g_assert_nonnull (strstr (text, XINGHAI));
  g_assert_nonnull (strstr (text, XINGHAI_CODE));
  g_assert_nonnull (ui_test_company_row (window, ui_test_company_id (window, PARK)));
  g_assert_cmpuint (sb_company_list_count_visible (sidebar (window)), ==, 2);

  /* nothing open: the portfolio */
  g_assert_null (sb_window_get_session (window));
  g_assert_cmpstr (sb_window_get_page (window), ==, "portfolio");
  g_assert_true (gtk_widget_is_drawable (ui_test_find (GTK_WIDGET (window), "portfolio")));

  /* the badges the store's verdicts give, refined: 星海 is short of degree
   * staff for TASE and asks for nothing else; the park gets a subsidy */
  {
    gint64 x = ui_test_company_id (window, XINGHAI), p = ui_test_company_id (window, PARK);

    g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "short");
    g_assert_cmpstr (ui_test_badge (window, x, "annual_report"), ==, "not-asked");
    g_assert_cmpstr (ui_test_badge (window, x, "trade_fund"), ==, "not-asked");
    g_assert_cmpstr (ui_test_badge (window, x, "hnte"), ==, "not-asked");
    g_assert_cmpstr (ui_test_badge (window, p, "trade_fund"), ==, "qualifies");
    g_assert_cmpstr (ui_test_badge (window, p, "tase"), ==, "not-asked");
  }
  ui_test_close_window (window);
}

/* The search entry waits a little (search-delay) before it tells. */
static void
wait_search (void)
{
  g_usleep (250000);
  ui_test_iterate ();
}

static GtkWidget *
portfolio_view (GtkWidget *root)
{
  if (SB_IS_PORTFOLIO_VIEW (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = portfolio_view (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_search (void)
{
  SbWindow *window = ui_test_open_window ();
  SbCompanyList *list = sidebar (window);
  GtkWidget *search = ui_test_find (GTK_WIDGET (window), "search");
  gint64 x = ui_test_company_id (window, XINGHAI), p = ui_test_company_id (window, PARK);

  g_assert_nonnull (search);
  /* Ctrl+F's action focuses the search */
  ui_test_activate_action (GTK_WIDGET (window), "win.search", NULL);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
  }

  /* by name: the sidebar and the portfolio alike */
  ui_test_type (search, "星海");
  wait_search ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 1);
  {
    GtkWidget *portfolio = portfolio_view (GTK_WIDGET (window));
    GListModel *shown;

    g_assert_nonnull (portfolio);
    shown = sb_portfolio_view_get_sorted_model (SB_PORTFOLIO_VIEW (portfolio));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  }
  g_assert_true (gtk_widget_get_child_visible (ui_test_company_row (window, x)));
  /* a GtkListView: no row is bound to a company the search leaves out */
  g_assert_null (ui_test_company_row (window, p));

  /* by a piece of the credit code, whatever the case */
  ui_test_replace (search, "q9z8");
  wait_search ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 1);
  g_assert_true (gtk_widget_get_child_visible (ui_test_company_row (window, p)));
  g_assert_null (ui_test_company_row (window, x));

  /* shared by both */
  ui_test_replace (search, "91210200MA0Q");
  wait_search ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 2);

  /* none: a message says so */
  ui_test_replace (search, "杭州");
  wait_search ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 0);

  /* Enter on a search opens the first company it lets through */
  ui_test_replace (search, "软件园");
  wait_search ();
  g_signal_emit_by_name (ui_test_get_editable (search), "activate");
  ui_test_iterate ();
  g_assert_nonnull (sb_window_get_session (window));
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, p);

  ui_test_clear (search);
  wait_search ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 2);
  ui_test_close_window (window);
}

static void
test_select_company (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 x = ui_test_company_id (window, XINGHAI);
  SbSession *session;
  GtkWidget *name_row;
  g_autofree char *name = NULL;

  ui_test_open_company (window, x);
  session = sb_window_get_session (window);
  g_assert_nonnull (session);
  g_assert_cmpint (sb_session_get_company_id (session), ==, x);
  g_object_get (sb_session_get_enterprise (session), "name", &name, NULL);
  g_assert_cmpstr (name, ==, XINGHAI);
  g_assert_cmpstr (sb_window_get_page (window), ==, "company");

  /* the Company page shows the name in its "name" row once it has one */
  name_row = ui_test_find (GTK_WIDGET (window), "name");
  if (name_row != NULL)
    g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (name_row)), ==, XINGHAI);

  /* Alt+1…5 */
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string ("tase"));
  g_assert_cmpstr (sb_window_get_page (window), ==, "tase");
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string ("hnte"));
  g_assert_cmpstr (sb_window_get_page (window), ==, "hnte");
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view",
                           g_variant_new_string ("company"));
  g_assert_cmpstr (sb_window_get_page (window), ==, "company");

  /* the official tables of the open company (Ctrl+P, Ctrl+E) */
  ui_test_activate_action (GTK_WIDGET (window), "win.tables", NULL);
  {
    GtkWidget *tables = ui_test_find_anywhere ("tables-dialog");

    g_assert_nonnull (tables);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (tables)) == GTK_WINDOW (window));
    gtk_window_destroy (GTK_WINDOW (tables));
    ui_test_iterate ();
  }

  /* back to every company */
  ui_test_activate_action (GTK_WIDGET (window), "win.show-portfolio", NULL);
  g_assert_null (sb_window_get_session (window));
  g_assert_cmpstr (sb_window_get_page (window), ==, "portfolio");
  /* no company, no tables */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.tables", NULL);
  ui_test_iterate ();
  g_assert_null (ui_test_find_anywhere ("tables-dialog"));
  ui_test_close_window (window);
}

static void
set_degrees_to_totals (SbFiscalYear *year)
{
  GListModel *months = sb_fiscal_year_get_staff_months (year);

  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(GObject) month = g_list_model_get_item (months, i);
      gint64 start, end;

      g_object_get (month, "total-start", &start, "total-end", &end, NULL);
      g_object_set (month, "degree-start", start, "degree-end", end, NULL);
    }
}

static void
test_badge_follows_edits (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 x = ui_test_company_id (window, XINGHAI);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) stored = NULL;
  g_autoptr(GPtrArray) verdicts = NULL;
  SbFiscalYear *year;
  GtkWidget *badge;
  const char *badge_name;

  ui_test_open_company (window, x);
  year = sb_enterprise_find_year (sb_session_get_enterprise (sb_window_get_session (window)),
                                  2024);
  g_assert_nonnull (year);
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "short");

  /* every staff member with a degree: 星海 qualifies */
  set_degrees_to_totals (year);
  ui_test_iterate ();
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "qualifies");
  badge = ui_test_find (ui_test_company_row (window, x), "badge:tase");
  g_assert_true (gtk_widget_has_css_class (badge, "verdict-pass"));
  badge_name = gtk_widget_get_tooltip_text (badge);
  g_assert_nonnull (strstr (badge_name, "qualifies"));

  /* without contracts the revenues are missing, nothing fails */
  while (g_list_model_get_n_items (sb_fiscal_year_get_contracts (year)) > 0)
    sb_fiscal_year_remove_contract (year, 0);
  ui_test_iterate ();
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "missing");
  badge = ui_test_find (ui_test_company_row (window, x), "badge:tase");
  g_assert_true (gtk_widget_has_css_class (badge, "verdict-missing"));

  /* the year's figures: no offshore revenue is short */
  g_object_set (year, "tase-revenue", (gint64) 1650000000, "offshore-revenue", (gint64) 0, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "short");
  g_assert_true (gtk_widget_has_css_class (badge, "verdict-fail"));

  /* ¥11,300,000 offshore (37.67 %) qualifies again */
  g_object_set (year, "offshore-revenue", (gint64) 1130000000, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "qualifies");

  /* the portfolio shows the same item */
  for (guint i = 0; i < g_list_model_get_n_items (sb_window_get_companies (window)); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (sb_window_get_companies (window), i);

      if (sb_company_item_get_id (item) == x)
        g_assert_cmpint (sb_company_item_get_badge (item, SB_PROGRAM_TASE), ==,
                         SB_BADGE_QUALIFIES);
    }

  /* written through: the store holds the figures and the verdict */
  g_assert_true (sb_session_flush (sb_window_get_session (window), &error));
  g_assert_no_error (error);
  stored = sb_store_load_dossier (window_store (window), x, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_dossier_find_year (stored, 2024)->offshore_revenue, ==, 1130000000);
  g_assert_cmpint (sb_dossier_find_year (stored, 2024)->tase_revenue, ==, 1650000000);
  verdicts = sb_store_list_verdicts (window_store (window),
                                     sb_session_get_policies (sb_window_get_session (window)),
                                     sb_session_get_at (sb_window_get_session (window)), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < verdicts->len; i++)
    {
      SbStoreCompany *c = g_ptr_array_index (verdicts, i);

      if (c->id == x)
        g_assert_cmpint (c->tase, ==, SB_VERDICT_ELIGIBLE);
    }

  /* switching company writes and keeps the badge */
  ui_test_open_company (window, ui_test_company_id (window, PARK));
  g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "qualifies");
  ui_test_close_window (window);
}

static gint64
first_id (SbPortfolioView *view)
{
  g_autoptr(SbCompanyItem) item = g_list_model_get_item (sb_portfolio_view_get_sorted_model (view), 0);

  return sb_company_item_get_id (item);
}

static gboolean
column_visible (GtkWidget *portfolio, const char *title)
{
  GtkWidget *view = ui_test_find (portfolio, "portfolio");
  GListModel *cols = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));

  for (guint i = 0; i < g_list_model_get_n_items (cols); i++)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (cols, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (c), title) == 0)
        return gtk_column_view_column_get_visible (c);
    }
  g_assert_not_reached ();
}

/* The portfolio chooses its columns by width (issue 11): the name and the
 * verdicts always, the credit code when there is room. */
static void
test_portfolio_columns (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *portfolio = portfolio_view (GTK_WIDGET (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  for (int i = 0; i < 10; i++)
    ui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (portfolio), >=, 1000);
  g_assert_true (column_visible (portfolio, "Credit code"));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  for (int i = 0; i < 10; i++)
    ui_test_iterate ();
  g_assert_cmpint (gtk_widget_get_width (portfolio), <, 760);
  g_assert_false (column_visible (portfolio, "Credit code"));
  g_assert_true (column_visible (portfolio, "Company"));
  ui_test_close_window (window);
}

static void
test_portfolio_sorts (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *table = ui_test_find (GTK_WIDGET (window), "portfolio");
  SbPortfolioView *view = SB_PORTFOLIO_VIEW (gtk_widget_get_ancestor (table,
                                                                      SB_TYPE_PORTFOLIO_VIEW));
  gint64 x = ui_test_company_id (window, XINGHAI), p = ui_test_company_id (window, PARK);
  GListModel *sorted = sb_portfolio_view_get_sorted_model (view);
  SbCompanyItem *park = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sorted), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (sorted, i);

      if (sb_company_item_get_id (item) == p)
        park = item;
    }
  g_assert_nonnull (park);
  /* the park's subsidy is above zero; 星海 asks for none */
  g_assert_cmpint (sb_company_item_get_trade_fund_total (park), >, 0);

  g_assert_true (sb_portfolio_view_sort_by (view, "subsidy", GTK_SORT_DESCENDING));
  ui_test_iterate ();
  g_assert_cmpint (first_id (view), ==, p);
  g_assert_true (sb_portfolio_view_sort_by (view, "subsidy", GTK_SORT_ASCENDING));
  ui_test_iterate ();
  g_assert_cmpint (first_id (view), ==, x);

  /* by the TASE verdict: short before not asked */
  g_assert_true (sb_portfolio_view_sort_by (view, "tase", GTK_SORT_ASCENDING));
  g_assert_cmpint (first_id (view), ==, x);
  g_assert_true (sb_portfolio_view_sort_by (view, "trade_fund", GTK_SORT_ASCENDING));
  g_assert_cmpint (first_id (view), ==, p);
  g_assert_false (sb_portfolio_view_sort_by (view, "nothing", GTK_SORT_ASCENDING));

  /* activating a row opens the company */
  g_signal_emit_by_name (table, "activate", 0);
  ui_test_iterate ();
  g_assert_nonnull (sb_window_get_session (window));
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, p);
  ui_test_close_window (window);
}

static void
test_deadline (void)
{
  SbPolicySet *policies = sb_policy_set_new_default (NULL);
  SbPolicy *tase = sb_policy_set_lookup (policies, "tase-dalian-2025", NULL);
  SbPolicy *fund = sb_policy_set_lookup (policies, "tradefund-dalian-2024", NULL);
  const SbTaseRules *rules = sb_tase_rules_get (tase, NULL);
  const SbTradeFundRules *fund_rules = sb_tradefund_rules_get (fund, NULL);
  g_autoptr(SbCompanyItem) item = sb_company_item_new (1);
  const char *tase_only[SB_N_PROGRAMS] = { "tase-dalian-2025", NULL, NULL, NULL };
  const char *both[SB_N_PROGRAMS] = { "tase-dalian-2025", NULL, "tradefund-dalian-2024", NULL };
  SbDate district, city, first;

  g_assert_nonnull (rules);
  g_assert_nonnull (fund_rules);
  sb_tradefund_rules_get_deadlines (fund_rules, &district, &city);
  first = MIN (rules->deadline_online, rules->deadline_district);

  /* the day before: the nearer of the TASE dates */
  sb_company_item_update_deadline (item, policies, tase_only, first - 1);
  g_assert_cmpuint (sb_company_item_get_deadline (item), ==, first);
  g_assert_nonnull (sb_company_item_get_deadline_name (item));
  /* on the day itself it still counts */
  sb_company_item_update_deadline (item, policies, tase_only, first);
  g_assert_cmpuint (sb_company_item_get_deadline (item), ==, first);
  /* after every TASE date: none */
  sb_company_item_update_deadline (item, policies, tase_only,
                                   MAX (rules->deadline_online, rules->deadline_district) + 1);
  g_assert_cmpuint (sb_company_item_get_deadline (item), ==, SB_DATE_UNSET);
  g_assert_null (sb_company_item_get_deadline_name (item));
  /* with the trade fund too: the nearest of all on or after the day */
  sb_company_item_update_deadline (item, policies, both, sb_date_from_ymd (2024, 1, 1));
  g_assert_cmpuint (sb_company_item_get_deadline (item), ==,
                    MIN (MIN (first, district != SB_DATE_UNSET ? district : first),
                         city != SB_DATE_UNSET ? city : first));
  sb_policy_set_free (policies);
}

static gboolean
has_company (gpointer data)
{
  gpointer *args = data;

  return ui_test_company_id (args[0], args[1]) != 0;
}

static void
test_delete_and_undo (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 x = ui_test_company_id (window, XINGHAI);
  gint64 again;
  GtkWidget *undo;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) before = NULL;
  g_autoptr(SbDossier) after = NULL;
  gpointer args[2] = { window, (gpointer) XINGHAI };

  before = sb_store_load_dossier (window_store (window), x, &error);
  g_assert_no_error (error);
  ui_test_open_company (window, x);
  ui_test_activate_action (GTK_WIDGET (window), "win.delete-company", NULL);

  /* gone from the sidebar, the portfolio and the store */
  g_assert_null (sb_window_get_session (window));
  g_assert_null (ui_test_company_row (window, x));
  g_assert_cmpint (ui_test_company_id (window, XINGHAI), ==, 0);
  g_assert_cmpuint (stored_count (window), ==, 1);

  /* the toast's Undo brings it back, whole */
  undo = ui_test_find_button (GTK_WIDGET (window), "Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (ui_test_wait (has_company, args, 5000));
  ui_test_iterate ();
  again = ui_test_company_id (window, XINGHAI);
  g_assert_cmpint (again, >, 0);
  g_assert_cmpuint (stored_count (window), ==, 2);
  g_assert_nonnull (ui_test_company_row (window, again));
  g_assert_cmpstr (ui_test_badge (window, again, "tase"), ==, "short");
  after = sb_store_load_dossier (window_store (window), again, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->company.credit_code, ==, XINGHAI_CODE);
  g_assert_cmpuint (after->years->len, ==, before->years->len);
  g_assert_cmpuint (sb_dossier_find_year (after, 2024)->contracts->len, ==, 4);
  g_assert_cmpuint (sb_dossier_find_year (after, 2024)->staff_months->len, ==, 12);
  g_assert_nonnull (after->tase);
  /* and it is open again */
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, again);
  ui_test_close_window (window);
}

static void
test_new_and_duplicate (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *dialog, *name, *code;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) copy = NULL;
  gint64 id, x = ui_test_company_id (window, XINGHAI);

  ui_test_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
  dialog = ui_test_find_anywhere ("new-company");
  g_assert_nonnull (dialog);
  name = ui_test_find (dialog, "new-company-name");
  code = ui_test_find (dialog, "new-company-code");
  /* nothing to create without a name */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "create"));
  ui_test_type (name, "杭州测试科技有限公司");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                          "create"));
  ui_test_type (code, "91330100TEST00001X");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  ui_test_iterate ();

  id = ui_test_company_id (window, "杭州测试科技有限公司");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (stored_count (window), ==, 3);
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, id);
  g_assert_cmpstr (sb_window_get_page (window), ==, "company");
  g_assert_cmpstr (ui_test_badge (window, id, "tase"), ==, "not-asked");

  /* a second company with that code is refused, and nothing is added */
  ui_test_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
  dialog = ui_test_find_anywhere ("new-company");
  ui_test_type (ui_test_find (dialog, "new-company-name"), "重复");
  ui_test_type (ui_test_find (dialog, "new-company-code"), "91330100TEST00001X");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  ui_test_iterate ();
  g_assert_cmpint (ui_test_company_id (window, "重复"), ==, 0);
  g_assert_cmpuint (stored_count (window), ==, 3);

  /* duplicate: "… (copy)", no credit code, the same figures */
  ui_test_open_company (window, x);
  ui_test_activate_action (GTK_WIDGET (window), "win.duplicate-company", NULL);
  id = ui_test_company_id (window, XINGHAI " (copy)");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, id);
  copy = sb_store_load_dossier (window_store (window), id, &error);
  g_assert_no_error (error);
  g_assert_null (copy->company.credit_code);
  g_assert_cmpuint (sb_dossier_find_year (copy, 2024)->contracts->len, ==, 4);
  g_assert_cmpstr (ui_test_badge (window, id, "tase"), ==, "short");
  g_assert_cmpuint (stored_count (window), ==, 4);
  ui_test_close_window (window);
}

static void
test_corrupt_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *description = NULL;
  gsize before_len, after_len;
  GString *junk = g_string_new ("SQLite format 3");
  SbWindow *window;
  GtkWidget *page;

  /* a SQLite header, then garbage: a damaged database */
  g_string_append_c (junk, '\0');
  for (guint i = 0; i < 8192; i++)
    g_string_append_c (junk, (char) (i * 7 + 13));
  g_assert_true (g_file_set_contents (path, junk->str, junk->len, &error));
  g_string_free (junk, TRUE);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  window = ui_test_open_window_on (path);
  page = ui_test_find (GTK_WIDGET (window), "database-error");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_is_drawable (page));
  description = g_strdup (adw_status_page_get_description (ADW_STATUS_PAGE (page)));
  g_assert_nonnull (strstr (description, path));
  /* nothing to edit */
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
  ui_test_iterate ();
  g_assert_null (ui_test_find_anywhere ("new-company"));
  ui_test_close_window (window);

  /* not a byte changed, nothing added beside it (no journal, no WAL) */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
    const char *name;
    guint n = 0;

    g_assert_no_error (error);
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_assert_cmpstr (name, ==, "broken.db");
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_locked_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  SbWindow *first, *second;
  GtkWidget *page;

  /* a Shenbao has the file open: another says so and touches nothing */
  first = ui_test_open_window_on (path);
  g_assert_cmpuint (stored_count (first), ==, 2);
  second = ui_test_open_window_on (path);
  page = ui_test_find (GTK_WIDGET (second), "database-error");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_is_drawable (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), path));
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (second)), ==, 0);
  ui_test_close_window (second);

  /* the first goes on as before */
  g_assert_cmpuint (stored_count (first), ==, 2);
  ui_test_open_company (first, ui_test_company_id (first, PARK));
  g_assert_nonnull (sb_window_get_session (first));
  ui_test_close_window (first);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (dir);
}

/* A lock left by Shenbao on another computer: the page names the file,
 * warns, and offers to take the lock over; then the companies are there. */
static void
test_foreign_lock (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  SbWindow *window;
  GtkWidget *page, *button;
  sqlite3 *db = NULL;

  /* a database with the two examples, closed */
  window = ui_test_open_window_on (path);
  g_assert_cmpuint (stored_count (window), ==, 2);
  ui_test_close_window (window);

  /* the lock of a Shenbao elsewhere, with a name that is markup */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO lock (id, hostname, pid, process_start, since)"
                                     " VALUES (1, 'far<b>&away', 4242, 0,"
                                     " '2025-01-01T00:00:00Z')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  window = ui_test_open_window_on (path);
  page = ui_test_find (GTK_WIDGET (window), "database-error");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_is_drawable (page));
  /* the description is escaped markup: the host's name shown as written */
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)),
                            "far&lt;b&gt;&amp;away"));
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, 0);
  button = ui_test_find (GTK_WIDGET (window), "break-lock");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, 2);
  g_assert_cmpuint (stored_count (window), ==, 2);
  ui_test_close_window (window);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (dir);
}

/* Any other problem (here: the file open in this very program) offers no
 * such button. */
static void
test_no_break_for_live_lock (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  SbWindow *first, *second;
  GtkWidget *button;

  first = ui_test_open_window_on (path);
  second = ui_test_open_window_on (path);
  g_assert_nonnull (ui_test_find (GTK_WIDGET (second), "database-error"));
  button = ui_test_find (GTK_WIDGET (second), "break-lock");
  g_assert_true (button == NULL || !gtk_widget_is_drawable (button));
  ui_test_close_window (second);
  ui_test_close_window (first);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_reopens_where_left (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  SbWindow *window;
  gint64 p;
  int width, height;

  /* a new file is seeded; open a company, make the window smaller, close */
  window = ui_test_open_window_on (path);
  g_assert_cmpuint (stored_count (window), ==, 2);
  p = ui_test_company_id (window, PARK);
  ui_test_open_company (window, p);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  ui_test_iterate ();
  ui_test_close_window (window);

  /* the same file again: not seeded twice, the company open, the size kept */
  window = ui_test_open_window_on (path);
  g_assert_cmpuint (stored_count (window), ==, 2);
  g_assert_nonnull (sb_window_get_session (window));
  g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, p);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  /* the portfolio is what the next start shows once it is chosen */
  ui_test_activate_action (GTK_WIDGET (window), "win.show-portfolio", NULL);
  ui_test_close_window (window);
  window = ui_test_open_window_on (path);
  g_assert_null (sb_window_get_session (window));
  ui_test_close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_shortcuts (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  struct { const char *action, *accel; } accels[] = {
    { "win.new-company", "<Control>n" },
    { "win.search", "<Control>f" },
    { "win.show-help-overlay", "<Control>question" },
    { "app.quit", "<Control>q" },
    { "win.show-view::company", "<Alt>1" },
    { "win.show-view::hnte", "<Alt>5" },
  };
  GtkWidget *menu_button;
  GList *toplevels;
  gboolean shown = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      g_auto(GStrv) set = gtk_application_get_accels_for_action (app, accels[i].action);

      g_assert_nonnull (set);
      g_assert_cmpstr (set[0], ==, accels[i].accel);
    }

  /* the shortcuts window, made when asked for */
  ui_test_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_WINDOW (l->data))
      {
        g_assert_true (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window));
        shown = TRUE;
        gtk_window_destroy (l->data);
      }
  g_list_free (toplevels);
  g_assert_true (shown);

  /* the main menu gets its items when it first opens */
  menu_button = ui_test_find (GTK_WIDGET (window), "primary-menu");
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  ui_test_iterate ();
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  /* three sections: dossiers, the agenda and the policy library, then
   * shortcuts and about */
  g_assert_cmpint (g_menu_model_get_n_items (
                     gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button))), ==, 3);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  ui_test_close_window (window);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/window/opens-on-temp-db", test_opens_on_temp_db);
  g_test_add_func ("/ui/window/search", test_search);
  g_test_add_func ("/ui/window/select-company", test_select_company);
  g_test_add_func ("/ui/window/badge-follows-edits", test_badge_follows_edits);
  g_test_add_func ("/ui/window/portfolio-sorts", test_portfolio_sorts);
  g_test_add_func ("/ui/window/portfolio-columns", test_portfolio_columns);
  g_test_add_func ("/ui/window/deadline", test_deadline);
  g_test_add_func ("/ui/window/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/ui/window/new-and-duplicate", test_new_and_duplicate);
  g_test_add_func ("/ui/window/corrupt-database", test_corrupt_database);
  g_test_add_func ("/ui/window/locked-database", test_locked_database);
  g_test_add_func ("/ui/window/foreign-lock", test_foreign_lock);
  g_test_add_func ("/ui/window/no-break-for-live-lock", test_no_break_for_live_lock);
  g_test_add_func ("/ui/window/reopens-where-left", test_reopens_where_left);
  g_test_add_func ("/ui/window/shortcuts", test_shortcuts);
  return g_test_run ();
}
