/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-platform-project.h"

#include "sb-model-private.h"

struct _SbPlatformProject
{
  SbModelObject parent_instance;

  int      kind;
  SbDate   built_on;
  gint64   firms_served;
  char    *name;
  char    *services;
  int      first_service_year;   /* 0: absent */
  int      first_service_month;

  GListStore *expenses;        /* SbExpenseRow */
  GListStore *firms;           /* SbFirmRow */
  gboolean    has_firms;       /* the key was imported (maybe []) */
};

G_DEFINE_FINAL_TYPE (SbPlatformProject, sb_platform_project, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_BUILT_ON,
  PROP_FIRMS_SERVED,
  PROP_NAME,
  PROP_SERVICES,
  PROP_FIRST_SERVICE_YEAR,
  PROP_FIRST_SERVICE_MONTH,
  PROP_FIRST_SERVICE,
  PROP_EXPENSES,
  PROP_FIRMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbPlatformProject, member)

static const SbField fields[] = {
  { PROP_KIND, "kind", SB_FIELD_ENUM, F (kind),
    .enum_type = sb_platform_kind_get_type, .dflt = SB_PLATFORM_CONSTRUCTION },
  { PROP_BUILT_ON, "built-on", SB_FIELD_DATE, F (built_on) },
  { PROP_FIRMS_SERVED, "firms-served", SB_FIELD_COUNT, F (firms_served) },
  { PROP_NAME, "name", SB_FIELD_STRING, F (name) },
  { PROP_SERVICES, "services", SB_FIELD_STRING, F (services) },
  { PROP_FIRST_SERVICE_YEAR, "first-service-year", SB_FIELD_INT, F (first_service_year),
    .min = 0, .max = 9999, .dflt = 0 },
  { PROP_FIRST_SERVICE_MONTH, "first-service-month", SB_FIELD_INT, F (first_service_month),
    .min = 0, .max = 12, .dflt = 0 },
};

#undef F

static void
sb_platform_project_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SbPlatformProject *self = SB_PLATFORM_PROJECT (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  if (prop_id == PROP_EXPENSES)
    {
      g_value_set_object (value, self->expenses);
      return;
    }
  if (prop_id == PROP_FIRMS)
    {
      g_value_set_object (value, self->firms);
      return;
    }
  if (prop_id == PROP_FIRST_SERVICE)
    {
      g_value_set_uint (value, self->first_service_year > 0 && self->first_service_month > 0
                               ? sb_date_from_ymd (self->first_service_year,
                                                   self->first_service_month, 1)
                               : SB_DATE_UNSET);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_platform_project_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SbPlatformProject *self = SB_PLATFORM_PROJECT (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  if (prop_id == PROP_FIRST_SERVICE)
    {
      SbDate date = g_value_get_uint (value);
      int y = 0, m = 0;

      if (date != SB_DATE_UNSET)
        {
          GDate gd;

          g_date_clear (&gd, 1);
          g_date_set_julian (&gd, date);
          y = g_date_get_year (&gd);
          m = g_date_get_month (&gd);
        }
      g_object_freeze_notify (object);
      g_object_set (object, "first-service-year", y, "first-service-month", m, NULL);
      g_object_notify_by_pspec (object, pspec);
      g_object_thaw_notify (object);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_platform_project_finalize (GObject *object)
{
  SbPlatformProject *self = SB_PLATFORM_PROJECT (object);

  g_clear_object (&self->expenses);
  g_clear_object (&self->firms);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_platform_project_parent_class)->finalize (object);
}

static void
sb_platform_project_class_init (SbPlatformProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_platform_project_get_property;
  object_class->set_property = sb_platform_project_set_property;
  object_class->finalize = sb_platform_project_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_EXPENSES] =
    g_param_spec_object ("expenses", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_SERVICE] =
    g_param_spec_uint ("first-service", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRMS] =
    g_param_spec_object ("firms", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_platform_project_init (SbPlatformProject *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->expenses = g_list_store_new (SB_TYPE_EXPENSE_ROW);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->expenses));
  self->firms = g_list_store_new (SB_TYPE_FIRM_ROW);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->firms));
}

SbPlatformProject *
sb_platform_project_new (SbPlatformKind kind)
{
  return g_object_new (SB_TYPE_PLATFORM_PROJECT, "kind", kind, NULL);
}

GListModel *
sb_platform_project_get_expenses (SbPlatformProject *self)
{
  g_return_val_if_fail (SB_IS_PLATFORM_PROJECT (self), NULL);

  return G_LIST_MODEL (self->expenses);
}

