/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON the model carries: deep copies, fields written in place, and the
 * rows that exist only in the model (materials, IP items, receipts). */
#include "sb-model-private.h"

#include <string.h>

#include "sb-date.h"
#include "sb-money.h"

#define MEMBER(instance, field) G_STRUCT_MEMBER_P ((instance), (field)->offset)

static JsonNode *node_copy (JsonNode *node);

static JsonArray *
array_copy (JsonArray *array)
{
  guint n = json_array_get_length (array);
  JsonArray *copy = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    json_array_add_element (copy, node_copy (json_array_get_element (array, i)));
  return copy;
}

static JsonNode *
node_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (copy, sb_model_json_object_copy (json_node_get_object (node)));
      return copy;
    case JSON_NODE_ARRAY:
      copy = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (copy, array_copy (json_node_get_array (node)));
      return copy;
    default:
      return json_node_copy (node);
    }
}

JsonObject *
sb_model_json_object_copy (JsonObject *object)
{
  JsonObject *copy;
  GList *members;

  if (object == NULL)
    return NULL;
  copy = json_object_new ();
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            node_copy (json_object_get_member (object, l->data)));
  g_list_free (members);
  return copy;
}

JsonObject *
sb_model_json_extra_copy (JsonObject *extra,
                          gboolean    with_extra)
{
  return with_extra ? sb_model_json_object_copy (extra) : NULL;
}

/* Storage large enough for any field's value. */
typedef union
{
  char    *s;
  char   **v;
  gint64   i64;
  int      i;
  guint32  d;
  gboolean b;
} FieldValue;

static void
value_init (FieldValue *v, const SbField *f)
{
  memset (v, 0, sizeof *v);
  switch (f->kind)
    {
    case SB_FIELD_MONEY:
    case SB_FIELD_COUNT:
      v->i64 = SB_UNSET;
      break;
    case SB_FIELD_TRI:
      v->i = SB_TRI_UNSET;
      break;
    case SB_FIELD_INT:
    case SB_FIELD_ENUM:
      v->i = f->dflt;
      break;
    default:
      break;
    }
}

static void
value_clear (FieldValue *v, const SbField *f)
{
  if (f->kind == SB_FIELD_STRING)
    g_clear_pointer (&v->s, g_free);
  else if (f->kind == SB_FIELD_STRV)
    g_clear_pointer (&v->v, g_strfreev);
}

