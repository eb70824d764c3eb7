/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evidence: files attached to what they prove, kept once by hash;
 * a file that is not a readable PDF or image refused with its name and why,
 * nothing lost. */
#include <glib/gstdio.h>

#include "evidence-fixtures.h"
#include "sb-evidence.h"
#include "store-test-util.h"

static char *tmpdir;

typedef struct
{
  char    *path;
  SbStore *store;
  gint64   id;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  static int n;
  g_autofree char *name = g_strdup_printf ("evidence-%d.db", ++n);
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (tmpdir, name, NULL);
  f->store = sb_store_open (f->path, &error);
  g_assert_no_error (error);
  sb_store_import_file (f->store, rich, NULL, SB_STORE_ON_CONFLICT_ASK, &f->id, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  g_free (f->path);
}

static gint64
count (Fixture *f, const char *sql)
{
  return store_test_query_int (f->path, sql);
}

static void
test_attach_pdf (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) pdf = fixture_pdf ("contract", 3, 0, 0);
  g_autofree char *file = fixture_write (tmpdir, "合同.pdf", pdf);
  g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  SbAttachment *a;
  gint64 id = 0;

  g_assert_true (sb_store_attach_file (f->store, f->id, "contract:2024:JP-2024-01", "contract",
                                       file, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  list = sb_store_list_attachments (f->store, f->id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  a = g_ptr_array_index (list, 0);
  g_assert_cmpint (a->id, ==, id);
  g_assert_cmpstr (a->target, ==, "contract:2024:JP-2024-01");
  g_assert_cmpstr (a->role, ==, "contract");
  g_assert_cmpstr (a->name, ==, "合同.pdf");
  g_assert_cmpint (a->size, ==, (gint64) g_bytes_get_size (pdf));
  g_assert_cmpuint (a->pages, ==, 3);
  g_assert_cmpint (a->media, ==, SB_EVIDENCE_MEDIA_PDF);
  g_assert_cmpstr (a->sha256, ==, sha);
}

static void
test_images (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) jpeg = fixture_jpeg (40, 30, 6);
  g_autoptr(GBytes) png = fixture_png (20, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (sb_store_attach_bytes (f->store, f->id, "material:tase:3", NULL, "执照.jpg",
                                        jpeg, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sb_store_attach_bytes (f->store, f->id, "material:tase:3", "", "执照背面.png",
                                        png, NULL, &error));
  g_assert_no_error (error);
  list = sb_store_list_attachments (f->store, f->id, "material:tase:3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  /* in the order attached */
  g_assert_cmpstr (((SbAttachment *) list->pdata[0])->name, ==, "执照.jpg");
  g_assert_cmpint (((SbAttachment *) list->pdata[0])->media, ==, SB_EVIDENCE_MEDIA_JPEG);
  g_assert_cmpuint (((SbAttachment *) list->pdata[0])->position, ==, 0);
  g_assert_cmpstr (((SbAttachment *) list->pdata[1])->name, ==, "执照背面.png");
  g_assert_cmpint (((SbAttachment *) list->pdata[1])->media, ==, SB_EVIDENCE_MEDIA_PNG);
  g_assert_cmpuint (((SbAttachment *) list->pdata[1])->position, ==, 1);
  g_assert_cmpuint (((SbAttachment *) list->pdata[1])->pages, ==, 1);
}

static void
test_same_file_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) pdf = fixture_pdf ("invoice", 1, 0, 0);
  g_autoptr(GError) error = NULL;

  for (int i = 1; i <= 3; i++)
    {
      g_autofree char *target = g_strdup_printf ("expense:construction:%d", i);

      g_assert_true (sb_store_attach_bytes (f->store, f->id, target, "invoice", "发票.pdf",
                                            pdf, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM blobs"), ==, 1);

  /* again to the same line: the attachment there, not a second one */
  {
    gint64 first = 0, again = 0;

    g_assert_true (sb_store_attach_bytes (f->store, f->id, "expense:om:1", NULL, "a.pdf", pdf,
                                          &first, &error));
    g_assert_true (sb_store_attach_bytes (f->store, f->id, "expense:om:1", NULL, "a-copy.pdf",
                                          pdf, &again, &error));
    g_assert_no_error (error);
    g_assert_cmpint (first, ==, again);
    g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 4);
  }
}

static void
assert_refused (Fixture *f, const char *name, GBytes *bytes, const char *why)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 before = count (f, "SELECT count(*) FROM attachments");

  g_assert_false (sb_store_attach_bytes (f->store, f->id, "material:tase:4", NULL, name, bytes,
                                         NULL, &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, why));
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, before);
}

static void
test_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) good = fixture_pdf ("good", 2, 0, 0);
  g_autoptr(GBytes) corrupt = g_bytes_new_static ("%PDF-1.5\n1 0 obj garbage\n", 25);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (good, 0, g_bytes_get_size (good) / 3);
  g_autoptr(GBytes) text = g_bytes_new_static ("hello\n", 6);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) bad_jpeg = g_bytes_new_static ("\xFF\xD8\xFF\xE0garbage-garbage", 19);
  g_autoptr(GError) error = NULL;

  /* something attached first: a refusal loses nothing */
  g_assert_true (sb_store_attach_bytes (f->store, f->id, "material:tase:4", NULL, "章程.pdf",
                                        good, NULL, &error));
  g_assert_no_error (error);
  assert_refused (f, "坏.pdf", corrupt, "PDF");
  assert_refused (f, "半个.pdf", half, "PDF");
  assert_refused (f, "notes.txt", text, "not a PDF, JPEG or PNG");
  assert_refused (f, "empty.pdf", empty, "empty");
  assert_refused (f, "photo.jpg", bad_jpeg, "damaged");
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM blobs"), ==, 1);
}

