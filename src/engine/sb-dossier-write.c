/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing the dossier JSON: known keys in the format's order, then the
 * unknown keys each object kept. */
#include "sb-dossier-json.h"

#define DOSSIER_FORMAT "shenbao-dossier"
#define DOSSIER_VERSION 1

static void
add_money (JsonBuilder *b, const char *key, gint64 fen)
{
  if (fen == SB_UNSET)
    return;
  json_builder_set_member_name (b, key);
  /* yuan with at most two decimals; the printer writes the shortest exact form */
  if (fen % 100 == 0)
    json_builder_add_double_value (b, (double) (fen / 100));
  else
    json_builder_add_double_value (b, (double) fen / 100.0);
}

static void
add_string (JsonBuilder *b, const char *key, const char *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

static void
add_nullable_string (JsonBuilder *b, const char *key, const char *value)
{
  json_builder_set_member_name (b, key);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static void
add_int (JsonBuilder *b, const char *key, gint64 value)
{
  if (value == SB_UNSET)
    return;
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_tri (JsonBuilder *b, const char *key, SbTri value)
{
  if (value == SB_TRI_UNSET)
    return;
  json_builder_set_member_name (b, key);
  json_builder_add_boolean_value (b, value == SB_TRI_TRUE);
}

static void
add_date (JsonBuilder *b, const char *key, SbDate date)
{
  g_autofree char *s = sb_date_format (date);

  add_string (b, key, s);
}

static void
add_extra (JsonBuilder *b, JsonObject *extra)
{
  GList *members;

  if (extra == NULL)
    return;
  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      json_builder_set_member_name (b, l->data);
      json_builder_add_value (b, json_node_copy (json_object_get_member (extra, l->data)));
    }
  g_list_free (members);
}

/* An object of text members, written only when one of them is there. */
static void
write_text_object (JsonBuilder *b, const char *key, const char * const *keys,
                   const char * const *values, JsonObject *extra)
{
  gboolean any = extra != NULL && json_object_get_size (extra) > 0;

  for (guint i = 0; !any && keys[i] != NULL; i++)
    any = values[i] != NULL;
  if (!any)
    return;
  json_builder_set_member_name (b, key);
  json_builder_begin_object (b);
  for (guint i = 0; keys[i] != NULL; i++)
    add_string (b, keys[i], values[i]);
  add_extra (b, extra);
  json_builder_end_object (b);
}

static void
write_year (JsonBuilder *b, const SbYear *y)
{
  json_builder_begin_object (b);
  add_int (b, "year", y->year);
  add_money (b, "income_total", y->income_total);
  add_money (b, "non_taxable_income", y->non_taxable_income);
  add_money (b, "taxable_income", y->taxable_income);
  add_money (b, "sales_revenue", y->sales_revenue);
  add_money (b, "high_tech_revenue", y->high_tech_revenue);
  add_money (b, "rd_expense", y->rd_expense);
  add_money (b, "rd_expense_domestic", y->rd_expense_domestic);
  add_money (b, "net_assets_end", y->net_assets_end);
  add_int (b, "st_staff", y->st_staff);
  if (y->staff_months != NULL)
    {
      json_builder_set_member_name (b, "staff_months");
      json_builder_begin_array (b);
      for (guint i = 0; i < y->staff_months->len; i++)
        {
          const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);

          json_builder_begin_object (b);
          add_int (b, "month", m->month);
          add_int (b, "total_start", m->total_start);
          add_int (b, "total_end", m->total_end);
          add_int (b, "degree_start", m->degree_start);
          add_int (b, "degree_end", m->degree_end);
          add_int (b, "st_start", m->st_start);
          add_int (b, "st_end", m->st_end);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  add_money (b, "tase_revenue", y->tase_revenue);
  add_money (b, "offshore_revenue", y->offshore_revenue);
  if (y->has_rd_ledger)
    {
      json_builder_set_member_name (b, "rd_ledger");
      json_builder_begin_object (b);
      for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
        add_money (b, sb_rd_category_keys[i], y->rd_ledger[i]);
      json_builder_end_object (b);
    }
  if (y->contracts != NULL)
    {
      json_builder_set_member_name (b, "contracts");
      json_builder_begin_array (b);
      for (guint i = 0; i < y->contracts->len; i++)
        {
          const SbContract *c = g_ptr_array_index (y->contracts, i);

          json_builder_begin_object (b);
          add_string (b, "no", c->no);
          add_string (b, "name", c->name);
          add_string (b, "client", c->client);
          add_string (b, "client_country", c->client_country);
          add_tri (b, "offshore", c->offshore);
          add_nullable_string (b, "category", c->category);
          add_money (b, "amount", c->amount);
          add_money (b, "revenue", c->revenue);
          if (c->registrations != NULL)
            {
              json_builder_set_member_name (b, "registrations");
              json_builder_begin_array (b);
              for (guint j = 0; j < c->registrations->len; j++)
                {
                  const SbRegistration *r = g_ptr_array_index (c->registrations, j);

                  json_builder_begin_object (b);
                  add_string (b, "kind", r->kind == SB_REGISTRATION_TECH ? "tech" : "execution");
                  add_string (b, "no", r->no);
                  add_money (b, "amount", r->amount);
                  add_extra (b, r->extra);
                  json_builder_end_object (b);
                }
              json_builder_end_array (b);
            }
          add_string (b, "evidence", c->evidence);
          add_extra (b, c->extra);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  add_extra (b, y->extra);
  json_builder_end_object (b);
}

static void
write_platform (JsonBuilder *b, const SbPlatform *p)
{
  json_builder_begin_object (b);
  add_string (b, "kind", p->kind == SB_PLATFORM_CONSTRUCTION ? "construction" : "om");
  add_date (b, "built_on", p->built_on);
  add_int (b, "firms_served", p->firms_served);
  json_builder_set_member_name (b, "expenses");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->expenses->len; i++)
    {
      const SbExpense *e = g_ptr_array_index (p->expenses, i);

      json_builder_begin_object (b);
      add_string (b, "item", e->item);
      add_money (b, "contract", e->contract);
      add_money (b, "invoice", e->invoice);
      add_money (b, "paid", e->paid);
      add_string (b, "invoice_no", e->invoice_no);
      add_date (b, "invoice_date", e->invoice_date);
      add_extra (b, e->extra);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string (b, "name", p->name);
  add_string (b, "services", p->services);
  if (p->first_service_year != 0)
    {
      g_autofree char *month = g_strdup_printf ("%04d-%02d", p->first_service_year,
                                                p->first_service_month);
      add_string (b, "first_service", month);
    }
  if (p->firms != NULL)
    {
      json_builder_set_member_name (b, "firms");
      json_builder_begin_array (b);
      for (guint i = 0; i < p->firms->len; i++)
        {
          const SbFirm *f = g_ptr_array_index (p->firms, i);

          json_builder_begin_object (b);
          add_string (b, "name", f->name);
          add_string (b, "credit_code", f->credit_code);
          add_string (b, "service", f->service);
          add_extra (b, f->extra);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  add_extra (b, p->extra);
  json_builder_end_object (b);
}

static void
add_rate (JsonBuilder *b, const char *key, SbRatio r)
{
  if (r.den == 0)
    return;
  json_builder_set_member_name (b, key);
  json_builder_add_double_value (b, (double) r.num / (double) r.den);
}

static void
write_trade_fund (JsonBuilder *b, const SbTradeFundClaim *tf)
{
  json_builder_begin_object (b);
  add_string (b, "profile", tf->profile);
  add_money (b, "offshore_execution_usd", tf->offshore_execution_usd);
  if (tf->platforms != NULL)
    {
      json_builder_set_member_name (b, "platform");
      if (tf->platform_is_list || tf->platforms->len != 1)
        {
          json_builder_begin_array (b);
          for (guint i = 0; i < tf->platforms->len; i++)
            write_platform (b, g_ptr_array_index (tf->platforms, i));
          json_builder_end_array (b);
        }
      else
        write_platform (b, g_ptr_array_index (tf->platforms, 0));
    }
  if (tf->certifications != NULL)
    {
      json_builder_set_member_name (b, "certifications");
      json_builder_begin_array (b);
      for (guint i = 0; i < tf->certifications->len; i++)
        {
          const SbCertLine *c = g_ptr_array_index (tf->certifications, i);

          json_builder_begin_object (b);
          add_string (b, "name", c->name);
          add_string (b, "kind", c->kind);
          add_date (b, "date", c->date);
          add_money (b, "fee", c->fee);
          add_date (b, "certified_on", c->certified_on);
          add_extra (b, c->extra);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  if (tf->certifications_chosen != NULL)
    {
      json_builder_set_member_name (b, "certifications_chosen");
      json_builder_begin_array (b);
      for (guint i = 0; tf->certifications_chosen[i] != NULL; i++)
        json_builder_add_string_value (b, tf->certifications_chosen[i]);
      json_builder_end_array (b);
    }
  if (tf->brand != NULL)
    {
      json_builder_set_member_name (b, "brand");
      json_builder_begin_object (b);
      add_string (b, "title", tf->brand->title);
      add_tri (b, "accepted", tf->brand->accepted);
      add_extra (b, tf->brand->extra);
      json_builder_end_object (b);
    }
  if (tf->interest != NULL)
    {
      json_builder_set_member_name (b, "interest");
      json_builder_begin_object (b);
      add_money (b, "receipts_usd", tf->interest->receipts_usd);
      add_rate (b, "usd_cny", tf->interest->usd_cny);
      add_extra (b, tf->interest->extra);
      json_builder_end_object (b);
    }
  if (tf->tcm != NULL)
    {
      json_builder_set_member_name (b, "tcm");
      json_builder_begin_object (b);
      add_tri (b, "recognised_base", tf->tcm->recognised_base);
      add_date (b, "built_on", tf->tcm->built_on);
      add_tri (b, "first_application", tf->tcm->first_application);
      add_money (b, "construction_cost", tf->tcm->construction_cost);
      add_money (b, "om_cost", tf->tcm->om_cost);
      add_money (b, "marketing_cost", tf->tcm->marketing_cost);
      add_extra (b, tf->tcm->extra);
      json_builder_end_object (b);
    }
  add_extra (b, tf->extra);
  json_builder_end_object (b);
}

JsonNode *
sb_dossier_to_json (const SbDossier *d)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const SbDeclarations *dc = &d->declarations;

  json_builder_begin_object (b);
  add_string (b, "format", DOSSIER_FORMAT);
  add_int (b, "version", DOSSIER_VERSION);

  json_builder_set_member_name (b, "company");
  json_builder_begin_object (b);
  add_string (b, "name", d->company.name);
  add_string (b, "credit_code", d->company.credit_code);
  add_string (b, "region", d->company.region);
  add_date (b, "registered_on", d->company.registered_on);
  add_tri (b, "legal_entity", d->company.legal_entity);
  add_string (b, "legal_representative", d->company.legal_representative);
  add_string (b, "address", d->company.address);
  add_string (b, "postcode", d->company.postcode);
  add_money (b, "registered_capital", d->company.registered_capital);
  add_string (b, "district", d->company.district);
  write_text_object (b, "bank", (const char *[]) { "name", "account_name", "account_no", NULL },
                     (const char *[]) { d->company.bank_name, d->company.bank_account_name,
                                        d->company.bank_account_no },
                     d->company.bank_extra);
  write_text_object (b, "contact",
                     (const char *[]) { "name", "phone", "mobile", "fax", "email", NULL },
                     (const char *[]) { d->company.contact_name, d->company.contact_phone,
                                        d->company.contact_mobile, d->company.contact_fax,
                                        d->company.contact_email },
                     d->company.contact_extra);
  add_extra (b, d->company.extra);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "years");
  json_builder_begin_array (b);
  for (guint i = 0; i < d->years->len; i++)
    write_year (b, g_ptr_array_index (d->years, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "declarations");
  json_builder_begin_object (b);
  add_tri (b, "scope_advanced_tech", dc->scope_advanced_tech);
  add_tri (b, "clean_record_2y", dc->clean_record_2y);
  add_tri (b, "mofcom_registered", dc->mofcom_registered);
  add_tri (b, "no_serious_violation_5y", dc->no_serious_violation_5y);
  add_tri (b, "no_other_fiscal_support", dc->no_other_fiscal_support);
  add_tri (b, "no_major_incident", dc->no_major_incident);
  add_tri (b, "owns_core_ip", dc->owns_core_ip);
  add_string (b, "hnte_field", dc->hnte_field);
  add_extra (b, dc->extra);
  json_builder_end_object (b);

  if (d->tase != NULL)
    {
      json_builder_set_member_name (b, "tase");
      json_builder_begin_object (b);
      add_string (b, "mode", d->tase->mode == SB_TASE_REVIEW ? "review" : "new");
      add_int (b, "apply_year", d->tase->apply_year);
      add_string (b, "profile", d->tase->profile);
      add_extra (b, d->tase->extra);
      json_builder_end_object (b);
    }
  if (d->annual_report != NULL)
    {
      json_builder_set_member_name (b, "annual_report");
      json_builder_begin_object (b);
      add_int (b, "year", d->annual_report->year);
      add_string (b, "profile", d->annual_report->profile);
      add_extra (b, d->annual_report->extra);
      json_builder_end_object (b);
    }
  if (d->hnte != NULL)
    {
      const SbHnteClaim *h = d->hnte;

      json_builder_set_member_name (b, "hnte");
      json_builder_begin_object (b);
      add_date (b, "apply_date", h->apply_date);
      add_string (b, "profile", h->profile);
      if (h->score_ip != SB_UNSET || h->score_conversion != SB_UNSET
          || h->score_rd_management != SB_UNSET)
        {
          json_builder_set_member_name (b, "innovation_self_score");
          json_builder_begin_object (b);
          add_int (b, "ip", h->score_ip);
          add_int (b, "conversion", h->score_conversion);
          add_int (b, "rd_management", h->score_rd_management);
          json_builder_end_object (b);
        }
      add_int (b, "conversion_results", h->conversion_count);
      add_extra (b, h->extra);
      json_builder_end_object (b);
    }
  if (d->trade_fund != NULL)
    {
      json_builder_set_member_name (b, "trade_fund");
      write_trade_fund (b, d->trade_fund);
    }
  add_extra (b, d->extra);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
