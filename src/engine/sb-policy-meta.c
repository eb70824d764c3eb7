/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-meta.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-region.h"

#define BUNDLED_PREFIX "/io/github/shenbao/"

const char *
sb_program_label (const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return _("Technology-Advanced Service Enterprise");
  if (g_strcmp0 (program, "hnte") == 0)
    return _("High and New Technology Enterprise");
  if (g_strcmp0 (program, "tradefund") == 0)
    return _("Trade fund");
  return program != NULL ? program : "";
}

const char *
sb_program_short_label (const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    /* TRANSLATORS: short name of the TASE program, in sentences (技术先进型) */
    return C_("program in a sentence", "TASE");
  if (g_strcmp0 (program, "hnte") == 0)
    /* TRANSLATORS: short name of the HNTE program, in sentences (高企) */
    return C_("program in a sentence", "HNTE");
  if (g_strcmp0 (program, "tradefund") == 0)
    return C_("program in a sentence", "trade fund");
  return program != NULL ? program : "";
}

typedef struct
{
  const char *key;
  const char *label;
} Label;

/* Each parameter by the words of the notices it comes from.  Chinese is the
 * profile's own language: these are the names a consultant reads in the
 * notice, not interface words. */
static const Label param_labels[] = {
  /* shared */
  { "regions", "适用地区" },
  { "support_period", "支持期间" },
  { "deadline_online", "网上申报截止日期" },
  { "deadline_district", "区级报送截止日期" },
  { "deadline_city", "市级报送截止日期" },
  { "deadline_annual_report", "年度报告截止日期" },
  /* TASE */
  { "review", "复审" },
  { "review_years", "认定有效期（复审周期，年）" },
  { "clean_record", "无违法违规记录" },
  { "mofcom_registered", "商务部业务系统登记" },
  { "degree_staff_min", "大专以上学历员工占比下限" },
  { "tase_revenue_min", "技术先进型服务业务收入占比下限" },
  { "offshore_revenue_min", "离岸服务外包业务收入占比下限" },
  { "tax_rate_standard", "企业所得税法定税率" },
  { "tax_rate_reduced", "技术先进型服务企业优惠税率" },
  { "catalogue", "技术先进型服务业务领域范围" },
  { "materials", "申报材料清单" },
  { "materials_2024", "申报材料清单（2024年度）" },
  { "business_statement_min_chars", "业务论述最少字数" },
  { "registration_evidence", "登记不足时须提供合同、发票等证明材料" },
  /* HNTE */
  { "validity_years", "资格有效期（年）" },
  { "min_age_days", "注册成立最少日历天数" },
  { "fiscal_years", "会计年度数" },
  { "fields", "国家重点支持的高新技术领域" },
  { "st_staff_min", "科技人员占比下限" },
  { "rd_tier1_max_sales", "研发费用第一档销售收入上限" },
  { "rd_ratio_tier1", "研发费用占比下限（第一档）" },
  { "rd_tier2_max_sales", "研发费用第二档销售收入上限" },
  { "rd_ratio_tier2", "研发费用占比下限（第二档）" },
  { "rd_ratio_tier3", "研发费用占比下限（第三档）" },
  { "rd_outsourced_share", "委托外部研发费用计入比例" },
  { "rd_other_cap", "其他费用占研发总额上限" },
  { "rd_domestic_min", "境内研发费用占比下限" },
  { "ht_revenue_min", "高新技术产品（服务）收入占比下限" },
  { "innovation_min", "创新能力评价合格分数线" },
  { "innovation_ip_max", "知识产权满分" },
  { "innovation_conversion_max", "科技成果转化能力满分" },
  { "innovation_rd_management_max", "研究开发组织管理水平满分" },
  { "innovation_growth_max", "企业成长性满分" },
  { "growth_formula", "成长性计算公式" },
  { "growth_bands", "成长性得分档次" },
  { "conversion_bands", "科技成果转化得分档次" },
  { "annual_report_due_month", "年度发展情况报表截止月份" },
  { "annual_report_missed_years_max", "未填报年度发展情况报表年数上限" },
  { "statutory_working_days", "法定审查工作日" },
  { "promised_working_days", "承诺审查工作日" },
  /* trade fund */
  { "platform_construction_window", "公共服务平台建设期间" },
  { "platform_om_build_window", "公共服务平台运维所需建成期间" },
  { "platform_firms_min_new", "新建平台服务企业数下限" },
  { "platform_firms_min_built", "已建平台服务企业数下限" },
  { "platform_construction_rate", "平台建设支持比例" },
  { "platform_construction_cap", "平台建设支持上限" },
  { "platform_om_rate", "平台运维支持比例" },
  { "platform_om_cap", "平台运维支持上限" },
  { "platform_unit_cap", "每个平台支持上限" },
  { "platform_line_amount", "平台支出计算口径" },
  { "cert_offshore_min_usd", "国际认证所需离岸执行额下限（美元）" },
  { "cert_rate", "国际认证支持比例" },
  { "cert_max_items", "国际认证支持项数上限" },
  { "cert_cap", "国际认证支持上限" },
  { "cert_list", "国际认证项目" },
  { "cert_successors", "国际认证替代项目" },
  { "brand_titles", "品牌称号" },
  { "brand_offshore_min_usd", "品牌所需离岸执行额下限（美元）" },
  { "brand_cap", "品牌支持上限" },
  { "brand_unlisted_title", "名单外品牌称号" },
  { "interest_offshore_min_usd", "贷款贴息所需离岸执行额下限（美元）" },
  { "interest_principal", "贴息本金口径" },
  { "interest_currency", "外币贷款折算" },
  { "interest_lpr", "贷款市场报价利率（LPR）" },
  { "interest_term_years", "贴息期限（年）" },
  { "interest_cap", "贷款贴息上限" },
  { "tcm_construction_window", "中医药服务平台建设期间" },
  { "tcm_om_built_by", "中医药服务平台运维所需建成日期" },
  { "tcm_construction_rate", "中医药服务平台建设支持比例" },
  { "tcm_om_rate", "中医药服务平台运维支持比例" },
  { "tcm_marketing_rate", "中医药服务市场开拓支持比例" },
  { "tcm_cap", "中医药服务支持上限" },
};

