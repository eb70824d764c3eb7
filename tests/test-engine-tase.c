/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-engine-tase.c: TASE recognition and review (RULES.md §1) and its profiles. */
#include <string.h>

#include "sb-engine-error.h"
#include "sb-tase.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */

static char *
profile_path (const char *id)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *file = g_strconcat (id, ".json", NULL);

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "policies", file, NULL);
}

static SbPolicy *
load_policy (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile_path (id);
  SbPolicy *policy = sb_policy_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (policy);
  return policy;
}

static SbDossier *
dossier_new (const char *region, SbTaseMode mode, int apply_year, const char *profile)
{
  SbDossier *d = sb_dossier_new ();

  d->company.name = g_strdup ("大连星海软件有限公司");
  d->company.region = g_strdup (region);
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.scope_advanced_tech = SB_TRI_TRUE;
  d->declarations.clean_record_2y = SB_TRI_TRUE;
  d->declarations.mofcom_registered = SB_TRI_TRUE;
  d->tase = g_new0 (SbTaseClaim, 1);
  d->tase->mode = mode;
  d->tase->apply_year = apply_year;
  d->tase->profile = g_strdup (profile);
  return d;
}

static SbYear *
add_year (SbDossier *d, int year)
{
  SbYear *y = sb_year_new (year);

  g_ptr_array_add (d->years, y);
  return y;
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

/* Months @first..@last with constant counts. */
static void
set_staff (SbYear *y, int first, int last, gint64 total, gint64 degree)
{
  for (int m = first; m <= last; m++)
    add_month (y, m, total, total, degree, degree);
}

static void
add_contract (SbYear *y, const char *no, SbTri offshore, const char *category, gint64 revenue)
{
  SbContract *c = sb_contract_new ();

  c->no = g_strdup (no);
  c->offshore = offshore;
  c->category = g_strdup (category);
  c->amount = revenue;
  c->revenue = revenue;
  if (y->contracts == NULL)
    y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y->contracts, c);
}

/* A year that passes every ratio by figures (no contracts): revenue
 * 10,000,000.00, catalogue 6,000,000.00, offshore 4,000,000.00, staff 100/60. */
static SbYear *
add_good_year (SbDossier *d, int year)
{
  SbYear *y = add_year (d, year);

  y->income_total = G_GINT64_CONSTANT (1000000000);
  y->tase_revenue = G_GINT64_CONSTANT (600000000);
  y->offshore_revenue = G_GINT64_CONSTANT (400000000);
  y->taxable_income = G_GINT64_CONSTANT (100000000);
  set_staff (y, 1, 12, 100, 60);
  return y;
}

