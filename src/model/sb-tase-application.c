/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-tase-application.h"

#include "sb-model-private.h"

#include "sb-tase.h"

struct _SbTaseApplication
{
  SbModelObject parent_instance;

  int      mode;
  int      apply_year;
  char    *profile;
  char    *business_statement;
  int      statement_min_length;

  glong       statement_length;
  GListStore *materials;        /* SbMaterialItem */
  gboolean    materials_read;   /* the dossier's tase.materials was read as rows */
};

G_DEFINE_FINAL_TYPE (SbTaseApplication, sb_tase_application, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_MODE,
  PROP_APPLY_YEAR,
  PROP_PROFILE,
  PROP_BUSINESS_STATEMENT,
  PROP_STATEMENT_MIN_LENGTH,
  PROP_STATEMENT_LENGTH,
  PROP_STATEMENT_OK,
  PROP_MATERIALS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbTaseApplication, member)

static const SbField fields[] = {
  { PROP_MODE, "mode", SB_FIELD_ENUM, F (mode),
    .enum_type = sb_tase_mode_get_type, .dflt = SB_TASE_NEW },
  { PROP_APPLY_YEAR, "apply-year", SB_FIELD_INT, F (apply_year), .min = 0, .max = 9999, .dflt = 0 },
  { PROP_PROFILE, "profile", SB_FIELD_STRING, F (profile) },
  { PROP_BUSINESS_STATEMENT, "business-statement", SB_FIELD_STRING, F (business_statement),
    .json_key = "business_statement" },
  { PROP_STATEMENT_MIN_LENGTH, "statement-min-length", SB_FIELD_INT, F (statement_min_length),
    .min = 0, .max = G_MAXINT, .dflt = 1000 },
};

#undef F

static gboolean
statement_ok (SbTaseApplication *self)
{
  return self->statement_length >= self->statement_min_length;
}

static void
sb_tase_application_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SbTaseApplication *self = SB_TASE_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  switch (prop_id)
    {
    case PROP_STATEMENT_LENGTH:
      g_value_set_long (value, self->statement_length);
      return;
    case PROP_STATEMENT_OK:
      g_value_set_boolean (value, statement_ok (self));
      return;
    case PROP_MATERIALS:
      g_value_set_object (value, self->materials);
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_tase_application_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SbTaseApplication *self = SB_TASE_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL && (prop_id == PROP_BUSINESS_STATEMENT || prop_id == PROP_STATEMENT_MIN_LENGTH))
    {
      gboolean was_ok = statement_ok (self);

      g_object_freeze_notify (object);
      if (sb_model_field_set (self, f, pspec, value) && prop_id == PROP_BUSINESS_STATEMENT)
        {
          glong length = sb_tase_statement_length (self->business_statement);

          if (length != self->statement_length)
            {
              self->statement_length = length;
              g_object_notify_by_pspec (object, properties[PROP_STATEMENT_LENGTH]);
            }
        }
      if (statement_ok (self) != was_ok)
        g_object_notify_by_pspec (object, properties[PROP_STATEMENT_OK]);
      g_object_thaw_notify (object);
      return;
    }
  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_tase_application_finalize (GObject *object)
{
  SbTaseApplication *self = SB_TASE_APPLICATION (object);

  g_clear_object (&self->materials);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_tase_application_parent_class)->finalize (object);
}

static void
sb_tase_application_class_init (SbTaseApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_tase_application_get_property;
  object_class->set_property = sb_tase_application_set_property;
  object_class->finalize = sb_tase_application_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_STATEMENT_LENGTH] =
    g_param_spec_long ("statement-length", NULL, NULL, 0, G_MAXLONG, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENT_OK] =
    g_param_spec_boolean ("statement-ok", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATERIALS] =
    g_param_spec_object ("materials", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_tase_application_init (SbTaseApplication *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->materials = g_list_store_new (SB_TYPE_MATERIAL_ITEM);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->materials));
}

