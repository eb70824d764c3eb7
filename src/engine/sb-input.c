/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-input.c: reading typed money, counts and dates exactly. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-input.h"
#include "sb-money.h"

G_DEFINE_QUARK (sb-input-error-quark, sb_input_error)

/* Currency marks a ledger writes around an amount: "US$", "USD", "$",
 * "RMB", "CNY", "人民币" before the digits (after a sign) or after them. */
static void
strip_currency (GString *s)
{
  static const char * const marks[] = { "US$", "USD", "RMB", "CNY", "人民币", "$" };
  gsize start = s->len > 0 && (s->str[0] == '-' || s->str[0] == '(') ? 1 : 0;

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      gsize n = strlen (marks[i]);

      if (s->len >= start + n && g_ascii_strncasecmp (s->str + start, marks[i], n) == 0)
        {
          g_string_erase (s, start, n);
          break;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      gsize n = strlen (marks[i]);

      if (s->len >= n && g_ascii_strcasecmp (s->str + s->len - n, marks[i]) == 0)
        {
          g_string_truncate (s, s->len - n);
          break;
        }
    }
}

/* The text with full-width digits and punctuation made ASCII, white space
 * and the thousands separators "," "，" removed, a leading "¥"/"￥" dropped,
 * a trailing "元" dropped; *out_wan is set when it ends in "万" or "万元". */
static char *
normalize (const char *text, gboolean *out_wan)
{
  GString *out = g_string_new (NULL);
  const char *p;

  *out_wan = FALSE;
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_c (out, '?');
          break;
        }
      if (c >= 0xFF10 && c <= 0xFF19)       /* full-width digits */
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF0E || c == 0x3002)  /* full-width stop, 。 */
        c = '.';
      else if (c == 0xFF0D || c == 0x2212)  /* full-width hyphen, minus sign */
        c = '-';
      else if (c == 0xFF0F)
        c = '/';
      else if (c == 0xFF08)                 /* full-width parentheses */
        c = '(';
      else if (c == 0xFF09)
        c = ')';
      if (g_unichar_isspace (c) || c == ',' || c == 0xFF0C || c == 0x00A0)
        continue;
      /* ¥ ￥ first, or after the sign ("-¥5", "(¥5)") */
      if ((c == 0x00A5 || c == 0xFFE5)
          && (out->len == 0 || (out->len == 1 && (out->str[0] == '-' || out->str[0] == '('))))
        continue;
      g_string_append_unichar (out, c);
    }
  strip_currency (out);
  if (g_str_has_suffix (out->str, "万元"))
    {
      g_string_truncate (out, out->len - strlen ("万元"));
      *out_wan = TRUE;
    }
  else if (g_str_has_suffix (out->str, "万"))
    {
      g_string_truncate (out, out->len - strlen ("万"));
      *out_wan = TRUE;
    }
  else if (g_str_has_suffix (out->str, "元"))
    g_string_truncate (out, out->len - strlen ("元"));
  return g_string_free (out, FALSE);
}

static gboolean
fail (GError **error, SbInputError code, const char *message)
{
  g_set_error_literal (error, SB_INPUT_ERROR, code, message);
  return FALSE;
}

