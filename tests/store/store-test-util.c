/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "store-test-util.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

char *
store_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("shenbao-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
store_test_rmrf (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          store_test_rmrf (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
store_test_data (const char *name)
{
  const char *source = g_getenv ("SHENBAO_SOURCE_DIR");
  char *path;

  g_assert_nonnull (source);
  path = g_build_filename (source, "tests", "store", "data", name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_free (path);
  return g_build_filename (source, "tests", "data", "spec", "examples", name, NULL);
}

GBytes *
store_test_bytes (const char *path)
{
  char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return NULL;
  return g_bytes_new_take (data, len);
}

int
store_test_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return -1;
  return st.st_mode & 0777;
}

char *
store_test_dossier_text (const SbDossier *d)
{
  g_autoptr(JsonNode) root = sb_dossier_to_json (d);

  return sb_json_to_pretty_string (root);
}

char *
store_test_evaluation (const SbDossier *d, SbPolicySet *policies)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) e = sb_evaluate (d, policies, sb_date_from_ymd (2025, 6, 1), &error);
  g_autoptr(JsonNode) root = NULL;

  if (e == NULL)
    return g_strdup_printf ("error: %s", error->message);
  root = sb_evaluation_to_json (e);
  return sb_json_to_pretty_string (root);
}

gint64
store_test_query_int (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
store_test_exec (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_null (message);
  sqlite3_close (db);
}

char *
store_test_writer (void)
{
  return g_test_build_filename (G_TEST_BUILT, "store-writer", NULL);
}

GPid
store_test_hold (const char *path, int *out_stdin)
{
  g_autofree char *writer = store_test_writer ();
  const char *argv[] = { writer, "hold", path, NULL };
  g_autoptr(GError) error = NULL;
  char line[32] = { 0 };
  GPid pid;
  int out;
  gssize n;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, out_stdin, &out, NULL, &error);
  g_assert_no_error (error);
  /* the helper prints its pid once it holds the lock */
  do
    n = read (out, line, sizeof line - 1);
  while (n < 0 && errno == EINTR);
  close (out);
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (g_ascii_strtoll (line, NULL, 10), ==, pid);
  return pid;
}

int
store_test_wait (GPid pid)
{
  int status = 0;

  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  return status;
}
