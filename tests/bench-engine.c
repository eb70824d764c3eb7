/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: evaluate a dossier of 3 years × 5,000 contracts with every
 * program; prints microseconds per full evaluation (median of batches). */
#include "sb-evaluate.h"

#include <stdio.h>

static SbDossier *
build_dossier (guint n_contracts)
{
  SbDossier *d = sb_dossier_new ();
  static const char * const cats[] = {
    "ITO.software_dev", "ITO.software_tech_service", "BPO.operation", "KPO.knowledge", NULL
  };

  d->company.name = g_strdup ("大连基准软件有限公司");
  d->company.credit_code = g_strdup ("91210200MA0BENCH00");
  d->company.region = g_strdup ("dalian");
  d->company.registered_on = sb_date_from_ymd (2010, 1, 1);
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.scope_advanced_tech = SB_TRI_TRUE;
  d->declarations.clean_record_2y = SB_TRI_TRUE;
  d->declarations.mofcom_registered = SB_TRI_TRUE;
  d->declarations.no_serious_violation_5y = SB_TRI_TRUE;
  d->declarations.no_other_fiscal_support = SB_TRI_TRUE;
  d->declarations.no_major_incident = SB_TRI_TRUE;
  d->declarations.owns_core_ip = SB_TRI_TRUE;
  d->declarations.hnte_field = g_strdup ("电子信息");

  for (int year = 2022; year <= 2024; year++)
    {
      SbYear *y = sb_year_new (year);

      y->income_total = G_GINT64_CONSTANT (60000000000);
      y->non_taxable_income = 0;
      y->taxable_income = 600000000;
      y->sales_revenue = G_GINT64_CONSTANT (59000000000);
      y->high_tech_revenue = G_GINT64_CONSTANT (40000000000);
      y->rd_expense = 3000000000;
      y->rd_expense_domestic = 2800000000;
      y->net_assets_end = 3000000000 + (year - 2022) * 500000000;
      y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
      for (int m = 1; m <= 12; m++)
        {
          SbStaffMonth sm = { m, 400, 402, 300, 301, 60, 61 };
          g_array_append_val (y->staff_months, sm);
        }
      y->has_rd_ledger = TRUE;
      for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
        y->rd_ledger[c] = 300000000 + c;
      y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
      for (guint i = 0; i < n_contracts; i++)
        {
          SbContract *c = sb_contract_new ();

          c->no = g_strdup_printf ("C-%d-%05u", year, i);
          c->name = g_strdup ("软件开发");
          c->client = g_strdup ("Client");
          c->client_country = g_strdup (i % 2 ? "JP" : "CN");
          c->offshore = i % 2 ? SB_TRI_TRUE : SB_TRI_FALSE;
          c->category = i % 7 == 0 ? NULL : g_strdup (cats[i % 4]);
          c->amount = 12000000;
          c->revenue = 10000000 + i;
          g_ptr_array_add (y->contracts, c);
        }
      g_ptr_array_add (d->years, y);
    }

  d->tase = g_new0 (SbTaseClaim, 1);
  d->tase->mode = SB_TASE_REVIEW;
  d->tase->apply_year = 2025;
  d->tase->profile = g_strdup ("tase-dalian-2025");
  d->annual_report = g_new0 (SbAnnualClaim, 1);
  d->annual_report->year = 2024;
  d->annual_report->profile = g_strdup ("tase-dalian-2025");
  d->hnte = g_new0 (SbHnteClaim, 1);
  d->hnte->apply_date = sb_date_from_ymd (2025, 6, 1);
  d->hnte->profile = g_strdup ("hnte-zhejiang");
  d->hnte->score_ip = 24;
  d->hnte->score_conversion = 22;
  d->hnte->score_rd_management = 15;
  d->hnte->conversion_count = SB_UNSET;

  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  d->trade_fund->offshore_execution_usd = 560000000;
  d->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  {
    SbPlatform *p = sb_platform_new (SB_PLATFORM_OM);
    p->built_on = sb_date_from_ymd (2022, 11, 1);
    p->firms_served = 14;
    for (int i = 0; i < 20; i++)
      {
        SbExpense *e = sb_expense_new ();
        e->item = g_strdup ("云资源租赁");
        e->invoice = 1180000;
        e->paid = 1100000;
        e->invoice_date = sb_date_from_ymd (2024, 3, 5);
        g_ptr_array_add (p->expenses, e);
      }
    g_ptr_array_add (d->trade_fund->platforms, p);
  }
  d->trade_fund->certifications = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_cert_line_free);
  for (int i = 0; i < 7; i++)
    {
      static const char * const names[] = { "CMMI", "ISO27001", "ISO20000", "ISO9001", "ITSS", "PCI DSS", "SOC 1" };
      SbCertLine *c = sb_cert_line_new ();
      c->name = g_strdup (names[i]);
      c->kind = g_strdup ("new");
      c->date = sb_date_from_ymd (2024, 4, 1 + i);
      c->fee = 4000000 + i * 100000;
      g_ptr_array_add (d->trade_fund->certifications, c);
    }
  d->trade_fund->brand = g_new0 (SbBrand, 1);
  d->trade_fund->brand->title = g_strdup ("服务外包领军企业");
  d->trade_fund->brand->accepted = SB_TRI_UNSET;
  d->trade_fund->interest = g_new0 (SbInterest, 1);
  d->trade_fund->interest->receipts_usd = 520000000;
  d->trade_fund->interest->usd_cny = sb_ratio (71884, 10000);
  d->trade_fund->tcm = g_new0 (SbTcm, 1);
  d->trade_fund->tcm->recognised_base = SB_TRI_TRUE;
  d->trade_fund->tcm->built_on = sb_date_from_ymd (2023, 1, 1);
  d->trade_fund->tcm->first_application = SB_TRI_FALSE;
  d->trade_fund->tcm->construction_cost = 0;
  d->trade_fund->tcm->om_cost = 30000000;
  d->trade_fund->tcm->marketing_cost = 10000000;
  return d;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int argc, char *argv[])
{
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default ("/nonexistent");
  g_autoptr(SbDossier) d = build_dossier (5000);
  g_autoptr(GError) error = NULL;
  const guint batches = 15, per_batch = 200;
  double results[15];

  /* warm up, and check that every program is evaluated */
  {
    g_autoptr(SbEvaluation) e = sb_evaluate (d, policies, sb_date_from_ymd (2025, 6, 1), &error);
    if (e == NULL)
      {
        fprintf (stderr, "bench-engine: %s\n", error->message);
        return 1;
      }
    g_assert (e->tase && e->annual_report && e->hnte && e->trade_fund);
  }

  for (guint b = 0; b < batches; b++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < per_batch; i++)
        {
          SbEvaluation *e = sb_evaluate (d, policies, sb_date_from_ymd (2025, 6, 1), NULL);
          sb_evaluation_free (e);
        }
      results[b] = (double) (g_get_monotonic_time () - start) / per_batch;
    }
  qsort (results, batches, sizeof (double), compare_doubles);
  printf ("bench-engine: 3 years x 5000 contracts, every program: "
          "%.1f us per full evaluation (median of %u x %u; min %.1f, max %.1f)\n",
          results[batches / 2], batches, per_batch, results[0], results[batches - 1]);
  return 0;
}