static SbTaseReport *
evaluate (SbDossier *d, SbPolicy *policy)
{
  g_autoptr(GError) error = NULL;
  SbTaseReport *report = sb_tase_evaluate (d, policy, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static SbCheck *
find_check (SbTaseReport *report, const char *id, int year)
{
  SbCheck *c = sb_checks_find (report->checks, id, year);

  g_assert_nonnull (c);
  g_assert_cmpint (c->year, ==, year);
  return c;
}

static void
assert_status (SbTaseReport *report, const char *id, int year, SbStatus status)
{
  SbCheck *c = find_check (report, id, year);

  g_assert_cmpstr (sb_status_to_string (c->status), ==, sb_status_to_string (status));
}

static void
assert_value (SbCheck *c, const char *expected)
{
  g_autofree char *s = sb_ratio_format (c->value, 4);

  g_assert_cmpstr (s, ==, expected);
}

static char *
node_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

static char *
check_json (SbCheck *c)
{
  g_autoptr(JsonNode) node = sb_check_to_json (c);

  return node_to_string (node);
}

/* The dossier of shared/spec/examples/tase-dalian-new.shenbao.json. */
static SbDossier *
example_dossier (void)
{
  SbDossier *d = dossier_new ("dalian", SB_TASE_NEW, 2025, "tase-dalian-2025");
  SbYear *y = add_year (d, 2024);

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
  return d;
}

/* ---------------------------------------------------------------------- */
/* Profiles                                                               */

static const char * const catalogue_codes[] = {
  "ITO.software_dev", "ITO.software_tech_service", "ITO.ic_design", "ITO.test_platform",
  "ITO.is_operation", "ITO.basic_it", "BPO.process_design", "BPO.internal_management",
  "BPO.operation", "BPO.supply_chain", "KPO.knowledge", "TRADE.system_integration",
  "TRADE.data", "TRADE.rnd", "TRADE.industrial_design", "TRADE.ip_license",
  "TRADE.culture_digital", "TRADE.culture_translation", "TRADE.tcm",
};

static void
assert_ratio (SbRatio r, gint64 num, gint64 den)
{
  g_assert_cmpint (sb_ratio_compare (r, sb_ratio (num, den)), ==, 0);
}

static void
assert_date (SbDate date, const char *expected)
{
  g_autofree char *s = sb_date_format (date);

  g_assert_cmpstr (s, ==, expected);
}

static void
assert_catalogue (const SbTaseRules *r)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const SbTaseCategory *c;

  g_assert_cmpuint (r->catalogue->len, ==, G_N_ELEMENTS (catalogue_codes));
  for (guint i = 0; i < G_N_ELEMENTS (catalogue_codes); i++)
    {
      c = g_ptr_array_index (r->catalogue, i);
      g_assert_cmpstr (c->code, ==, catalogue_codes[i]);
      g_assert_true (*c->group != '\0' && *c->name != '\0' && *c->description != '\0');
    }
  sb_tase_rules_add_catalogue (r, set);
  g_assert_cmpuint (g_hash_table_size (set), ==, 19);
  g_assert_true (g_hash_table_contains (set, "TRADE.tcm"));
  g_assert_false (g_hash_table_contains (set, "ITO.unknown"));

  c = sb_tase_rules_find_category (r, "ITO.software_tech_service");
  g_assert_nonnull (c);
  g_assert_cmpstr (c->name, ==, "软件技术服务");
  g_assert_cmpstr (c->description, ==, "软件咨询、维护、培训、测试等技术性服务。");
  g_assert_null (sb_tase_rules_find_category (r, "nope"));
}

static void
test_profile_dalian (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(GError) error = NULL;
  const SbTaseRules *r = sb_tase_rules_get (policy, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  g_assert_true (sb_tase_rules_get (policy, NULL) == r);   /* cached */

  g_assert_cmpuint (g_strv_length (r->regions), ==, 1);
  g_assert_true (sb_tase_rules_accepts_region (r, "dalian"));
  g_assert_false (sb_tase_rules_accepts_region (r, "shenyang"));
  g_assert_false (sb_tase_rules_accepts_region (r, NULL));
  g_assert_true (r->has_review);
  g_assert_cmpint (r->review_years, ==, 3);
  g_assert_true (r->clean_record);
  g_assert_true (r->mofcom_registered);
  assert_ratio (r->degree_staff_min, 1, 2);
  assert_ratio (r->tase_revenue_min, 1, 2);
  assert_ratio (r->offshore_revenue_min, 35, 100);
  assert_ratio (r->tax_rate_standard, 1, 4);
  assert_ratio (r->tax_rate_reduced, 15, 100);
  assert_catalogue (r);
  g_assert_null (r->catalogue_note);
  g_assert_cmpuint (g_strv_length (r->materials), ==, 9);
  g_assert_nonnull (strstr (r->materials[1], "1000字以上"));
  g_assert_cmpuint (g_strv_length (r->materials_2024), ==, 9);
  g_assert_nonnull (strstr (r->materials_2024[5], "35%以上"));
  g_assert_cmpint (r->business_statement_min_chars, ==, 1000);
  assert_date (r->deadline_online, "2025-05-30");
  assert_date (r->deadline_district, "2025-06-10");
  assert_date (r->deadline_annual_report, "2025-06-30");
}

static void
test_profile_guangdong (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-guangdong-2019");
  g_autoptr(GError) error = NULL;
  const SbTaseRules *r = sb_tase_rules_get (policy, &error);
  static const char * const cities[] = {
    "guangdong", "guangzhou", "zhuhai", "shantou", "foshan", "shaoguan", "heyuan", "meizhou",
    "huizhou", "shanwei", "dongguan", "zhongshan", "jiangmen", "yangjiang", "zhanjiang",
    "maoming", "zhaoqing", "qingyuan", "chaozhou", "jieyang", "yunfu",
  };

  g_assert_no_error (error);
  g_assert_nonnull (r);
  g_assert_cmpuint (g_strv_length (r->regions), ==, G_N_ELEMENTS (cities));
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    g_assert_true (sb_tase_rules_accepts_region (r, cities[i]));
  g_assert_false (sb_tase_rules_accepts_region (r, "shenzhen"));
  g_assert_nonnull (r->regions_note);
  g_assert_nonnull (strstr (r->regions_note, "Shenzhen"));
  g_assert_false (r->has_review);
  g_assert_cmpint (r->review_years, ==, 0);
  g_assert_false (r->clean_record);
  g_assert_false (r->mofcom_registered);
  assert_ratio (r->degree_staff_min, 1, 2);
  assert_ratio (r->tase_revenue_min, 1, 2);
  assert_ratio (r->offshore_revenue_min, 7, 20);
  assert_ratio (r->tax_rate_standard, 1, 4);
  assert_ratio (r->tax_rate_reduced, 3, 20);
  assert_catalogue (r);
  g_assert_nonnull (r->catalogue_note);
  g_assert_cmpuint (g_strv_length (r->materials_2024), ==, 9);
  g_assert_cmpint (r->business_statement_min_chars, ==, 0);
  assert_date (r->deadline_online, "2019-08-19");
  assert_date (r->deadline_district, "2019-08-23");
  g_assert_cmpuint (r->deadline_annual_report, ==, SB_DATE_UNSET);
}

/* The profile file as a JSON tree, to modify. */
static JsonNode *
profile_tree (const char *id)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile_path (id);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
tree_params (JsonNode *root)
{
  return json_object_get_object_member (json_node_get_object (root), "params");
}

/* Compiles the modified tree; expects an INVALID_POLICY error naming @key. */
static void
assert_rules_fail (JsonNode *root, const char *key)
{
  g_autofree char *data = node_to_string (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) policy = sb_policy_new_from_data (data, strlen (data), "modified.json",
                                                        &error);

  g_assert_no_error (error);
  g_assert_nonnull (policy);
  g_assert_null (sb_tase_rules_get (policy, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  if (strstr (error->message, key) == NULL)
    g_error ("“%s” does not name %s", error->message, key);
  g_assert_null (sb_policy_get_compiled (policy, "tase"));
}

static void
test_profile_missing_key (void)
{
  static const char * const dalian_keys[] = {
    "regions", "review", "review_years", "clean_record", "mofcom_registered",
    "degree_staff_min", "tase_revenue_min", "offshore_revenue_min", "tax_rate_standard",
    "tax_rate_reduced", "catalogue", "materials", "materials_2024",
    "business_statement_min_chars", "deadline_online", "deadline_district",
  };
  static const char * const guangdong_keys[] = {
    "regions", "review", "clean_record", "mofcom_registered", "degree_staff_min",
    "tase_revenue_min", "offshore_revenue_min", "tax_rate_standard", "tax_rate_reduced",
    "catalogue", "materials", "materials_2024", "business_statement_min_chars",
    "deadline_online", "deadline_district",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dalian_keys); i++)
    {
      g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
      g_autofree char *name = g_strdup_printf ("params.%s", dalian_keys[i]);

      json_object_remove_member (tree_params (root), dalian_keys[i]);
      assert_rules_fail (root, name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (guangdong_keys); i++)
    {
      g_autoptr(JsonNode) root = profile_tree ("tase-guangdong-2019");
      g_autofree char *name = g_strdup_printf ("params.%s", guangdong_keys[i]);

      json_object_remove_member (tree_params (root), guangdong_keys[i]);
      assert_rules_fail (root, name);
    }
}

static void
set_value (JsonNode *root, const char *key, JsonNode *value)
{
  JsonObject *param = json_object_get_object_member (tree_params (root), key);

  json_object_set_member (param, "value", value);
}

static void
test_profile_bad_values (void)
{
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    set_value (root, "degree_staff_min", json_node_init_string (json_node_alloc (), "50%"));
    assert_rules_fail (root, "params.degree_staff_min");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    set_value (root, "review", json_node_init_string (json_node_alloc (), "yes"));
    assert_rules_fail (root, "params.review.value");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    set_value (root, "offshore_revenue_min", json_node_init_double (json_node_alloc (), 1.5));
    assert_rules_fail (root, "params.offshore_revenue_min");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    set_value (root, "tax_rate_reduced", json_node_init_double (json_node_alloc (), 0.3));
    assert_rules_fail (root, "params.tax_rate_reduced");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    set_value (root, "deadline_annual_report", json_node_init_string (json_node_alloc (), "6/30"));
    assert_rules_fail (root, "params.deadline_annual_report");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-guangdong-2019");
    set_value (root, "regions", json_node_init_array (json_node_alloc (), json_array_new ()));
    assert_rules_fail (root, "params.regions");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-guangdong-2019");
    JsonObject *param = json_object_get_object_member (tree_params (root), "catalogue");
    JsonArray *a = json_object_get_array_member (param, "value");

    json_object_remove_member (json_array_get_object_element (a, 3), "description");
    assert_rules_fail (root, "params.catalogue.value[3].description");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-guangdong-2019");
    JsonObject *param = json_object_get_object_member (tree_params (root), "catalogue");
    JsonArray *a = json_object_get_array_member (param, "value");

    json_object_set_string_member (json_array_get_object_element (a, 4), "code",
                                   "ITO.software_dev");
    assert_rules_fail (root, "params.catalogue.value[4].code");
  }
  {
    g_autoptr(JsonNode) root = profile_tree ("tase-dalian-2025");
    json_object_set_string_member (json_node_get_object (root), "program", "hnte");
    assert_rules_fail (root, "program");
  }
}

/* ---------------------------------------------------------------------- */
/* The example of DOSSIER.md                                              */

static void
test_example (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = example_dossier ();
  g_autoptr(SbTaseReport) report = evaluate (d, policy);
  const SbTaseYearFigures *f;
  SbCheck *c;

  g_assert_cmpuint (report->checks->len, ==, 8);
  assert_status (report, "tase.region", 0, SB_STATUS_PASS);
  assert_status (report, "tase.legal_entity", 0, SB_STATUS_PASS);
  assert_status (report, "tase.scope", 0, SB_STATUS_DECLARED);
  assert_status (report, "tase.clean_record", 0, SB_STATUS_DECLARED);
  assert_status (report, "tase.mofcom_registered", 0, SB_STATUS_DECLARED);

  c = find_check (report, "tase.degree_staff", 2024);
  g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
  assert_value (c, "0.4872");
  assert_ratio (c->value, 1824, 3744);
  g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_PERSONS);
  g_assert_cmpint (c->shortfall, ==, 4);

  c = find_check (report, "tase.tase_revenue", 2024);
  g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
  assert_value (c, "0.5500");
  c = find_check (report, "tase.offshore_revenue", 2024);
  g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
  assert_value (c, "0.3767");

  g_assert_false (report->eligible);
  g_assert_cmpint (report->tax_benefit, ==, G_GINT64_CONSTANT (42000000));
  g_assert_nonnull (report->tax_benefit_note);
  g_assert_cmpuint (report->warnings->len, ==, 0);

  g_assert_cmpuint (report->years->len, ==, 1);
  f = &g_array_index (report->years, SbTaseYearFigures, 0);
  g_assert_cmpint (f->year, ==, 2024);
  g_assert_cmpint (f->total_revenue, ==, G_GINT64_CONSTANT (3000000000));
  g_assert_cmpint (f->catalogue_revenue, ==, G_GINT64_CONSTANT (1650000000));
  g_assert_cmpint (f->offshore_revenue, ==, G_GINT64_CONSTANT (1130000000));
  g_assert_true (f->from_contracts);
  g_assert_cmpuint (f->staff_months, ==, 12);
  assert_ratio (f->degree_avg, 1824, 24);
  assert_ratio (f->total_avg, 3744, 24);

  /* The contract JSON equals the example's expected output. */
  {
    const char *spec = g_getenv ("SHENBAO_SPEC_DIR");
    g_autofree char *path = g_build_filename (spec, "examples", "tase-dalian-new.expected.json",
                                              NULL);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = sb_tase_report_to_json (report);
    g_autofree char *got = node_to_string (node);
    g_autofree char *want = NULL;

    json_parser_load_from_file (parser, path, &error);
    g_assert_no_error (error);
    want = node_to_string (json_object_get_member (json_node_get_object (
                                                     json_parser_get_root (parser)), "tase"));
    g_assert_cmpstr (got, ==, want);
    g_assert_true (g_str_has_prefix (got, "{\"eligible\":false,\"checks\":[{\"id\":\"tase.region\""));
    g_assert_true (g_str_has_suffix (got, "],\"tax_benefit\":\"420000.00\"}"));
  }
}

/* ---------------------------------------------------------------------- */
/* Thresholds                                                             */

static void
test_degree_threshold (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  SbCheck *c;

  {
    /* exactly 50% passes */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;
    SbYear *y = add_good_year (d, 2024);

    g_array_set_size (y->staff_months, 0);
    set_staff (y, 1, 12, 100, 50);
    report = evaluate (d, policy);
    c = find_check (report, "tase.degree_staff", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
    assert_value (c, "0.5000");
    g_assert_true (report->eligible);
  }
  {
    /* one person less at the start of one month: 1199/2400 fails by one person */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;
    g_autofree char *json = NULL;
    SbYear *y = add_good_year (d, 2024);

    g_array_set_size (y->staff_months, 0);
    set_staff (y, 1, 12, 100, 50);
    g_array_index (y->staff_months, SbStaffMonth, 6).degree_start = 49;
    report = evaluate (d, policy);
    c = find_check (report, "tase.degree_staff", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    assert_ratio (c->value, 1199, 2400);
    assert_value (c, "0.4996");
    g_assert_cmpint (c->shortfall, ==, 1);
    json = check_json (c);
    g_assert_cmpstr (json, ==, "{\"id\":\"tase.degree_staff\",\"year\":2024,\"value\":\"0.4996\","
                               "\"threshold\":\"0.5000\",\"status\":\"fail\",\"shortfall\":\"1\"}");
    g_assert_false (report->eligible);
  }
}

/* total revenue 1,000,000.00 元; catalogue and offshore revenue in fen */
static SbTaseReport *
revenue_report (SbPolicy *policy, gint64 catalogue, gint64 offshore)
{
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
  SbYear *y = add_good_year (d, 2024);

  y->income_total = G_GINT64_CONSTANT (100000000);
  y->tase_revenue = catalogue;
  y->offshore_revenue = offshore;
  return evaluate (d, policy);
}

static void
test_revenue_thresholds (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  SbCheck *c;

  {
    /* exactly 50% and exactly 35% to the fen pass */
    g_autoptr(SbTaseReport) report = revenue_report (policy, 50000000, 35000000);

    c = find_check (report, "tase.tase_revenue", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
    assert_value (c, "0.5000");
    c = find_check (report, "tase.offshore_revenue", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
    assert_value (c, "0.3500");
    g_assert_true (report->eligible);
  }
  {
    /* one fen under each fails; the displayed value still rounds to the threshold */
    g_autoptr(SbTaseReport) report = revenue_report (policy, 49999999, 34999999);
    g_autofree char *json = NULL;

    c = find_check (report, "tase.tase_revenue", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    assert_value (c, "0.5000");
    g_assert_cmpint (c->shortfall_unit, ==, SB_UNIT_FEN);
    g_assert_cmpint (c->shortfall, ==, 2);   /* (0.5·T − c) / (1 − 0.5) = 2 fen */
    json = check_json (c);
    g_assert_cmpstr (json, ==, "{\"id\":\"tase.tase_revenue\",\"year\":2024,\"value\":\"0.5000\","
                               "\"threshold\":\"0.5000\",\"status\":\"fail\",\"shortfall\":\"0.02\"}");

    c = find_check (report, "tase.offshore_revenue", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    g_assert_cmpint (c->shortfall, ==, 2);   /* 1 / 0.65 = 1.54 → 2 fen */
    g_assert_false (report->eligible);
  }
  {
    /* a larger gap: offshore 300,000.00 of 1,000,000.00 → (350000 − 300000) / 0.65 */
    g_autoptr(SbTaseReport) report = revenue_report (policy, 60000000, 30000000);

    c = find_check (report, "tase.offshore_revenue", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    assert_value (c, "0.3000");
    g_assert_cmpint (c->shortfall, ==, 7692308);   /* 76923.0769… 元 rounded up to the fen */
    g_assert_cmpint (find_check (report, "tase.tase_revenue", 2024)->status, ==, SB_STATUS_PASS);
  }
}

static void
test_zero_denominator (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");

  {
    /* zero staff and zero total revenue: missing, no value, never NaN */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;
    g_autofree char *json = NULL;
    SbYear *y = add_year (d, 2024);
    SbCheck *c;

    y->income_total = 0;
    y->tase_revenue = 0;
    y->offshore_revenue = 0;
    set_staff (y, 1, 12, 0, 0);
    report = evaluate (d, policy);

    c = find_check (report, "tase.degree_staff", 2024);
    g_assert_cmpint (c->status, ==, SB_STATUS_MISSING);
    g_assert_false (sb_ratio_is_valid (c->value));
    g_assert_nonnull (c->note);
    json = check_json (c);
    g_assert_cmpstr (json, ==, "{\"id\":\"tase.degree_staff\",\"year\":2024,"
                               "\"threshold\":\"0.5000\",\"status\":\"missing\"}");
    g_assert_null (strstr (json, "nan"));
    assert_status (report, "tase.tase_revenue", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_MISSING);
    g_assert_false (report->eligible);
  }
  {
    /* absent total income, no staff months, no revenue figures: missing */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;
    SbYear *y = add_year (d, 2024);

    y->tase_revenue = 100;
    report = evaluate (d, policy);
    assert_status (report, "tase.degree_staff", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.tase_revenue", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_MISSING);
    g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).total_revenue, ==,
                     SB_UNSET);
  }
  {
    /* total income present, revenue figures absent: missing; non-taxable absent counts 0 */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;
    SbYear *y = add_good_year (d, 2024);

    y->tase_revenue = SB_UNSET;
    report = evaluate (d, policy);
    assert_status (report, "tase.tase_revenue", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_PASS);
    g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).total_revenue, ==,
                     G_GINT64_CONSTANT (1000000000));
  }
  {
    /* the tested year absent: its three checks are missing */
    g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;

    add_good_year (d, 2023);
    report = evaluate (d, policy);
    g_assert_cmpuint (report->checks->len, ==, 8);
    assert_status (report, "tase.degree_staff", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.tase_revenue", 2024, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_MISSING);
    g_assert_null (sb_checks_find (report->checks, "tase.degree_staff", 2023));
    g_assert_cmpint (report->tax_benefit, ==, SB_UNSET);
    g_assert_false (report->eligible);
  }
}

static void
test_partial_year (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
  g_autoptr(SbTaseReport) report = NULL;
  const SbTaseYearFigures *f;
  SbYear *y = add_good_year (d, 2024);
  SbCheck *c;

  /* opened in April: months 4–12, 20 staff of whom 8 with a degree */
  g_array_set_size (y->staff_months, 0);
  set_staff (y, 4, 12, 20, 8);
  report = evaluate (d, policy);

  f = &g_array_index (report->years, SbTaseYearFigures, 0);
  g_assert_cmpuint (f->staff_months, ==, 9);
  assert_ratio (f->total_avg, 20, 1);   /* 360 / 18: averaged over 9 months, not 12 */
  assert_ratio (f->degree_avg, 8, 1);
  g_assert_cmpint (f->total_avg.den, ==, 18);

  c = find_check (report, "tase.degree_staff", 2024);
  g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
  assert_value (c, "0.4000");
  /* 4 more graduates over the 9 months make (8 + 4) / (20 + 4) = 50%;
   * a 12-month divisor would wrongly give 3 */
  g_assert_cmpint (c->shortfall, ==, 4);
  g_assert_nonnull (c->note);
  g_assert_nonnull (strstr (c->note, "9"));

  /* uneven months: the ratio is Σ(degree) / Σ(total) over the months present */
  g_array_set_size (y->staff_months, 0);
  add_month (y, 4, 10, 12, 5, 6);
  add_month (y, 5, 12, 14, 6, 7);
  add_month (y, 6, 14, 16, 7, 9);
  {
    g_autoptr(SbTaseReport) r2 = evaluate (d, policy);

    c = find_check (r2, "tase.degree_staff", 2024);
    assert_ratio (c->value, 40, 78);
    g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
    f = &g_array_index (r2->years, SbTaseYearFigures, 0);
    assert_ratio (f->total_avg, 78, 6);
    assert_ratio (f->degree_avg, 40, 6);
  }
}

/* ---------------------------------------------------------------------- */
/* Review, regions, declarations                                          */

static void
test_review (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_REVIEW, 2025, "tase-dalian-2025");
  SbYear *y2023;

  /* entered out of order on purpose; the years before 2022 are ignored */
  add_good_year (d, 2024);
  add_good_year (d, 2021)->offshore_revenue = 0;
  add_good_year (d, 2022);
  y2023 = add_good_year (d, 2023);

  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);
    static const char * const ids[] = {
      "tase.degree_staff", "tase.tase_revenue", "tase.offshore_revenue",
    };

    g_assert_cmpuint (report->checks->len, ==, 5 + 9);
    for (int i = 0; i < 9; i++)
      {
        SbCheck *c = g_ptr_array_index (report->checks, 5 + i);
        g_assert_cmpstr (c->id, ==, ids[i % 3]);
        g_assert_cmpint (c->year, ==, 2022 + i / 3);
        g_assert_cmpint (c->status, ==, SB_STATUS_PASS);
        g_assert_nonnull (c->note);
        g_assert_nonnull (strstr (c->note, "Review"));
      }
    g_assert_null (sb_checks_find (report->checks, "tase.offshore_revenue", 2021));
    g_assert_cmpuint (report->years->len, ==, 3);
    g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).year, ==, 2022);
    g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 2).year, ==, 2024);
    g_assert_true (report->eligible);
    /* 1,000,000.00 × 10% */
    g_assert_cmpint (report->tax_benefit, ==, G_GINT64_CONSTANT (10000000));
  }

  /* one failing year makes the review ineligible; the others still pass */
  y2023->offshore_revenue = G_GINT64_CONSTANT (340000000);
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);
    SbCheck *c = find_check (report, "tase.offshore_revenue", 2023);

    g_assert_cmpint (c->status, ==, SB_STATUS_FAIL);
    assert_value (c, "0.3400");
    /* (0.35 × 10,000,000 − 3,400,000) / 0.65 = 153,846.153… → 153,846.16 */
    g_assert_cmpint (c->shortfall, ==, 15384616);
    assert_status (report, "tase.offshore_revenue", 2022, SB_STATUS_PASS);
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_PASS);
    assert_status (report, "tase.degree_staff", 2023, SB_STATUS_PASS);
    g_assert_false (report->eligible);
  }

  /* a year of the three absent: its checks are missing */
  g_ptr_array_remove_index (d->years, 2);   /* 2022 */
  y2023->offshore_revenue = G_GINT64_CONSTANT (400000000);
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    g_assert_cmpuint (report->checks->len, ==, 14);
    assert_status (report, "tase.degree_staff", 2022, SB_STATUS_MISSING);
    assert_status (report, "tase.tase_revenue", 2022, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2022, SB_STATUS_MISSING);
    assert_status (report, "tase.offshore_revenue", 2023, SB_STATUS_PASS);
    g_assert_false (report->eligible);
  }
}

