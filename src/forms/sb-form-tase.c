/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tase.c: the TASE tables: the application summary, 附件3 (revenue and
 * offshore revenue by contract) and the materials checklist. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-builders.h"
#include "sb-form-parts.h"
#include "sb-idcheck.h"

/* ---------------------------------------------------------------------- */
/* What the tables read                                                   */

/* Sets SB_FORM_ERROR_NOT_ASKED; returns NULL. */
static gpointer
not_asked (const SbFormInput *input, GError **error)
{
  const char *name = input->dossier->company.name;

  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
               /* TRANSLATORS: %s is the company's name */
               _("%s does not apply for recognition as a technologically advanced service "
                 "enterprise (TASE): add the TASE application first"),
               name != NULL && *name != '\0' ? name : _("The company"));
  return NULL;
}

/* Sets SB_FORM_ERROR_NO_YEAR; returns NULL. */
static gpointer
no_year (int year, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
               _("The company has no figures for %d"), year);
  return NULL;
}

/* The TASE rules of the profile @profile. */
static const SbTaseRules *
tase_rules (const SbFormInput *input, const char *profile, GError **error)
{
  SbPolicy *policy = sb_policy_set_lookup (input->policies, profile, error);

  return policy != NULL ? sb_tase_rules_get (policy, error) : NULL;
}

static const SbTaseYearFigures *
find_figures (const SbTaseReport *report, int year)
{
  for (guint i = 0; report != NULL && i < report->years->len; i++)
    {
      const SbTaseYearFigures *f = &g_array_index (report->years, SbTaseYearFigures, i);

      if (f->year == year)
        return f;
    }
  return NULL;
}

/* The tested years the table shows (SbTaseYearFigures*, owned by @report):
 * all of them, or input->year alone. */
static GPtrArray *
tested_years (const SbFormInput *input, const SbTaseReport *report, GError **error)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new ();

  if (input->year != 0)
    {
      const SbTaseYearFigures *f = find_figures (report, input->year);

      if (f == NULL)
        {
          int first = g_array_index (report->years, SbTaseYearFigures, 0).year;
          int last = g_array_index (report->years, SbTaseYearFigures, report->years->len - 1).year;

          if (first == last)
            g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                         _("The TASE application tests %d only, not %d"), first, input->year);
          else
            g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                         _("The TASE application tests the years %d to %d, not %d"),
                         first, last, input->year);
          return NULL;
        }
      if (sb_dossier_find_year (input->dossier, input->year) == NULL)
        return no_year (input->year, error);
      g_ptr_array_add (years, (gpointer) f);
    }
  else
    for (guint i = 0; i < report->years->len; i++)
      g_ptr_array_add (years, &g_array_index (report->years, SbTaseYearFigures, i));
  return g_steal_pointer (&years);
}

/* ---------------------------------------------------------------------- */
/* 申报推荐汇总表                                                          */

typedef enum
{
  FIELD_INCOME_TOTAL,
  FIELD_NON_TAXABLE,
  FIELD_TOTAL_REVENUE,
  FIELD_CATALOGUE,
  FIELD_OFFSHORE,
} Field;

static gint64
field_value (const SbDossier *d, const SbTaseYearFigures *f, Field field)
{
  const SbYear *y = sb_dossier_find_year (d, f->year);

  switch (field)
    {
    case FIELD_INCOME_TOTAL:
      return y != NULL ? y->income_total : SB_UNSET;
    case FIELD_NON_TAXABLE:
      return y != NULL ? y->non_taxable_income : SB_UNSET;
    case FIELD_TOTAL_REVENUE:
      return f->total_revenue;
    case FIELD_CATALOGUE:
      return f->catalogue_revenue;
    case FIELD_OFFSHORE:
    default:
      return f->offshore_revenue;
    }
}

static void
add_money_row (SbTable *table, const char *label, const SbDossier *d, GPtrArray *years,
               Field field)
{
  SbTableRow *row = sb_form_add_label (table, label, 1);

  sb_row_add_empty (row);
  for (guint i = 0; i < years->len; i++)
    sb_row_add_money (row, field_value (d, g_ptr_array_index (years, i), field));
}

