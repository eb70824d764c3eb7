/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tradefund.c: the trade-fund tables of a claim: 附件1 承诺书, 附件5, 附件9 and the 汇总表. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-form-tradefund-private.h"

/* The paragraphs of 附件1 as [002] writes them. */
static const char * const pledge_paragraphs[] = {
  "申请人郑重申明如下：",
  "1.依法注册，具有独立法人资格，并合法经营；",
  "2.按照《关于2024年度外经贸发展专项资金（推动服务贸易创新发展）申报的工作通知》文件要求提供了全部的凭证与资料；",
  "3.申报材料是准确、真实、完整和有效的；",
  "4.所有申报材料复印件均与原件核对，完全一致；",
  "5.近五年在信用中国（辽宁大连）（网址: https://credit.dl.gov.cn/credit-portal/dl/union/query）未被列入失信联合惩戒名单，即申报企业非严重违法失信企业、非重大税收违法企业、非失信被执行人、非海关失信企业（转接国家海关总署公示平台查询）；同时，未拖欠应缴还的财政性资金；",
  "6.本次所申报项目未获得其他财政专项资金支持；",
  "7.承诺接受有关主管部门为审核本申请而进行的必要核查，并承担相关法律责任。",
};

/* ---------------------------------------------------------------- shared */

gboolean
sb_form_tf_context (const SbFormInput *input, SbTfContext *ctx, GError **error)
{
  const SbDossier *d = input->dossier;

  ctx->name = d != NULL && d->company.name != NULL ? d->company.name : "";
  ctx->claim = d != NULL ? d->trade_fund : NULL;
  ctx->report = input->evaluation != NULL ? input->evaluation->trade_fund : NULL;
  if (ctx->claim == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   _("%s has no trade-fund claim"), ctx->name);
      return FALSE;
    }
  if (ctx->report == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   _("The trade-fund claim of %s has not been evaluated"), ctx->name);
      return FALSE;
    }
  return TRUE;
}

void
sb_form_tf_not_asked (const SbTfContext *ctx, const char *direction, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
               _("The trade-fund claim of %s does not ask for the %s direction, which this "
                 "table is for"), ctx->name, direction);
}

const SbTradeFundRules *
sb_form_tf_rules (const SbFormInput *input, const SbTfContext *ctx, GError **error)
{
  SbPolicy *policy = sb_policy_set_lookup (input->policies, ctx->claim->profile, error);

  return policy != NULL ? sb_tradefund_rules_get (policy, error) : NULL;
}

const char *
sb_form_tf_or (const char *value, const char *blank)
{
  return value != NULL && *value != '\0' ? value : blank;
}

/* The account number on a line of its own: a line too long for the page
 * would otherwise wrap inside it. */
void
sb_form_tf_add_bank_lines (SbTable *table, const SbCompany *c)
{
  g_autofree char *bank = g_strdup_printf ("开户银行：%s　　账户户名：%s",
                                           sb_form_tf_or (c->bank_name, "　　　　　　　　"),
                                           sb_form_tf_or (c->bank_account_name, "　　　　　　　　"));
  g_autofree char *account = g_strdup_printf ("银行账号：%s",
                                              sb_form_tf_or (c->bank_account_no, ""));
  g_autofree char *contact = g_strdup_printf ("联 系 人：%s　　固定电话：%s　　移动电话：%s",
                                              sb_form_tf_or (c->contact_name, "　　　　"),
                                              sb_form_tf_or (c->contact_phone, "　　　　　　"),
                                              sb_form_tf_or (c->contact_mobile, ""));

  sb_table_add_below (table, bank);
  sb_table_add_below (table, account);
  sb_table_add_below (table, contact);
}

char *
sb_form_tf_year_month (SbDate date)
{
  g_autofree char *text = NULL;

  if (date == SB_DATE_UNSET)
    return g_strdup ("    年  月");
  text = sb_date_format (date);   /* "2022-11-01" */
  return g_strdup_printf ("%d年%d月", sb_date_year (date),
                          (int) g_ascii_strtoll (text + strlen (text) - 5, NULL, 10));
}

