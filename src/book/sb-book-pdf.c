/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book-pdf.c: the book written as one PDF.
 *
 * cairo draws the pages the book makes (cover, tables of contents, tables,
 * statement, images, placeholders) into one PDF, and the page numbers of
 * the attached PDFs' pages into another; qpdf (libqpdf, through its job
 * interface) then takes the pages in book order — the attached files'
 * original page objects, copied losslessly — and overlays the numbers on
 * the copied pages; the outline (bookmarks) and the document information
 * are added with qpdf's object interface.  Everything goes through a
 * private temporary folder (0700) and the book is written beside @path,
 * fsynced and renamed over it: mode 0600, never half a file. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <qpdf/qpdf-c.h>
#include <qpdf/qpdfjob-c.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>

#include "sb-book-private.h"

#undef G_LOG_DOMAIN
#define G_LOG_DOMAIN "shenbao-book"

typedef struct
{
  SbBook             *book;
  char               *tmpdir;
  GHashTable         *pdfs;       /* sha256 → path of the extracted file */
  GHashTable         *sizes;      /* sha256 → GArray of double pairs (page sizes) */
  GHashTable         *rendered;   /* sha256 → PopplerDocument: PDFs drawn, not copied */
  SbBookProgressFunc  progress;
  gpointer            user_data;
  GCancellable       *cancellable;
  guint               n_done, n_total;
} Writer;

static gboolean
fail (GError **error, int code, const char *path, const char *reason)
{
  g_autofree char *name = path != NULL ? g_filename_display_name (path) : g_strdup ("");

  g_set_error (error, SB_BOOK_ERROR, code, _("Cannot write “%s”: %s"), name, reason);
  return FALSE;
}

static gboolean
step (Writer *w, const char *what, GError **error)
{
  w->n_done++;
  if (w->progress != NULL)
    w->progress (w->n_total > 0 ? MIN (1.0, (double) w->n_done / w->n_total) : 0, what,
                 w->user_data);
  if (g_cancellable_is_cancelled (w->cancellable))
    {
      g_set_error_literal (error, SB_BOOK_ERROR, SB_BOOK_ERROR_CANCELLED,
                           _("Binding the book was cancelled"));
      return FALSE;
    }
  return TRUE;
}

/* The bytes of an attached file, from the private folder. */
static GBytes *
file_bytes (Writer *w, const char *sha256, GError **error)
{
  g_autofree char *path = g_build_filename (w->tmpdir, sha256, NULL);
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);

  return mapped != NULL ? g_mapped_file_get_bytes (mapped) : NULL;
}

/* The attached PDF @sha256 extracted into the private folder, with the
 * size of each of its pages (as shown: /Rotate applied). */
static const char *
extract_pdf (Writer *w, const SbAttachment *a, GError **error)
{
  const char *path = g_hash_table_lookup (w->pdfs, a->sha256);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file = NULL;
  PopplerDocument *doc;
  GArray *sizes;

  if (path != NULL)
    return path;
  if ((bytes = file_bytes (w, a->sha256, error)) == NULL)
    return NULL;
  file = g_build_filename (w->tmpdir, a->sha256, NULL);
  doc = poppler_document_new_from_bytes (bytes, NULL, error);
  if (doc == NULL)
    return NULL;
  sizes = g_array_new (FALSE, FALSE, sizeof (double));
  for (int p = 0; p < poppler_document_get_n_pages (doc); p++)
    {
      PopplerPage *page = poppler_document_get_page (doc, p);
      double pw = SB_BOOK_A4_W, ph = SB_BOOK_A4_H;

      if (page != NULL)
        {
          poppler_page_get_size (page, &pw, &ph);
          g_object_unref (page);
        }
      g_array_append_val (sizes, pw);
      g_array_append_val (sizes, ph);
    }
  g_hash_table_insert (w->sizes, g_strdup (a->sha256), sizes);
  /* drawn with poppler when asked, or when qpdf cannot read it */
  {
    qpdf_data q = qpdf_init ();
    gboolean readable;

    qpdf_set_suppress_warnings (q, QPDF_TRUE);
    readable = !(qpdf_read (q, file, NULL) & QPDF_ERRORS);
    qpdf_cleanup (&q);
    if (!readable)
      g_message ("%s: qpdf cannot read it; its pages are drawn with poppler", a->name);
    if (!readable || w->book->render_pdfs)
      g_hash_table_insert (w->rendered, g_strdup (a->sha256), g_object_ref (doc));
  }
  g_object_unref (doc);
  g_hash_table_insert (w->pdfs, g_strdup (a->sha256), g_steal_pointer (&file));
  return g_hash_table_lookup (w->pdfs, a->sha256);
}

