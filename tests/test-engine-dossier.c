/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dossier reader: every value checked, errors naming the key; the writer
 * round-trips, unknown keys included. */
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-engine-error.h"
#include "sb-evaluate.h"

static GHashTable *
catalogue (void)
{
  GHashTable *codes = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (codes, (gpointer) "ITO.software_dev");
  g_hash_table_add (codes, (gpointer) "ITO.software_tech_service");
  g_hash_table_add (codes, (gpointer) "BPO.internal_management");
  return codes;
}

static char *
example_path (const char *name)
{
  return g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "data", "spec", "examples", name, NULL);
}

static void
test_examples (void)
{
  g_autoptr(GHashTable) codes = catalogue ();
  g_autofree char *path = example_path ("tase-dalian-new.shenbao.json");
  g_autofree char *path2 = example_path ("tradefund-platform-certs.shenbao.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_file (path, codes, &error);
  g_autoptr(SbDossier) d2 = NULL;
  const SbYear *y;
  const SbContract *c;

  g_assert_no_error (error);
  g_assert_cmpstr (d->company.name, ==, "大连星海软件有限公司");
  g_assert_cmpstr (d->company.region, ==, "dalian");
  g_assert_cmpint (d->company.legal_entity, ==, SB_TRI_TRUE);
  g_assert_cmpuint (d->years->len, ==, 1);
  y = sb_dossier_find_year (d, 2024);
  g_assert_nonnull (y);
  g_assert_cmpint (y->income_total, ==, G_GINT64_CONSTANT (3050000000));
  g_assert_cmpint (y->non_taxable_income, ==, 50000000);
  g_assert_cmpint (y->sales_revenue, ==, SB_UNSET);
  g_assert_cmpuint (y->staff_months->len, ==, 12);
  g_assert_cmpint (g_array_index (y->staff_months, SbStaffMonth, 11).total_end, ==, 162);
  g_assert_cmpint (g_array_index (y->staff_months, SbStaffMonth, 0).st_start, ==, SB_UNSET);
  g_assert_cmpuint (y->contracts->len, ==, 4);
  c = g_ptr_array_index (y->contracts, 3);
  g_assert_null (c->category);
  g_assert_cmpint (c->offshore, ==, SB_TRI_FALSE);
  g_assert_cmpint (c->revenue, ==, G_GINT64_CONSTANT (1350000000));
  g_assert_nonnull (d->tase);
  g_assert_cmpint (d->tase->mode, ==, SB_TASE_NEW);
  g_assert_cmpint (d->tase->apply_year, ==, 2025);
  g_assert_null (d->hnte);
  g_assert_null (d->trade_fund);

  d2 = sb_dossier_from_file (path2, codes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d2->trade_fund);
  g_assert_cmpint (d2->trade_fund->offshore_execution_usd, ==, 135000000);
  g_assert_cmpuint (d2->trade_fund->platforms->len, ==, 1);
  g_assert_false (d2->trade_fund->platform_is_list);
  g_assert_cmpuint (d2->trade_fund->certifications->len, ==, 2);
  g_assert_null (d2->trade_fund->brand);
  g_assert_null (d2->trade_fund->tcm);
}

/* Each bad input gives SB_ENGINE_ERROR with the expected code and a message
 * containing @needle. */
static const struct
{
  const char *json;
  int code;
  const char *needle;
} bad_inputs[] = {
  { "{ not json", SB_ENGINE_ERROR_FORMAT, "not JSON" },
  { "[1, 2]", SB_ENGINE_ERROR_FORMAT, "not a JSON object" },
  { "{\"format\": \"other\", \"version\": 1}", SB_ENGINE_ERROR_FORMAT, "format" },
  { "{\"version\": 1}", SB_ENGINE_ERROR_FORMAT, "format" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 2}", SB_ENGINE_ERROR_FORMAT, "version 2 is newer" },
  { "{\"format\": \"shenbao-dossier\", \"version\": \"1\"}", SB_ENGINE_ERROR_FORMAT, "version" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"company\": {\"registered_on\": \"2023-02-30\"}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "company.registered_on" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"company\": {\"registered_on\": \"2023/02/03\"}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "company.registered_on" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"income_total\": 1.005}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "years[0] (2024).income_total: has more than two decimals" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"income_total\": \"12a\"}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "years[0] (2024).income_total" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"income_total\": -1}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "income_total: must not be negative" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"income_total\": 9000000000000.01}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "income_total" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"st_staff\": -3}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "years[0] (2024).st_staff: must not be negative" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"staff_months\": "
    "[{\"month\": 3, \"total_start\": 10, \"total_end\": -1, \"degree_start\": 1, \"degree_end\": 1}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "years[0] (2024).staff_months[0] (month 3).total_end: must not be negative" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"staff_months\": "
    "[{\"month\": 13, \"total_start\": 10, \"total_end\": 1, \"degree_start\": 1, \"degree_end\": 1}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "month: must be 1 to 12" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"staff_months\": "
    "[{\"month\": 2, \"total_start\": 10, \"total_end\": 10, \"degree_start\": 1, \"degree_end\": 1},"
    " {\"month\": 2, \"total_start\": 10, \"total_end\": 10, \"degree_start\": 1, \"degree_end\": 1}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "month: appears twice" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"staff_months\": "
    "[{\"month\": 2, \"total_start\": 10.5, \"total_end\": 10, \"degree_start\": 1, \"degree_end\": 1}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "total_start: must be a whole number" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"contracts\": "
    "[{\"no\": \"A-1\", \"category\": \"ITO.software_dev\"}, {\"no\": \"C-7\", \"category\": \"ITO.nonsense\"}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "years[0] (2024).contracts[1] (C-7).category: unknown catalogue code" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"contracts\": "
    "[{\"no\": \"A-1\", \"revenue\": 10.123}]}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "contracts[0] (A-1).revenue: has more than two decimals" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024}, {\"year\": 2024}]}",
    SB_ENGINE_ERROR_INVALID_INPUT, "appears twice" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"tase\": {\"mode\": \"renew\", \"apply_year\": 2025, \"profile\": \"x\"}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "tase.mode" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"hnte\": {\"profile\": \"x\", \"apply_date\": \"2025-13-01\"}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "hnte.apply_date" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"hnte\": {\"profile\": \"x\", \"innovation_self_score\": {\"ip\": 24.5}}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "hnte.innovation_self_score.ip" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"trade_fund\": {\"profile\": \"x\", \"platform\": "
    "[{\"kind\": \"om\"}, {\"kind\": \"om\"}]}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "trade_fund.platform[1].kind" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"trade_fund\": {\"profile\": \"x\", \"platform\": "
    "{\"kind\": \"om\", \"expenses\": [{\"invoice_date\": \"2024-02-31\"}]}}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "trade_fund.platform.expenses[0].invoice_date" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"trade_fund\": {\"profile\": \"x\", "
    "\"interest\": {\"usd_cny\": -7}}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "trade_fund.interest.usd_cny" },
  { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"declarations\": {\"owns_core_ip\": \"yes\"}}",
    SB_ENGINE_ERROR_INVALID_INPUT, "declarations.owns_core_ip" },
};

static void
test_bad_inputs (void)
{
  g_autoptr(GHashTable) codes = catalogue ();

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbDossier) d = sb_dossier_from_data (bad_inputs[i].json, -1, codes, &error);

      g_test_message ("input %u: %s", i, bad_inputs[i].json);
      g_assert_null (d);
      g_assert_error (error, SB_ENGINE_ERROR, bad_inputs[i].code);
      g_test_message ("message: %s", error->message);
      g_assert_nonnull (strstr (error->message, bad_inputs[i].needle));
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
test_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_data ("{\"format\": \"\xff\xfe\"}", -1, NULL, &error);

  g_assert_null (d);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_FORMAT);
}

