/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-tradefund.c: the trade-fund tables (附件1–5, 附件9, 汇总表) built
 * from the model and the engine's report. */
#include <glib/gstdio.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-form-writers.h"

/* ---------------------------------------------------------------- fixtures */

typedef struct
{
  SbEnterprise *enterprise;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
  SbFormInput   input;
} Company;

/* Under the leak sanitizer: fontconfig keeps its caches for the life of the
 * process, and cairo 1.16 loses a buffer when it subsets a font on
 * finishing a PDF (as test-forms-pdf.c says). */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\nleak:libcairo.so\n";
}

static SbPolicySet *policy_set;
static GHashTable  *known;

static SbDate
at (void)
{
  return sb_date_from_ymd (2025, 12, 1);
}

static SbDossier *
load_dossier (const char *first, ...)
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
  return d;
}

/* (Re)evaluates @c from its model. */
static void
company_evaluate (Company *c)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&c->dossier, sb_dossier_free);
  g_clear_pointer (&c->evaluation, sb_evaluation_free);
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
}

static Company *
company_new (SbDossier *d)
{
  Company *c = g_new0 (Company, 1);

  c->enterprise = sb_enterprise_new_from_dossier (d);
  sb_dossier_free (d);
  company_evaluate (c);
  return c;
}

static void
company_free (Company *c)
{
  sb_dossier_free (c->dossier);
  sb_evaluation_free (c->evaluation);
  g_assert_finalize_object (c->enterprise);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Company, company_free)

/* The example of DOSSIER.md: one O&M platform project, two certifications. */
static Company *
example_company (void)
{
  return company_new (load_dossier ("data", "examples", "tradefund-platform-certs.shenbao.json",
                                    NULL));
}

/* Every direction; the declaration the file leaves false set true, so that
 * the directions are paid. */
static Company *
rich_company (gboolean declared)
{
  SbDossier *d = load_dossier ("tests", "model", "rich.shenbao.json", NULL);

  if (declared)
    d->declarations.no_other_fiscal_support = SB_TRI_TRUE;
  return company_new (d);
}

/* ---------------------------------------------------------------- helpers */

static SbForm *
build (const char *id, Company *c)
{
  g_autoptr(GError) error = NULL;
  SbForm *form = sb_form_build (id, &c->input, &error);

  g_assert_no_error (error);
  g_assert_nonnull (form);
  g_assert_cmpstr (form->id, ==, id);
  return form;
}

static void
assert_not_asked (const char *id, Company *c, const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) form = sb_form_build (id, &c->input, &error);

  g_assert_null (form);
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("%s: “%s” does not name “%s”", id, error->message, words);
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
cell_at (SbTable *table, guint row, guint i)
{
  SbTableRow *r = row_at (table, row);

  g_assert_cmpuint (i, <, r->cells->len);
  return g_ptr_array_index (r->cells, i);
}

static guint
count_rows (SbTable *table, SbRowKind kind)
{
  guint n = 0;

  for (guint i = 0; i < table->rows->len; i++)
    n += row_at (table, i)->kind == kind;
  return n;
}

static void
assert_text (SbCell *cell, const char *text)
{
  g_assert_cmpint (cell->kind, ==, SB_CELL_TEXT);
  g_assert_cmpstr (cell->text, ==, text);
}

static void
assert_value (SbCell *cell, SbCellKind kind, gint64 value)
{
  g_assert_cmpint (cell->kind, ==, kind);
  g_assert_cmpint (cell->value, ==, value);
}

/* A line reading @line (seal lines: @line and the seal's blank lines). */
static gboolean
has_line (GPtrArray *lines, const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *l = g_ptr_array_index (lines, i);
      gsize n = strlen (line);

      if (g_strcmp0 (l, line) == 0
          || (strncmp (l, line, n) == 0 && strspn (l + n, "\n") == strlen (l + n)))
        return TRUE;
    }
  return FALSE;
}

/* Header rows first; every row's cells (with the row spans of the rows
 * above) cover the columns exactly. */
static void
assert_shape (SbTable *table)
{
  guint n_cols = sb_table_get_n_columns (table);
  g_autofree guint *pending = g_new0 (guint, n_cols);   /* rows still covered from above */
  gboolean body_seen = FALSE;

  g_assert_cmpuint (n_cols, >, 0);
  g_assert_nonnull (table->title);
  g_assert_cmpuint (g_utf8_strlen (table->sheet_name, -1), <=, 31);
  g_assert_null (strpbrk (table->sheet_name, "[]:*?/\\"));
  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = row_at (table, r);
      guint col = 0;

      if (row->kind == SB_ROW_HEADER)
        g_assert_false (body_seen);
      else
        body_seen = TRUE;
      for (guint i = 0; i < row->cells->len; i++)
        {
          SbCell *cell = g_ptr_array_index (row->cells, i);

          while (col < n_cols && pending[col] > 0)
            pending[col++]--;
          g_assert_cmpuint (col + cell->col_span, <=, n_cols);
          for (guint k = 0; k < cell->col_span; k++)
            pending[col + k] = cell->row_span - 1;
          col += cell->col_span;
        }
      while (col < n_cols && pending[col] > 0)
        pending[col++]--;
      g_assert_cmpuint (col, ==, n_cols);
    }
}

static void
assert_headers (SbTable *table, guint header_row, const char * const *headers)
{
  SbTableRow *row = row_at (table, header_row);

  g_assert_cmpint (row->kind, ==, SB_ROW_HEADER);
  g_assert_cmpuint (row->cells->len, ==, g_strv_length ((char **) headers));
  for (guint i = 0; headers[i] != NULL; i++)
    assert_text (g_ptr_array_index (row->cells, i), headers[i]);
}

/* The sum of column @col's values over the body rows (cells without spans). */
static gint64
column_sum (SbTable *table, guint col)
{
  gint64 sum = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = row_at (table, r);
      SbCell *cell;

      if (row->kind != SB_ROW_BODY)
        continue;
      cell = g_ptr_array_index (row->cells, col);
      if (cell->value != SB_UNSET)
        sum += cell->value;
    }
  return sum;
}