static void
add_staff_row (SbTable *table, const char *label, GPtrArray *years, gboolean degree)
{
  SbTableRow *row = sb_form_add_label (table, label, 1);

  sb_row_add_empty (row);
  for (guint i = 0; i < years->len; i++)
    {
      const SbTaseYearFigures *f = g_ptr_array_index (years, i);

      sb_row_add_decimal (row, degree ? f->degree_avg : f->total_avg);
    }
}

/* The ratio of check @id for each year, with its threshold, then a row of
 * verdicts. */
static void
add_ratio_rows (SbTable *table, const char *label, const char *id, SbRatio threshold,
                GPtrArray *checks, GPtrArray *years)
{
  SbTableRow *row = sb_form_add_label (table, label, 1);
  SbTableRow *verdicts;

  sb_row_add_percent (row, threshold);
  for (guint i = 0; i < years->len; i++)
    {
      const SbTaseYearFigures *f = g_ptr_array_index (years, i);
      const SbCheck *check = sb_form_find_check (checks, id, f->year);

      sb_row_add_percent (row, check != NULL ? check->value : sb_ratio (0, 0));
    }

  verdicts = sb_form_add_label (table, "　是否符合", 1);
  sb_row_add_empty (verdicts);
  for (guint i = 0; i < years->len; i++)
    {
      const SbTaseYearFigures *f = g_ptr_array_index (years, i);
      g_autofree char *text = sb_form_check_text (sb_form_find_check (checks, id, f->year));

      sb_row_add_text (verdicts, text)->align = SB_CELL_ALIGN_CENTER;
    }
}

/* A company-level condition: its words, and its status over the year columns. */
static void
add_condition_row (SbTable *table, const char *label, const char *id, GPtrArray *checks)
{
  const SbCheck *check = sb_form_find_check (checks, id, 0);
  g_autofree char *text = NULL;
  SbTableRow *row;
  SbCell *cell;

  if (check == NULL)
    return;
  text = sb_form_check_text (check);
  row = sb_form_add_label (table, label, 2);
  cell = sb_row_add_text (row, text);
  cell->col_span = sb_table_get_n_columns (table) - 2;
  cell->align = SB_CELL_ALIGN_CENTER;
}

/* The program's assessment of the TASE conditions: a 自评 worksheet, not a
 * form of the notice: no seal, no signature. */
