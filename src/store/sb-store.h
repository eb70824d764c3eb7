/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-store.h: every client company in one SQLite database file.
 *
 * One file (by default $XDG_DATA_HOME/shenbao/shenbao.db, mode 0600 in a 0700
 * folder), WAL, foreign keys on, the schema version in user_version.  The
 * interchange type is the engine's SbDossier: a company is imported, loaded
 * and saved whole, and the window's edits each change one value, one staff
 * month or one contract.  Every write is one transaction: a process killed at
 * any moment loses at most the edit it had not yet committed.
 *
 * A file that cannot be used (not SQLite, truncated, another program's
 * database, a newer schema, or open in another running Shenbao) is reported
 * with an error naming the file, and is not modified. */
#pragma once

#include <glib-object.h>

#include "sb-dossier.h"
#include "sb-policy.h"

G_BEGIN_DECLS

#define SB_STORE_ERROR (sb_store_error_quark ())

typedef enum
{
  SB_STORE_ERROR_NOT_A_DATABASE,  /* not SQLite, or another program's database */
  SB_STORE_ERROR_CORRUPT,         /* truncated or damaged */
  SB_STORE_ERROR_TOO_NEW,         /* written by a newer Shenbao (schema version) */
  SB_STORE_ERROR_LOCKED,          /* open in another running Shenbao */
  SB_STORE_ERROR_IO,              /* cannot be read, created or written */
  SB_STORE_ERROR_NOT_FOUND,       /* no such company, year, month or contract */
  SB_STORE_ERROR_CONFLICT,        /* a company with that credit code is stored */
  SB_STORE_ERROR_INVALID,         /* a value or key the store cannot take */
  SB_STORE_ERROR_LOCKED_ELSEWHERE,/* locked by Shenbao on another computer (or
                                   * under an old name of this one): a lock
                                   * SB_STORE_OPEN_BREAK_LOCK may take over */
} SbStoreError;

GQuark sb_store_error_quark (void);

/* The schema version this program writes (PRAGMA user_version). */
#define SB_STORE_SCHEMA_VERSION 5

typedef enum
{
  SB_STORE_OPEN_DEFAULT    = 0,
  SB_STORE_OPEN_EXISTING   = 1 << 0,  /* fail (IO) rather than create the file */
  SB_STORE_OPEN_BREAK_LOCK = 1 << 1,  /* take over the lock of Shenbao on another
                                       * computer (or under an old name of this
                                       * one), said with g_message; a live
                                       * Shenbao on this computer keeps its lock */
  SB_STORE_OPEN_READ_ONLY  = 1 << 2,  /* read only: no page check, no lock, no
                                       * migration, nothing written (to save
                                       * what a damaged database still holds) */
} SbStoreOpenFlags;

typedef enum
{
  SB_STORE_ON_CONFLICT_ASK,      /* fail with SB_STORE_ERROR_CONFLICT */
  SB_STORE_ON_CONFLICT_REPLACE,  /* replace the stored company, keeping its id */
  SB_STORE_ON_CONFLICT_SKIP,     /* keep the stored company; *out_id is its id */
} SbStoreOnConflict;

#define SB_TYPE_STORE (sb_store_get_type ())
G_DECLARE_FINAL_TYPE (SbStore, sb_store, SB, STORE, GObject)

/* $XDG_DATA_HOME/shenbao/shenbao.db */
char       *sb_store_default_path      (void);

/* Opens (or creates) the database at @path.  An existing file is checked
 * before anything is written to it: its header, its application id and
 * schema version, whether it can be written, the lock row, and every page
 * (PRAGMA quick_check; a damaged file is refused with how to recover).  A
 * file this open created is removed again when the open fails. */
SbStore    *sb_store_open              (const char *path, GError **error);
SbStore    *sb_store_open_full         (const char *path, SbStoreOpenFlags flags,
                                        GError **error);
/* Releases the lock and closes the file; the object stays (every call then
 * fails with IO).  Finalizing an open store closes it too. */
gboolean    sb_store_close             (SbStore *self, GError **error);
const char *sb_store_get_path          (SbStore *self);

