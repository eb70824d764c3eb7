/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte.c: High-New-Tech Enterprise recognition, Zhejiang guide (RULES.md §4). */
#include "config.h"

#include "sb-hnte.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-engine-error.h"

typedef __int128 i128;

/* The largest 1/unit the R&D ledger may need: keeps three years of ledgers
 * (8 × 9·10^14 fen each) inside gint64 once scaled. */
#define RD_UNIT_MAX 200
#define FISCAL_YEARS_MAX 5

/* ------------------------------------------------------------------ */
/* Exact comparison of big fractions                                    */
/* ------------------------------------------------------------------ */

static i128
floor_div128 (i128 a, i128 b)
{
  i128 q = a / b;

  if (a % b != 0 && a < 0)
    q -= 1;
  return q;
}

/* <0, 0, >0 as a/b <, ==, > c/d; b, d > 0.  Compares by continued
 * fractions, so no product can overflow. */
static int
frac_compare (i128 a, i128 b, i128 c, i128 d)
{
  for (;;)
    {
      i128 qa = floor_div128 (a, b);
      i128 qc = floor_div128 (c, d);
      i128 ra, rc;

      if (qa != qc)
        return qa < qc ? -1 : 1;
      ra = a - qa * b;   /* 0 <= ra < b */
      rc = c - qc * d;
      if (ra == 0 || rc == 0)
        return (ra != 0) - (rc != 0);
      /* ra/b vs rc/d  ⇔  d/rc vs b/ra */
      a = d;
      d = ra;
      c = b;
      b = rc;
    }
}

/* Normalises the sign so that the denominator is positive. */
static void
frac_normalise (i128 *num, i128 *den)
{
  if (*den < 0)
    {
      *num = -*num;
      *den = -*den;
    }
}

static gint64
gcd64 (gint64 a, gint64 b)
{
  if (a < 0)
    a = -a;
  if (b < 0)
    b = -b;
  while (b != 0)
    {
      gint64 t = a % b;
      a = b;
      b = t;
    }
  return a;
}

static SbRatio
ratio_reduce (SbRatio r)
{
  gint64 g = gcd64 (r.num, r.den);

  if (g > 1)
    {
      r.num /= g;
      r.den /= g;
    }
  return r;
}

/* ------------------------------------------------------------------ */
/* Rules                                                                */
/* ------------------------------------------------------------------ */

static gboolean
rules_error (GError **error, SbPolicy *policy, const char *where, const char *what)
{
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
               /* TRANSLATORS: policy file, key, what is wrong */
               _("Policy profile %s: %s: %s"), sb_policy_get_origin (policy), where, what);
  return FALSE;
}

static gboolean
value_error (GError **error, SbPolicy *policy, const char *key, const char *what)
{
  g_autofree char *where = g_strdup_printf ("params.%s.value", key);

  return rules_error (error, policy, where, what);
}

static gboolean
get_int_in (SbPolicy *policy, const char *key, gint64 min, gint64 max, gint64 *out,
            GError **error)
{
  g_autofree char *what = NULL;

  if (!sb_policy_get_int (policy, key, out, error))
    return FALSE;
  if (*out >= min && *out <= max)
    return TRUE;
  what = g_strdup_printf (_("must be a whole number from %lld to %lld"),
                          (long long) min, (long long) max);
  return value_error (error, policy, key, what);
}

static gboolean
get_ratio_below (SbPolicy *policy, const char *key, gboolean strictly, SbRatio *out,
                 GError **error)
{
  if (!sb_policy_get_ratio (policy, key, out, error))
    return FALSE;
  if (strictly ? out->num < out->den : out->num <= out->den)
    return TRUE;
  return value_error (error, policy, key,
                      strictly ? _("must be below 1") : _("must not exceed 1"));
}

static gboolean
node_ratio (JsonNode *n, SbRatio *out)
{
  gint64 num, scale;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n))
    return FALSE;
  if (json_node_get_value_type (n) == G_TYPE_INT64)
    {
      *out = sb_ratio (json_node_get_int (n), 1);
      return TRUE;
    }
  if (json_node_get_value_type (n) != G_TYPE_DOUBLE
      || !sb_decimal_from_double (json_node_get_double (n), 9, &num, &scale))
    return FALSE;
  *out = sb_ratio (num, scale);
  return TRUE;
}

static gboolean
node_points (JsonNode *n, gint64 max, int *out)
{
  gint64 v;

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return FALSE;
  v = json_node_get_int (n);
  if (v < 0 || v > max)
    return FALSE;
  *out = (int) v;
  return TRUE;
}

/* value: [ { "min": 0.35, "low": 9, "high": 10 }, …, { "above": 0, "low": 1, "high": 2 } ],
 * highest first; "min" includes the figure, "above" excludes it. */
