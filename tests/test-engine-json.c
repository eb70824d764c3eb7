/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The strict JSON reading path and the linear writer: hostile texts are
 * refused with a short message naming the key, never a crash; the writer
 * takes 50,000 levels.  The big reproducers are made here, not committed. */
#include <glib/gstdio.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-json-strict.h"
#include "sb-policy.h"

#define HEAD "{\"format\": \"shenbao-dossier\", \"version\": 1, "

/* @json refused with SB_ENGINE_ERROR_FORMAT and a message holding every
 * @needle (NULL-terminated) and no longer than 300 bytes. */
static void
check_refused (const char *json, gssize len, ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = sb_json_strict_parse (json, len, &error);
  va_list args;
  const char *needle;

  g_assert_null (node);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <=, 300);
  va_start (args, len);
  while ((needle = va_arg (args, const char *)) != NULL)
    {
      if (strstr (error->message, needle) == NULL)
        g_error ("“%s” not in “%s”", needle, error->message);
    }
  va_end (args);
}

static void
check_accepted (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = sb_json_strict_parse (json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
}

static void
test_numbers (void)
{
  static const char * const bad[] = {
    "0100", "0x10", ".5", "1.", "+1", "-", "01.5", "1e", "1e+", "NaN", "Infinity",
    "-Infinity", "1.5.2", "0.", "-.5", "00", "1_000",
  };
  static const char * const good[] = {
    "0", "-0", "1", "-1", "0.5", "1.25", "1e2", "1E+2", "1e-2", "-0.0",
    "9223372036854775807", "-9223372036854775808", "1e300",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"company\": {\"amount\": %s}}", bad[i]);
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad[i]);

      check_refused (json, -1, "company.amount", quoted, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"amount\": [%s]}", good[i]);

      check_accepted (json);
    }
  /* out of range: never read as something else */
  check_refused ("{\"a\": 9223372036854775808}", -1, "a", "out of range", NULL);
  check_refused ("{\"a\": 1e400}", -1, "a", "out of range", NULL);
  check_refused ("{\"a\": -1e400}", -1, "a", "out of range", NULL);
  /* a 1 MB number is quoted in 80 characters */
  {
    g_autofree char *digits = g_strnfill (1000000, '7');
    g_autofree char *json = g_strdup_printf ("{\"a\": 0%s}", digits);

    check_refused (json, -1, "a", "…", NULL);
  }
}

static void
test_strings (void)
{
  check_refused ("{\"company\": {\"name\": \"A\\u0000B\"}}", -1, "company.name", "\\u0000", NULL);
  check_refused ("{\"company\": {\"name\": \"A\\ud800\"}}", -1, "company.name", "surrogate", NULL);
  check_refused ("{\"company\": {\"name\": \"A\\ud800\\u0041\"}}", -1, "company.name",
                 "surrogate", NULL);
  check_refused ("{\"company\": {\"name\": \"A\\udc00B\"}}", -1, "company.name", "surrogate", NULL);
  check_refused ("{\"company\": {\"name\": \"A\xff\"}}", -1, "company.name", "UTF-8", NULL);
  check_refused ("{\"company\": {\"name\": \"A\xc0\x80\"}}", -1, "company.name", "UTF-8", NULL);
  check_refused ("{\"company\": {\"name\": \"A\xed\xa0\x80\"}}", -1, "company.name", "UTF-8", NULL);
  check_refused ("{\"company\": {\"name\": \"A\xe5\xa4\"}}", -1, "company.name", "UTF-8", NULL);
  check_refused ("{\"company\": {\"name\": \"A\nB\"}}", -1, "company.name", "control", NULL);
  check_refused ("{\"company\": {\"name\": \"A\\x41\"}}", -1, "company.name", "escape", NULL);
  check_refused ("{\"a\": \"abc", -1, "not closed", NULL);
  /* a raw NUL byte */
  check_refused ("{\"a\": \"A\0B\"}", 11, "a", "control", NULL);
  /* a pair of surrogates is one character */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = sb_json_strict_parse ("{\"a\": \"\\ud83d\\ude00\\u00e9\"}", -1,
                                                     &error);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "a"), ==,
                     "\xf0\x9f\x98\x80\xc3\xa9");
  }
  /* a string of more than SB_JSON_MAX_STRING bytes */
  {
    g_autofree char *text = g_strnfill (SB_JSON_MAX_STRING + 10, 'x');
    g_autofree char *json = g_strdup_printf ("{\"tase\": {\"business_statement\": \"%s\"}}", text);

    check_refused (json, -1, "tase.business_statement", "longer", NULL);
  }
  /* an escaped key is the same key */
  check_refused ("{\"ab\": 1, \"a\\u0062\": 2}", -1, "ab", "twice", NULL);
  check_refused ("{\"years\": [{\"year\": 1, \"year\": 2}]}", -1, "years[0].year", "twice", NULL);
  /* the same key in two objects is fine */
  check_accepted ("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}, \"c\": [{\"x\": 1}, {\"x\": 2}]}");
  /* a long key is cut in the message */
  {
    g_autofree char *key = g_strnfill (5000, 'k');
    g_autofree char *json = g_strdup_printf ("{\"%s\": 01}", key);

    check_refused (json, -1, "…", NULL);
  }
}

