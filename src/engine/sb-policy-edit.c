/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-edit.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-policy-meta.h"

SbPolicy *
sb_policy_load_user_data (const char *data, gsize len, const char *origin, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SbPolicy) policy = sb_policy_new_from_data (data, len, origin, &local_error);

  if (policy == NULL)
    {
      g_autofree char *words = sb_policy_message_in_words (local_error->message);

      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, words);
      return NULL;
    }
  if (!sb_policy_validate_user (policy, error))
    return NULL;
  return g_steal_pointer (&policy);
}

SbPolicy *
sb_policy_load_user_file (const char *path, GError **error)
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
  return sb_policy_load_user_data (data, len, path, error);
}

char *
sb_policy_to_data (SbPolicy *policy)
{
  g_autofree char *text = sb_json_to_pretty_string (sb_policy_get_root (policy));

  return g_strconcat (text, "\n", NULL);
}

gboolean
sb_policy_write_file (SbPolicy *policy, const char *path, GError **error)
{
  g_autofree char *data = sb_policy_to_data (policy);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  gsize len = strlen (data);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (e));
      return FALSE;
    }
  fd = g_mkstemp_full (tmp, O_WRONLY, 0600);
  if (fd < 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   _("Cannot write %s: %s"), path, g_strerror (e));
      return FALSE;
    }
  for (gsize done = 0; done < len;)
    {
      gssize n = write (fd, data + done, len - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int e = errno;
          close (fd);
          g_unlink (tmp);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                       _("Cannot write %s: %s"), path, g_strerror (e));
          return FALSE;
        }
      done += (gsize) n;
    }
  if (fsync (fd) != 0 || close (fd) != 0 || g_rename (tmp, path) != 0)
    {
      int e = errno;
      g_unlink (tmp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   _("Cannot write %s: %s"), path, g_strerror (e));
      return FALSE;
    }
  g_chmod (path, 0600);
  return TRUE;
}

char *
sb_policy_user_dir (const char *dir)
{
  if (dir != NULL)
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), "shenbao", "policies", NULL);
}

/* ------------------------------------------------------------ drafts */

struct _SbPolicyDraft
{
  SbPolicy   *base;
  JsonNode   *root;      /* a mutable deep copy */
  JsonObject *object;
  JsonObject *params;
  JsonObject *notices;
  char       *id;
  GPtrArray  *changed;
};

SbPolicyDraft *
sb_policy_draft_new (SbPolicy *base, const char *id, int year)
{
  SbPolicyDraft *self = g_new0 (SbPolicyDraft, 1);
  g_autofree char *text = sb_json_to_pretty_string (sb_policy_get_root (base));
  g_autoptr(JsonParser) parser = json_parser_new ();

  /* the base parsed once already: this cannot fail */
  json_parser_load_from_data (parser, text, -1, NULL);
  self->base = sb_policy_ref (base);
  self->root = json_parser_steal_root (parser);
  self->object = json_node_get_object (self->root);
  self->params = json_object_get_object_member (self->object, "params");
  self->notices = json_object_get_object_member (self->object, "notices");
  self->id = g_strdup (id);
  self->changed = g_ptr_array_new_with_free_func (g_free);
  json_object_set_string_member (self->object, "id", id);
  json_object_set_int_member (self->object, "year", year);
  return self;
}

void
sb_policy_draft_free (SbPolicyDraft *self)
{
  if (self == NULL)
    return;
  sb_policy_unref (self->base);
  json_node_unref (self->root);
  g_ptr_array_unref (self->changed);
  g_free (self->id);
  g_free (self);
}

SbPolicy *sb_policy_draft_get_base (SbPolicyDraft *self) { return self->base; }
const char *sb_policy_draft_get_id (SbPolicyDraft *self) { return self->id; }

void
sb_policy_draft_set_title (SbPolicyDraft *self, const char *title)
{
  json_object_set_string_member (self->object, "title", title != NULL ? title : "");
}

static gboolean
blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)) && g_utf8_get_char (s) != 0x3000)
      return FALSE;
  return TRUE;
}