static GArray *
get_bands (SbPolicy *policy, const char *key, gint64 max_points, GError **error)
{
  g_autoptr(GArray) bands = g_array_new (FALSE, TRUE, sizeof (SbHnteBand));
  JsonArray *a = sb_policy_get_array (policy, key, error);

  if (a == NULL)
    return NULL;
  if (json_array_get_length (a) == 0)
    {
      value_error (error, policy, key, _("must list at least one band"));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      g_autofree char *where = g_strdup_printf ("params.%s.value[%u]", key, i);
      g_autofree char *what = NULL;
      JsonObject *o;
      SbHnteBand band = { 0 };
      JsonNode *min, *above;

      if (!JSON_NODE_HOLDS_OBJECT (e))
        {
          rules_error (error, policy, where, _("must be an object"));
          return NULL;
        }
      o = json_node_get_object (e);
      min = json_object_get_member (o, "min");
      above = json_object_get_member (o, "above");
      if ((min == NULL) == (above == NULL)
          || !node_ratio (min != NULL ? min : above, &band.min))
        {
          rules_error (error, policy, where,
                       _("needs either \"min\" or \"above\", a number with at most nine decimals"));
          return NULL;
        }
      band.inclusive = min != NULL;
      what = g_strdup_printf (_("needs \"low\" and \"high\": whole points, low ≤ high ≤ %lld"),
                              (long long) max_points);
      if (!node_points (json_object_get_member (o, "low"), max_points, &band.low)
          || !node_points (json_object_get_member (o, "high"), max_points, &band.high)
          || band.low > band.high)
        {
          rules_error (error, policy, where, what);
          return NULL;
        }
      if (i > 0)
        {
          const SbHnteBand *prev = &g_array_index (bands, SbHnteBand, i - 1);
          if (sb_ratio_compare (band.min, prev->min) >= 0)
            {
              rules_error (error, policy, where, _("bands must go from the highest to the lowest"));
              return NULL;
            }
        }
      g_array_append_val (bands, band);
    }
  return g_steal_pointer (&bands);
}

static void
rules_free (gpointer data)
{
  SbHnteRules *r = data;

  g_strfreev (r->regions);
  g_strfreev (r->fields);
  g_clear_pointer (&r->growth_bands, g_array_unref);
  g_clear_pointer (&r->conversion_bands, g_array_unref);
  g_free (r->growth_formula);
  g_free (r->innovation_note);
  g_free (r);
}

