/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-engine-input.c: what people type, read exactly (sb-input.h). */
#include "sb-date.h"
#include "sb-input.h"
#include "sb-money.h"

typedef struct
{
  const char *text;
  gint64      fen;
} MoneyCase;

typedef struct
{
  const char  *text;
  SbInputError code;
} Refusal;

static void
test_money_accepted (void)
{
  static const MoneyCase cases[] = {
    { "1234.56", 123456 },
    { "1,234.56", 123456 },
    { "1，234.56", 123456 },                       /* full-width comma */
    { "１２３４.５６", 123456 },                    /* full-width digits */
    { "１，２３４．５６", 123456 },                  /* full-width comma and stop */
    { "¥1,234.56", 123456 },
    { "￥1,234.56", 123456 },                      /* full-width yen sign */
    { "1234.56元", 123456 },
    { " 1 234.56 ", 123456 },                      /* spaces are dropped */
    { "0", 0 },
    { "0.01", 1 },
    { "5", 500 },
    { "5.", 500 },
    { ".5", 50 },
    { "+7.1", 710 },
    { "1,234,567.89", 123456789 },
    { "123.4万", 123400000 },                      /* 1,234,000 元 */
    { "123.4万元", 123400000 },
    { "1万", 1000000 },                            /* 10,000 元 */
    { "500万", 500000000 },
    { "0.000001万", 1 },                           /* one fen */
    { "0.0123万", 12300 },                         /* 123 元 */
    { "１２３.４万", 123400000 },
    { "9000000000000", SB_MONEY_MAX_FEN },         /* the dossier's largest amount */
    { "900000000万", SB_MONEY_MAX_FEN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("money %s", cases[i].text);
      g_assert_true (sb_input_parse_money (cases[i].text, 0, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, cases[i].fen);
    }
}

static void
test_money_negative (void)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = 0;

  g_assert_true (sb_input_parse_money ("-5", SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
  g_assert_cmpint (fen, ==, -500);
  g_assert_true (sb_input_parse_money ("-¥1,234.56", SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
  g_assert_cmpint (fen, ==, -123456);
  g_assert_true (sb_input_parse_money ("－12.5", SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
  g_assert_cmpint (fen, ==, -1250);
  g_assert_true (sb_input_parse_money ("−0.01", SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
  g_assert_cmpint (fen, ==, -1);
  g_assert_true (sb_input_parse_money ("-1.5万", SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
  g_assert_cmpint (fen, ==, -1500000);
  g_assert_true (sb_input_parse_money ("-9000000000000", SB_INPUT_ALLOW_NEGATIVE, &fen,
                                       &error));
  g_assert_cmpint (fen, ==, -SB_MONEY_MAX_FEN);
  g_assert_no_error (error);

  /* without the flag, a negative amount is out of range; the output is untouched */
  fen = 42;
  g_assert_false (sb_input_parse_money ("-5", 0, &fen, &error));
  g_assert_error (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "The amount cannot be negative");
  g_assert_cmpint (fen, ==, 42);
}

static void
test_money_refused (void)
{
  static const Refusal cases[] = {
    { "", SB_INPUT_ERROR_EMPTY },
    { "   ", SB_INPUT_ERROR_EMPTY },
    { ",", SB_INPUT_ERROR_EMPTY },
    { "abc", SB_INPUT_ERROR_INVALID },
    { "12a", SB_INPUT_ERROR_INVALID },
    { "1.2.3", SB_INPUT_ERROR_INVALID },
    { ".", SB_INPUT_ERROR_INVALID },
    { "-", SB_INPUT_ERROR_INVALID },
    { "¥", SB_INPUT_ERROR_EMPTY },
    { "万", SB_INPUT_ERROR_EMPTY },
    { "1e5", SB_INPUT_ERROR_INVALID },
    { "5¥", SB_INPUT_ERROR_INVALID },
    { "5万万", SB_INPUT_ERROR_INVALID },
    { "1.234", SB_INPUT_ERROR_PRECISION },          /* a third decimal */
    { "1,234.567", SB_INPUT_ERROR_PRECISION },
    { "0.001", SB_INPUT_ERROR_PRECISION },
    { "1.2345678", SB_INPUT_ERROR_PRECISION },
    { "0.0000001万", SB_INPUT_ERROR_PRECISION },    /* a tenth of a fen */
    { "1.0000005万", SB_INPUT_ERROR_PRECISION },
    { "-5", SB_INPUT_ERROR_RANGE },
    { "9000000000000.01", SB_INPUT_ERROR_RANGE },   /* beyond the dossier's limit */
    { "900000000.000001万", SB_INPUT_ERROR_RANGE },
    { "99999999999999999999999", SB_INPUT_ERROR_RANGE },
    /* 2^64 + 1 fen in 万: must not wrap around to one fen */
    { "18446744073709.551617万", SB_INPUT_ERROR_RANGE },
    { "18446744073709551.61", SB_INPUT_ERROR_RANGE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = 42;

      g_test_message ("money refused %s", cases[i].text);
      g_assert_false (sb_input_parse_money (cases[i].text, 0, &fen, &error));
      g_assert_error (error, SB_INPUT_ERROR, (int) cases[i].code);
      g_assert_nonnull (error->message);
      g_assert_cmpint (fen, ==, 42);
    }
}

static void
test_money_messages (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  g_autoptr(GError) e4 = NULL;
  gint64 fen;

  g_assert_false (sb_input_parse_money ("abc", 0, &fen, &e1));
  g_assert_cmpstr (e1->message, ==,
                   "Type an amount in yuan, such as 1234.56, 1,234.56 or 123.4万");
  g_assert_false (sb_input_parse_money ("1.234", 0, &fen, &e2));
  g_assert_cmpstr (e2->message, ==, "Amounts take at most two decimals (one fen)");
  g_assert_false (sb_input_parse_money ("0.0000001万", 0, &fen, &e3));
  g_assert_cmpstr (e3->message, ==, "Amounts in 万 take at most six decimals (one fen)");
  g_assert_false (sb_input_parse_money ("9000000000001", 0, &fen, &e4));
  g_assert_cmpstr (e4->message, ==, "The amount is too large");
}

static void
test_money_format (void)
{
  static const MoneyCase cases[] = {
    { "¥1,234,567.89", 123456789 },
    { "¥0.00", 0 },
    { "¥0.01", 1 },
    { "¥999.00", 99900 },
    { "¥1,000.00", 100000 },
    { "-¥12.50", -1250 },
    { "-¥1,234.56", -123456 },
    { "¥9,000,000,000,000.00", SB_MONEY_MAX_FEN },
    { "", SB_UNSET },
  };
  static const MoneyCase wan[] = {
    { "123.4万", 123400000 },
    { "500万", 500000000 },
    { "0万", 0 },
    { "1.2346万", 1234560 },     /* four decimals, rounded half up */
    { "0.0001万", 50 },          /* 0.00005 万 rounds up */
    { "-1.5万", -1500000 },
    { "", SB_UNSET },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sb_input_format_money (cases[i].fen);
      gint64 back = 0;

      g_assert_cmpstr (s, ==, cases[i].text);
      if (cases[i].fen != SB_UNSET)
        {
          g_assert_true (sb_input_parse_money (s, SB_INPUT_ALLOW_NEGATIVE, &back, NULL));
          g_assert_cmpint (back, ==, cases[i].fen);
        }
    }
  for (gsize i = 0; i < G_N_ELEMENTS (wan); i++)
    {
      g_autofree char *s = sb_input_format_wan (wan[i].fen);

      g_assert_cmpstr (s, ==, wan[i].text);
    }
}

static void
test_count (void)
{
  static const MoneyCase ok[] = {
    { "0", 0 },
    { "120", 120 },
    { "１２０", 120 },
    { "1,200", 1200 },
    { " 42 ", 42 },
    { "+3", 3 },
    { "-0", 0 },
    { "9223372036854775807", G_MAXINT64 - 0 },
  };
  static const Refusal refused[] = {
    { "", SB_INPUT_ERROR_EMPTY },
    { "abc", SB_INPUT_ERROR_INVALID },
    { "12.5", SB_INPUT_ERROR_INVALID },
    { "12.0", SB_INPUT_ERROR_INVALID },
    { "3万", SB_INPUT_ERROR_INVALID },
    { "-", SB_INPUT_ERROR_INVALID },
    { "1e3", SB_INPUT_ERROR_INVALID },
    { "-1", SB_INPUT_ERROR_RANGE },
    { "-120", SB_INPUT_ERROR_RANGE },
    { "9223372036854775808", SB_INPUT_ERROR_RANGE },
  };
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) e = NULL;

      g_test_message ("count %s", ok[i].text);
      g_assert_true (sb_input_parse_count (ok[i].text, 0, &n, &e));
      g_assert_no_error (e);
      g_assert_cmpint (n, ==, ok[i].fen);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) e = NULL;

      g_test_message ("count refused %s", refused[i].text);
      n = 7;
      g_assert_false (sb_input_parse_count (refused[i].text, 0, &n, &e));
      g_assert_error (e, SB_INPUT_ERROR, (int) refused[i].code);
      g_assert_cmpint (n, ==, 7);
    }
  g_assert_true (sb_input_parse_count ("-12", SB_INPUT_ALLOW_NEGATIVE, &n, &error));
  g_assert_cmpint (n, ==, -12);
  g_assert_false (sb_input_parse_count ("-1", 0, &n, &error));
  g_assert_cmpstr (error->message, ==, "The number cannot be negative");
  g_clear_error (&error);
  g_assert_false (sb_input_parse_count ("2.5", 0, &n, &error));
  g_assert_cmpstr (error->message, ==, "Type a whole number, without decimals");
}

static void
test_date (void)
{
  static const struct { const char *text; int y, m, d; } ok[] = {
    { "2024-03-05", 2024, 3, 5 },
    { "2024-3-5", 2024, 3, 5 },
    { "2024/03/05", 2024, 3, 5 },
    { "2024/3/5", 2024, 3, 5 },
    { "2024.3.5", 2024, 3, 5 },
    { "2024年3月5日", 2024, 3, 5 },
    { "2024年03月05日", 2024, 3, 5 },
    { "2024年3月5", 2024, 3, 5 },
    { "２０２４－３－５", 2024, 3, 5 },
    { " 2024-3-5 ", 2024, 3, 5 },
    { "2024-2-29", 2024, 2, 29 },     /* a leap year */
    { "2000-2-29", 2000, 2, 29 },
    { "2024-12-31", 2024, 12, 31 },
    { "1999-01-01", 1999, 1, 1 },
  };
  static const Refusal refused[] = {
    { "", SB_INPUT_ERROR_EMPTY },
    { "2024", SB_INPUT_ERROR_INVALID },
    { "2024-3", SB_INPUT_ERROR_INVALID },
    { "24-3-5", SB_INPUT_ERROR_INVALID },
    { "2024-3-5x", SB_INPUT_ERROR_INVALID },
    { "2024-003-05", SB_INPUT_ERROR_INVALID },
    { "2024--3-5", SB_INPUT_ERROR_INVALID },
    { "3/5/2024", SB_INPUT_ERROR_INVALID },
    { "2024-3-5万", SB_INPUT_ERROR_INVALID },
    { "abc", SB_INPUT_ERROR_INVALID },
    { "2023-2-29", SB_INPUT_ERROR_RANGE },   /* not a leap year */
    { "1900-2-29", SB_INPUT_ERROR_RANGE },
    { "2024-13-1", SB_INPUT_ERROR_RANGE },
    { "2024-0-1", SB_INPUT_ERROR_RANGE },
    { "2024-4-31", SB_INPUT_ERROR_RANGE },
    { "2024-1-0", SB_INPUT_ERROR_RANGE },
    { "0000-1-1", SB_INPUT_ERROR_RANGE },
  };
  g_autoptr(GError) error = NULL;
  SbDate d;

  for (gsize i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) e = NULL;

      g_test_message ("date %s", ok[i].text);
      d = SB_DATE_UNSET;
      g_assert_true (sb_input_parse_date (ok[i].text, &d, &e));
      g_assert_no_error (e);
      g_assert_cmpuint (d, ==, sb_date_from_ymd (ok[i].y, ok[i].m, ok[i].d));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) e = NULL;

      g_test_message ("date refused %s", refused[i].text);
      d = 7;
      g_assert_false (sb_input_parse_date (refused[i].text, &d, &e));
      g_assert_error (e, SB_INPUT_ERROR, (int) refused[i].code);
      g_assert_cmpuint (d, ==, 7);
    }

  g_assert_false (sb_input_parse_date ("2023-2-29", &d, &error));
  g_assert_cmpstr (error->message, ==, "There is no such day in the calendar");
  g_clear_error (&error);
  g_assert_false (sb_input_parse_date ("soon", &d, &error));
  g_assert_cmpstr (error->message, ==,
                   "Type a date such as 2024-03-05, 2024-3-5 or 2024/03/05");

  /* what is parsed formats back to the canonical form */
  g_assert_true (sb_input_parse_date ("2024/3/5", &d, NULL));
  {
    g_autofree char *s = sb_date_format (d);

    g_assert_cmpstr (s, ==, "2024-03-05");
  }
}

static void
test_null_text (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  gint64 n;
  SbDate d;

  g_assert_false (sb_input_parse_money (NULL, 0, &n, &e1));
  g_assert_error (e1, SB_INPUT_ERROR, SB_INPUT_ERROR_EMPTY);
  g_assert_false (sb_input_parse_count (NULL, 0, &n, &e2));
  g_assert_error (e2, SB_INPUT_ERROR, SB_INPUT_ERROR_EMPTY);
  g_assert_false (sb_input_parse_date (NULL, &d, &e3));
  g_assert_error (e3, SB_INPUT_ERROR, SB_INPUT_ERROR_EMPTY);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  gint64 n;

  g_assert_false (sb_input_parse_money ("12\xff", 0, &n, &e1));
  g_assert_error (e1, SB_INPUT_ERROR, SB_INPUT_ERROR_INVALID);
  g_assert_false (sb_input_parse_count ("\xe4\xb8", 0, &n, &e2));
  g_assert_error (e2, SB_INPUT_ERROR, SB_INPUT_ERROR_INVALID);
}

static void
test_group_digits (void)
{
  const struct { const char *plain, *prefix, *grouped; } cases[] = {
    { "0", NULL, "0" },
    { "999", NULL, "999" },
    { "1000", NULL, "1,000" },
    { "1234567.89", NULL, "1,234,567.89" },
    { "-1234567.8901", NULL, "-1,234,567.8901" },
    { "123456", "¥", "¥123,456" },
    { "-12.50", "¥", "-¥12.50" },
    { "9000000000000.00", "¥", "¥9,000,000,000,000.00" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = sb_input_group_digits (cases[i].plain, cases[i].prefix);

      g_assert_cmpstr (s, ==, cases[i].grouped);
    }
}

/* the forms ledgers write: accountants' negatives, currency marks, dates
 * with a time of day or without separators */
static void
test_ledger_forms (void)
{
  static const struct { const char *text; gint64 fen; } money[] = {
    { "(1,234.56)", -123456 },
    { "（1,234.56）", -123456 },
    { "(¥5)", -500 },
    { "US$1,234.56", 123456 },
    { "-US$12", -1200 },
    { "1234.56 USD", 123456 },
    { "$7", 700 },
    { "RMB 5", 500 },
    { "CNY5.5", 550 },
    { "人民币5元", 500 },
    { "usd 3", 300 },
  };
  static const char * const bad_money[] = { "()", "(-5)", "(5", "US$", "12,3a" };
  static const struct { const char *text; int ymd; } dates[] = {
    { "20240305", 20240305 },
    { "2024-03-05 10:30:00", 20240305 },
    { "2024-03-05T10:30", 20240305 },
    { "2024/3/5 9:05", 20240305 },
    { "2024年3月5日 10:30", 20240305 },
  };
  static const char * const bad_dates[] = { "20241305", "2024030", "10:30", "2024-03-05 x" };

  for (gsize i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = 0;

      g_test_message ("money %s", money[i].text);
      g_assert_true (sb_input_parse_money (money[i].text, SB_INPUT_ALLOW_NEGATIVE, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, money[i].fen);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad_money); i++)
    {
      gint64 fen = 0;

      g_test_message ("bad money %s", bad_money[i]);
      g_assert_false (sb_input_parse_money (bad_money[i], SB_INPUT_ALLOW_NEGATIVE, &fen, NULL));
    }
  {
    g_autoptr(GError) error = NULL;
    gint64 fen = 0;

    /* a negative in parentheses is still refused where negatives are */
    g_assert_false (sb_input_parse_money ("(5)", 0, &fen, &error));
    g_assert_error (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE);
  }
  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GError) error = NULL;
      SbDate d = 0;
      g_autofree char *text = NULL;
      g_autofree char *want = g_strdup_printf ("%04d-%02d-%02d", dates[i].ymd / 10000,
                                               dates[i].ymd / 100 % 100, dates[i].ymd % 100);

      g_test_message ("date %s", dates[i].text);
      g_assert_true (sb_input_parse_date (dates[i].text, &d, &error));
      g_assert_no_error (error);
      text = sb_date_format (d);
      g_assert_cmpstr (text, ==, want);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      SbDate d = 0;

      g_test_message ("bad date %s", bad_dates[i]);
      g_assert_false (sb_input_parse_date (bad_dates[i], &d, NULL));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/input/money/accepted", test_money_accepted);
  g_test_add_func ("/input/money/negative", test_money_negative);
  g_test_add_func ("/input/money/refused", test_money_refused);
  g_test_add_func ("/input/money/messages", test_money_messages);
  g_test_add_func ("/input/money/format", test_money_format);
  g_test_add_func ("/input/group-digits", test_group_digits);
  g_test_add_func ("/input/count", test_count);
  g_test_add_func ("/input/date", test_date);
  g_test_add_func ("/input/ledger-forms", test_ledger_forms);
  g_test_add_func ("/input/null", test_null_text);
  g_test_add_func ("/input/invalid-utf8", test_invalid_utf8);
  return g_test_run ();
}