static void
test_review_guangdong (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-guangdong-2019");
  g_autoptr(SbDossier) d = dossier_new ("foshan", SB_TASE_REVIEW, 2019, "tase-guangdong-2019");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbTaseReport) report = NULL;

  add_good_year (d, 2018);
  report = sb_tase_evaluate (d, policy, &error);
  g_assert_null (report);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "review"));
  g_assert_nonnull (strstr (error->message, "tase-guangdong-2019"));
}

static void
test_guangdong_regions (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-guangdong-2019");
  static const struct
  {
    const char *region;
    SbStatus    status;
  } cases[] = {
    { "foshan", SB_STATUS_PASS },
    { "guangdong", SB_STATUS_PASS },
    { "guangzhou", SB_STATUS_PASS },
    { "shenzhen", SB_STATUS_FAIL },
    { "dalian", SB_STATUS_FAIL },
    { NULL, SB_STATUS_MISSING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbDossier) d = dossier_new (cases[i].region, SB_TASE_NEW, 2019, "x");
      g_autoptr(SbTaseReport) report = NULL;
      SbCheck *c;

      /* the Foshan notice asks for neither: not applicable, even when false */
      d->declarations.clean_record_2y = SB_TRI_FALSE;
      d->declarations.mofcom_registered = SB_TRI_UNSET;
      add_good_year (d, 2018);
      report = evaluate (d, policy);

      c = g_ptr_array_index (report->checks, 0);
      g_assert_cmpstr (c->id, ==, "tase.region");
      g_assert_cmpint (c->status, ==, cases[i].status);
      assert_status (report, "tase.clean_record", 0, SB_STATUS_NOT_APPLICABLE);
      assert_status (report, "tase.mofcom_registered", 0, SB_STATUS_NOT_APPLICABLE);
      g_assert_cmpint (report->eligible, ==, cases[i].status == SB_STATUS_PASS);
      if (cases[i].status != SB_STATUS_PASS)
        g_assert_nonnull (c->note);
      if (g_strcmp0 (cases[i].region, "shenzhen") == 0)
        g_assert_nonnull (strstr (c->note, "Shenzhen"));

      /* the Foshan catalogue interpretation rides on the revenue checks */
      c = find_check (report, "tase.tase_revenue", 2018);
      g_assert_nonnull (c->note);
      g_assert_nonnull (strstr (c->note, "Interpretation"));
      c = find_check (report, "tase.offshore_revenue", 2018);
      g_assert_nonnull (strstr (c->note, "Interpretation"));
    }

  /* Shenzhen is accepted by no profile here, Dalian only by Dalian's */
  {
    g_autoptr(SbPolicy) dalian = load_policy ("tase-dalian-2025");
    g_autoptr(SbDossier) d = dossier_new ("foshan", SB_TASE_NEW, 2025, "x");
    g_autoptr(SbTaseReport) report = NULL;

    add_good_year (d, 2024);
    report = evaluate (d, dalian);
    assert_status (report, "tase.region", 0, SB_STATUS_FAIL);
    g_assert_false (report->eligible);
  }
}

