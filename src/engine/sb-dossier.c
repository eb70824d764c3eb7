/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-dossier.h"

const char * const sb_rd_category_keys[SB_RD_N_CATEGORIES] = {
  "personnel", "direct", "depreciation", "amortization",
  "design", "equipment_trial", "outsourced", "other",
};

static void
clear_extra (JsonObject **extra)
{
  g_clear_pointer (extra, json_object_unref);
}

SbDossier *
sb_dossier_new (void)
{
  SbDossier *self = g_new0 (SbDossier, 1);
  SbTri *decl[] = {
    &self->declarations.scope_advanced_tech, &self->declarations.clean_record_2y,
    &self->declarations.mofcom_registered, &self->declarations.no_serious_violation_5y,
    &self->declarations.no_other_fiscal_support, &self->declarations.no_major_incident,
    &self->declarations.owns_core_ip,
  };

  self->version = 1;
  self->company.legal_entity = SB_TRI_UNSET;
  self->company.registered_capital = SB_UNSET;
  for (guint i = 0; i < G_N_ELEMENTS (decl); i++)
    *decl[i] = SB_TRI_UNSET;
  self->years = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_year_free);
  return self;
}

static void
tase_claim_free (SbTaseClaim *c)
{
  g_free (c->profile);
  clear_extra (&c->extra);
  g_free (c);
}

static void
annual_claim_free (SbAnnualClaim *c)
{
  g_free (c->profile);
  clear_extra (&c->extra);
  g_free (c);
}

static void
hnte_claim_free (SbHnteClaim *c)
{
  g_free (c->profile);
  clear_extra (&c->extra);
  g_free (c);
}

static void
trade_fund_claim_free (SbTradeFundClaim *c)
{
  g_free (c->profile);
  g_clear_pointer (&c->platforms, g_ptr_array_unref);
  g_clear_pointer (&c->certifications, g_ptr_array_unref);
  g_strfreev (c->certifications_chosen);
  if (c->brand != NULL)
    {
      g_free (c->brand->title);
      clear_extra (&c->brand->extra);
      g_free (c->brand);
    }
  if (c->interest != NULL)
    {
      clear_extra (&c->interest->extra);
      g_free (c->interest);
    }
  if (c->tcm != NULL)
    {
      clear_extra (&c->tcm->extra);
      g_free (c->tcm);
    }
  clear_extra (&c->extra);
  g_free (c);
}

void
sb_dossier_free (SbDossier *self)
{
  if (self == NULL)
    return;
  g_free (self->company.name);
  g_free (self->company.credit_code);
  g_free (self->company.region);
  g_free (self->company.legal_representative);
  g_free (self->company.address);
  g_free (self->company.postcode);
  g_free (self->company.district);
  g_free (self->company.bank_name);
  g_free (self->company.bank_account_name);
  g_free (self->company.bank_account_no);
  g_free (self->company.contact_name);
  g_free (self->company.contact_phone);
  g_free (self->company.contact_mobile);
  g_free (self->company.contact_fax);
  g_free (self->company.contact_email);
  clear_extra (&self->company.bank_extra);
  clear_extra (&self->company.contact_extra);
  clear_extra (&self->company.extra);
  g_free (self->declarations.hnte_field);
  clear_extra (&self->declarations.extra);
  g_ptr_array_unref (self->years);
  g_clear_pointer (&self->tase, tase_claim_free);
  g_clear_pointer (&self->annual_report, annual_claim_free);
  g_clear_pointer (&self->hnte, hnte_claim_free);
  g_clear_pointer (&self->trade_fund, trade_fund_claim_free);
  clear_extra (&self->extra);
  g_free (self);
}

const SbYear *
sb_dossier_find_year (const SbDossier *self, int year)
{
  for (guint i = 0; i < self->years->len; i++)
    {
      const SbYear *y = g_ptr_array_index (self->years, i);
      if (y->year == year)
        return y;
    }
  return NULL;
}

SbYear *
sb_year_new (int year)
{
  SbYear *y = g_new0 (SbYear, 1);
  gint64 *figures[] = {
    &y->income_total, &y->non_taxable_income, &y->taxable_income, &y->sales_revenue,
    &y->high_tech_revenue, &y->rd_expense, &y->rd_expense_domestic, &y->net_assets_end,
    &y->st_staff, &y->tase_revenue, &y->offshore_revenue,
  };

  y->year = year;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    *figures[i] = SB_UNSET;
  return y;
}

void
sb_year_free (SbYear *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->staff_months, g_array_unref);
  g_clear_pointer (&self->contracts, g_ptr_array_unref);
  clear_extra (&self->extra);
  g_free (self);
}

SbContract *
sb_contract_new (void)
{
  SbContract *c = g_new0 (SbContract, 1);

  c->offshore = SB_TRI_UNSET;
  c->amount = SB_UNSET;
  c->revenue = SB_UNSET;
  return c;
}

void
sb_contract_free (SbContract *self)
{
  if (self == NULL)
    return;
  g_free (self->no);
  g_free (self->name);
  g_free (self->client);
  g_free (self->client_country);
  g_free (self->category);
  g_clear_pointer (&self->registrations, g_ptr_array_unref);
  g_free (self->evidence);
  clear_extra (&self->extra);
  g_free (self);
}

SbExpense *
sb_expense_new (void)
{
  SbExpense *e = g_new0 (SbExpense, 1);

  e->contract = SB_UNSET;
  e->invoice = SB_UNSET;
  e->paid = SB_UNSET;
  return e;
}

void
sb_expense_free (SbExpense *self)
{
  if (self == NULL)
    return;
  g_free (self->item);
  g_free (self->invoice_no);
  clear_extra (&self->extra);
  g_free (self);
}

SbPlatform *
sb_platform_new (SbPlatformKind kind)
{
  SbPlatform *p = g_new0 (SbPlatform, 1);

  p->kind = kind;
  p->firms_served = SB_UNSET;
  p->expenses = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_expense_free);
  return p;
}

void
sb_platform_free (SbPlatform *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->expenses);
  g_free (self->name);
  g_free (self->services);
  g_clear_pointer (&self->firms, g_ptr_array_unref);
  clear_extra (&self->extra);
  g_free (self);
}

gint64
sb_platform_firms_count (const SbPlatform *self)
{
  if (self->firms_served != SB_UNSET)
    return self->firms_served;
  if (self->firms != NULL)
    return self->firms->len;
  return SB_UNSET;
}

SbCertLine *
sb_cert_line_new (void)
{
  SbCertLine *c = g_new0 (SbCertLine, 1);

  c->fee = SB_UNSET;
  return c;
}

void
sb_cert_line_free (SbCertLine *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->kind);
  clear_extra (&self->extra);
  g_free (self);
}

SbRegistration *
sb_registration_new (SbRegistrationKind kind)
{
  SbRegistration *r = g_new0 (SbRegistration, 1);

  r->kind = kind;
  r->amount = SB_UNSET;
  return r;
}

void
sb_registration_free (SbRegistration *self)
{
  if (self == NULL)
    return;
  g_free (self->no);
  clear_extra (&self->extra);
  g_free (self);
}

SbFirm *
sb_firm_new (void)
{
  return g_new0 (SbFirm, 1);
}

void
sb_firm_free (SbFirm *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->credit_code);
  g_free (self->service);
  clear_extra (&self->extra);
  g_free (self);
}
