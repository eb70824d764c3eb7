/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-staff-month-row.h"

#include "sb-model-private.h"

struct _SbStaffMonthRow
{
  SbModelObject parent_instance;

  int      month;
  gint64   total_start;
  gint64   total_end;
  gint64   degree_start;
  gint64   degree_end;
  gint64   st_start;
  gint64   st_end;
};

G_DEFINE_FINAL_TYPE (SbStaffMonthRow, sb_staff_month_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_MONTH,
  PROP_TOTAL_START,
  PROP_TOTAL_END,
  PROP_DEGREE_START,
  PROP_DEGREE_END,
  PROP_ST_START,
  PROP_ST_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbStaffMonthRow, member)

static const SbField fields[] = {
  { PROP_MONTH, "month", SB_FIELD_INT, F (month),
    .min = 1, .max = 12, .dflt = 1, .flags = G_PARAM_CONSTRUCT_ONLY },
  { PROP_TOTAL_START, "total-start", SB_FIELD_COUNT, F (total_start) },
  { PROP_TOTAL_END, "total-end", SB_FIELD_COUNT, F (total_end) },
  { PROP_DEGREE_START, "degree-start", SB_FIELD_COUNT, F (degree_start) },
  { PROP_DEGREE_END, "degree-end", SB_FIELD_COUNT, F (degree_end) },
  { PROP_ST_START, "st-start", SB_FIELD_COUNT, F (st_start) },
  { PROP_ST_END, "st-end", SB_FIELD_COUNT, F (st_end) },
};

#undef F

static void
sb_staff_month_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SbStaffMonthRow *self = SB_STAFF_MONTH_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_staff_month_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SbStaffMonthRow *self = SB_STAFF_MONTH_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_staff_month_row_finalize (GObject *object)
{
  SbStaffMonthRow *self = SB_STAFF_MONTH_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_staff_month_row_parent_class)->finalize (object);
}

static void
sb_staff_month_row_class_init (SbStaffMonthRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_staff_month_row_get_property;
  object_class->set_property = sb_staff_month_row_set_property;
  object_class->finalize = sb_staff_month_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_staff_month_row_init (SbStaffMonthRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbStaffMonthRow *
sb_staff_month_row_new (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_object_new (SB_TYPE_STAFF_MONTH_ROW, "month", month, NULL);
}

int
sb_staff_month_row_get_month (SbStaffMonthRow *self)
{
  g_return_val_if_fail (SB_IS_STAFF_MONTH_ROW (self), 0);

  return self->month;
}

SbStaffMonthRow *
sb_staff_month_row_new_from_dossier (const SbStaffMonth *d)
{
  SbStaffMonthRow *self = g_object_new (SB_TYPE_STAFF_MONTH_ROW, NULL);

  self->month = d->month;   /* as given: sb_enterprise_check() names a month out of range */
  self->total_start = d->total_start;
  self->total_end = d->total_end;
  self->degree_start = d->degree_start;
  self->degree_end = d->degree_end;
  self->st_start = d->st_start;
  self->st_end = d->st_end;
  return self;
}

void
sb_staff_month_row_to_dossier (SbStaffMonthRow *self,
                               SbStaffMonth    *d)
{
  d->month = self->month;
  d->total_start = self->total_start;
  d->total_end = self->total_end;
  d->degree_start = self->degree_start;
  d->degree_end = self->degree_end;
  d->st_start = self->st_start;
  d->st_end = self->st_end;
}