/* Every page of the book, in order, with its size. */
static gboolean
list_pages (Writer *w, GError **error)
{
  SbBook *book = w->book;

  g_clear_pointer (&book->pages, g_array_unref);
  book->pages = g_array_new (FALSE, TRUE, sizeof (SbBookPage));
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);
      SbBookPage page = { .item = item, .width = SB_BOOK_A4_W, .height = SB_BOOK_A4_H };

      if (item->kind == ITEM_FILES)
        {
          for (guint f = 0; f < item->files->len; f++)
            {
              SbAttachment *a = g_ptr_array_index (item->files, f);

              page.file = a;
              if (a->media == SB_EVIDENCE_MEDIA_PDF)
                {
                  GArray *sizes;

                  if (extract_pdf (w, a, error) == NULL)
                    {
                      g_prefix_error (error, "%s: ", a->name);
                      return FALSE;
                    }
                  sizes = g_hash_table_lookup (w->sizes, a->sha256);
                  for (guint p = 0; p < a->pages; p++)
                    {
                      page.file_page = p;
                      page.rendered = g_hash_table_contains (w->rendered, a->sha256);
                      page.width = 2 * p + 1 < sizes->len ? g_array_index (sizes, double, 2 * p)
                                                          : SB_BOOK_A4_W;
                      page.height = 2 * p + 1 < sizes->len ? g_array_index (sizes, double, 2 * p + 1)
                                                           : SB_BOOK_A4_H;
                      g_array_append_val (book->pages, page);
                      page.local++;
                    }
                }
              else
                {
                  g_autoptr(GBytes) bytes = file_bytes (w, a->sha256, error);

                  if (bytes == NULL
                      || !sb_book_image_page_size (bytes, &page.width, &page.height, error))
                    {
                      g_prefix_error (error, "%s: ", a->name);
                      return FALSE;
                    }
                  page.file_page = 0;
                  page.rendered = FALSE;
                  g_array_append_val (book->pages, page);
                  page.local++;
                }
            }
          if (item->missing != NULL)
            {
              page.file = NULL;
              page.rendered = FALSE;
              page.width = SB_BOOK_A4_W;
              page.height = SB_BOOK_A4_H;
              g_array_append_val (book->pages, page);
            }
          continue;
        }
      for (guint p = 0; p < item->n_pages; p++)
        {
          page.local = p;
          if (item->kind == ITEM_TABLE && item->pages != NULL)
            sb_form_pages_get_page_size (item->pages, p, &page.width, &page.height);
          g_array_append_val (book->pages, page);
        }
    }
  return TRUE;
}

static gboolean
is_copied (const SbBookPage *page)
{
  return page->file != NULL && page->file->media == SB_EVIDENCE_MEDIA_PDF && !page->rendered;
}

typedef struct
{
  FILE *fp;
  int   error;
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->error == 0 && fwrite (data, 1, length, sink->fp) != length)
    sink->error = errno != 0 ? errno : EIO;
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Draws the pages @copied (FALSE: the book's own pages; TRUE: only the
 * numbers of the copied pages) into @path. */
