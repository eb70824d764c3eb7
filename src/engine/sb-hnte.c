/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte.c: evaluating High-New-Tech Enterprise recognition, Zhejiang guide (RULES.md §4). */
#include "config.h"

#include "sb-hnte.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"

/* ------------------------------------------------------------------ */
/* Evaluation                                                           */
/* ------------------------------------------------------------------ */

typedef struct
{
  const SbDossier   *d;
  const SbHnteRules *rules;
  SbHnteReport      *report;
  int                apply_year;
  int                reg_year;     /* 0: registration unknown */
} Ctx;

static gboolean
operated (const Ctx *c, int year)
{
  return c->reg_year == 0 || year >= c->reg_year;
}

/* The fiscal years before applying that the company operated: the years
 * "实际经营" when fewer than three (RULES.md §4.1). */
static int
operated_fiscal_years (const Ctx *c)
{
  int n = 0;

  for (int year = c->apply_year - c->rules->fiscal_years; year < c->apply_year; year++)
    if (operated (c, year))
      n++;
  return n;
}

static void
check_declaration (GPtrArray *checks, const char *id, SbTri value)
{
  sb_check_add_tri (checks, id, value, SB_STATUS_DECLARED, NULL,
                    _("The declaration has not been given."));
}

static void
check_region (Ctx *c)
{
  const char *region = c->d->company.region;
  SbCheck *check = sb_check_add_region (c->report->checks, "hnte.region",
                                        (const char * const *) c->rules->regions, region);

  if (check->status == SB_STATUS_MISSING)
    sb_check_set_note (check, "%s", _("The company's region has not been entered."));
  if (check->status != SB_STATUS_FAIL)
    return;
  if (g_strcmp0 (region, "ningbo") == 0)
    sb_check_set_note (check, "%s",
                       _("Ningbo companies apply to Ningbo's own recognition office, not under this guide."));
  else
    sb_check_set_note (check, _("Region “%s” is outside this profile's area."), region);
}

static void
check_age (Ctx *c, SbDate apply)
{
  SbDate reg = c->d->company.registered_on;
  SbCheck *check = sb_check_add (c->report->checks, "hnte.age", 0, SB_STATUS_MISSING);
  gint64 days;

  if (reg == SB_DATE_UNSET)
    {
      sb_check_set_note (check, "%s", _("The registration date has not been entered."));
      return;
    }
  days = (gint64) apply - (gint64) reg;
  if (days >= c->rules->min_age_days)
    {
      check->status = SB_STATUS_PASS;
      return;
    }
  check->status = SB_STATUS_FAIL;
  check->shortfall_unit = SB_UNIT_DAYS;
  check->shortfall = c->rules->min_age_days - days;
  sb_check_set_note (check, _("Registered %lld days before applying; at least %lld are needed."),
                     (long long) days, (long long) c->rules->min_age_days);
}

static void
check_field (Ctx *c)
{
  const char *field = c->d->declarations.hnte_field;
  SbCheck *check = sb_check_add (c->report->checks, "hnte.field", 0, SB_STATUS_MISSING);
  g_autofree char *trimmed = NULL;

  if (field == NULL || *(trimmed = g_strstrip (g_strdup (field))) == '\0')
    {
      sb_check_set_note (check, "%s", _("No technology field has been chosen."));
      return;
    }
  if (g_strv_contains ((const char * const *) c->rules->fields, trimmed))
    {
      check->status = SB_STATUS_DECLARED;
      return;
    }
  check->status = SB_STATUS_FAIL;
  sb_check_set_note (check, _("“%s” is not one of the fields of the national list."), trimmed);
}

/* Adds a missing ratio check that still shows its threshold. */
static SbCheck *
add_ratio_check (Ctx *c, const char *id, SbRatio threshold)
{
  SbCheck *check = sb_check_add (c->report->checks, id, 0, SB_STATUS_MISSING);

  sb_check_set_ratio (check, sb_ratio (0, 0), threshold);
  return check;
}

/* The figures of the year before applying, or NULL with a note on @check
 * when the company did not operate then or has no figures for it. */
static const SbYear *
year_before_applying (Ctx *c, SbCheck *check)
{
  int last = c->apply_year - 1;
  const SbYear *y;

  if (!operated (c, last))
    {
      sb_check_set_note (check, _("The company did not operate in %d, the year before applying."),
                         last);
      return NULL;
    }
  if ((y = sb_dossier_find_year (c->d, last)) == NULL)
    sb_check_set_note (check, _("No figures have been entered for %d."), last);
  return y;
}

