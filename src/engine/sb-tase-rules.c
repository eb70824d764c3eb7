/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-rules.c: the TASE rules compiled from a policy profile (RULES.md §1–2). */
#include "config.h"

#include "sb-tase.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define RULES_KEY "tase"

/* ---------------------------------------------------------------------- */
/* The rules                                                              */

static void
category_free (SbTaseCategory *c)
{
  g_free (c->code);
  g_free (c->group);
  g_free (c->name);
  g_free (c->description);
  g_free (c);
}

static void
rules_free (SbTaseRules *r)
{
  if (r == NULL)
    return;
  g_strfreev (r->regions);
  g_free (r->regions_note);
  g_clear_pointer (&r->catalogue, g_ptr_array_unref);
  g_free (r->catalogue_note);
  g_strfreev (r->materials);
  g_strfreev (r->materials_2024);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTaseRules, rules_free)

/* A ratio parameter between 0 and 1, reduced. */
static gboolean
get_fraction (SbPolicy *policy, const char *key, SbRatio *out, GError **error)
{
  if (!sb_policy_get_ratio (policy, key, out, error))
    return FALSE;
  if (sb_ratio_compare (*out, sb_ratio (1, 1)) > 0)
    return sb_policy_value_error (policy, key, NULL, _("must be at most 1"), error);
  *out = sb_ratio_reduce (*out);
  return TRUE;
}

static char *
dup_interpretation (SbPolicy *policy, const char *key)
{
  return g_strdup (sb_policy_get_interpretation (policy, key));
}

static gboolean
member_string (JsonObject *o, const char *member, char **out)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || *json_node_get_string (n) == '\0')
    return FALSE;
  *out = g_strdup (json_node_get_string (n));
  return TRUE;
}

static gboolean
compile_catalogue (SbPolicy *policy, SbTaseRules *r, GError **error)
{
  static const char * const members[] = { "code", "group", "name", "description" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *a = sb_policy_get_array (policy, "catalogue", error);

  if (a == NULL)
    return FALSE;
  if (json_array_get_length (a) == 0)
    return sb_policy_value_error (policy, "catalogue", NULL, _("must list at least one business"),
                                  error);

  r->catalogue = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      SbTaseCategory *c;
      char **fields[G_N_ELEMENTS (members)];

      if (!JSON_NODE_HOLDS_OBJECT (e))
        {
          g_autofree char *where = g_strdup_printf ("params.catalogue.value[%u]", i);
          return sb_policy_error (policy, where,
                                  _("must be an object with code, group, name and description"),
                                  error);
        }
      c = g_new0 (SbTaseCategory, 1);
      g_ptr_array_add (r->catalogue, c);
      fields[0] = &c->code;
      fields[1] = &c->group;
      fields[2] = &c->name;
      fields[3] = &c->description;
      for (guint k = 0; k < G_N_ELEMENTS (members); k++)
        if (!member_string (json_node_get_object (e), members[k], fields[k]))
          {
            g_autofree char *where = g_strdup_printf ("params.catalogue.value[%u].%s",
                                                      i, members[k]);
            return sb_policy_error (policy, where, _("must be a non-empty string"), error);
          }
      if (!g_hash_table_add (seen, c->code))
        {
          g_autofree char *where = g_strdup_printf ("params.catalogue.value[%u].code", i);
          return sb_policy_error (policy, where, _("appears twice"), error);
        }
    }
  r->catalogue_note = dup_interpretation (policy, "catalogue");
  return TRUE;
}

static gboolean
compile_dates (SbPolicy *policy, SbTaseRules *r, GError **error)
{
  if (!sb_policy_get_date (policy, "deadline_online", &r->deadline_online, error)
      || !sb_policy_get_date (policy, "deadline_district", &r->deadline_district, error))
    return FALSE;
  /* Optional: only a profile with an annual report has it. */
  r->deadline_annual_report = SB_DATE_UNSET;
  if (sb_policy_get_param (policy, "deadline_annual_report") != NULL
      && !sb_policy_get_date (policy, "deadline_annual_report", &r->deadline_annual_report, error))
    return FALSE;
  return TRUE;
}

