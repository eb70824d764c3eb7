/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-platform.c: the directions paid by parts, platform and TCM base (RULES.md §3). */
#include "config.h"

#include <inttypes.h>

#include "sb-tradefund-private.h"
#include "sb-dossier-limits.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"

static const char * const part_names[] = { "construction", "om" };

static SbPlatformResult *
part_new (SbPlatformKind kind, const char *part, SbRatio rate, gint64 cap)
{
  SbPlatformResult *p = g_new0 (SbPlatformResult, 1);

  p->kind = kind;
  p->part = part;
  p->rate = rate;
  p->cap = cap;
  p->base = SB_UNSET;
  p->checks = sb_checks_new ();
  return p;
}

static void
part_free (SbPlatformResult *p)
{
  g_clear_pointer (&p->checks, g_ptr_array_unref);
  g_free (p);
}

static char *
date_text (SbDate date)
{
  return sb_date_format (date);
}

static SbCheck *
add_window_check (GPtrArray *checks, const char *id, SbDate date, SbPeriod window)
{
  g_autofree char *start = date_text (window.start);
  g_autofree char *end = date_text (window.end);
  SbCheck *c;

  if (date == SB_DATE_UNSET)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      sb_check_set_note (c, _("Enter the date the platform was completed (%s … %s)."),
                         start, end);
    }
  else if (sb_period_contains (window, date))
    c = sb_check_add (checks, id, 0, SB_STATUS_PASS);
  else
    {
      g_autofree char *when = date_text (date);

      c = sb_check_add (checks, id, 0, SB_STATUS_FAIL);
      sb_check_set_note (c, _("Completed on %s, outside %s … %s."), when, start, end);
    }
  return c;
}

/* ---------------------------------------------------------------- platform */

static gint64
platform_base (SbTradeFundReport *report, const SbPlatform *p, const SbTradeFundRules *rules)
{
  gint64 base = 0;

  for (guint i = 0; i < p->expenses->len; i++)
    {
      const SbExpense *e = g_ptr_array_index (p->expenses, i);
      const char *item = e->item ? e->item : "";
      gint64 amount;

      if (e->invoice_date == SB_DATE_UNSET)
        {
          sb_tradefund_warn (report,
                             _("Platform expense %u (%s) has no invoice date: not counted."),
                             i + 1, item);
          continue;
        }
      if (!sb_period_contains (rules->period, e->invoice_date))
        {
          g_autofree char *when = date_text (e->invoice_date);
          sb_tradefund_warn (report, _("Platform expense %u (%s) was invoiced on %s, outside the "
                                       "support period: not counted."), i + 1, item, when);
          continue;
        }
      switch (rules->line_amount)
        {
        case SB_TRADEFUND_LINE_INVOICE:
          amount = e->invoice;
          break;
        case SB_TRADEFUND_LINE_PAID:
          amount = e->paid;
          break;
        case SB_TRADEFUND_LINE_MIN_INVOICE_PAID:
        default:
          amount = (e->invoice == SB_UNSET || e->paid == SB_UNSET)
                   ? SB_UNSET : MIN (e->invoice, e->paid);
          break;
        }
      if (amount == SB_UNSET)
        {
          sb_tradefund_warn (report, _("Platform expense %u (%s) lacks its invoiced or paid "
                                       "amount: counted as 0."), i + 1, item);
          continue;
        }
      /* sb_dossier_check_limits bounds the list's sum; checked all the same */
      if (!sb_money_add_checked (&base, amount))
        return SB_UNSET;
    }
  return base;
}

