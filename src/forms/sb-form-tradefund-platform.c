/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tradefund-platform.c: the platform tables of a trade-fund claim: 附件2, 附件3, 附件4. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-tradefund-private.h"
#include "sb-idcheck.h"

/* The project kinds as [002] 一（三） names them. */
static const char *
project_name (SbPlatformKind kind)
{
  return kind == SB_PLATFORM_CONSTRUCTION ? "平台建设项目" : "平台运维项目";
}

/* The claim's platform projects, or NULL (and the error) when the claim
 * does not ask for the platform direction. */
static GPtrArray *
platforms (const SbFormInput *input, SbTfContext *ctx, GError **error)
{
  if (!sb_form_tf_context (input, ctx, error))
    return NULL;
  if (ctx->claim->platforms == NULL || ctx->report->platform == NULL)
    {
      sb_form_tf_not_asked (ctx, _("public service platform"), error);
      return NULL;
    }
  return ctx->claim->platforms;
}

/* The report's result of the project of @kind, or NULL. */
static const SbPlatformResult *
project_result (const SbTfContext *ctx, SbPlatformKind kind)
{
  const GPtrArray *parts = ctx->report->platform->parts;

  for (guint i = 0; parts != NULL && i < parts->len; i++)
    {
      const SbPlatformResult *part = g_ptr_array_index (parts, i);

      if (part->kind == kind)
        return part;
    }
  return NULL;
}

/* "附件3 平台建设项目" */
static SbTable *
add_project_table (SbForm *form, const char *annex, const char *title, const SbPlatform *p)
{
  g_autofree char *sheet = g_strdup_printf ("%s %s", annex, project_name (p->kind));

  return sb_form_add_table (form, sheet, title);
}

static void
add_header_row (SbTable *table)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_HEADER);

  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);
}

static SbCell *
add_label (SbTableRow *row, const char *text, guint span)
{
  SbCell *cell = sb_row_add_text (row, text);

  cell->col_span = span;
  cell->wrap = TRUE;
  cell->align = SB_CELL_ALIGN_CENTER;
  return cell;
}

static SbCell *
add_value (SbTableRow *row, const char *text, guint span)
{
  SbCell *cell = sb_row_add_text (row, text);

  cell->col_span = span;
  cell->wrap = TRUE;
  return cell;
}

/* ---------------------------------------------------------------- 附件2 */

/* "2,000.0000" (万元) of @fen, "" when absent. */
static char *
wan_text (gint64 fen)
{
  SbCell cell = { .kind = SB_CELL_MONEY_WAN, .value = fen };

  return sb_cell_format (&cell);
}

/* "2024年3月" of a YYYY-MM, or the blanks to fill in. */
static char *
year_month (int year, int month)
{
  if (year <= 0 || month <= 0)
    return g_strdup ("    年  月");
  return g_strdup_printf ("%d年%d月", year, month);
}

/* One sheet per project, filled from the company's filing identity and the
 * platform (blank where the company has nothing: to write in by hand).
 * 投入运营并提供首次服务时间 is the platform's first service, never its
 * build date. */