SbTaseApplication *
sb_tase_application_new (void)
{
  return g_object_new (SB_TYPE_TASE_APPLICATION, NULL);
}

const char *
sb_tase_application_get_profile (SbTaseApplication *self)
{
  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), NULL);

  return self->profile;
}

const char *
sb_tase_application_get_business_statement (SbTaseApplication *self)
{
  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), NULL);

  return self->business_statement;
}

void
sb_tase_application_set_business_statement (SbTaseApplication *self,
                                            const char        *text)
{
  g_return_if_fail (SB_IS_TASE_APPLICATION (self));

  g_object_set (self, "business-statement", text, NULL);
}

glong
sb_tase_application_get_statement_length (SbTaseApplication *self)
{
  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), 0);

  return self->statement_length;
}

gboolean
sb_tase_application_get_statement_ok (SbTaseApplication *self)
{
  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), FALSE);

  return statement_ok (self);
}

GListModel *
sb_tase_application_get_materials (SbTaseApplication *self)
{
  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->materials);
}

static SbMaterialItem *
find_material (GPtrArray  *items,
               const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (sb_material_item_get_id (g_ptr_array_index (items, i)), id) == 0)
      return g_ptr_array_index (items, i);
  return NULL;
}

void
sb_tase_application_set_materials_from_policy (SbTaseApplication *self,
                                               JsonArray         *items)
{
  GListModel *list;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) now = NULL;
  gboolean same;
  guint n;

  g_return_if_fail (SB_IS_TASE_APPLICATION (self));
  g_return_if_fail (items != NULL);

  list = G_LIST_MODEL (self->materials);
  n = g_list_model_get_n_items (list);
  old = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (old, g_list_model_get_item (list, i));

  now = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *e = json_array_get_element (items, i);
      const char *id = NULL, *title = NULL;
      SbMaterialItem *item;

      if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
        id = title = json_node_get_string (e);
      else if (JSON_NODE_HOLDS_OBJECT (e))
        {
          JsonObject *o = json_node_get_object (e);

          id = json_object_get_string_member_with_default (o, "id", NULL);
          title = json_object_get_string_member_with_default (o, "title", id);
        }
      if (id == NULL || find_material (now, id) != NULL)
        continue;
      item = find_material (old, id);
      if (item != NULL)
        {
          g_object_set (item, "title", title, NULL);
          g_ptr_array_add (now, g_object_ref (item));
        }
      else
        g_ptr_array_add (now, sb_material_item_new (id, title));
    }
  for (guint i = 0; i < old->len; i++)
    {
      SbMaterialItem *item = g_ptr_array_index (old, i);
      g_autofree char *note = NULL;
      gboolean done;

      if (find_material (now, sb_material_item_get_id (item)) != NULL)
        continue;
      g_object_get (item, "done", &done, "note", &note, NULL);
      if (done || (note != NULL && *note != '\0'))
        g_ptr_array_add (now, g_object_ref (item));
    }

  same = now->len == old->len;
  for (guint i = 0; same && i < now->len; i++)
    same = g_ptr_array_index (now, i) == g_ptr_array_index (old, i);
  if (!same)
    g_list_store_splice (self->materials, 0, n, now->pdata, now->len);
}

gboolean
sb_tase_application_apply_policy (SbTaseApplication  *self,
                                  SbPolicy           *policy,
                                  GError            **error)
{
  JsonArray *items;
  gint64 min;

  g_return_val_if_fail (SB_IS_TASE_APPLICATION (self), FALSE);
  g_return_val_if_fail (policy != NULL, FALSE);

  if ((items = sb_policy_get_array (policy, "materials", error)) == NULL
      || !sb_policy_get_int (policy, "business_statement_min_chars", &min, error))
    return FALSE;
  sb_tase_application_set_materials_from_policy (self, items);
  g_object_set (self, "statement-min-length", (int) CLAMP (min, 0, G_MAXINT), NULL);
  return TRUE;
}

