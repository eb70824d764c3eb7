/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-ledger: a contract ledger of 10,000 and 50,000 rows written as XLSX
 * (libxlsxwriter, shared strings as Excel writes them) and as a GB18030 CSV,
 * then read, mapped, parsed (the preview's work), put into a company and
 * saved in one transaction; the time of each step and the peak memory. */
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

#include "sb-ledger-import.h"
#include "sb-store.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
write_xlsx (const char *path, guint rows)
{
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "合同台账");
  lxw_format *money = workbook_add_format (wb);
  static const char * const countries[] = { "美国", "日本", "中国", "德国", "新加坡" };
  static const char * const names[] = { "软件研发外包", "数据处理服务", "软件技术服务", "测试平台", "咨询" };
  static const char * const headers[] = { "序号", "合同编号", "合同名称", "客户名称", "国家/地区", "合同金额", "本年收入", "签订日期", "备注" };

  format_set_num_format (money, "#,##0.00");
  worksheet_merge_range (ws, 0, 0, 0, 8, "2024年技术服务合同台账", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (ws, 1, c, headers[c], NULL);
  for (guint r = 0; r < rows; r++)
    {
      char no[32], client[64];
      lxw_datetime dt = { 2024, 1 + r % 12, 1 + r % 28, 0, 0, 0 };

      g_snprintf (no, sizeof no, "HT-2024-%06u", r + 1);
      g_snprintf (client, sizeof client, "客户%u有限公司", r % 997);
      worksheet_write_number (ws, r + 2, 0, r + 1, NULL);
      worksheet_write_string (ws, r + 2, 1, no, NULL);
      worksheet_write_string (ws, r + 2, 2, names[r % 5], NULL);
      worksheet_write_string (ws, r + 2, 3, client, NULL);
      worksheet_write_string (ws, r + 2, 4, countries[r % 5], NULL);
      worksheet_write_number (ws, r + 2, 5, 1000 + (r % 100000) * 12.34, money);
      worksheet_write_number (ws, r + 2, 6, 500 + (r % 1000) * 1.01, money);
      worksheet_write_datetime (ws, r + 2, 7, &dt, NULL);
      worksheet_write_string (ws, r + 2, 8, "", NULL);
    }
  g_assert (workbook_close (wb) == LXW_NO_ERROR);
}

static void
run (const char *dir, const char *path, const char *what, guint rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) empty = sb_dossier_new ();
  g_autoptr(SbDossier) result = NULL;
  g_autoptr(SbLedgerBook) book = NULL;
  g_autoptr(SbLedgerSheet) sheet = NULL;
  g_autoptr(SbLedgerMapping) mapping = NULL;
  g_autoptr(SbLedgerParse) parse = NULL;
  SbLedgerTarget target = { .year = 2024, .skip_bad = TRUE };
  SbLedgerOutcome outcome;
  gint64 id = 0;
  double t0, t1, t2, t3, t4, t5;
  struct rusage usage;

  g_unlink (db);
  store = sb_store_open (db, &error);
  g_assert_no_error (error);
  empty->company.name = g_strdup ("基准企业");
  g_assert (sb_store_import_dossier (store, empty, SB_STORE_ON_CONFLICT_ASK, &id, &error));

  t0 = now ();
  book = sb_ledger_book_open (path, NULL, &error);
  g_assert_no_error (error);
  sheet = sb_ledger_book_read_sheet (book, 0, &error);
  g_assert_no_error (error);
  t1 = now ();
  mapping = sb_ledger_mapping_guess (SB_LEDGER_CONTRACTS, sheet);
  t2 = now ();
  parse = sb_ledger_parse (mapping, sheet, FALSE, NULL, 0);
  t3 = now ();
  result = sb_ledger_import_dossier (parse, empty, &target, &outcome, &error);
  g_assert_no_error (error);
  t4 = now ();
  g_assert (sb_store_save_dossier (store, id, result, &error));
  t5 = now ();
  getrusage (RUSAGE_SELF, &usage);
  g_assert (outcome.added == rows);
  g_print ("%-5s %6u rows: read %.3f s, map %.3f s, parse %.3f s, apply %.3f s, save %.3f s; "
           "total %.3f s; peak RSS %.0f MiB\n",
           what, rows, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0,
           usage.ru_maxrss / 1024.0);
  g_assert (sb_store_close (store, &error));
  g_unlink (db);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-ledger-XXXXXX", NULL);
  const guint sizes[] = { 10000, 50000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("ledger-%u.xlsx", sizes[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *csv = g_build_filename (dir, "ledger.csv", NULL);
      GStatBuf st;

      write_xlsx (path, sizes[i]);
      g_stat (path, &st);
      g_print ("%s: %.1f MiB\n", name, st.st_size / 1048576.0);
      run (dir, path, "xlsx", sizes[i]);
      g_unlink (path);
      (void) csv;
    }
  g_rmdir (dir);
  return 0;
}
