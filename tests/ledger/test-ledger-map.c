/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ledger-map.c: headers and columns guessed, values read as clerks
 * write them, row errors, proposals, duplicates, and the rows put into a
 * company (sb-ledger-map.h, sb-ledger-apply.h). */
#include <glib/gstdio.h>
#include <string.h>

#include "ledger-fixtures.h"
#include "sb-certification-row.h"
#include "sb-ledger-apply.h"
#include "sb-ledger-map.h"
#include "sb-receipt-row.h"
#include "sb-trade-fund-application.h"

static char *tmpdir;
static guint serial;

static const SbLedgerCategory catalogue[] = {
  { "ITO.software_dev", "软件研发及开发服务" },
  { "ITO.software_tech_service", "软件技术服务" },
  { "BPO.data_processing", "数据处理服务" },
};

static SbLedgerSheet *
sheet_of (const char *csv)
{
  g_autofree char *name = g_strdup_printf ("sheet%u.csv", serial++);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbLedgerBook) book = NULL;
  SbLedgerSheet *sheet;

  fixture_write_text (path, csv, "UTF-8", FALSE);
  book = sb_ledger_book_open (path, NULL, &error);
  g_assert_no_error (error);
  sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return sheet;
}

static int
column (const SbLedgerMapping *m, const char *key)
{
  return m->columns[sb_ledger_kind_find_field (m->kind, key)];
}

static const SbLedgerValue *
value_of (SbLedgerParse *parse, guint record, const char *key)
{
  SbLedgerRecord *r = g_ptr_array_index (parse->records, record);

  return &r->values[sb_ledger_kind_find_field (parse->kind, key)];
}

static const char contracts_csv[] =
  "2024年技术服务合同台账,,,,,,\n"
  "序号,合同编号,合同名称,客户名称,国家/地区,合同金额（元）,本年收入\n"
  "1,HT-001,软件研发外包,Acme Inc.,美国,\"1,234.56\",123.4万\n"
  "2,HT-002,数据处理,大连某公司,中国,(5.00),US$7\n"
  ",,,,,,\n"
  "3,HT-003,咨询,Foo,日本,\"12,3a\",\n"
  "合计,,,,,1240.56,\n";

static void
test_guess_contracts (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (contracts_csv);
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  g_autofree char *label = NULL;

  g_assert_cmpint (m->header, ==, 1);
  g_assert_cmpint (column (m, "no"), ==, 1);
  g_assert_cmpint (column (m, "name"), ==, 2);
  g_assert_cmpint (column (m, "client"), ==, 3);
  g_assert_cmpint (column (m, "client_country"), ==, 4);
  g_assert_cmpint (column (m, "amount"), ==, 5);
  g_assert_cmpint (column (m, "revenue"), ==, 6);
  g_assert_cmpint (column (m, "offshore"), ==, -1);
  g_assert_cmpint (column (m, "category"), ==, -1);
  label = sb_ledger_mapping_column_label (m, sheet, 5);
  g_assert_cmpstr (label, ==, "合同金额（元）");
  {
    /* a title merged over the whole table is no group header */
    g_autoptr(SbLedgerSheet) titled = sheet_of ("2024年合同台账,2024年合同台账\n合同编号,合同金额\nA,1\n");
    g_autoptr(SbLedgerMapping) mt = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, titled);
    g_autofree char *first = sb_ledger_mapping_column_label (mt, titled, 0);

    g_assert_cmpstr (first, ==, "合同编号");
  }
}

static void
test_guess_english (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (
    "Contract No.,Customer,Country,Contract Amount,Revenue,Category\n"
    "C-1,Acme,US,100,50,软件技术服务\n");
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);

  g_assert_cmpint (m->header, ==, 0);
  g_assert_cmpint (column (m, "no"), ==, 0);
  g_assert_cmpint (column (m, "client"), ==, 1);
  g_assert_cmpint (column (m, "client_country"), ==, 2);
  g_assert_cmpint (column (m, "amount"), ==, 3);
  g_assert_cmpint (column (m, "revenue"), ==, 4);
  g_assert_cmpint (column (m, "category"), ==, 5);
}

