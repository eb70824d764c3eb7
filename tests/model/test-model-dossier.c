/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model-dossier.c: dossier → model → dossier and back, without loss. */
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-engine-error.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-model-enums.h"

static char *
dossier_text (const SbDossier *d)
{
  g_autoptr(JsonNode) node = sb_dossier_to_json (d);

  return sb_json_to_pretty_string (node);
}

static char *
rich_path (void)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "model", "rich.shenbao.json", NULL);
}

static SbDossier *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  SbDossier *d = sb_dossier_from_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static SbDossier *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  SbDossier *d = sb_dossier_from_data (text, -1, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

/* dossier → model → dossier gives the same JSON text. */
static void
assert_round_trip (const SbDossier *d)
{
  g_autofree char *before = dossier_text (d);
  SbEnterprise *model = sb_enterprise_new_from_dossier (d);
  g_autoptr(SbDossier) back = sb_enterprise_to_dossier (model);
  g_autofree char *after = dossier_text (back);

  g_assert_cmpstr (after, ==, before);
  g_assert_finalize_object (model);
}

static void
test_examples (void)
{
  const char *spec = g_getenv ("SHENBAO_SPEC_DIR");
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n = 0;

  g_assert_nonnull (spec);
  dir_path = g_build_filename (spec, "examples", NULL);
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(SbDossier) d = NULL;

      if (!g_str_has_suffix (name, ".shenbao.json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      d = load (path);
      assert_round_trip (d);
      n++;
    }
  g_assert_cmpuint (n, >=, 2);
}

static void
test_rich (void)
{
  g_autofree char *path = rich_path ();
  g_autoptr(SbDossier) d = load (path);

  assert_round_trip (d);
}

/* What the model reads of the keys the dossier format lacks. */
static void
test_rich_values (void)
{
  g_autofree char *path = rich_path ();
  g_autoptr(SbDossier) d = load (path);
  SbEnterprise *e = sb_enterprise_new_from_dossier (d);
  SbTaseApplication *tase = sb_enterprise_get_tase (e);
  SbHnteApplication *hnte = sb_enterprise_get_hnte (e);
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (e);
  GListModel *materials = sb_tase_application_get_materials (tase);
  GListModel *ip = sb_hnte_application_get_ip_items (hnte);
  GListModel *receipts = sb_trade_fund_application_get_receipts (tf);
  g_autoptr(SbMaterialItem) m0 = NULL, m1 = NULL, m2 = NULL;
  g_autoptr(SbIpItem) ip0 = NULL, ip1 = NULL, ip2 = NULL;
  g_autoptr(SbReceiptRow) r0 = NULL;
  g_autoptr(SbContractRow) c1 = NULL;
  g_autofree char *note = NULL, *currency = NULL, *pages = NULL, *category = NULL;
  g_auto(GStrv) chosen = NULL;
  SbFiscalYear *y2024 = sb_enterprise_find_year (e, 2024);
  SbFiscalYear *y2023 = sb_enterprise_find_year (e, 2023);
  gboolean done = TRUE, used = FALSE, has = FALSE;
  SbIpClass kind = SB_IP_CLASS_UNSET;
  SbTaseMode mode = SB_TASE_NEW;
  gint64 v = 0;
  guint date = 1;
  int tri = 0;

  /* company and declarations */
  g_object_get (e, "legal-entity", &tri, NULL);
  g_assert_cmpint (tri, ==, SB_TRI_TRUE);
  g_object_get (e, "no-other-fiscal-support", &tri, NULL);
  g_assert_cmpint (tri, ==, SB_TRI_FALSE);
  g_object_get (e, "registered-on", &date, NULL);
  g_assert_cmpuint (date, ==, sb_date_from_ymd (2012, 5, 18));

  /* years keep the file's order */
  {
    g_autoptr(SbFiscalYear) first = g_list_model_get_item (sb_enterprise_get_years (e), 0);
    g_autoptr(SbFiscalYear) second = g_list_model_get_item (sb_enterprise_get_years (e), 1);
    g_assert_cmpint (sb_fiscal_year_get_year (first), ==, 2024);
    g_assert_cmpint (sb_fiscal_year_get_year (second), ==, 2022);
  }
  g_object_get (y2024, "taxable-income", &v, NULL);
  g_assert_cmpint (v, ==, -600000025);
  g_object_get (y2024, "rd-personnel", &v, "has-rd-ledger", &has, NULL);
  g_assert_cmpint (v, ==, 100000050);
  g_assert_true (has);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (y2023, SB_RD_OTHER), ==, 0);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (y2023, SB_RD_PERSONNEL), ==, 500);
  g_assert_cmpuint (g_list_model_get_n_items (sb_fiscal_year_get_contracts (y2024)), ==, 3);
  c1 = g_list_model_get_item (sb_fiscal_year_get_contracts (y2024), 1);
  g_object_get (c1, "category", &category, "offshore", &tri, "revenue", &v, NULL);
  g_assert_null (category);
  g_assert_cmpint (tri, ==, SB_TRI_FALSE);
  g_assert_cmpint (v, ==, 50);
  {
    g_autoptr(SbStaffMonthRow) jan = g_list_model_get_item (sb_fiscal_year_get_staff_months (y2024), 0);
    g_assert_cmpint (sb_staff_month_row_get_month (jan), ==, 1);
    g_object_get (jan, "st-end", &v, NULL);
    g_assert_cmpint (v, ==, 31);
    g_assert_true (sb_fiscal_year_find_staff_month (y2024, 2) != NULL);
  }

  /* the TASE statement and checklist */
  g_object_get (tase, "mode", &mode, NULL);
  g_assert_cmpint (mode, ==, SB_TASE_REVIEW);
  g_assert_cmpstr (sb_tase_application_get_business_statement (tase), ==,
                   "我公司主要从事离岸软件开发服务。\n第二段。");
  g_assert_cmpint (sb_tase_application_get_statement_length (tase), ==, 20);
  g_assert_cmpuint (g_list_model_get_n_items (materials), ==, 3);
  m0 = g_list_model_get_item (materials, 0);
  m1 = g_list_model_get_item (materials, 1);
  m2 = g_list_model_get_item (materials, 2);
  g_object_get (m0, "done", &done, "note", &note, NULL);
  g_assert_true (done);
  g_assert_cmpstr (note, ==, "已盖章");
  g_assert_cmpstr (sb_material_item_get_id (m1), ==, "2");
  g_object_get (m2, "done", &done, NULL);
  g_assert_false (done);   /* "yes" is not a boolean: kept as it is, read as not done */

  /* the HNTE IP items */
  g_assert_cmpuint (g_list_model_get_n_items (ip), ==, 3);
  ip0 = g_list_model_get_item (ip, 0);
  ip1 = g_list_model_get_item (ip, 1);
  ip2 = g_list_model_get_item (ip, 2);
  g_object_get (ip0, "kind", &kind, "date", &date, "used-before", &used, NULL);
  g_assert_cmpint (kind, ==, SB_IP_CLASS_I);
  g_assert_cmpuint (date, ==, sb_date_from_ymd (2022, 3, 4));
  g_assert_false (used);
  g_object_get (ip1, "kind", &kind, "used-before", &used, NULL);
  g_assert_cmpint (kind, ==, SB_IP_CLASS_II);
  g_assert_true (used);
  g_object_get (ip2, "kind", &kind, "date", &date, NULL);
  g_assert_cmpint (kind, ==, SB_IP_CLASS_UNSET);
  g_assert_cmpuint (date, ==, SB_DATE_UNSET);

  /* the trade fund: receipts, the rate, chosen items */
  g_assert_cmpuint (g_list_model_get_n_items (receipts), ==, 1);
  r0 = g_list_model_get_item (receipts, 0);
  g_object_get (r0, "contract-amount-usd", &v, NULL);
  g_assert_cmpint (v, ==, 100000000);
  g_object_get (r0, "execution-amount-usd", &v, "currency", &currency, "pages", &pages, NULL);
  g_assert_cmpint (v, ==, 80000050);
  g_assert_cmpstr (currency, ==, "JPY");
  g_assert_cmpstr (pages, ==, "12-13");
  g_object_get (r0, "execution-date", &date, NULL);
  g_assert_cmpuint (date, ==, sb_date_from_ymd (2024, 2, 1));
  g_object_get (tf, "usd-cny", &v, "certifications-chosen", &chosen, NULL);
  g_assert_cmpint (v, ==, 7188400);
  g_assert_cmpstrv (chosen, ((const char *[]) { "CMMI", NULL }));
  g_assert_cmpuint (g_list_model_get_n_items (sb_trade_fund_application_get_platforms (tf)), ==, 2);
  g_object_get (tf, "has-tcm", &has, "tcm-om-cost", &v, NULL);
  g_assert_true (has);
  g_assert_cmpint (v, ==, 250);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&m0));
  g_assert_finalize_object (g_steal_pointer (&m1));
  g_assert_finalize_object (g_steal_pointer (&m2));
  g_assert_finalize_object (g_steal_pointer (&ip0));
  g_assert_finalize_object (g_steal_pointer (&ip1));
  g_assert_finalize_object (g_steal_pointer (&ip2));
  g_assert_finalize_object (g_steal_pointer (&r0));
  g_assert_finalize_object (g_steal_pointer (&c1));
}

