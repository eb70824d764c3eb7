/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-map.c: the fields of each list, guessing the header and the
 * columns, and reading the values of each row. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-input.h"
#include "sb-ledger-map.h"
#include "sb-money.h"

#define H(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const SbLedgerField contract_fields[] = {
  { "no", N_("Contract number"), SB_LEDGER_VALUE_TEXT, "no",
    H ("合同编号", "合同号", "合同编码", "合同序号", "contract no", "contract number", "contract id", "编号") },
  { "name", N_("Contract name"), SB_LEDGER_VALUE_TEXT, "name",
    H ("合同名称", "项目名称", "合同内容", "contract name", "contract title", "project", "名称") },
  { "client", N_("Client"), SB_LEDGER_VALUE_TEXT, "client",
    H ("客户名称", "客户", "委托方", "甲方", "发包方", "client", "customer") },
  { "client_country", N_("Client's country or region"), SB_LEDGER_VALUE_TEXT, "client-country",
    H ("国家/地区", "国家或地区", "国家（地区）", "国家(地区)", "客户所在国", "国别", "国家", "地区", "country", "region") },
  { "offshore", N_("Offshore"), SB_LEDGER_VALUE_TRI, "offshore",
    H ("是否离岸", "离岸", "offshore") },
  { "category", N_("Catalogue business"), SB_LEDGER_VALUE_TEXT, "category",
    H ("业务类别", "服务类别", "业务类型", "类别", "category") },
  { "amount", N_("Contract amount"), SB_LEDGER_VALUE_MONEY, "amount",
    H ("合同金额", "合同额", "合同总额", "contract amount", "contract value", "金额", "amount") },
  { "revenue", N_("Revenue in the year"), SB_LEDGER_VALUE_MONEY, "revenue",
    H ("本年收入", "确认收入", "收入金额", "收入", "执行金额", "执行额", "revenue", "income") },
};

static const SbLedgerField receipt_fields[] = {
  { "contract_no", N_("Contract number"), SB_LEDGER_VALUE_TEXT, "contract-no",
    H ("合同编号", "合同号", "contract no", "contract number", "编号") },
  { "contract_name", N_("Contract name"), SB_LEDGER_VALUE_TEXT, "contract-name",
    H ("合同名称", "项目名称", "contract name") },
  { "contract_amount_usd", N_("Contract amount (USD)"), SB_LEDGER_VALUE_MONEY, "contract-amount-usd",
    H ("合同金额（美元）", "合同金额(美元)", "合同金额", "contract amount") },
  { "execution_date", N_("Execution date"), SB_LEDGER_VALUE_DATE, "execution-date",
    H ("执行日期", "合同执行日期", "execution date") },
  { "execution_amount_usd", N_("Execution amount (USD)"), SB_LEDGER_VALUE_MONEY, "execution-amount-usd",
    H ("执行金额（美元）", "执行金额(美元)", "执行金额", "执行额", "execution amount") },
  { "receipt_date", N_("Receipt date"), SB_LEDGER_VALUE_DATE, "receipt-date",
    H ("收汇日期", "收款日期", "到账日期", "receipt date", "日期") },
  { "currency", N_("Currency"), SB_LEDGER_VALUE_TEXT, "currency",
    H ("币种", "币别", "货币", "currency") },
  { "receipt_amount", N_("Amount received"), SB_LEDGER_VALUE_MONEY, "receipt-amount",
    H ("收汇金额", "收款金额", "到账金额", "receipt amount", "金额", "amount") },
  { "voucher_no", N_("Voucher number"), SB_LEDGER_VALUE_TEXT, "voucher-no",
    H ("凭证号", "记账凭证号", "凭证编号", "voucher") },
  { "declaration_no", N_("Declaration number"), SB_LEDGER_VALUE_TEXT, "declaration-no",
    H ("申报号码", "申报号", "国际收支申报号", "报关单号", "declaration") },
  { "note", N_("Note"), SB_LEDGER_VALUE_TEXT, "note", H ("备注", "说明", "note", "remark") },
};

static const SbLedgerField expense_fields[] = {
  { "item", N_("Item"), SB_LEDGER_VALUE_TEXT, "item",
    H ("费用项目", "支出项目", "项目名称", "项目", "摘要", "内容", "item", "description") },
  { "contract", N_("Contract amount"), SB_LEDGER_VALUE_MONEY, "contract",
    H ("合同金额", "合同额", "contract amount", "contract") },
  { "invoice", N_("Invoice amount"), SB_LEDGER_VALUE_MONEY, "invoice",
    H ("发票金额", "开票金额", "invoice amount") },
  { "paid", N_("Amount paid"), SB_LEDGER_VALUE_MONEY, "paid",
    H ("支付金额", "付款金额", "实付金额", "已付金额", "paid", "amount paid") },
  { "invoice_no", N_("Invoice number"), SB_LEDGER_VALUE_TEXT, "invoice-no",
    H ("发票号码", "发票号", "发票编号", "invoice no", "invoice number") },
  { "invoice_date", N_("Invoice date"), SB_LEDGER_VALUE_DATE, "invoice-date",
    H ("发票日期", "开票日期", "invoice date", "日期") },
};

