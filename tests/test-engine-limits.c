/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checked arithmetic and the dossier's bounds (docs/limits.md): an overflow
 * is an input error naming the list, never a wrong figure.  The issue's
 * reproducers are built here. */
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-dossier-limits.h"
#include "sb-engine-error.h"
#include "sb-evaluate.h"

#define HEAD "{\"format\": \"shenbao-dossier\", \"version\": 1, "

static void
test_add_checked (void)
{
  gint64 sum = 0;

  g_assert_true (sb_money_add_checked (&sum, SB_MONEY_MAX_FEN));
  g_assert_cmpint (sum, ==, SB_MONEY_MAX_FEN);
  g_assert_false (sb_money_add_checked (&sum, 1));
  g_assert_cmpint (sum, ==, SB_MONEY_MAX_FEN);
  g_assert_true (sb_money_add_checked (&sum, -2 * SB_MONEY_MAX_FEN));
  g_assert_cmpint (sum, ==, -SB_MONEY_MAX_FEN);
  g_assert_false (sb_money_add_checked (&sum, -1));
  g_assert_false (sb_money_add_checked (&sum, G_MININT64));
  sum = G_MAXINT64;
  g_assert_false (sb_money_add_checked (&sum, G_MAXINT64));
}

static void
check_refused (const char *json, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_data (json, -1, NULL, &error);

  g_assert_null (d);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, error->message);
}

/* 10,300 expense lines of 9×10¹² 元 each: every line is in range, their sum
 * is not (it was a subsidy of -73413952589676412.93 with eligible: true). */
static void
test_platform_lines (void)
{
  GString *s = g_string_new (HEAD "\"trade_fund\": {\"profile\": \"tradefund-dalian-2024\", "
                             "\"platform\": {\"kind\": \"om\", \"built_on\": \"2022-11-01\", "
                             "\"firms_served\": 14, \"expenses\": [");
  g_autofree char *json = NULL;

  for (guint i = 0; i < 10300; i++)
    g_string_append_printf (s, "%s{\"item\": \"x\", \"contract\": 9000000000000, "
                            "\"invoice\": 9000000000000, \"paid\": 9000000000000, "
                            "\"invoice_date\": \"2024-03-05\"}", i ? ", " : "");
  g_string_append (s, "]}}}");
  json = g_string_free (s, FALSE);
  check_refused (json, "trade_fund.platform[0].expenses: the amounts add up beyond");
}

static void
test_headcounts (void)
{
  check_refused (HEAD "\"years\": [{\"year\": 2024, \"staff_months\": [{\"month\": 1, "
                 "\"total_start\": 9223372036854775807, \"total_end\": 1, \"degree_start\": 1, "
                 "\"degree_end\": 1}]}]}",
                 "years[0] (2024).staff_months[0] (month 1).total_start: 9223372036854775807 is "
                 "beyond the 10000000 accepted");
  check_refused (HEAD "\"years\": [{\"year\": 2024, \"st_staff\": 10000001}]}",
                 "years[0] (2024).st_staff");
  check_refused (HEAD "\"hnte\": {\"profile\": \"x\", \"conversion_results\": 99999999999}}",
                 "hnte.conversion_results");
  /* at the bound: accepted */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SbDossier) d =
      sb_dossier_from_data (HEAD "\"years\": [{\"year\": 2024, \"st_staff\": 10000000}]}", -1,
                            NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (d);
  }
}

static void
test_contract_sums (void)
{
  GString *s = g_string_new (HEAD "\"years\": [{\"year\": 2024, \"contracts\": [");
  g_autofree char *json = NULL;

  for (guint i = 0; i < 3; i++)
    g_string_append_printf (s, "%s{\"no\": \"C-%u\", \"amount\": 1, \"revenue\": 4000000000000}",
                            i ? ", " : "", i);
  g_string_append (s, "]}]}");
  json = g_string_free (s, FALSE);
  check_refused (json, "years[0] (2024).contracts: the amounts add up beyond");
}

static void
test_list_lengths (void)
{
  GString *s = g_string_new (HEAD "\"years\": [");
  g_autofree char *json = NULL;

  for (guint i = 0; i <= SB_LIMIT_YEARS; i++)
    g_string_append_printf (s, "%s{\"year\": %u}", i ? ", " : "", 1900 + i);
  g_string_append (s, "]}");
  json = g_string_free (s, FALSE);
  check_refused (json, "years: 101 entries; at most 100 are accepted");
}

/* The window's figures reach the evaluators from the store, not through the
 * reader: sb_evaluate checks the bounds itself. */
static void
test_evaluate_checks (void)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default ("/nonexistent");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) e = NULL;
  SbYear *y = sb_year_new (2024);
  SbStaffMonth m = { 1, G_MAXINT64 / 2, G_MAXINT64 / 2, 1, 1, SB_UNSET, SB_UNSET };

  g_ptr_array_add (d->years, y);
  y->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
  e = sb_evaluate (d, policies, sb_date_from_ymd (2025, 6, 1), &error);
  g_assert_null (e);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "total_start"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/limits/add-checked", test_add_checked);
  g_test_add_func ("/limits/platform-lines", test_platform_lines);
  g_test_add_func ("/limits/headcounts", test_headcounts);
  g_test_add_func ("/limits/contract-sums", test_contract_sums);
  g_test_add_func ("/limits/list-lengths", test_list_lengths);
  g_test_add_func ("/limits/evaluate", test_evaluate_checks);
  return g_test_run ();
}
