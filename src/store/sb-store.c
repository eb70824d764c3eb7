/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sb-evidence.h"
#include "sb-store-private.h"
#include "sb-json-strict.h"

/* "Shnb": PRAGMA application_id of a Shenbao database. */
#define SB_STORE_APPLICATION_ID 0x53686e62

#define SQLITE_MAGIC "SQLite format 3"

struct _SbStoreClass
{
  GObjectClass parent_class;
};

G_DEFINE_FINAL_TYPE (SbStore, sb_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (sb-store-error-quark, sb_store_error)

/* What the file's first 100 bytes say (https://sqlite.org/fileformat.html). */
typedef struct
{
  guint32 page_size;
  guint32 page_count;       /* 0 when the header's count is not valid */
  guint32 user_version;
  guint32 application_id;
} Header;

/* ---- errors ---------------------------------------------------------- */

gboolean
sb_store_fail_file (SbStore *self, GError **error, SbStoreError code, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SB_STORE_ERROR, code, "%s: %s", self->path, what);
  return FALSE;
}

gboolean
sb_store_not_found (GError **error, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, SB_STORE_ERROR, SB_STORE_ERROR_NOT_FOUND, what);
  return FALSE;
}

gboolean
sb_store_invalid (GError **error, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID, what);
  return FALSE;
}

/* ---- the lock row ------------------------------------------------------ */

/* The start time of process @pid in clock ticks since boot (field 22 of
 * /proc/PID/stat), 0 when unknown; -1 when the process is a zombie. */
static gint64
process_start_time (gint64 pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" PRId64 "/stat", pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return 0;
  after = strrchr (text, ')');   /* the command name may hold spaces */
  if (after == NULL)
    return 0;
  fields = g_strsplit (after + 2, " ", 0);
  /* fields[0] is field 3 (state), so field 22 is fields[19] */
  if (g_strv_length (fields) < 20)
    return 0;
  if (g_str_equal (fields[0], "Z") || g_str_equal (fields[0], "X"))
    return -1;
  return g_ascii_strtoll (fields[19], NULL, 10);
}

static gboolean
process_alive (gint64 pid, gint64 start)
{
  gint64 now_start;

  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (kill ((pid_t) pid, 0) != 0 && errno == ESRCH)
    return FALSE;
  now_start = process_start_time (pid);
  if (now_start < 0)
    return FALSE;
  /* a pid reused by another process since the lock was taken */
  if (start > 0 && now_start > 0 && start != now_start)
    return FALSE;
  return TRUE;
}

/* Fails with LOCKED when a live Shenbao holds the lock.  *out_left (may be
 * NULL) tells whether a lock is there to take over: its Shenbao did not
 * close the file.  Inside a transaction. */
static gboolean
check_lock (SbStore *self, SbStoreOpenFlags flags, gboolean *out_left, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "SELECT hostname, pid, process_start, since "
                                            "FROM lock WHERE id = 1", error);
  g_autofree char *host = NULL;
  g_autofree char *since = NULL;
  g_autofree char *host_shown = NULL;
  g_autofree char *since_shown = NULL;
  gint64 pid, start;
  int rc;

  if (out_left != NULL)
    *out_left = FALSE;
  if (stmt == NULL || (rc = sb_store_step (self, stmt, error)) < 0)
    return FALSE;
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  if (out_left != NULL)
    *out_left = TRUE;
  host = sb_column_text (stmt, 0);
  pid = sqlite3_column_int64 (stmt, 1);
  start = sqlite3_column_int64 (stmt, 2);
  since = sb_column_text (stmt, 3);
  sqlite3_reset (stmt);
  /* the row's texts come from the file: shown as text, cut short */
  host_shown = sb_json_excerpt (host != NULL ? host : "?", -1, 80);
  since_shown = sb_json_excerpt (since != NULL ? since : "?", -1, 40);

  if (g_strcmp0 (host, self->hostname) == 0)
    {
      /* this computer: a live Shenbao keeps its lock, even against
       * SB_STORE_OPEN_BREAK_LOCK (it can be closed); a dead one's is stale */
      if (!process_alive (pid, start))
        return TRUE;
      if (pid == getpid ())
        return sb_store_fail_file (self, error, SB_STORE_ERROR_LOCKED,
                                   _("the database is already open in this program (since %s)"),
                                   since_shown);
      return sb_store_fail_file (self, error, SB_STORE_ERROR_LOCKED,
                                 _("the database is open in another running Shenbao "
                                   "(process %" PRId64 ", since %s)"), pid, since_shown);
    }
  if ((flags & SB_STORE_OPEN_BREAK_LOCK) != 0)
    {
      /* said once, when the lock is taken over (take_lock) */
      if (out_left == NULL)
        {
          g_autofree char *path_shown = sb_json_excerpt (self->path, -1, 200);

          g_message ("%s: broke the lock of Shenbao on %s (process %" PRId64 ", since %s)",
                     path_shown, host_shown, pid, since_shown);
        }
      return TRUE;
    }
  return sb_store_fail_file (self, error, SB_STORE_ERROR_LOCKED_ELSEWHERE,
                             _("the database is open in Shenbao on another computer "
                               "(%s, process %" PRId64 ", since %s)"), host_shown, pid,
                             since_shown);
}