static const SbLedgerField certification_fields[] = {
  { "name", N_("Certification"), SB_LEDGER_VALUE_TEXT, "name",
    H ("认证名称", "认证项目", "认证", "名称", "certification", "name") },
  { "kind", N_("Kind"), SB_LEDGER_VALUE_TEXT, "kind",
    H ("认证类型", "类型", "类别", "kind", "type") },
  { "date", N_("Invoice date"), SB_LEDGER_VALUE_DATE, "date",
    H ("发票日期", "缴费日期", "付款日期", "日期", "date") },
  { "fee", N_("Fee"), SB_LEDGER_VALUE_MONEY, "fee",
    H ("认证费用", "费用", "金额", "fee", "amount") },
};

static const SbLedgerField staff_fields[] = {
  { "month", N_("Month"), SB_LEDGER_VALUE_MONTH, "month", H ("月份", "月", "month") },
  { "total_start", N_("Staff at the start"), SB_LEDGER_VALUE_COUNT, "total-start",
    H ("月初人数", "月初职工人数", "期初人数", "月初", "staff at start", "start") },
  { "total_end", N_("Staff at the end"), SB_LEDGER_VALUE_COUNT, "total-end",
    H ("月末人数", "月末职工人数", "期末人数", "月末", "staff at end", "end") },
  { "degree_start", N_("College graduates at the start"), SB_LEDGER_VALUE_COUNT, "degree-start",
    H ("月初大专以上", "月初大专及以上", "大专以上", "大专及以上", "degree at start") },
  { "degree_end", N_("College graduates at the end"), SB_LEDGER_VALUE_COUNT, "degree-end",
    H ("月末大专以上", "月末大专及以上", "大专以上", "大专及以上", "degree at end") },
  { "st_start", N_("S&T staff at the start"), SB_LEDGER_VALUE_COUNT, "st-start",
    H ("月初科技人员", "科技人员", "s&t at start") },
  { "st_end", N_("S&T staff at the end"), SB_LEDGER_VALUE_COUNT, "st-end",
    H ("月末科技人员", "科技人员", "s&t at end") },
};

/* the eight categories of RULES.md §4.1, in the dossier's order, then a
 * category column with an amount column */