static SbTableRow *
total_row (SbTable *table)
{
  SbTableRow *row = row_at (table, table->rows->len - 1);

  g_assert_cmpint (row->kind, ==, SB_ROW_TOTAL);
  return row;
}

/* ---------------------------------------------------------------- tests */

static void
test_registry (void)
{
  static const struct { const char *id, *title; } tables[] = {
    { "tf-annex1", "承诺书" },
    { "tf-annex2", "服务贸易、服务外包公共服务能力提升支持资金申请表" },
    { "tf-annex3", "支持期内公共平台软硬件购置和运营维护费用支出清单" },
    { "tf-annex4", "支持期内公共平台服务我市服务贸易、服务外包企业情况表" },
    { "tf-annex5", "2024年服务外包企业国际资质认证申请表" },
    { "tf-annex9", "2024年服务外包业务贴息支持申请表" },
    { "tf-summary", "2024年支持服务贸易创新发展项目申请汇总表" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const SbFormInfo *info = sb_form_lookup (tables[i].id);

      g_assert_nonnull (info);
      g_assert_cmpstr (info->title, ==, tables[i].title);
      g_assert_cmpstr (info->program, ==, "trade_fund");
      g_assert_true (sb_form_lookup (tables[i].title) == info);
      g_assert_true ((info->build != NULL) != (info->build_many != NULL));
      g_assert_true ((info->build_many != NULL) == (i == G_N_ELEMENTS (tables) - 1));
    }
}

static void
test_annex1 (void)
{
  g_autoptr(Company) c = example_company ();
  g_autoptr(SbForm) form = build ("tf-annex1", c);
  SbTable *table = table_at (form, 0);

  g_assert_cmpuint (form->tables->len, ==, 1);
  g_assert_cmpstr (form->title, ==, "承诺书");
  g_assert_cmpstr (table->title, ==, "承诺书");
  assert_shape (table);
  g_assert_cmpuint (sb_table_get_n_columns (table), ==, 1);
  g_assert_cmpuint (table->rows->len, ==, 8);
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 8);
  assert_text (cell_at (table, 0, 0), "申请人郑重申明如下：");
  assert_text (cell_at (table, 1, 0), "1.依法注册，具有独立法人资格，并合法经营；");
  assert_text (cell_at (table, 2, 0), "2.按照《关于2024年度外经贸发展专项资金（推动服务贸易创新发展）"
                                      "申报的工作通知》文件要求提供了全部的凭证与资料；");
  assert_text (cell_at (table, 5, 0), "5.近五年在信用中国（辽宁大连）（网址: https://credit.dl.gov.cn/"
                                      "credit-portal/dl/union/query）未被列入失信联合惩戒名单，"
                                      "即申报企业非严重违法失信企业、非重大税收违法企业、"
                                      "非失信被执行人、非海关失信企业（转接国家海关总署公示平台"
                                      "查询）；同时，未拖欠应缴还的财政性资金；");
  assert_text (cell_at (table, 7, 0), "7.承诺接受有关主管部门为审核本申请而进行的必要核查，"
                                      "并承担相关法律责任。");
  for (guint i = 0; i < 8; i++)
    g_assert_true (cell_at (table, i, 0)->wrap);
  /* a signature line of 16 full-width low lines (59 mm at 10.5 pt) */
  g_assert_true (has_line (table->below, "申请企业法定代表人或被授权人：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
                                         "（签名或印章）"));
  g_assert_true (has_line (table->below, "申请单位盖章：大连软件园公共服务中心有限公司"));
  g_assert_true (has_line (table->below, "日期：    年     月     日"));
}

/* The label cell of 附件2 whose text is @label, and the cell after it. */
static SbCell *
value_after (SbTable *table, const char *label)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = row_at (table, r);

      for (guint i = 0; i + 1 < row->cells->len; i++)
        {
          SbCell *cell = g_ptr_array_index (row->cells, i);

          if (cell->kind == SB_CELL_TEXT && g_strcmp0 (cell->text, label) == 0)
            return g_ptr_array_index (row->cells, i + 1);
        }
    }
  g_error ("no cell “%s”", label);
  return NULL;
}

