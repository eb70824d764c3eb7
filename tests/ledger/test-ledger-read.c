/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ledger-read.c: the readers (sb-ledger-book.h) on workbooks the test
 * writes: XLSX by libxlsxwriter and part by part, BIFF8 .xls, CSV in four
 * encodings; and every kind of bad file. */
#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ledger-fixtures.h"
#include "sb-ledger-book.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static SbLedgerSheet *
read_sheet (const char *path, guint index, const SbLedgerOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = sb_ledger_book_open (path, options, &error);
  SbLedgerSheet *sheet;

  g_assert_no_error (error);
  sheet = sb_ledger_book_read_sheet (book, index, &error);
  g_assert_no_error (error);
  return sheet;
}

/* the cell of the row numbered @number (as the spreadsheet shows it) */
static const SbLedgerCell *
cell_at (SbLedgerSheet *sheet, guint number, guint col)
{
  static const SbLedgerCell empty = { SB_LEDGER_CELL_EMPTY, NULL };

  for (guint i = 0; i < sb_ledger_sheet_get_n_rows (sheet); i++)
    {
      const SbLedgerRow *row = sb_ledger_sheet_get_row (sheet, i);

      if (row->number == number)
        return col < row->n_cells ? &row->cells[col] : &empty;
    }
  return &empty;
}

static void
assert_cell (SbLedgerSheet *sheet, guint number, guint col, SbLedgerCellKind kind,
             const char *text)
{
  const SbLedgerCell *cell = cell_at (sheet, number, col);

  g_assert_cmpstr (cell->text, ==, text);
  g_assert_cmpint (cell->kind, ==, kind);
}

