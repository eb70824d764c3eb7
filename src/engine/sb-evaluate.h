/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-evaluate.h: evaluate every program a dossier asks for, and the
 * `shenbao-cli evaluate` output (DOSSIER.md). */
#pragma once

#include "sb-dossier.h"
#include "sb-hnte.h"
#include "sb-policy.h"
#include "sb-tase.h"
#include "sb-tradefund.h"

G_BEGIN_DECLS

typedef struct
{
  SbTaseReport      *tase;           /* NULL when not asked for */
  SbAnnualReport    *annual_report;
  SbHnteReport      *hnte;
  SbTradeFundReport *trade_fund;
} SbEvaluation;

/* Identifies the evaluators' code (a hash of the engine's sources): a result
 * saved by another build may differ. */
const char   *sb_engine_build_id        (void);

/* Validates a profile by compiling the rules of its program. */
gboolean      sb_policy_validate        (SbPolicy *policy, GError **error);

/* The catalogue codes of every TASE profile of @policies (a new set of char*). */
GHashTable   *sb_known_categories       (SbPolicySet *policies);

SbEvaluation *sb_evaluate               (const SbDossier *d, SbPolicySet *policies,
                                         SbDate at, GError **error);
void          sb_evaluation_free        (SbEvaluation *self);
JsonNode     *sb_evaluation_to_json     (const SbEvaluation *self);

/* JSON text as the contract prints it: two-space indent, "key": value,
 * non-ASCII unescaped, no trailing newline. */
char         *sb_json_to_pretty_string  (JsonNode *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbEvaluation, sb_evaluation_free)

G_END_DECLS
