/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's edits: each changes exactly what it says (the stored company
 * is compared with a copy in memory edited the same way), and a refused edit
 * changes nothing. */
#include "store-test-util.h"

static char *tmpdir;

typedef struct
{
  SbStore   *store;
  gint64     id;
  SbDossier *mirror;   /* what the store must hold */
} Fixture;

static SbDossier *
copy (const SbDossier *d)
{
  g_autoptr(JsonNode) root = sb_dossier_to_json (d);
  g_autoptr(GError) error = NULL;
  SbDossier *c = sb_dossier_from_json (root, NULL, &error);

  g_assert_no_error (error);
  return c;
}

static void
setup (Fixture *f, gconstpointer data)
{
  static int n;
  g_autofree char *name = g_strdup_printf ("edit-%d.db", ++n);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;

  f->store = sb_store_open (path, &error);
  g_assert_no_error (error);
  f->mirror = sb_dossier_from_file (rich, NULL, &error);
  g_assert_no_error (error);
  sb_store_import_dossier (f->store, f->mirror, SB_STORE_ON_CONFLICT_ASK, &f->id, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->mirror, sb_dossier_free);
}

/* The stored company is the mirror. */
static void
check (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) loaded = sb_store_load_dossier (f->store, f->id, &error);
  g_autofree char *expected = store_test_dossier_text (f->mirror);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = store_test_dossier_text (loaded);
  g_assert_cmpstr (got, ==, expected);
}

static SbYear *
year (Fixture *f, int y)
{
  return (SbYear *) sb_dossier_find_year (f->mirror, y);
}

static void
expect_error (gboolean ok, GError **error, SbStoreError code, const char *needle)
{
  g_assert_false (ok);
  g_assert_error (*error, SB_STORE_ERROR, (int) code);
  g_test_message ("%s", (*error)->message);
  if (needle != NULL)
    g_assert_nonnull (strstr ((*error)->message, needle));
  g_clear_error (error);
}

static void
test_company (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) other = sb_dossier_new ();
  gint64 other_id;

  g_assert_true (sb_store_set_company_string (f->store, f->id, "name", "新名字", &error));
  g_free (f->mirror->company.name);
  f->mirror->company.name = g_strdup ("新名字");
  g_assert_true (sb_store_set_company_string (f->store, f->id, "region", NULL, &error));
  g_clear_pointer (&f->mirror->company.region, g_free);
  g_assert_true (sb_store_set_company_string (f->store, f->id, "credit_code", "91NEW", &error));
  g_free (f->mirror->company.credit_code);
  f->mirror->company.credit_code = g_strdup ("91NEW");
  g_assert_true (sb_store_set_company_date (f->store, f->id, "registered_on",
                                            sb_date_from_ymd (2000, 2, 29), &error));
  f->mirror->company.registered_on = sb_date_from_ymd (2000, 2, 29);
  g_assert_true (sb_store_set_company_tri (f->store, f->id, "legal_entity", SB_TRI_UNSET, &error));
  f->mirror->company.legal_entity = SB_TRI_UNSET;
  g_assert_true (sb_store_set_declaration (f->store, f->id, "no_major_incident", SB_TRI_FALSE,
                                           &error));
  f->mirror->declarations.no_major_incident = SB_TRI_FALSE;
  g_assert_true (sb_store_set_declaration (f->store, f->id, "clean_record_2y", SB_TRI_TRUE,
                                           &error));
  f->mirror->declarations.clean_record_2y = SB_TRI_TRUE;
  g_assert_true (sb_store_set_declaration_string (f->store, f->id, "hnte_field", "新材料", &error));
  g_free (f->mirror->declarations.hnte_field);
  f->mirror->declarations.hnte_field = g_strdup ("新材料");
  g_assert_no_error (error);
  check (f);

  /* refused: nothing changes */
  other->company.credit_code = g_strdup ("91OTHER");
  sb_store_import_dossier (f->store, other, SB_STORE_ON_CONFLICT_ASK, &other_id, &error);
  g_assert_no_error (error);
  expect_error (sb_store_set_company_string (f->store, f->id, "credit_code", "91OTHER", &error),
                &error, SB_STORE_ERROR_CONFLICT, "91OTHER");
  expect_error (sb_store_set_company_string (f->store, f->id, "income_total", "1", &error),
                &error, SB_STORE_ERROR_INVALID, "income_total");
  expect_error (sb_store_set_declaration (f->store, f->id, "hnte_field", SB_TRI_TRUE, &error),
                &error, SB_STORE_ERROR_INVALID, "hnte_field");
  expect_error (sb_store_set_company_tri (f->store, f->id, NULL, SB_TRI_TRUE, &error),
                &error, SB_STORE_ERROR_INVALID, NULL);
  expect_error (sb_store_set_company_string (f->store, 999, "name", "x", &error),
                &error, SB_STORE_ERROR_NOT_FOUND, "999");
  check (f);
}