gboolean
sb_policy_draft_set_notice (SbPolicyDraft *self, const char *notice_id, const char *title,
                            const char *issuer, const char *date, GError **error)
{
  JsonObject *n;
  JsonNode *old = json_object_get_member (self->notices, notice_id);
  SbDate d;

  if (blank (notice_id) || blank (title))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("A notice needs its title"));
      return FALSE;
    }
  if (!blank (date) && !sb_date_parse (date, &d))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("The notice's date “%s” is not a date such as 2026-04-24"), date);
      return FALSE;
    }
  n = json_object_new ();
  /* a notice of the seeds keeps its file only while it is the same notice */
  if (old != NULL && JSON_NODE_HOLDS_OBJECT (old)
      && g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (old),
                                                               "title", ""), title) == 0
      && json_object_has_member (json_node_get_object (old), "file"))
    json_object_set_string_member (n, "file",
                                   json_object_get_string_member (json_node_get_object (old), "file"));
  json_object_set_string_member (n, "title", title);
  if (!blank (issuer))
    json_object_set_string_member (n, "issuer", issuer);
  if (!blank (date))
    json_object_set_string_member (n, "date", date);
  json_object_set_object_member (self->notices, notice_id, n);
  return TRUE;
}

/* ---- values as text */

static void
print_number (GString *out, JsonNode *n)
{
  g_autofree char *text = sb_json_to_pretty_string (n);

  g_string_append (out, text);
}

char *
sb_policy_value_to_text (SbPolicy *policy, const char *key)
{
  JsonObject *p = sb_policy_get_param (policy, key);
  JsonNode *v = p != NULL ? json_object_get_member (p, "value") : NULL;
  GString *out = g_string_new (NULL);

  if (v == NULL)
    return g_string_free (out, FALSE);
  if (JSON_NODE_HOLDS_VALUE (v))
    {
      GType t = json_node_get_value_type (v);

      if (t == G_TYPE_BOOLEAN)
        g_string_append (out, json_node_get_boolean (v) ? "是" : "否");
      else if (t == G_TYPE_STRING)
        g_string_append (out, json_node_get_string (v));
      else
        print_number (out, v);
    }
  else if (JSON_NODE_HOLDS_OBJECT (v)
           && json_object_has_member (json_node_get_object (v), "start"))
    {
      JsonObject *o = json_node_get_object (v);

      g_string_append_printf (out, "%s 至 %s",
                              json_object_get_string_member_with_default (o, "start", ""),
                              json_object_get_string_member_with_default (o, "end", ""));
    }
  else if (JSON_NODE_HOLDS_ARRAY (v))
    {
      JsonArray *a = json_node_get_array (v);
      gboolean words = TRUE;

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
            words = FALSE;
        }
      if (words)
        for (guint i = 0; i < json_array_get_length (a); i++)
          {
            if (i > 0)
              g_string_append_c (out, '\n');
            g_string_append (out, json_array_get_string_element (a, i));
          }
      else
        {
          g_autofree char *text = sb_json_to_pretty_string (v);
          g_string_append (out, text);
        }
    }
  else
    {
      g_autofree char *text = sb_json_to_pretty_string (v);
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static gboolean
text_error (const char *key, const char *what, GError **error)
{
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
               /* TRANSLATORS: parameter's Chinese name, what is wrong */
               _("%s: %s"), sb_policy_param_label (key), what);
  return FALSE;
}

