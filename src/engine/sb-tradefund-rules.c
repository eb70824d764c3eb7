/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-rules.c: the trade-fund rules compiled from a policy profile (RULES.md §3). */
#include "config.h"

#include <inttypes.h>

#include "sb-tradefund-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ---------------------------------------------------------------- names */

/* The comparison key of a name: no spaces, full-width forms folded to ASCII,
 * ASCII letters upper case ("cmm（i）" and "CMM (I)" → "CMM(I)"). */
char *
sb_tradefund_name_key (const char *name)
{
  GString *s;

  if (!g_utf8_validate (name, -1, NULL))
    return g_strdup (name);
  s = g_string_new (NULL);
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      if (c < 0x80)
        c = (gunichar) g_ascii_toupper ((char) c);
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* @name without leading and trailing (Unicode) white space. */
char *
sb_tradefund_trim_name (const char *name)
{
  const char *start = name;
  const char *end;

  if (!g_utf8_validate (name, -1, NULL))
    return g_strstrip (g_strdup (name));
  end = name + strlen (name);
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, (gsize) (end - start));
}

gboolean
sb_tradefund_is_blank (const char *s)
{
  g_autofree char *t = NULL;

  if (s == NULL)
    return TRUE;
  t = sb_tradefund_trim_name (s);
  return *t == '\0';
}

/* ---------------------------------------------------------------- rules */

static void
cert_name_free (SbTradeFundCertName *n)
{
  g_free (n->name);
  g_free (n->successor_of);
  g_free (n);
}

static void
brand_title_free (SbTradeFundBrandTitle *t)
{
  g_free (t->title);
  g_free (t->key);
  g_free (t);
}

static void
rules_free (SbTradeFundRules *r)
{
  if (r == NULL)
    return;
  g_strfreev (r->regions);
  g_clear_pointer (&r->cert_keys, g_hash_table_unref);
  g_clear_pointer (&r->cert_entries, g_ptr_array_unref);
  g_clear_pointer (&r->cert_names, g_ptr_array_unref);
  g_clear_pointer (&r->brand_titles, g_ptr_array_unref);
  g_clear_pointer (&r->brand_title_names, g_ptr_array_unref);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTradeFundRules, rules_free)

