/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-xlsx.c: table descriptions written as XLSX and read back (cells,
 * shared strings, merges, number formats, print setup, mode 0600), and
 * shenbao-cli tables / table. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/wait.h>

#include "sb-form-writers.h"
#include "xlsx-read.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Writes @form to @name in the temporary folder and reads it back. */
static XlsxBook *
write_and_read (const SbForm *form, const char *name)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(GError) error = NULL;
  XlsxBook *book;

  g_assert_true (sb_form_write_xlsx (form, path, &error));
  g_assert_no_error (error);
  book = xlsx_book_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (book);
  return book;
}

static void
assert_text (XlsxSheet *sheet, const char *ref, const char *expected)
{
  const XlsxCell *cell = xlsx_sheet_get_cell (sheet, ref);

  if (cell == NULL)
    g_error ("no cell %s", ref);
  /* a string, never a formula */
  g_assert_true (cell->type == XLSX_CELL_SHARED || cell->type == XLSX_CELL_INLINE);
  g_assert_false (cell->formula);
  g_assert_cmpstr (cell->text, ==, expected);
}

static double
cell_number (XlsxSheet *sheet, const char *ref)
{
  const XlsxCell *cell = xlsx_sheet_get_cell (sheet, ref);

  if (cell == NULL)
    g_error ("no cell %s", ref);
  g_assert_cmpint (cell->type, ==, XLSX_CELL_NUMBER);
  g_assert_false (cell->formula);
  return g_ascii_strtod (cell->text, NULL);
}

static void
assert_number (XlsxBook *book, XlsxSheet *sheet, const char *ref, double expected,
               const char *format)
{
  const XlsxCell *cell = xlsx_sheet_get_cell (sheet, ref);

  g_assert_cmpfloat (cell_number (sheet, ref), ==, expected);
  g_assert_cmpstr (xlsx_book_style_num_format (book, cell->style), ==, format);
  g_assert_true (xlsx_book_style_bordered (book, cell->style));
}

/* @yuan to the nearest fen */
static gint64
to_fen (double yuan)
{
  return (gint64) (yuan * 100 + (yuan >= 0 ? 0.5 : -0.5));
}

/* fen of a money cell: the number of 元 to the fen */
static gint64
cell_fen (XlsxSheet *sheet, const char *ref)
{
  return to_fen (cell_number (sheet, ref));
}

static void
assert_blank (XlsxBook *book, XlsxSheet *sheet, const char *ref)
{
  const XlsxCell *cell = xlsx_sheet_get_cell (sheet, ref);

  if (cell == NULL)
    g_error ("no cell %s", ref);
  g_assert_cmpint (cell->type, ==, XLSX_CELL_BLANK);
  g_assert_null (cell->text);
  g_assert_true (xlsx_book_style_bordered (book, cell->style));
}

static mode_t
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* ---- a table with everything ------------------------------------------ */

/* 序号 | 合同名称 | 金额 (元, 万元) | 比例: two header rows, four contracts,
 * a total row. */
static SbForm *
sample_form (gint64 *out_total)
{
  static const struct
  {
    const char *name;
    gint64      fen;
    gint64      wan;
    SbRatio     ratio;
  } lines[] = {
    { "=SUM(A1)", 123456789, 123456789, { 4872, 10000 } },
    { "+8613800000000", -5, -2500000000, { 1, 3 } },
    { "-5", SB_UNSET, SB_UNSET, { 1, 0 } },
    { "@x", 0, 1, { 2, 3 } },
  };
  SbForm *form = sb_form_new ("test", "测试表");
  SbTable *table = sb_form_add_table (form, "明细", "技术先进型服务业务收入及离岸外包收入明细表");
  SbTableRow *row;
  gint64 total = 0, total_wan = 0;

  sb_table_add_above (table, "申报单位：大连星海软件有限公司");
  sb_table_add_above (table, "单位：元");
  sb_table_add_column (table, "序号", 4);
  sb_table_add_column (table, "合同名称", 24);
  sb_table_add_column (table, "元", 14);
  sb_table_add_column (table, "万元", 12);
  sb_table_add_column (table, "比例", 10);

  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 2);
  sb_row_add_header (row, "合同名称", 1, 2);
  sb_row_add_header (row, "金额", 2, 1);
  sb_row_add_header (row, "比例", 1, 2);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "元", 1, 1);
  sb_row_add_header (row, "万元", 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1);
      sb_row_add_text (row, lines[i].name);
      sb_row_add_money (row, lines[i].fen);
      if (lines[i].wan == SB_UNSET)
        sb_row_add_empty (row);
      else
        sb_row_add_money_wan (row, lines[i].wan);
      sb_row_add_percent (row, lines[i].ratio);
      if (lines[i].fen != SB_UNSET)
        total += lines[i].fen;
      if (lines[i].wan != SB_UNSET)
        total_wan += lines[i].wan;
    }
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 2;
  sb_row_add_money (row, total);
  sb_row_add_money_wan (row, total_wan);
  sb_row_add_empty (row);

  sb_table_add_below (table, "申报单位（盖章）：");
  sb_table_add_below (table, "日期：2025-04-24");
  *out_total = total;
  return form;
}