static const Label top_labels[] = {
  { "format", "文件格式" },
  { "version", "格式版本" },
  { "id", "编号" },
  { "program", "项目" },
  { "title", "标题" },
  { "region", "地区" },
  { "year", "年度" },
  { "notices", "政策通知" },
  { "params", "参数" },
};

const char *
sb_policy_param_label (const char *key)
{
  if (key == NULL)
    return "";
  for (gsize i = 0; i < G_N_ELEMENTS (param_labels); i++)
    if (strcmp (param_labels[i].key, key) == 0)
      return param_labels[i].label;
  return key;
}

const char *
sb_policy_top_label (const char *key)
{
  if (key == NULL)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (top_labels); i++)
    if (strcmp (top_labels[i].key, key) == 0)
      return top_labels[i].label;
  return NULL;
}

gboolean
sb_policy_is_bundled (SbPolicy *self)
{
  return g_str_has_prefix (sb_policy_get_origin (self), BUNDLED_PREFIX);
}

char **
sb_policy_dup_regions (SbPolicy *self)
{
  char **regions = NULL;

  if (sb_policy_get_param (self, "regions") != NULL)
    regions = sb_policy_get_strv (self, "regions", NULL);
  if (regions == NULL)
    {
      regions = g_new0 (char *, 2);
      regions[0] = g_strdup (sb_policy_get_region (self));
    }
  return regions;
}

char *
sb_policy_regions_text (SbPolicy *self)
{
  g_auto(GStrv) regions = sb_policy_dup_regions (self);

  return sb_region_names_join ((const char * const *) regions);
}

gboolean
sb_policy_accepts_region (SbPolicy *self, const char *region)
{
  g_auto(GStrv) regions = NULL;

  if (region == NULL || *region == '\0')
    return FALSE;
  regions = sb_policy_dup_regions (self);
  return g_strv_contains ((const char * const *) regions, region);
}

