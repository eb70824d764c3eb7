/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund.c: the trade-fund claims, five directions (RULES.md §3). */
#include "config.h"

#include "sb-tradefund.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "sb-engine-error.h"

typedef enum
{
  LINE_MIN_INVOICE_PAID,
  LINE_INVOICE,
  LINE_PAID,
} LineAmount;

typedef enum
{
  UNLISTED_NEEDS_ACCEPTANCE,
  UNLISTED_NOT_ELIGIBLE,
} UnlistedTitle;

/* One certification name or alias the profile knows. */
typedef struct
{
  char    *name;          /* the item name */
  gboolean listed;        /* on the notice's list */
  char    *successor_of;  /* the listed name it replaces, or NULL */
} CertName;

typedef struct
{
  char    *title;
  char    *key;
  gboolean needs_floor;
} BrandTitle;

struct _SbTradeFundRules
{
  char      **regions;
  SbPeriod    period;
  SbDate      deadline_district;
  SbDate      deadline_city;

  SbPeriod    construction_window;
  SbPeriod    om_build_window;
  gint64      firms_min_new;
  gint64      firms_min_built;
  SbRatio     construction_rate;
  gint64      construction_cap;
  SbRatio     om_rate;
  gint64      om_cap;
  gint64      platform_unit_cap;
  LineAmount  line_amount;

  gint64      cert_offshore_min;   /* USD cents */
  SbRatio     cert_rate;
  gint64      cert_max_items;
  gint64      cert_cap;
  GPtrArray  *cert_entries;        /* CertName* */
  GHashTable *cert_keys;           /* name key → CertName* (borrowed) */
  GPtrArray  *cert_names;          /* listed names, NULL-terminated */

  GPtrArray  *brand_titles;        /* BrandTitle* */
  GPtrArray  *brand_title_names;   /* NULL-terminated */
  gint64      brand_offshore_min;  /* USD cents */
  gint64      brand_cap;
  UnlistedTitle brand_unlisted;

  gint64      interest_offshore_min;  /* USD cents */
  SbRatio     lpr;
  gint64      interest_term_years;
  gint64      interest_cap;

  SbPeriod    tcm_construction_window;
  SbDate      tcm_om_built_by;
  SbRatio     tcm_construction_rate;
  SbRatio     tcm_om_rate;
  SbRatio     tcm_marketing_rate;
  gint64      tcm_cap;
};

static const char * const part_names[] = { "construction", "om" };

/* ---------------------------------------------------------------- names */

/* The comparison key of a name: no spaces, full-width forms folded to ASCII,
 * ASCII letters upper case ("cmm（i）" and "CMM (I)" → "CMM(I)"). */
static char *
name_key (const char *name)
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
static char *
trim_name (const char *name)
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

static gboolean
is_blank (const char *s)
{
  g_autofree char *t = NULL;

  if (s == NULL)
    return TRUE;
  t = trim_name (s);
  return *t == '\0';
}

/* ---------------------------------------------------------------- rules */

static void
cert_name_free (CertName *n)
{
  g_free (n->name);
  g_free (n->successor_of);
  g_free (n);
}

static void
brand_title_free (BrandTitle *t)
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

/* An error naming params.KEY.value (or a part of it, @where). */
static gboolean
value_error (SbPolicy *policy, const char *key, const char *where, const char *what,
             GError **error)
{
  g_autofree char *path = g_strdup_printf ("params.%s.value%s", key, where ? where : "");

  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY,
               /* TRANSLATORS: policy file, key, what is wrong */
               _("Policy profile %s: %s: %s"), sb_policy_get_origin (policy), path, what);
  return FALSE;
}

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
    return value_error (policy, key, NULL, what, error);
  }
}

static gboolean
get_nonneg_money (SbPolicy *policy, const char *key, gint64 *out, GError **error)
{
  if (!sb_policy_get_money (policy, key, out, error))
    return FALSE;
  if (*out < 0)
    return value_error (policy, key, NULL, _("must not be negative"), error);
  return TRUE;
}

static gboolean
get_count (SbPolicy *policy, const char *key, gint64 min, gint64 *out, GError **error)
{
  if (!sb_policy_get_int (policy, key, out, error))
    return FALSE;
  if (*out < min)
    {
      g_autofree char *what = g_strdup_printf (_("must be at least %" G_GINT64_FORMAT), min);
      return value_error (policy, key, NULL, what, error);
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
      || is_blank (json_node_get_string (n)))
    {
      value_error (policy, key, where, _("must be a non-empty string"), error);
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
      value_error (policy, key, where, _("must be an object"), error);
      return NULL;
    }
  return json_node_get_object (n);
}