static gboolean
draw_pdf (Writer *w, const char *path, gboolean copied, GError **error)
{
  SbBook *book = w->book;
  Sink sink = { NULL, 0 };
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  cairo_status_t status;
  gboolean ok = TRUE;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || (sink.fp = fdopen (fd, "wb")) == NULL)
    {
      if (fd >= 0)
        close (fd);
      return fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
    }
  for (guint i = 0; i < book->pages->len && ok; i++)
    {
      const SbBookPage *page = &g_array_index (book->pages, SbBookPage, i);
      g_autoptr(GBytes) image = NULL;

      if (is_copied (page) != copied)
        continue;
      if (surface == NULL)
        {
          surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, page->width,
                                                         page->height);
          cr = cairo_create (surface);
        }
      cairo_pdf_surface_set_size (surface, page->width, page->height);
      if (copied)
        sb_book_draw_folio (cr, page->width, page->height, i + 1);
      else if (page->rendered && page->file != NULL)
        {
          PopplerDocument *doc = g_hash_table_lookup (w->rendered, page->file->sha256);
          PopplerPage *pp = poppler_document_get_page (doc, (int) page->file_page);

          if (pp != NULL)
            {
              cairo_save (cr);
              poppler_page_render_for_printing (pp, cr);
              cairo_restore (cr);
              g_object_unref (pp);
            }
          sb_book_draw_folio (cr, page->width, page->height, i + 1);
        }
      else
        {
          if (page->file != NULL
              && (image = file_bytes (w, page->file->sha256, error)) == NULL)
            {
              ok = FALSE;
              break;
            }
          sb_book_draw_page (book, page, i + 1, image, cr);
        }
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS || sink.error != 0)
        break;
      if (!copied && !step (w, _("Drawing the pages"), error))
        ok = FALSE;
    }
  status = CAIRO_STATUS_SUCCESS;
  if (cr != NULL)
    {
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
    }
  if (fclose (sink.fp) != 0 && sink.error == 0)
    sink.error = errno;
  if (!ok)
    return FALSE;
  if (sink.error != 0)
    return fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (sink.error));
  if (status != CAIRO_STATUS_SUCCESS)
    return fail (error, SB_BOOK_ERROR_WRITE, path, cairo_status_to_string (status));
  return TRUE;
}

static int
log_to_string (char const *data, size_t len, void *udata)
{
  g_string_append_len (udata, data, (gssize) len);
  return 0;
}

/* qpdf --empty --pages (runs of pages in book order) -- [--overlay NUMBERS
 * --to=COPIED --] OUT */
static gboolean
merge (Writer *w, const char *own, const char *numbers, const char *out, GError **error)
{
  SbBook *book = w->book;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) to = g_string_new (NULL);
  g_autoptr(GString) messages = g_string_new (NULL);
  qpdfjob_handle job;
  qpdflogger_handle logger;
  guint own_page = 0;
  int rc;

  g_ptr_array_add (argv, g_strdup ("qpdf"));
  g_ptr_array_add (argv, g_strdup ("--empty"));
  g_ptr_array_add (argv, g_strdup ("--pages"));
  for (guint i = 0; i < book->pages->len;)
    {
      const SbBookPage *page = &g_array_index (book->pages, SbBookPage, i);
      guint j = i + 1;

      if (!is_copied (page))
        {
          guint first = own_page + 1;

          while (j < book->pages->len
                 && !is_copied (&g_array_index (book->pages, SbBookPage, j)))
            j++;
          own_page += j - i;
          g_ptr_array_add (argv, g_strdup (own));
          g_ptr_array_add (argv, g_strdup_printf ("%u-%u", first, own_page));
        }
      else
        {
          const SbBookPage *last = page;

          /* the following pages of the same file, in order */
          while (j < book->pages->len)
            {
              const SbBookPage *next = &g_array_index (book->pages, SbBookPage, j);

              if (!is_copied (next) || next->file != page->file
                  || next->file_page != last->file_page + 1)
                break;
              last = next;
              j++;
            }
          g_ptr_array_add (argv, g_strdup (g_hash_table_lookup (w->pdfs, page->file->sha256)));
          g_ptr_array_add (argv, g_strdup_printf ("%u-%u", page->file_page + 1,
                                                  last->file_page + 1));
          g_string_append_printf (to, "%s%u-%u", to->len > 0 ? "," : "", i + 1, j);
        }
      i = j;
    }
  g_ptr_array_add (argv, g_strdup ("--"));
  if (to->len > 0)
    {
      g_ptr_array_add (argv, g_strdup ("--overlay"));
      g_ptr_array_add (argv, g_strdup (numbers));
      g_ptr_array_add (argv, g_strdup_printf ("--to=%s", to->str));
      g_ptr_array_add (argv, g_strdup ("--"));
    }
  g_ptr_array_add (argv, g_strdup (out));
  g_ptr_array_add (argv, NULL);

  job = qpdfjob_init ();
  logger = qpdflogger_create ();
  qpdflogger_set_info (logger, qpdf_log_dest_discard, NULL, NULL);
  qpdflogger_set_warn (logger, qpdf_log_dest_custom, log_to_string, messages);
  qpdflogger_set_error (logger, qpdf_log_dest_custom, log_to_string, messages);
  qpdfjob_set_logger (job, logger);
  rc = qpdfjob_initialize_from_argv (job, (const char * const *) argv->pdata);
  if (rc == 0)
    rc = qpdfjob_run (job);
  qpdfjob_cleanup (&job);
  qpdflogger_cleanup (&logger);
  /* 3: done, with warnings (a damaged file qpdf repaired) */
  if (rc != 0 && rc != 3)
    {
      g_strstrip (messages->str);
      g_set_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_MERGE,
                   _("The attached PDF files cannot be copied into the book: %s"),
                   messages->str);
      return FALSE;
    }
  return TRUE;
}