gboolean
sb_tradefund_evaluate_platform (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                                const SbTradeFundRules *rules, GError **error)
{
  gboolean seen[2] = { FALSE, FALSE };
  SbDirectionResult *dir;
  gint64 sum = 0;

  for (guint i = 0; i < claim->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (claim->platforms, i);

      if ((guint) p->kind > SB_PLATFORM_OM)
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.platform: unknown project kind"));
          return FALSE;
        }
      if (seen[p->kind])
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.platform: two “%s” projects; a unit may claim one "
                         "construction and one O&M project"), part_names[p->kind]);
          return FALSE;
        }
      seen[p->kind] = TRUE;
    }

  dir = report->platform = sb_tradefund_direction_new ();
  dir->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  dir->base = 0;

  for (guint i = 0; i < claim->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (claim->platforms, i);
      gboolean construction = p->kind == SB_PLATFORM_CONSTRUCTION;
      SbPlatformResult *part = part_new (p->kind, part_names[p->kind],
                                         construction ? rules->construction_rate : rules->om_rate,
                                         construction ? rules->construction_cap : rules->om_cap);
      gint64 firms_min = construction ? rules->firms_min_new : rules->firms_min_built;
      const char *firms_id = construction ? "tradefund.platform.construction.firms_served"
                                          : "tradefund.platform.om.firms_served";
      gint64 firms = sb_platform_firms_count (p);
      SbCheck *c;

      g_ptr_array_add (dir->parts, part);
      if (p->firms_served != SB_UNSET && p->firms != NULL
          && p->firms_served != (gint64) p->firms->len)
        g_ptr_array_add (report->warnings,
                         g_strdup_printf (construction
                                          ? _("Platform construction project: %" PRId64 " firms "
                                              "served are entered but the list of firms served "
                                              "names %u; the number entered is counted.")
                                          : _("Platform O&M project: %" PRId64 " firms served are "
                                              "entered but the list of firms served names %u; "
                                              "the number entered is counted."),
                                          p->firms_served, p->firms->len));
      add_window_check (part->checks,
                        construction ? "tradefund.platform.construction.built_on"
                                     : "tradefund.platform.om.built_on",
                        p->built_on,
                        construction ? rules->construction_window : rules->om_build_window);

      if (firms == SB_UNSET)
        {
          c = sb_check_add (part->checks, firms_id, 0, SB_STATUS_MISSING);
          sb_check_set_note (c, _("Enter the number of firms served in the support period "
                                  "(at least %" PRId64 ")."), firms_min);
        }
      else if (firms >= firms_min)
        sb_check_add (part->checks, firms_id, 0, SB_STATUS_PASS);
      else
        {
          c = sb_check_add (part->checks, firms_id, 0, SB_STATUS_FAIL);
          c->shortfall_unit = SB_UNIT_COUNT;   /* firms served */
          c->shortfall = firms_min - firms;
          sb_check_set_note (c, _("%" PRId64 " firms served; at least %"
                                  PRId64 " are needed."),
                             firms, firms_min);
        }

      part->base = platform_base (report, p, rules);
      if (part->base == SB_UNSET || !sb_money_add_checked (&dir->base, part->base))
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.platform.expenses: the amounts add up beyond "
                         "±9,000,000,000,000"));
          return FALSE;
        }
      part->eligible = report->common_ok && sb_checks_all_pass (part->checks);
      part->subsidy = part->eligible
                      ? sb_tradefund_capped (sb_money_mul_ratio_floor (part->base, part->rate),
                                             part->cap)
                      : 0;
      if (part->eligible)
        {
          if (!sb_money_add_checked (&sum, part->subsidy))
            {
              g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("trade_fund.platform.expenses: the amounts add up beyond "
                             "±9,000,000,000,000"));
              return FALSE;
            }
          dir->eligible = TRUE;
        }
    }

  dir->subsidy = dir->eligible ? sb_tradefund_capped (sum, rules->platform_unit_cap) : 0;
  if (dir->eligible && sum > rules->platform_unit_cap)
    {
      g_autofree char *total = sb_money_format (sum);
      g_autofree char *cap = sb_money_format (rules->platform_unit_cap);
      dir->note = g_strdup_printf (_("The projects' subsidies add up to %s 元; a unit receives "
                                     "at most %s 元."), total, cap);
    }
  return TRUE;
}

/* ---------------------------------------------------------------- TCM */

void
sb_tradefund_evaluate_tcm (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                           const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->tcm = sb_tradefund_direction_new ();
  const SbTcm *tcm = claim->tcm;
  gint64 sum = 0;
  SbCheck *c;

  sb_tradefund_add_declaration (dir->checks, "tradefund.tcm.recognised_base",
                                tcm->recognised_base,
                                _("Only bases recognised by MOFCOM as TCM service export bases "
                                  "may apply."));
  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  dir->base = 0;

  if (tcm->construction_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_CONSTRUCTION, "construction",
                                         rules->tcm_construction_rate, SB_UNSET);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->construction_cost;
      add_window_check (part->checks, "tradefund.tcm.construction.built_on", tcm->built_on,
                        rules->tcm_construction_window);
      sb_tradefund_add_declaration (part->checks, "tradefund.tcm.construction.first_application",
                                    tcm->first_application,
                                    _("Construction is supported only on the first "
                                      "application."));
    }
  if (tcm->om_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_OM, "om", rules->tcm_om_rate, SB_UNSET);
      g_autofree char *by = date_text (rules->tcm_om_built_by);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->om_cost;
      if (tcm->built_on == SB_DATE_UNSET)
        {
          c = sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_MISSING);
          sb_check_set_note (c, _("Enter the date the platform was completed (on or before "
                                  "%s)."), by);
        }
      else if (tcm->built_on <= rules->tcm_om_built_by)
        sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_PASS);
      else
        {
          g_autofree char *when = date_text (tcm->built_on);

          c = sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_FAIL);
          sb_check_set_note (c, _("Completed on %s; O&M is supported only for a platform "
                                  "completed on or before %s."), when, by);
        }
    }
  if (tcm->marketing_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_OM, "marketing",
                                         rules->tcm_marketing_rate, SB_UNSET);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->marketing_cost;
    }

  for (guint i = 0; i < dir->parts->len; i++)
    {
      SbPlatformResult *part = g_ptr_array_index (dir->parts, i);

      dir->base += part->base;
      part->eligible = dir->eligible && sb_checks_all_pass (part->checks);
      part->subsidy = part->eligible ? sb_money_mul_ratio_floor (part->base, part->rate) : 0;
      sum += part->subsidy;
    }
  dir->subsidy = dir->eligible ? sb_tradefund_capped (sum, rules->tcm_cap) : 0;
  if (dir->eligible && sum > rules->tcm_cap)
    {
      g_autofree char *total = sb_money_format (sum);
      g_autofree char *cap = sb_money_format (rules->tcm_cap);
      dir->note = g_strdup_printf (_("The parts add up to %s 元; a base receives at most %s 元."),
                                   total, cap);
    }
}
