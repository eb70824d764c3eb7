/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-money.h: exact money (integer fen) and ratio arithmetic.
 *
 * Money is gint64 fen (1 元 = 100 fen; for USD amounts, cents).  A ratio is a
 * pair of integers compared by cross multiplication in 128 bits, so 50.00%
 * is never 49.9999%.  SB_UNSET marks an absent figure. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An absent integer figure (money, headcount, score). */
#define SB_UNSET G_MININT64

/* The largest money magnitude a dossier may hold: 9,000,000,000,000 元. */
#define SB_MONEY_MAX_FEN (G_GINT64_CONSTANT (900000000000000))

/* A tri-state boolean: a declaration may be absent. */
typedef enum
{
  SB_TRI_UNSET = -1,
  SB_TRI_FALSE = 0,
  SB_TRI_TRUE = 1,
} SbTri;

/* num / den with den != 0 when valid; den == 0 means undetermined. */
typedef struct
{
  gint64 num;
  gint64 den;
} SbRatio;

static inline SbRatio
sb_ratio (gint64 num, gint64 den)
{
  SbRatio r = { num, den };
  return r;
}

static inline gboolean
sb_ratio_is_valid (SbRatio r)
{
  return r.den != 0;
}

/* <0, 0, >0 as a < b, a == b, a > b.  Both must be valid. */
int      sb_ratio_compare        (SbRatio a, SbRatio b);
/* a >= b, exact. */
gboolean sb_ratio_at_least       (SbRatio a, SbRatio b);
/* @r in lowest terms: num and den divided by their greatest common divisor,
 * signs kept (6/-4 → 3/-2).  0/0 stays 0/0; n/0 becomes ±1/0, still invalid. */
SbRatio  sb_ratio_reduce         (SbRatio r);

/* value × ratio rounded down (toward −∞), saturating at the gint64 range. */
gint64   sb_money_mul_ratio_floor (gint64 value, SbRatio r);
/* value × r rounded up (towards +∞). */
gint64   sb_money_mul_ratio_ceil  (gint64 value, SbRatio r);
/* value × ratio rounded half up (away from zero on .5). */
gint64   sb_money_mul_ratio_round (gint64 value, SbRatio r);

/* The least whole x >= 0 such that (num + x·unit) / (den + k·x·unit) >= t,
 * where k = 1 when the numerator is part of the denominator and 0 otherwise.
 * @unit scales one counted item (2·months for averaged headcounts, 1 for fen).
 * Returns 0 when the ratio already passes; -1 when no x can reach t
 * (k = 1 and t >= 1). */
gint64   sb_shortfall            (gint64 num, gint64 den, SbRatio t,
                                  gboolean num_in_den, gint64 unit);

/* "0.4872": four decimals, rounded half up.  Invalid ratio: NULL. */
char    *sb_ratio_format         (SbRatio r, guint decimals);

/* "420000.00", "-12.50" */
char    *sb_money_format         (gint64 fen);

/* Parses "123", "123.4", "123.45", "-5" (at most two decimals) into fen.
 * Returns FALSE for anything else (letters, three decimals, overflow). */
gboolean sb_money_parse          (const char *text, gint64 *out_fen);

/* Converts a JSON double to an exact decimal with at most @max_decimals
 * decimals: the double must be the nearest double to such a decimal.
 * Returns FALSE when it has more decimals. */
gboolean sb_decimal_from_double  (double value, guint max_decimals,
                                  gint64 *out_num, gint64 *out_scale);

G_END_DECLS
