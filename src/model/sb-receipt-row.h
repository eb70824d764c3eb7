/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-receipt-row.h: one line of the interest subsidy's receipts table (附件9).
 *
 * Properties, in 附件9's column order: "contract-no", "contract-name"
 * (strings); "contract-amount-usd" (gint64 cents); "execution-date" (guint
 * SbDate); "execution-amount-usd" (cents); "receipt-date" (SbDate);
 * "currency" (收汇币种, e.g. "USD"); "receipt-amount" (in that currency, cents);
 * "voucher-no" (收汇凭证编号); "declaration-no" (涉外收入申报单编号); "pages"
 * (凭证、申报单页码, text); "note"; "receipt-amount-usd" (the receipt in US
 * cents at the rate the bank applied; for a receipt in USD the amount itself
 * stands in when absent).  Money SB_UNSET and dates 0 when absent.
 * Kept in the dossier as trade_fund.interest.receipts [{contract_no, …}]. */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_RECEIPT_ROW (sb_receipt_row_get_type ())

G_DECLARE_FINAL_TYPE (SbReceiptRow, sb_receipt_row, SB, RECEIPT_ROW, SbModelObject)

SbReceiptRow *sb_receipt_row_new (void);

G_END_DECLS
