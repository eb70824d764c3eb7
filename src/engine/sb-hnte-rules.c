/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-rules.c: HNTE rules from a profile; its bands and R&D ledger limits (RULES.md §4). */
#include "config.h"

#include "sb-hnte.h"

#include <glib/gi18n-lib.h>

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

/* ------------------------------------------------------------------ */
/* Rules                                                                */
/* ------------------------------------------------------------------ */

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
  return sb_policy_value_error (policy, key, NULL, what, error);
}

static gboolean
get_ratio_below (SbPolicy *policy, const char *key, gboolean strictly, SbRatio *out,
                 GError **error)
{
  if (!sb_policy_get_ratio (policy, key, out, error))
    return FALSE;
  if (strictly ? out->num < out->den : out->num <= out->den)
    return TRUE;
  return sb_policy_value_error (policy, key, NULL,
                                strictly ? _("must be below 1") : _("must not exceed 1"), error);
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
      sb_policy_value_error (policy, key, NULL, _("must list at least one band"), error);
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
          sb_policy_error (policy, where, _("must be an object"), error);
          return NULL;
        }
      o = json_node_get_object (e);
      min = json_object_get_member (o, "min");
      above = json_object_get_member (o, "above");
      if ((min == NULL) == (above == NULL)
          || !node_ratio (min != NULL ? min : above, &band.min))
        {
          sb_policy_error (policy, where,
                           _("needs either \"min\" or \"above\", a number with at most nine "
                             "decimals"), error);
          return NULL;
        }
      band.inclusive = min != NULL;
      what = g_strdup_printf (_("needs \"low\" and \"high\": whole points, low ≤ high ≤ %lld"),
                              (long long) max_points);
      if (!node_points (json_object_get_member (o, "low"), max_points, &band.low)
          || !node_points (json_object_get_member (o, "high"), max_points, &band.high)
          || band.low > band.high)
        {
          sb_policy_error (policy, where, what, error);
          return NULL;
        }
      if (i > 0)
        {
          const SbHnteBand *prev = &g_array_index (bands, SbHnteBand, i - 1);
          if (sb_ratio_compare (band.min, prev->min) >= 0)
            {
              sb_policy_error (policy, where, _("bands must go from the highest to the lowest"),
                               error);
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
      sb_policy_error (policy, "program", _("must be \"hnte\""), error);
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
      sb_policy_value_error (policy, "fields", NULL, _("must list at least one field"), error);
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
      sb_policy_value_error (policy, "rd_tier2_max_sales", NULL,
                             _("must be above params.rd_tier1_max_sales"), error);
      goto fail;
    }

  if (!get_ratio_below (policy, "rd_outsourced_share", FALSE, &share, error)
      || !get_ratio_below (policy, "rd_other_cap", TRUE, &cap, error))
    goto fail;
  r->rd_outsourced_share = share = sb_ratio_reduce (share);
  r->rd_other_cap = cap = sb_ratio_reduce (cap);
  /* rest = six + share·outsourced needs 1/share.den fen; the cap
   * rest·cap/(1 − cap) needs 1/(cap.den − cap.num) more.  Both
   * share.den·(cap.den − cap.num) and share.den·cap.num stay below
   * share.den·cap.den. */
  if (share.den > RD_UNIT_MAX || cap.den > RD_UNIT_MAX
      || share.den * cap.den > RD_UNIT_MAX)
    {
      sb_policy_value_error (policy, "rd_other_cap", NULL,
                             _("with params.rd_outsourced_share, needs too fine a unit (use "
                               "simpler fractions)"), error);
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

  if (!get_int_in (policy, "validity_years", 1, 10, &v, error))
    goto fail;
  r->validity_years = (int) v;
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

gboolean
sb_hnte_growth_rate (gint64 year1, gint64 year2, gint64 year3, SbRatio *out)
{
  i128 num, den, bp;

  *out = sb_ratio (0, 0);
  if (year2 == 0)
    return FALSE;
  if (year1 == 0)
    {
      num = year3;
      den = year2;
    }
  else
    {
      num = (i128) year2 * year2 + (i128) year1 * year3;
      den = (i128) 2 * year1 * year2;
    }
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  /* (num − den) ÷ den in hundredths of a percent, rounded half away from 0 */
  bp = (num - den) * 10000;
  bp = bp >= 0 ? (bp + den / 2) / den : -((-bp + den / 2) / den);
  if (bp > G_MAXINT64 / 2)
    bp = G_MAXINT64 / 2;
  if (bp < G_MININT64 / 2)
    bp = G_MININT64 / 2;
  *out = sb_ratio ((gint64) bp, 10000);
  return TRUE;
}

int
sb_hnte_conversion_points (const SbHnteRules *rules, gint64 count, int n_years,
                           int *out_low, int *out_high)
{
  *out_low = *out_high = 0;
  g_return_val_if_fail (n_years > 0, -1);
  for (guint i = 0; i < rules->conversion_bands->len; i++)
    {
      const SbHnteBand *b = &g_array_index (rules->conversion_bands, SbHnteBand, i);
      i128 tn = b->min.num, td = b->min.den;
      int c;

      frac_normalise (&tn, &td);
      c = frac_compare (count, n_years, tn, td);
      if (c > 0 || (c == 0 && b->inclusive))
        {
          *out_low = b->low;
          *out_high = b->high;
          return (int) i;
        }
    }
  return -1;
}