static gboolean
has_cell_text (SbTable *table, const char *text)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = row_at (table, r);

      for (guint i = 0; i < row->cells->len; i++)
        {
          SbCell *cell = g_ptr_array_index (row->cells, i);

          if (cell->kind == SB_CELL_TEXT && g_strcmp0 (cell->text, text) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_annex2 (void)
{
  g_autoptr(Company) c = example_company ();
  g_autoptr(SbForm) form = build ("tf-annex2", c);
  const SbPlatformResult *part;
  SbTable *table;

  g_assert_cmpuint (form->tables->len, ==, 1);
  table = table_at (form, 0);
  assert_shape (table);
  g_assert_cmpstr (table->title, ==, "服务贸易、服务外包公共服务能力提升支持资金申请表");
  g_assert_cmpstr (table->sheet_name, ==, "附件2 平台运维项目");
  g_assert_true (has_line (table->above, "项目：平台运维项目"));
  assert_text (value_after (table, "申报单位名称"), "大连软件园公共服务中心有限公司");
  assert_text (value_after (table, "统一社会信用代码"), "91210200MA0Q9Z8Y7X");
  assert_text (value_after (table, "法定代表人姓名"), "");
  for (guint i = 0; i < 3; i++)
    {
      static const char * const labels[] = { "开户银行", "联系人", "联系传真" };
      g_assert_true (has_cell_text (table, labels[i]));
    }
  g_assert_true (has_cell_text (table, "注册资金（万元）"));
  /* no first service entered: blank, never the build date (2022-11), and a warning */
  g_assert_true (has_cell_text (table, "投入运营并提供首次服务时间：    年  月"));
  g_assert_false (has_cell_text (table, "投入运营并提供首次服务时间：2022年11月"));
  g_assert_cmpuint (form->warnings->len, >=, 1);
  g_assert_true (has_cell_text (table, "平台名称："));

  /* the project's base as the report gives it: min(invoice, paid) of both lines */
  part = g_ptr_array_index (c->evaluation->trade_fund->platform->parts, 0);
  g_assert_cmpint (part->base, ==, 16300000);
  assert_value (value_after (table, "支持期内实际发生的软硬件购置和运维费用（万元）"),
                SB_CELL_MONEY_WAN, part->base);
  {
    g_autofree char *text = sb_cell_format (value_after (table, "支持期内实际发生的软硬件购置和运维费用（万元）"));
    g_assert_cmpstr (text, ==, "16.3000");
  }
  assert_value (value_after (table, "支持期内服务的我市服务贸易、外包企业数量（家）"),
                SB_CELL_INTEGER, 14);
  g_assert_true (has_line (table->below, "备注：1．申报单位法定代表人或被授权人签名可以使用名章；"
                                         "2．若由被授权人签署，须提交由法定代表人手签并加盖单位"
                                         "印章的授权书原件。"));
}

static void
test_annex2_two_projects (void)
{
  g_autoptr(Company) c = rich_company (TRUE);
  g_autoptr(SbForm) form = build ("tf-annex2", c);

  g_assert_cmpuint (form->tables->len, ==, 2);
  g_assert_cmpstr (table_at (form, 0)->sheet_name, ==, "附件2 平台建设项目");
  g_assert_cmpstr (table_at (form, 1)->sheet_name, ==, "附件2 平台运维项目");
  assert_shape (table_at (form, 0));
  assert_shape (table_at (form, 1));
  assert_value (value_after (table_at (form, 0), "支持期内实际发生的软硬件购置和运维费用（万元）"),
                SB_CELL_MONEY_WAN, 28000000);
  assert_value (value_after (table_at (form, 0), "支持期内服务的我市服务贸易、外包企业数量（家）"),
                SB_CELL_INTEGER, 6);
  assert_value (value_after (table_at (form, 1), "支持期内服务的我市服务贸易、外包企业数量（家）"),
                SB_CELL_INTEGER, SB_UNSET);
  /* built 2024-03 but no first service entered: left blank */
  g_assert_true (has_cell_text (table_at (form, 0), "投入运营并提供首次服务时间：    年  月"));
}

static const char * const annex3_headers[] = {
  "序号", "费用支出具体内容", "合同金额（元）", "发票金额（元）", "实付金额（元）", "发票号码",
  "附件编号", NULL
};

static void
assert_annex3_totals (SbTable *table)
{
  SbTableRow *total = total_row (table);

  g_assert_cmpuint (total->cells->len, ==, 6);
  assert_text (g_ptr_array_index (total->cells, 0), "合计");
  g_assert_cmpuint (((SbCell *) g_ptr_array_index (total->cells, 0))->col_span, ==, 2);
  for (guint col = 2; col <= 4; col++)
    assert_value (g_ptr_array_index (total->cells, col - 1), SB_CELL_MONEY,
                  column_sum (table, col));
}

static void
test_annex3 (void)
{
  g_autoptr(Company) c = example_company ();
  g_autoptr(SbForm) form = build ("tf-annex3", c);
  SbTable *table = table_at (form, 0);
  SbTableRow *total;

  g_assert_cmpuint (form->tables->len, ==, 1);
  assert_shape (table);
  g_assert_cmpstr (table->title, ==, "支持期内公共平台软硬件购置和运营维护费用支出清单");
  assert_headers (table, 0, annex3_headers);
  for (guint i = 0; annex3_headers[i] != NULL; i++)
    g_assert_cmpstr (g_array_index (table->columns, SbTableColumn, i).header, ==,
                     annex3_headers[i]);
  g_assert_true (has_line (table->above, "平台名称："));
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 2);
  assert_value (cell_at (table, 1, 0), SB_CELL_INTEGER, 1);
  assert_text (cell_at (table, 1, 1), "云资源租赁");
  assert_value (cell_at (table, 1, 2), SB_CELL_MONEY, 12000000);
  assert_value (cell_at (table, 1, 3), SB_CELL_MONEY, 11800000);
  assert_value (cell_at (table, 1, 4), SB_CELL_MONEY, 11800000);
  assert_text (cell_at (table, 1, 5), "24A001");
  g_assert_cmpint (cell_at (table, 1, 6)->kind, ==, SB_CELL_EMPTY);
  assert_text (cell_at (table, 2, 1), "系统维护");
  assert_value (cell_at (table, 2, 4), SB_CELL_MONEY, 4500000);

  assert_annex3_totals (table);
  total = total_row (table);
  assert_value (g_ptr_array_index (total->cells, 1), SB_CELL_MONEY, 18000000);
  assert_value (g_ptr_array_index (total->cells, 2), SB_CELL_MONEY, 17800000);
  assert_value (g_ptr_array_index (total->cells, 3), SB_CELL_MONEY, 16300000);
  g_assert_true (has_line (table->below, "说明：1.发票号码指的是支付相关费用时对方开具发票的编号；"
                                         "2.附件编号指的是用于佐证相关费用支出的合同（协议）、"
                                         "发票、付款凭证等复印件在整个纸质申报材料中的编号"
                                         "（或页码）。"));
}

/* A line invoiced outside the support period is neither counted nor listed;
 * one on its last day is both. */
static void
test_annex3_period (void)
{
  g_autoptr(Company) c = example_company ();
  SbTradeFundApplication *app = sb_enterprise_get_trade_fund (c->enterprise);
  SbPlatformProject *om = sb_trade_fund_application_find_platform (app, SB_PLATFORM_OM);
  g_autoptr(SbExpenseRow) before = sb_expense_row_new ();
  g_autoptr(SbExpenseRow) last_day = sb_expense_row_new ();
  g_autoptr(SbForm) form = NULL;
  const SbPlatformResult *part;
  SbTable *table;

  g_object_set (before, "item", "网络租赁", "contract", (gint64) 100000, "invoice",
                (gint64) 100000, "paid", (gint64) 100000, "invoice-no", "23B009",
                "invoice-date", (guint) sb_date_from_ymd (2023, 6, 30), NULL);
  g_object_set (last_day, "item", "设备维修", "contract", (gint64) 7, "invoice", (gint64) 5,
                "paid", (gint64) 3, "invoice-no", "24C001",
                "invoice-date", (guint) sb_date_from_ymd (2024, 12, 31), NULL);
  sb_platform_project_add_expense (om, before);
  sb_platform_project_add_expense (om, last_day);
  company_evaluate (c);

  form = build ("tf-annex3", c);
  table = table_at (form, 0);
  assert_shape (table);
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 3);
  assert_text (cell_at (table, 3, 1), "设备维修");
  assert_value (cell_at (table, 3, 0), SB_CELL_INTEGER, 3);
  assert_annex3_totals (table);
  assert_value (g_ptr_array_index (total_row (table)->cells, 1), SB_CELL_MONEY, 18000007);
  assert_value (g_ptr_array_index (total_row (table)->cells, 3), SB_CELL_MONEY, 16300003);
  /* the paid column's total is the report's base here (paid ≤ invoice on every line) */
  part = g_ptr_array_index (c->evaluation->trade_fund->platform->parts, 0);
  g_assert_cmpint (part->base, ==, 16300003);
}

