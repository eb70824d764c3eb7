/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The strict pass over a JSON text's bytes before json-glib reads it: one
 * loop with an explicit stack of at most SB_JSON_MAX_DEPTH frames, linear in
 * the length of the text (each object's keys in a hash set). */
#include "config.h"

#include "sb-json-strict.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sb-engine-error.h"

#define KEY_SHOWN 40

typedef struct
{
  gboolean object;
  guint index;           /* arrays: the element being read */
  GString *key;          /* objects: the key being read (decoded) */
  GHashTable *keys;      /* objects: the keys seen */
} Frame;

typedef struct
{
  const guchar *start, *p, *end;
  Frame frames[SB_JSON_MAX_DEPTH + 1];
  int depth;             /* frames in use */
  GError **error;
} Scan;

char *
sb_json_excerpt (const char *s, gssize len, guint max_chars)
{
  GString *out = g_string_new (NULL);
  const char *p = s, *end;
  guint n = 0;

  if (len < 0)
    len = (gssize) strlen (s);
  end = s + len;
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (out, 0xFFFD);
          p++;
        }
      else
        {
          if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            g_string_append_unichar (out, 0xFFFD);
          else
            g_string_append_unichar (out, c);
          p = g_utf8_next_char (p);
        }
      n++;
    }
  return g_string_free (out, FALSE);
}

static char *
scan_path (Scan *s)
{
  GString *path = g_string_new (NULL);

  for (int i = 0; i < s->depth; i++)
    {
      Frame *f = &s->frames[i];

      if (f->object)
        {
          g_autofree char *k = NULL;

          if (f->key == NULL || f->key->len == 0)
            break;
          k = sb_json_excerpt (f->key->str, (gssize) f->key->len, KEY_SHOWN);
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, k);
        }
      else
        g_string_append_printf (path, "[%u]", f->index);
    }
  /* 64 levels of keys: the first and the last ones */
  if (g_utf8_strlen (path->str, -1) > 100)
    {
      const char *head_end = g_utf8_offset_to_pointer (path->str, 60);
      const char *tail = g_utf8_offset_to_pointer (path->str, g_utf8_strlen (path->str, -1) - 30);
      g_autofree char *cut = g_strdup_printf ("%.*s…%s", (int) (head_end - path->str),
                                              path->str, tail);

      g_string_assign (path, cut);
    }
  return g_string_free (path, FALSE);
}

static guint
scan_line (Scan *s)
{
  guint line = 1;

  for (const guchar *q = s->start; q < s->p && q < s->end; q++)
    if (*q == '\n')
      line++;
  return line;
}

G_GNUC_PRINTF (2, 3) static gboolean
scan_fail (Scan *s, const char *format, ...)
{
  g_autofree char *what = NULL;
  g_autofree char *path = scan_path (s);
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (*path != '\0')
    g_set_error (s->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                 _("%s (line %u): %s"), path, scan_line (s), what);
  else
    g_set_error (s->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT,
                 _("line %u: %s"), scan_line (s), what);
  return FALSE;
}

static void
skip_ws (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    s->p++;
}

