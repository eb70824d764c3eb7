/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-xlsx.c: a table description written as an XLSX workbook (libxlsxwriter). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "sb-form-writers.h"
#include "sb-file-guard.h"

/* Each table is laid out on its sheet as:
 *   row 0            the title, merged across every column, bold and larger
 *   rows 1…          the lines above the table, each merged across the columns
 *   then             the header rows (repeated on every printed page), the
 *                    body and total rows, every cell bordered
 *   one blank row, then the footer lines, each merged across the columns.
 *
 * Text is always written with worksheet_write_string(): a text beginning with
 * "=" stays text.  Money is a number of 元 (fen / 100) formatted "#,##0.00",
 * 万元 a number of 万元 (fen / 10⁶; 万美元: cents / 10⁶) formatted
 * "#,##0.0000"; the description's
 * totals are written as numbers, never as formulas.  Dates are real dates
 * formatted "yyyy-mm-dd" (text before 1900-03-01, which Excel cannot hold). */

#define FONT_NAME "宋体"
#define FONT_SIZE 11.0
#define TITLE_FONT_SIZE 16.0
/* points per line of an 11-point row, and a little air around the lines */
#define LINE_HEIGHT 14.5
#define ROW_PADDING 3.0

typedef enum
{
  NF_GENERAL,   /* an empty cell */
  NF_TEXT,
  NF_MONEY,
  NF_WAN,
  NF_INTEGER,
  NF_DECIMAL,
  NF_PERCENT,
  NF_DATE,
  N_NF
} NumFmt;

static const char * const num_formats[N_NF] = {
  [NF_GENERAL] = NULL,
  [NF_TEXT] = "@",
  [NF_MONEY] = "#,##0.00",
  [NF_WAN] = "#,##0.0000",
  [NF_INTEGER] = "0",
  [NF_DECIMAL] = "#,##0.00",
  [NF_PERCENT] = "0.00%",
  [NF_DATE] = "yyyy-mm-dd",
};

/* formats of the table's cells, made when first used */
#define N_CELL_FORMATS (N_NF * 4 * 2 * 3)

typedef struct
{
  lxw_workbook *workbook;
  const char   *path;        /* the file the user asked for (messages) */
  lxw_format   *cells[N_CELL_FORMATS];
  lxw_format   *title;
  lxw_format   *line;        /* the lines above and below the table */
} Writer;

static lxw_format *
new_format (Writer *w)
{
  lxw_format *format = workbook_add_format (w->workbook);

  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, FONT_SIZE);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

/* @wrap: 0 one line, 1 wrapped, 2 one line shrunk to fit (a code never split) */
static lxw_format *
cell_format (Writer *w, NumFmt nf, SbCellAlign align, gboolean bold, guint wrap)
{
  guint key = ((nf * 4 + align) * 2 + (bold ? 1 : 0)) * 3 + MIN (wrap, 2);
  lxw_format *format = w->cells[key];

  if (format != NULL)
    return format;
  format = new_format (w);
  format_set_border (format, LXW_BORDER_THIN);
  if (num_formats[nf] != NULL)
    format_set_num_format (format, num_formats[nf]);
  switch (align)
    {
    case SB_CELL_ALIGN_LEFT:
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case SB_CELL_ALIGN_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case SB_CELL_ALIGN_RIGHT:
      format_set_align (format, LXW_ALIGN_RIGHT);
      break;
    case SB_CELL_ALIGN_DEFAULT:
    default:
      break;
    }
  if (bold)
    format_set_bold (format);
  if (wrap == 1)
    format_set_text_wrap (format);
  else if (wrap == 2)
    format_set_shrink (format);
  w->cells[key] = format;
  return format;
}

static NumFmt
num_fmt_of (const SbCell *cell)
{
  switch (cell->kind)
    {
    case SB_CELL_TEXT:
      return NF_TEXT;
    case SB_CELL_MONEY:
      return NF_MONEY;
    case SB_CELL_MONEY_WAN:
    case SB_CELL_MONEY_USD_WAN:
      return NF_WAN;
    case SB_CELL_INTEGER:
      return NF_INTEGER;
    case SB_CELL_DECIMAL:
      return NF_DECIMAL;
    case SB_CELL_PERCENT:
      return NF_PERCENT;
    case SB_CELL_DATE:
      return NF_DATE;
    case SB_CELL_EMPTY:
    default:
      return NF_GENERAL;
    }
}

