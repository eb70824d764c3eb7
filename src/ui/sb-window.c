/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window.c: the main window (a first frame; the sidebar, the portfolio and
 * the window's actions are being written). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-annual-view.h"
#include "sb-company-view.h"
#include "sb-hnte-view.h"
#include "sb-tase-view.h"
#include "sb-tradefund-view.h"
#include "sb-window.h"

struct _SbWindow
{
  AdwApplicationWindow  parent_instance;

  SbApplication        *app;
  SbSession            *session;

  AdwToastOverlay      *toasts;
  GtkListBox           *companies;
  AdwViewStack         *stack;
  GtkWidget            *company_view;
  GtkWidget            *tase_view;
  GtkWidget            *annual_view;
  GtkWidget            *tradefund_view;
  GtkWidget            *hnte_view;
};

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
on_save_failed (SbWindow *self, const char *message)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

gboolean
sb_window_open_company (SbWindow *self, gint64 company_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;

  if (self->session != NULL)
    {
      if (!sb_session_flush (self->session, &error))
        {
          on_save_failed (self, error->message);
          return FALSE;
        }
      g_signal_handlers_disconnect_by_data (self->session, self);
    }
  if (company_id > 0)
    {
      session = sb_session_new (sb_application_get_store (self->app),
                                sb_application_get_policies (self->app), company_id, &error);
      if (session == NULL)
        {
          on_save_failed (self, error->message);
          return FALSE;
        }
      g_signal_connect_swapped (session, "save-failed", G_CALLBACK (on_save_failed), self);
    }
  g_set_object (&self->session, session);
  sb_company_view_set_session (SB_COMPANY_VIEW (self->company_view), session);
  sb_tase_view_set_session (SB_TASE_VIEW (self->tase_view), session);
  sb_annual_view_set_session (SB_ANNUAL_VIEW (self->annual_view), session);
  sb_tradefund_view_set_session (SB_TRADEFUND_VIEW (self->tradefund_view), session);
  sb_hnte_view_set_session (SB_HNTE_VIEW (self->hnte_view), session);
  return TRUE;
}

SbSession *
sb_window_get_session (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return self->session;
}

static void
on_row_activated (SbWindow *self, GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "company-id");

  if (id != NULL)
    sb_window_open_company (self, *id);
}

static void
fill_companies (SbWindow *self)
{
  SbStore *store = sb_application_get_store (self->app);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;
  list = sb_store_list_companies (store, &error);
  if (list == NULL)
    {
      on_save_failed (self, error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      SbStoreCompany *c = g_ptr_array_index (list, i);
      GtkWidget *row = adw_action_row_new ();
      gint64 *id = g_new (gint64, 1);

      *id = c->id;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     c->name != NULL ? c->name : _("(no name)"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), c->credit_code != NULL ? c->credit_code : "");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "company-id", id, g_free);
      gtk_list_box_append (self->companies, row);
    }
}

static void
add_page (SbWindow *self, GtkWidget *page, const char *name, const char *title,
          const char *icon)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  adw_view_stack_add_titled_with_icon (self->stack, scrolled, name, title, icon);
}

void
sb_window_show_fatal (SbWindow *self, const char *message)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The database cannot be opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), message);
  adw_toast_overlay_set_child (self->toasts, status);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_window_dispose;
}

static void
sb_window_init (SbWindow *self)
{
}

SbWindow *
sb_window_new (SbApplication *app)
{
  SbWindow *self = g_object_new (SB_TYPE_WINDOW, "application", app, NULL);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_title_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->app = app;
  gtk_window_set_title (GTK_WINDOW (self), _("Shenbao"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 800);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  self->companies = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->companies), "navigation-sidebar");
  g_signal_connect_swapped (self->companies, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->companies));
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (side), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (side), scrolled);
  gtk_widget_set_size_request (side, 260, -1);

  self->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  self->company_view = sb_company_view_new ();
  self->tase_view = sb_tase_view_new ();
  self->annual_view = sb_annual_view_new ();
  self->tradefund_view = sb_tradefund_view_new ();
  self->hnte_view = sb_hnte_view_new ();
  add_page (self, self->company_view, "company", _("Company"), "system-users-symbolic");
  add_page (self, self->tase_view, "tase", _("TASE"), "emblem-documents-symbolic");
  add_page (self, self->annual_view, "annual", _("Annual report"), "x-office-calendar-symbolic");
  add_page (self, self->tradefund_view, "tradefund", _("Trade fund"), "emblem-money-symbolic");
  add_page (self, self->hnte_view, "hnte", _("HNTE"), "starred-symbolic");
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (switcher), self->stack);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  gtk_box_append (GTK_BOX (main_box), header);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (main_box), GTK_WIDGET (self->stack));

  gtk_paned_set_start_child (GTK_PANED (paned), side);
  gtk_paned_set_end_child (GTK_PANED (paned), main_box);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  adw_toast_overlay_set_child (self->toasts, paned);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), GTK_WIDGET (self->toasts));

  fill_companies (self);
  return self;
}
