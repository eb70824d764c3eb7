/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-engine-hnte.c: the HNTE evaluator (RULES.md §4) and its Zhejiang profile. */
#include <string.h>

#include "sb-engine-error.h"
#include "sb-hnte.h"

#define YUAN(x) ((gint64) (x) * 100)

static SbPolicy *policy;

static char *
profile_path (void)
{
  const char *src = g_getenv ("SHENBAO_SOURCE_DIR");

  g_assert_nonnull (src);
  return g_build_filename (src, "data", "policies", "hnte-zhejiang.json", NULL);
}

static SbDate
date (const char *text)
{
  SbDate d = SB_DATE_UNSET;

  g_assert_true (sb_date_parse (text, &d));
  return d;
}

static void
set_months (SbYear *y, int n, gint64 total, gint64 st)
{
  g_clear_pointer (&y->staff_months, g_array_unref);
  y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  for (int i = 0; i < n; i++)
    {
      SbStaffMonth m = { 12 - n + 1 + i, total, total, SB_UNSET, SB_UNSET, st, st };
      g_array_append_val (y->staff_months, m);
    }
}

static SbYear *
year_of (SbDossier *d, int year)
{
  return (SbYear *) sb_dossier_find_year (d, year);
}

static void
remove_year (SbDossier *d, int year)
{
  for (guint i = 0; i < d->years->len; i++)
    if (((SbYear *) g_ptr_array_index (d->years, i))->year == year)
      {
        g_ptr_array_remove_index (d->years, i);
        return;
      }
  g_assert_not_reached ();
}

/* A Hangzhou company that meets every condition, several exactly:
 * R&D 5,550,000 of sales 111,000,000 = 5.00% (tier 5%), innovation
 * 24 + 22 + 15 + growth 5 + 5 = 71. */
static SbDossier *
base_dossier (void)
{
  SbDossier *d = sb_dossier_new ();
  const gint64 sales[] = { 30000000, 36000000, 45000000 };
  const gint64 net[] = { 10000000, 12000000, 15000000 };

  d->company.name = g_strdup ("杭州示例科技有限公司");
  d->company.region = g_strdup ("hangzhou");
  d->company.registered_on = date ("2015-03-01");
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.owns_core_ip = SB_TRI_TRUE;
  d->declarations.no_major_incident = SB_TRI_TRUE;
  d->declarations.hnte_field = g_strdup ("电子信息");

  d->hnte = g_new0 (SbHnteClaim, 1);
  d->hnte->apply_date = date ("2025-06-01");
  d->hnte->profile = g_strdup ("hnte-zhejiang");
  d->hnte->score_ip = 24;
  d->hnte->score_conversion = 22;
  d->hnte->score_rd_management = 15;
  d->hnte->conversion_count = SB_UNSET;

  for (int i = 0; i < 3; i++)
    {
      SbYear *y = sb_year_new (2022 + i);

      y->sales_revenue = YUAN (sales[i]);
      y->income_total = YUAN (sales[i] + 1000000);
      y->non_taxable_income = YUAN (1000000);
      y->high_tech_revenue = YUAN (30000000);
      y->rd_expense = YUAN (1850000);
      y->rd_expense_domestic = YUAN (1850000);
      y->net_assets_end = YUAN (net[i]);
      set_months (y, 12, 100, 20);
      g_ptr_array_add (d->years, y);
    }
  return d;
}