/* The alignment a cell gets: text left (centred in a header row), numbers
 * right, dates centred, unless the description says otherwise. */
static SbCellAlign
align_of (const SbCell *cell, SbRowKind row_kind)
{
  if (cell->align != SB_CELL_ALIGN_DEFAULT)
    return cell->align;
  if (row_kind == SB_ROW_HEADER)
    return SB_CELL_ALIGN_CENTER;
  switch (cell->kind)
    {
    case SB_CELL_TEXT:
      return SB_CELL_ALIGN_LEFT;
    case SB_CELL_DATE:
      return SB_CELL_ALIGN_CENTER;
    case SB_CELL_EMPTY:
      return SB_CELL_ALIGN_DEFAULT;
    default:
      return SB_CELL_ALIGN_RIGHT;
    }
}

/* ---- sizes ------------------------------------------------------------- */

/* Excel's column width unit is the width of a digit of the default font
 * (Calibri 11, 7 pixels); a Chinese character of 11-point 宋体 is about
 * 2.1 of them.  The description counts a Chinese character as 2. */
static double
column_width (double width)
{
  return width * 1.05 + 1.0;
}

/* The width of @text (one line), in digit widths of an 11-point font. */
static double
text_width (const char *text)
{
  double width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2.1 : 1.05;
    }
  return width;
}

/* How many lines @text takes in a cell @available digit widths wide. */
static guint
text_lines (const char *text, double available, double scale)
{
  g_auto(GStrv) paragraphs = NULL;
  guint lines = 0;

  if (text == NULL || *text == '\0')
    return 1;
  available = MAX (available - 1.0, 1.0);
  paragraphs = g_strsplit (text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      double q = text_width (paragraphs[i]) * scale / available;
      guint n = (guint) q;

      /* rounded up */
      lines += MAX (q - n > 1e-9 ? n + 1 : n, 1);
    }
  return MAX (lines, 1);
}

/* points: a row written in by hand */
#define FILL_ROW_HEIGHT 24.0

static double
lines_height (guint lines, double scale)
{
  return lines * LINE_HEIGHT * scale + ROW_PADDING;
}

/* ---- a sheet ----------------------------------------------------------- */

/* Where a cell goes: its table row and first column. */
typedef struct
{
  guint row;
  guint col;
} Place;

static gboolean
set_error_lxw (Writer *w, lxw_error err, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
               _("Cannot write “%s”: %s"), w->path, lxw_strerror (err));
  return FALSE;
}

/* Places every cell of @table: the columns a cell spanning rows covers are
 * skipped in the rows below it, as in an HTML table.  @places holds one
 * array of Place per row. */
static gboolean
place_cells (Writer *w, const SbTable *table, GPtrArray *places, GError **error)
{
  guint n_cols = sb_table_get_n_columns (table);
  g_autofree guint *busy_until = g_new0 (guint, MAX (n_cols, 1));

  for (guint r = 0; r < table->rows->len; r++)
    {
      const SbTableRow *row = g_ptr_array_index (table->rows, r);
      GArray *row_places = g_array_sized_new (FALSE, FALSE, sizeof (Place), row->cells->len);
      guint col = 0;

      g_ptr_array_add (places, row_places);
      for (guint i = 0; i < row->cells->len; i++)
        {
          const SbCell *cell = g_ptr_array_index (row->cells, i);
          guint cols = MAX (cell->col_span, 1);
          guint rows = MIN (MAX (cell->row_span, 1), table->rows->len - r);
          Place place;

          while (col < n_cols && busy_until[col] > r)
            col++;
          if (col + cols > n_cols)
            {
              g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                           _("Cannot write “%s”: in table “%s”, the cells of row %u "
                             "take more than its %u columns"),
                           w->path, table->title != NULL ? table->title : "", r + 1, n_cols);
              return FALSE;
            }
          for (guint c = col; c < col + cols; c++)
            if (busy_until[c] > r)
              {
                g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                             _("Cannot write “%s”: in table “%s”, a cell of row %u "
                               "covers a cell of a row above"),
                             w->path, table->title != NULL ? table->title : "", r + 1);
                return FALSE;
              }
          place.row = r;
          place.col = col;
          g_array_append_val (row_places, place);
          for (guint c = col; c < col + cols; c++)
            busy_until[c] = r + rows;
          col += cols;
        }
    }
  return TRUE;
}

