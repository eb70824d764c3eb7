/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli import-ledger: rows into a stored company in one transaction,
 * row errors with the spreadsheet's row numbers and exit 2 (nothing
 * written), --skip-bad, --dry-run, duplicates, sheets and --map, bad files
 * and databases (the exit codes of the other commands). */
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "ledger-fixtures.h"

static char *tmpdir;
static char *db;

static const char *language;   /* LANGUAGE of the next run, or NULL */

static int
run_cli (const char * const *args, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmpdir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  else
    envp = g_environ_unsetenv (envp, "LANGUAGE");
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

static char *
export_company (const char *company)
{
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *args[] = { "--db", db, "export", company, "-", NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  return out;
}

static char *
tmp_file (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static const char contracts_csv[] =
  "2024年技术服务合同台账,,,,,,\n"
  "序号,合同编号,合同名称,客户名称,国家/地区,合同金额（元）,本年收入\n"
  "1,LG-001,软件研发外包,Acme Inc.,美国,\"1,234.56\",123.4万\n"
  "2,LG-002,数据处理,大连某公司,中国,(5.00),US$7\n"
  "3,LG-003,咨询,Foo,日本,\"12,3a\",\n"
  "合计,,,,,1240.56,\n";

static void
test_errors_write_nothing (void)
{
  g_autofree char *csv = tmp_file ("contracts.csv");
  g_autofree char *before = export_company ("1");
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024", NULL };

  fixture_write_text (csv, contracts_csv, "GB18030", FALSE);   /* as Chinese Excel saves it */
  g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "Row 4, Contract amount: “(5.00)”"));
  g_assert_nonnull (strstr (err, "Row 5, Contract amount: “12,3a”"));
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_assert_nonnull (strstr (out, "header in row 2"));
  g_assert_nonnull (strstr (out, "(amount) ← F 合同金额（元）"));
  after = export_company ("1");
  g_assert_cmpstr (before, ==, after);
}

/* the row errors as a Chinese user reads them */
static void
test_chinese (void)
{
  g_autofree char *csv = tmp_file ("contracts-zh.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024", NULL };

  fixture_write_text (csv, contracts_csv, "UTF-8", FALSE);
  language = "zh_CN";
  g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
  language = NULL;
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "第 4 行 合同金额：'(5.00)'（金额不能为负数）"));
  g_assert_nonnull (strstr (err, "第 5 行 合同金额：'12,3a'（"));
  g_assert_nonnull (strstr (err, "2 行有错误"));
  g_assert_nonnull (strstr (out, "工作表 contracts-zh，表头在第 2 行"));
}

static void
test_skip_bad_and_duplicates (void)
{
  g_autofree char *csv = tmp_file ("contracts-utf8.csv");
  g_autofree char *before = export_company ("1");
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *dry[] = { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024",
                        "--skip-bad", "--dry-run", NULL };
  const char *args[] = { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024",
                         "--skip-bad", "--accept-proposals", NULL };
  const char *replace[] = { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024",
                            "--skip-bad", "--duplicates", "replace", NULL };

  fixture_write_text (csv, contracts_csv, "UTF-8", TRUE);
  g_assert_cmpint (run_cli (dry, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "1 row added, 2 rows with errors skipped (a dry run: nothing was written)"));
  after = export_company ("1");
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "1 row added"));
  after = export_company ("1");
  g_assert_nonnull (strstr (after, "\"no\": \"LG-001\""));
  g_assert_nonnull (strstr (after, "\"category\": \"ITO.software_dev\""));
  g_assert_nonnull (strstr (after, "\"revenue\": 1234000"));
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* again: the contract is there (skipped by default, replaced when asked) */
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "0 rows added, 1 duplicate skipped"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (replace, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "0 rows added, 1 replaced"));
}

/* an XLSX of two sheets: the staff months on the second, picked by name,
 * one column mapped by hand */
