/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-application.h: an HNTE (高新技术企业) recognition application.
 *
 * Properties: "apply-date" (guint SbDate, 0: the evaluation date stands in),
 * "profile" (the policy profile id); the innovation self-scores "score-ip"
 * (≤ 30), "score-conversion" (≤ 30), "score-rd-management" (≤ 20) and
 * "conversion-results" (results converted in three years) — gint64, SB_UNSET
 * absent; "ip-items" (GListModel of SbIpItem, read-only), kept in the dossier
 * as hnte.ip_items. */
#pragma once

#include "sb-model-object.h"
#include "sb-ip-item.h"

G_BEGIN_DECLS

#define SB_TYPE_HNTE_APPLICATION (sb_hnte_application_get_type ())

G_DECLARE_FINAL_TYPE (SbHnteApplication, sb_hnte_application, SB, HNTE_APPLICATION, SbModelObject)

SbHnteApplication *sb_hnte_application_new            (void);

/* (transfer none): a list of SbIpItem */
GListModel        *sb_hnte_application_get_ip_items   (SbHnteApplication *self);
void               sb_hnte_application_insert_ip_item (SbHnteApplication *self,
                                                       guint              position,
                                                       SbIpItem          *item);
void               sb_hnte_application_add_ip_item    (SbHnteApplication *self,
                                                       SbIpItem          *item);
void               sb_hnte_application_remove_ip_item (SbHnteApplication *self,
                                                       guint              position);

G_END_DECLS