/* ---- the outline, with qpdf's object interface ------------------------ */

typedef struct
{
  qpdf_oh  oh;
  int      level;
  qpdf_oh  first, last;
  int      count;      /* direct children */
} Node;

static gboolean
qpdf_failed (qpdf_data q, GError **error, const char *path)
{
  qpdf_error e = qpdf_get_error (q);
  const char *text = e != NULL ? qpdf_get_error_full_text (q, e) : "qpdf";

  g_set_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_MERGE, _("Cannot write “%s”: %s"),
               path, text);
  return FALSE;
}

static void
close_node (qpdf_data q, Node *node)
{
  if (node->count == 0)
    return;
  qpdf_oh_replace_key (q, node->oh, "/First", node->first);
  qpdf_oh_replace_key (q, node->oh, "/Last", node->last);
  /* materials open, their parts closed */
  qpdf_oh_replace_key (q, node->oh, "/Count",
                       qpdf_oh_new_integer (q, node->level <= 0 ? node->count : -node->count));
}

static gboolean
add_outline (Writer *w, const char *in, const char *out, GError **error)
{
  SbBook *book = w->book;
  qpdf_data q = qpdf_init ();
  Node stack[8];
  int depth = 0;
  qpdf_oh root, outlines, info, trailer;
  qpdf_oh previous[8] = { 0 };
  gboolean ok = FALSE;

  qpdf_set_suppress_warnings (q, QPDF_TRUE);
  if (qpdf_read (q, in, NULL) & QPDF_ERRORS)
    goto out;
  root = qpdf_get_root (q);
  outlines = qpdf_make_indirect_object (q, qpdf_oh_new_dictionary (q));
  qpdf_oh_replace_key (q, outlines, "/Type", qpdf_oh_new_name (q, "/Outlines"));
  stack[0] = (Node) { outlines, -1, 0, 0, 0 };
  for (guint i = 0; i < book->entries->len; i++)
    {
      const SbBookEntry *e = g_ptr_array_index (book->entries, i);
      int level = CLAMP (e->level, 0, 6);
      qpdf_oh item, dest;
      Node *parent;

      if (e->first_page == 0 || (int) e->first_page > qpdf_get_num_pages (q))
        continue;
      while (depth > 0 && stack[depth].level >= level)
        close_node (q, &stack[depth--]);
      parent = &stack[depth];
      item = qpdf_make_indirect_object (q, qpdf_oh_new_dictionary (q));
      qpdf_oh_replace_key (q, item, "/Title", qpdf_oh_new_unicode_string (q, e->title));
      qpdf_oh_replace_key (q, item, "/Parent", parent->oh);
      dest = qpdf_oh_new_array (q);
      qpdf_oh_append_item (q, dest, qpdf_get_page_n (q, e->first_page - 1));
      qpdf_oh_append_item (q, dest, qpdf_oh_new_name (q, "/Fit"));
      qpdf_oh_replace_key (q, item, "/Dest", dest);
      if (parent->count == 0)
        parent->first = item;
      else
        {
          qpdf_oh_replace_key (q, previous[depth], "/Next", item);
          qpdf_oh_replace_key (q, item, "/Prev", previous[depth]);
        }
      parent->last = item;
      parent->count++;
      previous[depth] = item;
      if (depth + 1 < (int) G_N_ELEMENTS (stack))
        stack[++depth] = (Node) { item, level, 0, 0, 0 };
    }
  while (depth > 0)
    close_node (q, &stack[depth--]);
  if (stack[0].count > 0)
    {
      qpdf_oh_replace_key (q, outlines, "/First", stack[0].first);
      qpdf_oh_replace_key (q, outlines, "/Last", stack[0].last);
      qpdf_oh_replace_key (q, outlines, "/Count", qpdf_oh_new_integer (q, stack[0].count));
      qpdf_oh_replace_key (q, root, "/Outlines", outlines);
      qpdf_oh_replace_key (q, root, "/PageMode", qpdf_oh_new_name (q, "/UseOutlines"));
    }
  /* the document information: title and creator */
  {
    g_autofree char *title = g_strdup_printf ("%s %s", book->company, book->program_title);

    trailer = qpdf_get_trailer (q);
    info = qpdf_make_indirect_object (q, qpdf_oh_new_dictionary (q));
    qpdf_oh_replace_key (q, info, "/Title", qpdf_oh_new_unicode_string (q, title));
    qpdf_oh_replace_key (q, info, "/Creator", qpdf_oh_new_unicode_string (q, "Shenbao"));
    qpdf_oh_replace_key (q, trailer, "/Info", info);
  }
  if (qpdf_init_write (q, out) & QPDF_ERRORS)
    goto out;
  qpdf_set_object_stream_mode (q, qpdf_o_generate);
  if (qpdf_write (q) & QPDF_ERRORS)
    goto out;
  ok = TRUE;
out:
  if (!ok)
    qpdf_failed (q, error, out);
  qpdf_cleanup (&q);
  return ok;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

gboolean
sb_book_prepare (SbBook *book, GError **error)
{
  if (book->files_dir != NULL)
    return TRUE;
  book->files_dir = g_dir_make_tmp ("shenbao-book-XXXXXX", error);   /* 0700 */
  if (book->files_dir == NULL)
    return FALSE;
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      for (guint f = 0; item->files != NULL && f < item->files->len; f++)
        {
          SbAttachment *a = g_ptr_array_index (item->files, f);
          g_autofree char *path = g_build_filename (book->files_dir, a->sha256, NULL);
          g_autoptr(GBytes) bytes = NULL;

          if (g_file_test (path, G_FILE_TEST_EXISTS))
            continue;
          if ((bytes = sb_store_read_blob (book->store, a->sha256, error)) == NULL
              || !g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes),
                                            G_FILE_SET_CONTENTS_NONE, 0600, error))
            {
              sb_book_unprepare (book);
              return FALSE;
            }
        }
    }
  return TRUE;
}

