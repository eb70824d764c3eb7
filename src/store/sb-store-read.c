/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rows to SbDossier: one query per table for a company. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-private.h"

static gboolean
read_company (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  SbDeclarations *dc = &d->declarations;
  SbTri *tris[] = {
    &d->company.legal_entity, &dc->scope_advanced_tech, &dc->clean_record_2y,
    &dc->mofcom_registered, &dc->no_serious_violation_5y, &dc->no_other_fiscal_support,
    &dc->no_major_incident, &dc->owns_core_ip,
  };
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT name, credit_code, region, registered_on, legal_entity, scope_advanced_tech,"
    " clean_record_2y, mofcom_registered, no_serious_violation_5y, no_other_fiscal_support,"
    " no_major_incident, owns_core_ip, hnte_field, extra_json, declarations_extra_json,"
    " dossier_extra_json FROM companies WHERE id = ?1", error);
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
  d->company.name = sb_column_text (stmt, 0);
  d->company.credit_code = sb_column_text (stmt, 1);
  d->company.region = sb_column_text (stmt, 2);
  d->company.registered_on = sb_column_date (stmt, 3);
  for (guint i = 0; i < G_N_ELEMENTS (tris); i++)
    *tris[i] = sb_column_tri (stmt, 4 + i);
  dc->hnte_field = sb_column_text (stmt, 12);
  d->company.extra = sb_column_extra (stmt, 13);
  dc->extra = sb_column_extra (stmt, 14);
  d->extra = sb_column_extra (stmt, 15);
  sqlite3_reset (stmt);
  return TRUE;
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

static gboolean
read_years (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (YearRow));
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT id, year, income_total, non_taxable_income, taxable_income, sales_revenue,"
    " high_tech_revenue, rd_expense, rd_expense_domestic, net_assets_end, st_staff,"
    " tase_revenue, offshore_revenue, has_staff_months, has_contracts, has_rd_ledger,"
    " rd_personnel, rd_direct, rd_depreciation, rd_amortization, rd_design,"
    " rd_equipment_trial, rd_outsourced, rd_other, extra_json"
    " FROM years WHERE company_id = ?1 ORDER BY position", error);
  SbYear *current = NULL;
  gint64 current_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbYear *y = sb_year_new (sqlite3_column_int (stmt, 1));
      gint64 *figures[] = {
        &y->income_total, &y->non_taxable_income, &y->taxable_income, &y->sales_revenue,
        &y->high_tech_revenue, &y->rd_expense, &y->rd_expense_domestic, &y->net_assets_end,
        &y->st_staff, &y->tase_revenue, &y->offshore_revenue,
      };
      YearRow row = { sqlite3_column_int64 (stmt, 0), y };

      g_ptr_array_add (d->years, y);
      g_array_append_val (rows, row);
      for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
        *figures[i] = sb_column_int (stmt, 2 + i);
      if (sqlite3_column_int (stmt, 13))
        y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
      if (sqlite3_column_int (stmt, 14))
        y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
      y->has_rd_ledger = sqlite3_column_int (stmt, 15) != 0;
      for (guint i = 0; y->has_rd_ledger && i < SB_RD_N_CATEGORIES; i++)
        {
          y->rd_ledger[i] = sb_column_int (stmt, 16 + i);
          if (y->rd_ledger[i] == SB_UNSET)
            y->rd_ledger[i] = 0;
        }
      y->extra = sb_column_extra (stmt, 24);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (rows->len == 0)
    return TRUE;

  stmt = sb_store_stmt (self,
    "SELECT m.year_id, m.month, m.total_start, m.total_end, m.degree_start, m.degree_end,"
    " m.st_start, m.st_end FROM staff_months m JOIN years y ON y.id = m.year_id"
    " WHERE y.company_id = ?1 ORDER BY m.year_id, m.month", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 year_id = sqlite3_column_int64 (stmt, 0);
      SbStaffMonth m = {
        .month = sqlite3_column_int (stmt, 1),
        .total_start = sb_column_int (stmt, 2),
        .total_end = sb_column_int (stmt, 3),
        .degree_start = sb_column_int (stmt, 4),
        .degree_end = sb_column_int (stmt, 5),
        .st_start = sb_column_int (stmt, 6),
        .st_end = sb_column_int (stmt, 7),
      };

      if (current == NULL || year_id != current_id)
        {
          current = year_for (rows, year_id);
          current_id = year_id;
        }
      if (current->staff_months == NULL)
        current->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
      g_array_append_val (current->staff_months, m);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  current = NULL;
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

  stmt = sb_store_stmt (self, "SELECT id, kind, built_on, firms_served, extra_json"
                              " FROM trade_fund_platforms WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      SbPlatform *p = sb_platform_new (g_strcmp0 (kind, "om") == 0 ? SB_PLATFORM_OM
                                                                   : SB_PLATFORM_CONSTRUCTION);
      gint64 platform_id = sqlite3_column_int64 (stmt, 0);

      p->built_on = sb_column_date (stmt, 2);
      p->firms_served = sb_column_int (stmt, 3);
      p->extra = sb_column_extra (stmt, 4);
      if (tf->platforms == NULL)
        tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
      g_ptr_array_add (tf->platforms, p);
      g_array_append_val (ids, platform_id);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT e.platform_id, e.item, e.contract, e.invoice, e.paid,"
                              " e.invoice_no, e.invoice_date, e.extra_json"
                              " FROM trade_fund_expenses e"
                              " JOIN trade_fund_platforms p ON p.id = e.platform_id"
                              " WHERE p.company_id = ?1 ORDER BY p.position, e.position",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 platform_id = sqlite3_column_int64 (stmt, 0);
      SbExpense *e = sb_expense_new ();

      e->item = sb_column_text (stmt, 1);
      e->contract = sb_column_int (stmt, 2);
      e->invoice = sb_column_int (stmt, 3);
      e->paid = sb_column_int (stmt, 4);
      e->invoice_no = sb_column_text (stmt, 5);
      e->invoice_date = sb_column_date (stmt, 6);
      e->extra = sb_column_extra (stmt, 7);
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == platform_id)
          {
            g_ptr_array_add (((SbPlatform *) g_ptr_array_index (tf->platforms, i))->expenses,
                             g_steal_pointer (&e));
            break;
          }
      g_clear_pointer (&e, sb_expense_free);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT name, kind, date, fee, extra_json"
                              " FROM trade_fund_certifications WHERE company_id = ?1"
                              " ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      SbCertLine *c = sb_cert_line_new ();

      c->name = sb_column_text (stmt, 0);
      c->kind = sb_column_text (stmt, 1);
      c->date = sb_column_date (stmt, 2);
      c->fee = sb_column_int (stmt, 3);
      c->extra = sb_column_extra (stmt, 4);
      if (tf->certifications == NULL)
        tf->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
      g_ptr_array_add (tf->certifications, c);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT title, accepted, extra_json FROM trade_fund_brands"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->brand = g_new0 (SbBrand, 1);
      tf->brand->title = sb_column_text (stmt, 0);
      tf->brand->accepted = sb_column_tri (stmt, 1);
      tf->brand->extra = sb_column_extra (stmt, 2);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT receipts_usd, usd_cny_num, usd_cny_den, extra_json"
                              " FROM trade_fund_interest WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      tf->interest = g_new0 (SbInterest, 1);
      tf->interest->receipts_usd = sb_column_int (stmt, 0);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        tf->interest->usd_cny = sb_ratio (sqlite3_column_int64 (stmt, 1),
                                          sqlite3_column_int64 (stmt, 2));
      tf->interest->extra = sb_column_extra (stmt, 3);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT recognised_base, built_on, first_application,"
                              " construction_cost, om_cost, marketing_cost, extra_json"
                              " FROM trade_fund_tcm WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      SbTcm *t = tf->tcm = g_new0 (SbTcm, 1);

      t->recognised_base = sb_column_tri (stmt, 0);
      t->built_on = sb_column_date (stmt, 1);
      t->first_application = sb_column_tri (stmt, 2);
      t->construction_cost = sb_column_int (stmt, 3);
      t->om_cost = sb_column_int (stmt, 4);
      t->marketing_cost = sb_column_int (stmt, 5);
      t->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return rc >= 0;
}