void
sb_platform_project_insert_expense (SbPlatformProject *self,
                                    guint              position,
                                    SbExpenseRow      *row)
{
  g_return_if_fail (SB_IS_PLATFORM_PROJECT (self));
  g_return_if_fail (SB_IS_EXPENSE_ROW (row));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->expenses)));

  g_list_store_insert (self->expenses, position, row);
}

void
sb_platform_project_add_expense (SbPlatformProject *self,
                                 SbExpenseRow      *row)
{
  g_return_if_fail (SB_IS_PLATFORM_PROJECT (self));

  sb_platform_project_insert_expense (self,
                                      g_list_model_get_n_items (G_LIST_MODEL (self->expenses)),
                                      row);
}

void
sb_platform_project_remove_expense (SbPlatformProject *self,
                                    guint              position)
{
  g_return_if_fail (SB_IS_PLATFORM_PROJECT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->expenses)));

  g_list_store_remove (self->expenses, position);
}

GListModel *
sb_platform_project_get_firms (SbPlatformProject *self)
{
  g_return_val_if_fail (SB_IS_PLATFORM_PROJECT (self), NULL);

  return G_LIST_MODEL (self->firms);
}

void
sb_platform_project_insert_firm (SbPlatformProject *self,
                                 guint              position,
                                 SbFirmRow         *row)
{
  g_return_if_fail (SB_IS_PLATFORM_PROJECT (self));
  g_return_if_fail (SB_IS_FIRM_ROW (row));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->firms)));

  g_list_store_insert (self->firms, position, row);
}

void
sb_platform_project_remove_firm (SbPlatformProject *self,
                                 guint              position)
{
  g_return_if_fail (SB_IS_PLATFORM_PROJECT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->firms)));

  g_list_store_remove (self->firms, position);
}

SbPlatformProject *
sb_platform_project_new_from_dossier (const SbPlatform *p)
{
  SbPlatformProject *self = sb_platform_project_new (p->kind);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (p->expenses->len, g_object_unref);

  self->built_on = p->built_on;
  self->firms_served = p->firms_served;
  for (guint i = 0; i < p->expenses->len; i++)
    g_ptr_array_add (rows, sb_expense_row_new_from_dossier (g_ptr_array_index (p->expenses, i)));
  g_list_store_splice (self->expenses, 0, 0, rows->pdata, rows->len);
  self->name = g_strdup (p->name);
  self->services = g_strdup (p->services);
  if (p->first_service_year > 0)
    {
      self->first_service_year = CLAMP (p->first_service_year, 0, 9999);
      self->first_service_month = CLAMP (p->first_service_month, 0, 12);
    }
  self->has_firms = p->firms != NULL;
  for (guint i = 0; p->firms != NULL && i < p->firms->len; i++)
    {
      g_autoptr(SbFirmRow) firm = sb_firm_row_new_from_dossier (g_ptr_array_index (p->firms, i));

      g_list_store_append (self->firms, firm);
    }
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), p->extra);
  return self;
}

SbPlatform *
sb_platform_project_to_dossier (SbPlatformProject *self,
                                gboolean           with_extra)
{
  SbPlatform *p = sb_platform_new (self->kind);
  GListModel *expenses = G_LIST_MODEL (self->expenses);
  guint n = g_list_model_get_n_items (expenses);
  guint n_firms;

  p->built_on = self->built_on;
  p->firms_served = self->firms_served;
  p->name = g_strdup (self->name);
  p->services = g_strdup (self->services);
  if (self->first_service_year > 0 && self->first_service_month > 0)
    {
      p->first_service_year = self->first_service_year;
      p->first_service_month = self->first_service_month;
    }
  n_firms = g_list_model_get_n_items (G_LIST_MODEL (self->firms));
  /* the firms count when firms-served is absent: always there */
  if (self->has_firms || n_firms > 0)
    p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
  for (guint i = 0; i < n_firms; i++)
    {
      g_autoptr(SbFirmRow) firm = g_list_model_get_item (G_LIST_MODEL (self->firms), i);

      g_ptr_array_add (p->firms, sb_firm_row_to_dossier (firm, with_extra));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbExpenseRow) row = g_list_model_get_item (expenses, i);

      g_ptr_array_add (p->expenses, sb_expense_row_to_dossier (row, with_extra));
    }
  p->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return p;
}
