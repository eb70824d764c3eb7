/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-annual.c: the TASE annual information report (企业年度信息), its
 * five sections as the Dalian notice lists them [000 二]. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-builders.h"
#include "sb-form-parts.h"

enum
{
  COL_ITEM,
  COL_VALUE,
  COL_THRESHOLD,
  COL_VERDICT,
  N_COLUMNS
};

/* A row: the item, then its value cell (added by the caller). */
static SbTableRow *
add_item (SbTable *table, const char *label)
{
  return sb_form_add_label (table, label, 1);
}

/* Closes a row whose value sits in the value column alone. */
static void
end_item (SbTableRow *row)
{
  sb_row_add_empty (row)->col_span = N_COLUMNS - 2;
}

static void
add_money (SbTable *table, const char *label, gint64 fen)
{
  SbTableRow *row = add_item (table, label);

  sb_row_add_money (row, fen);
  end_item (row);
}

static void
add_count (SbTable *table, const char *label, gint64 value)
{
  SbTableRow *row = add_item (table, label);

  sb_row_add_integer (row, value);
  end_item (row);
}

static void
add_decimal (SbTable *table, const char *label, SbRatio value)
{
  SbTableRow *row = add_item (table, label);

  sb_row_add_decimal (row, value);
  end_item (row);
}

static void
add_text (SbTable *table, const char *label, const char *text)
{
  sb_form_add_text_line (table, label, 1, text);
}

/* A ratio with the check's threshold and verdict. */
static void
add_ratio (SbTable *table, const char *label, const SbAnnualReport *report, const char *id)
{
  const SbCheck *check = sb_form_find_check (report->checks, id, report->year);
  SbTableRow *row = add_item (table, label);
  g_autofree char *verdict = sb_form_check_text (check);

  sb_row_add_percent (row, check != NULL ? check->value : sb_ratio (0, 0));
  sb_row_add_percent (row, check != NULL ? check->threshold : sb_ratio (0, 0));
  sb_row_add_text (row, verdict)->align = SB_CELL_ALIGN_CENTER;
}

/* The offshore contracts of @y (catalogue, flagged offshore); SB_UNSET
 * without a contract list. */
static gint64
count_offshore_contracts (const SbYear *y)
{
  gint64 n = 0;

  if (y == NULL || y->contracts == NULL || y->contracts->len == 0)
    return SB_UNSET;
  for (guint i = 0; i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);

      if (c->category != NULL && c->offshore == SB_TRI_TRUE)
        n++;
    }
  return n;
}

SbForm *
sb_form_build_annual_report (const SbFormInput *input, GError **error)
{
  const SbDossier *d = input->dossier;
  const SbAnnualReport *report;
  const SbTaseYearFigures *f;
  const SbYear *y;
  SbPolicy *policy;
  const SbTaseRules *rules;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *note = NULL;
  SbTable *table;
  SbTableRow *row;
  SbCell *cell;

  if (d->annual_report == NULL || input->evaluation == NULL
      || input->evaluation->annual_report == NULL)
    {
      const char *name = d->company.name;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   /* TRANSLATORS: %s is the company's name */
                   _("%s files no TASE annual information report: add the annual report first"),
                   name != NULL && *name != '\0' ? name : _("The company"));
      return NULL;
    }
  report = input->evaluation->annual_report;
  if ((policy = sb_policy_set_lookup (input->policies, d->annual_report->profile, error)) == NULL
      || (rules = sb_tase_rules_get (policy, error)) == NULL)
    return NULL;
  if (input->year != 0 && input->year != report->year)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                   _("The annual information report is for %d, not %d"), report->year,
                   input->year);
      return NULL;
    }
  y = sb_dossier_find_year (d, report->year);
  if (input->year != 0 && y == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                   _("The company has no figures for %d"), input->year);
      return NULL;
    }
  f = &report->figures;

  form = sb_form_new ("annual-report", "企业年度信息");
  table = sb_form_add_table (form, "企业年度信息", "企业年度信息");
  year_text = g_strdup_printf ("%d年度", report->year);
  {
    g_autofree char *line = g_strdup_printf ("报告年度：%s", year_text);
    sb_table_add_above (table, line);
  }
  sb_table_add_above (table, "本表为网上填报“企业年度信息”的底稿，含申报助手的自评，不需盖章报送。");

  sb_table_add_column (table, "项目", 38);
  sb_table_add_column (table, "填报内容", 22);
  sb_table_add_column (table, "认定标准（不低于）", 18);
  sb_table_add_column (table, "是否符合", 26);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < N_COLUMNS; i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);

  sb_form_add_section (table, "一、企业基本信息");
  add_text (table, "企业名称", d->company.name);
  add_text (table, "统一社会信用代码", d->company.credit_code);
  add_text (table, "注册地", sb_form_region_name (d->company.region));
  cell = sb_row_add_date (add_item (table, "注册成立日期"), d->company.registered_on);
  cell->col_span = N_COLUMNS - 1;
  cell->align = SB_CELL_ALIGN_LEFT;
  add_text (table, "是否具有法人资格", sb_form_tri_text (d->company.legal_entity));
  add_text (table, "报告年度", year_text);

  sb_form_add_section (table, "二、上年度企业经营情况");
  add_money (table, "收入总额（元）", y != NULL ? y->income_total : SB_UNSET);
  add_money (table, "不征税收入（元）", y != NULL ? y->non_taxable_income : SB_UNSET);
  add_money (table, "总收入（收入总额 − 不征税收入，元）", f->total_revenue);
  add_money (table, "应纳税所得额（元）", y != NULL ? y->taxable_income : SB_UNSET);
  add_money (table, "销售收入（元）", y != NULL ? y->sales_revenue : SB_UNSET);
  add_money (table, "年末净资产（元）", y != NULL ? y->net_assets_end : SB_UNSET);
  add_decimal (table, "职工总数（全年月平均数，人）", f->total_avg);
  add_decimal (table, "大专以上学历员工数（全年月平均数，人）", f->degree_avg);
  add_ratio (table, "大专以上学历员工占比", report, "tase.degree_staff");

  sb_form_add_section (table, "三、从事离岸服务外包业务收入情况");
  add_money (table, "离岸外包收入（元）", f->offshore_revenue);
  add_count (table, "离岸服务外包合同数（份）", count_offshore_contracts (y));
  add_ratio (table, "离岸服务外包业务收入占比", report, "tase.offshore_revenue");

  sb_form_add_section (table, "四、上年度企业技术先进型服务情况");
  add_money (table, "技术先进型服务业务收入（元）", f->catalogue_revenue);
  add_ratio (table, "技术先进型服务业务收入占比", report, "tase.tase_revenue");
  add_money (table, "企业所得税减免额（估算，元）", report->tax_benefit);
  row = add_item (table, "是否仍符合认定条件（三项比例）");
  cell = sb_row_add_text (row, report->eligible ? "符合" : "不符合");
  cell->col_span = N_COLUMNS - 1;
  cell->bold = TRUE;

  sb_form_add_section (table, "五、企业科技活动情况");
  add_money (table, "研究开发费用（元）", y != NULL ? y->rd_expense : SB_UNSET);
  add_money (table, "其中：境内研究开发费用（元）", y != NULL ? y->rd_expense_domestic : SB_UNSET);
  add_count (table, "科技人员数（人）", y != NULL ? y->st_staff : SB_UNSET);

  if (y == NULL)
    sb_table_add_below (table, "注：本年度无数据。");
  note = sb_form_tax_note (rules, report->year);
  sb_table_add_below (table, note);
  return g_steal_pointer (&form);
}
