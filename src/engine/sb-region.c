/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-region.h"

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
  { "liaoning", "辽宁省" }, { "shenyang", "沈阳市" }, { "beijing", "北京市" },
  { "shanghai", "上海市" }, { "tianjin", "天津市" }, { "chongqing", "重庆市" },
  { "jiangsu", "江苏省" }, { "nanjing", "南京市" }, { "suzhou", "苏州市" },
  { "wuxi", "无锡市" }, { "shandong", "山东省" }, { "jinan", "济南市" },
  { "qingdao", "青岛市" }, { "xiamen", "厦门市" }, { "fujian", "福建省" },
  { "fuzhou", "福州市" }, { "hubei", "湖北省" }, { "wuhan", "武汉市" },
  { "sichuan", "四川省" }, { "chengdu", "成都市" }, { "shaanxi", "陕西省" },
  { "xian", "西安市" }, { "hunan", "湖南省" }, { "changsha", "长沙市" },
  { "anhui", "安徽省" }, { "hefei", "合肥市" }, { "heilongjiang", "黑龙江省" },
  { "harbin", "哈尔滨市" }, { "jilin", "吉林省" }, { "changchun", "长春市" },
  { "henan", "河南省" }, { "zhengzhou", "郑州市" }, { "jiangxi", "江西省" },
  { "nanchang", "南昌市" }, { "guangxi", "广西壮族自治区" }, { "nanning", "南宁市" },
  { "yunnan", "云南省" }, { "kunming", "昆明市" }, { "hainan", "海南省" },
  { "haikou", "海口市" }, { "hebei", "河北省" }, { "shijiazhuang", "石家庄市" },
  { "shanxi", "山西省" }, { "taiyuan", "太原市" }, { "guizhou", "贵州省" },
  { "guiyang", "贵阳市" }, { "gansu", "甘肃省" }, { "lanzhou", "兰州市" },
};

const char *
sb_region_name (const char *code)
{
  if (code == NULL)
    return "";
  for (gsize i = 0; i < G_N_ELEMENTS (regions); i++)
    if (g_ascii_strcasecmp (regions[i].code, code) == 0)
      return regions[i].name;
  return code;
}

char *
sb_region_names_join (const char * const *codes)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, "、");
      g_string_append (s, sb_region_name (codes[i]));
    }
  return g_string_free (s, FALSE);
}