static void
test_cells (void)
{
  gint64 total;
  g_autoptr(SbForm) form = sample_form (&total);
  g_autoptr(XlsxBook) book = write_and_read (form, "cells.xlsx");
  XlsxSheet *sheet;
  const XlsxCell *cell;
  const char *xml;
  gint64 sum = 0;

  g_assert_cmpuint (xlsx_book_get_n_sheets (book), ==, 1);
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 0), ==, "明细");
  sheet = xlsx_book_get_sheet (book, 0);

  /* the title: merged, bold, larger, centred */
  assert_text (sheet, "A1", "技术先进型服务业务收入及离岸外包收入明细表");
  cell = xlsx_sheet_get_cell (sheet, "A1");
  g_assert_true (xlsx_book_style_bold (book, cell->style));
  g_assert_cmpfloat (xlsx_book_style_font_size (book, cell->style), ==, 16);
  g_assert_cmpstr (xlsx_book_style_halign (book, cell->style), ==, "center");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A1:E1"));
  /* the lines above, merged */
  assert_text (sheet, "A2", "申报单位：大连星海软件有限公司");
  assert_text (sheet, "A3", "单位：元");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A2:E2"));
  g_assert_true (xlsx_sheet_has_merge (sheet, "A3:E3"));

  /* header rows: spans merged, centred, wrapped, bordered, bold */
  assert_text (sheet, "A4", "序号");
  assert_text (sheet, "B4", "合同名称");
  assert_text (sheet, "C4", "金额");
  assert_text (sheet, "E4", "比例");
  assert_text (sheet, "C5", "元");
  assert_text (sheet, "D5", "万元");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A4:A5"));
  g_assert_true (xlsx_sheet_has_merge (sheet, "B4:B5"));
  g_assert_true (xlsx_sheet_has_merge (sheet, "C4:D4"));
  g_assert_true (xlsx_sheet_has_merge (sheet, "E4:E5"));
  cell = xlsx_sheet_get_cell (sheet, "C4");
  g_assert_cmpstr (xlsx_book_style_halign (book, cell->style), ==, "center");
  g_assert_true (xlsx_book_style_wrap (book, cell->style));
  g_assert_true (xlsx_book_style_bordered (book, cell->style));
  g_assert_true (xlsx_book_style_bold (book, cell->style));
  /* the cells a merge covers are bordered blanks */
  assert_blank (book, sheet, "A5");
  assert_blank (book, sheet, "D4");

  /* text that looks like a formula stays text */
  assert_text (sheet, "B6", "=SUM(A1)");
  assert_text (sheet, "B7", "+8613800000000");
  assert_text (sheet, "B8", "-5");
  assert_text (sheet, "B9", "@x");
  xml = xlsx_book_get_text (book, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (xml);
  g_assert_null (strstr (xml, "<f>"));
  g_assert_null (strstr (xml, "<f "));
  /* they are shared strings */
  g_assert_nonnull (strstr (xlsx_book_get_text (book, "xl/sharedStrings.xml"), "=SUM(A1)"));
  cell = xlsx_sheet_get_cell (sheet, "B6");
  g_assert_cmpint (cell->type, ==, XLSX_CELL_SHARED);
  g_assert_cmpstr (xlsx_book_style_num_format (book, cell->style), ==, "@");
  g_assert_cmpstr (xlsx_book_style_halign (book, cell->style), ==, "left");

  /* integers, money in 元 and 万元, percentages */
  assert_number (book, sheet, "A6", 1, "0");
  assert_number (book, sheet, "A9", 4, "0");
  assert_number (book, sheet, "C6", 1234567.89, "#,##0.00");
  assert_number (book, sheet, "D6", 123.456789, "#,##0.0000");
  assert_number (book, sheet, "E6", 0.4872, "0.00%");
  assert_number (book, sheet, "C7", -0.05, "#,##0.00");
  assert_number (book, sheet, "D7", -2500, "#,##0.0000");
  assert_number (book, sheet, "E7", 1.0 / 3.0, "0.00%");
  assert_number (book, sheet, "C9", 0, "#,##0.00");
  assert_number (book, sheet, "D9", 0.000001, "#,##0.0000");
  assert_number (book, sheet, "E9", 2.0 / 3.0, "0.00%");
  cell = xlsx_sheet_get_cell (sheet, "C6");
  g_assert_cmpstr (xlsx_book_style_halign (book, cell->style), ==, "right");
  g_assert_false (xlsx_book_style_bold (book, cell->style));
  /* absent figures and an empty cell: bordered blanks */
  assert_blank (book, sheet, "C8");
  assert_blank (book, sheet, "D8");
  assert_blank (book, sheet, "E8");

  /* the total row: the builder's total, as a number, equal to the rows to the fen */
  assert_text (sheet, "A10", "合计");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A10:B10"));
  assert_number (book, sheet, "C10", 1234567.84, "#,##0.00");
  for (guint r = 6; r <= 9; r++)
    {
      g_autofree char *ref = g_strdup_printf ("C%u", r);

      if (xlsx_sheet_get_cell (sheet, ref)->type == XLSX_CELL_NUMBER)
        sum += cell_fen (sheet, ref);
    }
  g_assert_cmpint (sum, ==, total);
  g_assert_cmpint (cell_fen (sheet, "C10"), ==, total);
  assert_number (book, sheet, "D10", -2376.543210, "#,##0.0000");
  cell = xlsx_sheet_get_cell (sheet, "C10");
  g_assert_true (xlsx_book_style_bold (book, cell->style));
  assert_blank (book, sheet, "E10");

  /* the footer lines after one blank row, merged */
  g_assert_null (xlsx_sheet_get_cell (sheet, "A11"));
  assert_text (sheet, "A12", "申报单位（盖章）：");
  assert_text (sheet, "A13", "日期：2025-04-24");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A12:E12"));
  g_assert_true (xlsx_sheet_has_merge (sheet, "A13:E13"));
  g_assert_cmpint (xlsx_sheet_get_last_row (sheet), ==, 12);
  g_assert_cmpuint (xlsx_sheet_get_merges (sheet)->len, ==, 10);

  /* the number formats the workbook declares */
  g_assert_nonnull (strstr (xlsx_book_get_text (book, "xl/styles.xml"),
                            "formatCode=\"#,##0.0000\""));

  /* column widths follow the description, in order */
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 0), >=, 4);
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 0), <,
                     xlsx_sheet_get_column_width (sheet, 4));
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 4), <,
                     xlsx_sheet_get_column_width (sheet, 3));
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 3), <,
                     xlsx_sheet_get_column_width (sheet, 2));
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 2), <,
                     xlsx_sheet_get_column_width (sheet, 1));
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 1), >=, 24);
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 1), <=, 28);
  /* the title row is taller than a plain row */
  g_assert_cmpfloat (xlsx_sheet_get_row_height (sheet, 0), >, 20);

  /* the document's title */
  g_assert_nonnull (strstr (xlsx_book_get_text (book, "docProps/core.xml"), "测试表"));
}

