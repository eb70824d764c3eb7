/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows to SbDossier: one query per table for a company, or, for the
 * evaluators, one query per table for every company to evaluate. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-private.h"

/* ---- the rows both readers decode -------------------------------------- */

/* sb_column_int () and sb_column_tri () of sqlite3_column_value (): one
 * call to SQLite instead of two, for the rows that come by the thousand. */
static gint64
value_int (sqlite3_value *value)
{
  return sqlite3_value_type (value) == SQLITE_NULL ? SB_UNSET : sqlite3_value_int64 (value);
}

static SbTri
value_tri (sqlite3_value *value)
{
  if (sqlite3_value_type (value) == SQLITE_NULL)
    return SB_TRI_UNSET;
  return sqlite3_value_int (value) != 0 ? SB_TRI_TRUE : SB_TRI_FALSE;
}

/* Each *_COLUMNS list is what the *_from_row () after it reads, from column
 * @col on.  The full reader selects extra_json right after the list. */

#define COMPANY_COLUMNS \
  "name, credit_code, region, registered_on, legal_entity, scope_advanced_tech," \
  " clean_record_2y, mofcom_registered, no_serious_violation_5y, no_other_fiscal_support," \
  " no_major_incident, owns_core_ip, hnte_field"
#define COMPANY_N_COLUMNS 13

static void
company_from_row (sqlite3_stmt *stmt, int col, SbDossier *d)
{
  SbDeclarations *dc = &d->declarations;
  SbTri *tris[] = {
    &d->company.legal_entity, &dc->scope_advanced_tech, &dc->clean_record_2y,
    &dc->mofcom_registered, &dc->no_serious_violation_5y, &dc->no_other_fiscal_support,
    &dc->no_major_incident, &dc->owns_core_ip,
  };

  d->company.name = sb_column_text (stmt, col);
  d->company.credit_code = sb_column_text (stmt, col + 1);
  d->company.region = sb_column_text (stmt, col + 2);
  d->company.registered_on = sb_column_date (stmt, col + 3);
  for (guint i = 0; i < G_N_ELEMENTS (tris); i++)
    *tris[i] = sb_column_tri (stmt, col + 4 + i);
  dc->hnte_field = sb_column_text (stmt, col + 12);
}

#define YEAR_COLUMNS \
  "year, income_total, non_taxable_income, taxable_income, sales_revenue," \
  " high_tech_revenue, rd_expense, rd_expense_domestic, net_assets_end, st_staff," \
  " tase_revenue, offshore_revenue, has_staff_months, has_contracts, has_rd_ledger," \
  " rd_personnel, rd_direct, rd_depreciation, rd_amortization, rd_design," \
  " rd_equipment_trial, rd_outsourced, rd_other"
#define YEAR_N_COLUMNS 23

/* A stored list key (even empty) gives an empty list: months and contracts
 * (that free their SbContract*) are added to it. */
static SbYear *
year_from_row (sqlite3_stmt *stmt, int col)
{
  SbYear *y = sb_year_new (sqlite3_column_int (stmt, col));
  gint64 *figures[] = {
    &y->income_total, &y->non_taxable_income, &y->taxable_income, &y->sales_revenue,
    &y->high_tech_revenue, &y->rd_expense, &y->rd_expense_domestic, &y->net_assets_end,
    &y->st_staff, &y->tase_revenue, &y->offshore_revenue,
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    *figures[i] = sb_column_int (stmt, col + 1 + i);
  if (sqlite3_column_int (stmt, col + 12))
    y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  if (sqlite3_column_int (stmt, col + 13))
    y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  y->has_rd_ledger = sqlite3_column_int (stmt, col + 14) != 0;
  for (guint i = 0; y->has_rd_ledger && i < SB_RD_N_CATEGORIES; i++)
    {
      y->rd_ledger[i] = sb_column_int (stmt, col + 15 + i);
      if (y->rd_ledger[i] == SB_UNSET)
        y->rd_ledger[i] = 0;
    }
  return y;
}

typedef struct
{
  gint64  id;
  SbYear *year;
} YearRow;

static SbYear *
year_for (GArray *rows, gint64 year_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, YearRow, i).id == year_id)
      return g_array_index (rows, YearRow, i).year;
  return NULL;
}