SbForm *
sb_form_build_tase_self (const SbFormInput *input, GError **error)
{
  const SbDossier *d = input->dossier;
  const SbTaseReport *report;
  const SbTaseRules *rules;
  g_autoptr(SbForm) form = NULL;
  g_autoptr(GPtrArray) years = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  SbTable *table;
  SbTableRow *row;
  SbCell *cell;
  guint n_years_cols;

  if (d->tase == NULL || input->evaluation == NULL || input->evaluation->tase == NULL)
    return not_asked (input, error);
  report = input->evaluation->tase;
  if ((rules = tase_rules (input, d->tase->profile, error)) == NULL)
    return NULL;
  if ((years = tested_years (input, report, error)) == NULL)
    return NULL;

  form = sb_form_new ("tase-self-assessment", "技术先进型服务企业认定条件自评表");
  title = g_strdup_printf ("%d年度技术先进型服务企业认定条件自评表（自评）", d->tase->apply_year);
  table = sb_form_add_table (form, "自评表", title);
  sb_table_add_above (table, "本表为申报助手按所填数据所作的自评，供企业核对，不是通知规定的申报表格，不需盖章报送。");

  sb_table_add_column (table, "项目", 40);
  sb_table_add_column (table, "认定标准（不低于）", 18);
  for (guint i = 0; i < years->len; i++)
    {
      const SbTaseYearFigures *f = g_ptr_array_index (years, i);
      g_autofree char *header = g_strdup_printf ("%d年度", f->year);

      sb_table_add_column (table, header, years->len > 1 ? 20 : 32);
    }
  n_years_cols = years->len;

  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);

  sb_form_add_section (table, "一、企业基本情况");
  sb_form_add_text_line (table, "企业名称", 1, d->company.name);
  sb_form_add_text_line (table, "统一社会信用代码", 1, d->company.credit_code);
  sb_form_add_text_line (table, "注册地", 1, sb_form_region_name (d->company.region));
  sb_form_add_text_line (table, "申报类型", 1,
                         d->tase->mode == SB_TASE_REVIEW ? "复审" : "新认定");

  sb_form_add_section (table, "二、收入与人员情况");
  add_money_row (table, "收入总额（元）", d, years, FIELD_INCOME_TOTAL);
  add_money_row (table, "不征税收入（元）", d, years, FIELD_NON_TAXABLE);
  add_money_row (table, "总收入（收入总额 − 不征税收入，元）", d, years, FIELD_TOTAL_REVENUE);
  add_money_row (table, "技术先进型服务业务收入（元）", d, years, FIELD_CATALOGUE);
  add_money_row (table, "离岸外包收入（元）", d, years, FIELD_OFFSHORE);
  add_staff_row (table, "职工总数（全年月平均数，人）", years, FALSE);
  add_staff_row (table, "大专以上学历员工数（全年月平均数，人）", years, TRUE);

  sb_form_add_section (table, "三、认定比例");
  add_ratio_rows (table, "大专以上学历员工占比", "tase.degree_staff", rules->degree_staff_min,
                  report->checks, years);
  add_ratio_rows (table, "技术先进型服务业务收入占比", "tase.tase_revenue",
                  rules->tase_revenue_min, report->checks, years);
  add_ratio_rows (table, "离岸服务外包业务收入占比", "tase.offshore_revenue",
                  rules->offshore_revenue_min, report->checks, years);

  sb_form_add_section (table, "四、其他认定条件");
  add_condition_row (table, "注册地在认定地区内", "tase.region", report->checks);
  add_condition_row (table, "具有法人资格", "tase.legal_entity", report->checks);
  add_condition_row (table, "从事技术先进型服务业务，采用先进技术或具备较强的研发能力",
                     "tase.scope", report->checks);
  add_condition_row (table, "近两年在进出口业务管理、财务管理、税收管理、外汇管理、海关管理等方面无违法行为",
                     "tase.clean_record", report->checks);
  add_condition_row (table, "在“服务外包信息管理应用”登记软件出口与服务外包数据",
                     "tase.mofcom_registered", report->checks);

  sb_form_add_section (table, "五、结论");
  row = sb_form_add_label (table, "是否符合认定条件", 2);
  cell = sb_row_add_text (row, report->eligible ? "符合" : "不符合");
  cell->col_span = n_years_cols;
  cell->align = SB_CELL_ALIGN_CENTER;
  cell->bold = TRUE;
  row = sb_form_add_label (table, "企业所得税减免额（估算，元）", 2);
  cell = sb_row_add_money (row, report->tax_benefit);
  cell->col_span = n_years_cols;

  note = sb_form_tax_note (rules, d->tase->apply_year - 1);
  sb_table_add_below (table, note);
  return g_steal_pointer (&form);
}

/* 申报推荐汇总表: the list the district sends on (notice 000 一（四）4:
 * "审查推荐企业名单加盖公章"): every company of @inputs applying in the year
 * (--year, else the latest year any of them applies in), one row each,
 * with the district's seal and its contact line. */