static void
test_declarations (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");

  add_good_year (d, 2024);
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);
    g_assert_true (report->eligible);
  }

  d->declarations.scope_advanced_tech = SB_TRI_FALSE;
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    assert_status (report, "tase.scope", 0, SB_STATUS_FAIL);
    g_assert_nonnull (find_check (report, "tase.scope", 0)->note);
    g_assert_false (report->eligible);
  }

  d->declarations.scope_advanced_tech = SB_TRI_TRUE;
  d->declarations.clean_record_2y = SB_TRI_UNSET;
  d->declarations.mofcom_registered = SB_TRI_FALSE;
  d->company.legal_entity = SB_TRI_UNSET;
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);
    static const char * const order[] = {
      "tase.region", "tase.legal_entity", "tase.scope", "tase.clean_record",
      "tase.mofcom_registered", "tase.degree_staff", "tase.tase_revenue",
      "tase.offshore_revenue",
    };

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (((SbCheck *) g_ptr_array_index (report->checks, i))->id, ==, order[i]);
    assert_status (report, "tase.legal_entity", 0, SB_STATUS_MISSING);
    assert_status (report, "tase.clean_record", 0, SB_STATUS_MISSING);
    assert_status (report, "tase.mofcom_registered", 0, SB_STATUS_FAIL);
    g_assert_nonnull (strstr (find_check (report, "tase.mofcom_registered", 0)->note, "2024"));
    g_assert_false (report->eligible);
  }

  d->declarations.clean_record_2y = SB_TRI_TRUE;
  d->declarations.mofcom_registered = SB_TRI_TRUE;
  d->company.legal_entity = SB_TRI_FALSE;
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    assert_status (report, "tase.legal_entity", 0, SB_STATUS_FAIL);
    g_assert_false (report->eligible);
  }
}

