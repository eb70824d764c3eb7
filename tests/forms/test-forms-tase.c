/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-tase.c: the TASE tables (申报推荐汇总表, 附件3, 需提交的申报材料),
 * the annual information report and the HNTE summary, built from the model
 * and the engine's report. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "sb-dossier-json.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-form-writers.h"
#include "xlsx-read.h"

/* ---------------------------------------------------------------- fixtures */

typedef struct
{
  SbEnterprise *enterprise;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
  SbFormInput   input;
} Company;

static SbPolicySet *policy_set;
static GHashTable  *known;
static char        *tmpdir;

static SbDate
at (void)
{
  return sb_date_from_ymd (2025, 12, 1);
}

static Company *
company_new (SbDossier *d)
{
  Company *c = g_new0 (Company, 1);
  g_autoptr(GError) error = NULL;

  c->enterprise = sb_enterprise_new_from_dossier (d);
  sb_dossier_free (d);
  c->dossier = sb_enterprise_to_dossier (c->enterprise);
  c->evaluation = sb_enterprise_evaluate (c->enterprise, policy_set, at (), &error);
  g_assert_no_error (error);
  g_assert_nonnull (c->evaluation);
  c->input.enterprise = c->enterprise;
  c->input.dossier = c->dossier;
  c->input.evaluation = c->evaluation;
  c->input.policies = policy_set;
  c->input.at = at ();
  c->input.year = 0;
  return c;
}

/* Evaluates @c again after an edit of its model. */
static void
company_refresh (Company *c)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&c->dossier, sb_dossier_free);
  g_clear_pointer (&c->evaluation, sb_evaluation_free);
  c->dossier = sb_enterprise_to_dossier (c->enterprise);
  c->evaluation = sb_enterprise_evaluate (c->enterprise, policy_set, at (), &error);
  g_assert_no_error (error);
  c->input.dossier = c->dossier;
  c->input.evaluation = c->evaluation;
}

static void
company_free (Company *c)
{
  sb_evaluation_free (c->evaluation);
  sb_dossier_free (c->dossier);
  g_assert_finalize_object (c->enterprise);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Company, company_free)

static Company *
load (const char *first, ...)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  SbDossier *d;
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);
  d = sb_dossier_from_file (path, known, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d);
  return company_new (d);
}

static Company *
load_dalian (void)
{
  return load ("data", "examples", "tase-dalian-new.shenbao.json", NULL);
}

static Company *
load_rich (void)
{
  return load ("tests", "model", "rich.shenbao.json", NULL);
}

/* An HNTE applicant of Hangzhou with three years; the R&D ledgers of 2023
 * and 2024 count outsourced R&D at 80%, which leaves 0.4 fen in each. */
static Company *
load_hnte (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SbDossier *d;

  g_string_append (json,
    "{\"format\": \"shenbao-dossier\", \"version\": 1,"
    " \"company\": {\"name\": \"杭州示例科技有限公司\", \"credit_code\": \"91330100MA2H000000\","
    "   \"region\": \"hangzhou\", \"registered_on\": \"2015-03-01\", \"legal_entity\": true},"
    " \"years\": ["
    "  {\"year\": 2022, \"income_total\": 40000000, \"sales_revenue\": 38000000,"
    "   \"rd_expense\": 2000000, \"rd_expense_domestic\": 1900000, \"net_assets_end\": 20000000,"
    "   \"high_tech_revenue\": 30000000},"
    "  {\"year\": 2023, \"income_total\": 47000000, \"sales_revenue\": 45000000,"
    "   \"rd_ledger\": {\"personnel\": 1500000, \"direct\": 300000, \"depreciation\": 100000,"
    "     \"amortization\": 0, \"design\": 0, \"equipment_trial\": 0, \"outsourced\": 500000.03,"
    "     \"other\": 100000},"
    "   \"rd_expense_domestic\": 2300000, \"net_assets_end\": 24000000,"
    "   \"high_tech_revenue\": 35000000},"
    "  {\"year\": 2024, \"income_total\": 50000000, \"non_taxable_income\": 1000000,"
    "   \"sales_revenue\": 48000000,"
    "   \"rd_ledger\": {\"personnel\": 1600000, \"direct\": 400000, \"depreciation\": 0,"
    "     \"amortization\": 0, \"design\": 0, \"equipment_trial\": 0, \"outsourced\": 300000.03,"
    "     \"other\": 50000},"
    "   \"rd_expense_domestic\": 2400000, \"net_assets_end\": 28000000,"
    "   \"high_tech_revenue\": 36000000, \"staff_months\": [");
  for (int m = 1; m <= 12; m++)
    g_string_append_printf (json, "%s{\"month\": %d, \"total_start\": 100, \"total_end\": 100,"
                            " \"degree_start\": 60, \"degree_end\": 60, \"st_start\": 20,"
                            " \"st_end\": 20}", m > 1 ? ", " : "", m);
  g_string_append (json,
    "]}],"
    " \"declarations\": {\"owns_core_ip\": true, \"no_major_incident\": true,"
    "   \"hnte_field\": \"电子信息\"},"
    " \"hnte\": {\"apply_date\": \"2025-06-01\", \"profile\": \"hnte-zhejiang\","
    "   \"innovation_self_score\": {\"ip\": 28, \"rd_management\": 18},"
    "   \"conversion_results\": 15}}");
  d = sb_dossier_from_data (json->str, json->len, known, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d);
  return company_new (d);
}

/* ---------------------------------------------------------------- helpers */

static SbForm *
build (Company *c, const char *id, int year)
{
  g_autoptr(GError) error = NULL;
  SbForm *form;

  c->input.year = year;
  form = sb_form_build (id, &c->input, &error);
  c->input.year = 0;
  g_assert_no_error (error);
  g_assert_nonnull (form);
  g_assert_cmpstr (form->id, ==, id);
  g_assert_cmpstr (form->title, ==, sb_form_lookup (id)->title);
  return form;
}

static void
assert_build_fails (Company *c, const char *id, int year, int code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) form = NULL;

  c->input.year = year;
  form = sb_form_build (id, &c->input, &error);
  c->input.year = 0;
  g_assert_null (form);
  g_assert_error (error, SB_FORM_ERROR, code);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static SbTable *
table_at (SbForm *form, guint i)
{
  g_assert_cmpuint (i, <, form->tables->len);
  return g_ptr_array_index (form->tables, i);
}

static SbTableRow *
row_at (SbTable *table, guint i)
{
  g_assert_cmpuint (i, <, table->rows->len);
  return g_ptr_array_index (table->rows, i);
}

static SbCell *
cell_at (SbTableRow *row, guint i)
{
  g_assert_cmpuint (i, <, row->cells->len);
  return g_ptr_array_index (row->cells, i);
}

static char *
cell_string (SbTableRow *row, guint i)
{
  return sb_cell_format (cell_at (row, i));
}

/* The index of the first row at or after @from whose first cell reads @label. */
static guint
find_row_from (SbTable *table, const char *label, guint from)
{
  for (guint i = from; i < table->rows->len; i++)
    {
      SbTableRow *row = row_at (table, i);
      SbCell *first = cell_at (row, 0);

      if (first->kind == SB_CELL_TEXT && g_strcmp0 (first->text, label) == 0)
        return i;
    }
  g_error ("no row “%s” in “%s”", label, table->title);
  return 0;
}

