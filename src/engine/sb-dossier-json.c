/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the dossier JSON: the value getters, the company, years,
 * declarations and the TASE, annual-report and HNTE claims. */
#include "config.h"

#include <inttypes.h>
#include <math.h>

#include "sb-dossier-json.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-dossier-read-private.h"
#include "sb-engine-error.h"
#include "sb-dossier-limits.h"
#include "sb-json-strict.h"

#define DOSSIER_FORMAT "shenbao-dossier"
#define DOSSIER_VERSION 1

/* Sets the error "<path>.<key>: <message>"; returns FALSE. */
gboolean
sb_read_fail (SbReadCtx *ctx, const char *key, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  /* a value quoted in the message, or a contract number in the path, may
   * be long: one line of reasonable length (sb-json-strict.h) */
  path = sb_json_excerpt (ctx->path->str, -1, 3 * SB_JSON_QUOTE_CHARS);
  shown = sb_json_excerpt (what, -1, 3 * SB_JSON_QUOTE_CHARS);
  if (ctx->path->len > 0 && key != NULL)
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 "%s.%s: %s", path, key, shown);
  else
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 "%s: %s", key != NULL ? key : path, shown);
  return FALSE;
}

gsize
sb_read_path_push (SbReadCtx *ctx, const char *format, ...)
{
  gsize old = ctx->path->len;
  va_list args;

  if (old > 0)
    g_string_append_c (ctx->path, '.');
  va_start (args, format);
  g_string_append_vprintf (ctx->path, format, args);
  va_end (args);
  return old;
}

void
sb_read_path_pop (SbReadCtx *ctx, gsize old)
{
  g_string_truncate (ctx->path, old);
}

JsonNode *
sb_read_member (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);

  return (n == NULL || JSON_NODE_HOLDS_NULL (n)) ? NULL : n;
}

gboolean
sb_read_is_number (JsonNode *n)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (n))
    return FALSE;
  t = json_node_get_value_type (n);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

/* Keeps the members not in @known in *extra. */
void
sb_read_keep_unknown (JsonObject *o, const char * const *known, JsonObject **extra)
{
  GList *members = json_object_get_members (o);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_member (*extra, l->data,
                              json_node_copy (json_object_get_member (o, l->data)));
    }
  g_list_free (members);
}

gboolean
sb_read_get_money (SbReadCtx *ctx, JsonObject *o, const char *key, SbMoneySign sign, gint64 *out)
{
  JsonNode *n = sb_read_member (o, key);
  gint64 num, scale;

  *out = SB_UNSET;
  if (n == NULL)
    return TRUE;
  if (!sb_read_is_number (n))
    return sb_read_fail (ctx, key, _("must be an amount (a number with at most two decimals)"));
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    {
      num = json_node_get_int (n);
      scale = 1;
      if (num > SB_MONEY_MAX_FEN / 100 || num < -SB_MONEY_MAX_FEN / 100)
        return sb_read_fail (ctx, key, _("is beyond ±9,000,000,000,000"));
    }
  else if (!(fabs (json_node_get_double (n)) <= (double) (SB_MONEY_MAX_FEN / 100)))
    return sb_read_fail (ctx, key, _("is beyond ±9,000,000,000,000"));
  else if (!sb_decimal_from_double (json_node_get_double (n), 2, &num, &scale))
    return sb_read_fail (ctx, key, _("has more than two decimals"));
  if (num > SB_MONEY_MAX_FEN || num < -SB_MONEY_MAX_FEN)
    return sb_read_fail (ctx, key, _("is beyond ±9,000,000,000,000"));
  num *= 100 / scale;
  if (num > SB_MONEY_MAX_FEN || num < -SB_MONEY_MAX_FEN)
    return sb_read_fail (ctx, key, _("is beyond ±9,000,000,000,000"));
  if (sign == SB_MONEY_NON_NEGATIVE && num < 0)
    return sb_read_fail (ctx, key, _("must not be negative"));
  *out = num;
  return TRUE;
}

gboolean
sb_read_get_count (SbReadCtx *ctx, JsonObject *o, const char *key, gint64 *out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = SB_UNSET;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return sb_read_fail (ctx, key, _("must be a whole number"));
  if (json_node_get_int (n) < 0)
    return sb_read_fail (ctx, key, _("must not be negative"));
  *out = json_node_get_int (n);
  return TRUE;
}