/* Values the model does not read (not a list, not a string) are carried. */
static void
test_unreadable_kept (void)
{
  static const char text[] =
    "{\"format\": \"shenbao-dossier\", \"version\": 1,"
    " \"tase\": {\"mode\": \"new\", \"apply_year\": 2025, \"profile\": \"tase-dalian-2025\","
    "   \"materials\": \"see folder\", \"business_statement\": 42},"
    " \"hnte\": {\"profile\": \"hnte-zhejiang\", \"ip_items\": [1, 2]},"
    " \"trade_fund\": {\"profile\": \"tradefund-dalian-2024\","
    "   \"interest\": {\"receipts\": {\"a\": 1}}}}";
  g_autoptr(SbDossier) d = parse (text);
  SbEnterprise *e = sb_enterprise_new_from_dossier (d);

  g_assert_cmpuint (g_list_model_get_n_items (
    sb_tase_application_get_materials (sb_enterprise_get_tase (e))), ==, 0);
  g_assert_null (sb_tase_application_get_business_statement (sb_enterprise_get_tase (e)));
  g_assert_cmpuint (g_list_model_get_n_items (
    sb_hnte_application_get_ip_items (sb_enterprise_get_hnte (e))), ==, 0);
  g_assert_finalize_object (e);
  assert_round_trip (d);
}

