/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book-dialog.c: the evidence panel, the gaps panel and the binding of
 * the application book (src/book). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sb-book-dialog.h"
#include "sb-book.h"

struct _SbBookDialog
{
  AdwWindow        parent_instance;

  SbSession       *session;
  GPtrArray       *programs;     /* char*: "tase", "tradefund" the company claims */
  const char      *program;      /* the one shown */
  SbBook          *plan;         /* targets and gaps */
  GHashTable      *rows;         /* target → AdwExpanderRow (borrowed) */
  GPtrArray       *opened;       /* char*: temporary files opened, removed at the end */
  GCancellable    *cancellable;  /* the binding under way, or NULL */
  double           fraction;     /* its progress, written from the worker */
  char            *what;
  GMutex           lock;
  guint            refresh_idle;
  guint            progress_timeout;
  gboolean         disposed;       /* closed while binding: the widgets are gone */

  AdwToastOverlay *toasts;
  AdwWindowTitle  *title;
  GtkDropDown     *program_selector;
  GtkButton       *bind_button;
  GtkListBox      *evidence;
  GtkListBox      *gaps;
  GtkLabel        *gaps_title;
  GtkRevealer     *progress_revealer;
  GtkProgressBar  *progress;
  GtkStack        *stack;
  AdwStatusPage   *status;
};

G_DEFINE_FINAL_TYPE (SbBookDialog, sb_book_dialog, ADW_TYPE_WINDOW)

enum { BOUND, N_SIGNALS };
static guint signals[N_SIGNALS];

static void refresh (SbBookDialog *self);

static void
toast (SbBookDialog *self, const char *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static gboolean
input (SbBookDialog *self, SbFormInput *in, SbDossier **out_dossier)
{
  const SbEvaluation *evaluation = sb_session_get_evaluation (self->session);

  if (evaluation == NULL)
    return FALSE;
  *out_dossier = sb_enterprise_to_dossier (sb_session_get_enterprise (self->session));
  *in = (SbFormInput) { sb_session_get_enterprise (self->session), *out_dossier, evaluation,
                        sb_session_get_policies (self->session), sb_session_get_at (self->session),
                        0 };
  return TRUE;
}

static char *
company_name (SbBookDialog *self)
{
  char *name = NULL;

  g_object_get (sb_session_get_enterprise (self->session), "name", &name, NULL);
  return name;
}

/* ---- the files of a row ------------------------------------------------ */

/* The part a new file of @target stands for: the first the book still
 * misses (the contract, then the invoice …), or none. */
static const char *
next_role (SbBookDialog *self, const char *target)
{
  GPtrArray *gaps = self->plan != NULL ? sb_book_get_gaps (self->plan) : NULL;

  for (guint i = 0; gaps != NULL && i < gaps->len; i++)
    {
      const SbBookGap *gap = g_ptr_array_index (gaps, i);

      if (g_strcmp0 (gap->target, target) == 0)
        return gap->role;
    }
  return "";
}

gboolean
sb_book_dialog_attach (SbBookDialog *self, const char *target, GFile *file, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  SbStore *store = sb_session_get_store (self->session);
  g_autofree char *role = g_strdup (next_role (self, target));

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be attached"));
      return FALSE;
    }
  if (!sb_store_attach_file (store, sb_session_get_company_id (self->session), target, role,
                             path, NULL, error))
    return FALSE;
  refresh (self);
  return TRUE;
}

static void
attach_files (SbBookDialog *self, const char *target, GSList *files)
{
  guint n = 0;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (sb_book_dialog_attach (self, target, l->data, &error))
        n++;
      else
        toast (self, error->message);   /* names the file and why */
    }
  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file attached",
                                                            "%u files attached", n), n);
      toast (self, text);
    }
}

static gboolean
on_drop (GtkDropTarget *drop, const GValue *value, double x, double y, gpointer data)
{
  SbBookDialog *self = data;
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (drop));
  const char *target = g_object_get_data (G_OBJECT (row), "target");

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  attach_files (self, target, gdk_file_list_get_files (g_value_get_boxed (value)));
  return TRUE;
}

typedef struct
{
  SbBookDialog *self;
  char         *target;
  gint64        replace;   /* the attachment replaced, or 0 */
} Choice;

static void
choice_free (Choice *c)
{
  g_free (c->target);
  g_free (c);
}

