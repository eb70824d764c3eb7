/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-engine-tradefund.c: the trade-fund evaluator, five directions (RULES.md §3). */
#include <string.h>

#include "sb-engine-error.h"
#include "sb-tradefund.h"

static SbPolicy *policy;

/* ---------------------------------------------------------------- helpers */

static char *
source_path (const char *name)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "policies", name, NULL);
}

static SbDate
ymd (int y, int m, int d)
{
  return sb_date_from_ymd (y, m, d);
}

static void
assert_money (gint64 fen, const char *expected)
{
  g_autofree char *text = sb_money_format (fen);

  g_assert_cmpstr (text, ==, expected);
}

/* A Dalian legal entity with both declarations given and an empty claim. */
static SbDossier *
dossier_new (void)
{
  SbDossier *d = sb_dossier_new ();

  d->company.name = g_strdup ("大连示例软件有限公司");
  d->company.region = g_strdup ("dalian");
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.no_serious_violation_5y = SB_TRI_TRUE;
  d->declarations.no_other_fiscal_support = SB_TRI_TRUE;
  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  d->trade_fund->offshore_execution_usd = SB_UNSET;
  return d;
}

static SbPlatform *
add_platform (SbDossier *d, SbPlatformKind kind, SbDate built_on, gint64 firms)
{
  SbPlatform *p = sb_platform_new (kind);

  if (d->trade_fund->platforms == NULL)
    d->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  p->built_on = built_on;
  p->firms_served = firms;
  g_ptr_array_add (d->trade_fund->platforms, p);
  return p;
}

static SbExpense *
add_expense (SbPlatform *p, const char *item, gint64 invoice, gint64 paid, SbDate date)
{
  SbExpense *e = sb_expense_new ();

  e->item = g_strdup (item);
  e->contract = invoice;
  e->invoice = invoice;
  e->paid = paid;
  e->invoice_no = g_strdup ("24A000");
  e->invoice_date = date;
  g_ptr_array_add (p->expenses, e);
  return e;
}

static void
add_cert (SbDossier *d, const char *name, SbDate date, gint64 fee)
{
  SbCertLine *c = sb_cert_line_new ();

  if (d->trade_fund->certifications == NULL)
    d->trade_fund->certifications =
      g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  c->name = g_strdup (name);
  c->kind = g_strdup ("new");
  c->date = date;
  c->fee = fee;
  g_ptr_array_add (d->trade_fund->certifications, c);
}

static void
set_brand (SbDossier *d, const char *title, SbTri accepted)
{
  d->trade_fund->brand = g_new0 (SbBrand, 1);
  d->trade_fund->brand->title = g_strdup (title);
  d->trade_fund->brand->accepted = accepted;
}

static void
set_interest (SbDossier *d, gint64 receipts_usd, SbRatio usd_cny)
{
  d->trade_fund->interest = g_new0 (SbInterest, 1);
  d->trade_fund->interest->receipts_usd = receipts_usd;
  d->trade_fund->interest->usd_cny = usd_cny;
}

static SbTcm *
set_tcm (SbDossier *d, SbDate built_on, SbTri first, gint64 construction, gint64 om,
         gint64 marketing)
{
  SbTcm *t = g_new0 (SbTcm, 1);

  t->recognised_base = SB_TRI_TRUE;
  t->built_on = built_on;
  t->first_application = first;
  t->construction_cost = construction;
  t->om_cost = om;
  t->marketing_cost = marketing;
  d->trade_fund->tcm = t;
  return t;
}