/* ---------------------------------------------------------------- 附件1 */

SbForm *
sb_form_build_tf_annex1 (const SbFormInput *input, GError **error)
{
  SbTfContext ctx;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *stamp = NULL;
  SbTable *table;

  if (!sb_form_tf_context (input, &ctx, error))
    return NULL;

  form = sb_form_new ("tf-annex1", "承诺书");
  table = sb_form_add_table (form, "附件1 承诺书", "承诺书");
  sb_table_add_column (table, NULL, 90);
  for (guint i = 0; i < G_N_ELEMENTS (pledge_paragraphs); i++)
    {
      SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
      SbCell *cell = sb_row_add_text (row, pledge_paragraphs[i]);

      cell->wrap = TRUE;
    }
  stamp = sb_form_seal_line ("申请单位盖章：", ctx.name);
  sb_table_add_below (table, "申请企业法定代表人或被授权人：" SB_FORM_SIGN_LINE "（签名或印章）");
  sb_table_add_below (table, stamp);
  sb_table_add_below (table, "日期：    年     月     日");
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件5 */

/* The comparison key the evaluator groups certification names by: no white
 * space, full-width forms folded to ASCII, ASCII letters upper case. */
static char *
cert_key (const char *name)
{
  GString *s = g_string_new (NULL);

  if (!g_utf8_validate (name, -1, NULL))
    return g_string_free (g_string_append (s, name), FALSE);
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      if (c < 0x80)
        c = (gunichar) g_ascii_toupper ((char) c);
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* The report's item of @line, or NULL for a line without a name. */
static const SbCertItem *
cert_line_item (const SbTradeFundRules *rules, const SbDirectionResult *dir,
                const SbCertLine *line)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (line->name != NULL ? line->name : ""));
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;

  if (*trimmed == '\0')
    return NULL;
  name = sb_tradefund_rules_cert_item_name (rules, line->name, NULL, NULL);
  key = cert_key (name);
  for (guint i = 0; dir->items != NULL && i < dir->items->len; i++)
    {
      const SbCertItem *item = g_ptr_array_index (dir->items, i);
      g_autofree char *k = cert_key (item->name);

      if (strcmp (k, key) == 0)
        return item;
    }
  return NULL;
}

/* 类别（新申请/复审）: the notice's column allows these two words only.  A
 * maintenance (surveillance audit) keeps an existing certificate: 复审; an
 * upgrade is a new appraisal at the higher level: 新申请.  *out_true_kind is
 * set to the line's own kind in words when it differs from what is printed
 * (for the note under the table), else NULL. */
static const char *
cert_kind_text (const char *kind, const char **out_true_kind)
{
  static const struct { const char *kind, *text, *true_kind; } kinds[] = {
    { "new", "新申请", NULL },
    { "review", "复审", NULL },
    { "maintenance", "复审", "维护（年度监督审核）" },
    { "surveillance", "复审", "维护（年度监督审核）" },
    { "upgrade", "新申请", "升级" },
    { "新申请", "新申请", NULL },
    { "复审", "复审", NULL },
    { "维护", "复审", "维护（年度监督审核）" },
    { "升级", "新申请", "升级" },
  };

  *out_true_kind = NULL;
  if (kind == NULL || *kind == '\0')
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (kind, kinds[i].kind) == 0)
      {
        *out_true_kind = kinds[i].true_kind;
        return kinds[i].text;
      }
  /* a kind of the user's own words: printed as typed */
  return kind;
}

/* Spreads @total over @n shares in proportion to @weights (each >= 0), to
 * the fen, the parts adding up to @total exactly: each share is first
 * rounded down, then the fen left over go one each to the shares with the
 * largest remainders (ties: the earlier line).  All zero weights: nothing. */