void
sb_book_unprepare (SbBook *book)
{
  if (book->files_dir == NULL)
    return;
  remove_tree (book->files_dir);
  g_clear_pointer (&book->files_dir, g_free);
}

gboolean
sb_book_write_pdf (SbBook *book, const char *path, SbBookProgressFunc progress,
                   gpointer user_data, GCancellable *cancellable, GError **error)
{
  Writer w = { book, NULL, NULL, NULL, NULL, progress, user_data, cancellable, 0, 0 };
  g_autofree char *own = NULL, *numbers = NULL, *merged = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  gboolean ok = FALSE;
  gint64 t;
  int fd;

  if (!sb_book_prepare (book, error))
    return FALSE;
  w.tmpdir = book->files_dir;
  w.pdfs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  w.sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_array_unref);
  w.rendered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  own = g_build_filename (w.tmpdir, "own.pdf", NULL);
  numbers = g_build_filename (w.tmpdir, "numbers.pdf", NULL);
  merged = g_build_filename (w.tmpdir, "merged.pdf", NULL);
  fd = -1;

  /* the tables laid out again on this thread: Pango's font map is per
   * thread and not to be shared with the window's (same fonts, same
   * pages) */
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);
      SbFormPages *pages;

      if (item->kind != ITEM_TABLE || item->form == NULL)
        continue;
      pages = sb_form_pages_new (item->form);
      if (sb_form_pages_get_n_pages (pages) != item->n_pages)
        {
          g_warning ("%s: %u pages laid out again, %u before", item->form_id,
                     sb_form_pages_get_n_pages (pages), item->n_pages);
          sb_form_pages_free (pages);
          continue;
        }
      sb_form_pages_set_folio_start (pages, item->first_page);
      sb_form_pages_free (item->pages);
      item->pages = pages;
    }

  t = g_get_monotonic_time ();
  if (!list_pages (&w, error))
    goto out;
  g_debug ("book: pages listed in %.3f s", (g_get_monotonic_time () - t) / 1e6);
  w.n_total = 0;
  for (guint i = 0; i < book->pages->len; i++)
    w.n_total += !is_copied (&g_array_index (book->pages, SbBookPage, i));
  w.n_total += 3;
  t = g_get_monotonic_time ();
  if (!draw_pdf (&w, own, FALSE, error) || !draw_pdf (&w, numbers, TRUE, error)
      || !step (&w, _("Copying the attached PDF files"), error))
    goto out;
  g_debug ("book: pages drawn in %.3f s", (g_get_monotonic_time () - t) / 1e6);
  t = g_get_monotonic_time ();
  if (!merge (&w, own, numbers, merged, error)
      || !step (&w, _("Adding the bookmarks"), error))
    goto out;
  g_debug ("book: merged in %.3f s", (g_get_monotonic_time () - t) / 1e6);
  t = g_get_monotonic_time ();
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
      goto out;
    }
  if (!add_outline (&w, merged, tmp, error))
    goto out;
  g_debug ("book: outline added in %.3f s", (g_get_monotonic_time () - t) / 1e6);
  /* qpdf wrote through its own descriptor: make it durable through ours */
  if (fsync (fd) != 0)
    {
      fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
      goto out;
    }
  if (g_chmod (tmp, 0600) != 0 || g_rename (tmp, path) != 0)
    {
      fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
      goto out;
    }
  ok = step (&w, _("Done"), NULL) || TRUE;
