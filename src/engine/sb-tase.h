/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase.h: TASE recognition and review (RULES.md §1) and the annual
 * information report (§2). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

/* The TASE parameters of a profile, compiled once and cached on the policy.
 * Fails naming the first missing or ill-typed key. */
typedef struct _SbTaseRules SbTaseRules;
const SbTaseRules *sb_tase_rules_get (SbPolicy *policy, GError **error);

/* Adds the profile's catalogue codes to @codes (a set of char*). */
void sb_tase_rules_add_catalogue (const SbTaseRules *rules, GHashTable *codes);

/* The figures of one tested year, exact, for the window and the tables. */
typedef struct
{
  int      year;
  gint64   total_revenue;      /* 收入总额 − 不征税收入, SB_UNSET: missing */
  gint64   catalogue_revenue;  /* SB_UNSET: missing */
  gint64   offshore_revenue;   /* SB_UNSET: missing */
  gboolean from_contracts;     /* revenue summed from the contract list */
  SbRatio  degree_avg;         /* average degree staff (fraction) */
  SbRatio  total_avg;          /* average total staff (fraction) */
} SbTaseYearFigures;

typedef struct
{
  gboolean   eligible;
  GPtrArray *checks;       /* SbCheck* */
  gint64     tax_benefit;  /* fen; SB_UNSET: null */
  GArray    *years;        /* SbTaseYearFigures, oldest first */
  GPtrArray *warnings;     /* char*, translated, for the window and stderr */
} SbTaseReport;

/* @d must have a tase claim.  Fails (SB_ENGINE_ERROR_INVALID_INPUT) for a
 * claim the profile cannot evaluate (review with a profile without review). */
SbTaseReport *sb_tase_evaluate        (const SbDossier *d, SbPolicy *policy,
                                       GError **error);
JsonNode     *sb_tase_report_to_json  (const SbTaseReport *report);
void          sb_tase_report_free     (SbTaseReport *report);

/* The annual information report of d->annual_report->year. */
typedef struct
{
  int        year;
  gboolean   eligible;     /* the year still meets the three ratios */
  GPtrArray *checks;
  gint64     tax_benefit;  /* SB_UNSET: null */
  GPtrArray *warnings;
} SbAnnualReport;

SbAnnualReport *sb_annual_evaluate       (const SbDossier *d, SbPolicy *policy,
                                          GError **error);
JsonNode       *sb_annual_report_to_json (const SbAnnualReport *report);
void            sb_annual_report_free    (SbAnnualReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTaseReport, sb_tase_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbAnnualReport, sb_annual_report_free)

G_END_DECLS
