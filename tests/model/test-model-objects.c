/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model-objects.c: properties, lists and the "changed" signal of the model. */
#include "sb-enterprise.h"
#include "sb-model-enums.h"

/* ---- counting helpers ----------------------------------------------------- */

typedef struct
{
  guint n;
} Counter;

static void
count_cb (gpointer object, gpointer pspec_or_null, Counter *c)
{
  c->n++;
}

static void
changed_cb (gpointer object, Counter *c)
{
  c->n++;
}

/* The number of notify::@property emissions while @func runs. */
static gulong
watch_notify (gpointer object, const char *property, Counter *c)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  return g_signal_connect (object, signal, G_CALLBACK (count_cb), c);
}

static gulong
watch_changed (gpointer object, Counter *c)
{
  return g_signal_connect (object, "changed", G_CALLBACK (changed_cb), c);
}

typedef struct
{
  guint position, removed, added;
  guint n;
} ItemsChanged;

static void
items_changed_cb (GListModel *list, guint position, guint removed, guint added, ItemsChanged *ic)
{
  ic->position = position;
  ic->removed = removed;
  ic->added = added;
  ic->n++;
}

/* ---- properties notify once, and only on a real change --------------------- */

static void
test_notify_money (void)
{
  SbContractRow *row = sb_contract_row_new ();
  Counter notify = { 0 }, changed = { 0 };
  gint64 revenue = 0;

  watch_notify (row, "revenue", &notify);
  watch_changed (row, &changed);

  g_object_get (row, "revenue", &revenue, NULL);
  g_assert_cmpint (revenue, ==, SB_UNSET);

  g_object_set (row, "revenue", (gint64) 100000000, NULL);
  g_assert_cmpuint (notify.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 1);
  g_object_get (row, "revenue", &revenue, NULL);
  g_assert_cmpint (revenue, ==, 100000000);

  g_object_set (row, "revenue", (gint64) 100000000, NULL);   /* the same value */
  g_assert_cmpuint (notify.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 1);

  g_object_set (row, "revenue", SB_UNSET, NULL);
  g_assert_cmpuint (notify.n, ==, 2);
  g_object_set (row, "revenue", SB_UNSET, NULL);
  g_assert_cmpuint (notify.n, ==, 2);
  g_assert_cmpuint (changed.n, ==, 2);

  /* another property does not notify this one */
  g_object_set (row, "amount", (gint64) 5, NULL);
  g_assert_cmpuint (notify.n, ==, 2);
  g_assert_cmpuint (changed.n, ==, 3);

  g_assert_finalize_object (row);
}

