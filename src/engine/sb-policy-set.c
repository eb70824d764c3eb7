/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-policy.h"
#include "sb-policy-edit.h"
#include "sb-policy-meta.h"
#include "sb-engine-resources.h"

#define POLICY_RESOURCE_PATH "/io/github/shenbao/Shenbao/policies"

struct _SbPolicySet
{
  GHashTable *policies;     /* id → SbPolicy* */
  GHashTable *failed;       /* id or file name → message, for files that did not load */
  GPtrArray  *ids;          /* sorted, rebuilt on demand */
  GPtrArray  *errors;       /* char* */
  GPtrArray  *retired;      /* SbPolicy* replaced or removed: kept alive until the set
                             * goes, as a window may still hold them (borrowed) */
};

SbPolicySet *
sb_policy_set_new (void)
{
  SbPolicySet *self = g_new0 (SbPolicySet, 1);

  self->policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) sb_policy_unref);
  self->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->errors = g_ptr_array_new_with_free_func (g_free);
  self->retired = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_policy_unref);
  return self;
}

void
sb_policy_set_free (SbPolicySet *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->policies);
  g_hash_table_unref (self->failed);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_ptr_array_unref (self->errors);
  g_ptr_array_unref (self->retired);
  g_free (self);
}

void
sb_policy_set_add (SbPolicySet *self, SbPolicy *policy)
{
  SbPolicy *old = g_hash_table_lookup (self->policies, sb_policy_get_id (policy));

  if (old == policy)
    return;
  if (old != NULL)
    g_ptr_array_add (self->retired, sb_policy_ref (old));
  g_hash_table_replace (self->policies, g_strdup (sb_policy_get_id (policy)),
                        sb_policy_ref (policy));
  g_hash_table_remove (self->failed, sb_policy_get_id (policy));
  g_clear_pointer (&self->ids, g_ptr_array_unref);
}

gboolean
sb_policy_set_remove (SbPolicySet *self, const char *id)
{
  SbPolicy *old = g_hash_table_lookup (self->policies, id);

  if (old == NULL)
    return FALSE;
  g_ptr_array_add (self->retired, sb_policy_ref (old));
  g_hash_table_remove (self->policies, id);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  return TRUE;
}

/* Loads, validates and adds one profile; records the failure under the
 * file's base name (which by convention is the id). */
static gboolean
add_loaded (SbPolicySet *self, SbPolicy *policy, const char *file_id, GError *error)
{
  g_autoptr(GError) local_error = error;

  if (policy != NULL && !sb_policy_validate (policy, &local_error))
    g_clear_pointer (&policy, sb_policy_unref);
  if (policy == NULL)
    {
      g_ptr_array_add (self->errors, g_strdup (local_error->message));
      g_hash_table_replace (self->failed, g_strdup (file_id), g_strdup (local_error->message));
      return FALSE;
    }
  sb_policy_set_add (self, policy);
  sb_policy_unref (policy);
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
file_id (const char *name)
{
  return g_str_has_suffix (name, ".json") ? g_strndup (name, strlen (name) - 5) : g_strdup (name);
}

static void
add_resources (SbPolicySet *self)
{
  /* Referencing the resource keeps its object (and its registering
   * constructor) in programs that link the static engine library; not in a
   * g_assert (), which G_DISABLE_ASSERT would remove. */
  if (sb_engine_get_resource () == NULL)
    return;

  g_auto(GStrv) names = g_resources_enumerate_children (POLICY_RESOURCE_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", POLICY_RESOURCE_PATH, names[i], NULL);
      g_autofree char *id = file_id (names[i]);
      g_autoptr(GBytes) bytes = NULL;
      GError *error = NULL;
      SbPolicy *policy = NULL;
      gsize len;
      const char *data;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &len);
          policy = sb_policy_new_from_data (data, len, path, &error);
        }
      add_loaded (self, policy, id, error);
    }
}

guint
sb_policy_set_add_dir (SbPolicySet *self, const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint loaded = 0;

  if (d == NULL)
    return 0;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);   /* a stable order */
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, n, NULL);
      g_autofree char *id = file_id (n);
      GError *error = NULL;
      SbPolicy *policy = sb_policy_load_user_file (path, &error);
      SbPolicy *existing;

      /* a profile of the user's never replaces a bundled one of the same id */
      if (policy != NULL
          && (existing = g_hash_table_lookup (self->policies, sb_policy_get_id (policy))) != NULL
          && sb_policy_is_bundled (existing))
        {
          g_autofree char *free_id = sb_policy_set_free_id (self, sb_policy_get_id (policy));

          g_set_error (&error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
                       _("Policy profile %s: its id “%s” is a bundled profile's, which stays in use; "
                         "give yours an id of its own (such as “%s”)"),
                       path, sb_policy_get_id (policy), free_id);
          g_ptr_array_add (self->errors, g_strdup (error->message));
          g_clear_error (&error);
          g_clear_pointer (&policy, sb_policy_unref);
          continue;
        }
      if (add_loaded (self, policy, id, error))
        loaded++;
    }
  return loaded;
}

SbPolicySet *
sb_policy_set_new_default (const char *user_dir)
{
  SbPolicySet *self = sb_policy_set_new ();
  g_autofree char *dir = NULL;

  add_resources (self);
  if (user_dir == NULL)
    user_dir = dir = g_build_filename (g_get_user_data_dir (), "shenbao", "policies", NULL);
  sb_policy_set_add_dir (self, user_dir);
  return self;
}

SbPolicy *
sb_policy_set_lookup (SbPolicySet *self, const char *id, GError **error)
{
  SbPolicy *policy = g_hash_table_lookup (self->policies, id);
  const char *failure;

  if (policy != NULL)
    return policy;
  failure = g_hash_table_lookup (self->failed, id);
  if (failure != NULL)
    g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, failure);
  else
    g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_UNKNOWN_POLICY,
                 _("no policy profile “%s”"), id);
  return NULL;
}

GPtrArray *
sb_policy_set_get_ids (SbPolicySet *self)
{
  if (self->ids == NULL)
    {
      GHashTableIter iter;
      gpointer key;

      self->ids = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, self->policies);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (self->ids, key);
      g_ptr_array_sort (self->ids, compare_strings);
    }
  return self->ids;
}

GPtrArray *
sb_policy_set_get_load_errors (SbPolicySet *self)
{
  return self->errors;
}
