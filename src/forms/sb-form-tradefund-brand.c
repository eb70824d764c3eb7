/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tradefund-brand.c: the brand direction's tables of a trade-fund
 * claim: 附件6 (数字服务集聚园区), 附件7 and 附件8 (人才培训领军机构).
 *
 * Their rows are kept with the claim as extra keys (README.md):
 * trade_fund.park = { "name", "firms": [ { "name", "scope", "contact",
 * "phone" } ] } and trade_fund.training = { "region", "situation", "project",
 * "trainees": [ { "name", "id_no", "school", "graduated", "degree",
 * "course", "hours", "contact", "note" } ] }. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-tradefund-private.h"
#include "sb-idcheck.h"

/* The brand claim's object @key, or NULL (and the error). */
static JsonObject *
brand_part (const SbFormInput *input, SbTfContext *ctx, const char *key, const char *what,
            GError **error)
{
  JsonNode *node;

  if (!sb_form_tf_context (input, ctx, error))
    return NULL;
  if (ctx->claim->brand == NULL)
    {
      sb_form_tf_not_asked (ctx, _("brand building"), error);
      return NULL;
    }
  node = ctx->claim->extra != NULL ? json_object_get_member (ctx->claim->extra, key) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_NOT_ASKED,
                   _("The trade-fund claim of %s has no %s"), ctx->name, what);
      return NULL;
    }
  return json_node_get_object (node);
}

static const char *
member (JsonObject *o, const char *key)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, key) : NULL;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return "";
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return "";
}

/* The objects of list @key of @o (NULL when none). */
static JsonArray *
list (JsonObject *o, const char *key)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
add_header (SbTable *table)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_HEADER);

  for (guint i = 0; i < sb_table_get_n_columns (table); i++)
    sb_row_add_header (row, g_array_index (table->columns, SbTableColumn, i).header, 1, 1);
}

/* ---------------------------------------------------------------- 附件6 */

SbForm *
sb_form_build_tf_annex6 (const SbFormInput *input, GError **error)
{
  static const char * const title = "2024年入驻数字服务集聚园区的重点企业明细表";
  SbTfContext ctx;
  JsonObject *park = brand_part (input, &ctx, "park", _("list of the park's key firms"), error);
  g_autoptr(SbForm) form = NULL;
  g_autofree char *seal = NULL;
  JsonArray *firms;
  SbTable *table;
  guint n;

  if (park == NULL)
    return NULL;
  form = sb_form_new ("tf-annex6", title);
  table = sb_form_add_table (form, "附件6 重点企业明细表", title);
  seal = sb_form_seal_line ("园区名称（公章）：", member (park, "name"));
  sb_table_add_above (table, seal);
  sb_table_add_column (table, "序号", 6);
  sb_table_add_column (table, "企业名称", 30);
  sb_table_add_column (table, "业务范围", 30);
  sb_table_add_column (table, "联系人", 12);
  sb_table_add_column (table, "联系电话", 16);
  add_header (table);
  firms = list (park, "firms");
  n = firms != NULL ? json_array_get_length (firms) : 0;
  for (guint i = 0; i < MAX (n, 5); i++)
    {
      JsonNode *node = i < n ? json_array_get_element (firms, i) : NULL;
      JsonObject *f = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node)
                                                                    : NULL;
      SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);

      sb_row_add_integer (row, i + 1)->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, member (f, "name"))->wrap = TRUE;
      sb_row_add_text (row, member (f, "scope"))->wrap = TRUE;
      sb_row_add_text (row, member (f, "contact"))->wrap = TRUE;
      sb_row_add_code (row, member (f, "phone"));
    }
  sb_form_tf_add_bank_lines (table, &input->dossier->company);
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件7 */

static void
pair (SbTableRow *row, const char *label, const char *value, guint span)
{
  SbCell *cell = sb_row_add_text (row, label);

  cell->align = SB_CELL_ALIGN_CENTER;
  cell->wrap = TRUE;
  cell = sb_row_add_text (row, value);
  cell->col_span = span;
  cell->wrap = TRUE;
}