static void
test_syntax (void)
{
  check_refused ("", -1, "empty", NULL);
  check_refused ("   ", -1, "empty", NULL);
  check_refused ("{\"a\": 1,}", -1, "key", NULL);
  check_refused ("[1, 2,]", -1, NULL);
  check_refused ("{\"a\": 1} x", -1, "more text", NULL);
  check_refused ("{'a': 1}", -1, "key", NULL);
  check_refused ("{\"a\": 1 /* comment */}", -1, NULL);
  check_refused ("{\"a\": tru}", -1, "“tru”", NULL);
  check_refused ("{\"a\" 1}", -1, "colon", NULL);
  check_refused ("{\"a\": [1, 2}", -1, "]", NULL);
  check_refused ("{\"a\": {\"b\": 1]", -1, "}", NULL);
  check_refused ("[", -1, NULL);
  check_accepted ("\xef\xbb\xbf{\"a\": true, \"b\": false, \"c\": null, \"d\": [], \"e\": {}}");
  check_accepted (" [ 1 , \"x\" , { } ] \n");
}

static char *
nested (guint levels, const char *open, const char *inner, const char *close)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < levels; i++)
    g_string_append (s, open);
  g_string_append (s, inner);
  for (guint i = 0; i < levels; i++)
    g_string_append (s, close);
  return g_string_free (s, FALSE);
}

static void
test_depth (void)
{
  g_autofree char *ok = nested (SB_JSON_MAX_DEPTH, "[", "1", "]");
  g_autofree char *deep = nested (SB_JSON_MAX_DEPTH + 1, "[", "1", "]");
  g_autofree char *objects = nested (300000, "{\"k\":", "1", "}");

  check_accepted (ok);
  check_refused (deep, -1, "nested deeper than 64", NULL);
  check_refused (objects, -1, "k.k.k", "nested deeper", NULL);
}

/* The reproducer: a dossier nested 300,000 levels, written to a
 * file, through the reader (which crashed json-glib's recursive parser). */
static void
test_deep_dossier_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shenbao-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deep.shenbao.json", NULL);
  g_autofree char *inner = nested (300000, "[", "0", "]");
  g_autofree char *json = g_strdup_printf (HEAD "\"company\": {\"name\": \"X\"}, "
                                           "\"future_key\": %s}", inner);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  d = sb_dossier_from_file (path, NULL, &error);
  g_assert_null (d);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "future_key"));
  g_assert_cmpuint (strlen (error->message), <=, 300);
  g_unlink (path);
  g_rmdir (dir);
}