static gboolean
take_lock (SbStore *self, SbStoreOpenFlags flags, GError **error)
{
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sb_store_begin (self, error))
    return FALSE;
  ok = check_lock (self, flags, NULL, error)
       && (stmt = sb_store_stmt (self, "INSERT OR REPLACE INTO lock "
                                       "(id, hostname, pid, process_start, since) "
                                       "VALUES (1, ?1, ?2, ?3, ?4)", error)) != NULL;
  if (ok)
    {
      sb_bind_text (stmt, 1, self->hostname);
      sqlite3_bind_int64 (stmt, 2, getpid ());
      sqlite3_bind_int64 (stmt, 3, self->process_start);
      sb_bind_text (stmt, 4, now);
      ok = sb_store_run (self, stmt, error);
    }
  if (!sb_store_end (self, ok, error))
    return FALSE;
  self->locked = TRUE;
  return TRUE;
}

static void
release_lock (SbStore *self)
{
  sqlite3_stmt *stmt;

  if (!self->locked)
    return;
  self->locked = FALSE;
  stmt = sb_store_stmt (self, "DELETE FROM lock WHERE id = 1 AND hostname = ?1 AND pid = ?2",
                        NULL);
  if (stmt == NULL)
    return;
  sb_bind_text (stmt, 1, self->hostname);
  sqlite3_bind_int64 (stmt, 2, getpid ());
  sb_store_run (self, stmt, NULL);
}

/* ---- opening ----------------------------------------------------------- */