gboolean
sb_read_get_int (SbReadCtx *ctx, JsonObject *o, const char *key, gboolean required, gint64 *out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = SB_UNSET;
  if (n == NULL)
    return required ? sb_read_fail (ctx, key, _("missing")) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return sb_read_fail (ctx, key, _("must be a whole number"));
  *out = json_node_get_int (n);
  return TRUE;
}

gboolean
sb_read_get_string (SbReadCtx *ctx, JsonObject *o, const char *key, gboolean required, char **out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = NULL;
  if (n == NULL)
    return required ? sb_read_fail (ctx, key, _("missing")) : TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    return sb_read_fail (ctx, key, _("must be a text string"));
  *out = g_strdup (json_node_get_string (n));
  return TRUE;
}

gboolean
sb_read_get_date (SbReadCtx *ctx, JsonObject *o, const char *key, SbDate *out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = SB_DATE_UNSET;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || !sb_date_parse (json_node_get_string (n), out))
    return sb_read_fail (ctx, key, _("must be a real date written YYYY-MM-DD"));
  return TRUE;
}

gboolean
sb_read_get_tri (SbReadCtx *ctx, JsonObject *o, const char *key, SbTri *out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = SB_TRI_UNSET;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_BOOLEAN)
    return sb_read_fail (ctx, key, _("must be true or false"));
  *out = json_node_get_boolean (n) ? SB_TRI_TRUE : SB_TRI_FALSE;
  return TRUE;
}

/* An optional object member; *out NULL when absent or null. */
gboolean
sb_read_get_object (SbReadCtx *ctx, JsonObject *o, const char *key, JsonObject **out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = NULL;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (n))
    return sb_read_fail (ctx, key, _("must be an object"));
  *out = json_node_get_object (n);
  return TRUE;
}

gboolean
sb_read_get_array (SbReadCtx *ctx, JsonObject *o, const char *key, JsonArray **out)
{
  JsonNode *n = sb_read_member (o, key);

  *out = NULL;
  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    return sb_read_fail (ctx, key, _("must be a list"));
  *out = json_node_get_array (n);
  return TRUE;
}