static void
test_annex3_two_projects (void)
{
  g_autoptr(Company) c = rich_company (FALSE);
  g_autoptr(SbForm) form = build ("tf-annex3", c);
  SbTable *construction, *om;

  g_assert_cmpuint (form->tables->len, ==, 2);
  construction = table_at (form, 0);
  om = table_at (form, 1);
  g_assert_cmpstr (construction->sheet_name, ==, "附件3 平台建设项目");
  g_assert_cmpstr (om->sheet_name, ==, "附件3 平台运维项目");
  g_assert_true (has_line (construction->above, "项目：平台建设项目"));
  assert_shape (construction);
  assert_shape (om);
  g_assert_cmpuint (count_rows (construction, SB_ROW_BODY), ==, 1);
  assert_text (cell_at (construction, 1, 1), "服务器");
  assert_value (cell_at (construction, 1, 4), SB_CELL_MONEY, 28000000);
  assert_annex3_totals (construction);
  g_assert_cmpuint (count_rows (om, SB_ROW_BODY), ==, 0);
  assert_annex3_totals (om);
  assert_value (g_ptr_array_index (total_row (om)->cells, 1), SB_CELL_MONEY, 0);
}

static void
test_annex4 (void)
{
  static const char * const headers[] = { "序号", "企业名称", "服务内容", "附件编号", NULL };
  g_autoptr(Company) c = example_company ();
  g_autoptr(SbForm) form = build ("tf-annex4", c);
  g_autoptr(Company) rich = rich_company (FALSE);
  g_autoptr(SbForm) rich_form = build ("tf-annex4", rich);
  SbTable *table = table_at (form, 0);

  g_assert_cmpuint (form->tables->len, ==, 1);
  assert_shape (table);
  g_assert_cmpstr (table->title, ==, "支持期内公共平台服务我市服务贸易、服务外包企业情况表");
  assert_headers (table, 0, headers);
  g_assert_cmpuint (count_rows (table, SB_ROW_HEADER), ==, 1);
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 14);
  assert_value (cell_at (table, 14, 0), SB_CELL_INTEGER, 14);
  g_assert_cmpint (cell_at (table, 14, 1)->kind, ==, SB_CELL_EMPTY);
  g_assert_true (has_line (table->above, "平台名称："));
  g_assert_true (has_line (table->below, "说明：附件编号指的是用于佐证为相关企业提供服务的相关"
                                         "证明材料在整个纸质申报材料中的编号（或页码）。"));

  /* six firms served; the O&M project's number not entered: the notice's 12 blank rows */
  g_assert_cmpuint (rich_form->tables->len, ==, 2);
  g_assert_cmpuint (count_rows (table_at (rich_form, 0), SB_ROW_BODY), ==, 6);
  g_assert_cmpuint (count_rows (table_at (rich_form, 1), SB_ROW_BODY), ==, 12);
}

static const char * const annex5_headers[] = {
  "序号", "认证名称", "类别（新申请/复审）", "认证时间", "认证费用（元）", "拟申请支持金额（元）",
  NULL
};

/* a company without bank or contact: room to write them in */
static const char bank_line[] = "开户银行：　　　　　　　　　　账户户名：　　　　　　　　";
static const char account_line[] = "银行账号：";
static const char contact_line[] = "联 系 人：　　　　　　固定电话：　　　　　　　　移动电话：";