/* a header over two rows: 月初 / 月末 over 人数, 大专以上, 科技人员 */
static void
test_guess_staff_two_rows (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (
    "月份,月初,月初,月初,月末,月末,月末\n"
    ",人数,大专以上,科技人员,人数,大专以上,科技人员\n"
    "2024年1月,100,80,30,102,81,31\n"
    "2,102,81,31,104,83,32\n");
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_STAFF, sheet);
  g_autoptr(SbLedgerParse) parse = NULL;

  g_assert_cmpint (m->header, ==, 1);
  g_assert_cmpint (column (m, "month"), ==, 0);
  g_assert_cmpint (column (m, "total_start"), ==, 1);
  g_assert_cmpint (column (m, "degree_start"), ==, 2);
  g_assert_cmpint (column (m, "st_start"), ==, 3);
  g_assert_cmpint (column (m, "total_end"), ==, 4);
  g_assert_cmpint (column (m, "degree_end"), ==, 5);
  g_assert_cmpint (column (m, "st_end"), ==, 6);
  parse = sb_ledger_parse (m, sheet, FALSE, NULL, 0);
  g_assert_cmpuint (parse->records->len, ==, 2);
  g_assert_cmpuint (parse->n_errors, ==, 0);
  g_assert_cmpint (value_of (parse, 0, "month")->number, ==, 1);
  g_assert_cmpint (value_of (parse, 1, "month")->number, ==, 2);
  g_assert_cmpint (value_of (parse, 1, "st_end")->number, ==, 32);
}

static void
test_parse_contracts (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (contracts_csv);
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  g_autoptr(SbLedgerParse) parse = sb_ledger_parse (m, sheet, FALSE, catalogue,
                                                    G_N_ELEMENTS (catalogue));
  SbLedgerRecord *r;

  g_assert_cmpuint (parse->records->len, ==, 3);      /* the blank and the total row skipped */
  g_assert_cmpuint (parse->n_totals, ==, 1);
  g_assert_cmpint (value_of (parse, 0, "amount")->number, ==, 123456);
  g_assert_cmpint (value_of (parse, 0, "revenue")->number, ==, 123400000);
  g_assert_cmpint (value_of (parse, 1, "revenue")->number, ==, 700);
  /* a negative contract amount and a typo: errors of their rows */
  g_assert_cmpuint (parse->n_errors, ==, 2);
  r = g_ptr_array_index (parse->records, 1);
  g_assert_cmpuint (r->errors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (r->errors, 0), ==,
                   "Row 4, Contract amount: “(5.00)” (The amount cannot be negative)");
  r = g_ptr_array_index (parse->records, 2);
  g_assert_cmpuint (r->number, ==, 6);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (r->errors, 0),
                                   "Row 6, Contract amount: “12,3a” ("));
  g_assert_false (value_of (parse, 2, "amount")->present);
  g_assert_cmpstr (value_of (parse, 2, "no")->text, ==, "HT-003");
  /* proposals: abroad → offshore, China → not; the business by its name */
  r = g_ptr_array_index (parse->records, 0);
  g_assert_cmpint (r->offshore_proposed, ==, 1);
  g_assert_cmpstr (r->category_proposed, ==, "ITO.software_dev");
  r = g_ptr_array_index (parse->records, 1);
  g_assert_cmpint (r->offshore_proposed, ==, 0);
  g_assert_cmpstr (r->category_proposed, ==, "BPO.data_processing");
  r = g_ptr_array_index (parse->records, 2);
  g_assert_cmpint (r->offshore_proposed, ==, 1);
  g_assert_null (r->category_proposed);                 /* 咨询 matches nothing */
}

