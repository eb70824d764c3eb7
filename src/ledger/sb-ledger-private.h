/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-private.h: what the three readers share. */
#pragma once

#include "sb-ledger-book.h"

G_BEGIN_DECLS

#ifdef GSF_INPUT_TYPE
/* libgsf 1.14 has no autoptr cleanups of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)
#endif

typedef struct _SbXlsx SbXlsx;

struct _SbLedgerBook
{
  SbLedgerFormat  format;
  char           *path;
  SbLedgerLimits  limits;
  GPtrArray      *sheet_names;   /* char* */
  gboolean        date1904;
  /* CSV */
  char           *encoding;
  gboolean        encoding_guessed;
  char            separator;
  SbLedgerSheet  *csv_sheet;     /* read at open, handed out as copies */
  /* XLSX */
  SbXlsx         *xlsx;
  /* XLS */
  const void     *xls;
};

struct _SbLedgerSheet
{
  char          *name;
  GArray        *rows;           /* SbLedgerRow */
  guint          n_cols;
  guint64        n_cells;
  /* building */
  SbLedgerLimits limits;         /* a copy: the sheet outlives its book */
  GArray        *current;        /* SbLedgerCell, index = column */
  guint          current_number;
  gboolean       in_row;
};

SbLedgerSheet *sb_ledger_sheet_new        (const char *name, const SbLedgerLimits *limits);
/* Rows are begun in increasing numbers (a row number not above the last
 * one is made the next). */
gboolean       sb_ledger_sheet_begin_row  (SbLedgerSheet *self, guint number, GError **error);
/* Takes @text.  FALSE (and frees @text) beyond a limit. */
gboolean       sb_ledger_sheet_add_cell   (SbLedgerSheet *self, guint col,
                                           SbLedgerCellKind kind, char *text, GError **error);
void           sb_ledger_sheet_end_row    (SbLedgerSheet *self);
/* Gives a merged range's text to every cell of the range (rows and columns
 * from 0 / row numbers from 1 as the file has them). */
void           sb_ledger_sheet_fill_merge (SbLedgerSheet *self, guint first_row, guint first_col,
                                           guint last_row, guint last_col);
SbLedgerSheet *sb_ledger_sheet_copy       (SbLedgerSheet *self);

gboolean       sb_ledger_xlsx_open        (SbLedgerBook *book, GError **error);
SbLedgerSheet *sb_ledger_xlsx_read_sheet  (SbLedgerBook *book, guint index, GError **error);
void           sb_ledger_xlsx_free        (SbXlsx *xlsx);

gboolean       sb_ledger_xls_open         (SbLedgerBook *book, GError **error);
SbLedgerSheet *sb_ledger_xls_read_sheet   (SbLedgerBook *book, guint index, GError **error);

gboolean       sb_ledger_csv_open         (SbLedgerBook *book, const guint8 *data, gsize size,
                                           const SbLedgerOptions *options, GError **error);

/* "%.15g" of a double, "C" locale, without "-0". */
char          *sb_ledger_format_double    (double value);

G_END_DECLS