static const char rich[] =
  "{\"format\": \"shenbao-dossier\", \"version\": 1, \"x_top\": {\"a\": [1, 2]},"
  " \"company\": {\"name\": \"甲\", \"credit_code\": \"91\", \"region\": \"hangzhou\","
  "   \"registered_on\": \"2012-05-18\", \"legal_entity\": true, \"x_company\": \"kept\"},"
  " \"years\": [{\"year\": 2024, \"income_total\": 52000000.5, \"non_taxable_income\": 0.01,"
  "   \"taxable_income\": -6000000.25, \"sales_revenue\": 50000000, \"high_tech_revenue\": 36000000,"
  "   \"rd_expense\": 3000000, \"rd_expense_domestic\": 2800000, \"net_assets_end\": -1.1,"
  "   \"st_staff\": 40, \"staff_months\": [{\"month\": 2, \"total_start\": 1, \"total_end\": 2,"
  "   \"degree_start\": 0, \"degree_end\": 1, \"st_start\": 0, \"st_end\": 1}],"
  "   \"tase_revenue\": 1, \"offshore_revenue\": 2,"
  "   \"rd_ledger\": {\"personnel\": 1, \"direct\": 2, \"depreciation\": 3, \"amortization\": 4,"
  "     \"design\": 5, \"equipment_trial\": 6, \"outsourced\": 7, \"other\": 8.88},"
  "   \"contracts\": [{\"no\": \"C\", \"name\": \"n\", \"client\": \"c\", \"client_country\": \"JP\","
  "     \"offshore\": true, \"category\": null, \"amount\": 1, \"revenue\": 0.5, \"x_contract\": null}],"
  "   \"x_year\": true}],"
  " \"declarations\": {\"scope_advanced_tech\": true, \"clean_record_2y\": false,"
  "   \"mofcom_registered\": true, \"no_serious_violation_5y\": true,"
  "   \"no_other_fiscal_support\": true, \"no_major_incident\": true, \"owns_core_ip\": true,"
  "   \"hnte_field\": \"电子信息\"},"
  " \"tase\": {\"mode\": \"review\", \"apply_year\": 2025, \"profile\": \"tase-dalian-2025\","
  "   \"materials\": [{\"id\": 1, \"done\": true}]},"
  " \"annual_report\": {\"year\": 2024, \"profile\": \"tase-dalian-2025\"},"
  " \"hnte\": {\"apply_date\": \"2025-06-01\", \"profile\": \"hnte-zhejiang\","
  "   \"innovation_self_score\": {\"ip\": 24, \"conversion\": 22, \"rd_management\": 15},"
  "   \"ip_items\": [\"ZL1\"]},"
  " \"trade_fund\": {\"profile\": \"tradefund-dalian-2024\", \"offshore_execution_usd\": 5600000,"
  "   \"platform\": [{\"kind\": \"construction\", \"built_on\": \"2024-03-01\", \"firms_served\": 6,"
  "     \"expenses\": [{\"item\": \"服务器\", \"contract\": 300000, \"invoice\": 300000,"
  "       \"paid\": 280000, \"invoice_no\": \"N1\", \"invoice_date\": \"2024-04-02\"}]},"
  "     {\"kind\": \"om\", \"built_on\": \"2021-03-01\", \"firms_served\": 12, \"expenses\": []}],"
  "   \"certifications\": [{\"name\": \"CMMI\", \"kind\": \"new\", \"date\": \"2024-05-10\","
  "     \"fee\": 180000}],"
  "   \"brand\": {\"title\": \"服务外包领军企业\"},"
  "   \"interest\": {\"receipts_usd\": 5200000, \"usd_cny\": 7.1884, \"receipts\": []},"
  "   \"tcm\": {\"recognised_base\": true, \"built_on\": \"2023-01-01\", \"first_application\": false,"
  "     \"construction_cost\": 0, \"om_cost\": 100000, \"marketing_cost\": 50000.5}}}";