/* a value corrected in the preview: the row reads again without error */
static void
test_correct_cell (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (contracts_csv);
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  g_autoptr(SbLedgerParse) before = sb_ledger_parse (m, sheet, FALSE, NULL, 0);
  g_autoptr(SbLedgerParse) after = NULL;

  g_assert_cmpuint (before->n_errors, ==, 2);
  g_assert_cmpstr (sb_ledger_row_get_text (sb_ledger_sheet_find_row (sheet, 6), 5), ==, "12,3a");
  g_assert_true (sb_ledger_sheet_set_text (sheet, 6, 5, "12,300"));
  g_assert_false (sb_ledger_sheet_set_text (sheet, 99, 5, "1"));
  after = sb_ledger_parse (m, sheet, FALSE, NULL, 0);
  g_assert_cmpuint (after->n_errors, ==, 1);
  g_assert_cmpint (value_of (after, 2, "amount")->number, ==, 1230000);
  /* a cell beyond the row's last one */
  g_assert_true (sb_ledger_sheet_set_text (sheet, 6, 6, "5"));
  g_clear_pointer (&after, sb_ledger_parse_free);
  after = sb_ledger_parse (m, sheet, FALSE, NULL, 0);
  g_assert_cmpint (value_of (after, 2, "revenue")->number, ==, 500);
}

