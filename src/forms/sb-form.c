/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form.c: building table descriptions, and formatting their cells. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-form.h"
#include "sb-input.h"

G_DEFINE_QUARK (sb-form-error-quark, sb_form_error)

static void
cell_free (gpointer data)
{
  SbCell *cell = data;

  g_free (cell->text);
  g_free (cell);
}

static void
row_free (gpointer data)
{
  SbTableRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
column_clear (gpointer data)
{
  SbTableColumn *column = data;

  g_free (column->header);
}

static void
table_free (gpointer data)
{
  SbTable *table = data;

  g_free (table->sheet_name);
  g_free (table->title);
  g_ptr_array_unref (table->above);
  g_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_ptr_array_unref (table->below);
  g_free (table);
}

SbForm *
sb_form_new (const char *id, const char *title)
{
  SbForm *form = g_new0 (SbForm, 1);

  form->id = g_strdup (id);
  form->title = g_strdup (title);
  form->tables = g_ptr_array_new_with_free_func (table_free);
  form->warnings = g_ptr_array_new_with_free_func (g_free);
  return form;
}

void
sb_form_add_warning (SbForm *form, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (form->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

void
sb_form_free (SbForm *form)
{
  if (form == NULL)
    return;
  g_free (form->id);
  g_free (form->title);
  g_ptr_array_unref (form->tables);
  g_ptr_array_unref (form->warnings);
  g_free (form);
}

SbTable *
sb_form_add_table (SbForm *form, const char *sheet_name, const char *title)
{
  SbTable *table = g_new0 (SbTable, 1);

  table->sheet_name = g_strdup (sheet_name);
  table->title = g_strdup (title);
  table->above = g_ptr_array_new_with_free_func (g_free);
  table->columns = g_array_new (FALSE, TRUE, sizeof (SbTableColumn));
  g_array_set_clear_func (table->columns, column_clear);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->below = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (form->tables, table);
  return table;
}

void
sb_table_add_above (SbTable *table, const char *line)
{
  g_ptr_array_add (table->above, g_strdup (line));
}

void
sb_table_add_below (SbTable *table, const char *line)
{
  g_ptr_array_add (table->below, g_strdup (line));
}

guint
sb_table_add_column (SbTable *table, const char *header, double width)
{
  SbTableColumn column = { g_strdup (header), width > 0 ? width : 8 };

  g_array_append_val (table->columns, column);
  return table->columns->len - 1;
}

guint
sb_table_get_n_columns (const SbTable *table)
{
  return table->columns->len;
}

SbTableRow *
sb_table_add_row (SbTable *table, SbRowKind kind)
{
  SbTableRow *row = g_new0 (SbTableRow, 1);

  row->kind = kind;
  row->cells = g_ptr_array_new_with_free_func (cell_free);
  g_ptr_array_add (table->rows, row);
  return row;
}

static SbCell *
add_cell (SbTableRow *row, SbCellKind kind)
{
  SbCell *cell = g_new0 (SbCell, 1);

  cell->kind = kind;
  cell->value = SB_UNSET;
  cell->col_span = 1;
  cell->row_span = 1;
  cell->bold = row->kind == SB_ROW_TOTAL;
  g_ptr_array_add (row->cells, cell);
  return cell;
}

SbCell *
sb_row_add_text (SbTableRow *row, const char *text)
{
  SbCell *cell = add_cell (row, SB_CELL_TEXT);

  cell->text = g_strdup (text != NULL ? text : "");
  return cell;
}

SbCell *
sb_row_add_code (SbTableRow *row, const char *text)
{
  SbCell *cell = sb_row_add_text (row, text);

  cell->nobreak = TRUE;
  return cell;
}

SbCell *
sb_row_add_empty (SbTableRow *row)
{
  return add_cell (row, SB_CELL_EMPTY);
}

static SbCell *
add_value (SbTableRow *row, SbCellKind kind, gint64 value)
{
  SbCell *cell = add_cell (row, kind);

  cell->value = value;
  return cell;
}

SbCell *
sb_row_add_money (SbTableRow *row, gint64 fen)
{
  return add_value (row, SB_CELL_MONEY, fen);
}

SbCell *
sb_row_add_money_wan (SbTableRow *row, gint64 fen)
{
  return add_value (row, SB_CELL_MONEY_WAN, fen);
}

SbCell *
sb_row_add_money_usd_wan (SbTableRow *row, gint64 cents)
{
  return add_value (row, SB_CELL_MONEY_USD_WAN, cents);
}

SbCell *
sb_row_add_integer (SbTableRow *row, gint64 value)
{
  return add_value (row, SB_CELL_INTEGER, value);
}

SbCell *
sb_row_add_decimal (SbTableRow *row, SbRatio value)
{
  SbCell *cell = add_cell (row, SB_CELL_DECIMAL);

  cell->ratio = value;
  return cell;
}

SbCell *
sb_row_add_percent (SbTableRow *row, SbRatio value)
{
  SbCell *cell = add_cell (row, SB_CELL_PERCENT);

  cell->ratio = value;
  return cell;
}

SbCell *
sb_row_add_date (SbTableRow *row, SbDate date)
{
  SbCell *cell = add_cell (row, SB_CELL_DATE);

  cell->date = date;
  return cell;
}

SbCell *
sb_row_add_header (SbTableRow *row, const char *text, guint cols, guint rows)
{
  SbCell *cell = sb_row_add_text (row, text);

  cell->col_span = MAX (cols, 1);
  cell->row_span = MAX (rows, 1);
  cell->align = SB_CELL_ALIGN_CENTER;
  cell->bold = TRUE;
  cell->wrap = TRUE;
  return cell;
}

/* @r with @decimals decimals (rounded half up), thousands grouped */
static char *
format_ratio (SbRatio r, guint decimals)
{
  g_autofree char *plain = sb_ratio_format (r, decimals);

  return plain != NULL ? sb_input_group_digits (plain, NULL) : g_strdup ("");
}

/* @r as a percentage with two decimals ("48.72%"): @r with four decimals,
 * the point moved two places, so that nothing overflows; "" when invalid */
static char *
format_percent (SbRatio r)
{
  g_autofree char *plain = sb_ratio_format (r, 4);
  GString *out;
  const char *p, *dot;
  gsize start;

  if (plain == NULL)
    return g_strdup ("");
  out = g_string_new (NULL);
  p = plain;
  if (*p == '-')
    {
      g_string_append_c (out, '-');
      p++;
    }
  start = out->len;
  dot = strchr (p, '.');
  /* the integer part and the first two decimals, without leading zeros */
  g_string_append_len (out, p, dot - p);
  g_string_append_len (out, dot + 1, 2);
  while (out->len - start > 1 && out->str[start] == '0')
    g_string_erase (out, start, 1);
  g_string_append_c (out, '.');
  g_string_append (out, dot + 3);
  g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

char *
sb_cell_format (const SbCell *cell)
{
  switch (cell->kind)
    {
    case SB_CELL_TEXT:
      return g_strdup (cell->text != NULL ? cell->text : "");
    case SB_CELL_MONEY:
      if (cell->value == SB_UNSET)
        return g_strdup ("");
      return format_ratio (sb_ratio (cell->value, 100), 2);
    case SB_CELL_MONEY_WAN:
    case SB_CELL_MONEY_USD_WAN:
      if (cell->value == SB_UNSET)
        return g_strdup ("");
      /* 1 万元 = 1,000,000 fen (1 万美元 = 1,000,000 cents) */
      return format_ratio (sb_ratio (cell->value, 1000000), 4);
    case SB_CELL_INTEGER:
      if (cell->value == SB_UNSET)
        return g_strdup ("");
      return g_strdup_printf ("%" G_GINT64_FORMAT, cell->value);
    case SB_CELL_DECIMAL:
      if (cell->ratio.den == 0)
        return g_strdup ("");
      return format_ratio (cell->ratio, 2);
    case SB_CELL_PERCENT:
      return format_percent (cell->ratio);
    case SB_CELL_DATE:
      if (cell->date == SB_DATE_UNSET)
        return g_strdup ("");
      return sb_date_format (cell->date);
    case SB_CELL_EMPTY:
    default:
      return g_strdup ("");
    }
}