static void
on_chooser_response (GtkNativeDialog *chooser, int response, gpointer data)
{
  Choice *c = data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *list = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        list = g_slist_append (list, g_list_model_get_item (files, i));
      if (c->replace > 0 && list != NULL)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *path = g_file_get_path (list->data);

          if (path == NULL
              || !sb_store_replace_attachment (sb_session_get_store (c->self->session),
                                               c->replace, path, &error))
            toast (c->self, error != NULL ? error->message : _("Only local files can be attached"));
          else
            {
              toast (c->self, _("File replaced"));
              refresh (c->self);
            }
        }
      else
        attach_files (c->self, c->target, list);
      g_slist_free_full (list, g_object_unref);
    }
  choice_free (c);
  g_object_unref (chooser);
}

static void
choose (SbBookDialog *self, const char *target, gint64 replace)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  Choice *c = g_new0 (Choice, 1);

  gtk_file_filter_set_name (filter, _("PDF, JPEG and PNG files"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  chooser = gtk_file_chooser_native_new (replace > 0 ? _("Replace File") : _("Attach Files"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         replace > 0 ? _("_Replace") : _("_Attach"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), replace == 0);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  c->self = self;
  c->target = g_strdup (target);
  c->replace = replace;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), c);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_attach_clicked (GtkButton *button, gpointer data)
{
  choose (data, g_object_get_data (G_OBJECT (button), "target"), 0);
}

static void
on_replace_clicked (GtkButton *button, gpointer data)
{
  choose (data, NULL, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "attachment")));
}

static void
on_open_clicked (GtkButton *button, gpointer data)
{
  SbBookDialog *self = data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "attachment"));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sb_store_extract_attachment (sb_session_get_store (self->session), id,
                                                       &error);
  g_autofree char *uri = NULL;

  if (path == NULL)
    {
      toast (self, error->message);
      return;
    }
  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  g_ptr_array_add (self->opened, g_steal_pointer (&path));
}

static void
on_undo (AdwToast *t, gpointer data)
{
  SbBookDialog *self = g_object_get_data (G_OBJECT (t), "dialog");
  SbAttachment *removed = data;
  g_autoptr(GError) error = NULL;

  if (!sb_store_restore_attachment (sb_session_get_store (self->session), removed, &error))
    toast (self, error->message);
  refresh (self);
}

static void
on_remove_clicked (GtkButton *button, gpointer data)
{
  SbBookDialog *self = data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "attachment"));
  g_autoptr(GError) error = NULL;
  SbAttachment *removed = NULL;
  g_autofree char *text = NULL;
  AdwToast *t;

  if (!sb_store_remove_attachment (sb_session_get_store (self->session), id, &removed, &error))
    {
      toast (self, error->message);
      return;
    }
  text = g_strdup_printf (_("“%s” removed"), removed->name);
  t = adw_toast_new (text);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (t), "dialog", self);
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (on_undo), removed,
                         (GClosureNotify) (void (*) (void)) sb_attachment_free, 0);
  adw_toast_overlay_add_toast (self->toasts, t);
  refresh (self);
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, GCallback callback, gpointer self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static gboolean
refresh_later (gpointer data)
{
  SbBookDialog *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static const char * const roles[] = {
  "", "contract", "invoice", "payment", "certificate", "voucher", "declaration", NULL,
};

static void
on_role_selected (GObject *selector, GParamSpec *pspec, gpointer data)
{
  SbBookDialog *self = data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (selector, "attachment"));
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (selector));
  g_autoptr(GError) error = NULL;

  if (i >= G_N_ELEMENTS (roles) - 1)
    return;
  if (!sb_store_set_attachment_role (sb_session_get_store (self->session), id, roles[i], &error))
    toast (self, error->message);
  /* after the drop-down's own handlers: it is rebuilt */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_later, self);
}

/* Which part a file is, for a target proven by several parts. */
static GtkWidget *
role_selector (SbBookDialog *self, const SbAttachment *a)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *selector;
  guint selected = 0;

  for (guint i = 0; roles[i] != NULL; i++)
    {
      gtk_string_list_append (names, i == 0 ? _("Other") : sb_evidence_role_title (roles[i]));
      if (g_strcmp0 (a->role, roles[i]) == 0)
        selected = i;
    }
  selector = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (selector), selected);
  gtk_widget_set_valign (selector, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (selector, _("What the file is"));
  g_object_set_data (G_OBJECT (selector), "attachment", GSIZE_TO_POINTER (a->id));
  g_signal_connect (selector, "notify::selected", G_CALLBACK (on_role_selected), self);
  return selector;
}

