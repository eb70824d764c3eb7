/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-trainee-row.h"

#include "sb-model-private.h"

struct _SbTraineeRow
{
  SbModelObject parent_instance;

  char *name;
  char *id_no;
  char *school;
  char *graduated;
  char *degree;
  char *course;
  char *hours;
  char *contact;
  char *note;
};

G_DEFINE_FINAL_TYPE (SbTraineeRow, sb_trainee_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_ID_NO,
  PROP_SCHOOL,
  PROP_GRADUATED,
  PROP_DEGREE,
  PROP_COURSE,
  PROP_HOURS,
  PROP_CONTACT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbTraineeRow, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name), .json_key = "name" },
  { PROP_ID_NO, "id-no", SB_FIELD_STRING, F (id_no), .json_key = "id_no" },
  { PROP_SCHOOL, "school", SB_FIELD_STRING, F (school), .json_key = "school" },
  { PROP_GRADUATED, "graduated", SB_FIELD_STRING, F (graduated), .json_key = "graduated" },
  { PROP_DEGREE, "degree", SB_FIELD_STRING, F (degree), .json_key = "degree" },
  { PROP_COURSE, "course", SB_FIELD_STRING, F (course), .json_key = "course" },
  { PROP_HOURS, "hours", SB_FIELD_STRING, F (hours), .json_key = "hours" },
  { PROP_CONTACT, "contact", SB_FIELD_STRING, F (contact), .json_key = "contact" },
  { PROP_NOTE, "note", SB_FIELD_STRING, F (note), .json_key = "note" },
};

#undef F

static void
sb_trainee_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
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
sb_trainee_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
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
sb_trainee_row_finalize (GObject *object)
{
  sb_model_fields_clear (object, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_trainee_row_parent_class)->finalize (object);
}

static void
sb_trainee_row_class_init (SbTraineeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_trainee_row_get_property;
  object_class->set_property = sb_trainee_row_set_property;
  object_class->finalize = sb_trainee_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_trainee_row_init (SbTraineeRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbTraineeRow *
sb_trainee_row_new (void)
{
  return g_object_new (SB_TYPE_TRAINEE_ROW, NULL);
}

SbModelObject *
sb_trainee_row_new_from_json (JsonObject *object)
{
  SbModelObject *row = g_object_new (SB_TYPE_TRAINEE_ROW, NULL);

  sb_model_row_from_json (row, fields, SB_MODEL_FIELD_COUNT (fields), object);
  return row;
}

JsonObject *
sb_trainee_row_to_json (SbModelObject *row)
{
  return sb_model_row_to_json (row, fields, SB_MODEL_FIELD_COUNT (fields));
}
