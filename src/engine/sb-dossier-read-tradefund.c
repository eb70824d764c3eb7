/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a dossier's "trade_fund" claim: platforms, expenses,
 * certifications, brand, interest and TCM. */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sb-dossier-read-private.h"

static gboolean
parse_expense (SbReadCtx *ctx, JsonObject *o, SbExpense *e)
{
  static const char * const known[] = {
    "item", "contract", "invoice", "paid", "invoice_no", "invoice_date", NULL
  };

  if (!sb_read_get_string (ctx, o, "item", FALSE, &e->item)
      || !sb_read_get_money (ctx, o, "contract", SB_MONEY_NON_NEGATIVE, &e->contract)
      || !sb_read_get_money (ctx, o, "invoice", SB_MONEY_NON_NEGATIVE, &e->invoice)
      || !sb_read_get_money (ctx, o, "paid", SB_MONEY_NON_NEGATIVE, &e->paid)
      || !sb_read_get_string (ctx, o, "invoice_no", FALSE, &e->invoice_no)
      || !sb_read_get_date (ctx, o, "invoice_date", &e->invoice_date))
    return FALSE;
  sb_read_keep_unknown (o, known, &e->extra);
  return TRUE;
}

/* "YYYY-MM", a month of a real year. */
static gboolean
parse_month_of_year (SbReadCtx *ctx, JsonObject *o, const char *key, int *year, int *month)
{
  g_autofree char *text = NULL;
  unsigned y = 0, m = 0;
  int end = 0;

  *year = *month = 0;
  if (!sb_read_get_string (ctx, o, key, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (strlen (text) != 7 || text[4] != '-' || !g_ascii_isdigit (text[0])
      || sscanf (text, "%4u-%2u%n", &y, &m, &end) != 2 || end != 7
      || y < 1900 || y > 9999 || m < 1 || m > 12)
    return sb_read_fail (ctx, key, _("must be a month written YYYY-MM"));
  *year = (int) y;
  *month = (int) m;
  return TRUE;
}

static gboolean
parse_firms (SbReadCtx *ctx, JsonArray *a, SbPlatform *p)
{
  static const char * const known[] = { "name", "credit_code", "service", NULL };

  p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = sb_read_element_object (ctx, a, i, "firms");
      SbFirm *f;
      gsize old;
      gboolean ok;

      if (o == NULL)
        return FALSE;
      old = sb_read_path_push (ctx, "firms[%u]", i);
      f = sb_firm_new ();
      g_ptr_array_add (p->firms, f);
      ok = sb_read_get_string (ctx, o, "name", FALSE, &f->name)
           && sb_read_get_string (ctx, o, "credit_code", FALSE, &f->credit_code)
           && sb_read_get_string (ctx, o, "service", FALSE, &f->service);
      if (ok)
        sb_read_keep_unknown (o, known, &f->extra);
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_platform (SbReadCtx *ctx, JsonObject *o, SbTradeFundClaim *tf)
{
  static const char * const known[] = {
    "kind", "built_on", "firms_served", "expenses", "name", "services", "first_service",
    "firms", NULL
  };
  g_autofree char *kind = NULL;
  SbPlatform *p;
  JsonArray *expenses, *firms;

  if (!sb_read_get_string (ctx, o, "kind", TRUE, &kind))
    return FALSE;
  if (g_str_equal (kind, "construction"))
    p = sb_platform_new (SB_PLATFORM_CONSTRUCTION);
  else if (g_str_equal (kind, "om"))
    p = sb_platform_new (SB_PLATFORM_OM);
  else
    return sb_read_fail (ctx, "kind", _("must be “construction” or “om”, not “%s”"), kind);
  for (guint i = 0; i < tf->platforms->len; i++)
    if (((SbPlatform *) g_ptr_array_index (tf->platforms, i))->kind == p->kind)
      {
        sb_platform_free (p);
        return sb_read_fail (ctx, "kind", _("a unit has at most one “%s” project"), kind);
      }
  g_ptr_array_add (tf->platforms, p);
  if (!sb_read_get_date (ctx, o, "built_on", &p->built_on)
      || !sb_read_get_count (ctx, o, "firms_served", &p->firms_served)
      || !sb_read_get_array (ctx, o, "expenses", &expenses)
      || !sb_read_get_string (ctx, o, "name", FALSE, &p->name)
      || !sb_read_get_string (ctx, o, "services", FALSE, &p->services)
      || !parse_month_of_year (ctx, o, "first_service", &p->first_service_year,
                               &p->first_service_month)
      || !sb_read_get_array (ctx, o, "firms", &firms)
      || (firms != NULL && !parse_firms (ctx, firms, p)))
    return FALSE;
  for (guint i = 0; expenses != NULL && i < json_array_get_length (expenses); i++)
    {
      JsonObject *eo = sb_read_element_object (ctx, expenses, i, "expenses");
      SbExpense *e;
      gsize old;
      gboolean ok;

      if (eo == NULL)
        return FALSE;
      old = sb_read_path_push (ctx, "expenses[%u]", i);
      e = sb_expense_new ();
      g_ptr_array_add (p->expenses, e);
      ok = parse_expense (ctx, eo, e);
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
    }
  sb_read_keep_unknown (o, known, &p->extra);
  return TRUE;
}

static gboolean
parse_certifications (SbReadCtx *ctx, JsonArray *a, SbTradeFundClaim *tf)
{
  static const char * const known[] = { "name", "kind", "date", "fee", "certified_on", NULL };

  tf->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = sb_read_element_object (ctx, a, i, "certifications");
      SbCertLine *c;
      gsize old;
      gboolean ok;

      if (o == NULL)
        return FALSE;
      old = sb_read_path_push (ctx, "certifications[%u]", i);
      c = sb_cert_line_new ();
      g_ptr_array_add (tf->certifications, c);
      ok = sb_read_get_string (ctx, o, "name", !ctx->drafts, &c->name)
           && sb_read_get_string (ctx, o, "kind", FALSE, &c->kind)
           && sb_read_get_date (ctx, o, "date", &c->date)
           && sb_read_get_money (ctx, o, "fee", SB_MONEY_NON_NEGATIVE, &c->fee)
           && sb_read_get_date (ctx, o, "certified_on", &c->certified_on);
      if (ok && c->name != NULL && *g_strstrip (c->name) == '\0' && !ctx->drafts)
        ok = sb_read_fail (ctx, "name", _("must not be empty"));
      if (ok)
        sb_read_keep_unknown (o, known, &c->extra);
      sb_read_path_pop (ctx, old);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_rate (SbReadCtx *ctx, JsonObject *o, const char *key, SbRatio *out)
{
  JsonNode *n = sb_read_member (o, key);
  gint64 num, scale;

  *out = sb_ratio (0, 0);
  if (n == NULL)
    return TRUE;
  if (!sb_read_is_number (n))
    return sb_read_fail (ctx, key, _("must be a number"));
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    {
      num = json_node_get_int (n);
      scale = 1;
    }
  else if (!(fabs (json_node_get_double (n)) <= 1e12))
    return sb_read_fail (ctx, key, _("must be a positive rate"));
  else if (!sb_decimal_from_double (json_node_get_double (n), 6, &num, &scale))
    return sb_read_fail (ctx, key, _("has more than six decimals"));
  if (num <= 0 || num > G_GINT64_CONSTANT (1000000000000))
    return sb_read_fail (ctx, key, _("must be a positive rate"));
  *out = sb_ratio (num, scale);
  return TRUE;
}

gboolean
sb_read_trade_fund (SbReadCtx *ctx, JsonObject *o, SbDossier *d)
{
  static const char * const known[] = {
    "profile", "offshore_execution_usd", "platform", "certifications",
    "certifications_chosen", "brand", "interest", "tcm", NULL
  };
  gsize old = sb_read_path_push (ctx, "trade_fund");
  SbTradeFundClaim *tf;
  JsonNode *pn;
  JsonArray *certs, *chosen;
  JsonObject *brand, *interest, *tcm;
  gboolean ok;

  tf = d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  ok = sb_read_get_string (ctx, o, "profile", TRUE, &tf->profile)
       && sb_read_get_money (ctx, o, "offshore_execution_usd", SB_MONEY_NON_NEGATIVE,
                     &tf->offshore_execution_usd);

  pn = sb_read_member (o, "platform");
  if (ok && pn != NULL)
    {
      tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
      if (JSON_NODE_HOLDS_OBJECT (pn))
        {
          gsize old2 = sb_read_path_push (ctx, "platform");
          ok = parse_platform (ctx, json_node_get_object (pn), tf);
          sb_read_path_pop (ctx, old2);
        }
      else if (JSON_NODE_HOLDS_ARRAY (pn))
        {
          JsonArray *a = json_node_get_array (pn);

          tf->platform_is_list = TRUE;
          if (json_array_get_length (a) > 2)
            ok = sb_read_fail (ctx, "platform", _("lists more than two projects"));
          for (guint i = 0; ok && i < json_array_get_length (a); i++)
            {
              JsonObject *po = sb_read_element_object (ctx, a, i, "platform");
              gsize old2;

              if (po == NULL)
                {
                  ok = FALSE;
                  break;
                }
              old2 = sb_read_path_push (ctx, "platform[%u]", i);
              ok = parse_platform (ctx, po, tf);
              sb_read_path_pop (ctx, old2);
            }
        }
      else
        ok = sb_read_fail (ctx, "platform", _("must be an object or a list of two"));
    }

  ok = ok && sb_read_get_array (ctx, o, "certifications", &certs)
       && (certs == NULL || parse_certifications (ctx, certs, tf))
       && sb_read_get_array (ctx, o, "certifications_chosen", &chosen);
  if (ok && chosen != NULL)
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

      for (guint i = 0; ok && i < json_array_get_length (chosen); i++)
        {
          JsonNode *e = json_array_get_element (chosen, i);
          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
            ok = sb_read_fail (ctx, "certifications_chosen", _("must be a list of names"));
          else
            g_strv_builder_add (b, json_node_get_string (e));
        }
      tf->certifications_chosen = g_strv_builder_end (b);
    }

  ok = ok && sb_read_get_object (ctx, o, "brand", &brand);
  if (ok && brand != NULL)
    {
      static const char * const bknown[] = { "title", "accepted", NULL };
      gsize old2 = sb_read_path_push (ctx, "brand");

      tf->brand = g_new0 (SbBrand, 1);
      ok = sb_read_get_string (ctx, brand, "title", FALSE, &tf->brand->title)
           && sb_read_get_tri (ctx, brand, "accepted", &tf->brand->accepted);
      if (ok)
        sb_read_keep_unknown (brand, bknown, &tf->brand->extra);
      sb_read_path_pop (ctx, old2);
    }

  ok = ok && sb_read_get_object (ctx, o, "interest", &interest);
  if (ok && interest != NULL)
    {
      static const char * const iknown[] = { "receipts_usd", "usd_cny", NULL };
      gsize old2 = sb_read_path_push (ctx, "interest");

      tf->interest = g_new0 (SbInterest, 1);
      ok = sb_read_get_money (ctx, interest, "receipts_usd", SB_MONEY_NON_NEGATIVE,
                      &tf->interest->receipts_usd)
           && parse_rate (ctx, interest, "usd_cny", &tf->interest->usd_cny);
      if (ok)
        sb_read_keep_unknown (interest, iknown, &tf->interest->extra);
      sb_read_path_pop (ctx, old2);
    }

  ok = ok && sb_read_get_object (ctx, o, "tcm", &tcm);
  if (ok && tcm != NULL)
    {
      static const char * const tknown[] = {
        "recognised_base", "built_on", "first_application", "construction_cost", "om_cost",
        "marketing_cost", NULL
      };
      gsize old2 = sb_read_path_push (ctx, "tcm");
      SbTcm *t = tf->tcm = g_new0 (SbTcm, 1);

      ok = sb_read_get_tri (ctx, tcm, "recognised_base", &t->recognised_base)
           && sb_read_get_date (ctx, tcm, "built_on", &t->built_on)
           && sb_read_get_tri (ctx, tcm, "first_application", &t->first_application)
           && sb_read_get_money (ctx, tcm, "construction_cost", SB_MONEY_NON_NEGATIVE, &t->construction_cost)
           && sb_read_get_money (ctx, tcm, "om_cost", SB_MONEY_NON_NEGATIVE, &t->om_cost)
           && sb_read_get_money (ctx, tcm, "marketing_cost", SB_MONEY_NON_NEGATIVE, &t->marketing_cost);
      if (ok)
        sb_read_keep_unknown (tcm, tknown, &t->extra);
      sb_read_path_pop (ctx, old2);
    }

  if (ok)
    sb_read_keep_unknown (o, known, &tf->extra);
  sb_read_path_pop (ctx, old);
  return ok;
}
