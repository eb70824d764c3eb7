/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-registry.c: the list of official tables and their builders. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-builders.h"
#include "sb-idcheck.h"

/* Titles exactly as the notices write them (../shared/seeds). */
static const SbFormInfo forms[] = {
  { "tase-summary", "技术先进型服务企业申报推荐汇总表", "tase", NULL, sb_form_build_tase_summary },
  { "tase-annex3", "技术先进型服务业务收入及离岸外包收入明细表", "tase", sb_form_build_tase_annex3, NULL },
  { "tase-materials", "需提交的申报材料", "tase", sb_form_build_tase_materials, NULL },
  { "tase-self-assessment", "技术先进型服务企业认定条件自评表", "tase", sb_form_build_tase_self, NULL },
  { "annual-report", "企业年度信息", "annual_report", sb_form_build_annual_report, NULL },
  { "tf-annex1", "承诺书", "trade_fund", sb_form_build_tf_annex1, NULL },
  { "tf-annex2", "服务贸易、服务外包公共服务能力提升支持资金申请表", "trade_fund", sb_form_build_tf_annex2, NULL },
  { "tf-annex3", "支持期内公共平台软硬件购置和运营维护费用支出清单", "trade_fund", sb_form_build_tf_annex3, NULL },
  { "tf-annex4", "支持期内公共平台服务我市服务贸易、服务外包企业情况表", "trade_fund", sb_form_build_tf_annex4, NULL },
  { "tf-annex5", "2024年服务外包企业国际资质认证申请表", "trade_fund", sb_form_build_tf_annex5, NULL },
  { "tf-annex6", "2024年入驻数字服务集聚园区的重点企业明细表", "trade_fund", sb_form_build_tf_annex6, NULL },
  { "tf-annex7", "2024年人才培训领军机构项目资金申报表", "trade_fund", sb_form_build_tf_annex7, NULL },
  { "tf-annex8", "2024年人才培训领军机构培训人员汇总表", "trade_fund", sb_form_build_tf_annex8, NULL },
  { "tf-annex9", "2024年服务外包业务贴息支持申请表", "trade_fund", sb_form_build_tf_annex9, NULL },
  { "tf-summary", "2024年支持服务贸易创新发展项目申请汇总表", "trade_fund", NULL, sb_form_build_tf_summary },
  { "hnte-self-assessment", "高新技术企业认定条件自评表", "hnte", sb_form_build_hnte_self, NULL },
};

const SbFormInfo *
sb_form_list (guint *n_forms)
{
  if (n_forms != NULL)
    *n_forms = G_N_ELEMENTS (forms);
  return forms;
}

const SbFormInfo *
sb_form_lookup (const char *id_or_title)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_strcmp0 (forms[i].id, id_or_title) == 0
        || g_strcmp0 (forms[i].title, id_or_title) == 0)
      return &forms[i];
  return NULL;
}

SbForm *
sb_form_build (const char *id, const SbFormInput *input, GError **error)
{
  const SbFormInfo *info = sb_form_lookup (id);

  if (info == NULL)
    {
      g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE,
                   _("There is no table “%s”; `shenbao-cli tables` lists them"), id);
      return NULL;
    }
  if (info->build != NULL)
    {
      SbForm *form = info->build (input, error);
      g_autofree char *problem = NULL;

      /* every form of one company prints its code: a wrong one is said */
      if (form != NULL && input->dossier != NULL)
        problem = sb_credit_code_problem (input->dossier->company.credit_code,
                                          _("Unified social credit code"));
      if (problem != NULL)
        sb_form_add_warning (form, "%s", problem);
      return form;
    }
  else
    {
      g_autoptr(GPtrArray) inputs = g_ptr_array_new ();

      g_ptr_array_add (inputs, (gpointer) input);
      return info->build_many (inputs, error);
    }
}
