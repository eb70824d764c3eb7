/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui-test-util.c: the UI tests' harness. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "sb-company-list.h"
#include "sb-field-row.h"
#include "ui-test-util.h"

typedef struct
{
  SbApplication *app;
  char          *dir;      /* the folder made for the test, or NULL */
} Harness;

static void
harness_free (Harness *h)
{
  g_free (h->dir);
  g_free (h);
}

static GPtrArray *
kept_applications (void)
{
  static GPtrArray *kept;

  if (kept == NULL)
    kept = g_ptr_array_new ();
  return kept;
}

static gboolean
nonfatal_warnings (const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  return (level & G_LOG_LEVEL_CRITICAL) != 0 || (level & G_LOG_LEVEL_ERROR) != 0;
}

void
ui_test_init (int *argc, char ***argv)
{
  const char *localedir = g_getenv ("SHENBAO_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);
  /* animations and a blinking cursor would keep the main context busy */
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-cursor-blink", FALSE,
                NULL);
  /* SHENBAO_UI_TEST_NONFATAL=1: warnings are printed, not fatal (to run the
   * tests while another part of the window is being written) */
  if (g_strcmp0 (g_getenv ("SHENBAO_UI_TEST_NONFATAL"), "1") == 0)
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      g_test_log_set_fatal_handler (nonfatal_warnings, NULL);
    }
}

void
ui_test_iterate (void)
{
  /* until nothing is pending three times in a row, a little apart: a frame
   * is drawn on the frame clock's own schedule */
  for (guint idle = 0, rounds = 0; idle < 3 && rounds < 2000; rounds++)
    {
      if (g_main_context_iteration (NULL, FALSE))
        {
          idle = 0;
          continue;
        }
      idle++;
      g_usleep (2000);
    }
}

gboolean
ui_test_wait (gboolean (*done) (gpointer data), gpointer data, guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

static gboolean
window_drawn (gpointer data)
{
  GtkWidget *window = data;

  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0;
}

/* The window's worker refining the list's badges has applied its results
 * (sb-window.c keeps the running job as "sb-refine"). */
static gboolean
refine_done (gpointer data)
{
  return g_object_get_data (G_OBJECT (data), "sb-refine") == NULL;
}

SbWindow *
ui_test_open_window_on (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  Harness *h = g_new0 (Harness, 1);
  g_autofree char *path = NULL;
  GSettings *settings;
  GtkWindow *window;

  if (db_path == NULL)
    {
      h->dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (h->dir, 0700), ==, 0);
      path = g_build_filename (h->dir, "shenbao.db", NULL);
    }
  else
    path = g_strdup (db_path);

  h->app = sb_application_new ();
  /* an id of its own: the one before may still be on the session bus */
  {
    static guint serial;
    g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++serial);

    g_application_set_application_id (G_APPLICATION (h->app), id);
  }
  sb_application_set_db_path (h->app, path);
  g_application_register (G_APPLICATION (h->app), NULL, &error);
  g_assert_no_error (error);
  /* the memory backend lives as long as the process: a window on a new
   * database starts afresh, one on a given file finds what the last left */
  settings = sb_application_get_settings (h->app);
  if (settings != NULL && db_path == NULL)
    {
      g_settings_reset (settings, "last-company");
      g_settings_reset (settings, "window-width");
      g_settings_reset (settings, "window-height");
      g_settings_reset (settings, "window-maximized");
    }
  g_application_activate (G_APPLICATION (h->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (h->app));
  g_assert_true (SB_IS_WINDOW (window));
  g_object_set_data_full (G_OBJECT (window), "ui-test-harness", h,
                          (GDestroyNotify) harness_free);
  g_assert_true (ui_test_wait (window_drawn, window, 10000));
  /* the badges and deadlines refined in a worker thread (issue 11) */
  g_assert_true (ui_test_wait (refine_done, window, 20000));
  ui_test_iterate ();
  return SB_WINDOW (window);
}

SbWindow *
ui_test_open_window (void)
{
  return ui_test_open_window_on (NULL);
}

const char *
ui_test_get_db_path (SbWindow *window)
{
  Harness *h = g_object_get_data (G_OBJECT (window), "ui-test-harness");

  g_assert_nonnull (h);
  return sb_application_get_db_path (h->app);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

void
ui_test_close_window (SbWindow *window)
{
  Harness *h = g_object_steal_data (G_OBJECT (window), "ui-test-harness");
  g_autofree char *dir = NULL;
  GList *toplevels;

  g_assert_nonnull (h);
  dir = g_steal_pointer (&h->dir);
  /* dialogs a test left open go first */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
  /* as the user closes it: the open company is written, the size kept */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  ui_test_iterate ();
  /* as g_application_run () ends: the store is closed.  The application
   * itself is kept: only g_application_run () unregisters it from D-Bus,
   * and GLib warns when a registered one goes (hence an id of its own). */
  g_signal_emit_by_name (h->app, "shutdown");
  if (sb_application_get_store (h->app) != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = sb_store_list_companies (sb_application_get_store (h->app),
                                                           &error);

      g_assert_null (list);
      g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_IO);
    }
  g_ptr_array_add (kept_applications (), g_steal_pointer (&h->app));
  harness_free (h);
  ui_test_iterate ();
  if (dir != NULL)
    remove_tree (dir);
}

