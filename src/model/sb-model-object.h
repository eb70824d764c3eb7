/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-model-object.h: the base of the model's objects; "changed" fires on any
 * edit of the object or of anything below it (list rows, claims). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SB_TYPE_MODEL_OBJECT (sb_model_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (SbModelObject, sb_model_object, SB, MODEL_OBJECT, GObject)

struct _SbModelObjectClass
{
  GObjectClass parent_class;

  /* the class handler of "changed" (may be NULL); it runs before the
   * connected handlers (G_SIGNAL_RUN_FIRST) */
  void (*changed) (SbModelObject *self);
};

G_END_DECLS
