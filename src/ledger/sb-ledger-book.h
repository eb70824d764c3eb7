/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-book.h: a spreadsheet the user brings in (.xlsx, .xls, .csv/.txt),
 * read as sheets of rows of cells.
 *
 * The kind of file is told by its first bytes, not its name (a zip: OOXML; an
 * OLE2 compound file: BIFF, or a password-protected OOXML; anything else that
 * decodes as text: CSV).  Every reader is bounded (SbLedgerLimits): a file,
 * a decompressed part, a count of rows or cells beyond the limit is refused
 * with a message saying so, and a damaged file gives an error, never a crash.
 *
 * A cell keeps the text the file holds: a number as its decimal text
 * ("1234.56", never rounded through a double when the file has the text), a
 * date-formatted number as an ISO date ("2024-03-05"), a formula's cached
 * value (the formula is never run).  Merged text cells give their text to
 * every cell of their range (a merged header names every column under it);
 * merged numbers stay in their first cell only, so nothing is counted twice. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SB_LEDGER_ERROR (sb_ledger_error_quark ())

typedef enum
{
  SB_LEDGER_ERROR_NOT_SPREADSHEET, /* neither xlsx, xls nor text */
  SB_LEDGER_ERROR_DAMAGED,         /* a broken zip, XML or BIFF */
  SB_LEDGER_ERROR_PROTECTED,       /* password-protected / encrypted */
  SB_LEDGER_ERROR_TOO_LARGE,       /* beyond a limit */
  SB_LEDGER_ERROR_ENCODING,        /* the text does not decode */
  SB_LEDGER_ERROR_NO_SHEET,
} SbLedgerError;

GQuark sb_ledger_error_quark (void);

typedef enum
{
  SB_LEDGER_FORMAT_XLSX,
  SB_LEDGER_FORMAT_XLS,
  SB_LEDGER_FORMAT_CSV,
} SbLedgerFormat;

typedef enum
{
  SB_LEDGER_CELL_EMPTY,
  SB_LEDGER_CELL_TEXT,
  SB_LEDGER_CELL_NUMBER,   /* text: the decimal ("1234.5", "-3E-2") */
  SB_LEDGER_CELL_DATE,     /* text: "YYYY-MM-DD" (a time of day dropped) */
  SB_LEDGER_CELL_BOOL,     /* text: "TRUE" / "FALSE" */
  SB_LEDGER_CELL_ERROR,    /* text: "#DIV/0!" … */
} SbLedgerCellKind;

typedef struct
{
  SbLedgerCellKind kind;
  char            *text;   /* NULL when empty */
} SbLedgerCell;

typedef struct
{
  guint         number;    /* the row number the spreadsheet shows (from 1) */
  guint         n_cells;
  SbLedgerCell *cells;     /* column 0 = A */
} SbLedgerRow;

typedef struct
{
  guint64 max_file_bytes;    /* the file itself */
  guint64 max_part_bytes;    /* one decompressed XML part, or the decoded CSV */
  guint64 max_total_bytes;   /* all parts read from one workbook */
  guint   max_rows;
  guint   max_cols;
  guint64 max_cells;
} SbLedgerLimits;

/* 256 MiB file, 128 MiB a part (a 200 MB sheet is refused), 256 MiB in
 * all, 1,048,576 rows, 16,384 columns, 5,000,000 cells. */
const SbLedgerLimits *sb_ledger_limits_default (void);

typedef struct
{
  const char           *encoding;   /* CSV: NULL = detect ("GB18030", "UTF-16LE", …) */
  char                  separator;  /* CSV: 0 = sniff (',' ';' '\t' '|') */
  const SbLedgerLimits *limits;     /* NULL = default */
} SbLedgerOptions;

typedef struct _SbLedgerBook  SbLedgerBook;
typedef struct _SbLedgerSheet SbLedgerSheet;

SbLedgerBook   *sb_ledger_book_open          (const char            *path,
                                              const SbLedgerOptions *options,
                                              GError               **error);
void            sb_ledger_book_free          (SbLedgerBook *self);
SbLedgerFormat  sb_ledger_book_get_format    (SbLedgerBook *self);
guint           sb_ledger_book_get_n_sheets  (SbLedgerBook *self);
const char     *sb_ledger_book_get_sheet_name (SbLedgerBook *self, guint index);
/* The index of the sheet named @name, or of number @name ("2" = the second),
 * or −1. */
int             sb_ledger_book_find_sheet    (SbLedgerBook *self, const char *name);
/* CSV: the encoding read ("UTF-8", "GB18030", "UTF-16LE") and whether it was
 * a guess (no BOM, not valid UTF-8); the separator used.  NULL / FALSE / 0
 * for a workbook. */
const char     *sb_ledger_book_get_encoding  (SbLedgerBook *self, gboolean *guessed);
char            sb_ledger_book_get_separator (SbLedgerBook *self);
/* The workbook counts dates from 1904 (old Mac Excel). */
gboolean        sb_ledger_book_get_date1904  (SbLedgerBook *self);

/* Reads sheet @index whole (bounded by the limits). (transfer full) */
SbLedgerSheet  *sb_ledger_book_read_sheet    (SbLedgerBook *self, guint index,
                                              GError **error);

const char     *sb_ledger_sheet_get_name     (SbLedgerSheet *self);
/* The rows that have at least one cell, in order. */
guint           sb_ledger_sheet_get_n_rows   (SbLedgerSheet *self);
const SbLedgerRow *sb_ledger_sheet_get_row   (SbLedgerSheet *self, guint index);
/* The widest row's count of cells. */
guint           sb_ledger_sheet_get_n_cols   (SbLedgerSheet *self);
/* The row the spreadsheet numbers @number, or NULL (no cell in it). */
const SbLedgerRow *sb_ledger_sheet_find_row  (SbLedgerSheet *self, guint number);
/* Replaces the text of cell @col of row @number (a value corrected in the
 * preview; the file is not touched); the cell becomes text.  FALSE when the
 * sheet has no such row. */
gboolean        sb_ledger_sheet_set_text     (SbLedgerSheet *self, guint number, guint col,
                                              const char *text);
/* The cell's text, or NULL when the row has no such cell or it is empty. */
const char     *sb_ledger_row_get_text       (const SbLedgerRow *row, guint col);
void            sb_ledger_sheet_free         (SbLedgerSheet *self);

/* "A" for 0, "AB" for 27. */
char           *sb_ledger_column_name        (guint col);
/* Excel's day number (1900 or 1904 system) as a date: serial 60 is the
 * 1900 leap day that never was (read as 1900-02-28 … see the .c), FALSE
 * for a serial before 1 or beyond 9999-12-31. */
gboolean        sb_ledger_serial_to_ymd      (double serial, gboolean date1904,
                                              int *year, int *month, int *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbLedgerBook, sb_ledger_book_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbLedgerSheet, sb_ledger_sheet_free)

G_END_DECLS