static void
test_figures (Fixture *f, gconstpointer data)
{
  static const char * const keys[] = {
    "income_total", "non_taxable_income", "taxable_income", "sales_revenue",
    "high_tech_revenue", "rd_expense", "rd_expense_domestic", "net_assets_end", "st_staff",
    "tase_revenue", "offshore_revenue",
  };
  g_autoptr(GError) error = NULL;
  SbYear *y = year (f, 2023);
  gint64 *fields[] = {
    &y->income_total, &y->non_taxable_income, &y->taxable_income, &y->sales_revenue,
    &y->high_tech_revenue, &y->rd_expense, &y->rd_expense_domestic, &y->net_assets_end,
    &y->st_staff, &y->tase_revenue, &y->offshore_revenue,
  };

  /* every figure, set to a value of its own, then cleared */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gint64 value = 2000000 - i;   /* non_taxable_income stays below income_total */

      g_assert_true (sb_store_set_year_figure (f->store, f->id, 2023, keys[i], value, &error));
      g_assert_no_error (error);
      *fields[i] = value;
      check (f);
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (sb_store_set_year_figure (f->store, f->id, 2023, keys[i], SB_UNSET, &error));
      *fields[i] = SB_UNSET;
    }
  check (f);

  /* the bounds the reader applies */
  g_assert_true (sb_store_set_year_figure (f->store, f->id, 2023, "taxable_income", -1, &error));
  y->taxable_income = -1;
  g_assert_true (sb_store_set_year_figure (f->store, f->id, 2023, "sales_revenue",
                                           G_GINT64_CONSTANT (900000000000000), &error));
  y->sales_revenue = G_GINT64_CONSTANT (900000000000000);
  g_assert_no_error (error);
  check (f);
  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "income_total", -1, &error),
                &error, SB_STORE_ERROR_INVALID, "income_total: must not be negative");
  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "net_assets_end",
                                          G_GINT64_CONSTANT (900000000000001), &error),
                &error, SB_STORE_ERROR_INVALID, "net_assets_end: is beyond");
  expect_error (sb_store_set_year_figure (f->store, f->id, 2024, "income_total", 1, &error),
                &error, SB_STORE_ERROR_INVALID, "non_taxable_income: is larger than income_total");
  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "st_staff", -3, &error),
                &error, SB_STORE_ERROR_INVALID, "st_staff");
  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "profit", 1, &error),
                &error, SB_STORE_ERROR_INVALID, "profit");
  expect_error (sb_store_set_year_figure (f->store, f->id, 1999, "income_total", 1, &error),
                &error, SB_STORE_ERROR_NOT_FOUND, "no year 1999");
  check (f);
}

static void
test_ledger (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const gint64 ledger[SB_RD_N_CATEGORIES] = { 1, 2, 3, 4, 5, 6, 7, SB_UNSET };
  SbYear *y = year (f, 2023);

  /* a category of a year without a ledger starts one, the others 0 */
  g_assert_true (sb_store_set_year_figure (f->store, f->id, 2023, "rd_ledger.design", 55, &error));
  g_assert_no_error (error);
  y->has_rd_ledger = TRUE;
  y->rd_ledger[SB_RD_DESIGN] = 55;
  check (f);

  g_assert_true (sb_store_set_rd_ledger (f->store, f->id, 2023, ledger, &error));
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    y->rd_ledger[i] = ledger[i] == SB_UNSET ? 0 : ledger[i];
  check (f);

  g_assert_true (sb_store_set_rd_ledger (f->store, f->id, 2024, NULL, &error));
  year (f, 2024)->has_rd_ledger = FALSE;
  g_assert_no_error (error);
  check (f);

  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "rd_ledger.other", -5, &error),
                &error, SB_STORE_ERROR_INVALID, "rd_ledger.other: must not be negative");
  expect_error (sb_store_set_year_figure (f->store, f->id, 2023, "rd_ledger.snacks", 5, &error),
                &error, SB_STORE_ERROR_INVALID, "rd_ledger.snacks");
  check (f);
}