/* The Excel serial number of @date, or -1 for a date before 1900-03-01
 * (Excel's calendar counts a 29 February 1900 that never was). */
static double
excel_serial (SbDate date)
{
  if (date < sb_date_from_ymd (1900, 3, 1))
    return -1;
  return (double) date - (double) sb_date_from_ymd (1899, 12, 30);
}

static double
ratio_value (SbRatio r)
{
  return (double) ((long double) r.num / (long double) r.den);
}

/* Writes the value of @cell at (@row, @col). */
static lxw_error
write_cell (Writer *w, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
            const SbCell *cell, lxw_format *format)
{
  switch (cell->kind)
    {
    case SB_CELL_TEXT:
      return worksheet_write_string (ws, row, col, cell->text != NULL ? cell->text : "",
                                     format);
    case SB_CELL_MONEY:
      if (cell->value == SB_UNSET)
        break;
      return worksheet_write_number (ws, row, col, (double) cell->value / 100.0, format);
    case SB_CELL_MONEY_WAN:
    case SB_CELL_MONEY_USD_WAN:
      if (cell->value == SB_UNSET)
        break;
      return worksheet_write_number (ws, row, col, (double) cell->value / 1000000.0, format);
    case SB_CELL_INTEGER:
      if (cell->value == SB_UNSET)
        break;
      return worksheet_write_number (ws, row, col, (double) cell->value, format);
    case SB_CELL_DECIMAL:
    case SB_CELL_PERCENT:
      if (cell->ratio.den == 0)
        break;
      return worksheet_write_number (ws, row, col, ratio_value (cell->ratio), format);
    case SB_CELL_DATE:
      {
        double serial;

        if (cell->date == SB_DATE_UNSET)
          break;
        serial = excel_serial (cell->date);
        if (serial < 0)
          {
            g_autofree char *text = sb_date_format (cell->date);

            return worksheet_write_string (ws, row, col, text,
                                           cell_format (w, NF_TEXT, SB_CELL_ALIGN_CENTER,
                                                        cell->bold, cell->wrap));
          }
        return worksheet_write_number (ws, row, col, serial, format);
      }
    case SB_CELL_EMPTY:
    default:
      break;
    }
  return worksheet_write_blank (ws, row, col, format);
}

/* A line of text merged across columns 0…@last_col of @row. */
static lxw_error
write_line (lxw_worksheet *ws, lxw_row_t row, lxw_col_t last_col, const char *text,
            lxw_format *format)
{
  if (last_col == 0)
    return worksheet_write_string (ws, row, 0, text, format);
  return worksheet_merge_range (ws, row, 0, row, last_col, text, format);
}

static double
columns_width (const SbTable *table, guint first, guint n)
{
  double width = 0;

  for (guint c = first; c < first + n && c < table->columns->len; c++)
    width += column_width (g_array_index (table->columns, SbTableColumn, c).width);
  return width;
}