static void
spread (gint64 total, const gint64 *weights, guint n, gint64 *out)
{
  g_autofree gint64 *rest = g_new0 (gint64, MAX (n, 1));
  gint64 sum = 0, given = 0;

  for (guint i = 0; i < n; i++)
    sum += weights[i];
  for (guint i = 0; i < n; i++)
    {
      out[i] = 0;
      if (sum <= 0 || total <= 0)
        continue;
      /* total × weight fits: both are at most 9 × 10^14 fen … use 128 bits */
      {
        __int128 product = (__int128) total * weights[i];

        out[i] = (gint64) (product / sum);
        rest[i] = (gint64) (product % sum);
      }
      given += out[i];
    }
  while (sum > 0 && total > 0 && given < total)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (rest[i] > rest[best])
          best = i;
      out[best]++;
      rest[best] = -1;   /* one fen each at most */
      given++;
    }
}

/* One row per fee line the evaluator counted: a line of a chosen item,
 * invoiced inside the support period, with a fee.  认证时间 is the
 * certificate's date (the invoice date when none is entered, with a note).
 * 拟申请支持金额 per line is the line's share of the direction's subsidy
 * (rounded and capped by the evaluator as a whole) in proportion to its fee,
 * the shares adding up to the 合计 to the fen (spread ()). */
SbForm *
sb_form_build_tf_annex5 (const SbFormInput *input, GError **error)
{
  SbTfContext ctx;
  const SbTradeFundRules *rules;
  const SbDirectionResult *dir;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *applicant = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree gint64 *fees = NULL;
  g_autofree gint64 *shares = NULL;
  gint64 sum_fees = 0, sum_shares = 0;
  SbPeriod period;
  SbTable *table;
  SbTableRow *row;
  SbCell *cell;

  if (!sb_form_tf_context (input, &ctx, error))
    return NULL;
  dir = ctx.report->certifications;
  if (ctx.claim->certifications == NULL || dir == NULL)
    {
      sb_form_tf_not_asked (&ctx, _("international certification"), error);
      return NULL;
    }
  if ((rules = sb_form_tf_rules (input, &ctx, error)) == NULL)
    return NULL;
  period = sb_tradefund_rules_get_support_period (rules);

  form = sb_form_new ("tf-annex5", "2024年服务外包企业国际资质认证申请表");
  table = sb_form_add_table (form, "附件5 国际资质认证申请表",
                             "2024年服务外包企业国际资质认证申请表");
  applicant = sb_form_seal_line ("申请单位（盖章）：", ctx.name);
  sb_table_add_above (table, applicant);
  sb_table_add_column (table, "序号", 6);
  sb_table_add_column (table, "认证名称", 24);
  sb_table_add_column (table, "类别（新申请/复审）", 14);
  sb_table_add_column (table, "认证时间", 13);
  sb_table_add_column (table, "认证费用（元）", 17);
  sb_table_add_column (table, "拟申请支持金额（元）", 17);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);

  for (guint i = 0; i < ctx.claim->certifications->len; i++)
    {
      const SbCertLine *line = g_ptr_array_index (ctx.claim->certifications, i);
      const SbCertItem *item = cert_line_item (rules, dir, line);

      if (item == NULL || !item->chosen || line->date == SB_DATE_UNSET
          || !sb_period_contains (period, line->date) || line->fee == SB_UNSET)
        continue;
      g_ptr_array_add (lines, (gpointer) line);
      g_ptr_array_add (items, (gpointer) item);
    }
  fees = g_new0 (gint64, MAX (lines->len, 1));
  shares = g_new0 (gint64, MAX (lines->len, 1));
  for (guint i = 0; i < lines->len; i++)
    {
      fees[i] = MAX (((const SbCertLine *) g_ptr_array_index (lines, i))->fee, 0);
      sum_fees += ((const SbCertLine *) g_ptr_array_index (lines, i))->fee;
    }
  spread (dir->subsidy, fees, lines->len, shares);

  for (guint i = 0; i < lines->len; i++)
    {
      const SbCertLine *line = g_ptr_array_index (lines, i);
      const SbCertItem *item = g_ptr_array_index (items, i);
      const char *true_kind = NULL;
      const char *printed = cert_kind_text (line->kind, &true_kind);

      row = sb_table_add_row (table, SB_ROW_BODY);
      cell = sb_row_add_integer (row, i + 1);
      cell->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, item->name)->wrap = TRUE;
      sb_row_add_text (row, printed)->align = SB_CELL_ALIGN_CENTER;
      if (line->certified_on != SB_DATE_UNSET)
        sb_row_add_date (row, line->certified_on)->align = SB_CELL_ALIGN_CENTER;
      else
        {
          sb_row_add_empty (row);
          sb_form_add_warning (form, _("附件5 line %u (%s): no certificate date (认证时间) is "
                                       "entered; the cell is left blank."), i + 1, item->name);
        }
      sb_row_add_money (row, line->fee);
      sb_row_add_money (row, shares[i]);
      sum_shares += shares[i];
      if (true_kind != NULL)
        g_string_append_printf (notes, "%s第%u行为%s，按“%s”填列", notes->len > 0 ? "；" : "",
                                i + 1, true_kind, printed);
    }

  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计（元）：")->col_span = 4;
  sb_row_add_money (row, sum_fees);
  sb_row_add_money (row, sum_shares);
  if (lines->len > 0 && sum_shares != dir->subsidy)
    {
      g_autofree char *a = sb_money_format (sum_shares);
      g_autofree char *b = sb_money_format (dir->subsidy);

      sb_form_add_warning (form, _("附件5: the lines' support amounts add up to %s, the "
                                   "direction's subsidy is %s."), a, b);
    }
  sb_form_tf_add_bank_lines (table, &input->dossier->company);
  if (notes->len > 0)
    {
      g_autofree char *note = g_strconcat ("注：", notes->str, "。", NULL);

      sb_table_add_below (table, note);
    }
  sb_table_add_below (table, "拟申请支持金额按各行认证费用占比分摊本方向支持金额，"
                             "分摊后不足一分的余额逐分计入余数最大的行。");
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件9 */

