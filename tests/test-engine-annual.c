/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-engine-annual.c: the TASE annual information report (RULES.md §2). */
#include <string.h>

#include "sb-engine-error.h"
#include "sb-tase.h"

static SbPolicy *
load_policy (const char *id)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *file = g_strconcat (id, ".json", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  SbPolicy *policy;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "policies", file, NULL);
  policy = sb_policy_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (policy);
  return policy;
}

static SbDossier *
dossier_new (int year, const char *profile)
{
  SbDossier *d = sb_dossier_new ();

  d->company.region = g_strdup ("dalian");
  d->company.legal_entity = SB_TRI_TRUE;
  d->annual_report = g_new0 (SbAnnualClaim, 1);
  d->annual_report->year = year;
  d->annual_report->profile = g_strdup (profile);
  return d;
}

static void
add_month (SbYear *y, int month, gint64 total_start, gint64 total_end,
           gint64 degree_start, gint64 degree_end)
{
  SbStaffMonth m = { month, total_start, total_end, degree_start, degree_end, SB_UNSET, SB_UNSET };

  if (y->staff_months == NULL)
    y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
}

static void
add_contract (SbYear *y, const char *no, SbTri offshore, const char *category, gint64 revenue)
{
  SbContract *c = sb_contract_new ();

  c->no = g_strdup (no);
  c->offshore = offshore;
  c->category = g_strdup (category);
  c->revenue = revenue;
  if (y->contracts == NULL)
    y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y->contracts, c);
}

/* The 2024 figures of shared/spec/examples/tase-dalian-new.shenbao.json. */
static SbYear *
add_example_year (SbDossier *d)
{
  SbYear *y = sb_year_new (2024);

  g_ptr_array_add (d->years, y);
  y->income_total = G_GINT64_CONSTANT (3050000000);
  y->non_taxable_income = G_GINT64_CONSTANT (50000000);
  y->taxable_income = G_GINT64_CONSTANT (420000000);
  for (int m = 1; m <= 12; m++)
    add_month (y, m, 149 + m, 150 + m, 69 + m, 70 + m);
  add_contract (y, "JP-2024-01", SB_TRI_TRUE, "ITO.software_tech_service",
                G_GINT64_CONSTANT (880000000));
  add_contract (y, "JP-2024-02", SB_TRI_TRUE, "ITO.software_dev", G_GINT64_CONSTANT (250000000));
  add_contract (y, "CN-2024-07", SB_TRI_FALSE, "BPO.internal_management",
                G_GINT64_CONSTANT (520000000));
  add_contract (y, "CN-2024-09", SB_TRI_FALSE, NULL, G_GINT64_CONSTANT (1350000000));
  return y;
}