/* The member names of @path (an object) inside @root, in order, joined by ",". */
static char *
member_names (JsonNode *root, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) found = json_path_query (path, root, &error);
  JsonNode *node;
  GList *members;
  GString *s = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (found)), ==, 1);
  node = json_array_get_element (json_node_get_array (found), 0);
  members = json_object_get_members (json_node_get_object (node));
  for (GList *l = members; l != NULL; l = l->next)
    g_string_append_printf (s, "%s%s", s->len > 0 ? "," : "", (char *) l->data);
  g_list_free (members);
  return g_string_free (s, FALSE);
}

/* Edits of model-only rows change the value in place and keep the rest. */
static void
test_edits_in_place (void)
{
  g_autofree char *path = rich_path ();
  g_autoptr(SbDossier) d = load (path);
  SbEnterprise *e = sb_enterprise_new_from_dossier (d);
  SbTaseApplication *tase = sb_enterprise_get_tase (e);
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (e);
  g_autoptr(SbMaterialItem) m0 = g_list_model_get_item (sb_tase_application_get_materials (tase), 0);
  g_autoptr(SbMaterialItem) m2 = g_list_model_get_item (sb_tase_application_get_materials (tase), 2);
  g_autoptr(SbReceiptRow) r0 = g_list_model_get_item (sb_trade_fund_application_get_receipts (tf), 0);
  g_autoptr(SbReceiptRow) added = sb_receipt_row_new ();
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *names = NULL, *text = NULL;
  g_autoptr(SbDossier) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *tase_o, *row;
  JsonArray *receipts;

  g_object_set (m0, "note", NULL, NULL);
  g_object_set (m2, "done", TRUE, NULL);
  g_object_set (r0, "receipt-amount", (gint64) 12345, NULL);
  g_object_set (added, "contract-no", "C-9", "pages", "20", NULL);
  sb_trade_fund_application_add_receipt (tf, added);
  sb_tase_application_set_business_statement (tase, "新的论述");

  back = sb_enterprise_to_dossier (e);
  root = sb_dossier_to_json (back);
  tase_o = json_object_get_object_member (json_node_get_object (root), "tase");

  /* the claim's members stay where they were */
  names = member_names (root, "$.tase");
  g_assert_cmpstr (names, ==, "mode,apply_year,profile,x_before,materials,x_middle,"
                              "business_statement,x_after");
  g_assert_cmpstr (json_object_get_string_member (tase_o, "business_statement"), ==, "新的论述");
  /* a cleared note is gone, a changed "done" is a boolean now */
  g_clear_pointer (&names, g_free);
  names = member_names (root, "$.tase.materials[0]");
  g_assert_cmpstr (names, ==, "id,title,done");
  row = json_array_get_object_element (json_object_get_array_member (tase_o, "materials"), 2);
  g_assert_true (json_object_get_boolean_member (row, "done"));
  /* an untouched row keeps its order and unknown member */
  g_clear_pointer (&names, g_free);
  names = member_names (root, "$.tase.materials[1]");
  g_assert_cmpstr (names, ==, "title,x_row,id,done");

  receipts = json_object_get_array_member (
    json_object_get_object_member (
      json_object_get_object_member (json_node_get_object (root), "trade_fund"), "interest"),
    "receipts");
  g_assert_cmpuint (json_array_get_length (receipts), ==, 2);
  row = json_array_get_object_element (receipts, 0);
  g_assert_cmpfloat (json_object_get_double_member (row, "receipt_amount"), ==, 123.45);
  g_assert_true (json_object_get_boolean_member (row, "x_receipt"));
  g_clear_pointer (&names, g_free);
  names = member_names (root, "$.trade_fund.interest.receipts[1]");
  g_assert_cmpstr (names, ==, "contract_no,pages");

  /* and the file reads back */
  text = sb_json_to_pretty_string (root);
  again = sb_dossier_from_data (text, -1, NULL, &error);
  g_assert_no_error (error);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&m0));
  g_assert_finalize_object (g_steal_pointer (&m2));
  g_assert_finalize_object (g_steal_pointer (&r0));
  g_assert_finalize_object (g_steal_pointer (&added));
}

/* ---- model → dossier → model ------------------------------------------------ */

static void assert_same_object (GObject *a, GObject *b, const char *where, guint *n_values);

