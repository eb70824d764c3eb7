/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-platform-project.h: one public service platform project of a trade-fund claim.
 *
 * Properties: "kind" (SbPlatformKind: construction or O&M; a unit has at
 * most one of each), "built-on" (guint SbDate, 0 absent), "firms-served"
 * (gint64, SB_UNSET absent); "expenses" (GListModel of SbExpenseRow,
 * read-only: purchase costs of a construction project, O&M costs of an O&M
 * one); "name" (平台名称), "services" (平台主要服务内容), strings;
 * "first-service-year", "first-service-month" (投入运营并提供首次服务时间,
 * 0 absent; written only when both are set), and "first-service" (guint
 * SbDate: the first of that month, 0 absent; a date set keeps its month);
 * "firms" (GListModel of
 * SbFirmRow, read-only: the firms served, 附件4). */
#pragma once

#include "sb-model-object.h"
#include "sb-dossier.h"
#include "sb-expense-row.h"
#include "sb-firm-row.h"
#include "sb-model-enums.h"

G_BEGIN_DECLS

#define SB_TYPE_PLATFORM_PROJECT (sb_platform_project_get_type ())

G_DECLARE_FINAL_TYPE (SbPlatformProject, sb_platform_project, SB, PLATFORM_PROJECT, SbModelObject)

SbPlatformProject *sb_platform_project_new            (SbPlatformKind     kind);

/* (transfer none): a list of SbExpenseRow */
GListModel        *sb_platform_project_get_expenses   (SbPlatformProject *self);
void               sb_platform_project_insert_expense (SbPlatformProject *self,
                                                       guint              position,
                                                       SbExpenseRow      *row);
void               sb_platform_project_add_expense    (SbPlatformProject *self,
                                                       SbExpenseRow      *row);
void               sb_platform_project_remove_expense (SbPlatformProject *self,
                                                       guint              position);

/* (transfer none): a list of SbFirmRow */
GListModel        *sb_platform_project_get_firms      (SbPlatformProject *self);
void               sb_platform_project_insert_firm    (SbPlatformProject *self,
                                                       guint              position,
                                                       SbFirmRow         *row);
void               sb_platform_project_remove_firm    (SbPlatformProject *self,
                                                       guint              position);

G_END_DECLS