SbTaseApplication *
sb_tase_application_new_from_dossier (const SbTaseClaim *c)
{
  SbTaseApplication *self = sb_tase_application_new ();
  const SbField *statement = &fields[PROP_BUSINESS_STATEMENT - 1];

  self->mode = c->mode;
  self->apply_year = c->apply_year;
  self->profile = g_strdup (c->profile);
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), c->extra);
  sb_model_json_read_field (c->extra, statement->json_key, statement, &self->business_statement);
  self->statement_length = sb_tase_statement_length (self->business_statement);
  self->materials_read = sb_model_json_read_list (c->extra, "materials", self->materials,
                                                  sb_material_item_new_from_json);
  return self;
}

SbTaseClaim *
sb_tase_application_to_dossier (SbTaseApplication *self,
                                gboolean           with_extra)
{
  SbTaseClaim *c = g_new0 (SbTaseClaim, 1);
  const SbField *statement = &fields[PROP_BUSINESS_STATEMENT - 1];

  c->mode = self->mode;
  c->apply_year = self->apply_year;
  c->profile = g_strdup (self->profile);
  if (with_extra)
    {
      JsonObject *extra = sb_model_object_get_extra (SB_MODEL_OBJECT (self));

      c->extra = extra != NULL ? sb_model_json_object_copy (extra) : json_object_new ();
      sb_model_json_write_field (c->extra, statement->json_key, statement,
                                 &self->business_statement);
      sb_model_json_write_list (c->extra, "materials", G_LIST_MODEL (self->materials),
                                self->materials_read, sb_material_item_to_json);
      if (json_object_get_size (c->extra) == 0)
        g_clear_pointer (&c->extra, json_object_unref);
    }
  else
    {
      /* the evaluation reads the user's choice of the copies owed (§1.6) */
      JsonObject *extra = sb_model_object_get_extra (SB_MODEL_OBJECT (self));
      JsonNode *chosen = extra != NULL ? json_object_get_member (extra, "evidence_chosen") : NULL;

      if (chosen != NULL)
        {
          c->extra = json_object_new ();
          json_object_set_member (c->extra, "evidence_chosen", json_node_copy (chosen));
        }
    }
  return c;
}

void
sb_tase_application_set_evidence_chosen (SbTaseApplication  *self,
                                         int                 year,
                                         const char         *kind,
                                         const char * const *contracts)
{
  JsonObject *old = sb_model_object_get_extra (SB_MODEL_OBJECT (self));
  g_autoptr(JsonObject) extra = old != NULL ? sb_model_json_object_copy (old) : json_object_new ();
  JsonNode *node = json_object_get_member (extra, "evidence_chosen");
  g_autoptr(JsonArray) list = json_array_new ();

  g_return_if_fail (SB_IS_TASE_APPLICATION (self));
  g_return_if_fail (kind != NULL);

  /* the other years' and kind's choices kept, this one replaced */
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      {
        JsonNode *e = json_array_get_element (json_node_get_array (node), i);

        if (JSON_NODE_HOLDS_OBJECT (e)
            && json_object_get_int_member_with_default (json_node_get_object (e), "year", 0) == year
            && g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (e),
                                                                      "kind", ""), kind) == 0)
          continue;
        json_array_add_element (list, json_node_copy (e));
      }
  if (contracts != NULL)
    {
      JsonObject *entry = json_object_new ();
      JsonArray *numbers = json_array_new ();

      for (guint i = 0; contracts[i] != NULL; i++)
        json_array_add_string_element (numbers, contracts[i]);
      json_object_set_int_member (entry, "year", year);
      json_object_set_string_member (entry, "kind", kind);
      json_object_set_array_member (entry, "contracts", numbers);
      json_array_add_object_element (list, entry);
    }
  if (json_array_get_length (list) > 0)
    json_object_set_array_member (extra, "evidence_chosen", json_array_ref (list));
  else
    json_object_remove_member (extra, "evidence_chosen");
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), extra);
  g_signal_emit_by_name (self, "changed");
}