char *
sb_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "shenbao", "shenbao.db", NULL);
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Reads and checks the header of an existing, non-empty file without SQLite. */
static gboolean
read_header (SbStore *self, gsize size, Header *h, GError **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  guint8 b[100];
  GStatBuf wal_st;
  gssize n;
  int fd;

  fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", g_strerror (errno));
  n = read (fd, b, sizeof b);
  close (fd);
  if (n < 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", g_strerror (errno));
  if ((gsize) n < sizeof SQLITE_MAGIC || memcmp (b, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_NOT_A_DATABASE,
                               _("not a Shenbao database (the file is not an SQLite database)"));
  if (n < (gssize) sizeof b)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                               _("the database is truncated (only %" PRIu64 " bytes)"),
                               (guint64) size);

  h->page_size = ((guint32) b[16] << 8) | b[17];
  if (h->page_size == 1)
    h->page_size = 65536;
  if (h->page_size < 512 || (h->page_size & (h->page_size - 1)) != 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                               _("the database header is damaged (page size %u)"), h->page_size);
  /* the in-header size is valid when the change counter matches version-valid-for */
  h->page_count = be32 (b + 24) == be32 (b + 92) ? be32 (b + 28) : 0;
  h->user_version = be32 (b + 60);
  h->application_id = be32 (b + 68);

  /* A checkpoint interrupted by a crash can leave the file short of its
   * header's size while the -wal file still holds the pages: only a file
   * without a WAL must match its header. */
  if (g_stat (wal, &wal_st) != 0 || wal_st.st_size == 0)
    {
      if (size % h->page_size != 0
          || (h->page_count > 0 && size < (gsize) h->page_count * h->page_size))
        return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                                   _("the database is truncated (%" PRIu64 " bytes; its header "
                                     "says %" PRIu64 ")"),
                                   (guint64) size, (guint64) h->page_count * h->page_size);
    }
  if (h->application_id != 0 && h->application_id != SB_STORE_APPLICATION_ID)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_NOT_A_DATABASE,
                               _("not a Shenbao database (an SQLite database of another program)"));
  if (h->application_id == SB_STORE_APPLICATION_ID && (gint32) h->user_version < 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                               _("the database header is damaged (schema version %d, which no "
                                 "Shenbao writes)"), (int) (gint32) h->user_version);
  if (h->application_id == SB_STORE_APPLICATION_ID && h->user_version > SB_STORE_SCHEMA_VERSION)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_TOO_NEW,
                               _("the database was written by a newer Shenbao (schema version %u; "
                               "this program knows up to %d)"),
                               h->user_version, SB_STORE_SCHEMA_VERSION);
  /* More than one page without our application_id is another program's
   * database: ours gets its id in the transaction that creates its tables,
   * and a checkpoint writes page 1 (which holds the id) before the others.
   * It is refused before SQLite opens it, which could roll back its journal
   * or leave -wal and -shm files beside it.  One page or none is an empty
   * database (ours, interrupted before its schema was written). */
  if (h->application_id == 0 && size > h->page_size)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_NOT_A_DATABASE,
                               _("not a Shenbao database (an SQLite database of another program)"));
  return TRUE;
}

/* Reads the database's identity through SQLite, writing nothing. */
static gboolean
check_identity (SbStore *self, int *out_version, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 app_id, version, objects;

  if ((stmt = sb_store_stmt (self, "PRAGMA application_id", error)) == NULL
      || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  app_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if ((stmt = sb_store_stmt (self, "PRAGMA user_version", error)) == NULL
      || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if ((stmt = sb_store_stmt (self, "SELECT count(*) FROM sqlite_schema", error)) == NULL
      || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  objects = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (app_id != SB_STORE_APPLICATION_ID && (app_id != 0 || objects > 0))
    return sb_store_fail_file (self, error, SB_STORE_ERROR_NOT_A_DATABASE,
                               _("not a Shenbao database (an SQLite database of another program)"));
  if (version < 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                               _("the database header is damaged (schema version %" PRId64
                                 ", which no Shenbao writes)"), version);
  if (version > SB_STORE_SCHEMA_VERSION)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_TOO_NEW,
                               _("the database was written by a newer Shenbao (schema version %"
                               PRId64 "; this program knows up to %d)"),
                               version, SB_STORE_SCHEMA_VERSION);
  *out_version = (int) version;
  return TRUE;
}

/* Creates the file (mode 0600) and its folder (0700) when missing. */
static gboolean
prepare_file (SbStore *self, SbStoreOpenFlags flags, GError **error)
{
  g_autofree char *dir = NULL;
  GStatBuf st;
  Header h;
  int fd;

  if (g_stat (self->path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, _("not a regular file"));
      /* refused before SQLite opens it: SQLite would leave -wal and -shm
       * files beside a read-only database */
      if (access (self->path, W_OK) != 0)
        return sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                                   _("the file cannot be written (read-only)"));
      if (st.st_size == 0)
        return TRUE;
      return read_header (self, st.st_size, &h, error);
    }
  if (errno != ENOENT)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", g_strerror (errno));
  if ((flags & SB_STORE_OPEN_EXISTING) != 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, _("no such database"));

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, _("cannot create the folder %s: %s"),
                               dir, g_strerror (errno));
  fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", g_strerror (errno));
  if (fd >= 0)
    {
      close (fd);
      self->created = TRUE;
    }
  return TRUE;
}