static GtkWidget *
file_row (SbBookDialog *self, const SbAttachment *a)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *size = g_format_size (a->size);
  g_autofree char *subtitle = NULL;
  const char *role = sb_evidence_role_title (a->role);
  g_autofree char *name = g_strdup_printf ("file:%" G_GINT64_FORMAT, a->id);
  GtkWidget *button;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%s%u page, %s",
                                           "%s%s%u pages, %s", a->pages),
                              role, role[0] != '\0' ? " · " : "", a->pages, size);
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!g_str_has_prefix (a->target, "material:") && !g_str_has_prefix (a->target, "firm:"))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), role_selector (self, a));
  button = icon_button ("document-open-symbolic", _("Open"), G_CALLBACK (on_open_clicked), self);
  g_object_set_data (G_OBJECT (button), "attachment", GSIZE_TO_POINTER (a->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("document-revert-symbolic", _("Replace…"),
                        G_CALLBACK (on_replace_clicked), self);
  g_object_set_data (G_OBJECT (button), "attachment", GSIZE_TO_POINTER (a->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  button = icon_button ("user-trash-symbolic", _("Remove"), G_CALLBACK (on_remove_clicked), self);
  g_object_set_data (G_OBJECT (button), "attachment", GSIZE_TO_POINTER (a->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* ---- the panels --------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
target_row (SbBookDialog *self, const SbBookTarget *t, GPtrArray *files, guint n_missing)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *name = g_strdup_printf ("target:%s", t->target);
  g_autofree char *subtitle = NULL;
  GtkDropTarget *drop;
  GtkWidget *button;

  gtk_widget_set_name (row, name);
  g_object_set_data_full (G_OBJECT (row), "target", g_strdup (t->target), g_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->title);
  if (files->len == 0 && n_missing == 0)
    subtitle = g_strdup (_("No file: drop files here"));
  else
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file",
                                                             "%u files", files->len),
                                                files->len);
      g_autofree char *missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u part missing",
                                                               "%u parts missing", n_missing),
                                                  n_missing);

      subtitle = n_missing > 0 ? g_strdup_printf (_("%s, %s"), count, missing)
                               : g_steal_pointer (&count);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (n_missing > 0)
    gtk_widget_add_css_class (row, "warning");
  button = icon_button ("list-add-symbolic", _("Attach Files…"),
                        G_CALLBACK (on_attach_clicked), self);
  g_object_set_data_full (G_OBJECT (button), "target", g_strdup (t->target), g_free);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  for (guint i = 0; i < files->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), file_row (self, files->pdata[i]));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), files->len > 0);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));
  return row;
}

static void
on_gap_activated (GtkListBox *list, GtkListBoxRow *row, gpointer data)
{
  SbBookDialog *self = data;
  const char *target = g_object_get_data (G_OBJECT (row), "target");
  GtkWidget *evidence_row = target != NULL ? g_hash_table_lookup (self->rows, target) : NULL;

  if (evidence_row == NULL)
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (evidence_row), TRUE);
  gtk_widget_grab_focus (evidence_row);
}