static gboolean
add_cert_key (SbTradeFundRules *r, SbPolicy *policy, const char *key, guint i,
              const char *spelling, CertName *entry, GError **error)
{
  g_autofree char *k = name_key (spelling);
  CertName *other = g_hash_table_lookup (r->cert_keys, k);

  if (other != NULL && other != entry)
    {
      g_autofree char *where = g_strdup_printf ("[%u]", i);
      g_autofree char *what = g_strdup_printf (_("“%s” is also a name of %s"), spelling, other->name);
      return value_error (policy, key, where, what, error);
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
    return value_error (policy, key, NULL, _("must not be empty"), error);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = element_object (policy, key, a, i, error);
      const char *name;
      const char *successor_of = NULL;
      JsonNode *aliases;
      CertName *entry;

      if (o == NULL
          || (name = element_string (policy, key, i, o, "name", TRUE, error)) == NULL
          || (successors
              && (successor_of = element_string (policy, key, i, o, "successor_of", TRUE,
                                                 error)) == NULL))
        return FALSE;
      entry = g_new0 (CertName, 1);
      entry->name = trim_name (name);
      entry->listed = !successors;
      g_ptr_array_add (r->cert_entries, entry);
      if (successors)
        {
          g_autofree char *k = name_key (successor_of);
          CertName *replaced = g_hash_table_lookup (r->cert_keys, k);

          if (replaced == NULL || !replaced->listed)
            {
              g_autofree char *where = g_strdup_printf ("[%u].successor_of", i);
              return value_error (policy, key, where,
                                  _("must name a certification of params.cert_list"), error);
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
          return value_error (policy, key, where, _("must be a list of strings"), error);
        }
      for (guint j = 0; j < json_array_get_length (json_node_get_array (aliases)); j++)
        {
          JsonNode *an = json_array_get_element (json_node_get_array (aliases), j);

          if (!JSON_NODE_HOLDS_VALUE (an) || json_node_get_value_type (an) != G_TYPE_STRING
              || is_blank (json_node_get_string (an)))
            {
              g_autofree char *where = g_strdup_printf ("[%u].aliases[%u]", i, j);
              return value_error (policy, key, where, _("must be a non-empty string"), error);
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
    return value_error (policy, key, NULL, _("must not be empty"), error);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = element_object (policy, key, a, i, error);
      const char *title;
      JsonNode *floor;
      BrandTitle *t;

      if (o == NULL || (title = element_string (policy, key, i, o, "title", TRUE, error)) == NULL)
        return FALSE;
      floor = json_object_get_member (o, "offshore_floor");
      if (floor == NULL || !JSON_NODE_HOLDS_VALUE (floor)
          || json_node_get_value_type (floor) != G_TYPE_BOOLEAN)
        {
          g_autofree char *where = g_strdup_printf ("[%u].offshore_floor", i);
          return value_error (policy, key, where, _("must be true or false"), error);
        }
      t = g_new0 (BrandTitle, 1);
      t->title = trim_name (title);
      t->key = name_key (title);
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
      value_error (policy, "regions", NULL, _("must not be empty"), error);
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
  r->line_amount = (LineAmount) choice;

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
  r->brand_unlisted = (UnlistedTitle) choice;

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

static const BrandTitle *
find_brand_title (const SbTradeFundRules *rules, const char *title)
{
  g_autofree char *key = name_key (title);

  for (guint i = 0; i < rules->brand_titles->len; i++)
    {
      const BrandTitle *t = g_ptr_array_index (rules->brand_titles, i);
      if (strcmp (t->key, key) == 0)
        return t;
    }
  return NULL;
}

gboolean
sb_tradefund_rules_brand_needs_floor (const SbTradeFundRules *rules, const char *title)
{
  const BrandTitle *t = title ? find_brand_title (rules, title) : NULL;

  return t != NULL && t->needs_floor;
}

char *
sb_tradefund_rules_cert_item_name (const SbTradeFundRules *rules, const char *name,
                                   gboolean *listed, const char **successor_of)
{
  g_autofree char *key = name_key (name);
  const CertName *entry = g_hash_table_lookup (rules->cert_keys, key);

  if (listed != NULL)
    *listed = entry != NULL && entry->listed;
  if (successor_of != NULL)
    *successor_of = entry != NULL ? entry->successor_of : NULL;
  return entry != NULL ? g_strdup (entry->name) : trim_name (name);
}

/* ---------------------------------------------------------------- report */

static SbPlatformResult *
part_new (SbPlatformKind kind, const char *part, SbRatio rate, gint64 cap)
{
  SbPlatformResult *p = g_new0 (SbPlatformResult, 1);

  p->kind = kind;
  p->part = part;
  p->rate = rate;
  p->cap = cap;
  p->base = SB_UNSET;
  p->checks = sb_checks_new ();
  return p;
}

static void
part_free (SbPlatformResult *p)
{
  g_clear_pointer (&p->checks, g_ptr_array_unref);
  g_free (p);
}

static void
cert_item_free (SbCertItem *item)
{
  g_free (item->name);
  g_free (item->flag);
  g_free (item);
}

static SbDirectionResult *
direction_new (void)
{
  SbDirectionResult *dir = g_new0 (SbDirectionResult, 1);

  dir->checks = sb_checks_new ();
  return dir;
}

static void
direction_free (SbDirectionResult *dir)
{
  if (dir == NULL)
    return;
  g_clear_pointer (&dir->parts, g_ptr_array_unref);
  g_clear_pointer (&dir->items, g_ptr_array_unref);
  g_clear_pointer (&dir->checks, g_ptr_array_unref);
  g_free (dir->note);
  g_free (dir);
}

void
sb_tradefund_report_free (SbTradeFundReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->common, g_ptr_array_unref);
  g_clear_pointer (&report->platform, direction_free);
  g_clear_pointer (&report->certifications, direction_free);
  g_clear_pointer (&report->brand, direction_free);
  g_clear_pointer (&report->interest, direction_free);
  g_clear_pointer (&report->tcm, direction_free);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_free (report);
}

static void
warn (SbTradeFundReport *report, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
warn (SbTradeFundReport *report, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (report->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* floor (value × a × b × n), exact in 128 bits, saturating. */
static gint64
mul_floor2 (gint64 value, SbRatio a, SbRatio b, gint64 n)
{
  __int128 num = (__int128) value * a.num * b.num * n;
  __int128 den = (__int128) a.den * b.den;
  __int128 q;

  g_return_val_if_fail (den > 0, 0);
  q = num / den;
  if (num % den != 0 && num < 0)
    q -= 1;
  if (q > G_MAXINT64)
    return G_MAXINT64;
  if (q < G_MININT64 + 1)
    return G_MININT64 + 1;
  return (gint64) q;
}

static gint64
capped (gint64 amount, gint64 cap)
{
  return MIN (amount, cap);
}

static char *
usd_text (gint64 cents)
{
  return sb_money_format (cents);
}

static char *
date_text (SbDate date)
{
  return sb_date_format (date);
}

/* A declaration: true → declared, false → fail, absent → missing. */
static SbCheck *
add_declaration (GPtrArray *checks, const char *id, SbTri value)
{
  SbCheck *c;

  switch (value)
    {
    case SB_TRI_TRUE:
      return sb_check_add (checks, id, 0, SB_STATUS_DECLARED);
    case SB_TRI_FALSE:
      return sb_check_add (checks, id, 0, SB_STATUS_FAIL);
    case SB_TRI_UNSET:
    default:
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Not declared yet."));
      return c;
    }
}

/* The offshore execution floor (USD cents); the shortfall is in USD cents. */
static SbCheck *
add_offshore_check (GPtrArray *checks, const char *id, gint64 offshore, gint64 floor)
{
  g_autofree char *floor_text = usd_text (floor);
  SbCheck *c;

  if (offshore == SB_UNSET)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      sb_check_set_note (c, _("Enter the offshore execution amount approved in the MOFCOM "
                              "system for the support period (floor USD %s)."), floor_text);
      return c;
    }
  if (offshore >= floor)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_PASS);
      return c;
    }
  c = sb_check_add (checks, id, 0, SB_STATUS_FAIL);
  c->shortfall_unit = SB_UNIT_FEN;   /* USD cents */
  c->shortfall = floor - offshore;
  {
    g_autofree char *short_text = usd_text (c->shortfall);
    sb_check_set_note (c, _("USD %s short of the USD %s floor."), short_text, floor_text);
  }
  return c;
}

static SbCheck *
add_window_check (GPtrArray *checks, const char *id, SbDate date, SbPeriod window)
{
  g_autofree char *start = date_text (window.start);
  g_autofree char *end = date_text (window.end);
  SbCheck *c;

  if (date == SB_DATE_UNSET)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      sb_check_set_note (c, _("Enter the date the platform was completed (%s … %s)."),
                         start, end);
    }
  else if (sb_period_contains (window, date))
    c = sb_check_add (checks, id, 0, SB_STATUS_PASS);
  else
    {
      g_autofree char *when = date_text (date);

      c = sb_check_add (checks, id, 0, SB_STATUS_FAIL);
      sb_check_set_note (c, _("Completed on %s, outside %s … %s."), when, start, end);
    }
  return c;
}

/* ---------------------------------------------------------------- common */

static void
evaluate_common (SbTradeFundReport *report, const SbDossier *d, const SbTradeFundRules *rules)
{
  const char *region = d->company.region;
  SbCheck *c;

  if (is_blank (region))
    {
      c = sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the region where the company is registered."));
    }
  else if (g_strv_contains ((const char * const *) rules->regions, region))
    sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_PASS);
  else
    {
      g_autofree char *list = g_strjoinv (", ", rules->regions);

      c = sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_FAIL);
      sb_check_set_note (c, _("This profile accepts units registered in: %s."), list);
    }

  switch (d->company.legal_entity)
    {
    case SB_TRI_TRUE:
      sb_check_add (report->common, "tradefund.legal_entity", 0, SB_STATUS_PASS);
      break;
    case SB_TRI_FALSE:
      c = sb_check_add (report->common, "tradefund.legal_entity", 0, SB_STATUS_FAIL);
      sb_check_set_note (c, "%s", _("Only units with independent legal-person status may apply."));
      break;
    case SB_TRI_UNSET:
    default:
      c = sb_check_add (report->common, "tradefund.legal_entity", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("State whether the unit has legal-person status."));
      break;
    }

  add_declaration (report->common, "tradefund.no_serious_violation_5y",
                   d->declarations.no_serious_violation_5y);
  add_declaration (report->common, "tradefund.no_other_fiscal_support",
                   d->declarations.no_other_fiscal_support);
  report->common_ok = sb_checks_all_pass (report->common);
}

/* ---------------------------------------------------------------- platform */

static gint64
platform_base (SbTradeFundReport *report, const SbPlatform *p, const SbTradeFundRules *rules)
{
  gint64 base = 0;

  for (guint i = 0; i < p->expenses->len; i++)
    {
      const SbExpense *e = g_ptr_array_index (p->expenses, i);
      const char *item = e->item ? e->item : "";
      gint64 amount;

      if (e->invoice_date == SB_DATE_UNSET)
        {
          warn (report, _("Platform expense %u (%s) has no invoice date: not counted."),
                i + 1, item);
          continue;
        }
      if (!sb_period_contains (rules->period, e->invoice_date))
        {
          g_autofree char *when = date_text (e->invoice_date);
          warn (report, _("Platform expense %u (%s) was invoiced on %s, outside the support "
                          "period: not counted."), i + 1, item, when);
          continue;
        }
      switch (rules->line_amount)
        {
        case LINE_INVOICE:
          amount = e->invoice;
          break;
        case LINE_PAID:
          amount = e->paid;
          break;
        case LINE_MIN_INVOICE_PAID:
        default:
          amount = (e->invoice == SB_UNSET || e->paid == SB_UNSET)
                   ? SB_UNSET : MIN (e->invoice, e->paid);
          break;
        }
      if (amount == SB_UNSET)
        {
          warn (report, _("Platform expense %u (%s) lacks its invoiced or paid amount: "
                          "counted as 0."), i + 1, item);
          continue;
        }
      base += amount;
    }
  return base;
}

static gboolean
evaluate_platform (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                   const SbTradeFundRules *rules, GError **error)
{
  gboolean seen[2] = { FALSE, FALSE };
  SbDirectionResult *dir;
  gint64 sum = 0;

  for (guint i = 0; i < claim->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (claim->platforms, i);

      if ((guint) p->kind > SB_PLATFORM_OM)
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.platform: unknown project kind"));
          return FALSE;
        }
      if (seen[p->kind])
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.platform: two “%s” projects; a unit may claim one "
                         "construction and one O&M project"), part_names[p->kind]);
          return FALSE;
        }
      seen[p->kind] = TRUE;
    }

  dir = report->platform = direction_new ();
  dir->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  dir->base = 0;

  for (guint i = 0; i < claim->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (claim->platforms, i);
      gboolean construction = p->kind == SB_PLATFORM_CONSTRUCTION;
      SbPlatformResult *part = part_new (p->kind, part_names[p->kind],
                                         construction ? rules->construction_rate : rules->om_rate,
                                         construction ? rules->construction_cap : rules->om_cap);
      gint64 firms_min = construction ? rules->firms_min_new : rules->firms_min_built;
      const char *firms_id = construction ? "tradefund.platform.construction.firms_served"
                                          : "tradefund.platform.om.firms_served";
      SbCheck *c;

      g_ptr_array_add (dir->parts, part);
      add_window_check (part->checks,
                        construction ? "tradefund.platform.construction.built_on"
                                     : "tradefund.platform.om.built_on",
                        p->built_on,
                        construction ? rules->construction_window : rules->om_build_window);

      if (p->firms_served == SB_UNSET)
        {
          c = sb_check_add (part->checks, firms_id, 0, SB_STATUS_MISSING);
          sb_check_set_note (c, _("Enter the number of firms served in the support period "
                                  "(at least %" G_GINT64_FORMAT ")."), firms_min);
        }
      else if (p->firms_served >= firms_min)
        sb_check_add (part->checks, firms_id, 0, SB_STATUS_PASS);
      else
        {
          c = sb_check_add (part->checks, firms_id, 0, SB_STATUS_FAIL);
          c->shortfall_unit = SB_UNIT_COUNT;   /* firms served */
          c->shortfall = firms_min - p->firms_served;
          sb_check_set_note (c, _("%" G_GINT64_FORMAT " firms served; at least %"
                                  G_GINT64_FORMAT " are needed."),
                             p->firms_served, firms_min);
        }

      part->base = platform_base (report, p, rules);
      dir->base += part->base;
      part->eligible = report->common_ok && sb_checks_all_pass (part->checks);
      part->subsidy = part->eligible
                      ? capped (sb_money_mul_ratio_floor (part->base, part->rate), part->cap)
                      : 0;
      if (part->eligible)
        {
          sum += part->subsidy;
          dir->eligible = TRUE;
        }
    }

  dir->subsidy = dir->eligible ? capped (sum, rules->platform_unit_cap) : 0;
  if (dir->eligible && sum > rules->platform_unit_cap)
    {
      g_autofree char *total = sb_money_format (sum);
      g_autofree char *cap = sb_money_format (rules->platform_unit_cap);
      dir->note = g_strdup_printf (_("The projects' subsidies add up to %s 元; a unit receives "
                                     "at most %s 元."), total, cap);
    }
  return TRUE;
}