#define STAFF_MONTH_COLUMNS \
  "m.year_id, m.month, m.total_start, m.total_end, m.degree_start, m.degree_end," \
  " m.st_start, m.st_end"

/* Adds the month of the row to its year (one of @years). */
static void
add_staff_month (sqlite3_stmt *stmt, int col, GArray *years)
{
  SbYear *y = year_for (years, sqlite3_column_int64 (stmt, col));
  SbStaffMonth m = {
    .month = sqlite3_column_int (stmt, col + 1),
    .total_start = value_int (sqlite3_column_value (stmt, col + 2)),
    .total_end = value_int (sqlite3_column_value (stmt, col + 3)),
    .degree_start = value_int (sqlite3_column_value (stmt, col + 4)),
    .degree_end = value_int (sqlite3_column_value (stmt, col + 5)),
    .st_start = value_int (sqlite3_column_value (stmt, col + 6)),
    .st_end = value_int (sqlite3_column_value (stmt, col + 7)),
  };

  if (y == NULL)
    return;
  if (y->staff_months == NULL)
    y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
}

#define TASE_CLAIM_COLUMNS "mode, apply_year, profile"

static SbTaseClaim *
tase_claim_from_row (sqlite3_stmt *stmt, int col)
{
  SbTaseClaim *t = g_new0 (SbTaseClaim, 1);

  t->mode = g_strcmp0 ((const char *) sqlite3_column_text (stmt, col), "review") == 0
            ? SB_TASE_REVIEW : SB_TASE_NEW;
  t->apply_year = sqlite3_column_int (stmt, col + 1);
  t->profile = sb_column_text (stmt, col + 2);
  return t;
}

#define ANNUAL_CLAIM_COLUMNS "year, profile"

static SbAnnualClaim *
annual_claim_from_row (sqlite3_stmt *stmt, int col)
{
  SbAnnualClaim *a = g_new0 (SbAnnualClaim, 1);

  a->year = sqlite3_column_int (stmt, col);
  a->profile = sb_column_text (stmt, col + 1);
  return a;
}

#define HNTE_CLAIM_COLUMNS \
  "apply_date, profile, score_ip, score_conversion, score_rd_management, conversion_results"

static SbHnteClaim *
hnte_claim_from_row (sqlite3_stmt *stmt, int col)
{
  SbHnteClaim *h = g_new0 (SbHnteClaim, 1);

  h->apply_date = sb_column_date (stmt, col);
  h->profile = sb_column_text (stmt, col + 1);
  h->score_ip = sb_column_int (stmt, col + 2);
  h->score_conversion = sb_column_int (stmt, col + 3);
  h->score_rd_management = sb_column_int (stmt, col + 4);
  h->conversion_count = sb_column_int (stmt, col + 5);
  return h;
}

static char **
strv_from_json (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  JsonArray *a;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return g_strv_builder_end (b);
  a = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      const char *s = json_array_get_string_element (a, i);
      if (s != NULL)
        g_strv_builder_add (b, s);
    }
  return g_strv_builder_end (b);
}

#define TRADE_FUND_CLAIM_COLUMNS \
  "profile, offshore_execution_usd, has_platforms, platform_is_list, has_certifications," \
  " certifications_chosen_json"

/* A stored list key (even empty) gives an empty list. */
static SbTradeFundClaim *
trade_fund_claim_from_row (sqlite3_stmt *stmt, int col)
{
  SbTradeFundClaim *tf = g_new0 (SbTradeFundClaim, 1);
  const char *chosen = (const char *) sqlite3_column_text (stmt, col + 5);

  tf->profile = sb_column_text (stmt, col);
  tf->offshore_execution_usd = sb_column_int (stmt, col + 1);
  if (sqlite3_column_int (stmt, col + 2))
    tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  tf->platform_is_list = sqlite3_column_int (stmt, col + 3) != 0;
  if (sqlite3_column_int (stmt, col + 4))
    tf->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  if (chosen != NULL)
    tf->certifications_chosen = strv_from_json (chosen);
  return tf;
}