static char *
round_trip_text (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_data (json, -1, NULL, &error);
  g_autoptr(JsonNode) node = NULL;

  g_assert_no_error (error);
  node = sb_dossier_to_json (d);
  return sb_json_to_pretty_string (node);
}

static void
test_round_trip (void)
{
  g_autofree char *once = round_trip_text (rich);
  g_autofree char *twice = round_trip_text (once);

  g_assert_cmpstr (once, ==, twice);
  /* unknown keys at every level survive */
  g_assert_nonnull (strstr (once, "\"x_top\": {"));
  g_assert_nonnull (strstr (once, "\"x_company\": \"kept\""));
  g_assert_nonnull (strstr (once, "\"x_year\": true"));
  g_assert_nonnull (strstr (once, "\"x_contract\": null"));
  g_assert_nonnull (strstr (once, "\"materials\": ["));
  g_assert_nonnull (strstr (once, "\"ip_items\": ["));
  g_assert_nonnull (strstr (once, "\"receipts\": []"));
  /* exact money both ways */
  g_assert_nonnull (strstr (once, "\"income_total\": 52000000.5"));
  g_assert_nonnull (strstr (once, "\"taxable_income\": -6000000.25"));
  g_assert_nonnull (strstr (once, "\"non_taxable_income\": 0.01"));
  g_assert_nonnull (strstr (once, "\"usd_cny\": 7.1884"));
  g_assert_nonnull (strstr (once, "\"category\": null"));
}