out:
  if (fd >= 0)
    close (fd);
  if (!ok && fd >= 0)
    g_unlink (tmp);
  sb_book_unprepare (book);
  g_hash_table_unref (w.pdfs);
  g_hash_table_unref (w.sizes);
  g_hash_table_unref (w.rendered);
  return ok;
}

/* ---- the upload set ---------------------------------------------------- */

/* "企业开展技术先进型服务业务论述" from "2. 企业开展技术先进型服务业务论述（1000字以上）":
 * without the number and the parenthesis, nothing a file name cannot hold. */
static char *
file_stem (const char *title)
{
  const char *start = title;
  GString *out = g_string_new (NULL);
  int depth = 0;

  while (g_ascii_isdigit (*start))
    start++;
  if (start != title && (*start == '.' || *start == ' '))
    start++;
  else
    start = title;   /* "2024年…": a year, not a number */
  while (*start == ' ')
    start++;
  if (g_str_has_prefix (start, "（"))   /* "（1）…" of a trade-fund material */
    {
      const char *close = strstr (start, "）");

      if (close != NULL)
        start = close + strlen ("）");
    }
  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* what is in parentheses goes; the name ends at the first comma */
      if (c == 0xFF08 /* （ */ || c == '(')
        {
          depth++;
          continue;
        }
      if (c == 0xFF09 /* ） */ || c == ')')
        {
          depth = MAX (depth - 1, 0);
          continue;
        }
      if (depth > 0)
        continue;
      if (c == 0xFF0C /* ， */ || c == ',' || c == 0xFF1B /* ； */ || out->len > 120)
        break;
      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<'
          || c == '>' || c == '|' || g_unichar_iscntrl (c))
        c = '-';
      g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  if (out->str[0] == '\0')
    g_string_assign (out, "材料");
  return g_string_free (out, FALSE);
}

