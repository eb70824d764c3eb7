/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contract's JSON text: two-space indent, "key": value, UTF-8 unescaped,
 * doubles in their shortest exact decimal form. */
#include "sb-evaluate.h"
#include "sb-json-strict.h"

#include <math.h>


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
          if (*p < 0x20 || *p == 0x7F)
            g_string_append_printf (out, "\\u%04x", *p);
          else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
            {
              /* a C1 control (U+0080…U+009F): escaped, never raw on a terminal */
              g_string_append_printf (out, "\\u%04x", p[1]);
              p++;
            }
          else if (*p == 0xE2 && ((p[1] == 0x80 && p[2] >= 0xA8 && p[2] <= 0xAE)
                                  || (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)))
            {
              /* line and paragraph separators, the marks that reorder text
               * on screen (U+2028…U+202E, U+2066…U+2069): escaped */
              g_string_append_printf (out, "\\u%04x",
                                      0x2000 + ((p[1] & 0x3F) << 6) + (p[2] & 0x3F));
              p += 2;
            }
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

/* The tree printed with an explicit stack, not by recursion: 50,000 levels
 * of nesting cost a frame each on the heap, and the indentation stops
 * growing past SB_JSON_MAX_DEPTH levels so that the text stays linear in
 * the size of the tree. */
typedef struct
{
  JsonNode *node;
  GList *members, *next;   /* objects */
  guint index;             /* arrays */
} PrintFrame;

static void
print_indent (GString *out, gboolean pretty, guint depth)
{
  if (pretty)
    indent (out, (int) MIN (depth, SB_JSON_MAX_DEPTH));
}

static void
print_tree (GString *out, JsonNode *root, gboolean pretty)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (PrintFrame));
  JsonNode *node = root;

  for (;;)
    {
      /* open @node: a value is printed whole, a non-empty container pushed */
      if (node != NULL)
        {
          switch (json_node_get_node_type (node))
            {
            case JSON_NODE_OBJECT:
              {
                PrintFrame f = { node, NULL, NULL, 0 };

                f.members = json_object_get_members (json_node_get_object (node));
                if (f.members == NULL)
                  g_string_append (out, "{}");
                else
                  {
                    g_string_append_c (out, '{');
                    f.next = f.members;
                    g_array_append_val (stack, f);
                  }
              }
              break;
            case JSON_NODE_ARRAY:
              if (json_array_get_length (json_node_get_array (node)) == 0)
                g_string_append (out, "[]");
              else
                {
                  PrintFrame f = { node, NULL, NULL, 0 };

                  g_string_append_c (out, '[');
                  g_array_append_val (stack, f);
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
          node = NULL;
        }

      /* the next member or element of the innermost open container */
      if (stack->len == 0)
        return;
      {
        PrintFrame *f = &g_array_index (stack, PrintFrame, stack->len - 1);
        guint depth = stack->len;

        if (JSON_NODE_HOLDS_OBJECT (f->node))
          {
            if (f->next != NULL)
              {
                if (f->next != f->members)
                  g_string_append_c (out, ',');
                print_indent (out, pretty, depth);
                print_string (out, f->next->data);
                g_string_append (out, pretty ? ": " : ":");
                node = json_object_get_member (json_node_get_object (f->node), f->next->data);
                f->next = f->next->next;
                continue;
              }
            g_list_free (f->members);
            print_indent (out, pretty, depth - 1);
            g_string_append_c (out, '}');
          }
        else
          {
            JsonArray *a = json_node_get_array (f->node);

            if (f->index < json_array_get_length (a))
              {
                if (f->index > 0)
                  g_string_append_c (out, ',');
                print_indent (out, pretty, depth);
                node = json_array_get_element (a, f->index++);
                continue;
              }
            print_indent (out, pretty, depth - 1);
            g_string_append_c (out, ']');
          }
        g_array_set_size (stack, stack->len - 1);
      }
    }
}

char *
sb_json_to_pretty_string (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  print_tree (out, node, TRUE);
  return g_string_free (out, FALSE);
}

char *
sb_json_to_compact_string (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  print_tree (out, node, FALSE);
  return g_string_free (out, FALSE);
}