static int
hex4 (const guchar *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* One UTF-8 sequence at s->p (a lead byte ≥ 0x80), strictly: no overlong
 * forms, no surrogates, nothing above U+10FFFF.  Returns its length or 0. */
static int
utf8_sequence (const guchar *p, const guchar *end)
{
  guint32 c;
  int n;

  if (*p >= 0xC2 && *p <= 0xDF)
    n = 2, c = *p & 0x1F;
  else if (*p >= 0xE0 && *p <= 0xEF)
    n = 3, c = *p & 0x0F;
  else if (*p >= 0xF0 && *p <= 0xF4)
    n = 4, c = *p & 0x07;
  else
    return 0;
  if (end - p < n)
    return 0;
  for (int i = 1; i < n; i++)
    {
      if ((p[i] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (p[i] & 0x3F);
    }
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF))
      || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  return n;
}

/* A string at s->p (the opening quote); appends its decoded text to @out
 * when not NULL. */
static gboolean
scan_string (Scan *s, GString *out)
{
  const guchar *open = s->p;

  s->p++;
  for (;;)
    {
      guchar c;

      if (s->p >= s->end)
        return scan_fail (s, _("a text string is not closed"));
      if ((gsize) (s->p - open) > SB_JSON_MAX_STRING)
        return scan_fail (s, _("a text string longer than %d bytes"), SB_JSON_MAX_STRING);
      c = *s->p;
      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (s, _("a control character (U+%04X) inside a text string"), c);
      if (c == '\\')
        {
          guchar e;

          if (s->end - s->p < 2)
            return scan_fail (s, _("a text string is not closed"));
          e = s->p[1];
          switch (e)
            {
            case '"': case '\\': case '/':
              if (out) g_string_append_c (out, (char) e);
              s->p += 2;
              continue;
            case 'b': if (out) g_string_append_c (out, '\b'); s->p += 2; continue;
            case 'f': if (out) g_string_append_c (out, '\f'); s->p += 2; continue;
            case 'n': if (out) g_string_append_c (out, '\n'); s->p += 2; continue;
            case 'r': if (out) g_string_append_c (out, '\r'); s->p += 2; continue;
            case 't': if (out) g_string_append_c (out, '\t'); s->p += 2; continue;
            case 'u':
              {
                int u, lo;

                if (s->end - s->p < 6 || (u = hex4 (s->p + 2)) < 0)
                  return scan_fail (s, _("a \\u escape without four hexadecimal digits"));
                if (u == 0)
                  return scan_fail (s, _("the character \\u0000 inside a text string"));
                if (u >= 0xDC00 && u <= 0xDFFF)
                  return scan_fail (s, _("a lone surrogate \\u%04x inside a text string"), (guint) u);
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    if (s->end - s->p < 12 || s->p[6] != '\\' || s->p[7] != 'u'
                        || (lo = hex4 (s->p + 8)) < 0xDC00 || lo > 0xDFFF)
                      return scan_fail (s, _("a lone surrogate \\u%04x inside a text string"), (guint) u);
                    if (out)
                      g_string_append_unichar (out, 0x10000 + (((gunichar) u - 0xD800) << 10)
                                                    + ((gunichar) lo - 0xDC00));
                    s->p += 12;
                    continue;
                  }
                if (out)
                  g_string_append_unichar (out, (gunichar) u);
                s->p += 6;
                continue;
              }
            default:
              return scan_fail (s, _("an unknown escape \\%c inside a text string"),
                                g_ascii_isprint (e) ? e : '?');
            }
        }
      if (c >= 0x80)
        {
          int n = utf8_sequence (s->p, s->end);

          if (n == 0)
            return scan_fail (s, _("bytes that are not UTF-8 text inside a text string"));
          if (out)
            g_string_append_len (out, (const char *) s->p, n);
          s->p += n;
          continue;
        }
      if (out)
        g_string_append_c (out, (char) c);
      s->p++;
    }
}

static gboolean
is_token_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '+' || c == '-' || c == '_';
}

/* A number or a literal at s->p: the whole run of word characters must be
 * an RFC 8259 number, true, false or null. */