static void
test_annex5 (void)
{
  g_autoptr(Company) c = example_company ();
  g_autoptr(SbForm) form = build ("tf-annex5", c);
  const SbDirectionResult *dir = c->evaluation->trade_fund->certifications;
  SbTable *table = table_at (form, 0);
  SbTableRow *total;

  g_assert_cmpuint (form->tables->len, ==, 1);
  assert_shape (table);
  g_assert_cmpstr (table->title, ==, "2024年服务外包企业国际资质认证申请表");
  g_assert_true (has_line (table->above, "申请单位（盖章）：大连软件园公共服务中心有限公司"));
  assert_headers (table, 0, annex5_headers);
  /* CMMI was invoiced on 2023-05-30, before the support period: not listed */
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 1);
  assert_value (cell_at (table, 1, 0), SB_CELL_INTEGER, 1);
  assert_text (cell_at (table, 1, 1), "ISO27001");
  assert_text (cell_at (table, 1, 2), "复审");
  /* no certificate date entered: 认证时间 blank (never the invoice date), a warning */
  g_assert_cmpint (cell_at (table, 1, 3)->kind, ==, SB_CELL_EMPTY);
  /* and the example's credit code (a Z) fails its check: said last */
  g_assert_cmpuint (form->warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (form->warnings, 0), "ISO27001"));
  assert_value (cell_at (table, 1, 4), SB_CELL_MONEY, 4800000);
  /* one line: its share is the whole subsidy */
  assert_value (cell_at (table, 1, 5), SB_CELL_MONEY, 3360000);

  total = total_row (table);
  g_assert_cmpuint (total->cells->len, ==, 3);
  assert_text (g_ptr_array_index (total->cells, 0), "合计（元）：");
  g_assert_cmpuint (((SbCell *) g_ptr_array_index (total->cells, 0))->col_span, ==, 4);
  assert_value (g_ptr_array_index (total->cells, 1), SB_CELL_MONEY, column_sum (table, 4));
  /* the fees listed are the report's base; the amount is the report's subsidy */
  assert_value (g_ptr_array_index (total->cells, 1), SB_CELL_MONEY, dir->base);
  g_assert_cmpint (dir->subsidy, ==, 3360000);
  assert_value (g_ptr_array_index (total->cells, 2), SB_CELL_MONEY, dir->subsidy);
  g_assert_true (has_line (table->below, bank_line));
  g_assert_true (has_line (table->below, account_line));
  g_assert_true (has_line (table->below, contact_line));
}

/* Six certifications in the period: the five with the largest fees are
 * chosen, and only their lines are listed; two lines of one item both are. */
static void
test_annex5_choice (void)
{
  static const struct { const char *name, *kind; int month; gint64 fee; } lines[] = {
    { "CMM（I）", "new", 2, 40000000 },
    { "ISO9001", "maintenance", 3, 100000 },
    { "ITSS", "upgrade", 4, 900000 },
    { "ISO20000", "new", 5, 800000 },
    { "ISO 45001:2018", "新申请", 6, 700000 },
    { "cmmi", "review", 7, 1 },
  };
  g_autoptr(Company) c = example_company ();
  SbTradeFundApplication *app = sb_enterprise_get_trade_fund (c->enterprise);
  g_autoptr(SbForm) form = NULL;
  const SbDirectionResult *dir;
  SbTable *table;
  gint64 listed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(SbCertificationRow) row = sb_certification_row_new ();

      g_object_set (row, "name", lines[i].name, "kind", lines[i].kind,
                    "date", (guint) sb_date_from_ymd (2024, lines[i].month, 1),
                    "fee", lines[i].fee, NULL);
      sb_trade_fund_application_add_certification (app, row);
    }
  company_evaluate (c);
  dir = c->evaluation->trade_fund->certifications;
  form = build ("tf-annex5", c);
  table = table_at (form, 0);
  assert_shape (table);

  /* ISO27001 (48,000) 1st line, CMM（I）+cmmi, ITSS, ISO20000, ISO45001 chosen; ISO9001 not */
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 6);
  assert_text (cell_at (table, 1, 1), "ISO27001");
  assert_text (cell_at (table, 2, 1), "CMMI");
  assert_text (cell_at (table, 2, 2), "新申请");
  assert_text (cell_at (table, 3, 1), "ITSS");
  /* an upgrade prints as the notice's 类别 allows, its kind in the note */
  assert_text (cell_at (table, 3, 2), "新申请");
  g_assert_true (has_line (table->below, "注：第3行为升级，按“新申请”填列。"));
  assert_text (cell_at (table, 5, 2), "新申请");
  assert_text (cell_at (table, 6, 1), "CMMI");
  assert_text (cell_at (table, 6, 2), "复审");
  assert_value (cell_at (table, 6, 0), SB_CELL_INTEGER, 6);
  for (guint r = 1; r <= 6; r++)
    listed += cell_at (table, r, 4)->value;
  g_assert_cmpint (listed, ==, 4800000 + 40000000 + 900000 + 800000 + 700000 + 1);
  g_assert_cmpint (dir->base, ==, listed);
  assert_value (g_ptr_array_index (total_row (table)->cells, 1), SB_CELL_MONEY, listed);
  /* 70% of 47,200,001 fen is over the 300,000 元 cap: the report's capped amount */
  g_assert_cmpint (dir->subsidy, ==, 30000000);
  assert_value (g_ptr_array_index (total_row (table)->cells, 2), SB_CELL_MONEY, 30000000);
}

static const char * const annex9_headers[] = {
  "序号", "合同号", "合同名称", "合同金额（万美元）", "执行日期", "执行金额（万美元）",
  "收汇日期", "收汇币种", "收汇金额", "收汇凭证编号", "涉外收入申报单编号",
  "凭证、申报单页码", "备注", NULL
};

