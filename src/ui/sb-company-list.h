/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-list.h: the sidebar: a search entry, the portfolio row and
 * every company with a badge per program.
 *
 * Widget names (for tests): the search entry "search", the list "companies",
 * the portfolio row "portfolio", a company's row "company:<id>" (a row is
 * recycled: it carries the name of the item bound to it) and inside it
 * its badges "badge:tase", "badge:annual_report", "badge:trade_fund",
 * "badge:hnte".  A badge carries the CSS class of its state (see
 * sb_badge_css_class ()), its tooltip says it in words, and
 * sb_company_list_badge_get_state () reads it back.
 *
 * Signal "activated" (gint64 id): a row was activated; 0 is the portfolio. */
#pragma once

#include <adwaita.h>

#include "sb-company-item.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPANY_LIST (sb_company_list_get_type ())

G_DECLARE_FINAL_TYPE (SbCompanyList, sb_company_list, SB, COMPANY_LIST, AdwBin)

GtkWidget      *sb_company_list_new              (void);
/* Shows @companies (a GListModel of SbCompanyItem, watched for changes). */
void            sb_company_list_set_model        (SbCompanyList *self, GListModel *companies);
/* The companies the search lets through, by name: the sidebar's filter
 * over the model given, for the portfolio to show the same.  Until the
 * list's first frame is drawn it holds the first screenful only (GTK 4.8
 * makes up to 200 rows of a list view at once, issue 11). */
GListModel     *sb_company_list_get_filtered     (SbCompanyList *self);
/* Marks the row of company @id as selected (0: the portfolio row); does not
 * emit "activated". */
void            sb_company_list_select           (SbCompanyList *self, gint64 id);
/* Focuses the search entry (Ctrl+F). */
void            sb_company_list_focus_search     (SbCompanyList *self);
GtkEditable    *sb_company_list_get_search       (SbCompanyList *self);
/* The row of company @id (0: the portfolio row) while one is bound to it (a
 * GtkListView: rows exist for what is on screen, none for a company the
 * search leaves out), else NULL. */
GtkWidget      *sb_company_list_get_row          (SbCompanyList *self, gint64 id);
/* How many company rows the search lets through. */
guint           sb_company_list_count_visible    (SbCompanyList *self);
/* The state of a badge widget (as sb_badge_to_string ()), or NULL. */
const char     *sb_company_list_badge_get_state  (GtkWidget *badge);

G_END_DECLS