static SbTableRow *
find_row (SbTable *table, const char *label)
{
  return row_at (table, find_row_from (table, label, 0));
}

/* The verdict row that follows the row @label. */
static SbTableRow *
verdict_row (SbTable *table, const char *label)
{
  guint i = find_row_from (table, label, 0);
  SbTableRow *row = row_at (table, i + 1);

  g_assert_cmpstr (cell_at (row, 0)->text, ==, "　是否符合");
  return row;
}

static void
assert_headers (SbTable *table, const char * const *headers)
{
  SbTableRow *header = row_at (table, 0);

  g_assert_cmpuint (header->kind, ==, SB_ROW_HEADER);
  g_assert_cmpuint (sb_table_get_n_columns (table), ==, g_strv_length ((char **) headers));
  g_assert_cmpuint (header->cells->len, ==, sb_table_get_n_columns (table));
  for (guint i = 0; headers[i] != NULL; i++)
    {
      g_assert_cmpstr (g_array_index (table->columns, SbTableColumn, i).header, ==, headers[i]);
      g_assert_cmpstr (cell_at (header, i)->text, ==, headers[i]);
    }
}

/* Every row's spans cover the columns exactly; header rows come first. */
static void
assert_well_formed (SbForm *form)
{
  for (guint t = 0; t < form->tables->len; t++)
    {
      SbTable *table = table_at (form, t);
      gboolean body_seen = FALSE;

      g_assert_nonnull (table->title);
      g_assert_cmpuint (strlen (table->sheet_name), <=, 31 * 3);
      g_assert_cmpint (g_utf8_strlen (table->sheet_name, -1), <=, 31);
      for (guint r = 0; r < table->rows->len; r++)
        {
          SbTableRow *row = row_at (table, r);
          guint span = 0;

          if (row->kind == SB_ROW_HEADER)
            g_assert_false (body_seen);
          else
            body_seen = TRUE;
          for (guint i = 0; i < row->cells->len; i++)
            span += cell_at (row, i)->col_span;
          g_assert_cmpuint (span, ==, sb_table_get_n_columns (table));
        }
      g_assert_true (body_seen);
    }
}

static void
assert_ratio (const SbCell *cell, SbRatio expected)
{
  g_assert_cmpint (cell->kind, ==, SB_CELL_PERCENT);
  g_assert_cmpint (cell->ratio.num, ==, expected.num);
  g_assert_cmpint (cell->ratio.den, ==, expected.den);
}

/* A percent cell equal in value to @num / @den. */
static void
assert_percent (const SbCell *cell, gint64 num, gint64 den)
{
  g_assert_cmpint (cell->kind, ==, SB_CELL_PERCENT);
  g_assert_cmpint (cell->ratio.den, !=, 0);
  g_assert_cmpint (sb_ratio_compare (cell->ratio, sb_ratio (num, den)), ==, 0);
}

static void
assert_money (const SbCell *cell, gint64 fen)
{
  g_assert_cmpint (cell->kind, ==, SB_CELL_MONEY);
  g_assert_cmpint (cell->value, ==, fen);
}

static const SbCheck *
check_of (GPtrArray *checks, const char *id, int year)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const SbCheck *check = g_ptr_array_index (checks, i);

      if (g_strcmp0 (check->id, id) == 0 && check->year == year)
        return check;
    }
  g_error ("no check %s %d", id, year);
  return NULL;
}

static char *squeeze (const char *text);

/* The text of notice @id (../shared/seeds/ID_*.txt); skips the test when absent. */
static char *
read_notice (const char *id)
{
  const char *dir = g_getenv ("SHENBAO_SEEDS_DIR");
  g_autoptr(GDir) d = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, id) && g_str_has_suffix (name, ".txt"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        char *text = NULL;

        if (g_file_get_contents (path, &text, NULL, NULL))
          return text;
      }
  return g_strdup ("");
}

static gboolean
has_line (GPtrArray *lines, const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), prefix))
      return TRUE;
  return FALSE;
}

/* ---------------------------------------------------------------- TASE summary */

static void
test_summary_new (void)
{
  g_autoptr(Company) c = load_dalian ();
  g_autoptr(SbForm) form = build (c, "tase-self-assessment", 0);
  const SbTaseReport *report = c->evaluation->tase;
  const char * const headers[] = { "项目", "认定标准（不低于）", "2024年度", NULL };
  SbTable *table;
  SbTableRow *row;
  g_autofree char *text = NULL;

  assert_well_formed (form);
  g_assert_cmpstr (form->title, ==, "技术先进型服务企业认定条件自评表");
  g_assert_cmpuint (form->tables->len, ==, 1);
  table = table_at (form, 0);
  g_assert_cmpstr (table->title, ==, "2025年度技术先进型服务企业认定条件自评表（自评）");
  assert_headers (table, headers);

  g_assert_cmpstr (cell_at (find_row (table, "企业名称"), 1)->text, ==, "大连星海软件有限公司");
  g_assert_cmpstr (cell_at (find_row (table, "统一社会信用代码"), 1)->text, ==,
                   "91210200MA0Q1A2B3C");
  g_assert_cmpstr (cell_at (find_row (table, "注册地"), 1)->text, ==, "大连市");
  g_assert_cmpstr (cell_at (find_row (table, "申报类型"), 1)->text, ==, "新认定");

  /* 30,500,000 − 500,000 */
  assert_money (cell_at (find_row (table, "收入总额（元）"), 2), 3050000000);
  assert_money (cell_at (find_row (table, "不征税收入（元）"), 2), 50000000);
  assert_money (cell_at (find_row (table, "总收入（收入总额 − 不征税收入，元）"), 2), 3000000000);
  /* the catalogue contracts: 8,800,000 + 2,500,000 + 5,200,000; offshore the first two */
  assert_money (cell_at (find_row (table, "技术先进型服务业务收入（元）"), 2), 1650000000);
  assert_money (cell_at (find_row (table, "离岸外包收入（元）"), 2), 1130000000);
  row = find_row (table, "职工总数（全年月平均数，人）");
  g_assert_cmpint (cell_at (row, 2)->kind, ==, SB_CELL_DECIMAL);
  text = cell_string (row, 2);
  g_assert_cmpstr (text, ==, "156.00");
  g_clear_pointer (&text, g_free);
  text = cell_string (find_row (table, "大专以上学历员工数（全年月平均数，人）"), 2);
  g_assert_cmpstr (text, ==, "76.00");
  g_clear_pointer (&text, g_free);

  /* the three ratios: the engine's exact values, thresholds and verdicts */
  row = find_row (table, "大专以上学历员工占比");
  assert_ratio (cell_at (row, 1), check_of (report->checks, "tase.degree_staff", 2024)->threshold);
  assert_ratio (cell_at (row, 2), check_of (report->checks, "tase.degree_staff", 2024)->value);
  text = cell_string (row, 2);
  g_assert_cmpstr (text, ==, "48.72%");
  g_clear_pointer (&text, g_free);
  text = cell_string (row, 1);
  g_assert_cmpstr (text, ==, "50.00%");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (cell_at (verdict_row (table, "大专以上学历员工占比"), 2)->text, ==,
                   "不符合（尚差 4 人）");

  row = find_row (table, "技术先进型服务业务收入占比");
  assert_ratio (cell_at (row, 2), check_of (report->checks, "tase.tase_revenue", 2024)->value);
  text = cell_string (row, 2);
  g_assert_cmpstr (text, ==, "55.00%");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (cell_at (verdict_row (table, "技术先进型服务业务收入占比"), 2)->text, ==,
                   "符合");

  row = find_row (table, "离岸服务外包业务收入占比");
  assert_percent (cell_at (row, 1), 35, 100);
  assert_ratio (cell_at (row, 2), check_of (report->checks, "tase.offshore_revenue", 2024)->value);
  text = cell_string (row, 2);
  g_assert_cmpstr (text, ==, "37.67%");
  g_clear_pointer (&text, g_free);
  text = cell_string (row, 1);
  g_assert_cmpstr (text, ==, "35.00%");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (cell_at (verdict_row (table, "离岸服务外包业务收入占比"), 2)->text, ==,
                   "符合");

  g_assert_cmpstr (cell_at (find_row (table, "具有法人资格"), 1)->text, ==, "符合");
  g_assert_cmpstr (cell_at (find_row (table, "注册地在认定地区内"), 1)->text, ==, "符合");
  g_assert_cmpstr (cell_at (find_row (table, "在“服务外包信息管理应用”登记软件出口与服务外包数据"),
                            1)->text, ==, "已声明");

  g_assert_false (report->eligible);
  g_assert_cmpstr (cell_at (find_row (table, "是否符合认定条件"), 1)->text, ==, "不符合");
  /* 4,200,000 × (25% − 15%) */
  assert_money (cell_at (find_row (table, "企业所得税减免额（估算，元）"), 1), 42000000);
  g_assert_cmpint (report->tax_benefit, ==, 42000000);

  g_assert_true (has_line (table->below, "注：减免额为估算，按2024年度应纳税所得额 ×（25% − 15%）计算"));
  /* a 自评 worksheet: no seal, no signature */
  g_assert_false (has_line (table->below, "申报单位（盖章）"));
  g_assert_true (has_line (table->above, "本表为申报助手按所填数据所作的自评"));
}

