/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the trade-fund evaluator lands: it fails loudly, it never passes. */
#include "sb-tradefund.h"
#include "sb-engine-error.h"

const SbTradeFundRules *sb_tradefund_rules_get (SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "trade-fund rules not implemented"); return NULL; }
SbTradeFundReport *sb_tradefund_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "trade fund not implemented"); return NULL; }
JsonNode *sb_tradefund_report_to_json (const SbTradeFundReport *report) { return json_node_new (JSON_NODE_NULL); }
void sb_tradefund_report_free (SbTradeFundReport *report) {}