static SbHnteReport *
evaluate (const SbDossier *d)
{
  g_autoptr(GError) error = NULL;
  SbHnteReport *r = sb_hnte_evaluate (d, policy, SB_DATE_UNSET, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static SbCheck *
check (const SbHnteReport *r, const char *id)
{
  SbCheck *c = sb_checks_find (r->checks, id, 0);

  g_assert_nonnull (c);
  return c;
}

static void
assert_ratio (SbRatio a, gint64 num, gint64 den)
{
  g_assert_cmpint (a.den, !=, 0);
  g_assert_cmpint (sb_ratio_compare (a, sb_ratio (num, den)), ==, 0);
}

static char *
check_json (const SbCheck *c)
{
  g_autoptr(JsonNode) node = sb_check_to_json (c);

  return json_to_string (node, FALSE);
}

/* ------------------------------------------------------------------ */

static void
test_profile (void)
{
  g_autoptr(GError) error = NULL;
  const SbHnteRules *r = sb_hnte_rules_get (policy, &error);
  const SbHnteBand *b;

  g_assert_no_error (error);
  g_assert_nonnull (r);
  g_assert_true (sb_hnte_rules_get (policy, NULL) == r);   /* cached */

  g_assert_cmpuint (g_strv_length (r->regions), ==, 11);
  g_assert_true (g_strv_contains ((const char * const *) r->regions, "zhejiang"));
  g_assert_true (g_strv_contains ((const char * const *) r->regions, "hangzhou"));
  g_assert_true (g_strv_contains ((const char * const *) r->regions, "lishui"));
  g_assert_false (g_strv_contains ((const char * const *) r->regions, "ningbo"));
  g_assert_cmpint (r->min_age_days, ==, 365);
  g_assert_cmpint (r->fiscal_years, ==, 3);
  g_assert_cmpuint (g_strv_length (r->fields), ==, 8);
  g_assert_true (g_strv_contains ((const char * const *) r->fields, "先进制造与自动化"));
  assert_ratio (r->st_staff_min, 1, 10);
  g_assert_cmpint (r->rd_tier1_max_sales, ==, YUAN (50000000));
  g_assert_cmpint (r->rd_tier2_max_sales, ==, YUAN (200000000));
  assert_ratio (r->rd_ratio_tier1, 5, 100);
  assert_ratio (r->rd_ratio_tier2, 4, 100);
  assert_ratio (r->rd_ratio_tier3, 3, 100);
  assert_ratio (r->rd_outsourced_share, 4, 5);
  assert_ratio (r->rd_other_cap, 1, 5);
  g_assert_cmpint (r->rd_unit, ==, 20);
  assert_ratio (r->rd_domestic_min, 6, 10);
  assert_ratio (r->ht_revenue_min, 6, 10);
  g_assert_cmpint (r->innovation_min, ==, 71);
  g_assert_cmpint (r->ip_max, ==, 30);
  g_assert_cmpint (r->conversion_max, ==, 30);
  g_assert_cmpint (r->rd_management_max, ==, 20);
  g_assert_cmpint (r->growth_max, ==, 20);
  g_assert_nonnull (r->innovation_note);

  g_assert_cmpuint (r->growth_bands->len, ==, 5);
  b = &g_array_index (r->growth_bands, SbHnteBand, 0);
  assert_ratio (b->min, 35, 100);
  g_assert_true (b->inclusive);
  g_assert_cmpint (b->low, ==, 9);
  g_assert_cmpint (b->high, ==, 10);
  b = &g_array_index (r->growth_bands, SbHnteBand, 4);
  g_assert_cmpint (b->min.num, ==, 0);
  g_assert_false (b->inclusive);
  g_assert_cmpint (b->low, ==, 1);
  g_assert_cmpint (b->high, ==, 2);
  g_assert_cmpuint (r->conversion_bands->len, ==, 5);
  b = &g_array_index (r->conversion_bands, SbHnteBand, 1);
  assert_ratio (b->min, 4, 1);
  g_assert_cmpint (b->low, ==, 19);
  g_assert_cmpint (b->high, ==, 24);

  g_assert_cmpint (r->annual_report_due_month, ==, 5);
  g_assert_cmpint (r->annual_report_missed_years_max, ==, 2);
  g_assert_cmpint (r->statutory_working_days, ==, 240);
  g_assert_cmpint (r->promised_working_days, ==, 80);
}

/* A copy of the profile with one change, compiled. */
static const SbHnteRules *
compile_changed (const char *key, JsonNode *new_value, SbPolicy **out_policy, GError **error)
{
  g_autofree char *path = profile_path ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  JsonObject *params;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  params = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                          "params");
  if (new_value == NULL)
    json_object_remove_member (params, key);
  else
    json_object_set_member (json_object_get_object_member (params, key), "value", new_value);
  data = json_to_string (json_parser_get_root (parser), FALSE);
  *out_policy = sb_policy_new_from_data (data, strlen (data), "changed.json", NULL);
  g_assert_nonnull (*out_policy);
  return sb_hnte_rules_get (*out_policy, error);
}

static void
test_profile_key_removed (void)
{
  GPtrArray *names = sb_policy_get_param_names (policy);

  /* every parameter is read: removing any one fails, naming it */
  g_assert_cmpuint (names->len, >=, 25);
  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      g_autoptr(SbPolicy) changed = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *needle = g_strdup_printf ("params.%s", key);

      g_assert_null (compile_changed (key, NULL, &changed, &error));
      g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
      g_assert_nonnull (strstr (error->message, needle));
    }
}

static void
test_profile_bad_values (void)
{
  struct { const char *key; const char *json; const char *needle; } cases[] = {
    { "rd_ratio_tier2", "\"4%\"", "params.rd_ratio_tier2.value" },
    { "min_age_days", "365.5", "params.min_age_days.value" },
    { "growth_bands", "[{\"min\": 0.05, \"low\": 3, \"high\": 4}, {\"min\": 0.35, \"low\": 9, \"high\": 10}]",
      "params.growth_bands.value[1]" },
    { "growth_bands", "[{\"min\": 0.35, \"low\": 9, \"high\": 11}]", "params.growth_bands.value[0]" },
    { "conversion_bands", "[{\"low\": 1, \"high\": 6}]", "params.conversion_bands.value[0]" },
    { "rd_other_cap", "1", "params.rd_other_cap.value" },
    { "fields", "{}", "params.fields.value" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbPolicy) changed = NULL;
      g_autoptr(GError) error = NULL;
      JsonNode *value = json_from_string (cases[i].json, NULL);

      g_assert_nonnull (value);
      g_assert_null (compile_changed (cases[i].key, value, &changed, &error));
      g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
      g_assert_nonnull (strstr (error->message, cases[i].needle));
    }
}

