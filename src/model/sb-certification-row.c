/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-certification-row.h"

#include "sb-model-private.h"

struct _SbCertificationRow
{
  SbModelObject parent_instance;

  char    *name;
  char    *kind;
  SbDate   date;
  gint64   fee;
  SbDate   certified_on;
};

G_DEFINE_FINAL_TYPE (SbCertificationRow, sb_certification_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_DATE,
  PROP_FEE,
  PROP_CERTIFIED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbCertificationRow, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name) },
  { PROP_KIND, "kind", SB_FIELD_STRING, F (kind) },
  { PROP_DATE, "date", SB_FIELD_DATE, F (date) },
  { PROP_FEE, "fee", SB_FIELD_MONEY, F (fee) },
  { PROP_CERTIFIED_ON, "certified-on", SB_FIELD_DATE, F (certified_on) },
};

#undef F

static void
sb_certification_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SbCertificationRow *self = SB_CERTIFICATION_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_certification_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SbCertificationRow *self = SB_CERTIFICATION_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_certification_row_finalize (GObject *object)
{
  SbCertificationRow *self = SB_CERTIFICATION_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_certification_row_parent_class)->finalize (object);
}

static void
sb_certification_row_class_init (SbCertificationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_certification_row_get_property;
  object_class->set_property = sb_certification_row_set_property;
  object_class->finalize = sb_certification_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_certification_row_init (SbCertificationRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbCertificationRow *
sb_certification_row_new (void)
{
  return g_object_new (SB_TYPE_CERTIFICATION_ROW, NULL);
}

SbCertificationRow *
sb_certification_row_new_from_dossier (const SbCertLine *d)
{
  SbCertificationRow *self = g_object_new (SB_TYPE_CERTIFICATION_ROW, NULL);

  self->name = g_strdup (d->name);
  self->kind = g_strdup (d->kind);
  self->date = d->date;
  self->fee = d->fee;
  self->certified_on = d->certified_on;
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

SbCertLine *
sb_certification_row_to_dossier (SbCertificationRow *self,
                                 gboolean            with_extra)
{
  SbCertLine *d = sb_cert_line_new ();

  d->name = g_strdup (self->name);
  d->kind = g_strdup (self->kind);
  d->date = self->date;
  d->fee = self->fee;
  d->certified_on = self->certified_on;
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
