/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Duties (sb-duties.h): a company's deadlines from its profiles and the
 * duties of its recognitions, in date order; the agenda from a date to a
 * date with the obligations still due before it; the next duty a portfolio
 * row shows; order across companies. */
#include <string.h>

#include "sb-duties.h"
#include "sb-lifecycle.h"

static SbPolicySet *set;

static SbDate
d (const char *text)
{
  SbDate out = SB_DATE_UNSET;

  g_assert_true (sb_date_parse (text, &out));
  return out;
}

static void
add_recognitions (SbDossier *dossier, const char *json)
{
  g_autoptr(JsonParser) p = json_parser_new ();

  g_assert_true (json_parser_load_from_data (p, json, -1, NULL));
  if (dossier->extra == NULL)
    dossier->extra = json_object_new ();
  json_object_set_member (dossier->extra, "recognitions", json_parser_steal_root (p));
}

static SbDossier *
company (const char *name, const char *region)
{
  SbDossier *dossier = sb_dossier_new ();

  dossier->company.name = g_strdup (name);
  dossier->company.region = g_strdup (region);
  return dossier;
}

static const SbDuty *
find (GPtrArray *duties, SbDutyKind kind, const char *program, const char *date)
{
  for (guint i = 0; i < duties->len; i++)
    {
      const SbDuty *x = g_ptr_array_index (duties, i);
      if (x->kind == kind && g_str_equal (x->program, program) && x->date == d (date))
        return x;
    }
  return NULL;
}

static void
test_one_company (void)
{
  g_autoptr(SbDossier) a = company ("大连甲", "dalian");
  g_autoptr(GPtrArray) duties = NULL;
  const SbDuty *x;

  a->tase = g_new0 (SbTaseClaim, 1);
  a->tase->profile = g_strdup ("tase-dalian-2025");
  a->tase->apply_year = 2025;
  add_recognitions (a,
    "[{\"program\": \"hnte\", \"recognized_on\": \"2023-12-31\","
    "  \"annual_reports\": [{\"year\": 2024, \"state\": \"filed\"}],"
    "  \"change_reports\": [{\"date\": \"2026-11-20\", \"subject\": \"名称变更\", \"state\": \"due\"},"
    "                       {\"date\": \"2026-01-05\", \"subject\": \"地址变更\", \"state\": \"filed\"}]}]");
  duties = sb_duties_for_dossier (a, 7, set);

  /* the TASE profile's two application deadlines (the annual report's date
   * belongs to an annual report claim) */
  x = find (duties, SB_DUTY_DEADLINE, "tase", "2025-05-30");
  g_assert_nonnull (x);
  g_assert_cmpstr (x->key, ==, "deadline_online");
  g_assert_cmpstr (x->profile_id, ==, "tase-dalian-2025");
  g_assert_cmpint (x->company_id, ==, 7);
  g_assert_nonnull (find (duties, SB_DUTY_DEADLINE, "tase", "2025-06-10"));
  g_assert_null (find (duties, SB_DUTY_DEADLINE, "tase", "2025-06-30"));
  /* HNTE: the reports of 2023 and 2025 (2024 filed), by the end of May */
  x = find (duties, SB_DUTY_ANNUAL_REPORT, "hnte", "2024-05-31");
  g_assert_nonnull (x);
  g_assert_cmpint (x->year, ==, 2023);
  g_assert_null (find (duties, SB_DUTY_ANNUAL_REPORT, "hnte", "2025-05-31"));
  g_assert_nonnull (find (duties, SB_DUTY_ANNUAL_REPORT, "hnte", "2026-05-31"));
  g_assert_nonnull (find (duties, SB_DUTY_REVIEW, "hnte", "2026-12-30"));
  g_assert_nonnull (find (duties, SB_DUTY_EXPIRY, "hnte", "2026-12-30"));
  g_assert_nonnull (find (duties, SB_DUTY_CHANGE_REPORT, "hnte", "2026-11-20"));
  g_assert_null (find (duties, SB_DUTY_CHANGE_REPORT, "hnte", "2026-01-05"));
  g_assert_cmpuint (duties->len, ==, 7);
  /* in date order */
  for (guint i = 1; i < duties->len; i++)
    g_assert_cmpuint (((SbDuty *) g_ptr_array_index (duties, i - 1))->date, <=,
                      ((SbDuty *) g_ptr_array_index (duties, i))->date);

  /* on 2026-12-07: the oldest report still due comes first in the row */
  x = sb_duties_next (duties, d ("2026-12-07"));
  g_assert_cmpint (x->kind, ==, SB_DUTY_ANNUAL_REPORT);
  g_assert_cmpuint (x->date, ==, d ("2024-05-31"));
  /* in May 2024, before anything is overdue: the next date */
  x = sb_duties_next (duties, d ("2024-05-01"));
  g_assert_cmpuint (x->date, ==, d ("2024-05-31"));
  {
    /* the agenda from 2026-12-07 for a year: the three obligations still due
     * (two reports, one change report), then the review and the expiry;
     * the 2025 deadlines that passed are not listed */
    g_autoptr(GPtrArray) agenda = sb_duties_agenda (duties, d ("2026-12-07"), d ("2027-12-07"), TRUE);
    g_autoptr(GPtrArray) plain = sb_duties_agenda (duties, d ("2026-12-07"), d ("2027-12-07"), FALSE);

    g_assert_cmpuint (agenda->len, ==, 5);
    g_assert_cmpuint (((SbDuty *) g_ptr_array_index (agenda, 0))->date, ==, d ("2024-05-31"));
    g_assert_cmpint (((SbDuty *) g_ptr_array_index (agenda, 2))->kind, ==, SB_DUTY_CHANGE_REPORT);
    g_assert_cmpuint (plain->len, ==, 2);
  }
}

