/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-evidence.c: the contracts and invoices owed for a registration
 * gap (RULES.md §1.6, Dalian 2025 notice [000] (三)8).
 *
 * A company whose registered amounts (合同执行额登记 for offshore contracts,
 * 核定技术性收入 for catalogue contracts) reach the share of total revenue
 * the condition asks for owes no copies; otherwise it owes copies of its
 * unregistered contracts with their invoices for the gap.  The program
 * proposes the fewest contracts, largest revenue first. */
#include "config.h"

#include "sb-tase.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static gboolean
is_candidate_kind (const SbContract *c, SbTaseEvidenceKind kind)
{
  if (kind == SB_TASE_EVIDENCE_OFFSHORE)
    return c->offshore == SB_TRI_TRUE;
  return c->category != NULL;
}

static SbRegistrationKind
registration_kind (SbTaseEvidenceKind kind)
{
  return kind == SB_TASE_EVIDENCE_OFFSHORE ? SB_REGISTRATION_EXECUTION : SB_REGISTRATION_TECH;
}

/* The contract's registered amount of @kind (fen), or -1 when it has no
 * registration of that kind. */
static gint64
registered_amount (const SbContract *c, SbRegistrationKind kind)
{
  gint64 sum = -1;

  for (guint i = 0; c->registrations != NULL && i < c->registrations->len; i++)
    {
      const SbRegistration *r = g_ptr_array_index (c->registrations, i);

      if (r->kind != kind)
        continue;
      if (sum < 0)
        sum = 0;
      if (r->amount != SB_UNSET && r->amount > 0)
        sum = sum > G_MAXINT64 - r->amount ? G_MAXINT64 : sum + r->amount;
    }
  return sum;
}

/* Largest revenue first; equal revenue: contract number order. */
static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const SbContract *ca = *(const SbContract * const *) a;
  const SbContract *cb = *(const SbContract * const *) b;

  if (ca->revenue != cb->revenue)
    return ca->revenue > cb->revenue ? -1 : 1;
  return g_strcmp0 (ca->no, cb->no);
}

char **
sb_tase_evidence_chosen (const SbTaseClaim *claim, int year, SbTaseEvidenceKind kind)
{
  const char *kind_key = kind == SB_TASE_EVIDENCE_OFFSHORE ? "offshore" : "tase";
  JsonNode *node;
  JsonArray *list;

  if (claim == NULL || claim->extra == NULL
      || (node = json_object_get_member (claim->extra, "evidence_chosen")) == NULL
      || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  list = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *e = json_array_get_element (list, i);
      JsonObject *o;
      JsonNode *y, *k, *c;
      g_autoptr(GStrvBuilder) b = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (e))
        continue;
      o = json_node_get_object (e);
      y = json_object_get_member (o, "year");
      k = json_object_get_member (o, "kind");
      c = json_object_get_member (o, "contracts");
      if (y == NULL || !JSON_NODE_HOLDS_VALUE (y) || json_node_get_value_type (y) != G_TYPE_INT64
          || json_node_get_int (y) != year
          || k == NULL || !JSON_NODE_HOLDS_VALUE (k) || json_node_get_value_type (k) != G_TYPE_STRING
          || g_strcmp0 (json_node_get_string (k), kind_key) != 0
          || c == NULL || !JSON_NODE_HOLDS_ARRAY (c))
        continue;
      b = g_strv_builder_new ();
      for (guint j = 0; j < json_array_get_length (json_node_get_array (c)); j++)
        {
          JsonNode *no = json_array_get_element (json_node_get_array (c), j);

          if (JSON_NODE_HOLDS_VALUE (no) && json_node_get_value_type (no) == G_TYPE_STRING)
            g_strv_builder_add (b, json_node_get_string (no));
        }
      return g_strv_builder_end (b);
    }
  return NULL;
}

GPtrArray *
sb_tase_evidence_candidates (const SbYear *y, SbTaseEvidenceKind kind)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; y != NULL && y->contracts != NULL && i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);

      if (is_candidate_kind (c, kind) && registered_amount (c, registration_kind (kind)) < 0
          && c->revenue != SB_UNSET && c->revenue > 0)
        g_ptr_array_add (out, (gpointer) c);
    }
  g_ptr_array_sort (out, compare_candidates);
  return out;
}

SbTaseEvidence *
sb_tase_evidence_compute (const SbYear *y, int year, SbTaseEvidenceKind kind,
                          SbRatio threshold, const char * const *chosen, GPtrArray *warnings)
{
  SbTaseEvidence *e = g_new0 (SbTaseEvidence, 1);
  SbRegistrationKind rkind = registration_kind (kind);
  g_autoptr(GPtrArray) candidates = sb_tase_evidence_candidates (y, kind);
  gint64 covered = 0;

  e->year = year;
  e->kind = kind;
  e->registered = 0;
  e->required = e->gap = e->uncovered = SB_UNSET;
  e->contracts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; y != NULL && y->contracts != NULL && i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      gint64 amount;

      if (!is_candidate_kind (c, kind))
        continue;
      amount = registered_amount (c, rkind);
      if (amount >= 0)
        e->registered = e->registered > G_MAXINT64 - amount ? G_MAXINT64 : e->registered + amount;
    }

  if (y == NULL || y->income_total == SB_UNSET)
    return e;   /* total revenue missing: the duty cannot be sized */
  e->required = sb_money_mul_ratio_ceil (y->income_total
                                         - (y->non_taxable_income != SB_UNSET
                                            ? y->non_taxable_income : 0),
                                         threshold);
  if (e->required < 0)
    e->required = 0;
  e->gap = e->registered >= e->required ? 0 : e->required - e->registered;
  e->uncovered = 0;
  if (e->gap == 0)
    return e;

  if (chosen != NULL)
    {
      /* the user's set, in the user's order: what it covers is what it covers */
      for (guint i = 0; chosen[i] != NULL; i++)
        {
          const SbContract *found = NULL;

          for (guint j = 0; j < candidates->len && found == NULL; j++)
            if (g_strcmp0 (((const SbContract *) g_ptr_array_index (candidates, j))->no,
                           chosen[i]) == 0)
              found = g_ptr_array_index (candidates, j);
          if (found == NULL)
            {
              if (warnings != NULL)
                g_ptr_array_add (warnings,
                                 g_strdup_printf (kind == SB_TASE_EVIDENCE_OFFSHORE
                                                  ? _("%d: contract %s is not an unregistered offshore contract with revenue; it is left out of the chosen copies")
                                                  : _("%d: contract %s is not an unregistered catalogue contract with revenue; it is left out of the chosen copies"),
                                                  year, chosen[i]));
              continue;
            }
          g_ptr_array_add (e->contracts, g_strdup (chosen[i]));
          if (covered < G_MAXINT64 - found->revenue)
            covered += found->revenue;
        }
      e->uncovered = covered >= e->gap ? 0 : e->gap - covered;
      return e;
    }

  for (guint i = 0; i < candidates->len && covered < e->gap; i++)
    {
      const SbContract *c = g_ptr_array_index (candidates, i);

      g_ptr_array_add (e->contracts, g_strdup (c->no != NULL ? c->no : ""));
      covered += c->revenue;   /* each ≤ 9e14 fen, at most gap + one more: no overflow */
    }
  e->uncovered = covered >= e->gap ? 0 : e->gap - covered;
  return e;
}

void
sb_tase_evidence_free (SbTaseEvidence *e)
{
  if (e == NULL)
    return;
  g_ptr_array_unref (e->contracts);
  g_free (e);
}