static SbTradeFundReport *
evaluate (const SbDossier *d)
{
  g_autoptr(GError) error = NULL;
  SbTradeFundReport *r = sb_tradefund_evaluate (d, policy, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

static SbPlatformResult *
part (const SbDirectionResult *dir, guint i)
{
  g_assert_nonnull (dir->parts);
  g_assert_cmpuint (i, <, dir->parts->len);
  return g_ptr_array_index (dir->parts, i);
}

static SbCheck *
find_check (GPtrArray *checks, const char *id)
{
  SbCheck *c = sb_checks_find (checks, id, 0);

  g_assert_nonnull (c);
  return c;
}

static char *
node_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

static char *
report_json (const SbTradeFundReport *r)
{
  g_autoptr(JsonNode) node = sb_tradefund_report_to_json (r);

  return node_to_string (node);
}

/* ---------------------------------------------------------------- profile */

static void
test_profile_compiles (void)
{
  g_autoptr(GError) error = NULL;
  const SbTradeFundRules *rules = sb_tradefund_rules_get (policy, &error);
  const char * const *certs;
  const char * const *titles;
  SbPeriod period;
  SbDate district, city;
  guint n_floor = 0;

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_true (sb_tradefund_rules_get (policy, NULL) == rules);   /* cached */
  g_assert_true (sb_policy_get_compiled (policy, "tradefund") == rules);
  g_assert_cmpstr (sb_policy_get_program (policy), ==, "tradefund");

  period = sb_tradefund_rules_get_support_period (rules);
  g_assert_cmpuint (period.start, ==, ymd (2023, 7, 1));
  g_assert_cmpuint (period.end, ==, ymd (2024, 12, 31));
  sb_tradefund_rules_get_deadlines (rules, &district, &city);
  g_assert_cmpuint (district, ==, ymd (2025, 12, 22));
  g_assert_cmpuint (city, ==, ymd (2025, 12, 29));

  certs = sb_tradefund_rules_get_cert_names (rules);
  g_assert_cmpuint (g_strv_length ((char **) certs), ==, 21);
  g_assert_cmpstr (certs[0], ==, "CMM");
  g_assert_cmpstr (certs[1], ==, "CMMI");
  g_assert_cmpstr (certs[20], ==, "ISO26262");
  g_assert_true (g_strv_contains (certs, "OHSAS18001"));
  g_assert_false (g_strv_contains (certs, "ISO45001"));

  titles = sb_tradefund_rules_get_brand_titles (rules);
  g_assert_cmpuint (g_strv_length ((char **) titles), ==, 10);
  for (guint i = 0; titles[i] != NULL; i++)
    n_floor += sb_tradefund_rules_brand_needs_floor (rules, titles[i]);
  g_assert_cmpuint (n_floor, ==, 8);
  g_assert_true (sb_tradefund_rules_brand_needs_floor (rules, "全球外包Rising Star"));
  g_assert_false (sb_tradefund_rules_brand_needs_floor (rules, "数字服务集聚园区"));
  g_assert_false (sb_tradefund_rules_brand_needs_floor (rules, "人才培训领军机构"));
  g_assert_false (sb_tradefund_rules_brand_needs_floor (rules, "省级示范企业"));

  /* the LPR is a profile figure with its interpretation */
  g_assert_nonnull (sb_policy_get_interpretation (policy, "interest_lpr"));
  g_assert_nonnull (strstr (sb_policy_get_interpretation (policy, "interest_lpr"), "2024-10-21"));
}

static void
test_profile_cert_names (void)
{
  const SbTradeFundRules *rules = sb_tradefund_rules_get (policy, NULL);
  const char *successor_of = NULL;
  gboolean listed = FALSE;
  g_autofree char *a = sb_tradefund_rules_cert_item_name (rules, "CMM（I）", &listed, &successor_of);
  g_autofree char *b = sb_tradefund_rules_cert_item_name (rules, " CMM(I) ", NULL, NULL);
  g_autofree char *c = sb_tradefund_rules_cert_item_name (rules, "iso 27001", NULL, NULL);
  g_autofree char *e = NULL;
  g_autofree char *f = NULL;

  g_assert_cmpstr (a, ==, "CMMI");
  g_assert_true (listed);
  g_assert_null (successor_of);
  g_assert_cmpstr (b, ==, "CMMI");
  g_assert_cmpstr (c, ==, "ISO27001");

  e = sb_tradefund_rules_cert_item_name (rules, "ISO 45001", &listed, &successor_of);
  g_assert_cmpstr (e, ==, "ISO45001");
  g_assert_false (listed);
  g_assert_cmpstr (successor_of, ==, "OHSAS18001");

  f = sb_tradefund_rules_cert_item_name (rules, "　Foo Cert ", &listed, &successor_of);
  g_assert_cmpstr (f, ==, "Foo Cert");
  g_assert_false (listed);
  g_assert_null (successor_of);
}

static char *
strip_spaces (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_profile_quotes (void)
{
  const char *seeds = g_getenv ("SHENBAO_SEEDS_DIR");
  g_autofree char *seed_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  GPtrArray *names = sb_policy_get_param_names (policy);

  if (seeds == NULL)
    {
      g_test_skip ("the notices (shared/seeds) are not here");
      return;
    }
  seed_path = g_build_filename (seeds, "002_8bbc3dab12228a5c.txt", NULL);
  if (!g_file_get_contents (seed_path, &text, NULL, NULL))
    {
      g_test_skip ("the notices (shared/seeds) are not here");
      return;
    }
  flat = strip_spaces (text);

  g_assert_cmpuint (names->len, >=, 30);
  for (guint i = 0; i < names->len; i++)
    {
      JsonObject *param = sb_policy_get_param (policy, g_ptr_array_index (names, i));
      JsonObject *source = json_object_get_object_member (param, "source");
      g_autofree char *quote = strip_spaces (json_object_get_string_member (source, "quote"));

      g_assert_cmpstr (json_object_get_string_member (source, "notice"), ==, "002");
      if (strstr (flat, quote) == NULL)
        g_error ("params.%s: quote not in the notice: %s",
                 (const char *) g_ptr_array_index (names, i), quote);
    }
}

/* The profile file with params.KEY removed (@replacement NULL) or its value
 * replaced by @replacement. */
static SbPolicy *
policy_variant (const char *key, JsonNode *replacement, GError **error)
{
  g_autofree char *path = source_path ("tradefund-dalian-2024.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  JsonObject *params;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  params = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                          "params");
  if (replacement == NULL)
    json_object_remove_member (params, key);
  else
    json_object_set_member (json_object_get_object_member (params, key), "value", replacement);
  data = node_to_string (json_parser_get_root (parser));
  return sb_policy_new_from_data (data, strlen (data), "variant.json", error);
}

static void
test_profile_missing_key (void)
{
  GPtrArray *names = sb_policy_get_param_names (policy);

  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      g_autofree char *expected = g_strdup_printf ("params.%s", key);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error2 = NULL;
      g_autoptr(SbPolicy) removed = policy_variant (key, NULL, &error);
      g_autoptr(SbPolicy) bad = NULL;
      JsonNode *junk = json_node_new (JSON_NODE_OBJECT);

      g_assert_no_error (error);
      g_assert_null (sb_tradefund_rules_get (removed, &error));
      g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
      if (strstr (error->message, expected) == NULL)
        g_error ("removing %s: %s", key, error->message);

      /* ill-typed: an object where a number, date, list or string belongs */
      json_node_take_object (junk, json_object_new ());
      bad = policy_variant (key, junk, &error2);
      g_assert_no_error (error2);
      g_assert_null (sb_tradefund_rules_get (bad, &error2));
      g_assert_error (error2, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
      if (strstr (error2->message, expected) == NULL)
        g_error ("breaking %s: %s", key, error2->message);
    }
}

static void
test_profile_bad_choice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) bad = policy_variant ("platform_line_amount",
                                            json_node_init_string (json_node_alloc (), "maximum"),
                                            &error);

  g_assert_no_error (error);
  g_assert_null (sb_tradefund_rules_get (bad, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_assert_nonnull (strstr (error->message, "params.platform_line_amount"));
  g_assert_nonnull (strstr (error->message, "min_invoice_paid"));
}

/* ---------------------------------------------------------------- example */

static void
test_example (void)
{
  const char *spec = g_getenv ("SHENBAO_SPEC_DIR");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  SbPlatform *p;

  g_assert_nonnull (spec);
  path = g_build_filename (spec, "examples", "tradefund-platform-certs.expected.json", NULL);
  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  expected = node_to_string (json_object_get_member (json_node_get_object (
                                                       json_parser_get_root (parser)),
                                                     "trade_fund"));

  g_free (d->company.name);
  d->company.name = g_strdup ("大连软件园公共服务中心有限公司");
  d->company.registered_on = ymd (2015, 1, 20);
  d->trade_fund->offshore_execution_usd = 135000000;
  p = add_platform (d, SB_PLATFORM_OM, ymd (2022, 11, 1), 14);
  add_expense (p, "云资源租赁", 11800000, 11800000, ymd (2024, 3, 5))->contract = 12000000;
  add_expense (p, "系统维护", 6000000, 4500000, ymd (2024, 9, 30));
  add_cert (d, "ISO27001", ymd (2024, 4, 18), 4800000);
  add_cert (d, "CMMI", ymd (2023, 5, 30), 15000000);

  r = evaluate (d);
  actual = report_json (r);
  g_assert_cmpstr (actual, ==, expected);

  g_assert_true (r->common_ok);
  g_assert_cmpint (r->total, ==, 16400000);
  g_assert_cmpint (part (r->platform, 0)->base, ==, 16300000);
  g_assert_cmpint (r->certifications->items->len, ==, 2);
  g_assert_cmpint (((SbCertItem *) g_ptr_array_index (r->certifications->items, 1))->counted,
                   ==, 0);
}

/* ---------------------------------------------------------------- platform */

static void
test_platform_dates (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *p = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), 5);

  add_expense (p, "服务器", 100000, 100000, ymd (2023, 6, 30));     /* out */
  add_expense (p, "存储设备", 200000, 200000, ymd (2023, 7, 1));    /* in */
  add_expense (p, "机柜", 300000, 300000, ymd (2024, 12, 31));      /* in */
  add_expense (p, "UPS", 400000, 400000, ymd (2025, 1, 1));         /* out */
  add_expense (p, "网络设备", 900000, 800000, ymd (2024, 5, 1));    /* min: 8,000.00 */
  add_expense (p, "交换机", 700000, SB_UNSET, ymd (2024, 5, 2));    /* no paid: 0 */
  add_expense (p, "正版软件", 500000, 500000, SB_DATE_UNSET);       /* no date: 0 */

  r = evaluate (d);
  g_assert_true (r->platform->eligible);
  g_assert_cmpuint (r->platform->parts->len, ==, 1);
  assert_money (part (r->platform, 0)->base, "13000.00");
  assert_money (part (r->platform, 0)->subsidy, "6500.00");
  assert_money (r->platform->subsidy, "6500.00");
  assert_money (r->total, "6500.00");
  /* the two out-of-period lines, the line without paid amount, the undated line */
  g_assert_cmpuint (r->warnings->len, ==, 4);
}

static gint64
platform_subsidy (SbPlatformKind kind, gint64 base, gint64 *project)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *p = kind == SB_PLATFORM_CONSTRUCTION
                  ? add_platform (d, kind, ymd (2024, 3, 1), 5)
                  : add_platform (d, kind, ymd (2021, 3, 1), 10);

  add_expense (p, "费用", base, base, ymd (2024, 1, 15));
  r = evaluate (d);
  g_assert_true (r->platform->eligible);
  g_assert_cmpint (part (r->platform, 0)->base, ==, base);
  *project = part (r->platform, 0)->subsidy;
  return r->platform->subsidy;
}

static void
test_platform_caps (void)
{
  gint64 project = 0;

  /* construction: 50%, at most 200,000 */
  assert_money (platform_subsidy (SB_PLATFORM_CONSTRUCTION, 40000000, &project), "200000.00");
  assert_money (project, "200000.00");
  assert_money (platform_subsidy (SB_PLATFORM_CONSTRUCTION, 40000002, &project), "200000.00");
  assert_money (platform_subsidy (SB_PLATFORM_CONSTRUCTION, 39999998, &project), "199999.99");
  assert_money (platform_subsidy (SB_PLATFORM_CONSTRUCTION, 39999999, &project), "199999.99");
  assert_money (platform_subsidy (SB_PLATFORM_CONSTRUCTION, 1, &project), "0.00");

  /* O&M: 80%, at most 200,000 */
  assert_money (platform_subsidy (SB_PLATFORM_OM, 25000000, &project), "200000.00");
  assert_money (platform_subsidy (SB_PLATFORM_OM, 25000001, &project), "200000.00");
  assert_money (platform_subsidy (SB_PLATFORM_OM, 24999999, &project), "199999.99");
  assert_money (platform_subsidy (SB_PLATFORM_OM, 16300000, &project), "130400.00");
}

static void
test_platform_unit_cap (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *c = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), 6);
  SbPlatform *o = add_platform (d, SB_PLATFORM_OM, ymd (2022, 1, 1), 12);
  g_autofree char *json = NULL;

  add_expense (c, "服务器", 40000000, 40000000, ymd (2024, 3, 2));
  add_expense (o, "云资源租赁", 25000000, 25000000, ymd (2024, 4, 2));
  r = evaluate (d);
  assert_money (part (r->platform, 0)->subsidy, "200000.00");
  assert_money (part (r->platform, 1)->subsidy, "200000.00");
  assert_money (r->platform->subsidy, "300000.00");
  assert_money (r->total, "300000.00");
  g_assert_nonnull (r->platform->note);

  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":{\"eligible\":true,\"projects\":["
                   "{\"kind\":\"construction\",\"eligible\":true,\"base\":\"400000.00\","
                   "\"subsidy\":\"200000.00\"},"
                   "{\"kind\":\"om\",\"eligible\":true,\"base\":\"250000.00\","
                   "\"subsidy\":\"200000.00\"}],\"subsidy\":\"300000.00\"},"
                   "\"certifications\":null,\"brand\":null,\"interest\":null,\"tcm\":null,"
                   "\"total\":\"300000.00\"}");
}

