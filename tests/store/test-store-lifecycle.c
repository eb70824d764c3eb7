/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Recognitions in the store: migration 5 makes their table; a dossier's
 * "recognitions" key is kept as rows (not in the company's extra keys),
 * read back into the dossier, exported and imported into a second database
 * unchanged; a key that does not read is carried as it is. */
#include <glib/gstdio.h>
#include <string.h>

#include "sb-lifecycle.h"
#include "sb-store-private.h"
#include "store-test-util.h"

static char *tmpdir;

static SbStore *
new_store (const char *name, char **out_path)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  SbStore *store;

  store_test_rmrf (path);
  store = sb_store_open (path, &error);
  g_assert_no_error (error);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return store;
}

static SbDossier *
dossier_with (const char *recognitions_json)
{
  g_autofree char *path = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;
  SbDossier *d = sb_dossier_from_file (path, NULL, &error);
  g_autoptr(JsonParser) p = json_parser_new ();

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (p, recognitions_json, -1, NULL));
  if (d->extra == NULL)
    d->extra = json_object_new ();
  json_object_set_member (d->extra, "recognitions", json_parser_steal_root (p));
  return d;
}

static const char *two =
  "[{\"program\": \"tase\", \"recognized_on\": \"2023-12-31\", \"certificate_no\": \"DL-TASE-2023-017\","
  "  \"annual_reports\": [{\"year\": 2024, \"state\": \"filed\", \"filed_on\": \"2025-06-10\"}],"
  "  \"change_reports\": []},"
  " {\"program\": \"hnte\", \"recognized_on\": \"2024-02-29\", \"certificate_no\": \"GR202421000123\","
  "  \"valid_years\": 3, \"annual_reports\": [],"
  "  \"change_reports\": [{\"date\": \"2025-03-01\", \"subject\": \"名称变更\", \"state\": \"filed\"}]}]";

static void
test_round_trip (void)
{
  g_autofree char *path = NULL, *path2 = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "out.shenbao.json", NULL);
  g_autoptr(SbStore) store = new_store ("a.db", &path);
  g_autoptr(SbStore) second = new_store ("b.db", &path2);
  g_autoptr(SbDossier) d = dossier_with (two);
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(SbDossier) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL, *imported = NULL;
  gint64 id = 0, id2 = 0;
  SbRecognition *hnte;

  g_assert_cmpint (store_test_query_int (path, "PRAGMA user_version"), ==, SB_STORE_SCHEMA_VERSION);
  g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error));
  g_assert_no_error (error);
  /* rows of their own, not in the company's extra keys */
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM recognitions"), ==, 2);
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM companies"
                                               " WHERE dossier_extra_json LIKE '%recognitions%'"), ==, 0);
  list = sb_store_list_recognitions (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  hnte = g_ptr_array_index (list, 1);
  g_assert_cmpstr (hnte->program, ==, "hnte");
  g_assert_cmpstr (hnte->certificate_no, ==, "GR202421000123");
  g_assert_cmpuint (hnte->change_reports->len, ==, 1);

  /* the dossier back, the same text */
  back = sb_store_load_dossier (store, id, &error);
  g_assert_no_error (error);
  before = store_test_dossier_text (d);
  after = store_test_dossier_text (back);
  g_assert_cmpstr (after, ==, before);

  /* saved again (an edit): still two rows */
  g_assert_true (sb_store_save_dossier (store, id, back, &error));
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM recognitions"), ==, 2);

  /* exported, imported into a second database */
  g_assert_true (sb_store_export_file (store, id, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_mode (out), ==, 0600);
  g_assert_true (sb_store_import_file (second, out, NULL, SB_STORE_ON_CONFLICT_ASK, &id2, &error));
  g_assert_no_error (error);
  again = sb_store_load_dossier (second, id2, &error);
  imported = store_test_dossier_text (again);
  g_assert_cmpstr (imported, ==, before);
  g_assert_cmpint (store_test_query_int (path2, "SELECT count(*) FROM recognitions"), ==, 2);

  /* deleting the company deletes its recognitions */
  g_assert_true (sb_store_delete_company (store, id, &error));
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM recognitions"), ==, 0);
  g_unlink (out);
}

/* A "recognitions" key the engine cannot read is carried untouched. */
static void
test_unreadable_kept (void)
{
  g_autofree char *path = NULL;
  g_autoptr(SbStore) store = new_store ("c.db", &path);
  g_autoptr(SbDossier) d = dossier_with ("[{\"program\": \"other\", \"x\": 1}]");
  g_autoptr(SbDossier) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gint64 id = 0;

  g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM recognitions"), ==, 0);
  back = sb_store_load_dossier (store, id, &error);
  before = store_test_dossier_text (d);
  after = store_test_dossier_text (back);
  g_assert_cmpstr (after, ==, before);
}

/* A version-4 database (before recognitions) is migrated: the table
 * appears, companies stay. */
static void
test_migrate_from_4 (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  {
    g_autoptr(SbStore) store = new_store ("old.db", &path);
    g_autoptr(SbDossier) d = dossier_with ("[]");

    g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error));
    g_assert_true (sb_store_close (store, &error));
  }
  store_test_exec (path, "DROP TABLE recognitions; PRAGMA user_version = 4;");
  {
    g_autoptr(SbStore) store = sb_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (store_test_query_int (path, "PRAGMA user_version"), ==, SB_STORE_SCHEMA_VERSION);
    g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM companies"), ==, 1);
    g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM sqlite_schema"
                                                 " WHERE name = 'recognitions'"), ==, 1);
  }
}

int
main (int argc, char *argv[])
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  g_test_add_func ("/store/lifecycle/round-trip", test_round_trip);
  g_test_add_func ("/store/lifecycle/unreadable-kept", test_unreadable_kept);
  g_test_add_func ("/store/lifecycle/migrate-from-4", test_migrate_from_4);
  rc = g_test_run ();
  store_test_rmrf (tmpdir);
  g_free (tmpdir);
  return rc;
}
