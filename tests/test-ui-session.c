/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-session.c: the open company evaluates live and writes through to
 * the store (no display needed). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-session.h"

typedef struct
{
  char        *dir;
  char        *db;
  SbStore     *store;
  SbPolicySet *policies;
  gint64       id;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) known = NULL;
  g_autofree char *example = NULL;

  f->dir = g_dir_make_tmp ("shenbao-session-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "t.db", NULL);
  f->store = sb_store_open (f->db, &error);
  g_assert_no_error (error);
  f->policies = sb_policy_set_new_default (NULL);
  known = sb_known_categories (f->policies);
  example = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "examples",
                              "tase-dalian-new.shenbao.json", NULL);
  sb_store_import_file (f->store, example, known, SB_STORE_ON_CONFLICT_ASK, &f->id, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  sb_store_close (f->store, &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);
  sb_policy_set_free (f->policies);
  g_unlink (f->db);
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->db, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->db);
  g_free (f->dir);
}

static void
count_signal (gpointer instance, gpointer data)
{
  (*(int *) data)++;
}

static void
count_failure (SbSession *session, const char *message, gpointer data)
{
  /* the figure as the window names it, never a key path */
  g_assert_cmpstr (message, ==, "2024 month 3 staff at the start: must not be negative");
  (*(int *) data)++;
}

static gint64
stored_income (Fixture *f, int year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_store_load_dossier (f->store, f->id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < d->years->len; i++)
    {
      SbYear *y = g_ptr_array_index (d->years, i);

      if (y->year == year)
        return y->income_total;
    }
  g_assert_not_reached ();
}

static SbStatus
offshore_status (SbSession *session)
{
  const SbEvaluation *ev = sb_session_get_evaluation (session);
  SbCheck *check;

  g_assert_nonnull (ev);
  g_assert_nonnull (ev->tase);
  check = sb_checks_find (ev->tase->checks, "tase.offshore_revenue", 2024);
  g_assert_nonnull (check);
  return check->status;
}

static void
test_edit_evaluates_and_writes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_new (f->store, f->policies, f->id, &error);
  SbFiscalYear *year;
  const SbEvaluation *ev;
  int evaluated = 0;
  gint64 before;

  g_assert_no_error (error);
  ev = sb_session_get_evaluation (session);
  g_assert_nonnull (ev);
  g_assert_nonnull (ev->tase);
  g_assert_cmpint (offshore_status (session), ==, SB_STATUS_PASS);
  g_assert_false (sb_session_is_dirty (session));
  g_assert_nonnull (sb_session_get_policy (session, "tase"));
  g_assert_null (sb_session_get_policy (session, "hnte"));

  g_signal_connect (session, "evaluated", G_CALLBACK (count_signal), &evaluated);
  year = sb_enterprise_find_year (sb_session_get_enterprise (session), 2024);
  g_assert_nonnull (year);
  before = stored_income (f, 2024);
  g_assert_cmpint (before, !=, 0);

  /* ten times the income: the offshore share falls; the verdict follows at once, the store after the idle */
  g_object_set (year, "income-total", before * 10, NULL);
  g_assert_cmpint (evaluated, ==, 1);
  g_assert_cmpint (offshore_status (session), ==, SB_STATUS_FAIL);
  g_assert_false (sb_session_get_evaluation (session)->tase->eligible);
  g_assert_true (sb_session_is_dirty (session));
  g_assert_cmpint (stored_income (f, 2024), ==, before);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (sb_session_is_dirty (session));
  g_assert_cmpint (stored_income (f, 2024), ==, before * 10);

  /* flush writes what is pending now */
  g_object_set (year, "income-total", before, NULL);
  g_assert_cmpint (offshore_status (session), ==, SB_STATUS_PASS);
  g_assert_true (sb_session_flush (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_income (f, 2024), ==, before);
}

static void
test_dispose_writes_pending (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  SbSession *session = sb_session_new (f->store, f->policies, f->id, &error);

  g_assert_no_error (error);
  g_object_set (sb_enterprise_find_year (sb_session_get_enterprise (session), 2024),
                "income-total", (gint64) 9876543210, NULL);
  g_object_unref (session);
  g_assert_cmpint (stored_income (f, 2024), ==, 9876543210);
}

