/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-diff.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-evaluate.h"
#include "sb-input.h"
#include "sb-policy-edit.h"
#include "sb-policy-meta.h"
#include "sb-region.h"

void
sb_policy_change_free (SbPolicyChange *change)
{
  if (change == NULL)
    return;
  g_free (change->key);
  g_free (change->label);
  g_free (change->item_code);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->old_quote);
  g_free (change->new_quote);
  g_free (change);
}

static JsonNode *
value_of (SbPolicy *p, const char *key)
{
  JsonObject *o = sb_policy_get_param (p, key);

  return o != NULL ? json_object_get_member (o, "value") : NULL;
}

static const char *
quote_of (SbPolicy *p, const char *key)
{
  JsonObject *o = sb_policy_get_param (p, key);
  JsonObject *s = o != NULL ? json_object_get_object_member (o, "source") : NULL;

  return s != NULL ? json_object_get_string_member_with_default (s, "quote", NULL) : NULL;
}

static gboolean
is_money_key (const char *key)
{
  return g_str_has_suffix (key, "_cap") || g_str_has_suffix (key, "_usd")
         || g_str_has_suffix (key, "_sales");
}

static gboolean
all_strings (JsonArray *a)
{
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        return FALSE;
    }
  return TRUE;
}

char *
sb_policy_value_words (SbPolicy *policy, const char *key)
{
  JsonNode *v = value_of (policy, key);

  if (v == NULL)
    return NULL;
  if (g_str_equal (key, "regions") && JSON_NODE_HOLDS_ARRAY (v))
    return sb_policy_regions_text (policy);
  if (JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_DOUBLE
      && !is_money_key (key) && json_node_get_double (v) < 1.0)
    {
      /* a ratio as the notices write it: 35%, 3.1% */
      g_autofree char *plain = sb_json_to_pretty_string (v);
      g_autoptr(GString) digits = g_string_new (NULL);
      const char *dot = strchr (plain, '.');
      int decimals = dot != NULL ? (int) strlen (dot + 1) : 0;
      g_autofree char *shifted = NULL;
      gint64 n;

      if (strchr (plain, 'e') != NULL)
        return g_strdup (plain);
      for (const char *p = plain; *p; p++)
        if (*p != '.')
          g_string_append_c (digits, *p);
      n = g_ascii_strtoll (digits->str, NULL, 10);
      if (decimals <= 2)
        {
          for (int i = decimals; i < 2; i++)
            n *= 10;
          return g_strdup_printf ("%" G_GINT64_FORMAT "%%", n);
        }
      shifted = g_strdup_printf ("%" G_GINT64_FORMAT, n);
      {
        gsize len = strlen (shifted);
        int frac = decimals - 2;
        g_autoptr(GString) out = g_string_new (NULL);

        while ((int) len <= frac)
          {
            char *z = g_strconcat ("0", shifted, NULL);
            g_free (shifted);
            shifted = z;
            len++;
          }
        g_string_append_len (out, shifted, len - frac);
        g_string_append_c (out, '.');
        g_string_append (out, shifted + len - frac);
        g_string_append_c (out, '%');
        return g_string_free (g_steal_pointer (&out), FALSE);
      }
    }
  if (JSON_NODE_HOLDS_VALUE (v) && is_money_key (key)
      && json_node_get_value_type (v) != G_TYPE_STRING)
    {
      g_autofree char *plain = sb_json_to_pretty_string (v);

      return sb_input_group_digits (plain, NULL);
    }
  if (JSON_NODE_HOLDS_ARRAY (v) && !all_strings (json_node_get_array (v)))
    /* TRANSLATORS: a list parameter: its number of entries */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries",
                                         json_array_get_length (json_node_get_array (v))),
                            json_array_get_length (json_node_get_array (v)));
  if (JSON_NODE_HOLDS_ARRAY (v))
    {
      g_autofree char *text = sb_policy_value_to_text (policy, key);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      return g_strjoinv ("；", lines);
    }
  return sb_policy_value_to_text (policy, key);
}

static SbPolicyChange *
change_new (SbPolicyChangeKind kind, const char *key)
{
  SbPolicyChange *c = g_new0 (SbPolicyChange, 1);

  c->kind = kind;
  c->key = g_strdup (key);
  c->label = g_strdup (sb_policy_param_label (key));
  return c;
}

