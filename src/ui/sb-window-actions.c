/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window-actions.c: the window's actions: new, duplicate, delete and undo,
 * import and export, search and the pages. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-book-dialog.h"
#include "sb-ledger-assistant.h"
#include "sb-tables-dialog.h"
#include "sb-window-private.h"
#include "sb-text.h"

void
sb_window_actions_update (SbWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean usable = sb_application_get_store (self->app) != NULL
                    && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "fatal") != 0;
  gboolean open = usable && self->session != NULL;

  gtk_widget_action_set_enabled (widget, "win.new-company", usable);
  gtk_widget_action_set_enabled (widget, "win.import", usable);
  gtk_widget_action_set_enabled (widget, "win.search", usable);
  gtk_widget_action_set_enabled (widget, "win.show-portfolio", usable);
  gtk_widget_action_set_enabled (widget, "win.export", open);
  gtk_widget_action_set_enabled (widget, "win.duplicate-company", open);
  gtk_widget_action_set_enabled (widget, "win.delete-company", open);
  gtk_widget_action_set_enabled (widget, "win.show-view", open);
  gtk_widget_action_set_enabled (widget, "win.tables", open);
  gtk_widget_action_set_enabled (widget, "win.import-ledger", open);
  gtk_widget_action_set_enabled (widget, "win.book", open);
}

/* Stores @dossier as a new company and opens it. */
static gboolean
create_company (SbWindow *self, const SbDossier *dossier, const char *page)
{
  SbStore *store = sb_application_get_store (self->app);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!sb_store_import_dossier (store, dossier, SB_STORE_ON_CONFLICT_ASK, &id, &error))
    {
      sb_window_toast (self, error->message);
      return FALSE;
    }
  sb_window_add_company (self, id, dossier);
  if (!sb_window_open_company (self, id))
    return FALSE;
  if (page != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  return TRUE;
}

/* ---- new company ------------------------------------------------------ */

typedef struct
{
  SbWindow  *window;
  GtkWidget *name;
  GtkWidget *code;
} NewCompany;

static void
on_new_response (AdwMessageDialog *dialog, const char *response, NewCompany *data)
{
  g_autoptr(SbDossier) dossier = NULL;
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;

  if (g_str_equal (response, "create"))
    {
      name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name))));
      code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->code))));
      dossier = sb_dossier_new ();
      dossier->company.name = g_steal_pointer (&name);
      dossier->company.credit_code = *code != '\0' ? g_steal_pointer (&code) : NULL;
      create_company (data->window, dossier, "company");
    }
  g_object_unref (data->window);
  g_free (data);
}

static void
on_new_name_changed (AdwMessageDialog *dialog, GtkEditable *name)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (name)));

  adw_message_dialog_set_response_enabled (dialog, "create", *text != '\0');
}

static GtkWidget *
entry_row (const char *title, const char *widget_name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, widget_name);
  return row;
}

static void
new_company (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  NewCompany *data = g_new0 (NewCompany, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New Company"),
                                              _("The name and the unified social credit "
                                                "code (统一社会信用代码) can be changed later."));
  GtkWidget *list = gtk_list_box_new ();

  data->window = g_object_ref (self);
  data->name = entry_row (_("Name"), "new-company-name");
  data->code = entry_row (_("Credit code"), "new-company-code");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), data->name);
  gtk_list_box_append (GTK_LIST_BOX (list), data->code);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  gtk_widget_set_name (dialog, "new-company");
  g_signal_connect_swapped (data->name, "changed", G_CALLBACK (on_new_name_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response), data);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->name);
}

/* ---- duplicate, delete, undo ----------------------------------------- */

/* The open company's dossier as stored, after writing any pending edit. */
static SbDossier *
load_open (SbWindow *self, GError **error)
{
  if (!sb_session_flush (self->session, error))
    return NULL;
  return sb_store_load_dossier (sb_application_get_store (self->app),
                                sb_session_get_company_id (self->session), error);
}