SbForm *
sb_form_build_tase_summary (GPtrArray *inputs, GError **error)
{
  g_autoptr(SbForm) form = NULL;
  g_autofree char *title = NULL;
  SbTable *table;
  SbTableRow *row;
  int year = 0;
  guint n = 0;

  for (guint k = 0; k < inputs->len; k++)
    {
      const SbFormInput *input = g_ptr_array_index (inputs, k);

      if (input->year != 0)
        year = input->year;
      else if (input->dossier->tase != NULL && year < input->dossier->tase->apply_year
               && ((const SbFormInput *) g_ptr_array_index (inputs, 0))->year == 0)
        year = input->dossier->tase->apply_year;
    }
  form = sb_form_new ("tase-summary", "技术先进型服务企业申报推荐汇总表");
  title = g_strdup_printf ("%d年度技术先进型服务企业申报推荐汇总表", year);
  table = sb_form_add_table (form, "申报推荐汇总表", title);
  table->landscape = TRUE;
  sb_table_add_above (table, "区（市）县科技管理部门（盖章）：" SB_FORM_SEAL_SPACE);
  sb_table_add_column (table, "序号", 5);
  sb_table_add_column (table, "企业名称", 30);
  sb_table_add_column (table, "统一社会信用代码", 22);
  sb_table_add_column (table, "注册地（区县）", 14);
  sb_table_add_column (table, "申报类型（新认定/复审）", 12);
  sb_table_add_column (table, "企业联系人", 10);
  sb_table_add_column (table, "联系电话", 16);
  sb_table_add_column (table, "备注", 12);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);

  for (guint k = 0; k < inputs->len; k++)
    {
      const SbFormInput *input = g_ptr_array_index (inputs, k);
      const SbDossier *d = input->dossier;
      const SbCompany *c = &d->company;
      const char *phone;

      if (d->tase == NULL || d->tase->apply_year != year)
        continue;
      phone = c->contact_mobile != NULL && *c->contact_mobile != '\0' ? c->contact_mobile
                                                                       : c->contact_phone;
      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, ++n)->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, c->name)->wrap = TRUE;
      sb_row_add_code (row, c->credit_code);
      sb_row_add_text (row, c->district != NULL ? c->district
                                                : sb_form_region_name (c->region))->wrap = TRUE;
      sb_row_add_text (row, d->tase->mode == SB_TASE_REVIEW ? "复审" : "新认定")->align =
        SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, c->contact_name)->wrap = TRUE;
      sb_row_add_code (row, phone);
      sb_row_add_empty (row);
      {
        g_autofree char *what = g_strdup_printf ("%s", c->name != NULL ? c->name : "");
        g_autofree char *problem = sb_credit_code_problem (c->credit_code, what);

        if (problem != NULL)
          sb_form_add_warning (form, "%s", problem);
      }
    }
  if (n == 0)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   _("No company applies for TASE recognition in %d"), year);
      return NULL;
    }
  sb_table_add_below (table, "区（市）联系人：" SB_FORM_SIGN_LINE "　联系电话：" SB_FORM_SIGN_LINE);
  sb_table_add_below (table, "日期：　　　　年　　月　　日");
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------------- */
/* 附件3 技术先进型服务业务收入及离岸外包收入明细表                         */

enum
{
  A3_NO,
  A3_CONTRACT_NO,
  A3_NAME,
  A3_CLIENT,
  A3_COUNTRY,
  A3_CATEGORY,
  A3_OFFSHORE,
  A3_AMOUNT,
  A3_REVENUE,
  A3_REGISTRATION,
  A3_EVIDENCE,
  A3_N_COLUMNS
};

static const struct
{
  const char *header;
  double      width;
} annex3_columns[A3_N_COLUMNS] = {
  { "序号", 5 },
  { "合同编号", 13 },
  { "合同名称", 20 },
  { "委托方", 18 },
  { "委托方国家（地区）", 10 },
  { "业务类别", 18 },
  { "是否离岸", 6 },
  { "合同金额（元）", 15 },
  { "本年确认收入（元）", 15 },
  { "合同登记情况", 22 },
  { "证明材料（发票、收汇凭证号）", 26 },
};

/* The sums of one group of contracts, to the fen (SB_UNSET: past the
 * range of gint64, left blank). */
typedef struct
{
  gint64 amount;
  gint64 revenue;
} Sums;

static void
sum_add (gint64 *sum, gint64 value)
{
  if (value == SB_UNSET || *sum == SB_UNSET)
    return;
  if (__builtin_add_overflow (*sum, value, sum) || *sum == SB_UNSET)
    *sum = SB_UNSET;
}

static void
sums_add (Sums *sums, const SbContract *c)
{
  sum_add (&sums->amount, c->amount);
  sum_add (&sums->revenue, c->revenue);
}

static SbTableRow *
add_total_label (SbTable *table, const char *label)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_TOTAL);
  SbCell *cell = sb_row_add_text (row, label);

  cell->col_span = A3_AMOUNT;
  return row;
}

static void
add_sums_row (SbTable *table, const char *label, const Sums *sums)
{
  SbTableRow *row = add_total_label (table, label);

  sb_row_add_money (row, sums->amount);
  sb_row_add_money (row, sums->revenue);
  sb_row_add_empty (row)->col_span = A3_N_COLUMNS - A3_REGISTRATION;
}