static void
test_summary_review (void)
{
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = build (c, "tase-self-assessment", 0);
  g_autoptr(SbForm) one = NULL;
  const char * const headers[] = { "项目", "认定标准（不低于）", "2022年度", "2023年度",
                                   "2024年度", NULL };
  const char * const headers_2023[] = { "项目", "认定标准（不低于）", "2023年度", NULL };
  SbTable *table;
  SbTableRow *row;

  assert_well_formed (form);
  table = table_at (form, 0);
  assert_headers (table, headers);
  g_assert_cmpstr (cell_at (find_row (table, "申报类型"), 1)->text, ==, "复审");

  /* 2022: income 1 元, no staff months: the ratios are blank, data missing */
  row = find_row (table, "总收入（收入总额 − 不征税收入，元）");
  assert_money (cell_at (row, 2), 100);
  assert_money (cell_at (row, 3), SB_UNSET);
  assert_money (cell_at (row, 4), 5000000000);
  row = find_row (table, "大专以上学历员工占比");
  g_assert_cmpint (cell_at (row, 2)->ratio.den, ==, 0);
  g_assert_cmpstr (cell_at (verdict_row (table, "大专以上学历员工占比"), 2)->text, ==, "缺少数据");
  g_assert_cmpstr (cell_at (verdict_row (table, "大专以上学历员工占比"), 3)->text, ==, "缺少数据");
  for (int y = 2022; y <= 2024; y++)
    assert_ratio (cell_at (find_row (table, "技术先进型服务业务收入占比"), 2 + y - 2022),
                  check_of (c->evaluation->tase->checks, "tase.tase_revenue", y)->value);
  /* a loss gains nothing */
  assert_money (cell_at (find_row (table, "企业所得税减免额（估算，元）"), 1), 0);
  g_assert_cmpstr (cell_at (find_row (table, "近两年在进出口业务管理、财务管理、税收管理、外汇管理、海关管理等方面无违法行为"),
                            1)->text, ==, "不符合");

  /* one year, and years the application does not test */
  one = build (c, "tase-self-assessment", 2023);
  assert_well_formed (one);
  assert_headers (table_at (one, 0), headers_2023);
  assert_build_fails (c, "tase-self-assessment", 2021, SB_FORM_ERROR_NO_YEAR);
  assert_build_fails (c, "tase-self-assessment", 2025, SB_FORM_ERROR_NO_YEAR);
}

/* ---------------------------------------------------------------- 附件3 */

static const char * const annex3_headers[] = {
  "序号", "合同编号", "合同名称", "委托方", "委托方国家（地区）", "业务类别", "是否离岸",
  "合同金额（元）", "本年确认收入（元）", "合同登记情况", "证明材料（发票、收汇凭证号）", NULL
};

enum { A3_AMOUNT = 7, A3_REVENUE = 8 };

/* Checks the three sum rows against the body rows, to the fen; returns the
 * index of the first total row. */
static guint
assert_annex3_sums (SbTable *table, const SbYear *y)
{
  gint64 amount[3] = { 0 }, revenue[3] = { 0 };
  guint n_body = 0, first_total;

  for (guint r = 1; r < table->rows->len; r++)
    {
      SbTableRow *row = row_at (table, r);
      const SbContract *contract;

      if (row->kind != SB_ROW_BODY)
        break;
      contract = g_ptr_array_index (y->contracts, n_body);
      g_assert_cmpint (cell_at (row, 0)->value, ==, n_body + 1);
      n_body++;
      for (int g = 0; g < 3; g++)
        {
          SbCell *a = cell_at (row, A3_AMOUNT), *v = cell_at (row, A3_REVENUE);

          if (g == 1 && contract->category == NULL)
            continue;
          if (g == 2 && (contract->category == NULL || contract->offshore != SB_TRI_TRUE))
            continue;
          if (a->value != SB_UNSET)
            amount[g] += a->value;
          if (v->value != SB_UNSET)
            revenue[g] += v->value;
        }
    }
  g_assert_cmpuint (n_body, ==, y->contracts != NULL ? y->contracts->len : 0);
  first_total = 1 + n_body;
  for (int g = 0; g < 3; g++)
    {
      static const char *labels[] = { "合计", "其中：技术先进型服务业务收入", "其中：离岸外包收入" };
      SbTableRow *row = row_at (table, first_total + g);

      g_assert_cmpint (row->kind, ==, SB_ROW_TOTAL);
      g_assert_cmpstr (cell_at (row, 0)->text, ==, labels[g]);
      g_assert_cmpuint (cell_at (row, 0)->col_span, ==, A3_AMOUNT);
      assert_money (cell_at (row, 1), amount[g]);
      assert_money (cell_at (row, 2), revenue[g]);
    }
  return first_total;
}

