/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-firm-row.h"

#include "sb-model-private.h"

struct _SbFirmRow
{
  SbModelObject parent_instance;

  char    *name;
  char    *credit_code;
  char    *service;
};

G_DEFINE_FINAL_TYPE (SbFirmRow, sb_firm_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_CREDIT_CODE,
  PROP_SERVICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbFirmRow, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name) },
  { PROP_CREDIT_CODE, "credit-code", SB_FIELD_STRING, F (credit_code) },
  { PROP_SERVICE, "service", SB_FIELD_STRING, F (service) },
};

#undef F

static void
sb_firm_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SbFirmRow *self = SB_FIRM_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_firm_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SbFirmRow *self = SB_FIRM_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_firm_row_finalize (GObject *object)
{
  SbFirmRow *self = SB_FIRM_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_firm_row_parent_class)->finalize (object);
}

static void
sb_firm_row_class_init (SbFirmRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_firm_row_get_property;
  object_class->set_property = sb_firm_row_set_property;
  object_class->finalize = sb_firm_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_firm_row_init (SbFirmRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbFirmRow *
sb_firm_row_new (void)
{
  return g_object_new (SB_TYPE_FIRM_ROW, NULL);
}

SbFirmRow *
sb_firm_row_new_from_dossier (const SbFirm *d)
{
  SbFirmRow *self = g_object_new (SB_TYPE_FIRM_ROW, NULL);

  self->name = g_strdup (d->name);
  self->credit_code = g_strdup (d->credit_code);
  self->service = g_strdup (d->service);
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

SbFirm *
sb_firm_row_to_dossier (SbFirmRow *self,
                                 gboolean            with_extra)
{
  SbFirm *d = sb_firm_new ();

  d->name = g_strdup (self->name);
  d->credit_code = g_strdup (self->credit_code);
  d->service = g_strdup (self->service);
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
