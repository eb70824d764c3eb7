/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contract's JSON text: two-space indent, "key": value, UTF-8 unescaped,
 * doubles in their shortest exact decimal form. */
#include "sb-evaluate.h"

#include <math.h>

static void print_node (GString *out, JsonNode *node, int depth);

static void
indent (GString *out, int depth)
{
  g_string_append_c (out, '\n');
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
print_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
print_double (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (v))
    {
      g_string_append (out, "null");
      return;
    }
  for (int d = 1; d <= 17; d++)
    {
      char fmt[8];
      g_snprintf (fmt, sizeof fmt, "%%.%df", d);
      g_ascii_formatd (buf, sizeof buf, fmt, v);
      if (g_ascii_strtod (buf, NULL) == v)
        {
          g_string_append (out, buf);
          return;
        }
    }
  g_string_append (out, g_ascii_dtostr (buf, sizeof buf, v));
}

static void
print_value (GString *out, JsonNode *node)
{
  GType t = json_node_get_value_type (node);

  if (t == G_TYPE_STRING)
    print_string (out, json_node_get_string (node));
  else if (t == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (t == G_TYPE_DOUBLE)
    print_double (out, json_node_get_double (node));
  else if (t == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else
    g_string_append (out, "null");
}

static void
print_node (GString *out, JsonNode *node, int depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *o = json_node_get_object (node);
        GList *members = json_object_get_members (o);

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append_c (out, '{');
        for (GList *l = members; l != NULL; l = l->next)
          {
            indent (out, depth + 1);
            print_string (out, l->data);
            g_string_append (out, ": ");
            print_node (out, json_object_get_member (o, l->data), depth + 1);
            if (l->next != NULL)
              g_string_append_c (out, ',');
          }
        indent (out, depth);
        g_string_append_c (out, '}');
        g_list_free (members);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (node);
        guint n = json_array_get_length (a);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            indent (out, depth + 1);
            print_node (out, json_array_get_element (a, i), depth + 1);
            if (i + 1 < n)
              g_string_append_c (out, ',');
          }
        indent (out, depth);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      print_value (out, node);
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

char *
sb_json_to_pretty_string (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  print_node (out, node, 0);
  return g_string_free (out, FALSE);
}