static SbHnteRules *
rules_compile (SbPolicy *policy, GError **error)
{
  SbHnteRules *r = g_new0 (SbHnteRules, 1);
  gint64 v;
  const char *s;
  SbRatio share, cap;

  if (g_strcmp0 (sb_policy_get_program (policy), "hnte") != 0)
    {
      rules_error (error, policy, "program", _("must be \"hnte\""));
      goto fail;
    }

  if ((r->regions = sb_policy_get_strv (policy, "regions", error)) == NULL)
    goto fail;
  if (!get_int_in (policy, "min_age_days", 1, 36600, &r->min_age_days, error))
    goto fail;
  if (!get_int_in (policy, "fiscal_years", 1, FISCAL_YEARS_MAX, &v, error))
    goto fail;
  r->fiscal_years = (int) v;
  if ((r->fields = sb_policy_get_strv (policy, "fields", error)) == NULL)
    goto fail;
  if (g_strv_length (r->fields) == 0)
    {
      value_error (error, policy, "fields", _("must list at least one field"));
      goto fail;
    }
  if (!get_ratio_below (policy, "st_staff_min", FALSE, &r->st_staff_min, error))
    goto fail;

  if (!sb_policy_get_money (policy, "rd_tier1_max_sales", &r->rd_tier1_max_sales, error)
      || !sb_policy_get_ratio (policy, "rd_ratio_tier1", &r->rd_ratio_tier1, error)
      || !sb_policy_get_money (policy, "rd_tier2_max_sales", &r->rd_tier2_max_sales, error)
      || !sb_policy_get_ratio (policy, "rd_ratio_tier2", &r->rd_ratio_tier2, error)
      || !sb_policy_get_ratio (policy, "rd_ratio_tier3", &r->rd_ratio_tier3, error))
    goto fail;
  if (r->rd_tier2_max_sales <= r->rd_tier1_max_sales)
    {
      value_error (error, policy, "rd_tier2_max_sales",
                   _("must be above params.rd_tier1_max_sales"));
      goto fail;
    }

  if (!get_ratio_below (policy, "rd_outsourced_share", FALSE, &share, error)
      || !get_ratio_below (policy, "rd_other_cap", TRUE, &cap, error))
    goto fail;
  r->rd_outsourced_share = share = ratio_reduce (share);
  r->rd_other_cap = cap = ratio_reduce (cap);
  /* rest = six + share·outsourced needs 1/share.den fen; the cap
   * rest·cap/(1 − cap) needs 1/(cap.den − cap.num) more.  Both
   * share.den·(cap.den − cap.num) and share.den·cap.num stay below
   * share.den·cap.den. */
  if (share.den > RD_UNIT_MAX || cap.den > RD_UNIT_MAX
      || share.den * cap.den > RD_UNIT_MAX)
    {
      value_error (error, policy, "rd_other_cap",
                   _("with params.rd_outsourced_share, needs too fine a unit (use simpler fractions)"));
      goto fail;
    }
  r->rd_unit = share.den * (cap.den - cap.num);

  if (!get_ratio_below (policy, "rd_domestic_min", FALSE, &r->rd_domestic_min, error)
      || !get_ratio_below (policy, "ht_revenue_min", FALSE, &r->ht_revenue_min, error))
    goto fail;

  if (!get_int_in (policy, "innovation_min", 0, 1000, &r->innovation_min, error)
      || !get_int_in (policy, "innovation_ip_max", 0, 1000, &r->ip_max, error)
      || !get_int_in (policy, "innovation_conversion_max", 0, 1000, &r->conversion_max, error)
      || !get_int_in (policy, "innovation_rd_management_max", 0, 1000, &r->rd_management_max, error)
      || !get_int_in (policy, "innovation_growth_max", 0, 1000, &r->growth_max, error))
    goto fail;
  r->innovation_note = g_strdup (sb_policy_get_interpretation (policy, "innovation_min"));

  if ((r->growth_bands = get_bands (policy, "growth_bands", r->growth_max / 2, error)) == NULL
      || (r->conversion_bands = get_bands (policy, "conversion_bands", r->conversion_max,
                                           error)) == NULL)
    goto fail;
  if ((s = sb_policy_get_string (policy, "growth_formula", error)) == NULL)
    goto fail;
  r->growth_formula = g_strdup (s);

  if (!get_int_in (policy, "annual_report_due_month", 1, 12, &v, error))
    goto fail;
  r->annual_report_due_month = (int) v;
  if (!get_int_in (policy, "annual_report_missed_years_max", 1, 100, &v, error))
    goto fail;
  r->annual_report_missed_years_max = (int) v;
  if (!get_int_in (policy, "statutory_working_days", 1, 10000, &v, error))
    goto fail;
  r->statutory_working_days = (int) v;
  if (!get_int_in (policy, "promised_working_days", 1, 10000, &v, error))
    goto fail;
  r->promised_working_days = (int) v;
  return r;

fail:
  rules_free (r);
  return NULL;
}

const SbHnteRules *
sb_hnte_rules_get (SbPolicy *policy, GError **error)
{
  SbHnteRules *r = sb_policy_get_compiled (policy, "hnte");

  if (r != NULL)
    return r;
  if ((r = rules_compile (policy, error)) == NULL)
    return NULL;
  sb_policy_set_compiled (policy, "hnte", r, rules_free);
  return r;
}

/* ------------------------------------------------------------------ */
/* Figures                                                              */
/* ------------------------------------------------------------------ */

gboolean
sb_hnte_rd_from_ledger (const SbHnteRules *rules, const gint64 ledger[SB_RD_N_CATEGORIES],
                        SbHnteRd *out)
{
  gint64 six = 0;
  gint64 a = rules->rd_outsourced_share.num, b = rules->rd_outsourced_share.den;
  gint64 p = rules->rd_other_cap.num, q = rules->rd_other_cap.den;
  gint64 unit = rules->rd_unit;   /* b·(q − p) */
  gint64 outsourced = ledger[SB_RD_OUTSOURCED];
  gint64 other = ledger[SB_RD_OTHER];
  gint64 base, rest, cap, counted_other;

  for (int i = 0; i < SB_RD_N_CATEGORIES; i++)
    if (ledger[i] == SB_UNSET)
      return FALSE;
  for (int i = SB_RD_PERSONNEL; i <= SB_RD_EQUIPMENT_TRIAL; i++)
    six += ledger[i];

  /* In 1/unit fen: rest = (q − p)·(b·six + a·outsourced);
   * rest·p/(q − p) = p·(b·six + a·outsourced). */
  base = b * six + a * outsourced;
  rest = (q - p) * base;
  cap = p * base;
  counted_other = MIN (other * unit, cap);

  out->entered = six + outsourced + other;
  out->counted = sb_ratio (rest + counted_other, unit);
  out->outsourced_cut = sb_ratio (outsourced * unit - (q - p) * a * outsourced, unit);
  out->other_cut = sb_ratio (other * unit - counted_other, unit);
  return TRUE;
}