static void
refresh (SbBookDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GHashTable) by_target = NULL;
  SbStore *store = sb_session_get_store (self->session);
  gint64 id = sb_session_get_company_id (self->session);
  SbFormInput in;
  GPtrArray *targets, *gaps;
  g_autofree char *gaps_text = NULL;

  g_clear_pointer (&self->plan, sb_book_free);
  g_hash_table_remove_all (self->rows);
  clear_list (self->evidence);
  clear_list (self->gaps);
  if (self->program == NULL || !input (self, &in, &dossier))
    {
      adw_status_page_set_title (self->status, _("No Book to Bind"));
      adw_status_page_set_description (self->status,
                                       self->program == NULL
                                       ? _("The company claims neither TASE recognition nor the trade fund.")
                                       : sb_session_get_error (self->session));
      gtk_stack_set_visible_child_name (self->stack, "status");
      gtk_widget_set_sensitive (GTK_WIDGET (self->bind_button), FALSE);
      return;
    }
  self->plan = sb_book_plan (store, id, self->program, &in, &error);
  files = self->plan != NULL ? sb_store_list_attachments (store, id, NULL, &error) : NULL;
  if (files == NULL)
    {
      adw_status_page_set_title (self->status, _("No Book to Bind"));
      adw_status_page_set_description (self->status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "status");
      gtk_widget_set_sensitive (GTK_WIDGET (self->bind_button), FALSE);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "panels");
  gtk_widget_set_sensitive (GTK_WIDGET (self->bind_button), self->cancellable == NULL);

  by_target = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < files->len; i++)
    {
      SbAttachment *a = g_ptr_array_index (files, i);
      GPtrArray *list = g_hash_table_lookup (by_target, a->target);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_target, a->target, list);
        }
      g_ptr_array_add (list, a);
    }
  targets = sb_book_get_targets (self->plan);
  gaps = sb_book_get_gaps (self->plan);
  for (guint i = 0; i < targets->len; i++)
    {
      const SbBookTarget *t = g_ptr_array_index (targets, i);
      const SbBookTarget *before = i > 0 ? g_ptr_array_index (targets, i - 1) : NULL;
      GPtrArray *list = g_hash_table_lookup (by_target, t->target);
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      guint missing = 0;
      GtkWidget *row;

      for (guint g = 0; g < gaps->len; g++)
        missing += g_strcmp0 (((SbBookGap *) gaps->pdata[g])->target, t->target) == 0;
      /* the material or direction the rows below belong to */
      if (t->level > 0 && t->section != NULL
          && (before == NULL || g_strcmp0 (before->section, t->section) != 0))
        {
          GtkWidget *heading = gtk_label_new (t->section);
          GtkWidget *hrow = gtk_list_box_row_new ();

          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
          gtk_widget_add_css_class (heading, "heading");
          gtk_widget_set_margin_start (heading, 12);
          gtk_widget_set_margin_end (heading, 12);
          gtk_widget_set_margin_top (heading, 10);
          gtk_widget_set_margin_bottom (heading, 10);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (hrow), heading);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (hrow), FALSE);
          gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (hrow), FALSE);
          gtk_list_box_append (self->evidence, hrow);
        }
      row = target_row (self, t, list != NULL ? list : none, missing);
      g_hash_table_insert (self->rows, g_strdup (t->target), row);
      gtk_list_box_append (self->evidence, row);
    }
  for (guint g = 0; g < gaps->len; g++)
    {
      const SbBookGap *gap = g_ptr_array_index (gaps, g);
      GtkWidget *label = gtk_label_new (gap->message);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "target", g_strdup (gap->target), g_free);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), gap->target != NULL);
      gtk_list_box_append (self->gaps, row);
    }
  gaps_text = gaps->len == 0 ? g_strdup (_("Nothing missing"))
              : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing missing",
                                              "%u things missing", gaps->len), gaps->len);
  gtk_label_set_text (self->gaps_title, gaps_text);
}

/* ---- binding ---------------------------------------------------------- */

static void
on_progress (double fraction, const char *what, gpointer data)
{
  SbBookDialog *self = data;

  g_mutex_lock (&self->lock);
  self->fraction = fraction;
  g_free (self->what);
  self->what = g_strdup (what);
  g_mutex_unlock (&self->lock);
}

static gboolean
show_progress (gpointer data)
{
  SbBookDialog *self = data;

  if (self->cancellable == NULL)
    {
      self->progress_timeout = 0;
      return G_SOURCE_REMOVE;
    }
  g_mutex_lock (&self->lock);
  gtk_progress_bar_set_fraction (self->progress, self->fraction);
  gtk_progress_bar_set_text (self->progress, self->what);
  g_mutex_unlock (&self->lock);
  return G_SOURCE_CONTINUE;
}