static void
test_annex3_new (void)
{
  g_autoptr(Company) c = load_dalian ();
  g_autoptr(SbForm) form = build (c, "tase-annex3", 0);
  g_autoptr(SbForm) again = build (c, "tase-annex3", 2024);
  const SbTaseReport *report = c->evaluation->tase;
  const SbYear *y = sb_dossier_find_year (c->dossier, 2024);
  SbTable *table;
  SbTableRow *row;
  guint totals;

  assert_well_formed (form);
  g_assert_cmpstr (form->title, ==, "技术先进型服务业务收入及离岸外包收入明细表");
  g_assert_cmpuint (form->tables->len, ==, 1);
  table = table_at (form, 0);
  g_assert_cmpstr (table->sheet_name, ==, "2024年");
  g_assert_cmpstr (table->title, ==, "2024年技术先进型服务业务收入及离岸外包收入明细表");
  g_assert_true (table->landscape);
  assert_headers (table, annex3_headers);
  g_assert_true (has_line (table->above, "申报单位：大连星海软件有限公司"));

  /* one row per contract */
  g_assert_cmpuint (table->rows->len, ==, 1 + 4 + 6);
  row = row_at (table, 1);
  g_assert_cmpstr (cell_at (row, 1)->text, ==, "JP-2024-01");
  g_assert_cmpstr (cell_at (row, 2)->text, ==, "证券交易系统维护");
  g_assert_cmpstr (cell_at (row, 3)->text, ==, "Tokyo Sec Co.");
  g_assert_cmpstr (cell_at (row, 4)->text, ==, "日本");
  g_assert_cmpstr (cell_at (row, 5)->text, ==, "软件技术服务");
  g_assert_cmpstr (cell_at (row, 6)->text, ==, "是");
  assert_money (cell_at (row, A3_AMOUNT), 900000000);
  assert_money (cell_at (row, A3_REVENUE), 880000000);
  g_assert_cmpstr (cell_at (row_at (table, 2), 5)->text, ==, "软件研发及开发服务");
  g_assert_cmpstr (cell_at (row_at (table, 3), 4)->text, ==, "中国");
  g_assert_cmpstr (cell_at (row_at (table, 3), 5)->text, ==, "企业内部管理服务");
  g_assert_cmpstr (cell_at (row_at (table, 3), 6)->text, ==, "否");
  g_assert_cmpstr (cell_at (row_at (table, 4), 5)->text, ==, "不属于认定范围");

  totals = assert_annex3_sums (table, y);
  /* 合计 31,500,000 / 30,000,000; catalogue 18,000,000 / 16,500,000; offshore 12,000,000 / 11,300,000 */
  assert_money (cell_at (row_at (table, totals), 1), 3150000000);
  assert_money (cell_at (row_at (table, totals), 2), 3000000000);
  assert_money (cell_at (row_at (table, totals + 1), 2), 1650000000);
  assert_money (cell_at (row_at (table, totals + 2), 1), 1200000000);
  assert_money (cell_at (row_at (table, totals + 2), 2), 1130000000);
  /* the engine summed the same contracts */
  g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).catalogue_revenue, ==,
                   1650000000);
  g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).offshore_revenue, ==,
                   1130000000);

  row = row_at (table, totals + 3);
  g_assert_cmpstr (cell_at (row, 0)->text, ==, "总收入（收入总额 − 不征税收入）");
  assert_money (cell_at (row, 2), 3000000000);
  row = row_at (table, totals + 4);
  g_assert_cmpstr (cell_at (row, 0)->text, ==, "技术先进型服务业务收入占总收入比例");
  assert_ratio (cell_at (row, 2), check_of (report->checks, "tase.tase_revenue", 2024)->value);
  row = row_at (table, totals + 5);
  g_assert_cmpstr (cell_at (row, 0)->text, ==, "离岸外包收入占总收入比例");
  assert_ratio (cell_at (row, 2), check_of (report->checks, "tase.offshore_revenue", 2024)->value);
  g_assert_true (has_line (table->below, "申报单位（盖章）"));

  /* --year 2024 gives the same sheet; a year the company lacks fails */
  assert_well_formed (again);
  g_assert_cmpuint (again->tables->len, ==, 1);
  g_assert_cmpuint (table_at (again, 0)->rows->len, ==, table->rows->len);
  assert_build_fails (c, "tase-annex3", 2023, SB_FORM_ERROR_NO_YEAR);
}

static void
test_annex3_review (void)
{
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = build (c, "tase-annex3", 0);
  SbTable *table;
  guint totals;

  assert_well_formed (form);
  g_assert_cmpuint (form->tables->len, ==, 3);
  g_assert_cmpstr (table_at (form, 0)->sheet_name, ==, "2022年");
  g_assert_cmpstr (table_at (form, 1)->sheet_name, ==, "2023年");
  g_assert_cmpstr (table_at (form, 2)->title, ==,
                   "2024年技术先进型服务业务收入及离岸外包收入明细表");

  /* 2024: three contracts, one without amount, one without anything */
  table = table_at (form, 2);
  totals = assert_annex3_sums (table, sb_dossier_find_year (c->dossier, 2024));
  g_assert_cmpuint (totals, ==, 4);
  g_assert_cmpstr (cell_at (row_at (table, 2), 5)->text, ==, "不属于认定范围");
  g_assert_cmpstr (cell_at (row_at (table, 3), 6)->text, ==, "");
  assert_money (cell_at (row_at (table, 3), A3_REVENUE), SB_UNSET);
  /* 1,000,000 + 0.50 */
  assert_money (cell_at (row_at (table, totals), 2), 100000050);
  assert_money (cell_at (row_at (table, totals), 1), 120000000);
  assert_money (cell_at (row_at (table, totals + 1), 2), 100000000);

  /* 2023: no contract list, no figures: no rows, blank ratios */
  table = table_at (form, 1);
  g_assert_cmpuint (assert_annex3_sums (table, sb_dossier_find_year (c->dossier, 2023)), ==, 1);
  g_assert_cmpint (cell_at (row_at (table, 5), 2)->ratio.den, ==, 0);
  g_assert_true (has_line (table->below, "注：本年度未填列合同明细"));
}

/* ---------------------------------------------------------------- materials */