static gboolean
write_table (Writer *w, const SbTable *table, const char *sheet_name, GError **error)
{
  guint n_cols = sb_table_get_n_columns (table);
  /* LibreOffice fits a sheet to the page width by its column breaks: a
   * single column wider than the page stays at full size, cut.  A table of
   * one column is written as two half columns, each cell merged across both. */
  guint k = n_cols == 1 ? 2 : 1;
  lxw_col_t last_col = n_cols > 0 ? n_cols * k - 1 : 0;
  double all_width = columns_width (table, 0, n_cols);
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree double *heights = NULL;     /* points each table row needs */
  g_autofree double *code_width = NULL;  /* per column: its widest code */
  g_autofree gboolean *explicit_height = NULL;
  g_autofree guint *busy_until = NULL;   /* as in place_cells () */
  lxw_worksheet *ws;
  lxw_row_t first, row;
  guint first_header = G_MAXUINT, last_header = 0;
  lxw_error err;

  if (!place_cells (w, table, places, error))
    return FALSE;
  ws = workbook_add_worksheet (w->workbook, sheet_name);
  if (ws == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: the sheet name “%s” is not allowed"),
                   w->path, sheet_name != NULL ? sheet_name : "");
      return FALSE;
    }

  /* print setup */
  worksheet_set_paper (ws, 9);  /* A4 */
  if (table->landscape)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (ws);
  worksheet_set_footer (ws, "&C第 &P 页 共 &N 页");

  /* a column holding a code that is never split is as wide as the code */
  code_width = g_new0 (double, MAX (n_cols, 1));
  for (guint r = 0; r < table->rows->len; r++)
    {
      const SbTableRow *trow = g_ptr_array_index (table->rows, r);
      GArray *row_places = g_ptr_array_index (places, r);

      for (guint i = 0; i < trow->cells->len; i++)
        {
          const SbCell *cell = g_ptr_array_index (trow->cells, i);
          guint col = g_array_index (row_places, Place, i).col;

          if (cell->nobreak && cell->text != NULL && MAX (cell->col_span, 1) == 1 && col < n_cols)
            code_width[col] = MAX (code_width[col], text_width (cell->text) + 1.0);
        }
    }
  for (guint c = 0; c < n_cols; c++)
    {
      const SbTableColumn *column = &g_array_index (table->columns, SbTableColumn, c);

      err = worksheet_set_column (ws, c * k, c * k + k - 1,
                                  MAX (column_width (column->width), code_width[c]) / k, NULL);
      if (err != LXW_NO_ERROR)
        return set_error_lxw (w, err, error);
    }

  /* the title */
  row = 0;
  err = write_line (ws, row, last_col, table->title != NULL ? table->title : "", w->title);
  if (err == LXW_NO_ERROR)
    err = worksheet_set_row (ws, row,
                             lines_height (text_lines (table->title, all_width,
                                                       TITLE_FONT_SIZE / FONT_SIZE),
                                           TITLE_FONT_SIZE / FONT_SIZE) + 6, NULL);
  if (err != LXW_NO_ERROR)
    return set_error_lxw (w, err, error);
  row++;

  for (guint i = 0; i < table->above->len; i++, row++)
    {
      const char *text = g_ptr_array_index (table->above, i);
      guint lines = text_lines (text, all_width, 1.0);

      err = write_line (ws, row, last_col, text, w->line);
      if (err == LXW_NO_ERROR && lines > 1)
        err = worksheet_set_row (ws, row, lines_height (lines, 1.0), NULL);
      if (err != LXW_NO_ERROR)
        return set_error_lxw (w, err, error);
    }

  /* the table */
  first = row;
  heights = g_new0 (double, MAX (table->rows->len, 1));
  explicit_height = g_new0 (gboolean, MAX (table->rows->len, 1));
  busy_until = g_new0 (guint, MAX (n_cols, 1));
  for (guint r = 0; r < table->rows->len; r++)
    {
      const SbTableRow *trow = g_ptr_array_index (table->rows, r);
      GArray *row_places = g_ptr_array_index (places, r);

      if (trow->kind == SB_ROW_HEADER)
        {
          first_header = MIN (first_header, r);
          last_header = MAX (last_header, r);
        }
      for (guint i = 0; i < trow->cells->len; i++)
        {
          const SbCell *cell = g_ptr_array_index (trow->cells, i);
          const Place *place = &g_array_index (row_places, Place, i);
          guint cols = MAX (cell->col_span, 1);
          guint rows = MIN (MAX (cell->row_span, 1), table->rows->len - r);
          gboolean wrap = !cell->nobreak && (cell->wrap || trow->kind == SB_ROW_HEADER);
          lxw_format *format = cell_format (w, num_fmt_of (cell), align_of (cell, trow->kind),
                                            cell->bold, cell->nobreak ? 2 : wrap);
          lxw_row_t top = first + r;
          lxw_col_t left = place->col * k;

          if (cols * k > 1 || rows > 1)
            {
              err = worksheet_merge_range (ws, top, left, top + rows - 1, left + cols * k - 1,
                                           cell->kind == SB_CELL_TEXT && cell->text != NULL
                                           ? cell->text : "",
                                           format);
              if (err == LXW_NO_ERROR && cell->kind != SB_CELL_TEXT)
                err = write_cell (w, ws, top, left, cell, format);
            }
          else
            err = write_cell (w, ws, top, left, cell, format);
          if (err != LXW_NO_ERROR)
            return set_error_lxw (w, err, error);

          if (cell->kind == SB_CELL_TEXT && wrap)
            {
              guint lines = text_lines (cell->text, columns_width (table, place->col, cols),
                                        1.0);
              double each = lines_height (lines, 1.0) / rows;

              for (guint j = r; j < r + rows; j++)
                {
                  heights[j] = MAX (heights[j], each);
                  /* neither Excel nor LibreOffice sizes a row to its wrapped
                   * text when reading a file: rows of more than one line
                   * get their height here */
                  if (lines > rows)
                    explicit_height[j] = TRUE;
                }
            }
          for (guint c = place->col; c < place->col + cols; c++)
            busy_until[c] = r + rows;
        }
      /* a row shorter than the table: the rest bordered and blank */
      for (guint c = 0; c < n_cols; c++)
        if (busy_until[c] <= r)
          {
            lxw_format *blank = cell_format (w, NF_GENERAL, SB_CELL_ALIGN_DEFAULT, FALSE, FALSE);

            if (k > 1)
              err = worksheet_merge_range (ws, first + r, c * k, first + r, c * k + k - 1, "",
                                           blank);
            else
              err = worksheet_write_blank (ws, first + r, c, blank);
            if (err != LXW_NO_ERROR)
              return set_error_lxw (w, err, error);
          }
    }
  /* rows to write in by hand: high enough for a pen (24 pt at least) */
  for (guint r = 0; r < table->rows->len; r++)
    if (((const SbTableRow *) g_ptr_array_index (table->rows, r))->kind != SB_ROW_HEADER
        && heights[r] < FILL_ROW_HEIGHT)
      {
        heights[r] = FILL_ROW_HEIGHT;
        explicit_height[r] = TRUE;
      }
  for (guint r = 0; r < table->rows->len; r++)
    if (explicit_height[r])
      {
        err = worksheet_set_row (ws, first + r, heights[r], NULL);
        if (err != LXW_NO_ERROR)
          return set_error_lxw (w, err, error);
      }
  row = first + table->rows->len;

  if (first_header != G_MAXUINT)
    {
      err = worksheet_repeat_rows (ws, first + first_header, first + last_header);
      if (err != LXW_NO_ERROR)
        return set_error_lxw (w, err, error);
      if (first_header == 0)
        worksheet_freeze_panes (ws, first + last_header + 1, 0);
    }

  /* the footer lines, after a blank row */
  if (table->below->len > 0)
    row++;
  for (guint i = 0; i < table->below->len; i++, row++)
    {
      const char *text = g_ptr_array_index (table->below, i);
      guint lines = text_lines (text, all_width, 1.0);

      /* signature and date lines are written on: 24 pt at least */
      err = write_line (ws, row, last_col, text, w->line);
      if (err == LXW_NO_ERROR)
        err = worksheet_set_row (ws, row, MAX (lines_height (lines, 1.0), FILL_ROW_HEIGHT),
                                 NULL);
      if (err != LXW_NO_ERROR)
        return set_error_lxw (w, err, error);
    }
  return TRUE;
}

