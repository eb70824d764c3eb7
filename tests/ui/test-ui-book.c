/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-book.c: the evidence and book window: a file dropped on a row is
 * attached (a bad one refused with its name), the gaps panel shrinks and
 * focuses the row, a removal is undone from its toast, and the book is
 * bound in a worker with progress. */
#include "config.h"

#include <cairo-pdf.h>
#include <poppler.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sb-book-dialog.h"
#include "sb-evidence.h"
#include "ui-test-util.h"

#define XINGHAI "大连星海软件有限公司"

static char *shots;   /* SB_UI_SHOTS: a folder for screenshots */

static cairo_status_t
append (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF of @n pages drawn with cairo, written to @dir/@name. */
static GFile *
fixture_pdf (const char *dir, const char *name, guint n)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append, out, 595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < n; p++)
    {
      cairo_move_to (cr, 72, 100);
      cairo_show_text (cr, name);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_file_set_contents_full (path, (char *) out->data, out->len, G_FILE_SET_CONTENTS_NONE, 0600,
                            &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static char *
subtitle (GtkWidget *dialog, const char *target)
{
  g_autofree char *name = g_strdup_printf ("target:%s", target);
  GtkWidget *row = ui_test_find (dialog, name);

  g_assert_nonnull (row);
  return g_strdup (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)));
}

static guint
n_gaps (GtkWidget *dialog)
{
  GtkWidget *list = ui_test_find (dialog, "gaps");
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}

static gboolean
bound (gpointer data)
{
  return *(int *) data != 0;
}

static void
on_bound (SbBookDialog *dialog, gboolean ok, gpointer data)
{
  *(int *) data = ok ? 1 : -1;
}