static gboolean
extract_pages (const char *book_path, guint first, guint last, const char *out, GError **error)
{
  g_autofree char *range = g_strdup_printf ("%u-%u", first, last);
  g_autoptr(GString) messages = g_string_new (NULL);
  const char *argv[] = { "qpdf", "--empty", "--pages", book_path, range, "--", out, NULL };
  qpdfjob_handle job = qpdfjob_init ();
  qpdflogger_handle logger = qpdflogger_create ();
  int rc;

  qpdflogger_set_info (logger, qpdf_log_dest_discard, NULL, NULL);
  qpdflogger_set_warn (logger, qpdf_log_dest_custom, log_to_string, messages);
  qpdflogger_set_error (logger, qpdf_log_dest_custom, log_to_string, messages);
  qpdfjob_set_logger (job, logger);
  rc = qpdfjob_initialize_from_argv (job, argv);
  if (rc == 0)
    rc = qpdfjob_run (job);
  qpdfjob_cleanup (&job);
  qpdflogger_cleanup (&logger);
  if (rc != 0 && rc != 3)
    {
      g_strstrip (messages->str);
      return fail (error, SB_BOOK_ERROR_WRITE, out, messages->str);
    }
  return TRUE;
}

/* ---- a zip archive (stored: PDFs are compressed already) ------------ */

static guint32
crc32_update (guint32 crc, const guchar *data, gsize n)
{
  static guint32 table[256];

  if (table[1] == 0)
    for (guint32 i = 0; i < 256; i++)
      {
        guint32 c = i;

        for (int k = 0; k < 8; k++)
          c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
      }
  crc = ~crc;
  for (gsize i = 0; i < n; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

static void
put16 (GByteArray *b, guint v)
{
  guint8 x[2] = { v & 0xff, (v >> 8) & 0xff };

  g_byte_array_append (b, x, 2);
}

static void
put32 (GByteArray *b, guint32 v)
{
  guint8 x[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff };

  g_byte_array_append (b, x, 4);
}

/* Writes the files of @dir named in @names (in order) as a zip archive to
 * @path: stored, UTF-8 names (flag 11), 0600, fsync, rename. */
static gboolean
write_zip (const char *dir, GPtrArray *names, const char *path, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, base);
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint32 offset = 0;
  FILE *fp;
  int fd, saved = 0;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0 || (fp = fdopen (fd, "wb")) == NULL)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      return fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (saved));
    }
  for (guint i = 0; i < names->len && saved == 0; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (file, FALSE, error);
      g_autoptr(GByteArray) local = g_byte_array_new ();
      const guchar *data;
      gsize size, name_len = strlen (name);
      guint32 crc;

      if (mapped == NULL)
        {
          fclose (fp);
          g_unlink (tmp);
          return FALSE;
        }
      data = (const guchar *) g_mapped_file_get_contents (mapped);
      size = g_mapped_file_get_length (mapped);
      if (size >= G_MAXUINT32 || offset >= G_MAXUINT32 - size - 1024)
        {
          fclose (fp);
          g_unlink (tmp);
          return fail (error, SB_BOOK_ERROR_WRITE, path, _("the archive would exceed 4 GiB"));
        }
      crc = crc32_update (0, data, size);
      /* local file header */
      put32 (local, 0x04034b50); put16 (local, 20); put16 (local, 0x0800); put16 (local, 0);
      put16 (local, 0); put16 (local, 0x21);          /* time 0:00, date 1980-01-01 */
      put32 (local, crc); put32 (local, (guint32) size); put32 (local, (guint32) size);
      put16 (local, (guint) name_len); put16 (local, 0);
      g_byte_array_append (local, (const guint8 *) name, (guint) name_len);
      /* its entry in the central directory */
      put32 (central, 0x02014b50); put16 (central, 0x031e); put16 (central, 20);
      put16 (central, 0x0800); put16 (central, 0); put16 (central, 0); put16 (central, 0x21);
      put32 (central, crc); put32 (central, (guint32) size); put32 (central, (guint32) size);
      put16 (central, (guint) name_len); put16 (central, 0); put16 (central, 0);
      put16 (central, 0); put16 (central, 0);
      put32 (central, 0100600u << 16);               /* a regular file, 0600 */
      put32 (central, offset);
      g_byte_array_append (central, (const guint8 *) name, (guint) name_len);
      if (fwrite (local->data, 1, local->len, fp) != local->len
          || fwrite (data, 1, size, fp) != size)
        saved = errno != 0 ? errno : EIO;
      offset += local->len + (guint32) size;
    }
  if (saved == 0)
    {
      g_autoptr(GByteArray) end = g_byte_array_new ();

      put32 (end, 0x06054b50); put16 (end, 0); put16 (end, 0);
      put16 (end, names->len); put16 (end, names->len);
      put32 (end, central->len); put32 (end, offset); put16 (end, 0);
      if (fwrite (central->data, 1, central->len, fp) != central->len
          || fwrite (end->data, 1, end->len, fp) != end->len
          || fflush (fp) != 0 || fsync (fileno (fp)) != 0)
        saved = errno != 0 ? errno : EIO;
    }
  if (fclose (fp) != 0 && saved == 0)
    saved = errno;
  if (saved == 0 && g_rename (tmp, path) != 0)
    saved = errno;
  if (saved != 0)
    {
      g_unlink (tmp);
      return fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (saved));
    }
  return TRUE;
}

