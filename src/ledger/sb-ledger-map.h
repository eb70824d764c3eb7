/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-map.h: a sheet's columns mapped to the fields of one of the
 * company's lists, and its rows read into values with per-row errors.
 *
 * The header row is guessed (the row among the first 30 whose cells name the
 * most fields), and the columns are guessed from their headers, Chinese or
 * English (合同编号 / Contract No., 合同金额 / Amount …); a header merged over
 * two rows ("月初" over "人数") is read as one ("月初人数").  Each value is
 * read the way a clerk writes it (sb-input.h: "1,234.56", "123.4万",
 * "(1,234.56)", "US$5"; dates in every common form and as Excel day numbers);
 * a number cell of a workbook is rounded to the fen it shows.  A value that
 * does not read is an error of its row ("第 37 行 合同金额：'12,3a'（…）"),
 * never of the file; an empty value is a draft, not an error.  A total row
 * (合计, 小计, 总计) and a blank row are skipped.
 *
 * Contracts also get proposals the user confirms: offshore when the client's
 * country is not China, and the catalogue business whose name best matches
 * the contract's name.  They are never applied unless asked for. */
#pragma once

#include <glib.h>

#include "sb-date.h"
#include "sb-ledger-book.h"

G_BEGIN_DECLS

typedef enum
{
  SB_LEDGER_CONTRACTS,
  SB_LEDGER_RECEIPTS,
  SB_LEDGER_EXPENSES,
  SB_LEDGER_CERTIFICATIONS,
  SB_LEDGER_STAFF,
  SB_LEDGER_RD_LEDGER,
  SB_LEDGER_FIRMS,
  SB_LEDGER_N_KINDS
} SbLedgerKind;

/* "contracts", "receipts", "expenses", "certifications", "staff",
 * "rd-ledger", "firms" */
const char *sb_ledger_kind_id        (SbLedgerKind kind);
gboolean    sb_ledger_kind_from_id   (const char *id, SbLedgerKind *kind);
/* The list's name as the window shows it (translated). */
const char *sb_ledger_kind_title     (SbLedgerKind kind);
/* TRUE when the list belongs to a fiscal year (contracts, staff, R&D). */
gboolean    sb_ledger_kind_needs_year (SbLedgerKind kind);

typedef enum
{
  SB_LEDGER_VALUE_TEXT,
  SB_LEDGER_VALUE_MONEY,      /* fen, ≥ 0 */
  SB_LEDGER_VALUE_SIGNED,     /* fen, any sign (R&D ledger lines) */
  SB_LEDGER_VALUE_DATE,
  SB_LEDGER_VALUE_COUNT,      /* a whole number ≥ 0 */
  SB_LEDGER_VALUE_MONTH,      /* 1–12 */
  SB_LEDGER_VALUE_TRI,        /* 是 / 否 */
} SbLedgerValueType;

typedef struct
{
  const char        *key;      /* "no", "amount": the CLI's --map names */
  const char        *label;    /* N_(): the field as the window names it */
  SbLedgerValueType  type;
  const char        *prop;     /* the model property ("client-country"), or NULL */
  const char * const *headers; /* headers that name it, best first (lower case) */
} SbLedgerField;

const SbLedgerField *sb_ledger_kind_fields (SbLedgerKind kind, guint *n_fields);
/* The index of field @key (or of its label, translated or not), or −1. */
int                  sb_ledger_kind_find_field (SbLedgerKind kind, const char *key);

/* ---- the mapping ----------------------------------------------------- */

typedef struct
{
  SbLedgerKind kind;
  int          header;      /* index of the header row in the sheet's rows, −1: none */
  guint        n_fields;
  int         *columns;     /* per field: the column (0 = A), −1 not mapped */
} SbLedgerMapping;

