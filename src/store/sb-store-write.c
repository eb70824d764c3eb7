/* SPDX-License-Identifier: GPL-3.0-or-later */
/* SbDossier to rows: the INSERTs of a company's years and claims. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-private.h"
#include "sb-json-strict.h"

/* The year figures in column order (years table, after year). */
#define YEAR_FIGURES(y) \
  (y)->income_total, (y)->non_taxable_income, (y)->taxable_income, (y)->sales_revenue, \
  (y)->high_tech_revenue, (y)->rd_expense, (y)->rd_expense_domestic, (y)->net_assets_end, \
  (y)->st_staff, (y)->tase_revenue, (y)->offshore_revenue

static void
bind_company (sqlite3_stmt *stmt, const SbDossier *d)
{
  const SbDeclarations *dc = &d->declarations;

  sb_bind_text (stmt, 1, d->company.name);
  sb_bind_text (stmt, 2, d->company.credit_code);
  sb_bind_text (stmt, 3, d->company.region);
  sb_bind_date (stmt, 4, d->company.registered_on);
  sb_bind_tri (stmt, 5, d->company.legal_entity);
  sb_bind_tri (stmt, 6, dc->scope_advanced_tech);
  sb_bind_tri (stmt, 7, dc->clean_record_2y);
  sb_bind_tri (stmt, 8, dc->mofcom_registered);
  sb_bind_tri (stmt, 9, dc->no_serious_violation_5y);
  sb_bind_tri (stmt, 10, dc->no_other_fiscal_support);
  sb_bind_tri (stmt, 11, dc->no_major_incident);
  sb_bind_tri (stmt, 12, dc->owns_core_ip);
  sb_bind_text (stmt, 13, dc->hnte_field);
  sb_bind_extra (stmt, 14, d->company.extra);
  sb_bind_extra (stmt, 15, dc->extra);
  sb_bind_extra (stmt, 16, d->extra);
  /* the filing identity (migration 2): ?19 … ?33 */
  sb_bind_text (stmt, 19, d->company.legal_representative);
  sb_bind_text (stmt, 20, d->company.address);
  sb_bind_text (stmt, 21, d->company.postcode);
  sb_bind_int (stmt, 22, d->company.registered_capital);
  sb_bind_text (stmt, 23, d->company.district);
  sb_bind_text (stmt, 24, d->company.bank_name);
  sb_bind_text (stmt, 25, d->company.bank_account_name);
  sb_bind_text (stmt, 26, d->company.bank_account_no);
  sb_bind_text (stmt, 27, d->company.contact_name);
  sb_bind_text (stmt, 28, d->company.contact_phone);
  sb_bind_text (stmt, 29, d->company.contact_mobile);
  sb_bind_text (stmt, 30, d->company.contact_fax);
  sb_bind_text (stmt, 31, d->company.contact_email);
  sb_bind_extra (stmt, 32, d->company.bank_extra);
  sb_bind_extra (stmt, 33, d->company.contact_extra);
}

#define IDENTITY_COLUMNS \
  " legal_representative, address, postcode, registered_capital, district, bank_name," \
  " bank_account_name, bank_account_no, contact_name, contact_phone, contact_mobile," \
  " contact_fax, contact_email, bank_extra_json, contact_extra_json"
#define IDENTITY_VALUES \
  " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33"