/* 50,000 levels in a tree made in memory (the store's JSON column of an
 * older version could hold one): printed without recursion, in a text that
 * grows linearly with the depth. */
static void
test_writer_deep (void)
{
  const guint levels = 50000;
  JsonNode *root = json_node_new (JSON_NODE_ARRAY);
  JsonNode *cur = root;
  g_autofree char *pretty = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(GPtrArray) arrays = g_ptr_array_new ();

  json_node_take_array (root, json_array_new ());
  g_ptr_array_add (arrays, json_node_get_array (root));
  for (guint i = 1; i < levels; i++)
    {
      JsonNode *child = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();
      JsonArray *a = json_array_new ();
      JsonNode *inner = json_node_new (JSON_NODE_ARRAY);

      json_node_take_array (inner, a);
      json_object_set_member (o, "k", inner);
      json_node_take_object (child, o);
      json_array_add_element (json_node_get_array (cur), child);
      g_ptr_array_add (arrays, a);
      cur = inner;
    }
  pretty = sb_json_to_pretty_string (root);
  compact = sb_json_to_compact_string (root);
  /* each level (an array and an object) four lines of at most 2 × 64
   * spaces and a few characters */
  g_assert_cmpuint (strlen (pretty), <=, (gsize) levels * 4 * (2 * SB_JSON_MAX_DEPTH + 16));
  g_assert_cmpuint (strlen (compact), ==, (gsize) (levels - 1) * strlen ("[{\"k\":}]") + 2);
  g_assert_true (g_str_has_prefix (compact, "[{\"k\":[{\"k\":["));
  /* json-glib frees a tree by recursion: emptied from the bottom up, each
   * free is shallow */
  for (guint i = arrays->len; i > 0; i--)
    {
      JsonArray *a = g_ptr_array_index (arrays, i - 1);

      if (json_array_get_length (a) > 0)
        json_array_remove_element (a, 0);
    }
  json_node_unref (root);
}

/* The writer gives what json-glib reads back, equal to what was read. */
static void
test_writer_round_trip (void)
{
  const char *json = "{\"a\": [1, -2, 0.5, 1e-7, \"x\\\"\\\\\\n\\u0001é\", true, false, null],"
                     " \"b\": {}, \"c\": [], \"d\": {\"e\": {\"f\": [[]]}}}";
  g_autoptr(JsonNode) node = sb_json_strict_parse (json, -1, NULL);
  g_autofree char *pretty = sb_json_to_pretty_string (node);
  g_autofree char *compact = sb_json_to_compact_string (node);
  g_autoptr(JsonNode) again = sb_json_strict_parse (pretty, -1, NULL);
  g_autoptr(JsonNode) again2 = sb_json_strict_parse (compact, -1, NULL);

  g_assert_nonnull (again);
  g_assert_nonnull (again2);
  g_assert_true (json_node_equal (node, again));
  g_assert_true (json_node_equal (node, again2));
  g_assert_nonnull (strstr (pretty, "\n  \"b\": {}"));

  /* controls and reordering marks leave the writer escaped (a terminal
   * shows the text as text), and read back the same */
  {
    const char *marks = "{\"n\": \"A\\u001b[2J\\u009b\\u202e\\u2028\\u2069\\u00e9\\u2030Z\"}";
    g_autoptr(JsonNode) m = sb_json_strict_parse (marks, -1, NULL);
    g_autofree char *text = sb_json_to_pretty_string (m);
    g_autoptr(JsonNode) back = sb_json_strict_parse (text, -1, NULL);

    g_assert_nonnull (m);
    g_assert_nonnull (strstr (text, "\\u001b[2J\\u009b\\u202e\\u2028\\u2069é‰Z"));
    g_assert_true (json_node_equal (m, back));
  }
}