static gboolean
configure (SbStore *self, GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *mode = NULL;

  if ((stmt = sb_store_stmt (self, "PRAGMA journal_mode", error)) == NULL
      || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  mode = sb_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (g_ascii_strcasecmp (mode, "wal") != 0)
    {
      g_autofree char *now_mode = NULL;

      if ((stmt = sb_store_stmt (self, "PRAGMA journal_mode = WAL", error)) == NULL
          || sb_store_step (self, stmt, error) != SQLITE_ROW)
        return FALSE;
      now_mode = sb_column_text (stmt, 0);
      sqlite3_reset (stmt);
      if (g_ascii_strcasecmp (now_mode, "wal") != 0)
        return sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                                   _("the database cannot use write-ahead logging"));
    }
  /* With WAL, synchronous=NORMAL already keeps every committed transaction
   * through a crash of the process (kill -9): the commit is in the -wal file
   * when COMMIT returns.  Only a power failure or an OS crash could lose the
   * last commits; FULL syncs the WAL at each commit so that those survive too. */
  return sb_store_exec (self, "PRAGMA synchronous = FULL", error)
         && sb_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
run_check (SbStore *self, const char *pragma, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, pragma, error);
  g_autofree char *result = NULL;

  if (stmt == NULL || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;
  result = sb_column_text (stmt, 0);
  sqlite3_reset (stmt);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_autofree char *shown = sb_json_excerpt (g_strdelimit (result, "\n", ' '), -1, 120);

      return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                                 _("the database is damaged (%s); nothing was written to it. "
                                   "Open your last backup of it, or save what can still be read "
                                   "with “shenbao-cli --db FILE export COMPANY OUT.json” for each "
                                   "company and import the files into a new database"), shown);
    }
  return TRUE;
}

static gboolean
quick_check (SbStore *self, GError **error)
{
  return run_check (self, "PRAGMA quick_check", error);
}

SbStore *
sb_store_open (const char *path, GError **error)
{
  return sb_store_open_full (path, SB_STORE_OPEN_DEFAULT, error);
}

/* Read-only, for saving what can still be read from a damaged database:
 * no check of the pages, no lock, no migration, nothing written. */
static gboolean
open_read_only (SbStore *self, GError **error)
{
  GStatBuf st;
  Header h;
  int version = 0;
  int rc;

  if (g_stat (self->path, &st) != 0)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", g_strerror (errno));
  if (!S_ISREG (st.st_mode))
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, _("not a regular file"));
  if (st.st_size > 0 && !read_header (self, st.st_size, &h, error))
    return FALSE;
  /* Without a -wal holding frames (a file closed cleanly), the file alone
   * is read, as immutable: nothing is made beside it (no -wal, no -shm).
   * With one, SQLite reads its pages too. */
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
    g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
    g_autofree char *immutable = uri != NULL ? g_strconcat (uri, "?immutable=1", NULL) : NULL;
    GStatBuf wal_st;

    if (immutable != NULL && (g_stat (wal, &wal_st) != 0 || wal_st.st_size <= 32))
      rc = sqlite3_open_v2 (immutable, &self->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_EXRESCODE, NULL);
    else
      rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE,
                            NULL);
  }
  if (rc != SQLITE_OK)
    {
      sb_store_fail_sqlite (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      return FALSE;
    }
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, 1);
  if (!check_identity (self, &version, error))
    return FALSE;
  if (version != SB_STORE_SCHEMA_VERSION)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                               _("the database has schema version %d; only version %d can be "
                                 "read without writing to it"), version, SB_STORE_SCHEMA_VERSION);
  return TRUE;
}

