/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: a book of 300 evidence pages — 30 scanned-like PDFs of 8
 * pages and 60 JPEG photos (2480 × 3508, A4 at 300 dpi) — plus the tables
 * of the TASE application.  Prints the time to plan and to write, the
 * file's size and the peak resident memory.  Not a test: nothing asserted
 * about speed. */
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "evidence-fixtures.h"
#include "sb-book.h"
#include "sb-enterprise.h"
#include "store-test-util.h"

/* A photo-like JPEG: noise over gradients (compresses like a scan). */
static GBytes *
photo (int w, int h, guint seed)
{
  g_autoptr(GdkPixbuf) p = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, w, h);
  guchar *px = gdk_pixbuf_get_pixels (p);
  int stride = gdk_pixbuf_get_rowstride (p);
  GRand *rand = g_rand_new_with_seed (seed);
  char *buffer = NULL;
  gsize size;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guchar *q = px + y * stride + 3 * x;
        int noise = g_rand_int_range (rand, -20, 20);

        q[0] = CLAMP (230 + noise - (y % 97 == 0 ? 200 : 0), 0, 255);
        q[1] = CLAMP (230 + noise - (x % 83 == 0 ? 200 : 0), 0, 255);
        q[2] = CLAMP (225 + noise, 0, 255);
      }
  g_rand_free (rand);
  gdk_pixbuf_save_to_buffer (p, &buffer, &size, "jpeg", NULL, "quality", "75", NULL);
  return g_bytes_new_take (buffer, size);
}

int
main (int argc, char **argv)
{
  g_autofree char *tmpdir = store_test_tmpdir ();
  g_autofree char *db = g_build_filename (tmpdir, "bench.db", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "book.pdf", NULL);
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(SbEnterprise) enterprise = NULL;
  g_autoptr(SbDossier) model = NULL;
  SbEvaluation *evaluation;
  SbFormInput input;
  SbBook *book;
  gint64 id, t0, t1, t2;
  guint evidence = 0;
  struct rusage usage;
  GStatBuf st;

  store = sb_store_open (db, &error);
  g_assert_no_error (error);
  sb_store_import_file (store, rich, NULL, SB_STORE_ON_CONFLICT_ASK, &id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *label = g_strdup_printf ("scan %u", i);
      g_autoptr(GBytes) pdf = fixture_pdf (label, 8, 0, 0);
      g_autofree char *target = g_strdup_printf ("material:tase:%u", 3 + i % 7);

      sb_store_attach_bytes (store, id, target, NULL, "scan.pdf", pdf, NULL, &error);
      g_assert_no_error (error);
      evidence += 8;
    }
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GBytes) jpeg = photo (2480, 3508, i);
      g_autofree char *target = g_strdup_printf ("material:tase:%u", 3 + i % 7);

      sb_store_attach_bytes (store, id, target, NULL, "photo.jpg", jpeg, NULL, &error);
      g_assert_no_error (error);
      evidence++;
    }

  d = sb_store_load_dossier (store, id, &error);
  g_assert_no_error (error);
  enterprise = sb_enterprise_new_from_dossier (d);
  model = sb_enterprise_to_dossier (enterprise);
  evaluation = sb_enterprise_evaluate (enterprise, policies, sb_date_from_ymd (2025, 6, 1), &error);
  g_assert_no_error (error);
  input = (SbFormInput) { enterprise, model, evaluation, policies, sb_date_from_ymd (2025, 6, 1), 0 };

  t0 = g_get_monotonic_time ();
  book = sb_book_new (store, id, "tase", &input, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  sb_book_write (book, out, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  getrusage (RUSAGE_SELF, &usage);
  g_stat (out, &st);
  g_print ("book: %u evidence pages, %u pages in all\n", evidence, sb_book_get_n_pages (book));
  g_print ("plan and lay out: %.3f s\n", (t1 - t0) / 1e6);
  g_print ("write: %.3f s\n", (t2 - t1) / 1e6);
  g_print ("file: %.1f MiB\n", st.st_size / 1048576.0);
  g_print ("peak resident memory: %.1f MiB\n", usage.ru_maxrss / 1024.0);
  sb_book_free (book);
  sb_evaluation_free (evaluation);
  g_clear_object (&store);
  store_test_rmrf (tmpdir);
  return 0;
}
