/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-store-evidence.c: the attached files, kept once by their SHA-256
 * (blobs) and linked to what they prove (attachments). */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <unistd.h>

#include "sb-evidence.h"
#include "sb-store-private.h"

#define ATTACHMENT_COLUMNS \
  "a.id, a.company_id, a.target, a.role, a.position, a.name, b.size, b.pages, b.media, " \
  "a.sha256, a.added_at"

static SbAttachment *
read_attachment (sqlite3_stmt *stmt)
{
  SbAttachment *a = g_new0 (SbAttachment, 1);
  const char *media = (const char *) sqlite3_column_text (stmt, 8);

  a->id = sqlite3_column_int64 (stmt, 0);
  a->company_id = sqlite3_column_int64 (stmt, 1);
  a->target = sb_column_text (stmt, 2);
  a->role = sb_column_text (stmt, 3);
  a->position = (guint) sqlite3_column_int (stmt, 4);
  a->name = sb_column_text (stmt, 5);
  a->size = sqlite3_column_int64 (stmt, 6);
  a->pages = (guint) sqlite3_column_int (stmt, 7);
  a->media = g_strcmp0 (media, "pdf") == 0 ? SB_EVIDENCE_MEDIA_PDF
             : g_strcmp0 (media, "jpeg") == 0 ? SB_EVIDENCE_MEDIA_JPEG
             : SB_EVIDENCE_MEDIA_PNG;
  a->sha256 = sb_column_text (stmt, 9);
  a->added_at = sb_column_text (stmt, 10);
  if (a->role == NULL)
    a->role = g_strdup ("");
  return a;
}

static gboolean
company_exists (SbStore *self, gint64 company_id, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "SELECT 1 FROM companies WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  rc = sb_store_step (self, stmt, error);
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return sb_store_not_found (error, _("no company with id %" PRId64), company_id);
  return TRUE;
}

/* Checks @data and stores it as a blob unless kept already; *out_sha256. */
static gboolean
put_blob (SbStore *self, const char *name, GBytes *data, char **out_sha256, GError **error)
{
  SbEvidenceMedia media;
  guint pages;
  gsize size;
  const guchar *bytes = g_bytes_get_data (data, &size);
  g_autofree char *sha = NULL;
  sqlite3_stmt *stmt;

  if (!sb_evidence_probe (name, data, &media, &pages, error))
    return FALSE;
  sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  stmt = sb_store_stmt (self,
                        "INSERT INTO blobs (sha256, size, media, pages, data)"
                        " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (sha256) DO NOTHING",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, (sqlite3_int64) size);
  sqlite3_bind_text (stmt, 3, sb_evidence_media_name (media), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) pages);
  sqlite3_bind_blob64 (stmt, 5, bytes, size, SQLITE_STATIC);
  if (!sb_store_run (self, stmt, error))
    return FALSE;
  *out_sha256 = g_steal_pointer (&sha);
  return TRUE;
}

gboolean
sb_store_attach_bytes (SbStore *self, gint64 company_id, const char *target,
                       const char *role, const char *name, GBytes *data,
                       gint64 *out_id, GError **error)
{
  g_autoptr(SbEvidenceTarget) parsed = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && data != NULL, FALSE);

  if ((parsed = sb_evidence_target_parse (target, error)) == NULL)
    return FALSE;
  canonical = sb_evidence_target_format (parsed);
  if (role == NULL)
    role = "";
  if (!sb_evidence_role_is_valid (role))
    return sb_store_invalid (error, _("“%s” is not a kind of proof (contract, invoice, "
                                      "payment, certificate, voucher, declaration)"), role);
  /* probe before the transaction: a slow file does not hold the lock */
  {
    SbEvidenceMedia media;
    guint pages;

    if (!sb_evidence_probe (name, data, &media, &pages, error))
      return FALSE;
  }
  if (!sb_store_begin (self, error))
    return FALSE;
  if (!company_exists (self, company_id, error) || !put_blob (self, name, data, &sha, error))
    goto out;
  /* the same file attached to the same target again: the one there stays */
  stmt = sb_store_stmt (self, "SELECT id FROM attachments WHERE company_id = ?1 AND target = ?2"
                              " AND sha256 = ?3", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sb_bind_text (stmt, 2, canonical);
  sb_bind_text (stmt, 3, sha);
  switch (sb_store_step (self, stmt, error))
    {
    case SQLITE_ROW:
      if (out_id != NULL)
        *out_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      ok = TRUE;
      goto out;
    case SQLITE_DONE:
      sqlite3_reset (stmt);
      break;
    default:
      goto out;
    }
  stmt = sb_store_stmt (self,
                        "INSERT INTO attachments (company_id, target, role, position, name,"
                        " sha256, added_at) VALUES (?1, ?2, ?3,"
                        " (SELECT coalesce (max (position) + 1, 0) FROM attachments"
                        "  WHERE company_id = ?1 AND target = ?2), ?4, ?5, ?6)",
                        error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sb_bind_text (stmt, 2, canonical);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_STATIC);
  sb_bind_text (stmt, 4, name);
  sb_bind_text (stmt, 5, sha);
  sb_bind_text (stmt, 6, now);
  if (!sb_store_run (self, stmt, error))
    goto out;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);
  ok = TRUE;