/* Two companies: merged by date, then company name. */
static void
test_order (void)
{
  g_autoptr(SbDossier) a = company ("乙公司", "dalian");
  g_autoptr(SbDossier) b = company ("甲公司", "dalian");
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_duty_free);
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) two = NULL;

  a->trade_fund = g_new0 (SbTradeFundClaim, 1);
  a->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  b->trade_fund = g_new0 (SbTradeFundClaim, 1);
  b->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  add_recognitions (b, "[{\"program\": \"tase\", \"recognized_on\": \"2024-02-29\"}]");
  one = sb_duties_for_dossier (a, 1, set);
  two = sb_duties_for_dossier (b, 2, set);
  sb_duties_merge (all, one);
  sb_duties_merge (all, two);
  g_assert_cmpuint (one->len, ==, 0);
  /* 2 + 2 deadlines, 3 TASE reports (2024–2026, due 06-30), review, expiry */
  g_assert_cmpuint (all->len, ==, 9);
  for (guint i = 1; i < all->len; i++)
    {
      SbDuty *x = g_ptr_array_index (all, i - 1), *y = g_ptr_array_index (all, i);

      g_assert_true (x->date < y->date || (x->date == y->date && g_strcmp0 (x->company, y->company) <= 0));
    }
  /* the same deadline for both: 乙 after 甲 in code-point order */
  g_assert_cmpuint (((SbDuty *) g_ptr_array_index (all, 0))->date, ==, d ("2025-06-30"));
  g_assert_cmpuint (((SbDuty *) g_ptr_array_index (all, 1))->date, ==, d ("2025-12-22"));
  g_assert_cmpint (((SbDuty *) g_ptr_array_index (all, 1))->company_id, ==, 1);
  g_assert_cmpuint (((SbDuty *) g_ptr_array_index (all, 2))->date, ==, d ("2025-12-22"));
  g_assert_cmpint (((SbDuty *) g_ptr_array_index (all, 2))->company_id, ==, 2);
  /* a 2024-02-29 recognition runs to 2027-02-28 */
  g_assert_nonnull (find (all, SB_DUTY_EXPIRY, "tase", "2027-02-28"));
  g_assert_nonnull (find (all, SB_DUTY_ANNUAL_REPORT, "tase", "2027-06-30"));
}

int
main (int argc, char *argv[])
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  set = sb_policy_set_new_default ("/nonexistent");
  g_test_add_func ("/engine/duties/one-company", test_one_company);
  g_test_add_func ("/engine/duties/order", test_order);
  rc = g_test_run ();
  sb_policy_set_free (set);
  return rc;
}
