/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows to SbDossier for the evaluators: one query per table for every
 * company to evaluate, with only the figures the evaluators read. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-rows.h"

/* One cursor per table over every company of the reader, each ordered by
 * company first (column 0: the company id) and read in step with the
 * companies.  Parents come before their children. */
typedef enum
{
  CURSOR_COMPANIES,
  CURSOR_YEARS,
  CURSOR_STAFF_MONTHS,
  CURSOR_CONTRACTS,
  CURSOR_TASE,
  CURSOR_ANNUAL,
  CURSOR_HNTE,
  CURSOR_TRADE_FUND,
  CURSOR_PLATFORMS,
  CURSOR_EXPENSES,
  CURSOR_CERTIFICATIONS,
  CURSOR_BRAND,
  CURSOR_INTEREST,
  CURSOR_TCM,
  N_CURSORS
} Cursor;

/* ?1: the company ids, a JSON array */
#define IDS "(SELECT value FROM json_each (?1))"

static const char * const cursor_sql[N_CURSORS] = {
  [CURSOR_COMPANIES] =
    "SELECT id, " COMPANY_COLUMNS " FROM companies WHERE id IN " IDS " ORDER BY id",
  [CURSOR_YEARS] =
    "SELECT company_id, id, " YEAR_COLUMNS ", json_extract (extra_json, '$.revenue_source')"
    " FROM years WHERE company_id IN " IDS " ORDER BY company_id, position",
  /* the months and contracts of a company by year (not by position: the
   * indexes give that order without sorting), attached by year id */
  [CURSOR_STAFF_MONTHS] =
    "SELECT y.company_id, " STAFF_MONTH_COLUMNS
    " FROM years y JOIN staff_months m ON m.year_id = y.id WHERE y.company_id IN " IDS
    " ORDER BY y.company_id, y.year, m.month",
  [CURSOR_CONTRACTS] =
    "SELECT y.company_id, c.year_id, c.offshore, c.category, c.revenue, c.no"
    " FROM years y JOIN contracts c ON c.year_id = y.id WHERE y.company_id IN " IDS
    " ORDER BY y.company_id, y.year, c.position",
  [CURSOR_TASE] =
    "SELECT company_id, " TASE_CLAIM_COLUMNS " FROM tase_claims WHERE company_id IN " IDS
    " ORDER BY company_id",
  [CURSOR_ANNUAL] =
    "SELECT company_id, " ANNUAL_CLAIM_COLUMNS " FROM annual_report_claims"
    " WHERE company_id IN " IDS " ORDER BY company_id",
  [CURSOR_HNTE] =
    "SELECT company_id, " HNTE_CLAIM_COLUMNS " FROM hnte_claims WHERE company_id IN " IDS
    " ORDER BY company_id",
  [CURSOR_TRADE_FUND] =
    "SELECT company_id, " TRADE_FUND_CLAIM_COLUMNS " FROM trade_fund_claims"
    " WHERE company_id IN " IDS " ORDER BY company_id",
  [CURSOR_PLATFORMS] =
    "SELECT company_id, " PLATFORM_COLUMNS " FROM trade_fund_platforms"
    " WHERE company_id IN " IDS " ORDER BY company_id, position",
  [CURSOR_EXPENSES] =
    "SELECT p.company_id, " EXPENSE_COLUMNS " FROM trade_fund_platforms p"
    " JOIN trade_fund_expenses e ON e.platform_id = p.id WHERE p.company_id IN " IDS
    " ORDER BY p.company_id, p.position, e.position",
  [CURSOR_CERTIFICATIONS] =
    "SELECT company_id, " CERTIFICATION_COLUMNS " FROM trade_fund_certifications"
    " WHERE company_id IN " IDS " ORDER BY company_id, position",
  [CURSOR_BRAND] =
    "SELECT company_id, " BRAND_COLUMNS " FROM trade_fund_brands WHERE company_id IN " IDS
    " ORDER BY company_id",
  [CURSOR_INTEREST] =
    "SELECT company_id, " INTEREST_COLUMNS " FROM trade_fund_interest"
    " WHERE company_id IN " IDS " ORDER BY company_id",
  [CURSOR_TCM] =
    "SELECT company_id, " TCM_COLUMNS " FROM trade_fund_tcm WHERE company_id IN " IDS
    " ORDER BY company_id",
};

/* The category of every catalogue contract: the evaluators only ask
 * whether there is one.  Never freed (the contracts are the reader's). */
static char in_catalogue[] = "";

struct _SbStoreEvalReader
{
  SbStore      *store;
  sqlite3_stmt *stmts[N_CURSORS];
  gboolean      on_row[N_CURSORS];
  SbDossier    *dossier;          /* the last one read */
  GArray       *years;            /* SbStoreYearRow of its years */
  GArray       *platform_ids;     /* gint64, of its platforms */
  GArray       *contracts;        /* SbContract: its contracts … */
  GArray       *contract_years;   /* guint: … and the index of each one's year */
  GStringChunk *numbers;          /* their numbers */
};