#define PLATFORM_COLUMNS "id, kind, built_on, firms_served"

/* Adds the platform of the row to @tf and its id to @ids. */
static SbPlatform *
add_platform (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids)
{
  const char *kind = (const char *) sqlite3_column_text (stmt, col + 1);
  SbPlatform *p = sb_platform_new (g_strcmp0 (kind, "om") == 0 ? SB_PLATFORM_OM
                                                               : SB_PLATFORM_CONSTRUCTION);
  gint64 platform_id = sqlite3_column_int64 (stmt, col);

  p->built_on = sb_column_date (stmt, col + 2);
  p->firms_served = sb_column_int (stmt, col + 3);
  if (tf->platforms == NULL)
    tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  g_ptr_array_add (tf->platforms, p);
  g_array_append_val (ids, platform_id);
  return p;
}

#define EXPENSE_COLUMNS \
  "e.platform_id, e.item, e.contract, e.invoice, e.paid, e.invoice_no, e.invoice_date"

/* Adds the expense of the row to its platform (@ids: those of @tf's). */
static SbExpense *
add_expense (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids)
{
  gint64 platform_id = sqlite3_column_int64 (stmt, col);
  SbExpense *e;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == platform_id)
      {
        e = sb_expense_new ();
        e->item = sb_column_text (stmt, col + 1);
        e->contract = sb_column_int (stmt, col + 2);
        e->invoice = sb_column_int (stmt, col + 3);
        e->paid = sb_column_int (stmt, col + 4);
        e->invoice_no = sb_column_text (stmt, col + 5);
        e->invoice_date = sb_column_date (stmt, col + 6);
        g_ptr_array_add (((SbPlatform *) g_ptr_array_index (tf->platforms, i))->expenses, e);
        return e;
      }
  return NULL;
}

#define CERTIFICATION_COLUMNS "name, kind, date, fee"

static SbCertLine *
add_certification (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf)
{
  SbCertLine *c = sb_cert_line_new ();

  c->name = sb_column_text (stmt, col);
  c->kind = sb_column_text (stmt, col + 1);
  c->date = sb_column_date (stmt, col + 2);
  c->fee = sb_column_int (stmt, col + 3);
  if (tf->certifications == NULL)
    tf->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  g_ptr_array_add (tf->certifications, c);
  return c;
}

#define BRAND_COLUMNS "title, accepted"

static SbBrand *
brand_from_row (sqlite3_stmt *stmt, int col)
{
  SbBrand *b = g_new0 (SbBrand, 1);

  b->title = sb_column_text (stmt, col);
  b->accepted = sb_column_tri (stmt, col + 1);
  return b;
}

#define INTEREST_COLUMNS "receipts_usd, usd_cny_num, usd_cny_den"

static SbInterest *
interest_from_row (sqlite3_stmt *stmt, int col)
{
  SbInterest *i = g_new0 (SbInterest, 1);

  i->receipts_usd = sb_column_int (stmt, col);
  if (sqlite3_column_type (stmt, col + 2) != SQLITE_NULL)
    i->usd_cny = sb_ratio (sqlite3_column_int64 (stmt, col + 1),
                           sqlite3_column_int64 (stmt, col + 2));
  return i;
}

#define TCM_COLUMNS \
  "recognised_base, built_on, first_application, construction_cost, om_cost, marketing_cost"

static SbTcm *
tcm_from_row (sqlite3_stmt *stmt, int col)
{
  SbTcm *t = g_new0 (SbTcm, 1);

  t->recognised_base = sb_column_tri (stmt, col);
  t->built_on = sb_column_date (stmt, col + 1);
  t->first_application = sb_column_tri (stmt, col + 2);
  t->construction_cost = sb_column_int (stmt, col + 3);
  t->om_cost = sb_column_int (stmt, col + 4);
  t->marketing_cost = sb_column_int (stmt, col + 5);
  return t;
}

/* ---- one company, whole ------------------------------------------------ */