gboolean
sb_book_write_upload_set (SbBook *book, const char *dir, SbBookProgressFunc progress,
                          gpointer user_data, GCancellable *cancellable, GError **error)
{
  g_autofree char *whole = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *lower = g_ascii_strdown (dir, -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean zip = g_str_has_suffix (lower, ".zip");
  const char *archive = NULL;
  gboolean ok = TRUE;
  guint n = 0;

  tmpdir = g_dir_make_tmp ("shenbao-upload-XXXXXX", error);
  if (tmpdir == NULL)
    return FALSE;
  if (zip)
    {
      /* the files in the private folder, then the archive */
      archive = dir;
      dir = tmpdir;
    }
  else if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      remove_tree (tmpdir);
      return fail (error, SB_BOOK_ERROR_WRITE, dir, g_strerror (errno));
    }
  whole = g_build_filename (tmpdir, "book.pdf", NULL);
  if (!sb_book_write_pdf (book, whole, progress, user_data, cancellable, error))
    {
      remove_tree (tmpdir);
      return FALSE;
    }
  /* one file per material (per direction's material for the trade fund),
   * in the book's order */
  for (guint i = 0; ok && i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);
      /* TASE and HNTE: the top-level items; the trade fund: the materials
       * under each direction */
      gboolean material = !g_str_equal (book->program, "tradefund") ? item->level == 0
                          : (item->level == 1 || (item->level == 0 && item->kind == ITEM_TABLE));
      g_autofree char *stem = NULL, *name = NULL, *path = NULL, *tmp = NULL;
      int fd;

      if (!material || item->kind == ITEM_COVER || item->kind == ITEM_TOC
          || item->first_page == 0)
        continue;
      /* the HNTE 自评表 says of itself "不是通知规定的申报表格，不需盖章报送":
       * in the book for the consultant's check, never uploaded */
      if (item->kind == ITEM_TABLE && g_strcmp0 (item->form_id, "hnte-self-assessment") == 0)
        continue;
      stem = file_stem (item->title);
      name = g_strdup_printf ("%02u-%s.pdf", ++n, stem);
      path = g_build_filename (dir, name, NULL);
      tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, name);
      fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          ok = fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
          break;
        }
      ok = extract_pages (whole, item->first_page, item->last_page, tmp, error);
      if (ok && (fsync (fd) != 0 || g_chmod (tmp, 0600) != 0 || g_rename (tmp, path) != 0))
        ok = fail (error, SB_BOOK_ERROR_WRITE, path, g_strerror (errno));
      close (fd);
      if (!ok)
        g_unlink (tmp);
      else
        g_ptr_array_add (names, g_steal_pointer (&name));
    }
  if (ok && zip)
    ok = write_zip (tmpdir, names, archive, error);
  remove_tree (tmpdir);
  return ok;
}