static void
test_print_setup (void)
{
  gint64 total;
  g_autoptr(SbForm) form = sample_form (&total);
  g_autoptr(XlsxBook) book = write_and_read (form, "print.xlsx");
  XlsxSheet *sheet = xlsx_book_get_sheet (book, 0);
  const char *titles;

  /* A4 portrait, one page wide, as many pages high as needed */
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "paperSize"), ==, "9");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "orientation"), ==, "portrait");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "fitToWidth"), ==, NULL);
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "fitToHeight"), ==, "0");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetUpPr", "fitToPage"), ==, "1");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "printOptions", "horizontalCentered"), ==, "1");
  g_assert_nonnull (xlsx_sheet_get_attr (sheet, "pageMargins", "left"));
  g_assert_cmpfloat (g_ascii_strtod (xlsx_sheet_get_attr (sheet, "pageMargins", "left"), NULL),
                     ==, 0.5);
  /* the header rows 4–5 repeated on every page */
  titles = xlsx_book_get_defined_name (book, "_xlnm.Print_Titles", 0);
  g_assert_nonnull (titles);
  g_assert_true (g_str_has_suffix (titles, "!$4:$5"));
  g_assert_nonnull (strstr (titles, "明细"));
  /* page numbers at the foot */
  g_assert_cmpstr (xlsx_sheet_get_element_text (sheet, "oddFooter"), ==,
                   "&C第 &P 页 共 &N 页");
  /* the screen keeps the headers in view */
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pane", "topLeftCell"), ==, "A6");
}

