/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ip-item.h: one item of intellectual property of an HNTE application.
 *
 * Properties: "name", "number" (the certificate or registration number),
 * "kind" (SbIpClass: class I or II), "date" (guint SbDate of grant, 0 absent),
 * "used-before" (gboolean: used in an earlier recognition).  Kept in the
 * dossier as hnte.ip_items [{name, kind "I"/"II", number, date, used_before}]. */
#pragma once

#include "sb-model-object.h"
#include "sb-model-enums.h"

G_BEGIN_DECLS

#define SB_TYPE_IP_ITEM (sb_ip_item_get_type ())

G_DECLARE_FINAL_TYPE (SbIpItem, sb_ip_item, SB, IP_ITEM, SbModelObject)

SbIpItem *sb_ip_item_new (void);

G_END_DECLS
