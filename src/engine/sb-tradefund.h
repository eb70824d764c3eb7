/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund.h: the trade-fund subsidy claims, five directions (RULES.md §3). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

/* The trade-fund parameters of a profile, compiled once and cached on the
 * policy (key "tradefund").  Fails naming the first missing or ill-typed key. */
typedef struct _SbTradeFundRules SbTradeFundRules;
const SbTradeFundRules *sb_tradefund_rules_get (SbPolicy *policy, GError **error);

/* Figures of the compiled rules, for the window and the forms. */
SbPeriod            sb_tradefund_rules_get_support_period (const SbTradeFundRules *rules);
void                sb_tradefund_rules_get_deadlines      (const SbTradeFundRules *rules,
                                                           SbDate *district, SbDate *city);
/* The notice's certification names, in its order (NULL-terminated, owned). */
const char * const *sb_tradefund_rules_get_cert_names     (const SbTradeFundRules *rules);
/* The brand titles of the notice, in its order (NULL-terminated, owned). */
const char * const *sb_tradefund_rules_get_brand_titles   (const SbTradeFundRules *rules);
/* TRUE when @title is on the list and needs the offshore floor. */
gboolean            sb_tradefund_rules_brand_needs_floor  (const SbTradeFundRules *rules,
                                                           const char *title);
/* The item name a certification line is grouped under: the notice's name for
 * a listed name or alias ("CMM（I）" → "CMMI"), else the trimmed name.
 * @listed and @successor_of (the listed name it replaces, or NULL) may be NULL. */
char               *sb_tradefund_rules_cert_item_name     (const SbTradeFundRules *rules,
                                                           const char *name,
                                                           gboolean *listed,
                                                           const char **successor_of);

/* One project of the platform direction (construction, O&M) or one part of
 * the TCM base (construction, O&M, brand and marketing). */
typedef struct
{
  SbPlatformKind kind;      /* platform and TCM construction/O&M; O&M for marketing */
  const char    *part;      /* static: "construction", "om" or "marketing" */
  gboolean       eligible;
  gint64         base;      /* fen; SB_UNSET: no figure */
  gint64         subsidy;   /* fen, after the part's own cap */
  SbRatio        rate;      /* the profile's rate for the part */
  gint64         cap;       /* the part's cap in fen; SB_UNSET: none */
  GPtrArray     *checks;    /* SbCheck*: the part's own conditions */
} SbPlatformResult;

typedef struct
{
  char    *name;            /* the item name (sb_tradefund_rules_cert_item_name) */
  gint64   counted;         /* fees invoiced inside the period, fen */
  guint    n_lines;         /* fee lines of the item, in the period or not */
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
  char      *note;          /* a translated remark on the amount, or NULL */
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
  GPtrArray         *warnings;        /* char*, translated */
} SbTradeFundReport;

/* @d must have a trade_fund claim.  Fails with SB_ENGINE_ERROR_INVALID_INPUT for
 * two platform projects of one kind or a chosen certification that is not in
 * the list, SB_ENGINE_ERROR_INVALID_POLICY for a bad profile. */
SbTradeFundReport *sb_tradefund_evaluate       (const SbDossier *d, SbPolicy *policy,
                                                GError **error);
JsonNode          *sb_tradefund_report_to_json (const SbTradeFundReport *report);
void               sb_tradefund_report_free    (SbTradeFundReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTradeFundReport, sb_tradefund_report_free)

G_END_DECLS
