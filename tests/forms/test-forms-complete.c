/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-complete.c: a rich company (every trade-fund direction, a TASE
 * review, receipts in JPY, a 20-digit 数电票 number, the filing identity)
 * through every table: each field it entered is in the PDF text and the
 * XLSX cells, totals are the sums of the rows, declared totals that differ
 * are warnings, and the seals have their 45 mm. */
#include <glib/gstdio.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-form-writers.h"
#include "xlsx-read.h"

static SbPolicySet *policies;
static GHashTable *known;
static char *tmpdir;

typedef struct
{
  SbEnterprise *enterprise;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
  SbFormInput   input;
} Company;

static void
company_free (Company *c)
{
  sb_dossier_free (c->dossier);
  sb_evaluation_free (c->evaluation);
  g_object_unref (c->enterprise);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Company, company_free)

static Company *
load_rich (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "forms",
                                            "data", "forms-rich.shenbao.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_file (path, known, &error);
  Company *c = g_new0 (Company, 1);

  g_assert_no_error (error);
  c->enterprise = sb_enterprise_new_from_dossier (d);
  c->dossier = sb_enterprise_to_dossier (c->enterprise);
  c->evaluation = sb_enterprise_evaluate (c->enterprise, policies,
                                          sb_date_from_ymd (2025, 1, 10), &error);
  g_assert_no_error (error);
  c->input.enterprise = c->enterprise;
  c->input.dossier = c->dossier;
  c->input.evaluation = c->evaluation;
  c->input.policies = policies;
  c->input.at = sb_date_from_ymd (2025, 1, 10);
  return c;
}

static SbForm *
build (Company *c, const char *id)
{
  g_autoptr(GError) error = NULL;
  SbForm *form = sb_form_build (id, &c->input, &error);

  g_assert_no_error (error);
  g_assert_nonnull (form);
  return form;
}

static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_path (const char *id, const char *ext)
{
  g_autofree char *name = g_strconcat (id, ext, NULL);

  return g_build_filename (tmpdir, name, NULL);
}

/* The PDF's text, white space removed. */
static char *
pdf_text (SbForm *form)
{
  g_autofree char *path = pdf_path (form->id, ".pdf");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *text = NULL;

  g_assert_true (sb_form_write_pdf (form, path, &error));
  g_assert_no_error (error);
  text = run (argv);
  return squeeze (text);
}

/* Every text cell of every sheet, white space removed, one after another. */
static char *
xlsx_text (SbForm *form)
{
  g_autofree char *path = pdf_path (form->id, ".xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(XlsxBook) book = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  g_assert_true (sb_form_write_xlsx (form, path, &error));
  g_assert_no_error (error);
  book = xlsx_book_open (path, &error);
  g_assert_no_error (error);
  for (guint s = 0; s < xlsx_book_get_n_sheets (book); s++)
    {
      XlsxSheet *sheet = xlsx_book_get_sheet (book, s);
      int last = xlsx_sheet_get_last_row (sheet);

      for (int r = 0; r <= last; r++)
        for (guint col = 0; col < 40; col++)
          {
            const XlsxCell *cell = xlsx_sheet_get_cell_at (sheet, r, col);

            if (cell != NULL && cell->text != NULL)
              {
                g_autofree char *t = squeeze (cell->text);

                g_string_append (all, t);
                g_string_append_c (all, '|');
              }
          }
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static gboolean
has_poppler (void)
{
  g_autofree char *p = g_find_program_in_path ("pdftotext");

  if (p == NULL)
    g_test_skip ("poppler-utils (pdftotext) are not installed");
  return p != NULL;
}

/* Each of @words (NULL-terminated) in @text. */
static void
assert_words (const char *what, const char *text, const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *w = squeeze (words[i]);

      if (strstr (text, w) == NULL)
        g_error ("%s: no “%s”", what, words[i]);
    }
}

/* The words in the PDF text and in the XLSX cells. */
static void
assert_everywhere (SbForm *form, const char * const *words)
{
  g_autofree char *pdf = pdf_text (form);
  g_autofree char *xlsx = xlsx_text (form);
  g_autofree char *pdf_what = g_strconcat (form->id, ".pdf", NULL);
  g_autofree char *xlsx_what = g_strconcat (form->id, ".xlsx", NULL);

  assert_words (pdf_what, pdf, words);
  assert_words (xlsx_what, xlsx, words);
}

static gboolean
has_warning (SbForm *form, const char *part)
{
  for (guint i = 0; i < form->warnings->len; i++)
    if (strstr (g_ptr_array_index (form->warnings, i), part) != NULL)
      return TRUE;
  return FALSE;
}

static SbTableRow *
total_row (SbTable *table)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = g_ptr_array_index (table->rows, r);

      if (row->kind == SB_ROW_TOTAL)
        return row;
    }
  g_assert_not_reached ();
}