static gboolean
value_equal (const SbField *f, gconstpointer a, gconstpointer b)
{
  switch (f->kind)
    {
    case SB_FIELD_STRING:
      return g_strcmp0 (*(char * const *) a, *(char * const *) b) == 0;
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
    case SB_FIELD_COUNT:
      return *(const gint64 *) a == *(const gint64 *) b;
    case SB_FIELD_INT:
    case SB_FIELD_TRI:
    case SB_FIELD_ENUM:
      return *(const int *) a == *(const int *) b;
    case SB_FIELD_DATE:
      return *(const guint32 *) a == *(const guint32 *) b;
    case SB_FIELD_BOOLEAN:
      return (*(const gboolean *) a != FALSE) == (*(const gboolean *) b != FALSE);
    case SB_FIELD_STRV:
      return sb_model_strv_equal (*(const char * const * const *) a, *(const char * const * const *) b);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
holds (JsonNode *n, GType type)
{
  return JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == type;
}

/* Reads @n (not NULL, not null) into @v; FALSE when of another type. */
static gboolean
node_read (const SbField *f, JsonNode *n, FieldValue *v)
{
  switch (f->kind)
    {
    case SB_FIELD_STRING:
      if (!holds (n, G_TYPE_STRING))
        return FALSE;
      v->s = g_strdup (json_node_get_string (n));
      return TRUE;
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
      {
        gint64 num, scale;

        if (holds (n, G_TYPE_INT64))
          {
            num = json_node_get_int (n);
            if (num > SB_MONEY_MAX_FEN / 100 || num < -SB_MONEY_MAX_FEN / 100)
              return FALSE;
            v->i64 = num * 100;
            return TRUE;
          }
        if (!holds (n, G_TYPE_DOUBLE)
            || !sb_decimal_from_double (json_node_get_double (n), 2, &num, &scale)
            || num > SB_MONEY_MAX_FEN || num < -SB_MONEY_MAX_FEN)
          return FALSE;
        num *= 100 / scale;
        if (num > SB_MONEY_MAX_FEN || num < -SB_MONEY_MAX_FEN)
          return FALSE;
        v->i64 = num;
        return TRUE;
      }
    case SB_FIELD_COUNT:
      if (!holds (n, G_TYPE_INT64) || json_node_get_int (n) < 0)
        return FALSE;
      v->i64 = json_node_get_int (n);
      return TRUE;
    case SB_FIELD_INT:
      if (!holds (n, G_TYPE_INT64) || json_node_get_int (n) < f->min
          || json_node_get_int (n) > f->max)
        return FALSE;
      v->i = (int) json_node_get_int (n);
      return TRUE;
    case SB_FIELD_DATE:
      return holds (n, G_TYPE_STRING) && sb_date_parse (json_node_get_string (n), &v->d);
    case SB_FIELD_TRI:
      if (!holds (n, G_TYPE_BOOLEAN))
        return FALSE;
      v->i = json_node_get_boolean (n) ? SB_TRI_TRUE : SB_TRI_FALSE;
      return TRUE;
    case SB_FIELD_BOOLEAN:
      if (!holds (n, G_TYPE_BOOLEAN))
        return FALSE;
      v->b = json_node_get_boolean (n);
      return TRUE;
    case SB_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = NULL;
        GEnumValue *ev;

        if (!holds (n, G_TYPE_STRING))
          return FALSE;
        klass = g_type_class_ref (f->enum_type ());
        ev = g_enum_get_value_by_nick (klass, json_node_get_string (n));
        if (ev == NULL || ev->value == f->dflt)
          return FALSE;
        v->i = ev->value;
        return TRUE;
      }
    case SB_FIELD_STRV:
      {
        JsonArray *a;
        g_autoptr(GStrvBuilder) b = NULL;

        if (!JSON_NODE_HOLDS_ARRAY (n))
          return FALSE;
        a = json_node_get_array (n);
        b = g_strv_builder_new ();
        for (guint i = 0; i < json_array_get_length (a); i++)
          {
            JsonNode *e = json_array_get_element (a, i);

            if (!holds (e, G_TYPE_STRING))
              return FALSE;
            g_strv_builder_add (b, json_node_get_string (e));
          }
        v->v = g_strv_builder_end (b);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

/* The JSON of a value, or NULL when absent. */
static JsonNode *
node_new (const SbField *f, gconstpointer value)
{
  JsonNode *n = NULL;

  switch (f->kind)
    {
    case SB_FIELD_STRING:
      if (*(char * const *) value != NULL)
        n = json_node_init_string (json_node_alloc (), *(char * const *) value);
      break;
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
      {
        gint64 fen = *(const gint64 *) value;

        if (fen == SB_UNSET)
          break;
        n = json_node_init_double (json_node_alloc (),
                                   fen % 100 == 0 ? (double) (fen / 100)
                                                  : (double) fen / 100.0);
        break;
      }
    case SB_FIELD_COUNT:
      if (*(const gint64 *) value != SB_UNSET)
        n = json_node_init_int (json_node_alloc (), *(const gint64 *) value);
      break;
    case SB_FIELD_INT:
      n = json_node_init_int (json_node_alloc (), *(const int *) value);
      break;
    case SB_FIELD_DATE:
      if (*(const guint32 *) value != SB_DATE_UNSET)
        {
          g_autofree char *s = sb_date_format (*(const guint32 *) value);
          n = json_node_init_string (json_node_alloc (), s);
        }
      break;
    case SB_FIELD_TRI:
      if (*(const int *) value != SB_TRI_UNSET)
        n = json_node_init_boolean (json_node_alloc (), *(const int *) value == SB_TRI_TRUE);
      break;
    case SB_FIELD_BOOLEAN:
      n = json_node_init_boolean (json_node_alloc (), *(const gboolean *) value);
      break;
    case SB_FIELD_ENUM:
      if (*(const int *) value != f->dflt)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (f->enum_type ());
          GEnumValue *ev = g_enum_get_value (klass, *(const int *) value);

          if (ev != NULL)
            n = json_node_init_string (json_node_alloc (), ev->value_nick);
        }
      break;
    case SB_FIELD_STRV:
      if (*(char * const * const *) value != NULL)
        {
          char * const *v = *(char * const * const *) value;
          JsonArray *a = json_array_new ();

          for (guint i = 0; v[i] != NULL; i++)
            json_array_add_string_element (a, v[i]);
          n = json_node_init_array (json_node_alloc (), a);
          json_array_unref (a);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  return n;
}

static gsize
field_size (const SbField *f)
{
  switch (f->kind)
    {
    case SB_FIELD_STRING:
      return sizeof (char *);
    case SB_FIELD_STRV:
      return sizeof (char **);
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
    case SB_FIELD_COUNT:
      return sizeof (gint64);
    case SB_FIELD_DATE:
      return sizeof (guint32);
    case SB_FIELD_BOOLEAN:
      return sizeof (gboolean);
    default:
      return sizeof (int);
    }
}

/* @v holds the default when the member is absent, null or of another type. */
static gboolean
read_value (JsonObject    *object,
            const char    *key,
            const SbField *f,
            FieldValue    *v)
{
  JsonNode *n = object != NULL ? json_object_get_member (object, key) : NULL;

  value_init (v, f);
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n) && node_read (f, n, v))
    return TRUE;
  value_clear (v, f);
  value_init (v, f);
  return FALSE;
}

gboolean
sb_model_json_read_field (JsonObject    *object,
                          const char    *key,
                          const SbField *f,
                          gpointer       value)
{
  FieldValue v;
  gboolean ok = read_value (object, key, f, &v);

  memcpy (value, &v, field_size (f));
  return ok;
}

void
sb_model_json_write_field (JsonObject    *object,
                           const char    *key,
                           const SbField *f,
                           gconstpointer  value)
{
  FieldValue old;
  gboolean same;
  JsonNode *n;

  /* as imported, or absent and at the default: leave the member alone (this
   * also keeps a null or a value of another type while the field is unset) */
  read_value (object, key, f, &old);
  same = value_equal (f, &old, value);
  value_clear (&old, f);
  if (same)
    return;
  n = node_new (f, value);
  if (n != NULL)
    json_object_set_member (object, key, n);
  else
    json_object_remove_member (object, key);
}

void
sb_model_row_from_json (SbModelObject *row,
                        const SbField *fields,
                        guint          n_fields,
                        JsonObject    *object)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const SbField *f = &fields[i];

      if (f->json_key == NULL)
        continue;
      /* the row is new: its members hold their defaults, nothing to free */
      sb_model_json_read_field (object, f->json_key, f, MEMBER (row, f));
    }
  sb_model_object_set_extra (row, object);
}

JsonObject *
sb_model_row_to_json (SbModelObject *row,
                      const SbField *fields,
                      guint          n_fields)
{
  JsonObject *extra = sb_model_object_get_extra (row);
  JsonObject *o = extra != NULL ? sb_model_json_object_copy (extra) : json_object_new ();

  for (guint i = 0; i < n_fields; i++)
    if (fields[i].json_key != NULL)
      sb_model_json_write_field (o, fields[i].json_key, &fields[i], MEMBER (row, &fields[i]));
  return o;
}

gboolean
sb_model_json_read_list (JsonObject    *extra,
                         const char    *key,
                         GListStore    *store,
                         SbRowFromJson  row_new)
{
  JsonNode *n = extra != NULL ? json_object_get_member (extra, key) : NULL;
  g_autoptr(GPtrArray) rows = NULL;
  JsonArray *a;

  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    return FALSE;
  a = json_node_get_array (n);
  for (guint i = 0; i < json_array_get_length (a); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (a, i)))
      return FALSE;
  rows = g_ptr_array_new_full (json_array_get_length (a), g_object_unref);
  for (guint i = 0; i < json_array_get_length (a); i++)
    g_ptr_array_add (rows, row_new (json_array_get_object_element (a, i)));
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       rows->pdata, rows->len);
  return TRUE;
}

void
sb_model_json_write_list (JsonObject  *object,
                          const char  *key,
                          GListModel  *list,
                          gboolean     managed,
                          SbRowToJson  row_json)
{
  guint n = g_list_model_get_n_items (list);
  JsonArray *a;

  if (!managed && n == 0)
    return;
  if (managed && n == 0 && !json_object_has_member (object, key))
    return;
  a = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbModelObject) row = g_list_model_get_item (list, i);

      json_array_add_object_element (a, row_json (row));
    }
  json_object_set_array_member (object, key, a);
}