/* Runs PRAGMA integrity_check; FALSE with CORRUPT and the first problem. */
gboolean    sb_store_check             (SbStore *self, GError **error);

/* ---- companies -------------------------------------------------------- */

typedef enum
{
  SB_VERDICT_NOT_ASKED,     /* the dossier has no claim for the program */
  SB_VERDICT_ELIGIBLE,
  SB_VERDICT_NOT_ELIGIBLE,
  SB_VERDICT_ERROR,         /* the evaluation failed (message in @errors) */
} SbVerdict;

typedef struct
{
  gint64     id;
  char      *name;              /* NULL when the dossier has none */
  char      *credit_code;
  char      *region;
  /* Filled by sb_store_list_verdicts () only. */
  SbVerdict  tase;
  SbVerdict  annual_report;
  SbVerdict  hnte;
  SbVerdict  trade_fund;        /* ELIGIBLE when the total is above zero */
  gint64     trade_fund_total;  /* fen; SB_UNSET unless evaluated */
  char      *errors;            /* "tase: …" lines of failed evaluations, or NULL */
} SbStoreCompany;

void        sb_store_company_free      (SbStoreCompany *company);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbStoreCompany, sb_store_company_free)

/* Every company, by id (SbStoreCompany*, verdicts NOT_ASKED). */
GPtrArray  *sb_store_list_companies    (SbStore *self, GError **error);

/* Every company with its verdict per program, evaluated with @policies at
 * @at.  Verdicts are cached in the database and computed again only for the
 * companies edited since, when the policy profiles or the program changed, or
 * (for an HNTE claim without apply_date) when @at changed. */
GPtrArray  *sb_store_list_verdicts     (SbStore *self, SbPolicySet *policies, SbDate at,
                                        GError **error);

/* Drops every kept verdict: the next list evaluates every company again
 * (after an evaluator changed within one program version, say). */
gboolean    sb_store_forget_verdicts   (SbStore *self, GError **error);

/* A company by id ("12"), credit code or exact name.  NOT_FOUND when there
 * is none, INVALID when a name is shared by several. */
gboolean    sb_store_find_company      (SbStore *self, const char *key, gint64 *out_id,
                                        GError **error);

/* The company with @credit_code (exactly): *out_id, or 0 when none. */
gboolean    sb_store_lookup_credit_code (SbStore *self, const char *credit_code,
                                         gint64 *out_id, GError **error);

/* ---- whole dossiers --------------------------------------------------- */

/* Stores @dossier as a company in one transaction; a company with the same
 * credit code is handled as @on_conflict says. */
gboolean    sb_store_import_dossier    (SbStore *self, const SbDossier *dossier,
                                        SbStoreOnConflict on_conflict, gint64 *out_id,
                                        GError **error);
SbDossier  *sb_store_load_dossier      (SbStore *self, gint64 company_id, GError **error);
/* Replaces everything stored for the company by @dossier, in one transaction.
 * Drafts are kept as they are (sb_dossier_from_json_with_drafts()): a staff
 * month lacking counts, a certification line lacking its name. */
gboolean    sb_store_save_dossier      (SbStore *self, gint64 company_id,
                                        const SbDossier *dossier, GError **error);
gboolean    sb_store_delete_company    (SbStore *self, gint64 company_id, GError **error);

/* Reads a dossier file (DOSSIER.md) and imports it.  @known_categories as
 * for sb_dossier_from_file (). */
gboolean    sb_store_import_file       (SbStore *self, const char *path,
                                        GHashTable *known_categories,
                                        SbStoreOnConflict on_conflict, gint64 *out_id,
                                        GError **error);
/* Writes the company's dossier JSON to @path atomically, mode 0600. */
gboolean    sb_store_export_file       (SbStore *self, gint64 company_id, const char *path,
                                        GError **error);
/* What can still be read of company @company_id in a damaged database (open
 * it with SB_STORE_OPEN_READ_ONLY): a part whose pages are damaged (the
 * years, their staff months or contracts, a claim, a trade-fund list) is
 * left out and named in *@out_lost ("years.contracts", …; NULL-terminated,
 * empty when nothing was lost).  NULL when the company itself cannot be
 * read. */
