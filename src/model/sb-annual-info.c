/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-annual-info.h"

#include "sb-model-private.h"

struct _SbAnnualInfo
{
  SbModelObject parent_instance;

  int      year;
  char    *profile;
};

G_DEFINE_FINAL_TYPE (SbAnnualInfo, sb_annual_info, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_YEAR,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbAnnualInfo, member)

static const SbField fields[] = {
  { PROP_YEAR, "year", SB_FIELD_INT, F (year), .min = 0, .max = 9999, .dflt = 0 },
  { PROP_PROFILE, "profile", SB_FIELD_STRING, F (profile) },
};

#undef F

static void
sb_annual_info_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbAnnualInfo *self = SB_ANNUAL_INFO (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_annual_info_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbAnnualInfo *self = SB_ANNUAL_INFO (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_annual_info_finalize (GObject *object)
{
  SbAnnualInfo *self = SB_ANNUAL_INFO (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_annual_info_parent_class)->finalize (object);
}

static void
sb_annual_info_class_init (SbAnnualInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_annual_info_get_property;
  object_class->set_property = sb_annual_info_set_property;
  object_class->finalize = sb_annual_info_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_annual_info_init (SbAnnualInfo *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbAnnualInfo *
sb_annual_info_new (void)
{
  return g_object_new (SB_TYPE_ANNUAL_INFO, NULL);
}

SbAnnualInfo *
sb_annual_info_new_from_dossier (const SbAnnualClaim *d)
{
  SbAnnualInfo *self = g_object_new (SB_TYPE_ANNUAL_INFO, NULL);

  self->year = d->year;
  self->profile = g_strdup (d->profile);
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

SbAnnualClaim *
sb_annual_info_to_dossier (SbAnnualInfo *self,
                           gboolean      with_extra)
{
  SbAnnualClaim *d = g_new0 (SbAnnualClaim, 1);

  d->year = self->year;
  d->profile = g_strdup (self->profile);
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
