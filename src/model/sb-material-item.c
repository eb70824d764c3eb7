/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-material-item.h"

#include "sb-model-private.h"

struct _SbMaterialItem
{
  SbModelObject parent_instance;

  char    *id;
  char    *title;
  gboolean done;
  char    *note;
};

G_DEFINE_FINAL_TYPE (SbMaterialItem, sb_material_item, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DONE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbMaterialItem, member)

static const SbField fields[] = {
  { PROP_ID, "id", SB_FIELD_STRING, F (id), .json_key = "id", .flags = G_PARAM_CONSTRUCT_ONLY },
  { PROP_TITLE, "title", SB_FIELD_STRING, F (title), .json_key = "title" },
  { PROP_DONE, "done", SB_FIELD_BOOLEAN, F (done), .json_key = "done" },
  { PROP_NOTE, "note", SB_FIELD_STRING, F (note), .json_key = "note" },
};

#undef F

static void
sb_material_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbMaterialItem *self = SB_MATERIAL_ITEM (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_material_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SbMaterialItem *self = SB_MATERIAL_ITEM (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_material_item_finalize (GObject *object)
{
  SbMaterialItem *self = SB_MATERIAL_ITEM (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_material_item_parent_class)->finalize (object);
}

static void
sb_material_item_class_init (SbMaterialItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_material_item_get_property;
  object_class->set_property = sb_material_item_set_property;
  object_class->finalize = sb_material_item_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_material_item_init (SbMaterialItem *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbMaterialItem *
sb_material_item_new (const char *id,
                      const char *title)
{
  return g_object_new (SB_TYPE_MATERIAL_ITEM, "id", id, "title", title, NULL);
}

const char *
sb_material_item_get_id (SbMaterialItem *self)
{
  g_return_val_if_fail (SB_IS_MATERIAL_ITEM (self), NULL);

  return self->id;
}

SbModelObject *
sb_material_item_new_from_json (JsonObject *object)
{
  SbModelObject *row = g_object_new (SB_TYPE_MATERIAL_ITEM, NULL);

  sb_model_row_from_json (row, fields, SB_MODEL_FIELD_COUNT (fields), object);
  return row;
}

JsonObject *
sb_material_item_to_json (SbModelObject *row)
{
  return sb_model_row_to_json (row, fields, SB_MODEL_FIELD_COUNT (fields));
}
