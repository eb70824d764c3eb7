/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The column mappings of the ledger import, remembered per company, list
 * and file layout (migration 2). */
#include "config.h"

#include "sb-store-private.h"

char *
sb_store_get_ledger_mapping (SbStore *self, gint64 company_id, const char *kind,
                             const char *layout, GError **error)
{
  sqlite3_stmt *stmt;
  char *mapping = NULL;
  int rc;

  g_return_val_if_fail (SB_IS_STORE (self), NULL);

  stmt = sb_store_stmt (self, "SELECT mapping FROM ledger_mappings"
                              " WHERE company_id = ?1 AND kind = ?2 AND layout = ?3", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, layout, -1, SQLITE_TRANSIENT);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    mapping = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return mapping;
}

gboolean
sb_store_set_ledger_mapping (SbStore *self, gint64 company_id, const char *kind,
                             const char *layout, const char *mapping, GError **error)
{
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin (self, error))
    return FALSE;
  ok = (stmt = sb_store_stmt (self, "INSERT OR REPLACE INTO ledger_mappings"
                                    " (company_id, kind, layout, mapping, updated)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, company_id);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, layout, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, mapping, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
      ok = sb_store_run (self, stmt, error);
    }
  return sb_store_end (self, ok, error);
}