static const SbLedgerField rd_fields[] = {
  { "personnel", N_("Personnel"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("人员人工费用", "人员人工", "人工费用", "personnel") },
  { "direct", N_("Direct inputs"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("直接投入费用", "直接投入", "direct") },
  { "depreciation", N_("Depreciation"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("折旧费用", "折旧费", "折旧", "depreciation") },
  { "amortization", N_("Amortization of intangibles"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("无形资产摊销", "摊销", "amortization") },
  { "design", N_("New product design"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("新产品设计费", "设计费", "design") },
  { "equipment_trial", N_("Equipment and trials"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("装备调试费用与试验费用", "装备调试费", "试验费", "equipment") },
  { "outsourced", N_("Outsourced R&D"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("委托外部研究开发费用", "委托外部研发", "委托研发", "outsourced") },
  { "other", N_("Other related costs"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("其他相关费用", "其他费用", "other") },
  { "category", N_("Cost category"), SB_LEDGER_VALUE_TEXT, NULL,
    H ("费用类别", "费用项目", "明细科目", "科目", "类别", "category") },
  { "amount", N_("Amount"), SB_LEDGER_VALUE_SIGNED, NULL,
    H ("本期发生额", "发生额", "借方金额", "金额", "amount") },
};

static const SbLedgerField firm_fields[] = {
  { "name", N_("Firm"), SB_LEDGER_VALUE_TEXT, NULL,
    H ("企业名称", "服务企业", "单位名称", "公司名称", "名称", "firm", "company", "name") },
  { "credit_code", N_("Credit code"), SB_LEDGER_VALUE_TEXT, NULL,
    H ("统一社会信用代码", "信用代码", "credit code") },
  { "service", N_("Service"), SB_LEDGER_VALUE_TEXT, NULL,
    H ("服务内容", "服务项目", "service") },
};

static const struct
{
  const char          *id;
  const char          *title;
  const SbLedgerField *fields;
  guint                n_fields;
  gboolean             year;
} kinds[SB_LEDGER_N_KINDS] = {
  { "contracts", N_("Contracts"), contract_fields, G_N_ELEMENTS (contract_fields), TRUE },
  { "receipts", N_("Foreign-exchange receipts (附件9)"), receipt_fields, G_N_ELEMENTS (receipt_fields), FALSE },
  { "expenses", N_("Platform expenses"), expense_fields, G_N_ELEMENTS (expense_fields), FALSE },
  { "certifications", N_("Certification fees"), certification_fields,
    G_N_ELEMENTS (certification_fields), FALSE },
  { "staff", N_("Staff by month"), staff_fields, G_N_ELEMENTS (staff_fields), TRUE },
  { "rd-ledger", N_("R&D ledger"), rd_fields, G_N_ELEMENTS (rd_fields), TRUE },
  { "firms", N_("Firms served"), firm_fields, G_N_ELEMENTS (firm_fields), FALSE },
};

const char *
sb_ledger_kind_id (SbLedgerKind kind)
{
  g_return_val_if_fail (kind < SB_LEDGER_N_KINDS, NULL);
  return kinds[kind].id;
}

gboolean
sb_ledger_kind_from_id (const char *id, SbLedgerKind *kind)
{
  for (guint i = 0; i < SB_LEDGER_N_KINDS; i++)
    if (g_strcmp0 (id, kinds[i].id) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sb_ledger_kind_title (SbLedgerKind kind)
{
  g_return_val_if_fail (kind < SB_LEDGER_N_KINDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].title);
}

gboolean
sb_ledger_kind_needs_year (SbLedgerKind kind)
{
  return kind < SB_LEDGER_N_KINDS && kinds[kind].year;
}

const SbLedgerField *
sb_ledger_kind_fields (SbLedgerKind kind, guint *n_fields)
{
  g_return_val_if_fail (kind < SB_LEDGER_N_KINDS, NULL);
  *n_fields = kinds[kind].n_fields;
  return kinds[kind].fields;
}

int
sb_ledger_kind_find_field (SbLedgerKind kind, const char *key)
{
  guint n;
  const SbLedgerField *fields = sb_ledger_kind_fields (kind, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i].key, key) == 0
        || g_strcmp0 (fields[i].label, key) == 0
        || g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, fields[i].label), key) == 0
        || (fields[i].prop != NULL && g_strcmp0 (fields[i].prop, key) == 0))
      return i;
  return -1;
}

/* ---- headers ---------------------------------------------------------- */

/* lower case, without spaces, colons, stars and full-width spaces */
static char *
fold (const char *text)
{
  g_autofree char *down = g_utf8_strdown (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = down; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == ':' || c == 0xFF1A || c == '*' || c == 0x3000
          || c == '_' || c == '.')
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* How well @label names @field: 1000 − rank for an exact header, the
 * header's length for a header it contains, 0 otherwise. */
static int
header_score (const SbLedgerField *field, const char *label)
{
  int best = 0;

  if (label == NULL || label[0] == '\0')
    return 0;
  for (guint k = 0; field->headers[k] != NULL; k++)
    {
      g_autofree char *h = fold (field->headers[k]);

      if (g_str_equal (label, h))
        return 1000 - k;
      if (strstr (label, h) != NULL)
        best = MAX (best, (int) g_utf8_strlen (h, -1) * 10 - (int) k);
    }
  return best;
}

static const SbLedgerRow *
row_at (SbLedgerSheet *sheet, int index)
{
  if (index < 0 || (guint) index >= sb_ledger_sheet_get_n_rows (sheet))
    return NULL;
  return sb_ledger_sheet_get_row (sheet, index);
}

/* a row with one text in all its cells (a title merged over the table) */
static gboolean
is_title_row (const SbLedgerRow *row)
{
  const char *first = NULL;

  for (guint c = 0; c < row->n_cells; c++)
    {
      const char *text = row->cells[c].text;

      if (text == NULL)
        continue;
      if (first == NULL)
        first = text;
      else if (!g_str_equal (first, text))
        return FALSE;
    }
  return TRUE;
}

/* the header row's text at @col, joined to the text of the row above when
 * that row is right above, is text there and says something else (a group
 * header merged over several columns) */
static char *
column_label (SbLedgerSheet *sheet, int header, guint col)
{
  const SbLedgerRow *row = row_at (sheet, header);
  const SbLedgerRow *above = row_at (sheet, header - 1);
  const char *text = sb_ledger_row_get_text (row, col);
  const char *group = NULL;

  if (row == NULL)
    return NULL;
  if (above != NULL && above->number + 1 == row->number && col < above->n_cells
      && above->cells[col].kind == SB_LEDGER_CELL_TEXT && !is_title_row (above))
    group = above->cells[col].text;
  if (group != NULL && text != NULL && !g_str_equal (group, text)
      && strstr (text, group) == NULL)
    return g_strconcat (group, text, NULL);
  if (text == NULL && group != NULL)
    return g_strdup (group);
  return g_strdup (text);
}

char *
sb_ledger_mapping_column_label (const SbLedgerMapping *self, SbLedgerSheet *sheet, guint col)
{
  return column_label (sheet, self->header, col);
}

/* Assigns columns to fields, best scores first. */
static int
assign (SbLedgerMapping *self, SbLedgerSheet *sheet, int header)
{
  guint n_fields;
  const SbLedgerField *fields = sb_ledger_kind_fields (self->kind, &n_fields);
  guint n_cols = MIN (sb_ledger_sheet_get_n_cols (sheet), 512u);
  g_autofree int *scores = g_new0 (int, n_fields * MAX (n_cols, 1u));
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (n_cols, 1u));
  int total = 0;

  for (guint f = 0; f < n_fields; f++)
    self->columns[f] = -1;
  if (header < 0)
    return 0;
  for (guint c = 0; c < n_cols; c++)
    {
      g_autofree char *label = column_label (sheet, header, c);
      g_autofree char *folded = fold (label);

      for (guint f = 0; f < n_fields; f++)
        scores[f * n_cols + c] = header_score (&fields[f], folded);
    }
  for (;;)
    {
      int best = 0;
      guint bf = 0, bc = 0;

      for (guint f = 0; f < n_fields; f++)
        if (self->columns[f] < 0)
          for (guint c = 0; c < n_cols; c++)
            if (!taken[c] && scores[f * n_cols + c] > best)
              {
                best = scores[f * n_cols + c];
                bf = f;
                bc = c;
              }
      if (best == 0)
        break;
      self->columns[bf] = bc;
      taken[bc] = TRUE;
      total += best >= 900 ? 3 : 2;
    }
  return total;
}

SbLedgerMapping *
sb_ledger_mapping_new (SbLedgerKind kind)
{
  SbLedgerMapping *self = g_new0 (SbLedgerMapping, 1);

  self->kind = kind;
  self->header = -1;
  sb_ledger_kind_fields (kind, &self->n_fields);
  self->columns = g_new (int, self->n_fields);
  for (guint f = 0; f < self->n_fields; f++)
    self->columns[f] = -1;
  return self;
}

SbLedgerMapping *
sb_ledger_mapping_copy (const SbLedgerMapping *self)
{
  SbLedgerMapping *copy = sb_ledger_mapping_new (self->kind);

  copy->header = self->header;
  memcpy (copy->columns, self->columns, sizeof (int) * self->n_fields);
  return copy;
}

void
sb_ledger_mapping_free (SbLedgerMapping *self)
{
  if (self == NULL)
    return;
  g_free (self->columns);
  g_free (self);
}

SbLedgerMapping *
sb_ledger_mapping_guess (SbLedgerKind kind, SbLedgerSheet *sheet)
{
  SbLedgerMapping *self = sb_ledger_mapping_new (kind);
  guint n = MIN (sb_ledger_sheet_get_n_rows (sheet), 30u);
  int best = 0, best_row = -1;

  for (guint r = 0; r < n; r++)
    {
      int score = assign (self, sheet, r);

      if (score > best)
        {
          best = score;
          best_row = r;
        }
    }
  sb_ledger_mapping_set_header (self, sheet, best_row);
  return self;
}

void
sb_ledger_mapping_set_header (SbLedgerMapping *self, SbLedgerSheet *sheet, int header)
{
  self->header = header;
  assign (self, sheet, header);
}

/* "C" → 2; "AB" → 27; −1 when it is no column name */
static int
parse_column_letters (const char *text)
{
  int col = 0;

  if (text == NULL || text[0] == '\0' || strlen (text) > 3)
    return -1;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        return -1;
      col = col * 26 + (g_ascii_toupper (*p) - 'A' + 1);
    }
  return col - 1;
}

gboolean
sb_ledger_mapping_set (SbLedgerMapping *self, SbLedgerSheet *sheet, const char *key,
                       const char *column, GError **error)
{
  int f = sb_ledger_kind_find_field (self->kind, key);
  int col;
  guint n_cols = sheet != NULL ? sb_ledger_sheet_get_n_cols (sheet) : 0;

  if (f < 0)
    {
      guint n;
      const SbLedgerField *fields = sb_ledger_kind_fields (self->kind, &n);
      g_autoptr(GString) keys = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (keys, "%s%s", i > 0 ? ", " : "", fields[i].key);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a field of %s (the fields: %s)"), key,
                   sb_ledger_kind_title (self->kind), keys->str);
      return FALSE;
    }
  if (column == NULL || column[0] == '\0' || g_str_equal (column, "-"))
    {
      self->columns[f] = -1;
      return TRUE;
    }
  /* a header text first (a header may be "A"), then a column letter */
  col = -1;
  if (sheet != NULL && self->header >= 0)
    {
      g_autofree char *want = fold (column);

      for (guint c = 0; c < n_cols && col < 0; c++)
        {
          g_autofree char *label = column_label (sheet, self->header, c);
          g_autofree char *folded = fold (label);
          g_autofree char *plain = fold (sb_ledger_row_get_text (row_at (sheet, self->header), c));

          if (g_str_equal (folded, want) || g_str_equal (plain, want))
            col = c;
        }
    }
  if (col < 0)
    col = parse_column_letters (column);
  if (col < 0 || (sheet != NULL && (guint) col >= MAX (n_cols, 1u) && n_cols > 0))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("The sheet has no column “%s” (name a header or a column letter such as C)"),
                   column);
      return FALSE;
    }
  for (guint i = 0; i < self->n_fields; i++)
    if (self->columns[i] == col)
      self->columns[i] = -1;      /* one field a column */
  self->columns[f] = col;
  return TRUE;
}

char *
sb_ledger_mapping_to_string (const SbLedgerMapping *self)
{
  guint n;
  const SbLedgerField *fields = sb_ledger_kind_fields (self->kind, &n);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "header=%d", self->header);
  for (guint f = 0; f < n; f++)
    if (self->columns[f] >= 0)
      {
        g_autofree char *letters = sb_ledger_column_name (self->columns[f]);

        g_string_append_printf (out, ";%s=%s", fields[f].key, letters);
      }
  return g_string_free (out, FALSE);
}