static gboolean
scan_scalar (Scan *s)
{
  const guchar *t = s->p, *q;
  gsize len;
  g_autofree char *quoted = NULL;

  while (s->p < s->end && is_token_char (*s->p))
    s->p++;
  len = (gsize) (s->p - t);
  if (len == 0)
    {
      g_autofree char *what = sb_json_excerpt ((const char *) t, MIN (s->end - t, 8), 1);
      return scan_fail (s, _("“%s” is not a JSON value"), what);
    }
  if ((len == 4 && memcmp (t, "true", 4) == 0) || (len == 5 && memcmp (t, "false", 5) == 0)
      || (len == 4 && memcmp (t, "null", 4) == 0))
    return TRUE;
  quoted = sb_json_excerpt ((const char *) t, (gssize) len, SB_JSON_QUOTE_CHARS);
  if (!(*t == '-' || g_ascii_isdigit (*t)))
    return scan_fail (s, _("“%s” is not a JSON value (a text must be in double quotes)"), quoted);

  /* -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
  q = t;
  if (*q == '-')
    q++;
  if (q < s->p && *q == '0')
    q++;
  else if (q < s->p && *q >= '1' && *q <= '9')
    while (q < s->p && g_ascii_isdigit (*q))
      q++;
  else
    goto bad;
  if (q < s->p && *q == '.')
    {
      q++;
      if (!(q < s->p && g_ascii_isdigit (*q)))
        goto bad;
      while (q < s->p && g_ascii_isdigit (*q))
        q++;
    }
  if (q < s->p && (*q == 'e' || *q == 'E'))
    {
      q++;
      if (q < s->p && (*q == '+' || *q == '-'))
        q++;
      if (!(q < s->p && g_ascii_isdigit (*q)))
        goto bad;
      while (q < s->p && g_ascii_isdigit (*q))
        q++;
    }
  if (q != s->p)
    goto bad;
  if (len > SB_JSON_MAX_NUMBER)
    return scan_fail (s, _("the number “%s” is longer than %d characters"), quoted,
                      SB_JSON_MAX_NUMBER);
  {
    char buf[SB_JSON_MAX_NUMBER + 1];
    gboolean integer = memchr (t, '.', len) == NULL && memchr (t, 'e', len) == NULL
                       && memchr (t, 'E', len) == NULL;

    memcpy (buf, t, len);
    buf[len] = '\0';
    errno = 0;
    if (integer)
      {
        char *endp = NULL;

        (void) g_ascii_strtoll (buf, &endp, 10);
        if (errno == ERANGE)
          return scan_fail (s, _("the number %s is out of range"), quoted);
      }
    else
      {
        double v = g_ascii_strtod (buf, NULL);

        if (!isfinite (v) || errno == ERANGE)
          return scan_fail (s, _("the number %s is out of range"), quoted);
      }
  }
  return TRUE;

bad:
  return scan_fail (s, _("“%s” is not a number as JSON writes it (no leading zeros, "
                         "no hexadecimal, digits on both sides of the point)"), quoted);
}

static gboolean
push (Scan *s, gboolean object)
{
  Frame *f;

  if (s->depth >= SB_JSON_MAX_DEPTH)
    return scan_fail (s, _("nested deeper than %d levels"), SB_JSON_MAX_DEPTH);
  f = &s->frames[s->depth++];
  f->object = object;
  f->index = 0;
  if (object)
    {
      if (f->key == NULL)
        f->key = g_string_new (NULL);
      g_string_truncate (f->key, 0);
      if (f->keys == NULL)
        f->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      else
        g_hash_table_remove_all (f->keys);
    }
  s->p++;
  return TRUE;
}

/* A key at s->p (after skip_ws) of the object on top, then the colon. */
static gboolean
scan_key (Scan *s)
{
  Frame *f = &s->frames[s->depth - 1];
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_truncate (f->key, 0);
  if (s->p >= s->end || *s->p != '"')
    return scan_fail (s, _("a key in double quotes expected"));
  if (!scan_string (s, key))
    return FALSE;
  g_string_assign (f->key, key->str);
  /* a key with \u0000 is refused above, so key->str is the whole key */
  if (g_hash_table_contains (f->keys, key->str))
    return scan_fail (s, _("the key appears twice in the same object"));
  g_hash_table_add (f->keys, g_string_free (g_steal_pointer (&key), FALSE));
  skip_ws (s);
  if (s->p >= s->end || *s->p != ':')
    return scan_fail (s, _("a colon expected after the key"));
  s->p++;
  return TRUE;
}

static gboolean
scan_all (Scan *s)
{
  skip_ws (s);
  if (s->p >= s->end)
    return scan_fail (s, _("the text is empty"));

  for (;;)
    {
      gboolean closed = FALSE;

      /* a value at s->p */
      skip_ws (s);
      if (s->p >= s->end)
        return scan_fail (s, _("the text ends before its value"));
      switch (*s->p)
        {
        case '{':
          if (!push (s, TRUE))
            return FALSE;
          skip_ws (s);
          if (s->p < s->end && *s->p == '}')
            {
              s->p++;
              s->depth--;
              break;
            }
          if (!scan_key (s))
            return FALSE;
          continue;
        case '[':
          if (!push (s, FALSE))
            return FALSE;
          skip_ws (s);
          if (s->p < s->end && *s->p == ']')
            {
              s->p++;
              s->depth--;
              break;
            }
          continue;
        case '"':
          if (!scan_string (s, NULL))
            return FALSE;
          break;
        default:
          if (!scan_scalar (s))
            return FALSE;
          break;
        }

      /* after a value: a comma, or the end of one or more containers */
      do
        {
          Frame *f;

          skip_ws (s);
          if (s->depth == 0)
            {
              if (s->p < s->end)
                return scan_fail (s, _("more text after the end of the JSON value"));
              return TRUE;
            }
          f = &s->frames[s->depth - 1];
          if (s->p >= s->end)
            return scan_fail (s, f->object ? _("an object is not closed")
                                           : _("a list is not closed"));
          closed = FALSE;
          if (*s->p == ',')
            {
              s->p++;
              if (f->object)
                {
                  skip_ws (s);
                  if (!scan_key (s))
                    return FALSE;
                }
              else
                f->index++;
            }
          else if (*s->p == (f->object ? '}' : ']'))
            {
              s->p++;
              s->depth--;
              closed = TRUE;
            }
          else
            return scan_fail (s, f->object ? _("a comma or } expected") : _("a comma or ] expected"));
        }
      while (closed);
    }
}

gboolean
sb_json_strict_check (const char *data, gssize len, GError **error)
{
  Scan s = { 0 };
  gboolean ok;

  if (len < 0)
    len = (gssize) strlen (data);
  s.error = error;
  s.start = s.p = (const guchar *) data;
  s.end = s.start + len;
  if ((gsize) len > SB_JSON_MAX_BYTES)
    return scan_fail (&s, _("the text is longer than %d MB"), SB_JSON_MAX_BYTES / (1024 * 1024));
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s.p += 3; /* a byte-order mark, which json-glib skips too */
  ok = scan_all (&s);
  for (int i = 0; i <= SB_JSON_MAX_DEPTH; i++)
    {
      if (s.frames[i].key != NULL)
        g_string_free (s.frames[i].key, TRUE);
      if (s.frames[i].keys != NULL)
        g_hash_table_unref (s.frames[i].keys);
    }
  return ok;
}

JsonNode *
sb_json_strict_parse (const char *data, gssize len, GError **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  if (len < 0)
    len = (gssize) strlen (data);
  if (!sb_json_strict_check (data, len, error))
    return NULL;
  parser = json_parser_new_immutable ();
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT, "%s", local_error->message);
      return NULL;
    }
  return json_parser_steal_root (parser);
}
