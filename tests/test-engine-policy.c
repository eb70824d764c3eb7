/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Policy profiles: every bundled profile loads and validates, every quoted
 * phrase is in its notice, bad files are rejected naming the key. */
#include <glib/gstdio.h>
#include <string.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"

static const char * const bundled[] = {
  "hnte-zhejiang", "tase-dalian-2025", "tase-guangdong-2019", "tradefund-dalian-2024",
};

static char *
policy_path (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "policies", name, NULL);
}

static void
test_bundled_validate (void)
{
  g_autofree char *empty = g_dir_make_tmp ("shenbao-policy-XXXXXX", NULL);
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (empty);
  GPtrArray *ids = sb_policy_set_get_ids (set);

  for (guint i = 0; i < sb_policy_set_get_load_errors (set)->len; i++)
    g_test_message ("load error: %s", (char *) g_ptr_array_index (sb_policy_set_get_load_errors (set), i));
  g_assert_cmpuint (sb_policy_set_get_load_errors (set)->len, ==, 0);
  g_assert_cmpuint (ids->len, ==, G_N_ELEMENTS (bundled));
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autoptr(GError) error = NULL;
      SbPolicy *p = sb_policy_set_lookup (set, bundled[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (sb_policy_get_id (p), ==, bundled[i]);
      g_assert_cmpuint (sb_policy_get_param_names (p)->len, >, 5);
    }
  g_rmdir (empty);
}

static char *
strip_space (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x3000)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_quotes_in_notices (void)
{
  const char *seeds = g_getenv ("SHENBAO_SEEDS_DIR");
  guint checked = 0;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the notices (shared/seeds) are not here");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *path = policy_path (bundled[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SbPolicy) p = sb_policy_new_from_file (path, &error);
      GPtrArray *names;

      g_assert_no_error (error);
      names = sb_policy_get_param_names (p);
      for (guint j = 0; j < names->len; j++)
        {
          const char *key = g_ptr_array_index (names, j);
          JsonObject *param = sb_policy_get_param (p, key);
          JsonObject *source = json_object_get_object_member (param, "source");
          const char *notice_id = json_object_get_string_member (source, "notice");
          JsonObject *notice = sb_policy_get_notice (p, notice_id);
          g_autofree char *text = NULL;
          g_autofree char *file = NULL;
          g_autofree char *flat_text = NULL;
          g_autofree char *flat_quote = NULL;

          g_assert_nonnull (notice);
          if (!json_object_has_member (notice, "file"))
            {
              /* a law or guideline outside the seeds: it must say which */
              g_assert_true (json_object_has_member (notice, "title"));
              continue;
            }
          file = g_build_filename (seeds, json_object_get_string_member (notice, "file"), NULL);
          g_file_get_contents (file, &text, NULL, &error);
          g_assert_no_error (error);
          flat_text = strip_space (text);
          flat_quote = strip_space (json_object_get_string_member (source, "quote"));
          if (strstr (flat_text, flat_quote) == NULL)
            g_error ("%s: params.%s: the quote “%s” is not in %s", bundled[i], key,
                     json_object_get_string_member (source, "quote"),
                     json_object_get_string_member (notice, "file"));
          checked++;
        }
    }
  g_test_message ("%u quotes found in their notices", checked);
  g_assert_cmpuint (checked, >, 40);
}

/* Removing any one parameter of a bundled profile makes validation fail
 * with a message naming that parameter. */