gboolean
sb_ledger_mapping_from_string (SbLedgerMapping *self, const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);

  for (guint f = 0; f < self->n_fields; f++)
    self->columns[f] = -1;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (parts[i], "=", 2);
      int f;

      if (kv[0] == NULL || kv[1] == NULL)
        continue;
      if (g_str_equal (kv[0], "header"))
        {
          self->header = (int) g_ascii_strtoll (kv[1], NULL, 10);
          continue;
        }
      f = sb_ledger_kind_find_field (self->kind, kv[0]);
      if (f < 0)
        return FALSE;
      self->columns[f] = parse_column_letters (kv[1]);
    }
  return TRUE;
}

char *
sb_ledger_mapping_layout (const SbLedgerMapping *self, SbLedgerSheet *sheet)
{
  const SbLedgerRow *row = row_at (sheet, self->header);
  g_autoptr(GString) out = g_string_new (NULL);

  if (row == NULL)
    return g_strdup_printf ("%u-columns", sb_ledger_sheet_get_n_cols (sheet));
  for (guint c = 0; c < row->n_cells; c++)
    {
      g_autofree char *label = column_label (sheet, self->header, c);
      g_autofree char *folded = fold (label);

      g_string_append_printf (out, "%s|", folded);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, out->str, -1);
}

