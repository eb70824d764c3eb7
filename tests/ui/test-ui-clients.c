/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-clients.c: the window with many client companies (issue 11): the
 * sidebar recycles its rows, every company's badges and deadline after the
 * worker thread's refinement are those of its own evaluation, the search
 * filters the sidebar and the portfolio alike, a company far down the list
 * is selected and shown, a renamed company moves and reads its new name.
 * How fast is bench-clients' business, not this test's. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sb-company-item.h"
#include "sb-company-list.h"
#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-portfolio-view.h"
#include "ui-test-util.h"

#define N_COMPANIES 240

static char *dir;

/* A database of N_COMPANIES copies of the two examples, each with its own
 * name and credit code. */
static char *
make_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(GHashTable) known = sb_known_categories (policies);
  const char *files[] = {
    "data/examples/tase-dalian-new.shenbao.json",
    "data/examples/tradefund-platform-certs.shenbao.json",
  };
  char *db;
  g_autoptr(SbStore) store = NULL;

  dir = g_dir_make_tmp ("shenbao-clients-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  db = g_build_filename (dir, "many.db", NULL);
  store = sb_store_open (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_COMPANIES; i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), files[i % 2],
                                                NULL);
      g_autoptr(SbDossier) d = sb_dossier_from_file (path, known, &error);

      g_assert_no_error (error);
      g_free (d->company.name);
      d->company.name = g_strdup_printf ("%s %03u", i % 2 == 0 ? "星海软件" : "软件园服务", i);
      g_free (d->company.credit_code);
      d->company.credit_code = g_strdup_printf ("91210200MA%08u", i);
      g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sb_store_close (store, &error));
  return db;
}

static SbCompanyList *
sidebar (SbWindow *window)
{
  GtkWidget *list = ui_test_find (GTK_WIDGET (window), "companies");

  g_assert_nonnull (list);
  g_assert_true (GTK_IS_LIST_VIEW (list));
  return SB_COMPANY_LIST (gtk_widget_get_ancestor (list, SB_TYPE_COMPANY_LIST));
}