/* ---------------------------------------------------------------- certifications */

static int
compare_counted (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GPtrArray *items = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  const SbCertItem *x = g_ptr_array_index (items, ia);
  const SbCertItem *y = g_ptr_array_index (items, ib);

  if (x->counted != y->counted)
    return x->counted > y->counted ? -1 : 1;
  return (ia > ib) - (ia < ib);   /* ties: the item listed first */
}

static SbCertItem *
find_item (GPtrArray *items, const char *name)
{
  g_autofree char *key = name_key (name);

  for (guint i = 0; i < items->len; i++)
    {
      SbCertItem *item = g_ptr_array_index (items, i);
      g_autofree char *k = name_key (item->name);

      if (strcmp (k, key) == 0)
        return item;
    }
  return NULL;
}

static gboolean
evaluate_certifications (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                         const SbTradeFundRules *rules, GError **error)
{
  SbDirectionResult *dir;
  GPtrArray *items;
  guint n_chosen = 0;

  dir = report->certifications = direction_new ();
  items = dir->items = g_ptr_array_new_with_free_func ((GDestroyNotify) cert_item_free);

  for (guint i = 0; i < claim->certifications->len; i++)
    {
      const SbCertLine *line = g_ptr_array_index (claim->certifications, i);
      g_autofree char *name = NULL;
      const char *successor_of = NULL;
      gboolean listed = FALSE;
      SbCertItem *item;

      if (is_blank (line->name))
        {
          warn (report, _("Certification line %u has no name: not counted."), i + 1);
          continue;
        }
      name = sb_tradefund_rules_cert_item_name (rules, line->name, &listed, &successor_of);
      item = find_item (items, name);
      if (item == NULL)
        {
          item = g_new0 (SbCertItem, 1);
          item->name = g_steal_pointer (&name);
          item->listed = listed;
          if (successor_of != NULL)
            item->flag = g_strdup_printf (_("%s replaced %s, which the notice lists: it is "
                                            "counted, but the city decides whether it "
                                            "accepts it."), item->name, successor_of);
          else if (!listed)
            item->flag = g_strdup (_("Not on the notice's list (which ends with “等”): it is "
                                     "counted, but the city decides whether it accepts it."));
          g_ptr_array_add (items, item);
        }
      item->n_lines++;
      if (line->date == SB_DATE_UNSET)
        {
          warn (report, _("Certification line %u (%s) has no invoice date: not counted."),
                i + 1, line->name);
          continue;
        }
      if (!sb_period_contains (rules->period, line->date))
        continue;
      if (line->fee == SB_UNSET)
        {
          warn (report, _("Certification line %u (%s) has no fee: counted as 0."),
                i + 1, line->name);
          continue;
        }
      item->counted += line->fee;
    }

  if (claim->certifications_chosen != NULL)
    {
      for (guint i = 0; claim->certifications_chosen[i] != NULL; i++)
        {
          const char *wanted = claim->certifications_chosen[i];
          g_autofree char *name = is_blank (wanted)
                                  ? NULL
                                  : sb_tradefund_rules_cert_item_name (rules, wanted, NULL, NULL);
          SbCertItem *item = name ? find_item (items, name) : NULL;

          if (item == NULL)
            {
              g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("trade_fund.certifications_chosen: “%s” is not one of the "
                             "certifications listed"), wanted);
              return FALSE;
            }
          if (item->chosen)
            continue;
          if (n_chosen == rules->cert_max_items)
            {
              g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("trade_fund.certifications_chosen: at most %" G_GINT64_FORMAT
                             " certifications may be chosen"), rules->cert_max_items);
              return FALSE;
            }
          item->chosen = TRUE;
          n_chosen++;
          if (item->counted <= 0)
            warn (report, _("The chosen certification %s has no fee invoiced inside the "
                            "support period."), item->name);
        }
    }
  else
    {
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; i < items->len; i++)
        if (((SbCertItem *) g_ptr_array_index (items, i))->counted > 0)
          g_array_append_val (order, i);
      g_array_sort_with_data (order, compare_counted, items);
      for (guint i = 0; i < order->len && n_chosen < rules->cert_max_items; i++)
        {
          SbCertItem *item = g_ptr_array_index (items, g_array_index (order, guint, i));
          item->chosen = TRUE;
          n_chosen++;
        }
      if (order->len > n_chosen)
        warn (report, _("%u certifications have fees in the support period; the %u with the "
                        "largest fees are chosen. You can change the choice."),
              order->len, n_chosen);
    }

  dir->base = 0;
  for (guint i = 0; i < items->len; i++)
    {
      const SbCertItem *item = g_ptr_array_index (items, i);
      if (item->chosen)
        dir->base += item->counted;
    }

  add_offshore_check (dir->checks, "tradefund.certifications.offshore",
                      claim->offshore_execution_usd, rules->cert_offshore_min);
  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->subsidy = dir->eligible
                 ? capped (sb_money_mul_ratio_floor (dir->base, rules->cert_rate), rules->cert_cap)
                 : 0;
  return TRUE;
}