static void
test_notify_kinds (void)
{
  SbEnterprise *e = sb_enterprise_new ();
  SbTradeFundApplication *tf = sb_trade_fund_application_new ();
  SbIpItem *ip = sb_ip_item_new ();
  Counter name = { 0 }, decl = { 0 }, date = { 0 }, chosen = { 0 }, kind = { 0 }, used = { 0 };
  const char *names1[] = { "CMMI", "ISO27001", NULL };
  const char *names2[] = { "CMMI", "ISO27001", NULL };
  const char *names3[] = { "CMMI", NULL };
  g_autofree char *s = NULL;
  int tri = 7;
  guint d = 9;
  SbIpClass k = SB_IP_CLASS_UNSET;

  watch_notify (e, "name", &name);
  watch_notify (e, "clean-record-2y", &decl);
  watch_notify (e, "registered-on", &date);
  watch_notify (tf, "certifications-chosen", &chosen);
  watch_notify (ip, "kind", &kind);
  watch_notify (ip, "used-before", &used);

  /* strings: NULL → text → same text (another pointer) → NULL */
  g_object_set (e, "name", "大连示例软件有限公司", NULL);
  s = g_strdup ("大连示例软件有限公司");
  g_object_set (e, "name", s, NULL);
  g_assert_cmpuint (name.n, ==, 1);
  g_object_set (e, "name", NULL, NULL);
  g_object_set (e, "name", NULL, NULL);
  g_assert_cmpuint (name.n, ==, 2);

  /* declarations: −1 absent by default */
  g_object_get (e, "clean-record-2y", &tri, NULL);
  g_assert_cmpint (tri, ==, SB_TRI_UNSET);
  g_object_set (e, "clean-record-2y", SB_TRI_FALSE, NULL);
  g_object_set (e, "clean-record-2y", SB_TRI_FALSE, NULL);
  g_object_set (e, "clean-record-2y", SB_TRI_TRUE, NULL);
  g_assert_cmpuint (decl.n, ==, 2);
  g_object_get (e, "clean-record-2y", &tri, NULL);
  g_assert_cmpint (tri, ==, SB_TRI_TRUE);

  /* dates: SbDate, 0 absent */
  g_object_get (e, "registered-on", &d, NULL);
  g_assert_cmpuint (d, ==, SB_DATE_UNSET);
  g_object_set (e, "registered-on", sb_date_from_ymd (2012, 5, 18), NULL);
  g_object_set (e, "registered-on", sb_date_from_ymd (2012, 5, 18), NULL);
  g_assert_cmpuint (date.n, ==, 1);

  /* string vectors compare by value */
  g_object_set (tf, "certifications-chosen", names1, NULL);
  g_object_set (tf, "certifications-chosen", names2, NULL);
  g_assert_cmpuint (chosen.n, ==, 1);
  g_object_set (tf, "certifications-chosen", names3, NULL);
  g_object_set (tf, "certifications-chosen", NULL, NULL);
  g_object_set (tf, "certifications-chosen", NULL, NULL);
  g_assert_cmpuint (chosen.n, ==, 3);

  /* enums and booleans */
  g_object_set (ip, "kind", SB_IP_CLASS_II, NULL);
  g_object_set (ip, "kind", SB_IP_CLASS_II, NULL);
  g_object_get (ip, "kind", &k, NULL);
  g_assert_cmpint (k, ==, SB_IP_CLASS_II);
  g_assert_cmpuint (kind.n, ==, 1);
  g_object_set (ip, "used-before", TRUE, NULL);
  g_object_set (ip, "used-before", TRUE, NULL);
  g_object_set (ip, "used-before", FALSE, NULL);
  g_assert_cmpuint (used.n, ==, 2);

  g_assert_finalize_object (e);
  g_assert_finalize_object (tf);
  g_assert_finalize_object (ip);
}

static void
test_construct_only (void)
{
  SbFiscalYear *y = sb_fiscal_year_new (2024);
  SbStaffMonthRow *m = sb_staff_month_row_new (3);
  SbMaterialItem *item = sb_material_item_new ("1", "申请表");
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (y), "year");

  g_assert_cmpint (sb_fiscal_year_get_year (y), ==, 2024);
  g_assert_cmpint (sb_staff_month_row_get_month (m), ==, 3);
  g_assert_cmpstr (sb_material_item_get_id (item), ==, "1");
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

  g_assert_finalize_object (y);
  g_assert_finalize_object (m);
  g_assert_finalize_object (item);
}

/* Every writable property of every type notifies explicitly. */
static void
test_explicit_notify (void)
{
  GType types[] = {
    SB_TYPE_ENTERPRISE, SB_TYPE_FISCAL_YEAR, SB_TYPE_STAFF_MONTH_ROW, SB_TYPE_CONTRACT_ROW,
    SB_TYPE_TASE_APPLICATION, SB_TYPE_MATERIAL_ITEM, SB_TYPE_ANNUAL_INFO,
    SB_TYPE_HNTE_APPLICATION, SB_TYPE_IP_ITEM, SB_TYPE_TRADE_FUND_APPLICATION,
    SB_TYPE_PLATFORM_PROJECT, SB_TYPE_EXPENSE_ROW, SB_TYPE_CERTIFICATION_ROW,
    SB_TYPE_RECEIPT_ROW,
  };
  guint total = 0;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[t]);
      guint n = 0;
      g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);

      g_assert_true (g_type_is_a (types[t], SB_TYPE_MODEL_OBJECT));
      for (guint i = 0; i < n; i++)
        {
          if (pspecs[i]->flags & G_PARAM_WRITABLE)
            g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);
          total++;
        }
    }
  g_assert_cmpuint (total, >, 100);
}

/* ---- the business statement ------------------------------------------------- */

static char *
chinese_text (guint n_chars)
{
  static const char * const words[] = { "技", "术", "先", "进", "型", "服", "务", "。" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_chars; i++)
    g_string_append (s, words[i % G_N_ELEMENTS (words)]);
  return g_string_free (s, FALSE);
}