static gboolean
open_file (SbStore *self, SbStoreOpenFlags flags, GError **error)
{
  const char *path = self->path;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gboolean wal_has_frames;
  GStatBuf wal_st;
  int version = 0;
  int rc;

  if ((flags & SB_STORE_OPEN_READ_ONLY) != 0)
    return open_read_only (self, error);
  if (!prepare_file (self, flags, error))
    return FALSE;
  /* a -wal with frames (more than its 32-byte header) holds pages that a
   * checkpoint would write into the file */
  wal_has_frames = g_stat (wal, &wal_st) == 0 && wal_st.st_size > 32;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      sb_store_fail_sqlite (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      return FALSE;
    }
  /* Until the file is known to be ours (and not from a newer Shenbao),
   * closing must not checkpoint a WAL into it. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, 1);

  if (!check_identity (self, &version, error))
    return FALSE;
  /* Ours, and not newer: closing may checkpoint (what every connection to
   * it does), and when it is the last one, remove the -wal and -shm files. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                          _("the file cannot be written (read-only)"));
      return FALSE;
    }
  /* Another Shenbao may have the file open with an older schema: look at
   * the lock before migrating. */
  if (version >= 1)
    {
      gboolean left = FALSE;
      gboolean ok;

      if (!sb_store_exec (self, "BEGIN", error))
        return FALSE;
      ok = check_lock (self, flags, &left, error);
      sb_store_rollback (self);
      /* The last Shenbao that had it open did not close it (a crash, a
       * kill, a power cut): check every page before writing to it. */
      if (!ok)
        return FALSE;
      (void) left;
      /* Every page is checked before anything is written (bytes flipped
       * inside a page are not seen by the header checks): 150–220 ms for
       * 1,000 companies with 600 contracts each, a 70 MB file
       * (tests/store/bench-store); the window opens the file in a thread
       * while GTK starts. */
      if (!quick_check (self, error))
        {
          /* damaged: closing must not checkpoint pages into it; a WAL
           * without frames writes nothing, and closing removes the -wal
           * and -shm files this open made */
          if (wal_has_frames)
            sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
          return FALSE;
        }
    }
  if (!configure (self, error)
      || !sb_store_migrate (self, error)
      || !take_lock (self, flags, error)
      /* the files whose removal could be undone until the last close */
      || !sb_store_prune_blobs (self, NULL, error))
    return FALSE;
  return TRUE;
}

/* The -wal, -shm and -journal files of @path that exist. */
static guint
sidecars_present (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  guint present = 0;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (p, G_FILE_TEST_EXISTS))
        present |= 1u << i;
    }
  return present;
}

/* After a refusal of a file this open created (a full disk, say): removes
 * it with the -wal, -shm and -journal files made beside it, so that no empty
 * file is left.  Beside an existing file nothing is removed: another
 * Shenbao may have made them and be using them (a read-only file is refused
 * before SQLite opens it, so that no -wal or -shm is made beside it). */
static void
clean_after_refusal (SbStore *self, guint present_before)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  if (self->db != NULL)
    {
      g_hash_table_remove_all (self->statements);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (!self->created)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (self->path, suffixes[i], NULL);

      if ((present_before & (1u << i)) == 0)
        g_unlink (p);
    }
  g_unlink (self->path);
}

SbStore *
sb_store_open_full (const char *path, SbStoreOpenFlags flags, GError **error)
{
  g_autoptr(SbStore) self = g_object_new (SB_TYPE_STORE, NULL);
  guint present;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  present = sidecars_present (path);
  if (!open_file (self, flags, error))
    {
      clean_after_refusal (self, present);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
sb_store_close (SbStore *self, GError **error)
{
  int rc;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (self->db == NULL)
    return TRUE;
  release_lock (self);
  g_hash_table_remove_all (self->statements);
  rc = sqlite3_close (self->db);
  if (rc != SQLITE_OK)
    {
      sb_store_fail_sqlite (self, rc, error);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
      return FALSE;
    }
  self->db = NULL;
  return TRUE;
}

const char *
sb_store_get_path (SbStore *self)
{
  g_return_val_if_fail (SB_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sb_store_check (SbStore *self, GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return run_check (self, "PRAGMA integrity_check", error);
}

/* ---- GObject -------------------------------------------------------------- */

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sb_store_finalize (GObject *object)
{
  SbStore *self = SB_STORE (object);

  sb_store_close (self, NULL);
  g_hash_table_unref (self->statements);
  g_free (self->path);
  g_free (self->hostname);
  G_OBJECT_CLASS (sb_store_parent_class)->finalize (object);
}

static void
sb_store_class_init (SbStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_store_finalize;
}

static void
sb_store_init (SbStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_stmt);
  self->hostname = g_strdup (g_get_host_name ());
  self->process_start = MAX (process_start_time (getpid ()), 0);
}