static void
test_materials (void)
{
  g_autoptr(Company) dalian = load_dalian ();
  g_autoptr(Company) rich = load_rich ();
  g_autoptr(SbForm) form = build (dalian, "tase-materials", 0);
  g_autoptr(SbForm) kept = build (rich, "tase-materials", 0);
  const char * const headers[] = { "序号", "材料名称", "是否已备", "页码", "备注", NULL };
  SbTable *table;
  SbTableRow *row;

  assert_well_formed (form);
  g_assert_cmpstr (form->title, ==, "需提交的申报材料");
  table = table_at (form, 0);
  g_assert_cmpstr (table->title, ==, "需提交的申报材料");
  assert_headers (table, headers);
  g_assert_true (has_line (table->above, "依据：《关于开展2025年度技术先进型服务企业认定管理工作的通知》"
                                        "（编制页码、总目录后装订成册）"));
  /* the notice's nine items word for word, none ready, 页码 blank until the book is bound */
  g_assert_cmpuint (table->rows->len, ==, 1 + 9);
  row = row_at (table, 1);
  g_assert_cmpint (cell_at (row, 0)->value, ==, 1);
  g_assert_cmpstr (cell_at (row, 1)->text, ==, "技术先进型服务企业认定（复核）申请表；");
  g_assert_cmpstr (cell_at (row, 2)->text, ==, "否");
  g_assert_cmpint (cell_at (row, 3)->kind, ==, SB_CELL_EMPTY);
  /* item 5 resolved to the years before 2025, as the notice writes them */
  g_assert_cmpstr (cell_at (row_at (table, 5), 1)->text, ==,
                   "新认定企业提交经审计的上一年度(2024年度)企业财务报表，复审企业提交经审计的近三个"
                   "年度(2022、2023、2024年度）企业财务报表；");
  /* item 7 in full */
  g_assert_nonnull (strstr (cell_at (row_at (table, 7), 1)->text, "新产品或新技术证明（查新）材料"));
  g_assert_nonnull (strstr (cell_at (row_at (table, 7), 1)->text,
                            "获国家或本市科技计划项目立项或科技奖励证明"));
  g_assert_nonnull (strstr (cell_at (row_at (table, 7), 1)->text, "人力资源能力认证证书"));
  g_assert_nonnull (strstr (cell_at (row_at (table, 8), 1)->text,
                            "新认定企业上年度（2024年度）、复审企业近三个年度(2022、2023、2024年度）"));
  g_assert_cmpint (cell_at (row_at (table, 9), 0)->value, ==, 9);
  /* the notice's notes, quoted */
  g_assert_true (has_line (table->below, "（1）以上所有材料【1至9】均需加盖企业公章，扫描成PDF格式"
                                         "电子版材料报送各自所在区、市、县科技管理部门，纸质材料企业"
                                         "留存备查。"));
  g_assert_true (has_line (table->below, "（2）以上所有材料【2至9】在技术先进型服务企业认定管理工作网"));
  {
    /* and each quote is in the notice */
    g_autofree char *notice = read_notice ("000");
    g_autofree char *flat = squeeze (notice);

    for (guint i = 1; i <= 9; i++)
      {
        g_autofree char *item = squeeze (cell_at (row_at (table, i), 1)->text);

        if (*flat != '\0' && strstr (flat, item) == NULL)
          g_error ("material %u is not word for word in the notice: %s", i, item);
      }
  }

  /* the company's own checklist: its 是否已备 and 备注 beside the notice's words */
  assert_well_formed (kept);
  table = table_at (kept, 0);
  g_assert_true (has_line (table->above, "申报单位：大连示例软件有限公司　　申报类型：复审"));
  g_assert_cmpuint (table->rows->len, >=, 1 + 9);
  row = row_at (table, 1);
  g_assert_cmpstr (cell_at (row, 1)->text, ==, "技术先进型服务企业认定（复核）申请表；");
  g_assert_cmpstr (cell_at (row, 2)->text, ==, "是");
  g_assert_cmpstr (cell_at (row, 4)->text, ==, "已盖章");
  row = row_at (table, 2);
  g_assert_cmpstr (cell_at (row, 2)->text, ==, "否");
}

/* ---------------------------------------------------------------- annual report */

static void
test_annual (void)
{
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = build (c, "annual-report", 0);
  g_autoptr(SbForm) same = build (c, "annual-report", 2024);
  const SbAnnualReport *report = c->evaluation->annual_report;
  const char * const headers[] = { "项目", "填报内容", "认定标准（不低于）", "是否符合", NULL };
  const char * const sections[] = { "一、企业基本信息", "二、上年度企业经营情况",
                                     "三、从事离岸服务外包业务收入情况",
                                     "四、上年度企业技术先进型服务情况", "五、企业科技活动情况",
                                     NULL };
  SbTable *table;
  SbTableRow *row;
  guint at_row = 0;

  assert_well_formed (form);
  g_assert_cmpstr (form->title, ==, "企业年度信息");
  table = table_at (form, 0);
  g_assert_cmpstr (table->title, ==, "企业年度信息");
  assert_headers (table, headers);
  g_assert_true (has_line (table->above, "报告年度：2024年度"));
  /* the five sections of the notice, in order */
  for (guint i = 0; sections[i] != NULL; i++)
    {
      at_row = find_row_from (table, sections[i], at_row);
      g_assert_cmpuint (cell_at (row_at (table, at_row), 0)->col_span, ==, 4);
    }

  assert_money (cell_at (find_row (table, "收入总额（元）"), 1), 5200000000);
  assert_money (cell_at (find_row (table, "总收入（收入总额 − 不征税收入，元）"), 1), 5000000000);
  assert_money (cell_at (find_row (table, "应纳税所得额（元）"), 1), -600000025);
  /* the year's figures come from its contracts */
  assert_money (cell_at (find_row (table, "技术先进型服务业务收入（元）"), 1),
                report->figures.catalogue_revenue);
  assert_money (cell_at (find_row (table, "离岸外包收入（元）"), 1), 100000000);
  g_assert_cmpint (cell_at (find_row (table, "离岸服务外包合同数（份）"), 1)->value, ==, 1);

  row = find_row (table, "离岸服务外包业务收入占比");
  assert_ratio (cell_at (row, 1), check_of (report->checks, "tase.offshore_revenue", 2024)->value);
  assert_percent (cell_at (row, 2), 35, 100);
  /* 1,000,000 of 50,000,000 */
  g_assert_cmpint (check_of (report->checks, "tase.offshore_revenue", 2024)->status, ==,
                   SB_STATUS_FAIL);
  g_assert_true (g_str_has_prefix (cell_at (row, 3)->text, "不符合（尚差 "));
  row = find_row (table, "大专以上学历员工占比");
  assert_ratio (cell_at (row, 1), check_of (report->checks, "tase.degree_staff", 2024)->value);
  row = find_row (table, "技术先进型服务业务收入占比");
  assert_ratio (cell_at (row, 1), check_of (report->checks, "tase.tase_revenue", 2024)->value);
  g_assert_true (g_str_has_prefix (cell_at (row, 3)->text, "不符合（尚差 "));

  assert_money (cell_at (find_row (table, "企业所得税减免额（估算，元）"), 1), 0);
  g_assert_cmpstr (cell_at (find_row (table, "是否仍符合认定条件（三项比例）"), 1)->text, ==,
                   report->eligible ? "符合" : "不符合");
  assert_money (cell_at (find_row (table, "研究开发费用（元）"), 1), 300000000);
  assert_money (cell_at (find_row (table, "其中：境内研究开发费用（元）"), 1), 280000000);
  g_assert_cmpint (cell_at (find_row (table, "科技人员数（人）"), 1)->value, ==, 40);
  g_assert_false (has_line (table->below, "申报单位（盖章）"));

  assert_well_formed (same);
  assert_build_fails (c, "annual-report", 2023, SB_FORM_ERROR_NO_YEAR);
}

/* ---------------------------------------------------------------- HNTE */