static void
add_figure_row (SbTable *table, const char *label, gboolean ratio, gint64 money, SbRatio value)
{
  SbTableRow *row = add_total_label (table, label);

  sb_row_add_empty (row);
  if (ratio)
    sb_row_add_percent (row, value);
  else
    sb_row_add_money (row, money);
  sb_row_add_empty (row)->col_span = A3_N_COLUMNS - A3_REGISTRATION;
}

/* The figures and ratio checks of @year, from the evaluation where the year
 * was evaluated. */
typedef struct
{
  SbTaseYearFigures figures;
  SbRatio           catalogue_ratio;
  SbRatio           offshore_ratio;
} YearDetail;

static SbRatio
check_value (GPtrArray *checks, const char *id, int year, gboolean *found)
{
  const SbCheck *check = sb_form_find_check (checks, id, year);

  *found = check != NULL;
  return check != NULL ? check->value : sb_ratio (0, 0);
}

static void
year_detail (const SbFormInput *input, int year, YearDetail *out)
{
  const SbEvaluation *ev = input->evaluation;
  const SbTaseYearFigures *f = ev->tase != NULL ? find_figures (ev->tase, year) : NULL;
  gboolean a = FALSE, b = FALSE;

  if (f != NULL)
    {
      out->figures = *f;
      out->catalogue_ratio = check_value (ev->tase->checks, "tase.tase_revenue", year, &a);
      out->offshore_ratio = check_value (ev->tase->checks, "tase.offshore_revenue", year, &b);
    }
  else if (ev->annual_report != NULL && ev->annual_report->year == year)
    {
      out->figures = ev->annual_report->figures;
      out->catalogue_ratio = check_value (ev->annual_report->checks, "tase.tase_revenue", year, &a);
      out->offshore_ratio = check_value (ev->annual_report->checks, "tase.offshore_revenue", year,
                                         &b);
    }
  else
    {
      /* a year neither program tests: the engine's figures, the plain ratios */
      const SbTaseYearFigures *g = &out->figures;

      sb_tase_year_figures (sb_dossier_find_year (input->dossier, year), year,
                            &out->figures, NULL);
      a = b = TRUE;
      out->catalogue_ratio = sb_ratio (0, 0);
      out->offshore_ratio = sb_ratio (0, 0);
      if (g->total_revenue != SB_UNSET && g->total_revenue > 0)
        {
          if (g->catalogue_revenue != SB_UNSET)
            out->catalogue_ratio = sb_ratio (g->catalogue_revenue, g->total_revenue);
          if (g->offshore_revenue != SB_UNSET)
            out->offshore_ratio = sb_ratio (g->offshore_revenue, g->total_revenue);
        }
    }
  if (!a)
    out->catalogue_ratio = sb_ratio (0, 0);
  if (!b)
    out->offshore_ratio = sb_ratio (0, 0);
}

static void
add_contract_row (SbTable *table, const SbTaseRules *rules, guint index, const SbContract *c)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
  const SbTaseCategory *category = NULL;
  SbCell *cell;

  if (c->category != NULL)
    category = sb_tase_rules_find_category (rules, c->category);

  sb_row_add_integer (row, index + 1)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_text (row, c->no)->wrap = TRUE;
  sb_row_add_text (row, c->name)->wrap = TRUE;
  sb_row_add_text (row, c->client)->wrap = TRUE;
  sb_row_add_text (row, sb_form_country_name (c->client_country))->wrap = TRUE;
  cell = sb_row_add_text (row, category != NULL ? category->name
                                : c->category != NULL ? c->category : "不属于认定范围");
  cell->wrap = TRUE;
  sb_row_add_text (row, sb_form_tri_text (c->offshore))->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_money (row, c->amount);
  sb_row_add_money (row, c->revenue);
  /* 合同登记情况 as DOSSIER.md prints it: "技术合同认定登记 NO" / "合同执行额登记 NO" */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; c->registrations != NULL && i < c->registrations->len; i++)
      {
        const SbRegistration *r = g_ptr_array_index (c->registrations, i);

        g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n" : "",
                                r->kind == SB_REGISTRATION_TECH ? "技术合同认定登记"
                                                                : "合同执行额登记",
                                r->no != NULL ? r->no : "");
      }
    sb_row_add_text (row, text->str)->wrap = TRUE;
  }
  /* one item a line, so that a number (a 20-digit 数电票) wraps whole */
  {
    g_auto(GStrv) parts = g_strsplit (c->evidence != NULL ? c->evidence : "", "；", -1);
    g_autofree char *lines = g_strjoinv ("；\n", parts);

    sb_row_add_text (row, lines)->wrap = TRUE;
  }
}