static void
test_years (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  SbYear *y = sb_year_new (2021);
  SbStaffMonth m = { 3, 10, 11, 5, 6, SB_UNSET, SB_UNSET };
  SbContract *c = sb_contract_new ();

  y->income_total = 123;
  y->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  g_array_append_val (y->staff_months, m);
  y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  c->no = g_strdup ("N-1");
  c->revenue = 7;
  g_ptr_array_add (y->contracts, c);

  g_assert_true (sb_store_add_year (f->store, f->id, y, &error));
  g_assert_no_error (error);
  g_ptr_array_add (f->mirror->years, y);   /* after the others */
  check (f);

  expect_error (sb_store_add_year (f->store, f->id, y, &error), &error,
                SB_STORE_ERROR_INVALID, "2021 is stored already");
  {
    g_autoptr(SbDossier) holder = sb_dossier_new ();
    SbYear *bad = sb_year_new (1800);

    g_ptr_array_add (holder->years, bad);
    expect_error (sb_store_add_year (f->store, f->id, bad, &error), &error,
                  SB_STORE_ERROR_INVALID, "year");
  }

  g_assert_true (sb_store_delete_year (f->store, f->id, 2024, &error));
  g_assert_no_error (error);
  g_ptr_array_remove_index (f->mirror->years, 0);
  check (f);
  expect_error (sb_store_delete_year (f->store, f->id, 2024, &error), &error,
                SB_STORE_ERROR_NOT_FOUND, "2024");
  check (f);
}

static void
test_staff_months (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  SbStaffMonth m6 = { 6, 10, 12, 4, 5, 1, 2 };
  SbStaffMonth m1 = { 1, 300, 301, 150, 151, SB_UNSET, SB_UNSET };
  SbStaffMonth bad = { 7, 10, 12, 11, 5, SB_UNSET, SB_UNSET };
  SbStaffMonth half = { 8, 10, 12, 1, 1, 3, SB_UNSET };
  SbStaffMonth thirteenth = { 13, 1, 1, 1, 1, SB_UNSET, SB_UNSET };
  SbYear *y2023 = year (f, 2023);
  SbYear *y2024 = year (f, 2024);

  /* the first month of a year without the list */
  g_assert_true (sb_store_set_staff_month (f->store, f->id, 2023, &m6, &error));
  g_assert_no_error (error);
  y2023->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  g_array_append_val (y2023->staff_months, m6);
  check (f);

  /* replacing a month */
  g_assert_true (sb_store_set_staff_month (f->store, f->id, 2024, &m1, &error));
  g_array_index (y2024->staff_months, SbStaffMonth, 0) = m1;
  check (f);

  g_assert_true (sb_store_delete_staff_month (f->store, f->id, 2024, 2, &error));
  g_array_remove_index (y2024->staff_months, 1);
  g_assert_no_error (error);
  check (f);

  expect_error (sb_store_delete_staff_month (f->store, f->id, 2024, 2, &error), &error,
                SB_STORE_ERROR_NOT_FOUND, "no month 2");
  expect_error (sb_store_set_staff_month (f->store, f->id, 2024, &bad, &error), &error,
                SB_STORE_ERROR_INVALID, "degree_start: is larger than total_start");
  expect_error (sb_store_set_staff_month (f->store, f->id, 2024, &half, &error), &error,
                SB_STORE_ERROR_INVALID, "st_end");
  expect_error (sb_store_set_staff_month (f->store, f->id, 2024, &thirteenth, &error), &error,
                SB_STORE_ERROR_INVALID, "month");
  check (f);
}

static SbContract *
contract (const char *no, gint64 revenue)
{
  SbContract *c = sb_contract_new ();

  c->no = g_strdup (no);
  c->revenue = revenue;
  c->category = g_strdup ("ITO.software_dev");
  c->offshore = SB_TRI_TRUE;
  c->extra = json_object_new ();
  json_object_set_string_member (c->extra, "x_memo", no);
  return c;
}