/* ---- values ----------------------------------------------------------- */

/* A number as a workbook writes it ("1234.5", "1.2345E+5",
 * "0.30000000000000004") as plain decimals rounded half away from zero to
 * @places, or NULL when it is no number or absurdly large. */
static char *
decimal_round (const char *text, int places)
{
  GString *digits = g_string_new (NULL);
  gboolean neg = FALSE;
  int point = -1;
  long exponent = 0;
  const char *p = text;
  g_autoptr(GString) out = NULL;
  int int_len;
  int keep;
  char *all;
  gboolean up;

  if (*p == '-' || *p == '+')
    neg = *p++ == '-';
  for (; g_ascii_isdigit (*p) || *p == '.'; p++)
    {
      if (*p == '.')
        {
          if (point >= 0)
            goto bad;
          point = digits->len;
        }
      else
        g_string_append_c (digits, *p);
    }
  if (digits->len == 0)
    goto bad;
  if (*p == 'e' || *p == 'E')
    {
      char *end = NULL;

      exponent = strtol (p + 1, &end, 10);
      if (end == p + 1 || *end != '\0' || exponent > 30 || exponent < -30)
        goto bad;
      p = end;
    }
  if (*p != '\0')
    goto bad;
  if (point < 0)
    point = digits->len;
  int_len = point + (int) exponent;       /* digits before the point */
  /* pad so that int_len ≥ 1 and the fraction has places + 1 digits */
  while (int_len < 1)
    {
      g_string_prepend_c (digits, '0');
      int_len++;
    }
  while ((int) digits->len < int_len + places + 1)
    g_string_append_c (digits, '0');
  keep = int_len + places;
  up = digits->str[keep] >= '5';
  g_string_truncate (digits, keep);
  all = digits->str;
  for (int i = keep - 1; up && i >= 0; i--)
    {
      if (all[i] == '9')
        all[i] = '0';
      else
        {
          all[i]++;
          up = FALSE;
        }
    }
  out = g_string_new (neg ? "-" : "");
  if (up)
    g_string_append_c (out, '1');
  g_string_append_len (out, digits->str, int_len);
  if (places > 0)
    {
      g_string_append_c (out, '.');
      g_string_append_len (out, digits->str + int_len, places);
    }
  g_string_free (digits, TRUE);
  return g_string_free (g_steal_pointer (&out), FALSE);

bad:
  g_string_free (digits, TRUE);
  return NULL;
}

static gboolean
read_month (const char *text, gint64 *month)
{
  g_autofree char *plain = g_strstrip (g_strdup (text));
  int numbers[3] = { 0 };
  int n = 0;
  int digits = 0;

  for (const char *p = plain; *p != '\0' && n < 3; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      if (c >= '0' && c <= '9')
        {
          numbers[n] = numbers[n] * 10 + (c - '0');
          if (++digits > 4)
            return FALSE;
        }
      else if (c == '-' || c == '/' || c == '.' || c == 0x5E74 /* 年 */)
        {
          if (digits == 0)
            return FALSE;
          n++;
          digits = 0;
        }
      else if (c == 0x6708 /* 月 */ || c == 0x4EFD /* 份 */)
        {
          if (digits == 0)
            return FALSE;
          n++;
          digits = 0;
          /* nothing but 份 after 月 */
          if (c == 0x6708 && !g_str_has_prefix (g_utf8_next_char (p), "份")
              && *g_utf8_next_char (p) != '\0')
            return FALSE;
          if (c == 0x6708)
            break;
        }
      else
        return FALSE;
    }
  if (digits > 0)
    n++;
  /* "3", "3月", "2024-03", "2024年3月" */
  if (n == 1 && numbers[0] >= 1 && numbers[0] <= 12)
    *month = numbers[0];
  else if (n == 2 && numbers[0] >= 1000 && numbers[1] >= 1 && numbers[1] <= 12)
    *month = numbers[1];
  else
    return FALSE;
  return TRUE;
}

