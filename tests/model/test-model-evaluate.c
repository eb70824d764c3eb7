/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model-evaluate.c: the engine evaluates straight from the model, with
 * the verdicts it gives the dossier. */
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-engine-error.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"

static SbPolicySet *
policies (void)
{
  const char *root = g_getenv ("SHENBAO_SOURCE_DIR");
  g_autofree char *dir = NULL;
  SbPolicySet *set = sb_policy_set_new ();

  g_assert_nonnull (root);
  dir = g_build_filename (root, "data", "policies", NULL);
  g_assert_cmpuint (sb_policy_set_add_dir (set, dir), >=, 3);
  return set;
}

static char *
evaluation_text (SbEvaluation *ev)
{
  g_autoptr(JsonNode) node = sb_evaluation_to_json (ev);

  return sb_json_to_pretty_string (node);
}

/* The evaluation of @d, straight and through a model of it; NULL (and the
 * test skipped) while an evaluator is not in. */
static gboolean
assert_same_evaluation (const SbDossier *d, SbPolicySet *set, SbDate at, char **out_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) direct = sb_evaluate (d, set, at, &error);
  g_autoptr(SbEvaluation) from_model = NULL;
  g_autofree char *a = NULL, *b = NULL;
  SbEnterprise *e;

  if (direct == NULL)
    {
      g_test_skip_printf ("the engine does not evaluate this yet: %s", error->message);
      return FALSE;
    }
  e = sb_enterprise_new_from_dossier (d);
  from_model = sb_enterprise_evaluate (e, set, at, &error);
  g_assert_no_error (error);
  g_assert_nonnull (from_model);
  a = evaluation_text (direct);
  b = evaluation_text (from_model);
  g_assert_cmpstr (b, ==, a);
  g_assert_finalize_object (e);
  if (out_text != NULL)
    *out_text = g_steal_pointer (&a);
  return TRUE;
}

static void
test_examples (void)
{
  const char *spec = g_getenv ("SHENBAO_SPEC_DIR");
  g_autoptr(SbPolicySet) set = policies ();
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  g_assert_nonnull (spec);
  dir_path = g_build_filename (spec, "examples", NULL);
  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL, *stem = NULL, *expected_path = NULL, *expected = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GHashTable) known = sb_known_categories (set);
      g_autoptr(SbDossier) d = NULL;

      if (!g_str_has_suffix (name, ".shenbao.json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      d = sb_dossier_from_file (path, known, &error);
      g_assert_no_error (error);
      if (!assert_same_evaluation (d, set, sb_date_from_ymd (2025, 6, 1), &text))
        continue;
      /* and that is the contract's output */
      stem = g_strndup (path, strlen (path) - strlen (".shenbao.json"));
      expected_path = g_strconcat (stem, ".expected.json", NULL);
      if (g_file_get_contents (expected_path, &expected, NULL, NULL))
        {
          g_strchomp (expected);
          g_assert_cmpstr (text, ==, expected);
        }
    }
}

/* A company with several years and every claim, edited in the model. */
static SbDossier *
company (void)
{
  SbDossier *d = sb_dossier_new ();

  d->company.name = g_strdup ("大连星海软件有限公司");
  d->company.region = g_strdup ("dalian");
  d->company.registered_on = sb_date_from_ymd (2010, 9, 1);
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
      gint64 k = year - 2021;

      y->income_total = 3000000000 * k;
      y->non_taxable_income = 0;
      y->taxable_income = 400000000 * k;
      y->sales_revenue = 2900000000 * k;
      y->high_tech_revenue = 2000000000 * k;
      y->rd_expense = 160000000 * k;
      y->rd_expense_domestic = 150000000 * k;
      y->net_assets_end = 1000000000 * k;
      y->st_staff = 30;
      y->staff_months = g_array_new (FALSE, TRUE, sizeof (SbStaffMonth));
      for (int m = 1; m <= 12; m++)
        {
          SbStaffMonth sm = { m, 150, 150, 76, 76, 30, 30 };
          g_array_append_val (y->staff_months, sm);
        }
      y->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
      for (int i = 0; i < 4; i++)
        {
          SbContract *c = sb_contract_new ();

          c->no = g_strdup_printf ("C-%d-%d", year, i);
          c->offshore = i % 2 == 0 ? SB_TRI_TRUE : SB_TRI_FALSE;
          c->category = g_strdup ("ITO.software_dev");
          c->revenue = 500000000 * k;
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
  return d;
}

static void
test_company (void)
{
  g_autoptr(SbPolicySet) set = policies ();
  g_autoptr(SbDossier) d = company ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) before = NULL;
  g_autoptr(SbEvaluation) after = NULL;
  g_autoptr(SbDossier) edited = NULL;
  g_autoptr(SbContractRow) c = NULL;
  g_autofree char *text_before = NULL, *text_after = NULL, *text_direct = NULL;
  SbEnterprise *e;

  if (!assert_same_evaluation (d, set, sb_date_from_ymd (2025, 6, 1), NULL))
    return;

  /* an edit in the model is what the engine sees next */
  e = sb_enterprise_new_from_dossier (d);
  before = sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error);
  g_assert_no_error (error);
  c = g_list_model_get_item (sb_fiscal_year_get_contracts (sb_enterprise_find_year (e, 2024)), 0);
  g_object_set (c, "offshore", SB_TRI_FALSE, NULL);
  after = sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error);
  g_assert_no_error (error);
  text_before = evaluation_text (before);
  text_after = evaluation_text (after);
  g_assert_cmpstr (text_before, !=, text_after);
  edited = sb_enterprise_to_dossier (e);
  assert_same_evaluation (edited, set, sb_date_from_ymd (2025, 6, 1), &text_direct);
  g_assert_cmpstr (text_after, ==, text_direct);

  /* each edit reaches the next evaluation: a month's counts, a year's
   * figure, a declaration, a claim */
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(SbEvaluation) ev = NULL;
      g_autoptr(SbEvaluation) direct = NULL;
      g_autoptr(SbDossier) now = NULL;
      g_autofree char *a = NULL, *b = NULL;
      SbFiscalYear *y = sb_enterprise_find_year (e, 2023);

      if (round == 0)
        {
          SbStaffMonthRow *m = sb_fiscal_year_find_staff_month (y, 6);
          g_object_set (m, "degree-start", (gint64) 10, "degree-end", (gint64) 10, NULL);
        }
      else if (round == 1)
        g_object_set (sb_enterprise_find_year (e, 2024), "taxable-income", (gint64) 0, NULL);
      else if (round == 2)
        g_object_set (e, "clean-record-2y", SB_TRI_FALSE, NULL);
      else
        g_object_set (sb_enterprise_get_hnte (e), "score-ip", (gint64) 2, NULL);

      ev = sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error);
      g_assert_no_error (error);
      now = sb_enterprise_to_dossier (e);
      direct = sb_evaluate (now, set, sb_date_from_ymd (2025, 6, 1), &error);
      g_assert_no_error (error);
      a = evaluation_text (ev);
      b = evaluation_text (direct);
      g_assert_cmpstr (a, ==, b);
      g_assert_cmpstr (a, !=, text_direct);
      g_free (text_direct);
      text_direct = g_steal_pointer (&a);
    }

  /* what no evaluation takes is refused, naming the figure as the window
   * does (the contract, the column), never a key path */
  g_object_set (c, "revenue", (gint64) -5, NULL);
  g_assert_null (sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "2024 contract C-2024-0 Revenue in the year (¥): "
                                       "must not be negative");
  g_clear_error (&error);
  g_object_set (c, "revenue", (gint64) 5, "category", "ITO.no_such_code", NULL);
  g_assert_null (sb_enterprise_evaluate (e, set, sb_date_from_ymd (2025, 6, 1), &error));
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT);
  g_assert_true (strstr (error->message, "unknown catalogue code") != NULL);

  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&c));
}