/* ---------------------------------------------------------------- brand */

static void
evaluate_brand (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->brand = direction_new ();
  const SbBrand *brand = claim->brand;
  const BrandTitle *title = NULL;
  SbCheck *c;

  if (is_blank (brand->title))
    {
      c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the title the unit was awarded."));
      c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0, SB_STATUS_NOT_APPLICABLE);
    }
  else if ((title = find_brand_title (rules, brand->title)) != NULL)
    {
      sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_PASS);
      if (title->needs_floor)
        add_offshore_check (dir->checks, "tradefund.brand.offshore",
                            claim->offshore_execution_usd, rules->brand_offshore_min);
      else
        {
          c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0,
                            SB_STATUS_NOT_APPLICABLE);
          sb_check_set_note (c, _("“%s” needs no offshore execution floor; it brings other "
                                  "materials."), title->title);
        }
    }
  else
    {
      if (rules->brand_unlisted == UNLISTED_NEEDS_ACCEPTANCE && brand->accepted == SB_TRI_TRUE)
        {
          c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_DECLARED);
          sb_check_set_note (c, _("“%s” is not one of the notice's titles; you marked it as "
                                  "accepted (the list ends with “等称号”)."), brand->title);
        }
      else
        {
          c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_FAIL);
          if (rules->brand_unlisted == UNLISTED_NEEDS_ACCEPTANCE)
            sb_check_set_note (c, _("“%s” is not one of the notice's titles: mark it as "
                                    "accepted once the city confirms it."), brand->title);
          else
            sb_check_set_note (c, _("“%s” is not one of the notice's titles."), brand->title);
        }
      c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0, SB_STATUS_NOT_APPLICABLE);
      sb_check_set_note (c, "%s", _("No offshore floor is applied to a title outside the "
                                    "notice's list."));
    }

  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->base = SB_UNSET;
  dir->subsidy = dir->eligible ? rules->brand_cap : 0;
  if (dir->eligible)
    dir->note = g_strdup (_("The maximum: the city may pay less, depending on the size of "
                            "the fund."));
}