static gboolean
read_tri (const char *text, gint64 *out)
{
  static const char * const yes[] = { "是", "y", "yes", "true", "1", "离岸", "√", "✓", "t" };
  static const char * const no[] = { "否", "n", "no", "false", "0", "在岸", "×", "f", "非离岸" };
  g_autofree char *folded = fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (folded, yes[i]))
      {
        *out = 1;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (folded, no[i]))
      {
        *out = 0;
        return TRUE;
      }
  return FALSE;
}

void
sb_ledger_value_clear (SbLedgerValue *value)
{
  g_clear_pointer (&value->text, g_free);
  value->present = FALSE;
  value->number = 0;
  value->date = SB_DATE_UNSET;
}

static gboolean
refuse (char **message, const char *text)
{
  if (message != NULL)
    *message = g_strdup (text);
  return FALSE;
}

gboolean
sb_ledger_read_value (const SbLedgerField *field, const SbLedgerCell *cell, gboolean date1904,
                      SbLedgerValue *out, char **message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SbLedgerCellKind kind = cell != NULL ? cell->kind : SB_LEDGER_CELL_EMPTY;

  memset (out, 0, sizeof *out);
  if (cell == NULL || cell->text == NULL || kind == SB_LEDGER_CELL_EMPTY)
    return TRUE;
  text = g_strstrip (g_strdup (cell->text));
  if (text[0] == '\0')
    return TRUE;
  if (kind == SB_LEDGER_CELL_ERROR)
    return refuse (message, _("the cell shows an error of its formula"));
  out->text = g_strdup (text);

  switch (field->type)
    {
    case SB_LEDGER_VALUE_TEXT:
      break;

    case SB_LEDGER_VALUE_MONEY:
    case SB_LEDGER_VALUE_SIGNED:
      {
        SbInputFlags flags = field->type == SB_LEDGER_VALUE_SIGNED ? SB_INPUT_ALLOW_NEGATIVE : 0;
        g_autofree char *rounded = NULL;

        if (kind == SB_LEDGER_CELL_DATE)
          return refuse (message, _("a date where an amount is expected"));
        /* a workbook's number is a binary double: read to the fen it shows */
        if (kind == SB_LEDGER_CELL_NUMBER && (rounded = decimal_round (text, 2)) == NULL)
          return refuse (message, _("The amount is too large"));
        if (!sb_input_parse_money (rounded != NULL ? rounded : text, flags, &out->number, &error))
          {
            if (g_error_matches (error, SB_INPUT_ERROR, SB_INPUT_ERROR_EMPTY))
              {
                sb_ledger_value_clear (out);
                return TRUE;
              }
            return refuse (message, error->message);
          }
        break;
      }

    case SB_LEDGER_VALUE_COUNT:
      {
        g_autofree char *whole = kind == SB_LEDGER_CELL_NUMBER ? decimal_round (text, 0) : NULL;

        if (kind == SB_LEDGER_CELL_NUMBER && (whole == NULL || strchr (text, '.') != NULL))
          {
            g_autofree char *exact = decimal_round (text, 6);

            /* 12.000000 is 12; 12.5 is no headcount */
            if (exact == NULL || !g_str_has_suffix (exact, ".000000"))
              return refuse (message, _("Type a whole number, without decimals"));
          }
        if (!sb_input_parse_count (whole != NULL ? whole : text, 0, &out->number, &error))
          return refuse (message, error->message);
        break;
      }

    case SB_LEDGER_VALUE_DATE:
      {
        double serial;
        char *end = NULL;
        int y, m, d;

        if (kind == SB_LEDGER_CELL_NUMBER)
          {
            serial = g_ascii_strtod (text, &end);
            /* 20240305 written as a number */
            if (strlen (text) == 8 && strspn (text, "0123456789") == 8
                && sb_input_parse_date (text, &out->date, NULL))
              break;
            if (end != text && *end == '\0' && sb_ledger_serial_to_ymd (serial, date1904, &y, &m, &d)
                && y >= 1950)
              {
                out->date = sb_date_from_ymd (y, m, d);
                break;
              }
            return refuse (message, _("a number that is no date"));
          }
        if (!sb_input_parse_date (text, &out->date, &error))
          return refuse (message, error->message);
        break;
      }

    case SB_LEDGER_VALUE_MONTH:
      {
        SbDate date;

        if (kind == SB_LEDGER_CELL_DATE && sb_input_parse_date (text, &date, NULL))
          {
            g_autoptr(GDate) g = g_date_new_julian (date);

            out->number = g_date_get_month (g);
            break;
          }
        if (!read_month (text, &out->number))
          return refuse (message, _("Type a month from 1 to 12, such as 3, 3月 or 2024-03"));
        break;
      }

    case SB_LEDGER_VALUE_TRI:
      if (!read_tri (text, &out->number))
        return refuse (message, _("Type 是 or 否"));
      break;

    default:
      g_assert_not_reached ();
    }
  out->present = TRUE;
  return TRUE;
}

