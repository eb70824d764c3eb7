/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-date.h"
#include "sb-money.h"

static void
test_parse (void)
{
  gint64 fen = 0;

  g_assert_true (sb_money_parse ("123.45", &fen));
  g_assert_cmpint (fen, ==, 12345);
  g_assert_true (sb_money_parse ("-0.5", &fen));
  g_assert_cmpint (fen, ==, -50);
  g_assert_true (sb_money_parse ("9000000000000", &fen));
  g_assert_cmpint (fen, ==, SB_MONEY_MAX_FEN);
  g_assert_false (sb_money_parse ("9000000000000.01", &fen));
  g_assert_false (sb_money_parse ("1.005", &fen));
  g_assert_false (sb_money_parse ("12a", &fen));
  g_assert_false (sb_money_parse ("", &fen));
  g_assert_false (sb_money_parse (".", &fen));
}

static void
test_format (void)
{
  g_autofree char *a = sb_money_format (42000000);
  g_autofree char *b = sb_money_format (-5);
  g_autofree char *c = sb_money_format (0);
  g_autofree char *r1 = sb_ratio_format (sb_ratio (1824, 3744), 4);
  g_autofree char *r2 = sb_ratio_format (sb_ratio (1, 2), 4);
  g_autofree char *r3 = sb_ratio_format (sb_ratio (5, 100000), 4);  /* 0.00005 → 0.0001 */
  g_autofree char *r4 = sb_ratio_format (sb_ratio (0, 0), 4);

  g_assert_cmpstr (a, ==, "420000.00");
  g_assert_cmpstr (b, ==, "-0.05");
  g_assert_cmpstr (c, ==, "0.00");
  g_assert_cmpstr (r1, ==, "0.4872");
  g_assert_cmpstr (r2, ==, "0.5000");
  g_assert_cmpstr (r3, ==, "0.0001");
  g_assert_null (r4);
}

static void
test_compare (void)
{
  /* exactly at the threshold passes, one fen under fails */
  g_assert_true (sb_ratio_at_least (sb_ratio (1500000000, 3000000000), sb_ratio (1, 2)));
  g_assert_false (sb_ratio_at_least (sb_ratio (1499999999, 3000000000), sb_ratio (1, 2)));
  /* huge values do not overflow */
  g_assert_true (sb_ratio_at_least (sb_ratio (SB_MONEY_MAX_FEN, SB_MONEY_MAX_FEN), sb_ratio (1, 1)));
  g_assert_cmpint (sb_ratio_compare (sb_ratio (1, -2), sb_ratio (-1, 2)), ==, 0);
}

static void
test_reduce (void)
{
  SbRatio r = sb_ratio_reduce (sb_ratio (50, 100));

  g_assert_cmpint (r.num, ==, 1);
  g_assert_cmpint (r.den, ==, 2);
  r = sb_ratio_reduce (sb_ratio (-6, 4));
  g_assert_cmpint (r.num, ==, -3);
  g_assert_cmpint (r.den, ==, 2);
  r = sb_ratio_reduce (sb_ratio (6, -4));
  g_assert_cmpint (r.num, ==, 3);
  g_assert_cmpint (r.den, ==, -2);
  r = sb_ratio_reduce (sb_ratio (0, 25));
  g_assert_cmpint (r.num, ==, 0);
  g_assert_cmpint (r.den, ==, 1);
  r = sb_ratio_reduce (sb_ratio (7, 9));   /* already reduced */
  g_assert_cmpint (r.num, ==, 7);
  g_assert_cmpint (r.den, ==, 9);
  r = sb_ratio_reduce (sb_ratio (0, 0));   /* undetermined stays so */
  g_assert_cmpint (r.num, ==, 0);
  g_assert_cmpint (r.den, ==, 0);
}

static void
test_mul (void)
{
  g_assert_cmpint (sb_money_mul_ratio_floor (12345, sb_ratio (7, 10)), ==, 8641);
  g_assert_cmpint (sb_money_mul_ratio_round (12345, sb_ratio (1, 10)), ==, 1235);
  g_assert_cmpint (sb_money_mul_ratio_round (12344, sb_ratio (1, 10)), ==, 1234);
  g_assert_cmpint (sb_money_mul_ratio_floor (-5, sb_ratio (1, 2)), ==, -3);
}

static void
test_shortfall (void)
{
  /* the example's degree staff: 1824/3744 over 12 months needs 4 more */
  g_assert_cmpint (sb_shortfall (1824, 3744, sb_ratio (1, 2), TRUE, 24), ==, 4);
  /* money not part of the denominator: R&D 4,999,999.99 against 5% of 100,000,000 */
  g_assert_cmpint (sb_shortfall (499999999, 10000000000, sb_ratio (5, 100), FALSE, 1), ==, 1);
  /* already passing */
  g_assert_cmpint (sb_shortfall (50, 100, sb_ratio (1, 2), TRUE, 1), ==, 0);
  /* offshore: 34/100 needs x with (34+x)/(100+x) >= 35/100 → x >= 100/65 → 2 */
  g_assert_cmpint (sb_shortfall (34, 100, sb_ratio (35, 100), TRUE, 1), ==, 2);
}

static void
test_decimal (void)
{
  gint64 num, scale;

  g_assert_true (sb_decimal_from_double (7.1884, 6, &num, &scale));
  g_assert_cmpint (num, ==, 71884);
  g_assert_cmpint (scale, ==, 10000);
  g_assert_true (sb_decimal_from_double (30500000.0, 2, &num, &scale));
  g_assert_cmpint (num, ==, 30500000);
  g_assert_cmpint (scale, ==, 1);
  g_assert_false (sb_decimal_from_double (1.005, 2, &num, &scale));
  g_assert_true (sb_decimal_from_double (0.1, 2, &num, &scale));
  g_assert_cmpint (num, ==, 1);
  g_assert_cmpint (scale, ==, 10);
}

static void
test_dates (void)
{
  SbDate a, b;
  g_autofree char *s = NULL;

  g_assert_true (sb_date_parse ("2024-02-29", &a));
  g_assert_false (sb_date_parse ("2023-02-29", &b));
  g_assert_false (sb_date_parse ("2024-2-29", &b));
  g_assert_false (sb_date_parse ("2024-13-01", &b));
  g_assert_true (sb_date_parse ("2025-02-28", &b));
  g_assert_cmpint (b - a, ==, 365);
  s = sb_date_format (a);
  g_assert_cmpstr (s, ==, "2024-02-29");
  g_assert_true (sb_period_contains ((SbPeriod) { a, b }, b));
  g_assert_false (sb_period_contains ((SbPeriod) { a, b }, b + 1));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/money/parse", test_parse);
  g_test_add_func ("/engine/money/format", test_format);
  g_test_add_func ("/engine/money/compare", test_compare);
  g_test_add_func ("/engine/money/reduce", test_reduce);
  g_test_add_func ("/engine/money/mul", test_mul);
  g_test_add_func ("/engine/money/shortfall", test_shortfall);
  g_test_add_func ("/engine/money/decimal", test_decimal);
  g_test_add_func ("/engine/date", test_dates);
  return g_test_run ();
}