static gboolean
read_claims (SbStore *self, gint64 id, SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt;
  gboolean has_platforms = FALSE, has_certifications = FALSE;
  int rc;

  stmt = sb_store_stmt (self, "SELECT mode, apply_year, profile, extra_json FROM tase_claims"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->tase = g_new0 (SbTaseClaim, 1);
      d->tase->mode = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "review") == 0
                      ? SB_TASE_REVIEW : SB_TASE_NEW;
      d->tase->apply_year = sqlite3_column_int (stmt, 1);
      d->tase->profile = sb_column_text (stmt, 2);
      d->tase->extra = sb_column_extra (stmt, 3);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT year, profile, extra_json FROM annual_report_claims"
                              " WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      d->annual_report = g_new0 (SbAnnualClaim, 1);
      d->annual_report->year = sqlite3_column_int (stmt, 0);
      d->annual_report->profile = sb_column_text (stmt, 1);
      d->annual_report->extra = sb_column_extra (stmt, 2);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT apply_date, profile, score_ip, score_conversion,"
                              " score_rd_management, conversion_results, extra_json"
                              " FROM hnte_claims WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      SbHnteClaim *h = d->hnte = g_new0 (SbHnteClaim, 1);

      h->apply_date = sb_column_date (stmt, 0);
      h->profile = sb_column_text (stmt, 1);
      h->score_ip = sb_column_int (stmt, 2);
      h->score_conversion = sb_column_int (stmt, 3);
      h->score_rd_management = sb_column_int (stmt, 4);
      h->conversion_count = sb_column_int (stmt, 5);
      h->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;

  stmt = sb_store_stmt (self, "SELECT profile, offshore_execution_usd, has_platforms,"
                              " platform_is_list, has_certifications,"
                              " certifications_chosen_json, extra_json"
                              " FROM trade_fund_claims WHERE company_id = ?1", error);
  if ((rc = query_company (self, stmt, id, error)) == SQLITE_ROW)
    {
      SbTradeFundClaim *tf = d->trade_fund = g_new0 (SbTradeFundClaim, 1);
      const char *chosen = (const char *) sqlite3_column_text (stmt, 5);

      tf->profile = sb_column_text (stmt, 0);
      tf->offshore_execution_usd = sb_column_int (stmt, 1);
      has_platforms = sqlite3_column_int (stmt, 2) != 0;
      tf->platform_is_list = sqlite3_column_int (stmt, 3) != 0;
      has_certifications = sqlite3_column_int (stmt, 4) != 0;
      if (chosen != NULL)
        tf->certifications_chosen = strv_from_json (chosen);
      tf->extra = sb_column_extra (stmt, 6);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (rc < 0)
    return FALSE;
  if (d->trade_fund == NULL)
    return TRUE;

  if (has_platforms)
    d->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  if (has_certifications)
    d->trade_fund->certifications =
      g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
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
