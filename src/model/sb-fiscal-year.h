/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-fiscal-year.h: one fiscal year of a company: its figures, staff months,
 * contracts and R&D ledger.
 *
 * Properties: "year" (int, construct-only); the figures "income-total",
 * "non-taxable-income", "taxable-income" (may be negative), "sales-revenue",
 * "high-tech-revenue", "rd-expense", "rd-expense-domestic", "net-assets-end"
 * (may be negative), "tase-revenue", "offshore-revenue" (gint64 fen, SB_UNSET
 * absent) and "st-staff" (gint64, SB_UNSET absent); "revenue-source" (string:
 * "contracts", "totals" or NULL — where the TASE revenue comes from when the
 * year lists contracts, the year's optional key "revenue_source"); the R&D ledger by the
 * eight categories of RULES.md §4.1: "has-rd-ledger" (gboolean: the year's R&D
 * expense is entered by category; setting a category turns it on) and
 * "rd-personnel", "rd-direct", "rd-depreciation", "rd-amortization",
 * "rd-design", "rd-equipment-trial", "rd-outsourced", "rd-other" (gint64 fen,
 * default 0); "staff-months" (GListModel of SbStaffMonthRow, in month order)
 * and "contracts" (GListModel of SbContractRow), read-only. */
#pragma once

#include "sb-model-object.h"
#include "sb-contract-row.h"
#include "sb-dossier.h"
#include "sb-staff-month-row.h"

G_BEGIN_DECLS

#define SB_TYPE_FISCAL_YEAR (sb_fiscal_year_get_type ())

G_DECLARE_FINAL_TYPE (SbFiscalYear, sb_fiscal_year, SB, FISCAL_YEAR, SbModelObject)

SbFiscalYear    *sb_fiscal_year_new                (int              year);
int              sb_fiscal_year_get_year           (SbFiscalYear    *self);

gint64           sb_fiscal_year_get_rd_ledger      (SbFiscalYear    *self,
                                                    SbRdCategory     category);
void             sb_fiscal_year_set_rd_ledger      (SbFiscalYear    *self,
                                                    SbRdCategory     category,
                                                    gint64           fen);

/* (transfer none): a list of SbStaffMonthRow, in month order */
GListModel      *sb_fiscal_year_get_staff_months   (SbFiscalYear    *self);
/* (transfer none): the row of @month, or NULL */
SbStaffMonthRow *sb_fiscal_year_find_staff_month   (SbFiscalYear    *self,
                                                    int              month);
/* Inserts @row in month order; FALSE (nothing added) when the year has
 * that month already. */
gboolean         sb_fiscal_year_add_staff_month    (SbFiscalYear    *self,
                                                    SbStaffMonthRow *row);
void             sb_fiscal_year_remove_staff_month (SbFiscalYear    *self,
                                                    guint            position);

/* (transfer none): a list of SbContractRow */
GListModel      *sb_fiscal_year_get_contracts      (SbFiscalYear    *self);
void             sb_fiscal_year_insert_contract    (SbFiscalYear    *self,
                                                    guint            position,
                                                    SbContractRow   *row);
void             sb_fiscal_year_add_contract       (SbFiscalYear    *self,
                                                    SbContractRow   *row);
void             sb_fiscal_year_remove_contract    (SbFiscalYear    *self,
                                                    guint            position);

G_END_DECLS
