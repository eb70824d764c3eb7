/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening the database: creation and modes, the schema, files that cannot be
 * used (left byte for byte as they were), and the lock. */
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sb-dossier-json.h"
#include "sb-store-private.h"
#include "store-test-util.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* A closed database holding the rich dossier. */
static char *
make_database (const char *name)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  char *path = tmp_path (name);
  gint64 id;

  store = sb_store_open (path, &error);
  g_assert_no_error (error);
  sb_store_import_file (store, rich, NULL, SB_STORE_ON_CONFLICT_ASK, &id, &error);
  g_assert_no_error (error);
  sb_store_close (store, &error);
  g_assert_no_error (error);
  return path;
}

static gint64
pragma_int (SbStore *store, const char *sql)
{
  sqlite3_stmt *stmt = sb_store_stmt (store, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static void
test_create (void)
{
  g_autofree char *dir = tmp_path ("new/deeper");
  g_autofree char *parent = tmp_path ("new");
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt;
  mode_t old_mask = umask (0);   /* the modes must not depend on the umask */
  gint64 id;

  store = sb_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_store_get_path (store), ==, path);
  sb_store_import_file (store, rich, NULL, SB_STORE_ON_CONFLICT_ASK, &id, &error);
  g_assert_no_error (error);
  umask (old_mask);

  g_assert_cmpint (store_test_mode (parent), ==, 0700);
  g_assert_cmpint (store_test_mode (dir), ==, 0700);
  g_assert_cmpint (store_test_mode (path), ==, 0600);
  g_assert_cmpint (store_test_mode (wal), ==, 0600);
  g_assert_cmpint (store_test_mode (shm), ==, 0600);

  g_assert_cmpint (pragma_int (store, "PRAGMA user_version"), ==, SB_STORE_SCHEMA_VERSION);
  g_assert_cmpint (pragma_int (store, "PRAGMA application_id"), ==, 0x53686e62);
  g_assert_cmpint (pragma_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (store, "PRAGMA synchronous"), ==, 2);   /* FULL */
  stmt = sb_store_stmt (store, "PRAGMA journal_mode", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_reset (stmt);

  /* money is never REAL: STRICT tables refuse it */
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM years"
                                      " WHERE typeof (income_total) NOT IN ('integer', 'null')"),
                   ==, 0);
  g_assert_false (sb_store_exec (store, "UPDATE years SET income_total = 1.5", &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
  g_clear_error (&error);

  list = sb_store_list_companies (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((SbStoreCompany *) list->pdata[0])->id, ==, id);
  g_assert_cmpstr (((SbStoreCompany *) list->pdata[0])->credit_code, ==, "91210200MA0QRICH01");

  g_assert_true (sb_store_check (store, &error));
  g_assert_no_error (error);
  g_assert_true (sb_store_close (store, &error));
  g_assert_no_error (error);
  /* closed: the WAL is checkpointed away and every call fails cleanly */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_null (sb_store_list_companies (store, &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_IO);
}

static void
test_default_path (void)
{
  g_autofree char *path = sb_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "shenbao", "shenbao.db",
                                                NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_empty_file (void)
{
  g_autofree char *path = tmp_path ("empty.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  /* an empty file: a database created and killed before its schema */
  store = sb_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pragma_int (store, "PRAGMA user_version"), ==, SB_STORE_SCHEMA_VERSION);
}

static void
test_existing_only (void)
{
  g_autofree char *path = tmp_path ("missing.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = sb_store_open_full (path, SB_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Opening @path fails with @code, a message naming the file and holding
 * @needle, and leaves the file (and its neighbours) as they were. */
static void
check_refused (const char *path, SbStoreError code, const char *needle)
{
  g_autoptr(GBytes) before = store_test_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);
  gboolean had_shm = g_file_test (shm, G_FILE_TEST_EXISTS);

  g_assert_nonnull (before);
  store = sb_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SB_STORE_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, needle));

  after = store_test_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  /* no -wal or -shm file left beside it (the last connection to one of
   * ours may remove an empty one) */
  if (!had_wal)
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  if (!had_shm)
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_not_sqlite (void)
{
  g_autofree char *text = tmp_path ("notes.db");
  g_autofree char *garbage = tmp_path ("garbage.db");
  g_autofree char *header = tmp_path ("header.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_header = g_malloc0 (4096);

  g_file_set_contents (text, "These are my notes, not a database.\n", -1, &error);
  g_assert_no_error (error);
  check_refused (text, SB_STORE_ERROR_NOT_A_DATABASE, "not an SQLite database");

  g_file_set_contents (garbage, "SQL", -1, &error);
  g_assert_no_error (error);
  check_refused (garbage, SB_STORE_ERROR_NOT_A_DATABASE, "not an SQLite database");

  /* the magic words, then nonsense: page size 3 */
  memcpy (bad_header, "SQLite format 3", 16);
  bad_header[16] = 0;
  bad_header[17] = 3;
  g_file_set_contents (header, bad_header, 4096, &error);
  g_assert_no_error (error);
  check_refused (header, SB_STORE_ERROR_CORRUPT, "damaged");
}

static void
test_truncated (void)
{
  g_autofree char *path = make_database ("truncated.db");
  g_autoptr(GBytes) whole = store_test_bytes (path);
  gsize size = g_bytes_get_size (whole);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (size, >=, 8192);
  /* half the pages */
  g_file_set_contents (path, g_bytes_get_data (whole, NULL), size / 2, &error);
  g_assert_no_error (error);
  check_refused (path, SB_STORE_ERROR_CORRUPT, "truncated");
  /* not a whole page */
  g_file_set_contents (path, g_bytes_get_data (whole, NULL), size - 100, &error);
  g_assert_no_error (error);
  check_refused (path, SB_STORE_ERROR_CORRUPT, "truncated");
  /* not even the header */
  g_file_set_contents (path, g_bytes_get_data (whole, NULL), 60, &error);
  g_assert_no_error (error);
  check_refused (path, SB_STORE_ERROR_CORRUPT, "truncated");
}

static void
test_too_new (void)
{
  g_autofree char *path = make_database ("new.db");

  store_test_exec (path, "PRAGMA user_version = 99");
  check_refused (path, SB_STORE_ERROR_TOO_NEW, "newer Shenbao (schema version 99");
}

static void
test_other_program (void)
{
  g_autofree char *plain = tmp_path ("other.sqlite");
  g_autofree char *wal = tmp_path ("other-wal.sqlite");
  g_autofree char *appid = tmp_path ("other-appid.sqlite");

  store_test_exec (plain, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');");
  check_refused (plain, SB_STORE_ERROR_NOT_A_DATABASE, "another program");

  store_test_exec (wal, "PRAGMA journal_mode = WAL; CREATE TABLE notes (x TEXT);"
                        " INSERT INTO notes VALUES ('mine');");
  check_refused (wal, SB_STORE_ERROR_NOT_A_DATABASE, "another program");

  store_test_exec (appid, "PRAGMA application_id = 42;");
  check_refused (appid, SB_STORE_ERROR_NOT_A_DATABASE, "another program");
}

/* A migration that fails leaves the schema version and the tables as they
 * were: it runs in one transaction. */
static void
test_migration_atomic (void)
{
  g_autofree char *path = tmp_path ("half.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  /* ours (application_id) at version 0, with a table migration 1 would create */
  store_test_exec (path, "PRAGMA application_id = 1399352930;"
                         " CREATE TABLE contracts (x INTEGER);");
  store = sb_store_open (path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Migration to schema version 1"));
  g_assert_cmpint (store_test_query_int (path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM sqlite_schema"
                                               " WHERE name = 'companies'"), ==, 0);
}

static void
test_lock_same_process (void)
{
  g_autofree char *path = tmp_path ("twice.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) first = sb_store_open (path, &error);
  g_autoptr(SbStore) second = NULL;
  g_autoptr(SbStore) third = NULL;

  g_assert_no_error (error);
  second = sb_store_open (path, &error);
  g_assert_null (second);
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_LOCKED);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "already open in this program"));
  g_clear_error (&error);

  /* closing releases the lock */
  g_assert_true (sb_store_close (first, &error));
  third = sb_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (path, "SELECT pid FROM lock"), ==, getpid ());
  sb_store_close (third, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM lock"), ==, 0);
}

static void
test_lock_other_process (void)
{
  g_autofree char *path = make_database ("held.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autofree char *pid_text = NULL;
  int in;
  GPid pid = store_test_hold (path, &in);
  int status;

  pid_text = g_strdup_printf ("process %d", pid);
  check_refused (path, SB_STORE_ERROR_LOCKED, pid_text);
  check_refused (path, SB_STORE_ERROR_LOCKED, "another running Shenbao");
  /* a live Shenbao on this computer keeps its lock even against --break-lock */
  store = sb_store_open_full (path, SB_STORE_OPEN_BREAK_LOCK, &error);
  g_assert_null (store);
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* the holder closes: the file is free */
  close (in);
  status = store_test_wait (pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  store = sb_store_open (path, &error);
  g_assert_no_error (error);
}

static void
test_lock_stale (void)
{
  g_autofree char *path = make_database ("stale.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) d = NULL;
  int in;
  GPid pid = store_test_hold (path, &in);
  int status;

  kill (pid, SIGKILL);
  status = store_test_wait (pid);
  close (in);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (store_test_query_int (path, "SELECT pid FROM lock"), ==, pid);

  /* the dead holder's lock is taken over */
  store = sb_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (path, "SELECT pid FROM lock"), ==, getpid ());
  d = sb_store_load_dossier (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->company.credit_code, ==, "91210200MA0QRICH01");
}

static void
test_lock_other_computer (void)
{
  g_autofree char *path = make_database ("remote.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  store_test_exec (path, "INSERT INTO lock (id, hostname, pid, process_start, since)"
                         " VALUES (1, 'elsewhere.example', 4242, 0, '2025-01-01T00:00:00Z')");
  check_refused (path, SB_STORE_ERROR_LOCKED_ELSEWHERE,
                 "another computer (elsewhere.example, process 4242");

  store = sb_store_open_full (path, SB_STORE_OPEN_BREAK_LOCK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (path, "SELECT pid FROM lock"), ==, getpid ());
}

/* Overwrites the page of the contracts table with nonsense. */
static void
damage_contracts (const char *path)
{
  gint64 page = store_test_query_int (path, "SELECT rootpage FROM sqlite_schema"
                                            " WHERE name = 'contracts'");
  gint64 size = store_test_query_int (path, "PRAGMA page_size");
  g_autoptr(GBytes) bytes = store_test_bytes (path);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;

  g_assert_cmpint ((page - 1) * size + size, <=, (gint64) g_bytes_get_size (bytes));
  memset (data + (page - 1) * size, 0xab, size);
  g_file_set_contents (path, (const char *) data, g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static void
test_damaged (void)
{
  g_autofree char *path = make_database ("damaged.db");
  g_autofree char *crashed = make_database ("crashed.db");
  g_autofree char *lock = g_strdup_printf ("INSERT INTO lock (id, hostname, pid, process_start,"
                                           " since) VALUES (1, '%s', 2147483646, 0,"
                                           " '2025-01-01T00:00:00Z')", g_get_host_name ());
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  /* closed cleanly: refused all the same before anything is written, with
   * the way to recover */
  damage_contracts (path);
  check_refused (path, SB_STORE_ERROR_CORRUPT, "damaged");
  check_refused (path, SB_STORE_ERROR_CORRUPT, "export");

  /* read only, what is still there can be read: the companies' list, and
   * the damaged page is an error, not a wrong figure */
  {
    g_autoptr(GBytes) before = store_test_bytes (path);
    g_autoptr(GBytes) after = NULL;
    g_autoptr(GPtrArray) list = NULL;

    store = sb_store_open_full (path, SB_STORE_OPEN_EXISTING | SB_STORE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    list = sb_store_list_companies (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (list->len, >=, 1);
    g_assert_null (sb_store_load_dossier (store, 1, &error));
    g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_CORRUPT);
    g_clear_error (&error);
    /* salvaged: everything but the contracts, which are named */
    {
      g_auto(GStrv) lost = NULL;
      g_autoptr(SbDossier) d = sb_store_salvage_dossier (store, 1, &lost, &error);

      g_assert_no_error (error);
      g_assert_nonnull (d);
      g_assert_nonnull (d->company.name);
      g_assert_cmpuint (d->years->len, >=, 1);
      g_assert_cmpuint (g_strv_length (lost), ==, 1);
      g_assert_cmpstr (lost[0], ==, "years.contracts");
    }
    g_clear_object (&store);
    after = store_test_bytes (path);
    g_assert_true (g_bytes_equal (before, after));
    /* read as immutable: nothing made beside it */
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
  }

  /* left by a Shenbao that died: checked before anything is written */
  store_test_exec (crashed, lock);
  damage_contracts (crashed);
  check_refused (crashed, SB_STORE_ERROR_CORRUPT, "damaged");
}

static void
test_read_only (void)
{
  g_autofree char *path = make_database ("readonly.db");

  if (geteuid () == 0)
    {
      g_test_skip ("root can write a read-only file");
      return;
    }
  g_chmod (path, 0400);
  check_refused (path, SB_STORE_ERROR_IO, "cannot be written");
  g_chmod (path, 0600);
}

/* user_version -1 (the header's 0xFFFFFFFF): damaged, said as -1 */
static void
test_negative_version (void)
{
  g_autofree char *path = make_database ("minus.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  store_test_exec (path, "PRAGMA user_version = -1");
  check_refused (path, SB_STORE_ERROR_CORRUPT, "schema version -1");
  store = sb_store_open (path, &error);
  g_assert_null (store);
  g_assert_null (strstr (error->message, "4294967295"));
}

/* A disk that fills while the file is made (here: a file size limit of
 * 0 bytes, the same EFBIG/ENOSPC for SQLite): no empty file is left, nor
 * a -wal, -shm or -journal beside it. */
static void
test_full_disk (void)
{
  g_autofree char *path = tmp_path ("full.db");
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  struct rlimit saved, none;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  none = saved;
  none.rlim_cur = 0;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &none), ==, 0);
  store = sb_store_open (path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (g_file_test (p, G_FILE_TEST_EXISTS));
    }
}

/* A damaged file is refused every time it is opened for writing, not only
 * after a crash: bytes flipped inside one page of a cleanly closed file. */
static void
test_flipped_page (void)
{
  g_autofree char *path = make_database ("flipped.db");
  gint64 page = store_test_query_int (path, "SELECT rootpage FROM sqlite_schema"
                                            " WHERE name = 'companies'");
  gint64 size = store_test_query_int (path, "PRAGMA page_size");
  g_autoptr(GBytes) bytes = store_test_bytes (path);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;

  /* a few bytes in the middle of the page's cell area */
  for (gint64 i = size / 2; i < size / 2 + 16; i++)
    data[(page - 1) * size + i] ^= 0x5a;
  data[(page - 1) * size + 3] ^= 0x7f;   /* the page's cell count */
  g_file_set_contents (path, (const char *) data, g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  check_refused (path, SB_STORE_ERROR_CORRUPT, "damaged");
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  g_test_add_func ("/store/open/create", test_create);
  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/open/empty-file", test_empty_file);
  g_test_add_func ("/store/open/existing-only", test_existing_only);
  g_test_add_func ("/store/open/not-sqlite", test_not_sqlite);
  g_test_add_func ("/store/open/truncated", test_truncated);
  g_test_add_func ("/store/open/too-new", test_too_new);
  g_test_add_func ("/store/open/other-program", test_other_program);
  g_test_add_func ("/store/open/migration-atomic", test_migration_atomic);
  g_test_add_func ("/store/open/damaged", test_damaged);
  g_test_add_func ("/store/lock/same-process", test_lock_same_process);
  g_test_add_func ("/store/lock/other-process", test_lock_other_process);
  g_test_add_func ("/store/lock/stale", test_lock_stale);
  g_test_add_func ("/store/lock/other-computer", test_lock_other_computer);
  g_test_add_func ("/store/open/read-only", test_read_only);
  g_test_add_func ("/store/open/negative-version", test_negative_version);
  g_test_add_func ("/store/open/full-disk", test_full_disk);
  g_test_add_func ("/store/open/flipped-page", test_flipped_page);
  ret = g_test_run ();
  store_test_rmrf (tmpdir);
  g_free (tmpdir);
  return ret;
}