static void
duplicate_company (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  char *name;

  if (self->session == NULL)
    return;
  dossier = load_open (self, &error);
  if (dossier == NULL)
    {
      sb_window_toast (self, error->message);
      return;
    }
  /* TRANSLATORS: the name of a duplicated company */
  name = g_strdup_printf (_("%s (copy)"), dossier->company.name != NULL ? dossier->company.name
                                                                        : "");
  g_free (dossier->company.name);
  dossier->company.name = name;
  /* two companies cannot share a credit code: the copy has none */
  g_clear_pointer (&dossier->company.credit_code, g_free);
  create_company (self, dossier, NULL);
}

static void
delete_company (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 id;
  guint key;

  if (self->session == NULL)
    return;
  id = sb_session_get_company_id (self->session);
  dossier = load_open (self, &error);
  if (dossier == NULL
      || !sb_store_delete_company (sb_application_get_store (self->app), id, &error))
    {
      sb_window_toast (self, error->message);
      return;
    }
  sb_window_open_company (self, 0);
  sb_window_remove_company (self, id);

  title = g_strdup_printf (_("“%s” deleted"), dossier->company.name != NULL
                                              ? dossier->company.name : _("(no name)"));
  key = ++self->next_deleted;
  /* kept for the life of the window, so that undo works from any toast */
  g_hash_table_insert (self->deleted, GUINT_TO_POINTER (key), g_steal_pointer (&dossier));
  toast = sb_toast_new_text (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_action_target_value (toast, g_variant_new_uint32 (key));
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
undo_delete (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  gpointer key = GUINT_TO_POINTER (g_variant_get_uint32 (param));
  SbDossier *dossier = g_hash_table_lookup (self->deleted, key);

  if (dossier == NULL)
    return;
  if (create_company (self, dossier, NULL))
    g_hash_table_remove (self->deleted, key);
}

/* ---- import and export ----------------------------------------------- */

static void
import_path (SbWindow *self, const char *path, SbStoreOnConflict on_conflict);

typedef struct
{
  SbWindow *window;
  char     *path;
} Replace;

static void
on_replace_response (AdwMessageDialog *dialog, const char *response, Replace *data)
{
  if (g_str_equal (response, "replace"))
    import_path (data->window, data->path, SB_STORE_ON_CONFLICT_REPLACE);
  g_object_unref (data->window);
  g_free (data->path);
  g_free (data);
}

static void
import_path (SbWindow *self, const char *path, SbStoreOnConflict on_conflict)
{
  SbStore *store = sb_application_get_store (self->app);
  g_autoptr(GHashTable) known = sb_known_categories (sb_application_get_policies (self->app));
  g_autoptr(GError) error = NULL;
  gint64 open_id = self->session != NULL ? sb_session_get_company_id (self->session) : 0;
  gint64 id = 0;

  if (self->session != NULL && !sb_session_flush (self->session, &error))
    {
      sb_window_toast (self, error->message);
      return;
    }
  if (sb_store_import_file (store, path, known, on_conflict, &id, &error))
    {
      /* a replaced open company is loaded again */
      if (id == open_id)
        sb_window_open_company (self, 0);
      sb_window_reload (self);
      sb_window_open_company (self, id);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      return;
    }
  if (g_error_matches (error, SB_STORE_ERROR, SB_STORE_ERROR_CONFLICT))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Replace the Stored Company?"),
                                                  error->message);
      Replace *data = g_new0 (Replace, 1);

      data->window = g_object_ref (self);
      data->path = g_strdup (path);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "replace", _("_Replace"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), data);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  sb_window_toast (self, error->message);
}

static void
on_import_response (GtkNativeDialog *chooser, int response, SbWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        import_path (self, path, SB_STORE_ON_CONFLICT_ASK);
    }
  g_object_unref (chooser);
}

static GtkFileFilter *
dossier_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Dossiers"));
  gtk_file_filter_add_pattern (filter, "*.json");
  return filter;
}

static void
import_dossier (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import Dossier"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = dossier_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response (GtkNativeDialog *chooser, int response, SbWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->session != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL
          && sb_session_flush (self->session, &error)
          && sb_store_export_file (sb_application_get_store (self->app),
                                   sb_session_get_company_id (self->session), path, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Exported to %s"), path);

          sb_window_toast (self, text);
        }
      else if (error != NULL)
        sb_window_toast (self, error->message);
    }
  g_object_unref (chooser);
}

