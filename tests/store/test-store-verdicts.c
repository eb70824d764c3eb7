/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Verdicts computed again: the companies read for the evaluators only
 * (sb_store_eval_reader_*, one query per table) give the evaluators what
 * full loads give them — the same output, warnings and notes — and the
 * company list the verdicts of full loads + sb_evaluate. */
#include "sb-store-private.h"
#include "store-test-util.h"

/* The engine declares no cleanup for SbContract. */
typedef SbContract TestContract;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestContract, sb_contract_free)

static char *tmpdir;
static SbPolicySet *policies;
static GHashTable *categories;

typedef enum
{
  PROGRAM_TASE,
  PROGRAM_ANNUAL_REPORT,
  PROGRAM_HNTE,
  PROGRAM_TRADE_FUND,
  N_PROGRAMS
} Program;

static const char * const program_names[N_PROGRAMS] = {
  "tase", "annual_report", "hnte", "trade_fund",
};

/* ---- what the evaluators say ------------------------------------------- */

static const char *
or_none (const char *text)
{
  return text != NULL ? text : "(none)";
}

static void
append_lines (GString *out, const char *what, GPtrArray *lines)
{
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    g_string_append_printf (out, "%s: %s\n", what, (const char *) lines->pdata[i]);
}

static void
append_notes (GString *out, GPtrArray *checks)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const SbCheck *c = checks->pdata[i];

      if (c->note != NULL)
        g_string_append_printf (out, "note %s %d: %s\n", c->id, c->year, c->note);
    }
}

static void
append_figures (GString *out, const SbTaseYearFigures *f)
{
  g_string_append_printf (out, "figures %d: %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                          " %" G_GINT64_FORMAT " %d %u\n", f->year, f->total_revenue,
                          f->catalogue_revenue, f->offshore_revenue, f->from_contracts,
                          f->staff_months);
}

static void
append_direction (GString *out, const SbDirectionResult *r)
{
  if (r == NULL)
    return;
  append_notes (out, r->checks);
  if (r->note != NULL)
    g_string_append_printf (out, "direction note: %s\n", r->note);
}

/* Everything the evaluators say of @program in @d at @at: the output JSON,
 * the warnings, the notes and the year figures (none of which it prints),
 * or the error.  @d is evaluated with that claim only, as the list does. */