static void
check_st_staff (Ctx *c)
{
  int last = c->apply_year - 1;
  SbRatio t = c->rules->st_staff_min;
  SbCheck *check = add_ratio_check (c, "hnte.st_staff", t);
  const SbYear *y;
  gint64 total2 = 0, st2 = 0, unit;
  gboolean all_st = TRUE;

  if ((y = year_before_applying (c, check)) == NULL)
    return;
  if (y->staff_months == NULL || y->staff_months->len == 0)
    {
      sb_check_set_note (check, _("No monthly staff counts have been entered for %d."), last);
      return;
    }
  for (guint i = 0; i < y->staff_months->len; i++)
    {
      const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);

      if (m->total_start == SB_UNSET || m->total_end == SB_UNSET)
        {
          sb_check_set_note (check, _("A monthly staff count of %d is missing."), last);
          return;
        }
      total2 += m->total_start + m->total_end;
      if (m->st_start == SB_UNSET || m->st_end == SB_UNSET)
        all_st = FALSE;
      else
        st2 += m->st_start + m->st_end;
    }
  unit = 2 * (gint64) y->staff_months->len;
  if (!all_st)
    {
      if (y->st_staff == SB_UNSET)
        {
          sb_check_set_note (check, _("No S&T staff figures have been entered for %d."), last);
          return;
        }
      /* the year's S&T staff is taken as its average */
      st2 = y->st_staff * unit;
    }
  sb_check_set_ratio (check, sb_ratio (st2, total2), t);
  if (check->status == SB_STATUS_MISSING)
    sb_check_set_note (check, _("The average total staff of %d is zero."), last);
  else if (check->status == SB_STATUS_FAIL)
    {
      check->shortfall_unit = SB_UNIT_PERSONS;
      check->shortfall = sb_shortfall (st2, total2, t, TRUE, unit);
    }
  if (!all_st && check->status != SB_STATUS_MISSING)
    sb_check_set_note (check, _("The S&T staff figure of %d is taken as the year's average."),
                       last);
}

static SbRatio
rd_threshold (const SbHnteRules *rules, gint64 last_sales)
{
  if (last_sales <= rules->rd_tier1_max_sales)
    return rules->rd_ratio_tier1;
  if (last_sales <= rules->rd_tier2_max_sales)
    return rules->rd_ratio_tier2;
  return rules->rd_ratio_tier3;
}