char *
sb_ledger_value_format (const SbLedgerField *field, const SbLedgerValue *value)
{
  if (!value->present)
    return g_strdup ("");
  switch (field->type)
    {
    case SB_LEDGER_VALUE_MONEY:
    case SB_LEDGER_VALUE_SIGNED:
      return sb_input_format_money (value->number);
    case SB_LEDGER_VALUE_DATE:
      return sb_date_format (value->date);
    case SB_LEDGER_VALUE_COUNT:
    case SB_LEDGER_VALUE_MONTH:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->number);
    case SB_LEDGER_VALUE_TRI:
      return g_strdup (value->number ? _("Yes") : _("No"));
    case SB_LEDGER_VALUE_TEXT:
    default:
      return g_strdup (value->text);
    }
}

/* ---- proposals -------------------------------------------------------- */

static gboolean
is_china (const char *country)
{
  static const char * const china[] = {
    "cn", "chn", "china", "prc", "中国", "中国大陆", "中华人民共和国", "中国内地", "境内", "国内",
    "peoplesrepublicofchina",
  };
  g_autofree char *folded = fold (country);

  for (guint i = 0; i < G_N_ELEMENTS (china); i++)
    if (g_str_equal (folded, china[i]))
      return TRUE;
  return FALSE;
}

/* the catalogue with its codes and names folded once per parse */
typedef struct
{
  const SbLedgerCategory *entries;
  guint                   n;
  char                  **codes;   /* folded */
  char                  **names;   /* folded */
} Catalogue;

static void
catalogue_init (Catalogue *c, const SbLedgerCategory *entries, guint n)
{
  c->entries = entries;
  c->n = n;
  c->codes = g_new0 (char *, n + 1);
  c->names = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      c->codes[i] = fold (entries[i].code);
      c->names[i] = fold (entries[i].name);
    }
}

static void
catalogue_clear (Catalogue *c)
{
  g_strfreev (c->codes);
  g_strfreev (c->names);
}

/* the catalogue business named by @text (its code, its name, or a name
 * that contains it or is contained in it), or NULL */
static const char *
match_category (const char *text, const Catalogue *c)
{
  g_autofree char *want = fold (text);
  const char *found = NULL;

  for (guint i = 0; i < c->n; i++)
    if (g_str_equal (want, c->codes[i]) || g_str_equal (want, c->names[i]))
      return c->entries[i].code;
  for (guint i = 0; i < c->n; i++)
    if (want[0] != '\0' && (strstr (c->names[i], want) != NULL || strstr (want, c->names[i]) != NULL))
      {
        if (found != NULL)
          return NULL;     /* several: not a match */
        found = c->entries[i].code;
      }
  return found;
}

/* the business whose name shares the most two-character runs with @name
 * (at least two, and no tie) */
static const char *
propose_category (const char *name, const Catalogue *c)
{
  g_autofree char *text = fold (name);
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, NULL);
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  int best = 0;
  gboolean tie = FALSE;
  const char *found = NULL;

  for (glong k = 0; chars[k] != 0 && chars[k + 1] != 0; k++)
    {
      char pair[16];
      int m = g_unichar_to_utf8 (chars[k], pair);

      m += g_unichar_to_utf8 (chars[k + 1], pair + m);
      pair[m] = '\0';
      g_ptr_array_add (pairs, g_strdup (pair));
    }
  for (guint i = 0; i < c->n; i++)
    {
      int shared = 0;

      for (guint k = 0; k < pairs->len; k++)
        if (strstr (c->names[i], g_ptr_array_index (pairs, k)) != NULL)
          shared++;
      if (shared > best)
        {
          best = shared;
          found = c->entries[i].code;
          tie = FALSE;
        }
      else if (shared == best && shared > 0)
        tie = TRUE;
    }
  return best >= 2 && !tie ? found : NULL;
}

/* ---- rows --------------------------------------------------------------- */

static void
record_free (gpointer data)
{
  SbLedgerRecord *r = data;

  g_free (r->values);   /* the texts are freed by the parse (it knows n_fields) */
  g_ptr_array_unref (r->errors);
  g_free (r->category_proposed);
  g_free (r);
}

void
sb_ledger_parse_free (SbLedgerParse *self)
{
  guint n;

  if (self == NULL)
    return;
  sb_ledger_kind_fields (self->kind, &n);
  for (guint i = 0; i < self->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (self->records, i);

      for (guint f = 0; f < n; f++)
        sb_ledger_value_clear (&r->values[f]);
    }
  g_ptr_array_unref (self->records);
  g_free (self);
}