static char *
program_text (const SbDossier *d, Program program, SbDate at)
{
  SbDossier only = *d;
  g_autoptr(SbEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  GString *out;

  only.tase = program == PROGRAM_TASE ? d->tase : NULL;
  only.annual_report = program == PROGRAM_ANNUAL_REPORT ? d->annual_report : NULL;
  only.hnte = program == PROGRAM_HNTE ? d->hnte : NULL;
  only.trade_fund = program == PROGRAM_TRADE_FUND ? d->trade_fund : NULL;
  e = sb_evaluate (&only, policies, at, &error);
  if (e == NULL)
    return g_strdup_printf ("error: %s", error->message);
  root = sb_evaluation_to_json (e);
  json = sb_json_to_pretty_string (root);
  out = g_string_new (json);
  g_string_append_c (out, '\n');
  if (e->tase != NULL)
    {
      append_lines (out, "warning", e->tase->warnings);
      append_notes (out, e->tase->checks);
      for (guint i = 0; i < e->tase->years->len; i++)
        append_figures (out, &g_array_index (e->tase->years, SbTaseYearFigures, i));
      g_string_append_printf (out, "benefit note: %s\n", or_none (e->tase->tax_benefit_note));
    }
  if (e->annual_report != NULL)
    {
      append_lines (out, "warning", e->annual_report->warnings);
      append_notes (out, e->annual_report->checks);
      append_figures (out, &e->annual_report->figures);
      g_string_append_printf (out, "benefit note: %s\n",
                              or_none (e->annual_report->tax_benefit_note));
    }
  if (e->hnte != NULL)
    {
      append_lines (out, "warning", e->hnte->warnings);
      append_notes (out, e->hnte->checks);
    }
  if (e->trade_fund != NULL)
    {
      append_lines (out, "warning", e->trade_fund->warnings);
      append_notes (out, e->trade_fund->common);
      append_direction (out, e->trade_fund->platform);
      append_direction (out, e->trade_fund->certifications);
      append_direction (out, e->trade_fund->brand);
      append_direction (out, e->trade_fund->interest);
      append_direction (out, e->trade_fund->tcm);
    }
  return g_string_free (out, FALSE);
}

/* ---- the companies ------------------------------------------------------ */

static SbDossier *
read_data (const char *name)
{
  g_autofree char *path = store_test_data (name);
  g_autoptr(GError) error = NULL;
  SbDossier *d = sb_dossier_from_file (path, categories, &error);

  g_assert_no_error (error);
  return d;
}

static SbContract *
contract (const char *no, const char *category, SbTri offshore, gint64 revenue)
{
  SbContract *c = sb_contract_new ();

  c->no = g_strdup (no);
  c->name = g_strdup ("软件服务");
  c->client = g_strdup ("株式会社例");
  c->client_country = g_strdup ("JP");
  c->category = g_strdup (category);
  c->offshore = offshore;
  c->amount = revenue != SB_UNSET ? revenue + 100 : SB_UNSET;
  c->revenue = revenue;
  return c;
}

static SbYear *
year_with_figures (int year, gint64 revenue)
{
  SbYear *y = sb_year_new (year);

  y->income_total = revenue + 20000000;
  y->non_taxable_income = 100000;
  y->taxable_income = revenue / 10;
  y->sales_revenue = revenue + 10000000;
  y->high_tech_revenue = revenue;
  y->rd_expense = revenue / 20;
  y->rd_expense_domestic = revenue / 25;
  y->net_assets_end = revenue;
  y->st_staff = 30;
  return y;
}

static void
add_months (SbYear *y, int first, int last)
{
  y->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  for (int m = first; m <= last; m++)
    {
      SbStaffMonth sm = { m, 100 + m, 101 + m, 60, 61, SB_UNSET, SB_UNSET };
      g_array_append_val (y->staff_months, sm);
    }
}

/* What the contracts of a year can be: catalogue or not, offshore or not or
 * unmarked, with or without revenue or number, and a sum that differs from
 * the year's own figures; years stored out of order; empty lists. */
static SbDossier *
edge_dossier (void)
{
  SbDossier *d = sb_dossier_new ();
  SbYear *y;

  d->company.name = g_strdup ("边界软件有限公司");
  d->company.credit_code = g_strdup ("91210200EDGE00001");
  d->company.region = g_strdup ("dalian");
  d->company.registered_on = sb_date_from_ymd (2015, 3, 1);
  d->company.legal_entity = SB_TRI_TRUE;
  d->declarations.scope_advanced_tech = SB_TRI_TRUE;
  d->declarations.clean_record_2y = SB_TRI_TRUE;
  d->declarations.mofcom_registered = SB_TRI_TRUE;
  d->declarations.no_serious_violation_5y = SB_TRI_TRUE;
  d->declarations.no_other_fiscal_support = SB_TRI_TRUE;
  d->declarations.no_major_incident = SB_TRI_TRUE;
  d->declarations.owns_core_ip = SB_TRI_TRUE;
  d->declarations.hnte_field = g_strdup ("电子信息");

  y = year_with_figures (2024, 420000000);
  y->tase_revenue = 1;                 /* differs from the contracts */
  y->offshore_revenue = 2;
  add_months (y, 1, 12);
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y->contracts, contract ("E-1", "ITO.software_dev", SB_TRI_TRUE, 300000000));
  g_ptr_array_add (y->contracts, contract ("E-2", "ITO.software_dev", SB_TRI_UNSET, 100000000));
  g_ptr_array_add (y->contracts, contract ("E-3", "BPO.operation", SB_TRI_TRUE, SB_UNSET));
  g_ptr_array_add (y->contracts, contract (NULL, NULL, SB_TRI_UNSET, 5));
  g_ptr_array_add (y->contracts, contract ("E-5", "ITO.ic_design", SB_TRI_FALSE, 20000000));
  g_ptr_array_add (y->contracts, contract (NULL, "ITO.ic_design", SB_TRI_UNSET, 7));
  g_ptr_array_add (d->years, y);

  y = year_with_figures (2022, 300000000);
  y->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (d->years, y);

  y = year_with_figures (2023, 350000000);
  y->tase_revenue = 300000000;
  y->offshore_revenue = 200000000;
  add_months (y, 4, 12);
  y->has_rd_ledger = TRUE;
  for (int i = 0; i < SB_RD_N_CATEGORIES; i++)
    y->rd_ledger[i] = 1000000 * (i + 1);
  g_ptr_array_add (d->years, y);

  d->tase = g_new0 (SbTaseClaim, 1);
  d->tase->mode = SB_TASE_NEW;
  d->tase->apply_year = 2025;
  d->tase->profile = g_strdup ("tase-dalian-2025");
  d->annual_report = g_new0 (SbAnnualClaim, 1);
  d->annual_report->year = 2024;
  d->annual_report->profile = g_strdup ("tase-dalian-2025");
  d->hnte = g_new0 (SbHnteClaim, 1);
  d->hnte->apply_date = SB_DATE_UNSET;   /* evaluated at the list's date */
  d->hnte->profile = g_strdup ("hnte-zhejiang");
  d->hnte->score_ip = 18;
  d->hnte->score_conversion = SB_UNSET;
  d->hnte->score_rd_management = 12;
  d->hnte->conversion_count = 4;
  return d;
}

