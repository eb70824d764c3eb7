/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-park-firm-row.h: one key firm of a digital service park (附件6).
 *
 * Properties (strings, NULL when absent): "name", "scope", "contact", "phone".
 * Kept in the dossier as JSON rows (README.md). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_PARK_FIRM_ROW (sb_park_firm_row_get_type ())

G_DECLARE_FINAL_TYPE (SbParkFirmRow, sb_park_firm_row, SB, PARK_FIRM_ROW, SbModelObject)

SbParkFirmRow *sb_park_firm_row_new (void);

G_END_DECLS
