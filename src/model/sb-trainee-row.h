/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-trainee-row.h: one person trained by a leading training institution (附件8); "id-no" is the 身份证号, shown masked by the window except while edited.
 *
 * Properties (strings, NULL when absent): "name", "id-no", "school", "graduated", "degree", "course", "hours", "contact", "note".
 * Kept in the dossier as JSON rows (README.md). */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_TRAINEE_ROW (sb_trainee_row_get_type ())

G_DECLARE_FINAL_TYPE (SbTraineeRow, sb_trainee_row, SB, TRAINEE_ROW, SbModelObject)

SbTraineeRow *sb_trainee_row_new (void);

G_END_DECLS
