/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The company list with a verdict per program, the engine's verdicts kept
 * in the database so that a list of a thousand companies with years of
 * contracts opens at once. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "sb-evaluate.h"
#include "sb-store-private.h"

/* Per program in the verdicts table: NULL not asked, 0 not eligible,
 * 1 eligible, 2 error. */
enum
{
  CODE_NOT_ELIGIBLE = 0,
  CODE_ELIGIBLE = 1,
  CODE_ERROR = 2,
};

static void
bind_verdict (sqlite3_stmt *stmt, int i, SbVerdict v)
{
  switch (v)
    {
    case SB_VERDICT_ELIGIBLE:
      sqlite3_bind_int (stmt, i, CODE_ELIGIBLE);
      break;
    case SB_VERDICT_NOT_ELIGIBLE:
      sqlite3_bind_int (stmt, i, CODE_NOT_ELIGIBLE);
      break;
    case SB_VERDICT_ERROR:
      sqlite3_bind_int (stmt, i, CODE_ERROR);
      break;
    case SB_VERDICT_NOT_ASKED:
    default:
      sqlite3_bind_null (stmt, i);
      break;
    }
}

static SbVerdict
column_verdict (sqlite3_stmt *stmt, int i)
{
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return SB_VERDICT_NOT_ASKED;
  switch (sqlite3_column_int (stmt, i))
    {
    case CODE_ELIGIBLE:
      return SB_VERDICT_ELIGIBLE;
    case CODE_NOT_ELIGIBLE:
      return SB_VERDICT_NOT_ELIGIBLE;
    default:
      return SB_VERDICT_ERROR;
    }
}

/* What the verdicts depend on besides the dossier: this program's version,
 * the build of its evaluators, and every policy profile of @policies (its text), or the message of a
 * profile that failed to load. */
static char *
policy_fingerprint (SbPolicySet *policies)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  GPtrArray *ids = sb_policy_set_get_ids (policies);
  GPtrArray *errors = sb_policy_set_get_load_errors (policies);

  g_checksum_update (sum, (const guchar *) PACKAGE_VERSION, -1);
  g_checksum_update (sum, (const guchar *) sb_engine_build_id (), -1);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      SbPolicy *policy = sb_policy_set_lookup (policies, id, NULL);
      const char *origin = policy != NULL ? sb_policy_get_origin (policy) : "";
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      gsize len = 0;

      g_checksum_update (sum, (const guchar *) id, strlen (id) + 1);
      g_checksum_update (sum, (const guchar *) origin, strlen (origin) + 1);
      bytes = g_resources_lookup_data (origin, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          gconstpointer data = g_bytes_get_data (bytes, &len);
          g_checksum_update (sum, data, len);
        }
      else if (g_file_get_contents (origin, &contents, &len, NULL))
        g_checksum_update (sum, (const guchar *) contents, len);
    }
  for (guint i = 0; i < errors->len; i++)
    {
      const char *message = g_ptr_array_index (errors, i);
      g_checksum_update (sum, (const guchar *) message, strlen (message) + 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static void
add_error (SbStoreCompany *row, const char *program, const GError *error)
{
  g_autofree char *old = row->errors;

  row->errors = g_strdup_printf ("%s%s%s: %s", old != NULL ? old : "", old != NULL ? "\n" : "",
                                 program, error->message);
}

typedef enum
{
  PROGRAM_TASE,
  PROGRAM_ANNUAL_REPORT,
  PROGRAM_HNTE,
  PROGRAM_TRADE_FUND,
} Program;

/* Evaluates only @program of @d (a shallow copy without the other claims). */
static SbEvaluation *
evaluate_one (const SbDossier *d, Program program, SbPolicySet *policies, SbDate at,
              GError **error)
{
  SbDossier only = *d;

  only.tase = program == PROGRAM_TASE ? d->tase : NULL;
  only.annual_report = program == PROGRAM_ANNUAL_REPORT ? d->annual_report : NULL;
  only.hnte = program == PROGRAM_HNTE ? d->hnte : NULL;
  only.trade_fund = program == PROGRAM_TRADE_FUND ? d->trade_fund : NULL;
  return sb_evaluate (&only, policies, at, error);
}

static SbVerdict
verdict (gboolean eligible)
{
  return eligible ? SB_VERDICT_ELIGIBLE : SB_VERDICT_NOT_ELIGIBLE;
}

/* Evaluates each program of @d on its own, so that one failing evaluation
 * (a missing profile, say) leaves the others' verdicts. */
static void
evaluate_company (const SbDossier *d, SbPolicySet *policies, SbDate at, SbStoreCompany *row)
{
  static const char * const names[] = { "tase", "annual_report", "hnte", "trade_fund" };
  gconstpointer claims[] = { d->tase, d->annual_report, d->hnte, d->trade_fund };
  SbVerdict *verdicts[] = { &row->tase, &row->annual_report, &row->hnte, &row->trade_fund };

  row->trade_fund_total = SB_UNSET;
  g_clear_pointer (&row->errors, g_free);
  for (Program p = PROGRAM_TASE; p <= PROGRAM_TRADE_FUND; p++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbEvaluation) e = NULL;

      *verdicts[p] = SB_VERDICT_NOT_ASKED;
      if (claims[p] == NULL)
        continue;
      e = evaluate_one (d, p, policies, at, &error);
      if (e == NULL)
        {
          *verdicts[p] = SB_VERDICT_ERROR;
          add_error (row, names[p], error);
          continue;
        }
      switch (p)
        {
        case PROGRAM_TASE:
          row->tase = verdict (e->tase->eligible);
          break;
        case PROGRAM_ANNUAL_REPORT:
          row->annual_report = verdict (e->annual_report->eligible);
          break;
        case PROGRAM_HNTE:
          row->hnte = verdict (e->hnte->eligible);
          break;
        case PROGRAM_TRADE_FUND:
        default:
          row->trade_fund_total = e->trade_fund->total;
          row->trade_fund = verdict (e->trade_fund->total > 0);
          break;
        }
    }
}

/* Only an HNTE claim without its own date is evaluated at @at. */
static gboolean
depends_on_date (const SbDossier *d)
{
  return d->hnte != NULL && d->hnte->apply_date == SB_DATE_UNSET;
}

static gboolean
save_verdicts (SbStore *self, const SbStoreCompany *row, const char *fingerprint,
               const char *at_date, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "INSERT OR REPLACE INTO verdicts (company_id, fingerprint, at_date, tase, annual_report,"
    " hnte, trade_fund, trade_fund_total, errors)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sb_bind_text (stmt, 2, fingerprint);
  sb_bind_text (stmt, 3, at_date);
  bind_verdict (stmt, 4, row->tase);
  bind_verdict (stmt, 5, row->annual_report);
  bind_verdict (stmt, 6, row->hnte);
  bind_verdict (stmt, 7, row->trade_fund);
  sb_bind_int (stmt, 8, row->trade_fund_total);
  sb_bind_text (stmt, 9, row->errors);
  return sb_store_run (self, stmt, error);
}

/* Evaluates the companies of @stale (SbStoreCompany*, by id) and keeps
 * their verdicts, in one transaction.  The companies are read for the
 * evaluators only, in one query per table. */
static gboolean
refresh (SbStore *self, GPtrArray *stale, SbPolicySet *policies, SbDate at,
         const char *fingerprint, GError **error)
{
  g_autofree char *at_text = sb_date_format (at);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), stale->len);
  SbStoreEvalReader *reader;
  gboolean cached = TRUE;

  for (guint i = 0; i < stale->len; i++)
    g_array_append_val (ids, ((SbStoreCompany *) g_ptr_array_index (stale, i))->id);
  if (!sb_store_begin (self, error))
    return FALSE;
  reader = sb_store_eval_reader_new (self, (const gint64 *) ids->data, ids->len, error);
  if (reader == NULL)
    {
      sb_store_rollback (self);
      return FALSE;
    }
  for (guint i = 0; i < stale->len; i++)
    {
      SbStoreCompany *row = g_ptr_array_index (stale, i);
      const SbDossier *d = sb_store_eval_reader_read (reader, row->id, error);

      if (d == NULL)
        {
          sb_store_eval_reader_free (reader);
          sb_store_rollback (self);
          return FALSE;
        }
      evaluate_company (d, policies, at, row);
      /* The cache is only a cache: a disk that refuses the write leaves the
       * list correct, computed again next time. */
      if (cached)
        cached = save_verdicts (self, row, fingerprint, depends_on_date (d) ? at_text : NULL,
                                NULL);
    }
  sb_store_eval_reader_free (reader);
  if (cached)
    sb_store_commit (self, NULL);
  else
    sb_store_rollback (self);
  return TRUE;
}