static void
test_hnte (void)
{
  g_autoptr(Company) c = load_hnte ();
  g_autoptr(SbForm) form = build (c, "hnte-self-assessment", 0);
  g_autoptr(SbForm) same = build (c, "hnte-self-assessment", 2023);
  const SbHnteReport *report = c->evaluation->hnte;
  const char * const headers[] = { "项目", "认定标准（不低于）", "2022年度", "2023年度",
                                   "2024年度", "近三个会计年度合计", NULL };
  SbTable *table;
  SbTableRow *row;
  gint64 sum = 0;
  g_autofree char *text = NULL;

  assert_well_formed (form);
  table = table_at (form, 0);
  g_assert_cmpstr (table->title, ==, "高新技术企业认定条件自评表（自评）");
  assert_headers (table, headers);
  g_assert_true (table->landscape);

  /* sales by year and their total */
  row = find_row (table, "销售收入（元）");
  assert_money (cell_at (row, 2), 3800000000);
  assert_money (cell_at (row, 3), 4500000000);
  assert_money (cell_at (row, 4), 4800000000);
  assert_money (cell_at (row, 5), 13100000000);
  g_assert_cmpint (report->sales_total, ==, 13100000000);

  /* R&D: 2,000,000 + 2,400,000.024 + 2,290,000.024 = 6,690,000.048 → .05;
   * the years add up to the engine's total to the fen */
  row = find_row (table, "研究开发费用总额（元）");
  for (guint i = 2; i <= 4; i++)
    sum += cell_at (row, i)->value;
  assert_money (cell_at (row, 5), report->rd_total);
  g_assert_cmpint (report->rd_total, ==, 669000005);
  g_assert_cmpint (sum, ==, report->rd_total);
  assert_money (cell_at (row, 2), 200000000);
  assert_money (cell_at (row, 3), 240000002);
  assert_money (cell_at (row, 4), 229000003);

  row = find_row (table, "其中：境内研究开发费用（元）");
  assert_money (cell_at (row, 5), 660000000);

  row = find_row (table, "研究开发费用总额占同期销售收入总额的比例");
  assert_ratio (cell_at (row, 1), check_of (report->checks, "hnte.rd_ratio", 0)->threshold);
  assert_ratio (cell_at (row, 5), check_of (report->checks, "hnte.rd_ratio", 0)->value);
  text = cell_string (row, 1);
  g_assert_cmpstr (text, ==, "5.00%");
  g_clear_pointer (&text, g_free);
  text = cell_string (row, 5);
  g_assert_cmpstr (text, ==, "5.11%");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (cell_at (verdict_row (table, "研究开发费用总额占同期销售收入总额的比例"), 5)->text,
                   ==, "符合");
  find_row (table, "　适用比例：最近一年销售收入小于5,000万元（含）");

  row = find_row (table, "境内研究开发费用占全部研究开发费用的比例");
  assert_ratio (cell_at (row, 5), check_of (report->checks, "hnte.rd_domestic", 0)->value);
  row = find_row (table, "高新技术产品（服务）收入占企业同期总收入的比例");
  assert_percent (cell_at (row, 1), 60, 100);
  assert_ratio (cell_at (row, 4), check_of (report->checks, "hnte.ht_revenue", 0)->value);
  text = cell_string (row, 4);
  g_assert_cmpstr (text, ==, "73.47%");
  g_clear_pointer (&text, g_free);
  row = find_row (table, "科技人员占企业当年职工总数的比例");
  assert_ratio (cell_at (row, 4), check_of (report->checks, "hnte.st_staff", 0)->value);
  text = cell_string (row, 4);
  g_assert_cmpstr (text, ==, "20.00%");
  g_clear_pointer (&text, g_free);

  /* scores: growth 5–6 (net assets) + 3–4 (sales), conversion 25–30 */
  g_assert_cmpstr (cell_at (find_row (table, "净资产增长率得分（满分 10 分）"), 5)->text, ==, "5–6");
  g_assert_cmpstr (cell_at (find_row (table, "销售收入增长率得分（满分 10 分）"), 5)->text, ==, "3–4");
  g_assert_cmpstr (cell_at (find_row (table, "企业成长性（满分 20 分）"), 5)->text, ==, "8–10");
  g_assert_cmpstr (cell_at (find_row (table, "知识产权（满分 30 分）"), 5)->text, ==, "28");
  g_assert_cmpstr (cell_at (find_row (table, "科技成果转化能力（满分 30 分）"), 5)->text, ==, "25–30");
  g_assert_cmpstr (cell_at (find_row (table, "研究开发组织管理水平（满分 20 分）"), 5)->text, ==, "18");
  row = find_row (table, "创新能力评价总分");
  g_assert_cmpint (cell_at (row, 1)->value, ==, 71);
  g_assert_cmpstr (cell_at (row, 5)->text, ==, "79–86");
  g_assert_cmpint (report->innovation_low, ==, 79);
  g_assert_cmpint (report->innovation_high, ==, 86);

  g_assert_cmpstr (cell_at (find_row (table, "企业申请认定时须注册成立一年以上"), 1)->text, ==, "符合");
  g_assert_cmpstr (cell_at (find_row (table, "是否符合认定条件"), 1)->text, ==,
                   report->eligible ? "符合" : "不符合");
  g_assert_true (report->eligible);
  g_assert_false (has_line (table->below, "申报单位（盖章）"));

  /* --year inside the three years: the same table; outside: no such year */
  assert_well_formed (same);
  g_assert_cmpuint (table_at (same, 0)->rows->len, ==, table->rows->len);
  assert_build_fails (c, "hnte-self-assessment", 2021, SB_FORM_ERROR_NO_YEAR);
  assert_build_fails (c, "hnte-self-assessment", 2025, SB_FORM_ERROR_NO_YEAR);
}

/* The tier of the R&D ratio follows last year's sales, in the guide's words. */
static void
test_hnte_tiers (void)
{
  g_autoptr(Company) c = load_hnte ();
  SbFiscalYear *last = sb_enterprise_find_year (c->enterprise, 2024);
  struct { gint64 sales; const char *line; gint64 num, den; } tiers[] = {
    { G_GINT64_CONSTANT (5000000000), "　适用比例：最近一年销售收入小于5,000万元（含）", 5, 100 },
    { G_GINT64_CONSTANT (5000000001), "　适用比例：最近一年销售收入在5,000万元至2亿元（含）", 4, 100 },
    { G_GINT64_CONSTANT (20000000000), "　适用比例：最近一年销售收入在5,000万元至2亿元（含）", 4, 100 },
    { G_GINT64_CONSTANT (20000000001), "　适用比例：最近一年销售收入在2亿元以上", 3, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    {
      g_autoptr(SbForm) form = NULL;
      SbTable *table;
      SbTableRow *row;

      g_object_set (last, "sales-revenue", tiers[i].sales, NULL);
      company_refresh (c);
      form = build (c, "hnte-self-assessment", 0);
      table = table_at (form, 0);
      find_row (table, tiers[i].line);
      row = find_row (table, "研究开发费用总额占同期销售收入总额的比例");
      assert_percent (cell_at (row, 1), tiers[i].num, tiers[i].den);
      assert_money (cell_at (find_row (table, "销售收入（元）"), 4), tiers[i].sales);
      assert_money (cell_at (find_row (table, "销售收入（元）"), 5),
                    G_GINT64_CONSTANT (8300000000) + tiers[i].sales);
    }
}

/* ---------------------------------------------------------------- not asked */

static void
test_not_asked (void)
{
  g_autoptr(Company) dalian = load_dalian ();
  g_autoptr(Company) fund = load ("data", "examples", "tradefund-platform-certs.shenbao.json",
                                  NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) form = NULL;

  assert_build_fails (fund, "tase-self-assessment", 0, SB_FORM_ERROR_NOT_ASKED);
  assert_build_fails (fund, "tase-annex3", 0, SB_FORM_ERROR_NOT_ASKED);
  assert_build_fails (fund, "tase-materials", 0, SB_FORM_ERROR_NOT_ASKED);
  assert_build_fails (fund, "tase-annex3", 2024, SB_FORM_ERROR_NOT_ASKED);
  assert_build_fails (dalian, "annual-report", 0, SB_FORM_ERROR_NOT_ASKED);
  assert_build_fails (dalian, "hnte-self-assessment", 0, SB_FORM_ERROR_NOT_ASKED);

  /* the message names the program */
  form = sb_form_build ("hnte-self-assessment", &dalian->input, &error);
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED);
  g_assert_nonnull (strstr (error->message, "HNTE"));
  g_assert_nonnull (strstr (error->message, "大连星海软件有限公司"));
  g_clear_error (&error);
  form = sb_form_build ("tase-self-assessment", &fund->input, &error);
  g_assert_nonnull (strstr (error->message, "TASE"));
}

/* ---------------------------------------------------------------- files */

/* The row (from 0) whose column A reads @label, or -1. */
static int
xlsx_find_row (XlsxSheet *sheet, const char *label)
{
  int last = xlsx_sheet_get_last_row (sheet);

  for (int r = 0; r <= last; r++)
    {
      const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, r, 0);

      if (cell != NULL && g_strcmp0 (cell->text, label) == 0)
        return r;
    }
  return -1;
}