/* A company with nothing but its name: no years, no claims. */
static SbDossier *
bare_dossier (void)
{
  SbDossier *d = sb_dossier_new ();

  d->company.name = g_strdup ("空壳公司");
  d->company.credit_code = g_strdup ("91210200BARE00001");
  return d;
}

/* A claim whose profile does not exist (an error), and one that does. */
static SbDossier *
broken_dossier (void)
{
  SbDossier *d = sb_dossier_new ();
  SbYear *y = year_with_figures (2024, 1000000);

  d->company.name = g_strdup ("无档案");
  d->company.credit_code = g_strdup ("91210200BROKEN001");
  d->company.region = g_strdup ("dalian");
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y->contracts, contract ("B-1", "ITO.software_dev", SB_TRI_TRUE, 1000000));
  g_ptr_array_add (d->years, y);
  d->tase = g_new0 (SbTaseClaim, 1);
  d->tase->mode = SB_TASE_NEW;
  d->tase->apply_year = 2025;
  d->tase->profile = g_strdup ("tase-mars-2099");
  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  d->trade_fund->offshore_execution_usd = SB_UNSET;
  return d;
}

static void
import (SbStore *store, const SbDossier *d, GArray *ids)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_REPLACE, &id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Every test dossier (tests/store/data, the spec examples) and the ones
 * above, edited after import so that rows are stored out of their order:
 * a contract inserted first, a year added after the others but earlier, a
 * company replaced (new year and contract ids, after the others').
 * Returns the ids, ascending; *out_edge the edge company's. */
static SbStore *
new_store (const char *name, GArray **out_ids, gint64 *out_edge)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) tase = read_data ("tase-dalian-new.shenbao.json");
  g_autoptr(SbDossier) fund = read_data ("tradefund-platform-certs.shenbao.json");
  g_autoptr(SbDossier) rich = read_data ("rich.shenbao.json");
  g_autoptr(SbDossier) dated = read_data ("rich.shenbao.json");
  g_autoptr(SbDossier) edge = edge_dossier ();
  g_autoptr(SbDossier) bare = bare_dossier ();
  g_autoptr(SbDossier) broken = broken_dossier ();
  g_autoptr(TestContract) first = contract ("E-0", "ITO.software_tech_service", SB_TRI_TRUE,
                                          50000000);
  g_autoptr(TestContract) unmarked = contract ("E-9", "BPO.operation", SB_TRI_UNSET, 3000000);
  g_autoptr(SbStoreYear) early = year_with_figures (2021, 200000000);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SbStore *store;

  store_test_rmrf (path);
  store = sb_store_open (path, &error);
  g_assert_no_error (error);

  g_free (dated->company.credit_code);
  dated->company.credit_code = g_strdup ("91210200DATED0001");
  dated->hnte->apply_date = SB_DATE_UNSET;

  import (store, tase, ids);
  import (store, edge, ids);
  *out_edge = g_array_index (ids, gint64, 1);
  import (store, fund, ids);
  import (store, bare, ids);
  import (store, rich, ids);
  import (store, broken, ids);
  import (store, dated, ids);

  g_assert_true (sb_store_add_contract (store, *out_edge, 2024, 0, first, &error));
  g_assert_no_error (error);
  early->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (early->contracts, contract ("E-21", "ITO.software_dev", SB_TRI_TRUE,
                                               150000000));
  add_months (early, 1, 12);
  g_assert_true (sb_store_add_year (store, *out_edge, early, &error));
  g_assert_no_error (error);
  g_assert_true (sb_store_add_contract (store, *out_edge, 2021, -1, unmarked, &error));
  g_assert_no_error (error);
  /* the first company again: its years and contracts now come last */
  import (store, tase, ids);

  g_array_sort (ids, compare_ids);
  *out_ids = ids;
  return store;
}