/* The band of @num/@den − 1 (the rate as (rate + 1)), or -1. */
static int
band_of_rate (const GArray *bands, i128 num, i128 den)
{
  frac_normalise (&num, &den);
  for (guint i = 0; i < bands->len; i++)
    {
      const SbHnteBand *band = &g_array_index (bands, SbHnteBand, i);
      i128 tn = (i128) band->min.num + band->min.den;   /* min + 1 */
      i128 td = band->min.den;
      int c;

      frac_normalise (&tn, &td);
      c = frac_compare (num, den, tn, td);
      if (c > 0 || (c == 0 && band->inclusive))
        return (int) i;
    }
  return -1;
}

int
sb_hnte_growth_points (const SbHnteRules *rules, gint64 year1, gint64 year2, gint64 year3,
                       int *out_low, int *out_high)
{
  i128 num, den;
  int band;

  *out_low = *out_high = 0;
  if (year2 == 0)
    return -1;
  if (year1 == 0)
    {
      /* year3 ÷ year2 − 1 */
      num = year3;
      den = year2;
    }
  else
    {
      /* ½ (y2/y1 + y3/y2) = (y2² + y1·y3) / (2·y1·y2) */
      num = (i128) year2 * year2 + (i128) year1 * year3;
      den = (i128) 2 * year1 * year2;
    }
  frac_normalise (&num, &den);
  if (frac_compare (num, den, 1, 1) <= 0)   /* rate ≤ 0 */
    return -1;
  band = band_of_rate (rules->growth_bands, num, den);
  if (band >= 0)
    {
      const SbHnteBand *b = &g_array_index (rules->growth_bands, SbHnteBand, band);
      *out_low = b->low;
      *out_high = b->high;
    }
  return band;
}

int
sb_hnte_conversion_points (const SbHnteRules *rules, gint64 count, int *out_low, int *out_high)
{
  *out_low = *out_high = 0;
  for (guint i = 0; i < rules->conversion_bands->len; i++)
    {
      const SbHnteBand *b = &g_array_index (rules->conversion_bands, SbHnteBand, i);
      i128 tn = b->min.num, td = b->min.den;
      int c;

      frac_normalise (&tn, &td);
      c = frac_compare (count, rules->fiscal_years, tn, td);
      if (c > 0 || (c == 0 && b->inclusive))
        {
          *out_low = b->low;
          *out_high = b->high;
          return (int) i;
        }
    }
  return -1;
}

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

static void
check_declaration (GPtrArray *checks, const char *id, SbTri value)
{
  SbStatus status = value == SB_TRI_TRUE ? SB_STATUS_DECLARED
                    : value == SB_TRI_FALSE ? SB_STATUS_FAIL : SB_STATUS_MISSING;
  SbCheck *c = sb_check_add (checks, id, 0, status);

  if (status == SB_STATUS_MISSING)
    sb_check_set_note (c, "%s", _("The declaration has not been given."));
}

static void
check_region (Ctx *c)
{
  const char *region = c->d->company.region;
  SbCheck *check = sb_check_add (c->report->checks, "hnte.region", 0, SB_STATUS_MISSING);

  if (region == NULL || *region == '\0')
    {
      sb_check_set_note (check, "%s", _("The company's region has not been entered."));
      return;
    }
  if (g_strv_contains ((const char * const *) c->rules->regions, region))
    {
      check->status = SB_STATUS_PASS;
      return;
    }
  check->status = SB_STATUS_FAIL;
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

static void
check_st_staff (Ctx *c)
{
  int last = c->apply_year - 1;
  SbRatio t = c->rules->st_staff_min;
  SbCheck *check = add_ratio_check (c, "hnte.st_staff", t);
  const SbYear *y;
  gint64 total2 = 0, st2 = 0, unit;
  gboolean all_st = TRUE;

  if (!operated (c, last))
    {
      sb_check_set_note (check, _("The company did not operate in %d, the year before applying."),
                         last);
      return;
    }
  if ((y = sb_dossier_find_year (c->d, last)) == NULL)
    {
      sb_check_set_note (check, _("No figures have been entered for %d."), last);
      return;
    }
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

  if (!operated (c, last))
    {
      sb_check_set_note (check, _("The company did not operate in %d, the year before applying."),
                         last);
      return;
    }
  if ((y = sb_dossier_find_year (c->d, last)) == NULL)
    {
      sb_check_set_note (check, _("No figures have been entered for %d."), last);
      return;
    }
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
    sb_hnte_conversion_points (c->rules, claim->conversion_count,
                               &report->conversion_low, &report->conversion_high);

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
          || !check_score ("hnte.conversion_count", claim->conversion_count, G_MAXINT32, error))
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