/* Two sheets, the second landscape and without header rows. */
static void
test_two_sheets_landscape (void)
{
  g_autoptr(SbForm) form = sb_form_new ("two", "两张表");
  g_autoptr(XlsxBook) book = NULL;
  SbTable *table;
  SbTableRow *row;
  XlsxSheet *sheet;

  table = sb_form_add_table (form, "2023年", "2023年明细表");
  sb_table_add_column (table, "a", 10);
  sb_table_add_column (table, "b", 10);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "甲", 1, 1);
  sb_row_add_header (row, "乙", 1, 1);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_money (row, 100);
  sb_row_add_money (row, 200);

  table = sb_form_add_table (form, "2024年", "2024年明细表");
  table->landscape = TRUE;
  for (guint i = 0; i < 12; i++)
    sb_table_add_column (table, NULL, 12);
  row = sb_table_add_row (table, SB_ROW_BODY);
  for (guint i = 0; i < 12; i++)
    sb_row_add_integer (row, i);

  book = write_and_read (form, "two.xlsx");
  g_assert_cmpuint (xlsx_book_get_n_sheets (book), ==, 2);
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 0), ==, "2023年");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 1), ==, "2024年");

  sheet = xlsx_book_get_sheet (book, 0);
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "orientation"), ==, "portrait");
  assert_text (sheet, "A1", "2023年明细表");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A1:B1"));
  assert_text (sheet, "A2", "甲");
  g_assert_cmpfloat (cell_number (sheet, "B3"), ==, 2);
  g_assert_true (g_str_has_suffix (xlsx_book_get_defined_name (book, "_xlnm.Print_Titles", 0),
                                   "!$2:$2"));

  sheet = xlsx_book_get_sheet (book, 1);
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "orientation"), ==, "landscape");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "paperSize"), ==, "9");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetUpPr", "fitToPage"), ==, "1");
  assert_text (sheet, "A1", "2024年明细表");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A1:L1"));
  g_assert_cmpfloat (cell_number (sheet, "L2"), ==, 11);
  /* no header rows: nothing to repeat */
  g_assert_null (xlsx_book_get_defined_name (book, "_xlnm.Print_Titles", 1));
  g_assert_null (xlsx_sheet_get_attr (sheet, "pane", "topLeftCell"));
}

/* A table of one column is written as two half columns, every cell merged
 * across both (LibreOffice does not shrink a single column to the page). */
static void
test_one_column (void)
{
  g_autoptr(SbForm) form = sb_form_new ("pledge", "承诺书");
  g_autoptr(XlsxBook) book = NULL;
  SbTable *table = sb_form_add_table (form, "承诺书", "承诺书");
  SbTableRow *row;
  XlsxSheet *sheet;
  double half;

  sb_table_add_column (table, NULL, 90);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, "申请人郑重申明如下：")->wrap = TRUE;
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_money (row, 12345);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_table_add_below (table, "日期：");

  book = write_and_read (form, "one-column.xlsx");
  sheet = xlsx_book_get_sheet (book, 0);
  half = xlsx_sheet_get_column_width (sheet, 0);
  g_assert_cmpfloat (half, >, 45);
  g_assert_cmpfloat (half, <, 50);
  g_assert_cmpfloat (ABS (xlsx_sheet_get_column_width (sheet, 1) - half), <, 0.01);
  g_assert_cmpfloat (xlsx_sheet_get_column_width (sheet, 2), ==, -1);
  g_assert_true (xlsx_sheet_has_merge (sheet, "A1:B1"));
  assert_text (sheet, "A2", "申请人郑重申明如下：");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A2:B2"));
  assert_number (book, sheet, "A3", 123.45, "#,##0.00");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A3:B3"));
  /* a row without cells: one bordered blank across both */
  assert_blank (book, sheet, "A4");
  assert_blank (book, sheet, "B4");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A4:B4"));
  assert_text (sheet, "A6", "日期：");
  g_assert_true (xlsx_sheet_has_merge (sheet, "A6:B6"));
}