static void
test_platform_unit_cap_reached (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *c = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), 6);
  SbPlatform *o = add_platform (d, SB_PLATFORM_OM, ymd (2022, 1, 1), 12);

  add_expense (c, "服务器", 20000000, 20000000, ymd (2024, 3, 2));   /* → 100,000 */
  add_expense (o, "云资源租赁", 25000000, 25000000, ymd (2024, 4, 2)); /* → 200,000 */
  r = evaluate (d);
  assert_money (r->platform->subsidy, "300000.00");
  g_assert_null (r->platform->note);
  g_clear_pointer (&r, sb_tradefund_report_free);

  ((SbExpense *) g_ptr_array_index (c->expenses, 0))->paid = 20000002;
  ((SbExpense *) g_ptr_array_index (c->expenses, 0))->invoice = 20000002;
  r = evaluate (d);
  assert_money (part (r->platform, 0)->subsidy, "100000.01");
  assert_money (r->platform->subsidy, "300000.00");
}

static void
firms_case (SbPlatformKind kind, gint64 firms, SbStatus status, gint64 shortfall)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *p = kind == SB_PLATFORM_CONSTRUCTION
                  ? add_platform (d, kind, ymd (2024, 3, 1), firms)
                  : add_platform (d, kind, ymd (2021, 3, 1), firms);
  SbCheck *c;

  add_expense (p, "费用", 1000000, 1000000, ymd (2024, 1, 15));
  r = evaluate (d);
  c = find_check (part (r->platform, 0)->checks,
                  kind == SB_PLATFORM_CONSTRUCTION
                  ? "tradefund.platform.construction.firms_served"
                  : "tradefund.platform.om.firms_served");
  g_assert_cmpint (c->status, ==, status);
  g_assert_cmpint (r->platform->eligible, ==, status == SB_STATUS_PASS);
  g_assert_cmpint (part (r->platform, 0)->eligible, ==, status == SB_STATUS_PASS);
  if (status == SB_STATUS_FAIL)
    {
      g_assert_cmpint (c->shortfall, ==, shortfall);
      assert_money (r->platform->subsidy, "0.00");
      assert_money (part (r->platform, 0)->subsidy, "0.00");
      assert_money (part (r->platform, 0)->base, "10000.00");
      assert_money (r->total, "0.00");
    }
  else if (status == SB_STATUS_PASS)
    assert_money (r->platform->subsidy,
                  kind == SB_PLATFORM_CONSTRUCTION ? "5000.00" : "8000.00");
}