SbDate
sb_policy_get_notice_date (SbPolicy *self)
{
  JsonNode *root = sb_policy_get_root (self);
  JsonObject *notices = json_object_get_object_member (json_node_get_object (root), "notices");
  g_autoptr(GList) members = json_object_get_members (notices);
  SbDate latest = SB_DATE_UNSET;

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonObject *n = sb_policy_get_notice (self, l->data);
      SbDate d;

      if (n != NULL && json_object_has_member (n, "date")
          && sb_date_parse (json_object_get_string_member_with_default (n, "date", ""), &d)
          && d > latest)
        latest = d;
    }
  return latest;
}

char *
sb_policy_describe (SbPolicy *self)
{
  g_autofree char *regions = sb_policy_regions_text (self);
  g_autofree char *first = NULL;
  const char *sep = strstr (regions, "、");

  first = sep != NULL ? g_strndup (regions, sep - regions) : g_strdup (regions);
  /* TRANSLATORS: program · region · notice year, e.g. 技术先进型服务企业 · 大连市 · 2025年度 */
  return g_strdup_printf (_("%s · %s · %d"), sb_program_label (sb_policy_get_program (self)),
                          first, sb_policy_get_year (self));
}

static int
compare_policies (gconstpointer a, gconstpointer b)
{
  SbPolicy *x = *(SbPolicy * const *) a, *y = *(SbPolicy * const *) b;
  int c;

  if ((c = g_strcmp0 (sb_policy_get_program (x), sb_policy_get_program (y))) != 0)
    return c;
  if ((c = g_strcmp0 (sb_policy_get_region (x), sb_policy_get_region (y))) != 0)
    return c;
  if (sb_policy_get_year (x) != sb_policy_get_year (y))
    return sb_policy_get_year (y) - sb_policy_get_year (x);
  return g_strcmp0 (sb_policy_get_id (x), sb_policy_get_id (y));
}

GPtrArray *
sb_policy_set_list (SbPolicySet *set, const char *program)
{
  GPtrArray *ids = sb_policy_set_get_ids (set);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    {
      SbPolicy *p = sb_policy_set_lookup (set, g_ptr_array_index (ids, i), NULL);

      if (p != NULL && (program == NULL || g_strcmp0 (sb_policy_get_program (p), program) == 0))
        g_ptr_array_add (out, p);
    }
  g_ptr_array_sort (out, compare_policies);
  return out;
}

gboolean
sb_policy_set_is_bundled_id (SbPolicySet *set, const char *id)
{
  SbPolicy *p = sb_policy_set_lookup (set, id, NULL);

  return p != NULL && sb_policy_is_bundled (p);
}

char *
sb_policy_set_free_id (SbPolicySet *set, const char *id)
{
  char *candidate = g_strdup (id);

  for (int n = 1; sb_policy_set_lookup (set, candidate, NULL) != NULL; n++)
    {
      g_free (candidate);
      candidate = n == 1 ? g_strdup_printf ("%s-user", id) : g_strdup_printf ("%s-user%d", id, n);
    }
  return candidate;
}

char *
sb_policy_coverage_message (const char *program, const char *region)
{
  if (region == NULL || *region == '\0')
    /* TRANSLATORS: %s: a program's short name (高企) */
    return g_strdup_printf (_("Enter the company's region to pick its %s policy profile"),
                            sb_program_short_label (program));
  /* TRANSLATORS: no profile covers a region: 没有覆盖大连市的高企政策配置：请新建或导入 */
  return g_strdup_printf (_("No %2$s policy profile covers %1$s: create or import one"),
                          sb_region_name (region), sb_program_short_label (program));
}

