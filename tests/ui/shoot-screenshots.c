/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shoot-screenshots.c: the window's pages as PNG for docs/screenshots (run by
 * build-aux/screenshots.sh, not by meson test): the portfolio and the five
 * pages of realistic companies, in the light style and one in the dark. */
#include "config.h"

#include <glib/gstdio.h>

#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-tables-dialog.h"
#include "ui-test-util.h"

static const char *out_dir;

static void
shoot (SbWindow *window, const char *name)
{
  g_autofree char *path = g_build_filename (out_dir, name, NULL);

  for (int i = 0; i < 3; i++)
    ui_test_iterate ();
  g_assert_true (ui_test_screenshot (GTK_WIDGET (window), path));
  g_print ("# %s\n", path);
}

static void
show_view (SbWindow *window, const char *view)
{
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string (view));
}

/* A database with the two examples and the richer test company. */
static char *
make_database (char **out_folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(GHashTable) known = sb_known_categories (policies);
  const char *source = g_getenv ("SHENBAO_SOURCE_DIR");
  const char *files[] = {
    "data/examples/tase-dalian-new.shenbao.json",
    "data/examples/tradefund-platform-certs.shenbao.json",
    "tests/model/rich.shenbao.json",
  };
  char *dir = g_dir_make_tmp ("shenbao-shots-XXXXXX", &error);
  char *db;
  g_autoptr(SbStore) store = NULL;

  g_assert_no_error (error);
  db = g_build_filename (dir, "shots.db", NULL);
  store = sb_store_open (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (source, files[i], NULL);

      sb_store_import_file (store, path, known, SB_STORE_ON_CONFLICT_SKIP, NULL, &error);
      g_assert_no_error (error);
    }
  sb_store_close (store, &error);
  g_assert_no_error (error);
  *out_folder = dir;
  return db;
}

static void
test_shoot (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = make_database (&dir);
  SbWindow *window = ui_test_open_window_on (db);
  gint64 tase = ui_test_company_id (window, "大连星海软件有限公司");
  gint64 fund = ui_test_company_id (window, "大连软件园公共服务中心有限公司");
  gint64 rich = ui_test_company_id (window, "大连示例软件有限公司");

  g_assert_cmpint (tase, >, 0);
  g_assert_cmpint (fund, >, 0);
  g_assert_cmpint (rich, >, 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 860);
  gtk_window_unmaximize (GTK_WINDOW (window));
  ui_test_iterate ();

  shoot (window, "portfolio.png");
  ui_test_open_company (window, tase);
  show_view (window, "company");
  shoot (window, "company.png");
  show_view (window, "tase");
  shoot (window, "tase.png");
  ui_test_open_company (window, rich);
  show_view (window, "annual");
  shoot (window, "annual-report.png");
  show_view (window, "hnte");
  shoot (window, "hnte.png");
  ui_test_open_company (window, fund);
  show_view (window, "tradefund");
  shoot (window, "trade-fund.png");

  /* the official tables of the TASE company, previewed */
  ui_test_open_company (window, tase);
  sb_tables_dialog_present (GTK_WINDOW (window), sb_window_get_session (window));
  for (int i = 0; i < 5; i++)
    ui_test_iterate ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);
        g_autofree char *path = g_build_filename (out_dir, "tables.png", NULL);

        if (top == GTK_WINDOW (window) || !gtk_widget_get_visible (GTK_WIDGET (top)))
          continue;
        gtk_window_set_default_size (top, 1200, 800);
        for (int k = 0; k < 3; k++)
          ui_test_iterate ();
        g_assert_true (ui_test_screenshot (GTK_WIDGET (top), path));
        g_print ("# %s\n", path);
        gtk_window_close (top);
        break;
      }
  }
  ui_test_iterate ();

  /* the dark style */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_open_company (window, tase);
  show_view (window, "tase");
  shoot (window, "tase-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  ui_test_close_window (window);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

/* The window at four sizes (issue 11): a phone, a small laptop, a laptop
 * and a desktop; each page's results under its form when narrow.  The
 * window's real size is printed: wider than asked means a clipped page. */
static void
test_sizes (void)
{
  static const struct { int w, h; } sizes[] = {
    { 360, 640 }, { 800, 600 }, { 1280, 800 }, { 1920, 1080 },
  };
  static const char * const pages[] = { "company", "tase" };
  g_autofree char *dir = NULL;
  g_autofree char *db = make_database (&dir);
  SbWindow *window = ui_test_open_window_on (db);
  gint64 tase = ui_test_company_id (window, "大连星海软件有限公司");
  const char *only = g_getenv ("SHENBAO_SCREENSHOT_SIZES_ONLY");

  (void) only;
  ui_test_open_company (window, tase);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      gtk_window_unmaximize (GTK_WINDOW (window));
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i].w, sizes[i].h);
      for (int k = 0; k < 10; k++)
        ui_test_iterate ();
      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%dx%d.png", pages[p], sizes[i].w,
                                                   sizes[i].h);

          show_view (window, pages[p]);
          for (int k = 0; k < 10; k++)
            ui_test_iterate ();
          g_print ("# %s: the window is %d×%d\n", name,
                   gtk_widget_get_width (GTK_WIDGET (window)),
                   gtk_widget_get_height (GTK_WIDGET (window)));
          shoot (window, name);
        }
      /* the portfolio, its columns chosen by width */
      {
        g_autofree char *name = g_strdup_printf ("portfolio-%dx%d.png", sizes[i].w, sizes[i].h);

        ui_test_activate_action (GTK_WIDGET (window), "win.show-portfolio", NULL);
        for (int k = 0; k < 10; k++)
          ui_test_iterate ();
        shoot (window, name);
        ui_test_open_company (window, tase);
      }
    }
  ui_test_close_window (window);
  g_unlink (db);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  out_dir = g_getenv ("SHENBAO_SCREENSHOT_DIR");
  if (out_dir == NULL)
    {
      g_printerr ("SHENBAO_SCREENSHOT_DIR is not set\n");
      return 2;
    }
  if (g_getenv ("SHENBAO_SCREENSHOT_SIZES_ONLY") == NULL)
    g_test_add_func ("/screenshots", test_shoot);
  g_test_add_func ("/screenshots/sizes", test_sizes);
  return g_test_run ();
}