static void
check_rd (Ctx *c)
{
  const SbHnteRules *rules = c->rules;
  SbHnteReport *report = c->report;
  gint64 unit = rules->rd_unit;
  int last = c->apply_year - 1;
  int first = MAX (c->apply_year - rules->fiscal_years, c->reg_year);
  SbCheck *ratio = sb_check_add (report->checks, "hnte.rd_ratio", 0, SB_STATUS_MISSING);
  SbCheck *domestic = add_ratio_check (c, "hnte.rd_domestic", rules->rd_domestic_min);
  gint64 rd_u = 0, cut_u = 0, sales = 0, dom = 0, last_sales = SB_UNSET;
  g_autofree char *rd_missing = NULL;
  g_autofree char *sales_missing = NULL;
  g_autofree char *dom_missing = NULL;
  SbRatio t;

  if (first > last)
    {
      g_autofree char *note = g_strdup_printf (_("The company operated no fiscal year before %d."),
                                               c->apply_year);
      sb_check_set_note (ratio, "%s", note);
      sb_check_set_note (domestic, "%s", note);
      return;
    }

  for (int year = first; year <= last; year++)
    {
      const SbYear *y = sb_dossier_find_year (c->d, year);
      gint64 year_u = SB_UNSET;

      if (y == NULL)
        {
          g_autofree char *note = g_strdup_printf (_("No figures have been entered for %d."), year);
          if (rd_missing == NULL)
            rd_missing = g_strdup (note);
          if (sales_missing == NULL)
            sales_missing = g_strdup (note);
          continue;
        }
      if (y->sales_revenue == SB_UNSET)
        {
          if (sales_missing == NULL)
            sales_missing = g_strdup_printf (_("The sales revenue of %d has not been entered."), year);
        }
      else
        sales += y->sales_revenue;
      if (year == last)
        last_sales = y->sales_revenue;

      if (y->has_rd_ledger)
        {
          SbHnteRd rd;

          if (sb_hnte_rd_from_ledger (rules, y->rd_ledger, &rd))
            {
              year_u = rd.counted.num;
              cut_u += rd.outsourced_cut.num + rd.other_cut.num;
              if (y->rd_expense != SB_UNSET && y->rd_expense * unit != year_u)
                {
                  g_autofree char *entered = sb_money_format (y->rd_expense);
                  g_autofree char *counted = sb_ratio_format (sb_ratio (rd.counted.num,
                                                                        rd.counted.den * 100), 2);
                  g_ptr_array_add (report->warnings,
                                   g_strdup_printf (_("%d: the R&D expense entered (%s yuan) differs from the one the ledger gives (%s yuan); the ledger is used."),
                                                    year, entered, counted));
                }
            }
          else if (rd_missing == NULL)
            rd_missing = g_strdup_printf (_("The R&D ledger of %d is incomplete."), year);
        }
      else if (y->rd_expense != SB_UNSET)
        year_u = y->rd_expense * unit;
      else if (rd_missing == NULL)
        rd_missing = g_strdup_printf (_("The R&D expense of %d has not been entered."), year);
      if (year_u != SB_UNSET)
        rd_u += year_u;

      if (y->rd_expense_domestic == SB_UNSET)
        {
          if (dom_missing == NULL)
            dom_missing = g_strdup_printf (_("The domestic R&D expense of %d has not been entered."),
                                           year);
        }
      else
        dom += y->rd_expense_domestic;
    }

  if (rd_missing == NULL)
    {
      report->rd_total_exact = sb_ratio (rd_u, unit);
      report->rd_total = sb_money_mul_ratio_round (rd_u, sb_ratio (1, unit));
      report->rd_limited_away = sb_money_mul_ratio_round (cut_u, sb_ratio (1, unit));
    }
  if (sales_missing == NULL)
    report->sales_total = sales;

  /* R&D ÷ sales */
  if (last_sales == SB_UNSET)
    sb_check_set_note (ratio, "%s", sales_missing);
  else
    {
      t = rd_threshold (rules, last_sales);
      if (rd_missing != NULL || sales_missing != NULL)
        {
          sb_check_set_ratio (ratio, sb_ratio (0, 0), t);
          sb_check_set_note (ratio, "%s", rd_missing != NULL ? rd_missing : sales_missing);
        }
      else
        {
          sb_check_set_ratio (ratio, sb_ratio (rd_u, sales * unit), t);
          if (ratio->status == SB_STATUS_MISSING)
            sb_check_set_note (ratio, "%s", _("The sales revenue of the years is zero."));
          else if (ratio->status == SB_STATUS_FAIL)
            {
              /* new R&D expense is not sales */
              ratio->shortfall_unit = SB_UNIT_FEN;
              ratio->shortfall = sb_shortfall (rd_u, sales * unit, t, FALSE, unit);
            }
          if (ratio->status != SB_STATUS_MISSING && cut_u > 0)
            {
              g_autofree char *away = sb_ratio_format (sb_ratio (cut_u, unit * 100), 2);
              sb_check_set_note (ratio, _("The limits on outsourced R&D and on other expenses took away %s yuan."),
                                 away);
            }
        }
    }

  /* domestic ÷ all R&D */
  if (rd_missing != NULL || dom_missing != NULL)
    sb_check_set_note (domestic, "%s", rd_missing != NULL ? rd_missing : dom_missing);
  else
    {
      t = rules->rd_domestic_min;
      sb_check_set_ratio (domestic, sb_ratio (dom * unit, rd_u), t);
      if (domestic->status == SB_STATUS_MISSING)
        sb_check_set_note (domestic, "%s", _("The R&D expense of the years is zero."));
      else if (domestic->status == SB_STATUS_FAIL)
        {
          domestic->shortfall_unit = SB_UNIT_FEN;
          domestic->shortfall = sb_shortfall (dom * unit, rd_u, t, TRUE, unit);
        }
    }
}