/* ---- tests ------------------------------------------------------------- */

/* Each company read for the evaluators gives what its full load gives. */
static void
test_same_evaluation (void)
{
  g_autoptr(GArray) ids = NULL;
  gint64 edge_id = 0;
  g_autoptr(SbStore) store = new_store ("same.db", &ids, &edge_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStoreEvalReader) reader = NULL;
  const SbDate dates[] = { sb_date_from_ymd (2025, 6, 1), sb_date_from_ymd (2026, 1, 15) };
  guint warned = 0;

  reader = sb_store_eval_reader_new (store, (const gint64 *) ids->data, ids->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SbDossier) full = sb_store_load_dossier (store, id, &error);
      const SbDossier *light;

      g_assert_no_error (error);
      light = sb_store_eval_reader_read (reader, id, &error);
      g_assert_no_error (error);
      g_assert_nonnull (light);
      g_assert_cmpstr (light->company.name, ==, full->company.name);
      g_assert_cmpuint (light->years->len, ==, full->years->len);
      for (guint y = 0; y < full->years->len; y++)
        {
          const SbYear *a = full->years->pdata[y], *b = light->years->pdata[y];

          g_assert_cmpint (b->year, ==, a->year);
          g_assert_cmpint (b->contracts != NULL, ==, a->contracts != NULL);
          g_assert_cmpint (b->staff_months != NULL, ==, a->staff_months != NULL);
          if (a->contracts != NULL)
            g_assert_cmpuint (b->contracts->len, ==, a->contracts->len);
          if (a->staff_months != NULL)
            g_assert_cmpuint (b->staff_months->len, ==, a->staff_months->len);
        }
      for (Program p = 0; p < N_PROGRAMS; p++)
        for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
          {
            g_autofree char *expected = program_text (full, p, dates[k]);
            g_autofree char *got = program_text (light, p, dates[k]);

            g_test_message ("company %" G_GINT64_FORMAT " %s", id, program_names[p]);
            g_assert_cmpstr (got, ==, expected);
            warned += strstr (expected, "warning: ") != NULL;
          }
    }
  g_assert_cmpuint (warned, >, 0);
}