/* The dossier reader through the strict path: the probes. */
static void
test_dossier_probes (void)
{
  static const struct { const char *json; const char *needle; } probes[] = {
    { HEAD "\"years\": [{\"year\": 2024, \"income_total\": 0100}]}", "“0100”" },
    { HEAD "\"years\": [{\"year\": 2024, \"income_total\": 0x10}]}", "“0x10”" },
    { HEAD "\"years\": [{\"year\": 2024, \"income_total\": .5}]}", "“.5”" },
    { HEAD "\"years\": [{\"year\": 2024, \"income_total\": 1.}]}", "“1.”" },
    { HEAD "\"company\": {\"name\": \"A\\u0000B\"}}", "company.name" },
    { HEAD "\"company\": {\"name\": \"A\", \"name\": \"B\"}}", "company.name" },
    { HEAD "\"company\": {\"name\": \"\\ud800\"}}", "company.name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbDossier) d = sb_dossier_from_data (probes[i].json, -1, NULL, &error);

      g_assert_null (d);
      g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT);
      g_test_message ("%s", error->message);
      if (strstr (error->message, probes[i].needle) == NULL)
        g_error ("“%s” not in “%s”", probes[i].needle, error->message);
    }

  /* 1e300 is out of range, not "more than two decimals" */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SbDossier) d =
      sb_dossier_from_data (HEAD "\"years\": [{\"year\": 2024, \"income_total\": 1e300}]}", -1,
                            NULL, &error);

    g_assert_null (d);
    g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
    g_assert_nonnull (strstr (error->message, "income_total"));
    g_assert_nonnull (strstr (error->message, "beyond"));
    g_assert_null (strstr (error->message, "decimals"));
  }
}

/* A long value quoted in a reader's message, or a long contract number in
 * its path, is cut: one line of reasonable length. */
static void
test_long_values_cut (void)
{
  g_autofree char *code = g_strnfill (100000, 'Q');
  g_autofree char *no = g_strnfill (100000, 'N');
  g_autofree char *json = g_strdup_printf (HEAD "\"years\": [{\"year\": 2024, \"contracts\": "
                                           "[{\"no\": \"%s\", \"category\": \"%s\"}]}]}",
                                           no, code);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  g_hash_table_add (codes, (gpointer) "ITO.software_dev");
  d = sb_dossier_from_data (json, -1, codes, &error);
  g_assert_null (d);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "category"));
  g_assert_nonnull (strstr (error->message, "unknown catalogue code"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <=, 600);
}

/* Policy profiles go through the same path. */
static void
test_policy (void)
{
  const char *json = "{\"format\": \"shenbao-policy\", \"format\": \"shenbao-policy\", \"version\": 1}";
  g_autoptr(GError) error = NULL;
  SbPolicy *p = sb_policy_new_from_data (json, strlen (json), "dup.json", &error);

  g_assert_null (p);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_assert_nonnull (strstr (error->message, "format"));
  g_assert_nonnull (strstr (error->message, "twice"));
}

static void
test_excerpt (void)
{
  g_autofree char *a = sb_json_excerpt ("abc", -1, 80);
  g_autofree char *b = sb_json_excerpt ("\x1b[31mred\xff", -1, 80);
  g_autofree char *c = sb_json_excerpt ("一二三四五", -1, 3);

  g_assert_cmpstr (a, ==, "abc");
  g_assert_null (strchr (b, '\x1b'));
  g_assert_true (g_utf8_validate (b, -1, NULL));
  g_assert_cmpstr (c, ==, "一二三…");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/numbers", test_numbers);
  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/syntax", test_syntax);
  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/deep-dossier-file", test_deep_dossier_file);
  g_test_add_func ("/json/writer-deep", test_writer_deep);
  g_test_add_func ("/json/writer-round-trip", test_writer_round_trip);
  g_test_add_func ("/json/dossier-probes", test_dossier_probes);
  g_test_add_func ("/json/policy", test_policy);
  g_test_add_func ("/json/long-values-cut", test_long_values_cut);
  g_test_add_func ("/json/excerpt", test_excerpt);
  return g_test_run ();
}