GPtrArray *
sb_store_list_verdicts (SbStore *self, SbPolicySet *policies, SbDate at, GError **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sb_store_company_free);
  g_autoptr(GPtrArray) stale = g_ptr_array_new ();
  g_autofree char *fingerprint = NULL;
  g_autofree char *at_text = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SB_IS_STORE (self), NULL);
  g_return_val_if_fail (policies != NULL, NULL);

  fingerprint = policy_fingerprint (policies);
  at_text = sb_date_format (at);
  stmt = sb_store_stmt (self,
    "SELECT c.id, c.name, c.credit_code, c.region, v.fingerprint, v.at_date, v.tase,"
    " v.annual_report, v.hnte, v.trade_fund, v.trade_fund_total, v.errors"
    " FROM companies c LEFT JOIN verdicts v ON v.company_id = c.id ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbStoreCompany *row = g_new0 (SbStoreCompany, 1);
      const char *row_fingerprint = (const char *) sqlite3_column_text (stmt, 4);
      const char *row_at = (const char *) sqlite3_column_text (stmt, 5);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = sb_column_text (stmt, 1);
      row->credit_code = sb_column_text (stmt, 2);
      row->region = sb_column_text (stmt, 3);
      row->trade_fund_total = SB_UNSET;
      g_ptr_array_add (list, row);
      if (g_strcmp0 (row_fingerprint, fingerprint) != 0
          || (row_at != NULL && g_strcmp0 (row_at, at_text) != 0))
        {
          g_ptr_array_add (stale, row);
          continue;
        }
      row->tase = column_verdict (stmt, 6);
      row->annual_report = column_verdict (stmt, 7);
      row->hnte = column_verdict (stmt, 8);
      row->trade_fund = column_verdict (stmt, 9);
      row->trade_fund_total = sb_column_int (stmt, 10);
      row->errors = sb_column_text (stmt, 11);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return NULL;
  if (stale->len > 0 && !refresh (self, stale, policies, at, fingerprint, error))
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
sb_store_forget_verdicts (SbStore *self, GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return sb_store_exec (self, "DELETE FROM verdicts", error);
}