static void
add_annex3_table (SbForm *form, const SbFormInput *input, const SbTaseRules *rules, int year)
{
  const SbDossier *d = input->dossier;
  const SbYear *y = sb_dossier_find_year (d, year);
  g_autofree char *sheet = g_strdup_printf ("%d年", year);
  g_autofree char *title = g_strdup_printf ("%d年技术先进型服务业务收入及离岸外包收入明细表",
                                            year);
  g_autofree char *company = NULL;
  Sums all = { 0, 0 }, catalogue = { 0, 0 }, offshore = { 0, 0 };
  YearDetail detail;
  SbTable *table = sb_form_add_table (form, sheet, title);
  SbTableRow *row;

  table->landscape = TRUE;
  company = g_strdup_printf ("申报单位：%s　　统一社会信用代码：%s　　单位：元",
                             d->company.name != NULL ? d->company.name : "",
                             d->company.credit_code != NULL ? d->company.credit_code : "");
  sb_table_add_above (table, company);

  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < A3_N_COLUMNS; i++)
    {
      sb_table_add_column (table, annex3_columns[i].header, annex3_columns[i].width);
      sb_row_add_header (row, annex3_columns[i].header, 1, 1);
    }

  for (guint i = 0; y != NULL && y->contracts != NULL && i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);

      add_contract_row (table, rules, i, c);
      sums_add (&all, c);
      if (c->category != NULL)
        {
          sums_add (&catalogue, c);
          if (c->offshore == SB_TRI_TRUE)
            sums_add (&offshore, c);
        }
    }

  year_detail (input, year, &detail);
  if (all.revenue != SB_UNSET && detail.figures.total_revenue != SB_UNSET
      && all.revenue > detail.figures.total_revenue)
    {
      g_autofree char *a = sb_form_cell_text (SB_CELL_MONEY, all.revenue);
      g_autofree char *b = sb_form_cell_text (SB_CELL_MONEY, detail.figures.total_revenue);

      sb_form_add_warning (form, _("附件3 %d: the contracts' revenue in the year (%s) exceeds "
                                   "the total revenue (总收入, %s): check the contracts and the "
                                   "year's income."), year, a, b);
    }
  add_sums_row (table, "合计", &all);
  add_sums_row (table, "其中：技术先进型服务业务收入", &catalogue);
  add_sums_row (table, "其中：离岸外包收入", &offshore);
  add_figure_row (table, "总收入（收入总额 − 不征税收入）", FALSE,
                  detail.figures.total_revenue, sb_ratio (0, 0));
  add_figure_row (table, "技术先进型服务业务收入占总收入比例", TRUE, 0,
                  detail.catalogue_ratio);
  add_figure_row (table, "离岸外包收入占总收入比例", TRUE, 0, detail.offshore_ratio);

  if (y == NULL)
    sb_table_add_below (table, "注：本年度无数据。");
  else if (!detail.figures.from_contracts)
    {
      g_autofree char *a = sb_form_cell_text (SB_CELL_MONEY, detail.figures.catalogue_revenue);
      g_autofree char *b = sb_form_cell_text (SB_CELL_MONEY, detail.figures.offshore_revenue);
      g_autofree char *note = g_strdup_printf ("注：本年度未填列合同明细，比例按年度填报数计算："
                                               "技术先进型服务业务收入 %s 元，离岸外包收入 %s 元。",
                                               *a != '\0' ? a : "—", *b != '\0' ? b : "—");
      sb_table_add_below (table, note);
    }
  sb_table_add_below (table, "注：离岸外包收入指与境外单位签订委托合同、从境外单位取得的"
                             "技术先进型服务业务收入。");
  sb_form_add_signature (table);
}

