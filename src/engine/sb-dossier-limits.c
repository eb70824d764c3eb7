/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The realistic bounds of a dossier (docs/limits.md), checked with checked
 * arithmetic before any evaluator sums or multiplies a figure. */
#include "config.h"

#include "sb-dossier-limits.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-engine-error.h"

gboolean
sb_money_add_checked (gint64 *sum, gint64 value)
{
  gint64 r;

  if (__builtin_add_overflow (*sum, value, &r) || r > SB_MONEY_MAX_FEN || r < -SB_MONEY_MAX_FEN)
    return FALSE;
  *sum = r;
  return TRUE;
}

G_GNUC_PRINTF (3, 4) static gboolean
fail (GError **error, const char *where, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT, "%s: %s", where, what);
  return FALSE;
}

static gboolean
list_length (GError **error, const char *where, guint len, guint max)
{
  if (len > max)
    return fail (error, where, _("%u entries; at most %u are accepted"), len, max);
  return TRUE;
}

/* Adds @value (skipped when unset) to the list's sum @sum. */
static gboolean
add_amount (GError **error, const char *list, gint64 *sum, gint64 value)
{
  if (value == SB_UNSET)
    return TRUE;
  if (!sb_money_add_checked (sum, value))
    return fail (error, list, _("the amounts add up beyond ±9,000,000,000,000"));
  return TRUE;
}

static gboolean
headcount (GError **error, const char *where, const char *key, gint64 value, gint64 max)
{
  if (value != SB_UNSET && (value < 0 || value > max))
    {
      g_autofree char *at = g_strdup_printf ("%s.%s", where, key);

      return fail (error, at, _("%" PRId64 " is beyond the %" PRId64 " accepted"), value, max);
    }
  return TRUE;
}

static gboolean
check_year (const SbYear *y, guint index, GError **error)
{
  g_autofree char *where = g_strdup_printf ("years[%u] (%d)", index, y->year);

  if (!headcount (error, where, "st_staff", y->st_staff, SB_LIMIT_HEADCOUNT))
    return FALSE;
  if (y->staff_months != NULL)
    {
      /* one entry per month at most: 24 counts of at most 10⁷ people */
      if (!list_length (error, where, y->staff_months->len, 12))
        return FALSE;
      for (guint i = 0; i < y->staff_months->len; i++)
        {
          const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);
          g_autofree char *mw = g_strdup_printf ("%s.staff_months[%u] (month %d)", where, i,
                                                 m->month);

          if (!headcount (error, mw, "total_start", m->total_start, SB_LIMIT_HEADCOUNT)
              || !headcount (error, mw, "total_end", m->total_end, SB_LIMIT_HEADCOUNT)
              || !headcount (error, mw, "degree_start", m->degree_start, SB_LIMIT_HEADCOUNT)
              || !headcount (error, mw, "degree_end", m->degree_end, SB_LIMIT_HEADCOUNT)
              || !headcount (error, mw, "st_start", m->st_start, SB_LIMIT_HEADCOUNT)
              || !headcount (error, mw, "st_end", m->st_end, SB_LIMIT_HEADCOUNT))
            return FALSE;
        }
    }
  if (y->has_rd_ledger)
    {
      g_autofree char *lw = g_strconcat (where, ".rd_ledger", NULL);
      gint64 sum = 0;

      for (int i = 0; i < SB_RD_N_CATEGORIES; i++)
        if (!add_amount (error, lw, &sum, y->rd_ledger[i]))
          return FALSE;
    }
  if (y->contracts != NULL)
    {
      g_autofree char *cw = g_strconcat (where, ".contracts", NULL);
      gint64 amounts = 0, revenues = 0;

      if (!list_length (error, cw, y->contracts->len, SB_LIMIT_CONTRACTS))
        return FALSE;
      for (guint i = 0; i < y->contracts->len; i++)
        {
          const SbContract *c = g_ptr_array_index (y->contracts, i);

          if (!add_amount (error, cw, &amounts, c->amount)
              || !add_amount (error, cw, &revenues, c->revenue))
            return FALSE;
          if (c->registrations != NULL)
            {
              g_autofree char *rw = g_strdup_printf ("%s[%u] (%s).registrations", cw, i,
                                                     c->no != NULL ? c->no : "");
              gint64 registered[2] = { 0, 0 };

              if (!list_length (error, rw, c->registrations->len, SB_LIMIT_REGISTRATIONS))
                return FALSE;
              for (guint j = 0; j < c->registrations->len; j++)
                {
                  const SbRegistration *r = g_ptr_array_index (c->registrations, j);

                  if (!add_amount (error, rw, &registered[r->kind != SB_REGISTRATION_TECH],
                                   r->amount))
                    return FALSE;
                }
            }
        }
    }
  return TRUE;
}

