/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-hnte-application.h"

#include "sb-model-private.h"

struct _SbHnteApplication
{
  SbModelObject parent_instance;

  SbDate   apply_date;
  char    *profile;
  gint64   score_ip;
  gint64   score_conversion;
  gint64   score_rd_management;
  gint64   conversion_results;

  GListStore *ip_items;        /* SbIpItem */
  gboolean    ip_items_read;   /* the dossier's hnte.ip_items was read as rows */
};

G_DEFINE_FINAL_TYPE (SbHnteApplication, sb_hnte_application, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_APPLY_DATE,
  PROP_PROFILE,
  PROP_SCORE_IP,
  PROP_SCORE_CONVERSION,
  PROP_SCORE_RD_MANAGEMENT,
  PROP_CONVERSION_RESULTS,
  PROP_IP_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbHnteApplication, member)

static const SbField fields[] = {
  { PROP_APPLY_DATE, "apply-date", SB_FIELD_DATE, F (apply_date) },
  { PROP_PROFILE, "profile", SB_FIELD_STRING, F (profile) },
  { PROP_SCORE_IP, "score-ip", SB_FIELD_COUNT, F (score_ip) },
  { PROP_SCORE_CONVERSION, "score-conversion", SB_FIELD_COUNT, F (score_conversion) },
  { PROP_SCORE_RD_MANAGEMENT, "score-rd-management", SB_FIELD_COUNT, F (score_rd_management) },
  { PROP_CONVERSION_RESULTS, "conversion-results", SB_FIELD_COUNT, F (conversion_results) },
};

#undef F

static void
sb_hnte_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SbHnteApplication *self = SB_HNTE_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  if (prop_id == PROP_IP_ITEMS)
    {
      g_value_set_object (value, self->ip_items);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_hnte_application_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SbHnteApplication *self = SB_HNTE_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_hnte_application_finalize (GObject *object)
{
  SbHnteApplication *self = SB_HNTE_APPLICATION (object);

  g_clear_object (&self->ip_items);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_hnte_application_parent_class)->finalize (object);
}

static void
sb_hnte_application_class_init (SbHnteApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_hnte_application_get_property;
  object_class->set_property = sb_hnte_application_set_property;
  object_class->finalize = sb_hnte_application_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_IP_ITEMS] =
    g_param_spec_object ("ip-items", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_hnte_application_init (SbHnteApplication *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->ip_items = g_list_store_new (SB_TYPE_IP_ITEM);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->ip_items));
}

SbHnteApplication *
sb_hnte_application_new (void)
{
  return g_object_new (SB_TYPE_HNTE_APPLICATION, NULL);
}

GListModel *
sb_hnte_application_get_ip_items (SbHnteApplication *self)
{
  g_return_val_if_fail (SB_IS_HNTE_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->ip_items);
}

void
sb_hnte_application_insert_ip_item (SbHnteApplication *self,
                                    guint              position,
                                    SbIpItem          *item)
{
  g_return_if_fail (SB_IS_HNTE_APPLICATION (self));
  g_return_if_fail (SB_IS_IP_ITEM (item));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->ip_items)));

  g_list_store_insert (self->ip_items, position, item);
}

void
sb_hnte_application_add_ip_item (SbHnteApplication *self,
                                 SbIpItem          *item)
{
  g_return_if_fail (SB_IS_HNTE_APPLICATION (self));

  sb_hnte_application_insert_ip_item (self,
                                      g_list_model_get_n_items (G_LIST_MODEL (self->ip_items)),
                                      item);
}

void
sb_hnte_application_remove_ip_item (SbHnteApplication *self,
                                    guint              position)
{
  g_return_if_fail (SB_IS_HNTE_APPLICATION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->ip_items)));

  g_list_store_remove (self->ip_items, position);
}

SbHnteApplication *
sb_hnte_application_new_from_dossier (const SbHnteClaim *c)
{
  SbHnteApplication *self = sb_hnte_application_new ();

  self->apply_date = c->apply_date;
  self->profile = g_strdup (c->profile);
  self->score_ip = c->score_ip;
  self->score_conversion = c->score_conversion;
  self->score_rd_management = c->score_rd_management;
  self->conversion_results = c->conversion_count;
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), c->extra);
  self->ip_items_read = sb_model_json_read_list (c->extra, "ip_items", self->ip_items,
                                                 sb_ip_item_new_from_json);
  return self;
}

SbHnteClaim *
sb_hnte_application_to_dossier (SbHnteApplication *self,
                                gboolean           with_extra)
{
  SbHnteClaim *c = g_new0 (SbHnteClaim, 1);

  c->apply_date = self->apply_date;
  c->profile = g_strdup (self->profile);
  c->score_ip = self->score_ip;
  c->score_conversion = self->score_conversion;
  c->score_rd_management = self->score_rd_management;
  c->conversion_count = self->conversion_results;
  if (with_extra)
    {
      JsonObject *extra = sb_model_object_get_extra (SB_MODEL_OBJECT (self));

      c->extra = extra != NULL ? sb_model_json_object_copy (extra) : json_object_new ();
      sb_model_json_write_list (c->extra, "ip_items", G_LIST_MODEL (self->ip_items),
                                self->ip_items_read, sb_ip_item_to_json);
      if (json_object_get_size (c->extra) == 0)
        g_clear_pointer (&c->extra, json_object_unref);
    }
  return c;
}