SbLedgerMapping *sb_ledger_mapping_new      (SbLedgerKind kind);
SbLedgerMapping *sb_ledger_mapping_copy     (const SbLedgerMapping *self);
void             sb_ledger_mapping_free     (SbLedgerMapping *self);
/* Guesses the header row and the columns. */
SbLedgerMapping *sb_ledger_mapping_guess    (SbLedgerKind kind, SbLedgerSheet *sheet);
/* The columns guessed again for header row @header (−1: none). */
void             sb_ledger_mapping_set_header (SbLedgerMapping *self, SbLedgerSheet *sheet,
                                               int header);
/* The header of column @col as read (two-row headers joined), or NULL. */
char            *sb_ledger_mapping_column_label (const SbLedgerMapping *self,
                                                 SbLedgerSheet *sheet, guint col);
/* Maps field @key (key or label) to @column: a column letter ("C"), or a
 * header text ("合同金额"); "" or "-" unmaps it.  Errors name what is wrong. */
gboolean         sb_ledger_mapping_set      (SbLedgerMapping *self, SbLedgerSheet *sheet,
                                             const char *key, const char *column,
                                             GError **error);
/* "no=A;amount=C": the mapping as the store remembers it (columns by letter). */
char            *sb_ledger_mapping_to_string (const SbLedgerMapping *self);
/* Applies a remembered mapping (fields it names; others unmapped). */
gboolean         sb_ledger_mapping_from_string (SbLedgerMapping *self, const char *text);
/* A fingerprint of the file's layout: the header texts, in order. */
char            *sb_ledger_mapping_layout   (const SbLedgerMapping *self, SbLedgerSheet *sheet);

/* ---- the rows read ---------------------------------------------------- */

typedef struct
{
  gboolean present;    /* the cell had a value that read */
  char    *text;       /* TEXT (and the raw text of every other type) */
  gint64   number;     /* MONEY/SIGNED fen, COUNT, MONTH, TRI (0/1) */
  SbDate   date;
} SbLedgerValue;

typedef struct
{
  guint          number;          /* the row number the spreadsheet shows */
  SbLedgerValue *values;          /* per field */
  GPtrArray     *errors;          /* char*: "第 37 行 合同金额：'12,3a'（…）" */
  /* contracts: proposals the user confirms (−1 / NULL: none) */
  int            offshore_proposed;
  char          *category_proposed;  /* a catalogue code */
  /* set by sb_ledger_mark_duplicates () */
  gboolean       duplicate;
} SbLedgerRecord;

typedef struct
{
  SbLedgerKind kind;
  GPtrArray   *records;     /* SbLedgerRecord* (rows with a value), in sheet order */
  guint        n_errors;    /* records with at least one error */
  guint        n_totals;    /* total rows skipped */
} SbLedgerParse;

/* A catalogue business for the contracts' proposals and for category names. */
typedef struct
{
  const char *code;
  const char *name;
} SbLedgerCategory;

/* Reads the rows below the header.  @catalogue (may be NULL) is what the
 * category column and the proposals are matched against. */
SbLedgerParse *sb_ledger_parse             (const SbLedgerMapping *mapping, SbLedgerSheet *sheet,
                                            gboolean date1904, const SbLedgerCategory *catalogue,
                                            guint n_catalogue);
void           sb_ledger_parse_free        (SbLedgerParse *self);

/* Reads one cell as a field's value: FALSE with a message (the reason, no
 * row) when it does not read; TRUE with !present when empty. */
gboolean       sb_ledger_read_value        (const SbLedgerField *field, const SbLedgerCell *cell,
                                            gboolean date1904, SbLedgerValue *out,
                                            char **message);
void           sb_ledger_value_clear       (SbLedgerValue *value);
/* The value as the preview shows it ("¥1,234.56", "2024-03-05", "是"). */
char          *sb_ledger_value_format      (const SbLedgerField *field, const SbLedgerValue *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbLedgerMapping, sb_ledger_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbLedgerParse, sb_ledger_parse_free)

G_END_DECLS
