/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-flatpak.c: the Flatpak manifest: app id, GNOME runtime, the modules
 * (libxlsxwriter, then Shenbao with meson), and permissions that grant no
 * network and no home or host file system. */
#include <json-glib/json-glib.h>
#include <string.h>

static JsonObject *manifest;

static const char *
member_string (JsonObject *object, const char *name)
{
  return json_object_get_string_member_with_default (object, name, NULL);
}

static void
test_identity (void)
{
  const char *id = member_string (manifest, "id");

  if (id == NULL)
    id = member_string (manifest, "app-id");
  g_assert_cmpstr (id, ==, "io.github.shenbao.Shenbao");
  g_assert_cmpstr (member_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (member_string (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_nonnull (member_string (manifest, "runtime-version"));
  /* the window, not the command line */
  g_assert_cmpstr (member_string (manifest, "command"), ==, "shenbao");
}

static JsonObject *
find_module (const char *name, guint *index)
{
  JsonArray *modules = json_object_get_array_member (manifest, "modules");

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);

      /* a module may be a file name; ours are inline */
      if (JSON_NODE_HOLDS_OBJECT (node)
          && g_strcmp0 (member_string (json_node_get_object (node), "name"), name) == 0)
        {
          *index = i;
          return json_node_get_object (node);
        }
    }
  return NULL;
}

static gboolean
is_hex64 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

static void
test_modules (void)
{
  guint xlsx_index = 0, shenbao_index = 0;
  JsonObject *xlsx = find_module ("libxlsxwriter", &xlsx_index);
  JsonObject *shenbao = find_module ("shenbao", &shenbao_index);
  const char *buildsystem;
  JsonArray *sources;
  gboolean pinned = FALSE;

  g_assert_nonnull (xlsx);
  g_assert_nonnull (shenbao);
  /* the library first: shenbao's meson needs its pkg-config file */
  /* so do the ledger readers' libraries, each from a pinned archive */
  for (guint k = 0; k < 3; k++)
    {
      static const char * const names[] = { "libgsf", "freexl", "uchardet" };
      guint index = 0;
      JsonObject *module = find_module (names[k], &index);
      JsonArray *archives;

      g_assert_nonnull (module);
      g_assert_cmpuint (index, <, shenbao_index);
      archives = json_object_get_array_member (module, "sources");
      g_assert_true (is_hex64 (member_string (json_array_get_object_element (archives, 0),
                                              "sha256")));
    }
  g_assert_cmpuint (xlsx_index, <, shenbao_index);

  /* libxlsxwriter with CMake, or its Makefile */
  buildsystem = member_string (xlsx, "buildsystem");
  g_assert_nonnull (buildsystem);
  if (g_str_equal (buildsystem, "simple"))
    {
      JsonArray *commands = json_object_get_array_member (xlsx, "build-commands");
      gboolean make = FALSE, install = FALSE;

      g_assert_nonnull (commands);
      for (guint i = 0; i < json_array_get_length (commands); i++)
        {
          const char *command = json_array_get_string_element (commands, i);

          make |= g_str_has_prefix (command, "make");
          install |= g_str_has_prefix (command, "make install")
                     && strstr (command, "PREFIX=") != NULL;
        }
      g_assert_true (make);
      g_assert_true (install);
    }
  else
    g_assert_true (g_str_equal (buildsystem, "cmake") || g_str_equal (buildsystem, "cmake-ninja"));

  /* from a release archive pinned by its checksum */
  sources = json_object_get_array_member (xlsx, "sources");
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);

      if (g_strcmp0 (member_string (source, "type"), "archive") == 0)
        {
          g_assert_true (g_str_has_prefix (member_string (source, "url"),
                                           "https://github.com/jmcnamara/libxlsxwriter/"));
          g_assert_true (is_hex64 (member_string (source, "sha256")));
          pinned = TRUE;
        }
    }
  g_assert_true (pinned);

  g_assert_cmpstr (member_string (shenbao, "buildsystem"), ==, "meson");
}

static void
test_finish_args (void)
{
  JsonArray *args = json_object_get_array_member (manifest, "finish-args");
  const char *needed[] = { "--share=ipc", "--socket=wayland", "--socket=fallback-x11",
                           "--device=dri" };

  g_assert_nonnull (args);
  for (guint n = 0; n < G_N_ELEMENTS (needed); n++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (args); i++)
        found |= g_str_equal (json_array_get_string_element (args, i), needed[n]);
      g_assert_true (found);
    }
  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);
      g_auto(GStrv) parts = g_strsplit (arg, ":", 2);

      /* nothing goes online */
      g_assert_cmpstr (arg, !=, "--share=network");
      /* files through the portal, or the documents folder at most */
      if (g_str_has_prefix (arg, "--filesystem="))
        g_assert_cmpstr (parts[0], ==, "--filesystem=xdg-documents");
      g_assert_false (g_str_has_prefix (arg, "--device=all"));
      g_assert_false (g_str_has_prefix (arg, "--socket=session-bus"));
      g_assert_false (g_str_has_prefix (arg, "--socket=system-bus"));
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *top = g_getenv ("SHENBAO_SOURCE_DIR");

  g_test_init (&argc, &argv, NULL);
  path = g_build_filename (top != NULL ? top : ".", "flatpak", "io.github.shenbao.Shenbao.json",
                           NULL);
  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("%s: %s", path, error->message);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  manifest = json_node_get_object (json_parser_get_root (parser));

  g_test_add_func ("/flatpak/identity", test_identity);
  g_test_add_func ("/flatpak/modules", test_modules);
  g_test_add_func ("/flatpak/finish-args", test_finish_args);
  return g_test_run ();
}
