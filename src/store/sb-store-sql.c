/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The statement cache, transactions, SQLite errors and the conversions
 * between columns and the dossier's values. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-private.h"
#include "sb-json-strict.h"

/* ---- errors ---------------------------------------------------------- */

gboolean
sb_store_fail_sqlite (SbStore *self, int rc, GError **error)
{
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_CORRUPT,
                                 _("the database is damaged (%s)"), message);
    case SQLITE_NOTADB:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_NOT_A_DATABASE,
                                 _("not an SQLite database (%s)"), message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_LOCKED,
                                 _("the database is busy in another program (%s)"), message);
    case SQLITE_CONSTRAINT:
      return sb_store_invalid (error, _("the database refused a value (%s)"), message);
    case SQLITE_FULL:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                                 _("the disk is full (%s)"), message);
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_IO,
                                 _("the file cannot be written (%s)"), message);
    default:
      return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, "%s", message);
    }
}

static gboolean
check_open (SbStore *self, GError **error)
{
  if (self->db == NULL)
    return sb_store_fail_file (self, error, SB_STORE_ERROR_IO, _("the database is closed"));
  return TRUE;
}

/* ---- statements and transactions -------------------------------------- */

sqlite3_stmt *
sb_store_stmt (SbStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!check_open (self, error))
    return NULL;
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sb_store_fail_sqlite (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

int
sb_store_step (SbStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;
  sb_store_fail_sqlite (self, rc, error);
  sqlite3_reset (stmt);
  return -1;
}

gboolean
sb_store_run (SbStore *self, sqlite3_stmt *stmt, GError **error)
{
  int rc;

  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    ;
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

gboolean
sb_store_insert (SbStore *self, sqlite3_stmt *stmt, gboolean *out_duplicate, GError **error)
{
  int rc = sqlite3_step (stmt);

  *out_duplicate = FALSE;
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      *out_duplicate = TRUE;
      return FALSE;
    }
  return sb_store_fail_sqlite (self, rc, error);
}

gboolean
sb_store_exec (SbStore *self, const char *sql, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, sql, error);

  return stmt != NULL && sb_store_run (self, stmt, error);
}

gboolean
sb_store_begin (SbStore *self, GError **error)
{
  return sb_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
sb_store_commit (SbStore *self, GError **error)
{
  if (sb_store_exec (self, "COMMIT", error))
    return TRUE;
  sb_store_rollback (self);
  return FALSE;
}

void
sb_store_rollback (SbStore *self)
{
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sb_store_exec (self, "ROLLBACK", NULL);
}

char *
sb_store_now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
sb_store_begin_edit (SbStore *self, gint64 company_id, GError **error)
{
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt;

  if (!sb_store_begin (self, error))
    return FALSE;
  /* Any change to a company's row drops its cached verdicts (a trigger). */
  stmt = sb_store_stmt (self, "UPDATE companies SET modified_at = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    goto fail;
  sb_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, company_id);
  if (!sb_store_run (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      sb_store_not_found (error, _("no company with id %" PRId64), company_id);
      goto fail;
    }
  return TRUE;

fail:
  sb_store_rollback (self);
  return FALSE;
}

gboolean
sb_store_end (SbStore *self, gboolean ok, GError **error)
{
  if (ok)
    return sb_store_commit (self, error);
  sb_store_rollback (self);
  return FALSE;
}

/* ---- values ----------------------------------------------------------- */

void
sb_bind_int (sqlite3_stmt *stmt, int i, gint64 value)
{
  if (value == SB_UNSET)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_int64 (stmt, i, value);
}

void
sb_bind_text (sqlite3_stmt *stmt, int i, const char *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_text (stmt, i, value, -1, SQLITE_TRANSIENT);
}

void
sb_bind_tri (sqlite3_stmt *stmt, int i, SbTri value)
{
  if (value == SB_TRI_UNSET)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_int (stmt, i, value == SB_TRI_TRUE ? 1 : 0);
}

void
sb_bind_date (sqlite3_stmt *stmt, int i, SbDate value)
{
  if (value == SB_DATE_UNSET)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_text (stmt, i, sb_date_format (value), -1, g_free);
}

void
sb_bind_extra (sqlite3_stmt *stmt, int i, JsonObject *extra)
{
  g_autoptr(JsonNode) node = NULL;

  if (extra == NULL || json_object_get_size (extra) == 0)
    {
      sqlite3_bind_null (stmt, i);
      return;
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, extra);
  sqlite3_bind_text (stmt, i, sb_json_to_compact_string (node), -1, g_free);
}

gint64
sb_column_int (sqlite3_stmt *stmt, int i)
{
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return SB_UNSET;
  return sqlite3_column_int64 (stmt, i);
}

char *
sb_column_text (sqlite3_stmt *stmt, int i)
{
  const unsigned char *text = sqlite3_column_text (stmt, i);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

SbTri
sb_column_tri (sqlite3_stmt *stmt, int i)
{
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return SB_TRI_UNSET;
  return sqlite3_column_int (stmt, i) != 0 ? SB_TRI_TRUE : SB_TRI_FALSE;
}

SbDate
sb_column_date (sqlite3_stmt *stmt, int i)
{
  const unsigned char *text = sqlite3_column_text (stmt, i);
  SbDate date = SB_DATE_UNSET;

  if (text != NULL && !sb_date_parse ((const char *) text, &date))
    date = SB_DATE_UNSET;
  return date;
}

JsonObject *
sb_column_extra (sqlite3_stmt *stmt, int i)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);
  g_autoptr(JsonNode) node = NULL;

  if (text == NULL)
    return NULL;
  node = sb_json_strict_parse (text, -1, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_ref (json_node_get_object (node));
}