static void
test_platform_firms (void)
{
  firms_case (SB_PLATFORM_CONSTRUCTION, 4, SB_STATUS_FAIL, 1);
  firms_case (SB_PLATFORM_CONSTRUCTION, 5, SB_STATUS_PASS, 0);
  firms_case (SB_PLATFORM_OM, 9, SB_STATUS_FAIL, 1);
  firms_case (SB_PLATFORM_OM, 10, SB_STATUS_PASS, 0);
  firms_case (SB_PLATFORM_OM, 3, SB_STATUS_FAIL, 7);
  firms_case (SB_PLATFORM_OM, SB_UNSET, SB_STATUS_MISSING, 0);

  /* firms_served absent: the list of firms counts (DOSSIER.md optional keys) */
  for (int n = 4; n <= 5; n++)
    {
      g_autoptr(SbDossier) d = dossier_new ();
      g_autoptr(SbTradeFundReport) r = NULL;
      SbPlatform *p = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), SB_UNSET);

      add_expense (p, "费用", 1000000, 1000000, ymd (2024, 1, 15));
      p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
      for (int i = 0; i < n; i++)
        g_ptr_array_add (p->firms, sb_firm_new ());
      r = evaluate (d);
      g_assert_cmpint (find_check (part (r->platform, 0)->checks,
                                   "tradefund.platform.construction.firms_served")->status,
                       ==, n >= 5 ? SB_STATUS_PASS : SB_STATUS_FAIL);
      g_assert_cmpuint (r->warnings->len, ==, 0);
    }

  /* both given and different: firms_served counts, with a warning */
  {
    g_autoptr(SbDossier) d = dossier_new ();
    g_autoptr(SbTradeFundReport) r = NULL;
    SbPlatform *p = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), 6);

    add_expense (p, "费用", 1000000, 1000000, ymd (2024, 1, 15));
    p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
    g_ptr_array_add (p->firms, sb_firm_new ());
    r = evaluate (d);
    g_assert_cmpint (find_check (part (r->platform, 0)->checks,
                                 "tradefund.platform.construction.firms_served")->status,
                     ==, SB_STATUS_PASS);
    g_assert_cmpuint (r->warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (r->warnings, 0), "6 firms served"));
  }
}

static void
built_case (SbPlatformKind kind, SbDate built_on, SbStatus status)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *p = add_platform (d, kind, built_on, 20);

  add_expense (p, "费用", 1000000, 1000000, ymd (2024, 1, 15));
  r = evaluate (d);
  g_assert_cmpint (find_check (part (r->platform, 0)->checks,
                               kind == SB_PLATFORM_CONSTRUCTION
                               ? "tradefund.platform.construction.built_on"
                               : "tradefund.platform.om.built_on")->status, ==, status);
  g_assert_cmpint (r->platform->eligible, ==, status == SB_STATUS_PASS);
}

static void
test_platform_windows (void)
{
  built_case (SB_PLATFORM_CONSTRUCTION, ymd (2023, 6, 30), SB_STATUS_FAIL);
  built_case (SB_PLATFORM_CONSTRUCTION, ymd (2023, 7, 1), SB_STATUS_PASS);
  built_case (SB_PLATFORM_CONSTRUCTION, ymd (2024, 12, 31), SB_STATUS_PASS);
  built_case (SB_PLATFORM_CONSTRUCTION, ymd (2025, 1, 1), SB_STATUS_FAIL);
  built_case (SB_PLATFORM_CONSTRUCTION, SB_DATE_UNSET, SB_STATUS_MISSING);
  built_case (SB_PLATFORM_OM, ymd (2020, 6, 30), SB_STATUS_FAIL);
  built_case (SB_PLATFORM_OM, ymd (2020, 7, 1), SB_STATUS_PASS);
  built_case (SB_PLATFORM_OM, ymd (2023, 6, 30), SB_STATUS_PASS);
  built_case (SB_PLATFORM_OM, ymd (2023, 7, 1), SB_STATUS_FAIL);
}

static void
test_platform_one_fails (void)
{
  /* construction fails (4 firms), O&M passes: the direction is eligible with
   * the O&M subsidy only */
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbPlatform *c = add_platform (d, SB_PLATFORM_CONSTRUCTION, ymd (2024, 3, 1), 4);
  SbPlatform *o = add_platform (d, SB_PLATFORM_OM, ymd (2022, 1, 1), 12);

  add_expense (c, "服务器", 10000000, 10000000, ymd (2024, 3, 2));
  add_expense (o, "系统维护", 10000000, 10000000, ymd (2024, 4, 2));
  r = evaluate (d);
  g_assert_true (r->platform->eligible);
  g_assert_false (part (r->platform, 0)->eligible);
  assert_money (part (r->platform, 0)->subsidy, "0.00");
  g_assert_true (part (r->platform, 1)->eligible);
  assert_money (r->platform->subsidy, "80000.00");
}

static void
test_platform_duplicate_kind (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(GError) error = NULL;
  SbTradeFundReport *r;

  add_platform (d, SB_PLATFORM_OM, ymd (2022, 1, 1), 12);
  add_platform (d, SB_PLATFORM_OM, ymd (2021, 1, 1), 12);
  r = sb_tradefund_evaluate (d, policy, &error);
  g_assert_null (r);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
}

static void
test_platform_empty (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *json = NULL;

  d->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  r = evaluate (d);
  g_assert_false (r->platform->eligible);
  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":{\"eligible\":false,\"projects\":[],\"subsidy\":\"0.00\"},"
                   "\"certifications\":null,\"brand\":null,\"interest\":null,\"tcm\":null,"
                   "\"total\":\"0.00\"}");
}

/* ---------------------------------------------------------------- certifications */