/* ---- sheet names ------------------------------------------------------- */

/* @name as Excel takes it: no []:*?/\, no apostrophe at either end, at most
 * 31 characters, and unlike every name in @used (case-insensitively);
 * NULL for the default name ("Sheet1"…) when nothing is left. */
static char *
sheet_name (const char *name, GPtrArray *used)
{
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autofree char *candidate = NULL;
  g_autofree char *folded = NULL;
  guint n = 0;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;
  for (const char *p = name; *p != '\0' && n < 31; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        c = '_';
      else if (g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (stem, c);
    }
  while (stem->len > 0 && stem->str[0] == '\'')
    g_string_erase (stem, 0, 1);
  while (stem->len > 0 && stem->str[stem->len - 1] == '\'')
    g_string_truncate (stem, stem->len - 1);
  if (stem->len == 0)
    return NULL;

  /* a name used already: "附件3 (2)", "附件3 (3)"…, within 31 characters */
  candidate = g_strdup (stem->str);
  for (guint k = 2;; k++)
    {
      gboolean taken = FALSE;
      g_autofree char *suffix = NULL;
      const char *end;

      g_free (folded);
      folded = g_utf8_casefold (candidate, -1);
      for (guint i = 0; i < used->len && !taken; i++)
        taken = g_str_equal (folded, g_ptr_array_index (used, i));
      if (!taken)
        break;
      suffix = g_strdup_printf (" (%u)", k);
      end = g_utf8_offset_to_pointer (stem->str,
                                      MIN (31 - (glong) strlen (suffix),
                                           g_utf8_strlen (stem->str, -1)));
      g_free (candidate);
      candidate = g_strdup_printf ("%.*s%s", (int) (end - stem->str), stem->str, suffix);
    }
  g_ptr_array_add (used, g_steal_pointer (&folded));
  return g_steal_pointer (&candidate);
}

/* ---- the workbook ------------------------------------------------------ */

/* fsync of a file written by name (libxlsxwriter closes its own). */
static gboolean
sync_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved;
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  saved = errno;
  close (fd);
  errno = saved;
  return ok;
}