/* ---------------------------------------------------------------- interest */

static void
evaluate_interest (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                   const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->interest = direction_new ();
  const SbInterest *in = claim->interest;
  gboolean rate_ok = sb_ratio_is_valid (in->usd_cny) && in->usd_cny.num > 0
                     && in->usd_cny.den > 0;
  gint64 offshore = claim->offshore_execution_usd;
  gint64 raw = 0;
  SbCheck *c;

  add_offshore_check (dir->checks, "tradefund.interest.offshore", offshore,
                      rules->interest_offshore_min);
  if (in->receipts_usd == SB_UNSET)
    {
      c = sb_check_add (dir->checks, "tradefund.interest.receipts", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the total received per the foreign-income "
                                    "declaration forms, in USD."));
    }
  else
    sb_check_add (dir->checks, "tradefund.interest.receipts", 0, SB_STATUS_PASS);
  if (!rate_ok)
    {
      c = sb_check_add (dir->checks, "tradefund.interest.usd_cny", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the USD to RMB rate used for the principal."));
    }
  else
    sb_check_add (dir->checks, "tradefund.interest.usd_cny", 0, SB_STATUS_PASS);

  dir->base = SB_UNSET;
  if (offshore != SB_UNSET && in->receipts_usd != SB_UNSET && rate_ok)
    {
      gint64 principal = MIN (offshore, in->receipts_usd);   /* USD cents */
      g_autofree char *p_text = usd_text (principal);
      g_autofree char *rate_text = sb_ratio_format (in->usd_cny, 4);
      g_autofree char *lpr_text = sb_ratio_format (sb_ratio (rules->lpr.num * 100, rules->lpr.den), 2);
      g_autofree char *rmb_text = NULL;

      dir->base = sb_money_mul_ratio_floor (principal, in->usd_cny);
      raw = mul_floor2 (principal, in->usd_cny, rules->lpr, rules->interest_term_years);
      rmb_text = sb_money_format (dir->base);
      dir->note = g_strdup_printf (_("Principal USD %s (the lower of the execution and receipt "
                                     "totals) at %s = %s 元; interest at the one-year LPR "
                                     "%s%% for one year, not pro-rated."),
                                   p_text, rate_text, rmb_text, lpr_text);
    }

  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->subsidy = dir->eligible ? capped (raw, rules->interest_cap) : 0;
}