static void
assert_same_list (GListModel *a, GListModel *b, const char *where, guint *n_values)
{
  guint n = g_list_model_get_n_items (a);

  g_assert_cmpuint (g_list_model_get_n_items (b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autoptr(GObject) ib = g_list_model_get_item (b, i);
      g_autofree char *w = g_strdup_printf ("%s[%u]", where, i);

      assert_same_object (ia, ib, w, n_values);
    }
}

/* Every readable property equal, lists and claims compared deeply. */
static void
assert_same_object (GObject *a, GObject *b, const char *where, guint *n_values)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *p = pspecs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *w = g_strdup_printf ("%s.%s", where, p->name);

      if (!(p->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&va, p->value_type);
      g_value_init (&vb, p->value_type);
      g_object_get_property (a, p->name, &va);
      g_object_get_property (b, p->name, &vb);
      if (G_VALUE_HOLDS_OBJECT (&va))
        {
          GObject *oa = g_value_get_object (&va), *ob = g_value_get_object (&vb);

          if (oa == NULL || ob == NULL)
            {
              if (oa != ob)
                g_error ("%s: one side is NULL", w);
            }
          else if (G_IS_LIST_MODEL (oa))
            assert_same_list (G_LIST_MODEL (oa), G_LIST_MODEL (ob), w, n_values);
          else
            assert_same_object (oa, ob, w, n_values);
          continue;
        }
      if (G_VALUE_HOLDS (&va, G_TYPE_STRV))
        {
          const char * const *sa = g_value_get_boxed (&va), * const *sb = g_value_get_boxed (&vb);

          if ((sa == NULL) != (sb == NULL) || (sa != NULL && !g_strv_equal (sa, sb)))
            g_error ("%s differs", w);
        }
      else if (g_param_values_cmp (p, &va, &vb) != 0)
        {
          g_autofree char *ca = g_strdup_value_contents (&va);
          g_autofree char *cb = g_strdup_value_contents (&vb);

          g_error ("%s differs: %s vs %s", w, ca, cb);
        }
      if (!g_param_value_defaults (p, &va))
        (*n_values)++;
    }
}

