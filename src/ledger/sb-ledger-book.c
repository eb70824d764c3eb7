/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-book.c: telling the kind of file, the sheet being built, and the
 * parts the three readers share. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <freexl.h>
#include <string.h>

#include "sb-ledger-private.h"

G_DEFINE_QUARK (sb-ledger-error-quark, sb_ledger_error)

static const SbLedgerLimits default_limits = {
  .max_file_bytes = 256 * 1024 * 1024,
  .max_part_bytes = 128 * 1024 * 1024,    /* a sheet of 200 MB is refused */
  .max_total_bytes = 256 * 1024 * 1024,
  .max_rows = 1048576,
  .max_cols = 16384,
  .max_cells = 5000000,                   /* about 300 MiB in memory at most */
};

const SbLedgerLimits *
sb_ledger_limits_default (void)
{
  return &default_limits;
}

/* ---- the sheet being built -------------------------------------------- */

static void
cell_clear (gpointer data)
{
  SbLedgerCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
}

static void
row_clear (gpointer data)
{
  SbLedgerRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    g_free (row->cells[i].text);
  g_free (row->cells);
}

SbLedgerSheet *
sb_ledger_sheet_new (const char *name, const SbLedgerLimits *limits)
{
  SbLedgerSheet *self = g_new0 (SbLedgerSheet, 1);

  self->name = g_strdup (name);
  self->rows = g_array_new (FALSE, TRUE, sizeof (SbLedgerRow));
  g_array_set_clear_func (self->rows, row_clear);
  self->current = g_array_new (FALSE, TRUE, sizeof (SbLedgerCell));
  g_array_set_clear_func (self->current, cell_clear);
  self->limits = limits != NULL ? *limits : default_limits;
  return self;
}

void
sb_ledger_sheet_free (SbLedgerSheet *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_array_unref (self->rows);
  g_array_unref (self->current);
  g_free (self);
}

static gboolean
too_large (GError **error, const char *what, guint64 limit)
{
  g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_TOO_LARGE,
               /* Translators: "more than 1048576 rows": the first %s is one of
                * "rows", "columns", "cells" (translated too) */
               _("The sheet has more than %" PRIu64 " %s; split it or delete what is not needed"),
               (uint64_t) limit, what);
  return FALSE;
}

gboolean
sb_ledger_sheet_begin_row (SbLedgerSheet *self, guint number, GError **error)
{
  guint last = self->rows->len > 0
               ? g_array_index (self->rows, SbLedgerRow, self->rows->len - 1).number : 0;

  if (self->in_row)
    sb_ledger_sheet_end_row (self);
  if (number <= last || number <= self->current_number)
    number = MAX (last, self->current_number) + 1;
  if (number > self->limits.max_rows)
    return too_large (error, _("rows"), self->limits.max_rows);
  self->current_number = number;
  self->in_row = TRUE;
  g_array_set_size (self->current, 0);
  return TRUE;
}

gboolean
sb_ledger_sheet_add_cell (SbLedgerSheet *self, guint col, SbLedgerCellKind kind, char *text,
                          GError **error)
{
  SbLedgerCell *cell;

  if (col >= self->limits.max_cols)
    {
      g_free (text);
      return too_large (error, _("columns"), self->limits.max_cols);
    }
  if (kind == SB_LEDGER_CELL_EMPTY || text == NULL || text[0] == '\0')
    {
      g_free (text);
      return TRUE;
    }
  if (++self->n_cells > self->limits.max_cells)
    {
      g_free (text);
      return too_large (error, _("cells"), self->limits.max_cells);
    }
  if (col >= self->current->len)
    g_array_set_size (self->current, col + 1);
  cell = &g_array_index (self->current, SbLedgerCell, col);
  g_free (cell->text);
  cell->kind = kind;
  cell->text = text;
  return TRUE;
}

void
sb_ledger_sheet_end_row (SbLedgerSheet *self)
{
  SbLedgerRow row = { self->current_number, 0, NULL };

  if (!self->in_row)
    return;
  self->in_row = FALSE;
  if (self->current->len == 0)
    return;
  row.n_cells = self->current->len;
  /* the cells move to the row: the array keeps no text */
  row.cells = g_memdup2 (self->current->data, sizeof (SbLedgerCell) * row.n_cells);
  memset (self->current->data, 0, sizeof (SbLedgerCell) * row.n_cells);
  g_array_set_size (self->current, 0);
  self->n_cols = MAX (self->n_cols, row.n_cells);
  g_array_append_val (self->rows, row);
}