static void
assert_refused (const char *path, const SbLedgerOptions *options, SbLedgerError code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = sb_ledger_book_open (path, options, &error);
  g_autoptr(SbLedgerSheet) sheet = NULL;

  if (book != NULL)
    sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_null (sheet);
  g_assert_error (error, SB_LEDGER_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (error->message, !=, "");
}

/* ---- XLSX --------------------------------------------------------------- */

static void
test_xlsx_libxlsxwriter (void)
{
  g_autofree char *path = tmp_path ("contracts.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "合同台账");
  lxw_worksheet *ws2 = workbook_add_worksheet (wb, "收汇明细");
  lxw_format *date = workbook_add_format (wb);
  lxw_format *money = workbook_add_format (wb);
  lxw_datetime dt = { 2024, 3, 5, 0, 0, 0 };
  g_autoptr(SbLedgerBook) book = NULL;
  g_autoptr(SbLedgerSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;

  format_set_num_format (date, "yyyy-mm-dd");
  format_set_num_format (money, "#,##0.00");
  worksheet_merge_range (ws, 0, 0, 0, 4, "2024年合同台账", NULL);
  worksheet_write_string (ws, 1, 0, "合同编号", NULL);
  worksheet_write_string (ws, 1, 1, "合同名称", NULL);
  worksheet_write_string (ws, 1, 2, "合同金额", NULL);
  worksheet_write_string (ws, 1, 3, "签订日期", NULL);
  worksheet_write_string (ws, 1, 4, "收入", NULL);
  worksheet_write_string (ws, 2, 0, "HT-001", NULL);
  worksheet_write_string (ws, 2, 1, "软件开发 & 测试 <一期>", NULL);
  worksheet_write_number (ws, 2, 2, 1234.56, money);
  worksheet_write_datetime (ws, 2, 3, &dt, date);
  worksheet_write_formula_num (ws, 2, 4, "=C3*2", NULL, 2469.12);
  /* row 4 left empty, row 5 with a gap at B */
  worksheet_write_string (ws, 4, 0, "HT-002", NULL);
  worksheet_write_number (ws, 4, 2, 0.1, NULL);
  worksheet_write_string (ws2, 0, 0, "收汇日期", NULL);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  book = sb_ledger_book_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_ledger_book_get_format (book), ==, SB_LEDGER_FORMAT_XLSX);
  g_assert_cmpuint (sb_ledger_book_get_n_sheets (book), ==, 2);
  g_assert_cmpstr (sb_ledger_book_get_sheet_name (book, 0), ==, "合同台账");
  g_assert_cmpstr (sb_ledger_book_get_sheet_name (book, 1), ==, "收汇明细");
  g_assert_cmpint (sb_ledger_book_find_sheet (book, "收汇明细"), ==, 1);
  g_assert_cmpint (sb_ledger_book_find_sheet (book, "1"), ==, 0);
  g_assert_cmpint (sb_ledger_book_find_sheet (book, "3"), ==, -1);
  g_assert_false (sb_ledger_book_get_date1904 (book));

  sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_ledger_sheet_get_name (sheet), ==, "合同台账");
  g_assert_cmpuint (sb_ledger_sheet_get_n_rows (sheet), ==, 4);   /* row 4 is empty */
  g_assert_cmpuint (sb_ledger_sheet_get_n_cols (sheet), ==, 5);
  /* the merged title gives its text to every cell of the range */
  for (guint c = 0; c < 5; c++)
    assert_cell (sheet, 1, c, SB_LEDGER_CELL_TEXT, "2024年合同台账");
  assert_cell (sheet, 2, 0, SB_LEDGER_CELL_TEXT, "合同编号");
  assert_cell (sheet, 3, 1, SB_LEDGER_CELL_TEXT, "软件开发 & 测试 <一期>");
  assert_cell (sheet, 3, 2, SB_LEDGER_CELL_NUMBER, "1234.56");
  assert_cell (sheet, 3, 3, SB_LEDGER_CELL_DATE, "2024-03-05");
  assert_cell (sheet, 3, 4, SB_LEDGER_CELL_NUMBER, "2469.12");  /* the cached value */
  assert_cell (sheet, 5, 0, SB_LEDGER_CELL_TEXT, "HT-002");
  assert_cell (sheet, 5, 1, SB_LEDGER_CELL_EMPTY, NULL);
  assert_cell (sheet, 5, 2, SB_LEDGER_CELL_NUMBER, "0.1");
  g_assert_cmpuint (sb_ledger_sheet_get_row (sheet, 3)->number, ==, 5);

  g_clear_pointer (&sheet, sb_ledger_sheet_free);
  sheet = sb_ledger_book_read_sheet (book, 1, &error);
  g_assert_no_error (error);
  assert_cell (sheet, 1, 0, SB_LEDGER_CELL_TEXT, "收汇日期");
}

static void
test_xlsx_parts (void)
{
  g_autofree char *path = tmp_path ("parts.xlsx");
  g_autofree char *path1904 = tmp_path ("parts1904.xlsx");
  static const char * const shared[] = { "客户", "国家/地区", "金额", NULL };
  const char *data =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"D1\" t=\"s\"><v>2</v></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Acme </t></r><r><t>GmbH</t></r>"
    "<rPh><t>あくめ</t></rPh></is></c><c r=\"B2\" t=\"str\"><f>X</f><v>DE</v></c>"
    "<c r=\"C2\" s=\"1\"><v>45356</v></c><c r=\"D2\" s=\"3\"><v>-1.5E3</v></c>"
    "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"e\"><v>#DIV/0!</v></c>"
    "<c r=\"G2\" t=\"d\"><v>2024-02-29T10:00:00</v></c><c r=\"H2\" s=\"2\"><v>1</v></c>"
    "<c r=\"I2\" s=\"1\"><v>60</v></c><c r=\"J2\" s=\"1\"><v>61</v></c></row>"
    /* cells without r: one after another */
    "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>7</v></c></row>";
  g_autoptr(SbLedgerSheet) sheet = NULL;
  g_autoptr(SbLedgerSheet) s1904 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = NULL;

  fixture_write_xlsx_parts (path, data, shared, FALSE, "<mergeCells><mergeCell ref=\"B1:C1\"/></mergeCells>");
  sheet = read_sheet (path, 0, NULL);
  assert_cell (sheet, 1, 0, SB_LEDGER_CELL_TEXT, "客户");
  assert_cell (sheet, 1, 1, SB_LEDGER_CELL_TEXT, "国家/地区");
  assert_cell (sheet, 1, 2, SB_LEDGER_CELL_TEXT, "国家/地区");   /* merged */
  assert_cell (sheet, 1, 3, SB_LEDGER_CELL_TEXT, "金额");
  assert_cell (sheet, 2, 0, SB_LEDGER_CELL_TEXT, "Acme GmbH");   /* no phonetic run */
  assert_cell (sheet, 2, 1, SB_LEDGER_CELL_TEXT, "DE");
  assert_cell (sheet, 2, 2, SB_LEDGER_CELL_DATE, "2024-03-05");
  assert_cell (sheet, 2, 3, SB_LEDGER_CELL_NUMBER, "-1.5E3");    /* as written */
  assert_cell (sheet, 2, 4, SB_LEDGER_CELL_BOOL, "TRUE");
  assert_cell (sheet, 2, 5, SB_LEDGER_CELL_ERROR, "#DIV/0!");
  assert_cell (sheet, 2, 6, SB_LEDGER_CELL_DATE, "2024-02-29");
  assert_cell (sheet, 2, 7, SB_LEDGER_CELL_DATE, "1900-01-01");  /* a custom 年月日 format */
  assert_cell (sheet, 2, 8, SB_LEDGER_CELL_DATE, "1900-02-28");  /* Excel's 1900-02-29 */
  assert_cell (sheet, 2, 9, SB_LEDGER_CELL_DATE, "1900-03-01");
  assert_cell (sheet, 3, 0, SB_LEDGER_CELL_TEXT, "x");
  assert_cell (sheet, 3, 1, SB_LEDGER_CELL_NUMBER, "7");

  fixture_write_xlsx_parts (path1904, data, shared, TRUE, NULL);
  book = sb_ledger_book_open (path1904, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sb_ledger_book_get_date1904 (book));
  s1904 = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  assert_cell (s1904, 2, 2, SB_LEDGER_CELL_DATE, "2028-03-06");  /* 45356 days after 1904-01-01 */
  assert_cell (s1904, 2, 7, SB_LEDGER_CELL_DATE, "1904-01-02");
  assert_cell (s1904, 1, 2, SB_LEDGER_CELL_EMPTY, NULL);         /* no merge this time */
}

static void
test_serials (void)
{
  int y, m, d;

  g_assert_true (sb_ledger_serial_to_ymd (1, FALSE, &y, &m, &d));
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 19000101);
  g_assert_true (sb_ledger_serial_to_ymd (59, FALSE, &y, &m, &d));
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 19000228);
  g_assert_true (sb_ledger_serial_to_ymd (45292.75, FALSE, &y, &m, &d));  /* time dropped */
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20240101);
  g_assert_true (sb_ledger_serial_to_ymd (0, TRUE, &y, &m, &d));
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 19040101);
  g_assert_true (sb_ledger_serial_to_ymd (2958465, FALSE, &y, &m, &d));
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 99991231);
  g_assert_false (sb_ledger_serial_to_ymd (0, FALSE, &y, &m, &d));
  g_assert_false (sb_ledger_serial_to_ymd (-3, FALSE, &y, &m, &d));
  g_assert_false (sb_ledger_serial_to_ymd (1e12, FALSE, &y, &m, &d));
  g_assert_false (sb_ledger_serial_to_ymd (NAN, FALSE, &y, &m, &d));
}