static gboolean
is_total_row (const SbLedgerRow *row)
{
  static const char * const totals[] = { "合计", "小计", "总计", "本页合计", "累计", "total", "subtotal" };

  for (guint c = 0; c < MIN (row->n_cells, 4u); c++)
    if (row->cells[c].kind == SB_LEDGER_CELL_TEXT && strlen (row->cells[c].text) <= 24)
      {
        g_autofree char *folded = fold (row->cells[c].text);

        for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
          if (g_str_equal (folded, totals[i]))
            return TRUE;
      }
  return FALSE;
}

static char *
shown_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, 40);

      return g_strconcat (cut, "…", NULL);
    }
  return g_strdup (text);
}

SbLedgerParse *
sb_ledger_parse (const SbLedgerMapping *mapping, SbLedgerSheet *sheet, gboolean date1904,
                 const SbLedgerCategory *catalogue, guint n_catalogue)
{
  SbLedgerParse *self = g_new0 (SbLedgerParse, 1);
  guint n_fields;
  const SbLedgerField *fields = sb_ledger_kind_fields (mapping->kind, &n_fields);
  guint n_rows = sb_ledger_sheet_get_n_rows (sheet);
  int f_country = -1, f_offshore = -1, f_category = -1, f_name = -1;
  Catalogue cat;

  catalogue_init (&cat, catalogue, catalogue != NULL ? n_catalogue : 0);
  self->kind = mapping->kind;
  self->records = g_ptr_array_new_with_free_func (record_free);
  if (mapping->kind == SB_LEDGER_CONTRACTS)
    {
      f_country = sb_ledger_kind_find_field (mapping->kind, "client_country");
      f_offshore = sb_ledger_kind_find_field (mapping->kind, "offshore");
      f_category = sb_ledger_kind_find_field (mapping->kind, "category");
      f_name = sb_ledger_kind_find_field (mapping->kind, "name");
    }

  for (guint i = (guint) (mapping->header + 1); i < n_rows; i++)
    {
      const SbLedgerRow *row = sb_ledger_sheet_get_row (sheet, i);
      SbLedgerRecord *r;
      gboolean any = FALSE;

      if (is_total_row (row))
        {
          self->n_totals++;
          continue;
        }
      r = g_new0 (SbLedgerRecord, 1);
      r->number = row->number;
      r->values = g_new0 (SbLedgerValue, n_fields);
      r->errors = g_ptr_array_new_with_free_func (g_free);
      r->offshore_proposed = -1;
      for (guint f = 0; f < n_fields; f++)
        {
          int col = mapping->columns[f];
          const SbLedgerCell *cell = col >= 0 && (guint) col < row->n_cells ? &row->cells[col] : NULL;
          g_autofree char *reason = NULL;

          if (cell == NULL || cell->text == NULL)
            continue;
          any = TRUE;
          if (!sb_ledger_read_value (&fields[f], cell, date1904, &r->values[f], &reason))
            {
              g_autofree char *shown = shown_text (cell->text);

              /* Translators: "第 37 行 合同金额：'12,3a'（请输入…）": the row
               * number the spreadsheet shows, the field, the cell, the reason */
              g_ptr_array_add (r->errors, g_strdup_printf (_("Row %u, %s: “%s” (%s)"), row->number,
                                                           g_dgettext (GETTEXT_PACKAGE, fields[f].label),
                                                           shown, reason));
              sb_ledger_value_clear (&r->values[f]);
            }
        }
      if (!any)
        {
          for (guint f = 0; f < n_fields; f++)
            sb_ledger_value_clear (&r->values[f]);
          record_free (r);
          continue;
        }
      if (mapping->kind == SB_LEDGER_CONTRACTS)
        {
          SbLedgerValue *category = &r->values[f_category];
          SbLedgerValue *country = &r->values[f_country];
          SbLedgerValue *name = &r->values[f_name];

          if (category->present && n_catalogue > 0)
            {
              const char *code = match_category (category->text, &cat);

              if (code == NULL)
                {
                  g_autofree char *shown = shown_text (category->text);

                  g_ptr_array_add (r->errors,
                                   g_strdup_printf (_("Row %u, %s: “%s” (%s)"), row->number,
                                                    g_dgettext (GETTEXT_PACKAGE, fields[f_category].label),
                                                    shown, _("not a business of the catalogue")));
                  sb_ledger_value_clear (category);
                }
              else
                {
                  g_free (category->text);
                  category->text = g_strdup (code);
                }
            }
          if (!r->values[f_offshore].present && country->present)
            r->offshore_proposed = is_china (country->text) ? 0 : 1;
          if (!category->present && name->present && n_catalogue > 0)
            r->category_proposed = g_strdup (propose_category (name->text, &cat));
        }
      if (mapping->kind == SB_LEDGER_STAFF)
        {
          int s0 = sb_ledger_kind_find_field (mapping->kind, "st_start");
          int s1 = sb_ledger_kind_find_field (mapping->kind, "st_end");

          if (r->values[s0].present != r->values[s1].present)
            g_ptr_array_add (r->errors,
                             g_strdup_printf (_("Row %u: %s"), row->number,
                                              _("S&T staff need both the start and the end count")));
        }
      if (r->errors->len > 0)
        self->n_errors++;
      g_ptr_array_add (self->records, r);
    }
  catalogue_clear (&cat);
  return self;
}