gboolean
sb_store_insert_company (SbStore *self, const SbDossier *d, gint64 *out_id, GError **error)
{
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "INSERT INTO companies (name, credit_code, region, registered_on, legal_entity,"
    " scope_advanced_tech, clean_record_2y, mofcom_registered, no_serious_violation_5y,"
    " no_other_fiscal_support, no_major_incident, owns_core_ip, hnte_field, extra_json,"
    " declarations_extra_json, dossier_extra_json, created_at, modified_at," IDENTITY_COLUMNS ")"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17,"
    IDENTITY_VALUES ")",
    error);

  if (stmt == NULL)
    return FALSE;
  bind_company (stmt, d);
  sb_bind_text (stmt, 17, now);
  if (!sb_store_run (self, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
sb_store_update_company (SbStore *self, gint64 id, const SbDossier *d, GError **error)
{
  g_autofree char *now = sb_store_now_text ();
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "UPDATE companies SET name = ?1, credit_code = ?2, region = ?3, registered_on = ?4,"
    " legal_entity = ?5, scope_advanced_tech = ?6, clean_record_2y = ?7,"
    " mofcom_registered = ?8, no_serious_violation_5y = ?9, no_other_fiscal_support = ?10,"
    " no_major_incident = ?11, owns_core_ip = ?12, hnte_field = ?13, extra_json = ?14,"
    " declarations_extra_json = ?15, dossier_extra_json = ?16, modified_at = ?17,"
    " legal_representative = ?19, address = ?20, postcode = ?21, registered_capital = ?22,"
    " district = ?23, bank_name = ?24, bank_account_name = ?25, bank_account_no = ?26,"
    " contact_name = ?27, contact_phone = ?28, contact_mobile = ?29, contact_fax = ?30,"
    " contact_email = ?31, bank_extra_json = ?32, contact_extra_json = ?33"
    " WHERE id = ?18",
    error);

  if (stmt == NULL)
    return FALSE;
  bind_company (stmt, d);
  sb_bind_text (stmt, 17, now);
  sqlite3_bind_int64 (stmt, 18, id);
  if (!sb_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return sb_store_not_found (error, _("no company with id %" PRId64), id);
  return TRUE;
}

void
sb_store_write_contract_fields (sqlite3_stmt *stmt, int first, const SbContract *c)
{
  sb_bind_text (stmt, first, c->no);
  sb_bind_text (stmt, first + 1, c->name);
  sb_bind_text (stmt, first + 2, c->client);
  sb_bind_text (stmt, first + 3, c->client_country);
  sb_bind_tri (stmt, first + 4, c->offshore);
  sb_bind_text (stmt, first + 5, c->category);
  sb_bind_int (stmt, first + 6, c->amount);
  sb_bind_int (stmt, first + 7, c->revenue);
  sb_bind_extra (stmt, first + 8, c->extra);
  sb_bind_text (stmt, first + 9, c->evidence);
  sqlite3_bind_int (stmt, first + 10, c->registrations != NULL);
}

gboolean
sb_store_write_registrations (SbStore *self, gint64 contract_id, const SbContract *c,
                              GError **error)
{
  for (guint i = 0; c->registrations != NULL && i < c->registrations->len; i++)
    {
      const SbRegistration *r = g_ptr_array_index (c->registrations, i);
      sqlite3_stmt *stmt = sb_store_stmt (self,
        "INSERT INTO contract_registrations (contract_id, position, kind, no, amount,"
        " extra_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, contract_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sb_bind_text (stmt, 3, r->kind == SB_REGISTRATION_TECH ? "tech" : "execution");
      sb_bind_text (stmt, 4, r->no);
      sb_bind_int (stmt, 5, r->amount);
      sb_bind_extra (stmt, 6, r->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_store_write_year (SbStore *self, gint64 company_id, int position, const SbYear *y,
                     GError **error)
{
  const gint64 figures[] = { YEAR_FIGURES (y) };
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "INSERT INTO years (company_id, position, year, income_total, non_taxable_income,"
    " taxable_income, sales_revenue, high_tech_revenue, rd_expense, rd_expense_domestic,"
    " net_assets_end, st_staff, tase_revenue, offshore_revenue, has_staff_months,"
    " has_contracts, has_rd_ledger, rd_personnel, rd_direct, rd_depreciation,"
    " rd_amortization, rd_design, rd_equipment_trial, rd_outsourced, rd_other, extra_json)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
    " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
    error);
  gboolean duplicate;
  gint64 year_id;

  if (stmt == NULL)
    return FALSE;
  if (y->year < 1900 || y->year > 9999)
    return sb_store_invalid (error, _("years: %d is not a year between 1900 and 9999"), y->year);
  sqlite3_bind_int64 (stmt, 1, company_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_int (stmt, 3, y->year);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    sb_bind_int (stmt, 4 + i, figures[i]);
  sqlite3_bind_int (stmt, 15, y->staff_months != NULL);
  sqlite3_bind_int (stmt, 16, y->contracts != NULL);
  sqlite3_bind_int (stmt, 17, y->has_rd_ledger);
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    sb_bind_int (stmt, 18 + i, y->has_rd_ledger ? y->rd_ledger[i] : SB_UNSET);
  sb_bind_extra (stmt, 26, y->extra);
  if (!sb_store_insert (self, stmt, &duplicate, error))
    return duplicate ? sb_store_invalid (error, _("years: %d appears twice"), y->year) : FALSE;
  year_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; y->staff_months != NULL && i < y->staff_months->len; i++)
    {
      const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);

      stmt = sb_store_stmt (self,
        "INSERT INTO staff_months (year_id, month, total_start, total_end, degree_start,"
        " degree_end, st_start, st_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, m->month);
      sb_bind_int (stmt, 3, m->total_start);
      sb_bind_int (stmt, 4, m->total_end);
      sb_bind_int (stmt, 5, m->degree_start);
      sb_bind_int (stmt, 6, m->degree_end);
      sb_bind_int (stmt, 7, m->st_start);
      sb_bind_int (stmt, 8, m->st_end);
      if (!sb_store_run (self, stmt, error))
        {
          g_prefix_error (error, "years[%d].staff_months[%u]: ", position, i);
          return FALSE;
        }
    }

  for (guint i = 0; y->contracts != NULL && i < y->contracts->len; i++)
    {
      stmt = sb_store_stmt (self,
        "INSERT INTO contracts (year_id, position, no, name, client, client_country,"
        " offshore, category, amount, revenue, extra_json, evidence, has_registrations)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sb_store_write_contract_fields (stmt, 3, g_ptr_array_index (y->contracts, i));
      if (!sb_store_run (self, stmt, error)
          || !sb_store_write_registrations (self, sqlite3_last_insert_rowid (self->db),
                                            g_ptr_array_index (y->contracts, i), error))
        return FALSE;
    }
  return TRUE;
}

static char *
strv_to_json (char **strv)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (b, strv[i]);
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  return sb_json_to_compact_string (root);
}

static gboolean
write_trade_fund (SbStore *self, gint64 company_id, const SbTradeFundClaim *tf, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "INSERT INTO trade_fund_claims (company_id, profile, offshore_execution_usd,"
    " has_platforms, platform_is_list, has_certifications, certifications_chosen_json,"
    " extra_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sb_bind_text (stmt, 2, tf->profile);
  sb_bind_int (stmt, 3, tf->offshore_execution_usd);
  sqlite3_bind_int (stmt, 4, tf->platforms != NULL);
  sqlite3_bind_int (stmt, 5, tf->platform_is_list);
  sqlite3_bind_int (stmt, 6, tf->certifications != NULL);
  if (tf->certifications_chosen != NULL)
    sqlite3_bind_text (stmt, 7, strv_to_json (tf->certifications_chosen), -1, g_free);
  sb_bind_extra (stmt, 8, tf->extra);
  if (!sb_store_run (self, stmt, error))
    return FALSE;

  for (guint i = 0; tf->platforms != NULL && i < tf->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
      gboolean duplicate;
      gint64 platform_id;

      stmt = sb_store_stmt (self,
        "INSERT INTO trade_fund_platforms (company_id, position, kind, built_on,"
        " firms_served, extra_json, name, services, first_service, has_firms)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sb_bind_text (stmt, 3, p->kind == SB_PLATFORM_OM ? "om" : "construction");
      sb_bind_date (stmt, 4, p->built_on);
      sb_bind_int (stmt, 5, p->firms_served);
      sb_bind_extra (stmt, 6, p->extra);
      sb_bind_text (stmt, 7, p->name);
      sb_bind_text (stmt, 8, p->services);
      if (p->first_service_year > 0)
        sqlite3_bind_text (stmt, 9, g_strdup_printf ("%04d-%02d", p->first_service_year,
                                                     p->first_service_month),
                           -1, g_free);
      sqlite3_bind_int (stmt, 10, p->firms != NULL);
      if (!sb_store_insert (self, stmt, &duplicate, error))
        return duplicate ? sb_store_invalid (error, _("trade_fund.platform: a unit has at most "
                                                      "one project of each kind"))
                         : FALSE;
      platform_id = sqlite3_last_insert_rowid (self->db);

      for (guint j = 0; j < p->expenses->len; j++)
        {
          const SbExpense *e = g_ptr_array_index (p->expenses, j);

          stmt = sb_store_stmt (self,
            "INSERT INTO trade_fund_expenses (platform_id, position, item, contract, invoice,"
            " paid, invoice_no, invoice_date, extra_json)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, platform_id);
          sqlite3_bind_int (stmt, 2, (int) j);
          sb_bind_text (stmt, 3, e->item);
          sb_bind_int (stmt, 4, e->contract);
          sb_bind_int (stmt, 5, e->invoice);
          sb_bind_int (stmt, 6, e->paid);
          sb_bind_text (stmt, 7, e->invoice_no);
          sb_bind_date (stmt, 8, e->invoice_date);
          sb_bind_extra (stmt, 9, e->extra);
          if (!sb_store_run (self, stmt, error))
            return FALSE;
        }
      for (guint j = 0; p->firms != NULL && j < p->firms->len; j++)
        {
          const SbFirm *f = g_ptr_array_index (p->firms, j);

          stmt = sb_store_stmt (self,
            "INSERT INTO trade_fund_firms (platform_id, position, name, credit_code, service,"
            " extra_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, platform_id);
          sqlite3_bind_int (stmt, 2, (int) j);
          sb_bind_text (stmt, 3, f->name);
          sb_bind_text (stmt, 4, f->credit_code);
          sb_bind_text (stmt, 5, f->service);
          sb_bind_extra (stmt, 6, f->extra);
          if (!sb_store_run (self, stmt, error))
            return FALSE;
        }
    }

  for (guint i = 0; tf->certifications != NULL && i < tf->certifications->len; i++)
    {
      const SbCertLine *c = g_ptr_array_index (tf->certifications, i);

      stmt = sb_store_stmt (self,
        "INSERT INTO trade_fund_certifications (company_id, position, name, kind, date, fee,"
        " extra_json, certified_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sb_bind_text (stmt, 3, c->name);
      sb_bind_text (stmt, 4, c->kind);
      sb_bind_date (stmt, 5, c->date);
      sb_bind_int (stmt, 6, c->fee);
      sb_bind_extra (stmt, 7, c->extra);
      sb_bind_date (stmt, 8, c->certified_on);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }

  if (tf->brand != NULL)
    {
      stmt = sb_store_stmt (self, "INSERT INTO trade_fund_brands (company_id, title, accepted,"
                                  " extra_json) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sb_bind_text (stmt, 2, tf->brand->title);
      sb_bind_tri (stmt, 3, tf->brand->accepted);
      sb_bind_extra (stmt, 4, tf->brand->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  if (tf->interest != NULL)
    {
      const SbInterest *in = tf->interest;

      stmt = sb_store_stmt (self, "INSERT INTO trade_fund_interest (company_id, receipts_usd,"
                                  " usd_cny_num, usd_cny_den, extra_json)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sb_bind_int (stmt, 2, in->receipts_usd);
      sb_bind_int (stmt, 3, in->usd_cny.den > 0 ? in->usd_cny.num : SB_UNSET);
      sb_bind_int (stmt, 4, in->usd_cny.den > 0 ? in->usd_cny.den : SB_UNSET);
      sb_bind_extra (stmt, 5, in->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  if (tf->tcm != NULL)
    {
      const SbTcm *t = tf->tcm;

      stmt = sb_store_stmt (self, "INSERT INTO trade_fund_tcm (company_id, recognised_base,"
                                  " built_on, first_application, construction_cost, om_cost,"
                                  " marketing_cost, extra_json)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sb_bind_tri (stmt, 2, t->recognised_base);
      sb_bind_date (stmt, 3, t->built_on);
      sb_bind_tri (stmt, 4, t->first_application);
      sb_bind_int (stmt, 5, t->construction_cost);
      sb_bind_int (stmt, 6, t->om_cost);
      sb_bind_int (stmt, 7, t->marketing_cost);
      sb_bind_extra (stmt, 8, t->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_store_clear_claims (SbStore *self, gint64 company_id, GError **error)
{
  static const char * const deletes[] = {
    "DELETE FROM tase_claims WHERE company_id = ?1",
    "DELETE FROM annual_report_claims WHERE company_id = ?1",
    "DELETE FROM hnte_claims WHERE company_id = ?1",
    "DELETE FROM trade_fund_claims WHERE company_id = ?1",   /* cascades to its parts */
  };

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      sqlite3_stmt *stmt = sb_store_stmt (self, deletes[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_store_write_claims (SbStore *self, gint64 company_id, const SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt;

  if (d->tase != NULL)
    {
      stmt = sb_store_stmt (self, "INSERT INTO tase_claims (company_id, mode, apply_year,"
                                  " profile, extra_json) VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sb_bind_text (stmt, 2, d->tase->mode == SB_TASE_REVIEW ? "review" : "new");
      sqlite3_bind_int (stmt, 3, d->tase->apply_year);
      sb_bind_text (stmt, 4, d->tase->profile);
      sb_bind_extra (stmt, 5, d->tase->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  if (d->annual_report != NULL)
    {
      stmt = sb_store_stmt (self, "INSERT INTO annual_report_claims (company_id, year, profile,"
                                  " extra_json) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sqlite3_bind_int (stmt, 2, d->annual_report->year);
      sb_bind_text (stmt, 3, d->annual_report->profile);
      sb_bind_extra (stmt, 4, d->annual_report->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  if (d->hnte != NULL)
    {
      const SbHnteClaim *h = d->hnte;

      stmt = sb_store_stmt (self, "INSERT INTO hnte_claims (company_id, apply_date, profile,"
                                  " score_ip, score_conversion, score_rd_management,"
                                  " conversion_results, extra_json)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sb_bind_date (stmt, 2, h->apply_date);
      sb_bind_text (stmt, 3, h->profile);
      sb_bind_int (stmt, 4, h->score_ip);
      sb_bind_int (stmt, 5, h->score_conversion);
      sb_bind_int (stmt, 6, h->score_rd_management);
      sb_bind_int (stmt, 7, h->conversion_count);
      sb_bind_extra (stmt, 8, h->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  if (d->trade_fund != NULL && !write_trade_fund (self, company_id, d->trade_fund, error))
    return FALSE;
  return TRUE;
}

/* Years and claims of a company whose row exists and has no children. */
gboolean
sb_store_write_company (SbStore *self, gint64 company_id, const SbDossier *d, GError **error)
{
  for (guint i = 0; i < d->years->len; i++)
    if (!sb_store_write_year (self, company_id, (int) i, g_ptr_array_index (d->years, i), error))
      return FALSE;
  return sb_store_write_claims (self, company_id, d, error);
}

