/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ledger-store.c: the column mappings the ledger import remembers per
 * company, list and file layout (migration 2 of the store). */
#include <glib/gstdio.h>

#include "sb-dossier.h"
#include "sb-store.h"

static char *tmpdir;

static gint64
add_company (SbStore *store, const char *name)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  d->company.name = g_strdup (name);
  g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
test_remembered (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "mappings.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = sb_store_open (path, &error);
  gint64 a, b;
  char *text;

  g_assert_no_error (error);
  a = add_company (store, "甲");
  b = add_company (store, "乙");
  text = sb_store_get_ledger_mapping (store, a, "contracts", "L1", &error);
  g_assert_no_error (error);
  g_assert_null (text);
  g_assert_true (sb_store_set_ledger_mapping (store, a, "contracts", "L1", "header=1;no=B", &error));
  g_assert_true (sb_store_set_ledger_mapping (store, a, "staff", "L1", "header=0;month=A", &error));
  g_assert_true (sb_store_set_ledger_mapping (store, b, "contracts", "L1", "header=2;no=C", &error));
  g_assert_no_error (error);
  /* per company, per list, per layout; the last one kept */
  text = sb_store_get_ledger_mapping (store, a, "contracts", "L1", &error);
  g_assert_cmpstr (text, ==, "header=1;no=B");
  g_free (text);
  g_assert_true (sb_store_set_ledger_mapping (store, a, "contracts", "L1", "header=1;no=D", &error));
  text = sb_store_get_ledger_mapping (store, a, "contracts", "L1", &error);
  g_assert_cmpstr (text, ==, "header=1;no=D");
  g_free (text);
  text = sb_store_get_ledger_mapping (store, a, "contracts", "L2", &error);
  g_assert_null (text);
  text = sb_store_get_ledger_mapping (store, b, "contracts", "L1", &error);
  g_assert_cmpstr (text, ==, "header=2;no=C");
  g_free (text);
  /* a company's mappings go with it */
  g_assert_true (sb_store_delete_company (store, a, &error));
  text = sb_store_get_ledger_mapping (store, a, "staff", "L1", &error);
  g_assert_no_error (error);
  g_assert_null (text);
  /* and stay when the company is saved whole (an import) */
  {
    g_autoptr(SbDossier) d = sb_store_load_dossier (store, b, &error);

    g_assert_true (sb_store_save_dossier (store, b, d, &error));
    text = sb_store_get_ledger_mapping (store, b, "contracts", "L1", &error);
    g_assert_cmpstr (text, ==, "header=2;no=C");
    g_free (text);
  }
  g_assert_true (sb_store_close (store, &error));
  g_unlink (path);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-ledger-store-XXXXXX", NULL);
  g_test_add_func ("/ledger/store/remembered", test_remembered);
  status = g_test_run ();
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
  return status;
}