SbDossier  *sb_store_salvage_dossier   (SbStore *self, gint64 company_id, char ***out_lost,
                                        GError **error);
/* Writes @d as a dossier file (mode 0600), never onto a file the program
 * holds open. */
gboolean    sb_store_write_dossier_file (const SbDossier *d, const char *path, GError **error);

/* ---- edits: each one transaction ------------------------------------- */

/* @key: "name", "credit_code" or "region"; @value NULL clears it. */
gboolean    sb_store_set_company_string (SbStore *self, gint64 company_id, const char *key,
                                         const char *value, GError **error);
/* "registered_on" */
gboolean    sb_store_set_company_date  (SbStore *self, gint64 company_id, const char *key,
                                        SbDate value, GError **error);
/* "legal_entity" */
gboolean    sb_store_set_company_tri   (SbStore *self, gint64 company_id, const char *key,
                                        SbTri value, GError **error);
/* One of the seven declarations ("owns_core_ip", …). */
gboolean    sb_store_set_declaration   (SbStore *self, gint64 company_id, const char *key,
                                        SbTri value, GError **error);
/* "hnte_field" */
gboolean    sb_store_set_declaration_string (SbStore *self, gint64 company_id,
                                             const char *key, const char *value,
                                             GError **error);

/* A year's figure by its dossier key ("income_total", "st_staff", …, or
 * "rd_ledger.personnel" …: setting a ledger category makes the year keep a
 * ledger, the other categories 0).  @value is fen (headcounts: persons) or
 * SB_UNSET to clear it. */
gboolean    sb_store_set_year_figure   (SbStore *self, gint64 company_id, int year,
                                        const char *key, gint64 value, GError **error);
/* The R&D ledger of a year: @ledger (SB_RD_N_CATEGORIES figures) or NULL: none. */
gboolean    sb_store_set_rd_ledger     (SbStore *self, gint64 company_id, int year,
                                        const gint64 *ledger, GError **error);
/* Adds @year (with its months and contracts) after the stored years;
 * INVALID when that year is stored already. */
gboolean    sb_store_add_year          (SbStore *self, gint64 company_id, const SbYear *year,
                                        GError **error);
gboolean    sb_store_delete_year       (SbStore *self, gint64 company_id, int year,
                                        GError **error);
/* Adds or replaces the month @month->month of @year. */
gboolean    sb_store_set_staff_month   (SbStore *self, gint64 company_id, int year,
                                        const SbStaffMonth *month, GError **error);
gboolean    sb_store_delete_staff_month (SbStore *self, gint64 company_id, int year,
                                         int month, GError **error);

/* Contracts are addressed by their index in the year's list (as loaded). */
/* Inserts @contract at @index (-1: at the end). */
gboolean    sb_store_add_contract      (SbStore *self, gint64 company_id, int year,
                                        int index, const SbContract *contract,
                                        GError **error);
gboolean    sb_store_update_contract   (SbStore *self, gint64 company_id, int year,
                                        int index, const SbContract *contract,
                                        GError **error);
gboolean    sb_store_delete_contract   (SbStore *self, gint64 company_id, int year,
                                        int index, GError **error);

/* Replaces the claims (tase, annual_report, hnte, trade_fund with its
 * platforms, certifications, brand, interest and tcm) by those of @dossier. */
gboolean    sb_store_save_claims       (SbStore *self, gint64 company_id,
                                        const SbDossier *dossier, GError **error);

/* ---- ledger import ------------------------------------------------- */

/* The column mapping remembered for company @company_id, list @kind
 * ("contracts") and file layout @layout, or NULL (no error) when none. */
char       *sb_store_get_ledger_mapping (SbStore *self, gint64 company_id, const char *kind,
                                         const char *layout, GError **error);
/* Remembers @mapping for the company, list and layout. */
gboolean    sb_store_set_ledger_mapping (SbStore *self, gint64 company_id, const char *kind,
                                         const char *layout, const char *mapping,
                                         GError **error);

G_END_DECLS