/* A number cell's value in fen, exact (the writer keeps two decimals). */
static gint64
xlsx_fen (XlsxSheet *sheet, guint row, guint col)
{
  const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, row, col);
  gint64 fen = 0;

  g_assert_nonnull (cell);
  g_assert_cmpint (cell->type, ==, XLSX_CELL_NUMBER);
  g_assert_false (cell->formula);
  g_assert_true (sb_money_parse (cell->text, &fen));
  return fen;
}

static XlsxBook *
write_xlsx (SbForm *form, const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  XlsxBook *book;
  GStatBuf st;

  g_assert_true (sb_form_write_xlsx (form, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  book = xlsx_book_open (path, &error);
  g_assert_no_error (error);
  return book;
}

/* 附件3 of a review, one sheet per year: the sums in the file equal the
 * contract rows of the file, to the fen, written as numbers. */
static void
test_xlsx_annex3 (void)
{
  g_autoptr(Company) c = load_rich ();
  g_autoptr(Company) dalian = load_dalian ();
  g_autoptr(SbForm) form = build (c, "tase-annex3", 0);
  g_autoptr(SbForm) one = build (dalian, "tase-annex3", 0);
  g_autoptr(XlsxBook) book = write_xlsx (form, "annex3-review.xlsx");
  g_autoptr(XlsxBook) book1 = write_xlsx (one, "annex3-new.xlsx");
  XlsxBook *books[] = { book, book1 };

  g_assert_cmpuint (xlsx_book_get_n_sheets (book), ==, 3);
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 0), ==, "2022年");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 2), ==, "2024年");
  g_assert_cmpstr (xlsx_book_get_sheet_name (book1, 0), ==, "2024年");

  for (guint b = 0; b < G_N_ELEMENTS (books); b++)
    for (guint i = 0; i < xlsx_book_get_n_sheets (books[b]); i++)
      {
        XlsxSheet *sheet = xlsx_book_get_sheet (books[b], i);
        int header = xlsx_find_row (sheet, "序号");
        int total = xlsx_find_row (sheet, "合计");
        gint64 amount = 0, revenue = 0;

        g_assert_cmpint (header, >, 0);
        g_assert_cmpint (total, >, header);
        g_assert_cmpstr (xlsx_sheet_get_attr (sheet, "pageSetup", "orientation"), ==,
                         "landscape");
        for (int r = header + 1; r < total; r++)
          {
            const XlsxCell *a = xlsx_sheet_get_cell_at (sheet, r, A3_AMOUNT);
            const XlsxCell *v = xlsx_sheet_get_cell_at (sheet, r, A3_REVENUE);

            if (a != NULL && a->type == XLSX_CELL_NUMBER)
              amount += xlsx_fen (sheet, r, A3_AMOUNT);
            if (v != NULL && v->type == XLSX_CELL_NUMBER)
              revenue += xlsx_fen (sheet, r, A3_REVENUE);
          }
        g_assert_cmpint (xlsx_fen (sheet, total, A3_AMOUNT), ==, amount);
        g_assert_cmpint (xlsx_fen (sheet, total, A3_REVENUE), ==, revenue);
      }

  /* the new application's year: the totals and the ratio as the engine has them */
  {
    XlsxSheet *sheet = xlsx_book_get_sheet (book1, 0);
    int total = xlsx_find_row (sheet, "合计");
    int ratio = xlsx_find_row (sheet, "离岸外包收入占总收入比例");
    const XlsxCell *cell;

    g_assert_cmpint (xlsx_fen (sheet, total, A3_AMOUNT), ==, 3150000000);
    g_assert_cmpint (xlsx_fen (sheet, total, A3_REVENUE), ==, 3000000000);
    g_assert_cmpint (xlsx_fen (sheet, xlsx_find_row (sheet, "其中：离岸外包收入"), A3_REVENUE),
                     ==, 1130000000);
    g_assert_cmpint (total, ==, xlsx_find_row (sheet, "序号") + 5);
    cell = xlsx_sheet_get_cell_at (sheet, ratio, A3_REVENUE);
    g_assert_nonnull (cell);
    g_assert_cmpint (cell->type, ==, XLSX_CELL_NUMBER);
    /* 11,300,000 / 30,000,000 */
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell->text, NULL), 113.0 / 300.0, 1e-12);
  }
}

