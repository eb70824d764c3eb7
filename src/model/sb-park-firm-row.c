/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-park-firm-row.h"

#include "sb-model-private.h"

struct _SbParkFirmRow
{
  SbModelObject parent_instance;

  char *name;
  char *scope;
  char *contact;
  char *phone;
};

G_DEFINE_FINAL_TYPE (SbParkFirmRow, sb_park_firm_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_SCOPE,
  PROP_CONTACT,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbParkFirmRow, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name), .json_key = "name" },
  { PROP_SCOPE, "scope", SB_FIELD_STRING, F (scope), .json_key = "scope" },
  { PROP_CONTACT, "contact", SB_FIELD_STRING, F (contact), .json_key = "contact" },
  { PROP_PHONE, "phone", SB_FIELD_STRING, F (phone), .json_key = "phone" },
};

#undef F

static void
sb_park_firm_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (object, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_park_firm_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (object, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_park_firm_row_finalize (GObject *object)
{
  sb_model_fields_clear (object, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_park_firm_row_parent_class)->finalize (object);
}

static void
sb_park_firm_row_class_init (SbParkFirmRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_park_firm_row_get_property;
  object_class->set_property = sb_park_firm_row_set_property;
  object_class->finalize = sb_park_firm_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_park_firm_row_init (SbParkFirmRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbParkFirmRow *
sb_park_firm_row_new (void)
{
  return g_object_new (SB_TYPE_PARK_FIRM_ROW, NULL);
}

SbModelObject *
sb_park_firm_row_new_from_json (JsonObject *object)
{
  SbModelObject *row = g_object_new (SB_TYPE_PARK_FIRM_ROW, NULL);

  sb_model_row_from_json (row, fields, SB_MODEL_FIELD_COUNT (fields), object);
  return row;
}

JsonObject *
sb_park_firm_row_to_json (SbModelObject *row)
{
  return sb_model_row_to_json (row, fields, SB_MODEL_FIELD_COUNT (fields));
}