/* A company built through the API: every object type, most properties set. */
static SbEnterprise *
build_company (void)
{
  SbEnterprise *e = sb_enterprise_new ();
  g_autoptr(SbFiscalYear) y = sb_fiscal_year_new (2024);
  g_autoptr(SbFiscalYear) y0 = sb_fiscal_year_new (2023);
  g_autoptr(SbContractRow) c = sb_contract_row_new ();
  g_autoptr(SbStaffMonthRow) m = sb_staff_month_row_new (12);
  g_autoptr(SbTaseApplication) tase = sb_tase_application_new ();
  g_autoptr(SbAnnualInfo) annual = sb_annual_info_new ();
  g_autoptr(SbHnteApplication) hnte = sb_hnte_application_new ();
  g_autoptr(SbIpItem) ip = sb_ip_item_new ();
  g_autoptr(SbTradeFundApplication) tf = sb_trade_fund_application_new ();
  g_autoptr(SbPlatformProject) p = sb_platform_project_new (SB_PLATFORM_CONSTRUCTION);
  g_autoptr(SbExpenseRow) ex = sb_expense_row_new ();
  g_autoptr(SbCertificationRow) cert = sb_certification_row_new ();
  g_autoptr(SbReceiptRow) rc = sb_receipt_row_new ();
  g_autoptr(JsonArray) items = json_array_new ();
  g_autoptr(SbMaterialItem) item = NULL;
  const char *chosen[] = { "ISO20000", "CMMI", NULL };

  g_object_set (e, "name", "测试公司", "credit-code", "91210200MA0Q1A2B3C", "region", "dalian",
                "registered-on", sb_date_from_ymd (2010, 9, 1), "legal-entity", SB_TRI_TRUE,
                "scope-advanced-tech", SB_TRI_TRUE, "clean-record-2y", SB_TRI_FALSE,
                "mofcom-registered", SB_TRI_TRUE, "no-serious-violation-5y", SB_TRI_TRUE,
                "no-other-fiscal-support", SB_TRI_TRUE, "no-major-incident", SB_TRI_FALSE,
                "owns-core-ip", SB_TRI_TRUE, "hnte-field", "高技术服务", NULL);
  g_object_set (y, "income-total", (gint64) 3050000000, "non-taxable-income", (gint64) 50000000,
                "taxable-income", (gint64) -1, "sales-revenue", (gint64) 2900000000,
                "high-tech-revenue", (gint64) 2000000001, "rd-expense", (gint64) 150000000,
                "rd-expense-domestic", (gint64) 140000000, "net-assets-end", (gint64) -7,
                "st-staff", (gint64) 33, "tase-revenue", (gint64) 2400000000,
                "offshore-revenue", (gint64) 1200000000, NULL);
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    sb_fiscal_year_set_rd_ledger (y, i, 1000 * (i + 1));
  g_object_set (c, "no", "C-1", "name", "软件开发", "client", "ACME", "client-country", "US",
                "offshore", SB_TRI_TRUE, "category", "ITO.software_dev",
                "amount", (gint64) 120000000, "revenue", (gint64) 100000000, NULL);
  g_object_set (m, "total-start", (gint64) 150, "total-end", (gint64) 151,
                "degree-start", (gint64) 70, "degree-end", (gint64) 71,
                "st-start", (gint64) 20, "st-end", (gint64) 21, NULL);
  sb_fiscal_year_add_contract (y, c);
  sb_fiscal_year_add_staff_month (y, m);
  sb_enterprise_add_year (e, y);
  sb_enterprise_add_year (e, y0);

  g_object_set (tase, "mode", SB_TASE_REVIEW, "apply-year", 2025, "profile", "tase-dalian-2025",
                "business-statement", "技术先进型服务业务论述", NULL);
  json_array_add_string_element (items, "申请表");
  json_array_add_string_element (items, "营业执照");
  sb_tase_application_set_materials_from_policy (tase, items);
  item = g_list_model_get_item (sb_tase_application_get_materials (tase), 1);
  g_object_set (item, "done", TRUE, "note", "复印件已备", NULL);
  sb_enterprise_set_tase (e, tase);

  g_object_set (annual, "year", 2024, "profile", "tase-dalian-2025", NULL);
  sb_enterprise_set_annual_report (e, annual);

  g_object_set (hnte, "apply-date", sb_date_from_ymd (2025, 6, 1), "profile", "hnte-zhejiang",
                "score-ip", (gint64) 24, "score-conversion", (gint64) 22,
                "score-rd-management", (gint64) 15, "conversion-results", (gint64) 9, NULL);
  g_object_set (ip, "name", "一种方法", "kind", SB_IP_CLASS_I, "number", "ZL1",
                "date", sb_date_from_ymd (2021, 1, 2), "used-before", TRUE, NULL);
  sb_hnte_application_add_ip_item (hnte, ip);
  sb_enterprise_set_hnte (e, hnte);

  g_object_set (tf, "profile", "tradefund-dalian-2024", "offshore-execution-usd", (gint64) 560000000,
                "certifications-chosen", chosen, "brand-title", "百强企业",
                "brand-accepted", SB_TRI_TRUE, "receipts-usd", (gint64) 520000000,
                "usd-cny", (gint64) 7188400, "tcm-recognised-base", SB_TRI_TRUE,
                "tcm-built-on", sb_date_from_ymd (2023, 7, 1), "tcm-first-application", SB_TRI_TRUE,
                "tcm-construction-cost", (gint64) 1, "tcm-om-cost", (gint64) 2,
                "tcm-marketing-cost", (gint64) 3, NULL);
  g_object_set (p, "built-on", sb_date_from_ymd (2024, 3, 1), "firms-served", (gint64) 6, NULL);
  g_object_set (ex, "item", "服务器", "contract", (gint64) 30000000, "invoice", (gint64) 30000000,
                "paid", (gint64) 28000000, "invoice-no", "No.1",
                "invoice-date", sb_date_from_ymd (2024, 4, 2), NULL);
  sb_platform_project_add_expense (p, ex);
  sb_trade_fund_application_add_platform (tf, p);
  g_object_set (cert, "name", "CMMI", "kind", "new", "date", sb_date_from_ymd (2024, 5, 10),
                "fee", (gint64) 18000000, NULL);
  sb_trade_fund_application_add_certification (tf, cert);
  g_object_set (rc, "contract-no", "C-1", "contract-name", "软件开发",
                "contract-amount-usd", (gint64) 100000000,
                "execution-date", sb_date_from_ymd (2024, 2, 1),
                "execution-amount-usd", (gint64) 80000000,
                "receipt-date", sb_date_from_ymd (2024, 3, 1), "currency", "USD",
                "receipt-amount", (gint64) 80000000, "voucher-no", "V1", "declaration-no", "D1",
                "pages", "1-2", "note", "备注", NULL);
  sb_trade_fund_application_add_receipt (tf, rc);
  sb_enterprise_set_trade_fund (e, tf);
  return e;
}

static void
test_model_round_trip (void)
{
  SbEnterprise *a = build_company ();
  g_autoptr(SbDossier) d = sb_enterprise_to_dossier (a);
  SbEnterprise *b = sb_enterprise_new_from_dossier (d);
  guint n_values = 0;

  assert_same_object (G_OBJECT (a), G_OBJECT (b), "company", &n_values);
  g_assert_cmpuint (n_values, >, 100);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

/* Through the file: export, import, the same model. */
static void
test_model_through_file (void)
{
  g_autofree char *path = rich_path ();
  SbEnterprise *models[2] = { build_company (), NULL };
  g_autoptr(SbDossier) rich = load (path);

  models[1] = sb_enterprise_new_from_dossier (rich);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      g_autoptr(SbDossier) d = sb_enterprise_to_dossier (models[i]);
      g_autofree char *text = dossier_text (d);
      g_autoptr(SbDossier) read = parse (text);
      SbEnterprise *back = sb_enterprise_new_from_dossier (read);
      g_autoptr(SbDossier) d2 = sb_enterprise_to_dossier (back);
      g_autofree char *text2 = dossier_text (d2);
      guint n_values = 0;

      assert_same_object (G_OBJECT (models[i]), G_OBJECT (back), "company", &n_values);
      g_assert_cmpuint (n_values, >, 100);
      g_assert_cmpstr (text2, ==, text);
      g_assert_finalize_object (back);
      g_assert_finalize_object (models[i]);
    }
}

