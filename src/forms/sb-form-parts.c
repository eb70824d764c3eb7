/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-parts.c: the pieces the TASE, annual report and HNTE tables share. */
#include "config.h"

#include "sb-form-parts.h"

#include <string.h>

typedef struct
{
  const char *code;
  const char *name;
} Name;

/* The region codes of the profiles (data/policies), and their neighbours. */
static const Name regions[] = {
  { "dalian", "大连市" }, { "shenzhen", "深圳市" }, { "ningbo", "宁波市" },
  { "guangdong", "广东省" }, { "guangzhou", "广州市" }, { "zhuhai", "珠海市" },
  { "shantou", "汕头市" }, { "foshan", "佛山市" }, { "shaoguan", "韶关市" },
  { "heyuan", "河源市" }, { "meizhou", "梅州市" }, { "huizhou", "惠州市" },
  { "shanwei", "汕尾市" }, { "dongguan", "东莞市" }, { "zhongshan", "中山市" },
  { "jiangmen", "江门市" }, { "yangjiang", "阳江市" }, { "zhanjiang", "湛江市" },
  { "maoming", "茂名市" }, { "zhaoqing", "肇庆市" }, { "qingyuan", "清远市" },
  { "chaozhou", "潮州市" }, { "jieyang", "揭阳市" }, { "yunfu", "云浮市" },
  { "zhejiang", "浙江省" }, { "hangzhou", "杭州市" }, { "wenzhou", "温州市" },
  { "jiaxing", "嘉兴市" }, { "huzhou", "湖州市" }, { "shaoxing", "绍兴市" },
  { "jinhua", "金华市" }, { "quzhou", "衢州市" }, { "zhoushan", "舟山市" },
  { "taizhou", "台州市" }, { "lishui", "丽水市" },
};

/* ISO 3166 codes of the usual outsourcing clients' countries and regions. */
static const Name countries[] = {
  { "CN", "中国" }, { "HK", "中国香港" }, { "MO", "中国澳门" }, { "TW", "中国台湾" },
  { "JP", "日本" }, { "KR", "韩国" }, { "SG", "新加坡" }, { "MY", "马来西亚" },
  { "TH", "泰国" }, { "VN", "越南" }, { "ID", "印度尼西亚" }, { "PH", "菲律宾" },
  { "IN", "印度" }, { "AE", "阿联酋" }, { "SA", "沙特阿拉伯" }, { "IL", "以色列" },
  { "US", "美国" }, { "CA", "加拿大" }, { "MX", "墨西哥" }, { "BR", "巴西" },
  { "GB", "英国" }, { "IE", "爱尔兰" }, { "DE", "德国" }, { "FR", "法国" },
  { "NL", "荷兰" }, { "BE", "比利时" }, { "LU", "卢森堡" }, { "CH", "瑞士" },
  { "AT", "奥地利" }, { "IT", "意大利" }, { "ES", "西班牙" }, { "PT", "葡萄牙" },
  { "SE", "瑞典" }, { "NO", "挪威" }, { "DK", "丹麦" }, { "FI", "芬兰" },
  { "PL", "波兰" }, { "CZ", "捷克" }, { "HU", "匈牙利" }, { "RU", "俄罗斯" },
  { "AU", "澳大利亚" }, { "NZ", "新西兰" }, { "ZA", "南非" },
};

static const char *
lookup (const Name *names, gsize n, const char *code)
{
  if (code == NULL)
    return "";
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (names[i].code, code) == 0)
      return names[i].name;
  return code;
}

const char *
sb_form_region_name (const char *code)
{
  return lookup (regions, G_N_ELEMENTS (regions), code);
}

const char *
sb_form_country_name (const char *code)
{
  return lookup (countries, G_N_ELEMENTS (countries), code);
}

const char *
sb_form_status_text (SbStatus status)
{
  switch (status)
    {
    case SB_STATUS_PASS:
      return "符合";
    case SB_STATUS_FAIL:
      return "不符合";
    case SB_STATUS_DECLARED:
      return "已声明";
    case SB_STATUS_NOT_APPLICABLE:
      return "不适用";
    case SB_STATUS_MISSING:
    default:
      return "缺少数据";
    }
}

