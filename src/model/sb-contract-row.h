/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-contract-row.h: one contract of a fiscal year (附件3's revenue detail).
 *
 * Properties: "no", "name", "client", "client-country" (strings, NULL when
 * absent); "offshore" (int −1 absent, 0, 1); "category" (a catalogue code,
 * NULL: outside the catalogue); "amount", "revenue" (gint64 fen, SB_UNSET
 * absent; "revenue" is the revenue recognised in the year); "evidence"
 * (证明材料, free text).  The contract's registrations (合同登记情况,
 * DOSSIER.md) are kept as the dossier lists them; "tech-registration-no",
 * "tech-registration-amount" (科技局技术合同认定登记: number, 核定技术性收入
 * in fen) and "execution-registration-no", "execution-registration-amount"
 * (商务局合同执行额登记) read and edit the first of each kind: setting one
 * adds it, clearing both number and amount removes it. */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_CONTRACT_ROW (sb_contract_row_get_type ())

G_DECLARE_FINAL_TYPE (SbContractRow, sb_contract_row, SB, CONTRACT_ROW, SbModelObject)

SbContractRow *sb_contract_row_new (void);

G_END_DECLS
