/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-forms-pdf.c: a 附件3-shaped table of 10,000 contracts laid out and written as PDF (target: under 1 s). */
#include "config.h"

#include <glib/gstdio.h>
#include <time.h>

#include "sb-form-writers.h"

#define N_ROWS 10000

static SbForm *
annex3 (void)
{
  SbForm *form = sb_form_new ("tase-annex3", "技术先进型服务业务收入及离岸外包收入明细表");
  SbTable *table = sb_form_add_table (form, "2024", "技术先进型服务业务收入及离岸外包收入明细表");
  SbTableRow *row;
  gint64 total = 0, offshore = 0;
  const char *clients[] = { "Acme Software Ltd.", "大连华信计算机技术股份有限公司",
                            "Nippon Systems K.K.", "沈阳东软医疗系统有限公司" };

  table->landscape = TRUE;
  sb_table_add_above (table, "申报单位：大连星海软件有限公司");
  sb_table_add_above (table, "年度：2024                                   单位：元");
  sb_table_add_column (table, "序号", 5);
  sb_table_add_column (table, "合同编号", 16);
  sb_table_add_column (table, "合同名称", 26);
  sb_table_add_column (table, "委托方", 24);
  sb_table_add_column (table, "委托方所在国家（地区）", 12);
  sb_table_add_column (table, "业务类别", 10);
  sb_table_add_column (table, "合同金额（元）", 15);
  sb_table_add_column (table, "本年确认收入（元）", 15);
  sb_table_add_column (table, "其中：离岸外包收入（元）", 15);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 2);
  sb_row_add_header (row, "合同", 2, 1);
  sb_row_add_header (row, "委托方", 2, 1);
  sb_row_add_header (row, "业务类别", 1, 2);
  sb_row_add_header (row, "合同金额（元）", 1, 2);
  sb_row_add_header (row, "本年确认收入（元）", 1, 2);
  sb_row_add_header (row, "其中：离岸外包收入（元）", 1, 2);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "编号", 1, 1);
  sb_row_add_header (row, "名称", 1, 1);
  sb_row_add_header (row, "名称", 1, 1);
  sb_row_add_header (row, "国家（地区）", 1, 1);
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *code = g_strdup_printf ("DL-HT-2024-%05u", i + 1);
      g_autofree char *name = g_strdup_printf ("第%u期软件开发与运维服务合同", i % 40 + 1);
      gint64 amount = 1000000 + (gint64) i * 12345;

      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1);
      sb_row_add_text (row, code);
      sb_row_add_text (row, name)->wrap = TRUE;
      sb_row_add_text (row, clients[i % 4])->wrap = TRUE;
      sb_row_add_text (row, i % 2 == 0 ? "日本" : "中国");
      sb_row_add_text (row, "ITO");
      sb_row_add_money (row, amount * 2);
      sb_row_add_money (row, amount);
      sb_row_add_money (row, i % 2 == 0 ? amount : 0);
      total += amount;
      offshore += i % 2 == 0 ? amount : 0;
    }
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 7;
  sb_row_add_money (row, total);
  sb_row_add_money (row, offshore);
  sb_table_add_below (table, "申报单位（盖章）：                              法定代表人（签字）：");
  sb_table_add_below (table, "日期：    年    月    日");
  return form;
}

/* wall-clock and processor time, in seconds */
static void
now (double *wall, double *cpu)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  *cpu = ts.tv_sec + ts.tv_nsec / 1e9;
  *wall = g_get_monotonic_time () / 1e6;
}

int
main (void)
{
  g_autoptr(SbForm) form = annex3 ();
  g_autoptr(SbFormPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-forms-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "annex3.pdf", NULL);
  double w0, w1, w2, w3, c0, c1, c2, c3;
  GStatBuf st;

  now (&w0, &c0);
  pages = sb_form_pages_new (form);
  now (&w1, &c1);
  if (!sb_form_pages_write_pdf (pages, path, &error))
    g_error ("%s", error->message);
  now (&w2, &c2);
  g_clear_pointer (&pages, sb_form_pages_free);
  if (!sb_form_write_pdf (form, path, &error))
    g_error ("%s", error->message);
  now (&w3, &c3);
  g_stat (path, &st);

  pages = sb_form_pages_new (form);
  g_print ("annex 3, %d contracts: %u pages, %.1f MB\n", N_ROWS,
           sb_form_pages_get_n_pages (pages), st.st_size / 1e6);
  g_print ("  layout                       %.3f s (processor %.3f s)\n", w1 - w0, c1 - c0);
  g_print ("  drawing and writing the PDF  %.3f s (processor %.3f s)\n", w2 - w1, c2 - c1);
  g_print ("  sb_form_write_pdf, the two   %.3f s (processor %.3f s); target: under 1 s\n",
           w3 - w2, c3 - c2);

  if (g_getenv ("SB_BENCH_KEEP") != NULL)
    g_print ("  %s\n", path);
  else
    {
      g_unlink (path);
      g_rmdir (dir);
    }
  return 0;
}
