/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-hnte.c: the HNTE summary: R&D expense and sales of the three
 * fiscal years, the ratios, growth and the innovation score range. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-form-builders.h"
#include "sb-form-parts.h"

/* Columns: item, threshold, one per year, then the years' total. */
enum
{
  COL_ITEM,
  COL_THRESHOLD,
  COL_FIRST_YEAR,
};

typedef struct
{
  const SbDossier    *d;
  const SbHnteReport *report;
  const SbHnteRules  *rules;
  int                 first;     /* the first of the fiscal years */
  int                 n_years;
  int                 reg_year;  /* 0: unknown */
  SbTable            *table;
} Ctx;

static guint
total_column (const Ctx *c)
{
  return COL_FIRST_YEAR + c->n_years;
}

static gboolean
operated (const Ctx *c, int year)
{
  return c->reg_year == 0 || year >= c->reg_year;
}

static const SbYear *
year_figures (const Ctx *c, int year)
{
  return operated (c, year) ? sb_dossier_find_year (c->d, year) : NULL;
}

/* A row: the label, an empty threshold cell. */
static SbTableRow *
add_row (Ctx *c, const char *label)
{
  SbTableRow *row = sb_form_add_label (c->table, label, 1);

  sb_row_add_empty (row);
  return row;
}

typedef enum
{
  FIELD_SALES,
  FIELD_RD_DOMESTIC,
  FIELD_TOTAL_REVENUE,
  FIELD_HIGH_TECH,
  FIELD_NET_ASSETS,
} Field;

static gint64
field_value (const SbYear *y, Field field)
{
  if (y == NULL)
    return SB_UNSET;
  switch (field)
    {
    case FIELD_SALES:
      return y->sales_revenue;
    case FIELD_RD_DOMESTIC:
      return y->rd_expense_domestic;
    case FIELD_TOTAL_REVENUE:
      if (y->income_total == SB_UNSET)
        return SB_UNSET;
      return y->income_total - (y->non_taxable_income != SB_UNSET ? y->non_taxable_income : 0);
    case FIELD_HIGH_TECH:
      return y->high_tech_revenue;
    case FIELD_NET_ASSETS:
    default:
      return y->net_assets_end;
    }
}

/* A money row by year; @total: SB_UNSET for a blank total cell, or the
 * total; @sum: the total is the sum of the years (blank when one is absent). */
static void
add_money_row (Ctx *c, const char *label, Field field, gboolean sum, gint64 total)
{
  SbTableRow *row = add_row (c, label);
  gint64 s = 0;
  gboolean complete = TRUE;

  for (int i = 0; i < c->n_years; i++)
    {
      int year = c->first + i;
      gint64 v = field_value (year_figures (c, year), field);

      if (!operated (c, year))
        {
          sb_row_add_text (row, "未经营")->align = SB_CELL_ALIGN_CENTER;
          continue;
        }
      sb_row_add_money (row, v);
      if (v == SB_UNSET)
        complete = FALSE;
      else
        s += v;
    }
  if (sum)
    total = complete ? s : SB_UNSET;
  sb_row_add_money (row, total);
}

/* The R&D expense of @y as the engine counts it, in 1/rd_unit fen;
 * SB_UNSET when absent. */
static gint64
rd_units (const Ctx *c, const SbYear *y)
{
  SbHnteRd rd;

  if (y == NULL)
    return SB_UNSET;
  if (y->has_rd_ledger)
    return sb_hnte_rd_from_ledger (c->rules, y->rd_ledger, &rd) ? rd.counted.num : SB_UNSET;
  return y->rd_expense != SB_UNSET ? y->rd_expense * c->rules->rd_unit : SB_UNSET;
}

/* R&D expense by year.  A year's exact figure may hold fractions of a fen
 * (outsourced R&D at 80%): each year shows the rounded running total less
 * the rounded running total before it, so that the years add up to the
 * engine's rounded total to the fen. */
static void
add_rd_row (Ctx *c)
{
  SbTableRow *row = add_row (c, "研究开发费用总额（元）");
  SbRatio per_fen = sb_ratio (1, c->rules->rd_unit);
  gint64 running = 0, shown = 0;

  for (int i = 0; i < c->n_years; i++)
    {
      int year = c->first + i;
      gint64 u = rd_units (c, year_figures (c, year));
      gint64 rounded;

      if (!operated (c, year))
        {
          sb_row_add_text (row, "未经营")->align = SB_CELL_ALIGN_CENTER;
          continue;
        }
      if (u == SB_UNSET)
        {
          sb_row_add_money (row, SB_UNSET);
          continue;
        }
      running += u;
      rounded = sb_money_mul_ratio_round (running, per_fen);
      sb_row_add_money (row, c->report->rd_total != SB_UNSET
                             ? rounded - shown
                             : sb_money_mul_ratio_round (u, per_fen));
      shown = rounded;
    }
  sb_row_add_money (row, c->report->rd_total);
}