static SbCertItem *
item (const SbTradeFundReport *r, guint i)
{
  g_assert_cmpuint (i, <, r->certifications->items->len);
  return g_ptr_array_index (r->certifications->items, i);
}

static void
cert_cap_case (gint64 fee, const char *expected)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;

  d->trade_fund->offshore_execution_usd = 100000000;
  add_cert (d, "ISO27001", ymd (2024, 2, 1), fee);
  r = evaluate (d);
  g_assert_true (r->certifications->eligible);
  g_assert_cmpint (r->certifications->base, ==, fee);
  assert_money (r->certifications->subsidy, expected);
  assert_money (r->total, expected);
}

static void
test_cert_cap (void)
{
  cert_cap_case (42857143, "300000.00");   /* 300,000.001 → floor, at the cap */
  cert_cap_case (42857142, "299999.99");   /* 299,999.994 → floor */
  cert_cap_case (50000000, "300000.00");   /* passed */
  cert_cap_case (4800000, "33600.00");
}

static void
test_cert_dates (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;

  d->trade_fund->offshore_execution_usd = 100000000;
  add_cert (d, "ISO9001", ymd (2023, 6, 30), 100000);   /* out */
  add_cert (d, "ISO9001", ymd (2023, 7, 1), 200000);    /* in */
  add_cert (d, "ISO9001", ymd (2024, 12, 31), 300000);  /* in */
  add_cert (d, "ISO9001", ymd (2025, 1, 1), 400000);    /* out */
  r = evaluate (d);
  g_assert_cmpuint (r->certifications->items->len, ==, 1);
  g_assert_cmpuint (item (r, 0)->n_lines, ==, 4);
  assert_money (item (r, 0)->counted, "5000.00");
  assert_money (r->certifications->base, "5000.00");
  assert_money (r->certifications->subsidy, "3500.00");
}

static void
test_cert_seven (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *json = NULL;
  const gboolean chosen[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, FALSE };

  d->trade_fund->offshore_execution_usd = 100000000;
  add_cert (d, "CMMI", ymd (2024, 1, 1), 1000000);       /* 10,000 */
  add_cert (d, "ISO27001", ymd (2024, 1, 2), 5000000);   /* 50,000 */
  add_cert (d, "ISO20000", ymd (2024, 1, 3), 3000000);   /* 30,000 */
  add_cert (d, "ISO9001", ymd (2024, 1, 4), 2000000);    /* 20,000: tie, listed first */
  add_cert (d, "ISO14001", ymd (2024, 1, 5), 3000000);   /* 30,000 */
  add_cert (d, "ITSS", ymd (2024, 1, 6), 4000000);       /* 40,000 */
  add_cert (d, "PCMM", ymd (2024, 1, 7), 2000000);       /* 20,000: tie, listed later */
  add_cert (d, "CMMI", ymd (2023, 1, 7), 9000000);       /* out of period */
  r = evaluate (d);

  g_assert_cmpuint (r->certifications->items->len, ==, 7);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpint (item (r, i)->chosen, ==, chosen[i]);
  assert_money (r->certifications->base, "170000.00");
  assert_money (r->certifications->subsidy, "119000.00");
  g_assert_cmpuint (r->warnings->len, ==, 1);

  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":null,\"certifications\":{\"eligible\":true,"
                   "\"base\":\"170000.00\",\"subsidy\":\"119000.00\",\"chosen\":"
                   "[\"ISO27001\",\"ISO20000\",\"ISO9001\",\"ISO14001\",\"ITSS\"]},"
                   "\"brand\":null,\"interest\":null,\"tcm\":null,\"total\":\"119000.00\"}");
}

static void
test_cert_user_choice (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "CMMI", "ISO27001", "ISO20000", "ISO9001", "ISO14001", "ITSS", "PCMM" };

  d->trade_fund->offshore_execution_usd = 100000000;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_cert (d, names[i], ymd (2024, 1, 1 + i), 1000000 * (gint64) (i + 1));

  d->trade_fund->certifications_chosen = g_strsplit ("cmm（i）,PCMM", ",", -1);
  r = evaluate (d);
  g_assert_true (item (r, 0)->chosen);
  g_assert_true (item (r, 6)->chosen);
  g_assert_false (item (r, 5)->chosen);
  assert_money (r->certifications->base, "80000.00");
  assert_money (r->certifications->subsidy, "56000.00");
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* a name that is not among the lines */
  g_strfreev (d->trade_fund->certifications_chosen);
  d->trade_fund->certifications_chosen = g_strsplit ("CMMI,ISO22301", ",", -1);
  g_assert_null (sb_tradefund_evaluate (d, policy, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "ISO22301"));
  g_clear_error (&error);

  /* six chosen */
  g_strfreev (d->trade_fund->certifications_chosen);
  d->trade_fund->certifications_chosen =
    g_strsplit ("CMMI,ISO27001,ISO20000,ISO9001,ISO14001,ITSS", ",", -1);
  g_assert_null (sb_tradefund_evaluate (d, policy, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
}

static void
test_cert_grouping (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *json = NULL;

  d->trade_fund->offshore_execution_usd = 100000000;
  add_cert (d, "CMMI", ymd (2024, 1, 10), 3000000);
  add_cert (d, "ISO 45001", ymd (2024, 2, 10), 1000000);
  add_cert (d, "CMM（I）", ymd (2024, 6, 1), 2000000);     /* maintenance of CMMI */
  add_cert (d, "Foo Cert", ymd (2024, 3, 1), 500000);
  add_cert (d, " cmm(i) ", ymd (2023, 3, 1), 7000000);     /* CMMI, out of period */
  r = evaluate (d);

  g_assert_cmpuint (r->certifications->items->len, ==, 3);
  g_assert_cmpstr (item (r, 0)->name, ==, "CMMI");
  g_assert_cmpuint (item (r, 0)->n_lines, ==, 3);
  assert_money (item (r, 0)->counted, "50000.00");
  g_assert_true (item (r, 0)->listed);
  g_assert_null (item (r, 0)->flag);

  g_assert_cmpstr (item (r, 1)->name, ==, "ISO45001");
  g_assert_false (item (r, 1)->listed);
  g_assert_nonnull (item (r, 1)->flag);
  g_assert_nonnull (strstr (item (r, 1)->flag, "OHSAS18001"));

  g_assert_cmpstr (item (r, 2)->name, ==, "Foo Cert");
  g_assert_false (item (r, 2)->listed);
  g_assert_nonnull (item (r, 2)->flag);
  g_assert_null (strstr (item (r, 2)->flag, "OHSAS18001"));

  /* flagged names still count */
  assert_money (r->certifications->base, "65000.00");
  assert_money (r->certifications->subsidy, "45500.00");
  json = report_json (r);
  g_assert_nonnull (strstr (json, "\"chosen\":[\"CMMI\",\"ISO45001\",\"Foo Cert\"]"));
}

static void
cert_offshore_case (gint64 offshore_cents, SbStatus status, gint64 shortfall)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  SbCheck *c;

  d->trade_fund->offshore_execution_usd = offshore_cents;
  add_cert (d, "ISO27001", ymd (2024, 2, 1), 1000000);
  r = evaluate (d);
  c = find_check (r->certifications->checks, "tradefund.certifications.offshore");
  g_assert_cmpint (c->status, ==, status);
  g_assert_cmpint (r->certifications->eligible, ==, status == SB_STATUS_PASS);
  assert_money (r->certifications->base, "10000.00");
  assert_money (r->certifications->subsidy, status == SB_STATUS_PASS ? "7000.00" : "0.00");
  if (status == SB_STATUS_FAIL)
    g_assert_cmpint (c->shortfall, ==, shortfall);
}