/* ---------------------------------------------------------------------- */
/* Contracts, tax                                                         */

static void
test_contracts_vs_figures (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
  SbYear *y = add_good_year (d, 2024);
  const SbTaseYearFigures *f;

  /* the figures say 6,000,000 / 4,000,000; the contracts 5,000,000 / 3,000,000 */
  add_contract (y, "A", SB_TRI_TRUE, "ITO.software_dev", G_GINT64_CONSTANT (300000000));
  add_contract (y, "B", SB_TRI_FALSE, "TRADE.data", G_GINT64_CONSTANT (200000000));
  add_contract (y, "C", SB_TRI_TRUE, NULL, G_GINT64_CONSTANT (100000000));   /* not catalogue */
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    f = &g_array_index (report->years, SbTaseYearFigures, 0);
    g_assert_true (f->from_contracts);
    g_assert_cmpint (f->catalogue_revenue, ==, G_GINT64_CONSTANT (500000000));
    g_assert_cmpint (f->offshore_revenue, ==, G_GINT64_CONSTANT (300000000));
    assert_value (find_check (report, "tase.tase_revenue", 2024), "0.5000");
    assert_value (find_check (report, "tase.offshore_revenue", 2024), "0.3000");
    assert_status (report, "tase.offshore_revenue", 2024, SB_STATUS_FAIL);
    g_assert_cmpuint (report->warnings->len, ==, 2);
    g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 0), "5000000.00"));
    g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 0), "6000000.00"));
    g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 1), "3000000.00"));
    g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 1), "4000000.00"));
  }

  /* equal figures: no warning; absent figures: no warning either */
  y->tase_revenue = G_GINT64_CONSTANT (500000000);
  y->offshore_revenue = SB_UNSET;
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    g_assert_cmpuint (report->warnings->len, ==, 0);
    g_assert_cmpint (g_array_index (report->years, SbTaseYearFigures, 0).offshore_revenue, ==,
                     G_GINT64_CONSTANT (300000000));
  }

  /* a catalogue contract without the offshore flag is not offshore, with a warning */
  ((SbContract *) g_ptr_array_index (y->contracts, 0))->offshore = SB_TRI_UNSET;
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    f = &g_array_index (report->years, SbTaseYearFigures, 0);
    g_assert_cmpint (f->catalogue_revenue, ==, G_GINT64_CONSTANT (500000000));
    g_assert_cmpint (f->offshore_revenue, ==, 0);
    g_assert_cmpuint (report->warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (report->warnings, 0), "contract A "));
  }

  /* an empty list counts as no list: the year's figures are used */
  g_ptr_array_set_size (y->contracts, 0);
  y->offshore_revenue = G_GINT64_CONSTANT (400000000);
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    f = &g_array_index (report->years, SbTaseYearFigures, 0);
    g_assert_false (f->from_contracts);
    g_assert_cmpint (f->catalogue_revenue, ==, G_GINT64_CONSTANT (500000000));
    g_assert_cmpint (f->offshore_revenue, ==, G_GINT64_CONSTANT (400000000));
    g_assert_cmpuint (report->warnings->len, ==, 0);
    g_assert_true (report->eligible);
  }
}

