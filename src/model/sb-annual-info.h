/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-annual-info.h: the TASE annual information report (企业年度信息) claim.
 *
 * Properties: "year" (int, the reported year; 0 unset), "profile" (the TASE
 * policy profile id). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_ANNUAL_INFO (sb_annual_info_get_type ())

G_DECLARE_FINAL_TYPE (SbAnnualInfo, sb_annual_info, SB, ANNUAL_INFO, SbModelObject)

SbAnnualInfo *sb_annual_info_new (void);

G_END_DECLS
