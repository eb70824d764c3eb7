/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows to SbDossier: one company, whole (one query per table). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-store-rows.h"

/* Salvage (sb_store_salvage_dossier): a part whose pages are damaged is
 * named in self->lost and the reading goes on with the next part.  TRUE
 * to go on; otherwise the error stands. */
static gboolean
go_on (SbStore *self, GError **error, const char *part)
{
  if (self->lost == NULL || error == NULL || *error == NULL
      || !g_error_matches (*error, SB_STORE_ERROR, SB_STORE_ERROR_CORRUPT))
    return FALSE;
  g_ptr_array_add (self->lost, g_strdup (part));
  g_clear_error (error);
  return TRUE;
}

static gboolean
read_company (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT " COMPANY_COLUMNS ", extra_json, declarations_extra_json, dossier_extra_json,"
    " legal_representative, address, postcode, registered_capital, district, bank_name,"
    " bank_account_name, bank_account_no, contact_name, contact_phone, contact_mobile,"
    " contact_fax, contact_email, bank_extra_json, contact_extra_json"
    " FROM companies WHERE id = ?1", error);
  SbCompany *c = &d->company;
  int col = COMPANY_N_COLUMNS + 3;
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
  c->legal_representative = sb_column_text (stmt, col);
  c->address = sb_column_text (stmt, col + 1);
  c->postcode = sb_column_text (stmt, col + 2);
  c->registered_capital = sb_column_int (stmt, col + 3);
  c->district = sb_column_text (stmt, col + 4);
  c->bank_name = sb_column_text (stmt, col + 5);
  c->bank_account_name = sb_column_text (stmt, col + 6);
  c->bank_account_no = sb_column_text (stmt, col + 7);
  c->contact_name = sb_column_text (stmt, col + 8);
  c->contact_phone = sb_column_text (stmt, col + 9);
  c->contact_mobile = sb_column_text (stmt, col + 10);
  c->contact_fax = sb_column_text (stmt, col + 11);
  c->contact_email = sb_column_text (stmt, col + 12);
  c->bank_extra = sb_column_extra (stmt, col + 13);
  c->contact_extra = sb_column_extra (stmt, col + 14);
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
    return go_on (self, error, "years");
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
  if (rc < 0 && !go_on (self, error, "years.staff_months"))
    return FALSE;

  stmt = sb_store_stmt (self,
    "SELECT c.year_id, c.no, c.name, c.client, c.client_country, c.offshore, c.category,"
    " c.amount, c.revenue, c.extra_json, c.evidence, c.has_registrations, c.id"
    " FROM contracts c JOIN years y ON y.id = c.year_id"
    " WHERE y.company_id = ?1 ORDER BY c.year_id, c.position", error);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) contract_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
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
      c->evidence = sb_column_text (stmt, 10);
      if (sqlite3_column_int (stmt, 11))
        c->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      g_array_append_val (contract_ids, (gint64) { sqlite3_column_int64 (stmt, 12) });
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return go_on (self, error, "years.contracts");
  /* the contracts by row id, for their registrations (the array keeps the keys) */
  {
    guint k = 0;

    for (guint i = 0; i < d->years->len; i++)
      {
        SbYear *y = g_ptr_array_index (d->years, i);

        for (guint j = 0; y->contracts != NULL && j < y->contracts->len; j++, k++)
          g_hash_table_insert (by_id, &g_array_index (contract_ids, gint64, k),
                               g_ptr_array_index (y->contracts, j));
      }
  }
  if (contract_ids->len == 0)
    return TRUE;
  stmt = sb_store_stmt (self,
    "SELECT r.contract_id, r.kind, r.no, r.amount, r.extra_json FROM contract_registrations r"
    " JOIN contracts c ON c.id = r.contract_id JOIN years y ON y.id = c.year_id"
    " WHERE y.company_id = ?1 ORDER BY r.contract_id, r.position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 contract_id = sqlite3_column_int64 (stmt, 0);
      SbContract *c = g_hash_table_lookup (by_id, &contract_id);
      SbRegistration *r;

      if (c == NULL)
        continue;
      r = sb_registration_new (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "tech")
                               == 0 ? SB_REGISTRATION_TECH : SB_REGISTRATION_EXECUTION);
      r->no = sb_column_text (stmt, 2);
      r->amount = sb_column_int (stmt, 3);
      r->extra = sb_column_extra (stmt, 4);
      if (c->registrations == NULL)
        c->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      g_ptr_array_add (c->registrations, r);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || go_on (self, error, "years.contracts.registrations");
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

  stmt = sb_store_stmt (self, "SELECT " PLATFORM_COLUMNS ", extra_json, name, services,"
                              " first_service FROM trade_fund_platforms WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbPlatform *p = sb_store_row_add_platform (stmt, 0, tf, ids);
      const char *first = (const char *) sqlite3_column_text (stmt, 9);

      p->extra = sb_column_extra (stmt, 6);
      p->name = sb_column_text (stmt, 7);
      p->services = sb_column_text (stmt, 8);
      if (first != NULL && sscanf (first, "%d-%d", &p->first_service_year,
                                   &p->first_service_month) != 2)
        p->first_service_year = p->first_service_month = 0;
    }
  sqlite3_reset (stmt);
  if (rc < 0 && !go_on (self, error, "trade_fund.platform"))
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT f.platform_id, f.name, f.credit_code, f.service,"
                              " f.extra_json FROM trade_fund_firms f"
                              " JOIN trade_fund_platforms p ON p.id = f.platform_id"
                              " WHERE p.company_id = ?1 ORDER BY p.position, f.position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 platform_id = sqlite3_column_int64 (stmt, 0);

      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == platform_id)
          {
            SbPlatform *p = g_ptr_array_index (tf->platforms, i);
            SbFirm *f = sb_firm_new ();

            f->name = sb_column_text (stmt, 1);
            f->credit_code = sb_column_text (stmt, 2);
            f->service = sb_column_text (stmt, 3);
            f->extra = sb_column_extra (stmt, 4);
            if (p->firms == NULL)
              p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
            g_ptr_array_add (p->firms, f);
          }
    }
  sqlite3_reset (stmt);
  if (rc < 0 && !go_on (self, error, "trade_fund.platform.firms"))
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
  if (rc < 0 && !go_on (self, error, "trade_fund.platform.expenses"))
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT " CERTIFICATION_COLUMNS ", extra_json, certified_on"
                              " FROM trade_fund_certifications WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbCertLine *c = sb_store_row_add_certification (stmt, 0, tf);

      c->extra = sb_column_extra (stmt, 4);
      c->certified_on = sb_column_date (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc < 0 && !go_on (self, error, "trade_fund.certifications"))
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
  if (rc < 0 && !go_on (self, error, "trade_fund.brand"))
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
  if (rc < 0 && !go_on (self, error, "trade_fund.interest"))
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
  return rc >= 0 || go_on (self, error, "trade_fund.tcm");
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
  if (rc < 0 && !go_on (self, error, "tase"))
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
  if (rc < 0 && !go_on (self, error, "annual_report"))
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
  if (rc < 0 && !go_on (self, error, "hnte"))
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
  if (rc < 0 && !go_on (self, error, "trade_fund"))
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