/* Lists of words, item by item: the same position reworded, then items
 * added at the end or removed from it. */
static void
diff_words (GPtrArray *out, const char *key, JsonArray *a, JsonArray *b)
{
  guint na = json_array_get_length (a), nb = json_array_get_length (b);

  for (guint i = 0; i < MAX (na, nb); i++)
    {
      const char *x = i < na ? json_array_get_string_element (a, i) : NULL;
      const char *y = i < nb ? json_array_get_string_element (b, i) : NULL;
      SbPolicyChange *c;

      if (g_strcmp0 (x, y) == 0)
        continue;
      c = change_new (SB_POLICY_CHANGE_ITEM, key);
      c->item = (int) i + 1;
      c->old_text = g_strdup (x);
      c->new_text = g_strdup (y);
      g_ptr_array_add (out, c);
    }
}

static JsonObject *
entry_by_code (JsonArray *a, const char *code)
{
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      if (JSON_NODE_HOLDS_OBJECT (e)
          && g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (e),
                                                                     "code", NULL), code) == 0)
        return json_node_get_object (e);
    }
  return NULL;
}

static char *
entry_text (JsonObject *e)
{
  if (e == NULL)
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (e, "name",
                     json_object_get_string_member_with_default (e, "code", "")));
}

static void
diff_catalogue (GPtrArray *out, const char *key, JsonArray *a, JsonArray *b)
{
  for (int pass = 0; pass < 2; pass++)
    {
      JsonArray *from = pass == 0 ? a : b, *to = pass == 0 ? b : a;

      for (guint i = 0; i < json_array_get_length (from); i++)
        {
          JsonNode *en = json_array_get_element (from, i);
          JsonObject *e = JSON_NODE_HOLDS_OBJECT (en) ? json_node_get_object (en) : NULL;
          const char *code = e ? json_object_get_string_member_with_default (e, "code", NULL) : NULL;
          JsonObject *other = code ? entry_by_code (to, code) : NULL;
          SbPolicyChange *c;
          JsonNode *x, *y;

          if (code == NULL)
            continue;
          if (other != NULL)
            {
              if (pass == 1)
                continue;
              x = json_node_init_object (json_node_alloc (), e);
              y = json_node_init_object (json_node_alloc (), other);
              if (json_node_equal (x, y))
                {
                  json_node_unref (x);
                  json_node_unref (y);
                  continue;
                }
              json_node_unref (x);
              json_node_unref (y);
            }
          c = change_new (SB_POLICY_CHANGE_CATALOGUE, key);
          c->item_code = g_strdup (code);
          c->old_text = pass == 0 ? entry_text (e) : NULL;
          c->new_text = pass == 0 ? entry_text (other) : entry_text (e);
          if (pass == 0 && other != NULL
              && g_strcmp0 (c->old_text, c->new_text) == 0)
            {
              /* same name, the description changed */
              g_free (c->new_text);
              c->new_text = g_strdup_printf (_("%s (description reworded)"), c->old_text);
            }
          g_ptr_array_add (out, c);
        }
    }
}

static void
diff_notices (GPtrArray *out, SbPolicy *old, SbPolicy *new_)
{
  JsonObject *a = json_object_get_object_member (json_node_get_object (sb_policy_get_root (old)),
                                                 "notices");
  JsonObject *b = json_object_get_object_member (json_node_get_object (sb_policy_get_root (new_)),
                                                 "notices");
  g_autoptr(GList) keys = json_object_get_members (b);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      JsonObject *x = sb_policy_get_notice (old, l->data);
      JsonObject *y = sb_policy_get_notice (new_, l->data);
      const char *fields[] = { "title", "issuer", "date" };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          const char *vx = x ? json_object_get_string_member_with_default (x, fields[f], NULL) : NULL;
          const char *vy = json_object_get_string_member_with_default (y, fields[f], NULL);
          SbPolicyChange *c;

          if (g_strcmp0 (vx, vy) == 0)
            continue;
          c = g_new0 (SbPolicyChange, 1);
          c->kind = SB_POLICY_CHANGE_NOTICE;
          c->key = g_strdup (l->data);
          c->label = g_strdup (f == 0 ? _("notice title") : f == 1 ? _("notice issuer")
                                      : _("notice date"));
          c->old_text = g_strdup (vx);
          c->new_text = g_strdup (vy);
          g_ptr_array_add (out, c);
        }
    }
  (void) a;
}