static void
test_eligible (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  g_autoptr(SbHnteReport) r = evaluate (d);
  g_autoptr(JsonNode) node = sb_hnte_report_to_json (r);
  g_autofree char *json = json_to_string (node, FALSE);
  const char *ids[] = {
    "hnte.region", "hnte.age", "hnte.ip", "hnte.field", "hnte.st_staff", "hnte.rd_ratio",
    "hnte.rd_domestic", "hnte.ht_revenue", "hnte.innovation", "hnte.no_incident",
  };

  g_assert_true (r->eligible);
  g_assert_cmpuint (r->checks->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const SbCheck *c = g_ptr_array_index (r->checks, i);
      g_assert_cmpstr (c->id, ==, ids[i]);
      g_assert_cmpint (c->year, ==, 0);
    }
  g_assert_cmpint (r->apply_date, ==, date ("2025-06-01"));
  g_assert_cmpint (r->rd_total, ==, YUAN (5550000));
  assert_ratio (r->rd_total_exact, YUAN (5550000), 1);
  g_assert_cmpint (r->rd_limited_away, ==, 0);
  g_assert_cmpint (r->sales_total, ==, YUAN (111000000));
  g_assert_cmpint (r->growth_low, ==, 10);
  g_assert_cmpint (r->growth_high, ==, 12);
  g_assert_cmpint (r->innovation_low, ==, 71);
  g_assert_cmpint (r->innovation_high, ==, 73);
  g_assert_cmpuint (r->warnings->len, ==, 0);

  g_assert_cmpstr (json, ==,
                   "{\"eligible\":true,\"checks\":["
                   "{\"id\":\"hnte.region\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.age\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.ip\",\"status\":\"declared\"},"
                   "{\"id\":\"hnte.field\",\"status\":\"declared\"},"
                   "{\"id\":\"hnte.st_staff\",\"value\":\"0.2000\",\"threshold\":\"0.1000\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.rd_ratio\",\"value\":\"0.0500\",\"threshold\":\"0.0500\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.rd_domestic\",\"value\":\"1.0000\",\"threshold\":\"0.6000\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.ht_revenue\",\"value\":\"0.6667\",\"threshold\":\"0.6000\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.innovation\",\"value\":\"71\",\"value_high\":\"73\",\"threshold\":\"71\",\"status\":\"pass\"},"
                   "{\"id\":\"hnte.no_incident\",\"status\":\"declared\"}]}");
}

static void
assert_tier (gint64 last_sales_fen, gint64 percent)
{
  g_autoptr(SbDossier) d = base_dossier ();
  g_autoptr(SbHnteReport) r = NULL;

  year_of (d, 2024)->sales_revenue = last_sales_fen;
  r = evaluate (d);
  assert_ratio (check (r, "hnte.rd_ratio")->threshold, percent, 100);
}

static void
test_rd_tiers (void)
{
  assert_tier (YUAN (50000000), 5);        /* 5,000万元（含） */
  assert_tier (YUAN (50000000) + 1, 4);
  assert_tier (YUAN (200000000), 4);       /* 2亿元（含） */
  assert_tier (YUAN (200000000) + 1, 3);
  assert_tier (0, 5);
}

static void
test_rd_ratio_edge (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  SbCheck *c;
  g_autofree char *json = NULL;

  /* exactly 5% passes (test_eligible); one fen under fails by one fen */
  year_of (d, 2024)->rd_expense -= 1;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    c = check (r, "hnte.rd_ratio");
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_FEN);
    g_assert_cmpint (c->shortfall, ==, 1);
    json = check_json (c);
    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.rd_ratio\",\"value\":\"0.0500\",\"threshold\":\"0.0500\","
                               "\"status\":\"fail\",\"shortfall\":\"0.01\"}");
    g_assert_false (r->eligible);
  }

  /* 1,000 yuan under: new R&D is not sales, so exactly 1,000 yuan more */
  year_of (d, 2024)->rd_expense = YUAN (1850000 - 1000);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    c = check (r, "hnte.rd_ratio");
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall, ==, YUAN (1000));
    assert_ratio (c->value, YUAN (5549000), YUAN (111000000));
  }
}