static gboolean
get_choice (SbPolicy *policy, const char *key, const char * const *choices, int *out,
            GError **error)
{
  const char *value = sb_policy_get_string (policy, key, error);
  g_autofree char *list = NULL;

  if (value == NULL)
    return FALSE;
  for (int i = 0; choices[i] != NULL; i++)
    if (strcmp (value, choices[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  list = g_strjoinv (", ", (char **) choices);
  {
    g_autofree char *what = g_strdup_printf (_("must be one of: %s"), list);
    return sb_policy_value_error (policy, key, NULL, what, error);
  }
}

static gboolean
get_nonneg_money (SbPolicy *policy, const char *key, gint64 *out, GError **error)
{
  if (!sb_policy_get_money (policy, key, out, error))
    return FALSE;
  if (*out < 0)
    return sb_policy_value_error (policy, key, NULL, _("must not be negative"), error);
  return TRUE;
}

static gboolean
get_count (SbPolicy *policy, const char *key, gint64 min, gint64 *out, GError **error)
{
  if (!sb_policy_get_int (policy, key, out, error))
    return FALSE;
  if (*out < min)
    {
      g_autofree char *what = g_strdup_printf (_("must be at least %" PRId64), min);
      return sb_policy_value_error (policy, key, NULL, what, error);
    }
  return TRUE;
}

/* A string member of element @i of params.KEY.value; NULL (with the error set)
 * when it is required and missing or not a non-empty string. */
static const char *
element_string (SbPolicy *policy, const char *key, guint i, JsonObject *o, const char *member,
                gboolean required, GError **error)
{
  JsonNode *n = json_object_get_member (o, member);
  g_autofree char *where = g_strdup_printf ("[%u].%s", i, member);

  if (n == NULL && !required)
    return "";
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || sb_tradefund_is_blank (json_node_get_string (n)))
    {
      sb_policy_value_error (policy, key, where, _("must be a non-empty string"), error);
      return NULL;
    }
  return json_node_get_string (n);
}

static JsonObject *
element_object (SbPolicy *policy, const char *key, JsonArray *a, guint i, GError **error)
{
  JsonNode *n = json_array_get_element (a, i);
  g_autofree char *where = g_strdup_printf ("[%u]", i);

  if (!JSON_NODE_HOLDS_OBJECT (n))
    {
      sb_policy_value_error (policy, key, where, _("must be an object"), error);
      return NULL;
    }
  return json_node_get_object (n);
}

static gboolean
add_cert_key (SbTradeFundRules *r, SbPolicy *policy, const char *key, guint i,
              const char *spelling, SbTradeFundCertName *entry, GError **error)
{
  g_autofree char *k = sb_tradefund_name_key (spelling);
  SbTradeFundCertName *other = g_hash_table_lookup (r->cert_keys, k);

  if (other != NULL && other != entry)
    {
      g_autofree char *where = g_strdup_printf ("[%u]", i);
      g_autofree char *what = g_strdup_printf (_("“%s” is also a name of %s"), spelling, other->name);
      return sb_policy_value_error (policy, key, where, what, error);
    }
  g_hash_table_insert (r->cert_keys, g_steal_pointer (&k), entry);
  return TRUE;
}

/* cert_list: [{ name, title?, aliases? }]; cert_successors: [{ name,
 * successor_of, aliases? }]. */
static gboolean
compile_certs (SbTradeFundRules *r, SbPolicy *policy, const char *key, gboolean successors,
               GError **error)
{
  JsonArray *a = sb_policy_get_array (policy, key, error);

  if (a == NULL)
    return FALSE;
  if (!successors && json_array_get_length (a) == 0)
    return sb_policy_value_error (policy, key, NULL, _("must not be empty"), error);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = element_object (policy, key, a, i, error);
      const char *name;
      const char *successor_of = NULL;
      JsonNode *aliases;
      SbTradeFundCertName *entry;

      if (o == NULL
          || (name = element_string (policy, key, i, o, "name", TRUE, error)) == NULL
          || (successors
              && (successor_of = element_string (policy, key, i, o, "successor_of", TRUE,
                                                 error)) == NULL))
        return FALSE;
      entry = g_new0 (SbTradeFundCertName, 1);
      entry->name = sb_tradefund_trim_name (name);
      entry->listed = !successors;
      g_ptr_array_add (r->cert_entries, entry);
      if (successors)
        {
          g_autofree char *k = sb_tradefund_name_key (successor_of);
          SbTradeFundCertName *replaced = g_hash_table_lookup (r->cert_keys, k);

          if (replaced == NULL || !replaced->listed)
            {
              g_autofree char *where = g_strdup_printf ("[%u].successor_of", i);
              return sb_policy_value_error (policy, key, where,
                                            _("must name a certification of params.cert_list"),
                                            error);
            }
          entry->successor_of = g_strdup (replaced->name);
        }
      else
        g_ptr_array_insert (r->cert_names, (gint) r->cert_names->len - 1, entry->name);
      if (!add_cert_key (r, policy, key, i, name, entry, error))
        return FALSE;

      aliases = json_object_get_member (o, "aliases");
      if (aliases == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (aliases))
        {
          g_autofree char *where = g_strdup_printf ("[%u].aliases", i);
          return sb_policy_value_error (policy, key, where, _("must be a list of strings"), error);
        }
      for (guint j = 0; j < json_array_get_length (json_node_get_array (aliases)); j++)
        {
          JsonNode *an = json_array_get_element (json_node_get_array (aliases), j);

          if (!JSON_NODE_HOLDS_VALUE (an) || json_node_get_value_type (an) != G_TYPE_STRING
              || sb_tradefund_is_blank (json_node_get_string (an)))
            {
              g_autofree char *where = g_strdup_printf ("[%u].aliases[%u]", i, j);
              return sb_policy_value_error (policy, key, where, _("must be a non-empty string"),
                                            error);
            }
          if (!add_cert_key (r, policy, key, i, json_node_get_string (an), entry, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* brand_titles: [{ title, issuer?, offshore_floor }] */
static gboolean
compile_brand_titles (SbTradeFundRules *r, SbPolicy *policy, GError **error)
{
  const char *key = "brand_titles";
  JsonArray *a = sb_policy_get_array (policy, key, error);

  if (a == NULL)
    return FALSE;
  if (json_array_get_length (a) == 0)
    return sb_policy_value_error (policy, key, NULL, _("must not be empty"), error);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = element_object (policy, key, a, i, error);
      const char *title;
      JsonNode *floor;
      SbTradeFundBrandTitle *t;

      if (o == NULL || (title = element_string (policy, key, i, o, "title", TRUE, error)) == NULL)
        return FALSE;
      floor = json_object_get_member (o, "offshore_floor");
      if (floor == NULL || !JSON_NODE_HOLDS_VALUE (floor)
          || json_node_get_value_type (floor) != G_TYPE_BOOLEAN)
        {
          g_autofree char *where = g_strdup_printf ("[%u].offshore_floor", i);
          return sb_policy_value_error (policy, key, where, _("must be true or false"), error);
        }
      t = g_new0 (SbTradeFundBrandTitle, 1);
      t->title = sb_tradefund_trim_name (title);
      t->key = sb_tradefund_name_key (title);
      t->needs_floor = json_node_get_boolean (floor);
      g_ptr_array_add (r->brand_titles, t);
      g_ptr_array_insert (r->brand_title_names, (gint) r->brand_title_names->len - 1, t->title);
    }
  return TRUE;
}

static SbTradeFundRules *
rules_compile (SbPolicy *policy, GError **error)
{
  static const char * const line_choices[] = { "min_invoice_paid", "invoice", "paid", NULL };
  static const char * const unlisted_choices[] = { "needs_acceptance", "not_eligible", NULL };
  static const char * const principal_choices[] = { "min_of_totals", NULL };
  static const char * const currency_choices[] = { "user_rate", NULL };
  g_autoptr(SbTradeFundRules) r = g_new0 (SbTradeFundRules, 1);
  int choice = 0;

  r->cert_entries = g_ptr_array_new_with_free_func ((GDestroyNotify) cert_name_free);
  r->cert_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->cert_names = g_ptr_array_new ();
  g_ptr_array_add (r->cert_names, NULL);
  r->brand_titles = g_ptr_array_new_with_free_func ((GDestroyNotify) brand_title_free);
  r->brand_title_names = g_ptr_array_new ();
  g_ptr_array_add (r->brand_title_names, NULL);

  if ((r->regions = sb_policy_get_strv (policy, "regions", error)) == NULL)
    return NULL;
  if (r->regions[0] == NULL)
    {
      sb_policy_value_error (policy, "regions", NULL, _("must not be empty"), error);
      return NULL;
    }

  if (!sb_policy_get_period (policy, "support_period", &r->period, error)
      || !sb_policy_get_period (policy, "platform_construction_window",
                                &r->construction_window, error)
      || !sb_policy_get_period (policy, "platform_om_build_window", &r->om_build_window, error)
      || !get_count (policy, "platform_firms_min_new", 0, &r->firms_min_new, error)
      || !get_count (policy, "platform_firms_min_built", 0, &r->firms_min_built, error)
      || !sb_policy_get_ratio (policy, "platform_construction_rate", &r->construction_rate, error)
      || !get_nonneg_money (policy, "platform_construction_cap", &r->construction_cap, error)
      || !sb_policy_get_ratio (policy, "platform_om_rate", &r->om_rate, error)
      || !get_nonneg_money (policy, "platform_om_cap", &r->om_cap, error)
      || !get_nonneg_money (policy, "platform_unit_cap", &r->platform_unit_cap, error))
    return NULL;
  if (!get_choice (policy, "platform_line_amount", line_choices, &choice, error))
    return NULL;
  r->line_amount = (SbTradeFundLineAmount) choice;

  if (!get_nonneg_money (policy, "cert_offshore_min_usd", &r->cert_offshore_min, error)
      || !sb_policy_get_ratio (policy, "cert_rate", &r->cert_rate, error)
      || !get_count (policy, "cert_max_items", 1, &r->cert_max_items, error)
      || !get_nonneg_money (policy, "cert_cap", &r->cert_cap, error)
      || !compile_certs (r, policy, "cert_list", FALSE, error)
      || !compile_certs (r, policy, "cert_successors", TRUE, error))
    return NULL;

  if (!compile_brand_titles (r, policy, error)
      || !get_nonneg_money (policy, "brand_offshore_min_usd", &r->brand_offshore_min, error)
      || !get_nonneg_money (policy, "brand_cap", &r->brand_cap, error)
      || !get_choice (policy, "brand_unlisted_title", unlisted_choices, &choice, error))
    return NULL;
  r->brand_unlisted = (SbTradeFundUnlisted) choice;

  if (!get_nonneg_money (policy, "interest_offshore_min_usd", &r->interest_offshore_min, error)
      || !get_choice (policy, "interest_principal", principal_choices, &choice, error)
      || !get_choice (policy, "interest_currency", currency_choices, &choice, error)
      || !sb_policy_get_ratio (policy, "interest_lpr", &r->lpr, error)
      || !get_count (policy, "interest_term_years", 1, &r->interest_term_years, error)
      || !get_nonneg_money (policy, "interest_cap", &r->interest_cap, error))
    return NULL;

  if (!sb_policy_get_period (policy, "tcm_construction_window", &r->tcm_construction_window,
                             error)
      || !sb_policy_get_date (policy, "tcm_om_built_by", &r->tcm_om_built_by, error)
      || !sb_policy_get_ratio (policy, "tcm_construction_rate", &r->tcm_construction_rate, error)
      || !sb_policy_get_ratio (policy, "tcm_om_rate", &r->tcm_om_rate, error)
      || !sb_policy_get_ratio (policy, "tcm_marketing_rate", &r->tcm_marketing_rate, error)
      || !get_nonneg_money (policy, "tcm_cap", &r->tcm_cap, error))
    return NULL;

  if (!sb_policy_get_date (policy, "deadline_district", &r->deadline_district, error)
      || !sb_policy_get_date (policy, "deadline_city", &r->deadline_city, error))
    return NULL;

  return g_steal_pointer (&r);
}

const SbTradeFundRules *
sb_tradefund_rules_get (SbPolicy *policy, GError **error)
{
  SbTradeFundRules *rules = sb_policy_get_compiled (policy, "tradefund");

  if (rules != NULL)
    return rules;
  rules = rules_compile (policy, error);
  if (rules == NULL)
    return NULL;
  sb_policy_set_compiled (policy, "tradefund", rules, (GDestroyNotify) rules_free);
  return rules;
}

SbPeriod
sb_tradefund_rules_get_support_period (const SbTradeFundRules *rules)
{
  return rules->period;
}

void
sb_tradefund_rules_get_deadlines (const SbTradeFundRules *rules, SbDate *district, SbDate *city)
{
  if (district != NULL)
    *district = rules->deadline_district;
  if (city != NULL)
    *city = rules->deadline_city;
}

const char * const *
sb_tradefund_rules_get_cert_names (const SbTradeFundRules *rules)
{
  return (const char * const *) rules->cert_names->pdata;
}

const char * const *
sb_tradefund_rules_get_brand_titles (const SbTradeFundRules *rules)
{
  return (const char * const *) rules->brand_title_names->pdata;
}

const SbTradeFundBrandTitle *
sb_tradefund_rules_find_brand_title (const SbTradeFundRules *rules, const char *title)
{
  g_autofree char *key = sb_tradefund_name_key (title);

  for (guint i = 0; i < rules->brand_titles->len; i++)
    {
      const SbTradeFundBrandTitle *t = g_ptr_array_index (rules->brand_titles, i);
      if (strcmp (t->key, key) == 0)
        return t;
    }
  return NULL;
}

gboolean
sb_tradefund_rules_brand_needs_floor (const SbTradeFundRules *rules, const char *title)
{
  const SbTradeFundBrandTitle *t = title != NULL
                                   ? sb_tradefund_rules_find_brand_title (rules, title) : NULL;

  return t != NULL && t->needs_floor;
}

char *
sb_tradefund_rules_cert_item_name (const SbTradeFundRules *rules, const char *name,
                                   gboolean *listed, const char **successor_of)
{
  g_autofree char *key = sb_tradefund_name_key (name);
  const SbTradeFundCertName *entry = g_hash_table_lookup (rules->cert_keys, key);

  if (listed != NULL)
    *listed = entry != NULL && entry->listed;
  if (successor_of != NULL)
    *successor_of = entry != NULL ? entry->successor_of : NULL;
  return entry != NULL ? g_strdup (entry->name) : sb_tradefund_trim_name (name);
}
