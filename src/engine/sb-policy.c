/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"
#include "sb-json-strict.h"

struct _SbPolicy
{
  gatomicrefcount ref_count;
  JsonNode       *root;
  JsonObject     *object;
  JsonObject     *params;
  JsonObject     *notices;
  GPtrArray      *param_names;
  char           *origin;
  const char     *id;
  const char     *program;
  const char     *title;
  const char     *region;
  int             year;
  GData          *compiled;
};

static const char *
top_string (SbPolicy *self, const char *key, GError **error)
{
  JsonNode *n = json_object_get_member (self->object, key);

  if (n == NULL)
    {
      sb_policy_error (self, key, _("missing"), error);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || *json_node_get_string (n) == '\0')
    {
      sb_policy_error (self, key, _("must be a non-empty string"), error);
      return NULL;
    }
  return json_node_get_string (n);
}

static gboolean
check_source (SbPolicy *self, const char *key, JsonObject *param, GError **error)
{
  g_autofree char *where = g_strdup_printf ("params.%s.source", key);
  JsonNode *sn = json_object_get_member (param, "source");
  JsonObject *source;
  const char *fields[] = { "notice", "article", "quote" };

  if (sn == NULL || !JSON_NODE_HOLDS_OBJECT (sn))
    return sb_policy_error (self, where, _("missing: every number carries its source"), error);
  source = json_node_get_object (sn);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonNode *f = json_object_get_member (source, fields[i]);
      if (f == NULL || !JSON_NODE_HOLDS_VALUE (f)
          || json_node_get_value_type (f) != G_TYPE_STRING
          || *json_node_get_string (f) == '\0')
        {
          g_autofree char *k = g_strdup_printf ("%s.%s", where, fields[i]);
          return sb_policy_error (self, k, _("must be a non-empty string"), error);
        }
    }
  if (!json_object_has_member (self->notices, json_object_get_string_member (source, "notice")))
    {
      g_autofree char *k = g_strdup_printf ("%s.notice", where);
      return sb_policy_error (self, k, _("names a notice that \"notices\" does not list"), error);
    }
  return TRUE;
}

SbPolicy *
sb_policy_new_from_data (const char *data, gsize len, const char *origin, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  SbPolicy *self;
  JsonNode *n;
  GList *members;

  self = g_new0 (SbPolicy, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->origin = g_strdup (origin ? origin : "?");
  g_datalist_init (&self->compiled);

  self->root = sb_json_strict_parse (data, (gssize) len, &local_error);
  if (self->root == NULL)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("Policy profile %s is not valid JSON: %s"), self->origin,
                   local_error->message);
      sb_policy_unref (self);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (self->root))
    {
      sb_policy_error (self, "(root)", _("must be a JSON object"), error);
      sb_policy_unref (self);
      return NULL;
    }
  self->object = json_node_get_object (self->root);

  n = json_object_get_member (self->object, "format");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n)
      || g_strcmp0 (json_node_get_string (n), "shenbao-policy") != 0)
    {
      sb_policy_error (self, "format", _("must be \"shenbao-policy\""), error);
      sb_policy_unref (self);
      return NULL;
    }
  n = json_object_get_member (self->object, "version");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
      || json_node_get_int (n) != 1)
    {
      sb_policy_error (self, "version", _("must be 1"), error);
      sb_policy_unref (self);
      return NULL;
    }

  if ((self->id = top_string (self, "id", error)) == NULL
      || (self->program = top_string (self, "program", error)) == NULL
      || (self->title = top_string (self, "title", error)) == NULL
      || (self->region = top_string (self, "region", error)) == NULL)
    {
      sb_policy_unref (self);
      return NULL;
    }
  n = json_object_get_member (self->object, "year");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    {
      sb_policy_error (self, "year", _("must be an integer"), error);
      sb_policy_unref (self);
      return NULL;
    }
  self->year = (int) json_node_get_int (n);

  n = json_object_get_member (self->object, "notices");
  if (n == NULL || !JSON_NODE_HOLDS_OBJECT (n))
    {
      sb_policy_error (self, "notices", _("must be an object"), error);
      sb_policy_unref (self);
      return NULL;
    }
  self->notices = json_node_get_object (n);

  n = json_object_get_member (self->object, "params");
  if (n == NULL || !JSON_NODE_HOLDS_OBJECT (n))
    {
      sb_policy_error (self, "params", _("must be an object"), error);
      sb_policy_unref (self);
      return NULL;
    }
  self->params = json_node_get_object (n);

  self->param_names = g_ptr_array_new ();
  members = json_object_get_members (self->params);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *pn = json_object_get_member (self->params, key);
      g_autofree char *where = g_strdup_printf ("params.%s", key);

      if (!JSON_NODE_HOLDS_OBJECT (pn) || !json_object_has_member (json_node_get_object (pn), "value"))
        {
          sb_policy_error (self, where, _("must be an object with \"value\" and \"source\""),
                           error);
          g_list_free (members);
          sb_policy_unref (self);
          return NULL;
        }
      if (!check_source (self, key, json_node_get_object (pn), error))
        {
          g_list_free (members);
          sb_policy_unref (self);
          return NULL;
        }
      g_ptr_array_add (self->param_names, (gpointer) key);
    }
  g_list_free (members);
  return self;
}