static void
test_ledger (void)
{
  g_autoptr(GError) error = NULL;
  const SbHnteRules *rules = sb_hnte_rules_get (policy, &error);
  gint64 ledger[SB_RD_N_CATEGORIES] = { 0 };
  SbHnteRd rd;

  /* the cap binds: rest = 1,000,000 + 80% × 500,000 = 1,400,000;
   * other 500,000 capped at 1,400,000 × 20/80 = 350,000 */
  ledger[SB_RD_PERSONNEL] = YUAN (600000);
  ledger[SB_RD_DIRECT] = YUAN (400000);
  ledger[SB_RD_OUTSOURCED] = YUAN (500000);
  ledger[SB_RD_OTHER] = YUAN (500000);
  g_assert_true (sb_hnte_rd_from_ledger (rules, ledger, &rd));
  g_assert_cmpint (rd.entered, ==, YUAN (2000000));
  assert_ratio (rd.counted, YUAN (1750000), 1);
  assert_ratio (rd.outsourced_cut, YUAN (100000), 1);
  assert_ratio (rd.other_cut, YUAN (150000), 1);

  /* the cap does not bind: other 300,000 <= 350,000 */
  ledger[SB_RD_OTHER] = YUAN (300000);
  g_assert_true (sb_hnte_rd_from_ledger (rules, ledger, &rd));
  assert_ratio (rd.counted, YUAN (1700000), 1);
  assert_ratio (rd.outsourced_cut, YUAN (100000), 1);
  assert_ratio (rd.other_cut, 0, 1);

  /* other exactly at the cap: 20% of the total */
  ledger[SB_RD_OTHER] = YUAN (350000);
  g_assert_true (sb_hnte_rd_from_ledger (rules, ledger, &rd));
  assert_ratio (rd.counted, YUAN (1750000), 1);
  assert_ratio (rd.other_cut, 0, 1);

  /* fractions of a fen stay exact: 80% of 1 fen = 0.8, cap 0.2 */
  memset (ledger, 0, sizeof ledger);
  ledger[SB_RD_OUTSOURCED] = 1;
  ledger[SB_RD_OTHER] = 1;
  g_assert_true (sb_hnte_rd_from_ledger (rules, ledger, &rd));
  assert_ratio (rd.counted, 1, 1);
  assert_ratio (rd.outsourced_cut, 1, 5);
  assert_ratio (rd.other_cut, 4, 5);
  g_assert_cmpint (rd.counted.den, ==, 20);

  ledger[SB_RD_DESIGN] = SB_UNSET;
  g_assert_false (sb_hnte_rd_from_ledger (rules, ledger, &rd));
}

static void
test_ledger_in_evaluation (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  SbYear *y = year_of (d, 2024);

  /* 2024's ledger: 1,750,000 counted, 250,000 taken away */
  y->has_rd_ledger = TRUE;
  y->rd_ledger[SB_RD_PERSONNEL] = YUAN (600000);
  y->rd_ledger[SB_RD_DIRECT] = YUAN (400000);
  y->rd_ledger[SB_RD_OUTSOURCED] = YUAN (500000);
  y->rd_ledger[SB_RD_OTHER] = YUAN (500000);
  y->rd_expense = YUAN (2000000);   /* differs from the ledger's HNTE figure */
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    g_assert_cmpint (r->rd_total, ==, YUAN (1850000 * 2 + 1750000));
    g_assert_cmpint (r->rd_limited_away, ==, YUAN (250000));
    g_assert_cmpuint (r->warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (r->warnings, 0), "1750000.00"));
    g_assert_nonnull (strstr (g_ptr_array_index (r->warnings, 0), "2000000.00"));
    assert_ratio (check (r, "hnte.rd_ratio")->value, YUAN (5450000), YUAN (111000000));
    g_assert_cmpint (check (r, "hnte.rd_ratio")->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (check (r, "hnte.rd_ratio")->shortfall, ==, YUAN (100000));
  }
  y->rd_expense = YUAN (1750000);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpuint (r->warnings->len, ==, 0);
  }
}

/* Rounding the ledger to the fen would decide these two verdicts wrongly. */
static void
test_ledger_exact_verdict (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  SbYear *y = year_of (d, 2024);

  d->company.registered_on = date ("2024-01-10");   /* only 2024 operated */
  remove_year (d, 2022);
  remove_year (d, 2023);
  y->has_rd_ledger = TRUE;
  y->rd_ledger[SB_RD_OUTSOURCED] = 100000001;   /* counts 80,000,000.8 fen */
  y->rd_expense = SB_UNSET;
  y->rd_expense_domestic = 100000001;

  y->sales_revenue = 1600000016;   /* 5% = 80,000,000.8 fen: exactly met */
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.rd_ratio");

    g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
    g_assert_cmpint (r->rd_total, ==, 80000001);   /* shown rounded */
    assert_ratio (r->rd_total_exact, 400000004, 5);
  }
  y->sales_revenue = 1600000017;   /* 5% = 80,000,000.85 fen: 0.05 fen short */
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.rd_ratio");

    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall, ==, 1);
  }
}

