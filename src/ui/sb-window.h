/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window.h: the main window: the companies at the side, the portfolio or
 * the open company's five pages.
 *
 * Actions (win.*): new-company (Ctrl+N), duplicate-company, delete-company
 * (with an undo toast: undo-delete), import, export, search (Ctrl+F),
 * show-view::company|tase|annual|tradefund|hnte (Alt+1…5), show-portfolio
 * (Alt+Home), tables (the official tables of the open company: Ctrl+P,
 * Ctrl+E), back.  Widget names: the sidebar and its rows as sb-company-list.h says,
 * the portfolio table "portfolio", the page of a database that cannot be
 * opened "database-error". */
#pragma once

#include <adwaita.h>

#include "sb-application.h"
#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_WINDOW (sb_window_get_type ())

G_DECLARE_FINAL_TYPE (SbWindow, sb_window, SB, WINDOW, AdwApplicationWindow)

SbWindow   *sb_window_new           (SbApplication *app);
/* The database could not be opened: says why and names the file, and
 * offers nothing to edit. */
void        sb_window_show_fatal    (SbWindow *self, const char *message);
/* Opens company @company_id (0: none, the portfolio).  The open company's
 * pending edit is written first; FALSE (with a toast) when that or loading
 * fails. */
gboolean    sb_window_open_company  (SbWindow *self, gint64 company_id);
/* The open company, or NULL. */
SbSession  *sb_window_get_session   (SbWindow *self);
/* The companies of the sidebar and the portfolio (GListModel of
 * SbCompanyItem, transfer none). */
GListModel *sb_window_get_companies (SbWindow *self);
/* Reads the companies from the store again (after an import, say). */
void        sb_window_reload        (SbWindow *self);
/* The name of the visible page of the open company ("company", "tase",
 * "annual", "tradefund", "hnte"), or "portfolio". */
const char *sb_window_get_page      (SbWindow *self);

G_END_DECLS
