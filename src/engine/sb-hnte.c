/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the HNTE evaluator lands: it fails loudly, it never passes. */
#include "sb-hnte.h"
#include "sb-engine-error.h"

const SbHnteRules *sb_hnte_rules_get (SbPolicy *policy, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "HNTE rules not implemented"); return NULL; }
SbHnteReport *sb_hnte_evaluate (const SbDossier *d, SbPolicy *policy, SbDate at, GError **error)
{ g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY, "HNTE not implemented"); return NULL; }
JsonNode *sb_hnte_report_to_json (const SbHnteReport *report) { return json_node_new (JSON_NODE_NULL); }
void sb_hnte_report_free (SbHnteReport *report) {}