/* ---- XLS ----------------------------------------------------------------- */

static void
test_xls (void)
{
  g_autofree char *path = tmp_path ("ledger.xls");
  static const char * const names[] = { "合同", "人数", NULL };
  enum { ROWS = 120, COLS = 4 };
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  const char **first = g_new0 (const char *, ROWS * COLS);
  static const char * const second[] = { "月份", "#n3", NULL, "#n12" };
  const char * const *cells[] = { first, second };
  const guint rows[] = { ROWS, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = NULL;
  g_autoptr(SbLedgerSheet) sheet = NULL;

  first[0] = "合同编号";
  first[1] = "客户";
  first[2] = "合同金额";
  first[3] = "签订日期";
  for (guint r = 1; r < ROWS; r++)
    {
      char *no = g_strdup_printf ("HT-%03u", r);
      char *amount = g_strdup_printf ("#n%u.25", r * 1000);

      g_ptr_array_add (owned, no);
      g_ptr_array_add (owned, amount);
      first[r * COLS] = no;
      first[r * COLS + 1] = r % 2 ? "大连某某软件有限公司" : "Acme Ltd";
      first[r * COLS + 2] = amount;
      first[r * COLS + 3] = "#d45356";
    }
  fixture_write_xls (path, names, cells, rows, COLS);

  book = sb_ledger_book_open (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_ledger_book_get_format (book), ==, SB_LEDGER_FORMAT_XLS);
  g_assert_cmpuint (sb_ledger_book_get_n_sheets (book), ==, 2);
  g_assert_cmpstr (sb_ledger_book_get_sheet_name (book, 0), ==, "合同");
  g_assert_cmpstr (sb_ledger_book_get_sheet_name (book, 1), ==, "人数");
  sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sb_ledger_sheet_get_n_rows (sheet), ==, ROWS);
  assert_cell (sheet, 1, 0, SB_LEDGER_CELL_TEXT, "合同编号");
  assert_cell (sheet, 2, 0, SB_LEDGER_CELL_TEXT, "HT-001");
  assert_cell (sheet, 2, 1, SB_LEDGER_CELL_TEXT, "大连某某软件有限公司");
  assert_cell (sheet, 2, 2, SB_LEDGER_CELL_NUMBER, "1000.25");
  assert_cell (sheet, 2, 3, SB_LEDGER_CELL_DATE, "2024-03-05");
  assert_cell (sheet, 120, 2, SB_LEDGER_CELL_NUMBER, "119000.25");
  g_clear_pointer (&sheet, sb_ledger_sheet_free);
  sheet = sb_ledger_book_read_sheet (book, 1, &error);
  g_assert_no_error (error);
  assert_cell (sheet, 1, 1, SB_LEDGER_CELL_NUMBER, "3");
  assert_cell (sheet, 1, 2, SB_LEDGER_CELL_EMPTY, NULL);
  assert_cell (sheet, 1, 3, SB_LEDGER_CELL_NUMBER, "12");
  g_free (first);
}