static void
bind_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  SbBookDialog *self = source;
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  g_autofree char *path = g_file_get_path (file);
  GError *error = NULL;

  if (sb_book_write (data, path, on_progress, self, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_open_book (AdwToast *t, gpointer data)
{
  SbBookDialog *self = g_object_get_data (G_OBJECT (t), "dialog");

  gtk_show_uri (GTK_WINDOW (self), data, GDK_CURRENT_TIME);
}

static void
on_bound (GObject *source, GAsyncResult *result, gpointer data)
{
  SbBookDialog *self = SB_BOOK_DIALOG (source);
  SbBook *book = g_task_get_task_data (G_TASK (result));
  GFile *file = g_object_get_data (G_OBJECT (result), "file");
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->disposed)
    return;
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->bind_button), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, SB_BOOK_ERROR, SB_BOOK_ERROR_CANCELLED))
        toast (self, error->message);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "“%s” bound: %u page",
                                                            "“%s” bound: %u pages",
                                                            sb_book_get_n_pages (book)),
                                               name, sb_book_get_n_pages (book));
      AdwToast *t = adw_toast_new (text);
      g_autofree char *uri = g_file_get_uri (file);

      adw_toast_set_button_label (t, _("_Open"));
      g_signal_connect_data (t, "button-clicked", G_CALLBACK (on_open_book),
                             g_steal_pointer (&uri), (GClosureNotify) (void (*) (void)) g_free, 0);
      g_object_set_data (G_OBJECT (t), "dialog", self);
      adw_toast_overlay_add_toast (self->toasts, t);
    }
  g_signal_emit (self, signals[BOUND], 0, error == NULL);
}

void
sb_book_dialog_bind (SbBookDialog *self, GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(GTask) task = NULL;
  SbFormInput in;
  SbBook *book;

  g_return_if_fail (SB_IS_BOOK_DIALOG (self));
  if (self->cancellable != NULL || self->program == NULL || !input (self, &in, &dossier))
    return;
  /* the plan, the tables and the files out of the store here; the rest in a worker */
  book = sb_book_new (sb_session_get_store (self->session),
                      sb_session_get_company_id (self->session), self->program, &in, &error);
  if (book == NULL || !sb_book_prepare (book, &error))
    {
      g_clear_pointer (&book, sb_book_free);
      toast (self, error->message);
      g_signal_emit (self, signals[BOUND], 0, FALSE);
      return;
    }
  self->cancellable = g_cancellable_new ();
  self->fraction = 0;
  gtk_progress_bar_set_fraction (self->progress, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->bind_button), FALSE);
  self->progress_timeout = g_timeout_add (100, show_progress, self);
  task = g_task_new (self, self->cancellable, on_bound, NULL);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, book, (GDestroyNotify) sb_book_free);
  g_task_run_in_thread (task, bind_in_thread);
}

static void
on_save_response (GtkNativeDialog *chooser, int response, gpointer data)
{
  SbBookDialog *self = data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      sb_book_dialog_bind (self, file);
    }
  g_object_unref (chooser);
}

static void
on_bind_clicked (GtkButton *button, gpointer data)
{
  SbBookDialog *self = data;
  g_autofree char *name = company_name (self);
  g_autofree char *file_name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Bind Book"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Bind"), _("_Cancel"));
  file_name = g_strdup_printf ("%s-%s.pdf", name != NULL && *name != '\0' ? name : "company",
                               g_str_equal (self->program, "tase") ? "技术先进型服务企业"
                               : g_str_equal (self->program, "hnte") ? "高新技术企业"
                                                                     : "外经贸发展专项资金");
  g_strdelimit (file_name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_cancel_clicked (GtkButton *button, gpointer data)
{
  SbBookDialog *self = data;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_program_selected (GObject *selector, GParamSpec *pspec, gpointer data)
{
  SbBookDialog *self = data;
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (selector));

  if (i < self->programs->len)
    {
      self->program = g_ptr_array_index (self->programs, i);
      refresh (self);
    }
}

/* ---- the window ------------------------------------------------------- */

static GtkWidget *
panel (GtkWidget *title, GtkWidget *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_halign (title, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), list);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  /* a gap focuses its row: the panel scrolls to it */
  {
    GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));

    if (GTK_IS_VIEWPORT (viewport))
      gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
  }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_hexpand (scrolled, TRUE);
  return scrolled;
}

