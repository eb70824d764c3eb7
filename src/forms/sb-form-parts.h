/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-parts.h: the pieces the TASE, annual report and HNTE tables share
 * (private to src/forms): section rows, label rows, status words, names. */
#pragma once

#include "sb-form.h"
#include "sb-report.h"
#include "sb-tase.h"

G_BEGIN_DECLS

/* 符合, 不符合, 缺少数据, 已声明, 不适用 */
const char *sb_form_status_text   (SbStatus status);
/* 是, 否, or "" when absent */
const char *sb_form_tri_text      (SbTri value);

/* The text a cell of @kind holding @value shows ("1,234.56"). */
char       *sb_form_cell_text     (SbCellKind kind, gint64 value);
/* "25", "12.5": a rate as a percentage, without trailing zeros. */
char       *sb_form_rate_text     (SbRatio rate);
/* The status of @check in words, a failed floor with its shortfall:
 * "不符合（尚差 4 人）"; "" for NULL. */
char       *sb_form_check_text    (const SbCheck *check);
/* The caveat printed under a TASE tax benefit estimate for @year. */
char       *sb_form_tax_note      (const SbTaseRules *rules, int year);

/* A body row with one bold cell spanning every column ("一、企业基本情况"). */
SbTableRow *sb_form_add_section   (SbTable *table, const char *text);
/* A body row beginning with @label spanning @label_cols columns. */
SbTableRow *sb_form_add_label     (SbTable *table, const char *label, guint label_cols);
/* A body row: @label over @label_cols columns, @text over the rest. */
SbTableRow *sb_form_add_text_line (SbTable *table, const char *label, guint label_cols,
                                   const char *text);
/* Room for a company seal (公章, about 42 mm across): the blank lines put
 * after a seal label leave at least 45 mm × 45 mm free (tests measure it in
 * the PDF); and a signature line of at least 50 mm (16 full-width low
 * lines of 10.5 pt: 59 mm). */
#define SB_FORM_SEAL_SPACE "\n\n\n\n\n\n\n\n\n"
#define SB_FORM_SIGN_LINE  "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
/* "@label@name" followed by the seal's free area, as one line. */
char       *sb_form_seal_line     (const char *label, const char *name);
/* The footer lines every application table ends with: 申报单位（盖章） with
 * room for the seal, and 日期. */
void        sb_form_add_signature (SbTable *table);

/* The status of check @id for @year (0: company-level); NULL when the
 * report has no such check. */
const SbCheck *sb_form_find_check (GPtrArray *checks, const char *id, int year);

G_END_DECLS
