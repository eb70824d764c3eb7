/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window-agenda.c: the window's agenda page (every client's duties, a
 * page of the content stack made when first shown) and its iCalendar
 * export; the policy library's action. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-agenda.h"
#include "sb-agenda-view.h"
#include "sb-policy-library.h"
#include "sb-window-private.h"

#define AGENDA_KEY "sb-agenda-view"

static void
on_open_company (SbAgendaView *view, gint64 id, SbWindow *self)
{
  if (sb_window_open_company (self, id))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static SbAgendaView *
agenda_view (SbWindow *self)
{
  SbAgendaView *view = g_object_get_data (G_OBJECT (self), AGENDA_KEY);

  if (view == NULL)
    {
      view = SB_AGENDA_VIEW (sb_agenda_view_new ());
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (view), "agenda");
      g_signal_connect (view, "open-company", G_CALLBACK (on_open_company), self);
      g_object_set_data (G_OBJECT (self), AGENDA_KEY, view);
    }
  return view;
}

void
sb_window_show_agenda (SbWindow *self)
{
  SbStore *store = sb_application_get_store (self->app);
  g_autoptr(GError) error = NULL;
  GPtrArray *duties;
  SbAgendaView *view;

  if (store == NULL)
    return;
  /* the open company is written first, then closed: the agenda reads the store */
  if (self->session != NULL && !sb_window_open_company (self, 0))
    return;
  duties = sb_agenda_collect (store, sb_application_get_policies (self->app), &error);
  if (duties == NULL)
    {
      sb_window_toast (self, error->message);
      return;
    }
  view = agenda_view (self);
  sb_agenda_view_set_duties (view, duties, sb_date_today ());
  gtk_stack_set_visible_child_name (self->content_stack, "agenda");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_agenda (GtkWidget *widget, const char *action, GVariant *param)
{
  sb_window_show_agenda (SB_WINDOW (widget));
}

static void
on_ics_response (GtkNativeDialog *chooser, int response, SbWindow *self)
{
  SbAgendaView *view = g_object_get_data (G_OBJECT (self), AGENDA_KEY);

  if (response == GTK_RESPONSE_ACCEPT && view != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && sb_agenda_write_ics (sb_agenda_view_get_shown (view), 7, path, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Agenda exported to %s"), path);

          sb_window_toast (self, text);
        }
      else if (error != NULL)
        sb_window_toast (self, error->message);
    }
  g_object_unref (chooser);
}

static void
export_agenda (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  if (g_object_get_data (G_OBJECT (self), AGENDA_KEY) == NULL)
    sb_window_show_agenda (self);
  chooser = gtk_file_chooser_native_new (_("Export Agenda"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "shenbao-agenda.ics");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_ics_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
sb_window_reminder_text (GPtrArray *due, SbDate today, char **body)
{
  GString *text = g_string_new (NULL);
  guint overdue = 0;

  for (guint i = 0; i < due->len; i++)
    {
      const SbDuty *d = g_ptr_array_index (due, i);
      g_autofree char *date = sb_date_format (d->date);

      if (d->date < today)
        overdue++;
      if (i < 5)
        g_string_append_printf (text, "%s%s %s: %s", i > 0 ? "\n" : "", date, d->company, d->title);
    }
  if (due->len > 5)
    g_string_append_printf (text, "\n%s", _("… and more in the agenda (Ctrl+D)"));
  *body = g_string_free (text, FALSE);
  if (overdue > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duty due soon, %u overdue",
                                         "%u duties due soon, %u overdue", due->len),
                            due->len - overdue, overdue);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duty due soon", "%u duties due soon",
                                       due->len), due->len);
}

void
sb_window_remind (SbWindow *self)
{
  GSettings *settings = sb_application_get_settings (self->app);
  SbStore *store = sb_application_get_store (self->app);
  SbDate today = sb_date_today ();
  g_autofree char *today_text = sb_date_format (today);
  g_autofree char *last = NULL;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GPtrArray) due = NULL;
  int days;

  if (settings == NULL || store == NULL)
    return;
  days = g_settings_get_int (settings, "reminder-days");
  last = g_settings_get_string (settings, "reminded-on");
  if (days <= 0 || g_strcmp0 (last, today_text) == 0)
    return;
  g_settings_set_string (settings, "reminded-on", today_text);
  duties = sb_agenda_collect (store, sb_application_get_policies (self->app), NULL);
  if (duties == NULL)
    return;
  due = sb_duties_agenda (duties, today, today + (SbDate) days, TRUE);
  if (due->len > 0)
    {
      g_autofree char *body = NULL;
      g_autofree char *title = sb_window_reminder_text (due, today, &body);
      g_autoptr(GNotification) n = g_notification_new (title);

      g_notification_set_body (n, body);
      g_notification_set_priority (n, G_NOTIFICATION_PRIORITY_NORMAL);
      g_application_send_notification (G_APPLICATION (self->app), "shenbao-duties", n);
    }
}

static void
show_policies (GtkWidget *widget, const char *action, GVariant *param)
{
  SbWindow *self = SB_WINDOW (widget);

  sb_policy_library_present (GTK_WINDOW (self), sb_application_get_policies (self->app));
}

void
sb_window_agenda_init_class (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.agenda", NULL, show_agenda);
  gtk_widget_class_install_action (widget_class, "win.export-agenda", NULL, export_agenda);
  gtk_widget_class_install_action (widget_class, "win.policies", NULL, show_policies);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.agenda", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.policies", NULL);
}