/* A number typed as "0.35", "35%" or "1,000,000". */
static JsonNode *
parse_number (const char *text, gboolean want_int)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  g_autoptr(GString) clean = g_string_new (NULL);
  gboolean percent = FALSE;
  char *end = NULL;
  double d;

  for (const char *p = s; *p; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (clean, *p);
  if (clean->len > 0 && clean->str[clean->len - 1] == '%')
    {
      percent = TRUE;
      g_string_truncate (clean, clean->len - 1);
    }
  if (clean->len == 0)
    return NULL;
  if (!percent && strpbrk (clean->str, ".eE") == NULL)
    {
      gint64 i = g_ascii_strtoll (clean->str, &end, 10);
      if (*end != '\0' || errno == ERANGE)
        return NULL;
      return json_node_init_int (json_node_alloc (), i);
    }
  if (want_int)
    return NULL;
  d = g_ascii_strtod (clean->str, &end);
  if (*end != '\0' || !isfinite (d))
    return NULL;
  if (percent)
    {
      /* "35%" → 0.35 through its decimal digits, not 35 / 100 in binary */
      g_autofree char *scaled = NULL;
      char *dot = strchr (clean->str, '.');
      g_autoptr(GString) digits = g_string_new (NULL);
      int decimals = dot != NULL ? (int) strlen (dot + 1) : 0;

      for (const char *p = clean->str; *p; p++)
        if (*p != '.')
          g_string_append_c (digits, *p);
      scaled = g_strdup_printf ("%se-%d", digits->str, decimals + 2);
      d = g_ascii_strtod (scaled, NULL);
    }
  return json_node_init_double (json_node_alloc (), d);
}

static JsonNode *
parse_text_as (JsonNode *like, const char *text, const char *key, GError **error)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (JSON_NODE_HOLDS_VALUE (like))
    {
      GType type = json_node_get_value_type (like);

      if (type == G_TYPE_BOOLEAN)
        {
          if (g_str_equal (t, "是") || g_ascii_strcasecmp (t, "true") == 0
              || g_ascii_strcasecmp (t, "yes") == 0)
            return json_node_init_boolean (json_node_alloc (), TRUE);
          if (g_str_equal (t, "否") || g_ascii_strcasecmp (t, "false") == 0
              || g_ascii_strcasecmp (t, "no") == 0)
            return json_node_init_boolean (json_node_alloc (), FALSE);
          text_error (key, _("must be 是 or 否"), error);
          return NULL;
        }
      if (type == G_TYPE_STRING)
        {
          const char *old = json_node_get_string (like);
          SbDate d;

          if (sb_date_parse (old, &d) && !sb_date_parse (t, &d))
            {
              text_error (key, _("must be a date such as 2026-05-29"), error);
              return NULL;
            }
          if (*t == '\0')
            {
              text_error (key, _("must not be empty"), error);
              return NULL;
            }
          return json_node_init_string (json_node_alloc (), t);
        }
      {
        JsonNode *n = parse_number (t, type == G_TYPE_INT64 && !strchr (t, '.') && !strchr (t, '%')
                                         ? TRUE : FALSE);
        if (n == NULL)
          n = parse_number (t, FALSE);
        if (n == NULL)
          {
            /* xgettext:no-c-format */
            text_error (key, _("must be a number (such as 0.35, 35% or 1000000)"), error);
            return NULL;
          }
        if (type == G_TYPE_INT64 && json_node_get_value_type (n) != G_TYPE_INT64)
          {
            json_node_unref (n);
            text_error (key, _("must be a whole number"), error);
            return NULL;
          }
        return n;
      }
    }
  if (JSON_NODE_HOLDS_OBJECT (like) && json_object_has_member (json_node_get_object (like), "start"))
    {
      g_auto(GStrv) parts = NULL;
      SbDate a, b;
      JsonObject *o;
      JsonNode *n;
      const char *sep = strstr (t, "至") ? "至" : strstr (t, "~") ? "~" : " - ";

      parts = g_strsplit (t, sep, 2);
      if (g_strv_length (parts) != 2
          || !sb_date_parse (g_strstrip (parts[0]), &a) || !sb_date_parse (g_strstrip (parts[1]), &b)
          || a > b)
        {
          text_error (key, _("must be two dates, “2026-01-01 至 2026-12-31”, the first not after the second"),
                      error);
          return NULL;
        }
      o = json_object_new ();
      json_object_set_string_member (o, "start", parts[0]);
      json_object_set_string_member (o, "end", parts[1]);
      n = json_node_init_object (json_node_alloc (), o);
      json_object_unref (o);
      return n;
    }
  if (JSON_NODE_HOLDS_ARRAY (like))
    {
      JsonArray *old = json_node_get_array (like);
      gboolean words = TRUE;

      for (guint i = 0; i < json_array_get_length (old); i++)
        {
          JsonNode *e = json_array_get_element (old, i);
          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
            words = FALSE;
        }
      if (words)
        {
          g_auto(GStrv) lines = g_strsplit (t, "\n", -1);
          JsonArray *a = json_array_new ();
          JsonNode *n;

          for (guint i = 0; lines[i] != NULL; i++)
            {
              g_strstrip (lines[i]);
              if (*lines[i] != '\0')
                json_array_add_string_element (a, lines[i]);
            }
          n = json_node_init_array (json_node_alloc (), a);
          json_array_unref (a);
          return n;
        }
    }
  /* lists of objects and anything else: JSON of the same shape */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonNode *n;

    if (!json_parser_load_from_data (parser, t, -1, NULL)
        || (n = json_parser_get_root (parser)) == NULL
        || JSON_NODE_TYPE (n) != JSON_NODE_TYPE (like))
      {
        text_error (key, _("must keep the form it has (JSON)"), error);
        return NULL;
      }
    return json_parser_steal_root (parser);
  }
}

