/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte.h: High-New-Tech Enterprise recognition (RULES.md §4). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

/* One scoring band of the innovation evaluation (growth rate, conversions
 * per year): a figure at or above @min (above it when @inclusive is FALSE)
 * scores @low to @high points. */
typedef struct
{
  SbRatio  min;
  gboolean inclusive;
  int      low;
  int      high;
} SbHnteBand;

/* The rules compiled from an HNTE profile (every number comes from it).
 * Owned by the policy; read-only. */
typedef struct _SbHnteRules SbHnteRules;
struct _SbHnteRules
{
  char    **regions;                /* accepted region codes */
  gint64    min_age_days;           /* registration to application, calendar days */
  int       fiscal_years;           /* "近三个会计年度" */
  char    **fields;                 /* the eight 高新技术领域 */
  SbRatio   st_staff_min;
  gint64    rd_tier1_max_sales;     /* fen: last-year sales up to it → tier 1 */
  gint64    rd_tier2_max_sales;     /* fen: up to it → tier 2, above → tier 3 */
  SbRatio   rd_ratio_tier1;
  SbRatio   rd_ratio_tier2;
  SbRatio   rd_ratio_tier3;
  SbRatio   rd_outsourced_share;    /* 委托外部研发 counted at this share */
  SbRatio   rd_other_cap;           /* 其他费用 at most this share of the total */
  gint64    rd_unit;                /* the ledger is exact in 1/rd_unit fen */
  SbRatio   rd_domestic_min;
  SbRatio   ht_revenue_min;
  gint64    innovation_min;         /* whole points */
  gint64    ip_max;
  gint64    conversion_max;
  gint64    rd_management_max;
  gint64    growth_max;
  GArray   *growth_bands;           /* SbHnteBand, highest first */
  GArray   *conversion_bands;       /* SbHnteBand, highest first */
  char     *growth_formula;         /* for display */
  char     *innovation_note;        /* the profile's interpretation, or NULL */
  int       annual_report_due_month;   /* by the end of this month */
  int       validity_years;            /* the recognition is valid this many years */
  int       annual_report_missed_years_max;
  int       statutory_working_days;
  int       promised_working_days;
};

const SbHnteRules *sb_hnte_rules_get (SbPolicy *policy, GError **error);

/* The HNTE R&D expense of one year's ledger (RULES.md §4.1), exact:
 * the SbRatio figures are fen with denominator rules->rd_unit. */
typedef struct
{
  gint64  entered;        /* the eight categories as entered, fen */
  SbRatio counted;        /* rest + counted other */
  SbRatio outsourced_cut; /* what the outsourced share took away */
  SbRatio other_cut;      /* what the cap on other expenses took away */
} SbHnteRd;

/* FALSE when a category is absent (SB_UNSET). */
gboolean      sb_hnte_rd_from_ledger (const SbHnteRules *rules,
                                      const gint64 ledger[SB_RD_N_CATEGORIES],
                                      SbHnteRd *out);

/* Growth points of one item (net assets or sales, years oldest first;
 * a year not operated is 0), RULES.md §4.1.  Returns the band index in
 * rules->growth_bands, or -1 for 0 points. */
int           sb_hnte_growth_points  (const SbHnteRules *rules, gint64 year1,
                                      gint64 year2, gint64 year3,
                                      int *out_low, int *out_high);

/* The growth rate of RULES.md §4.1 for display, rounded to a hundredth of a
 * percent (a ratio over 10000); FALSE when year 2 is zero (the item scores 0).
 * The points come from the exact rate (sb_hnte_growth_points). */
gboolean      sb_hnte_growth_rate    (gint64 year1, gint64 year2, gint64 year3, SbRatio *out);

/* Conversion points from the number of results converted in the last
 * fiscal years, scored by the yearly average over the @n_years the company
 * operated among them (count ÷ n_years; RULES.md §4.1, 004 (五)).
 * Returns the band index or -1. */
int           sb_hnte_conversion_points (const SbHnteRules *rules, gint64 count,
                                         int n_years, int *out_low, int *out_high);

typedef struct
{
  gboolean   eligible;
  GPtrArray *checks;            /* SbCheck* */
  SbDate     apply_date;
  /* Figures for the window: */
  gint64     rd_total;          /* HNTE R&D expense of the years, fen (rounded), SB_UNSET */
  SbRatio    rd_total_exact;    /* the same, exact (den 0 when unknown) */
  gint64     rd_limited_away;   /* what the two ledger limits took away, fen (rounded) */
  gint64     sales_total;       /* SB_UNSET */
  int        growth_low;        /* growth points, conservative; -1 unknown */
  int        growth_high;
  int        growth_net_assets_low;   /* the two items; -1 unknown */
  int        growth_net_assets_high;
  int        growth_sales_low;
  int        growth_sales_high;
  SbRatio    growth_net_assets_rate;  /* for display (sb_hnte_growth_rate); den 0: none */
  SbRatio    growth_sales_rate;
  int        conversion_low;    /* conversion points used; -1 unknown */
  int        conversion_high;
  int        conversion_years;  /* years the count was averaged over; 0: no count used */
  int        innovation_low;    /* the totals; -1 unknown */
  int        innovation_high;
  GPtrArray *warnings;          /* char* */
} SbHnteReport;

/* @at stands in for the claim's apply_date when that is absent. */
SbHnteReport *sb_hnte_evaluate       (const SbDossier *d, SbPolicy *policy,
                                      SbDate at, GError **error);
JsonNode     *sb_hnte_report_to_json (const SbHnteReport *report);
void          sb_hnte_report_free    (SbHnteReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbHnteReport, sb_hnte_report_free)

G_END_DECLS