/* The model's figures are checked for what no evaluation takes, the
 * message naming the figure as the window does; drafts pass. */
static void
test_check (void)
{
  SbEnterprise *e = build_company ();
  SbFiscalYear *y = sb_enterprise_find_year (e, 2024);
  g_autoptr(SbStaffMonthRow) m = sb_staff_month_row_new (1);
  g_autoptr(SbContractRow) c = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_enterprise_check (e, NULL, &error));
  g_assert_no_error (error);

  /* a month with a count left out, or more degree staff than staff: a draft */
  g_object_set (m, "total-start", (gint64) 1, "total-end", (gint64) 1,
                "degree-start", (gint64) 1, NULL);
  sb_fiscal_year_add_staff_month (y, m);
  g_assert_true (sb_enterprise_check (e, NULL, &error));
  g_assert_no_error (error);
  g_object_set (m, "degree-end", (gint64) 2, NULL);
  g_assert_true (sb_enterprise_check (e, NULL, &error));
  g_object_set (m, "degree-end", (gint64) 1, NULL);
  g_assert_true (sb_enterprise_check (e, NULL, &error));
  /* a negative count is not */
  g_object_set (m, "degree-end", (gint64) -1, NULL);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "2024 month 1 degree staff at the end: "
                                       "must not be negative");
  g_clear_error (&error);
  g_object_set (m, "degree-end", (gint64) 1, NULL);

  /* a negative revenue, an unknown category */
  c = g_list_model_get_item (sb_fiscal_year_get_contracts (y), 0);
  g_object_set (c, "revenue", (gint64) -1, NULL);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==, "2024 contract C-1 Revenue in the year (¥): "
                                       "must not be negative");
  g_clear_error (&error);
  g_object_set (c, "revenue", (gint64) 0, NULL);
  g_assert_false (sb_enterprise_check (e, known, &error));
  g_assert_cmpstr (error->message, ==, "2024 contract C-1 Catalogue business: "
                                       "unknown catalogue code “ITO.software_dev”");
  g_clear_error (&error);
  g_hash_table_add (known, (char *) "ITO.software_dev");
  g_assert_true (sb_enterprise_check (e, known, &error));

  /* more non-taxable income than income: the user's to correct, evaluated */
  g_object_set (y, "non-taxable-income", (gint64) 3050000001, NULL);
  g_assert_true (sb_enterprise_check (e, NULL, &error));
  g_object_set (y, "non-taxable-income", SB_UNSET, NULL);

  /* claims */
  g_object_set (sb_enterprise_get_tase (e), "profile", NULL, NULL);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==, "TASE Policy: missing");
  g_clear_error (&error);
  g_object_set (sb_enterprise_get_tase (e), "profile", "tase-dalian-2025", "apply-year", 0, NULL);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "TASE Year of application: must be a year between 1900 and 9999");
  g_clear_error (&error);
  g_object_set (sb_enterprise_get_tase (e), "apply-year", 2025, NULL);
  {
    g_autoptr(SbCertificationRow) blank = sb_certification_row_new ();

    /* a line without its name yet: a draft */
    sb_trade_fund_application_add_certification (sb_enterprise_get_trade_fund (e), blank);
    g_assert_true (sb_enterprise_check (e, NULL, &error));
    g_object_set (blank, "name", "  ", NULL);
    g_assert_true (sb_enterprise_check (e, NULL, &error));
    g_object_set (blank, "fee", (gint64) -3, NULL);
    g_assert_false (sb_enterprise_check (e, NULL, &error));
    g_assert_cmpstr (error->message, ==,
                     "trade fund certification line 2 Fee: must not be negative");
    g_clear_error (&error);
    sb_trade_fund_application_remove_certification (sb_enterprise_get_trade_fund (e), 1);
  }
  g_object_set (sb_enterprise_get_trade_fund (e), "usd-cny", (gint64) 0, NULL);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==, "trade fund USD/CNY rate: must be a positive rate");
  g_clear_error (&error);
  g_object_set (sb_enterprise_get_trade_fund (e), "usd-cny", (gint64) 7100000, NULL);
  g_assert_true (sb_enterprise_check (e, NULL, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&m));
  g_assert_finalize_object (g_steal_pointer (&c));
}

/* A dossier built in C may hold what no file can: the model takes it and
 * the check names it. */