/* What a company read for the evaluators holds, and what it leaves out. */
static void
test_light_contents (void)
{
  g_autoptr(GArray) ids = NULL;
  gint64 edge_id = 0;
  g_autoptr(SbStore) store = new_store ("light.db", &ids, &edge_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStoreEvalReader) reader = NULL;
  g_autofree char *text = NULL;
  const SbDossier *d;
  const SbYear *y;
  const SbContract *c;
  static const char * const nos[] = { NULL, NULL, "E-2", "E-3", NULL, NULL, NULL };
  static const gint64 revenues[] = { 50000000, 300000000, 100000000, SB_UNSET, 5, 20000000, 7 };
  static const SbTri offshore[] = { SB_TRI_TRUE, SB_TRI_TRUE, SB_TRI_UNSET, SB_TRI_TRUE,
                                    SB_TRI_UNSET, SB_TRI_FALSE, SB_TRI_UNSET };

  reader = sb_store_eval_reader_new (store, &edge_id, 1, &error);
  g_assert_no_error (error);
  d = sb_store_eval_reader_read (reader, edge_id, &error);
  g_assert_no_error (error);

  /* years in their stored order, 2021 added last */
  g_assert_cmpuint (d->years->len, ==, 4);
  g_assert_cmpint (((SbYear *) d->years->pdata[0])->year, ==, 2024);
  g_assert_cmpint (((SbYear *) d->years->pdata[1])->year, ==, 2022);
  g_assert_cmpint (((SbYear *) d->years->pdata[2])->year, ==, 2023);
  g_assert_cmpint (((SbYear *) d->years->pdata[3])->year, ==, 2021);
  g_assert_cmpstr (d->company.region, ==, "dalian");
  g_assert_cmpint (d->company.registered_on, ==, sb_date_from_ymd (2015, 3, 1));
  g_assert_cmpstr (d->declarations.hnte_field, ==, "电子信息");
  g_assert_cmpint (d->hnte->conversion_count, ==, 4);
  g_assert_cmpint (d->hnte->score_conversion, ==, SB_UNSET);
  g_assert_cmpint (d->annual_report->year, ==, 2024);

  /* the contracts in their order, E-0 inserted first: the figures the
   * evaluators read, the number only where a warning names it */
  y = d->years->pdata[0];
  g_assert_cmpuint (y->contracts->len, ==, G_N_ELEMENTS (nos));
  for (guint i = 0; i < y->contracts->len; i++)
    {
      c = y->contracts->pdata[i];
      g_assert_cmpstr (c->no, ==, nos[i]);
      g_assert_cmpint (c->revenue, ==, revenues[i]);
      g_assert_cmpint (c->offshore, ==, offshore[i]);
      g_assert_true ((c->category != NULL) == (i != 4));
      g_assert_null (c->name);
      g_assert_null (c->client);
      g_assert_null (c->client_country);
      g_assert_cmpint (c->amount, ==, SB_UNSET);
      g_assert_null (c->extra);
    }
  y = d->years->pdata[1];
  g_assert_cmpuint (y->contracts->len, ==, 0);
  g_assert_cmpuint (y->staff_months->len, ==, 0);
  y = d->years->pdata[2];
  g_assert_null (y->contracts);
  g_assert_cmpuint (y->staff_months->len, ==, 9);
  g_assert_cmpint (g_array_index (y->staff_months, SbStaffMonth, 0).month, ==, 4);
  g_assert_cmpint (g_array_index (y->staff_months, SbStaffMonth, 8).total_end, ==, 113);
  g_assert_cmpint (g_array_index (y->staff_months, SbStaffMonth, 8).st_end, ==, SB_UNSET);
  g_assert_true (y->has_rd_ledger);
  g_assert_cmpint (y->rd_ledger[SB_RD_OTHER], ==, 8000000);
  y = d->years->pdata[3];
  g_assert_cmpuint (y->contracts->len, ==, 2);
  g_assert_null (((SbContract *) y->contracts->pdata[0])->no);
  g_assert_cmpstr (((SbContract *) y->contracts->pdata[1])->no, ==, "E-9");

  /* the evaluators' warnings name the contracts */
  text = program_text (d, PROGRAM_TASE, sb_date_from_ymd (2025, 6, 1));
  g_assert_nonnull (strstr (text, "2024: contract E-2 is not marked offshore or onshore"));
  g_assert_nonnull (strstr (text, "2024: contract E-3 has no revenue for the year"));
  g_assert_nonnull (strstr (text, "2024: contract ? is not marked offshore or onshore"));
}