static void
test_attach_undo_bind (void)
{
  SbWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-book-XXXXXX", NULL);
  g_autoptr(GFile) license = fixture_pdf (dir, "营业执照.pdf", 2);
  g_autofree char *bad_path = g_build_filename (dir, "坏.pdf", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *out_path = g_build_filename (dir, "book.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id = ui_test_company_id (window, XINGHAI);
  GtkWidget *dialog, *remove, *undo, *file_row = NULL;
  guint gaps_before;
  int done = 0;

  g_assert_cmpint (id, >, 0);
  ui_test_open_company (window, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.book", NULL));
  ui_test_iterate ();
  dialog = ui_test_find_anywhere ("book-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* 营业执照 not attached yet: a gap */
  text = subtitle (dialog, "material:tase:3");
  g_assert_cmpstr (text, ==, "0 files, 1 part missing");
  g_clear_pointer (&text, g_free);
  gaps_before = n_gaps (dialog);
  g_assert_cmpuint (gaps_before, >, 0);

  /* a file that is not a PDF: refused, named */
  g_file_set_contents (bad_path, "%PDF-broken", -1, NULL);
  g_assert_false (sb_book_dialog_attach (SB_BOOK_DIALOG (dialog), "material:tase:3", bad, &error));
  g_assert_nonnull (strstr (error->message, "坏.pdf"));
  g_clear_error (&error);

  /* dropped on the row of 营业执照: attached, one gap fewer */
  g_assert_true (sb_book_dialog_attach (SB_BOOK_DIALOG (dialog), "material:tase:3", license,
                                        &error));
  g_assert_no_error (error);
  ui_test_iterate ();
  text = subtitle (dialog, "material:tase:3");
  g_assert_cmpstr (text, ==, "1 file");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (n_gaps (dialog), ==, gaps_before - 1);
  if (shots != NULL)
    {
      g_autofree char *path = g_build_filename (shots, "book-dialog.png", NULL);
      g_autoptr(GFile) contract = fixture_pdf (dir, "JP-2024-01 合同.pdf", 3);
      GtkWidget *row;

      g_assert_true (sb_book_dialog_attach (SB_BOOK_DIALOG (dialog), "contract:2024:JP-2024-01",
                                            contract, &error));
      ui_test_iterate ();
      row = ui_test_find (dialog, "target:contract:2024:JP-2024-01");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (row);
      for (int i = 0; i < 5; i++)
        {
          g_usleep (50000);
          ui_test_iterate ();
        }
      ui_test_screenshot (dialog, path);
    }

  /* removed, then undone from the toast */
  {
    g_autoptr(GPtrArray) files = sb_store_list_attachments (
        sb_session_get_store (sb_window_get_session (window)), id, "material:tase:3", NULL);
    g_autofree char *name = NULL;
    GtkWidget *stack[256];
    int top = 0;

    g_assert_cmpuint (files->len, ==, 1);
    name = g_strdup_printf ("file:%" G_GINT64_FORMAT, ((SbAttachment *) files->pdata[0])->id);
    file_row = ui_test_find (dialog, name);
    g_assert_nonnull (file_row);
    /* its Remove button */
    remove = NULL;
    stack[top++] = file_row;
    while (top > 0 && remove == NULL)
      {
        GtkWidget *w = stack[--top];

        if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), "Remove") == 0)
          remove = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && top < 256;
             c = gtk_widget_get_next_sibling (c))
          stack[top++] = c;
      }
  }
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  ui_test_iterate ();
  text = subtitle (dialog, "material:tase:3");
  g_assert_cmpstr (text, !=, "1 file");
  g_clear_pointer (&text, g_free);
  undo = ui_test_find_button (dialog, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  ui_test_iterate ();
  text = subtitle (dialog, "material:tase:3");
  g_assert_cmpstr (text, ==, "1 file");
  g_clear_pointer (&text, g_free);

  /* bound in a worker */
  g_signal_connect (dialog, "bound", G_CALLBACK (on_bound), &done);
  sb_book_dialog_bind (SB_BOOK_DIALOG (dialog), out);
  g_assert_true (ui_test_wait (bound, &done, 60000));
  g_assert_cmpint (done, ==, 1);
  g_assert_true (g_file_test (out_path, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate ();
  ui_test_close_window (window);
  g_unlink (bad_path);
  g_unlink (out_path);
  {
    g_autofree char *p = g_file_get_path (license);

    g_unlink (p);
  }
  g_rmdir (dir);
}

/* A company that claims HNTE: the dialog offers its book; the Zhejiang guide
 * lists no materials, so a row takes the next file (material:hnte:1), and
 * the book binds the 自评表 and that file. */
static void
test_hnte (void)
{
  SbWindow *window = ui_test_open_window ();
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-book-XXXXXX", NULL);
  g_autoptr(GFile) patent = fixture_pdf (dir, "专利证书.pdf", 2);
  g_autofree char *out_path = g_build_filename (dir, "hnte.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SbHnteApplication) hnte = sb_hnte_application_new ();
  gint64 id = ui_test_company_id (window, XINGHAI);
  GtkWidget *dialog, *selector;
  GListModel *names;
  guint hnte_index = G_MAXUINT;
  int done = 0;

  g_assert_cmpint (id, >, 0);
  ui_test_open_company (window, id);
  g_object_set (hnte, "profile", "hnte-zhejiang", NULL);
  sb_enterprise_set_hnte (sb_session_get_enterprise (sb_window_get_session (window)), hnte);
  ui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.book", NULL));
  ui_test_iterate ();
  dialog = ui_test_find_anywhere ("book-dialog");
  g_assert_nonnull (dialog);

  /* the program chooser offers HNTE; chosen */
  selector = NULL;
  {
    GtkWidget *stack[512];
    int top = 0;

    stack[top++] = dialog;
    while (top > 0 && selector == NULL)
      {
        GtkWidget *w = stack[--top];

        if (GTK_IS_DROP_DOWN (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), "Program") == 0)
          selector = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && top < 512;
             c = gtk_widget_get_next_sibling (c))
          stack[top++] = c;
      }
  }
  g_assert_nonnull (selector);
  names = gtk_drop_down_get_model (GTK_DROP_DOWN (selector));
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i),
                   "HNTE recognition") == 0)
      hnte_index = i;
  g_assert_cmpuint (hnte_index, !=, G_MAXUINT);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (selector), hnte_index);
  ui_test_iterate ();

  text = subtitle (dialog, "material:hnte:1");
  g_assert_cmpstr (text, ==, "No file: drop files here");
  g_clear_pointer (&text, g_free);
  g_assert_true (sb_book_dialog_attach (SB_BOOK_DIALOG (dialog), "material:hnte:1", patent,
                                        &error));
  g_assert_no_error (error);
  ui_test_iterate ();
  text = subtitle (dialog, "material:hnte:1");
  g_assert_cmpstr (text, ==, "1 file");
  g_clear_pointer (&text, g_free);
  /* and a row for the next one */
  g_assert_nonnull (ui_test_find (dialog, "target:material:hnte:2"));
  if (shots != NULL)
    {
      g_autofree char *path = g_build_filename (shots, "book-dialog-hnte.png", NULL);

      for (int i = 0; i < 5; i++)
        {
          g_usleep (50000);
          ui_test_iterate ();
        }
      ui_test_screenshot (dialog, path);
    }

  g_signal_connect (dialog, "bound", G_CALLBACK (on_bound), &done);
  sb_book_dialog_bind (SB_BOOK_DIALOG (dialog), out);
  g_assert_true (ui_test_wait (bound, &done, 60000));
  g_assert_cmpint (done, ==, 1);
  {
    g_autofree char *uri = g_file_get_uri (out);
    PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
    PopplerPage *toc = NULL;
    g_autofree char *toc_text = NULL;

    g_assert_no_error (error);
    /* cover, 总目录, 自评表 (one page at least), the patent's two pages */
    g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 5);
    toc = poppler_document_get_page (doc, 1);
    toc_text = poppler_page_get_text (toc);
    g_assert_nonnull (strstr (toc_text, "总目录"));
    g_assert_nonnull (strstr (toc_text, "高新技术企业认定条件自评表"));
    g_assert_nonnull (strstr (toc_text, "专利证书"));
    g_object_unref (toc);
    g_object_unref (doc);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate ();
  ui_test_close_window (window);
  g_unlink (out_path);
  {
    g_autofree char *p = g_file_get_path (patent);

    g_unlink (p);
  }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  shots = (char *) g_getenv ("SB_UI_SHOTS");
  g_test_add_func ("/ui/book/attach-undo-bind", test_attach_undo_bind);
  g_test_add_func ("/ui/book/hnte", test_hnte);
  return g_test_run ();
}