static void
check_ht_revenue (Ctx *c)
{
  int last = c->apply_year - 1;
  SbRatio t = c->rules->ht_revenue_min;
  SbCheck *check = add_ratio_check (c, "hnte.ht_revenue", t);
  const SbYear *y;
  gint64 total;

  if ((y = year_before_applying (c, check)) == NULL)
    return;
  if (y->high_tech_revenue == SB_UNSET)
    {
      sb_check_set_note (check, _("The high-tech revenue of %d has not been entered."), last);
      return;
    }
  if (y->income_total == SB_UNSET)
    {
      sb_check_set_note (check, _("The income total of %d has not been entered."), last);
      return;
    }
  total = y->income_total - (y->non_taxable_income == SB_UNSET ? 0 : y->non_taxable_income);
  if (total <= 0)
    {
      sb_check_set_note (check, _("The total revenue of %d is not above zero."), last);
      return;
    }
  sb_check_set_ratio (check, sb_ratio (y->high_tech_revenue, total), t);
  if (check->status == SB_STATUS_FAIL)
    {
      check->shortfall_unit = SB_UNIT_FEN;
      check->shortfall = sb_shortfall (y->high_tech_revenue, total, t, TRUE, 1);
    }
}

/* Growth of the last three years.  Returns FALSE (with a note) when an
 * operated year lacks a figure. */
static gboolean
growth (Ctx *c, SbCheck *check)
{
  SbHnteReport *report = c->report;
  gint64 net[3], sales[3];
  int n_operated = 0;

  for (int i = 0; i < 3; i++)
    {
      int year = c->apply_year - 3 + i;
      const SbYear *y;

      net[i] = sales[i] = 0;
      if (!operated (c, year))
        continue;
      n_operated++;
      y = sb_dossier_find_year (c->d, year);
      if (y == NULL || y->net_assets_end == SB_UNSET || y->sales_revenue == SB_UNSET)
        {
          net[i] = SB_UNSET;
          continue;
        }
      net[i] = y->net_assets_end;
      sales[i] = y->sales_revenue;
    }

  if (n_operated <= 1)
    {
      /* one operated year: growth scores 0 */
      report->growth_net_assets_low = report->growth_net_assets_high = 0;
      report->growth_sales_low = report->growth_sales_high = 0;
      report->growth_low = report->growth_high = 0;
      return TRUE;
    }
  for (int i = 0; i < 3; i++)
    if (net[i] == SB_UNSET)
      {
        sb_check_set_note (check, _("Growth needs the net assets and sales revenue of %d."),
                           c->apply_year - 3 + i);
        return FALSE;
      }
  sb_hnte_growth_points (c->rules, net[0], net[1], net[2],
                         &report->growth_net_assets_low, &report->growth_net_assets_high);
  sb_hnte_growth_points (c->rules, sales[0], sales[1], sales[2],
                         &report->growth_sales_low, &report->growth_sales_high);
  report->growth_low = report->growth_net_assets_low + report->growth_sales_low;
  report->growth_high = report->growth_net_assets_high + report->growth_sales_high;
  return TRUE;
}

static void
check_innovation (Ctx *c)
{
  const SbHnteClaim *claim = c->d->hnte;
  SbHnteReport *report = c->report;
  SbCheck *check = sb_check_add (report->checks, "hnte.innovation", 0, SB_STATUS_MISSING);
  gint64 min = c->rules->innovation_min;
  gboolean scores = TRUE;
  int low, high;

  check->value_unit = SB_UNIT_POINTS;
  check->threshold = sb_ratio (min, 1);

  if (claim != NULL && claim->score_conversion != SB_UNSET)
    report->conversion_low = report->conversion_high = (int) claim->score_conversion;
  else if (claim != NULL && claim->conversion_count != SB_UNSET)
    {
      int n_years = operated_fiscal_years (c);

      sb_hnte_conversion_points (c->rules, claim->conversion_count, MAX (n_years, 1),
                                 &report->conversion_low, &report->conversion_high);
      report->conversion_years = n_years;
    }

  if (!growth (c, check))
    scores = FALSE;
  if (claim == NULL || claim->score_ip == SB_UNSET || claim->score_rd_management == SB_UNSET
      || report->conversion_low < 0)
    {
      sb_check_set_note (check, "%s",
                         _("The self-assessed scores (IP, conversion of results, R&D organisation) are not all entered."));
      scores = FALSE;
    }
  if (!scores)
    return;

  low = (int) claim->score_ip + report->conversion_low + (int) claim->score_rd_management
        + report->growth_low;
  high = (int) claim->score_ip + report->conversion_high + (int) claim->score_rd_management
         + report->growth_high;
  report->innovation_low = low;
  report->innovation_high = high;
  check->value = sb_ratio (low, 1);
  check->value_high = sb_ratio (high, 1);
  if (low >= min)
    check->status = SB_STATUS_PASS;
  else
    {
      check->status = SB_STATUS_FAIL;
      check->shortfall_unit = SB_UNIT_POINTS;
      check->shortfall = min - low;
    }
  /* the conservative choice (Interpretation) */
  if (c->rules->innovation_note != NULL)
    sb_check_set_note (check, _("The verdict counts the low end of every band (%d points); with the high ends the total is %d. %s"),
                       low, high, c->rules->innovation_note);
  else
    sb_check_set_note (check, _("The verdict counts the low end of every band (%d points); with the high ends the total is %d."),
                       low, high);
  if (report->conversion_years > 0)
    {
      g_autofree char *avg = sb_ratio_format (sb_ratio (claim->conversion_count,
                                                        report->conversion_years), 2);
      g_autofree char *prev = g_steal_pointer (&check->note);

      sb_check_set_note (check,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s Conversion of results: %lld results in the %d year operated, a yearly average of %s.",
                                      "%s Conversion of results: %lld results in the %d years operated, a yearly average of %s.",
                                      report->conversion_years),
                         prev, (long long) claim->conversion_count, report->conversion_years, avg);
    }
}