SbForm *
sb_form_build_tf_annex2 (const SbFormInput *input, GError **error)
{
  static const char * const title = "服务贸易、服务外包公共服务能力提升支持资金申请表";
  SbTfContext ctx;
  GPtrArray *projects;
  g_autoptr(SbForm) form = NULL;
  const SbCompany *co;

  if ((projects = platforms (input, &ctx, error)) == NULL)
    return NULL;
  co = &input->dossier->company;

  form = sb_form_new ("tf-annex2", title);
  for (guint i = 0; i < projects->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (projects, i);
      const SbPlatformResult *part = project_result (&ctx, p->kind);
      SbTable *table = add_project_table (form, "附件2", title, p);
      g_autofree char *project = g_strdup_printf ("项目：%s", project_name (p->kind));
      g_autofree char *started = NULL, *first_service = NULL, *capital = NULL;
      g_autofree char *district = NULL, *platform_name = NULL, *services = NULL;
      SbTableRow *row;

      sb_table_add_above (table, project);
      for (guint c = 0; c < 6; c++)
        sb_table_add_column (table, NULL, c % 2 == 0 ? 17 : 16);

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "申报单位名称", 1);
      add_value (row, ctx.name, 2);
      add_label (row, "法定代表人姓名", 1);
      add_value (row, sb_form_tf_or (co->legal_representative, ""), 2);

      /* the notice's "____区（县、市）": a district named in full stands alone */
      if (co->district != NULL && *co->district != '\0'
          && (g_str_has_suffix (co->district, "区") || g_str_has_suffix (co->district, "县")
              || g_str_has_suffix (co->district, "市")))
        district = g_strdup (co->district);
      else
        district = g_strdup_printf ("%s区（县、市）", sb_form_tf_or (co->district, "          "));
      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "注册地", 1);
      add_value (row, district, 2);
      add_label (row, "通讯地址", 1);
      add_value (row, sb_form_tf_or (co->address, ""), 2);

      capital = co->registered_capital != SB_UNSET ? wan_text (co->registered_capital)
                                                    : g_strdup ("");
      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "统一社会信用代码", 1);
      sb_row_add_code (row, input->dossier->company.credit_code)->col_span = 2;
      add_label (row, "注册资金（万元）", 1);
      add_value (row, capital, 2);

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "开户银行", 1);
      add_value (row, sb_form_tf_or (co->bank_name, ""), 1);
      add_label (row, "账户户名", 1);
      add_value (row, sb_form_tf_or (co->bank_account_name, ""), 1);
      add_label (row, "银行账号", 1);
      sb_row_add_code (row, sb_form_tf_or (co->bank_account_no, ""));

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "联系人", 1);
      add_value (row, sb_form_tf_or (co->contact_name, ""), 1);
      add_label (row, "固定电话", 1);
      sb_row_add_code (row, sb_form_tf_or (co->contact_phone, ""));
      add_label (row, "移动电话", 1);
      sb_row_add_code (row, sb_form_tf_or (co->contact_mobile, ""));

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "联系传真", 1);
      sb_row_add_code (row, sb_form_tf_or (co->contact_fax, ""));
      add_label (row, "电子邮件", 1);
      sb_row_add_code (row, sb_form_tf_or (co->contact_email, ""));
      add_label (row, "邮政编码", 1);
      sb_row_add_code (row, sb_form_tf_or (co->postcode, ""));

      started = year_month (p->first_service_year, p->first_service_month);
      first_service = g_strconcat ("投入运营并提供首次服务时间：", started, NULL);
      platform_name = g_strconcat ("平台名称：", sb_form_tf_or (p->name, ""), NULL);
      row = sb_table_add_row (table, SB_ROW_BODY);
      add_value (row, platform_name, 3);
      add_value (row, first_service, 3);
      if (p->first_service_year <= 0)
        sb_form_add_warning (form, _("附件2 (%s): the platform's first service (投入运营并提供首次"
                                     "服务时间) is not entered; the form leaves it blank."),
                             project_name (p->kind));

      services = g_strconcat ("平台主要服务内容（参见申报指南第一条“支持对象”相关内容）：",
                              p->services != NULL ? p->services : "\n\n", "\n", NULL);
      row = sb_table_add_row (table, SB_ROW_BODY);
      add_value (row, services, 6);

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_label (row, "支持期内实际发生的软硬件购置和运维费用（万元）", 2);
      sb_row_add_money_wan (row, part != NULL ? part->base : SB_UNSET);
      add_label (row, "支持期内服务的我市服务贸易、外包企业数量（家）", 2);
      sb_row_add_integer (row, sb_platform_firms_count (p));

      row = sb_table_add_row (table, SB_ROW_BODY);
      add_value (row, "申报单位郑重声明：1.申报的所有文件、资料是准确、真实、完整、有效的，"
                      "并承担相应的法律责任；2.本单位近五年来无违法违规行为，无拖欠应缴还的"
                      "财政性资金等情况；3.承诺接受有关部门为审核本申请而进行的必要核查。", 6);

      /* the seal's cell: 45 mm free under its label; the signature's line */
      row = sb_table_add_row (table, SB_ROW_BODY);
      add_value (row, "企业公章" SB_FORM_SEAL_SPACE, 2);
      add_value (row, "申报单位法定代表人或被授权人签章\n\n" SB_FORM_SIGN_LINE, 2);
      add_value (row, "\n\n年  月  日", 2)->align = SB_CELL_ALIGN_RIGHT;

      sb_table_add_below (table, "备注：1．申报单位法定代表人或被授权人签名可以使用名章；"
                                 "2．若由被授权人签署，须提交由法定代表人手签并加盖单位印章的"
                                 "授权书原件。");
    }
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件3 */