static gboolean
advance (SbStoreEvalReader *r, Cursor cursor, GError **error)
{
  int rc = sb_store_step (r->store, r->stmts[cursor], error);

  r->on_row[cursor] = rc == SQLITE_ROW;
  return rc >= 0;
}

static gboolean
at_company (SbStoreEvalReader *r, Cursor cursor, gint64 id)
{
  return r->on_row[cursor] && sqlite3_column_int64 (r->stmts[cursor], 0) == id;
}

/* Skips the rows of companies before @id (none: they are asked in order). */
static gboolean
skip_to (SbStoreEvalReader *r, Cursor cursor, gint64 id, GError **error)
{
  while (r->on_row[cursor] && sqlite3_column_int64 (r->stmts[cursor], 0) < id)
    if (!advance (r, cursor, error))
      return FALSE;
  return TRUE;
}

static void
clear_dossier (SbStoreEvalReader *r)
{
  /* the years' contract lists do not free their contracts: they are ours */
  g_clear_pointer (&r->dossier, sb_dossier_free);
  g_array_set_size (r->years, 0);
  g_array_set_size (r->platform_ids, 0);
  g_array_set_size (r->contracts, 0);
  g_array_set_size (r->contract_years, 0);
  g_string_chunk_clear (r->numbers);
}

static guint
year_index (GArray *years, gint64 year_id)
{
  guint i;

  for (i = 0; i < years->len; i++)
    if (g_array_index (years, SbStoreYearRow, i).id == year_id)
      break;
  return i;
}

/* The contracts of company @id, of the years read, with the least calls to
 * SQLite per row (there may be hundreds of thousands): a contract is known
 * to be the company's by its year. */