GtkWidget *
ui_test_find (GtkWidget *root, const char *name)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_test_find_anywhere (const char *name)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    found = ui_test_find (l->data, name);
  g_list_free (toplevels);
  return found;
}

static gboolean
label_is (const char *text, const char *label)
{
  g_autofree char *plain = NULL;

  if (text == NULL)
    return FALSE;
  if (g_str_equal (text, label))
    return TRUE;
  /* "_Undo" matches "Undo" */
  plain = g_strdup (text);
  for (char *p = plain, *q = plain;; p++)
    {
      if (*p != '_')
        *q++ = *p;
      if (*p == '\0')
        break;
    }
  return g_str_equal (plain, label);
}

GtkWidget *
ui_test_find_button (GtkWidget *root, const char *label)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (GTK_IS_BUTTON (root) && label_is (gtk_button_get_label (GTK_BUTTON (root)), label))
    return root;
  if (GTK_IS_BUTTON (root))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (root));

      if (GTK_IS_LABEL (child) && label_is (gtk_label_get_label (GTK_LABEL (child)), label))
        return root;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_text (GtkWidget *widget, GString *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (*text != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", text);
      return;
    }
  if (GTK_IS_EDITABLE (widget))
    {
      g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "",
                              gtk_editable_get_text (GTK_EDITABLE (widget)));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

char *
ui_test_get_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  collect_text (widget, out);
  return g_string_free (out, FALSE);
}

static GtkEditable *
first_editable (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = first_editable (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkEditable *
ui_test_get_editable (GtkWidget *widget)
{
  GtkEditable *editable;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (SB_IS_FIELD_ROW (widget))
    return sb_field_row_get_editable (SB_FIELD_ROW (widget));
  editable = first_editable (widget);
  g_assert_nonnull (editable);
  return editable;
}

void
ui_test_type (GtkWidget *widget, const char *text)
{
  GtkEditable *editable = ui_test_get_editable (widget);

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  ui_test_iterate ();
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = gtk_editable_get_position (editable);
      int length = g_utf8_next_char (p) - p;

      gtk_editable_insert_text (editable, p, length, &position);
      gtk_editable_set_position (editable, position);
      ui_test_iterate ();
    }
}

void
ui_test_clear (GtkWidget *widget)
{
  GtkEditable *editable = ui_test_get_editable (widget);

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_delete_text (editable, 0, -1);
  ui_test_iterate ();
}

void
ui_test_replace (GtkWidget *widget, const char *text)
{
  ui_test_clear (widget);
  ui_test_type (widget, text);
}

void
ui_test_activate_action (GtkWidget *widget, const char *name, GVariant *target)
{
  g_autoptr(GVariant) sunk = target != NULL ? g_variant_ref_sink (target) : NULL;

  g_assert_true (gtk_widget_activate_action_variant (widget, name, sunk));
  ui_test_iterate ();
}

gint64
ui_test_company_id (SbWindow *window, const char *name)
{
  GListModel *companies = sb_window_get_companies (window);

  for (guint i = 0; i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);

      if (g_strcmp0 (sb_company_item_get_name (item), name) == 0)
        return sb_company_item_get_id (item);
    }
  return 0;
}

GtkWidget *
ui_test_company_row (SbWindow *window, gint64 id)
{
  g_autofree char *name = g_strdup_printf ("company:%" G_GINT64_FORMAT, id);

  return ui_test_find (GTK_WIDGET (window), name);
}

const char *
ui_test_badge (SbWindow *window, gint64 id, const char *program)
{
  GtkWidget *row = ui_test_company_row (window, id);
  g_autofree char *name = g_strconcat ("badge:", program, NULL);
  GtkWidget *badge;

  if (row == NULL)
    return NULL;
  badge = ui_test_find (row, name);
  return badge != NULL ? sb_company_list_badge_get_state (badge) : NULL;
}

void
ui_test_open_company (SbWindow *window, gint64 id)
{
  GtkWidget *row = ui_test_company_row (window, id);

  g_assert_nonnull (row);
  gtk_widget_activate (row);
  ui_test_iterate ();
}

gboolean
ui_test_screenshot (GtkWidget *widget, const char *path)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = gtk_native_get_renderer (native);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (native));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (native));
  int height = gtk_widget_get_height (GTK_WIDGET (native));

  ui_test_iterate ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

gboolean
ui_test_press_key (GtkWidget *widget, guint keyval, GdkModifierType state)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (c))
            continue;
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
          if (handled)
            {
              ui_test_iterate ();
              return TRUE;
            }
        }
    }
  ui_test_iterate ();
  return FALSE;
}
