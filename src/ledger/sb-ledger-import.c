/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-import.c: see sb-ledger-import.h. */
#include "config.h"

#include "sb-ledger-import.h"
#include "sb-tase.h"

static void
add_catalogue (GArray *out, SbPolicySet *policies, const char *id)
{
  SbPolicy *policy = sb_policy_set_lookup (policies, id, NULL);
  const SbTaseRules *rules;

  if (policy == NULL || !g_str_equal (sb_policy_get_program (policy), "tase"))
    return;
  rules = sb_tase_rules_get (policy, NULL);
  if (rules == NULL || rules->catalogue == NULL)
    return;
  for (guint i = 0; i < rules->catalogue->len; i++)
    {
      const SbTaseCategory *c = g_ptr_array_index (rules->catalogue, i);
      SbLedgerCategory entry = { c->code, c->name };

      g_array_append_val (out, entry);
    }
}

GArray *
sb_ledger_catalogue (SbPolicySet *policies, const SbDossier *dossier)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SbLedgerCategory));
  GPtrArray *ids;

  if (policies == NULL)
    return out;
  if (dossier != NULL && dossier->tase != NULL && dossier->tase->profile != NULL)
    add_catalogue (out, policies, dossier->tase->profile);
  ids = sb_policy_set_get_ids (policies);
  for (guint i = 0; out->len == 0 && i < ids->len; i++)
    add_catalogue (out, policies, g_ptr_array_index (ids, i));
  return out;
}

SbDossier *
sb_ledger_import_dossier (SbLedgerParse *parse, const SbDossier *dossier,
                          const SbLedgerTarget *target, SbLedgerOutcome *outcome, GError **error)
{
  g_autoptr(SbEnterprise) company = sb_enterprise_new_from_dossier (dossier);
  g_autoptr(SbDossier) result = NULL;

  if (parse->kind == SB_LEDGER_FIRMS)
    {
      result = sb_enterprise_to_dossier (company);
      sb_ledger_mark_duplicates (parse, company, result, target);
      if (!sb_ledger_apply_firms (parse, result, target, outcome, error))
        return NULL;
      return g_steal_pointer (&result);
    }
  sb_ledger_mark_duplicates (parse, company, dossier, target);
  if (!sb_ledger_apply (parse, company, target, outcome, error))
    return NULL;
  return sb_enterprise_to_dossier (company);
}