/* One sheet per project: its expense lines invoiced inside the support
 * period (the list's title says 支持期内; a line outside it or without an
 * invoice date is not counted and not listed), with a 合计 row. */
SbForm *
sb_form_build_tf_annex3 (const SbFormInput *input, GError **error)
{
  static const char * const title = "支持期内公共平台软硬件购置和运营维护费用支出清单";
  SbTfContext ctx;
  GPtrArray *projects;
  const SbTradeFundRules *rules;
  g_autoptr(SbForm) form = NULL;
  SbPeriod period;

  if ((projects = platforms (input, &ctx, error)) == NULL)
    return NULL;
  if ((rules = sb_form_tf_rules (input, &ctx, error)) == NULL)
    return NULL;
  period = sb_tradefund_rules_get_support_period (rules);

  form = sb_form_new ("tf-annex3", title);
  for (guint i = 0; i < projects->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (projects, i);
      SbTable *table = add_project_table (form, "附件3", title, p);
      g_autofree char *project = g_strdup_printf ("项目：%s", project_name (p->kind));
      gint64 contract = 0, invoice = 0, paid = 0;
      SbTableRow *row;
      guint n = 0;

      g_autofree char *platform_name = g_strconcat ("平台名称：", sb_form_tf_or (p->name, ""), NULL);

      sb_table_add_above (table, platform_name);
      sb_table_add_above (table, project);
      sb_table_add_column (table, "序号", 6);
      sb_table_add_column (table, "费用支出具体内容", 24);
      sb_table_add_column (table, "合同金额（元）", 15);
      sb_table_add_column (table, "发票金额（元）", 15);
      sb_table_add_column (table, "实付金额（元）", 15);
      sb_table_add_column (table, "发票号码", 13);
      sb_table_add_column (table, "附件编号", 10);
      add_header_row (table);

      for (guint j = 0; p->expenses != NULL && j < p->expenses->len; j++)
        {
          const SbExpense *e = g_ptr_array_index (p->expenses, j);

          if (e->invoice_date == SB_DATE_UNSET || !sb_period_contains (period, e->invoice_date))
            continue;
          row = sb_table_add_row (table, SB_ROW_BODY);
          sb_row_add_integer (row, ++n)->align = SB_CELL_ALIGN_CENTER;
          sb_row_add_text (row, e->item)->wrap = TRUE;
          sb_row_add_money (row, e->contract);
          sb_row_add_money (row, e->invoice);
          sb_row_add_money (row, e->paid);
          sb_row_add_code (row, e->invoice_no);
          sb_row_add_empty (row);   /* 附件编号: numbered when the book is bound */
          contract += e->contract != SB_UNSET ? e->contract : 0;
          invoice += e->invoice != SB_UNSET ? e->invoice : 0;
          paid += e->paid != SB_UNSET ? e->paid : 0;
        }

      row = sb_table_add_row (table, SB_ROW_TOTAL);
      sb_row_add_text (row, "合计")->col_span = 2;
      sb_row_add_money (row, contract);
      sb_row_add_money (row, invoice);
      sb_row_add_money (row, paid);
      sb_row_add_empty (row);
      sb_row_add_empty (row);
      sb_table_add_below (table, "说明：1.发票号码指的是支付相关费用时对方开具发票的编号；"
                                 "2.附件编号指的是用于佐证相关费用支出的合同（协议）、发票、"
                                 "付款凭证等复印件在整个纸质申报材料中的编号（或页码）。");
    }
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件4 */

/* One sheet per project: the firms it served, as entered (企业名称, 服务内容;
 * 附件编号 blank until the book is bound).  Without a list, one numbered
 * blank row per firm counted (at most 1,000; 12 when no number is entered,
 * as the notice's blank form), to be filled in by hand.  A firm's credit
 * code that fails its check digit is a warning. */
SbForm *
sb_form_build_tf_annex4 (const SbFormInput *input, GError **error)
{
  static const char * const title = "支持期内公共平台服务我市服务贸易、服务外包企业情况表";
  SbTfContext ctx;
  GPtrArray *projects;
  g_autoptr(SbForm) form = NULL;

  if ((projects = platforms (input, &ctx, error)) == NULL)
    return NULL;

  form = sb_form_new ("tf-annex4", title);
  for (guint i = 0; i < projects->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (projects, i);
      SbTable *table = add_project_table (form, "附件4", title, p);
      g_autofree char *project = g_strdup_printf ("项目：%s", project_name (p->kind));
      g_autofree char *platform_name = g_strconcat ("平台名称：", sb_form_tf_or (p->name, ""), NULL);
      gint64 count = sb_platform_firms_count (p);
      gint64 n_rows = count != SB_UNSET ? CLAMP (count, 0, 1000) : 12;

      sb_table_add_above (table, platform_name);
      sb_table_add_above (table, project);
      sb_table_add_column (table, "序号", 6);
      sb_table_add_column (table, "企业名称", 36);
      sb_table_add_column (table, "服务内容", 36);
      sb_table_add_column (table, "附件编号", 12);
      add_header_row (table);
      if (p->firms != NULL && p->firms->len > 0)
        {
          for (guint n = 0; n < p->firms->len; n++)
            {
              const SbFirm *f = g_ptr_array_index (p->firms, n);
              SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
              g_autofree char *what = g_strdup_printf ("附件4 %s %u %s", project_name (p->kind),
                                                       n + 1, f->name != NULL ? f->name : "");
              g_autofree char *problem = sb_credit_code_problem (f->credit_code, what);

              sb_row_add_integer (row, n + 1)->align = SB_CELL_ALIGN_CENTER;
              sb_row_add_text (row, f->name)->wrap = TRUE;
              sb_row_add_text (row, f->service)->wrap = TRUE;
              sb_row_add_empty (row);
              if (problem != NULL)
                sb_form_add_warning (form, "%s", problem);
            }
          if (p->firms_served != SB_UNSET && p->firms_served != (gint64) p->firms->len)
            {
              g_autofree char *entered = g_strdup_printf ("%" G_GINT64_FORMAT, p->firms_served);

              sb_form_add_warning (form, _("附件4 (%s): %u firms are listed, but the number of "
                                           "firms served is entered as %s."),
                                   project_name (p->kind), p->firms->len, entered);
            }
        }
      else
        for (gint64 n = 1; n <= n_rows; n++)
          {
            SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);

            sb_row_add_integer (row, n)->align = SB_CELL_ALIGN_CENTER;
            sb_row_add_empty (row);
            sb_row_add_empty (row);
            sb_row_add_empty (row);
          }
      sb_table_add_below (table, "说明：附件编号指的是用于佐证为相关企业提供服务的相关证明材料"
                                 "在整个纸质申报材料中的编号（或页码）。");
    }
  return g_steal_pointer (&form);
}