static void
test_too_large (Fixture *f, gconstpointer data)
{
  g_autofree char *file = g_build_filename (tmpdir, "huge.pdf", NULL);
  g_autoptr(GError) error = NULL;
  FILE *fp = fopen (file, "w");

  /* sparse: the size is looked at before anything is read */
  g_assert_nonnull (fp);
  fputs ("%PDF-1.5\n", fp);
  g_assert_cmpint (fseek (fp, SB_EVIDENCE_MAX_SIZE + 10, SEEK_SET), ==, 0);
  fputc ('\n', fp);
  fclose (fp);
  g_assert_false (sb_store_attach_file (f->store, f->id, "material:tase:5", NULL, file, NULL,
                                        &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge.pdf"));
  g_assert_nonnull (strstr (error->message, "larger than"));
  g_unlink (file);
}

static void
test_bad_target (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) pdf = fixture_pdf ("x", 1, 0, 0);
  const char *bad[] = { "contract", "contract:24:X", "material:tase:0", "expense:lab:1",
                        "firm:om:x", "nothing:1", "receipt:" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (sb_store_attach_bytes (f->store, f->id, bad[i], NULL, "x.pdf", pdf,
                                             NULL, &error));
      g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (sb_store_attach_bytes (f->store, f->id, "receipt:V-1", "receipt", "x.pdf",
                                           pdf, NULL, &error));
    g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sb_store_attach_bytes (f->store, 999, "receipt:V-1", NULL, "x.pdf",
                                           pdf, NULL, &error));
    g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_NOT_FOUND);
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM blobs"), ==, 0);
}