gboolean
sb_input_parse_money (const char *text, SbInputFlags flags, gint64 *out_fen, GError **error)
{
  g_autofree char *plain = NULL;
  gboolean wan;
  gboolean neg = FALSE;
  const char *p;
  guint64 units = 0;     /* in 1/10^6 of the unit typed */
  guint64 limit;         /* SB_MONEY_MAX_FEN in those units */
  int nfrac = 0;
  int nint = 0;
  const int max_frac = 6;
  guint64 fen;

  plain = normalize (text != NULL ? text : "", &wan);
  if (plain[0] == '\0')
    return fail (error, SB_INPUT_ERROR_EMPTY, _("Nothing typed"));
  /* an accountant's negative: "(1,234.56)" */
  if (plain[0] == '(' && g_str_has_suffix (plain, ")") && strlen (plain) > 2)
    {
      char *inner = g_strndup (plain + 1, strlen (plain) - 2);

      g_free (plain);
      plain = g_strconcat ("-", inner, NULL);
      g_free (inner);
      if (plain[1] == '-' || plain[1] == '+')
        return fail (error, SB_INPUT_ERROR_INVALID,
                     _("Type an amount in yuan, such as 1234.56, 1,234.56 or 123.4万"));
    }
  /* 1 万元 = 10^6 fen; 1 元 = 100 fen = 10^6 units / 10^4 */
  limit = wan ? (guint64) SB_MONEY_MAX_FEN : (guint64) SB_MONEY_MAX_FEN * 10000;
  p = plain;
  if (*p == '-' || *p == '+')
    {
      neg = *p == '-';
      p++;
    }
  /* units only grow from digit to digit, so a partial value past the
   * limit is already too large (and the ×10 never overflows) */
  for (; g_ascii_isdigit (*p); p++, nint++)
    {
      if (units > limit / 10)
        return fail (error, SB_INPUT_ERROR_RANGE, _("The amount is too large"));
      units = units * 10 + (guint64) (*p - '0');
    }
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      {
        if (++nfrac > max_frac)
          return fail (error, SB_INPUT_ERROR_PRECISION,
                       wan ? _("Amounts in 万 take at most six decimals (one fen)")
                           : _("Amounts take at most two decimals (one fen)"));
        if (units > limit / 10)
          return fail (error, SB_INPUT_ERROR_RANGE, _("The amount is too large"));
        units = units * 10 + (guint64) (*p - '0');
      }
  if (*p != '\0' || (nint == 0 && nfrac == 0))
    return fail (error, SB_INPUT_ERROR_INVALID,
                 _("Type an amount in yuan, such as 1234.56, 1,234.56 or 123.4万"));
  if (neg && !(flags & SB_INPUT_ALLOW_NEGATIVE))
    return fail (error, SB_INPUT_ERROR_RANGE, _("The amount cannot be negative"));
  for (int i = nfrac; i < max_frac; i++)
    {
      if (units > limit / 10)
        return fail (error, SB_INPUT_ERROR_RANGE, _("The amount is too large"));
      units *= 10;
    }
  if (!wan && units % 10000 != 0)
    return fail (error, SB_INPUT_ERROR_PRECISION,
                 _("Amounts take at most two decimals (one fen)"));
  fen = wan ? units : units / 10000;
  if (fen > (guint64) SB_MONEY_MAX_FEN)
    return fail (error, SB_INPUT_ERROR_RANGE, _("The amount is too large"));
  *out_fen = neg ? -(gint64) fen : (gint64) fen;
  return TRUE;
}

gboolean
sb_input_parse_count (const char *text, SbInputFlags flags, gint64 *out, GError **error)
{
  g_autofree char *plain = NULL;
  gboolean wan;
  const char *p;
  gboolean neg = FALSE;
  gint64 value = 0;

  plain = normalize (text != NULL ? text : "", &wan);
  if (plain[0] == '\0')
    return fail (error, SB_INPUT_ERROR_EMPTY, _("Nothing typed"));
  p = plain;
  if (*p == '-' || *p == '+')
    {
      neg = *p == '-';
      p++;
    }
  if (*p == '\0' || wan)
    return fail (error, SB_INPUT_ERROR_INVALID, _("Type a whole number, such as 120"));
  for (; g_ascii_isdigit (*p); p++)
    {
      if (value > (G_MAXINT64 - (*p - '0')) / 10)
        return fail (error, SB_INPUT_ERROR_RANGE, _("The number is too large"));
      value = value * 10 + (*p - '0');
    }
  if (*p == '.')
    return fail (error, SB_INPUT_ERROR_INVALID, _("Type a whole number, without decimals"));
  if (*p != '\0')
    return fail (error, SB_INPUT_ERROR_INVALID, _("Type a whole number, such as 120"));
  if (neg && value != 0 && !(flags & SB_INPUT_ALLOW_NEGATIVE))
    return fail (error, SB_INPUT_ERROR_RANGE, _("The number cannot be negative"));
  *out = neg ? -value : value;
  return TRUE;
}