SbForm *
sb_form_build_tf_annex7 (const SbFormInput *input, GError **error)
{
  static const char * const title = "2024年人才培训领军机构项目资金申报表";
  SbTfContext ctx;
  JsonObject *training = brand_part (input, &ctx, "training", _("training project"), error);
  g_autoptr(SbForm) form = NULL;
  g_autofree char *situation = NULL, *project = NULL, *total = NULL;
  const SbCompany *c = &input->dossier->company;
  JsonArray *trainees;
  SbTable *table;
  SbTableRow *row;

  if (training == NULL)
    return NULL;
  form = sb_form_new ("tf-annex7", title);
  table = sb_form_add_table (form, "附件7 项目资金申报表", title);
  for (guint i = 0; i < 6; i++)
    sb_table_add_column (table, NULL, i % 2 == 0 ? 14 : 18);
  trainees = list (training, "trainees");
  total = g_strdup_printf ("%u", trainees != NULL ? json_array_get_length (trainees) : 0);

  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "机构名称", ctx.name, 5);
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "法定代表人", sb_form_tf_or (c->legal_representative, ""), 1);
  pair (row, "注册地", sb_form_tf_or (member (training, "region"), "　　省　　市"), 3);
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "企业联系人", sb_form_tf_or (c->contact_name, ""), 1);
  pair (row, "电子邮件", sb_form_tf_or (c->contact_email, ""), 3);
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "开户银行", sb_form_tf_or (c->bank_name, ""), 1);
  pair (row, "账户户名", sb_form_tf_or (c->bank_account_name, ""), 1);
  sb_row_add_text (row, "银行账号")->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_code (row, sb_form_tf_or (c->bank_account_no, ""));
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "联系人", sb_form_tf_or (c->contact_name, ""), 1);
  sb_row_add_text (row, "固定电话")->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_code (row, sb_form_tf_or (c->contact_phone, ""));
  sb_row_add_text (row, "移动电话")->align = SB_CELL_ALIGN_CENTER;
  sb_row_add_code (row, sb_form_tf_or (c->contact_mobile, ""));
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "培训总人数", total, 1);
  pair (row, "通讯地址", sb_form_tf_or (c->address, ""), 3);
  situation = g_strconcat ("培训机构基本信息，场地、设施、专业教材和师资力量等培训相关情况介绍。\n",
                           member (training, "situation"), "\n", NULL);
  row = sb_table_add_row (table, SB_ROW_BODY);
  pair (row, "申报情况", situation, 5);
  project = g_strconcat ("本次申请项目情况（后可附页），内容包括场地、设施、专业教材和师资力量等"
                         "培训相关情况介绍，每期项目的培训方案及课程安排等。\n",
                         member (training, "project"), "\n", NULL);
  row = sb_table_add_row (table, SB_ROW_BODY);
  sb_row_add_text (row, project)->col_span = 6;
  ((SbCell *) g_ptr_array_index (row->cells, 0))->wrap = TRUE;
  sb_table_add_below (table, "备注：企业提交的所有资料均需加盖公章。");
  sb_table_add_below (table, "申请单位（公章）：" SB_FORM_SEAL_SPACE);
  sb_table_add_below (table, "日期：　　　　年　　月　　日");
  return g_steal_pointer (&form);
}

/* ---------------------------------------------------------------- 附件8 */

/* Every trainee with the full 身份证号 (the form asks for it); a number
 * failing its GB 11643 check digit is a warning. */
SbForm *
sb_form_build_tf_annex8 (const SbFormInput *input, GError **error)
{
  static const char * const title = "2024年人才培训领军机构培训人员汇总表";
  static const struct { const char *header; double width; } columns[] = {
    { "序号", 5 }, { "培训人姓名", 10 }, { "身份证号", 22 }, { "毕业院校", 16 },
    { "毕业时间", 10 }, { "学历", 8 }, { "培训内容", 18 }, { "培训课时", 10 },
    { "联系方式", 14 }, { "备注", 10 },
  };
  SbTfContext ctx;
  JsonObject *training = brand_part (input, &ctx, "training", _("training project"), error);
  g_autoptr(SbForm) form = NULL;
  g_autofree char *applicant = NULL, *total = NULL;
  JsonArray *trainees;
  SbTable *table;
  SbTableRow *row;
  guint n;

  if (training == NULL)
    return NULL;
  form = sb_form_new ("tf-annex8", title);
  table = sb_form_add_table (form, "附件8 培训人员汇总表", title);
  table->landscape = TRUE;
  trainees = list (training, "trainees");
  n = trainees != NULL ? json_array_get_length (trainees) : 0;
  applicant = sb_form_seal_line ("申请单位（公章）：", ctx.name);
  total = g_strdup_printf ("总计培训人数：%u", n);
  sb_table_add_above (table, applicant);
  sb_table_add_above (table, total);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      sb_table_add_column (table, columns[i].header, columns[i].width);
      sb_row_add_header (row, columns[i].header, 1, 1);
    }
  for (guint i = 0; i < MAX (n, 8); i++)
    {
      JsonNode *node = i < n ? json_array_get_element (trainees, i) : NULL;
      JsonObject *t = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node)
                                                                    : NULL;
      g_autofree char *what = NULL, *problem = NULL;

      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1)->align = SB_CELL_ALIGN_CENTER;
      sb_row_add_text (row, member (t, "name"))->wrap = TRUE;
      sb_row_add_code (row, member (t, "id_no"));
      sb_row_add_text (row, member (t, "school"))->wrap = TRUE;
      sb_row_add_text (row, member (t, "graduated"))->wrap = TRUE;
      sb_row_add_text (row, member (t, "degree"))->wrap = TRUE;
      sb_row_add_text (row, member (t, "course"))->wrap = TRUE;
      sb_row_add_text (row, member (t, "hours"))->wrap = TRUE;
      sb_row_add_code (row, member (t, "contact"));
      sb_row_add_text (row, member (t, "note"))->wrap = TRUE;
      if (t == NULL)
        continue;
      what = g_strdup_printf ("附件8 %u %s", i + 1, member (t, "name"));
      problem = sb_resident_id_problem (member (t, "id_no"), what);
      if (problem != NULL)
        sb_form_add_warning (form, "%s", problem);
    }
  sb_table_add_below (table, "说明：1.申请单位填写培训机构全称。2.培训内容写学员接受培训的课程"
                             "名称。3. 培训课时填写培训时间段或课时数量。");
  return g_steal_pointer (&form);
}