/* ---------------------------------------------------------------- TCM */

static void
evaluate_tcm (SbTradeFundReport *report, const SbTradeFundClaim *claim,
              const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->tcm = direction_new ();
  const SbTcm *tcm = claim->tcm;
  gint64 sum = 0;
  SbCheck *c;

  c = add_declaration (dir->checks, "tradefund.tcm.recognised_base", tcm->recognised_base);
  if (tcm->recognised_base == SB_TRI_FALSE)
    sb_check_set_note (c, "%s", _("Only bases recognised by MOFCOM as TCM service export "
                                  "bases may apply."));
  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  dir->base = 0;

  if (tcm->construction_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_CONSTRUCTION, "construction",
                                         rules->tcm_construction_rate, SB_UNSET);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->construction_cost;
      add_window_check (part->checks, "tradefund.tcm.construction.built_on", tcm->built_on,
                        rules->tcm_construction_window);
      c = add_declaration (part->checks, "tradefund.tcm.construction.first_application",
                           tcm->first_application);
      if (tcm->first_application == SB_TRI_FALSE)
        sb_check_set_note (c, "%s", _("Construction is supported only on the first "
                                      "application."));
    }
  if (tcm->om_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_OM, "om", rules->tcm_om_rate, SB_UNSET);
      g_autofree char *by = date_text (rules->tcm_om_built_by);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->om_cost;
      if (tcm->built_on == SB_DATE_UNSET)
        {
          c = sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_MISSING);
          sb_check_set_note (c, _("Enter the date the platform was completed (on or before "
                                  "%s)."), by);
        }
      else if (tcm->built_on <= rules->tcm_om_built_by)
        sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_PASS);
      else
        {
          g_autofree char *when = date_text (tcm->built_on);

          c = sb_check_add (part->checks, "tradefund.tcm.om.built_on", 0, SB_STATUS_FAIL);
          sb_check_set_note (c, _("Completed on %s; O&M is supported only for a platform "
                                  "completed on or before %s."), when, by);
        }
    }
  if (tcm->marketing_cost != SB_UNSET)
    {
      SbPlatformResult *part = part_new (SB_PLATFORM_OM, "marketing",
                                         rules->tcm_marketing_rate, SB_UNSET);

      g_ptr_array_add (dir->parts, part);
      part->base = tcm->marketing_cost;
    }

  for (guint i = 0; i < dir->parts->len; i++)
    {
      SbPlatformResult *part = g_ptr_array_index (dir->parts, i);

      dir->base += part->base;
      part->eligible = dir->eligible && sb_checks_all_pass (part->checks);
      part->subsidy = part->eligible ? sb_money_mul_ratio_floor (part->base, part->rate) : 0;
      sum += part->subsidy;
    }
  dir->subsidy = dir->eligible ? capped (sum, rules->tcm_cap) : 0;
  if (dir->eligible && sum > rules->tcm_cap)
    {
      g_autofree char *total = sb_money_format (sum);
      g_autofree char *cap = sb_money_format (rules->tcm_cap);
      dir->note = g_strdup_printf (_("The parts add up to %s 元; a base receives at most %s 元."),
                                   total, cap);
    }
}