/* ---- CSV ----------------------------------------------------------------- */

static const char csv_text[] =
  "合同编号,客户,合同金额,备注\r\n"
  "HT-1,\"大连某某, 有限公司\",\"1,234.56\",\"两行\n备注\"\r\n"
  "\r\n"
  "HT-2,Acme,123.4万,\"说 \"\"好\"\"\"\r\n";

static void
check_csv (const char *path, const char *encoding, gboolean guessed, const SbLedgerOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = sb_ledger_book_open (path, options, &error);
  g_autoptr(SbLedgerSheet) sheet = NULL;
  gboolean was_guessed;

  g_assert_no_error (error);
  g_assert_cmpint (sb_ledger_book_get_format (book), ==, SB_LEDGER_FORMAT_CSV);
  g_assert_cmpstr (sb_ledger_book_get_encoding (book, &was_guessed), ==, encoding);
  g_assert_cmpint (was_guessed, ==, guessed);
  g_assert_cmpint (sb_ledger_book_get_separator (book), ==, ',');
  sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sb_ledger_sheet_get_n_rows (sheet), ==, 3);
  assert_cell (sheet, 1, 0, SB_LEDGER_CELL_TEXT, "合同编号");
  assert_cell (sheet, 2, 1, SB_LEDGER_CELL_TEXT, "大连某某, 有限公司");
  assert_cell (sheet, 2, 2, SB_LEDGER_CELL_TEXT, "1,234.56");
  assert_cell (sheet, 2, 3, SB_LEDGER_CELL_TEXT, "两行\n备注");
  assert_cell (sheet, 4, 0, SB_LEDGER_CELL_TEXT, "HT-2");
  assert_cell (sheet, 4, 2, SB_LEDGER_CELL_TEXT, "123.4万");
  assert_cell (sheet, 4, 3, SB_LEDGER_CELL_TEXT, "说 \"好\"");
}