/* A ratio of the years or of the last year: the value in column @col, the
 * check's threshold, and a verdict row below. */
static void
add_ratio_rows (Ctx *c, const char *label, const char *id, guint col)
{
  const SbCheck *check = sb_form_find_check (c->report->checks, id, 0);
  guint n = sb_table_get_n_columns (c->table);
  g_autofree char *verdict = sb_form_check_text (check);
  SbTableRow *row = sb_form_add_label (c->table, label, 1);

  sb_row_add_percent (row, check != NULL ? check->threshold : sb_ratio (0, 0));
  for (guint i = COL_FIRST_YEAR; i < n; i++)
    if (i == col)
      sb_row_add_percent (row, check != NULL ? check->value : sb_ratio (0, 0));
    else
      sb_row_add_empty (row);

  row = add_row (c, "　是否符合");
  for (guint i = COL_FIRST_YEAR; i < n; i++)
    if (i == col)
      sb_row_add_text (row, verdict)->align = SB_CELL_ALIGN_CENTER;
    else
      sb_row_add_empty (row);
}

/* "9–10", "7"; "" when unknown (-1) */
static char *
range_text (int low, int high)
{
  if (low < 0)
    return g_strdup ("");
  if (low == high)
    return g_strdup_printf ("%d", low);
  return g_strdup_printf ("%d–%d", low, high);
}

/* A score: its maximum in the label, the range in the total column. */
static void
add_score_row (Ctx *c, const char *label, gint64 max, int low, int high)
{
  g_autofree char *text = g_strdup_printf ("%s（满分 %" G_GINT64_FORMAT " 分）", label, max);
  g_autofree char *range = range_text (low, high);
  SbTableRow *row = add_row (c, text);

  for (int i = 0; i < c->n_years; i++)
    sb_row_add_empty (row);
  sb_row_add_text (row, range)->align = SB_CELL_ALIGN_RIGHT;
}

static void
add_condition_row (Ctx *c, const char *label, const char *id)
{
  const SbCheck *check = sb_form_find_check (c->report->checks, id, 0);
  g_autofree char *text = NULL;
  SbTableRow *row;
  SbCell *cell;

  if (check == NULL)
    return;
  text = sb_form_check_text (check);
  row = sb_form_add_label (c->table, label, 2);
  cell = sb_row_add_text (row, text);
  cell->col_span = sb_table_get_n_columns (c->table) - 2;
  cell->align = SB_CELL_ALIGN_CENTER;
}

/* An amount of sales as the guide writes it: "5,000万元", "2亿元". */
static char *
sales_text (gint64 fen)
{
  /* 1 亿元 = 10,000,000,000 fen, 1 万元 = 1,000,000 fen */
  gint64 yi = G_GINT64_CONSTANT (10000000000);
  g_autofree char *wan = NULL;

  if (fen > 0 && fen % yi == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "亿元", fen / yi);
  wan = sb_form_cell_text (SB_CELL_MONEY_WAN, fen);
  /* 5,000.0000 → 5,000 */
  if (g_str_has_suffix (wan, ".0000"))
    wan[strlen (wan) - 5] = '\0';
  return g_strconcat (wan, "万元", NULL);
}

/* The tier of the R&D ratio the check applied, in the guide's words. */
static char *
tier_text (const Ctx *c)
{
  const SbCheck *check = sb_form_find_check (c->report->checks, "hnte.rd_ratio", 0);
  g_autofree char *t1 = NULL, *t2 = NULL;

  if (check == NULL || check->threshold.den == 0)
    return NULL;
  t1 = sales_text (c->rules->rd_tier1_max_sales);
  t2 = sales_text (c->rules->rd_tier2_max_sales);
  if (sb_ratio_compare (check->threshold, c->rules->rd_ratio_tier1) == 0)
    return g_strdup_printf ("最近一年销售收入小于%s（含）", t1);
  if (sb_ratio_compare (check->threshold, c->rules->rd_ratio_tier2) == 0)
    return g_strdup_printf ("最近一年销售收入在%s至%s（含）", t1, t2);
  return g_strdup_printf ("最近一年销售收入在%s以上", t2);
}

