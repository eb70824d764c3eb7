/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli import, list, export and evaluate --company: their output,
 * their one-line errors naming the file and the key, exit codes 0, 2, 3. */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sb-dossier-json.h"
#include "store-test-util.h"

static char *tmpdir;
static char *xdg;

static int
run_cli (const char * const *args, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out_text = NULL;
  g_autofree char *err_text = NULL;
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", xdg, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) SHENBAO_CLI_PATH);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &out_text, &err_text, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  g_test_message ("stdout: %s", out_text);
  g_test_message ("stderr: %s", err_text);
  if (out != NULL)
    *out = g_steal_pointer (&out_text);
  if (err != NULL)
    *err = g_steal_pointer (&err_text);
  return WEXITSTATUS (status);
}

/* @err is one line starting "shenbao-cli: " and holding every needle. */
static void
check_one_line (const char *err, const char *needle1, const char *needle2)
{
  const char *newline = strchr (err, '\n');

  g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpint (newline - err, ==, (int) strlen (err) - 1);
  g_assert_nonnull (strstr (err, needle1));
  if (needle2 != NULL)
    g_assert_nonnull (strstr (err, needle2));
}

static char *
db_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
test_import_list_export (void)
{
  g_autofree char *db = db_path ("cli.db");
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autofree char *fund = store_test_data ("tradefund-platform-certs.shenbao.json");
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autofree char *out_json = db_path ("out.shenbao.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) original = NULL;
  g_autofree char *original_text = NULL;
  const char *import[] = { "--db", db, "import", tase, fund, NULL };
  const char *list[] = { "--db", db, "list", "--at", "2025-06-01", NULL };
  const char *export_id[] = { "--db", db, "export", "1", out_json, NULL };
  const char *export_name[] = { "export", "大连软件园公共服务中心有限公司", "-", "--db", db, NULL };
  const char *export_none[] = { "--db", db, "export", "无此公司", out_json, NULL };
  g_assert_cmpint (run_cli (import, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: imported as company 1 (大连星海软件有限公司)\n"
                              "%s: imported as company 2 (大连软件园公共服务中心有限公司)\n",
                              tase, fund);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (store_test_mode (db), ==, 0600);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (run_cli (list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==,
                   "1\t大连星海软件有限公司\t91210200MA0Q1A2B3C\tdalian\t"
                   "tase:not-eligible annual_report:- hnte:- trade_fund:-\n"
                   "2\t大连软件园公共服务中心有限公司\t91210200MA0Q9Z8Y7X\tdalian\t"
                   "tase:- annual_report:- hnte:- trade_fund:¥164000.00\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* export: the dossier as the reader understood the file, mode 0600 */
  g_assert_cmpint (run_cli (export_id, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (store_test_mode (out_json), ==, 0600);
  original = sb_dossier_from_file (tase, NULL, &error);
  g_assert_no_error (error);
  original_text = store_test_dossier_text (original);
  expected = g_strconcat (original_text, "\n", NULL);
  g_file_get_contents (out_json, &exported, NULL, &error);
  g_assert_cmpstr (exported, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* by name, to standard output */
  g_assert_cmpint (run_cli (export_name, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\"credit_code\": \"91210200MA0Q9Z8Y7X\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (export_none, &out, &err), ==, 2);
  check_one_line (err, db, "无此公司");
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the rich dossier: every key, unknown keys at every level */
  {
    g_autofree char *db_option = g_strconcat ("--db=", db, NULL);
    const char *args[] = { db_option, "import", rich, NULL };
    const char *back[] = { "--db", db, "export", "91210200MA0QRICH01", out_json, NULL };
    g_autoptr(SbDossier) d = sb_dossier_from_file (rich, NULL, &error);
    g_autofree char *text = store_test_dossier_text (d);
    g_autofree char *file = NULL;

    g_assert_cmpint (run_cli (args, NULL, NULL), ==, 0);
    g_assert_cmpint (run_cli (back, NULL, NULL), ==, 0);
    g_file_get_contents (out_json, &file, NULL, &error);
    g_assert_cmpstr (g_strchomp (file), ==, text);
  }
}

static void
test_conflicts (void)
{
  g_autofree char *db = db_path ("conflict.db");
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  const char *first[] = { "--db", db, "import", tase, NULL };
  const char *ask[] = { "--db", db, "import", tase, NULL };
  const char *skip[] = { "--db", db, "import", "--skip", tase, NULL };
  const char *replace[] = { "--db", db, "import", tase, "--replace", NULL };
  const char *both[] = { "--db", db, "import", "--skip", "--replace", tase, NULL };

  g_assert_cmpint (run_cli (first, NULL, NULL), ==, 0);

  g_assert_cmpint (run_cli (ask, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  check_one_line (err, tase, "company.credit_code: 91210200MA0Q1A2B3C is stored already as "
                             "company 1; use --replace to replace it or --skip to keep it");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (skip, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: skipped, credit code 91210200MA0Q1A2B3C is company 1\n", tase);
  g_assert_cmpstr (out, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);

  g_assert_cmpint (run_cli (replace, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: replaced company 1 (大连星海软件有限公司)\n", tase);
  g_assert_cmpstr (out, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (both, &out, &err), ==, 2);
  check_one_line (err, "--replace or --skip", NULL);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM companies"), ==, 1);
}

static void
test_bad_files (void)
{
  g_autofree char *db = db_path ("bad.db");
  g_autofree char *good = store_test_data ("tradefund-platform-certs.shenbao.json");
  g_autofree char *bad = db_path ("bad.shenbao.json");
  g_autofree char *missing = db_path ("missing.shenbao.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "--db", db, "import", bad, good, NULL };
  const char *none[] = { "--db", db, "import", missing, NULL };

  g_file_set_contents (bad, "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": "
                            "[{\"year\": 2024, \"contracts\": [{\"no\": \"K-9\", "
                            "\"category\": \"ITO.games\"}]}]}", -1, &error);
  g_assert_no_error (error);
  /* the bad file is named with its key; the good one is imported all the same */
  g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
  check_one_line (err, bad, "years[0] (2024).contracts[0] (K-9).category: unknown catalogue code");
  g_assert_true (g_str_has_prefix (out, good));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM companies"), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (none, &out, &err), ==, 2);
  check_one_line (err, missing, NULL);
}

static void
test_evaluate_company (void)
{
  g_autofree char *db = db_path ("evaluate.db");
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autofree char *expected_path = store_test_data ("tase-dalian-new.expected.json");
  g_autofree char *expected = NULL;
  g_autofree char *by_file = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *import[] = { "--db", db, "import", tase, NULL };
  const char *file[] = { "evaluate", tase, "--at", "2025-06-01", NULL };
  const char *company[] = { "--db", db, "evaluate", "--company", "大连星海软件有限公司",
                            "--at", "2025-06-01", NULL };
  const char *both[] = { "--db", db, "evaluate", "--company", "1", tase, NULL };
  const char *nobody[] = { "--db", db, "evaluate", "--company", "42", NULL };

  g_assert_cmpint (run_cli (import, NULL, NULL), ==, 0);
  g_assert_cmpint (run_cli (file, &by_file, NULL), ==, 0);
  g_assert_cmpint (run_cli (company, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, by_file);
  g_file_get_contents (expected_path, &expected, NULL, NULL);
  g_assert_cmpstr (g_strchomp (out), ==, g_strchomp (expected));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (both, &out, &err), ==, 2);
  check_one_line (err, "not both", NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (nobody, &out, &err), ==, 2);
  check_one_line (err, db, "no company “42”");
}

/* A database that cannot be used: exit 3, one line naming the file and what
 * is wrong, and the file left as it was. */
static void
check_database_problem (const char *db, const char *needle)
{
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autoptr(GBytes) before = store_test_bytes (db);
  g_autoptr(GBytes) after = NULL;
  const char *list[] = { "--db", db, "list", NULL };
  const char *import[] = { "--db", db, "import", tase, NULL };
  const char *export[] = { "--db", db, "export", "1", "-", NULL };
  const char *evaluate[] = { "--db", db, "evaluate", "--company", "1", NULL };
  const char * const *commands[] = { list, import, export, evaluate };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (commands[i], &out, &err), ==, 3);
      g_assert_cmpstr (out, ==, "");
      check_one_line (err, db, needle);
      g_assert_nonnull (strstr (err, "--db"));
    }
  after = store_test_bytes (db);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_database_problems (void)
{
  g_autofree char *text = db_path ("notes.txt");
  g_autofree char *newer = db_path ("newer.db");
  g_autofree char *held = db_path ("held.db");
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *pid_text = NULL;
  const char *create_newer[] = { "--db", newer, "import", tase, NULL };
  const char *create_held[] = { "--db", held, "import", tase, NULL };
  GPid pid;
  int in;

  g_file_set_contents (text, "not a database\n", -1, &error);
  g_assert_no_error (error);
  check_database_problem (text, "not a Shenbao database");

  g_assert_cmpint (run_cli (create_newer, NULL, NULL), ==, 0);
  store_test_exec (newer, "PRAGMA user_version = 7");
  check_database_problem (newer, "newer Shenbao");

  g_assert_cmpint (run_cli (create_held, NULL, NULL), ==, 0);
  pid = store_test_hold (held, &in);
  pid_text = g_strdup_printf ("open in another running Shenbao (process %d", pid);
  check_database_problem (held, pid_text);
  close (in);
  g_assert_true (WIFEXITED (store_test_wait (pid)));
}

static void
test_default_database (void)
{
  g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
  g_autofree char *folder = g_build_filename (xdg, "shenbao", NULL);
  g_autofree char *db = g_build_filename (folder, "shenbao.db", NULL);
  g_autofree char *out = NULL;
  const char *list[] = { "list", NULL };
  const char *import[] = { "import", tase, NULL };
  const char *export[] = { "export", "1", "-", NULL };

  /* listing nothing creates nothing */
  g_assert_cmpint (run_cli (list, &out, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (export, &out, NULL), ==, 3);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli (import, NULL, NULL), ==, 0);
  g_assert_cmpint (store_test_mode (folder), ==, 0700);
  g_assert_cmpint (store_test_mode (db), ==, 0600);
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM companies"), ==, 1);
}

static void
test_command_line (void)
{
  const char *no_files[] = { "import", NULL };
  const char *list_file[] = { "list", "x", NULL };
  const char *bad_at[] = { "list", "--at", "2025-02-30", NULL };
  const char *export_one[] = { "export", "1", NULL };
  const char *unknown[] = { "--frobnicate", "list", NULL };
  const char * const *commands[] = { no_files, list_file, bad_at, export_one, unknown };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (commands[i], &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
    }
}

/* Hostile input through the command line: terminal escapes in a company's
 * texts never reach the terminal, an export never lands on the open
 * database, a foreign lock is broken with --break-lock and said so, a
 * damaged database is refused before a write and still exported. */
static void
test_hostile (void)
{
  g_autofree char *db = db_path ("hostile.db");
  g_autofree char *link = db_path ("hostile-link.db");
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *file = db_path ("esc\033[2J.shenbao.json");
  g_autofree char *saved = db_path ("saved.shenbao.json");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  const char *dossier =
    "{\"format\": \"shenbao-dossier\", \"version\": 1, \"company\": {\"name\": "
    "\"Evil\\u001b]0;pwned\\u0007\\u009b31m\\u202eCo\", \"credit_code\": \"X\\u001b[1m\"}}";
  const char *import[] = { "--db", db, "import", file, NULL };
  const char *list[] = { "--db", db, "list", NULL };
  const char *onto_db[] = { "--db", db, "export", "1", db, NULL };
  const char *onto_link[] = { "--db", db, "export", "1", link, NULL };
  const char *onto_wal[] = { "--db", db, "export", "1", wal, NULL };
  const char *plain_list[] = { "--db", db, "list", NULL };
  const char *break_list[] = { "--db", db, "--break-lock", "list", NULL };
  const char *export_damaged[] = { "--db", db, "export", "1", saved, NULL };
  const char *import_damaged[] = { "--db", db, "import", file, NULL };

  g_file_set_contents (file, dossier, -1, &error);
  g_assert_no_error (error);

  /* no ESC, BEL, CSI or reordering mark on the terminal */
  g_assert_cmpint (run_cli (import, &out, &err), ==, 0);
  g_assert_null (strchr (out, '\033'));
  g_assert_null (strchr (out, '\007'));
  g_assert_null (strstr (out, "\xc2\x9b"));
  g_assert_null (strstr (out, "\xe2\x80\xae"));
  g_assert_nonnull (strstr (out, "Co"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (list, &out, &err), ==, 0);
  g_assert_null (strchr (out, '\033'));
  g_assert_null (strchr (out, '\007'));
  g_assert_null (strstr (out, "\xc2\x9b"));
  g_assert_nonnull (strstr (out, "pwned"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the open database, by its name, another name, or its WAL */
  g_assert_cmpint (symlink (db, link), ==, 0);
  before = store_test_bytes (db);
  g_assert_cmpint (run_cli (onto_db, &out, &err), ==, 2);
  check_one_line (err, "a file Shenbao has open", NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (onto_link, &out, &err), ==, 2);
  check_one_line (err, "a file Shenbao has open", NULL);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (run_cli (onto_wal, &out, &err), ==, 2);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
    }
  after = store_test_bytes (db);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM companies"), ==, 1);

  /* a lock of Shenbao on another computer: refused with the way out, then
   * broken with --break-lock, which says whose lock it was */
  store_test_exec (db, "INSERT INTO lock (id, hostname, pid, process_start, since)"
                       " VALUES (1, 'far\033[31m.example', 4242, 0, '2025-01-01T00:00:00Z')");
  g_assert_cmpint (run_cli (plain_list, &out, &err), ==, 3);
  check_one_line (err, "another computer", "--break-lock");
  g_assert_null (strchr (err, '\033'));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (break_list, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "broke the lock"));
  g_assert_nonnull (strstr (err, "far"));
  g_assert_nonnull (strstr (err, "4242"));
  g_assert_null (strchr (err, '\033'));
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM lock"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a company with contracts, for the salvage below */
  {
    g_autofree char *tase = store_test_data ("tase-dalian-new.shenbao.json");
    const char *import_tase[] = { "--db", db, "import", tase, NULL };

    g_assert_cmpint (run_cli (import_tase, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* a damaged page: import refused before any write, with how to recover;
   * export reads what is still there */
  {
    gint64 page = store_test_query_int (db, "SELECT rootpage FROM sqlite_schema"
                                            " WHERE name = 'contracts'");
    gint64 size = store_test_query_int (db, "PRAGMA page_size");
    g_autoptr(GBytes) bytes = store_test_bytes (db);
    g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL),
                                         g_bytes_get_size (bytes));
    g_autoptr(GBytes) damaged = NULL;
    g_autoptr(GBytes) untouched = NULL;

    memset (data + (page - 1) * size, 0xab, size);
    g_file_set_contents (db, (const char *) data, g_bytes_get_size (bytes), &error);
    g_assert_no_error (error);
    damaged = store_test_bytes (db);
    g_assert_cmpint (run_cli (import_damaged, &out, &err), ==, 3);
    check_one_line (err, "damaged", "export");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    untouched = store_test_bytes (db);
    g_assert_true (g_bytes_equal (damaged, untouched));
    /* the contracts' table is what is damaged, and this company has none:
     * the export warns, saves it whole (exit 0), and writes nothing into
     * the database (test-store-open salvages a company with contracts) */
    g_assert_cmpint (run_cli (export_damaged, &out, &err), ==, 0);
    g_assert_nonnull (strstr (err, "damaged"));
    g_assert_null (strstr (err, "left out"));
    {
      g_autoptr(SbDossier) d = sb_dossier_from_file (saved, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (d->company.name, "pwned"));
    }
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    /* a company with contracts: saved without them, which are named (exit 3) */
    {
      const char *export_tase[] = { "--db", db, "export", "2", saved, NULL };
      g_autoptr(SbDossier) d = NULL;

      g_assert_cmpint (run_cli (export_tase, &out, &err), ==, 3);
      g_assert_nonnull (strstr (err, "left out: years.contracts"));
      d = sb_dossier_from_file (saved, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (d->company.name, ==, "大连星海软件有限公司");
      g_assert_cmpuint (d->years->len, ==, 1);
    }
    g_clear_pointer (&untouched, g_bytes_unref);
    untouched = store_test_bytes (db);
    g_assert_true (g_bytes_equal (damaged, untouched));
    /* and nothing left beside it by either */
    {
      g_autofree char *shm = g_strconcat (db, "-shm", NULL);

      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
  }
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  xdg = g_build_filename (tmpdir, "xdg", NULL);
  g_test_add_func ("/store/cli/import-list-export", test_import_list_export);
  g_test_add_func ("/store/cli/conflicts", test_conflicts);
  g_test_add_func ("/store/cli/bad-files", test_bad_files);
  g_test_add_func ("/store/cli/evaluate-company", test_evaluate_company);
  g_test_add_func ("/store/cli/database-problems", test_database_problems);
  g_test_add_func ("/store/cli/default-database", test_default_database);
  g_test_add_func ("/store/cli/command-line", test_command_line);
  g_test_add_func ("/store/cli/hostile", test_hostile);
  ret = g_test_run ();
  store_test_rmrf (tmpdir);
  g_free (tmpdir);
  g_free (xdg);
  return ret;
}