SbPolicy *
sb_policy_new_from_file (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_get_contents (path, &data, &len, &local_error))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("Policy profile %s cannot be read: %s"), path, local_error->message);
      return NULL;
    }
  return sb_policy_new_from_data (data, len, path, error);
}

SbPolicy *
sb_policy_ref (SbPolicy *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sb_policy_unref (SbPolicy *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_datalist_clear (&self->compiled);
  g_clear_pointer (&self->param_names, g_ptr_array_unref);
  g_clear_pointer (&self->root, json_node_unref);
  g_free (self->origin);
  g_free (self);
}

const char *sb_policy_get_id (SbPolicy *self) { return self->id; }
const char *sb_policy_get_program (SbPolicy *self) { return self->program; }
const char *sb_policy_get_title (SbPolicy *self) { return self->title; }
const char *sb_policy_get_region (SbPolicy *self) { return self->region; }
int sb_policy_get_year (SbPolicy *self) { return self->year; }
const char *sb_policy_get_origin (SbPolicy *self) { return self->origin; }
GPtrArray *sb_policy_get_param_names (SbPolicy *self) { return self->param_names; }

JsonObject *
sb_policy_get_param (SbPolicy *self, const char *key)
{
  JsonNode *n = json_object_get_member (self->params, key);

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

const char *
sb_policy_get_interpretation (SbPolicy *self, const char *key)
{
  JsonObject *p = sb_policy_get_param (self, key);
  JsonNode *n = NULL;

  /* the profile's Chinese wording, where it has one, for a Chinese user */
  if (p != NULL && g_str_has_prefix (g_get_language_names ()[0], "zh"))
    n = json_object_get_member (p, "interpretation_zh");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    n = p ? json_object_get_member (p, "interpretation") : NULL;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

JsonObject *
sb_policy_get_notice (SbPolicy *self, const char *notice_id)
{
  JsonNode *n = json_object_get_member (self->notices, notice_id);

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

gpointer
sb_policy_get_compiled (SbPolicy *self, const char *program)
{
  return g_datalist_get_data (&self->compiled, program);
}

void
sb_policy_set_compiled (SbPolicy *self, const char *program, gpointer data, GDestroyNotify destroy)
{
  g_datalist_set_data_full (&self->compiled, program, data, destroy);
}

/* The "value" node of params.KEY, or an error naming it. */
static JsonNode *
value_node (SbPolicy *self, const char *key, GError **error)
{
  JsonObject *p = sb_policy_get_param (self, key);
  g_autofree char *where = g_strdup_printf ("params.%s", key);

  if (p == NULL)
    {
      sb_policy_error (self, where, _("missing"), error);
      return NULL;
    }
  return json_object_get_member (p, "value");
}

static gboolean
type_error (SbPolicy *self, const char *key, const char *what, GError **error)
{
  return sb_policy_value_error (self, key, NULL, what, error);
}

static gboolean
is_number (JsonNode *n)
{
  GType t;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return FALSE;
  t = json_node_get_value_type (n);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

gboolean
sb_policy_get_ratio (SbPolicy *self, const char *key, SbRatio *out, GError **error)
{
  JsonNode *n = value_node (self, key, error);
  gint64 num, scale;

  if (n == NULL)
    return FALSE;
  if (!is_number (n))
    return type_error (self, key, _("must be a number (a ratio such as 0.5)"), error);
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    {
      num = json_node_get_int (n);
      scale = 1;
    }
  else if (!sb_decimal_from_double (json_node_get_double (n), 9, &num, &scale))
    return type_error (self, key, _("must be a decimal with at most nine decimals"), error);
  if (num < 0)
    return type_error (self, key, _("must not be negative"), error);
  *out = sb_ratio (num, scale);
  return TRUE;
}

gboolean
sb_policy_get_money (SbPolicy *self, const char *key, gint64 *out_fen, GError **error)
{
  JsonNode *n = value_node (self, key, error);
  gint64 num, scale;

  if (n == NULL)
    return FALSE;
  if (!is_number (n))
    return type_error (self, key, _("must be an amount in yuan"), error);
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    {
      num = json_node_get_int (n);
      if (num > SB_MONEY_MAX_FEN / 100 || num < -SB_MONEY_MAX_FEN / 100)
        return type_error (self, key, _("is out of range"), error);
      *out_fen = num * 100;
      return TRUE;
    }
  if (!sb_decimal_from_double (json_node_get_double (n), 2, &num, &scale))
    return type_error (self, key, _("must have at most two decimals"), error);
  if (num > SB_MONEY_MAX_FEN || num < -SB_MONEY_MAX_FEN)
    return type_error (self, key, _("is out of range"), error);
  *out_fen = num * (100 / scale);
  return TRUE;
}

gboolean
sb_policy_get_int (SbPolicy *self, const char *key, gint64 *out, GError **error)
{
  JsonNode *n = value_node (self, key, error);

  if (n == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return type_error (self, key, _("must be an integer"), error);
  *out = json_node_get_int (n);
  return TRUE;
}

gboolean
sb_policy_get_boolean (SbPolicy *self, const char *key, gboolean *out, GError **error)
{
  JsonNode *n = value_node (self, key, error);

  if (n == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_BOOLEAN)
    return type_error (self, key, _("must be true or false"), error);
  *out = json_node_get_boolean (n);
  return TRUE;
}

static gboolean
parse_date_node (JsonNode *n, SbDate *out)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         && sb_date_parse (json_node_get_string (n), out);
}

gboolean
sb_policy_get_date (SbPolicy *self, const char *key, SbDate *out, GError **error)
{
  JsonNode *n = value_node (self, key, error);

  if (n == NULL)
    return FALSE;
  if (!parse_date_node (n, out))
    return type_error (self, key, _("must be a date YYYY-MM-DD"), error);
  return TRUE;
}

gboolean
sb_policy_get_period (SbPolicy *self, const char *key, SbPeriod *out, GError **error)
{
  JsonNode *n = value_node (self, key, error);
  JsonObject *o;

  if (n == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (n))
    return type_error (self, key, _("must be {\"start\": date, \"end\": date}"), error);
  o = json_node_get_object (n);
  if (!parse_date_node (json_object_get_member (o, "start"), &out->start)
      || !parse_date_node (json_object_get_member (o, "end"), &out->end)
      || out->start > out->end)
    return type_error (self, key, _("must be {\"start\": date, \"end\": date} with start ≤ end"), error);
  return TRUE;
}

char **
sb_policy_get_strv (SbPolicy *self, const char *key, GError **error)
{
  JsonNode *n = value_node (self, key, error);
  g_autoptr(GStrvBuilder) b = NULL;
  JsonArray *a;

  if (n == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    {
      type_error (self, key, _("must be a list of strings"), error);
      return NULL;
    }
  a = json_node_get_array (n);
  b = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        {
          type_error (self, key, _("must be a list of strings"), error);
          return NULL;
        }
      g_strv_builder_add (b, json_node_get_string (e));
    }
  return g_strv_builder_end (b);
}

JsonArray *
sb_policy_get_array (SbPolicy *self, const char *key, GError **error)
{
  JsonNode *n = value_node (self, key, error);

  if (n == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    {
      type_error (self, key, _("must be a list"), error);
      return NULL;
    }
  return json_node_get_array (n);
}

const char *
sb_policy_get_string (SbPolicy *self, const char *key, GError **error)
{
  JsonNode *n = value_node (self, key, error);

  if (n == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    {
      type_error (self, key, _("must be a string"), error);
      return NULL;
    }
  return json_node_get_string (n);
}

gboolean
sb_policy_error (SbPolicy *self, const char *where, const char *what, GError **error)
{
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
               /* TRANSLATORS: policy file, key, what is wrong */
               _("Policy profile %s: %s: %s"), self->origin, where, what);
  return FALSE;
}

gboolean
sb_policy_value_error (SbPolicy *self, const char *key, const char *suffix, const char *what,
                       GError **error)
{
  g_autofree char *where = g_strdup_printf ("params.%s.value%s", key,
                                            suffix != NULL ? suffix : "");

  return sb_policy_error (self, where, what, error);
}
