/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form.h: one description per official table, and its writers.
 *
 * A form (SbForm) is what one official table is on paper: one or more sheets
 * (SbTable: 附件3 has one per year), each with a title, lines above the
 * table ("申报单位：…", "单位：元"), header rows whose cells may span
 * columns and rows, body rows, total rows and footer lines ("申报单位（盖章）",
 * "日期").  The builders (sb-form-tase.c, sb-form-tradefund.c, …) fill it from
 * the model and the engine's report; the writers never compute a figure:
 * XLSX (sb-form-xlsx.c), pages for print and PDF (sb-form-render.c,
 * sb-form-pdf.c) and the window's preview draw the same description.
 *
 * Money cells hold fen; a total row holds totals the builder summed (to the
 * fen).  Ratios are exact SbRatio, shown as percentages. */
#pragma once

#include <glib.h>

#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-money.h"
#include "sb-policy.h"

G_BEGIN_DECLS

#define SB_FORM_ERROR (sb_form_error_quark ())

typedef enum
{
  SB_FORM_ERROR_UNKNOWN_TABLE,  /* no table of that name */
  SB_FORM_ERROR_NOT_ASKED,      /* the company has no claim the table needs */
  SB_FORM_ERROR_NO_YEAR,        /* the company has no such year */
  SB_FORM_ERROR_WRITE,          /* the file cannot be written */
} SbFormError;

GQuark sb_form_error_quark (void);

typedef enum
{
  SB_CELL_EMPTY,
  SB_CELL_TEXT,       /* text, written as text even when it begins with "=" */
  SB_CELL_MONEY,      /* fen, shown in 元 with two decimals: 1,234,567.89 */
  SB_CELL_MONEY_WAN,  /* fen, shown in 万元 with four decimals (exact: 1 fen = 0.000001 万元) */
  SB_CELL_MONEY_USD_WAN, /* US cents, shown in 万美元 with four decimals */
  SB_CELL_INTEGER,    /* a whole number (persons, items) */
  SB_CELL_DECIMAL,    /* an exact ratio shown with two decimals (an average headcount) */
  SB_CELL_PERCENT,    /* an exact ratio shown as a percentage with two decimals */
  SB_CELL_DATE,       /* SbDate, shown 2025-04-24 */
} SbCellKind;

typedef enum
{
  SB_CELL_ALIGN_DEFAULT,  /* text left, numbers right */
  SB_CELL_ALIGN_LEFT,
  SB_CELL_ALIGN_CENTER,
  SB_CELL_ALIGN_RIGHT,
} SbCellAlign;

typedef struct
{
  SbCellKind  kind;
  char       *text;       /* SB_CELL_TEXT */
  gint64      value;      /* MONEY*, INTEGER (SB_UNSET: blank) */
  SbRatio     ratio;      /* DECIMAL, PERCENT (den 0: blank) */
  SbDate      date;       /* DATE (SB_DATE_UNSET: blank) */
  guint       col_span;   /* >= 1 */
  guint       row_span;   /* >= 1 (header rows only) */
  SbCellAlign align;
  gboolean    bold;
  gboolean    wrap;       /* long text wraps inside the cell */
  gboolean    nobreak;    /* a code (invoice, voucher, account number) never split:
                           * its column widens to it, or it shrinks */
} SbCell;

typedef enum
{
  SB_ROW_HEADER,  /* repeated at the top of every page */
  SB_ROW_BODY,
  SB_ROW_TOTAL,   /* bold; 合计 */
} SbRowKind;

typedef struct
{
  SbRowKind  kind;
  GPtrArray *cells;       /* SbCell*; the spans cover the columns exactly */
} SbTableRow;

typedef struct
{
  char   *header;         /* the column's name as the notice writes it (for tests; may be NULL) */
  double  width;          /* in characters of a CJK font (one Chinese character = 2) */
} SbTableColumn;

typedef struct
{
  char       *sheet_name; /* at most 31 characters, no []:*?/\ (XLSX) */
  char       *title;      /* the table's title, exactly as the notice writes it */
  GPtrArray  *above;      /* char*: lines between title and table ("填报单位：…  单位：元") */
  GArray     *columns;    /* SbTableColumn */
  GPtrArray  *rows;       /* SbTableRow*: header rows first, then body and total rows */
  GPtrArray  *below;      /* char*: footer lines ("申报单位（盖章）：", "日期：") */
  gboolean    landscape;  /* A4 landscape (wide tables) */
} SbTable;

