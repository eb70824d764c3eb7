/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-money.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef __int128 i128;

static gint64
clamp_i128 (i128 v)
{
  if (v > G_MAXINT64)
    return G_MAXINT64;
  if (v < G_MININT64 + 1)
    return G_MININT64 + 1;   /* never SB_UNSET */
  return (gint64) v;
}

/* floor (a / b) for b > 0 */
static i128
floor_div (i128 a, i128 b)
{
  i128 q = a / b;
  if ((a % b != 0) && (a < 0))
    q -= 1;
  return q;
}

/* ceil (a / b) for b > 0 */
static i128
ceil_div (i128 a, i128 b)
{
  return -floor_div (-a, b);
}

int
sb_ratio_compare (SbRatio a, SbRatio b)
{
  i128 an = a.num, ad = a.den, bn = b.num, bd = b.den;

  g_return_val_if_fail (ad != 0 && bd != 0, 0);

  if (ad < 0)
    {
      an = -an;
      ad = -ad;
    }
  if (bd < 0)
    {
      bn = -bn;
      bd = -bd;
    }
  i128 l = an * bd;
  i128 r = bn * ad;
  return (l > r) - (l < r);
}

gboolean
sb_ratio_at_least (SbRatio a, SbRatio b)
{
  return sb_ratio_compare (a, b) >= 0;
}

static gint64
gcd64 (gint64 a, gint64 b)
{
  while (b != 0)
    {
      gint64 t = a % b;
      a = b;
      b = t;
    }
  return a < 0 ? -a : a;
}

SbRatio
sb_ratio_reduce (SbRatio r)
{
  gint64 g = gcd64 (r.num, r.den);

  if (g > 1)
    {
      r.num /= g;
      r.den /= g;
    }
  return r;
}

gint64
sb_money_mul_ratio_floor (gint64 value, SbRatio r)
{
  i128 num = (i128) value * r.num;
  i128 den = r.den;

  g_return_val_if_fail (r.den != 0, 0);
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  return clamp_i128 (floor_div (num, den));
}

gint64
sb_money_mul_ratio_ceil (gint64 value, SbRatio r)
{
  i128 num = (i128) value * r.num;
  i128 den = r.den;

  g_return_val_if_fail (r.den != 0, 0);
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  return clamp_i128 (-floor_div (-num, den));
}

gint64
sb_money_mul_ratio_round (gint64 value, SbRatio r)
{
  i128 num = (i128) value * r.num;
  i128 den = r.den;

  g_return_val_if_fail (r.den != 0, 0);
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  /* half away from zero */
  if (num >= 0)
    return clamp_i128 (floor_div (2 * num + den, 2 * den));
  return clamp_i128 (-floor_div (-2 * num + den, 2 * den));
}

gint64
sb_shortfall (gint64 num, gint64 den, SbRatio t, gboolean num_in_den, gint64 unit)
{
  i128 p = t.num, q = t.den;
  i128 need;

  g_return_val_if_fail (t.den > 0 && unit > 0, -1);

  /* (num + x·u)·q >= p·(den + k·x·u)  ⇔  x·u·(q − k·p) >= p·den − q·num */
  need = p * den - q * (i128) num;
  if (need <= 0)
    return 0;
  if (num_in_den)
    {
      i128 step = (q - p) * unit;
      if (step <= 0)
        return -1;
      return clamp_i128 (ceil_div (need, step));
    }
  return clamp_i128 (ceil_div (need, q * unit));
}

char *
sb_ratio_format (SbRatio r, guint decimals)
{
  i128 scale = 1;
  i128 num = r.num, den = r.den;
  i128 v;
  gboolean neg;
  GString *s;
  char digits[64];
  int n = 0;

  if (r.den == 0)
    return NULL;
  for (guint i = 0; i < decimals; i++)
    scale *= 10;
  if (den < 0)
    {
      num = -num;
      den = -den;
    }
  neg = num < 0;
  if (neg)
    num = -num;
  v = floor_div (2 * num * scale + den, 2 * den);   /* half up on the magnitude */

  do
    {
      digits[n++] = '0' + (int) (v % 10);
      v /= 10;
    }
  while (v > 0 && n < (int) sizeof digits - 1);
  while (n <= (int) decimals)
    digits[n++] = '0';

  s = g_string_new (neg ? "-" : "");
  for (int i = n - 1; i >= 0; i--)
    {
      g_string_append_c (s, digits[i]);
      if (i == (int) decimals && decimals > 0)
        g_string_append_c (s, '.');
    }
  if (neg && strspn (s->str + 1, "0.") == s->len - 1)
    g_string_erase (s, 0, 1);   /* no "-0.00" */
  return g_string_free (s, FALSE);
}

char *
sb_money_format (gint64 fen)
{
  guint64 mag;

  if (fen < 0)
    mag = (guint64) (-(fen + 1)) + 1;
  else
    mag = (guint64) fen;
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          fen < 0 ? "-" : "", mag / 100, (guint) (mag % 100));
}

gboolean
sb_money_parse (const char *text, gint64 *out_fen)
{
  const char *p = text;
  gboolean neg = FALSE;
  guint64 units = 0;
  guint frac = 0;
  int nfrac = 0;
  int nint = 0;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    {
      neg = *p == '-';
      p++;
    }
  while (g_ascii_isdigit (*p))
    {
      if (units > (guint64) SB_MONEY_MAX_FEN)
        return FALSE;
      units = units * 10 + (guint64) (*p - '0');
      nint++;
      p++;
    }
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          if (++nfrac > 2)
            return FALSE;
          frac = frac * 10 + (guint) (*p - '0');
          p++;
        }
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || (nint == 0 && nfrac == 0))
    return FALSE;
  if (nfrac == 1)
    frac *= 10;
  if (units > (guint64) SB_MONEY_MAX_FEN / 100)
    return FALSE;
  units = units * 100 + frac;
  if (units > (guint64) SB_MONEY_MAX_FEN)
    return FALSE;
  *out_fen = neg ? -(gint64) units : (gint64) units;
  return TRUE;
}

gboolean
sb_decimal_from_double (double value, guint max_decimals, gint64 *out_num, gint64 *out_scale)
{
  if (!isfinite (value) || fabs (value) > 9.2e18)
    return FALSE;

  for (guint d = 0; d <= max_decimals; d++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      char fmt[8];
      gint64 scale = 1;
      gint64 num = 0;
      gboolean neg = FALSE;
      const char *p;

      g_snprintf (fmt, sizeof fmt, "%%.%uf", d);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (g_ascii_strtod (buf, NULL) != value)
        continue;
      /* the decimal text is exact: read it digit by digit */
      p = buf;
      if (*p == '-')
        {
          neg = TRUE;
          p++;
        }
      for (; *p; p++)
        {
          if (*p == '.')
            continue;
          if (num > (G_MAXINT64 - 9) / 10)
            return FALSE;
          num = num * 10 + (*p - '0');
        }
      for (guint i = 0; i < d; i++)
        scale *= 10;
      *out_num = neg ? -num : num;
      *out_scale = scale;
      return TRUE;
    }
  return FALSE;
}