static void
test_extract_replace (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) one = fixture_pdf ("one", 1, 0, 0);
  g_autoptr(GBytes) two = fixture_pdf ("two", 2, 0, 0);
  g_autofree char *two_file = fixture_write (tmpdir, "two.pdf", two);
  g_autofree char *bad_file = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(SbAttachment) a = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  sb_store_attach_bytes (f->store, f->id, "certification:ISO27001", "certificate", "one.pdf",
                         one, &id, &error);
  g_assert_no_error (error);
  out = sb_store_extract_attachment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (out, "one.pdf"));
  g_assert_cmpint (store_test_mode (out), ==, 0600);
  back = store_test_bytes (out);
  g_assert_true (g_bytes_equal (back, one));
  g_unlink (out);

  g_assert_true (sb_store_replace_attachment (f->store, id, two_file, &error));
  g_assert_no_error (error);
  a = sb_store_get_attachment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->name, ==, "two.pdf");
  g_assert_cmpuint (a->pages, ==, 2);
  g_assert_cmpstr (a->target, ==, "certification:ISO27001");
  g_assert_cmpstr (a->role, ==, "certificate");

  /* its role changed */
  g_assert_true (sb_store_set_attachment_role (f->store, id, "invoice", &error));
  g_assert_no_error (error);
  g_assert_false (sb_store_set_attachment_role (f->store, id, "bill", &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&a, sb_attachment_free);
  a = sb_store_get_attachment (f->store, id, &error);
  g_assert_cmpstr (a->role, ==, "invoice");

  /* a bad replacement keeps the file there */
  bad_file = fixture_write (tmpdir, "bad.pdf", g_bytes_new_static ("%PDF-x", 6));
  g_assert_false (sb_store_replace_attachment (f->store, id, bad_file, &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID);
  g_clear_pointer (&a, sb_attachment_free);
  g_clear_error (&error);
  a = sb_store_get_attachment (f->store, id, NULL);
  g_assert_cmpstr (a->name, ==, "two.pdf");
}

static void
test_remove_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) pdf = fixture_pdf ("receipt", 1, 0, 0);
  g_autoptr(SbAttachment) removed = NULL;
  g_autoptr(SbAttachment) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  sb_store_attach_bytes (f->store, f->id, "receipt:SH-001", "voucher", "收汇.pdf", pdf, &id,
                         &error);
  g_assert_no_error (error);
  g_assert_true (sb_store_remove_attachment (f->store, id, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 0);
  /* undo while open */
  g_assert_true (sb_store_restore_attachment (f->store, removed, &error));
  g_assert_no_error (error);
  again = sb_store_get_attachment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "收汇.pdf");

  /* removed, closed and opened again: the file is gone for good */
  g_clear_pointer (&removed, sb_attachment_free);
  g_assert_true (sb_store_remove_attachment (f->store, id, &removed, &error));
  g_clear_object (&f->store);
  f->store = sb_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM blobs"), ==, 0);
  g_assert_false (sb_store_restore_attachment (f->store, removed, &error));
  g_assert_error (error, SB_STORE_ERROR, SB_STORE_ERROR_NOT_FOUND);
}

static void
test_company_deleted (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) pdf = fixture_pdf ("x", 1, 0, 0);
  g_autoptr(GError) error = NULL;

  sb_store_attach_bytes (f->store, f->id, "firm:om:1", NULL, "x.pdf", pdf, NULL, &error);
  g_assert_no_error (error);
  sb_store_delete_company (f->store, f->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attachments"), ==, 0);
}

static void
test_targets (void)
{
  const char *good[] = { "material:tase:1", "contract:2024:JP-2024-01", "contract:2023:A:B",
                         "expense:om:12", "certification:CMMI 5", "receipt:SH:01",
                         "firm:construction:3" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbEvidenceTarget) t = sb_evidence_target_parse (good[i], &error);
      g_autofree char *back = NULL;

      g_assert_no_error (error);
      back = sb_evidence_target_format (t);
      g_assert_cmpstr (back, ==, good[i]);
    }
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  g_test_add_func ("/store/evidence/targets", test_targets);
#define ADD(name, func) g_test_add ("/store/evidence/" name, Fixture, NULL, setup, func, teardown)
  ADD ("attach-pdf", test_attach_pdf);
  ADD ("images", test_images);
  ADD ("same-file-once", test_same_file_once);
  ADD ("refused", test_refused);
  ADD ("too-large", test_too_large);
  ADD ("bad-target", test_bad_target);
  ADD ("extract-replace", test_extract_replace);
  ADD ("remove-undo", test_remove_undo);
  ADD ("company-deleted", test_company_deleted);
  rc = g_test_run ();
  store_test_rmrf (tmpdir);
  return rc;
}