static void
build (SbBookDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *evidence_title = gtk_label_new (_("Evidence"));

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Evidence and Book"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  for (guint i = 0; i < self->programs->len; i++)
    gtk_string_list_append (names, g_str_equal (self->programs->pdata[i], "tase")
                                   ? _("TASE recognition")
                                   : g_str_equal (self->programs->pdata[i], "hnte")
                                   ? _("HNTE recognition") : _("Trade fund"));
  self->program_selector = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (names), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->program_selector), _("Program"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->program_selector));
  self->bind_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Bind Book…")));
  gtk_widget_set_name (GTK_WIDGET (self->bind_button), "bind-book");
  gtk_widget_add_css_class (GTK_WIDGET (self->bind_button), "suggested-action");
  g_signal_connect (self->bind_button, "clicked", G_CALLBACK (on_bind_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->bind_button));
  gtk_box_append (GTK_BOX (content), header);

  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked), self);
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->progress));
  gtk_box_append (GTK_BOX (progress_box), cancel);
  gtk_widget_set_margin_start (progress_box, 12);
  gtk_widget_set_margin_end (progress_box, 12);
  gtk_widget_set_margin_top (progress_box, 6);
  gtk_widget_set_margin_bottom (progress_box, 6);
  self->progress_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->progress_revealer, progress_box);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->progress_revealer));

  self->evidence = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->evidence), "evidence");
  self->gaps = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->gaps), "gaps");
  g_signal_connect (self->gaps, "row-activated", G_CALLBACK (on_gap_activated), self);
  self->gaps_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_paned_set_start_child (GTK_PANED (paned), panel (evidence_title, GTK_WIDGET (self->evidence)));
  gtk_paned_set_end_child (GTK_PANED (paned), panel (GTK_WIDGET (self->gaps_title),
                                                     GTK_WIDGET (self->gaps)));
  gtk_paned_set_position (GTK_PANED (paned), 620);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);

  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "x-office-document-symbolic");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, paned, "panels");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "status");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->stack));

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, content);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  g_signal_connect (self->program_selector, "notify::selected",
                    G_CALLBACK (on_program_selected), self);
}

static void
sb_book_dialog_dispose (GObject *object)
{
  SbBookDialog *self = SB_BOOK_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  self->disposed = TRUE;
  G_OBJECT_CLASS (sb_book_dialog_parent_class)->dispose (object);
}

static void
sb_book_dialog_finalize (GObject *object)
{
  SbBookDialog *self = SB_BOOK_DIALOG (object);

  /* the files opened in other programs: they have them open by now */
  for (guint i = 0; i < self->opened->len; i++)
    g_unlink (self->opened->pdata[i]);
  g_ptr_array_unref (self->opened);
  g_clear_pointer (&self->plan, sb_book_free);
  g_hash_table_unref (self->rows);
  g_ptr_array_unref (self->programs);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_free (self->what);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (sb_book_dialog_parent_class)->finalize (object);
}

static void
sb_book_dialog_class_init (SbBookDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_book_dialog_dispose;
  object_class->finalize = sb_book_dialog_finalize;
  /* "bound" (gboolean ok): a binding ended (written, failed or cancelled) */
  signals[BOUND] = g_signal_new ("bound", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_book_dialog_init (SbBookDialog *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->opened = g_ptr_array_new_with_free_func (g_free);
  self->programs = g_ptr_array_new ();
  g_mutex_init (&self->lock);
}

SbBookDialog *
sb_book_dialog_new (GtkWindow *parent, SbSession *session)
{
  SbBookDialog *self = g_object_new (SB_TYPE_BOOK_DIALOG, "transient-for", parent,
                                     "default-width", 1100, "default-height", 760,
                                     "title", _("Evidence and Book"), "modal", TRUE, NULL);
  SbEnterprise *enterprise = sb_session_get_enterprise (session);
  g_autofree char *name = NULL;

  gtk_widget_set_name (GTK_WIDGET (self), "book-dialog");
  self->session = g_object_ref (session);
  if (sb_enterprise_get_tase (enterprise) != NULL)
    g_ptr_array_add (self->programs, (gpointer) "tase");
  if (sb_enterprise_get_trade_fund (enterprise) != NULL)
    g_ptr_array_add (self->programs, (gpointer) "tradefund");
  if (sb_enterprise_get_hnte (enterprise) != NULL)
    g_ptr_array_add (self->programs, (gpointer) "hnte");
  self->program = self->programs->len > 0 ? self->programs->pdata[0] : NULL;
  build (self);
  name = company_name (self);
  adw_window_title_set_subtitle (self->title, name);
  refresh (self);
  return self;
}

void
sb_book_dialog_present (GtkWindow *parent, SbSession *session)
{
  g_return_if_fail (SB_IS_SESSION (session));

  gtk_window_present (GTK_WINDOW (sb_book_dialog_new (parent, session)));
}