static void
test_check_out_of_range (void)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  SbYear *y = sb_year_new (1800);
  SbStaffMonth m = { 13, 1, 1, 1, 1, SB_UNSET, SB_UNSET };
  g_autoptr(GError) error = NULL;
  SbEnterprise *e;

  g_ptr_array_add (d->years, y);
  e = sb_enterprise_new_from_dossier (d);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Year: must be a year between 1900 and 9999");
  g_clear_error (&error);
  g_assert_finalize_object (e);

  y->year = 2024;
  y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
  e = sb_enterprise_new_from_dossier (d);
  g_assert_false (sb_enterprise_check (e, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "2024 month 13 Month: must be 1 to 12");
  g_assert_finalize_object (e);
}

/* The rate's exact decimal survives: 7.1884 is 71884/10000 again. */
static void
test_rate (void)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  SbEnterprise *e;
  g_autoptr(SbDossier) back = NULL;

  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  d->trade_fund->offshore_execution_usd = SB_UNSET;
  d->trade_fund->interest = g_new0 (SbInterest, 1);
  d->trade_fund->interest->receipts_usd = SB_UNSET;
  d->trade_fund->interest->usd_cny = sb_ratio (71884, 10000);
  e = sb_enterprise_new_from_dossier (d);
  back = sb_enterprise_to_dossier (e);
  g_assert_cmpint (back->trade_fund->interest->usd_cny.num, ==, 71884);
  g_assert_cmpint (back->trade_fund->interest->usd_cny.den, ==, 10000);
  g_object_set (sb_enterprise_get_trade_fund (e), "usd-cny", (gint64) 7000000, NULL);
  g_clear_pointer (&back, sb_dossier_free);
  back = sb_enterprise_to_dossier (e);
  g_assert_cmpint (back->trade_fund->interest->usd_cny.num, ==, 7);
  g_assert_cmpint (back->trade_fund->interest->usd_cny.den, ==, 1);
  g_object_set (sb_enterprise_get_trade_fund (e), "usd-cny", SB_UNSET, NULL);
  g_clear_pointer (&back, sb_dossier_free);
  back = sb_enterprise_to_dossier (e);
  g_assert_cmpint (back->trade_fund->interest->usd_cny.den, ==, 0);
  g_assert_finalize_object (e);
}


/* The filing identity (DOSSIER.md, optional keys of the completed forms):
 * dossier → model properties → dossier, and edits through the properties. */