static void
export_dossier (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = dossier_filter ();
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;

  if (self->session == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Dossier"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  g_object_get (sb_session_get_enterprise (self->session), "name", &name, NULL);
  file_name = g_strdup_printf ("%s.shenbao.json", name != NULL && *name != '\0'
                                                  ? name : "company");
  g_strdelimit (file_name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the official tables ---------------------------------------------- */

static void
show_tables (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  if (self->session != NULL)
    sb_tables_dialog_present (GTK_WINDOW (self), self->session);
}

/* ---- the evidence and the application book ---------------------------- */

static void
show_book (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  if (self->session != NULL)
    sb_book_dialog_present (GTK_WINDOW (self), self->session);
}

/* ---- the shortcuts window --------------------------------------------- */

/* The shortcuts window, built from the resources (GTK would build it with
 * the window from gtk/help-overlay.ui; the window builds it after it has
 * drawn, or when first asked for). */
void
sb_window_ensure_help_overlay (SbWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkShortcutsWindow *overlay;

  if (gtk_application_window_get_help_overlay (window) != NULL)
    return;
  builder = gtk_builder_new_from_resource ("/io/github/shenbao/Shenbao/ui/help-overlay.ui");
  overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_application_window_set_help_overlay (window, overlay);
  gtk_window_set_application (GTK_WINDOW (overlay),
                              gtk_window_get_application (GTK_WINDOW (self)));
}

static void
import_ledger (GtkWidget *widget, const char *action, GVariant *param)
{
  sb_ledger_assistant_show (SB_WINDOW (widget));
}

static void
undo_ledger_import (GtkWidget *widget, const char *action, GVariant *param)
{
  sb_ledger_assistant_undo (SB_WINDOW (widget));
}

static void
show_help_overlay (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  sb_window_ensure_help_overlay (self);
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (
    GTK_APPLICATION_WINDOW (self))));
}

/* ---- navigation ------------------------------------------------------- */

static void
search (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  sb_company_list_focus_search (self->company_list);
}

static void
show_view (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (self->session == NULL)
    return;
  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    if (g_str_equal (name, sb_window_view_names[i]))
      {
        adw_view_stack_set_visible_child_name (self->view_stack, name);
        adw_leaflet_set_visible_child (self->leaflet, self->content);
      }
}

/* A check of the results activated: its field, focused on its page. */
static void
focus_check (GtkWidget *widget, const char *action, GVariant *param)
{
  const char *id = NULL;
  int year = 0;

  g_variant_get (param, "(&si)", &id, &year);
  sb_window_focus_check (SB_WINDOW (widget), id, year);
}

static void
show_portfolio (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  sb_window_open_company (self, 0);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
back (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

void
sb_window_actions_init_class (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-company", NULL, new_company);
  gtk_widget_class_install_action (widget_class, "win.duplicate-company", NULL,
                                   duplicate_company);
  gtk_widget_class_install_action (widget_class, "win.delete-company", NULL, delete_company);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", "u", undo_delete);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_dossier);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_dossier);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view);
  gtk_widget_class_install_action (widget_class, "win.show-portfolio", NULL, show_portfolio);
  gtk_widget_class_install_action (widget_class, "win.focus-check", "(si)", focus_check);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back);
  gtk_widget_class_install_action (widget_class, "win.tables", NULL, show_tables);
  gtk_widget_class_install_action (widget_class, "win.import-ledger", NULL, import_ledger);
  gtk_widget_class_install_action (widget_class, "win.undo-ledger-import", NULL, undo_ledger_import);
  gtk_widget_class_install_action (widget_class, "win.book", NULL, show_book);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-company", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", sb_window_view_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK,
                                       "win.show-portfolio", NULL);
  /* the tables window prints (Ctrl+P) and exports (Ctrl+E) what it shows */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.tables", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.tables", NULL);
}