static gboolean
check_score (const char *name, gint64 value, gint64 max, GError **error)
{
  if (value == SB_UNSET || (value >= 0 && value <= max))
    return TRUE;
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
               /* TRANSLATORS: %s is a dossier key such as hnte.innovation_self_score.ip */
               _("%s is %lld: it must be a whole number from 0 to %lld"),
               name, (long long) value, (long long) max);
  return FALSE;
}

SbHnteReport *
sb_hnte_evaluate (const SbDossier *d, SbPolicy *policy, SbDate at, GError **error)
{
  const SbHnteRules *rules;
  const SbHnteClaim *claim = d->hnte;
  SbHnteReport *report;
  SbDate apply;
  Ctx c = { 0 };

  if ((rules = sb_hnte_rules_get (policy, error)) == NULL)
    return NULL;
  if (claim != NULL)
    {
      if (!check_score ("hnte.innovation_self_score.ip", claim->score_ip, rules->ip_max, error)
          || !check_score ("hnte.innovation_self_score.conversion", claim->score_conversion,
                           rules->conversion_max, error)
          || !check_score ("hnte.innovation_self_score.rd_management",
                           claim->score_rd_management, rules->rd_management_max, error)
          || !check_score ("hnte.conversion_results", claim->conversion_count, G_MAXINT32, error))
        return NULL;
    }
  apply = claim != NULL && claim->apply_date != SB_DATE_UNSET ? claim->apply_date : at;
  if (apply == SB_DATE_UNSET)
    {
      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("hnte.apply_date: no application date"));
      return NULL;
    }

  report = g_new0 (SbHnteReport, 1);
  report->checks = sb_checks_new ();
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  report->apply_date = apply;
  report->rd_total = SB_UNSET;
  report->rd_total_exact = sb_ratio (0, 0);
  report->rd_limited_away = SB_UNSET;
  report->sales_total = SB_UNSET;
  report->growth_low = report->growth_high = -1;
  report->growth_net_assets_low = report->growth_net_assets_high = -1;
  report->growth_sales_low = report->growth_sales_high = -1;
  report->conversion_low = report->conversion_high = -1;
  report->conversion_years = 0;
  report->innovation_low = report->innovation_high = -1;

  c.d = d;
  c.rules = rules;
  c.report = report;
  c.apply_year = sb_date_year (apply);
  c.reg_year = d->company.registered_on != SB_DATE_UNSET
               ? sb_date_year (d->company.registered_on) : 0;

  check_region (&c);
  check_age (&c, apply);
  check_declaration (report->checks, "hnte.ip", d->declarations.owns_core_ip);
  check_field (&c);
  check_st_staff (&c);
  check_rd (&c);
  check_ht_revenue (&c);
  check_innovation (&c);
  check_declaration (report->checks, "hnte.no_incident", d->declarations.no_major_incident);

  report->eligible = sb_checks_all_pass (report->checks);
  return report;
}

JsonNode *
sb_hnte_report_to_json (const SbHnteReport *report)
{
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_boolean_member (o, "eligible", report->eligible);
  json_object_set_member (o, "checks", sb_checks_to_json (report->checks));
  json_node_take_object (node, o);
  return node;
}

void
sb_hnte_report_free (SbHnteReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->checks, g_ptr_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_free (report);
}
