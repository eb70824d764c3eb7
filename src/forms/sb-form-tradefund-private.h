/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tradefund-private.h: what the trade-fund table builders share. */
#pragma once

#include "sb-form-builders.h"
#include "sb-form-parts.h"
#include "sb-tradefund.h"

G_BEGIN_DECLS

/* The claim a trade-fund table is built from. */
typedef struct
{
  const SbTradeFundClaim  *claim;
  const SbTradeFundReport *report;
  const char              *name;     /* the company's name, "" when none */
} SbTfContext;

/* Fills @ctx from @input; SB_FORM_ERROR_NOT_ASKED when the company has no
 * trade-fund claim or no evaluation of it. */
gboolean                sb_form_tf_context       (const SbFormInput *input, SbTfContext *ctx,
                                                  GError **error);
/* SB_FORM_ERROR_NOT_ASKED naming @direction (translated) and the company. */
void                    sb_form_tf_not_asked     (const SbTfContext *ctx, const char *direction,
                                                  GError **error);
/* The compiled rules of the claim's profile (for the support period). */
const SbTradeFundRules *sb_form_tf_rules         (const SbFormInput *input,
                                                  const SbTfContext *ctx, GError **error);
/* "开户银行：… 账户户名：…", "银行账号：…" and "联 系 人：… 固定电话：… 移动电话：…",
 * as 附件5, 附件6 and 附件9 end, filled from the company's filing identity
 * (blanks to write in where it has none). */
void                    sb_form_tf_add_bank_lines (SbTable *table, const SbCompany *company);
/* The company's text @value, or @blank when absent or empty. */
const char             *sb_form_tf_or            (const char *value, const char *blank);
/* "2022年11月" (@date set) or "    年  月". */
char                   *sb_form_tf_year_month    (SbDate date);

G_END_DECLS