GPtrArray *
sb_policy_diff (SbPolicy *old, SbPolicy *new_)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_policy_change_free);
  GPtrArray *names = sb_policy_get_param_names (old);
  GPtrArray *new_names = sb_policy_get_param_names (new_);

  diff_notices (out, old, new_);
  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      JsonNode *x = value_of (old, key), *y = value_of (new_, key);
      SbPolicyChange *c;
      gboolean same;

      if (y == NULL)
        {
          c = change_new (SB_POLICY_CHANGE_REMOVED, key);
          c->old_text = sb_policy_value_words (old, key);
          c->old_quote = g_strdup (quote_of (old, key));
          g_ptr_array_add (out, c);
          continue;
        }
      same = json_node_equal (x, y);
      if (!same && JSON_NODE_HOLDS_ARRAY (x) && JSON_NODE_HOLDS_ARRAY (y)
          && !g_str_equal (key, "regions"))
        {
          JsonArray *a = json_node_get_array (x), *b = json_node_get_array (y);

          if (all_strings (a) && all_strings (b))
            {
              diff_words (out, key, a, b);
              continue;
            }
          if (g_str_equal (key, "catalogue"))
            {
              diff_catalogue (out, key, a, b);
              continue;
            }
        }
      if (same && g_strcmp0 (quote_of (old, key), quote_of (new_, key)) == 0)
        continue;
      c = change_new (SB_POLICY_CHANGE_PARAM, key);
      c->value_changed = !same;
      c->old_text = sb_policy_value_words (old, key);
      c->new_text = sb_policy_value_words (new_, key);
      c->old_quote = g_strdup (quote_of (old, key));
      c->new_quote = g_strdup (quote_of (new_, key));
      g_ptr_array_add (out, c);
    }
  for (guint i = 0; i < new_names->len; i++)
    {
      const char *key = g_ptr_array_index (new_names, i);
      SbPolicyChange *c;

      if (value_of (old, key) != NULL)
        continue;
      c = change_new (SB_POLICY_CHANGE_ADDED, key);
      c->new_text = sb_policy_value_words (new_, key);
      c->new_quote = g_strdup (quote_of (new_, key));
      g_ptr_array_add (out, c);
    }
  return out;
}

char *
sb_policy_change_line (const SbPolicyChange *c)
{
  const char *none = "—";

  switch (c->kind)
    {
    case SB_POLICY_CHANGE_ITEM:
      if (c->old_text == NULL)
        /* TRANSLATORS: 申报材料清单 第8项 新增: text */
        return g_strdup_printf (_("%s, item %d added: %s"), c->label, c->item, c->new_text);
      if (c->new_text == NULL)
        return g_strdup_printf (_("%s, item %d removed: %s"), c->label, c->item, c->old_text);
      return g_strdup_printf (_("%s, item %d reworded: %s → %s"), c->label, c->item,
                              c->old_text, c->new_text);
    case SB_POLICY_CHANGE_CATALOGUE:
      if (c->old_text == NULL)
        return g_strdup_printf (_("%s: added %s"), c->label, c->new_text);
      if (c->new_text == NULL)
        return g_strdup_printf (_("%s: removed %s"), c->label, c->old_text);
      return g_strdup_printf (_("%s: %s → %s"), c->label, c->old_text, c->new_text);
    case SB_POLICY_CHANGE_ADDED:
      return g_strdup_printf (_("%s (new): %s"), c->label, c->new_text ? c->new_text : none);
    case SB_POLICY_CHANGE_REMOVED:
      return g_strdup_printf (_("%s (dropped): %s"), c->label, c->old_text ? c->old_text : none);
    case SB_POLICY_CHANGE_PARAM:
      if (!c->value_changed)
        return g_strdup_printf (_("%s: %s (same value, new source)"), c->label,
                                c->new_text ? c->new_text : none);
      G_GNUC_FALLTHROUGH;
    case SB_POLICY_CHANGE_NOTICE:
    default:
      return g_strdup_printf (_("%s: %s → %s"), c->label, c->old_text ? c->old_text : none,
                              c->new_text ? c->new_text : none);
    }
}