static void
test_missing_key_named (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autofree char *path = policy_path (bundled[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SbPolicy) p = sb_policy_new_from_file (path, &error);
      g_autoptr(JsonParser) parser = json_parser_new ();
      GPtrArray *names;
      guint required = 0;

      g_assert_no_error (error);
      names = sb_policy_get_param_names (p);
      json_parser_load_from_file (parser, path, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < names->len; j++)
        {
          const char *key = g_ptr_array_index (names, j);
          /* json_node_copy() shares the object: parse a fresh copy each time */
          g_autofree char *text = json_to_string (json_parser_get_root (parser), FALSE);
          g_autoptr(JsonNode) copy = json_from_string (text, NULL);
          JsonObject *params = json_object_get_object_member (json_node_get_object (copy), "params");
          g_autoptr(JsonGenerator) gen = json_generator_new ();
          g_autofree char *data = NULL;
          g_autoptr(SbPolicy) cut = NULL;
          g_autofree char *needle = g_strdup_printf ("params.%s", key);
          g_autoptr(GError) cut_error = NULL;

          json_object_remove_member (params, key);
          json_generator_set_root (gen, copy);
          data = json_generator_to_data (gen, NULL);
          cut = sb_policy_new_from_data (data, strlen (data), "cut.json", &cut_error);
          g_assert_no_error (cut_error);
          if (sb_policy_validate (cut, &cut_error))
            continue;   /* an optional parameter */
          required++;
          g_assert_error (cut_error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
          if (strstr (cut_error->message, needle) == NULL)
            g_error ("removing %s from %s: the message does not name it: %s", needle,
                     bundled[i], cut_error->message);
        }
      g_test_message ("%s: %u required parameters", bundled[i], required);
      g_assert_cmpuint (required, >, 5);
    }
}

static const struct
{
  const char *json;
  const char *needle;
} bad_profiles[] = {
  { "{", "not valid JSON" },
  { "{\"format\": \"x\"}", "format" },
  { "{\"format\": \"shenbao-policy\", \"version\": 2}", "version" },
  { "{\"format\": \"shenbao-policy\", \"version\": 1, \"program\": \"tase\"}", "id: missing" },
  { "{\"format\": \"shenbao-policy\", \"version\": 1, \"id\": \"a\", \"program\": \"tase\","
    " \"title\": \"t\", \"region\": \"r\", \"year\": 2025, \"notices\": {}, \"params\": {\"k\": {\"value\": 1}}}",
    "params.k.source" },
  { "{\"format\": \"shenbao-policy\", \"version\": 1, \"id\": \"a\", \"program\": \"tase\","
    " \"title\": \"t\", \"region\": \"r\", \"year\": 2025, \"notices\": {},"
    " \"params\": {\"k\": {\"value\": 1, \"source\": {\"notice\": \"n\", \"article\": \"a\", \"quote\": \"q\"}}}}",
    "params.k.source.notice" },
  { "{\"format\": \"shenbao-policy\", \"version\": 1, \"id\": \"a\", \"program\": \"tase\","
    " \"title\": \"t\", \"region\": \"r\", \"year\": \"2025\", \"notices\": {}, \"params\": {}}",
    "year" },
};

static void
test_bad_profiles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_profiles); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbPolicy) p = sb_policy_new_from_data (bad_profiles[i].json,
                                                       strlen (bad_profiles[i].json),
                                                       "bad.json", &error);

      g_assert_null (p);
      g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad_profiles[i].needle));
      g_assert_nonnull (strstr (error->message, "bad.json"));
    }
}

