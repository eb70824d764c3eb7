/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-contract-row.h: one contract of a fiscal year (附件3's revenue detail).
 *
 * Properties: "no", "name", "client", "client-country" (strings, NULL when
 * absent); "offshore" (int −1 absent, 0, 1); "category" (a catalogue code,
 * NULL: outside the catalogue); "amount", "revenue" (gint64 fen, SB_UNSET
 * absent; "revenue" is the revenue recognised in the year). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_CONTRACT_ROW (sb_contract_row_get_type ())

G_DECLARE_FINAL_TYPE (SbContractRow, sb_contract_row, SB, CONTRACT_ROW, SbModelObject)

SbContractRow *sb_contract_row_new (void);

G_END_DECLS