static void
test_dates_and_decimals (void)
{
  g_autoptr(SbForm) form = sb_form_new ("dates", "日期");
  g_autoptr(XlsxBook) book = NULL;
  SbTable *table = sb_form_add_table (form, "日期", "日期");
  SbTableRow *row;
  XlsxSheet *sheet;
  const XlsxCell *cell;

  for (guint i = 0; i < 5; i++)
    sb_table_add_column (table, NULL, 12);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_date (row, sb_date_from_ymd (2025, 4, 24));
  sb_row_add_date (row, sb_date_from_ymd (1900, 3, 1));
  sb_row_add_date (row, sb_date_from_ymd (1899, 12, 31));
  sb_row_add_date (row, SB_DATE_UNSET);
  sb_row_add_decimal (row, sb_ratio (1234567, 2));

  book = write_and_read (form, "dates.xlsx");
  sheet = xlsx_book_get_sheet (book, 0);
  /* real dates shown yyyy-mm-dd: Excel's serial numbers */
  assert_number (book, sheet, "A2", 45771, "yyyy-mm-dd");
  assert_number (book, sheet, "B2", 61, "yyyy-mm-dd");
  cell = xlsx_sheet_get_cell (sheet, "A2");
  g_assert_cmpstr (xlsx_book_style_halign (book, cell->style), ==, "center");
  /* before Excel's calendar: text */
  assert_text (sheet, "C2", "1899-12-31");
  assert_blank (book, sheet, "D2");
  assert_number (book, sheet, "E2", 617283.5, "#,##0.00");
}

/* A row spanning more columns than the table has, or covering a cell
 * spanning rows, is refused; nothing is left behind. */
static void
test_bad_spans (void)
{
  g_autoptr(SbForm) form = sb_form_new ("bad", "坏");
  g_autoptr(SbForm) form2 = sb_form_new ("bad2", "坏");
  g_autofree char *path = tmp_path ("bad.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  SbTable *table = sb_form_add_table (form, "x", "x");
  SbTableRow *row;
  const char *name;

  sb_table_add_column (table, NULL, 8);
  sb_table_add_column (table, NULL, 8);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, "a")->col_span = 2;
  sb_row_add_text (row, "b");
  g_assert_false (sb_form_write_xlsx (form, path, &error));
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* a row fewer cells than columns: the rest bordered blanks */
  table = sb_form_add_table (form2, "y", "y");
  sb_table_add_column (table, NULL, 8);
  sb_table_add_column (table, NULL, 8);
  sb_table_add_column (table, NULL, 8);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "a", 1, 2);
  sb_row_add_header (row, "b", 2, 1);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "c", 1, 1);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, "d");
  {
    g_autoptr(XlsxBook) book = write_and_read (form2, "short.xlsx");
    XlsxSheet *sheet = xlsx_book_get_sheet (book, 0);

    assert_text (sheet, "B3", "c");
    assert_blank (book, sheet, "C3");
    assert_text (sheet, "A4", "d");
    assert_blank (book, sheet, "B4");
    assert_blank (book, sheet, "C4");
    g_assert_true (xlsx_sheet_has_merge (sheet, "A2:A3"));
    g_assert_true (xlsx_sheet_has_merge (sheet, "B2:C2"));
  }

  /* a cell covering one spanning rows from above */
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, "e")->row_span = 2;
  sb_row_add_text (row, "f");
  sb_row_add_text (row, "g");
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, "h")->col_span = 3;
  g_assert_false (sb_form_write_xlsx (form2, path, &error));
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);

  /* no temporary file left */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (name[0] == '.');
}

static void
test_sheet_names (void)
{
  g_autoptr(SbForm) form = sb_form_new ("names", "名称");
  g_autoptr(XlsxBook) book = NULL;
  const char *names[] = {
    "a/b:c[1]*?\\", "2024年", "2024年", "2024年", "'quoted'",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
    NULL, "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      SbTable *table = sb_form_add_table (form, names[i], "t");

      sb_table_add_column (table, NULL, 8);
    }
  book = write_and_read (form, "names.xlsx");
  g_assert_cmpuint (xlsx_book_get_n_sheets (book), ==, G_N_ELEMENTS (names));
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 0), ==, "a_b_c_1____");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 1), ==, "2024年");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 2), ==, "2024年 (2)");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 3), ==, "2024年 (3)");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 4), ==, "quoted");
  /* 31 characters */
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 5), ==,
                   "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一");
  /* no name: Excel's default */
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 6), ==, "Sheet7");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 7), ==, "Sheet8");
}

/* The file is created mode 0600, also over an existing file; a folder that
 * does not exist is an error naming the file. */
