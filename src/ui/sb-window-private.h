/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window-private.h: what the window's action file shares with it. */
#pragma once

#include "sb-company-item.h"
#include "sb-company-list.h"
#include "sb-portfolio-view.h"
#include "sb-window.h"

G_BEGIN_DECLS

/* The pages of a company, in the switcher's order. */
typedef enum
{
  SB_WINDOW_VIEW_COMPANY,
  SB_WINDOW_VIEW_TASE,
  SB_WINDOW_VIEW_ANNUAL,
  SB_WINDOW_VIEW_TRADEFUND,
  SB_WINDOW_VIEW_HNTE,
  SB_WINDOW_N_VIEWS
} SbWindowView;

struct _SbWindow
{
  AdwApplicationWindow  parent_instance;

  SbApplication        *app;
  SbSession            *session;
  GListStore           *companies;      /* SbCompanyItem */
  GHashTable           *deleted;        /* guint key → SbDossier, for undo */
  guint                 next_deleted;
  guint                 refine_source;
  guint                 refine_tick;      /* the frame the refinement waits for */
  SbDate                today;

  AdwToastOverlay      *toasts;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  SbCompanyList        *company_list;
  GtkWidget            *primary_button;
  GtkWidget            *company_button;
  GMenuModel           *primary_menu;
  GMenuModel           *company_menu;
  GtkWidget            *tables_button;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *content_stack;
  SbPortfolioView      *portfolio;
  AdwViewStack         *view_stack;
  /* the five pages of a company, made when first needed (a window that
   * opens on the portfolio shows its first frame sooner) */
  AdwBin               *pages[SB_WINDOW_N_VIEWS];
  GtkWidget            *views[SB_WINDOW_N_VIEWS];
  guint                 views_source;
  guint                 reveal_source;
  guint                 help_source;
  AdwStatusPage        *fatal_page;
};

/* sb-window.c */
extern const char * const sb_window_view_names[SB_WINDOW_N_VIEWS];

void           sb_window_toast             (SbWindow *self, const char *message);
SbCompanyItem *sb_window_find_item         (SbWindow *self, gint64 id, guint *position);
/* Adds a company just stored to the list (evaluated from @d). */
void           sb_window_add_company       (SbWindow *self, gint64 id, const SbDossier *d);
void           sb_window_remove_company    (SbWindow *self, gint64 id);

/* sb-window-focus.c: the page and the name of the widget @id's figure is
 * typed in (for the check of @year, 0: the latest year), FALSE for a check
 * with no field; focusing it (the page shown, its stack pages and expanders
 * opened) */
gboolean       sb_window_check_target      (SbWindow *self, const char *id, int year,
                                            SbWindowView *out_view, char **out_name);
gboolean       sb_window_focus_check       (SbWindow *self, const char *id, int year);

/* sb-window-actions.c */
void           sb_window_actions_init_class (GtkWidgetClass *widget_class);
void           sb_window_actions_update     (SbWindow *self);
void           sb_window_ensure_help_overlay (SbWindow *self);

/* sb-window-agenda.c: the agenda page and the policy library */
void           sb_window_agenda_init_class  (GtkWidgetClass *widget_class);
void           sb_window_show_agenda        (SbWindow *self);
/* Once a day (settings "reminder-days", "reminded-on"): a desktop
 * notification of the duties due within the days set, and the overdue. */
void           sb_window_remind             (SbWindow *self);
/* The notification's title and body for @due (duties, in order) at @today
 * (new strings). */
char          *sb_window_reminder_text      (GPtrArray *due, SbDate today, char **body);

G_END_DECLS