SbForm *
sb_form_build_tase_annex3 (const SbFormInput *input, GError **error)
{
  const SbDossier *d = input->dossier;
  const SbEvaluation *ev = input->evaluation;
  const char *profile;
  const SbTaseRules *rules;
  g_autoptr(SbForm) form = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));

  if (ev != NULL && ev->tase != NULL && d->tase != NULL)
    profile = d->tase->profile;
  else if (ev != NULL && ev->annual_report != NULL && d->annual_report != NULL)
    profile = d->annual_report->profile;
  else
    return not_asked (input, error);
  if ((rules = tase_rules (input, profile, error)) == NULL)
    return NULL;

  if (input->year != 0)
    {
      if (sb_dossier_find_year (d, input->year) == NULL)
        return no_year (input->year, error);
      g_array_append_val (years, input->year);
    }
  else if (ev->tase != NULL && d->tase != NULL)
    for (guint i = 0; i < ev->tase->years->len; i++)
      g_array_append_val (years, g_array_index (ev->tase->years, SbTaseYearFigures, i).year);
  else
    g_array_append_val (years, ev->annual_report->year);

  form = sb_form_new ("tase-annex3", "技术先进型服务业务收入及离岸外包收入明细表");
  for (guint i = 0; i < years->len; i++)
    add_annex3_table (form, input, rules, g_array_index (years, int, i));
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------------- */
/* 需提交的申报材料                                                        */

/* The materials of notice 000 (../shared/seeds/000_*.txt, 一（三）) word for
 * word; %1$d is the year before the application, %2$d and %3$d the two
 * before it (the notice: "上一年度(2024年度)", "(2022、2023、2024年度）"). */
static const char * const dalian_materials[] = {
  "技术先进型服务企业认定（复核）申请表；",
  "企业开展技术先进型服务业务论述（1000字以上）；",
  "企业营业执照复印件；",
  "企业管理章程；",
  "新认定企业提交经审计的上一年度(%1$d年度)企业财务报表，复审企业提交经审计的近三个年度"
  "(%3$d、%2$d、%1$d年度）企业财务报表；",
  "企业工作场所证明复印件（企业房屋产权证或房屋租赁合同）；",
  "企业技术实力或研发能力证明材料，包括知识产权证书或独占许可协议，新产品或新技术证明（查新）"
  "材料，获国家或本市科技计划项目立项或科技奖励证明，开发能力和成熟度模型认定证书、开发能力和"
  "成熟度模型集成认定证书、IT服务管理认定证书、信息安全管理认定证书、服务提供商环境安全认定证书、"
  "ISO质量体系认证证书、人力资源能力认证证书或者其他认证证书，获新技术新产品（服务）认定证明等；",
  "新认定企业上年度（%1$d年度）、复审企业近三个年度(%3$d、%2$d、%1$d年度）技术先进型服务业务收入"
  "以及离岸外包收入明细表(见附件3），附相关证明材料。其中：企业离岸服务外包业务合同须在市商务局"
  "进行合同执行额登记（需提供总额占企业当年总收入35%%以上的票据）、技术先进型服务业务合同已在市"
  "科技局进行技术合同认定登记并已核定技术性收入的，出具相关的证明。企业登记（核定）的业务收入占"
  "总收入比例达到认定条件规定的，企业可不提供合同、发票等证明材料；达不到认定条件规定的，企业须"
  "就差额部分提供等额或以上的合同、发票（复印件）作为证明。",
  "企业员工花名册（注明员工学历结构、从事离岸服务外包人员情况），企业就业人员社会保险缴费单复印件。",
  NULL
};

static const char * const dalian_notes[] = {
  "说明：",
  "（1）以上所有材料【1至9】均需加盖企业公章，扫描成PDF格式电子版材料报送各自所在区、市、县"
  "科技管理部门，纸质材料企业留存备查。",
  "（2）以上所有材料【2至9】在技术先进型服务企业认定管理工作网(https://hjrz.chinatorch.org.cn)"
  "上以附件形式以PDF格式按顺序上传）。",
  NULL
};