static void
test_annex9 (void)
{
  g_autoptr(Company) c = rich_company (TRUE);
  g_autoptr(SbForm) form = build ("tf-annex9", c);
  const SbDirectionResult *dir = c->evaluation->trade_fund->interest;
  SbTable *table = table_at (form, 0);
  SbTableRow *total;

  g_assert_cmpuint (form->tables->len, ==, 1);
  assert_shape (table);
  g_assert_true (table->landscape);
  g_assert_cmpstr (table->title, ==, "2024年服务外包业务贴息支持申请表");
  g_assert_true (has_line (table->above, "申请单位（公章）：大连示例软件有限公司"));
  assert_headers (table, 0, annex9_headers);
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 1);
  assert_value (cell_at (table, 1, 0), SB_CELL_INTEGER, 1);
  assert_text (cell_at (table, 1, 1), "C-2024-001");
  assert_text (cell_at (table, 1, 2), "离岸软件开发");
  assert_value (cell_at (table, 1, 3), SB_CELL_MONEY_USD_WAN, 100000000);
  g_assert_cmpuint (cell_at (table, 1, 4)->date, ==, sb_date_from_ymd (2024, 2, 1));
  assert_value (cell_at (table, 1, 5), SB_CELL_MONEY_USD_WAN, 80000050);
  {
    g_autofree char *text = sb_cell_format (cell_at (table, 1, 5));
    g_assert_cmpstr (text, ==, "80.0001");
  }
  g_assert_cmpuint (cell_at (table, 1, 6)->date, ==, sb_date_from_ymd (2024, 3, 15));
  assert_text (cell_at (table, 1, 7), "JPY");
  assert_value (cell_at (table, 1, 8), SB_CELL_MONEY, 12000000000);
  assert_text (cell_at (table, 1, 9), "RV-01");
  assert_text (cell_at (table, 1, 10), "DF-01");
  assert_text (cell_at (table, 1, 11), "12-13");
  assert_text (cell_at (table, 1, 12), "分两次收汇");

  /* the totals are the sums of the rows: the JPY receipt has no US-dollar
   * figure, so it is left out (and said); the declared totals differ (said) */
  total = total_row (table);
  g_assert_cmpuint (total->cells->len, ==, 6);
  assert_text (g_ptr_array_index (total->cells, 0), "合计执行金额（万美元）");
  assert_value (g_ptr_array_index (total->cells, 1), SB_CELL_MONEY_USD_WAN, 80000050);
  assert_text (g_ptr_array_index (total->cells, 2), "合计收汇金额（万美元）");
  assert_value (g_ptr_array_index (total->cells, 3), SB_CELL_MONEY_USD_WAN, 0);
  /* …and the fixture's credit code fails its check digit (said last) */
  g_assert_cmpuint (form->warnings->len, ==, 4);
  g_assert_nonnull (strstr (g_ptr_array_index (form->warnings, 0), "JPY"));
  g_assert_nonnull (strstr (g_ptr_array_index (form->warnings, 1), "560.0000"));
  g_assert_nonnull (strstr (g_ptr_array_index (form->warnings, 2), "520.0000"));
  assert_text (g_ptr_array_index (total->cells, 4), "合计申请金额（万元人民币）");
  g_assert_true (dir->eligible);
  g_assert_cmpint (dir->subsidy, ==, 50000000);
  assert_value (g_ptr_array_index (total->cells, 5), SB_CELL_MONEY_WAN, dir->subsidy);
  {
    g_autofree char *text = sb_cell_format (g_ptr_array_index (total->cells, 5));
    g_assert_cmpstr (text, ==, "50.0000");
  }
  g_assert_true (has_line (table->below, bank_line));
  g_assert_true (has_line (table->below, account_line));
  g_assert_true (has_line (table->below, contact_line));
  g_assert_true (has_line (table->below, "美元兑人民币汇率：7.1884"));
}

/* Below the cap: the subsidy to the fen as the report has it. */
static void
test_annex9_uncapped (void)
{
  g_autoptr(Company) c = rich_company (TRUE);
  SbTradeFundApplication *app = sb_enterprise_get_trade_fund (c->enterprise);
  g_autoptr(SbForm) form = NULL;
  const SbDirectionResult *dir;
  g_autofree char *text = NULL;

  /* USD 1,000,000.01 at 7.1884: principal 7,188,400.07 元 × 3.10% = 222,840.40 元 */
  g_object_set (app, "receipts-usd", (gint64) 100000001, NULL);
  company_evaluate (c);
  dir = c->evaluation->trade_fund->interest;
  g_assert_cmpint (dir->subsidy, ==, 22284040);
  form = build ("tf-annex9", c);
  /* 合计 is the rows' sum; the declared receipts that the subsidy used, a warning */
  assert_value (g_ptr_array_index (total_row (table_at (form, 0))->cells, 3),
                SB_CELL_MONEY_USD_WAN, 0);
  g_assert_nonnull (strstr (g_ptr_array_index (form->warnings, form->warnings->len - 2),
                            "100.0000"));
  assert_value (g_ptr_array_index (total_row (table_at (form, 0))->cells, 5), SB_CELL_MONEY_WAN,
                22284040);
  text = sb_cell_format (g_ptr_array_index (total_row (table_at (form, 0))->cells, 5));
  g_assert_cmpstr (text, ==, "22.2840");
}

static void
test_not_asked (void)
{
  static const char * const ids[] = {
    "tf-annex1", "tf-annex2", "tf-annex3", "tf-annex4", "tf-annex5", "tf-annex9", "tf-summary",
  };
  g_autoptr(Company) tase = company_new (load_dossier ("data", "examples",
                                                       "tase-dalian-new.shenbao.json", NULL));
  g_autoptr(Company) c = example_company ();
  SbTradeFundApplication *app = sb_enterprise_get_trade_fund (c->enterprise);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    assert_not_asked (ids[i], tase, "trade-fund");

  /* the example asks for no interest subsidy */
  assert_not_asked ("tf-annex9", c, "interest subsidy");

  g_object_set (app, "has-platform", FALSE, "has-certifications", FALSE, NULL);
  company_evaluate (c);
  g_assert_null (c->evaluation->trade_fund->platform);
  assert_not_asked ("tf-annex2", c, "platform");
  assert_not_asked ("tf-annex3", c, "platform");
  assert_not_asked ("tf-annex4", c, "platform");
  assert_not_asked ("tf-annex5", c, "certification");
  /* the pledge goes with every claim */
  {
    g_autoptr(SbForm) form = build ("tf-annex1", c);
    g_assert_cmpuint (table_at (form, 0)->rows->len, ==, 8);
  }
}

/* Two companies claiming, one not (left out); each direction's subsidy from
 * its report; 合计 the column sums to the fen. */