static JsonObject *
draft_param (SbPolicyDraft *self, const char *key)
{
  JsonNode *n = json_object_get_member (self->params, key);

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static const char *
base_quote (SbPolicyDraft *self, const char *key)
{
  JsonObject *p = sb_policy_get_param (self->base, key);
  JsonObject *s = p != NULL ? json_object_get_object_member (p, "source") : NULL;

  return s != NULL ? json_object_get_string_member_with_default (s, "quote", NULL) : NULL;
}

gboolean
sb_policy_draft_set_value (SbPolicyDraft *self, const char *key, JsonNode *value,
                           const char *notice_id, const char *article, const char *quote,
                           GError **error)
{
  g_autoptr(JsonNode) owned = value;
  JsonObject *p = draft_param (self, key);
  JsonObject *source;

  if (p == NULL)
    return text_error (key, _("is not a parameter of this profile"), error);
  if (blank (quote))
    return text_error (key, _("a changed value needs the quoted words of its notice"), error);
  if (g_strcmp0 (quote, base_quote (self, key)) == 0)
    return text_error (key, _("a changed value needs a new quote: this is the old notice's"),
                       error);
  if (blank (article))
    return text_error (key, _("a changed value needs the article it is from"), error);
  if (notice_id == NULL || !json_object_has_member (self->notices, notice_id))
    return text_error (key, _("the notice of the new value is not among the profile's notices"),
                       error);
  json_object_set_member (p, "value", g_steal_pointer (&owned));
  source = json_object_new ();
  json_object_set_string_member (source, "notice", notice_id);
  json_object_set_string_member (source, "article", article);
  json_object_set_string_member (source, "quote", quote);
  json_object_set_object_member (p, "source", source);
  /* the old interpretation explained the old number */
  json_object_remove_member (p, "interpretation");
  json_object_remove_member (p, "interpretation_zh");
  return TRUE;
}

gboolean
sb_policy_draft_set_text (SbPolicyDraft *self, const char *key, const char *text,
                          const char *notice_id, const char *article, const char *quote,
                          GError **error)
{
  JsonObject *p = draft_param (self, key);
  JsonNode *value;

  if (p == NULL)
    return text_error (key, _("is not a parameter of this profile"), error);
  value = parse_text_as (json_object_get_member (p, "value"), text, key, error);
  if (value == NULL)
    return FALSE;
  return sb_policy_draft_set_value (self, key, value, notice_id, article, quote, error);
}

GPtrArray *
sb_policy_draft_changed (SbPolicyDraft *self)
{
  GPtrArray *names = sb_policy_get_param_names (self->base);

  g_ptr_array_set_size (self->changed, 0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      JsonObject *p = draft_param (self, key);
      JsonObject *b = sb_policy_get_param (self->base, key);

      if (p != NULL && b != NULL
          && !json_node_equal (json_object_get_member (p, "value"),
                               json_object_get_member (b, "value")))
        g_ptr_array_add (self->changed, g_strdup (key));
    }
  return self->changed;
}

SbPolicy *
sb_policy_draft_finish (SbPolicyDraft *self, GError **error)
{
  GPtrArray *changed = sb_policy_draft_changed (self);
  g_autofree char *text = NULL;
  g_autofree char *origin = g_strconcat (self->id, ".json", NULL);
  SbPolicy *made;

  for (guint i = 0; i < changed->len; i++)
    {
      const char *key = g_ptr_array_index (changed, i);
      JsonObject *s = json_object_get_object_member (draft_param (self, key), "source");
      const char *quote = s != NULL ? json_object_get_string_member_with_default (s, "quote", NULL)
                                    : NULL;

      if (g_strcmp0 (quote, base_quote (self, key)) == 0)
        {
          text_error (key, _("a changed value needs a new quote: this is the old notice's"), error);
          return NULL;
        }
    }
  text = sb_json_to_pretty_string (self->root);
  made = sb_policy_load_user_data (text, strlen (text), origin, error);
  if (made != NULL && !sb_policy_check_new_id (made, error))
    g_clear_pointer (&made, sb_policy_unref);
  return made;
}

gboolean
sb_policy_save_new (SbPolicySet *set, SbPolicy *policy, const char *dir, GError **error)
{
  g_autofree char *folder = sb_policy_user_dir (dir);
  g_autofree char *name = g_strconcat (sb_policy_get_id (policy), ".json", NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(SbPolicy) saved = NULL;

  if (sb_policy_set_lookup (set, sb_policy_get_id (policy), NULL) != NULL)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("A profile with the id “%s” exists already: give the new one another id"),
                   sb_policy_get_id (policy));
      return FALSE;
    }
  if (!sb_policy_write_file (policy, path, error))
    return FALSE;
  /* read back from its file: the set's profile names its origin */
  saved = sb_policy_load_user_file (path, error);
  if (saved == NULL)
    return FALSE;
  sb_policy_set_add (set, saved);
  return TRUE;
}