static void
test_values (void)
{
  static const SbLedgerField money = { "m", "m", SB_LEDGER_VALUE_MONEY, NULL, NULL };
  static const SbLedgerField date = { "d", "d", SB_LEDGER_VALUE_DATE, NULL, NULL };
  static const SbLedgerField count = { "c", "c", SB_LEDGER_VALUE_COUNT, NULL, NULL };
  static const SbLedgerField month = { "mo", "mo", SB_LEDGER_VALUE_MONTH, NULL, NULL };
  static const SbLedgerField tri = { "t", "t", SB_LEDGER_VALUE_TRI, NULL, NULL };
  static const struct
  {
    const SbLedgerField *field;
    SbLedgerCellKind kind;
    const char *text;
    gboolean ok;
    gint64 number;     /* money, counts, months, tri; dates as YYYYMMDD */
  } cases[] = {
    { &money, SB_LEDGER_CELL_NUMBER, "1234.5600000000001", TRUE, 123456 },
    { &money, SB_LEDGER_CELL_NUMBER, "0.30000000000000004", TRUE, 30 },
    { &money, SB_LEDGER_CELL_NUMBER, "1.5E3", TRUE, 150000 },
    { &money, SB_LEDGER_CELL_NUMBER, "0.125", TRUE, 13 },          /* half away from zero */
    { &money, SB_LEDGER_CELL_NUMBER, "9.995", TRUE, 1000 },
    { &money, SB_LEDGER_CELL_NUMBER, "-5", FALSE, 0 },
    { &money, SB_LEDGER_CELL_TEXT, "¥1,234.56", TRUE, 123456 },
    { &money, SB_LEDGER_CELL_TEXT, "123.4万", TRUE, 123400000 },
    { &money, SB_LEDGER_CELL_TEXT, "US$ 1,000", TRUE, 100000 },
    { &money, SB_LEDGER_CELL_TEXT, "12.345", FALSE, 0 },           /* typed finer than a fen */
    { &money, SB_LEDGER_CELL_TEXT, "12,3a", FALSE, 0 },
    { &money, SB_LEDGER_CELL_DATE, "2024-03-05", FALSE, 0 },
    { &money, SB_LEDGER_CELL_ERROR, "#VALUE!", FALSE, 0 },
    { &date, SB_LEDGER_CELL_DATE, "2024-03-05", TRUE, 20240305 },
    { &date, SB_LEDGER_CELL_NUMBER, "45356", TRUE, 20240305 },     /* a day number */
    { &date, SB_LEDGER_CELL_NUMBER, "20240305", TRUE, 20240305 },
    { &date, SB_LEDGER_CELL_NUMBER, "12", FALSE, 0 },              /* 1900: no ledger date */
    { &date, SB_LEDGER_CELL_TEXT, "2024/3/5", TRUE, 20240305 },
    { &date, SB_LEDGER_CELL_TEXT, "2024年3月5日", TRUE, 20240305 },
    { &date, SB_LEDGER_CELL_TEXT, "2024-02-30", FALSE, 0 },
    { &count, SB_LEDGER_CELL_NUMBER, "12", TRUE, 12 },
    { &count, SB_LEDGER_CELL_NUMBER, "12.0", TRUE, 12 },
    { &count, SB_LEDGER_CELL_NUMBER, "12.5", FALSE, 0 },
    { &count, SB_LEDGER_CELL_TEXT, "-3", FALSE, 0 },
    { &month, SB_LEDGER_CELL_NUMBER, "3", TRUE, 3 },
    { &month, SB_LEDGER_CELL_TEXT, "3月", TRUE, 3 },
    { &month, SB_LEDGER_CELL_TEXT, "03月份", TRUE, 3 },
    { &month, SB_LEDGER_CELL_TEXT, "2024-03", TRUE, 3 },
    { &month, SB_LEDGER_CELL_TEXT, "2024年12月", TRUE, 12 },
    { &month, SB_LEDGER_CELL_DATE, "2024-07-01", TRUE, 7 },
    { &month, SB_LEDGER_CELL_TEXT, "13", FALSE, 0 },
    { &month, SB_LEDGER_CELL_TEXT, "三月", FALSE, 0 },
    { &tri, SB_LEDGER_CELL_TEXT, "是", TRUE, 1 },
    { &tri, SB_LEDGER_CELL_TEXT, " Y ", TRUE, 1 },
    { &tri, SB_LEDGER_CELL_TEXT, "否", TRUE, 0 },
    { &tri, SB_LEDGER_CELL_BOOL, "FALSE", TRUE, 0 },
    { &tri, SB_LEDGER_CELL_TEXT, "也许", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SbLedgerCell cell = { cases[i].kind, (char *) cases[i].text };
      SbLedgerValue v;
      g_autofree char *message = NULL;
      gboolean ok;

      g_test_message ("%s %s", cases[i].field->key, cases[i].text);
      ok = sb_ledger_read_value (cases[i].field, &cell, FALSE, &v, &message);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        {
          g_assert_nonnull (message);
          sb_ledger_value_clear (&v);
          continue;
        }
      g_assert_true (v.present);
      if (cases[i].field->type == SB_LEDGER_VALUE_DATE)
        {
          g_autofree char *text = sb_date_format (v.date);
          g_autofree char *want = g_strdup_printf ("%04d-%02d-%02d", (int) (cases[i].number / 10000),
                                                   (int) (cases[i].number / 100 % 100),
                                                   (int) (cases[i].number % 100));

          g_assert_cmpstr (text, ==, want);
        }
      else
        g_assert_cmpint (v.number, ==, cases[i].number);
      sb_ledger_value_clear (&v);
    }
  {
    /* the 1904 system moves day numbers by 1,462 days */
    SbLedgerCell cell = { SB_LEDGER_CELL_NUMBER, "43894" };
    SbLedgerValue v;
    g_autofree char *text = NULL;

    g_assert_true (sb_ledger_read_value (&date, &cell, TRUE, &v, NULL));
    text = sb_date_format (v.date);
    g_assert_cmpstr (text, ==, "2024-03-05");
    sb_ledger_value_clear (&v);
  }
}

static void
test_mapping_by_hand (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (contracts_csv);
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  g_autoptr(SbLedgerMapping) back = sb_ledger_mapping_new (SB_LEDGER_CONTRACTS);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *layout2 = NULL;

  g_assert_true (sb_ledger_mapping_set (m, sheet, "revenue", "合同金额（元）", &error));
  g_assert_no_error (error);
  g_assert_cmpint (column (m, "revenue"), ==, 5);
  g_assert_cmpint (column (m, "amount"), ==, -1);    /* one field a column */
  g_assert_true (sb_ledger_mapping_set (m, sheet, "amount", "G", &error));
  g_assert_cmpint (column (m, "amount"), ==, 6);
  g_assert_true (sb_ledger_mapping_set (m, sheet, "Contract name", "-", &error));
  g_assert_cmpint (column (m, "name"), ==, -1);
  g_assert_false (sb_ledger_mapping_set (m, sheet, "colour", "A", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "no, name, client"));
  g_clear_error (&error);
  g_assert_false (sb_ledger_mapping_set (m, sheet, "no", "不存在", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);

  text = sb_ledger_mapping_to_string (m);
  g_assert_cmpstr (text, ==, "header=1;no=B;client=D;client_country=E;amount=G;revenue=F");
  g_assert_true (sb_ledger_mapping_from_string (back, text));
  g_assert_cmpint (back->header, ==, 1);
  g_assert_cmpmem (back->columns, sizeof (int) * back->n_fields, m->columns, sizeof (int) * m->n_fields);
  g_assert_false (sb_ledger_mapping_from_string (back, "header=1;colour=A"));
  /* the layout is the headers', whatever the mapping */
  layout = sb_ledger_mapping_layout (m, sheet);
  sb_ledger_mapping_set_header (m, sheet, 1);
  layout2 = sb_ledger_mapping_layout (m, sheet);
  g_assert_cmpstr (layout, ==, layout2);
}

/* ---- into a company ------------------------------------------------------- */

static SbEnterprise *
company_with_contract (void)
{
  SbEnterprise *company = sb_enterprise_new ();
  g_autoptr(SbFiscalYear) year = sb_fiscal_year_new (2024);
  g_autoptr(SbContractRow) row = sb_contract_row_new ();

  g_object_set (row, "no", "HT-001", "name", "旧名称", "amount", (gint64) 100, NULL);
  sb_fiscal_year_add_contract (year, row);
  sb_enterprise_add_year (company, year);
  return company;
}

static void
test_apply_contracts (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of (contracts_csv);
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  g_autoptr(SbLedgerParse) parse = sb_ledger_parse (m, sheet, FALSE, catalogue,
                                                    G_N_ELEMENTS (catalogue));
  SbLedgerTarget target = { .year = 2024, .duplicates = SB_LEDGER_DUPLICATES_REPLACE };
  SbLedgerOutcome outcome;
  g_autoptr(GError) error = NULL;

  for (guint policy = 0; policy < 3; policy++)
    {
      g_autoptr(SbEnterprise) company = company_with_contract ();
      g_autoptr(SbContractRow) first = NULL;
      GListModel *contracts = sb_fiscal_year_get_contracts (sb_enterprise_find_year (company, 2024));
      g_autofree char *name = NULL;
      gint64 amount = 0;
      int offshore = 5;

      target.duplicates = policy;
      target.skip_bad = FALSE;
      g_assert_cmpuint (sb_ledger_mark_duplicates (parse, company, NULL, &target), ==, 1);
      g_assert_true (((SbLedgerRecord *) g_ptr_array_index (parse->records, 0))->duplicate);
      /* rows with errors: nothing is imported unless they are skipped */
      g_assert_false (sb_ledger_apply (parse, company, &target, &outcome, &error));
      g_assert_nonnull (strstr (error->message, "2 rows have errors"));
      g_clear_error (&error);
      g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 1);

      target.skip_bad = TRUE;
      target.accept_proposals = policy == SB_LEDGER_DUPLICATES_KEEP_BOTH;
      g_assert_true (sb_ledger_apply (parse, company, &target, &outcome, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (outcome.skipped_bad, ==, 2);
      first = g_list_model_get_item (contracts, 0);
      g_object_get (first, "name", &name, "amount", &amount, "offshore", &offshore, NULL);
      switch (policy)
        {
        case SB_LEDGER_DUPLICATES_REPLACE:
          g_assert_cmpuint (outcome.replaced, ==, 1);
          g_assert_cmpuint (outcome.added, ==, 0);
          g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 1);
          g_assert_cmpstr (name, ==, "软件研发外包");
          g_assert_cmpint (amount, ==, 123456);
          g_assert_cmpint (offshore, ==, -1);      /* proposals not accepted: not set */
          break;
        case SB_LEDGER_DUPLICATES_KEEP_BOTH:
          {
            g_autoptr(SbContractRow) second = NULL;
            g_autofree char *category = NULL;

            g_assert_cmpuint (outcome.added, ==, 1);
            g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
            g_assert_cmpstr (name, ==, "旧名称");
            second = g_list_model_get_item (contracts, 1);
            g_object_get (second, "offshore", &offshore, "category", &category, NULL);
            g_assert_cmpint (offshore, ==, 1);
            g_assert_cmpstr (category, ==, "ITO.software_dev");
            g_assert_cmpuint (outcome.proposals_applied, ==, 2);
            break;
          }
        case SB_LEDGER_DUPLICATES_SKIP:
          g_assert_cmpuint (outcome.skipped_duplicates, ==, 1);
          g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 1);
          g_assert_cmpstr (name, ==, "旧名称");
          break;
        }
    }
  {
    /* a year the company lacks is added */
    g_autoptr(SbEnterprise) company = sb_enterprise_new ();
    SbLedgerTarget y2025 = { .year = 2025, .skip_bad = TRUE };
    SbLedgerTarget none = { .year = 0, .skip_bad = TRUE };

    g_assert_false (sb_ledger_apply (parse, company, &none, &outcome, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (sb_ledger_apply (parse, company, &y2025, &outcome, &error));
    g_assert_cmpuint (outcome.added, ==, 1);
    g_assert_nonnull (sb_enterprise_find_year (company, 2025));
  }
}

/* a contract the file has twice: the second row is its duplicate */
static void
test_apply_twice_in_file (void)
{
  g_autoptr(SbLedgerSheet) sheet = sheet_of ("合同编号,合同金额\nD-1,100\nD-2,200\nD-1,300\n");
  g_autoptr(SbLedgerMapping) m = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);

  for (guint policy = 0; policy < 3; policy++)
    {
      g_autoptr(SbLedgerParse) parse = sb_ledger_parse (m, sheet, FALSE, NULL, 0);
      g_autoptr(SbEnterprise) company = sb_enterprise_new ();
      SbLedgerTarget target = { .year = 2024, .duplicates = policy };
      SbLedgerOutcome outcome;
      GListModel *contracts;
      g_autoptr(SbContractRow) first = NULL;
      gint64 amount = 0;

      g_assert_cmpuint (sb_ledger_mark_duplicates (parse, company, NULL, &target), ==, 1);
      g_assert_true (((SbLedgerRecord *) g_ptr_array_index (parse->records, 2))->duplicate);
      g_assert_true (sb_ledger_apply (parse, company, &target, &outcome, NULL));
      contracts = sb_fiscal_year_get_contracts (sb_enterprise_find_year (company, 2024));
      first = g_list_model_get_item (contracts, 0);
      g_object_get (first, "amount", &amount, NULL);
      switch (policy)
        {
        case SB_LEDGER_DUPLICATES_REPLACE:
          g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
          g_assert_cmpuint (outcome.replaced, ==, 1);
          g_assert_cmpint (amount, ==, 30000);     /* the later row wins */
          break;
        case SB_LEDGER_DUPLICATES_KEEP_BOTH:
          g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 3);
          break;
        case SB_LEDGER_DUPLICATES_SKIP:
          g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
          g_assert_cmpuint (outcome.skipped_duplicates, ==, 1);
          g_assert_cmpint (amount, ==, 10000);
          break;
        }
    }
}

static void
test_apply_staff_and_rd (void)
{
  g_autoptr(SbLedgerSheet) staff = sheet_of ("月份,月初人数,月末人数,大专以上,大专以上\n1,10,11,8,9\n2,11,12,9,10\n");
  g_autoptr(SbLedgerSheet) lines = sheet_of (
    "日期,凭证号,费用类别,金额\n"
    "2024-01-31,记-1,人员人工费用,\"10,000.00\"\n"
    "2024-02-28,记-9,人员人工费用,\"(1,000.00)\"\n"
    "2024-03-31,记-20,折旧费用,500\n"
    "2024-03-31,记-21,委托外部研究开发费用,2000\n");
  g_autoptr(SbLedgerSheet) wide = sheet_of ("项目,人员人工费用,直接投入费用,其他相关费用\nA,100,50,1\nB,200,,2\n");
  g_autoptr(SbLedgerMapping) ms = sb_ledger_mapping_guess (SB_LEDGER_STAFF, staff);
  g_autoptr(SbLedgerMapping) ml = sb_ledger_mapping_guess (SB_LEDGER_RD_LEDGER, lines);
  g_autoptr(SbLedgerMapping) mw = sb_ledger_mapping_guess (SB_LEDGER_RD_LEDGER, wide);
  g_autoptr(SbLedgerParse) ps = sb_ledger_parse (ms, staff, FALSE, NULL, 0);
  g_autoptr(SbLedgerParse) pl = sb_ledger_parse (ml, lines, FALSE, NULL, 0);
  g_autoptr(SbLedgerParse) pw = sb_ledger_parse (mw, wide, FALSE, NULL, 0);
  g_autoptr(SbEnterprise) company = sb_enterprise_new ();
  SbLedgerTarget target = { .year = 2024 };
  SbLedgerOutcome outcome;
  g_autoptr(GError) error = NULL;
  SbFiscalYear *year;
  SbStaffMonthRow *feb;
  gint64 degree_end = 0;

  g_assert_cmpint (column (ms, "degree_start"), ==, 3);
  g_assert_cmpint (column (ms, "degree_end"), ==, 4);
  g_assert_true (sb_ledger_apply (ps, company, &target, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outcome.added, ==, 2);
  year = sb_enterprise_find_year (company, 2024);
  feb = sb_fiscal_year_find_staff_month (year, 2);
  g_object_get (feb, "degree-end", &degree_end, NULL);
  g_assert_cmpint (degree_end, ==, 10);
  /* a month again: replaced, never doubled */
  g_assert_true (sb_ledger_apply (ps, company, &target, &outcome, &error));
  g_assert_cmpuint (outcome.replaced, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sb_fiscal_year_get_staff_months (year)), ==, 2);

  g_assert_cmpint (column (ml, "category"), ==, 2);
  g_assert_cmpint (column (ml, "amount"), ==, 3);
  g_assert_cmpuint (pl->n_errors, ==, 0);
  g_assert_true (sb_ledger_apply (pl, company, &target, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_PERSONNEL), ==, 900000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_DEPRECIATION), ==, 50000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_OUTSOURCED), ==, 200000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_DIRECT), ==, 0);
  /* columns by category, added to the ledger there is (keep both) */
  target.duplicates = SB_LEDGER_DUPLICATES_KEEP_BOTH;
  g_assert_cmpuint (sb_ledger_mark_duplicates (pw, company, NULL, &target), ==, 2);
  g_assert_true (sb_ledger_apply (pw, company, &target, &outcome, &error));
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_PERSONNEL), ==, 900000 + 30000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_DIRECT), ==, 5000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_OTHER), ==, 300);
  target.duplicates = SB_LEDGER_DUPLICATES_REPLACE;
  g_assert_true (sb_ledger_apply (pw, company, &target, &outcome, &error));
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_PERSONNEL), ==, 30000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (year, SB_RD_OUTSOURCED), ==, 0);
}