static void
test_mode_and_errors (void)
{
  gint64 total;
  g_autoptr(SbForm) form = sample_form (&total);
  g_autofree char *path = tmp_path ("mode.xlsx");
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "x.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) empty = sb_form_new ("empty", "空");

  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (sb_form_write_xlsx (form, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (path), ==, 0600);
  {
    g_autoptr(XlsxBook) book = xlsx_book_open (path, &error);

    g_assert_no_error (error);
    assert_text (xlsx_book_get_sheet (book, 0), "B6", "=SUM(A1)");
  }

  g_assert_false (sb_form_write_xlsx (form, missing, &error));
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* a form without tables still makes a workbook */
  {
    g_autoptr(XlsxBook) book = write_and_read (empty, "empty.xlsx");

    g_assert_cmpuint (xlsx_book_get_n_sheets (book), ==, 1);
  }
}

/* A file the program holds open (the database, a file being read) is
 * never the target of a table, under its name or another (a link). */
static void
test_not_onto_open_file (void)
{
  gint64 total;
  g_autoptr(SbForm) form = sample_form (&total);
  g_autofree char *held = tmp_path ("held.xlsx");
  g_autofree char *link = tmp_path ("link.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  int fd;

  g_assert_true (g_file_set_contents (held, "precious", -1, &error));
  fd = g_open (held, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (symlink (held, link), ==, 0);

  g_assert_false (sb_form_write_xlsx (form, held, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (sb_form_write_pdf (form, link, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (held, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "precious");

  /* closed, it may be replaced */
  close (fd);
  g_assert_true (sb_form_write_xlsx (form, held, &error));
  g_assert_no_error (error);
  g_unlink (link);
}

/* A disk that fills while the workbook is written (a file size limit of
 * 2 KB): an error naming the file, no file left, no temporary beside it,
 * and none of libxlsxwriter's own "[ERROR]" lines on stderr. */
static void
test_full_disk (void)
{
  gint64 total;
  g_autoptr(SbForm) form = sample_form (&total);
  g_autofree char *dir = g_build_filename (tmpdir, "full", NULL);
  g_autofree char *path = g_build_filename (dir, "full.xlsx", NULL);
  g_autofree char *err_path = tmp_path ("stderr.txt");
  g_autofree char *err_text = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit saved, small;
  gboolean ok;
  int saved_fd, err_fd;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  err_fd = g_open (err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (err_fd, >=, 0);
  fflush (stderr);
  saved_fd = dup (2);
  dup2 (err_fd, 2);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 2048;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = sb_form_write_xlsx (form, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
  fflush (stderr);
  dup2 (saved_fd, 2);
  close (saved_fd);
  close (err_fd);

  g_assert_false (ok);
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_get_contents (err_path, &err_text, NULL, NULL));
  g_test_message ("stderr: %s", err_text);
  g_assert_null (strstr (err_text, "[ERROR]"));
  g_assert_null (strstr (err_text, "[WARNING]"));
  /* nothing left in the folder */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (d));
  }
  g_rmdir (dir);
}

/* 10,000 contracts: every row there, the total equal to their sum to the fen. */
static void
test_many_rows (void)
{
  g_autoptr(SbForm) form = sb_form_new ("many", "明细");
  g_autoptr(XlsxBook) book = NULL;
  SbTable *table = sb_form_add_table (form, "2024年", "明细表");
  SbTableRow *row;
  XlsxSheet *sheet;
  gint64 total = 0, sum = 0;
  const guint n = 10000;

  table->landscape = TRUE;
  sb_table_add_column (table, "序号", 6);
  sb_table_add_column (table, "合同名称", 30);
  sb_table_add_column (table, "合同金额", 16);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 1);
  sb_row_add_header (row, "合同名称", 1, 1);
  sb_row_add_header (row, "合同金额", 1, 1);
  for (guint i = 0; i < n; i++)
    {
      /* amounts with every fen digit: 0.01 … */
      gint64 fen = (gint64) i * 1234567 % 99999999 + 1;
      g_autofree char *name = g_strdup_printf ("合同 %u", i + 1);

      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1);
      sb_row_add_text (row, name);
      sb_row_add_money (row, fen);
      total += fen;
    }
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 2;
  sb_row_add_money (row, total);

  book = write_and_read (form, "many.xlsx");
  sheet = xlsx_book_get_sheet (book, 0);
  g_assert_cmpint (xlsx_sheet_get_last_row (sheet), ==, 1 + n + 1);
  assert_text (sheet, "B3", "合同 1");
  assert_text (sheet, "B10002", "合同 10000");
  g_assert_cmpfloat (cell_number (sheet, "A10002"), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ref = g_strdup_printf ("C%u", i + 3);

      sum += cell_fen (sheet, ref);
    }
  g_assert_cmpint (sum, ==, total);
  g_assert_cmpint (cell_fen (sheet, "C10003"), ==, total);
  assert_text (sheet, "A10003", "合计");
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "orientation"), ==, "landscape");
  g_assert_true (g_str_has_suffix (xlsx_book_get_defined_name (book, "_xlnm.Print_Titles", 0),
                                   "!$2:$2"));
}

/* ---- shenbao-cli -------------------------------------------------------- */

static int
run_cli (const char * const *args, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmpdir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) g_getenv ("SHENBAO_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli_tables (void)
{
  const char *args[] = { "tables", NULL };
  const char *extra[] = { "tables", "x", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;
  const SbFormInfo *forms = sb_form_list (&n);
  static const char * const ids[] = {
    "tase-summary", "tase-annex3", "tase-materials", "tase-self-assessment", "annual-report",
    "tf-annex1", "tf-annex2", "tf-annex3", "tf-annex4", "tf-annex5", "tf-annex6", "tf-annex7",
    "tf-annex8", "tf-annex9", "tf-summary", "hnte-self-assessment",
  };

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_suffix (out, "\n"));
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (ids));
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
  /* the ids, in the registry's order, each with its Chinese title */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *prefix = g_strconcat (ids[i], "\t", NULL);

      g_assert_true (g_str_has_prefix (lines[i], prefix));
      g_assert_cmpuint (strlen (lines[i]), >, strlen (prefix));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *expected = g_strdup_printf ("%s\t%s", forms[i].id, forms[i].title);

      g_assert_cmpstr (lines[i], ==, expected);
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (extra, &out, &err), ==, 2);
}

static char *
import_example (void)
{
  g_autofree char *example = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data",
                                               "examples", "tase-dalian-new.shenbao.json",
                                               NULL);
  char *db = tmp_path ("cli.db");
  const char *args[] = { "--db", db, "import", example, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  return db;
}

static void
test_cli_table_errors (void)
{
  g_autofree char *db = import_example ();
  g_autofree char *xlsx = tmp_path ("err.xlsx");
  g_autofree char *bad_db = tmp_path ("not-a-db.db");
  struct
  {
    const char *args[12];
    int         status;
    const char *needle;
  } cases[] = {
    { { "--db", db, "table", "1", "no-such-table", "--out", xlsx, NULL }, 2, "no-such-table" },
    { { "--db", db, "table", "no such company", "tase-annex3", "--out", xlsx, NULL }, 2, NULL },
    { { "--db", db, "table", "1", "tase-annex3", "--out", "x.odt", NULL }, 2, "x.odt" },
    { { "--db", db, "table", "1", "tase-annex3", NULL }, 2, "--out" },
    { { "--db", db, "table", "1", NULL }, 2, NULL },
    { { "--db", db, "table", "1", "tase-annex3", "--out", xlsx, "--at", "2025-13-01", NULL },
      2, "2025-13-01" },
    /* the company claims no trade fund */
    { { "--db", db, "table", "1", "tf-annex2", "--out", xlsx, NULL }, 2, NULL },
    { { "--db", db, "table", "all", "tf-summary", "--out", xlsx, NULL }, 2, NULL },
    { { "--db", bad_db, "table", "1", "tase-annex3", "--out", xlsx, NULL }, 3, NULL },
  };

  g_assert_true (g_file_set_contents (bad_db, "this is not a database, not at all", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("case %u", i);
      g_assert_cmpint (run_cli (cases[i].args, &out, &err), ==, cases[i].status);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
      if (cases[i].needle != NULL)
        g_assert_nonnull (strstr (err, cases[i].needle));
      g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
    }
}

/* Finds the first row of @sheet whose first cell reads 合计. */
static int
find_total_row (XlsxSheet *sheet)
{
  for (int r = 0; r <= xlsx_sheet_get_last_row (sheet); r++)
    {
      const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, r, 0);

      if (cell != NULL && g_strcmp0 (cell->text, "合计") == 0)
        return r;
    }
  return -1;
}

static void
test_cli_table_annex3 (void)
{
  g_autofree char *db = import_example ();
  g_autofree char *xlsx = tmp_path ("annex3.xlsx");
  const char *args[] = { "--db", db, "table", "大连星海软件有限公司", "tase-annex3",
                         "--at", "2025-06-01", "--out", xlsx, NULL };
  const char *year_args[] = { "--db", db, "table", "1", "tase-annex3", "--year", "1999",
                              "--at", "2025-06-01", "--out", xlsx, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(XlsxBook) book = NULL;
  g_autoptr(GError) error = NULL;
  XlsxSheet *sheet;
  const char *titles;
  int status, first_body, total_row;
  guint checked = 0;

  status = run_cli (args, &out, &err);
  /* the example's credit code fails its check digit: a warning, the file written */
  g_assert_true (g_str_has_prefix (err, "warning: "));
  g_assert_nonnull (strstr (err, "GB 32100"));
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (file_mode (xlsx), ==, 0600);

  book = xlsx_book_open (xlsx, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (xlsx_book_get_n_sheets (book), >=, 1);
  sheet = xlsx_book_get_sheet (book, 0);
  /* the title names the table as the notice does */
  g_assert_nonnull (xlsx_sheet_get_cell (sheet, "A1"));
  g_assert_nonnull (strstr (xlsx_sheet_get_cell (sheet, "A1")->text,
                            "技术先进型服务业务收入及离岸外包收入明细表"));
  g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "paperSize"), ==, "9");

  /* the total row equals the sum of the contracts to the fen, column by
   * column, for every money column */
  titles = xlsx_book_get_defined_name (book, "_xlnm.Print_Titles", 0);
  g_assert_nonnull (titles);
  first_body = atoi (strrchr (titles, '$') + 1);  /* "…!$4:$4": the row after, from 0 */
  total_row = find_total_row (sheet);
  g_assert_cmpint (total_row, >, first_body);
  for (guint c = 1; c < 64; c++)
    {
      const XlsxCell *total = xlsx_sheet_get_cell_at (sheet, total_row, c);
      gint64 sum = 0;

      if (total == NULL || total->type != XLSX_CELL_NUMBER
          || !g_str_equal (xlsx_book_style_num_format (book, total->style), "#,##0.00"))
        continue;
      for (int r = first_body; r < total_row; r++)
        {
          const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, r, c);

          if (cell != NULL && cell->type == XLSX_CELL_NUMBER)
            sum += to_fen (g_ascii_strtod (cell->text, NULL));
        }
      g_assert_cmpint (sum, ==, to_fen (g_ascii_strtod (total->text, NULL)));
      checked++;
    }
  g_assert_cmpuint (checked, >=, 1);

  /* a year the company does not have */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (g_unlink (xlsx), ==, 0);
  g_assert_cmpint (run_cli (year_args, &out, &err), ==, 2);
  g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
}