SbForm *
sb_form_build_hnte_self (const SbFormInput *input, GError **error)
{
  const SbDossier *d = input->dossier;
  const SbHnteReport *report;
  SbPolicy *policy;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *tier = NULL;
  g_autofree char *note = NULL;
  g_autofree char *outsourced = NULL, *other = NULL, *away = NULL;
  SbTableRow *row;
  SbCell *cell;
  int apply_year;
  gint64 item_max;
  guint last_col;
  Ctx c = { 0 };

  if (d->hnte == NULL || input->evaluation == NULL || input->evaluation->hnte == NULL)
    {
      const char *name = d->company.name;

      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   /* TRANSLATORS: %s is the company's name */
                   _("%s does not apply for recognition as a high and new technology enterprise "
                     "(HNTE): add the HNTE application first"),
                   name != NULL && *name != '\0' ? name : _("The company"));
      return NULL;
    }
  report = input->evaluation->hnte;
  if ((policy = sb_policy_set_lookup (input->policies, d->hnte->profile, error)) == NULL
      || (c.rules = sb_hnte_rules_get (policy, error)) == NULL)
    return NULL;

  apply_year = sb_date_year (report->apply_date);
  c.d = d;
  c.report = report;
  c.n_years = c.rules->fiscal_years;
  c.first = apply_year - c.n_years;
  c.reg_year = d->company.registered_on != SB_DATE_UNSET
               ? sb_date_year (d->company.registered_on) : 0;
  if (input->year != 0
      && (input->year < c.first || input->year >= apply_year
          || sb_dossier_find_year (d, input->year) == NULL))
    {
      if (input->year < c.first || input->year >= apply_year)
        g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                     _("The HNTE application looks at the years %d to %d, not %d"),
                     c.first, apply_year - 1, input->year);
      else
        g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NO_YEAR,
                     _("The company has no figures for %d"), input->year);
      return NULL;
    }

  form = sb_form_new ("hnte-self-assessment", "高新技术企业认定条件自评表");
  c.table = sb_form_add_table (form, "自评表", "高新技术企业认定条件自评表（自评）");
  sb_table_add_above (c.table, "本表为申报助手按所填数据所作的自评，供企业核对，不是通知规定的申报表格，不需盖章报送。");
  c.table->landscape = TRUE;

  sb_table_add_column (c.table, "项目", 44);
  sb_table_add_column (c.table, "认定标准（不低于）", 18);
  for (int i = 0; i < c.n_years; i++)
    {
      g_autofree char *header = g_strdup_printf ("%d年度", c.first + i);
      sb_table_add_column (c.table, header, 17);
    }
  sb_table_add_column (c.table, "近三个会计年度合计", 17);
  row = sb_table_add_row (c.table, SB_ROW_HEADER);
  for (guint i = 0; i < sb_table_get_n_columns (c.table); i++)
    sb_row_add_header (row, g_array_index (c.table->columns, SbTableColumn, i).header, 1, 1);
  last_col = total_column (&c) - 1;

  sb_form_add_section (c.table, "一、企业基本情况");
  sb_form_add_text_line (c.table, "企业名称", 1, d->company.name);
  sb_form_add_text_line (c.table, "统一社会信用代码", 1, d->company.credit_code);
  sb_form_add_text_line (c.table, "注册地", 1, sb_form_region_name (d->company.region));
  row = sb_form_add_label (c.table, "注册成立日期", 1);
  cell = sb_row_add_date (row, d->company.registered_on);
  cell->col_span = sb_table_get_n_columns (c.table) - 1;
  cell->align = SB_CELL_ALIGN_LEFT;
  row = sb_form_add_label (c.table, "申请认定日期", 1);
  cell = sb_row_add_date (row, report->apply_date);
  cell->col_span = sb_table_get_n_columns (c.table) - 1;
  cell->align = SB_CELL_ALIGN_LEFT;
  sb_form_add_text_line (c.table, "技术领域（《国家重点支持的高新技术领域》）", 1,
                         d->declarations.hnte_field);

  sb_form_add_section (c.table, "二、研究开发费用与销售收入");
  add_money_row (&c, "销售收入（元）", FIELD_SALES, FALSE, report->sales_total);
  add_rd_row (&c);
  add_money_row (&c, "其中：境内研究开发费用（元）", FIELD_RD_DOMESTIC, TRUE, SB_UNSET);
  add_ratio_rows (&c, "研究开发费用总额占同期销售收入总额的比例", "hnte.rd_ratio",
                  total_column (&c));
  if ((tier = tier_text (&c)) != NULL)
    {
      g_autofree char *line = g_strdup_printf ("　适用比例：%s", tier);
      sb_form_add_label (c.table, line, sb_table_get_n_columns (c.table));
    }
  add_ratio_rows (&c, "境内研究开发费用占全部研究开发费用的比例", "hnte.rd_domestic",
                  total_column (&c));

  sb_form_add_section (c.table, "三、高新技术产品（服务）收入与科技人员（近一年）");
  add_money_row (&c, "总收入（收入总额 − 不征税收入，元）", FIELD_TOTAL_REVENUE, FALSE, SB_UNSET);
  add_money_row (&c, "高新技术产品（服务）收入（元）", FIELD_HIGH_TECH, FALSE, SB_UNSET);
  add_ratio_rows (&c, "高新技术产品（服务）收入占企业同期总收入的比例", "hnte.ht_revenue",
                  last_col);
  add_ratio_rows (&c, "科技人员占企业当年职工总数的比例", "hnte.st_staff", last_col);

  sb_form_add_section (c.table, "四、企业创新能力评价");
  /* each growth item scores up to the high end of its best band */
  item_max = c.rules->growth_bands->len > 0
             ? g_array_index (c.rules->growth_bands, SbHnteBand, 0).high : 0;
  add_money_row (&c, "年末净资产（元）", FIELD_NET_ASSETS, FALSE, SB_UNSET);
  add_score_row (&c, "净资产增长率得分", item_max,
                 report->growth_net_assets_low, report->growth_net_assets_high);
  add_score_row (&c, "销售收入增长率得分", item_max,
                 report->growth_sales_low, report->growth_sales_high);
  add_score_row (&c, "企业成长性", c.rules->growth_max, report->growth_low, report->growth_high);
  add_score_row (&c, "知识产权", c.rules->ip_max,
                 d->hnte->score_ip != SB_UNSET ? (int) d->hnte->score_ip : -1,
                 d->hnte->score_ip != SB_UNSET ? (int) d->hnte->score_ip : -1);
  add_score_row (&c, "科技成果转化能力", c.rules->conversion_max,
                 report->conversion_low, report->conversion_high);
  add_score_row (&c, "研究开发组织管理水平", c.rules->rd_management_max,
                 d->hnte->score_rd_management != SB_UNSET ? (int) d->hnte->score_rd_management : -1,
                 d->hnte->score_rd_management != SB_UNSET ? (int) d->hnte->score_rd_management : -1);
  {
    const SbCheck *check = sb_form_find_check (report->checks, "hnte.innovation", 0);
    g_autofree char *range = range_text (report->innovation_low, report->innovation_high);
    g_autofree char *verdict = sb_form_check_text (check);

    row = sb_form_add_label (c.table, "创新能力评价总分", 1);
    sb_row_add_integer (row, c.rules->innovation_min);
    for (int i = 0; i < c.n_years; i++)
      sb_row_add_empty (row);
    sb_row_add_text (row, range)->align = SB_CELL_ALIGN_RIGHT;
    row = add_row (&c, "　是否符合");
    for (int i = 0; i < c.n_years; i++)
      sb_row_add_empty (row);
    sb_row_add_text (row, verdict)->align = SB_CELL_ALIGN_CENTER;
  }

  sb_form_add_section (c.table, "五、其他认定条件");
  add_condition_row (&c, "企业注册地在认定区域内", "hnte.region");
  add_condition_row (&c, "企业申请认定时须注册成立一年以上", "hnte.age");
  add_condition_row (&c, "获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权",
                     "hnte.ip");
  add_condition_row (&c, "对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围",
                     "hnte.field");
  add_condition_row (&c, "企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
                     "hnte.no_incident");

  sb_form_add_section (c.table, "六、结论");
  row = sb_form_add_label (c.table, "是否符合认定条件", 2);
  cell = sb_row_add_text (row, report->eligible ? "符合" : "不符合");
  cell->col_span = sb_table_get_n_columns (c.table) - 2;
  cell->align = SB_CELL_ALIGN_CENTER;
  cell->bold = TRUE;

  outsourced = sb_form_rate_text (c.rules->rd_outsourced_share);
  other = sb_form_rate_text (c.rules->rd_other_cap);
  note = g_strdup_printf ("注：研究开发费用中委托外部研究开发费用按实际发生额的 %s%% 计入，"
                          "其他费用不超过研究开发费用总额的 %s%%；创新能力评价各项按得分区间列示，"
                          "结论按区间下限计算。", outsourced, other);
  sb_table_add_below (c.table, note);
  if (report->rd_limited_away != SB_UNSET && report->rd_limited_away > 0)
    {
      g_autofree char *line = NULL;

      away = sb_form_cell_text (SB_CELL_MONEY, report->rd_limited_away);
      line = g_strdup_printf ("注：按上述限额未计入的研究开发费用 %s 元。", away);
      sb_table_add_below (c.table, line);
    }
  return g_steal_pointer (&form);
}
