/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the TASE evaluator lands: it fails loudly, it never passes. */
#include "sb-tase.h"
#include "sb-engine-error.h"

const SbTaseRules *sb_tase_rules_get (SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "TASE rules not implemented"); return NULL; }
void sb_tase_rules_add_catalogue (const SbTaseRules *rules, GHashTable *codes) {}
SbTaseReport *sb_tase_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "TASE not implemented"); return NULL; }
JsonNode *sb_tase_report_to_json (const SbTaseReport *report) { return json_node_new (JSON_NODE_NULL); }
void sb_tase_report_free (SbTaseReport *report) {}
SbAnnualReport *sb_annual_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "annual not implemented"); return NULL; }
JsonNode *sb_annual_report_to_json (const SbAnnualReport *report) { return json_node_new (JSON_NODE_NULL); }
void sb_annual_report_free (SbAnnualReport *report) {}
