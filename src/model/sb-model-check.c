/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dossier reader's checks, applied to a dossier built from the model:
 * a model holds what a form lets the user type, so its figures are checked
 * with the same messages before the engine sees them. */
#include "config.h"

#include "sb-model-private.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"

typedef struct
{
  GString    *path;
  GHashTable *known_categories;
  GError    **error;
} Ctx;

static gboolean G_GNUC_PRINTF (3, 4)
fail (Ctx *ctx, const char *key, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (ctx->path->len > 0)
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 "%s.%s: %s", ctx->path->str, key, what);
  else
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 "%s: %s", key, what);
  return FALSE;
}

static gsize path_push (Ctx *ctx, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gsize
path_push (Ctx *ctx, const char *format, ...)
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

/* Pops the path and passes @ok on. */
static gboolean
path_pop (Ctx *ctx, gsize old, gboolean ok)
{
  g_string_truncate (ctx->path, old);
  return ok;
}

static gboolean
money (Ctx *ctx, const char *key, gint64 fen, gboolean may_be_negative)
{
  if (fen == SB_UNSET)
    return TRUE;
  if (fen > SB_MONEY_MAX_FEN || fen < -SB_MONEY_MAX_FEN)
    return fail (ctx, key, _("is beyond ±9,000,000,000,000"));
  if (!may_be_negative && fen < 0)
    return fail (ctx, key, _("must not be negative"));
  return TRUE;
}

static gboolean
count (Ctx *ctx, const char *key, gint64 value)
{
  if (value != SB_UNSET && value < 0)
    return fail (ctx, key, _("must not be negative"));
  return TRUE;
}

static gboolean
year_number (Ctx *ctx, const char *key, int year)
{
  if (year < 1900 || year > 9999)
    return fail (ctx, key, _("must be a year between 1900 and 9999"));
  return TRUE;
}

static gboolean
required (Ctx *ctx, const char *key, const char *value)
{
  if (value == NULL)
    return fail (ctx, key, _("missing"));
  return TRUE;
}

static gboolean
check_month (Ctx *ctx, const SbStaffMonth *m)
{
  static const char * const keys[] = {
    "total_start", "total_end", "degree_start", "degree_end"
  };
  const gint64 values[] = { m->total_start, m->total_end, m->degree_start, m->degree_end };

  if (m->month < 1 || m->month > 12)
    return fail (ctx, "month", _("must be 1 to 12"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (values[i] == SB_UNSET)
        return fail (ctx, keys[i], _("missing (a month lists all four counts)"));
      if (!count (ctx, keys[i], values[i]))
        return FALSE;
    }
  if (!count (ctx, "st_start", m->st_start) || !count (ctx, "st_end", m->st_end))
    return FALSE;
  if ((m->st_start == SB_UNSET) != (m->st_end == SB_UNSET))
    return fail (ctx, m->st_start == SB_UNSET ? "st_start" : "st_end",
                 _("missing (S&T staff need both the start and the end count)"));
  if (m->degree_start > m->total_start)
    return fail (ctx, "degree_start", _("is larger than total_start"));
  if (m->degree_end > m->total_end)
    return fail (ctx, "degree_end", _("is larger than total_end"));
  return TRUE;
}

static gboolean
check_contract (Ctx *ctx, const SbContract *c)
{
  if (!money (ctx, "amount", c->amount, FALSE) || !money (ctx, "revenue", c->revenue, FALSE))
    return FALSE;
  if (c->category != NULL && ctx->known_categories != NULL
      && !g_hash_table_contains (ctx->known_categories, c->category))
    return fail (ctx, "category", _("unknown catalogue code “%s”"), c->category);
  return TRUE;
}

static gboolean
check_year (Ctx *ctx, const SbYear *y)
{
  static const struct { const char *key; gsize offset; gboolean signed_; } figures[] = {
    { "income_total", G_STRUCT_OFFSET (SbYear, income_total), FALSE },
    { "non_taxable_income", G_STRUCT_OFFSET (SbYear, non_taxable_income), FALSE },
    { "taxable_income", G_STRUCT_OFFSET (SbYear, taxable_income), TRUE },
    { "sales_revenue", G_STRUCT_OFFSET (SbYear, sales_revenue), FALSE },
    { "high_tech_revenue", G_STRUCT_OFFSET (SbYear, high_tech_revenue), FALSE },
    { "rd_expense", G_STRUCT_OFFSET (SbYear, rd_expense), FALSE },
    { "rd_expense_domestic", G_STRUCT_OFFSET (SbYear, rd_expense_domestic), FALSE },
    { "net_assets_end", G_STRUCT_OFFSET (SbYear, net_assets_end), TRUE },
    { "tase_revenue", G_STRUCT_OFFSET (SbYear, tase_revenue), FALSE },
    { "offshore_revenue", G_STRUCT_OFFSET (SbYear, offshore_revenue), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (!money (ctx, figures[i].key, G_STRUCT_MEMBER (gint64, y, figures[i].offset),
                figures[i].signed_))
      return FALSE;
  if (!count (ctx, "st_staff", y->st_staff))
    return FALSE;

  for (guint i = 0; y->staff_months != NULL && i < y->staff_months->len; i++)
    {
      const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);
      gsize old = path_push (ctx, "staff_months[%u] (month %d)", i, m->month);
      gboolean ok = check_month (ctx, m);

      for (guint j = 0; ok && j < i; j++)
        if (g_array_index (y->staff_months, SbStaffMonth, j).month == m->month)
          ok = fail (ctx, "month", _("appears twice"));
      if (!path_pop (ctx, old, ok))
        return FALSE;
    }

  if (y->has_rd_ledger)
    {
      gsize old = path_push (ctx, "rd_ledger");

      for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
        if (!path_pop (ctx, ctx->path->len,
                       money (ctx, sb_rd_category_keys[i], y->rd_ledger[i], FALSE)))
          return path_pop (ctx, old, FALSE);
      path_pop (ctx, old, TRUE);
    }

  for (guint i = 0; y->contracts != NULL && i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      gsize old = c->no != NULL ? path_push (ctx, "contracts[%u] (%s)", i, c->no)
                                : path_push (ctx, "contracts[%u]", i);

      if (!path_pop (ctx, old, check_contract (ctx, c)))
        return FALSE;
    }

  if (y->non_taxable_income != SB_UNSET && y->income_total != SB_UNSET
      && y->non_taxable_income > y->income_total)
    return fail (ctx, "non_taxable_income", _("is larger than income_total"));
  return TRUE;
}

static gboolean
check_platform (Ctx *ctx, const SbPlatform *p)
{
  if (!count (ctx, "firms_served", p->firms_served))
    return FALSE;
  for (guint i = 0; i < p->expenses->len; i++)
    {
      const SbExpense *e = g_ptr_array_index (p->expenses, i);
      gsize old = path_push (ctx, "expenses[%u]", i);
      gboolean ok = money (ctx, "contract", e->contract, FALSE)
                    && money (ctx, "invoice", e->invoice, FALSE)
                    && money (ctx, "paid", e->paid, FALSE);

      if (!path_pop (ctx, old, ok))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_trade_fund (Ctx *ctx, const SbTradeFundClaim *tf)
{
  if (!required (ctx, "profile", tf->profile)
      || !money (ctx, "offshore_execution_usd", tf->offshore_execution_usd, FALSE))
    return FALSE;

  if (tf->platforms != NULL && tf->platforms->len > 2)
    return fail (ctx, "platform", _("lists more than two projects"));
  for (guint i = 0; tf->platforms != NULL && i < tf->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
      gsize old = tf->platform_is_list || tf->platforms->len != 1
                  ? path_push (ctx, "platform[%u]", i) : path_push (ctx, "platform");
      gboolean ok = TRUE;

      for (guint j = 0; ok && j < i; j++)
        if (((const SbPlatform *) g_ptr_array_index (tf->platforms, j))->kind == p->kind)
          ok = fail (ctx, "kind", _("a unit has at most one “%s” project"),
                     p->kind == SB_PLATFORM_CONSTRUCTION ? "construction" : "om");
      ok = ok && check_platform (ctx, p);
      if (!path_pop (ctx, old, ok))
        return FALSE;
    }

  for (guint i = 0; tf->certifications != NULL && i < tf->certifications->len; i++)
    {
      const SbCertLine *c = g_ptr_array_index (tf->certifications, i);
      gsize old = path_push (ctx, "certifications[%u]", i);
      g_autofree char *name = g_strstrip (g_strdup (c->name != NULL ? c->name : ""));
      gboolean ok;

      if (c->name == NULL)
        ok = fail (ctx, "name", _("missing"));
      else if (*name == '\0')
        ok = fail (ctx, "name", _("must not be empty"));
      else
        ok = money (ctx, "fee", c->fee, FALSE);
      if (!path_pop (ctx, old, ok))
        return FALSE;
    }

  if (tf->interest != NULL)
    {
      gsize old = path_push (ctx, "interest");
      gboolean ok = money (ctx, "receipts_usd", tf->interest->receipts_usd, FALSE);

      if (ok && tf->interest->usd_cny.den != 0
          && (tf->interest->usd_cny.num <= 0 || tf->interest->usd_cny.den < 0))
        ok = fail (ctx, "usd_cny", _("must be a positive rate"));
      if (!path_pop (ctx, old, ok))
        return FALSE;
    }

  if (tf->tcm != NULL)
    {
      gsize old = path_push (ctx, "tcm");
      gboolean ok = money (ctx, "construction_cost", tf->tcm->construction_cost, FALSE)
                    && money (ctx, "om_cost", tf->tcm->om_cost, FALSE)
                    && money (ctx, "marketing_cost", tf->tcm->marketing_cost, FALSE);

      if (!path_pop (ctx, old, ok))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_model_check_dossier (const SbDossier  *d,
                        GHashTable       *known_categories,
                        GError          **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  Ctx ctx = { path, known_categories, error };
  gsize old;

  for (guint i = 0; i < d->years->len; i++)
    {
      const SbYear *y = g_ptr_array_index (d->years, i);
      gboolean ok;

      old = path_push (&ctx, "years[%u]", i);
      ok = year_number (&ctx, "year", y->year);
      for (guint j = 0; ok && j < i; j++)
        if (((const SbYear *) g_ptr_array_index (d->years, j))->year == y->year)
          ok = fail (&ctx, "year", _("%d appears twice"), y->year);
      path_pop (&ctx, old, ok);
      if (!ok)
        return FALSE;
      old = path_push (&ctx, "years[%u] (%d)", i, y->year);
      if (!path_pop (&ctx, old, check_year (&ctx, y)))
        return FALSE;
    }

  if (d->tase != NULL)
    {
      old = path_push (&ctx, "tase");
      if (!path_pop (&ctx, old, year_number (&ctx, "apply_year", d->tase->apply_year)
                                && required (&ctx, "profile", d->tase->profile)))
        return FALSE;
    }
  if (d->annual_report != NULL)
    {
      old = path_push (&ctx, "annual_report");
      if (!path_pop (&ctx, old, year_number (&ctx, "year", d->annual_report->year)
                                && required (&ctx, "profile", d->annual_report->profile)))
        return FALSE;
    }
  if (d->hnte != NULL)
    {
      old = path_push (&ctx, "hnte");
      if (!path_pop (&ctx, old, required (&ctx, "profile", d->hnte->profile)
                                && count (&ctx, "conversion_results", d->hnte->conversion_count)
                                && count (&ctx, "innovation_self_score.ip", d->hnte->score_ip)
                                && count (&ctx, "innovation_self_score.conversion",
                                          d->hnte->score_conversion)
                                && count (&ctx, "innovation_self_score.rd_management",
                                          d->hnte->score_rd_management)))
        return FALSE;
    }
  if (d->trade_fund != NULL)
    {
      old = path_push (&ctx, "trade_fund");
      if (!path_pop (&ctx, old, check_trade_fund (&ctx, d->trade_fund)))
        return FALSE;
    }
  return TRUE;
}