static void
test_cert_offshore (void)
{
  cert_offshore_case (100000000, SB_STATUS_PASS, 0);   /* exactly USD 1,000,000.00 */
  cert_offshore_case (99999999, SB_STATUS_FAIL, 1);    /* USD 999,999.99 */
  cert_offshore_case (SB_UNSET, SB_STATUS_MISSING, 0);
}

/* ---------------------------------------------------------------- brand */

static void
brand_case (const char *title, SbTri accepted, gint64 offshore, gboolean eligible)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;

  d->trade_fund->offshore_execution_usd = offshore;
  set_brand (d, title, accepted);
  r = evaluate (d);
  g_assert_cmpint (r->brand->eligible, ==, eligible);
  assert_money (r->brand->subsidy, eligible ? "100000.00" : "0.00");
  assert_money (r->total, eligible ? "100000.00" : "0.00");
  if (eligible)
    g_assert_nonnull (r->brand->note);   /* the maximum: the city may pay less */
}

static void
test_brand (void)
{
  brand_case ("服务外包领军企业", SB_TRI_UNSET, 100000000, TRUE);
  brand_case ("服务外包领军企业", SB_TRI_UNSET, 99999999, FALSE);
  brand_case ("服务外包领军企业", SB_TRI_UNSET, SB_UNSET, FALSE);
  brand_case ("全球外包 Rising Star", SB_TRI_UNSET, 500000000, TRUE);
  brand_case ("数字服务集聚园区", SB_TRI_UNSET, SB_UNSET, TRUE);
  brand_case ("人才培训领军机构", SB_TRI_UNSET, 0, TRUE);
  /* a title outside the ten */
  brand_case ("省级服务外包示范企业", SB_TRI_UNSET, 500000000, FALSE);
  brand_case ("省级服务外包示范企业", SB_TRI_FALSE, 500000000, FALSE);
  brand_case ("省级服务外包示范企业", SB_TRI_TRUE, SB_UNSET, TRUE);
  brand_case (NULL, SB_TRI_TRUE, 500000000, FALSE);
}

static void
test_brand_json (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *json = NULL;

  set_brand (d, "省级服务外包示范企业", SB_TRI_TRUE);
  r = evaluate (d);
  g_assert_cmpint (find_check (r->brand->checks, "tradefund.brand.title")->status, ==,
                   SB_STATUS_DECLARED);
  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":null,\"certifications\":null,"
                   "\"brand\":{\"eligible\":true,\"subsidy\":\"100000.00\"},"
                   "\"interest\":null,\"tcm\":null,\"total\":\"100000.00\"}");
}

/* ---------------------------------------------------------------- interest */

static SbTradeFundReport *
interest_case (gint64 offshore, gint64 receipts, SbRatio usd_cny)
{
  g_autoptr(SbDossier) d = dossier_new ();

  d->trade_fund->offshore_execution_usd = offshore;
  set_interest (d, receipts, usd_cny);
  return evaluate (d);
}

static void
test_interest (void)
{
  SbRatio rate = sb_ratio (71884, 10000);   /* 7.1884 */
  SbTradeFundReport *r;
  g_autofree char *json = NULL;

  /* exactly USD 5,000,000.00; the receipts are lower: principal USD 2,000,000 */
  r = interest_case (500000000, 200000000, rate);
  g_assert_true (r->interest->eligible);
  assert_money (r->interest->base, "14376800.00");
  assert_money (r->interest->subsidy, "445680.80");
  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":null,\"certifications\":null,\"brand\":null,"
                   "\"interest\":{\"eligible\":true,\"base\":\"14376800.00\","
                   "\"subsidy\":\"445680.80\"},\"tcm\":null,\"total\":\"445680.80\"}");
  sb_tradefund_report_free (r);

  /* USD 4,999,999.99: not eligible; the base is still shown */
  r = interest_case (499999999, 600000000, rate);
  g_assert_false (r->interest->eligible);
  g_assert_cmpint (find_check (r->interest->checks, "tradefund.interest.offshore")->shortfall,
                   ==, 1);
  assert_money (r->interest->base, "35941999.92");
  assert_money (r->interest->subsidy, "0.00");
  sb_tradefund_report_free (r);

  /* the cap: 500,000 just reached, one fen under, and passed */
  r = interest_case (500000000, 224375832, rate);
  assert_money (r->interest->subsidy, "500000.00");
  sb_tradefund_report_free (r);
  r = interest_case (500000000, 224375831, rate);
  assert_money (r->interest->subsidy, "499999.99");
  sb_tradefund_report_free (r);
  r = interest_case (500000000, 224375837, rate);
  assert_money (r->interest->subsidy, "500000.00");
  sb_tradefund_report_free (r);
  r = interest_case (560000000, 520000000, rate);   /* 1,158,770.08 → the cap */
  assert_money (r->interest->base, "37379680.00");
  assert_money (r->interest->subsidy, "500000.00");
  sb_tradefund_report_free (r);

  /* the rate or the receipts absent: missing, not eligible */
  r = interest_case (600000000, 600000000, sb_ratio (0, 0));
  g_assert_false (r->interest->eligible);
  g_assert_cmpint (find_check (r->interest->checks, "tradefund.interest.usd_cny")->status, ==,
                   SB_STATUS_MISSING);
  g_assert_cmpint (r->interest->base, ==, SB_UNSET);
  g_clear_pointer (&json, g_free);
  json = report_json (r);
  g_assert_nonnull (strstr (json, "\"interest\":{\"eligible\":false,\"base\":null,"
                                  "\"subsidy\":\"0.00\"}"));
  sb_tradefund_report_free (r);
  r = interest_case (600000000, SB_UNSET, rate);
  g_assert_false (r->interest->eligible);
  g_assert_cmpint (find_check (r->interest->checks, "tradefund.interest.receipts")->status, ==,
                   SB_STATUS_MISSING);
  sb_tradefund_report_free (r);
}