static void
test_statement_length (void)
{
  SbTaseApplication *app = sb_tase_application_new ();
  g_autofree char *t999 = chinese_text (999);
  g_autofree char *t1000 = chinese_text (1000);
  g_autofree char *spaced = NULL;
  Counter length = { 0 }, ok = { 0 }, text = { 0 }, changed = { 0 };
  glong n = -1;
  gboolean is_ok = TRUE;

  watch_notify (app, "statement-length", &length);
  watch_notify (app, "statement-ok", &ok);
  watch_notify (app, "business-statement", &text);
  watch_changed (app, &changed);

  g_assert_cmpint (sb_tase_application_get_statement_length (app), ==, 0);
  g_assert_false (sb_tase_application_get_statement_ok (app));

  sb_tase_application_set_business_statement (app, t999);
  g_assert_cmpuint (strlen (t999), ==, 999 * 3);
  g_object_get (app, "statement-length", &n, "statement-ok", &is_ok, NULL);
  g_assert_cmpint (n, ==, 999);
  g_assert_false (is_ok);
  g_assert_cmpuint (text.n, ==, 1);
  g_assert_cmpuint (length.n, ==, 1);
  g_assert_cmpuint (ok.n, ==, 0);
  g_assert_cmpuint (changed.n, ==, 1);   /* one edit, one "changed" */

  sb_tase_application_set_business_statement (app, t1000);
  g_object_get (app, "statement-length", &n, "statement-ok", &is_ok, NULL);
  g_assert_cmpint (n, ==, 1000);
  g_assert_true (is_ok);
  g_assert_cmpuint (length.n, ==, 2);
  g_assert_cmpuint (ok.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 2);

  /* the same text: nothing */
  sb_tase_application_set_business_statement (app, t1000);
  g_assert_cmpuint (text.n, ==, 2);
  g_assert_cmpuint (changed.n, ==, 2);

  /* white space is not counted (the engine's count): 999 characters and a
   * line break stay 999 */
  spaced = g_strconcat (t999, "\n", NULL);
  sb_tase_application_set_business_statement (app, spaced);
  g_assert_cmpint (sb_tase_application_get_statement_length (app), ==, 999);
  g_assert_false (sb_tase_application_get_statement_ok (app));
  g_assert_cmpuint (ok.n, ==, 2);

  /* a lower minimum from the profile makes it enough */
  g_object_set (app, "statement-min-length", 999, NULL);
  g_assert_true (sb_tase_application_get_statement_ok (app));
  g_assert_cmpuint (ok.n, ==, 3);
  g_assert_cmpuint (length.n, ==, 3);

  g_assert_finalize_object (app);
}

/* ---- lists ----------------------------------------------------------------- */