/* ---------------------------------------------------------------- evaluate */

SbTradeFundReport *
sb_tradefund_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{
  const SbTradeFundRules *rules;
  const SbTradeFundClaim *claim;
  g_autoptr(SbTradeFundReport) report = NULL;
  SbDirectionResult *dirs[5];

  g_return_val_if_fail (d != NULL && policy != NULL, NULL);

  rules = sb_tradefund_rules_get (policy, error);
  if (rules == NULL)
    return NULL;
  claim = d->trade_fund;
  if (claim == NULL)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                   _("The dossier has no trade_fund claim"));
      return NULL;
    }

  report = g_new0 (SbTradeFundReport, 1);
  report->common = sb_checks_new ();
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  evaluate_common (report, d, rules);

  if (claim->platforms != NULL && !evaluate_platform (report, claim, rules, error))
    return NULL;
  if (claim->certifications != NULL && !evaluate_certifications (report, claim, rules, error))
    return NULL;
  if (claim->brand != NULL)
    evaluate_brand (report, claim, rules);
  if (claim->interest != NULL)
    evaluate_interest (report, claim, rules);
  if (claim->tcm != NULL)
    evaluate_tcm (report, claim, rules);

  dirs[0] = report->platform;
  dirs[1] = report->certifications;
  dirs[2] = report->brand;
  dirs[3] = report->interest;
  dirs[4] = report->tcm;
  report->total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    if (dirs[i] != NULL && dirs[i]->eligible)
      report->total += dirs[i]->subsidy;

  if (!report->common_ok)
    warn (report, "%s", _("A condition common to every direction is not met or not "
                          "entered: no direction is eligible."));
  return g_steal_pointer (&report);
}