out:
  return sb_store_end (self, ok, error);
}

static GBytes *
read_file (const char *path, GError **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  GStatBuf st;
  gsize length;

  /* the size first: a huge file is refused without reading it */
  if (g_stat (path, &st) == 0 && st.st_size > SB_EVIDENCE_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (st.st_size);
      g_autofree char *max = g_format_size (SB_EVIDENCE_MAX_SIZE);

      g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID,
                   _("“%s” cannot be attached: it is %s, larger than the %s a file may be "
                     "(scan it at a lower resolution or split it)"), name, have, max);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      /* the user's file, not the database: INVALID */
      g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID,
                   _("“%s” cannot be read: %s"), name, local->message);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

gboolean
sb_store_attach_file (SbStore *self, gint64 company_id, const char *target, const char *role,
                      const char *path, gint64 *out_id, GError **error)
{
  g_autoptr(GBytes) data = read_file (path, error);
  g_autofree char *name = NULL;

  if (data == NULL)
    return FALSE;
  name = g_filename_display_basename (path);
  return sb_store_attach_bytes (self, company_id, target, role, name, data, out_id, error);
}

GPtrArray *
sb_store_list_attachments (SbStore *self, gint64 company_id, const char *target,
                           GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_attachment_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sb_store_stmt (self,
                        "SELECT " ATTACHMENT_COLUMNS " FROM attachments a"
                        " JOIN blobs b ON b.sha256 = a.sha256"
                        " WHERE a.company_id = ?1 AND (?2 IS NULL OR a.target = ?2)"
                        " ORDER BY a.target, a.position, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sb_bind_text (stmt, 2, target);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_attachment (stmt));
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&list);
}

SbAttachment *
sb_store_get_attachment (SbStore *self, gint64 id, GError **error)
{
  sqlite3_stmt *stmt;
  SbAttachment *a = NULL;
  int rc;

  stmt = sb_store_stmt (self,
                        "SELECT " ATTACHMENT_COLUMNS " FROM attachments a"
                        " JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    a = read_attachment (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    sb_store_not_found (error, _("no attached file with id %" PRId64), id);
  return a;
}

GBytes *
sb_store_read_blob (SbStore *self, const char *sha256, GError **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  stmt = sb_store_stmt (self, "SELECT data FROM blobs WHERE sha256 = ?1", error);
  if (stmt == NULL)
    return NULL;
  sb_bind_text (stmt, 1, sha256);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    sb_store_not_found (error, _("the attached file %s is no longer kept"), sha256);
  return bytes;
}

char *
sb_store_extract_attachment (SbStore *self, gint64 id, GError **error)
{
  g_autoptr(SbAttachment) a = sb_store_get_attachment (self, id, error);
  g_autoptr(GBytes) data = NULL;
  g_autofree char *template = NULL;
  g_autofree char *path = NULL;
  g_autofree char *safe = NULL;
  const guchar *bytes;
  gsize size;
  int fd;

  if (a == NULL || (data = sb_store_read_blob (self, a->sha256, error)) == NULL)
    return NULL;
  /* the file's own name after a random part, without any folder in it */
  safe = g_strdelimit (g_strdup (a->name), G_DIR_SEPARATOR_S, '_');
  template = g_strdup_printf ("shenbao-XXXXXX-%s", safe);
  fd = g_file_open_tmp (template, &path, error);   /* 0600 */
  if (fd < 0)
    return NULL;
  bytes = g_bytes_get_data (data, &size);
  while (size > 0)
    {
      ssize_t n = write (fd, bytes, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : EIO;

          close (fd);
          g_unlink (path);
          g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_IO,
                       _("Cannot write “%s”: %s"), path, g_strerror (saved));
          return NULL;
        }
      bytes += n;
      size -= (gsize) n;
    }
  if (close (fd) != 0)
    {
      g_unlink (path);
      g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_IO,
                   _("Cannot write “%s”: %s"), path, g_strerror (errno));
      return NULL;
    }
  return g_steal_pointer (&path);
}