static SbLedgerRow *
find_row (SbLedgerSheet *self, guint number)
{
  guint lo = 0, hi = self->rows->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      SbLedgerRow *row = &g_array_index (self->rows, SbLedgerRow, mid);

      if (row->number == number)
        return row;
      if (row->number < number)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

void
sb_ledger_sheet_fill_merge (SbLedgerSheet *self, guint first_row, guint first_col,
                            guint last_row, guint last_col)
{
  SbLedgerRow *top = find_row (self, first_row);
  const char *text;

  if (top == NULL || first_col >= top->n_cells || last_row < first_row || last_col < first_col
      || top->cells[first_col].kind != SB_LEDGER_CELL_TEXT)
    return;
  /* a merge as wide as the sheet's limit would be a bomb of copies */
  last_col = MIN (last_col, MAX (self->n_cols, first_col + 1) - 1);
  last_row = MIN (last_row, first_row + 1000);
  text = top->cells[first_col].text;
  for (guint r = first_row; r <= last_row; r++)
    {
      SbLedgerRow *row = find_row (self, r);

      if (row == NULL)
        continue;
      if (row->n_cells <= last_col)
        {
          row->cells = g_renew (SbLedgerCell, row->cells, last_col + 1);
          memset (row->cells + row->n_cells, 0,
                  sizeof (SbLedgerCell) * (last_col + 1 - row->n_cells));
          row->n_cells = last_col + 1;
        }
      for (guint c = first_col; c <= last_col; c++)
        {
          if ((r == first_row && c == first_col) || row->cells[c].text != NULL)
            continue;
          if (++self->n_cells > self->limits.max_cells)
            return;
          row->cells[c].kind = SB_LEDGER_CELL_TEXT;
          row->cells[c].text = g_strdup (text);
        }
    }
}

SbLedgerSheet *
sb_ledger_sheet_copy (SbLedgerSheet *self)
{
  SbLedgerSheet *copy = sb_ledger_sheet_new (self->name, &self->limits);

  g_array_set_size (copy->rows, self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const SbLedgerRow *from = &g_array_index (self->rows, SbLedgerRow, i);
      SbLedgerRow *to = &g_array_index (copy->rows, SbLedgerRow, i);

      to->number = from->number;
      to->n_cells = from->n_cells;
      to->cells = g_new0 (SbLedgerCell, from->n_cells);
      for (guint c = 0; c < from->n_cells; c++)
        {
          to->cells[c].kind = from->cells[c].kind;
          to->cells[c].text = g_strdup (from->cells[c].text);
        }
    }
  copy->n_cols = self->n_cols;
  copy->n_cells = self->n_cells;
  return copy;
}

const char *
sb_ledger_sheet_get_name (SbLedgerSheet *self)
{
  return self->name;
}

guint
sb_ledger_sheet_get_n_rows (SbLedgerSheet *self)
{
  return self->rows->len;
}

const SbLedgerRow *
sb_ledger_sheet_get_row (SbLedgerSheet *self, guint index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, SbLedgerRow, index);
}

guint
sb_ledger_sheet_get_n_cols (SbLedgerSheet *self)
{
  return self->n_cols;
}

const SbLedgerRow *
sb_ledger_sheet_find_row (SbLedgerSheet *self, guint number)
{
  return find_row (self, number);
}

gboolean
sb_ledger_sheet_set_text (SbLedgerSheet *self, guint number, guint col, const char *text)
{
  SbLedgerRow *row = find_row (self, number);

  if (row == NULL || col >= self->limits.max_cols)
    return FALSE;
  if (col >= row->n_cells)
    {
      row->cells = g_renew (SbLedgerCell, row->cells, col + 1);
      memset (row->cells + row->n_cells, 0, sizeof (SbLedgerCell) * (col + 1 - row->n_cells));
      row->n_cells = col + 1;
      self->n_cols = MAX (self->n_cols, row->n_cells);
    }
  g_free (row->cells[col].text);
  row->cells[col].text = text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
  row->cells[col].kind = row->cells[col].text != NULL ? SB_LEDGER_CELL_TEXT : SB_LEDGER_CELL_EMPTY;
  return TRUE;
}

const char *
sb_ledger_row_get_text (const SbLedgerRow *row, guint col)
{
  return row != NULL && col < row->n_cells ? row->cells[col].text : NULL;
}

/* ---- shared helpers --------------------------------------------------- */