static SbCell *
cell (SbTableRow *row, guint i)
{
  return g_ptr_array_index (row->cells, i);
}

/* The sum of column @col of the body rows. */
static gint64
column_sum (SbTable *table, guint col)
{
  gint64 sum = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *row = g_ptr_array_index (table->rows, r);

      if (row->kind == SB_ROW_BODY && cell (row, col)->value != SB_UNSET)
        sum += cell (row, col)->value;
    }
  return sum;
}

/* ------------------------------------------------------------------ */

static void
test_annex2 (void)
{
  static const char * const words[] = {
    "大连星河数字服务有限公司", "张海涛", "高新园区", "大连市高新园区软件园路8号A座",
    "91210200MA0Q7F3K2X", "中国银行大连高新园区支行", "2766 0123 4567 8901 234", "李晓梅",
    "0411-8476 5432", "13904112345", "0411-8476 5433", "lixm@xinghe.example.cn", "116023",
    "平台名称：大连数字服务公共技术平台", "投入运营并提供首次服务时间：2024年4月",
    "投入运营并提供首次服务时间：2022年12月", "软件测试、云资源租赁、信息安全检测", "平台运维",
    NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = NULL;
  g_autofree char *pdf = NULL;

  if (!has_poppler ())
    return;
  form = build (c, "tf-annex2");
  assert_everywhere (form, words);
  pdf = pdf_text (form);
  /* 注册资金 in 万元: 50,000,000 元; the construction project was built 2024-02 */
  g_assert_nonnull (strstr (pdf, "5,000.0000"));
  g_assert_null (strstr (pdf, "2024年2月"));
  g_assert_cmpuint (form->warnings->len, ==, 0);
}

static void
test_annex3_4 (void)
{
  static const char * const annex3[] = {
    "平台名称：大连数字服务公共技术平台", "附件编号", "服务器采购", "24212000000012345678", NULL
  };
  static const char * const annex4[] = {
    "平台名称：大连数字服务公共技术平台", "附件编号", "大连海蓝软件有限公司", "软件测试",
    "大连远帆信息技术有限公司", "云资源租赁", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) a3 = NULL;
  g_autoptr(SbForm) a4 = NULL;
  SbTable *table;

  if (!has_poppler ())
    return;
  a3 = build (c, "tf-annex3");
  assert_everywhere (a3, annex3);
  table = g_ptr_array_index (a3->tables, 0);
  for (guint col = 2; col <= 4; col++)
    g_assert_cmpint (cell (total_row (table), col - 1)->value, ==, column_sum (table, col));
  /* the 20-digit invoice number is one unbroken cell */
  g_assert_true (cell (g_ptr_array_index (table->rows, 1), 5)->nobreak);

  a4 = build (c, "tf-annex4");
  assert_everywhere (a4, annex4);
  table = g_ptr_array_index (a4->tables, 0);
  g_assert_cmpuint (table->rows->len, ==, 1 + 2);
  /* 大连远帆's code fails its check digit (should end in P) */
  g_assert_true (has_warning (a4, "大连远帆信息技术有限公司"));
  g_assert_false (has_warning (a4, "大连海蓝软件有限公司"));
}

static void
test_annex5 (void)
{
  static const char * const words[] = {
    "申请单位（盖章）：大连星河数字服务有限公司", "ISO27001", "CMMI", "ISO20000", "复审", "新申请",
    "维护（年度监督审核）", "升级", "开户银行：中国银行大连高新园区支行",
    "银行账号：2766 0123 4567 8901 234", "联 系 人：李晓梅", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = NULL;
  const SbDirectionResult *dir = c->evaluation->trade_fund->certifications;
  g_autofree char *pdf = NULL;
  SbTable *table;
  SbTableRow *total;

  if (!has_poppler ())
    return;
  form = build (c, "tf-annex5");
  assert_everywhere (form, words);
  table = g_ptr_array_index (form->tables, 0);
  /* 认证时间 are the certificates' dates, not the invoices' */
  g_assert_cmpuint (cell (g_ptr_array_index (table->rows, 1), 3)->date, ==,
                    sb_date_from_ymd (2024, 3, 28));
  pdf = pdf_text (form);
  g_assert_nonnull (strstr (pdf, "2024-03-28"));
  g_assert_null (strstr (pdf, "2024-04-18"));
  /* the lines' shares add up to the direction's subsidy to the fen */
  total = total_row (table);
  g_assert_cmpint (dir->subsidy, ==, 16193333);
  g_assert_cmpint (column_sum (table, 5), ==, dir->subsidy);
  g_assert_cmpint (cell (total, 2)->value, ==, dir->subsidy);
  g_assert_cmpint (cell (total, 1)->value, ==, column_sum (table, 4));
  /* 48,000 : 150,000.01 : 33,333.33 of 161,933.33 (70 %) */
  g_assert_cmpint (cell (g_ptr_array_index (table->rows, 1), 5)->value, ==, 3360000);
  g_assert_cmpint (cell (g_ptr_array_index (table->rows, 2), 5)->value, ==, 10500000);
  g_assert_cmpint (cell (g_ptr_array_index (table->rows, 3), 5)->value, ==, 2333333);
  g_assert_cmpuint (form->warnings->len, ==, 0);
}

static void
test_annex6_7_8 (void)
{
  static const char * const a6[] = {
    "2024年入驻数字服务集聚园区的重点企业明细表", "园区名称（公章）：大连星河数字服务集聚园区",
    "业务范围", "大连海蓝软件有限公司", "软件开发与测试", "王强", "0411-8888 1234", NULL
  };
  static const char * const a7[] = {
    "2024年人才培训领军机构项目资金申报表", "机构名称", "大连星河数字服务有限公司", "张海涛",
    "辽宁省大连市", "lixm@xinghe.example.cn", "2766 0123 4567 8901 234", "培训总人数",
    "自有培训场地2000平方米", "2024年开展软件测试工程师培训4期", NULL
  };
  static const char * const a8[] = {
    "2024年人才培训领军机构培训人员汇总表", "总计培训人数：2", "培训人姓名", "身份证号",
    "赵敏", "210202199805123010", "大连理工大学", "软件测试", "120课时", "钱亮", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) f6 = NULL, f7 = NULL, f8 = NULL;

  if (!has_poppler ())
    return;
  f6 = build (c, "tf-annex6");
  assert_everywhere (f6, a6);
  f7 = build (c, "tf-annex7");
  assert_everywhere (f7, a7);
  f8 = build (c, "tf-annex8");
  assert_everywhere (f8, a8);
  /* 钱亮's number fails its GB 11643 check digit (should end in 3) */
  g_assert_cmpuint (f8->warnings->len, ==, 1);
  g_assert_true (has_warning (f8, "钱亮"));
}

static void
test_annex9 (void)
{
  static const char * const words[] = {
    "XH-2024-001", "离岸软件测试服务", "JPY", "RV2024031500012345678", "DF-210200-2024-000123",
    "折合823.0453万美元（汇率：1美元=150.0000JPY）", "分两次收汇", "USD",
    "银行账号：2766 0123 4567 8901 234", "美元兑人民币汇率：7.1884", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = NULL;
  g_autofree char *pdf = NULL;
  SbTable *table;
  SbTableRow *total;

  if (!has_poppler ())
    return;
  form = build (c, "tf-annex9");
  assert_everywhere (form, words);
  table = g_ptr_array_index (form->tables, 0);
  total = total_row (table);
  /* 合计执行金额 = the rows' execution amounts; 合计收汇金额 = the rows in USD */
  g_assert_cmpint (cell (total, 1)->value, ==, column_sum (table, 5));
  g_assert_cmpint (cell (total, 1)->value, ==, 904543210 + 80000000);
  g_assert_cmpint (cell (total, 3)->value, ==, 823045260 + 80000000);
  /* the receipt in its own currency in its row */
  g_assert_cmpint (cell (g_ptr_array_index (table->rows, 1), 8)->value, ==, 123456789000);
  pdf = pdf_text (form);
  g_assert_nonnull (strstr (pdf, "1,234,567,890.00"));
  g_assert_nonnull (strstr (pdf, "984.5432"));
  g_assert_nonnull (strstr (pdf, "903.0453"));
  /* the declared totals (1,234.5679 万美元 each) differ from the rows: warned */
  g_assert_cmpuint (form->warnings->len, ==, 2);
  g_assert_true (has_warning (form, "984.5432"));
  g_assert_true (has_warning (form, "903.0453"));
}

static void
test_tase_annex3 (void)
{
  static const char * const words[] = {
    "合同登记情况", "合同执行额登记 DL-2024-0031", "技术合同认定登记 2024-210200-001",
    "发票 24212000000012345678", "收汇凭证 RV-2024-0315", "合同、发票", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = NULL;

  if (!has_poppler ())
    return;
  c->input.year = 2024;
  form = build (c, "tase-annex3");
  assert_everywhere (form, words);
  /* 9,000,000 of contract revenue against 8,000,000 of total revenue */
  g_assert_true (has_warning (form, "9,000,000.00"));
}

static void
test_tase_lists (void)
{
  static const char * const summary[] = {
    "2025年度技术先进型服务企业申报推荐汇总表", "大连星河数字服务有限公司", "91210200MA0Q7F3K2X",
    "高新园区", "复审", "李晓梅", "13904112345", "区（市）联系人：", "联系电话：", NULL
  };
  static const char * const materials[] = {
    "新认定企业提交经审计的上一年度(2024年度)企业财务报表", "(2022、2023、2024年度）",
    "新产品或新技术证明（查新）材料", "获国家或本市科技计划项目立项或科技奖励证明",
    "人力资源能力认证证书", "页码",
    "（1）以上所有材料【1至9】均需加盖企业公章，扫描成PDF格式电子版材料报送各自所在区、市、县"
    "科技管理部门，纸质材料企业留存备查。", NULL
  };
  g_autoptr(Company) c = load_rich ();
  g_autoptr(Company) other = load_rich ();
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbForm) list = NULL;
  g_autoptr(SbForm) mat = NULL;
  g_autoptr(SbForm) self = NULL;
  g_autofree char *self_pdf = NULL;

  if (!has_poppler ())
    return;
  /* two companies, one applying in another year: the list holds one */
  other->dossier->tase->apply_year = 2024;
  g_ptr_array_add (inputs, &c->input);
  g_ptr_array_add (inputs, &other->input);
  other->input.year = 0;
  list = sb_form_lookup ("tase-summary")->build_many (inputs, &error);
  g_assert_no_error (error);
  assert_everywhere (list, summary);
  g_assert_cmpuint (((SbTable *) g_ptr_array_index (list->tables, 0))->rows->len, ==, 1 + 1);

  mat = build (c, "tase-materials");
  assert_everywhere (mat, materials);

  /* the assessment lives on the 自评 worksheet, which has no seal line */
  self = build (c, "tase-self-assessment");
  self_pdf = pdf_text (self);
  g_assert_nonnull (strstr (self_pdf, "自评"));
  g_assert_null (strstr (self_pdf, "盖章）："));
  {
    g_autofree char *list_pdf = pdf_text (list);

    g_assert_null (strstr (list_pdf, "符合"));
    g_assert_null (strstr (list_pdf, "尚差"));
  }
}

/* The free height under a seal label, measured in the PDF: from the bottom
 * of the line holding @label to the top of the next text below it within
 * 45 mm to the right of the label's start (a seal's width). */
static double
free_below (const char *pdf, const char *label)
{
  const char *argv[] = { "pdftotext", "-bbox", (char *) pdf, "-", NULL };
  g_autofree char *html = run (argv);
  g_auto(GStrv) lines = g_strsplit (html, "\n", -1);
  double label_bottom = -1, label_left = 0, next_top = 1e9;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      double x0, y0, x1, y1;
      const char *w = strstr (lines[i], "<word ");
      const char *text;

      if (w == NULL || sscanf (w, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                               &x0, &y0, &x1, &y1) != 4)
        continue;
      text = strchr (w, '>') + 1;
      if (label_bottom < 0 && g_str_has_prefix (text, label))
        {
          label_bottom = y1;
          label_left = x0;
        }
      else if (label_bottom >= 0 && y0 > label_bottom + 1 && y0 < next_top
               && x0 < label_left + 127.56 && x1 > label_left)
        next_top = y0;
    }
  g_assert_cmpfloat (label_bottom, >=, 0);
  return next_top - label_bottom;
}

static void
test_room_to_sign (void)
{
  /* 45 mm = 127.56 pt */
  static const struct { const char *id, *label; } seals[] = {
    { "tf-annex1", "申请单位盖章：" },
    { "tf-annex5", "申请单位（盖章）：" },
    { "tf-annex9", "申请单位（公章）：" },
    { "tf-annex2", "企业公章" },
    { "tf-annex8", "申请单位（公章）：" },
    { "tf-annex7", "申请单位（公章）：" },
    { "tf-annex6", "园区名称（公章）：" },
  };
  g_autoptr(Company) c = load_rich ();

  if (!has_poppler ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (seals); i++)
    {
      g_autoptr(SbForm) form = build (c, seals[i].id);
      g_autofree char *path = pdf_path (form->id, ".pdf");
      g_autoptr(GError) error = NULL;
      double room;

      g_assert_true (sb_form_write_pdf (form, path, &error));
      room = free_below (path, seals[i].label);
      g_test_message ("%s: %.1f pt free under “%s”", seals[i].id, room, seals[i].label);
      if (room < 127.56)
        g_error ("%s: %.1f pt under “%s”, less than 45 mm", seals[i].id, room, seals[i].label);
    }
  /* the TASE forms with a seal line: the recommendation list's district seal */
  {
    g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(SbForm) list = NULL;
    g_autofree char *path = pdf_path ("tase-summary", ".pdf");

    g_ptr_array_add (inputs, &c->input);
    list = sb_form_lookup ("tase-summary")->build_many (inputs, &error);
    g_assert_true (sb_form_write_pdf (list, path, &error));
    g_assert_cmpfloat (free_below (path, "区（市）县科技管理部门（盖章）："), >=, 127.56);
  }
}

/* XLSX rows written in by hand are 24 pt high at least. */
static void
test_xlsx_rows (void)
{
  g_autoptr(Company) c = load_rich ();
  g_autoptr(SbForm) form = build (c, "tf-annex8");
  g_autofree char *path = pdf_path ("rows", ".xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(XlsxBook) book = NULL;
  XlsxSheet *sheet;
  int last, checked = 0;

  g_assert_true (sb_form_write_xlsx (form, path, &error));
  book = xlsx_book_open (path, &error);
  g_assert_no_error (error);
  sheet = xlsx_book_get_sheet (book, 0);
  last = xlsx_sheet_get_last_row (sheet);
  /* the eight numbered rows under the header (序号), and the lines below */
  for (int r = 0; r <= last; r++)
    {
      const XlsxCell *first = xlsx_sheet_get_cell_at (sheet, r, 0);

      if (first != NULL && g_strcmp0 (first->text, "序号") == 0)
        {
          for (int k = r + 1; k <= r + 8; k++)
            {
              g_assert_cmpfloat (xlsx_sheet_get_row_height (sheet, k), >=, 24.0);
              checked++;
            }
          break;
        }
    }
  g_assert_cmpint (checked, ==, 8);
  g_assert_cmpfloat (xlsx_sheet_get_row_height (sheet, last), >=, 24.0);
}

/* The CLI prints the form's warnings on standard error and writes the file. */
static void
test_cli_warns (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "cli.db", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "cli-annex9.pdf", NULL);
  g_autofree char *fixture = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "forms",
                                               "data", "forms-rich.shenbao.json", NULL);
  const char *cli = g_getenv ("SHENBAO_CLI");
  const char *import[] = { cli, "--db", db, "import", fixture, NULL };
  const char *table[] = { cli, "--db", db, "table", "1", "tf-annex9", "--at", "2025-01-10",
                          "--out", out, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (cli);
  g_spawn_sync (NULL, (char **) import, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_spawn_sync (NULL, (char **) table, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_nonnull (strstr (err, "984.5432"));
  g_assert_nonnull (strstr (err, "903.0453"));
  g_assert_nonnull (strstr (err, "1,234.5679"));
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  policies = sb_policy_set_new ();
  dir = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "policies", NULL);
  g_assert_cmpuint (sb_policy_set_add_dir (policies, dir), >=, 3);
  known = sb_known_categories (policies);
  tmpdir = g_dir_make_tmp ("sb-forms-complete-XXXXXX", NULL);

  g_test_add_func ("/forms/complete/annex2", test_annex2);
  g_test_add_func ("/forms/complete/annex3-4", test_annex3_4);
  g_test_add_func ("/forms/complete/annex5", test_annex5);
  g_test_add_func ("/forms/complete/annex6-7-8", test_annex6_7_8);
  g_test_add_func ("/forms/complete/annex9", test_annex9);
  g_test_add_func ("/forms/complete/tase-annex3", test_tase_annex3);
  g_test_add_func ("/forms/complete/tase-lists", test_tase_lists);
  g_test_add_func ("/forms/complete/room-to-sign", test_room_to_sign);
  g_test_add_func ("/forms/complete/xlsx-rows", test_xlsx_rows);
  g_test_add_func ("/forms/complete/cli-warns", test_cli_warns);
  status = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  g_hash_table_unref (known);
  sb_policy_set_free (policies);
  return status;
}
