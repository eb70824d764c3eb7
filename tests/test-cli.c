/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli evaluate: the contract of DOSSIER.md, byte for byte, and the
 * one-line errors with exit code 2. */
#include <glib/gstdio.h>

static char *tmpdir;

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "data", "spec", "examples", name, NULL);
}

/* Runs shenbao-cli with @args; returns the exit status. */
static int
run_cli (const char * const *args, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmpdir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) g_getenv ("SHENBAO_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
check_example (const char *name)
{
  g_autofree char *input_name = g_strconcat (name, ".shenbao.json", NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected.json", NULL);
  g_autofree char *input = data_path (input_name);
  g_autofree char *expected_path = data_path (expected_name);
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "evaluate", input, "--at", "2025-06-01", NULL };

  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_example_tase (void)
{
  check_example ("tase-dalian-new");
}

static void
test_example_tradefund (void)
{
  check_example ("tradefund-platform-certs");
}

/* Writes @json to a file and evaluates it: exit 2, one line on stderr
 * containing @needle, nothing on stdout. */
static void
check_bad (const char *json, const char *needle)
{
  g_autofree char *path = g_build_filename (tmpdir, "bad.shenbao.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "evaluate", path, NULL };

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
  g_test_message ("stderr: %s", err);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, needle));
  g_assert_nonnull (strstr (err, path));
  /* one line */
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
}

#define HEAD "{\"format\": \"shenbao-dossier\", \"version\": 1, "

static void
test_bad_files (void)
{
  check_bad ("this is not json", "not JSON");
  check_bad ("{\"format\": \"excel\", \"version\": 1}", "format");
  check_bad ("{\"format\": \"shenbao-dossier\", \"version\": 7}", "version 7 is newer");
  check_bad (HEAD "\"company\": {\"registered_on\": \"2024-02-30\"}}", "company.registered_on");
  check_bad (HEAD "\"years\": [{\"year\": 2024, \"taxable_income\": 100.001}]}",
             "years[0] (2024).taxable_income: has more than two decimals");
  check_bad (HEAD "\"years\": [{\"year\": 2024, \"staff_months\": [{\"month\": 5, \"total_start\": -1,"
             " \"total_end\": 2, \"degree_start\": 0, \"degree_end\": 0}]}]}",
             "years[0] (2024).staff_months[0] (month 5).total_start: must not be negative");
  check_bad (HEAD "\"years\": [{\"year\": 2024, \"contracts\": [{\"no\": \"K-9\", \"category\": \"ITO.games\"}]}]}",
             "years[0] (2024).contracts[0] (K-9).category: unknown catalogue code");
  check_bad (HEAD "\"tase\": {\"mode\": \"new\", \"apply_year\": 2025, \"profile\": \"tase-mars-2099\"}}",
             "tase.profile");
  check_bad (HEAD "\"company\": {\"region\": \"foshan\"}, \"tase\": {\"mode\": \"review\", \"apply_year\": 2020,"
             " \"profile\": \"tase-guangdong-2019\"}}", "review");
}

static void
test_bad_command_line (void)
{
  g_autofree char *input = data_path ("tase-dalian-new.shenbao.json");
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-file.json", NULL);
  const char *bad_at[] = { "evaluate", input, "--at", "2025-02-30", NULL };
  const char *no_file[] = { "evaluate", missing, NULL };
  const char *no_args[] = { "evaluate", NULL };
  const char *unknown[] = { "frobnicate", NULL };

  for (guint i = 0; i < 4; i++)
    {
      const char * const *args = i == 0 ? bad_at : i == 1 ? no_file : i == 2 ? no_args : unknown;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
    }
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("shenbao-cli-XXXXXX", NULL);
  g_test_add_func ("/cli/evaluate/example-tase", test_example_tase);
  g_test_add_func ("/cli/evaluate/example-tradefund", test_example_tradefund);
  g_test_add_func ("/cli/evaluate/bad-files", test_bad_files);
  g_test_add_func ("/cli/evaluate/bad-command-line", test_bad_command_line);
  ret = g_test_run ();
  g_autofree char *bad = g_build_filename (tmpdir, "bad.shenbao.json", NULL);
  g_unlink (bad);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