/* Companies are read in ascending order; those not asked for are skipped,
 * and one that is not stored is NOT_FOUND. */
static void
test_skip_and_missing (void)
{
  g_autoptr(GArray) ids = NULL;
  gint64 edge_id = 0;
  g_autoptr(SbStore) store = new_store ("skip.db", &ids, &edge_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStoreEvalReader) reader = NULL;
  gint64 last = g_array_index (ids, gint64, ids->len - 1);
  gint64 asked[] = { edge_id, last, last + 100 };
  const SbDossier *d;

  /* every company in the queries, only some read: the first (replaced,
   * its rows now stored after the others'), one, the last */
  reader = sb_store_eval_reader_new (store, (const gint64 *) ids->data, ids->len, &error);
  g_assert_no_error (error);
  d = sb_store_eval_reader_read (reader, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->company.name, ==, "大连星海软件有限公司");
  g_assert_cmpuint (((SbYear *) d->years->pdata[0])->contracts->len, ==, 4);
  d = sb_store_eval_reader_read (reader, edge_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->company.name, ==, "边界软件有限公司");
  g_assert_cmpuint (((SbYear *) d->years->pdata[0])->contracts->len, ==, 7);
  d = sb_store_eval_reader_read (reader, last, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->company.credit_code, ==, "91210200DATED0001");
  g_assert_cmpuint (((SbYear *) d->years->pdata[0])->contracts->len, ==, 3);
  g_clear_pointer (&reader, sb_store_eval_reader_free);

  reader = sb_store_eval_reader_new (store, asked, G_N_ELEMENTS (asked), &error);
  g_assert_no_error (error);
  d = sb_store_eval_reader_read (reader, last, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d->tase);
  d = sb_store_eval_reader_read (reader, last + 100, &error);
  g_assert_null (d);
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_NOT_FOUND);
}

static SbVerdict
verdict_of (SbEvaluation *e, Program p, gint64 *total)
{
  gboolean eligible;

  switch (p)
    {
    case PROGRAM_TASE:
      eligible = e->tase->eligible;
      break;
    case PROGRAM_ANNUAL_REPORT:
      eligible = e->annual_report->eligible;
      break;
    case PROGRAM_HNTE:
      eligible = e->hnte->eligible;
      break;
    case PROGRAM_TRADE_FUND:
    default:
      *total = e->trade_fund->total;
      eligible = e->trade_fund->total > 0;
      break;
    }
  return eligible ? SB_VERDICT_ELIGIBLE : SB_VERDICT_NOT_ELIGIBLE;
}

/* The list's row, as full loads + sb_evaluate give it. */
static void
check_row (SbStore *store, const SbStoreCompany *row, SbDate at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_store_load_dossier (store, row->id, &error);
  gconstpointer claims[N_PROGRAMS];
  SbVerdict got[] = { row->tase, row->annual_report, row->hnte, row->trade_fund };
  g_autoptr(GString) errors = g_string_new (NULL);
  gint64 total = SB_UNSET;

  g_assert_no_error (error);
  claims[PROGRAM_TASE] = d->tase;
  claims[PROGRAM_ANNUAL_REPORT] = d->annual_report;
  claims[PROGRAM_HNTE] = d->hnte;
  claims[PROGRAM_TRADE_FUND] = d->trade_fund;
  for (Program p = 0; p < N_PROGRAMS; p++)
    {
      SbDossier only = *d;
      g_autoptr(SbEvaluation) e = NULL;
      g_autoptr(GError) failed = NULL;
      SbVerdict expected = SB_VERDICT_NOT_ASKED;

      only.tase = p == PROGRAM_TASE ? d->tase : NULL;
      only.annual_report = p == PROGRAM_ANNUAL_REPORT ? d->annual_report : NULL;
      only.hnte = p == PROGRAM_HNTE ? d->hnte : NULL;
      only.trade_fund = p == PROGRAM_TRADE_FUND ? d->trade_fund : NULL;
      if (claims[p] != NULL)
        {
          e = sb_evaluate (&only, policies, at, &failed);
          if (e != NULL)
            expected = verdict_of (e, p, &total);
          else
            {
              expected = SB_VERDICT_ERROR;
              g_string_append_printf (errors, "%s%s: %s", errors->len > 0 ? "\n" : "",
                                      program_names[p], failed->message);
            }
        }
      g_test_message ("company %" G_GINT64_FORMAT " %s", row->id, program_names[p]);
      g_assert_cmpint (got[p], ==, expected);
    }
  g_assert_cmpint (row->trade_fund_total, ==, total);
  g_assert_cmpstr (row->errors, ==, errors->len > 0 ? errors->str : NULL);
}

