/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The agenda across the companies of a database, its iCalendar read back
 * with libical (one all-day VEVENT per duty, in order, unique UIDs, a
 * display alarm, 0600), and `shenbao-cli agenda` (--from, --to, --ics, bad
 * dates). */
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>
#include <sys/stat.h>

#include "sb-agenda.h"

static char *tmpdir;

static SbDossier *
dossier (const char *name, const char *credit_code, const char *recognitions)
{
  SbDossier *d = sb_dossier_new ();
  g_autoptr(JsonParser) p = json_parser_new ();

  d->company.name = g_strdup (name);
  d->company.credit_code = g_strdup (credit_code);
  d->company.region = g_strdup ("dalian");
  d->trade_fund = g_new0 (SbTradeFundClaim, 1);
  d->trade_fund->profile = g_strdup ("tradefund-dalian-2024");
  d->trade_fund->offshore_execution_usd = SB_UNSET;
  if (recognitions != NULL)
    {
      g_assert_true (json_parser_load_from_data (p, recognitions, -1, NULL));
      d->extra = json_object_new ();
      json_object_set_member (d->extra, "recognitions", json_parser_steal_root (p));
    }
  return d;
}

static char *
make_db (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = sb_store_open (path, &error);
  g_autoptr(SbDossier) a = dossier ("大连甲软件有限公司", "91210200MA0AGENDA1",
                                    "[{\"program\": \"hnte\", \"recognized_on\": \"2023-12-31\","
                                    "  \"annual_reports\": [{\"year\": 2024, \"state\": \"filed\"}]}]");
  g_autoptr(SbDossier) b = dossier ("大连乙信息技术有限公司", "91210200MA0AGENDA2",
                                    "[{\"program\": \"tase\", \"recognized_on\": \"2024-02-29\"}]");
  gint64 id;

  g_assert_no_error (error);
  sb_store_import_dossier (store, a, SB_STORE_ON_CONFLICT_ASK, &id, &error);
  g_assert_no_error (error);
  g_assert_true (sb_store_import_dossier (store, b, SB_STORE_ON_CONFLICT_ASK, &id, &error));
  g_assert_no_error (error);
  g_assert_true (sb_store_close (store, &error));
  return g_steal_pointer (&path);
}

static void
test_ics (void)
{
  g_autofree char *path = make_db ("ics.db");
  g_autofree char *ics = g_build_filename (tmpdir, "agenda.ics", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = sb_store_open (path, &error);
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default ("/nonexistent");
  g_autoptr(GPtrArray) duties = sb_agenda_collect (store, policies, &error);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  icalcomponent *cal, *ev;
  struct stat st;
  guint n = 0;
  struct icaltimetype last = icaltime_null_date ();

  g_assert_no_error (error);
  /* tradefund 2 + 2 deadlines; HNTE 2 reports due, review, expiry;
   * TASE 3 reports, review, expiry */
  g_assert_cmpuint (duties->len, ==, 13);
  g_assert_true (sb_agenda_write_ics (duties, 7, ics, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (ics, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));

  cal = icalparser_parse_string (text);
  g_assert_nonnull (cal);
  g_assert_cmpint (icalcomponent_isa (cal), ==, ICAL_VCALENDAR_COMPONENT);
  for (ev = icalcomponent_get_first_component (cal, ICAL_VEVENT_COMPONENT); ev != NULL;
       ev = icalcomponent_get_next_component (cal, ICAL_VEVENT_COMPONENT))
    {
      const SbDuty *duty = g_ptr_array_index (duties, n);
      struct icaltimetype start = icalcomponent_get_dtstart (ev);
      struct icaltimetype end = icalcomponent_get_dtend (ev);
      g_autofree char *date = sb_date_format (duty->date);
      g_autofree char *ymd = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);
      const char *uid = icalcomponent_get_uid (ev);
      icalcomponent *alarm = icalcomponent_get_first_component (ev, ICAL_VALARM_COMPONENT);

      g_assert_true (start.is_date);
      g_assert_cmpstr (ymd, ==, date);
      g_assert_cmpint (icaltime_compare_date_only (icaltime_add (start, icaldurationtype_from_int (86400)), end), ==, 0);
      g_assert_cmpint (icaltime_compare_date_only (last, start), <=, 0);
      last = start;
      g_assert_nonnull (strstr (icalcomponent_get_summary (ev), duty->company));
      g_assert_nonnull (strstr (icalcomponent_get_summary (ev), duty->title));
      g_assert_false (g_hash_table_contains (uids, uid));
      g_hash_table_add (uids, (gpointer) uid);
      g_assert_nonnull (alarm);
      g_assert_cmpint (icalproperty_get_trigger (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY)).duration.days,
                       ==, 7);
      n++;
    }
  g_assert_cmpuint (n, ==, duties->len);
  icalcomponent_free (cal);
  g_unlink (ics);
}

