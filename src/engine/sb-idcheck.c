/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-idcheck.c: GB 32100-2015 and GB 11643-1999 check digits. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-idcheck.h"

/* GB 32100-2015 §4: the 31 characters of the code (no I, O, Z, S, V), in
 * the order of their values 0…30, and the weights of positions 1…17. */
static const char credit_charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const int credit_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
};

/* GB 11643-1999 §7: weights 2^(18-i) mod 11 and the check characters. */
static const int id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char id_checks[] = "10X98765432";

/* @text without spaces (ASCII and U+3000), upper-cased, into @out (at most
 * @size - 1 bytes kept); the number of characters, or -1 for a non-ASCII
 * character other than the ideographic space. */
static int
compact (const char *text, char *out, gsize size)
{
  gsize n = 0;
  int count = 0;

  for (const char *p = text; *p != '\0'; )
    {
      if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      if ((guchar) *p >= 0x80)
        {
          gunichar c = g_utf8_get_char_validated (p, -1);

          if (c == 0x3000)
            {
              p = g_utf8_next_char (p);
              continue;
            }
          return -1;
        }
      if (n + 1 < size)
        out[n++] = g_ascii_toupper (*p);
      count++;
      p++;
    }
  out[n] = '\0';
  return count;
}

SbIdStatus
sb_credit_code_check (const char *code, char *out_expected)
{
  char c[20];
  int n, sum = 0, check;
  const char *hit;

  if (out_expected != NULL)
    *out_expected = '\0';
  if (code == NULL)
    return SB_ID_EMPTY;
  n = compact (code, c, sizeof c);
  if (n == 0)
    return SB_ID_EMPTY;
  if (n < 0)
    return SB_ID_CHARACTER;
  if (n != 18)
    return SB_ID_LENGTH;
  for (int i = 0; i < 18; i++)
    if (strchr (credit_charset, c[i]) == NULL)
      return SB_ID_CHARACTER;
  for (int i = 0; i < 17; i++)
    sum += (int) (strchr (credit_charset, c[i]) - credit_charset) * credit_weights[i];
  check = (31 - sum % 31) % 31;
  hit = strchr (credit_charset, c[17]);
  if ((int) (hit - credit_charset) != check)
    {
      if (out_expected != NULL)
        *out_expected = credit_charset[check];
      return SB_ID_CHECK_DIGIT;
    }
  return SB_ID_OK;
}

static gboolean
birth_date_valid (const char *c)
{
  int y = 0, m = 0, d = 0;

  for (int i = 6; i < 10; i++)
    y = y * 10 + (c[i] - '0');
  m = (c[10] - '0') * 10 + (c[11] - '0');
  d = (c[12] - '0') * 10 + (c[13] - '0');
  return y >= 1800 && g_date_valid_dmy (d, m, y);
}

SbIdStatus
sb_resident_id_check (const char *id, char *out_expected)
{
  char c[20];
  int n, sum = 0;
  char check;

  if (out_expected != NULL)
    *out_expected = '\0';
  if (id == NULL)
    return SB_ID_EMPTY;
  n = compact (id, c, sizeof c);
  if (n == 0)
    return SB_ID_EMPTY;
  if (n < 0)
    return SB_ID_CHARACTER;
  if (n != 18)
    return SB_ID_LENGTH;
  for (int i = 0; i < 17; i++)
    if (!g_ascii_isdigit (c[i]))
      return SB_ID_CHARACTER;
  if (!g_ascii_isdigit (c[17]) && c[17] != 'X')
    return SB_ID_CHARACTER;
  if (!birth_date_valid (c))
    return SB_ID_DATE;
  for (int i = 0; i < 17; i++)
    sum += (c[i] - '0') * id_weights[i];
  check = id_checks[sum % 11];
  if (c[17] != check)
    {
      if (out_expected != NULL)
        *out_expected = check;
      return SB_ID_CHECK_DIGIT;
    }
  return SB_ID_OK;
}

char *
sb_credit_code_problem (const char *code, const char *what)
{
  char expected;

  switch (sb_credit_code_check (code, &expected))
    {
    case SB_ID_OK:
    case SB_ID_EMPTY:
      return NULL;
    case SB_ID_LENGTH:
      /* TRANSLATORS: %s is a field, e.g. "Unified social credit code" */
      return g_strdup_printf (_("%s: a unified social credit code has 18 characters; "
                                "check it against the business licence."), what);
    case SB_ID_CHARACTER:
      return g_strdup_printf (_("%s: a unified social credit code holds only digits and "
                                "the capital letters A–Y without I, O, S, V, Z."), what);
    case SB_ID_CHECK_DIGIT:
    default:
      return g_strdup_printf (_("%s: the last character should be %c for the first 17 "
                                "(GB 32100 check digit); a character may be mistyped."),
                              what, expected);
    }
}

char *
sb_resident_id_problem (const char *id, const char *what)
{
  char expected;

  switch (sb_resident_id_check (id, &expected))
    {
    case SB_ID_OK:
    case SB_ID_EMPTY:
      return NULL;
    case SB_ID_LENGTH:
      return g_strdup_printf (_("%s: an identity card number has 18 characters."), what);
    case SB_ID_CHARACTER:
      return g_strdup_printf (_("%s: an identity card number holds 17 digits and a last "
                                "digit or X."), what);
    case SB_ID_DATE:
      return g_strdup_printf (_("%s: characters 7 to 14 are not a date of birth."), what);
    case SB_ID_CHECK_DIGIT:
    default:
      return g_strdup_printf (_("%s: the last character should be %c for the first 17 "
                                "(GB 11643 check digit); a digit may be mistyped."),
                              what, expected);
    }
}

char *
sb_resident_id_mask (const char *id)
{
  glong n;
  GString *out;
  const char *p;

  if (id == NULL)
    return NULL;
  n = g_utf8_strlen (id, -1);
  if (n < 11)
    return g_strdup (id);
  out = g_string_new (NULL);
  p = id;
  for (glong i = 0; i < n; i++)
    {
      const char *next = g_utf8_next_char (p);

      if (i < 6 || i >= n - 4)
        g_string_append_len (out, p, next - p);
      else
        g_string_append_c (out, '*');
      p = next;
    }
  return g_string_free (out, FALSE);
}