/* The output of a poppler tool (pdftotext, pdfinfo) on @pdf. */
static char *
poppler (const char *tool, const char *pdf)
{
  const char *argv[] = { tool, pdf, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s %s: %s (%s)", tool, pdf, error->message, err);
  return out;
}

/* @text without white space (pdftotext breaks wrapped cells). */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

/* Every table of this file as PDF: the pages the layout counts, A4 in the
 * right orientation, the title, the figures and the page numbers. */
static void
test_pdf (void)
{
  g_autoptr(Company) dalian = load_dalian ();
  g_autoptr(Company) rich = load_rich ();
  g_autoptr(Company) hnte = load_hnte ();
  struct
  {
    Company    *c;
    const char *id;
    gboolean    landscape;
    const char *words[6];
  } cases[] = {
    { dalian, "tase-self-assessment", FALSE,
      { "2025年度技术先进型服务企业认定条件自评表（自评）", "30,000,000.00", "48.72%",
        "不符合（尚差4人）", "420,000.00", "自评" } },
    { dalian, "tase-annex3", TRUE,
      { "2024年技术先进型服务业务收入及离岸外包收入明细表", "31,500,000.00", "11,300,000.00",
        "37.67%", "软件技术服务", "日本" } },
    { rich, "tase-annex3", TRUE,
      { "2022年技术先进型服务业务收入及离岸外包收入明细表",
        "2023年技术先进型服务业务收入及离岸外包收入明细表", "1,000,000.50", "不属于认定范围",
        "第3页共3页", NULL } },
    { dalian, "tase-materials", FALSE,
      { "需提交的申报材料", "技术先进型服务企业认定（复核）申请表", "是否已备", NULL } },
    { rich, "annual-report", FALSE,
      { "企业年度信息", "三、从事离岸服务外包业务收入情况", "五、企业科技活动情况",
        "50,000,000.00", "2,800,000.00", NULL } },
    { hnte, "hnte-self-assessment", TRUE,
      { "高新技术企业认定条件自评表（自评）", "6,690,000.05", "131,000,000.00", "5.11%", "79–86",
        "第2页共2页" } },
  };
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo) are not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbForm) form = build (cases[i].c, cases[i].id, 0);
      g_autoptr(SbFormPages) pages = sb_form_pages_new (form);
      g_autofree char *name = g_strdup_printf ("%s-%u.pdf", cases[i].id, i);
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *info = NULL, *text = NULL, *flat = NULL, *count = NULL;
      guint n = sb_form_pages_get_n_pages (pages);

      g_assert_true (sb_form_write_pdf (form, path, &error));
      g_assert_no_error (error);
      info = poppler ("pdfinfo", path);
      count = g_strdup_printf ("Pages:%u", n);
      flat = squeeze (info);
      g_assert_nonnull (strstr (flat, count));
      g_assert_nonnull (strstr (info, cases[i].landscape ? "841.89 x 595.28" : "595.28 x 841.89"));
      for (guint p = 0; p < n; p++)
        g_assert_cmpint (sb_form_pages_is_landscape (pages, p), ==, cases[i].landscape);

      text = poppler ("pdftotext", path);
      g_clear_pointer (&flat, g_free);
      flat = squeeze (text);
      for (guint w = 0; w < G_N_ELEMENTS (cases[i].words) && cases[i].words[w] != NULL; w++)
        if (strstr (flat, cases[i].words[w]) == NULL)
          g_error ("%s: no “%s” in the PDF text", cases[i].id, cases[i].words[w]);
      g_clear_pointer (&count, g_free);
      count = g_strdup_printf ("第1页共%u页", n);
      g_assert_nonnull (strstr (flat, count));
    }
}

/* Every table of this file written as XLSX: its title and its headers. */
static void
test_xlsx_titles (void)
{
  g_autoptr(Company) dalian = load_dalian ();
  g_autoptr(Company) rich = load_rich ();
  g_autoptr(Company) hnte = load_hnte ();
  struct { Company *c; const char *id; const char *title; const char *header; } cases[] = {
    { dalian, "tase-self-assessment", "2025年度技术先进型服务企业认定条件自评表（自评）", "项目" },
    { dalian, "tase-materials", "需提交的申报材料", "序号" },
    { rich, "annual-report", "企业年度信息", "项目" },
    { hnte, "hnte-self-assessment", "高新技术企业认定条件自评表（自评）", "项目" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbForm) form = build (cases[i].c, cases[i].id, 0);
      g_autofree char *name = g_strconcat (cases[i].id, ".xlsx", NULL);
      g_autoptr(XlsxBook) book = write_xlsx (form, name);
      XlsxSheet *sheet = xlsx_book_get_sheet (book, 0);
      const XlsxCell *title = xlsx_sheet_get_cell_at (sheet, 0, 0);

      g_assert_nonnull (title);
      g_assert_cmpstr (title->text, ==, cases[i].title);
      g_assert_cmpint (xlsx_find_row (sheet, cases[i].header), >, 0);
      /* the forms of the notice have a seal line; the 自评 worksheets none */
      if (g_str_has_suffix (cases[i].id, "-self-assessment") || g_str_equal (cases[i].id, "annual-report"))
        g_assert_cmpint (xlsx_find_row (sheet, "申报单位（盖章）：\n\n\n\n\n\n\n\n\n"), <, 0);
      else
        g_assert_cmpint (xlsx_find_row (sheet, "申报单位（盖章）：\n\n\n\n\n\n\n\n\n"), >, 0);
    }
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static int
run_cli (const char * const *args, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmpdir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) g_getenv ("SHENBAO_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  /* its output kept off the TAP stream */
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* shenbao-cli table with these tables' names: a file, or the error in words. */
static void
test_cli (void)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *db = g_build_filename (tmpdir, "cli.db", NULL);
  g_autofree char *example = g_build_filename (root, "data", "examples",
                                               "tase-dalian-new.shenbao.json", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "cli-annex3.xlsx", NULL);
  g_autofree char *err = NULL;
  g_autoptr(XlsxBook) book = NULL;
  g_autoptr(GError) error = NULL;
  const char *import[] = { "--db", db, "import", example, NULL };
  const char *annex3[] = { "--db", db, "table", "1", "技术先进型服务业务收入及离岸外包收入明细表",
                           "--out", out, NULL };
  const char *no_year[] = { "--db", db, "table", "1", "tase-annex3", "--year", "2023",
                            "--out", out, NULL };
  const char *hnte[] = { "--db", db, "table", "1", "hnte-self-assessment", "--out", out, NULL };

  if (g_getenv ("SHENBAO_CLI") == NULL)
    {
      g_test_skip ("SHENBAO_CLI is not set");
      return;
    }
  g_assert_cmpint (run_cli (import, NULL), ==, 0);
  g_assert_cmpint (run_cli (annex3, NULL), ==, 0);
  book = xlsx_book_open (out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (xlsx_book_get_sheet_name (book, 0), ==, "2024年");

  g_assert_cmpint (run_cli (no_year, &err), !=, 0);
  g_assert_nonnull (strstr (err, "2023"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (hnte, &err), !=, 0);
  g_assert_nonnull (strstr (err, "HNTE"));
}

int
main (int argc, char *argv[])
{
  const char *root;
  g_autofree char *dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_assert_nonnull (root);
  dir = g_build_filename (root, "data", "policies", NULL);
  policy_set = sb_policy_set_new ();
  g_assert_cmpuint (sb_policy_set_add_dir (policy_set, dir), >=, 3);
  known = sb_known_categories (policy_set);
  tmpdir = g_dir_make_tmp ("test-forms-tase-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/forms/tase/summary-new", test_summary_new);
  g_test_add_func ("/forms/tase/summary-review", test_summary_review);
  g_test_add_func ("/forms/tase/annex3-new", test_annex3_new);
  g_test_add_func ("/forms/tase/annex3-review", test_annex3_review);
  g_test_add_func ("/forms/tase/materials", test_materials);
  g_test_add_func ("/forms/annual/report", test_annual);
  g_test_add_func ("/forms/hnte/summary", test_hnte);
  g_test_add_func ("/forms/hnte/tiers", test_hnte_tiers);
  g_test_add_func ("/forms/not-asked", test_not_asked);
  g_test_add_func ("/forms/tase/xlsx-annex3", test_xlsx_annex3);
  g_test_add_func ("/forms/tase/xlsx-titles", test_xlsx_titles);
  g_test_add_func ("/forms/tase/cli", test_cli);
  g_test_add_func ("/forms/tase/pdf", test_pdf);
  status = g_test_run ();
  g_hash_table_unref (known);
  sb_policy_set_free (policy_set);
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