const char *
sb_form_tri_text (SbTri value)
{
  switch (value)
    {
    case SB_TRI_TRUE:
      return "是";
    case SB_TRI_FALSE:
      return "否";
    case SB_TRI_UNSET:
    default:
      return "";
    }
}

char *
sb_form_cell_text (SbCellKind kind, gint64 value)
{
  SbCell cell = { .kind = kind, .value = value, .col_span = 1, .row_span = 1 };

  return sb_cell_format (&cell);
}

char *
sb_form_rate_text (SbRatio rate)
{
  char *s = sb_ratio_format (sb_ratio (rate.num * 100, rate.den), 4);
  char *end;

  if (s == NULL)
    return g_strdup ("");
  end = s + strlen (s) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return s;
}

char *
sb_form_check_text (const SbCheck *check)
{
  g_autofree char *amount = NULL;

  if (check == NULL)
    return g_strdup ("");
  if (check->status != SB_STATUS_FAIL)
    return g_strdup (sb_form_status_text (check->status));
  switch (check->shortfall_unit)
    {
    case SB_UNIT_FEN:
      amount = sb_form_cell_text (SB_CELL_MONEY, check->shortfall);
      return g_strdup_printf ("不符合（尚差 %s 元）", amount);
    case SB_UNIT_PERSONS:
      return g_strdup_printf ("不符合（尚差 %" G_GINT64_FORMAT " 人）", check->shortfall);
    case SB_UNIT_POINTS:
      return g_strdup_printf ("不符合（尚差 %" G_GINT64_FORMAT " 分）", check->shortfall);
    case SB_UNIT_DAYS:
      return g_strdup_printf ("不符合（尚差 %" G_GINT64_FORMAT " 天）", check->shortfall);
    default:
      return g_strdup (sb_form_status_text (check->status));
    }
}

char *
sb_form_tax_note (const SbTaseRules *rules, int year)
{
  g_autofree char *standard = sb_form_rate_text (rules->tax_rate_standard);
  g_autofree char *reduced = sb_form_rate_text (rules->tax_rate_reduced);

  return g_strdup_printf ("注：减免额为估算，按%d年度应纳税所得额 ×（%s%% − %s%%）计算；"
                          "小型微利企业或已按 %s%% 税率缴纳企业所得税的企业减免较少或没有减免。",
                          year, standard, reduced, reduced);
}

SbTableRow *
sb_form_add_section (SbTable *table, const char *text)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
  SbCell *cell = sb_row_add_text (row, text);

  cell->col_span = sb_table_get_n_columns (table);
  cell->bold = TRUE;
  cell->align = SB_CELL_ALIGN_LEFT;
  return row;
}

SbTableRow *
sb_form_add_label (SbTable *table, const char *label, guint label_cols)
{
  SbTableRow *row = sb_table_add_row (table, SB_ROW_BODY);
  SbCell *cell = sb_row_add_text (row, label);

  cell->col_span = MAX (label_cols, 1);
  cell->wrap = TRUE;
  return row;
}

SbTableRow *
sb_form_add_text_line (SbTable *table, const char *label, guint label_cols, const char *text)
{
  SbTableRow *row = sb_form_add_label (table, label, label_cols);
  SbCell *cell = sb_row_add_text (row, text);

  cell->col_span = sb_table_get_n_columns (table) - MAX (label_cols, 1);
  cell->wrap = TRUE;
  return row;
}

char *
sb_form_seal_line (const char *label, const char *name)
{
  return g_strconcat (label, name != NULL ? name : "", SB_FORM_SEAL_SPACE, NULL);
}

void
sb_form_add_signature (SbTable *table)
{
  sb_table_add_below (table, "申报单位（盖章）：" SB_FORM_SEAL_SPACE);
  sb_table_add_below (table, "日期：　　　　年　　月　　日");
}

const SbCheck *
sb_form_find_check (GPtrArray *checks, const char *id, int year)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const SbCheck *check = g_ptr_array_index (checks, i);

      if (g_strcmp0 (check->id, id) == 0 && check->year == year)
        return check;
    }
  return NULL;
}
