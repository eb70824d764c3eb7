/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-ip-item.h"

#include "sb-model-private.h"

struct _SbIpItem
{
  SbModelObject parent_instance;

  char    *name;
  int      kind;
  char    *number;
  SbDate   date;
  gboolean used_before;
};

G_DEFINE_FINAL_TYPE (SbIpItem, sb_ip_item, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_NUMBER,
  PROP_DATE,
  PROP_USED_BEFORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbIpItem, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name), .json_key = "name" },
  { PROP_KIND, "kind", SB_FIELD_ENUM, F (kind),
    .json_key = "kind", .enum_type = sb_ip_class_get_type, .dflt = SB_IP_CLASS_UNSET },
  { PROP_NUMBER, "number", SB_FIELD_STRING, F (number), .json_key = "number" },
  { PROP_DATE, "date", SB_FIELD_DATE, F (date), .json_key = "date" },
  { PROP_USED_BEFORE, "used-before", SB_FIELD_BOOLEAN, F (used_before), .json_key = "used_before" },
};

#undef F

static void
sb_ip_item_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbIpItem *self = SB_IP_ITEM (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_ip_item_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SbIpItem *self = SB_IP_ITEM (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_ip_item_finalize (GObject *object)
{
  SbIpItem *self = SB_IP_ITEM (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_ip_item_parent_class)->finalize (object);
}

static void
sb_ip_item_class_init (SbIpItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_ip_item_get_property;
  object_class->set_property = sb_ip_item_set_property;
  object_class->finalize = sb_ip_item_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_ip_item_init (SbIpItem *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbIpItem *
sb_ip_item_new (void)
{
  return g_object_new (SB_TYPE_IP_ITEM, NULL);
}

SbModelObject *
sb_ip_item_new_from_json (JsonObject *object)
{
  SbModelObject *row = g_object_new (SB_TYPE_IP_ITEM, NULL);

  sb_model_row_from_json (row, fields, SB_MODEL_FIELD_COUNT (fields), object);
  return row;
}

JsonObject *
sb_ip_item_to_json (SbModelObject *row)
{
  return sb_model_row_to_json (row, fields, SB_MODEL_FIELD_COUNT (fields));
}
