/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte.h: High-New-Tech Enterprise recognition (RULES.md §4). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

typedef struct _SbHnteRules SbHnteRules;
const SbHnteRules *sb_hnte_rules_get (SbPolicy *policy, GError **error);

typedef struct
{
  gboolean   eligible;
  GPtrArray *checks;            /* SbCheck* */
  SbDate     apply_date;
  /* Figures for the window: */
  gint64     rd_total;          /* HNTE R&D expense of the years, fen (rounded), SB_UNSET */
  gint64     rd_limited_away;   /* what the two ledger limits took away, fen */
  gint64     sales_total;       /* SB_UNSET */
  int        growth_low;        /* growth points, conservative */
  int        growth_high;
  GPtrArray *warnings;          /* char* */
} SbHnteReport;

/* @at stands in for the claim's apply_date when that is absent. */
SbHnteReport *sb_hnte_evaluate       (const SbDossier *d, SbPolicy *policy,
                                      SbDate at, GError **error);
JsonNode     *sb_hnte_report_to_json (const SbHnteReport *report);
void          sb_hnte_report_free    (SbHnteReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbHnteReport, sb_hnte_report_free)

G_END_DECLS
