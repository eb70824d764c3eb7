/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-forms-xlsx.c: 附件3 with 10,000 contracts written as XLSX (target: under 1 s). */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "sb-dossier-json.h"
#include "sb-enterprise.h"
#include "sb-form-writers.h"

#define N_CONTRACTS 10000

/* A table shaped as 附件3 (the TASE builder's columns): one header row,
 * a row per contract, the sums and the ratios under them. */
static SbForm *
annex3 (guint n)
{
  static const struct
  {
    const char *header;
    double      width;
  } columns[] = {
    { "序号", 5 }, { "合同编号", 14 }, { "合同名称", 24 }, { "委托方", 22 },
    { "委托方所在国家（地区）", 12 }, { "服务类别", 20 }, { "是否离岸", 6 },
    { "合同金额", 14 }, { "本年度确认收入", 14 }, { "技术合同登记情况", 12 }, { "备注", 10 },
  };
  SbForm *form = sb_form_new ("tase-annex3", "技术先进型服务业务收入及离岸外包收入明细表");
  SbTable *table = sb_form_add_table (form, "2024年",
                                      "2024年技术先进型服务业务收入及离岸外包收入明细表");
  SbTableRow *row;
  gint64 amount = 0, revenue = 0;

  table->landscape = TRUE;
  sb_table_add_above (table, "申报单位：大连星海软件有限公司　　统一社会信用代码："
                             "91210200MA0Q1A2B3C　　单位：元");
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      sb_table_add_column (table, columns[i].header, columns[i].width);
      sb_row_add_header (row, columns[i].header, 1, 1);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *no = g_strdup_printf ("HT-2024-%05u", i + 1);
      g_autofree char *name = g_strdup_printf ("软件开发外包服务合同（第 %u 号）", i + 1);
      gint64 a = 1000000 + (gint64) i * 7919 % 50000000;
      gint64 r = a - a / 7;

      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1)->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, no)->wrap = TRUE;
      sb_row_add_text (row, name)->wrap = TRUE;
      sb_row_add_text (row, i % 3 == 0 ? "Example Corporation Japan" : "大连某科技有限公司")
        ->wrap = TRUE;
      sb_row_add_text (row, i % 3 == 0 ? "日本" : "中国");
      sb_row_add_text (row, "软件研发及开发服务")->wrap = TRUE;
      sb_row_add_text (row, i % 3 == 0 ? "是" : "否")->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_money (row, a);
      sb_row_add_money (row, r);
      sb_row_add_empty (row);
      sb_row_add_empty (row);
      amount += a;
      revenue += r;
    }
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 7;
  sb_row_add_money (row, amount);
  sb_row_add_money (row, revenue);
  sb_row_add_empty (row)->col_span = 2;
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "离岸外包收入占总收入比例")->col_span = 7;
  sb_row_add_empty (row);
  sb_row_add_percent (row, sb_ratio (revenue / 3, revenue));
  sb_row_add_empty (row)->col_span = 2;
  sb_table_add_below (table, "申报单位（盖章）：");
  sb_table_add_below (table, "日期：");
  return form;
}

/* The example company with @n contracts in 2024 (copies of its own), built
 * by the TASE builder; NULL (and a message) while the builder cannot. */
static SbForm *
annex3_from_builder (guint n, double *out_seconds)
{
  g_autofree char *example = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data",
                                               "examples", "tase-dalian-new.shenbao.json",
                                               NULL);
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(GHashTable) categories = sb_known_categories (policies);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(SbEnterprise) enterprise = NULL;
  g_autoptr(SbDossier) model_dossier = NULL;
  g_autoptr(SbEvaluation) evaluation = NULL;
  SbFormInput input = { NULL };
  SbYear *year = NULL;
  SbForm *form;
  guint n_own;
  gint64 start;

  if (g_getenv ("SHENBAO_SOURCE_DIR") == NULL
      || (dossier = sb_dossier_from_file (example, categories, &error)) == NULL)
    {
      printf ("builder: no example dossier (%s)\n", error != NULL ? error->message : "");
      return NULL;
    }
  year = (SbYear *) sb_dossier_find_year (dossier, 2024);
  g_assert (year != NULL && year->contracts != NULL && year->contracts->len > 0);
  n_own = year->contracts->len;
  for (guint i = n_own; i < n; i++)
    {
      const SbContract *model = g_ptr_array_index (year->contracts, i % n_own);
      SbContract *c = sb_contract_new ();

      c->no = g_strdup_printf ("%s-%05u", model->no != NULL ? model->no : "HT", i + 1);
      c->name = g_strdup (model->name);
      c->client = g_strdup (model->client);
      c->client_country = g_strdup (model->client_country);
      c->offshore = model->offshore;
      c->category = g_strdup (model->category);
      c->amount = model->amount != SB_UNSET ? model->amount / 1000 + i : SB_UNSET;
      c->revenue = model->revenue != SB_UNSET ? model->revenue / 1000 + i : SB_UNSET;
      g_ptr_array_add (year->contracts, c);
    }

  start = g_get_monotonic_time ();
  enterprise = sb_enterprise_new_from_dossier (dossier);
  model_dossier = sb_enterprise_to_dossier (enterprise);
  evaluation = sb_enterprise_evaluate (enterprise, policies, sb_date_from_ymd (2025, 6, 1),
                                       &error);
  if (evaluation == NULL)
    {
      printf ("builder: %s\n", error->message);
      return NULL;
    }
  input.enterprise = enterprise;
  input.dossier = model_dossier;
  input.evaluation = evaluation;
  input.policies = policies;
  input.at = sb_date_from_ymd (2025, 6, 1);
  input.year = 2024;
  form = sb_form_build ("tase-annex3", &input, &error);
  *out_seconds = (g_get_monotonic_time () - start) / 1e6;
  if (form == NULL)
    printf ("builder: %s\n", error->message);
  return form;
}

static double
time_write (const SbForm *form, const char *path, const char *what)
{
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE;
  GStatBuf st;

  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!sb_form_write_xlsx (form, path, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          exit (1);
        }
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  g_stat (path, &st);
  printf ("%s, %d contracts to XLSX: best of 3 %.3f s (%.1f KiB; target < 1 s)\n", what,
          N_CONTRACTS, best, st.st_size / 1024.0);
  g_unlink (path);
  return best;
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-xlsx-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "annex3.xlsx", NULL);
  g_autoptr(SbForm) form = NULL;
  g_autoptr(SbForm) built = NULL;
  double seconds = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  form = annex3 (N_CONTRACTS);
  printf ("附件3-shaped table, %d contracts: description made in %.3f s\n", N_CONTRACTS,
          (g_get_monotonic_time () - start) / 1e6);
  time_write (form, path, "附件3-shaped table");

  built = annex3_from_builder (N_CONTRACTS, &seconds);
  if (built != NULL)
    {
      printf ("附件3 by the TASE builder, %d contracts: evaluated and built in %.3f s\n",
              N_CONTRACTS, seconds);
      time_write (built, path, "附件3 by the TASE builder");
    }

  g_rmdir (dir);
  return 0;
}