static void
test_items_changed (void)
{
  SbFiscalYear *y = sb_fiscal_year_new (2024);
  GListModel *contracts = sb_fiscal_year_get_contracts (y);
  GListModel *months = sb_fiscal_year_get_staff_months (y);
  g_autoptr(SbContractRow) a = sb_contract_row_new ();
  g_autoptr(SbContractRow) b = sb_contract_row_new ();
  g_autoptr(SbStaffMonthRow) m3 = sb_staff_month_row_new (3);
  g_autoptr(SbStaffMonthRow) m1 = sb_staff_month_row_new (1);
  g_autoptr(SbStaffMonthRow) m2 = sb_staff_month_row_new (2);
  g_autoptr(SbStaffMonthRow) again = sb_staff_month_row_new (2);
  g_autoptr(GListModel) prop = NULL;
  ItemsChanged ic = { 0 }, mc = { 0 };
  Counter changed = { 0 };

  g_signal_connect (contracts, "items-changed", G_CALLBACK (items_changed_cb), &ic);
  g_signal_connect (months, "items-changed", G_CALLBACK (items_changed_cb), &mc);
  watch_changed (y, &changed);

  g_object_get (y, "contracts", &prop, NULL);
  g_assert_true (prop == contracts);
  g_assert_true (g_list_model_get_item_type (contracts) == SB_TYPE_CONTRACT_ROW);

  sb_fiscal_year_add_contract (y, a);
  g_assert_cmpuint (ic.n, ==, 1);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (ic.added, ==, 1);
  sb_fiscal_year_insert_contract (y, 0, b);
  g_assert_cmpuint (ic.n, ==, 2);
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
  g_assert_true (g_list_model_get_object (contracts, 1) == (GObject *) a);
  g_object_unref (a);   /* the ref get_object gave */
  g_assert_cmpuint (changed.n, ==, 2);

  sb_fiscal_year_remove_contract (y, 1);
  g_assert_cmpuint (ic.n, ==, 3);
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_cmpuint (ic.removed, ==, 1);
  g_assert_cmpuint (ic.added, ==, 0);
  g_assert_cmpuint (changed.n, ==, 3);

  /* a removed row no longer reaches the year */
  g_object_set (a, "revenue", (gint64) 1, NULL);
  g_assert_cmpuint (changed.n, ==, 3);
  g_object_set (b, "revenue", (gint64) 1, NULL);
  g_assert_cmpuint (changed.n, ==, 4);

  /* months stay in month order, each once */
  g_assert_true (sb_fiscal_year_add_staff_month (y, m3));
  g_assert_true (sb_fiscal_year_add_staff_month (y, m1));
  g_assert_cmpuint (mc.position, ==, 0);
  g_assert_true (sb_fiscal_year_add_staff_month (y, m2));
  g_assert_cmpuint (mc.position, ==, 1);
  g_assert_false (sb_fiscal_year_add_staff_month (y, again));
  g_assert_cmpuint (mc.n, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SbStaffMonthRow) m = g_list_model_get_item (months, i);
      g_assert_cmpint (sb_staff_month_row_get_month (m), ==, (int) i + 1);
    }
  g_assert_true (sb_fiscal_year_find_staff_month (y, 2) == m2);
  g_assert_null (sb_fiscal_year_find_staff_month (y, 4));
  sb_fiscal_year_remove_staff_month (y, 0);
  g_assert_cmpuint (mc.removed, ==, 1);
  g_assert_null (sb_fiscal_year_find_staff_month (y, 1));

  g_clear_object (&prop);
  g_assert_finalize_object (y);
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&m1));
  g_assert_finalize_object (g_steal_pointer (&m2));
  g_assert_finalize_object (g_steal_pointer (&m3));
  g_assert_finalize_object (g_steal_pointer (&again));
}

static void
test_years_order (void)
{
  SbEnterprise *e = sb_enterprise_new ();
  GListModel *years = sb_enterprise_get_years (e);
  g_autoptr(SbFiscalYear) y2023 = sb_fiscal_year_new (2023);
  g_autoptr(SbFiscalYear) y2021 = sb_fiscal_year_new (2021);
  g_autoptr(SbFiscalYear) y2022 = sb_fiscal_year_new (2022);
  g_autoptr(SbFiscalYear) dup = sb_fiscal_year_new (2022);
  ItemsChanged ic = { 0 };

  g_signal_connect (years, "items-changed", G_CALLBACK (items_changed_cb), &ic);
  g_assert_true (sb_enterprise_add_year (e, y2023));
  g_assert_true (sb_enterprise_add_year (e, y2021));
  g_assert_cmpuint (ic.position, ==, 0);
  g_assert_true (sb_enterprise_add_year (e, y2022));
  g_assert_cmpuint (ic.position, ==, 1);
  g_assert_false (sb_enterprise_add_year (e, dup));
  g_assert_cmpuint (ic.n, ==, 3);
  g_assert_true (sb_enterprise_find_year (e, 2022) == y2022);
  g_assert_null (sb_enterprise_find_year (e, 2020));
  sb_enterprise_remove_year (e, y2021);
  g_assert_cmpuint (ic.removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 2);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&y2021));
  g_assert_finalize_object (g_steal_pointer (&y2022));
  g_assert_finalize_object (g_steal_pointer (&y2023));
  g_assert_finalize_object (g_steal_pointer (&dup));
}

/* ---- "changed" from deep edits ------------------------------------------- */