gboolean
sb_input_parse_date (const char *text, SbDate *out, GError **error)
{
  g_autofree char *plain = NULL;
  gboolean wan;
  int v[3] = { 0, 0, 0 };
  int f = 0;
  const char *p;

  /* a time of day after the date ("2024-03-05 10:30:00", "2024-03-05T10:30")
   * is dropped */
  {
    g_autofree char *date_part = g_strdup (text != NULL ? text : "");

    for (char *q = date_part; *q != '\0'; q++)
      if ((*q == ' ' || *q == 'T') && q - date_part >= 8 && g_ascii_isdigit (q[1])
          && (q[2] == ':' || (g_ascii_isdigit (q[2]) && q[3] == ':')))
        {
          *q = '\0';
          break;
        }
    plain = normalize (date_part, &wan);
  }
  if (plain[0] == '\0')
    return fail (error, SB_INPUT_ERROR_EMPTY, _("Nothing typed"));
  /* "20240305" */
  if (strlen (plain) == 8 && strspn (plain, "0123456789") == 8)
    {
      v[0] = (plain[0] - '0') * 1000 + (plain[1] - '0') * 100 + (plain[2] - '0') * 10 + (plain[3] - '0');
      v[1] = (plain[4] - '0') * 10 + (plain[5] - '0');
      v[2] = (plain[6] - '0') * 10 + (plain[7] - '0');
      f = 3;
      p = plain + 8;
    }
  else
    p = plain;
  while (f < 3)
    {
      int digits = 0;

      for (; g_ascii_isdigit (*p) && digits < 5; p++, digits++)
        v[f] = v[f] * 10 + (*p - '0');
      if (digits == 0 || (f == 0 && digits != 4) || (f > 0 && digits > 2))
        break;
      f++;
      if (f == 3)
        {
          if (g_str_has_prefix (p, "日"))
            p += strlen ("日");
          break;
        }
      if (*p == '-' || *p == '/' || *p == '.')
        p++;
      else if (f == 1 && g_str_has_prefix (p, "年"))
        p += strlen ("年");
      else if (f == 2 && g_str_has_prefix (p, "月"))
        p += strlen ("月");
      else
        break;
    }
  if (f < 3 || *p != '\0' || wan)
    return fail (error, SB_INPUT_ERROR_INVALID,
                 _("Type a date such as 2024-03-05, 2024-3-5 or 2024/03/05"));
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[0] < 1
      || v[2] > g_date_get_days_in_month ((GDateMonth) v[1], (GDateYear) v[0]))
    return fail (error, SB_INPUT_ERROR_RANGE, _("There is no such day in the calendar"));
  *out = sb_date_from_ymd (v[0], v[1], v[2]);
  return TRUE;
}

char *
sb_input_group_digits (const char *plain, const char *prefix)
{
  GString *out = g_string_new (NULL);
  const char *digits = plain;
  const char *dot;
  gsize n_int;

  if (*digits == '-')
    {
      g_string_append_c (out, '-');
      digits++;
    }
  if (prefix != NULL)
    g_string_append (out, prefix);
  dot = strchr (digits, '.');
  n_int = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    g_string_append (out, dot);
  return g_string_free (out, FALSE);
}

char *
sb_input_format_money (gint64 fen)
{
  g_autofree char *plain = NULL;

  if (fen == SB_UNSET)
    return g_strdup ("");
  plain = sb_money_format (fen);
  return sb_input_group_digits (plain, "¥");
}

char *
sb_input_format_wan (gint64 fen)
{
  g_autofree char *plain = NULL;
  gsize len;

  if (fen == SB_UNSET)
    return g_strdup ("");
  plain = sb_ratio_format (sb_ratio (fen, 1000000), 4);
  if (plain == NULL)
    return g_strdup ("");
  len = strlen (plain);
  while (len > 0 && plain[len - 1] == '0')
    plain[--len] = '\0';
  if (len > 0 && plain[len - 1] == '.')
    plain[--len] = '\0';
  return g_strconcat (plain, "万", NULL);
}