/* Element @i of @a as an object, or an error naming "key[i]". */
JsonObject *
sb_read_element_object (SbReadCtx *ctx, JsonArray *a, guint i, const char *key)
{
  JsonNode *e = json_array_get_element (a, i);

  if (!JSON_NODE_HOLDS_OBJECT (e))
    {
      g_autofree char *k = g_strdup_printf ("%s[%u]", key, i);
      sb_read_fail (ctx, k, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (e);
}

/* An optional object of text members (company.bank, company.contact). */
static gboolean
parse_text_object (SbReadCtx *ctx, JsonObject *o, const char *key, const char * const *known,
                   char **out[], JsonObject **extra)
{
  JsonObject *sub;
  gsize old;
  gboolean ok = TRUE;

  if (!sb_read_get_object (ctx, o, key, &sub))
    return FALSE;
  if (sub == NULL)
    return TRUE;
  old = sb_read_path_push (ctx, "%s", key);
  for (guint i = 0; ok && known[i] != NULL; i++)
    ok = sb_read_get_string (ctx, sub, known[i], FALSE, out[i]);
  if (ok)
    sb_read_keep_unknown (sub, known, extra);
  sb_read_path_pop (ctx, old);
  return ok;
}

static gboolean
parse_company (SbReadCtx *ctx, JsonObject *o, SbCompany *c)
{
  static const char * const known[] = {
    "name", "credit_code", "region", "registered_on", "legal_entity",
    "legal_representative", "address", "postcode", "registered_capital", "district",
    "bank", "contact", NULL
  };
  static const char * const bank_keys[] = { "name", "account_name", "account_no", NULL };
  static const char * const contact_keys[] = { "name", "phone", "mobile", "fax", "email", NULL };
  char **bank[] = { &c->bank_name, &c->bank_account_name, &c->bank_account_no };
  char **contact[] = {
    &c->contact_name, &c->contact_phone, &c->contact_mobile, &c->contact_fax, &c->contact_email
  };
  gsize old = sb_read_path_push (ctx, "company");
  gboolean ok;

  ok = sb_read_get_string (ctx, o, "name", FALSE, &c->name)
       && sb_read_get_string (ctx, o, "credit_code", FALSE, &c->credit_code)
       && sb_read_get_string (ctx, o, "region", FALSE, &c->region)
       && sb_read_get_date (ctx, o, "registered_on", &c->registered_on)
       && sb_read_get_tri (ctx, o, "legal_entity", &c->legal_entity)
       && sb_read_get_string (ctx, o, "legal_representative", FALSE, &c->legal_representative)
       && sb_read_get_string (ctx, o, "address", FALSE, &c->address)
       && sb_read_get_string (ctx, o, "postcode", FALSE, &c->postcode)
       && sb_read_get_money (ctx, o, "registered_capital", SB_MONEY_NON_NEGATIVE,
                             &c->registered_capital)
       && sb_read_get_string (ctx, o, "district", FALSE, &c->district)
       && parse_text_object (ctx, o, "bank", bank_keys, bank, &c->bank_extra)
       && parse_text_object (ctx, o, "contact", contact_keys, contact, &c->contact_extra);
  if (ok)
    sb_read_keep_unknown (o, known, &c->extra);
  sb_read_path_pop (ctx, old);
  return ok;
}

static int
compare_months (gconstpointer a, gconstpointer b)
{
  return ((const SbStaffMonth *) a)->month - ((const SbStaffMonth *) b)->month;
}

static gboolean
parse_month (SbReadCtx *ctx, JsonObject *o, SbStaffMonth *m)
{
  static const char * const required[] = {
    "total_start", "total_end", "degree_start", "degree_end"
  };
  gint64 *fields[] = { &m->total_start, &m->total_end, &m->degree_start, &m->degree_end };
  gint64 month;

  if (!sb_read_get_int (ctx, o, "month", TRUE, &month))
    return FALSE;
  if (month < 1 || month > 12)
    return sb_read_fail (ctx, "month", _("must be 1 to 12"));
  m->month = (int) month;
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (!sb_read_get_count (ctx, o, required[i], fields[i]))
        return FALSE;
      if (*fields[i] == SB_UNSET && !ctx->drafts)
        return sb_read_fail (ctx, required[i], _("missing (a month lists all four counts)"));
    }
  if (!sb_read_get_count (ctx, o, "st_start", &m->st_start)
      || !sb_read_get_count (ctx, o, "st_end", &m->st_end))
    return FALSE;
  if (ctx->drafts)
    return TRUE;   /* a month being filled in */
  if ((m->st_start == SB_UNSET) != (m->st_end == SB_UNSET))
    return sb_read_fail (ctx, m->st_start == SB_UNSET ? "st_start" : "st_end",
                 _("missing (S&T staff need both the start and the end count)"));
  if (m->degree_start > m->total_start)
    return sb_read_fail (ctx, "degree_start", _("is larger than total_start"));
  if (m->degree_end > m->total_end)
    return sb_read_fail (ctx, "degree_end", _("is larger than total_end"));
  return TRUE;
}

static gboolean
parse_months (SbReadCtx *ctx, JsonArray *a, SbYear *y)
{
  y->staff_months = g_array_sized_new (FALSE, TRUE, sizeof (SbStaffMonth),
                                       json_array_get_length (a));
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      SbStaffMonth m = { 0 };
      JsonObject *o = sb_read_element_object (ctx, a, i, "staff_months");
      JsonNode *mn;
      gsize old;
      gboolean ok;

      if (o == NULL)
        return FALSE;
      mn = sb_read_member (o, "month");
      if (mn != NULL && JSON_NODE_HOLDS_VALUE (mn) && json_node_get_value_type (mn) == G_TYPE_INT64)
        old = sb_read_path_push (ctx, "staff_months[%u] (month %" G_GINT64_FORMAT ")", i,
                         json_node_get_int (mn));
      else
        old = sb_read_path_push (ctx, "staff_months[%u]", i);
      ok = parse_month (ctx, o, &m);
      if (ok)
        {
          for (guint j = 0; j < y->staff_months->len; j++)
            if (g_array_index (y->staff_months, SbStaffMonth, j).month == m.month)
              {
                ok = sb_read_fail (ctx, "month", _("appears twice"));
                break;
              }
        }
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
      g_array_append_val (y->staff_months, m);
    }
  g_array_sort (y->staff_months, compare_months);
  return TRUE;
}