gboolean
sb_store_replace_attachment (SbStore *self, gint64 id, const char *path, GError **error)
{
  g_autoptr(GBytes) data = read_file (path, error);
  g_autofree char *name = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (data == NULL)
    return FALSE;
  name = g_filename_display_basename (path);
  {
    SbEvidenceMedia media;
    guint pages;

    if (!sb_evidence_probe (name, data, &media, &pages, error))
      return FALSE;
  }
  if (!sb_store_begin (self, error))
    return FALSE;
  if (!put_blob (self, name, data, &sha, error))
    goto out;
  stmt = sb_store_stmt (self, "UPDATE attachments SET sha256 = ?2, name = ?3, added_at = ?4"
                              " WHERE id = ?1", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, id);
  sb_bind_text (stmt, 2, sha);
  sb_bind_text (stmt, 3, name);
  sb_bind_text (stmt, 4, now);
  if (!sb_store_run (self, stmt, error))
    goto out;
  if (sqlite3_changes (self->db) == 0)
    {
      sb_store_not_found (error, _("no attached file with id %" PRId64), id);
      goto out;
    }
  ok = TRUE;
out:
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_set_attachment_role (SbStore *self, gint64 id, const char *role, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (role == NULL)
    role = "";
  if (!sb_evidence_role_is_valid (role))
    return sb_store_invalid (error, _("“%s” is not a kind of proof (contract, invoice, "
                                      "payment, certificate, voucher, declaration)"), role);
  if (!sb_store_begin (self, error))
    return FALSE;
  stmt = sb_store_stmt (self, "UPDATE attachments SET role = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, role, -1, SQLITE_STATIC);
  if (!sb_store_run (self, stmt, error))
    goto out;
  if (sqlite3_changes (self->db) == 0)
    {
      sb_store_not_found (error, _("no attached file with id %" PRId64), id);
      goto out;
    }
  ok = TRUE;
out:
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_remove_attachment (SbStore *self, gint64 id, SbAttachment **out_removed,
                            GError **error)
{
  g_autoptr(SbAttachment) a = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!sb_store_begin (self, error))
    return FALSE;
  if ((a = sb_store_get_attachment (self, id, error)) == NULL)
    goto out;
  /* the blob stays until the database is opened again: the removal can be undone */
  stmt = sb_store_stmt (self, "DELETE FROM attachments WHERE id = ?1", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = sb_store_run (self, stmt, error);
out:
  if (!sb_store_end (self, ok, error))
    return FALSE;
  if (out_removed != NULL)
    *out_removed = g_steal_pointer (&a);
  return TRUE;
}

gboolean
sb_store_restore_attachment (SbStore *self, const SbAttachment *a, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!sb_store_begin (self, error))
    return FALSE;
  if (!company_exists (self, a->company_id, error))
    goto out;
  stmt = sb_store_stmt (self, "SELECT 1 FROM blobs WHERE sha256 = ?1", error);
  if (stmt == NULL)
    goto out;
  sb_bind_text (stmt, 1, a->sha256);
  if (sb_store_step (self, stmt, error) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      sb_store_not_found (error, _("“%s” is no longer kept and cannot be put back"), a->name);
      goto out;
    }
  sqlite3_reset (stmt);
  stmt = sb_store_stmt (self,
                        "INSERT INTO attachments (id, company_id, target, role, position, name,"
                        " sha256, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int64 (stmt, 1, a->id);
  sqlite3_bind_int64 (stmt, 2, a->company_id);
  sb_bind_text (stmt, 3, a->target);
  sb_bind_text (stmt, 4, a->role);
  sqlite3_bind_int (stmt, 5, (int) a->position);
  sb_bind_text (stmt, 6, a->name);
  sb_bind_text (stmt, 7, a->sha256);
  sb_bind_text (stmt, 8, a->added_at);
  ok = sb_store_run (self, stmt, error);
out:
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_prune_blobs (SbStore *self, guint *out_n, GError **error)
{
  gboolean ok;

  if (!sb_store_begin (self, error))
    return FALSE;
  ok = sb_store_exec (self, "DELETE FROM blobs WHERE sha256 NOT IN"
                            " (SELECT sha256 FROM attachments)", error);
  if (ok && out_n != NULL)
    *out_n = (guint) sqlite3_changes (self->db);
  return sb_store_end (self, ok, error);
}
