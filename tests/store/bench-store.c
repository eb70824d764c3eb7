/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-store: a database of 1,000 companies × 3 years × 200 contracts.
 * Times opening it and listing every company with its verdicts (target:
 * under 150 ms), loading one company fully (target: under 20 ms), and, for
 * the record, the first list after the verdicts must be computed again, one
 * edit, and PRAGMA quick_check.  Prints medians; asserts nothing about time. */
#include <glib/gstdio.h>
#include <stdio.h>

#include "sb-store-private.h"
#include "store-test-util.h"

#define COMPANIES 1000
#define YEARS 3
#define CONTRACTS 200

static const char * const categories[] = {
  "ITO.software_dev", "ITO.software_tech_service", "ITO.ic_design", "BPO.process_design",
  "BPO.operation", NULL,
};

static SbDossier *
make_company (int n)
{
  SbDossier *d = sb_dossier_new ();
  SbTradeFundClaim *tf;
  SbPlatform *p;

  d->company.name = g_strdup_printf ("基准软件有限公司 %04d", n);
  d->company.credit_code = g_strdup_printf ("91210200BENCH%05d", n);
  d->company.region = g_strdup ("dalian");
  d->company.registered_on = sb_date_from_ymd (2010, 1 + n % 12, 1 + n % 28);
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.scope_advanced_tech = SB_TRI_TRUE;
  d->declarations.clean_record_2y = SB_TRI_TRUE;
  d->declarations.mofcom_registered = SB_TRI_TRUE;
  d->declarations.no_serious_violation_5y = SB_TRI_TRUE;
  d->declarations.no_other_fiscal_support = SB_TRI_TRUE;
  d->declarations.no_major_incident = SB_TRI_TRUE;
  d->declarations.owns_core_ip = SB_TRI_TRUE;
  d->declarations.hnte_field = g_strdup ("电子信息");

  for (int y = 0; y < YEARS; y++)
    {
      SbYear *year = sb_year_new (2022 + y);
      gint64 revenue = 0;

      year->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
      for (int m = 1; m <= 12; m++)
        {
          SbStaffMonth sm = { m, 200 + m, 201 + m, 100 + n % 30, 101 + n % 30, 40, 41 };
          g_array_append_val (year->staff_months, sm);
        }
      year->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
      for (int c = 0; c < CONTRACTS; c++)
        {
          SbContract *k = sb_contract_new ();

          k->no = g_strdup_printf ("C-%d-%04d-%03d", 2022 + y, n, c);
          k->name = g_strdup_printf ("软件开发服务合同 %d", c);
          k->client = g_strdup_printf ("客户 %d", c % 37);
          k->client_country = g_strdup (c % 3 == 0 ? "CN" : "JP");
          k->offshore = c % 3 == 0 ? SB_TRI_FALSE : SB_TRI_TRUE;
          k->category = g_strdup (categories[c % G_N_ELEMENTS (categories)]);
          k->amount = 12000000 + c * 1000 + n;
          k->revenue = 10000000 + c * 1000 + n;
          revenue += k->revenue;
          g_ptr_array_add (year->contracts, k);
        }
      year->income_total = revenue + 50000000;
      year->non_taxable_income = 1000000;
      year->taxable_income = revenue / 10;
      year->sales_revenue = revenue + 40000000;
      year->high_tech_revenue = revenue;
      year->rd_expense = revenue / 20;
      year->rd_expense_domestic = revenue / 25;
      year->net_assets_end = revenue;
      year->st_staff = 40;
      g_ptr_array_add (d->years, year);
    }

  d->tase = g_new0 (SbTaseClaim, 1);
  d->tase->mode = SB_TASE_NEW;
  d->tase->apply_year = 2025;
  d->tase->profile = g_strdup ("tase-dalian-2025");
  d->hnte = g_new0 (SbHnteClaim, 1);
  d->hnte->apply_date = sb_date_from_ymd (2025, 6, 1);
  d->hnte->profile = g_strdup ("hnte-zhejiang");
  d->hnte->score_ip = 20;
  d->hnte->score_conversion = 20;
  d->hnte->score_rd_management = 15;
  d->hnte->conversion_count = SB_UNSET;

  tf = d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  tf->profile = g_strdup ("tradefund-dalian-2024");
  tf->offshore_execution_usd = 560000000;
  tf->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  p = sb_platform_new (SB_PLATFORM_OM);
  p->built_on = sb_date_from_ymd (2020, 3, 1);
  p->firms_served = 6;
  for (int e = 0; e < 5; e++)
    {
      SbExpense *x = sb_expense_new ();

      x->item = g_strdup_printf ("运维费用 %d", e);
      x->contract = x->invoice = x->paid = 4000000 + e * 100000;
      x->invoice_no = g_strdup_printf ("No.%05d", e);
      x->invoice_date = sb_date_from_ymd (2024, 3 + e, 10);
      g_ptr_array_add (p->expenses, x);
    }
  g_ptr_array_add (tf->platforms, p);
  return d;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *ms)
{
  g_array_sort (ms, compare_doubles);
  return g_array_index (ms, double, ms->len / 2);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
check (gboolean ok, GError *error)
{
  if (!ok)
    {
      fprintf (stderr, "bench-store: %s\n", error != NULL ? error->message : "failed");
      exit (1);
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *tmpdir = store_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "bench.db", NULL);
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cold_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) policy_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GError *error = NULL;
  SbDate at = sb_date_from_ymd (2025, 6, 1);
  gint64 start, contracts = 0;
  double build_ms, check_ms, list_one_ms = 0;
  guint eligible[4] = { 0 };
  GStatBuf st;

  /* policies: what the window loads once when it starts */
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(SbPolicySet) p = NULL;

      start = g_get_monotonic_time ();
      p = sb_policy_set_new_default (tmpdir);
      g_array_append_val (policy_ms, (double) { ms_since (start) });
    }
  policies = sb_policy_set_new_default (tmpdir);

  /* build */
  start = g_get_monotonic_time ();
  {
    g_autoptr(SbStore) store = sb_store_open (path, &error);

    check (store != NULL, error);
    for (int n = 0; n < COMPANIES; n++)
      {
        g_autoptr(SbDossier) d = make_company (n);
        gint64 id;

        check (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error), error);
      }
    check (sb_store_close (store, &error), error);
  }
  build_ms = ms_since (start);
  contracts = store_test_query_int (path, "SELECT count(*) FROM contracts");
  g_stat (path, &st);

  /* the first list computes and keeps every verdict; then, with nothing
   * changed, open + list reads them */
  for (int run = 0; run < 3; run++)
    {
      g_autoptr(SbStore) store = NULL;
      g_autoptr(GPtrArray) list = NULL;

      store_test_exec (path, "DELETE FROM verdicts");
      start = g_get_monotonic_time ();
      store = sb_store_open (path, &error);
      check (store != NULL, error);
      list = sb_store_list_verdicts (store, policies, at, &error);
      check (list != NULL && list->len == COMPANIES, error);
      g_array_append_val (cold_ms, (double) { ms_since (start) });
      if (run == 0)
        for (guint i = 0; i < list->len; i++)
          {
            SbStoreCompany *c = list->pdata[i];
            eligible[0] += c->tase == SB_VERDICT_ELIGIBLE;
            eligible[1] += c->hnte == SB_VERDICT_ELIGIBLE;
            eligible[2] += c->trade_fund == SB_VERDICT_ELIGIBLE;
            eligible[3] += c->errors != NULL;
          }
    }
  for (int run = 0; run < 11; run++)
    {
      g_autoptr(SbStore) store = NULL;
      g_autoptr(GPtrArray) list = NULL;

      start = g_get_monotonic_time ();
      store = sb_store_open (path, &error);
      check (store != NULL, error);
      list = sb_store_list_verdicts (store, policies, at, &error);
      check (list != NULL && list->len == COMPANIES, error);
      g_array_append_val (list_ms, (double) { ms_since (start) });
    }

  /* the whole command: start, load the profiles, open, list, print */
  for (int run = 0; run < 5; run++)
    {
      const char *cli[] = { SHENBAO_CLI_PATH, "--db", path, "list", "--at", "2025-06-01", NULL };
      int status = 0;

      start = g_get_monotonic_time ();
      check (g_spawn_sync (NULL, (char **) cli, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                           NULL, NULL, &status, &error), error);
      g_array_append_val (cli_ms, (double) { ms_since (start) });
      check (g_spawn_check_wait_status (status, &error), error);
    }

  {
    g_autoptr(SbStore) store = sb_store_open (path, &error);
    g_autoptr(GPtrArray) list = NULL;

    check (store != NULL, error);
    for (int run = 0; run < 21; run++)
      {
        g_autoptr(SbDossier) d = NULL;

        start = g_get_monotonic_time ();
        d = sb_store_load_dossier (store, 1 + (run * 37) % COMPANIES, &error);
        check (d != NULL, error);
        g_array_append_val (load_ms, (double) { ms_since (start) });
        g_assert_cmpuint (((SbYear *) d->years->pdata[2])->contracts->len, ==, CONTRACTS);
      }
    /* one edit (FULL sync: the WAL reaches the disk at each commit) */
    for (int run = 0; run < 21; run++)
      {
        start = g_get_monotonic_time ();
        check (sb_store_set_year_figure (store, 500, 2024, "st_staff", 40 + run, &error), error);
        g_array_append_val (edit_ms, (double) { ms_since (start) });
      }
    /* the list after that edit: one company evaluated again */
    start = g_get_monotonic_time ();
    list = sb_store_list_verdicts (store, policies, at, &error);
    check (list != NULL, error);
    list_one_ms = ms_since (start);

    start = g_get_monotonic_time ();
    check (sb_store_exec (store, "PRAGMA quick_check", &error), error);
    check_ms = ms_since (start);
  }
  /* opening for writing runs quick_check every time (issue 9) */
  for (int run = 0; run < 11; run++)
    {
      g_autoptr(SbStore) store = NULL;

      start = g_get_monotonic_time ();
      store = sb_store_open (path, &error);
      check (store != NULL, error);
      check (sb_store_close (store, &error), error);
      g_array_append_val (open_ms, (double) { ms_since (start) });
    }

  printf ("bench-store: %d companies × %d years × %d contracts = %" G_GINT64_FORMAT
          " contracts, %.1f MB\n", COMPANIES, YEARS, CONTRACTS, contracts,
          st.st_size / 1e6);
  printf ("  verdicts: tase eligible %u, hnte eligible %u, trade fund > 0 %u, with errors %u\n",
          eligible[0], eligible[1], eligible[2], eligible[3]);
  printf ("  build (1,000 imports, one transaction each)     %9.1f ms\n", build_ms);
  printf ("  load the policy profiles (once per program run) %9.2f ms (median of 5)\n",
          median (policy_ms));
  printf ("  open + list with verdicts (kept)                %9.2f ms (median of 11; target 150)\n",
          median (list_ms));
  printf ("  shenbao-cli list, the whole process             %9.2f ms (median of 5)\n",
          median (cli_ms));
  printf ("  load one company fully (600 contracts)          %9.2f ms (median of 21; target 20)\n",
          median (load_ms));
  printf ("  open + list, every verdict computed again       %9.1f ms (median of 3)\n",
          median (cold_ms));
  printf ("  list after one company was edited               %9.2f ms\n", list_one_ms);
  printf ("  one edit (set_year_figure, own transaction)     %9.2f ms (median of 21)\n",
          median (edit_ms));
  printf ("  PRAGMA quick_check                              %9.1f ms\n", check_ms);
  printf ("  open (quick_check included) + close             %9.1f ms (median of 11)\n",
          median (open_ms));

  store_test_rmrf (tmpdir);
  return 0;
}