static void
test_bad_figure_is_an_error (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_new (f->store, f->policies, f->id, &error);
  SbStaffMonthRow *month;
  int failed = 0;

  g_assert_no_error (error);
  month = sb_fiscal_year_find_staff_month (
    sb_enterprise_find_year (sb_session_get_enterprise (session), 2024), 3);
  g_object_set (month, "total-start", (gint64) -5, NULL);
  /* the engine refuses the figure: no evaluation, a message naming it */
  g_assert_null (sb_session_get_evaluation (session));
  g_assert_nonnull (sb_session_get_error (session));
  g_assert_cmpstr (sb_session_get_error (session), ==,
                   "2024 month 3 staff at the start: must not be negative");
  /* the store refuses it too: "save-failed", the stored figure stays */
  g_signal_connect (session, "save-failed", G_CALLBACK (count_failure), &failed);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (failed, ==, 1);
  /* another edit while the same figure is refused: said once */
  g_object_set (month, "total-end", (gint64) 160, NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (failed, ==, 1);
  g_assert_false (sb_session_is_dirty (session));
  g_object_set (month, "total-start", (gint64) 152, NULL);
  g_assert_nonnull (sb_session_get_evaluation (session));
  g_assert_null (sb_session_get_error (session));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (failed, ==, 1);
  g_assert_false (sb_session_is_dirty (session));
}

static gint64
stored_month_count (Fixture *f, int year, int month, const char *which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_store_load_dossier (f->store, f->id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < d->years->len; i++)
    {
      const SbYear *y = g_ptr_array_index (d->years, i);

      for (guint j = 0; y->year == year && y->staff_months != NULL && j < y->staff_months->len;
           j++)
        {
          const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, j);

          if (m->month == month)
            return g_str_equal (which, "total_start") ? m->total_start
                   : g_str_equal (which, "degree_start") ? m->degree_start
                   : g_str_equal (which, "degree_end") ? m->degree_end : m->total_end;
        }
    }
  return G_MAXINT64;   /* no such month */
}

/* Drafts are normal (issue 11): a month with one count typed is written as
 * it is, never refused, and the company still evaluates — the staff check
 * is missing for that month, the other checks as before. */
static void
test_draft_month_is_saved (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_new (f->store, f->policies, f->id, &error);
  SbFiscalYear *year;
  SbStaffMonthRow *month;
  const SbCheck *staff = NULL;
  int failed = 0;

  g_assert_no_error (error);
  g_signal_connect (session, "save-failed", G_CALLBACK (count_failure), &failed);
  year = sb_enterprise_find_year (sb_session_get_enterprise (session), 2024);
  month = sb_fiscal_year_find_staff_month (year, 3);
  g_assert_nonnull (month);
  /* the user clears the month's degree counts to type them again */
  g_object_set (month, "degree-start", SB_UNSET, "degree-end", SB_UNSET, NULL);
  g_assert_nonnull (sb_session_get_evaluation (session));
  g_assert_null (sb_session_get_error (session));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (failed, ==, 0);
  g_assert_false (sb_session_is_dirty (session));
  g_assert_cmpint (stored_month_count (f, 2024, 3, "degree_start"), ==, SB_UNSET);
  g_assert_cmpint (stored_month_count (f, 2024, 3, "total_start"), !=, SB_UNSET);

  /* the staff check says missing and names the month; the offshore check
   * is as before */
  for (guint i = 0; i < sb_session_get_evaluation (session)->tase->checks->len; i++)
    {
      const SbCheck *c = g_ptr_array_index (sb_session_get_evaluation (session)->tase->checks, i);

      if (g_str_has_prefix (c->id, "tase.degree_staff") && c->year == 2024)
        staff = c;
    }
  g_assert_nonnull (staff);
  g_assert_cmpint (staff->status, ==, SB_STATUS_MISSING);
  g_assert_nonnull (strstr (staff->note, "2024-03"));
  g_assert_cmpint (offshore_status (session), ==, SB_STATUS_PASS);

  /* more degree staff than staff: kept, the month missing until corrected */
  g_object_set (month, "degree-start", (gint64) 100000, "degree-end", (gint64) 1, NULL);
  g_assert_nonnull (sb_session_get_evaluation (session));
  g_assert_true (sb_session_flush (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_month_count (f, 2024, 3, "degree_start"), ==, 100000);
  g_assert_cmpint (failed, ==, 0);
}

static void
test_missing_company (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_new (f->store, f->policies, f->id + 100, &error);

  g_assert_null (session);
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/session/edit-evaluates-and-writes", Fixture, NULL, fixture_set_up,
              test_edit_evaluates_and_writes, fixture_tear_down);
  g_test_add ("/session/dispose-writes-pending", Fixture, NULL, fixture_set_up,
              test_dispose_writes_pending, fixture_tear_down);
  g_test_add ("/session/bad-figure", Fixture, NULL, fixture_set_up,
              test_bad_figure_is_an_error, fixture_tear_down);
  g_test_add ("/session/draft-month", Fixture, NULL, fixture_set_up,
              test_draft_month_is_saved, fixture_tear_down);
  g_test_add ("/session/missing-company", Fixture, NULL, fixture_set_up,
              test_missing_company, fixture_tear_down);
  return g_test_run ();
}