static gboolean
is_usd (const char *currency)
{
  g_autofree char *c = currency != NULL ? g_strstrip (g_strdup (currency)) : NULL;

  return c != NULL && (g_ascii_strcasecmp (c, "USD") == 0 || g_ascii_strcasecmp (c, "US$") == 0
                       || strcmp (c, "美元") == 0);
}

/* "1,234,567.8900": 万美元 of US cents, exactly (1 cent = 0.000001 万美元). */
static char *
usd_wan_text (gint64 cents)
{
  SbCell cell = { .kind = SB_CELL_MONEY_USD_WAN, .value = cents };

  return sb_cell_format (&cell);
}

/* The row of @receipt; *out_usd receives its receipt in US cents (SB_UNSET:
 * none), *out_execution its execution amount. */
static void
add_receipt_row (SbForm *form, SbTable *table, SbReceiptRow *receipt, guint n,
                 gint64 *out_usd, gint64 *out_execution)
{
  g_autofree char *contract_no = NULL, *contract_name = NULL, *currency = NULL;
  g_autofree char *voucher_no = NULL, *declaration_no = NULL, *pages = NULL, *note = NULL;
  g_autofree char *remark = NULL;
  gint64 contract_amount, execution_amount, receipt_amount, receipt_usd;
  guint execution_date, receipt_date;
  SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
  SbCell *cell;

  g_object_get (receipt,
                "contract-no", &contract_no, "contract-name", &contract_name,
                "contract-amount-usd", &contract_amount, "execution-date", &execution_date,
                "execution-amount-usd", &execution_amount, "receipt-date", &receipt_date,
                "currency", &currency, "receipt-amount", &receipt_amount,
                "receipt-amount-usd", &receipt_usd,
                "voucher-no", &voucher_no, "declaration-no", &declaration_no,
                "pages", &pages, "note", &note, NULL);
  if (receipt_usd == SB_UNSET && is_usd (currency))
    receipt_usd = receipt_amount;
  sb_row_add_integer (row, n)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_code (row, contract_no);
  sb_row_add_text (row, contract_name)->wrap = TRUE;
  sb_row_add_money_usd_wan (row, contract_amount);
  sb_row_add_date (row, execution_date)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_money_usd_wan (row, execution_amount);
  sb_row_add_date (row, receipt_date)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_text (row, currency)->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_money (row, receipt_amount);
  sb_row_add_code (row, voucher_no);
  sb_row_add_code (row, declaration_no);
  sb_row_add_text (row, pages)->wrap = TRUE;
  /* 备注: the receipt in 万美元 and the rate, for a receipt in another currency */
  if (receipt_usd != SB_UNSET && !is_usd (currency))
    {
      g_autofree char *wan = usd_wan_text (receipt_usd);
      g_autofree char *rate = receipt_usd > 0 && receipt_amount != SB_UNSET
                              ? sb_ratio_format (sb_ratio (receipt_amount, receipt_usd), 4)
                              : NULL;

      remark = g_strdup_printf ("%s%s折合%s万美元%s%s%s%s", note != NULL ? note : "",
                                note != NULL && *note != '\0' ? "；" : "", wan,
                                rate != NULL ? "（汇率：1美元=" : "", rate != NULL ? rate : "",
                                rate != NULL ? currency : "", rate != NULL ? "）" : "");
    }
  else if (receipt_usd == SB_UNSET && receipt_amount != SB_UNSET)
    sb_form_add_warning (form, _("附件9 line %u: the receipt in %s has no amount in US dollars; "
                                 "it is left out of 合计收汇金额."), n,
                         currency != NULL ? currency : "?");
  cell = sb_row_add_text (row, remark != NULL ? remark : note);
  cell->wrap = TRUE;
  *out_usd = receipt_usd;
  *out_execution = execution_amount;
}

