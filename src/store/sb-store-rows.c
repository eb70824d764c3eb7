/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rows both readers decode: SQLite rows to SbDossier parts. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-rows.h"
#include "sb-json-strict.h"

/* sb_column_int () and sb_column_tri () of sqlite3_column_value (): one
 * call to SQLite instead of two, for the rows that come by the thousand. */
gint64
sb_store_row_value_int (sqlite3_value *value)
{
  return sqlite3_value_type (value) == SQLITE_NULL ? SB_UNSET : sqlite3_value_int64 (value);
}

SbTri
sb_store_row_value_tri (sqlite3_value *value)
{
  if (sqlite3_value_type (value) == SQLITE_NULL)
    return SB_TRI_UNSET;
  return sqlite3_value_int (value) != 0 ? SB_TRI_TRUE : SB_TRI_FALSE;
}

/* Each *_COLUMNS list is what the *_from_row () after it reads, from column
 * @col on.  The full reader selects extra_json right after the list. */

void
sb_store_row_company (sqlite3_stmt *stmt, int col, SbDossier *d)
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

/* A stored list key (even empty) gives an empty list: months and contracts
 * (that free their SbContract*) are added to it. */
SbYear *
sb_store_row_year (sqlite3_stmt *stmt, int col)
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

SbYear *
sb_store_row_year_for (GArray *rows, gint64 year_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, SbStoreYearRow, i).id == year_id)
      return g_array_index (rows, SbStoreYearRow, i).year;
  return NULL;
}

/* Adds the month of the row to its year (one of @years). */
void
sb_store_row_add_staff_month (sqlite3_stmt *stmt, int col, GArray *years)
{
  SbYear *y = sb_store_row_year_for (years, sqlite3_column_int64 (stmt, col));
  SbStaffMonth m = {
    .month = sqlite3_column_int (stmt, col + 1),
    .total_start = sb_store_row_value_int (sqlite3_column_value (stmt, col + 2)),
    .total_end = sb_store_row_value_int (sqlite3_column_value (stmt, col + 3)),
    .degree_start = sb_store_row_value_int (sqlite3_column_value (stmt, col + 4)),
    .degree_end = sb_store_row_value_int (sqlite3_column_value (stmt, col + 5)),
    .st_start = sb_store_row_value_int (sqlite3_column_value (stmt, col + 6)),
    .st_end = sb_store_row_value_int (sqlite3_column_value (stmt, col + 7)),
  };

  if (y == NULL)
    return;
  if (y->staff_months == NULL)
    y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
}

SbTaseClaim *
sb_store_row_tase_claim (sqlite3_stmt *stmt, int col)
{
  SbTaseClaim *t = g_new0 (SbTaseClaim, 1);

  t->mode = g_strcmp0 ((const char *) sqlite3_column_text (stmt, col), "review") == 0
            ? SB_TASE_REVIEW : SB_TASE_NEW;
  t->apply_year = sqlite3_column_int (stmt, col + 1);
  t->profile = sb_column_text (stmt, col + 2);
  return t;
}

SbAnnualClaim *
sb_store_row_annual_claim (sqlite3_stmt *stmt, int col)
{
  SbAnnualClaim *a = g_new0 (SbAnnualClaim, 1);

  a->year = sqlite3_column_int (stmt, col);
  a->profile = sb_column_text (stmt, col + 1);
  return a;
}

SbHnteClaim *
sb_store_row_hnte_claim (sqlite3_stmt *stmt, int col)
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

char **
sb_store_row_strv_from_json (const char *text)
{
  g_autoptr(JsonNode) node = sb_json_strict_parse (text, -1, NULL);
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

/* A stored list key (even empty) gives an empty list. */
SbTradeFundClaim *
sb_store_row_trade_fund_claim (sqlite3_stmt *stmt, int col)
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
    tf->certifications_chosen = sb_store_row_strv_from_json (chosen);
  return tf;
}

/* Adds the platform of the row to @tf and its id to @ids (column @col + 5:
 * the number of its firms, which the caller may read). */
SbPlatform *
sb_store_row_add_platform (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids)
{
  const char *kind = (const char *) sqlite3_column_text (stmt, col + 1);
  SbPlatform *p = sb_platform_new (g_strcmp0 (kind, "om") == 0 ? SB_PLATFORM_OM
                                                               : SB_PLATFORM_CONSTRUCTION);
  gint64 platform_id = sqlite3_column_int64 (stmt, col);

  p->built_on = sb_column_date (stmt, col + 2);
  p->firms_served = sb_column_int (stmt, col + 3);
  /* the firms are added by the reader (a stored key, even empty, is a list) */
  if (sqlite3_column_int (stmt, col + 4))
    p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
  if (tf->platforms == NULL)
    tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  g_ptr_array_add (tf->platforms, p);
  g_array_append_val (ids, platform_id);
  return p;
}

/* Adds the expense of the row to its platform (@ids: those of @tf's). */
SbExpense *
sb_store_row_add_expense (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids)
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

SbCertLine *
sb_store_row_add_certification (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf)
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

SbBrand *
sb_store_row_brand (sqlite3_stmt *stmt, int col)
{
  SbBrand *b = g_new0 (SbBrand, 1);

  b->title = sb_column_text (stmt, col);
  b->accepted = sb_column_tri (stmt, col + 1);
  return b;
}

SbInterest *
sb_store_row_interest (sqlite3_stmt *stmt, int col)
{
  SbInterest *i = g_new0 (SbInterest, 1);

  i->receipts_usd = sb_column_int (stmt, col);
  if (sqlite3_column_type (stmt, col + 2) != SQLITE_NULL)
    i->usd_cny = sb_ratio (sqlite3_column_int64 (stmt, col + 1),
                           sqlite3_column_int64 (stmt, col + 2));
  return i;
}

SbTcm *
sb_store_row_tcm (sqlite3_stmt *stmt, int col)
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