static gboolean
read_contracts (SbStoreEvalReader *r, gint64 id, GError **error)
{
  sqlite3_stmt *stmt = r->stmts[CURSOR_CONTRACTS];
  guint year = 0;

  while (r->on_row[CURSOR_CONTRACTS])
    {
      gint64 year_id = sqlite3_column_int64 (stmt, 1);
      SbContract c = { .amount = SB_UNSET };

      /* they come a year at a time */
      if (year >= r->years->len || g_array_index (r->years, SbStoreYearRow, year).id != year_id)
        {
          year = year_index (r->years, year_id);
          if (year == r->years->len)
            {
              if (sqlite3_column_int64 (stmt, 0) > id)
                break;   /* the next company's */
              if (!advance (r, CURSOR_CONTRACTS, error))
                return FALSE;
              continue;
            }
        }
      c.offshore = sb_store_row_value_tri (sqlite3_column_value (stmt, 2));
      c.category = sqlite3_column_type (stmt, 3) != SQLITE_NULL ? in_catalogue : NULL;
      c.revenue = sb_store_row_value_int (sqlite3_column_value (stmt, 4));
      /* the evaluators name a catalogue contract whose figures are
       * incomplete in their warnings */
      if (c.category != NULL && (c.revenue == SB_UNSET || c.offshore == SB_TRI_UNSET)
          && sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        c.no = g_string_chunk_insert (r->numbers, (const char *) sqlite3_column_text (stmt, 5));
      g_array_append_val (r->contracts, c);
      g_array_append_val (r->contract_years, year);
      if (!advance (r, CURSOR_CONTRACTS, error))
        return FALSE;
    }
  return TRUE;
}

/* Now that the contracts of the dossier are all read (and stay where they
 * are), lists them in their years. */
static void
attach_contracts (SbStoreEvalReader *r)
{
  for (guint i = 0; i < r->contracts->len; i++)
    {
      guint year = g_array_index (r->contract_years, guint, i);
      SbYear *y = g_array_index (r->years, SbStoreYearRow, year).year;

      if (y->contracts == NULL)
        y->contracts = g_ptr_array_new ();
      g_ptr_array_add (y->contracts, &g_array_index (r->contracts, SbContract, i));
    }
}

/* The row of @cursor, of the company of @d, into @d. */
static void
read_row (SbStoreEvalReader *r, Cursor cursor, SbDossier *d)
{
  sqlite3_stmt *stmt = r->stmts[cursor];
  SbTradeFundClaim *tf = d->trade_fund;

  switch (cursor)
    {
    case CURSOR_YEARS:
      {
        SbStoreYearRow row = { sqlite3_column_int64 (stmt, 1), sb_store_row_year (stmt, 2) };
        const char *source = (const char *) sqlite3_column_text (stmt, 2 + YEAR_N_COLUMNS);

        /* the one extra key an evaluation reads: the year's revenue source */
        if (source != NULL)
          {
            row.year->extra = json_object_new ();
            json_object_set_string_member (row.year->extra, "revenue_source", source);
          }

        if (row.year->contracts != NULL)
          g_ptr_array_set_free_func (row.year->contracts, NULL);
        g_ptr_array_add (d->years, row.year);
        g_array_append_val (r->years, row);
      }
      break;
    case CURSOR_STAFF_MONTHS:
      sb_store_row_add_staff_month (stmt, 1, r->years);
      break;
    case CURSOR_TASE:
      d->tase = sb_store_row_tase_claim (stmt, 1);
      break;
    case CURSOR_ANNUAL:
      d->annual_report = sb_store_row_annual_claim (stmt, 1);
      break;
    case CURSOR_HNTE:
      d->hnte = sb_store_row_hnte_claim (stmt, 1);
      break;
    case CURSOR_TRADE_FUND:
      d->trade_fund = sb_store_row_trade_fund_claim (stmt, 1);
      break;
    /* the parts of a trade-fund claim (there is one: foreign keys) */
    case CURSOR_PLATFORMS:
      if (tf != NULL)
        {
          SbPlatform *p = sb_store_row_add_platform (stmt, 1, tf, r->platform_ids);
          gint64 n_firms = sqlite3_column_int64 (stmt, 6);

          /* the evaluators count the firms, never read them: blank ones */
          for (gint64 k = 0; p->firms != NULL && k < n_firms; k++)
            g_ptr_array_add (p->firms, sb_firm_new ());
        }
      break;
    case CURSOR_EXPENSES:
      if (tf != NULL)
        sb_store_row_add_expense (stmt, 1, tf, r->platform_ids);
      break;
    case CURSOR_CERTIFICATIONS:
      if (tf != NULL)
        sb_store_row_add_certification (stmt, 1, tf);
      break;
    case CURSOR_BRAND:
      if (tf != NULL && tf->brand == NULL)
        tf->brand = sb_store_row_brand (stmt, 1);
      break;
    case CURSOR_INTEREST:
      if (tf != NULL && tf->interest == NULL)
        tf->interest = sb_store_row_interest (stmt, 1);
      break;
    case CURSOR_TCM:
      if (tf != NULL && tf->tcm == NULL)
        tf->tcm = sb_store_row_tcm (stmt, 1);
      break;
    case CURSOR_COMPANIES:
    case CURSOR_CONTRACTS:
    case N_CURSORS:
    default:
      g_assert_not_reached ();
    }
}

SbStoreEvalReader *
sb_store_eval_reader_new (SbStore *self, const gint64 *ids, guint n_ids, GError **error)
{
  g_autoptr(SbStoreEvalReader) r = g_new0 (SbStoreEvalReader, 1);
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  r->store = self;
  r->years = g_array_new (FALSE, FALSE, sizeof (SbStoreYearRow));
  r->platform_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  r->contracts = g_array_new (FALSE, FALSE, sizeof (SbContract));
  r->contract_years = g_array_new (FALSE, FALSE, sizeof (guint));
  r->numbers = g_string_chunk_new (4096);
  for (Cursor cursor = 0; cursor < N_CURSORS; cursor++)
    {
      r->stmts[cursor] = sb_store_stmt (self, cursor_sql[cursor], error);
      if (r->stmts[cursor] == NULL)
        return NULL;
      sqlite3_bind_text (r->stmts[cursor], 1, json->str, (int) json->len, SQLITE_TRANSIENT);
      if (!advance (r, cursor, error))
        return NULL;
    }
  return g_steal_pointer (&r);
}

const SbDossier *
sb_store_eval_reader_read (SbStoreEvalReader *r, gint64 company_id, GError **error)
{
  g_autoptr(SbDossier) d = NULL;

  clear_dossier (r);
  if (!skip_to (r, CURSOR_COMPANIES, company_id, error))
    return NULL;
  if (!at_company (r, CURSOR_COMPANIES, company_id))
    {
      sb_store_not_found (error, _("no company with id %" PRId64), company_id);
      return NULL;
    }
  d = sb_dossier_new ();
  sb_store_row_company (r->stmts[CURSOR_COMPANIES], 1, d);
  if (!advance (r, CURSOR_COMPANIES, error))
    return NULL;
  for (Cursor cursor = CURSOR_COMPANIES + 1; cursor < N_CURSORS; cursor++)
    {
      if (!skip_to (r, cursor, company_id, error))
        return NULL;
      if (cursor == CURSOR_CONTRACTS)
        {
          if (!read_contracts (r, company_id, error))
            return NULL;
          continue;
        }
      while (at_company (r, cursor, company_id))
        {
          read_row (r, cursor, d);
          if (!advance (r, cursor, error))
            return NULL;
        }
    }
  attach_contracts (r);
  r->dossier = g_steal_pointer (&d);
  return r->dossier;
}

void
sb_store_eval_reader_free (SbStoreEvalReader *r)
{
  if (r == NULL)
    return;
  for (Cursor cursor = 0; cursor < N_CURSORS; cursor++)
    if (r->stmts[cursor] != NULL)
      sqlite3_reset (r->stmts[cursor]);
  g_clear_pointer (&r->dossier, sb_dossier_free);
  g_clear_pointer (&r->years, g_array_unref);
  g_clear_pointer (&r->platform_ids, g_array_unref);
  g_clear_pointer (&r->contracts, g_array_unref);
  g_clear_pointer (&r->contract_years, g_array_unref);
  g_clear_pointer (&r->numbers, g_string_chunk_free);
  g_free (r);
}