static void
test_summary (void)
{
  static const char * const sub_headers[] = {
    "服务贸易、服务外包公共服务能力提升", "国际资质认证", "加强品牌建设", "服务外包业务贴息",
    "国家特色服务出口基地（中医药服务出口基地）", "合计", NULL
  };
  g_autoptr(Company) a = example_company ();
  g_autoptr(Company) b = rich_company (TRUE);
  g_autoptr(Company) none = company_new (load_dossier ("data", "examples",
                                                       "tase-dalian-new.shenbao.json", NULL));
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) form = NULL;
  const SbTradeFundReport *ra = a->evaluation->trade_fund;
  const SbTradeFundReport *rb = b->evaluation->trade_fund;
  SbTable *table;
  SbTableRow *total;

  g_ptr_array_add (inputs, &a->input);
  g_ptr_array_add (inputs, &none->input);
  g_ptr_array_add (inputs, &b->input);
  form = sb_form_lookup ("tf-summary")->build_many (inputs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (form->tables->len, ==, 1);
  table = table_at (form, 0);
  assert_shape (table);
  g_assert_true (table->landscape);
  g_assert_cmpstr (table->title, ==, "2024年支持服务贸易创新发展项目申请汇总表");
  g_assert_cmpuint (count_rows (table, SB_ROW_HEADER), ==, 2);
  assert_text (cell_at (table, 0, 0), "序号");
  g_assert_cmpuint (cell_at (table, 0, 0)->row_span, ==, 2);
  assert_text (cell_at (table, 0, 1), "申报单位名称");
  assert_text (cell_at (table, 0, 2), "统一社会信用代码");
  assert_text (cell_at (table, 0, 3), "申请支持金额（元）");
  g_assert_cmpuint (cell_at (table, 0, 3)->col_span, ==, 6);
  assert_headers (table, 1, sub_headers);
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 2);

  assert_value (cell_at (table, 2, 0), SB_CELL_INTEGER, 1);
  assert_text (cell_at (table, 2, 1), "大连软件园公共服务中心有限公司");
  assert_text (cell_at (table, 2, 2), "91210200MA0Q9Z8Y7X");
  assert_value (cell_at (table, 2, 3), SB_CELL_MONEY, 13040000);
  assert_value (cell_at (table, 2, 4), SB_CELL_MONEY, 3360000);
  g_assert_cmpint (cell_at (table, 2, 5)->kind, ==, SB_CELL_EMPTY);
  g_assert_cmpint (cell_at (table, 2, 6)->kind, ==, SB_CELL_EMPTY);
  g_assert_cmpint (cell_at (table, 2, 7)->kind, ==, SB_CELL_EMPTY);
  assert_value (cell_at (table, 2, 8), SB_CELL_MONEY, ra->total);
  g_assert_cmpint (ra->total, ==, 16400000);

  assert_value (cell_at (table, 3, 0), SB_CELL_INTEGER, 2);
  assert_text (cell_at (table, 3, 1), "大连示例软件有限公司");
  assert_value (cell_at (table, 3, 3), SB_CELL_MONEY, rb->platform->subsidy);
  assert_value (cell_at (table, 3, 4), SB_CELL_MONEY, rb->certifications->subsidy);
  assert_value (cell_at (table, 3, 5), SB_CELL_MONEY, rb->brand->subsidy);
  assert_value (cell_at (table, 3, 6), SB_CELL_MONEY, rb->interest->subsidy);
  assert_value (cell_at (table, 3, 7), SB_CELL_MONEY, rb->tcm->subsidy);
  assert_value (cell_at (table, 3, 8), SB_CELL_MONEY, rb->total);
  g_assert_cmpint (rb->interest->subsidy, ==, 50000000);
  g_assert_cmpint (rb->brand->subsidy, ==, 10000000);

  total = total_row (table);
  g_assert_cmpuint (total->cells->len, ==, 7);
  assert_text (g_ptr_array_index (total->cells, 0), "合计");
  g_assert_cmpuint (((SbCell *) g_ptr_array_index (total->cells, 0))->col_span, ==, 3);
  for (guint col = 3; col <= 8; col++)
    assert_value (g_ptr_array_index (total->cells, col - 2), SB_CELL_MONEY,
                  column_sum (table, col));
  assert_value (g_ptr_array_index (total->cells, 6), SB_CELL_MONEY, ra->total + rb->total);
  /* the row totals are the directions' sums, as the reports have them */
  g_assert_cmpint (column_sum (table, 3) + column_sum (table, 4) + column_sum (table, 5)
                   + column_sum (table, 6) + column_sum (table, 7), ==, ra->total + rb->total);

  /* through sb_form_build: that one company alone */
  {
    g_autoptr(SbForm) one = build ("tf-summary", a);
    g_assert_cmpuint (count_rows (table_at (one, 0), SB_ROW_BODY), ==, 1);
    assert_value (g_ptr_array_index (total_row (table_at (one, 0))->cells, 6), SB_CELL_MONEY,
                  ra->total);
  }
}

/* Not eligible (a common declaration false): every amount is the report's 0. */
static void
test_not_eligible (void)
{
  g_autoptr(Company) c = rich_company (FALSE);
  g_autoptr(SbForm) annex5 = build ("tf-annex5", c);
  g_autoptr(SbForm) annex9 = build ("tf-annex9", c);
  g_autoptr(SbForm) summary = build ("tf-summary", c);
  const SbTradeFundReport *r = c->evaluation->trade_fund;
  SbTable *table;

  g_assert_false (r->common_ok);
  g_assert_cmpint (r->total, ==, 0);
  table = table_at (annex5, 0);
  /* CMMI is the chosen item; ISO27001 (0.05 元) is not */
  g_assert_cmpuint (count_rows (table, SB_ROW_BODY), ==, 1);
  assert_text (cell_at (table, 1, 1), "CMMI");
  assert_value (g_ptr_array_index (total_row (table)->cells, 1), SB_CELL_MONEY, 18000000);
  assert_value (g_ptr_array_index (total_row (table)->cells, 2), SB_CELL_MONEY, 0);
  assert_value (g_ptr_array_index (total_row (table_at (annex9, 0))->cells, 5),
                SB_CELL_MONEY_WAN, 0);
  table = table_at (summary, 0);
  for (guint col = 3; col <= 8; col++)
    assert_value (cell_at (table, 2, col), SB_CELL_MONEY, 0);
}

