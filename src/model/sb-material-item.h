/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-material-item.h: one item of a TASE materials checklist.
 *
 * Properties: "id" (construct-only: the profile's key of the item), "title",
 * "done" (gboolean: the material is ready), "note" (free text).  Kept in the
 * dossier as tase.materials [{id, title, done, note}]. */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_MATERIAL_ITEM (sb_material_item_get_type ())

G_DECLARE_FINAL_TYPE (SbMaterialItem, sb_material_item, SB, MATERIAL_ITEM, SbModelObject)

SbMaterialItem *sb_material_item_new    (const char     *id,
                                        const char     *title);
const char     *sb_material_item_get_id (SbMaterialItem *self);

G_END_DECLS