/* ---------------------------------------------------------------- JSON */

static void
add_money (JsonBuilder *b, const char *member, gint64 fen)
{
  json_builder_set_member_name (b, member);
  json_builder_add_value (b, sb_money_json_node (fen));
}

static void
add_parts (JsonBuilder *b, GPtrArray *parts)
{
  json_builder_set_member_name (b, "projects");
  json_builder_begin_array (b);
  for (guint i = 0; parts != NULL && i < parts->len; i++)
    {
      const SbPlatformResult *part = g_ptr_array_index (parts, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, part->part);
      json_builder_set_member_name (b, "eligible");
      json_builder_add_boolean_value (b, part->eligible);
      add_money (b, "base", part->base);
      add_money (b, "subsidy", part->subsidy);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_direction (JsonBuilder *b, const char *member, const SbDirectionResult *dir,
               gboolean with_parts, gboolean with_base, gboolean with_chosen)
{
  json_builder_set_member_name (b, member);
  if (dir == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "eligible");
  json_builder_add_boolean_value (b, dir->eligible);
  if (with_parts)
    add_parts (b, dir->parts);
  if (with_base)
    add_money (b, "base", dir->base);
  add_money (b, "subsidy", dir->subsidy);
  if (with_chosen)
    {
      json_builder_set_member_name (b, "chosen");
      json_builder_begin_array (b);
      for (guint i = 0; dir->items != NULL && i < dir->items->len; i++)
        {
          const SbCertItem *item = g_ptr_array_index (dir->items, i);
          if (item->chosen)
            json_builder_add_string_value (b, item->name);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

JsonNode *
sb_tradefund_report_to_json (const SbTradeFundReport *report)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_direction (b, "platform", report->platform, TRUE, FALSE, FALSE);
  add_direction (b, "certifications", report->certifications, FALSE, TRUE, TRUE);
  add_direction (b, "brand", report->brand, FALSE, FALSE, FALSE);
  add_direction (b, "interest", report->interest, FALSE, TRUE, FALSE);
  add_direction (b, "tcm", report->tcm, TRUE, FALSE, FALSE);
  add_money (b, "total", report->total);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
