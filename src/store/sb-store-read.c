/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows to SbDossier: one company, whole (one query per table). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-rows.h"

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
  sb_store_row_company (stmt, 0, d);
  d->company.extra = sb_column_extra (stmt, COMPANY_N_COLUMNS);
  d->declarations.extra = sb_column_extra (stmt, COMPANY_N_COLUMNS + 1);
  d->extra = sb_column_extra (stmt, COMPANY_N_COLUMNS + 2);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_years (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (SbStoreYearRow));
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
      SbYear *y = sb_store_row_year (stmt, 1);
      SbStoreYearRow row = { sqlite3_column_int64 (stmt, 0), y };

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
    sb_store_row_add_staff_month (stmt, 0, rows);
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
          current = sb_store_row_year_for (rows, year_id);
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
    sb_store_row_add_platform (stmt, 0, tf, ids)->extra = sb_column_extra (stmt, 4);
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
      SbExpense *e = sb_store_row_add_expense (stmt, 0, tf, ids);

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
    sb_store_row_add_certification (stmt, 0, tf)->extra = sb_column_extra (stmt, 4);
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " BRAND_COLUMNS ", extra_json FROM trade_fund_brands"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->brand = sb_store_row_brand (stmt, 0);
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
      tf->interest = sb_store_row_interest (stmt, 0);
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
      tf->tcm = sb_store_row_tcm (stmt, 0);
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
      d->tase = sb_store_row_tase_claim (stmt, 0);
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
      d->annual_report = sb_store_row_annual_claim (stmt, 0);
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
      d->hnte = sb_store_row_hnte_claim (stmt, 0);
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
      d->trade_fund = sb_store_row_trade_fund_claim (stmt, 0);
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
      || !read_claims (self, company_id, d, error)
      || !sb_store_read_recognitions (self, company_id, d, error))
    return NULL;
  return g_steal_pointer (&d);
}
