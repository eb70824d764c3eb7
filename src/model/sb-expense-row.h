/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-expense-row.h: one expense line of a platform project (附件3 of the trade fund).
 *
 * Properties: "item", "invoice-no" (strings); "contract", "invoice", "paid"
 * (gint64 fen, SB_UNSET absent); "invoice-date" (guint SbDate, 0 absent). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_EXPENSE_ROW (sb_expense_row_get_type ())

G_DECLARE_FINAL_TYPE (SbExpenseRow, sb_expense_row, SB, EXPENSE_ROW, SbModelObject)

SbExpenseRow *sb_expense_row_new (void);

G_END_DECLS