/* 页码 stays blank: the book's pages are numbered when it is bound. */
static void
add_material_row (SbTable *table, guint index, const char *title, gboolean done,
                  const char *note)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);

  sb_row_add_integer (row, index + 1)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_text (row, title)->wrap = TRUE;
  sb_row_add_text (row, done ? "是" : "否")->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_empty (row);
  sb_row_add_text (row, note)->wrap = TRUE;
}

/* The items of the notice of @policy, year-resolved for @apply_year (NULL
 * for a notice whose words the program does not carry: the profile's list). */
static GPtrArray *
notice_materials (SbPolicy *policy, int apply_year)
{
  GPtrArray *out;

  if (!g_str_has_prefix (sb_policy_get_id (policy), "tase-dalian-"))
    return NULL;
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; dalian_materials[i] != NULL; i++)
    g_ptr_array_add (out, g_strdup_printf (dalian_materials[i], apply_year - 1, apply_year - 2,
                                           apply_year - 3));
  return out;
}

/* The notice's items word for word (year-resolved), with the checklist's
 * 是否已备 and 备注 by position; the notice's notes below; a 页码 column. */
SbForm *
sb_form_build_tase_materials (const SbFormInput *input, GError **error)
{
  const SbDossier *d = input->dossier;
  SbTaseApplication *tase = input->enterprise != NULL
                            ? sb_enterprise_get_tase (input->enterprise) : NULL;
  GListModel *items = NULL;
  SbPolicy *policy;
  const SbTaseRules *rules;
  g_autoptr(SbForm) form = NULL;
  g_autoptr(GPtrArray) notice = NULL;
  g_autofree char *company = NULL;
  g_autofree char *basis = NULL;
  SbTable *table;
  SbTableRow *row;
  guint n_items, n_rows;

  if (d->tase == NULL)
    return not_asked (input, error);
  if ((policy = sb_policy_set_lookup (input->policies, d->tase->profile, error)) == NULL
      || (rules = sb_tase_rules_get (policy, error)) == NULL)
    return NULL;

  form = sb_form_new ("tase-materials", "需提交的申报材料");
  table = sb_form_add_table (form, "申报材料", "需提交的申报材料");
  company = g_strdup_printf ("申报单位：%s　　申报类型：%s",
                             d->company.name != NULL ? d->company.name : "",
                             d->tase->mode == SB_TASE_REVIEW ? "复审" : "新认定");
  sb_table_add_above (table, company);
  basis = g_strdup_printf ("依据：《%s》（编制页码、总目录后装订成册）", sb_policy_get_title (policy));
  sb_table_add_above (table, basis);

  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_table_add_column (table, "序号", 5);
  sb_table_add_column (table, "材料名称", 56);
  sb_table_add_column (table, "是否已备", 8);
  sb_table_add_column (table, "页码", 8);
  sb_table_add_column (table, "备注", 18);
  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);

  if (tase != NULL)
    items = sb_tase_application_get_materials (tase);
  n_items = items != NULL ? g_list_model_get_n_items (items) : 0;
  notice = notice_materials (policy, d->tase->apply_year);
  n_rows = notice != NULL ? MAX (notice->len, n_items) : n_items;
  if (notice == NULL && n_items == 0)
    for (n_rows = 0; rules->materials != NULL && rules->materials[n_rows] != NULL; n_rows++)
      ;
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(SbMaterialItem) item = i < n_items ? g_list_model_get_item (items, i) : NULL;
      g_autofree char *title = NULL, *note = NULL;
      gboolean done = FALSE;

      if (item != NULL)
        g_object_get (item, "title", &title, "done", &done, "note", &note, NULL);
      /* the notice's words for its items; the checklist's own beyond them */
      if (notice != NULL && i < notice->len)
        add_material_row (table, i, g_ptr_array_index (notice, i), done, note);
      else if (item != NULL)
        add_material_row (table, i, title, done, note);
      else
        add_material_row (table, i, rules->materials[i], FALSE, NULL);
    }

  if (notice != NULL)
    for (guint i = 0; dalian_notes[i] != NULL; i++)
      sb_table_add_below (table, dalian_notes[i]);
  sb_form_add_signature (table);
  return g_steal_pointer (&form);
}