/* One row per receipt line of the model.  The 合计 rows are the sums of the
 * printed rows (执行金额, and 收汇金额 in US dollars: the rows in another
 * currency carry their US-dollar figure and rate in 备注); 合计申请金额 is the
 * report's subsidy, which the evaluator computes from the claim's declared
 * totals (RULES.md §3.4): a declared total that differs from its rows is a
 * warning of the form. */
SbForm *
sb_form_build_tf_annex9 (const SbFormInput *input, GError **error)
{
  static const struct { const char *header; double width; } columns[] = {
    { "序号", 5 }, { "合同号", 11 }, { "合同名称", 16 }, { "合同金额（万美元）", 11 },
    { "执行日期", 11 }, { "执行金额（万美元）", 11 }, { "收汇日期", 11 }, { "收汇币种", 9 },
    { "收汇金额", 14 }, { "收汇凭证编号", 13 }, { "涉外收入申报单编号", 13 },
    { "凭证、申报单页码", 10 }, { "备注", 16 },
  };
  SbTfContext ctx;
  const SbDirectionResult *dir;
  const SbInterest *interest;
  SbTradeFundApplication *app = NULL;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *applicant = NULL;
  SbTable *table;
  SbTableRow *row;
  gint64 sum_execution = 0, sum_receipts = 0;
  guint n_rows = 0;

  if (!sb_form_tf_context (input, &ctx, error))
    return NULL;
  dir = ctx.report->interest;
  interest = ctx.claim->interest;
  if (interest == NULL || dir == NULL)
    {
      sb_form_tf_not_asked (&ctx, _("outsourcing interest subsidy"), error);
      return NULL;
    }

  form = sb_form_new ("tf-annex9", "2024年服务外包业务贴息支持申请表");
  table = sb_form_add_table (form, "附件9 贴息支持申请表", "2024年服务外包业务贴息支持申请表");
  table->landscape = TRUE;
  applicant = sb_form_seal_line ("申请单位（公章）：", ctx.name);
  sb_table_add_above (table, applicant);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      sb_table_add_column (table, columns[i].header, columns[i].width);
      sb_row_add_header (row, columns[i].header, 1, 1);
    }

  if (input->enterprise != NULL)
    app = sb_enterprise_get_trade_fund (input->enterprise);
  if (app != NULL)
    {
      GListModel *receipts = sb_trade_fund_application_get_receipts (app);

      n_rows = g_list_model_get_n_items (receipts);
      for (guint i = 0; i < n_rows; i++)
        {
          g_autoptr(SbReceiptRow) receipt = g_list_model_get_item (receipts, i);
          gint64 usd, execution;

          add_receipt_row (form, table, receipt, i + 1, &usd, &execution);
          sum_receipts += usd != SB_UNSET ? usd : 0;
          sum_execution += execution != SB_UNSET ? execution : 0;
        }
    }
  /* no lines: the notice's five numbered rows, to fill in by hand */
  for (guint i = n_rows; i < 5 && n_rows == 0; i++)
    {
      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1)->align = SB_CELL_ALIGN_CENTER;
      for (guint c = 1; c < G_N_ELEMENTS (columns); c++)
        sb_row_add_empty (row);
    }

  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计执行金额（万美元）")->col_span = 3;
  if (n_rows > 0)
    sb_row_add_money_usd_wan (row, sum_execution)->col_span = 2;
  else
    sb_row_add_empty (row)->col_span = 2;
  sb_row_add_text (row, "合计收汇金额（万美元）")->col_span = 2;
  if (n_rows > 0)
    sb_row_add_money_usd_wan (row, sum_receipts)->col_span = 2;
  else
    sb_row_add_empty (row)->col_span = 2;
  sb_row_add_text (row, "合计申请金额（万元人民币）")->col_span = 2;
  sb_row_add_money_wan (row, dir->subsidy)->col_span = 2;
  for (guint i = 0; i < row->cells->len; i++)
    ((SbCell *) g_ptr_array_index (row->cells, i))->wrap = TRUE;

  if (n_rows == 0)
    sb_form_add_warning (form, _("附件9 has no receipt lines: enter them on the trade-fund "
                                 "page, or fill in the printed rows by hand."));
  if (n_rows > 0 && ctx.claim->offshore_execution_usd != SB_UNSET
      && ctx.claim->offshore_execution_usd != sum_execution)
    {
      g_autofree char *rows = usd_wan_text (sum_execution);
      g_autofree char *declared = usd_wan_text (ctx.claim->offshore_execution_usd);

      sb_form_add_warning (form, _("附件9: the rows' execution amounts add up to %s 万美元, "
                                   "but the claim declares an offshore execution of %s 万美元 "
                                   "(the subsidy is computed from the declared figure)."),
                           rows, declared);
    }
  if (n_rows > 0 && interest->receipts_usd != SB_UNSET && interest->receipts_usd != sum_receipts)
    {
      g_autofree char *rows = usd_wan_text (sum_receipts);
      g_autofree char *declared = usd_wan_text (interest->receipts_usd);

      sb_form_add_warning (form, _("附件9: the rows' receipts add up to %s 万美元, but the "
                                   "claim declares receipts of %s 万美元 (the subsidy is "
                                   "computed from the declared figure)."), rows, declared);
    }

  sb_form_tf_add_bank_lines (table, &input->dossier->company);
  if (interest->usd_cny.den > 0)
    {
      g_autofree char *rate = sb_ratio_format (interest->usd_cny, 4);
      g_autofree char *line = g_strdup_printf ("美元兑人民币汇率：%s", rate);

      sb_table_add_below (table, line);
    }
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 汇总表 */