static void
test_changed_deep (void)
{
  SbEnterprise *e = sb_enterprise_new ();
  g_autoptr(SbFiscalYear) y = sb_fiscal_year_new (2024);
  g_autoptr(SbContractRow) c = sb_contract_row_new ();
  g_autoptr(SbTaseApplication) tase = sb_tase_application_new ();
  g_autoptr(SbTaseApplication) other = sb_tase_application_new ();
  g_autoptr(SbTradeFundApplication) tf = sb_trade_fund_application_new ();
  g_autoptr(SbPlatformProject) p = sb_platform_project_new (SB_PLATFORM_OM);
  g_autoptr(SbExpenseRow) ex = sb_expense_row_new ();
  g_autoptr(SbReceiptRow) rc = sb_receipt_row_new ();
  g_autoptr(SbHnteApplication) hnte = sb_hnte_application_new ();
  g_autoptr(SbIpItem) ip = sb_ip_item_new ();
  g_autoptr(JsonArray) items = json_array_new ();
  Counter changed = { 0 }, tase_notify = { 0 };
  g_autoptr(SbMaterialItem) item = NULL;

  sb_enterprise_add_year (e, y);
  sb_fiscal_year_add_contract (y, c);
  watch_changed (e, &changed);

  /* a contract's revenue in a year */
  g_object_set (c, "revenue", (gint64) 123456, NULL);
  g_assert_cmpuint (changed.n, ==, 1);
  g_object_set (c, "revenue", (gint64) 123456, NULL);
  g_assert_cmpuint (changed.n, ==, 1);
  g_object_set (y, "sales-revenue", (gint64) 5, NULL);
  g_assert_cmpuint (changed.n, ==, 2);
  g_object_set (e, "region", "dalian", NULL);
  g_assert_cmpuint (changed.n, ==, 3);

  /* a claim, and what is below it */
  watch_notify (e, "tase", &tase_notify);
  sb_enterprise_set_tase (e, tase);
  sb_enterprise_set_tase (e, tase);
  g_assert_cmpuint (tase_notify.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 4);
  json_array_add_string_element (items, "申请表");
  sb_tase_application_set_materials_from_policy (tase, items);
  g_assert_cmpuint (changed.n, ==, 5);
  item = g_list_model_get_item (sb_tase_application_get_materials (tase), 0);
  g_object_set (item, "done", TRUE, NULL);
  g_assert_cmpuint (changed.n, ==, 6);

  /* a claim replaced no longer reaches the company */
  sb_enterprise_set_tase (e, other);
  g_assert_cmpuint (changed.n, ==, 7);
  g_object_set (tase, "apply-year", 2025, NULL);
  g_object_set (item, "done", FALSE, NULL);
  g_assert_cmpuint (changed.n, ==, 7);
  g_object_set (other, "apply-year", 2025, NULL);
  g_assert_cmpuint (changed.n, ==, 8);

  /* three levels down: an expense of a platform of the trade fund */
  sb_enterprise_set_trade_fund (e, tf);
  sb_trade_fund_application_add_platform (tf, p);
  sb_platform_project_add_expense (p, ex);
  changed.n = 0;
  g_object_set (ex, "paid", (gint64) 4500000, NULL);
  g_assert_cmpuint (changed.n, ==, 1);
  sb_trade_fund_application_add_receipt (tf, rc);
  changed.n = 0;
  g_object_set (rc, "receipt-amount", (gint64) 100, NULL);
  g_assert_cmpuint (changed.n, ==, 1);

  sb_enterprise_set_hnte (e, hnte);
  sb_hnte_application_add_ip_item (hnte, ip);
  changed.n = 0;
  g_object_set (ip, "name", "一种数据处理方法", NULL);
  g_assert_cmpuint (changed.n, ==, 1);

  /* removing the year cuts its contracts off */
  sb_enterprise_remove_year (e, y);
  changed.n = 0;
  g_object_set (c, "revenue", (gint64) 1, NULL);
  g_assert_cmpuint (changed.n, ==, 0);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&y));
  g_assert_finalize_object (g_steal_pointer (&c));
  g_assert_finalize_object (g_steal_pointer (&tase));
  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&item));
  g_assert_finalize_object (g_steal_pointer (&tf));
  g_assert_finalize_object (g_steal_pointer (&p));
  g_assert_finalize_object (g_steal_pointer (&ex));
  g_assert_finalize_object (g_steal_pointer (&rc));
  g_assert_finalize_object (g_steal_pointer (&hnte));
  g_assert_finalize_object (g_steal_pointer (&ip));
}