static void
test_examples_round_trip (void)
{
  const char *names[] = { "tase-dalian-new.shenbao.json", "tradefund-platform-certs.shenbao.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = example_path (names[i]);
      g_autofree char *original = NULL;
      g_autofree char *once = NULL;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (path, &original, NULL, &error);
      g_assert_no_error (error);
      once = round_trip_text (original);
      /* the examples are written in the same style: the export is identical
       * but for keys the writer omits when absent */
      g_assert_cmpstr (once, ==, original);
    }
}

/* The optional keys of the completed forms (DOSSIER.md): read into their
 * fields, written back, refused naming the key when ill-typed. */
static const char optional_keys[] =
  "{\"format\": \"shenbao-dossier\", \"version\": 1,"
  " \"company\": {\"name\": \"大连示例软件有限公司\", \"legal_representative\": \"张三\","
  "   \"address\": \"大连市高新园区软件园路 1 号\", \"postcode\": \"116023\","
  "   \"registered_capital\": 10000000, \"district\": \"高新园区\","
  "   \"bank\": {\"name\": \"中国银行大连高新园区支行\", \"account_name\": \"大连示例软件有限公司\","
  "     \"account_no\": \"2766 0123 4567 8901 234\"},"
  "   \"contact\": {\"name\": \"李四\", \"phone\": \"0411-8888 0000\", \"mobile\": \"13900000000\","
  "     \"fax\": \"0411-8888 0001\", \"email\": \"li@example.cn\", \"x_contact\": 1}},"
  " \"years\": [{\"year\": 2024, \"contracts\": [{\"no\": \"C-1\", \"revenue\": 1000000,"
  "   \"registrations\": [{\"kind\": \"tech\", \"no\": \"2024-210200-001\", \"amount\": 900000},"
  "     {\"kind\": \"execution\", \"no\": \"DL-2024-0031\", \"amount\": 950000.5}],"
  "   \"evidence\": \"合同、发票、收汇凭证\"}]}],"
  " \"trade_fund\": {\"profile\": \"tradefund-dalian-2024\","
  "   \"platform\": {\"kind\": \"construction\", \"built_on\": \"2024-03-01\", \"expenses\": [],"
  "     \"name\": \"大连服务外包公共技术服务平台\", \"services\": \"软件测试\", \"first_service\": \"2024-03\","
  "     \"firms\": [{\"name\": \"甲公司\", \"credit_code\": \"91210200MA0Q000000\", \"service\": \"测试\"},"
  "       {\"name\": \"乙公司\"}]},"
  "   \"certifications\": [{\"name\": \"CMMI\", \"kind\": \"new\", \"date\": \"2024-05-10\","
  "     \"fee\": 180000, \"certified_on\": \"2024-06-20\"}]}}";

