/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-evaluate.h"

#include <glib/gi18n-lib.h>

#include "sb-dossier-limits.h"
#include "sb-engine-build-id.h"
#include "sb-engine-error.h"
#include "sb-json-strict.h"

const char *
sb_engine_build_id (void)
{
  return SB_ENGINE_BUILD_ID;
}

gboolean
sb_policy_validate (SbPolicy *policy, GError **error)
{
  const char *program = sb_policy_get_program (policy);

  if (g_str_equal (program, "tase"))
    return sb_tase_rules_get (policy, error) != NULL;
  if (g_str_equal (program, "hnte"))
    return sb_hnte_rules_get (policy, error) != NULL;
  if (g_str_equal (program, "tradefund"))
    return sb_tradefund_rules_get (policy, error) != NULL;
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
               _("Policy profile %s: program: unknown program “%s”"),
               sb_policy_get_origin (policy), program);
  return FALSE;
}

GHashTable *
sb_known_categories (SbPolicySet *policies)
{
  GHashTable *codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *ids = sb_policy_set_get_ids (policies);

  for (guint i = 0; i < ids->len; i++)
    {
      SbPolicy *policy = sb_policy_set_lookup (policies, g_ptr_array_index (ids, i), NULL);
      const SbTaseRules *rules;

      if (policy == NULL || !g_str_equal (sb_policy_get_program (policy), "tase"))
        continue;
      rules = sb_tase_rules_get (policy, NULL);
      if (rules != NULL)
        sb_tase_rules_add_catalogue (rules, codes);
    }
  return codes;
}

/* The profile @id, which must be of @program. */
static SbPolicy *
lookup (SbPolicySet *policies, const char *id, const char *program, const char *key,
        GError **error)
{
  g_autoptr(GError) local_error = NULL;
  SbPolicy *policy = sb_policy_set_lookup (policies, id, &local_error);

  if (policy == NULL)
    {
      if (g_error_matches (local_error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_UNKNOWN_POLICY))
        {
          g_autofree char *shown = sb_json_excerpt (id != NULL ? id : "", -1,
                                                    SB_JSON_QUOTE_CHARS);

          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("%s: no policy profile “%s”"), key, shown);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!g_str_equal (sb_policy_get_program (policy), program))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                   _("%s: profile “%s” is for the %s program, not %s"), key, id,
                   sb_policy_get_program (policy), program);
      return NULL;
    }
  return policy;
}

SbEvaluation *
sb_evaluate (const SbDossier *d, SbPolicySet *policies, SbDate at, GError **error)
{
  g_autoptr(SbEvaluation) self = g_new0 (SbEvaluation, 1);
  SbPolicy *policy;

  /* the bounds that keep every sum below in range (the window's figures
   * come from the store, not through the reader) */
  if (!sb_dossier_check_limits (d, error))
    return NULL;
  if (d->tase != NULL)
    {
      if ((policy = lookup (policies, d->tase->profile, "tase", "tase.profile", error)) == NULL
          || (self->tase = sb_tase_evaluate (d, policy, error)) == NULL)
        return NULL;
    }
  if (d->annual_report != NULL)
    {
      if ((policy = lookup (policies, d->annual_report->profile, "tase",
                            "annual_report.profile", error)) == NULL
          || (self->annual_report = sb_annual_evaluate (d, policy, error)) == NULL)
        return NULL;
    }
  if (d->hnte != NULL)
    {
      if ((policy = lookup (policies, d->hnte->profile, "hnte", "hnte.profile", error)) == NULL
          || (self->hnte = sb_hnte_evaluate (d, policy, at, error)) == NULL)
        return NULL;
    }
  if (d->trade_fund != NULL)
    {
      if ((policy = lookup (policies, d->trade_fund->profile, "tradefund",
                            "trade_fund.profile", error)) == NULL
          || (self->trade_fund = sb_tradefund_evaluate (d, policy, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

void
sb_evaluation_free (SbEvaluation *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->tase, sb_tase_report_free);
  g_clear_pointer (&self->annual_report, sb_annual_report_free);
  g_clear_pointer (&self->hnte, sb_hnte_report_free);
  g_clear_pointer (&self->trade_fund, sb_tradefund_report_free);
  g_free (self);
}

JsonNode *
sb_evaluation_to_json (const SbEvaluation *self)
{
  JsonObject *o = json_object_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  if (self->tase != NULL)
    json_object_set_member (o, "tase", sb_tase_report_to_json (self->tase));
  if (self->annual_report != NULL)
    json_object_set_member (o, "annual_report", sb_annual_report_to_json (self->annual_report));
  if (self->hnte != NULL)
    json_object_set_member (o, "hnte", sb_hnte_report_to_json (self->hnte));
  if (self->trade_fund != NULL)
    json_object_set_member (o, "trade_fund", sb_tradefund_report_to_json (self->trade_fund));
  json_node_take_object (root, o);
  return root;
}
