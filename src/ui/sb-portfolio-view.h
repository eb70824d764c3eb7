/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-portfolio-view.h: every company in one sortable table: its verdicts,
 * its trade-fund subsidy and its next deadline (the consultant's morning
 * view).
 *
 * The table is named "portfolio"; its columns are "name", "credit-code",
 * "tase", "annual_report", "trade_fund", "hnte", "subsidy" and "deadline".
 * Signal "activated" (gint64 id): a company's row was activated. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SB_TYPE_PORTFOLIO_VIEW (sb_portfolio_view_get_type ())

G_DECLARE_FINAL_TYPE (SbPortfolioView, sb_portfolio_view, SB, PORTFOLIO_VIEW, AdwBin)

GtkWidget  *sb_portfolio_view_new              (void);
/* Shows @companies (a GListModel of SbCompanyItem). */
void        sb_portfolio_view_set_model        (SbPortfolioView *self, GListModel *companies);
/* The companies in the order shown (transfer none). */
GListModel *sb_portfolio_view_get_sorted_model (SbPortfolioView *self);
/* Sorts by the column @column (one of the names above); FALSE when unknown. */
gboolean    sb_portfolio_view_sort_by          (SbPortfolioView *self, const char *column,
                                                GtkSortType order);
/* Sorts again (after the companies' figures changed). */
void        sb_portfolio_view_resort           (SbPortfolioView *self);
/* Shows only the companies whose name or credit code holds @text (the
 * sidebar's search, Ctrl+F); NULL or "" shows every company. */
void        sb_portfolio_view_set_search       (SbPortfolioView *self, const char *text);

G_END_DECLS