static void
test_age (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  d->company.registered_on = date ("2024-06-02");   /* 364 days */
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.age");
    g_autofree char *json = check_json (c);

    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_DAYS);
    g_assert_cmpint (c->shortfall, ==, 1);
    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.age\",\"status\":\"fail\",\"shortfall\":\"1\"}");
  }
  d->company.registered_on = date ("2024-06-01");   /* 365 days */
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpint (check (r, "hnte.age")->status, ==, SB_STATUS_PASS);
  }
  d->company.registered_on = SB_DATE_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpint (check (r, "hnte.age")->status, ==, SB_STATUS_MISSING);
  }

  /* without an apply date, @at stands in */
  d->company.registered_on = date ("2024-06-01");
  d->hnte->apply_date = SB_DATE_UNSET;
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SbHnteReport) r = sb_hnte_evaluate (d, policy, date ("2025-05-31"), &error);

    g_assert_no_error (error);
    g_assert_cmpint (r->apply_date, ==, date ("2025-05-31"));
    g_assert_cmpint (check (r, "hnte.age")->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (check (r, "hnte.age")->shortfall, ==, 1);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SbHnteReport) r = sb_hnte_evaluate (d, policy, SB_DATE_UNSET, &error);

    g_assert_null (r);
    g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  }
}

static void
test_short_history (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  /* registered in 2023: 2022 is not operated, even though figures exist */
  d->company.registered_on = date ("2023-03-01");
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.rd_ratio");

    assert_ratio (c->value, YUAN (3700000), YUAN (81000000));
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    /* 5% of 81,000,000 = 4,050,000: 350,000 short */
    g_assert_cmpint (c->shortfall, ==, YUAN (350000));
    g_assert_cmpint (r->sales_total, ==, YUAN (81000000));
    /* growth: year 1 not operated (0): 15/12 − 1 = 25%, 45/36 − 1 = 25% */
    g_assert_cmpint (r->growth_net_assets_low, ==, 7);
    g_assert_cmpint (r->growth_sales_high, ==, 8);
    g_assert_cmpint (r->growth_low, ==, 14);
    g_assert_cmpint (r->growth_high, ==, 16);
  }

  /* 2022 not in the dossier: nothing is missing */
  remove_year (d, 2022);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    g_assert_cmpint (check (r, "hnte.rd_ratio")->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (check (r, "hnte.innovation")->status, ==, SB_STATUS_PASS);
  }

  /* an operated year absent from the dossier is missing data */
  remove_year (d, 2023);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    g_assert_cmpint (check (r, "hnte.rd_ratio")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.rd_domestic")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.innovation")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (r->rd_total, ==, SB_UNSET);
    g_assert_cmpint (r->sales_total, ==, SB_UNSET);
  }

  /* one operated year: growth scores 0, the year alone makes the ratio */
  d->company.registered_on = date ("2024-01-02");
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.innovation");

    assert_ratio (check (r, "hnte.rd_ratio")->value, YUAN (1850000), YUAN (45000000));
    g_assert_cmpint (r->growth_low, ==, 0);
    g_assert_cmpint (r->growth_high, ==, 0);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall, ==, 10);
  }
}

static void
test_missing (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  /* zero denominators */
  for (int year = 2022; year <= 2024; year++)
    year_of (d, year)->sales_revenue = 0;
  year_of (d, 2024)->income_total = YUAN (1000000);   /* minus 1,000,000 non-taxable = 0 */
  set_months (year_of (d, 2024), 12, 0, 0);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.rd_ratio");
    g_autofree char *json = check_json (c);

    g_assert_cmpint (c->status, ==, SB_STATUS_MISSING);
    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.rd_ratio\",\"threshold\":\"0.0500\",\"status\":\"missing\"}");
    g_assert_cmpint (check (r, "hnte.ht_revenue")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.st_staff")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.rd_domestic")->status, ==, SB_STATUS_PASS);
    g_assert_false (r->eligible);
  }

  /* absent figures */
  g_clear_pointer (&d, sb_dossier_free);
  d = base_dossier ();
  year_of (d, 2023)->rd_expense = SB_UNSET;
  year_of (d, 2024)->high_tech_revenue = SB_UNSET;
  g_clear_pointer (&year_of (d, 2024)->staff_months, g_array_unref);
  year_of (d, 2022)->net_assets_end = SB_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    g_assert_cmpint (check (r, "hnte.rd_ratio")->status, ==, SB_STATUS_MISSING);
    g_assert_nonnull (check (r, "hnte.rd_ratio")->note);
    g_assert_cmpint (check (r, "hnte.rd_domestic")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.ht_revenue")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.st_staff")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (check (r, "hnte.innovation")->status, ==, SB_STATUS_MISSING);
    g_assert_cmpint (r->rd_total, ==, SB_UNSET);
    g_assert_false (r->eligible);
  }

  /* last year's sales absent: the tier is unknown, no threshold shown */
  year_of (d, 2024)->sales_revenue = SB_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_autofree char *json = check_json (check (r, "hnte.rd_ratio"));

    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.rd_ratio\",\"status\":\"missing\"}");
  }
}

static void
assert_growth (gint64 y1, gint64 y2, gint64 y3, int low, int high)
{
  const SbHnteRules *rules = sb_hnte_rules_get (policy, NULL);
  int l = -1, h = -1;

  sb_hnte_growth_points (rules, y1, y2, y3, &l, &h);
  if (l != low || h != high)
    g_error ("growth %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
             ": %d–%d, expected %d–%d", y1, y2, y3, l, h, low, high);
}