static void
test_ledger_turns_on (void)
{
  SbFiscalYear *y = sb_fiscal_year_new (2024);
  Counter on = { 0 }, changed = { 0 };
  gboolean has = TRUE;
  gint64 v = -1;

  watch_notify (y, "has-rd-ledger", &on);
  watch_changed (y, &changed);
  g_object_get (y, "has-rd-ledger", &has, "rd-design", &v, NULL);
  g_assert_false (has);
  g_assert_cmpint (v, ==, 0);

  sb_fiscal_year_set_rd_ledger (y, SB_RD_DESIGN, 250000);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (y, SB_RD_DESIGN), ==, 250000);
  g_object_get (y, "has-rd-ledger", &has, "rd-design", &v, NULL);
  g_assert_true (has);
  g_assert_cmpint (v, ==, 250000);
  g_assert_cmpuint (on.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 1);

  g_object_set (y, "rd-other", (gint64) 1, NULL);
  g_assert_cmpuint (on.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 2);

  g_object_set (y, "has-rd-ledger", FALSE, NULL);
  g_assert_cmpuint (on.n, ==, 2);
  g_assert_cmpint (sb_fiscal_year_get_rd_ledger (y, SB_RD_DESIGN), ==, 250000);

  g_assert_finalize_object (y);
}

static void
test_directions_turn_on (void)
{
  SbTradeFundApplication *tf = sb_trade_fund_application_new ();
  g_autoptr(SbPlatformProject) om = sb_platform_project_new (SB_PLATFORM_OM);
  g_autoptr(SbPlatformProject) om2 = sb_platform_project_new (SB_PLATFORM_OM);
  g_autoptr(SbPlatformProject) build = sb_platform_project_new (SB_PLATFORM_CONSTRUCTION);
  g_autoptr(SbCertificationRow) cert = sb_certification_row_new ();
  Counter brand = { 0 }, changed = { 0 };
  gboolean on = TRUE;

  g_object_get (tf, "has-brand", &on, NULL);
  g_assert_false (on);
  watch_notify (tf, "has-brand", &brand);
  watch_changed (tf, &changed);
  g_object_set (tf, "brand-title", "服务外包领军企业", NULL);
  g_object_get (tf, "has-brand", &on, NULL);
  g_assert_true (on);
  g_assert_cmpuint (brand.n, ==, 1);
  g_assert_cmpuint (changed.n, ==, 1);

  g_object_set (tf, "usd-cny", (gint64) 7188400, NULL);
  g_object_get (tf, "has-interest", &on, NULL);
  g_assert_true (on);
  g_object_set (tf, "tcm-om-cost", (gint64) 1, NULL);
  g_object_get (tf, "has-tcm", &on, NULL);
  g_assert_true (on);

  g_object_get (tf, "has-platform", &on, NULL);
  g_assert_false (on);
  g_assert_true (sb_trade_fund_application_add_platform (tf, om));
  g_object_get (tf, "has-platform", &on, NULL);
  g_assert_true (on);
  g_assert_false (sb_trade_fund_application_add_platform (tf, om2));
  g_assert_true (sb_trade_fund_application_add_platform (tf, build));
  g_assert_true (sb_trade_fund_application_find_platform (tf, SB_PLATFORM_CONSTRUCTION) == build);
  g_assert_cmpuint (g_list_model_get_n_items (sb_trade_fund_application_get_platforms (tf)), ==, 2);
  sb_trade_fund_application_add_certification (tf, cert);
  g_object_get (tf, "has-certifications", &on, NULL);
  g_assert_true (on);

  g_assert_finalize_object (tf);
  g_assert_finalize_object (g_steal_pointer (&om));
  g_assert_finalize_object (g_steal_pointer (&om2));
  g_assert_finalize_object (g_steal_pointer (&build));
  g_assert_finalize_object (g_steal_pointer (&cert));
}

/* ---- the materials checklist --------------------------------------------- */