/* The five directions as the headings of [002] 附件3 name them. */
static const char * const direction_names[] = {
  "服务贸易、服务外包公共服务能力提升",
  "国际资质认证",
  "加强品牌建设",
  "服务外包业务贴息",
  "国家特色服务出口基地（中医药服务出口基地）",
};

static const SbDirectionResult *
direction_of (const SbTradeFundReport *report, guint i)
{
  switch (i)
    {
    case 0: return report->platform;
    case 1: return report->certifications;
    case 2: return report->brand;
    case 3: return report->interest;
    case 4: return report->tcm;
    default: return NULL;
    }
}

/* One row per company that claims the trade fund (the others are left
 * out), each direction's subsidy as the report gives it (blank: not asked
 * for) and the claim's total; a 合计 row. */
SbForm *
sb_form_build_tf_summary (GPtrArray *inputs, GError **error)
{
  enum { N_DIRECTIONS = G_N_ELEMENTS (direction_names) };
  g_autoptr(SbForm) form = NULL;
  gint64 sums[N_DIRECTIONS] = { 0 };
  gint64 total = 0;
  SbTable *table;
  SbTableRow *row;
  guint n = 0;

  form = sb_form_new ("tf-summary", "2024年支持服务贸易创新发展项目申请汇总表");
  table = sb_form_add_table (form, "汇总表", "2024年支持服务贸易创新发展项目申请汇总表");
  table->landscape = TRUE;
  sb_table_add_above (table, "区市县、先导区商务主管部门（盖章）：" SB_FORM_SEAL_SPACE);
  sb_table_add_above (table, "单位：元");
  sb_table_add_column (table, "序号", 5);
  sb_table_add_column (table, "申报单位名称", 32);
  sb_table_add_column (table, "统一社会信用代码", 22);
  for (guint i = 0; i < N_DIRECTIONS; i++)
    sb_table_add_column (table, direction_names[i], 15);
  sb_table_add_column (table, "合计", 15);

  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 2);
  sb_row_add_header (row, "申报单位名称", 1, 2);
  sb_row_add_header (row, "统一社会信用代码", 1, 2);
  sb_row_add_header (row, "申请支持金额（元）", N_DIRECTIONS + 1, 1);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < N_DIRECTIONS; i++)
    sb_row_add_header (row, direction_names[i], 1, 1);
  sb_row_add_header (row, "合计", 1, 1);

  for (guint k = 0; k < inputs->len; k++)
    {
      const SbFormInput *input = g_ptr_array_index (inputs, k);
      SbTfContext ctx;
      g_autoptr(GError) local = NULL;

      if (!sb_form_tf_context (input, &ctx, &local))
        {
          if (ctx.claim == NULL)
            continue;   /* no trade-fund claim: not in the summary */
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, ++n)->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, ctx.name)->wrap = TRUE;
      sb_row_add_text (row, input->dossier->company.credit_code);
      for (guint i = 0; i < N_DIRECTIONS; i++)
        {
          const SbDirectionResult *dir = direction_of (ctx.report, i);

          if (dir == NULL)
            sb_row_add_empty (row);
          else
            {
              sb_row_add_money (row, dir->subsidy);
              sums[i] += dir->subsidy;
            }
        }
      sb_row_add_money (row, ctx.report->total);
      total += ctx.report->total;
    }
  if (n == 0)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   _("None of the companies has a trade-fund claim"));
      return NULL;
    }

  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 3;
  for (guint i = 0; i < N_DIRECTIONS; i++)
    sb_row_add_money (row, sums[i]);
  sb_row_add_money (row, total);
  sb_table_add_below (table, "联系人：" SB_FORM_SIGN_LINE "　联系电话：　　　　　　　　　　日期：    年   月   日");
  return g_steal_pointer (&form);
}