/* ---------------------------------------------------------------- PDF */

/* The output of @argv (a poppler tool). */
static char *
run_tool (const char * const *argv)
{
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s (%s)", argv[0], error->message, err);
  return out;
}

/* The text without any white space (pdftotext breaks wrapped lines). */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

/* Writes @form as PDF and XLSX; asserts the page count and that every
 * string of @words shows in the PDF's text. */
static void
assert_written (SbForm *form, const char *dir, guint n_pages, const char * const *words)
{
  g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, form->id);
  g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, form->id);
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *info = NULL, *raw = NULL, *text = NULL;
  const char *pages;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (sb_form_write_xlsx (form, xlsx, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (xlsx, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  info = run_tool (info_argv);
  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);
  g_assert_cmpuint (g_ascii_strtoull (pages + strlen ("\nPages:") + strspn (pages + 7, " "),
                                      NULL, 10), ==, n_pages);
  raw = run_tool (text_argv);
  text = squeeze (raw);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = squeeze (words[i]);

      if (strstr (text, word) == NULL)
        g_error ("%s: no “%s” in:\n%s", pdf, words[i], raw);
    }
}

/* Every table on paper: its title, headers, figures and footer lines. */
static void
test_written (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-forms-tf-XXXXXX", NULL);
  g_autoptr(Company) a = example_company ();
  g_autoptr(Company) b = rich_company (TRUE);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("poppler's pdftotext and pdfinfo are not installed");
      return;
    }
  g_assert_nonnull (dir);
  {
    static const char * const words[] = {
      "承诺书", "申请人郑重申明如下：", "7.承诺接受有关主管部门为审核本申请而进行的必要核查，并承担相关法律责任。",
      "申请单位盖章：大连软件园公共服务中心有限公司", "第 1 页 共 1 页", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex1", a);
    assert_written (form, dir, 1, words);
  }
  {
    static const char * const words[] = {
      "服务贸易、服务外包公共服务能力提升支持资金申请表", "项目：平台建设项目", "项目：平台运维项目",
      "大连示例软件有限公司", "28.0000", "投入运营并提供首次服务时间：", "第 2 页 共 2 页", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex2", b);
    assert_written (form, dir, 2, words);
  }
  {
    static const char * const words[] = {
      "支持期内公共平台软硬件购置和运营维护费用支出清单", "费用支出具体内容", "云资源租赁",
      "180,000.00", "178,000.00", "163,000.00", "说明：1.发票号码指的是", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex3", a);
    assert_written (form, dir, 1, words);
  }
  {
    static const char * const words[] = {
      "支持期内公共平台服务我市服务贸易、服务外包企业情况表", "企业名称", "服务内容", "14", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex4", a);
    assert_written (form, dir, 1, words);
  }
  {
    static const char * const words[] = {
      "2024年服务外包企业国际资质认证申请表", "类别（新申请/复审）", "ISO27001",
      "48,000.00", "合计（元）：", "33,600.00", "联 系 人：", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex5", a);
    assert_written (form, dir, 1, words);
  }
  {
    static const char * const words[] = {
      "2024年服务外包业务贴息支持申请表", "涉外收入申报单编号", "C-2024-001", "80.0001",
      "120,000,000.00", "合计执行金额（万美元）",
      "合计申请金额（万元人民币）", "50.0000", "美元兑人民币汇率：7.1884", NULL
    };
    g_autoptr(SbForm) form = build ("tf-annex9", b);
    assert_written (form, dir, 1, words);
  }
  {
    static const char * const words[] = {
      "2024年支持服务贸易创新发展项目申请汇总表", "申请支持金额（元）", "大连软件园公共服务中心有限公司",
      "大连示例软件有限公司", "164,000.00", "500,000.00", NULL
    };
    g_autoptr(SbForm) form = NULL;

    g_ptr_array_add (inputs, &a->input);
    g_ptr_array_add (inputs, &b->input);
    form = sb_form_lookup ("tf-summary")->build_many (inputs, &error);
    g_assert_no_error (error);
    assert_written (form, dir, 1, words);
  }

  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (root);
  policy_set = sb_policy_set_new ();
  dir = g_build_filename (root, "data", "policies", NULL);
  g_assert_cmpuint (sb_policy_set_add_dir (policy_set, dir), >=, 3);
  known = sb_known_categories (policy_set);

  g_test_add_func ("/forms/tradefund/registry", test_registry);
  g_test_add_func ("/forms/tradefund/annex1", test_annex1);
  g_test_add_func ("/forms/tradefund/annex2", test_annex2);
  g_test_add_func ("/forms/tradefund/annex2-two-projects", test_annex2_two_projects);
  g_test_add_func ("/forms/tradefund/annex3", test_annex3);
  g_test_add_func ("/forms/tradefund/annex3-period", test_annex3_period);
  g_test_add_func ("/forms/tradefund/annex3-two-projects", test_annex3_two_projects);
  g_test_add_func ("/forms/tradefund/annex4", test_annex4);
  g_test_add_func ("/forms/tradefund/annex5", test_annex5);
  g_test_add_func ("/forms/tradefund/annex5-choice", test_annex5_choice);
  g_test_add_func ("/forms/tradefund/annex9", test_annex9);
  g_test_add_func ("/forms/tradefund/annex9-uncapped", test_annex9_uncapped);
  g_test_add_func ("/forms/tradefund/not-asked", test_not_asked);
  g_test_add_func ("/forms/tradefund/summary", test_summary);
  g_test_add_func ("/forms/tradefund/not-eligible", test_not_eligible);
  g_test_add_func ("/forms/tradefund/written", test_written);
  status = g_test_run ();
  g_hash_table_unref (known);
  sb_policy_set_free (policy_set);
  return status;
}
