/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "sb-idcheck.h"

static void
test_credit_code (void)
{
  char expected = '?';

  /* the worked example of GB 32100-2015 and a real licence */
  g_assert_cmpint (sb_credit_code_check ("91350100M000100Y43", &expected), ==, SB_ID_OK);
  g_assert_cmpint (expected, ==, '\0');
  g_assert_cmpint (sb_credit_code_check ("91110108551385082Q", NULL), ==, SB_ID_OK);
  /* spaces, lower case, the ideographic space are forgiven */
  g_assert_cmpint (sb_credit_code_check (" 9135 0100m000100y43\u3000", NULL), ==, SB_ID_OK);
  /* one character changed: the check character says so, and which it wants */
  g_assert_cmpint (sb_credit_code_check ("91350100M000100Y44", &expected), ==,
                   SB_ID_CHECK_DIGIT);
  g_assert_cmpint (expected, ==, '3');
  g_assert_cmpint (sb_credit_code_check ("912102007165580000", &expected), ==,
                   SB_ID_CHECK_DIGIT);
  g_assert_cmpint (expected, ==, 'K');
  /* the check value 0 (31 - 0 mod 31) */
  g_assert_cmpint (sb_credit_code_check ("000000000000000000", NULL), ==, SB_ID_OK);
  g_assert_cmpint (sb_credit_code_check ("91350100M000100Y4", NULL), ==, SB_ID_LENGTH);
  g_assert_cmpint (sb_credit_code_check ("91350100M000100Y433", NULL), ==, SB_ID_LENGTH);
  g_assert_cmpint (sb_credit_code_check ("91350100I000100Y43", NULL), ==, SB_ID_CHARACTER);
  g_assert_cmpint (sb_credit_code_check ("91350100M00010０Y43", NULL), ==, SB_ID_CHARACTER);
  g_assert_cmpint (sb_credit_code_check ("", NULL), ==, SB_ID_EMPTY);
  g_assert_cmpint (sb_credit_code_check ("   ", NULL), ==, SB_ID_EMPTY);
  g_assert_cmpint (sb_credit_code_check (NULL, NULL), ==, SB_ID_EMPTY);
}

static void
test_resident_id (void)
{
  char expected = '?';

  /* the example of GB 11643-1999, check character X */
  g_assert_cmpint (sb_resident_id_check ("11010519491231002X", &expected), ==, SB_ID_OK);
  g_assert_cmpint (sb_resident_id_check ("11010519491231002x", NULL), ==, SB_ID_OK);
  g_assert_cmpint (sb_resident_id_check ("210202199003071239", NULL), ==, SB_ID_OK);
  g_assert_cmpint (sb_resident_id_check ("210202199003071234", &expected), ==,
                   SB_ID_CHECK_DIGIT);
  g_assert_cmpint (expected, ==, '9');
  g_assert_cmpint (sb_resident_id_check ("110105194912310021", &expected), ==,
                   SB_ID_CHECK_DIGIT);
  g_assert_cmpint (expected, ==, 'X');
  g_assert_cmpint (sb_resident_id_check ("210202199002301234", NULL), ==, SB_ID_DATE);
  g_assert_cmpint (sb_resident_id_check ("21020219900307123", NULL), ==, SB_ID_LENGTH);
  g_assert_cmpint (sb_resident_id_check ("2102021990030712A9", NULL), ==, SB_ID_CHARACTER);
  g_assert_cmpint (sb_resident_id_check ("", NULL), ==, SB_ID_EMPTY);
}

static void
test_messages (void)
{
  g_autofree char *ok = sb_credit_code_problem ("91350100M000100Y43", "code");
  g_autofree char *empty = sb_credit_code_problem ("", "code");
  g_autofree char *bad = sb_credit_code_problem ("91350100M000100Y44", "code");
  g_autofree char *id_bad = sb_resident_id_problem ("210202199003071234", "id");
  g_autofree char *masked = sb_resident_id_mask ("21020219900307123X");
  g_autofree char *short_id = sb_resident_id_mask ("1234");

  g_assert_null (ok);
  g_assert_null (empty);
  g_assert_nonnull (bad);
  g_assert_true (g_str_has_prefix (bad, "code: "));
  g_assert_nonnull (strchr (bad, '3'));
  g_assert_nonnull (id_bad);
  g_assert_nonnull (strchr (id_bad, '9'));
  g_assert_cmpstr (masked, ==, "210202********123X");
  g_assert_cmpstr (short_id, ==, "1234");
  g_assert_null (sb_resident_id_mask (NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/idcheck/credit-code", test_credit_code);
  g_test_add_func ("/idcheck/resident-id", test_resident_id);
  g_test_add_func ("/idcheck/messages", test_messages);
  return g_test_run ();
}