char *
sb_ledger_column_name (guint col)
{
  char letters[8];
  int n = 0;
  GString *out = g_string_new (NULL);

  col++;
  while (col > 0 && n < 8)
    {
      letters[n++] = 'A' + (col - 1) % 26;
      col = (col - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  return g_string_free (out, FALSE);
}

char *
sb_ledger_format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    return g_strdup ("0");
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  return g_strdup (buf);
}

/* Excel's 1900 system counts 1900-01-01 as day 1 and has a 29 February 1900
 * (day 60) that never was (Lotus's bug, kept for compatibility): days from 61
 * on are one more than the real count from 1899-12-31.  Day 60 is read as
 * 1900-02-28, the day Excel's users mean by it.  The 1904 system counts
 * 1904-01-01 as day 0. */
gboolean
sb_ledger_serial_to_ymd (double serial, gboolean date1904, int *year, int *month, int *day)
{
  g_autoptr(GDate) date = NULL;
  gint64 days;

  if (!(serial >= 0 && serial < 2958466 + 1))  /* also refuses NaN */
    return FALSE;
  days = (gint64) serial;  /* a time of day dropped */
  date = g_date_new_dmy (1, G_DATE_JANUARY, date1904 ? 1904 : 1900);
  if (date1904)
    g_date_add_days (date, days);
  else
    {
      if (days < 1)
        return FALSE;
      g_date_add_days (date, days >= 60 ? days - 2 : days - 1);
    }
  if (!g_date_valid (date) || g_date_get_year (date) > 9999)
    return FALSE;
  *year = g_date_get_year (date);
  *month = g_date_get_month (date);
  *day = g_date_get_day (date);
  return TRUE;
}

/* ---- the book --------------------------------------------------------- */

static const guint8 zip_magic[] = { 'P', 'K', 3, 4 };
static const guint8 ole_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

SbLedgerBook *
sb_ledger_book_open (const char *path, const SbLedgerOptions *options, GError **error)
{
  g_autoptr(SbLedgerBook) self = g_new0 (SbLedgerBook, 1);
  g_autofree char *display = g_filename_display_basename (path);
  GStatBuf st;
  guint8 head[8] = { 0 };
  FILE *f;
  size_t n;

  self->path = g_strdup (path);
  self->limits = options != NULL && options->limits != NULL ? *options->limits : default_limits;
  self->sheet_names = g_ptr_array_new_with_free_func (g_free);

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("“%s” cannot be read"), display);
      return NULL;
    }
  if ((guint64) st.st_size > self->limits.max_file_bytes)
    {
      g_autofree char *size_text = g_format_size (self->limits.max_file_bytes);

      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_TOO_LARGE,
                   _("“%s” is larger than %s; split it or delete what is not needed"),
                   display, size_text);
      return NULL;
    }
  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES, _("“%s” cannot be read"), display);
      return NULL;
    }
  n = fread (head, 1, sizeof head, f);
  fclose (f);

  if (n >= sizeof zip_magic && memcmp (head, zip_magic, sizeof zip_magic) == 0)
    {
      self->format = SB_LEDGER_FORMAT_XLSX;
      if (!sb_ledger_xlsx_open (self, error))
        return NULL;
    }
  else if (n == sizeof ole_magic && memcmp (head, ole_magic, sizeof ole_magic) == 0)
    {
      self->format = SB_LEDGER_FORMAT_XLS;
      if (!sb_ledger_xls_open (self, error))
        return NULL;
    }
  else
    {
      g_autofree char *data = NULL;
      gsize size;

      self->format = SB_LEDGER_FORMAT_CSV;
      if (!g_file_get_contents (path, &data, &size, error))
        return NULL;
      if (!sb_ledger_csv_open (self, (const guint8 *) data, size, options, error))
        return NULL;
    }
  if (self->sheet_names->len == 0)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_NO_SHEET,
                   _("“%s” has no sheet"), display);
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
sb_ledger_book_free (SbLedgerBook *self)
{
  if (self == NULL)
    return;
  g_free (self->path);
  g_ptr_array_unref (self->sheet_names);
  g_free (self->encoding);
  g_clear_pointer (&self->csv_sheet, sb_ledger_sheet_free);
  g_clear_pointer (&self->xlsx, sb_ledger_xlsx_free);
  if (self->xls != NULL)
    freexl_close (self->xls);
  g_free (self);
}

SbLedgerFormat
sb_ledger_book_get_format (SbLedgerBook *self)
{
  return self->format;
}

guint
sb_ledger_book_get_n_sheets (SbLedgerBook *self)
{
  return self->sheet_names->len;
}

const char *
sb_ledger_book_get_sheet_name (SbLedgerBook *self, guint index)
{
  return index < self->sheet_names->len ? g_ptr_array_index (self->sheet_names, index) : NULL;
}

int
sb_ledger_book_find_sheet (SbLedgerBook *self, const char *name)
{
  char *end = NULL;
  guint64 number;

  for (guint i = 0; i < self->sheet_names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->sheet_names, i), name) == 0)
      return i;
  number = g_ascii_strtoull (name, &end, 10);
  if (end != name && *end == '\0' && number >= 1 && number <= self->sheet_names->len)
    return number - 1;
  return -1;
}

const char *
sb_ledger_book_get_encoding (SbLedgerBook *self, gboolean *guessed)
{
  if (guessed != NULL)
    *guessed = self->encoding_guessed;
  return self->encoding;
}

char
sb_ledger_book_get_separator (SbLedgerBook *self)
{
  return self->separator;
}

gboolean
sb_ledger_book_get_date1904 (SbLedgerBook *self)
{
  return self->date1904;
}

SbLedgerSheet *
sb_ledger_book_read_sheet (SbLedgerBook *self, guint index, GError **error)
{
  if (index >= self->sheet_names->len)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_NO_SHEET,
                   _("The workbook has no sheet %u"), index + 1);
      return NULL;
    }
  switch (self->format)
    {
    case SB_LEDGER_FORMAT_XLSX:
      return sb_ledger_xlsx_read_sheet (self, index, error);
    case SB_LEDGER_FORMAT_XLS:
      return sb_ledger_xls_read_sheet (self, index, error);
    case SB_LEDGER_FORMAT_CSV:
    default:
      return sb_ledger_sheet_copy (self->csv_sheet);
    }
}