typedef struct
{
  SbEnterprise *e;
  SbPolicySet  *set;
  char         *text;
} Evaluator;

static void
evaluate_now (Evaluator *ev)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) result = NULL;

  result = sb_enterprise_evaluate (ev->e, ev->set, sb_date_from_ymd (2025, 6, 1), &error);
  g_assert_no_error (error);
  g_free (ev->text);
  ev->text = evaluation_text (result);
}

static void
on_changed (SbEnterprise *e, Evaluator *ev)
{
  evaluate_now (ev);
}

static void
on_notify (GObject *object, GParamSpec *pspec, Evaluator *ev)
{
  evaluate_now (ev);
}

/* A window re-evaluates inside its handlers: what it gets is already the
 * edited company, from "changed" and from a row's notify alike. */
static void
test_from_handlers (void)
{
  g_autoptr(SbPolicySet) set = policies ();
  g_autoptr(SbDossier) d = company ();
  g_autoptr(GError) error = NULL;
  SbEnterprise *e = sb_enterprise_new_from_dossier (d);
  Evaluator from_changed = { e, set, NULL }, from_notify = { e, set, NULL };
  g_autoptr(SbContractRow) c = NULL;
  g_autoptr(SbStaffMonthRow) m = NULL;

  if (!assert_same_evaluation (d, set, sb_date_from_ymd (2025, 6, 1), NULL))
    {
      g_assert_finalize_object (e);
      return;
    }
  c = g_list_model_get_item (sb_fiscal_year_get_contracts (sb_enterprise_find_year (e, 2024)), 1);
  m = g_object_ref (sb_fiscal_year_find_staff_month (sb_enterprise_find_year (e, 2024), 3));
  evaluate_now (&from_changed);   /* fills the caches */
  g_signal_connect (e, "changed", G_CALLBACK (on_changed), &from_changed);
  g_signal_connect (c, "notify::offshore", G_CALLBACK (on_notify), &from_notify);
  g_signal_connect (m, "notify::total-end", G_CALLBACK (on_notify), &from_notify);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(SbDossier) now = NULL;
      g_autoptr(SbEvaluation) direct = NULL;
      g_autofree char *expected = NULL;

      if (round == 0)
        g_object_set (c, "offshore", SB_TRI_TRUE, NULL);
      else
        g_object_set (m, "total-end", (gint64) 400, NULL);
      now = sb_enterprise_to_dossier (e);
      direct = sb_evaluate (now, set, sb_date_from_ymd (2025, 6, 1), &error);
      g_assert_no_error (error);
      expected = evaluation_text (direct);
      g_assert_cmpstr (from_changed.text, ==, expected);
      g_assert_cmpstr (from_notify.text, ==, expected);
    }

  g_signal_handlers_disconnect_by_data (e, &from_changed);
  g_signal_handlers_disconnect_by_data (c, &from_notify);
  g_signal_handlers_disconnect_by_data (m, &from_notify);
  g_free (from_changed.text);
  g_free (from_notify.text);
  g_assert_finalize_object (e);
  g_assert_finalize_object (g_steal_pointer (&c));
  g_assert_finalize_object (g_steal_pointer (&m));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/evaluate/examples", test_examples);
  g_test_add_func ("/model/evaluate/company", test_company);
  g_test_add_func ("/model/evaluate/from-handlers", test_from_handlers);

  return g_test_run ();
}