SbPolicy *
sb_policy_import_file (SbPolicySet *set, const char *path, const char *dir,
                       char **out_renamed_from, GError **error)
{
  g_autoptr(SbPolicy) policy = sb_policy_load_user_file (path, error);
  SbPolicy *existing;
  const char *id;

  if (out_renamed_from != NULL)
    *out_renamed_from = NULL;
  if (policy == NULL)
    return NULL;
  id = sb_policy_get_id (policy);
  existing = sb_policy_set_lookup (set, id, NULL);
  if (existing != NULL && !sb_policy_is_bundled (existing))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("You have a profile “%s” already (%s): remove it first, or import a file with another id"),
                   id, sb_policy_get_origin (existing));
      return NULL;
    }
  if (existing != NULL)
    {
      /* never replace a bundled profile: the import takes a free id */
      g_autofree char *free_id = sb_policy_set_free_id (set, id);
      g_autoptr(SbPolicyDraft) draft = sb_policy_draft_new (policy, free_id,
                                                            sb_policy_get_year (policy));
      SbPolicy *renamed = sb_policy_draft_finish (draft, error);

      if (renamed == NULL)
        return NULL;
      if (out_renamed_from != NULL)
        *out_renamed_from = g_strdup (id);
      g_clear_pointer (&policy, sb_policy_unref);
      policy = renamed;
    }
  else if (!sb_policy_check_new_id (policy, error))
    return NULL;
  if (!sb_policy_save_new (set, policy, dir, error))
    return NULL;
  return sb_policy_set_lookup (set, sb_policy_get_id (policy), NULL);
}

gboolean
sb_policy_delete_user (SbPolicySet *set, const char *id, GError **error)
{
  SbPolicy *p = sb_policy_set_lookup (set, id, error);
  g_autofree char *path = NULL;

  if (p == NULL)
    return FALSE;
  if (sb_policy_is_bundled (p))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                   _("“%s” is bundled with Shenbao and cannot be deleted"), id);
      return FALSE;
    }
  path = g_strdup (sb_policy_get_origin (p));
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   _("Cannot delete %s: %s"), path, g_strerror (e));
      return FALSE;
    }
  sb_policy_set_remove (set, id);
  return TRUE;
}
