/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Whole companies: list, find, import, load, save, delete, and the dossier
 * files. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-store-private.h"
#include "sb-file-guard.h"

/* Removes the years (with their months and contracts) and the claims. */
static gboolean
clear_company (SbStore *self, gint64 company_id, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "DELETE FROM years WHERE company_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  return sb_store_run (self, stmt, error) && sb_store_clear_claims (self, company_id, error);
}

/* The company with @credit_code other than @except_id: its id, or 0. */
static gboolean
find_credit_code (SbStore *self, const char *credit_code, gint64 except_id, gint64 *out_id,
                  char **out_name, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *out_id = 0;
  if (credit_code == NULL || *credit_code == '\0')
    return TRUE;
  stmt = sb_store_stmt (self, "SELECT id, name FROM companies"
                              " WHERE credit_code = ?1 AND credit_code <> '' AND id <> ?2",
                        error);
  if (stmt == NULL)
    return FALSE;
  sb_bind_text (stmt, 1, credit_code);
  sqlite3_bind_int64 (stmt, 2, except_id);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      *out_id = sqlite3_column_int64 (stmt, 0);
      if (out_name != NULL)
        *out_name = sb_column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  return rc >= 0;
}

gboolean
sb_store_validate (const SbDossier *d, GError **error)
{
  g_autoptr(JsonNode) root = sb_dossier_to_json (d);
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(GError) local_error = NULL;

  back = sb_dossier_from_json (root, NULL, &local_error);
  if (back != NULL)
    return TRUE;
  return sb_store_invalid (error, "%s", local_error->message);
}

/* The window's company as the user left it: a staff month lacking counts, a
 * certification line lacking its name are kept (issue 11). */
static gboolean
validate_with_drafts (const SbDossier *d, GError **error)
{
  g_autoptr(JsonNode) root = sb_dossier_to_json (d);
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(GError) local_error = NULL;

  back = sb_dossier_from_json_with_drafts (root, NULL, &local_error);
  if (back != NULL)
    return TRUE;
  return sb_store_invalid (error, "%s", local_error->message);
}

/* ---- public: whole dossiers ------------------------------------------------ */

gboolean
sb_store_lookup_credit_code (SbStore *self, const char *credit_code, gint64 *out_id,
                             GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_id != NULL, FALSE);

  return find_credit_code (self, credit_code, 0, out_id, NULL, error);
}