static void
test_apply_trade_fund (void)
{
  g_autoptr(SbLedgerSheet) receipts = sheet_of (
    "合同编号,收汇日期,币种,收汇金额,凭证号\n"
    "HT-1,2024-03-05,USD,\"1,000.00\",记-1\n"
    "HT-1,2024-04-05,USD,500,记-2\n");
  g_autoptr(SbLedgerSheet) certs = sheet_of ("认证名称,类型,发票日期,认证费用\nCMMI,新申请,2024-05-06,\"80,000\"\n");
  g_autoptr(SbLedgerSheet) firms = sheet_of ("企业名称,统一社会信用代码,服务内容\n甲公司,91210200MA0000001X,测试\n乙公司,,培训\n");
  g_autoptr(SbLedgerMapping) mr = sb_ledger_mapping_guess (SB_LEDGER_RECEIPTS, receipts);
  g_autoptr(SbLedgerMapping) mc = sb_ledger_mapping_guess (SB_LEDGER_CERTIFICATIONS, certs);
  g_autoptr(SbLedgerMapping) mf = sb_ledger_mapping_guess (SB_LEDGER_FIRMS, firms);
  g_autoptr(SbLedgerParse) pr = sb_ledger_parse (mr, receipts, FALSE, NULL, 0);
  g_autoptr(SbLedgerParse) pc = sb_ledger_parse (mc, certs, FALSE, NULL, 0);
  g_autoptr(SbLedgerParse) pf = sb_ledger_parse (mf, firms, FALSE, NULL, 0);
  g_autoptr(SbEnterprise) company = sb_enterprise_new ();
  g_autoptr(SbTradeFundApplication) tf = sb_trade_fund_application_new ();
  g_autoptr(SbDossier) dossier = NULL;
  SbLedgerTarget target = { .duplicates = SB_LEDGER_DUPLICATES_SKIP };
  SbLedgerOutcome outcome;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  SbPlatform *platform;

  /* no claim: said so, nothing added */
  g_assert_false (sb_ledger_apply (pr, company, &target, &outcome, &error));
  g_assert_nonnull (strstr (error->message, "trade-fund claim"));
  g_clear_error (&error);

  sb_enterprise_set_trade_fund (company, tf);
  g_assert_true (sb_ledger_apply (pr, company, &target, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outcome.added, ==, 2);
  list = sb_trade_fund_application_get_receipts (tf);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  /* the same vouchers again: skipped */
  g_assert_cmpuint (sb_ledger_mark_duplicates (pr, company, NULL, &target), ==, 2);
  g_assert_true (sb_ledger_apply (pr, company, &target, &outcome, &error));
  g_assert_cmpuint (outcome.skipped_duplicates, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  g_assert_true (sb_ledger_apply (pc, company, &target, &outcome, &error));
  g_assert_cmpuint (g_list_model_get_n_items (sb_trade_fund_application_get_certifications (tf)), ==, 1);
  {
    g_autoptr(SbCertificationRow) row = g_list_model_get_item (
      sb_trade_fund_application_get_certifications (tf), 0);
    gint64 fee = 0;
    g_autofree char *kind = NULL;

    g_object_get (row, "fee", &fee, "kind", &kind, NULL);
    g_assert_cmpint (fee, ==, 8000000);
    g_assert_cmpstr (kind, ==, "新申请");
  }

  dossier = sb_enterprise_to_dossier (company);
  target.platform = SB_PLATFORM_OM;
  g_assert_true (sb_ledger_apply_firms (pf, dossier, &target, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outcome.added, ==, 2);
  platform = g_ptr_array_index (dossier->trade_fund->platforms, 0);
  g_assert_cmpint (platform->kind, ==, SB_PLATFORM_OM);
  if (platform->firms != NULL)
    {
      g_assert_cmpuint (platform->firms->len, ==, 2);
      g_assert_cmpstr (((SbFirm *) g_ptr_array_index (platform->firms, 0))->credit_code, ==,
                       "91210200MA0000001X");
    }
  else
    {
      /* the key as DOSSIER.md has it, kept among the platform's keys */
      JsonArray *array = json_object_get_array_member (platform->extra, "firms");

      g_assert_cmpuint (json_array_get_length (array), ==, 2);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0),
                                                      "credit_code"), ==, "91210200MA0000001X");
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1),
                                                      "service"), ==, "培训");
    }
  g_assert_cmpuint (sb_ledger_mark_duplicates (pf, NULL, dossier, &target), ==, 2);
}