static void
test_tax_benefit (void)
{
  g_autoptr(SbPolicy) policy = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "x");
  SbYear *y = add_good_year (d, 2024);
  SbYear *older = add_good_year (d, 2023);
  static const struct
  {
    gint64      taxable;   /* fen */
    gint64      benefit;
    const char *json;
  } cases[] = {
    { G_GINT64_CONSTANT (420000000), G_GINT64_CONSTANT (42000000), "\"420000.00\"" },
    { 123456785, 12345679, "\"123456.79\"" },    /* 123456.785 元 half up */
    { 123456784, 12345678, "\"123456.78\"" },
    { 5, 1, "\"0.01\"" },                          /* 0.5 fen rounds up */
    { 4, 0, "\"0.00\"" },
    { 0, 0, "\"0.00\"" },
    { -G_GINT64_CONSTANT (100000000), 0, "\"0.00\"" },   /* a loss gains nothing */
    { SB_UNSET, SB_UNSET, "null" },
  };

  older->taxable_income = G_GINT64_CONSTANT (999900);   /* never used: not the last year */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SbTaseReport) report = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *json = NULL;
      g_autofree char *suffix = NULL;

      y->taxable_income = cases[i].taxable;
      report = evaluate (d, policy);
      g_assert_cmpint (report->tax_benefit, ==, cases[i].benefit);
      node = sb_tase_report_to_json (report);
      json = node_to_string (node);
      suffix = g_strdup_printf (",\"tax_benefit\":%s}", cases[i].json);
      g_assert_true (g_str_has_suffix (json, suffix));
    }
  {
    g_autoptr(SbTaseReport) report = evaluate (d, policy);

    g_assert_nonnull (strstr (report->tax_benefit_note, "25%"));
    g_assert_nonnull (strstr (report->tax_benefit_note, "15%"));
  }
}

