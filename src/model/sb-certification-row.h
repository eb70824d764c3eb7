/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-certification-row.h: one fee line of an international certification (附件5).
 *
 * Properties: "name" (the certification; lines with one name are one item),
 * "kind" (new, review, maintenance, upgrade … free text), "date" (guint
 * SbDate of the invoice, 0 absent), "fee" (gint64 fen, SB_UNSET absent),
 * "certified-on" (guint SbDate of the certificate, 认证时间; 0 absent). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_CERTIFICATION_ROW (sb_certification_row_get_type ())

G_DECLARE_FINAL_TYPE (SbCertificationRow, sb_certification_row, SB, CERTIFICATION_ROW, SbModelObject)

SbCertificationRow *sb_certification_row_new (void);

G_END_DECLS