static SbAnnualReport *
evaluate (SbDossier *d, SbPolicy *policy)
{
  g_autoptr(GError) error = NULL;
  SbAnnualReport *report = sb_annual_evaluate (d, policy, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static char *
report_json (SbAnnualReport *report)
{
  g_autoptr(JsonNode) node = sb_annual_report_to_json (report);
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

static void
test_example_year (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new (2024, "tase-dalian-2025");
  g_autoptr(SbAnnualReport) report = NULL;
  g_autofree char *json = NULL;
  SbCheck *c;

  add_example_year (d);
  report = evaluate (d, policy);

  g_assert_cmpint (report->year, ==, 2024);
  g_assert_cmpuint (report->checks->len, ==, 3);
  c = g_ptr_array_index (report->checks, 0);
  g_assert_cmpstr (c->id, ==, "tase.degree_staff");
  g_assert_cmpint (c->year, ==, 2024);
  g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
  g_assert_cmpint (c->shortfall, ==, 4);
  g_assert_nonnull (c->note);
  g_assert_nonnull (strstr (c->note, "qualification"));
  c = g_ptr_array_index (report->checks, 1);
  g_assert_cmpstr (c->id, ==, "tase.tase_revenue");
  g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
  c = g_ptr_array_index (report->checks, 2);
  g_assert_cmpstr (c->id, ==, "tase.offshore_revenue");
  g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
  g_assert_false (report->eligible);
  g_assert_cmpint (report->tax_benefit, ==, G_GINT64_CONSTANT (42000000));
  g_assert_nonnull (report->tax_benefit_note);

  /* the form is filled from the same figures */
  g_assert_cmpint (report->figures.year, ==, 2024);
  g_assert_cmpint (report->figures.total_revenue, ==, G_GINT64_CONSTANT (3000000000));
  g_assert_cmpint (report->figures.catalogue_revenue, ==, G_GINT64_CONSTANT (1650000000));
  g_assert_cmpint (report->figures.offshore_revenue, ==, G_GINT64_CONSTANT (1130000000));
  g_assert_true (report->figures.from_contracts);
  g_assert_cmpuint (report->figures.staff_months, ==, 12);

  json = report_json (report);
  g_assert_cmpstr (json, ==,
                   "{\"year\":2024,\"eligible\":false,\"checks\":["
                   "{\"id\":\"tase.degree_staff\",\"year\":2024,\"value\":\"0.4872\","
                   "\"threshold\":\"0.5000\",\"status\":\"fail\",\"shortfall\":\"4\"},"
                   "{\"id\":\"tase.tase_revenue\",\"year\":2024,\"value\":\"0.5500\","
                   "\"threshold\":\"0.5000\",\"status\":\"pass\"},"
                   "{\"id\":\"tase.offshore_revenue\",\"year\":2024,\"value\":\"0.3767\","
                   "\"threshold\":\"0.3500\",\"status\":\"pass\"}],"
                   "\"tax_benefit\":\"420000.00\"}");
}

static void
test_year_still_meets (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new (2024, "tase-dalian-2025");
  g_autoptr(SbAnnualReport) report = NULL;
  SbYear *y = add_example_year (d);

  /* four more graduates all year long: 1824 + 96 = 1920 of 3744 + 96 = 3840, exactly 50% */
  for (guint i = 0; i < y->staff_months->len; i++)
    {
      SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);
      m->degree_start += 4;
      m->degree_end += 4;
      m->total_start += 4;
      m->total_end += 4;
    }
  /* a company-level failure is not part of the annual report */
  g_free (d->company.region);
  d->company.region = g_strdup ("shenzhen");
  report = evaluate (d, policy);

  for (guint i = 0; i < report->checks->len; i++)
    {
      SbCheck *c = g_ptr_array_index (report->checks, i);
      g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
      g_assert_null (c->note);
    }
  g_assert_true (report->eligible);
}

static void
test_absent_year (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new (2023, "tase-dalian-2025");
  g_autoptr(SbAnnualReport) report = NULL;
  g_autofree char *json = NULL;

  add_example_year (d);   /* 2024 only */
  report = evaluate (d, policy);
  g_assert_cmpuint (report->checks->len, ==, 3);
  for (guint i = 0; i < report->checks->len; i++)
    {
      SbCheck *c = g_ptr_array_index (report->checks, i);
      g_assert_cmpint (c->year, ==, 2023);
      g_assert_cmpint (c->status, ==, SB_STATUS_MISSING);
      g_assert_nonnull (c->note);
    }
  g_assert_false (report->eligible);
  g_assert_cmpint (report->tax_benefit, ==, SB_UNSET);
  g_assert_cmpint (report->figures.total_revenue, ==, SB_UNSET);
  json = report_json (report);
  g_assert_true (g_str_has_prefix (json, "{\"year\":2023,\"eligible\":false,"));
  g_assert_true (g_str_has_suffix (json, "],\"tax_benefit\":null}"));
}

static void
test_loss_and_guangdong (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-guangdong-2019");
  g_autoptr(SbDossier) d = dossier_new (2018, "tase-guangdong-2019");
  g_autoptr(SbAnnualReport) report = NULL;
  SbYear *y = sb_year_new (2018);

  g_ptr_array_add (d->years, y);
  y->income_total = G_GINT64_CONSTANT (200000000);    /* 2,000,000.00 */
  y->tase_revenue = G_GINT64_CONSTANT (100000000);    /* exactly 50% */
  y->offshore_revenue = G_GINT64_CONSTANT (70000000); /* exactly 35% */
  y->taxable_income = -G_GINT64_CONSTANT (5000000);   /* a loss */
  for (int m = 1; m <= 12; m++)
    add_month (y, m, 40, 40, 20, 20);
  report = evaluate (d, policy);

  g_assert_true (report->eligible);
  g_assert_cmpint (report->tax_benefit, ==, 0);
  g_assert_false (report->figures.from_contracts);
  /* the Foshan catalogue interpretation rides on the revenue checks */
  g_assert_nonnull (strstr (((SbCheck *) g_ptr_array_index (report->checks, 1))->note,
                            "Interpretation"));
  {
    g_autofree char *json = report_json (report);
    g_assert_true (g_str_has_suffix (json, "],\"tax_benefit\":\"0.00\"}"));
  }
}

static void
test_no_claim (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAnnualReport) report = sb_annual_evaluate (d, policy, &error);

  g_assert_null (report);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/annual/example-year", test_example_year);
  g_test_add_func ("/engine/annual/year-still-meets", test_year_still_meets);
  g_test_add_func ("/engine/annual/absent-year", test_absent_year);
  g_test_add_func ("/engine/annual/loss-guangdong", test_loss_and_guangdong);
  g_test_add_func ("/engine/annual/no-claim", test_no_claim);
  return g_test_run ();
}