static void
test_csv_encodings (void)
{
  struct { const char *name, *encoding, *reported; gboolean bom, guessed; } cases[] = {
    { "utf8.csv", "UTF-8", "UTF-8", FALSE, FALSE },
    { "utf8bom.csv", "UTF-8", "UTF-8", TRUE, FALSE },
    { "utf16.csv", "UTF-16LE", "UTF-16LE", TRUE, FALSE },
    { "utf16nobom.txt", "UTF-16LE", "UTF-16LE", FALSE, TRUE },
    { "gb18030.csv", "GB18030", "GB18030", FALSE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = tmp_path (cases[i].name);

      g_test_message ("%s", cases[i].name);
      fixture_write_text (path, csv_text, cases[i].encoding, cases[i].bom);
      check_csv (path, cases[i].reported, cases[i].guessed, NULL);
    }
}

static void
test_csv_override (void)
{
  g_autofree char *path = tmp_path ("gbk-short.csv");
  SbLedgerOptions gb = { .encoding = "gb18030" };
  SbLedgerOptions wrong = { .encoding = "UTF-8" };

  fixture_write_text (path, csv_text, "GB18030", FALSE);
  check_csv (path, "GB18030", FALSE, &gb);
  assert_refused (path, &wrong, SB_LEDGER_ERROR_ENCODING);
}

static void
test_csv_separators (void)
{
  g_autofree char *semi = tmp_path ("semi.csv");
  g_autofree char *tab = tmp_path ("tab.txt");
  g_autoptr(SbLedgerSheet) s1 = NULL;
  g_autoptr(SbLedgerSheet) s2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = NULL;
  SbLedgerOptions forced = { .separator = ',' };

  fixture_write_text (semi, "no;amount;note\nA;1,5;x, y\nB;2,5;z\n", "UTF-8", FALSE);
  s1 = read_sheet (semi, 0, NULL);
  assert_cell (s1, 2, 1, SB_LEDGER_CELL_TEXT, "1,5");
  assert_cell (s1, 2, 2, SB_LEDGER_CELL_TEXT, "x, y");
  fixture_write_text (tab, "no\tamount\nA\t1,234\n", "UTF-8", FALSE);
  book = sb_ledger_book_open (tab, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_ledger_book_get_separator (book), ==, '\t');
  s2 = read_sheet (tab, 0, &forced);
  assert_cell (s2, 2, 0, SB_LEDGER_CELL_TEXT, "A\t1");
}

/* ---- bad files ----------------------------------------------------------- */

static void
test_bad_files (void)
{
  g_autofree char *good = tmp_path ("good.xlsx");
  g_autofree char *cut = tmp_path ("cut.xlsx");
  g_autofree char *pdf = tmp_path ("report.xlsx");
  g_autofree char *noise = tmp_path ("noise.csv");
  g_autofree char *docx = tmp_path ("letter.xlsx");
  g_autofree char *locked = tmp_path ("locked.xlsx");
  g_autofree char *badxml = tmp_path ("badxml.xlsx");
  g_autofree char *badsst = tmp_path ("badsst.xlsx");
  g_autofree char *empty = tmp_path ("empty.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  guint8 junk[4096];
  static const char * const doc_parts[] = { "word/document.xml", "<w/>", NULL };
  g_autoptr(SbLedgerBook) book = NULL;

  fixture_write_xlsx_parts (good, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", NULL, FALSE, NULL);
  g_assert_true (g_file_get_contents (good, &contents, &size, NULL));
  /* cut at every tenth of the file: an error, never a crash */
  for (guint k = 1; k < 10; k++)
    {
      g_autoptr(GError) e = NULL;
      g_autoptr(SbLedgerBook) b = NULL;
      g_autoptr(SbLedgerSheet) s = NULL;

      g_assert_true (g_file_set_contents (cut, contents, size * k / 10, NULL));
      b = sb_ledger_book_open (cut, NULL, &e);
      if (b != NULL)
        s = sb_ledger_book_read_sheet (b, 0, &e);
      g_assert_true (b == NULL || s == NULL);
      g_assert_nonnull (e);
    }

  {
    static const char bytes[] = "%PDF-1.4\n\x01\x02\x03\x00\x00 binary";

    g_assert_true (g_file_set_contents (pdf, bytes, sizeof bytes - 1, NULL));
  }
  assert_refused (pdf, NULL, SB_LEDGER_ERROR_NOT_SPREADSHEET);
  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (i * 7919) % 251;
  g_assert_true (g_file_set_contents (noise, (const char *) junk, sizeof junk, NULL));
  g_assert_null (sb_ledger_book_open (noise, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  fixture_write_zip (docx, doc_parts);
  assert_refused (docx, NULL, SB_LEDGER_ERROR_NOT_SPREADSHEET);
  fixture_write_encrypted (locked);
  assert_refused (locked, NULL, SB_LEDGER_ERROR_PROTECTED);
  fixture_write_xlsx_parts (badxml, "<row r=\"1\"><c r=\"A1\"><v>1</v></row>", NULL, FALSE, NULL);
  assert_refused (badxml, NULL, SB_LEDGER_ERROR_DAMAGED);
  fixture_write_xlsx_parts (badsst, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", NULL,
                            FALSE, NULL);
  assert_refused (badsst, NULL, SB_LEDGER_ERROR_DAMAGED);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  book = sb_ledger_book_open (empty, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(SbLedgerSheet) s = sb_ledger_book_read_sheet (book, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (sb_ledger_sheet_get_n_rows (s), ==, 0);
  }
}

/* A sheet part of 32 MiB that deflates to a few dozen KiB, against a limit
 * of 8 MiB a part; rows and cells beyond their limits. */
static void
test_limits (void)
{
  g_autofree char *bomb = tmp_path ("bomb.xlsx");
  g_autofree char *many = tmp_path ("many.csv");
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GString) csv = g_string_new (NULL);
  SbLedgerLimits small = *sb_ledger_limits_default ();
  SbLedgerOptions options = { .limits = &small };

  /* a sheet of 200 MB is refused by default */
  g_assert_cmpuint (sb_ledger_limits_default ()->max_part_bytes, <, 200 * 1000 * 1000);
  small.max_part_bytes = 8 * 1024 * 1024;
  for (guint i = 0; rows->len < 32 * 1024 * 1024; i++)
    g_string_append (rows, "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>");
  fixture_write_xlsx_parts (bomb, rows->str, NULL, FALSE, NULL);
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (bomb, &st), ==, 0);
    g_assert_cmpint (st.st_size, <, 1024 * 1024);
  }
  assert_refused (bomb, &options, SB_LEDGER_ERROR_TOO_LARGE);

  for (guint i = 0; i < 2000; i++)
    g_string_append (csv, "a,b,c\n");
  fixture_write_text (many, csv->str, "UTF-8", FALSE);
  small = *sb_ledger_limits_default ();
  small.max_rows = 1000;
  assert_refused (many, &options, SB_LEDGER_ERROR_TOO_LARGE);
  small = *sb_ledger_limits_default ();
  small.max_cells = 5000;
  assert_refused (many, &options, SB_LEDGER_ERROR_TOO_LARGE);
  small = *sb_ledger_limits_default ();
  small.max_file_bytes = 1000;
  assert_refused (many, &options, SB_LEDGER_ERROR_TOO_LARGE);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gsf_init ();
  tmpdir = g_dir_make_tmp ("test-ledger-XXXXXX", NULL);
  g_test_add_func ("/ledger/read/xlsx", test_xlsx_libxlsxwriter);
  g_test_add_func ("/ledger/read/xlsx-parts", test_xlsx_parts);
  g_test_add_func ("/ledger/read/serials", test_serials);
  g_test_add_func ("/ledger/read/xls", test_xls);
  g_test_add_func ("/ledger/read/csv-encodings", test_csv_encodings);
  g_test_add_func ("/ledger/read/csv-override", test_csv_override);
  g_test_add_func ("/ledger/read/csv-separators", test_csv_separators);
  g_test_add_func ("/ledger/read/bad-files", test_bad_files);
  g_test_add_func ("/ledger/read/limits", test_limits);
  status = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);

        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  gsf_shutdown ();
  return status;
}