static JsonArray *
parse_array (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static void
material_state (GListModel *list, guint i, const char **id, gboolean *done)
{
  g_autoptr(SbMaterialItem) item = g_list_model_get_item (list, i);

  *id = sb_material_item_get_id (item);
  g_object_get (item, "done", done, NULL);
}

static void
test_materials (void)
{
  SbTaseApplication *app = sb_tase_application_new ();
  GListModel *list = sb_tase_application_get_materials (app);
  g_autoptr(JsonArray) first = parse_array ("[{\"id\": \"form\", \"title\": \"申请表\"},"
                                            " {\"id\": \"statement\", \"title\": \"业务论述\"},"
                                            " {\"id\": \"licence\", \"title\": \"营业执照\"}]");
  g_autoptr(JsonArray) second = parse_array ("[{\"id\": \"statement\", \"title\": \"业务论述（1000字以上）\"},"
                                             " {\"id\": \"roster\", \"title\": \"员工花名册\"}]");
  g_autoptr(SbMaterialItem) form = NULL;
  g_autoptr(SbMaterialItem) statement = NULL;
  g_autoptr(SbMaterialItem) licence = NULL;
  g_autofree char *title = NULL;
  ItemsChanged ic = { 0 };
  const char *id;
  gboolean done;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &ic);
  sb_tase_application_set_materials_from_policy (app, first);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_cmpuint (ic.n, ==, 1);
  form = g_list_model_get_item (list, 0);
  statement = g_list_model_get_item (list, 1);
  licence = g_list_model_get_item (list, 2);
  g_object_set (form, "done", TRUE, NULL);
  g_object_set (statement, "done", TRUE, "note", "见附件", NULL);

  /* the same list again: nothing changes */
  sb_tase_application_set_materials_from_policy (app, first);
  g_assert_cmpuint (ic.n, ==, 1);

  /* another list: the statement keeps its state and takes the new title, the
   * blank licence goes, the done form stays at the end */
  sb_tase_application_set_materials_from_policy (app, second);
  g_assert_cmpuint (ic.n, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  material_state (list, 0, &id, &done);
  g_assert_cmpstr (id, ==, "statement");
  g_assert_true (done);
  g_object_get (statement, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "业务论述（1000字以上）");
  material_state (list, 1, &id, &done);
  g_assert_cmpstr (id, ==, "roster");
  g_assert_false (done);
  material_state (list, 2, &id, &done);
  g_assert_cmpstr (id, ==, "form");
  g_assert_true (done);

  g_assert_finalize_object (app);
  g_assert_finalize_object (g_steal_pointer (&form));
  g_assert_finalize_object (g_steal_pointer (&statement));
  g_assert_finalize_object (g_steal_pointer (&licence));
}

static void
test_materials_from_profile (void)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(SbPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  SbTaseApplication *app = sb_tase_application_new ();
  g_autoptr(SbMaterialItem) second = NULL;
  g_autofree char *title = NULL;
  int min = 0;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "policies", "tase-dalian-2025.json", NULL);
  policy = sb_policy_new_from_file (path, &error);
  g_assert_no_error (error);

  g_object_set (app, "statement-min-length", 5, NULL);
  g_assert_true (sb_tase_application_apply_policy (app, policy, &error));
  g_assert_no_error (error);
  g_object_get (app, "statement-min-length", &min, NULL);
  g_assert_cmpint (min, ==, 1000);
  /* 000 (三): nine materials, the statement second */
  g_assert_cmpuint (g_list_model_get_n_items (sb_tase_application_get_materials (app)), ==, 9);
  second = g_list_model_get_item (sb_tase_application_get_materials (app), 1);
  g_object_get (second, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "企业开展技术先进型服务业务论述（1000字以上）");
  g_assert_cmpstr (sb_material_item_get_id (second), ==, title);

  g_assert_finalize_object (app);
  g_assert_finalize_object (g_steal_pointer (&second));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/notify/money", test_notify_money);
  g_test_add_func ("/model/notify/kinds", test_notify_kinds);
  g_test_add_func ("/model/notify/construct-only", test_construct_only);
  g_test_add_func ("/model/notify/explicit", test_explicit_notify);
  g_test_add_func ("/model/statement/length", test_statement_length);
  g_test_add_func ("/model/lists/items-changed", test_items_changed);
  g_test_add_func ("/model/lists/years", test_years_order);
  g_test_add_func ("/model/changed/deep", test_changed_deep);
  g_test_add_func ("/model/changed/ledger", test_ledger_turns_on);
  g_test_add_func ("/model/changed/directions", test_directions_turn_on);
  g_test_add_func ("/model/materials/merge", test_materials);
  g_test_add_func ("/model/materials/profile", test_materials_from_profile);

  return g_test_run ();
}