static void
test_statement_length (void)
{
  g_assert_cmpint (sb_tase_statement_length (NULL), ==, 0);
  g_assert_cmpint (sb_tase_statement_length (""), ==, 0);
  g_assert_cmpint (sb_tase_statement_length ("本公司 从事\n软件 outsourcing。"), ==, 19);
}

static void
add_registration (SbYear *y, SbRegistrationKind kind, gint64 amount)
{
  SbContract *c = g_ptr_array_index (y->contracts, y->contracts->len - 1);

  if (c->registrations == NULL)
    c->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
  g_ptr_array_add (c->registrations, sb_registration_new (kind));
  ((SbRegistration *) g_ptr_array_index (c->registrations, c->registrations->len - 1))->amount = amount;
}

static const char *
evidence_contract (const SbTaseEvidence *e, guint i)
{
  return g_ptr_array_index (e->contracts, i);
}

/* RULES.md §1.6: the evidence owed for a registration gap. */
static void
test_evidence (void)
{
  g_autoptr(SbPolicy) dalian = load_policy ("tase-dalian-2025");
  g_autoptr(SbPolicy) guangdong = load_policy ("tase-guangdong-2019");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "tase-dalian-2025");
  SbYear *y = add_year (d, 2024);
  g_autoptr(GError) error = NULL;

  /* total 20,000,000.01: 35% is 7,000,000.0035, owed rounded up to the fen */
  y->income_total = 2000000001;
  set_staff (y, 1, 12, 100, 60);
  add_contract (y, "R-01", SB_TRI_TRUE, "ITO.software_dev", 210000000);
  add_registration (y, SB_REGISTRATION_EXECUTION, 210000000);
  add_registration (y, SB_REGISTRATION_TECH, 200000000);
  add_contract (y, "R-03", SB_TRI_TRUE, "ITO.software_dev", 300000000);
  add_contract (y, "R-02", SB_TRI_TRUE, "BPO.operation", 300000000);
  add_contract (y, "R-09", SB_TRI_TRUE, "BPO.operation", 100000000);
  add_contract (y, "R-04", SB_TRI_FALSE, "ITO.basic_it", 400000000);
  add_contract (y, "R-05", SB_TRI_FALSE, NULL, 50000000);

  {
    g_autoptr(SbTaseReport) r = sb_tase_evaluate (d, dalian, &error);
    const SbTaseEvidence *off, *tase;
    g_autoptr(JsonNode) json = NULL;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (r->evidence);
    g_assert_cmpuint (r->evidence->len, ==, 2);
    off = g_ptr_array_index (r->evidence, 0);
    tase = g_ptr_array_index (r->evidence, 1);

    g_assert_cmpint (off->kind, ==, SB_TASE_EVIDENCE_OFFSHORE);
    g_assert_cmpint (off->year, ==, 2024);
    g_assert_cmpint (off->registered, ==, 210000000);
    g_assert_cmpint (off->required, ==, 700000001);
    g_assert_cmpint (off->gap, ==, 490000001);
    /* equal revenue: contract number order; the two largest cover the gap */
    g_assert_cmpuint (off->contracts->len, ==, 2);
    g_assert_cmpstr (evidence_contract (off, 0), ==, "R-02");
    g_assert_cmpstr (evidence_contract (off, 1), ==, "R-03");
    g_assert_cmpint (off->uncovered, ==, 0);

    /* 50% = 10,000,000.005 → 10,000,000.01; tech registered 2,000,000 */
    g_assert_cmpint (tase->kind, ==, SB_TASE_EVIDENCE_TASE);
    g_assert_cmpint (tase->required, ==, 1000000001);
    g_assert_cmpint (tase->gap, ==, 800000001);
    g_assert_cmpuint (tase->contracts->len, ==, 3);
    g_assert_cmpstr (evidence_contract (tase, 0), ==, "R-04");
    g_assert_cmpstr (evidence_contract (tase, 1), ==, "R-02");
    g_assert_cmpstr (evidence_contract (tase, 2), ==, "R-03");
    g_assert_cmpint (tase->uncovered, ==, 0);
    /* a duty, not a condition: the verdict is the one without it */
    g_assert_true (r->eligible);

    json = sb_tase_report_to_json (r);
    text = json_to_string (json, FALSE);
    g_assert_nonnull (strstr (text, "\"evidence\":[{\"year\":2024,\"kind\":\"offshore\","
                                    "\"registered\":\"2100000.00\",\"required\":\"7000000.01\","
                                    "\"gap\":\"4900000.01\",\"contracts\":[\"R-02\",\"R-03\"],"
                                    "\"uncovered\":\"0.00\"}"));
  }

  /* the user's own set (tase.evidence_chosen), in the user's order: R-09 and
   * R-03 cover 4,000,000 of the 4,900,000.01; an unknown number is left out
   * with a warning */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(SbTaseReport) r = NULL;
    const SbTaseEvidence *off;

    g_assert_true (json_parser_load_from_data (parser,
      "{\"evidence_chosen\": [{\"year\": 2024, \"kind\": \"offshore\","
      " \"contracts\": [\"R-09\", \"R-01\", \"R-03\"]}]}", -1, NULL));
    d->tase->extra = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
    r = sb_tase_evaluate (d, dalian, &error);
    g_assert_no_error (error);
    off = g_ptr_array_index (r->evidence, 0);
    g_assert_cmpuint (off->contracts->len, ==, 2);
    g_assert_cmpstr (evidence_contract (off, 0), ==, "R-09");
    g_assert_cmpstr (evidence_contract (off, 1), ==, "R-03");
    g_assert_cmpint (off->uncovered, ==, 490000001 - 400000000);
    g_assert_cmpuint (r->warnings->len, >=, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (r->warnings, r->warnings->len - 1), "R-01"));
    /* the other kind is still proposed */
    g_assert_cmpuint (((const SbTaseEvidence *) g_ptr_array_index (r->evidence, 1))->contracts->len,
                      ==, 3);
    g_clear_pointer (&d->tase->extra, json_object_unref);
  }

  /* the registrations reach the share: nothing owed */
  ((SbRegistration *) g_ptr_array_index (((SbContract *) g_ptr_array_index (y->contracts, 0))->registrations, 0))->amount = 700000001;
  {
    g_autoptr(SbTaseReport) r = sb_tase_evaluate (d, dalian, &error);
    const SbTaseEvidence *off = g_ptr_array_index (r->evidence, 0);

    g_assert_cmpint (off->gap, ==, 0);
    g_assert_cmpuint (off->contracts->len, ==, 0);
    g_assert_cmpint (off->uncovered, ==, 0);
  }

  /* the unregistered contracts do not reach the gap: the rest is uncovered */
  y->income_total = 10000000000;   /* 100,000,000.00: 35% = 35,000,000.00 */
  {
    g_autoptr(SbTaseReport) r = sb_tase_evaluate (d, dalian, &error);
    const SbTaseEvidence *off = g_ptr_array_index (r->evidence, 0);

    g_assert_cmpint (off->gap, ==, 3500000000 - 700000001);
    g_assert_cmpuint (off->contracts->len, ==, 3);
    g_assert_cmpint (off->uncovered, ==, 3500000000 - 700000001 - 700000000);
  }

  /* no total revenue: the duty cannot be sized */
  y->income_total = SB_UNSET;
  {
    g_autoptr(SbTaseReport) r = sb_tase_evaluate (d, dalian, &error);
    const SbTaseEvidence *off = g_ptr_array_index (r->evidence, 0);
    g_autoptr(JsonNode) json = sb_tase_report_to_json (r);
    g_autofree char *text = json_to_string (json, FALSE);

    g_assert_cmpint (off->required, ==, SB_UNSET);
    g_assert_nonnull (strstr (text, "\"required\":null,\"gap\":null,\"contracts\":[],\"uncovered\":null"));
  }

  /* the Guangdong profile has no such duty */
  g_free (d->tase->profile);
  d->tase->profile = g_strdup ("tase-guangdong-2019");
  g_free (d->company.region);
  d->company.region = g_strdup ("foshan");
  {
    g_autoptr(SbTaseReport) r = sb_tase_evaluate (d, guangdong, &error);
    g_autoptr(JsonNode) json = sb_tase_report_to_json (r);
    g_autofree char *text = json_to_string (json, FALSE);

    g_assert_null (r->evidence);
    g_assert_null (strstr (text, "evidence"));
  }
}