/* The widgets named "company:<id>" under @w. */
static guint
count_rows (GtkWidget *w)
{
  guint n = g_str_has_prefix (gtk_widget_get_name (w), "company:") ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_rows (c);
  return n;
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
test_many (void)
{
  g_autofree char *db = make_database ();
  SbWindow *window = ui_test_open_window_on (db);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  SbStore *store = sb_application_get_store (SB_APPLICATION (app));
  SbPolicySet *policies = sb_application_get_policies (SB_APPLICATION (app));
  GListModel *companies = sb_window_get_companies (window);
  SbCompanyList *list = sidebar (window);
  GListModel *shown;
  guint rows;
  gint64 last_id = 0;
  g_autofree char *last_name = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (companies), ==, N_COMPANIES);
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, N_COMPANIES);

  /* rows for what the list shows, not one per company */
  rows = count_rows (GTK_WIDGET (list));
  g_assert_cmpuint (rows, >, 0);
  g_assert_cmpuint (rows, <, N_COMPANIES);

  /* every company as its own evaluation says, bound to a row or not */
  for (guint i = 0; i < N_COMPANIES; i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);
      g_autoptr(SbDossier) d = sb_store_load_dossier (store, sb_company_item_get_id (item), NULL);
      g_autoptr(SbCompanyItem) fresh = sb_company_item_new (sb_company_item_get_id (item));

      g_assert_nonnull (d);
      sb_company_item_update_from_dossier (fresh, d, policies, sb_date_today ());
      for (guint p = 0; p < SB_N_PROGRAMS; p++)
        {
          g_assert_cmpint (sb_company_item_get_badge (item, p), ==,
                           sb_company_item_get_badge (fresh, p));
          g_assert_cmpstr (sb_company_item_get_badge_note (item, p), ==,
                           sb_company_item_get_badge_note (fresh, p));
        }
      g_assert_cmpint (sb_company_item_get_trade_fund_total (item), ==,
                       sb_company_item_get_trade_fund_total (fresh));
      g_assert_cmpuint (sb_company_item_get_deadline (item), ==,
                        sb_company_item_get_deadline (fresh));
      if (g_strcmp0 (sb_company_item_get_name (item), "星海软件 238") == 0)
        last_id = sb_company_item_get_id (item);
    }
  /* the short ones are short (星海 lacks degree staff), not "missing" */
  {
    gint64 x = ui_test_company_id (window, "星海软件 000");

    g_assert_cmpint (x, >, 0);
    g_assert_cmpstr (ui_test_badge (window, x, "tase"), ==, "short");
  }

  /* a company beyond the first screenful: selected, scrolled to, its row bound */
  g_assert_cmpint (last_id, >, 0);
  sb_company_list_select (list, last_id);
  ui_test_iterate ();
  {
    GtkWidget *row = ui_test_company_row (window, last_id);
    GtkWidget *badge;

    g_assert_nonnull (row);
    last_name = ui_test_get_text (row);
    g_assert_nonnull (strstr (last_name, "星海软件 238"));
    badge = ui_test_find (row, "badge:tase");
    g_assert_cmpstr (sb_company_list_badge_get_state (badge), ==, "short");
    g_assert_nonnull (gtk_widget_get_tooltip_text (badge));
  }

  /* Enter on a row (the list item's activation, as GtkListView's Enter
   * and double click): the company opens */
  {
    GtkWidget *view = ui_test_find (GTK_WIDGET (window), "companies");
    GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
    guint position = GTK_INVALID_LIST_POSITION;

    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(SbCompanyItem) it = g_list_model_get_item (model, i);

        if (sb_company_item_get_id (it) == last_id)
          position = i;
      }
    g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
    g_assert_true (gtk_widget_activate_action (view, "list.activate-item", "u", position));
    ui_test_iterate ();
    g_assert_nonnull (sb_window_get_session (window));
    g_assert_cmpint (sb_session_get_company_id (sb_window_get_session (window)), ==, last_id);
    /* and a click on the portfolio row goes back (gtk_widget_activate: a click) */
    gtk_widget_activate (ui_test_find (GTK_WIDGET (list), "portfolio"));
    ui_test_iterate ();
    g_assert_null (sb_window_get_session (window));
  }

  /* the search: the sidebar and the portfolio alike */
  ui_test_type (ui_test_find (GTK_WIDGET (window), "search"), "星海软件 23");
  g_usleep (250000);
  ui_test_iterate ();
  g_assert_cmpuint (sb_company_list_count_visible (list), ==, 5);
  shown = sb_portfolio_view_get_sorted_model (SB_PORTFOLIO_VIEW (portfolio_view (GTK_WIDGET (window))));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);
  g_assert_cmpuint (count_rows (GTK_WIDGET (list)), ==, 5);

  /* a renamed company: its row reads the new name, the search follows it */
  {
    g_autoptr(SbCompanyItem) item = NULL;
    GtkWidget *row;
    g_autofree char *text = NULL;

    for (guint i = 0; i < N_COMPANIES && item == NULL; i++)
      {
        g_autoptr(SbCompanyItem) it = g_list_model_get_item (companies, i);

        if (sb_company_item_get_id (it) == last_id)
          item = g_steal_pointer (&it);
      }
    sb_company_item_set_name (item, "星海软件 231 新");
    ui_test_iterate ();
    row = ui_test_company_row (window, last_id);
    g_assert_nonnull (row);
    text = ui_test_get_text (row);
    g_assert_nonnull (strstr (text, "星海软件 231 新"));
    sb_company_item_set_name (item, "大连某公司");
    ui_test_iterate ();
    g_assert_null (ui_test_company_row (window, last_id));
    g_assert_cmpuint (sb_company_list_count_visible (list), ==, 4);
  }
  ui_test_close_window (window);
}

int
main (int argc, char **argv)
{
  int status;

  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/clients/many", test_many);
  status = g_test_run ();
  if (dir != NULL)
    {
      g_autofree char *db = g_build_filename (dir, "many.db", NULL);

      g_unlink (db);
      g_rmdir (dir);
    }
  g_free (dir);
  return status;
}
