/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-model.c: converting a 3-year × 200-contract company from the model
 * and evaluating it, as the window does on each keystroke. */
#include "sb-enterprise.h"
#include "sb-evaluate.h"

static SbEnterprise *
company (void)
{
  SbEnterprise *e = sb_enterprise_new ();
  g_autoptr(SbTaseApplication) tase = sb_tase_application_new ();
  g_autoptr(SbHnteApplication) hnte = sb_hnte_application_new ();
  g_autoptr(SbAnnualInfo) annual = sb_annual_info_new ();

  g_object_set (e, "name", "大连星海软件有限公司", "region", "dalian",
                "registered-on", sb_date_from_ymd (2010, 9, 1), "legal-entity", SB_TRI_TRUE,
                "scope-advanced-tech", SB_TRI_TRUE, "clean-record-2y", SB_TRI_TRUE,
                "mofcom-registered", SB_TRI_TRUE, "no-major-incident", SB_TRI_TRUE,
                "owns-core-ip", SB_TRI_TRUE, "hnte-field", "电子信息", NULL);
  for (int year = 2022; year <= 2024; year++)
    {
      g_autoptr(SbFiscalYear) y = sb_fiscal_year_new (year);

      g_object_set (y, "income-total", (gint64) 30000000000, "non-taxable-income", (gint64) 0,
                    "taxable-income", (gint64) 4000000000, "sales-revenue", (gint64) 29000000000,
                    "high-tech-revenue", (gint64) 20000000000, "rd-expense", (gint64) 1600000000,
                    "rd-expense-domestic", (gint64) 1500000000,
                    "net-assets-end", (gint64) 10000000000 * (year - 2020),
                    "st-staff", (gint64) 300, NULL);
      for (int m = 1; m <= 12; m++)
        {
          g_autoptr(SbStaffMonthRow) row = sb_staff_month_row_new (m);

          g_object_set (row, "total-start", (gint64) 1500, "total-end", (gint64) 1510,
                        "degree-start", (gint64) 760, "degree-end", (gint64) 765,
                        "st-start", (gint64) 300, "st-end", (gint64) 301, NULL);
          sb_fiscal_year_add_staff_month (y, row);
        }
      for (int i = 0; i < 200; i++)
        {
          g_autoptr(SbContractRow) c = sb_contract_row_new ();
          g_autofree char *no = g_strdup_printf ("C-%d-%03d", year, i);

          g_object_set (c, "no", no, "name", "离岸软件开发", "client", "ACME",
                        "client-country", "US", "offshore", i % 3 == 0 ? SB_TRI_FALSE : SB_TRI_TRUE,
                        "category", "ITO.software_dev", "amount", (gint64) 120000000,
                        "revenue", (gint64) 100000000, NULL);
          sb_fiscal_year_add_contract (y, c);
        }
      sb_enterprise_add_year (e, y);
    }
  g_object_set (tase, "mode", SB_TASE_REVIEW, "apply-year", 2025, "profile", "tase-dalian-2025",
                NULL);
  sb_enterprise_set_tase (e, tase);
  g_object_set (annual, "year", 2024, "profile", "tase-dalian-2025", NULL);
  sb_enterprise_set_annual_report (e, annual);
  g_object_set (hnte, "apply-date", sb_date_from_ymd (2025, 6, 1), "profile", "hnte-zhejiang",
                "score-ip", (gint64) 24, "score-conversion", (gint64) 22,
                "score-rd-management", (gint64) 15, NULL);
  sb_enterprise_set_hnte (e, hnte);
  return e;
}

int
main (int argc, char *argv[])
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *dir = NULL;
  g_autoptr(SbPolicySet) set = sb_policy_set_new ();
  g_autoptr(SbEnterprise) e = company ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbContractRow) c = NULL;
  const guint rounds = 2000;
  gint64 start, convert = 0, evaluate = 0, engine = 0, categories = 0;
  g_autoptr(SbDossier) fixed = NULL;

  if (root == NULL)
    {
      g_printerr ("SHENBAO_SOURCE_DIR is not set\n");
      return 1;
    }
  dir = g_build_filename (root, "data", "policies", NULL);
  sb_policy_set_add_dir (set, dir);
  c = g_list_model_get_item (sb_fiscal_year_get_contracts (sb_enterprise_find_year (e, 2024)), 7);

  /* conversion alone (as for the store) */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SbDossier) d = sb_enterprise_to_dossier (e);
    }
  convert = g_get_monotonic_time () - start;

  /* the engine alone, on a dossier */
  fixed = sb_enterprise_to_dossier (e);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SbEvaluation) ev = sb_evaluate (fixed, set, sb_date_from_ymd (2025, 6, 1), NULL);
    }
  engine = g_get_monotonic_time () - start;
  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GHashTable) known = sb_known_categories (set);
    }
  categories = g_get_monotonic_time () - start;

  /* a keystroke: one edit, then convert + check + evaluate */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(SbEvaluation) ev = NULL;

      g_object_set (c, "revenue", (gint64) (100000000 + i), NULL);
      ev = sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error);
      if (ev == NULL)
        {
          g_printerr ("evaluate: %s\n", error->message);
          return 1;
        }
    }
  evaluate = g_get_monotonic_time () - start;

  g_print ("3 years × 200 contracts, %u rounds\n", rounds);
  g_print ("  to_dossier (with carried JSON):      %8.1f µs\n", (double) convert / rounds);
  g_print ("  sb_evaluate on a dossier:            %8.1f µs\n", (double) engine / rounds);
  g_print ("  sb_known_categories:                 %8.1f µs\n", (double) categories / rounds);
  g_print ("  edit + convert + check + evaluate:   %8.1f µs\n", (double) evaluate / rounds);
  return 0;
}