static void
test_growth_bands (void)
{
  const gint64 big = G_GINT64_CONSTANT (900000000000000);

  /* year 1 zero: year3 ÷ year2 − 1 */
  assert_growth (0, 100, 135, 9, 10);     /* exactly 35% */
  assert_growth (0, 10000, 13499, 7, 8);
  assert_growth (0, 100, 125, 7, 8);      /* exactly 25% */
  assert_growth (0, 10000, 12499, 5, 6);
  assert_growth (0, 100, 115, 5, 6);      /* exactly 15% */
  assert_growth (0, 10000, 11499, 3, 4);
  assert_growth (0, 100, 105, 3, 4);      /* exactly 5% */
  assert_growth (0, 10000, 10499, 1, 2);
  assert_growth (0, 10000, 10001, 1, 2);  /* just above 0 */
  assert_growth (0, 100, 100, 0, 0);      /* 0 */
  assert_growth (0, 100, 90, 0, 0);       /* negative */

  /* the full formula: ½ (1 + 1.7) − 1 = 35% */
  assert_growth (100, 100, 170, 9, 10);
  assert_growth (100, 100, 169, 7, 8);
  /* ½ (1.2 + 1.25) − 1 = 22.5% */
  assert_growth (1000, 1200, 1500, 5, 6);
  /* ½ (0.5 + 1.5) − 1 = 0 */
  assert_growth (200, 100, 150, 0, 0);
  /* ½ (0.5 + 1.6) − 1 = 5% */
  assert_growth (200, 100, 160, 3, 4);

  /* year 2 zero: 0 points whatever follows */
  assert_growth (100, 0, 1000000, 0, 0);
  assert_growth (0, 0, 1000000, 0, 0);

  /* negative figures: signs normalised.  ½ (−1 + 3) − 1 = 0 → 0;
   * ½ (−1 + 3.02) − 1 = 1% → 1–2 */
  assert_growth (100, -100, -300, 0, 0);
  assert_growth (100, -100, -302, 1, 2);
  assert_growth (-100, 100, 200, 0, 0);

  /* the largest figures do not overflow: exactly 35% */
  assert_growth (big, big, big / 10 * 17, 9, 10);
  assert_growth (big, big, big / 10 * 17 - 1, 7, 8);
}

static void
test_conversion (void)
{
  const SbHnteRules *rules = sb_hnte_rules_get (policy, NULL);
  struct { gint64 count; int low, high; } cases[] = {
    { 15, 25, 30 }, { 14, 19, 24 }, { 12, 19, 24 }, { 11, 13, 18 }, { 9, 13, 18 },
    { 6, 7, 12 }, { 3, 1, 6 }, { 2, 0, 0 }, { 0, 0, 0 }, { 300, 25, 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int low = -1, high = -1;

      sb_hnte_conversion_points (rules, cases[i].count, 3, &low, &high);
      g_assert_cmpint (low, ==, cases[i].low);
      g_assert_cmpint (high, ==, cases[i].high);
    }

  /* in the evaluation: the count stands in for the missing score */
  {
    g_autoptr(SbDossier) d = base_dossier ();
    g_autoptr(SbHnteReport) r = NULL;
    SbCheck *c;

    d->hnte->score_conversion = SB_UNSET;
    d->hnte->conversion_count = 12;   /* 4 a year: 19–24 */
    r = evaluate (d);
    c = check (r, "hnte.innovation");
    g_assert_cmpint (r->conversion_low, ==, 19);
    g_assert_cmpint (r->conversion_high, ==, 24);
    assert_ratio (c->value, 24 + 19 + 15 + 10, 1);
    assert_ratio (c->value_high, 24 + 24 + 15 + 12, 1);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall, ==, 3);
    g_assert_cmpint (r->conversion_years, ==, 3);
  }

  /* over the years operated when fewer than three (RULES.md §4.1): 8 results
   * in two operated years average 4 (19–24), not 8/3 (7–12) */
  {
    int low = -1, high = -1;

    sb_hnte_conversion_points (rules, 8, 2, &low, &high);
    g_assert_cmpint (low, ==, 19);
    g_assert_cmpint (high, ==, 24);
    sb_hnte_conversion_points (rules, 8, 3, &low, &high);
    g_assert_cmpint (low, ==, 7);
    g_assert_cmpint (high, ==, 12);
    sb_hnte_conversion_points (rules, 1, 1, &low, &high);
    g_assert_cmpint (low, ==, 1);
    g_assert_cmpint (high, ==, 6);
  }
  {
    g_autoptr(SbDossier) d = base_dossier ();
    g_autoptr(SbHnteReport) r = NULL;
    SbCheck *c;

    /* registered in 2023: operated 2023 and 2024 of 2022–2024 */
    d->company.registered_on = date ("2023-02-01");
    g_ptr_array_remove_index (d->years, 0);
    d->hnte->score_conversion = SB_UNSET;
    d->hnte->conversion_count = 8;
    r = evaluate (d);
    c = check (r, "hnte.innovation");
    g_assert_cmpint (r->conversion_years, ==, 2);
    g_assert_cmpint (r->conversion_low, ==, 19);
    g_assert_cmpint (r->conversion_high, ==, 24);
    g_assert_nonnull (strstr (c->note, "yearly average of 4.00"));
  }
  {
    g_autoptr(SbDossier) d = base_dossier ();
    g_autoptr(SbHnteReport) r = NULL;

    /* registered in 2024: one operated year, 5 results average 5 */
    d->company.registered_on = date ("2024-01-10");
    d->hnte->score_conversion = SB_UNSET;
    d->hnte->conversion_count = 5;
    r = evaluate (d);
    g_assert_cmpint (r->conversion_years, ==, 1);
    g_assert_cmpint (r->conversion_low, ==, 25);
  }
}

