/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window.h: the main window: the companies at the side, the portfolio or
 * the open company's five pages. */
#pragma once

#include <adwaita.h>

#include "sb-application.h"
#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_WINDOW (sb_window_get_type ())

G_DECLARE_FINAL_TYPE (SbWindow, sb_window, SB, WINDOW, AdwApplicationWindow)

SbWindow  *sb_window_new          (SbApplication *app);
/* The database could not be opened: says why, and offers nothing to edit. */
void       sb_window_show_fatal   (SbWindow *self, const char *message);
/* Opens company @company_id (0: none, the portfolio). */
gboolean   sb_window_open_company (SbWindow *self, gint64 company_id);
/* The open company, or NULL. */
SbSession *sb_window_get_session  (SbWindow *self);

G_END_DECLS