static gboolean
parse_registration (SbReadCtx *ctx, JsonObject *o, SbContract *c)
{
  static const char * const known[] = { "kind", "no", "amount", NULL };
  g_autofree char *kind = NULL;
  SbRegistration *r;

  if (!sb_read_get_string (ctx, o, "kind", TRUE, &kind))
    return FALSE;
  if (g_str_equal (kind, "tech"))
    r = sb_registration_new (SB_REGISTRATION_TECH);
  else if (g_str_equal (kind, "execution"))
    r = sb_registration_new (SB_REGISTRATION_EXECUTION);
  else
    return sb_read_fail (ctx, "kind", _("must be “tech” or “execution”, not “%s”"), kind);
  g_ptr_array_add (c->registrations, r);
  if (!sb_read_get_string (ctx, o, "no", FALSE, &r->no)
      || !sb_read_get_money (ctx, o, "amount", SB_MONEY_NON_NEGATIVE, &r->amount))
    return FALSE;
  sb_read_keep_unknown (o, known, &r->extra);
  return TRUE;
}

static gboolean
parse_contract (SbReadCtx *ctx, JsonObject *o, SbContract *c)
{
  static const char * const known[] = {
    "no", "name", "client", "client_country", "offshore", "category", "amount", "revenue",
    "registrations", "evidence", NULL
  };
  JsonArray *regs;

  if (!sb_read_get_string (ctx, o, "no", FALSE, &c->no)
      || !sb_read_get_string (ctx, o, "name", FALSE, &c->name)
      || !sb_read_get_string (ctx, o, "client", FALSE, &c->client)
      || !sb_read_get_string (ctx, o, "client_country", FALSE, &c->client_country)
      || !sb_read_get_tri (ctx, o, "offshore", &c->offshore)
      || !sb_read_get_string (ctx, o, "category", FALSE, &c->category)
      || !sb_read_get_money (ctx, o, "amount", SB_MONEY_NON_NEGATIVE, &c->amount)
      || !sb_read_get_money (ctx, o, "revenue", SB_MONEY_NON_NEGATIVE, &c->revenue)
      || !sb_read_get_string (ctx, o, "evidence", FALSE, &c->evidence)
      || !sb_read_get_array (ctx, o, "registrations", &regs))
    return FALSE;
  if (regs != NULL)
    {
      c->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      for (guint i = 0; i < json_array_get_length (regs); i++)
        {
          JsonObject *ro = sb_read_element_object (ctx, regs, i, "registrations");
          gsize old;
          gboolean ok;

          if (ro == NULL)
            return FALSE;
          old = sb_read_path_push (ctx, "registrations[%u]", i);
          ok = parse_registration (ctx, ro, c);
          sb_read_path_pop (ctx, old);
          if (!ok)
            return FALSE;
        }
    }
  if (c->category != NULL && ctx->known_categories != NULL
      && !g_hash_table_contains (ctx->known_categories, c->category))
    return sb_read_fail (ctx, "category", _("unknown catalogue code “%s”"), c->category);
  sb_read_keep_unknown (o, known, &c->extra);
  return TRUE;
}

