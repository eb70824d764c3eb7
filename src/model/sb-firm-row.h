/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-firm-row.h: one firm a public service platform served (附件4).
 *
 * Properties: "name" (企业名称), "credit-code" (统一社会信用代码, kept as
 * typed; sb_credit_code_check() says whether it is right), "service" (服务内容),
 * strings, NULL when absent. */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_FIRM_ROW (sb_firm_row_get_type ())

G_DECLARE_FINAL_TYPE (SbFirmRow, sb_firm_row, SB, FIRM_ROW, SbModelObject)

SbFirmRow *sb_firm_row_new (void);

G_END_DECLS