static void
test_innovation (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  /* 71 passes (test_eligible); 70 fails by 1 */
  d->hnte->score_ip = 23;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.innovation");
    g_autofree char *json = check_json (c);

    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->value_unit, ==, SB_UNIT_POINTS);
    g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_POINTS);
    g_assert_cmpint (c->shortfall, ==, 1);
    g_assert_nonnull (c->note);
    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.innovation\",\"value\":\"70\",\"value_high\":\"72\","
                               "\"threshold\":\"71\",\"status\":\"fail\",\"shortfall\":\"1\"}");
    g_assert_false (r->eligible);
  }

  /* a missing self-score */
  d->hnte->score_rd_management = SB_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.innovation");
    g_autofree char *json = check_json (c);

    g_assert_cmpint (c->status, ==, SB_STATUS_MISSING);
    g_assert_cmpstr (json, ==, "{\"id\":\"hnte.innovation\",\"threshold\":\"71\",\"status\":\"missing\"}");
  }

  /* out-of-range or negative scores are input errors */
  {
    struct { gint64 *field; gint64 value; const char *name; } bad[] = {
      { &d->hnte->score_ip, 31, "hnte.innovation_self_score.ip" },
      { &d->hnte->score_conversion, 31, "hnte.innovation_self_score.conversion" },
      { &d->hnte->score_rd_management, 21, "hnte.innovation_self_score.rd_management" },
      { &d->hnte->score_ip, -1, "hnte.innovation_self_score.ip" },
      { &d->hnte->conversion_count, -2, "hnte.conversion_results" },
    };

    d->hnte->score_rd_management = 15;
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(SbHnteReport) r = NULL;
        gint64 saved = *bad[i].field;

        *bad[i].field = bad[i].value;
        r = sb_hnte_evaluate (d, policy, SB_DATE_UNSET, &error);
        g_assert_null (r);
        g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
        g_assert_nonnull (strstr (error->message, bad[i].name));
        *bad[i].field = saved;
      }
  }

  /* the maxima themselves are fine */
  d->hnte->score_ip = 30;
  d->hnte->score_conversion = 30;
  d->hnte->score_rd_management = 20;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    assert_ratio (check (r, "hnte.innovation")->value, 90, 1);
  }
}

static void
test_field (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  struct { const char *field; SbStatus status; } cases[] = {
    { "电子信息", SB_STATUS_DECLARED },
    { "先进制造与自动化", SB_STATUS_DECLARED },
    { NULL, SB_STATUS_MISSING },
    { "", SB_STATUS_MISSING },
    { "区块链", SB_STATUS_FAIL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbHnteReport) r = NULL;

      g_free (d->declarations.hnte_field);
      d->declarations.hnte_field = g_strdup (cases[i].field);
      r = evaluate (d);
      g_assert_cmpint (check (r, "hnte.field")->status, ==, cases[i].status);
      g_assert_true (r->eligible == (cases[i].status == SB_STATUS_DECLARED));
    }
}

static void
test_region (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  struct { const char *region; SbStatus status; } cases[] = {
    { "hangzhou", SB_STATUS_PASS },
    { "zhejiang", SB_STATUS_PASS },
    { "lishui", SB_STATUS_PASS },
    { "ningbo", SB_STATUS_FAIL },
    { "dalian", SB_STATUS_FAIL },
    { NULL, SB_STATUS_MISSING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbHnteReport) r = NULL;

      g_free (d->company.region);
      d->company.region = g_strdup (cases[i].region);
      r = evaluate (d);
      g_assert_cmpint (check (r, "hnte.region")->status, ==, cases[i].status);
      g_assert_true (r->eligible == (cases[i].status == SB_STATUS_PASS));
    }
}

static void
test_declarations (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  d->declarations.owns_core_ip = SB_TRI_FALSE;
  d->declarations.no_major_incident = SB_TRI_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);

    g_assert_cmpint (check (r, "hnte.ip")->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (check (r, "hnte.no_incident")->status, ==, SB_STATUS_MISSING);
    g_assert_false (r->eligible);
  }
}