static void
test_contracts (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  SbYear *y2024 = year (f, 2024);
  SbYear *y2023 = year (f, 2023);
  SbContract *c;

  /* at the end, at the front, in the middle */
  c = contract ("END", 100);
  g_assert_true (sb_store_add_contract (f->store, f->id, 2024, -1, c, &error));
  g_ptr_array_add (y2024->contracts, c);
  c = contract ("FRONT", 200);
  g_assert_true (sb_store_add_contract (f->store, f->id, 2024, 0, c, &error));
  g_ptr_array_insert (y2024->contracts, 0, c);
  c = contract ("MIDDLE", 300);
  g_assert_true (sb_store_add_contract (f->store, f->id, 2024, 2, c, &error));
  g_ptr_array_insert (y2024->contracts, 2, c);
  g_assert_no_error (error);
  check (f);

  /* a year without the list gets one */
  c = contract ("FIRST", 1);
  g_assert_true (sb_store_add_contract (f->store, f->id, 2023, -1, c, &error));
  y2023->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  g_ptr_array_add (y2023->contracts, c);
  check (f);

  c = contract ("UPDATED", 999);
  g_assert_true (sb_store_update_contract (f->store, f->id, 2024, 3, c, &error));
  g_ptr_array_remove_index (y2024->contracts, 3);
  g_ptr_array_insert (y2024->contracts, 3, c);
  check (f);

  g_assert_true (sb_store_delete_contract (f->store, f->id, 2024, 0, &error));
  g_ptr_array_remove_index (y2024->contracts, 0);
  g_assert_true (sb_store_delete_contract (f->store, f->id, 2024, 2, &error));
  g_ptr_array_remove_index (y2024->contracts, 2);
  g_assert_no_error (error);
  check (f);

  /* the places stay 0, 1, 2 …: the last one can be updated by its index */
  c = contract ("LAST", 5);
  g_assert_true (sb_store_update_contract (f->store, f->id, 2024, y2024->contracts->len - 1, c,
                                           &error));
  g_ptr_array_remove_index (y2024->contracts, y2024->contracts->len - 1);
  g_ptr_array_add (y2024->contracts, c);
  check (f);

  c = contract ("NEGATIVE", -1);
  expect_error (sb_store_add_contract (f->store, f->id, 2024, -1, c, &error), &error,
                SB_STORE_ERROR_INVALID, "revenue: must not be negative");
  expect_error (sb_store_update_contract (f->store, f->id, 2024, 0, c, &error), &error,
                SB_STORE_ERROR_INVALID, "revenue");
  sb_contract_free (c);
  c = contract ("FAR", 1);
  expect_error (sb_store_add_contract (f->store, f->id, 2024, 99, c, &error), &error,
                SB_STORE_ERROR_INVALID, "no place 99");
  expect_error (sb_store_update_contract (f->store, f->id, 2024, 99, c, &error), &error,
                SB_STORE_ERROR_NOT_FOUND, "no contract 99");
  expect_error (sb_store_add_contract (f->store, f->id, 2030, -1, c, &error), &error,
                SB_STORE_ERROR_NOT_FOUND, "no year 2030");
  sb_contract_free (c);
  expect_error (sb_store_delete_contract (f->store, f->id, 2024, 99, &error), &error,
                SB_STORE_ERROR_NOT_FOUND, "no contract 99");
  check (f);
}

static void
test_claims (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) edited = copy (f->mirror);
  SbTradeFundClaim *tf;

  /* no TASE claim any more; another HNTE date; one platform, no TCM */
  g_clear_pointer (&edited->tase->profile, g_free);
  g_clear_pointer (&edited->tase->extra, json_object_unref);
  g_clear_pointer (&edited->tase, g_free);
  edited->hnte->apply_date = sb_date_from_ymd (2025, 9, 30);
  tf = edited->trade_fund;
  g_ptr_array_remove_index (tf->platforms, 1);
  tf->platform_is_list = FALSE;
  g_clear_pointer (&tf->tcm->extra, json_object_unref);
  g_clear_pointer (&tf->tcm, g_free);
  g_assert_true (sb_store_save_claims (f->store, f->id, edited, &error));
  g_assert_no_error (error);

  g_clear_pointer (&f->mirror->tase->profile, g_free);
  g_clear_pointer (&f->mirror->tase->extra, json_object_unref);
  g_clear_pointer (&f->mirror->tase, g_free);
  f->mirror->hnte->apply_date = sb_date_from_ymd (2025, 9, 30);
  g_ptr_array_remove_index (f->mirror->trade_fund->platforms, 1);
  f->mirror->trade_fund->platform_is_list = FALSE;
  g_clear_pointer (&f->mirror->trade_fund->tcm->extra, json_object_unref);
  g_clear_pointer (&f->mirror->trade_fund->tcm, g_free);
  check (f);

  /* the years are not touched by saving the claims */
  g_ptr_array_set_size (edited->years, 0);
  g_assert_true (sb_store_save_claims (f->store, f->id, edited, &error));
  check (f);

  /* refused: a certification line without a name */
  g_ptr_array_add (edited->trade_fund->certifications, sb_cert_line_new ());
  expect_error (sb_store_save_claims (f->store, f->id, edited, &error), &error,
                SB_STORE_ERROR_INVALID, "certifications[3].name");
  check (f);
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  g_test_add ("/store/edit/company", Fixture, NULL, setup, test_company, teardown);
  g_test_add ("/store/edit/figures", Fixture, NULL, setup, test_figures, teardown);
  g_test_add ("/store/edit/ledger", Fixture, NULL, setup, test_ledger, teardown);
  g_test_add ("/store/edit/years", Fixture, NULL, setup, test_years, teardown);
  g_test_add ("/store/edit/staff-months", Fixture, NULL, setup, test_staff_months, teardown);
  g_test_add ("/store/edit/contracts", Fixture, NULL, setup, test_contracts, teardown);
  g_test_add ("/store/edit/claims", Fixture, NULL, setup, test_claims, teardown);
  ret = g_test_run ();
  store_test_rmrf (tmpdir);
  g_free (tmpdir);
  return ret;
}