static void
test_outcome_text (void)
{
  SbLedgerOutcome o = { .added = 12, .replaced = 3, .skipped_duplicates = 1, .skipped_bad = 2 };
  g_autofree char *text = sb_ledger_outcome_describe (&o);

  g_assert_cmpstr (text, ==, "12 rows added, 3 replaced, 1 duplicate skipped, 2 rows with errors skipped");
}

int
main (int argc, char **argv)
{
  int status;

  g_setenv ("LC_ALL", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-ledger-map-XXXXXX", NULL);
  g_test_add_func ("/ledger/map/guess-contracts", test_guess_contracts);
  g_test_add_func ("/ledger/map/guess-english", test_guess_english);
  g_test_add_func ("/ledger/map/guess-staff-two-rows", test_guess_staff_two_rows);
  g_test_add_func ("/ledger/map/parse-contracts", test_parse_contracts);
  g_test_add_func ("/ledger/map/values", test_values);
  g_test_add_func ("/ledger/map/correct-cell", test_correct_cell);
  g_test_add_func ("/ledger/map/by-hand", test_mapping_by_hand);
  g_test_add_func ("/ledger/apply/contracts", test_apply_contracts);
  g_test_add_func ("/ledger/apply/twice-in-file", test_apply_twice_in_file);
  g_test_add_func ("/ledger/apply/staff-and-rd", test_apply_staff_and_rd);
  g_test_add_func ("/ledger/apply/trade-fund", test_apply_trade_fund);
  g_test_add_func ("/ledger/apply/outcome", test_outcome_text);
  status = g_test_run ();
  g_rmdir (tmpdir);
  return status;
}