static void
test_st_staff (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  SbYear *y = year_of (d, 2024);

  /* monthly S&T counts: 9 of 100 → 2 more persons (2 × 24 half-months) */
  set_months (y, 12, 100, 9);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.st_staff");

    assert_ratio (c->value, 9, 100);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_PERSONS);
    g_assert_cmpint (c->shortfall, ==, 2);
  }

  /* exactly 10% passes */
  set_months (y, 12, 100, 10);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpint (check (r, "hnte.st_staff")->status, ==, SB_STATUS_PASS);
  }

  /* without monthly S&T counts the year's st_staff is the average;
   * six months of operation */
  set_months (y, 6, 100, SB_UNSET);
  y->st_staff = 9;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *c = check (r, "hnte.st_staff");

    assert_ratio (c->value, 9, 100);
    g_assert_cmpint (c->shortfall, ==, 2);
    g_assert_nonnull (c->note);
  }
  y->st_staff = SB_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpint (check (r, "hnte.st_staff")->status, ==, SB_STATUS_MISSING);
  }
}

static void
test_revenue_and_domestic_shortfalls (void)
{
  g_autoptr(SbDossier) d = base_dossier ();

  /* 26,000,000 of 45,000,000: (26M + x) / (45M + x) >= 0.6 → x = 2,500,000 */
  year_of (d, 2024)->high_tech_revenue = YUAN (26000000);
  /* domestic 3,000,000 of 5,550,000: (3M + x) / (5.55M + x) >= 0.6 → x = 825,000 */
  year_of (d, 2022)->rd_expense_domestic = YUAN (1000000);
  year_of (d, 2023)->rd_expense_domestic = YUAN (1000000);
  year_of (d, 2024)->rd_expense_domestic = YUAN (1000000);
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    SbCheck *ht = check (r, "hnte.ht_revenue");
    SbCheck *dom = check (r, "hnte.rd_domestic");

    assert_ratio (ht->value, 26, 45);
    g_assert_cmpint (ht->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (ht->shortfall, ==, YUAN (2500000));
    assert_ratio (dom->value, 3000000, 5550000);
    g_assert_cmpint (dom->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (dom->shortfall, ==, YUAN (825000));
  }

  /* exactly 60% of total revenue passes; absent non-taxable income is 0 */
  year_of (d, 2024)->high_tech_revenue = YUAN (27000000);
  year_of (d, 2024)->income_total = YUAN (45000000);
  year_of (d, 2024)->non_taxable_income = SB_UNSET;
  {
    g_autoptr(SbHnteReport) r = evaluate (d);
    g_assert_cmpint (check (r, "hnte.ht_revenue")->status, ==, SB_STATUS_PASS);
  }
}

static void
test_json_shape (void)
{
  g_autoptr(SbDossier) d = base_dossier ();
  g_autoptr(SbHnteReport) r = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *o;

  d->declarations.owns_core_ip = SB_TRI_FALSE;
  r = evaluate (d);
  node = sb_hnte_report_to_json (r);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  o = json_node_get_object (node);
  members = json_object_get_members (o);
  g_assert_cmpuint (g_list_length (members), ==, 2);
  g_assert_cmpstr (members->data, ==, "eligible");
  g_assert_cmpstr (members->next->data, ==, "checks");
  g_assert_false (json_object_get_boolean_member (o, "eligible"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "checks")), ==, 10);
}

int
main (int argc, char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  path = profile_path ();
  policy = sb_policy_new_from_file (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/engine/hnte/profile", test_profile);
  g_test_add_func ("/engine/hnte/profile-key-removed", test_profile_key_removed);
  g_test_add_func ("/engine/hnte/profile-bad-values", test_profile_bad_values);
  g_test_add_func ("/engine/hnte/eligible", test_eligible);
  g_test_add_func ("/engine/hnte/rd-tiers", test_rd_tiers);
  g_test_add_func ("/engine/hnte/rd-ratio-edge", test_rd_ratio_edge);
  g_test_add_func ("/engine/hnte/ledger", test_ledger);
  g_test_add_func ("/engine/hnte/ledger-in-evaluation", test_ledger_in_evaluation);
  g_test_add_func ("/engine/hnte/ledger-exact-verdict", test_ledger_exact_verdict);
  g_test_add_func ("/engine/hnte/age", test_age);
  g_test_add_func ("/engine/hnte/short-history", test_short_history);
  g_test_add_func ("/engine/hnte/missing", test_missing);
  g_test_add_func ("/engine/hnte/growth-bands", test_growth_bands);
  g_test_add_func ("/engine/hnte/conversion", test_conversion);
  g_test_add_func ("/engine/hnte/innovation", test_innovation);
  g_test_add_func ("/engine/hnte/field", test_field);
  g_test_add_func ("/engine/hnte/region", test_region);
  g_test_add_func ("/engine/hnte/declarations", test_declarations);
  g_test_add_func ("/engine/hnte/st-staff", test_st_staff);
  g_test_add_func ("/engine/hnte/shortfalls", test_revenue_and_domestic_shortfalls);
  g_test_add_func ("/engine/hnte/json-shape", test_json_shape);
  ret = g_test_run ();
  sb_policy_unref (policy);
  return ret;
}
