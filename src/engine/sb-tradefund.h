/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund.h: the trade-fund subsidy claims, five directions (RULES.md §3). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

typedef struct _SbTradeFundRules SbTradeFundRules;
const SbTradeFundRules *sb_tradefund_rules_get (SbPolicy *policy, GError **error);

typedef struct
{
  SbPlatformKind kind;
  gboolean       eligible;
  gint64         base;      /* fen */
  gint64         subsidy;   /* fen */
} SbPlatformResult;

typedef struct
{
  char    *name;            /* as first listed */
  gint64   counted;         /* fees invoiced inside the period, fen */
  gboolean chosen;
  gboolean listed;          /* on the notice's list */
  char    *flag;            /* why it is flagged (translated), or NULL */
} SbCertItem;

typedef struct
{
  gboolean   eligible;
  gint64     base;
  gint64     subsidy;
  GPtrArray *parts;         /* SbPlatformResult* (platform, tcm) or NULL */
  GPtrArray *items;         /* SbCertItem* (certifications) or NULL */
  GPtrArray *checks;        /* SbCheck*: the direction's conditions */
} SbDirectionResult;

typedef struct
{
  GPtrArray         *common;          /* SbCheck*: conditions common to every direction */
  gboolean           common_ok;
  SbDirectionResult *platform;        /* NULL: absent from the claim */
  SbDirectionResult *certifications;
  SbDirectionResult *brand;
  SbDirectionResult *interest;
  SbDirectionResult *tcm;
  gint64             total;           /* fen */
  GPtrArray         *warnings;        /* char* */
} SbTradeFundReport;

SbTradeFundReport *sb_tradefund_evaluate       (const SbDossier *d, SbPolicy *policy,
                                                GError **error);
JsonNode          *sb_tradefund_report_to_json (const SbTradeFundReport *report);
void               sb_tradefund_report_free    (SbTradeFundReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTradeFundReport, sb_tradefund_report_free)

G_END_DECLS