static void
test_evidence_absent (void)
{
  g_autoptr(SbPolicy) dalian = load_policy ("tase-dalian-2025");
  g_autoptr(SbDossier) d = dossier_new ("dalian", SB_TASE_NEW, 2025, "tase-dalian-2025");
  SbYear *y = add_year (d, 2024);
  g_autoptr(SbTaseReport) r = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *text = NULL;

  y->income_total = 1000000000;
  add_contract (y, "R-01", SB_TRI_TRUE, "ITO.software_dev", 500000000);
  r = sb_tase_evaluate (d, dalian, NULL);
  json = sb_tase_report_to_json (r);
  text = json_to_string (json, FALSE);
  g_assert_null (r->evidence);
  g_assert_null (strstr (text, "evidence"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/tase/profile/dalian", test_profile_dalian);
  g_test_add_func ("/engine/tase/profile/guangdong", test_profile_guangdong);
  g_test_add_func ("/engine/tase/profile/missing-key", test_profile_missing_key);
  g_test_add_func ("/engine/tase/profile/bad-values", test_profile_bad_values);
  g_test_add_func ("/engine/tase/example", test_example);
  g_test_add_func ("/engine/tase/threshold/degree", test_degree_threshold);
  g_test_add_func ("/engine/tase/threshold/revenue", test_revenue_thresholds);
  g_test_add_func ("/engine/tase/zero-denominator", test_zero_denominator);
  g_test_add_func ("/engine/tase/partial-year", test_partial_year);
  g_test_add_func ("/engine/tase/review", test_review);
  g_test_add_func ("/engine/tase/review-guangdong", test_review_guangdong);
  g_test_add_func ("/engine/tase/guangdong-regions", test_guangdong_regions);
  g_test_add_func ("/engine/tase/declarations", test_declarations);
  g_test_add_func ("/engine/tase/contracts-vs-figures", test_contracts_vs_figures);
  g_test_add_func ("/engine/tase/tax-benefit", test_tax_benefit);
  g_test_add_func ("/engine/tase/statement-length", test_statement_length);
  g_test_add_func ("/engine/tase/evidence", test_evidence);
  g_test_add_func ("/engine/tase/evidence-absent", test_evidence_absent);
  return g_test_run ();
}