SbPolicy *
sb_policy_set_select (SbPolicySet *set, const char *program, const char *region, int year,
                      GError **error)
{
  g_autoptr(GPtrArray) all = sb_policy_set_list (set, program);
  SbPolicy *best = NULL, *after = NULL;

  for (guint i = 0; i < all->len; i++)
    {
      SbPolicy *p = g_ptr_array_index (all, i);
      int y = sb_policy_get_year (p);

      if (!sb_policy_accepts_region (p, region))
        continue;
      if (year == 0 || y <= year)
        {
          if (best == NULL || y > sb_policy_get_year (best))
            best = p;
        }
      else if (after == NULL || y < sb_policy_get_year (after))
        after = p;
    }
  if (best == NULL)
    best = after;
  if (best == NULL)
    {
      g_autofree char *message = sb_policy_coverage_message (program, region);

      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_NO_PROFILE, message);
    }
  return best;
}

/* ------------------------------------------------------------ messages */

static gboolean
is_key_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

char *
sb_policy_message_in_words (const char *message)
{
  GString *out = g_string_new (NULL);
  const char *p = message;

  if (message == NULL)
    return g_string_free (out, FALSE);
  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "params.") && is_key_char (p[7])
          && (p == message || !is_key_char (p[-1])))
        {
          const char *k = p + 7, *e = k;
          g_autofree char *key = NULL;

          while (is_key_char (*e))
            e++;
          key = g_strndup (k, e - k);
          /* TRANSLATORS: a profile parameter named in a message: 参数“离岸服务外包业务收入占比下限” */
          g_string_append_printf (out, _("parameter “%s”"), sb_policy_param_label (key));
          p = e;
          /* the value's inner path stays out of sight, except a list item */
          if (g_str_has_prefix (p, ".value"))
            p += 6;
          if (*p == '[')
            {
              const char *close = strchr (p, ']');
              if (close != NULL)
                {
                  g_autofree char *index = g_strndup (p + 1, close - p - 1);
                  gint64 n = g_ascii_strtoll (index, NULL, 10);
                  /* TRANSLATORS: the N-th item of a list parameter */
                  g_string_append_printf (out, _(", item %" PRId64), n + 1);
                  p = close + 1;
                }
            }
          while (*p == '.' && is_key_char (p[1]))
            {
              const char *f = p + 1, *fe = f;
              while (is_key_char (*fe))
                fe++;
              if (strncmp (f, "source", 6) == 0 && fe - f == 6)
                g_string_append (out, _(" (source)"));
              else if (strncmp (f, "quote", 5) == 0 && fe - f == 5)
                g_string_append (out, _(" quote"));
              else if (strncmp (f, "notice", 6) == 0 && fe - f == 6)
                g_string_append (out, _(" notice"));
              else if (strncmp (f, "article", 7) == 0 && fe - f == 7)
                g_string_append (out, _(" article"));
              else
                g_string_append_len (out, f - 1, fe - f + 1);
              p = fe;
            }
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The notice year as a dash-separated part of the id ("tase-dalian-2026"). */
static gboolean
id_carries_year (const char *id, int year)
{
  g_auto(GStrv) parts = g_strsplit (id, "-", -1);
  g_autofree char *y = g_strdup_printf ("%d", year);

  return g_strv_contains ((const char * const *) parts, y);
}

static gboolean
id_is_plain (const char *id)
{
  if (*id == '\0')
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
sb_policy_check_new_id (SbPolicy *policy, GError **error)
{
  const char *id = sb_policy_get_id (policy);

  if (!id_is_plain (id))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("Policy profile %s: the id “%s” may have only lower-case letters, digits and dashes"),
                   sb_policy_get_origin (policy), id);
      return FALSE;
    }
  if (!id_carries_year (id, sb_policy_get_year (policy)))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("Policy profile %s: the id “%s” must carry the notice year %d (such as “%s-%d”)"),
                   sb_policy_get_origin (policy), id, sb_policy_get_year (policy),
                   sb_policy_get_program (policy), sb_policy_get_year (policy));
      return FALSE;
    }
  return TRUE;
}

gboolean
sb_policy_validate_user (SbPolicy *policy, GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!sb_policy_validate (policy, &local_error))
    {
      g_autofree char *words = sb_policy_message_in_words (local_error->message);

      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, words);
      return FALSE;
    }
  return TRUE;
}