static gboolean
read_company (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT " COMPANY_COLUMNS ", extra_json, declarations_extra_json, dossier_extra_json"
    " FROM companies WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sb_store_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return rc < 0 ? FALSE : sb_store_not_found (error, _("no company with id %"
                                                           PRId64), id);
    }
  company_from_row (stmt, 0, d);
  d->company.extra = sb_column_extra (stmt, COMPANY_N_COLUMNS);
  d->declarations.extra = sb_column_extra (stmt, COMPANY_N_COLUMNS + 1);
  d->extra = sb_column_extra (stmt, COMPANY_N_COLUMNS + 2);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_years (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT id, " YEAR_COLUMNS ", extra_json FROM years WHERE company_id = ?1"
    " ORDER BY position", error);
  SbYear *current = NULL;
  gint64 current_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbYear *y = year_from_row (stmt, 1);
      YearRow row = { sqlite3_column_int64 (stmt, 0), y };

      y->extra = sb_column_extra (stmt, 1 + YEAR_N_COLUMNS);
      g_ptr_array_add (d->years, y);
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (rows->len == 0)
    return TRUE;

  stmt = sb_store_stmt (self,
    "SELECT " STAFF_MONTH_COLUMNS " FROM staff_months m JOIN years y ON y.id = m.year_id"
    " WHERE y.company_id = ?1 ORDER BY m.year_id, m.month", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    add_staff_month (stmt, 0, rows);
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self,
    "SELECT c.year_id, c.no, c.name, c.client, c.client_country, c.offshore, c.category,"
    " c.amount, c.revenue, c.extra_json FROM contracts c JOIN years y ON y.id = c.year_id"
    " WHERE y.company_id = ?1 ORDER BY c.year_id, c.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 year_id = sqlite3_column_int64 (stmt, 0);
      SbContract *c = sb_contract_new ();

      if (current == NULL || year_id != current_id)
        {
          current = year_for (rows, year_id);
          current_id = year_id;
        }
      if (current->contracts == NULL)
        current->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
      g_ptr_array_add (current->contracts, c);
      c->no = sb_column_text (stmt, 1);
      c->name = sb_column_text (stmt, 2);
      c->client = sb_column_text (stmt, 3);
      c->client_country = sb_column_text (stmt, 4);
      c->offshore = sb_column_tri (stmt, 5);
      c->category = sb_column_text (stmt, 6);
      c->amount = sb_column_int (stmt, 7);
      c->revenue = sb_column_int (stmt, 8);
      c->extra = sb_column_extra (stmt, 9);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* Runs @stmt bound to the company id; returns SQLITE_ROW with the row, or
 * SQLITE_DONE, or -1. */
static int
query_company (SbStore *self, sqlite3_stmt *stmt, gint64 id, GError **error)
{
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  return sb_store_step (self, stmt, error);
}

static gboolean
read_trade_fund_parts (SbStore *self, gint64 id, SbTradeFundClaim *tf, GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = sb_store_stmt (self, "SELECT " PLATFORM_COLUMNS ", extra_json"
                              " FROM trade_fund_platforms WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    add_platform (stmt, 0, tf, ids)->extra = sb_column_extra (stmt, 4);
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " EXPENSE_COLUMNS ", e.extra_json"
                              " FROM trade_fund_expenses e"
                              " JOIN trade_fund_platforms p ON p.id = e.platform_id"
                              " WHERE p.company_id = ?1 ORDER BY p.position, e.position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbExpense *e = add_expense (stmt, 0, tf, ids);

      if (e != NULL)
        e->extra = sb_column_extra (stmt, 7);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " CERTIFICATION_COLUMNS ", extra_json"
                              " FROM trade_fund_certifications WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    add_certification (stmt, 0, tf)->extra = sb_column_extra (stmt, 4);
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " BRAND_COLUMNS ", extra_json FROM trade_fund_brands"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->brand = brand_from_row (stmt, 0);
      tf->brand->extra = sb_column_extra (stmt, 2);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " INTEREST_COLUMNS ", extra_json"
                              " FROM trade_fund_interest WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->interest = interest_from_row (stmt, 0);
      tf->interest->extra = sb_column_extra (stmt, 3);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " TCM_COLUMNS ", extra_json"
                              " FROM trade_fund_tcm WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->tcm = tcm_from_row (stmt, 0);
      tf->tcm->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return rc >= 0;
}

static gboolean
read_claims (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sb_store_stmt (self, "SELECT " TASE_CLAIM_COLUMNS ", extra_json FROM tase_claims"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->tase = tase_claim_from_row (stmt, 0);
      d->tase->extra = sb_column_extra (stmt, 3);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " ANNUAL_CLAIM_COLUMNS ", extra_json"
                              " FROM annual_report_claims WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->annual_report = annual_claim_from_row (stmt, 0);
      d->annual_report->extra = sb_column_extra (stmt, 2);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " HNTE_CLAIM_COLUMNS ", extra_json"
                              " FROM hnte_claims WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->hnte = hnte_claim_from_row (stmt, 0);
      d->hnte->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " TRADE_FUND_CLAIM_COLUMNS ", extra_json"
                              " FROM trade_fund_claims WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->trade_fund = trade_fund_claim_from_row (stmt, 0);
      d->trade_fund->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (d->trade_fund == NULL)
    return TRUE;
  return read_trade_fund_parts (self, id, d->trade_fund, error);
}

SbDossier *
sb_store_read_dossier (SbStore *self, gint64 company_id, GError **error)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();

  if (!read_company (self, company_id, d, error)
      || !read_years (self, company_id, d, error)
      || !read_claims (self, company_id, d, error))
    return NULL;
  return g_steal_pointer (&d);
}

/* ---- many companies, for the evaluators -------------------------------- */

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
    "SELECT company_id, id, " YEAR_COLUMNS " FROM years WHERE company_id IN " IDS
    " ORDER BY company_id, position",
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
  GArray       *years;            /* YearRow of its years */
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
    if (g_array_index (years, YearRow, i).id == year_id)
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
      if (year >= r->years->len || g_array_index (r->years, YearRow, year).id != year_id)
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
      c.offshore = value_tri (sqlite3_column_value (stmt, 2));
      c.category = sqlite3_column_type (stmt, 3) != SQLITE_NULL ? in_catalogue : NULL;
      c.revenue = value_int (sqlite3_column_value (stmt, 4));
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
      SbYear *y = g_array_index (r->years, YearRow, year).year;

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
        YearRow row = { sqlite3_column_int64 (stmt, 1), year_from_row (stmt, 2) };

        if (row.year->contracts != NULL)
          g_ptr_array_set_free_func (row.year->contracts, NULL);
        g_ptr_array_add (d->years, row.year);
        g_array_append_val (r->years, row);
      }
      break;
    case CURSOR_STAFF_MONTHS:
      add_staff_month (stmt, 1, r->years);
      break;
    case CURSOR_TASE:
      d->tase = tase_claim_from_row (stmt, 1);
      break;
    case CURSOR_ANNUAL:
      d->annual_report = annual_claim_from_row (stmt, 1);
      break;
    case CURSOR_HNTE:
      d->hnte = hnte_claim_from_row (stmt, 1);
      break;
    case CURSOR_TRADE_FUND:
      d->trade_fund = trade_fund_claim_from_row (stmt, 1);
      break;
    /* the parts of a trade-fund claim (there is one: foreign keys) */
    case CURSOR_PLATFORMS:
      if (tf != NULL)
        add_platform (stmt, 1, tf, r->platform_ids);
      break;
    case CURSOR_EXPENSES:
      if (tf != NULL)
        add_expense (stmt, 1, tf, r->platform_ids);
      break;
    case CURSOR_CERTIFICATIONS:
      if (tf != NULL)
        add_certification (stmt, 1, tf);
      break;
    case CURSOR_BRAND:
      if (tf != NULL && tf->brand == NULL)
        tf->brand = brand_from_row (stmt, 1);
      break;
    case CURSOR_INTEREST:
      if (tf != NULL && tf->interest == NULL)
        tf->interest = interest_from_row (stmt, 1);
      break;
    case CURSOR_TCM:
      if (tf != NULL && tf->tcm == NULL)
        tf->tcm = tcm_from_row (stmt, 1);
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
  r->years = g_array_new (FALSE, FALSE, sizeof (YearRow));
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
  company_from_row (r->stmts[CURSOR_COMPANIES], 1, d);
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