static void
test_xlsx_staff (void)
{
  g_autofree char *path = tmp_file ("roster.xlsx");
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *notes = workbook_add_worksheet (wb, "说明");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "花名册汇总");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;
  const char *args[] = { "--db", db, "import-ledger", "大连星海软件有限公司", "staff", path,
                         "--sheet", "花名册汇总", "--year", "2023", "--map", "st_end=F", NULL };

  worksheet_write_string (notes, 0, 0, "本表由人事系统导出", NULL);
  worksheet_write_string (ws, 0, 0, "月份", NULL);
  worksheet_write_string (ws, 0, 1, "月初人数", NULL);
  worksheet_write_string (ws, 0, 2, "月末人数", NULL);
  worksheet_write_string (ws, 0, 3, "大专以上", NULL);
  worksheet_write_string (ws, 0, 4, "大专以上", NULL);
  worksheet_write_string (ws, 0, 5, "期末研发人员", NULL);
  worksheet_write_string (ws, 0, 6, "月初科技人员", NULL);
  for (int m = 1; m <= 12; m++)
    {
      worksheet_write_number (ws, m, 0, m, NULL);
      worksheet_write_number (ws, m, 1, 100 + m, NULL);
      worksheet_write_number (ws, m, 2, 101 + m, NULL);
      worksheet_write_number (ws, m, 3, 80 + m, NULL);
      worksheet_write_number (ws, m, 4, 81 + m, NULL);
      worksheet_write_number (ws, m, 5, 30, NULL);
      worksheet_write_number (ws, m, 6, m == 7 ? 31 : 29, NULL);
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_null (strstr (out, "mapped them last time"));
  g_assert_nonnull (strstr (out, "Sheet 花名册汇总, header in row 1"));
  g_assert_nonnull (strstr (out, "(st_end) ← F 期末研发人员"));
  g_assert_nonnull (strstr (out, "12 rows added"));
  after = export_company ("1");
  g_assert_nonnull (strstr (after, "\"total_start\": 112"));
  g_assert_nonnull (strstr (after, "\"degree_end\": 93"));
  g_assert_nonnull (strstr (after, "\"st_end\": 30"));
  g_assert_nonnull (strstr (after, "\"st_start\": 31"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    /* the same layout again, without --map: the column mapped by hand is remembered */
    const char *again[] = { "--db", db, "import-ledger", "1", "staff", path, "--sheet", "2",
                            "--year", "2023", "--dry-run", NULL };

    g_assert_cmpint (run_cli (again, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "mapped them last time"));
    g_assert_nonnull (strstr (out, "(st_end) ← F 期末研发人员"));
    g_assert_nonnull (strstr (out, "0 rows added, 12 duplicates skipped"));
  }
}

static void
test_bad_input (void)
{
  g_autofree char *fake = tmp_file ("ledger.xlsx");
  g_autofree char *csv = tmp_file ("ok.csv");
  g_autofree char *notdb = tmp_file ("not-a-db.db");
  struct { const char *args[12]; int status; const char *needle; } cases[] = {
    { { "--db", db, "import-ledger", "1", "contracts", fake, "--year", "2024", NULL }, 2,
      "neither an Excel workbook" },
    { { "--db", db, "import-ledger", "1", "ledgers", csv, NULL }, 2, "not a kind of list" },
    { { "--db", db, "import-ledger", "1", "contracts", csv, NULL }, 2, "--year" },
    { { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024", "--sheet", "九", NULL }, 2,
      "no sheet “九”" },
    { { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024", "--map", "colour=A", NULL },
      2, "not a field" },
    { { "--db", db, "import-ledger", "1", "contracts", csv, "--year", "2024", "--duplicates", "merge", NULL },
      2, "--duplicates" },
    { { "--db", db, "import-ledger", "no such company", "contracts", csv, "--year", "2024", NULL }, 2, "" },
    { { "--db", db, "import-ledger", "1", "receipts", csv, NULL }, 2, "trade-fund claim" },
    { { "--db", notdb, "import-ledger", "1", "contracts", csv, "--year", "2024", NULL }, 3, "" },
    { { "--db", db, "import-ledger", "1", "contracts", NULL }, 2, "needs a company" },
  };

  {
    static const char bytes[] = "%PDF-1.7\n\x01\x02\x03\x04\x00\x00\x00 not a sheet";

    g_assert_true (g_file_set_contents (fake, bytes, sizeof bytes - 1, NULL));
  }
  fixture_write_text (csv, "合同编号,合同金额\nX-1,5\n", "UTF-8", FALSE);
  g_assert_true (g_file_set_contents (notdb, "This is not SQLite, but it is long enough to be looked at.", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("case %u", i);
      g_assert_cmpint (run_cli (cases[i].args, &out, &err), ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].needle));
      g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
    }
}

static void
test_receipts_and_firms (void)
{
  g_autofree char *receipts = tmp_file ("receipts.csv");
  g_autofree char *firms = tmp_file ("firms.txt");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;
  const char *args[] = { "--db", db, "import-ledger", "2", "receipts", receipts, NULL };
  const char *args2[] = { "--db", db, "import-ledger", "2", "firms", firms, "--platform", "om", NULL };

  fixture_write_text (receipts, "合同编号\t收汇日期\t币种\t收汇金额\t凭证号\nHT-1\t2024/3/5\tUSD\t1000\t记-1\n",
                      "UTF-16LE", TRUE);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "1 row added"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  fixture_write_text (firms, "企业名称,统一社会信用代码,服务内容\n甲公司,91210200MA0000001X,测试\n", "UTF-8", FALSE);
  g_assert_cmpint (run_cli (args2, &out, &err), ==, 0);
  after = export_company ("2");
  g_assert_nonnull (strstr (after, "\"voucher_no\": \"记-1\""));
  g_assert_nonnull (strstr (after, "\"receipt_date\": \"2024-03-05\""));
  g_assert_nonnull (strstr (after, "\"credit_code\": \"91210200MA0000001X\""));
}

int
main (int argc, char **argv)
{
  g_autofree char *examples = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-ledger-cli-XXXXXX", NULL);
  db = g_build_filename (tmpdir, "companies.db", NULL);
  examples = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "examples", NULL);
  first = g_build_filename (examples, "tase-dalian-new.shenbao.json", NULL);
  second = g_build_filename (examples, "tradefund-platform-certs.shenbao.json", NULL);
  {
    const char *args[] = { "--db", db, "import", first, second, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  }
  g_test_add_func ("/ledger/cli/errors-write-nothing", test_errors_write_nothing);
  g_test_add_func ("/ledger/cli/chinese", test_chinese);
  g_test_add_func ("/ledger/cli/skip-bad-and-duplicates", test_skip_bad_and_duplicates);
  g_test_add_func ("/ledger/cli/xlsx-staff", test_xlsx_staff);
  g_test_add_func ("/ledger/cli/bad-input", test_bad_input);
  g_test_add_func ("/ledger/cli/receipts-and-firms", test_receipts_and_firms);
  status = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);

        if (g_file_test (p, G_FILE_TEST_IS_DIR))
          continue;
        g_unlink (p);
      }
  }
  g_rmdir (tmpdir);
  return status;
}