/* ---------------------------------------------------------------- TCM */

static void
test_tcm (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = NULL;
  g_autofree char *json = NULL;
  SbTcm *t = set_tcm (d, ymd (2024, 3, 1), SB_TRI_TRUE, 60000000, 10000000, 25000000);

  /* built in the period: construction 300,000, O&M not, marketing 200,000 = the cap */
  r = evaluate (d);
  g_assert_true (r->tcm->eligible);
  g_assert_cmpuint (r->tcm->parts->len, ==, 3);
  g_assert_true (part (r->tcm, 0)->eligible);
  assert_money (part (r->tcm, 0)->subsidy, "300000.00");
  g_assert_false (part (r->tcm, 1)->eligible);
  assert_money (part (r->tcm, 1)->subsidy, "0.00");
  g_assert_true (part (r->tcm, 2)->eligible);
  assert_money (part (r->tcm, 2)->subsidy, "200000.00");
  assert_money (r->tcm->subsidy, "500000.00");
  g_assert_null (r->tcm->note);
  json = report_json (r);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":null,\"certifications\":null,\"brand\":null,\"interest\":null,"
                   "\"tcm\":{\"eligible\":true,\"projects\":["
                   "{\"kind\":\"construction\",\"eligible\":true,\"base\":\"600000.00\","
                   "\"subsidy\":\"300000.00\"},"
                   "{\"kind\":\"om\",\"eligible\":false,\"base\":\"100000.00\","
                   "\"subsidy\":\"0.00\"},"
                   "{\"kind\":\"marketing\",\"eligible\":true,\"base\":\"250000.00\","
                   "\"subsidy\":\"200000.00\"}],\"subsidy\":\"500000.00\"},"
                   "\"total\":\"500000.00\"}");
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* the cap passed by one fen */
  t->marketing_cost = 25000002;   /* → 200,000.01 */
  r = evaluate (d);
  assert_money (part (r->tcm, 2)->subsidy, "200000.01");
  assert_money (r->tcm->subsidy, "500000.00");
  g_assert_nonnull (r->tcm->note);
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* each part rounded down on its own: 0.01 × 50% = 0 */
  t->construction_cost = 1;
  t->marketing_cost = 1;
  r = evaluate (d);
  assert_money (part (r->tcm, 0)->subsidy, "0.00");
  assert_money (r->tcm->subsidy, "0.00");
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* built on 2023-06-30: O&M yes, construction no */
  t->built_on = ymd (2023, 6, 30);
  t->construction_cost = 10000000;
  t->marketing_cost = SB_UNSET;
  r = evaluate (d);
  g_assert_cmpuint (r->tcm->parts->len, ==, 2);
  g_assert_false (part (r->tcm, 0)->eligible);
  g_assert_true (part (r->tcm, 1)->eligible);
  assert_money (part (r->tcm, 1)->subsidy, "80000.00");
  assert_money (r->tcm->subsidy, "80000.00");
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* built on 2023-07-01 but not the first application: construction no */
  t->built_on = ymd (2023, 7, 1);
  t->first_application = SB_TRI_FALSE;
  r = evaluate (d);
  g_assert_false (part (r->tcm, 0)->eligible);
  g_assert_cmpint (find_check (part (r->tcm, 0)->checks,
                               "tradefund.tcm.construction.first_application")->status, ==,
                   SB_STATUS_FAIL);
  g_assert_false (part (r->tcm, 1)->eligible);
  assert_money (r->tcm->subsidy, "0.00");
  g_clear_pointer (&r, sb_tradefund_report_free);

  /* not a recognised base */
  t->first_application = SB_TRI_TRUE;
  t->recognised_base = SB_TRI_FALSE;
  r = evaluate (d);
  g_assert_false (r->tcm->eligible);
  g_assert_false (part (r->tcm, 0)->eligible);
  assert_money (r->tcm->subsidy, "0.00");
  assert_money (r->total, "0.00");
}

/* ---------------------------------------------------------------- common */

/* Every direction present and eligible on its own. */
static SbDossier *
full_dossier (void)
{
  SbDossier *d = dossier_new ();
  SbPlatform *p = add_platform (d, SB_PLATFORM_OM, ymd (2022, 11, 1), 14);

  d->trade_fund->offshore_execution_usd = 560000000;
  add_expense (p, "云资源租赁", 11800000, 11800000, ymd (2024, 3, 5));
  add_cert (d, "ISO27001", ymd (2024, 4, 18), 4800000);
  set_brand (d, "服务外包领军企业", SB_TRI_UNSET);
  set_interest (d, 520000000, sb_ratio (71884, 10000));
  set_tcm (d, ymd (2024, 3, 1), SB_TRI_TRUE, SB_UNSET, SB_UNSET, 1000000);
  return d;
}

static void
assert_all_zero (const SbTradeFundReport *r)
{
  const SbDirectionResult *dirs[] = { r->platform, r->certifications, r->brand, r->interest,
                                      r->tcm };
  g_autofree char *json = report_json (r);

  g_assert_false (r->common_ok);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_assert_nonnull (dirs[i]);
      g_assert_false (dirs[i]->eligible);
      g_assert_cmpint (dirs[i]->subsidy, ==, 0);
    }
  g_assert_false (part (r->platform, 0)->eligible);
  g_assert_cmpint (part (r->platform, 0)->subsidy, ==, 0);
  g_assert_cmpint (r->total, ==, 0);
  g_assert_cmpstr (json, ==,
                   "{\"platform\":{\"eligible\":false,\"projects\":[{\"kind\":\"om\","
                   "\"eligible\":false,\"base\":\"118000.00\",\"subsidy\":\"0.00\"}],"
                   "\"subsidy\":\"0.00\"},"
                   "\"certifications\":{\"eligible\":false,\"base\":\"48000.00\","
                   "\"subsidy\":\"0.00\",\"chosen\":[\"ISO27001\"]},"
                   "\"brand\":{\"eligible\":false,\"subsidy\":\"0.00\"},"
                   "\"interest\":{\"eligible\":false,\"base\":\"37379680.00\","
                   "\"subsidy\":\"0.00\"},"
                   "\"tcm\":{\"eligible\":false,\"projects\":[{\"kind\":\"marketing\","
                   "\"eligible\":false,\"base\":\"10000.00\",\"subsidy\":\"0.00\"}],"
                   "\"subsidy\":\"0.00\"},"
                   "\"total\":\"0.00\"}");
}