static gboolean
parse_contracts (SbReadCtx *ctx, JsonArray *a, SbYear *y)
{
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = sb_read_element_object (ctx, a, i, "contracts");
      SbContract *c;
      JsonNode *no;
      gsize old;
      gboolean ok;

      if (o == NULL)
        return FALSE;
      no = sb_read_member (o, "no");
      if (no != NULL && JSON_NODE_HOLDS_VALUE (no) && json_node_get_value_type (no) == G_TYPE_STRING)
        old = sb_read_path_push (ctx, "contracts[%u] (%s)", i, json_node_get_string (no));
      else
        old = sb_read_path_push (ctx, "contracts[%u]", i);
      c = sb_contract_new ();
      g_ptr_array_add (y->contracts, c);
      ok = parse_contract (ctx, o, c);
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_ledger (SbReadCtx *ctx, JsonObject *o, SbYear *y)
{
  gsize old = sb_read_path_push (ctx, "rd_ledger");

  y->has_rd_ledger = TRUE;
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    {
      if (!sb_read_get_money (ctx, o, sb_rd_category_keys[i], SB_MONEY_NON_NEGATIVE, &y->rd_ledger[i]))
        {
          sb_read_path_pop (ctx, old);
          return FALSE;
        }
      if (y->rd_ledger[i] == SB_UNSET)
        y->rd_ledger[i] = 0;
    }
  sb_read_path_pop (ctx, old);
  return TRUE;
}

static gboolean
parse_year (SbReadCtx *ctx, JsonObject *o, SbYear *y)
{
  static const char * const known[] = {
    "year", "income_total", "non_taxable_income", "taxable_income", "sales_revenue",
    "high_tech_revenue", "rd_expense", "rd_expense_domestic", "net_assets_end", "st_staff",
    "staff_months", "tase_revenue", "offshore_revenue", "rd_ledger", "contracts", NULL
  };
  static const struct { const char *key; gsize offset; SbMoneySign sign; } money[] = {
    { "income_total", G_STRUCT_OFFSET (SbYear, income_total), SB_MONEY_NON_NEGATIVE },
    { "non_taxable_income", G_STRUCT_OFFSET (SbYear, non_taxable_income), SB_MONEY_NON_NEGATIVE },
    { "taxable_income", G_STRUCT_OFFSET (SbYear, taxable_income), SB_MONEY_SIGNED },
    { "sales_revenue", G_STRUCT_OFFSET (SbYear, sales_revenue), SB_MONEY_NON_NEGATIVE },
    { "high_tech_revenue", G_STRUCT_OFFSET (SbYear, high_tech_revenue), SB_MONEY_NON_NEGATIVE },
    { "rd_expense", G_STRUCT_OFFSET (SbYear, rd_expense), SB_MONEY_NON_NEGATIVE },
    { "rd_expense_domestic", G_STRUCT_OFFSET (SbYear, rd_expense_domestic), SB_MONEY_NON_NEGATIVE },
    { "net_assets_end", G_STRUCT_OFFSET (SbYear, net_assets_end), SB_MONEY_SIGNED },
    { "tase_revenue", G_STRUCT_OFFSET (SbYear, tase_revenue), SB_MONEY_NON_NEGATIVE },
    { "offshore_revenue", G_STRUCT_OFFSET (SbYear, offshore_revenue), SB_MONEY_NON_NEGATIVE },
  };
  JsonArray *months, *contracts;
  JsonObject *ledger;

  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    if (!sb_read_get_money (ctx, o, money[i].key, money[i].sign,
                    G_STRUCT_MEMBER_P (y, money[i].offset)))
      return FALSE;
  if (!sb_read_get_count (ctx, o, "st_staff", &y->st_staff)
      || !sb_read_get_array (ctx, o, "staff_months", &months)
      || (months != NULL && !parse_months (ctx, months, y))
      || !sb_read_get_object (ctx, o, "rd_ledger", &ledger)
      || (ledger != NULL && !parse_ledger (ctx, ledger, y))
      || !sb_read_get_array (ctx, o, "contracts", &contracts)
      || (contracts != NULL && !parse_contracts (ctx, contracts, y)))
    return FALSE;
  if (!ctx->drafts && y->non_taxable_income != SB_UNSET && y->income_total != SB_UNSET
      && y->non_taxable_income > y->income_total)
    return sb_read_fail (ctx, "non_taxable_income", _("is larger than income_total"));
  sb_read_keep_unknown (o, known, &y->extra);
  return TRUE;
}

static gboolean
parse_years (SbReadCtx *ctx, JsonArray *a, SbDossier *d)
{
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = sb_read_element_object (ctx, a, i, "years");
      gint64 year;
      SbYear *y;
      gsize old;
      gboolean ok;

      if (o == NULL)
        return FALSE;
      old = sb_read_path_push (ctx, "years[%u]", i);
      if (!sb_read_get_int (ctx, o, "year", TRUE, &year))
        {
          sb_read_path_pop (ctx, old);
          return FALSE;
        }
      if (year < 1900 || year > 9999)
        {
          sb_read_fail (ctx, "year", _("must be a year between 1900 and 9999"));
          sb_read_path_pop (ctx, old);
          return FALSE;
        }
      if (sb_dossier_find_year (d, (int) year) != NULL)
        {
          sb_read_fail (ctx, "year", _("%d appears twice"), (int) year);
          sb_read_path_pop (ctx, old);
          return FALSE;
        }
      sb_read_path_pop (ctx, old);
      old = sb_read_path_push (ctx, "years[%u] (%d)", i, (int) year);
      y = sb_year_new ((int) year);
      g_ptr_array_add (d->years, y);
      ok = parse_year (ctx, o, y);
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_declarations (SbReadCtx *ctx, JsonObject *o, SbDeclarations *dc)
{
  static const char * const known[] = {
    "scope_advanced_tech", "clean_record_2y", "mofcom_registered", "no_serious_violation_5y",
    "no_other_fiscal_support", "no_major_incident", "owns_core_ip", "hnte_field", NULL
  };
  SbTri *fields[] = {
    &dc->scope_advanced_tech, &dc->clean_record_2y, &dc->mofcom_registered,
    &dc->no_serious_violation_5y, &dc->no_other_fiscal_support, &dc->no_major_incident,
    &dc->owns_core_ip,
  };
  gsize old = sb_read_path_push (ctx, "declarations");
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (fields); i++)
    ok = sb_read_get_tri (ctx, o, known[i], fields[i]);
  ok = ok && sb_read_get_string (ctx, o, "hnte_field", FALSE, &dc->hnte_field);
  if (ok)
    sb_read_keep_unknown (o, known, &dc->extra);
  sb_read_path_pop (ctx, old);
  return ok;
}

static gboolean
parse_tase (SbReadCtx *ctx, JsonObject *o, SbDossier *d)
{
  static const char * const known[] = { "mode", "apply_year", "profile", NULL };
  g_autofree char *mode = NULL;
  gsize old = sb_read_path_push (ctx, "tase");
  gint64 year;
  gboolean ok;

  d->tase = g_new0 (SbTaseClaim, 1);
  ok = sb_read_get_string (ctx, o, "mode", TRUE, &mode)
       && sb_read_get_int (ctx, o, "apply_year", TRUE, &year)
       && sb_read_get_string (ctx, o, "profile", TRUE, &d->tase->profile);
  if (ok)
    {
      if (g_str_equal (mode, "new"))
        d->tase->mode = SB_TASE_NEW;
      else if (g_str_equal (mode, "review"))
        d->tase->mode = SB_TASE_REVIEW;
      else
        ok = sb_read_fail (ctx, "mode", _("must be “new” or “review”, not “%s”"), mode);
    }
  if (ok && (year < 1900 || year > 9999))
    ok = sb_read_fail (ctx, "apply_year", _("must be a year between 1900 and 9999"));
  if (ok)
    {
      d->tase->apply_year = (int) year;
      sb_read_keep_unknown (o, known, &d->tase->extra);
    }
  sb_read_path_pop (ctx, old);
  return ok;
}

static gboolean
parse_annual (SbReadCtx *ctx, JsonObject *o, SbDossier *d)
{
  static const char * const known[] = { "year", "profile", NULL };
  gsize old = sb_read_path_push (ctx, "annual_report");
  gint64 year;
  gboolean ok;

  d->annual_report = g_new0 (SbAnnualClaim, 1);
  ok = sb_read_get_int (ctx, o, "year", TRUE, &year)
       && sb_read_get_string (ctx, o, "profile", TRUE, &d->annual_report->profile);
  if (ok && (year < 1900 || year > 9999))
    ok = sb_read_fail (ctx, "year", _("must be a year between 1900 and 9999"));
  if (ok)
    {
      d->annual_report->year = (int) year;
      sb_read_keep_unknown (o, known, &d->annual_report->extra);
    }
  sb_read_path_pop (ctx, old);
  return ok;
}

static gboolean
parse_hnte (SbReadCtx *ctx, JsonObject *o, SbDossier *d)
{
  static const char * const known[] = {
    "apply_date", "profile", "innovation_self_score", "conversion_results", NULL
  };
  gsize old = sb_read_path_push (ctx, "hnte");
  JsonObject *scores;
  SbHnteClaim *h;
  gboolean ok;

  h = d->hnte = g_new0 (SbHnteClaim, 1);
  h->score_ip = h->score_conversion = h->score_rd_management = SB_UNSET;
  ok = sb_read_get_date (ctx, o, "apply_date", &h->apply_date)
       && sb_read_get_string (ctx, o, "profile", TRUE, &h->profile)
       && sb_read_get_count (ctx, o, "conversion_results", &h->conversion_count)
       && sb_read_get_object (ctx, o, "innovation_self_score", &scores);
  if (ok && scores != NULL)
    {
      gsize old2 = sb_read_path_push (ctx, "innovation_self_score");

      ok = sb_read_get_count (ctx, scores, "ip", &h->score_ip)
           && sb_read_get_count (ctx, scores, "conversion", &h->score_conversion)
           && sb_read_get_count (ctx, scores, "rd_management", &h->score_rd_management);
      sb_read_path_pop (ctx, old2);
    }
  if (ok)
    sb_read_keep_unknown (o, known, &h->extra);
  sb_read_path_pop (ctx, old);
  return ok;
}

static SbDossier *read_dossier (JsonNode *root, GHashTable *known_categories, gboolean drafts,
                                GError **error);

SbDossier *
sb_dossier_from_json (JsonNode *root, GHashTable *known_categories, GError **error)
{
  return read_dossier (root, known_categories, FALSE, error);
}

SbDossier *
sb_dossier_from_json_with_drafts (JsonNode *root, GHashTable *known_categories, GError **error)
{
  return read_dossier (root, known_categories, TRUE, error);
}

static SbDossier *
read_dossier (JsonNode *root, GHashTable *known_categories, gboolean drafts, GError **error)
{
  static const char * const known[] = {
    "format", "version", "company", "years", "declarations", "tase", "annual_report",
    "hnte", "trade_fund", NULL
  };
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  SbReadCtx ctx = { path, known_categories, error, drafts };
  JsonObject *o, *company, *declarations, *tase, *annual, *hnte, *tf;
  JsonArray *years;
  JsonNode *n;
  gint64 version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                   _("not a Shenbao dossier: the file is not a JSON object"));
      return NULL;
    }
  o = json_node_get_object (root);
  n = sb_read_member (o, "format");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || !g_str_equal (json_node_get_string (n), DOSSIER_FORMAT))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                   _("format: not a Shenbao dossier (expected “%s”)"), DOSSIER_FORMAT);
      return NULL;
    }
  n = sb_read_member (o, "version");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
      || json_node_get_int (n) < 1)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                   _("version: must be a whole number ≥ 1"));
      return NULL;
    }
  version = json_node_get_int (n);
  if (version > DOSSIER_VERSION)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                   _("version: dossier version %" PRId64 " is newer than this program reads (%d)"),
                   version, DOSSIER_VERSION);
      return NULL;
    }

  d = sb_dossier_new ();
  d->version = (int) version;
  if (!sb_read_get_object (&ctx, o, "company", &company)
      || (company != NULL && !parse_company (&ctx, company, &d->company))
      || !sb_read_get_array (&ctx, o, "years", &years)
      || (years != NULL && !parse_years (&ctx, years, d))
      || !sb_read_get_object (&ctx, o, "declarations", &declarations)
      || (declarations != NULL && !parse_declarations (&ctx, declarations, &d->declarations))
      || !sb_read_get_object (&ctx, o, "tase", &tase)
      || (tase != NULL && !parse_tase (&ctx, tase, d))
      || !sb_read_get_object (&ctx, o, "annual_report", &annual)
      || (annual != NULL && !parse_annual (&ctx, annual, d))
      || !sb_read_get_object (&ctx, o, "hnte", &hnte)
      || (hnte != NULL && !parse_hnte (&ctx, hnte, d))
      || !sb_read_get_object (&ctx, o, "trade_fund", &tf)
      || (tf != NULL && !sb_read_trade_fund (&ctx, tf, d))
      || !sb_dossier_check_limits (d, error))
    return NULL;
  sb_read_keep_unknown (o, known, &d->extra);
  return g_steal_pointer (&d);
}

SbDossier *
sb_dossier_from_data (const char *data, gssize len, GHashTable *known_categories,
                      GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  /* the one strict reading path (sb-json-strict.h): nothing json-glib would
   * read wrongly or too deep reaches it */
  root = sb_json_strict_parse (data, len, &local_error);
  if (root == NULL)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                   _("not JSON: %s"), local_error->message);
      return NULL;
    }
  return sb_dossier_from_json (root, known_categories, error);
}

SbDossier *
sb_dossier_from_file (const char *path, GHashTable *known_categories, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  return sb_dossier_from_data (data, (gssize) len, known_categories, error);
}