static gboolean
check_trade_fund (const SbTradeFundClaim *tf, GError **error)
{
  if (tf->platforms != NULL)
    {
      gint64 all[3] = { 0, 0, 0 };

      if (!list_length (error, "trade_fund.platform", tf->platforms->len, SB_LIMIT_PLATFORMS))
        return FALSE;
      for (guint i = 0; i < tf->platforms->len; i++)
        {
          const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
          g_autofree char *pw = g_strdup_printf ("trade_fund.platform[%u]", i);
          g_autofree char *ew = g_strconcat (pw, ".expenses", NULL);
          g_autofree char *fw = g_strconcat (pw, ".firms", NULL);

          if (!headcount (error, pw, "firms_served", p->firms_served, SB_LIMIT_FIRMS))
            return FALSE;
          if (p->firms != NULL
              && !list_length (error, fw, p->firms->len, SB_LIMIT_FIRM_LINES))
            return FALSE;
          if (p->expenses == NULL)
            continue;
          if (!list_length (error, ew, p->expenses->len, SB_LIMIT_EXPENSES))
            return FALSE;
          for (guint j = 0; j < p->expenses->len; j++)
            {
              const SbExpense *e = g_ptr_array_index (p->expenses, j);

              /* summed over every project: the direction's base is one sum */
              if (!add_amount (error, ew, &all[0], e->contract)
                  || !add_amount (error, ew, &all[1], e->invoice)
                  || !add_amount (error, ew, &all[2], e->paid))
                return FALSE;
            }
        }
    }
  if (tf->certifications != NULL)
    {
      gint64 fees = 0;

      if (!list_length (error, "trade_fund.certifications", tf->certifications->len,
                        SB_LIMIT_CERT_LINES))
        return FALSE;
      for (guint i = 0; i < tf->certifications->len; i++)
        {
          const SbCertLine *l = g_ptr_array_index (tf->certifications, i);

          if (!add_amount (error, "trade_fund.certifications", &fees, l->fee))
            return FALSE;
        }
    }
  if (tf->certifications_chosen != NULL
      && !list_length (error, "trade_fund.certifications_chosen",
                       g_strv_length (tf->certifications_chosen), SB_LIMIT_CHOSEN))
    return FALSE;
  if (tf->tcm != NULL)
    {
      gint64 costs = 0;

      if (!add_amount (error, "trade_fund.tcm", &costs, tf->tcm->construction_cost)
          || !add_amount (error, "trade_fund.tcm", &costs, tf->tcm->om_cost)
          || !add_amount (error, "trade_fund.tcm", &costs, tf->tcm->marketing_cost))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_dossier_check_limits (const SbDossier *d, GError **error)
{
  g_return_val_if_fail (d != NULL, FALSE);

  if (d->years != NULL)
    {
      if (!list_length (error, "years", d->years->len, SB_LIMIT_YEARS))
        return FALSE;
      for (guint i = 0; i < d->years->len; i++)
        if (!check_year (g_ptr_array_index (d->years, i), i, error))
          return FALSE;
    }
  if (d->hnte != NULL
      && !headcount (error, "hnte", "conversion_results", d->hnte->conversion_count,
                     SB_LIMIT_HEADCOUNT))
    return FALSE;
  if (d->trade_fund != NULL && !check_trade_fund (d->trade_fund, error))
    return FALSE;
  return TRUE;
}