static void
test_filing_identity (void)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(SbEnterprise) e = NULL;
  SbYear *y = sb_year_new (2024);
  SbContract *c = sb_contract_new ();
  SbRegistration *r = sb_registration_new (SB_REGISTRATION_TECH);
  SbPlatform *p = sb_platform_new (SB_PLATFORM_OM);
  SbFirm *f = sb_firm_new ();
  SbCertLine *cert = sb_cert_line_new ();
  SbTradeFundApplication *tf;
  g_autoptr(SbPlatformProject) project = NULL;
  g_autoptr(SbFirmRow) firm = NULL;
  g_autoptr(SbFirmRow) added = NULL;
  g_autoptr(SbCertificationRow) cert_row = NULL;
  g_autoptr(SbContractRow) contract = NULL;
  g_autofree char *legal = NULL, *account = NULL, *email = NULL, *pname = NULL;
  g_autofree char *code = NULL, *tech_no = NULL, *exec_no = NULL, *evidence = NULL;
  gint64 capital = 0, tech_amount = 0, exec_amount = 0;
  guint certified_on = 0;
  int fs_year = 0, fs_month = 0;
  const SbContract *bc;

  d->company.name = g_strdup ("大连示例");
  d->company.legal_representative = g_strdup ("张三");
  d->company.registered_capital = 1000000000;
  d->company.bank_account_no = g_strdup ("2766 0123 4567 8901 234");
  d->company.contact_email = g_strdup ("li@example.cn");
  d->company.contact_extra = json_object_new ();
  json_object_set_int_member (d->company.contact_extra, "x_ext", 7);
  c->evidence = g_strdup ("合同、发票");
  c->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
  r->no = g_strdup ("2024-210200-001");
  r->amount = 90000000;
  g_ptr_array_add (c->registrations, r);
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y->contracts, c);
  g_ptr_array_add (d->years, y);
  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->offshore_execution_usd = SB_UNSET;
  d->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  p->name = g_strdup ("公共技术服务平台");
  p->services = g_strdup ("软件测试");
  p->first_service_year = 2024;
  p->first_service_month = 3;
  p->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
  f->name = g_strdup ("甲公司");
  f->credit_code = g_strdup ("91110108551385082Q");
  g_ptr_array_add (p->firms, f);
  g_ptr_array_add (d->trade_fund->platforms, p);
  d->trade_fund->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  cert->name = g_strdup ("ISO27001");
  cert->certified_on = sb_date_from_ymd (2024, 6, 20);
  g_ptr_array_add (d->trade_fund->certifications, cert);

  e = sb_enterprise_new_from_dossier (d);
  g_object_get (e, "legal-representative", &legal, "registered-capital", &capital,
                "bank-account-no", &account, "contact-email", &email, NULL);
  g_assert_cmpstr (legal, ==, "张三");
  g_assert_cmpint (capital, ==, 1000000000);
  g_assert_cmpstr (account, ==, "2766 0123 4567 8901 234");
  g_assert_cmpstr (email, ==, "li@example.cn");

  tf = sb_enterprise_get_trade_fund (e);
  project = g_list_model_get_item (sb_trade_fund_application_get_platforms (tf), 0);
  g_object_get (project, "name", &pname, "first-service-year", &fs_year,
                "first-service-month", &fs_month, NULL);
  g_assert_cmpstr (pname, ==, "公共技术服务平台");
  g_assert_cmpint (fs_year, ==, 2024);
  g_assert_cmpint (fs_month, ==, 3);
  firm = g_list_model_get_item (sb_platform_project_get_firms (project), 0);
  g_object_get (firm, "credit-code", &code, NULL);
  g_assert_cmpstr (code, ==, "91110108551385082Q");
  cert_row = g_list_model_get_item (sb_trade_fund_application_get_certifications (tf), 0);
  g_object_get (cert_row, "certified-on", &certified_on, NULL);
  g_assert_cmpuint (certified_on, ==, sb_date_from_ymd (2024, 6, 20));
  contract = g_list_model_get_item (sb_fiscal_year_get_contracts (sb_enterprise_find_year (e, 2024)),
                                    0);
  g_object_get (contract, "tech-registration-no", &tech_no, "tech-registration-amount",
                &tech_amount, "execution-registration-no", &exec_no,
                "execution-registration-amount", &exec_amount, "evidence", &evidence, NULL);
  g_assert_cmpstr (tech_no, ==, "2024-210200-001");
  g_assert_cmpint (tech_amount, ==, 90000000);
  g_assert_null (exec_no);
  g_assert_cmpint (exec_amount, ==, SB_UNSET);
  g_assert_cmpstr (evidence, ==, "合同、发票");

  /* edits through the properties */
  g_object_set (e, "postcode", "116023", "contact-name", "李四", NULL);
  g_object_set (project, "services", "软件测试、云资源租赁", NULL);
  added = g_object_new (SB_TYPE_FIRM_ROW, "name", "乙公司", "service", "云资源", NULL);
  sb_platform_project_insert_firm (project, 1, added);
  g_object_set (contract, "execution-registration-no", "DL-2024-0031",
                "execution-registration-amount", (gint64) 95000000, NULL);
  g_object_set (contract, "tech-registration-no", "", "tech-registration-amount",
                (gint64) SB_UNSET, NULL);

  back = sb_enterprise_to_dossier (e);
  g_assert_cmpstr (back->company.legal_representative, ==, "张三");
  g_assert_cmpstr (back->company.postcode, ==, "116023");
  g_assert_cmpstr (back->company.contact_name, ==, "李四");
  g_assert_cmpint (back->company.registered_capital, ==, 1000000000);
  g_assert_cmpint (json_object_get_int_member (back->company.contact_extra, "x_ext"), ==, 7);
  p = g_ptr_array_index (back->trade_fund->platforms, 0);
  g_assert_cmpstr (p->services, ==, "软件测试、云资源租赁");
  g_assert_cmpint (p->first_service_year, ==, 2024);
  g_assert_cmpint (p->firms->len, ==, 2);
  g_assert_cmpstr (((SbFirm *) p->firms->pdata[1])->name, ==, "乙公司");
  g_assert_cmpint (sb_platform_firms_count (p), ==, 2);
  g_assert_cmpint (((SbCertLine *) back->trade_fund->certifications->pdata[0])->certified_on, ==,
                   sb_date_from_ymd (2024, 6, 20));
  bc = g_ptr_array_index (((SbYear *) back->years->pdata[0])->contracts, 0);
  g_assert_cmpstr (bc->evidence, ==, "合同、发票");
  g_assert_cmpint (bc->registrations->len, ==, 1);
  r = g_ptr_array_index (bc->registrations, 0);
  g_assert_cmpint (r->kind, ==, SB_REGISTRATION_EXECUTION);
  g_assert_cmpstr (r->no, ==, "DL-2024-0031");
  g_assert_cmpint (r->amount, ==, 95000000);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/dossier/examples", test_examples);
  g_test_add_func ("/model/dossier/rich", test_rich);
  g_test_add_func ("/model/dossier/rich-values", test_rich_values);
  g_test_add_func ("/model/dossier/unreadable-kept", test_unreadable_kept);
  g_test_add_func ("/model/dossier/edits-in-place", test_edits_in_place);
  g_test_add_func ("/model/dossier/model-round-trip", test_model_round_trip);
  g_test_add_func ("/model/dossier/through-file", test_model_through_file);
  g_test_add_func ("/model/dossier/check", test_check);
  g_test_add_func ("/model/dossier/check-out-of-range", test_check_out_of_range);
  g_test_add_func ("/model/dossier/rate", test_rate);
  g_test_add_func ("/model/dossier/filing-identity", test_filing_identity);

  return g_test_run ();
}