static SbTaseRules *
compile_rules (SbPolicy *policy, GError **error)
{
  g_autoptr(SbTaseRules) r = g_new0 (SbTaseRules, 1);
  gint64 n;

  if (g_strcmp0 (sb_policy_get_program (policy), "tase") != 0)
    {
      sb_policy_error (policy, "program", _("must be \"tase\""), error);
      return NULL;
    }

  if ((r->regions = sb_policy_get_strv (policy, "regions", error)) == NULL)
    return NULL;
  if (r->regions[0] == NULL)
    {
      sb_policy_value_error (policy, "regions", NULL, _("must list at least one region code"),
                             error);
      return NULL;
    }
  r->regions_note = dup_interpretation (policy, "regions");

  if (!sb_policy_get_boolean (policy, "review", &r->has_review, error))
    return NULL;
  if (r->has_review)
    {
      if (!sb_policy_get_int (policy, "review_years", &n, error))
        return NULL;
      if (n < 1 || n > 10)
        {
          sb_policy_value_error (policy, "review_years", NULL, _("must be between 1 and 10"),
                                 error);
          return NULL;
        }
      r->review_years = (int) n;
    }

  if (!sb_policy_get_boolean (policy, "clean_record", &r->clean_record, error)
      || !sb_policy_get_boolean (policy, "mofcom_registered", &r->mofcom_registered, error)
      || !get_fraction (policy, "degree_staff_min", &r->degree_staff_min, error)
      || !get_fraction (policy, "tase_revenue_min", &r->tase_revenue_min, error)
      || !get_fraction (policy, "offshore_revenue_min", &r->offshore_revenue_min, error)
      || !get_fraction (policy, "tax_rate_standard", &r->tax_rate_standard, error)
      || !get_fraction (policy, "tax_rate_reduced", &r->tax_rate_reduced, error))
    return NULL;
  if (sb_ratio_compare (r->tax_rate_reduced, r->tax_rate_standard) > 0)
    {
      sb_policy_value_error (policy, "tax_rate_reduced", NULL,
                             _("must not exceed params.tax_rate_standard"), error);
      return NULL;
    }

  if (!compile_catalogue (policy, r, error))
    return NULL;

  if ((r->materials = sb_policy_get_strv (policy, "materials", error)) == NULL
      || (r->materials_2024 = sb_policy_get_strv (policy, "materials_2024", error)) == NULL)
    return NULL;

  if (!sb_policy_get_int (policy, "business_statement_min_chars",
                          &r->business_statement_min_chars, error))
    return NULL;
  if (r->business_statement_min_chars < 0)
    {
      sb_policy_value_error (policy, "business_statement_min_chars", NULL,
                             _("must not be negative"), error);
      return NULL;
    }

  if (!compile_dates (policy, r, error))
    return NULL;
  /* optional: profiles without it owe no evidence for registration gaps */
  if (sb_policy_get_param (policy, "registration_evidence") != NULL
      && !sb_policy_get_boolean (policy, "registration_evidence", &r->registration_evidence,
                                 error))
    return NULL;
  return g_steal_pointer (&r);
}

const SbTaseRules *
sb_tase_rules_get (SbPolicy *policy, GError **error)
{
  SbTaseRules *r;

  g_return_val_if_fail (policy != NULL, NULL);

  r = sb_policy_get_compiled (policy, RULES_KEY);
  if (r != NULL)
    return r;
  r = compile_rules (policy, error);
  if (r == NULL)
    return NULL;
  sb_policy_set_compiled (policy, RULES_KEY, r, (GDestroyNotify) rules_free);
  return r;
}

void
sb_tase_rules_add_catalogue (const SbTaseRules *rules, GHashTable *codes)
{
  g_return_if_fail (rules != NULL && codes != NULL);

  for (guint i = 0; i < rules->catalogue->len; i++)
    {
      const SbTaseCategory *c = g_ptr_array_index (rules->catalogue, i);
      g_hash_table_add (codes, g_strdup (c->code));
    }
}

const SbTaseCategory *
sb_tase_rules_find_category (const SbTaseRules *rules, const char *code)
{
  g_return_val_if_fail (rules != NULL, NULL);

  if (code == NULL)
    return NULL;
  for (guint i = 0; i < rules->catalogue->len; i++)
    {
      const SbTaseCategory *c = g_ptr_array_index (rules->catalogue, i);
      if (strcmp (c->code, code) == 0)
        return c;
    }
  return NULL;
}

gboolean
sb_tase_rules_accepts_region (const SbTaseRules *rules, const char *region)
{
  g_return_val_if_fail (rules != NULL, FALSE);

  return region != NULL && g_strv_contains ((const char * const *) rules->regions, region);
}

glong
sb_tase_statement_length (const char *text)
{
  g_autofree char *valid = NULL;
  glong n = 0;

  if (text == NULL)
    return 0;
  valid = g_utf8_make_valid (text, -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      n++;
  return n;
}