static void
run_cli (const char *db, const char * const *args, int *status, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SHENBAO_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  g_ptr_array_add (argv, (gpointer) "agenda");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, status, &error));
  g_assert_no_error (error);
}

static void
test_cli (void)
{
  g_autofree char *path = make_db ("cli.db");
  g_autofree char *ics = g_build_filename (tmpdir, "cli.ics", NULL);
  const char *year[] = { "--at", "2026-12-07", "--to", "2027-12-07", "--ics", NULL, NULL };
  const char *bad[] = { "--from", "2026-13-01", NULL };
  const char *reversed[] = { "--from", "2027-01-01", "--to", "2026-01-01", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  year[5] = ics;
  g_assert_nonnull (g_getenv ("SHENBAO_CLI"));
  run_cli (path, year, &status, &out, &err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  /* overdue first: HNTE 2023 report (due 2024-05-31), TASE 2024 report
   * (2025-06-30), HNTE 2025 report (2026-05-31), TASE 2025 report
   * (2026-06-30); then 2026-12-30 HNTE review and expiry, 2027-02-28 TASE
   * review and expiry, 2027-06-30 TASE 2026 report; the trade fund's 2025
   * deadlines have passed and are not listed */
  g_assert_cmpuint (g_strv_length (lines), ==, 9);
  g_assert_true (g_str_has_prefix (lines[0], "2024-05-31\toverdue:920\t"));
  g_assert_nonnull (strstr (lines[0], "\thnte\tannual-report\t"));
  g_assert_true (g_str_has_prefix (lines[1], "2025-06-30\toverdue:"));
  g_assert_true (g_str_has_prefix (lines[4], "2026-12-30\t23\t"));
  g_assert_nonnull (strstr (lines[4], "\thnte\treview\t"));
  g_assert_true (g_str_has_prefix (lines[8], "2027-06-30\t205\t"));
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_null (strstr (lines[i], "tradefund"));
  g_assert_true (g_file_test (ics, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  run_cli (path, bad, &status, &out, &err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, "--from"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  run_cli (path, reversed, &status, &out, &err);
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_unlink (ics);
}

/* shenbao-cli policies: every profile with id, program, region, year and
 * file; a user's profile in $XDG_DATA_HOME/shenbao/policies is listed at
 * the next run, no restart of anything. */
static void
test_policies (void)
{
  const char *argv[] = { g_getenv ("SHENBAO_CLI"), "policies", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *home = g_build_filename (tmpdir, "home", NULL);
  g_autofree char *dir = g_build_filename (home, "shenbao", "policies", NULL);
  g_autofree char *src = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "policies",
                                           "tase-dalian-2025.json", NULL);
  g_autofree char *data = NULL;
  g_autofree char *mine = g_build_filename (dir, "tase-dalian-2026.json", NULL);
  g_autoptr(GString) s = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", home, TRUE);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "hnte-zhejiang\thnte\tzhejiang\t浙江省、杭州市"));
  g_assert_nonnull (strstr (out, "tase-dalian-2025\ttase\tdalian\t大连市\t2025\tbundled\n"));
  g_assert_null (strstr (out, "tase-dalian-2026"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (src, &data, NULL, NULL));
  s = g_string_new (data);
  g_string_replace (s, "\"id\": \"tase-dalian-2025\"", "\"id\": \"tase-dalian-2026\"", 1);
  g_string_replace (s, "\"year\": 2025", "\"year\": 2026", 1);
  g_assert_true (g_file_set_contents (mine, s->str, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    g_autofree char *line = g_strdup_printf ("tase-dalian-2026\ttase\tdalian\t大连市\t2026\t%s\n", mine);
    g_assert_nonnull (strstr (out, line));
  }
  g_unlink (mine);
  g_rmdir (dir);
  {
    g_autofree char *shenbao = g_build_filename (home, "shenbao", NULL);
    g_rmdir (shenbao);
  }
  g_rmdir (home);
}

int
main (int argc, char *argv[])
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("shenbao-agenda-XXXXXX", NULL);
  g_test_add_func ("/agenda/ics", test_ics);
  g_test_add_func ("/agenda/cli", test_cli);
  g_test_add_func ("/agenda/policies", test_policies);
  rc = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return rc;
}