static gboolean
import (SbStore *self, const SbDossier *dossier, SbStoreOnConflict on_conflict, gint64 *out_id,
        GError **error)
{
  g_autofree char *existing_name = NULL;
  gint64 existing = 0, id = 0;
  gboolean ok;

  if (!sb_store_begin (self, error))
    return FALSE;
  ok = find_credit_code (self, dossier->company.credit_code, 0, &existing, &existing_name,
                         error);
  if (ok && existing != 0)
    {
      switch (on_conflict)
        {
        case SB_STORE_ON_CONFLICT_SKIP:
          sb_store_rollback (self);
          if (out_id != NULL)
            *out_id = existing;
          return TRUE;
        case SB_STORE_ON_CONFLICT_REPLACE:
          id = existing;
          ok = sb_store_update_company (self, id, dossier, error)
               && clear_company (self, id, error);
          break;
        case SB_STORE_ON_CONFLICT_ASK:
        default:
          g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_CONFLICT,
                       _("a company with credit code %s is stored already (id %" PRId64
                         ", %s)"), dossier->company.credit_code, existing,
                       existing_name != NULL ? existing_name : _("no name"));
          ok = FALSE;
          break;
        }
    }
  else if (ok)
    ok = sb_store_insert_company (self, dossier, &id, error);
  ok = ok && sb_store_write_company (self, id, dossier, error);
  if (!sb_store_end (self, ok, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

gboolean
sb_store_import_dossier (SbStore *self, const SbDossier *dossier, SbStoreOnConflict on_conflict,
                         gint64 *out_id, GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (dossier != NULL, FALSE);

  return sb_store_validate (dossier, error) && import (self, dossier, on_conflict, out_id, error);
}

gboolean
sb_store_save_dossier (SbStore *self, gint64 company_id, const SbDossier *dossier,
                       GError **error)
{
  g_autofree char *other_name = NULL;
  gint64 other = 0;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (dossier != NULL, FALSE);

  if (!validate_with_drafts (dossier, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_credit_code (self, dossier->company.credit_code, company_id, &other, &other_name,
                         error);
  if (ok && other != 0)
    {
      g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_CONFLICT,
                   _("company.credit_code: %s is the code of another stored company (id %"
                     PRId64 ", %s)"), dossier->company.credit_code, other,
                   other_name != NULL ? other_name : _("no name"));
      ok = FALSE;
    }
  ok = ok && sb_store_update_company (self, company_id, dossier, error)
       && clear_company (self, company_id, error)
       && sb_store_write_company (self, company_id, dossier, error);
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_delete_company (SbStore *self, gint64 company_id, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin (self, error))
    return FALSE;
  ok = (stmt = sb_store_stmt (self, "DELETE FROM companies WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, company_id);
      ok = sb_store_run (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sb_store_not_found (error, _("no company with id %" PRId64), company_id);
  return sb_store_end (self, ok, error);
}

SbDossier *
sb_store_load_dossier (SbStore *self, gint64 company_id, GError **error)
{
  SbDossier *d;

  g_return_val_if_fail (SB_IS_STORE (self), NULL);

  /* one read transaction: a consistent snapshot */
  if (!sb_store_exec (self, "BEGIN", error))
    return NULL;
  d = sb_store_read_dossier (self, company_id, error);
  sb_store_rollback (self);
  return d;
}

/* ---- files ---------------------------------------------------------------- */

gboolean
sb_store_import_file (SbStore *self, const char *path, GHashTable *known_categories,
                      SbStoreOnConflict on_conflict, gint64 *out_id, GError **error)
{
  g_autoptr(SbDossier) d = NULL;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  /* the reader has checked it */
  d = sb_dossier_from_file (path, known_categories, error);
  return d != NULL && import (self, d, on_conflict, out_id, error);
}

SbDossier *
sb_store_salvage_dossier (SbStore *self, gint64 company_id, char ***out_lost, GError **error)
{
  g_autoptr(GPtrArray) lost = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  SbDossier *d;

  g_return_val_if_fail (SB_IS_STORE (self), NULL);
  g_return_val_if_fail (self->lost == NULL, NULL);

  /* a local error: the reader looks at its code to go on */
  self->lost = lost;
  d = sb_store_load_dossier (self, company_id, &local_error);
  self->lost = NULL;
  if (d == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (out_lost != NULL)
    {
      g_ptr_array_add (lost, NULL);
      *out_lost = (char **) g_ptr_array_steal (lost, NULL);
    }
  return d;
}

gboolean
sb_store_write_dossier_file (const SbDossier *d, const char *path, GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_newline = NULL;

  if (!sb_file_check_not_open (path, error))
    return FALSE;
  root = sb_dossier_to_json (d);
  text = sb_json_to_pretty_string (root);
  with_newline = g_strconcat (text, "\n", NULL);
  return g_file_set_contents_full (path, with_newline, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

gboolean
sb_store_export_file (SbStore *self, gint64 company_id, const char *path, GError **error)
{
  g_autoptr(SbDossier) d = sb_store_load_dossier (self, company_id, error);

  return d != NULL && sb_store_write_dossier_file (d, path, error);
}

/* ---- companies ---------------------------------------------------------- */

void
sb_store_company_free (SbStoreCompany *company)
{
  if (company == NULL)
    return;
  g_free (company->name);
  g_free (company->credit_code);
  g_free (company->region);
  g_free (company->errors);
  g_free (company);
}

GPtrArray *
sb_store_list_companies (SbStore *self, GError **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sb_store_company_free);
  sqlite3_stmt *stmt = sb_store_stmt (self, "SELECT id, name, credit_code, region "
                                            "FROM companies ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbStoreCompany *c = g_new0 (SbStoreCompany, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->name = sb_column_text (stmt, 1);
      c->credit_code = sb_column_text (stmt, 2);
      c->region = sb_column_text (stmt, 3);
      c->trade_fund_total = SB_UNSET;
      g_ptr_array_add (list, c);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}

static gboolean
is_number (const char *text)
{
  if (*text == '\0' || strlen (text) > 18)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

gboolean
sb_store_find_company (SbStore *self, const char *key, gint64 *out_id, GError **error)
{
  static const char * const queries[] = {
    "SELECT id FROM companies WHERE credit_code = ?1 ORDER BY id",
    "SELECT id FROM companies WHERE name = ?1 ORDER BY id",
  };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (key != NULL, FALSE);

  if (is_number (key))
    {
      if ((stmt = sb_store_stmt (self, "SELECT id FROM companies WHERE id = ?1", error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (key, NULL, 10));
      rc = sb_store_step (self, stmt, error);
      if (rc == SQLITE_ROW)
        *out_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc < 0)
        return FALSE;
      if (rc == SQLITE_ROW)
        return TRUE;
    }
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GString) ids = g_string_new (NULL);
      guint found = 0;

      if ((stmt = sb_store_stmt (self, queries[q], error)) == NULL)
        return FALSE;
      sb_bind_text (stmt, 1, key);
      while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
        {
          *out_id = sqlite3_column_int64 (stmt, 0);
          g_string_append_printf (ids, "%s%" PRId64, found > 0 ? ", " : "", *out_id);
          found++;
        }
      sqlite3_reset (stmt);
      if (rc < 0)
        return FALSE;
      if (found == 1)
        return TRUE;
      if (found > 1)
        return sb_store_invalid (error, _("several companies are named “%s” (ids %s): "
                                          "give the id or the credit code"), key, ids->str);
    }
  return sb_store_not_found (error, _("no company “%s” (give its id, credit code or name)"),
                             key);
}