/* The table across companies: `all` takes every company with a trade-fund
 * claim (one of the two). */
static void
test_cli_table_all (void)
{
  g_autofree char *tase = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "examples",
                                            "tase-dalian-new.shenbao.json", NULL);
  g_autofree char *tf = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "examples",
                                          "tradefund-platform-certs.shenbao.json", NULL);
  g_autofree char *db = tmp_path ("all.db");
  g_autofree char *xlsx = tmp_path ("summary.xlsx");
  const char *import[] = { "--db", db, "import", tase, tf, NULL };
  const char *args[] = { "--db", db, "table", "all", "tf-summary", "--at", "2025-06-01",
                         "--out", xlsx, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(XlsxBook) book = NULL;
  g_autoptr(GError) error = NULL;
  XlsxSheet *sheet;
  guint tf_code = 0, tase_code = 0;

  g_assert_cmpint (run_cli (import, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (file_mode (xlsx), ==, 0600);
  book = xlsx_book_open (xlsx, &error);
  g_assert_no_error (error);
  sheet = xlsx_book_get_sheet (book, 0);
  /* the company with the claim is there, the other is not */
  for (int r = 0; r <= xlsx_sheet_get_last_row (sheet); r++)
    for (guint c = 0; c < 16; c++)
      {
        const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, r, c);

        if (cell == NULL || cell->text == NULL)
          continue;
        tf_code += strstr (cell->text, "91210200MA0Q9Z8Y7X") != NULL;
        tase_code += strstr (cell->text, "91210200MA0Q1A2B3C") != NULL;
      }
  g_assert_cmpuint (tf_code, ==, 1);
  g_assert_cmpuint (tase_code, ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("shenbao-xlsx-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/forms/xlsx/cells", test_cells);
  g_test_add_func ("/forms/xlsx/print-setup", test_print_setup);
  g_test_add_func ("/forms/xlsx/two-sheets-landscape", test_two_sheets_landscape);
  g_test_add_func ("/forms/xlsx/one-column", test_one_column);
  g_test_add_func ("/forms/xlsx/dates-and-decimals", test_dates_and_decimals);
  g_test_add_func ("/forms/xlsx/bad-spans", test_bad_spans);
  g_test_add_func ("/forms/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/forms/xlsx/mode-and-errors", test_mode_and_errors);
  g_test_add_func ("/forms/xlsx/full-disk", test_full_disk);
  g_test_add_func ("/forms/xlsx/not-onto-open-file", test_not_onto_open_file);
  g_test_add_func ("/forms/xlsx/many-rows", test_many_rows);
  g_test_add_func ("/forms/xlsx/cli-tables", test_cli_tables);
  g_test_add_func ("/forms/xlsx/cli-table-errors", test_cli_table_errors);
  g_test_add_func ("/forms/xlsx/cli-table-annex3", test_cli_table_annex3);
  g_test_add_func ("/forms/xlsx/cli-table-all", test_cli_table_all);
  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