typedef struct
{
  char      *id;          /* "tase-annex3" */
  char      *title;       /* the document's title (file name stem, window) */
  GPtrArray *tables;      /* SbTable*, one per sheet / page run */
  GPtrArray *warnings;    /* char*: what the user must look at before filing (totals
                           * that disagree with a declared figure, codes failing their
                           * check digit); shown by the window, printed by the CLI on
                           * standard error, never on the form */
} SbForm;

/* ---- building a description ------------------------------------------ */

SbForm     *sb_form_new               (const char *id, const char *title);
void        sb_form_free              (SbForm *form);
/* Adds a warning (printf format) to @form. */
void        sb_form_add_warning       (SbForm *form, const char *format, ...) G_GNUC_PRINTF (2, 3);
/* A new sheet appended to @form. */
SbTable    *sb_form_add_table         (SbForm *form, const char *sheet_name,
                                       const char *title);

void        sb_table_add_above        (SbTable *table, const char *line);
void        sb_table_add_below        (SbTable *table, const char *line);
/* Appends a column; returns its index. */
guint       sb_table_add_column       (SbTable *table, const char *header, double width);
SbTableRow *sb_table_add_row          (SbTable *table, SbRowKind kind);
guint       sb_table_get_n_columns    (const SbTable *table);

/* Each returns the new cell, appended to @row, to adjust (spans, align). */
SbCell     *sb_row_add_text           (SbTableRow *row, const char *text);
SbCell     *sb_row_add_empty          (SbTableRow *row);
SbCell     *sb_row_add_money          (SbTableRow *row, gint64 fen);
SbCell     *sb_row_add_money_wan      (SbTableRow *row, gint64 fen);
SbCell     *sb_row_add_money_usd_wan  (SbTableRow *row, gint64 cents);
SbCell     *sb_row_add_integer        (SbTableRow *row, gint64 value);
SbCell     *sb_row_add_decimal        (SbTableRow *row, SbRatio value);
SbCell     *sb_row_add_percent        (SbTableRow *row, SbRatio value);
SbCell     *sb_row_add_date           (SbTableRow *row, SbDate date);
/* A text cell that is never split (sets nobreak). */
SbCell     *sb_row_add_code           (SbTableRow *row, const char *text);
/* A header cell spanning @cols columns and @rows rows, centred and bold. */
SbCell     *sb_row_add_header         (SbTableRow *row, const char *text, guint cols,
                                       guint rows);

/* The text a cell shows (money "1,234,567.89", percent "48.72%"), as the
 * preview and the PDF print it; "" for a blank cell. */
char       *sb_cell_format            (const SbCell *cell);

/* The Chinese name of a region code ("dalian" → "大连市"); the code itself
 * when unknown, "" for NULL.  (sb-form-parts.c; the window uses it too.) */
const char *sb_form_region_name       (const char *code);
/* The Chinese name of a client country or region code ("JP" → "日本"); the
 * code itself when unknown, "" for NULL. */
const char *sb_form_country_name      (const char *code);

/* ---- the tables -------------------------------------------------------- */

/* What a builder reads. */
typedef struct
{
  SbEnterprise       *enterprise;
  const SbDossier    *dossier;     /* sb_enterprise_to_dossier (enterprise) */
  const SbEvaluation *evaluation;  /* may lack a program the company does not claim */
  SbPolicySet        *policies;
  SbDate              at;          /* today, or --at */
  int                 year;        /* --year; 0: every year the table shows */
} SbFormInput;

typedef SbForm *(*SbFormBuildFunc) (const SbFormInput *input, GError **error);
/* Builds a table across several companies (@inputs: SbFormInput*). */
typedef SbForm *(*SbFormBuildManyFunc) (GPtrArray *inputs, GError **error);

typedef struct
{
  const char          *id;        /* "tase-annex3": the name the CLI takes */
  const char          *title;     /* the official title (Chinese, untranslated) */
  const char          *program;   /* "tase", "annual_report", "trade_fund", "hnte" */
  SbFormBuildFunc      build;     /* one company; NULL for a table across companies */
  SbFormBuildManyFunc  build_many;/* several companies; NULL otherwise */
} SbFormInfo;

/* Every table, in the order the window and `shenbao-cli tables` list them. */
const SbFormInfo *sb_form_list        (guint *n_forms);
/* The table of @id, or of its exact title; NULL when none. */
const SbFormInfo *sb_form_lookup      (const char *id_or_title);
/* Builds table @id for one company (or, for a table across companies, for
 * @input alone). */
SbForm     *sb_form_build             (const char *id, const SbFormInput *input,
                                       GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbForm, sb_form_free)

G_END_DECLS