static void
test_common_ok (void)
{
  g_autoptr(SbDossier) d = full_dossier ();
  g_autoptr(SbTradeFundReport) r = evaluate (d);

  g_assert_true (r->common_ok);
  g_assert_cmpuint (r->common->len, ==, 4);
  g_assert_cmpint (find_check (r->common, "tradefund.region")->status, ==, SB_STATUS_PASS);
  g_assert_cmpint (find_check (r->common, "tradefund.no_other_fiscal_support")->status, ==,
                   SB_STATUS_DECLARED);
  assert_money (r->platform->subsidy, "94400.00");
  assert_money (r->certifications->subsidy, "33600.00");
  assert_money (r->brand->subsidy, "100000.00");
  assert_money (r->interest->subsidy, "500000.00");
  assert_money (r->tcm->subsidy, "8000.00");
  assert_money (r->total, "736000.00");
}

static void
test_common_declaration_false (void)
{
  g_autoptr(SbDossier) d = full_dossier ();
  g_autoptr(SbTradeFundReport) r = NULL;

  d->declarations.no_other_fiscal_support = SB_TRI_FALSE;
  r = evaluate (d);
  g_assert_cmpint (find_check (r->common, "tradefund.no_other_fiscal_support")->status, ==,
                   SB_STATUS_FAIL);
  assert_all_zero (r);
}

static void
test_common_declaration_missing (void)
{
  g_autoptr(SbDossier) d = full_dossier ();
  g_autoptr(SbTradeFundReport) r = NULL;

  d->declarations.no_serious_violation_5y = SB_TRI_UNSET;
  r = evaluate (d);
  g_assert_cmpint (find_check (r->common, "tradefund.no_serious_violation_5y")->status, ==,
                   SB_STATUS_MISSING);
  assert_all_zero (r);
}

static void
test_common_region (void)
{
  g_autoptr(SbDossier) d = full_dossier ();
  g_autoptr(SbTradeFundReport) r = NULL;

  g_free (d->company.region);
  d->company.region = g_strdup ("foshan");
  r = evaluate (d);
  g_assert_cmpint (find_check (r->common, "tradefund.region")->status, ==, SB_STATUS_FAIL);
  assert_all_zero (r);
  g_clear_pointer (&r, sb_tradefund_report_free);

  g_clear_pointer (&d->company.region, g_free);
  d->company.legal_entity = SB_TRI_FALSE;
  r = evaluate (d);
  g_assert_cmpint (find_check (r->common, "tradefund.region")->status, ==, SB_STATUS_MISSING);
  g_assert_cmpint (find_check (r->common, "tradefund.legal_entity")->status, ==, SB_STATUS_FAIL);
  assert_all_zero (r);
}

static void
test_no_claim (void)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (sb_tradefund_evaluate (d, policy, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
}

static void
test_all_null (void)
{
  g_autoptr(SbDossier) d = dossier_new ();
  g_autoptr(SbTradeFundReport) r = evaluate (d);
  g_autofree char *json = report_json (r);

  g_assert_cmpstr (json, ==,
                   "{\"platform\":null,\"certifications\":null,\"brand\":null,"
                   "\"interest\":null,\"tcm\":null,\"total\":\"0.00\"}");
}

int
main (int argc, char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  path = source_path ("tradefund-dalian-2024.json");
  policy = sb_policy_new_from_file (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/engine/tradefund/profile/compiles", test_profile_compiles);
  g_test_add_func ("/engine/tradefund/profile/cert-names", test_profile_cert_names);
  g_test_add_func ("/engine/tradefund/profile/quotes", test_profile_quotes);
  g_test_add_func ("/engine/tradefund/profile/missing-key", test_profile_missing_key);
  g_test_add_func ("/engine/tradefund/profile/bad-choice", test_profile_bad_choice);
  g_test_add_func ("/engine/tradefund/example", test_example);
  g_test_add_func ("/engine/tradefund/platform/dates", test_platform_dates);
  g_test_add_func ("/engine/tradefund/platform/caps", test_platform_caps);
  g_test_add_func ("/engine/tradefund/platform/unit-cap", test_platform_unit_cap);
  g_test_add_func ("/engine/tradefund/platform/unit-cap-reached", test_platform_unit_cap_reached);
  g_test_add_func ("/engine/tradefund/platform/firms", test_platform_firms);
  g_test_add_func ("/engine/tradefund/platform/windows", test_platform_windows);
  g_test_add_func ("/engine/tradefund/platform/one-fails", test_platform_one_fails);
  g_test_add_func ("/engine/tradefund/platform/duplicate-kind", test_platform_duplicate_kind);
  g_test_add_func ("/engine/tradefund/platform/empty", test_platform_empty);
  g_test_add_func ("/engine/tradefund/certifications/cap", test_cert_cap);
  g_test_add_func ("/engine/tradefund/certifications/dates", test_cert_dates);
  g_test_add_func ("/engine/tradefund/certifications/seven", test_cert_seven);
  g_test_add_func ("/engine/tradefund/certifications/user-choice", test_cert_user_choice);
  g_test_add_func ("/engine/tradefund/certifications/grouping", test_cert_grouping);
  g_test_add_func ("/engine/tradefund/certifications/offshore", test_cert_offshore);
  g_test_add_func ("/engine/tradefund/brand", test_brand);
  g_test_add_func ("/engine/tradefund/brand/json", test_brand_json);
  g_test_add_func ("/engine/tradefund/interest", test_interest);
  g_test_add_func ("/engine/tradefund/tcm", test_tcm);
  g_test_add_func ("/engine/tradefund/common/ok", test_common_ok);
  g_test_add_func ("/engine/tradefund/common/declaration-false", test_common_declaration_false);
  g_test_add_func ("/engine/tradefund/common/declaration-missing",
                   test_common_declaration_missing);
  g_test_add_func ("/engine/tradefund/common/region", test_common_region);
  g_test_add_func ("/engine/tradefund/no-claim", test_no_claim);
  g_test_add_func ("/engine/tradefund/all-null", test_all_null);

  status = g_test_run ();
  sb_policy_unref (policy);
  return status;
}