/* The verdicts computed again equal those of full loads + sb_evaluate:
 * every company, then only one edited, then at another date. */
static void
test_list (void)
{
  g_autoptr(GArray) ids = NULL;
  gint64 edge_id = 0;
  g_autoptr(SbStore) store = new_store ("list.db", &ids, &edge_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(TestContract) changed = contract ("E-1", "ITO.software_dev", SB_TRI_FALSE,
                                            300000000);
  SbDate at = sb_date_from_ymd (2025, 6, 1);
  SbDate later = sb_date_from_ymd (2026, 1, 15);
  guint asked[4] = { 0 };

  g_assert_true (sb_store_forget_verdicts (store, &error));
  {
    g_autoptr(GPtrArray) list = sb_store_list_verdicts (store, policies, at, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, ids->len);
    for (guint i = 0; i < list->len; i++)
      {
        SbStoreCompany *row = list->pdata[i];

        g_assert_cmpint (row->id, ==, g_array_index (ids, gint64, i));
        check_row (store, row, at);
        asked[0] += row->tase != SB_VERDICT_NOT_ASKED;
        asked[1] += row->annual_report != SB_VERDICT_NOT_ASKED;
        asked[2] += row->hnte != SB_VERDICT_NOT_ASKED;
        asked[3] += row->trade_fund != SB_VERDICT_NOT_ASKED;
      }
    for (guint p = 0; p < G_N_ELEMENTS (asked); p++)
      g_assert_cmpuint (asked[p], >=, 2);
  }

  /* one company edited: it alone is read again */
  g_assert_true (sb_store_update_contract (store, edge_id, 2024, 1, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (sb_store_get_path (store),
                                         "SELECT count(*) FROM verdicts"), ==, ids->len - 1);
  {
    g_autoptr(GPtrArray) list = sb_store_list_verdicts (store, policies, at, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < list->len; i++)
      check_row (store, list->pdata[i], at);
  }

  /* another date: the companies with an undated HNTE claim */
  {
    g_autoptr(GPtrArray) list = sb_store_list_verdicts (store, policies, later, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < list->len; i++)
      check_row (store, list->pdata[i], later);
  }
  g_assert_cmpint (store_test_query_int (sb_store_get_path (store),
                                         "SELECT count(*) FROM verdicts"
                                         " WHERE at_date = '2026-01-15'"), ==, 2);
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  policies = sb_policy_set_new_default (tmpdir);
  categories = sb_known_categories (policies);
  g_test_add_func ("/store/verdicts/same-evaluation", test_same_evaluation);
  g_test_add_func ("/store/verdicts/light-contents", test_light_contents);
  g_test_add_func ("/store/verdicts/skip-and-missing", test_skip_and_missing);
  g_test_add_func ("/store/verdicts/list", test_list);
  ret = g_test_run ();
  g_hash_table_unref (categories);
  sb_policy_set_free (policies);
  store_test_rmrf (tmpdir);
  g_free (tmpdir);
  return ret;
}
