/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Recognition lifecycle (sb-lifecycle.h): validity from the profiles (TASE
 * and HNTE 3 years), expiry dates (leap years, a recognition on 12-31 and on
 * 01-01), the annual reports due and their state, the review due, the JSON of
 * the dossier's "recognitions" key and its errors naming the key. */
#include <string.h>

#include "sb-engine-error.h"
#include "sb-lifecycle.h"
#include "sb-policy-meta.h"

static SbPolicySet *set;

static SbDate
d (const char *text)
{
  SbDate out = SB_DATE_UNSET;

  g_assert_true (sb_date_parse (text, &out));
  return out;
}

static void
assert_date (SbDate got, const char *expected)
{
  g_autofree char *text = sb_date_format (got);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_expiry (void)
{
  /* three years: the day before the third anniversary */
  assert_date (sb_lifecycle_expiry (d ("2023-12-08"), 3), "2026-12-07");
  assert_date (sb_lifecycle_expiry (d ("2023-12-31"), 3), "2026-12-30");
  assert_date (sb_lifecycle_expiry (d ("2025-01-01"), 3), "2027-12-31");
  /* 29 February: the anniversary in a common year is 1 March */
  assert_date (sb_lifecycle_expiry (d ("2024-02-29"), 3), "2027-02-28");
  assert_date (sb_lifecycle_expiry (d ("2024-02-29"), 4), "2028-02-28");
  assert_date (sb_lifecycle_expiry (d ("2023-03-01"), 1), "2024-02-29");
  g_assert_cmpuint (sb_lifecycle_expiry (SB_DATE_UNSET, 3), ==, SB_DATE_UNSET);
}

static void
test_rules (void)
{
  SbLifecycleRules tase, hnte;
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_lifecycle_rules_from_policy (sb_policy_set_lookup (set, "tase-dalian-2025", NULL),
                                                 &tase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tase.valid_years, ==, 3);
  g_assert_cmpint (tase.report_month, ==, 6);
  g_assert_cmpint (tase.report_day, ==, 30);
  assert_date (tase.review_deadline, "2025-05-30");
  g_assert_true (sb_lifecycle_rules_from_policy (sb_policy_set_lookup (set, "hnte-zhejiang", NULL),
                                                 &hnte, &error));
  g_assert_cmpint (hnte.valid_years, ==, 3);
  g_assert_cmpint (hnte.report_month, ==, 5);
  g_assert_false (sb_lifecycle_rules_from_policy (sb_policy_set_lookup (set, "tradefund-dalian-2024", NULL),
                                                  &hnte, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
}

/* HNTE recognised 2023-12-31: valid to 2026-12-30; reports of 2023, 2024
 * and 2025 due by the end of May of the next year; 2024's filed. */
static void
test_annual_reports (void)
{
  SbLifecycleRules rules;
  g_autoptr(SbRecognition) r = sb_recognition_new ("hnte");
  g_autoptr(GArray) due = NULL;

  g_assert_true (sb_lifecycle_rules_from_policy (sb_policy_set_lookup (set, "hnte-zhejiang", NULL),
                                                 &rules, NULL));
  due = sb_recognition_annual_reports (r, &rules);
  g_assert_cmpuint (due->len, ==, 0);   /* no date yet */
  g_clear_pointer (&due, g_array_unref);

  r->recognized_on = d ("2023-12-31");
  sb_recognition_set_filed (r, 2024, TRUE, d ("2025-05-20"));
  assert_date (sb_recognition_expires (r, &rules), "2026-12-30");
  due = sb_recognition_annual_reports (r, &rules);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpint (g_array_index (due, SbAnnualDue, 0).year, ==, 2023);
  assert_date (g_array_index (due, SbAnnualDue, 0).due, "2024-05-31");
  g_assert_false (g_array_index (due, SbAnnualDue, 0).filed);
  g_assert_true (g_array_index (due, SbAnnualDue, 1).filed);
  assert_date (g_array_index (due, SbAnnualDue, 1).filed_on, "2025-05-20");
  assert_date (g_array_index (due, SbAnnualDue, 2).due, "2026-05-31");
  /* the new recognition is due by the expiry (the profile has no date) */
  assert_date (sb_recognition_review_due (r, &rules), "2026-12-30");
  g_clear_pointer (&due, g_array_unref);

  /* a recognition on 01-01 runs to the end of its third year: three reports */
  r->recognized_on = d ("2025-01-01");
  due = sb_recognition_annual_reports (r, &rules);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpint (g_array_index (due, SbAnnualDue, 2).year, ==, 2027);
  assert_date (g_array_index (due, SbAnnualDue, 2).due, "2028-05-31");
  g_clear_pointer (&due, g_array_unref);

  /* its own validity overrides the profile's */
  r->valid_years = 1;
  due = sb_recognition_annual_reports (r, &rules);
  g_assert_cmpuint (due->len, ==, 1);
  sb_recognition_set_filed (r, 2024, FALSE, SB_DATE_UNSET);
  g_assert_false (sb_recognition_is_filed (r, 2024));
}

/* TASE: annual information by the profile's 06-30; the 复审 due by the
 * profile's online deadline when that falls in the expiry year. */
static void
test_tase_review (void)
{
  SbLifecycleRules rules;
  g_autoptr(SbRecognition) r = sb_recognition_new ("tase");
  g_autoptr(GArray) due = NULL;

  g_assert_true (sb_lifecycle_rules_from_policy (sb_policy_set_lookup (set, "tase-dalian-2025", NULL),
                                                 &rules, NULL));
  r->recognized_on = d ("2022-06-15");
  assert_date (sb_recognition_expires (r, &rules), "2025-06-14");
  assert_date (sb_recognition_review_due (r, &rules), "2025-05-30");
  due = sb_recognition_annual_reports (r, &rules);
  g_assert_cmpuint (due->len, ==, 3);
  assert_date (g_array_index (due, SbAnnualDue, 0).due, "2023-06-30");
  /* expiring before the profile's deadline: the expiry itself */
  r->recognized_on = d ("2022-03-01");
  assert_date (sb_recognition_review_due (r, &rules), "2025-02-28");
}

static void
test_json (void)
{
  const char *text =
    "{\"recognitions\": [{\"program\": \"hnte\", \"recognized_on\": \"2023-12-31\","
    " \"certificate_no\": \"GR202333001234\", \"valid_years\": 3,"
    " \"annual_reports\": [{\"year\": 2024, \"state\": \"filed\", \"filed_on\": \"2025-05-20\"},"
    "                      {\"year\": 2025, \"state\": \"due\"}],"
    " \"change_reports\": [{\"date\": \"2025-03-01\", \"subject\": \"名称变更\", \"state\": \"due\"}],"
    " \"x_note\": \"kept\"}]}";
  g_autoptr(JsonParser) p = json_parser_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) back = NULL;
  g_autoptr(SbRecognition) copy = NULL;
  SbRecognition *r;
  SbChangeReport *c;

  g_assert_true (json_parser_load_from_data (p, text, -1, NULL));
  list = sb_recognitions_from_extra (json_node_get_object (json_parser_get_root (p)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  r = g_ptr_array_index (list, 0);
  g_assert_cmpstr (r->program, ==, "hnte");
  g_assert_cmpstr (r->certificate_no, ==, "GR202333001234");
  g_assert_true (sb_recognition_is_filed (r, 2024));
  g_assert_false (sb_recognition_is_filed (r, 2025));
  c = g_ptr_array_index (r->change_reports, 0);
  g_assert_cmpstr (c->subject, ==, "名称变更");
  g_assert_false (c->filed);
  back = sb_recognition_to_json (r);
  g_assert_cmpstr (json_object_get_string_member (back, "x_note"), ==, "kept");
  copy = sb_recognition_copy (r);
  g_assert_cmpuint (copy->recognized_on, ==, r->recognized_on);
  g_assert_cmpuint (copy->change_reports->len, ==, 1);

  /* errors name the key */
  {
    const char *bad[][2] = {
      { "{\"recognitions\": [{\"program\": \"tradefund\"}]}", "recognitions[0].program" },
      { "{\"recognitions\": [{\"program\": \"tase\", \"recognized_on\": \"2023-02-30\"}]}",
        "recognitions[0].recognized_on" },
      { "{\"recognitions\": [{\"program\": \"tase\", \"annual_reports\": [{\"year\": 2024, \"state\": \"late\"}]}]}",
        "recognitions[0].annual_reports[0]" },
      { "{\"recognitions\": {}}", "recognitions" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(JsonParser) q = json_parser_new ();
        g_autoptr(GError) e = NULL;
        g_autoptr(GPtrArray) none = NULL;

        g_assert_true (json_parser_load_from_data (q, bad[i][0], -1, NULL));
        none = sb_recognitions_from_extra (json_node_get_object (json_parser_get_root (q)), &e);
        g_assert_null (none);
        g_assert_error (e, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
        g_assert_true (g_str_has_prefix (e->message, bad[i][1]));
      }
  }
}

int
main (int argc, char *argv[])
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  set = sb_policy_set_new_default ("/nonexistent");
  g_test_add_func ("/engine/lifecycle/expiry", test_expiry);
  g_test_add_func ("/engine/lifecycle/rules", test_rules);
  g_test_add_func ("/engine/lifecycle/annual-reports", test_annual_reports);
  g_test_add_func ("/engine/lifecycle/tase-review", test_tase_review);
  g_test_add_func ("/engine/lifecycle/json", test_json);
  rc = g_test_run ();
  sb_policy_set_free (set);
  return rc;
}