static gboolean
write_xlsx (const SbForm *form, const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GPtrArray) used = g_ptr_array_new_with_free_func (g_free);
  lxw_doc_properties properties = { 0 };
  Writer w = { NULL };
  gboolean ok = TRUE;
  lxw_error err;
  int fd;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* libxlsxwriter opens the file by its name: it gets a temporary file,
   * made 0600 here in the same folder, renamed to @path when complete */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  w.path = path;
  w.workbook = workbook_new (tmp);
  if (w.workbook == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: out of memory"), path);
      g_unlink (tmp);
      return FALSE;
    }
  properties.title = form->title;
  workbook_set_properties (w.workbook, &properties);

  w.title = new_format (&w);
  format_set_font_size (w.title, TITLE_FONT_SIZE);
  format_set_bold (w.title);
  format_set_align (w.title, LXW_ALIGN_CENTER);
  format_set_text_wrap (w.title);
  w.line = new_format (&w);
  format_set_align (w.line, LXW_ALIGN_LEFT);
  format_set_text_wrap (w.line);

  for (guint i = 0; ok && i < form->tables->len; i++)
    {
      const SbTable *table = g_ptr_array_index (form->tables, i);
      g_autofree char *name = sheet_name (table->sheet_name, used);

      ok = write_table (&w, table, name, error);
    }
  if (ok && form->tables->len == 0)
    {
      /* a workbook needs a sheet */
      ok = workbook_add_worksheet (w.workbook, NULL) != NULL;
      if (!ok)
        g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                     _("Cannot write “%s”: out of memory"), path);
    }

  /* closing writes the file and frees the workbook, even after an error */
  err = workbook_close (w.workbook);
  if (ok && err != LXW_NO_ERROR)
    ok = set_error_lxw (&w, err, error);
  /* on the disk before the rename, like the PDF */
  if (ok && !sync_file (tmp))
    {
      int saved = errno;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && g_chmod (tmp, 0600) != 0)
    {
      int saved = errno;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

/* libxlsxwriter prints its own "[ERROR]" and "[WARNING]" lines on stderr
 * (fprintf (stderr, …), no switch in 1.1): while it works, stderr is a
 * memory stream; its lines go to the debug log, and the error the caller
 * gets is ours.  Anything else written to stderr meanwhile (by another
 * thread) is passed on. */
gboolean
sb_form_write_xlsx (const SbForm *form, const char *path, GError **error)
{
  static GMutex lock;
  g_autofree char *captured = NULL;
  size_t captured_len = 0;
  FILE *saved, *mem;
  gboolean ok;

  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sb_file_check_not_open (path, error))
    return FALSE;
  g_mutex_lock (&lock);
  saved = stderr;
  mem = open_memstream (&captured, &captured_len);
  if (mem != NULL)
    stderr = mem;
  ok = write_xlsx (form, path, error);
  if (mem != NULL)
    {
      stderr = saved;
      fclose (mem);
    }
  g_mutex_unlock (&lock);
  if (captured != NULL && captured_len > 0)
    {
      g_auto(GStrv) lines = g_strsplit (captured, "\n", 0);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (*lines[i] == '\0')
            continue;
          if (g_str_has_prefix (lines[i], "[ERROR]") || g_str_has_prefix (lines[i], "[WARNING]"))
            g_debug ("libxlsxwriter: %s", lines[i]);
          else
            fprintf (stderr, "%s\n", lines[i]);
        }
    }
  return ok;
}