static void
test_wrong_type_named (void)
{
  g_autofree char *path = policy_path ("tase-dalian-2025");
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(SbPolicy) p = NULL;
  JsonObject *params, *param;
  GList *members;
  const char *key;
  g_autofree char *needle = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  params = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "params");
  /* make the first numeric parameter a string */
  members = json_object_get_members (params);
  key = NULL;
  for (GList *l = members; l != NULL && key == NULL; l = l->next)
    {
      JsonNode *v = json_object_get_member (json_object_get_object_member (params, l->data), "value");
      if (JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) != G_TYPE_STRING)
        key = l->data;
    }
  g_list_free (members);
  g_assert_nonnull (key);
  param = json_object_get_object_member (params, key);
  json_object_set_string_member (param, "value", "fifty percent");
  needle = g_strdup_printf ("params.%s", key);
  json_generator_set_root (gen, json_parser_get_root (parser));
  data = json_generator_to_data (gen, NULL);
  p = sb_policy_new_from_data (data, strlen (data), "typed.json", &error);
  g_assert_no_error (error);
  g_assert_false (sb_policy_validate (p, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_assert_nonnull (strstr (error->message, needle));
}

/* The boolean getter and the errors a rules compiler raises on top of the
 * getters carry the getters' message. */
static void
test_boolean_and_errors (void)
{
  static const char data[] =
    "{ \"format\": \"shenbao-policy\", \"version\": 1, \"id\": \"t\", \"program\": \"tase\","
    "  \"title\": \"T\", \"region\": \"dalian\", \"year\": 2025,"
    "  \"notices\": { \"000\": { \"title\": \"N\" } },"
    "  \"params\": {"
    "    \"yes\": { \"value\": true, \"source\": { \"notice\": \"000\", \"article\": \"1\", \"quote\": \"q\" } },"
    "    \"num\": { \"value\": 1, \"source\": { \"notice\": \"000\", \"article\": \"1\", \"quote\": \"q\" } } } }";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) p = sb_policy_new_from_data (data, sizeof data - 1, "t.json", &error);
  gboolean value = FALSE;

  g_assert_no_error (error);
  g_assert_true (sb_policy_get_boolean (p, "yes", &value, &error));
  g_assert_no_error (error);
  g_assert_true (value);

  g_assert_false (sb_policy_get_boolean (p, "num", &value, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_assert_cmpstr (error->message, ==, "Policy profile t.json: params.num.value: must be true or false");
  g_clear_error (&error);

  g_assert_false (sb_policy_get_boolean (p, "nope", &value, &error));
  g_assert_cmpstr (error->message, ==, "Policy profile t.json: params.nope: missing");
  g_clear_error (&error);

  g_assert_false (sb_policy_value_error (p, "list", "[2].name", "is odd", &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_assert_cmpstr (error->message, ==, "Policy profile t.json: params.list.value[2].name: is odd");
  g_clear_error (&error);

  g_assert_false (sb_policy_value_error (p, "num", NULL, "is odd", &error));
  g_assert_cmpstr (error->message, ==, "Policy profile t.json: params.num.value: is odd");
  g_clear_error (&error);

  g_assert_false (sb_policy_error (p, "program", "is odd", &error));
  g_assert_cmpstr (error->message, ==, "Policy profile t.json: program: is odd");
}

/* A profile in the user's folder is added beside the bundled ones; one with a
 * bundled id is refused, saying so (the bundled one stays); a broken one is
 * reported, naming the file and key, and not used. */
static void
test_user_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shenbao-policy-XXXXXX", NULL);
  g_autofree char *src = policy_path ("tradefund-dalian-2024");
  g_autofree char *data = NULL;
  g_autofree char *good = g_build_filename (dir, "tradefund-dalian-2025.json", NULL);
  g_autofree char *same = g_build_filename (dir, "tradefund-dalian-2024.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "hnte-zhejiang.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) set = NULL;
  g_autoptr(GString) modified = NULL;
  GPtrArray *errors;
  SbPolicy *p;

  g_file_get_contents (src, &data, NULL, &error);
  g_assert_no_error (error);
  modified = g_string_new (data);
  g_string_replace (modified, "\"title\":", "\"title\": \"用户版\", \"x_old_title\":", 1);
  g_file_set_contents (same, modified->str, -1, &error);
  g_assert_no_error (error);
  g_string_replace (modified, "\"id\": \"tradefund-dalian-2024\"", "\"id\": \"tradefund-dalian-2025\"", 1);
  g_string_replace (modified, "\"year\": 2024", "\"year\": 2025", 1);
  g_file_set_contents (good, modified->str, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (bad, "{\"format\": \"shenbao-policy\", \"version\": 1}", -1, &error);
  g_assert_no_error (error);

  set = sb_policy_set_new_default (dir);
  p = sb_policy_set_lookup (set, "tradefund-dalian-2025", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_policy_get_title (p), ==, "用户版");
  g_assert_cmpstr (sb_policy_get_origin (p), ==, good);
  /* the bundled 2024 profile stays: the user's copy of its id is refused */
  p = sb_policy_set_lookup (set, "tradefund-dalian-2024", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (sb_policy_get_origin (p), "/io/github/shenbao/"));
  errors = sb_policy_set_get_load_errors (set);
  g_assert_cmpuint (errors->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), bad));
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 1), same));
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 1), "bundled"));
  /* the broken user file replaces nothing: the bundled profile stays in
   * use, and the load error names the file and the key */
  p = sb_policy_set_lookup (set, "hnte-zhejiang", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (sb_policy_get_origin (p), "/io/github/shenbao/"));
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), "id: missing"));

  g_unlink (good);
  g_unlink (same);
  g_unlink (bad);
  g_rmdir (dir);
}

/* A Chinese user reads the profile's Chinese interpretation where it has one;
 * others (and params without one) the English. */
static void
test_interpretation_language (void)
{
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (NULL);
  g_autoptr(GError) error = NULL;
  SbPolicy *p = sb_policy_set_lookup (set, "hnte-zhejiang", &error);
  const char *text;

  g_assert_no_error (error);
  g_setenv ("LANGUAGE", "en_GB", TRUE);
  text = sb_policy_get_interpretation (p, "innovation_min");
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "The number is from"));
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  text = sb_policy_get_interpretation (p, "innovation_min");
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "该分数线出自"));
  /* no Chinese text: the English one */
  text = sb_policy_get_interpretation (p, "innovation_growth_max");
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "The number is from"));
  g_assert_null (sb_policy_get_interpretation (p, "no_such_param"));
  g_unsetenv ("LANGUAGE");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/policy/bundled-validate", test_bundled_validate);
  g_test_add_func ("/engine/policy/quotes-in-notices", test_quotes_in_notices);
  g_test_add_func ("/engine/policy/missing-key-named", test_missing_key_named);
  g_test_add_func ("/engine/policy/wrong-type-named", test_wrong_type_named);
  g_test_add_func ("/engine/policy/bad-profiles", test_bad_profiles);
  g_test_add_func ("/engine/policy/interpretation-language", test_interpretation_language);
  g_test_add_func ("/engine/policy/boolean-and-errors", test_boolean_and_errors);
  g_test_add_func ("/engine/policy/user-folder", test_user_folder);
  return g_test_run ();
}