static void
test_optional_keys (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_dossier_from_data (optional_keys, -1, NULL, &error);
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  const SbContract *c;
  const SbPlatform *p;
  const SbRegistration *r;
  const struct { const char *text; const char *message; } bad[] = {
    { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"company\": {\"bank\": {\"name\": 1}}}",
      "company.bank.name: " },
    { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"company\": {\"registered_capital\": -1}}",
      "company.registered_capital: " },
    { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"years\": [{\"year\": 2024, \"contracts\":"
      " [{\"no\": \"C-9\", \"registrations\": [{\"kind\": \"other\"}]}]}]}",
      "years[0] (2024).contracts[0] (C-9).registrations[0].kind: " },
    { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"trade_fund\": {\"profile\": \"p\","
      " \"platform\": {\"kind\": \"om\", \"first_service\": \"2024-13\"}}}",
      "trade_fund.platform.first_service: " },
    { "{\"format\": \"shenbao-dossier\", \"version\": 1, \"trade_fund\": {\"profile\": \"p\","
      " \"certifications\": [{\"name\": \"CMMI\", \"certified_on\": \"2024-02-30\"}]}}",
      "trade_fund.certifications[0].certified_on: " },
  };

  g_assert_no_error (error);
  g_assert_cmpstr (d->company.legal_representative, ==, "张三");
  g_assert_cmpstr (d->company.postcode, ==, "116023");
  g_assert_cmpint (d->company.registered_capital, ==, G_GINT64_CONSTANT (1000000000));
  g_assert_cmpstr (d->company.bank_account_no, ==, "2766 0123 4567 8901 234");
  g_assert_cmpstr (d->company.contact_email, ==, "li@example.cn");
  c = g_ptr_array_index (((SbYear *) g_ptr_array_index (d->years, 0))->contracts, 0);
  g_assert_cmpuint (c->registrations->len, ==, 2);
  r = g_ptr_array_index (c->registrations, 1);
  g_assert_cmpint (r->kind, ==, SB_REGISTRATION_EXECUTION);
  g_assert_cmpstr (r->no, ==, "DL-2024-0031");
  g_assert_cmpint (r->amount, ==, 95000050);
  g_assert_cmpstr (c->evidence, ==, "合同、发票、收汇凭证");
  g_assert_null (c->extra);
  p = g_ptr_array_index (d->trade_fund->platforms, 0);
  g_assert_cmpstr (p->name, ==, "大连服务外包公共技术服务平台");
  g_assert_cmpint (p->first_service_year, ==, 2024);
  g_assert_cmpint (p->first_service_month, ==, 3);
  g_assert_cmpuint (p->firms->len, ==, 2);
  /* firms_served absent: the list counts */
  g_assert_cmpint (p->firms_served, ==, SB_UNSET);
  g_assert_cmpint (sb_platform_firms_count (p), ==, 2);
  g_assert_cmpint (((SbCertLine *) g_ptr_array_index (d->trade_fund->certifications, 0))->certified_on,
                   !=, SB_DATE_UNSET);

  once = round_trip_text (optional_keys);
  twice = round_trip_text (once);
  g_assert_cmpstr (once, ==, twice);
  g_assert_nonnull (strstr (once, "\"first_service\": \"2024-03\""));
  g_assert_nonnull (strstr (once, "\"certified_on\": \"2024-06-20\""));
  g_assert_nonnull (strstr (once, "\"amount\": 950000.5"));
  g_assert_nonnull (strstr (once, "\"x_contact\": 1"));
  g_assert_nonnull (strstr (once, "\"registered_capital\": 10000000"));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) e = NULL;
      g_autoptr(SbDossier) x = sb_dossier_from_data (bad[i].text, -1, NULL, &e);

      g_assert_null (x);
      g_assert_error (e, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
      if (!g_str_has_prefix (e->message, bad[i].message))
        g_error ("“%s” does not start with “%s”", e->message, bad[i].message);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/dossier/examples", test_examples);
  g_test_add_func ("/engine/dossier/bad-inputs", test_bad_inputs);
  g_test_add_func ("/engine/dossier/not-utf8", test_not_utf8);
  g_test_add_func ("/engine/dossier/round-trip", test_round_trip);
  g_test_add_func ("/engine/dossier/examples-round-trip", test_examples_round_trip);
  g_test_add_func ("/engine/dossier/optional-keys", test_optional_keys);
  return g_test_run ();
}
