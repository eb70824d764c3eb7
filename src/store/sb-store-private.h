/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-store-private.h: what the store's source files share — the statement
 * cache, transactions, errors and the column conversions. */
#pragma once

#include <sqlite3.h>

#include "sb-store.h"

G_BEGIN_DECLS

/* The engine declares no cleanup for SbYear; an alias of our own keeps
 * g_autoptr from clashing with one it may add. */
typedef SbYear SbStoreYear;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbStoreYear, sb_year_free)

struct _SbStore
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt* (persistent) */
  char       *hostname;
  gint64      process_start;
  gboolean    locked;       /* our lock row is in the database */
  gboolean    created;      /* the file was created by this open */
  GPtrArray  *lost;         /* while salvaging: the parts that could not be read */
};

/* A prepared statement for @sql (cached, reset, bindings cleared). */
sqlite3_stmt *sb_store_stmt          (SbStore *self, const char *sql, GError **error);
/* Sets @error from SQLite's last error on the connection; returns FALSE. */
gboolean      sb_store_fail_sqlite   (SbStore *self, int rc, GError **error);
/* Steps @stmt once: SQLITE_ROW, SQLITE_DONE, or -1 with @error set. */
int           sb_store_step          (SbStore *self, sqlite3_stmt *stmt, GError **error);
/* Steps @stmt to the end. */
gboolean      sb_store_run           (SbStore *self, sqlite3_stmt *stmt, GError **error);
/* Steps an INSERT.  FALSE with *out_duplicate set (and no error) when a
 * UNIQUE or PRIMARY KEY constraint refused the row. */
gboolean      sb_store_insert        (SbStore *self, sqlite3_stmt *stmt,
                                      gboolean *out_duplicate, GError **error);
/* Prepares, binds nothing and runs @sql (no parameters). */
gboolean      sb_store_exec          (SbStore *self, const char *sql, GError **error);

gboolean      sb_store_begin         (SbStore *self, GError **error);
gboolean      sb_store_commit        (SbStore *self, GError **error);
void          sb_store_rollback      (SbStore *self);
/* BEGIN IMMEDIATE and mark the company edited (its cached verdicts go);
 * NOT_FOUND when there is no such company. */
gboolean      sb_store_begin_edit    (SbStore *self, gint64 company_id, GError **error);
/* Commits when @ok, rolls back otherwise; returns @ok. */
gboolean      sb_store_end           (SbStore *self, gboolean ok, GError **error);

/* "PATH: MESSAGE" with @code: a problem of the database file. */
gboolean      sb_store_fail_file     (SbStore *self, GError **error, SbStoreError code,
                                      const char *format, ...) G_GNUC_PRINTF (4, 5);
gboolean      sb_store_not_found     (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);
gboolean      sb_store_invalid       (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* "2025-06-01T10:00:00Z" (UTC, now) */
char         *sb_store_now_text      (void);

/* Schema (sb-store-schema.c): runs every migration above @from, each in its
 * own transaction. */
gboolean      sb_store_migrate       (SbStore *self, GError **error);

/* Rows (sb-store-write.c), inside a transaction. */
gboolean      sb_store_insert_company (SbStore *self, const SbDossier *d, gint64 *out_id,
                                       GError **error);
/* The company row only (name, declarations, extras); NOT_FOUND without it. */
gboolean      sb_store_update_company (SbStore *self, gint64 company_id, const SbDossier *d,
                                       GError **error);
gboolean      sb_store_write_company (SbStore *self, gint64 company_id, const SbDossier *d,
                                      GError **error);
gboolean      sb_store_write_year    (SbStore *self, gint64 company_id, int position,
                                      const SbYear *y, GError **error);
gboolean      sb_store_write_claims  (SbStore *self, gint64 company_id, const SbDossier *d,
                                      GError **error);
gboolean      sb_store_clear_claims  (SbStore *self, gint64 company_id, GError **error);
/* The company, read inside the caller's transaction (sb-store-read.c). */
SbDossier    *sb_store_read_dossier  (SbStore *self, gint64 company_id, GError **error);
/* Reading companies for the evaluators (sb-store-read.c), inside the
 * caller's transaction: one query per table over every company of @ids
 * (ascending), each ordered by company, read a company at a time.  A
 * dossier read holds only what the evaluators read, so that evaluating
 * every company again does not copy every string: no extras, and contracts
 * with only their offshore mark, their revenue, a category that is "" for
 * any catalogue code, and their no only where a warning names it (a
 * catalogue contract without revenue or offshore mark). */
typedef struct _SbStoreEvalReader SbStoreEvalReader;

SbStoreEvalReader *sb_store_eval_reader_new  (SbStore *self, const gint64 *ids, guint n_ids,
                                              GError **error);
/* The dossier of @company_id, asked in ascending order of id (NOT_FOUND when
 * it is not stored).  It is the reader's: valid until the next read or the
 * reader's end.  Stop at the first error. */
const SbDossier   *sb_store_eval_reader_read (SbStoreEvalReader *reader, gint64 company_id,
                                              GError **error);
/* Resets the reader's statements. */
void               sb_store_eval_reader_free (SbStoreEvalReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbStoreEvalReader, sb_store_eval_reader_free)

/* INVALID unless the dossier reader would take @d back (DOSSIER.md): the
 * store holds only what it can export. */
gboolean      sb_store_validate      (const SbDossier *d, GError **error);
void          sb_store_write_contract_fields (sqlite3_stmt *stmt, int first,
                                              const SbContract *c);
/* The registrations of @c, under the contract row @contract_id. */
gboolean      sb_store_write_registrations (SbStore *self, gint64 contract_id,
                                            const SbContract *c, GError **error);

/* Binding: SB_UNSET, SB_TRI_UNSET, SB_DATE_UNSET, NULL and a NULL extra bind NULL. */
void          sb_bind_int            (sqlite3_stmt *stmt, int i, gint64 value);
void          sb_bind_text           (sqlite3_stmt *stmt, int i, const char *value);
void          sb_bind_tri            (sqlite3_stmt *stmt, int i, SbTri value);
void          sb_bind_date           (sqlite3_stmt *stmt, int i, SbDate value);
void          sb_bind_extra          (sqlite3_stmt *stmt, int i, JsonObject *extra);

gint64        sb_column_int          (sqlite3_stmt *stmt, int i);
char         *sb_column_text         (sqlite3_stmt *stmt, int i);
SbTri         sb_column_tri          (sqlite3_stmt *stmt, int i);
SbDate        sb_column_date         (sqlite3_stmt *stmt, int i);
JsonObject   *sb_column_extra        (sqlite3_stmt *stmt, int i);

G_END_DECLS
