/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book-draw.c: the pages the book draws itself — cover, 总目录, 分类目录,
 * the business statement, images and the pages naming what is missing —
 * and the page numbers. */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sb-book-private.h"

#define MARGIN      72.0
#define TEXT_SIZE   12.0
#define TEXT_LEADING 1.6    /* line height / size of the statement */
#define TOC_TOP     130.0
#define TOC_LINE    21.0
#define FOLIO_SIZE  9.0
#define FOLIO_FROM_BOTTOM 40.0
#define IMAGE_MARGIN 36.0

static PangoFontDescription *
font (double size, gboolean bold)
{
  PangoFontDescription *desc = pango_font_description_from_string (SB_BOOK_FAMILY);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  return desc;
}

/* A context of its own (the font map is per thread: a book may be bound in
 * a worker thread), unhinted, as the PDF surface measures. */
static PangoContext *
measuring_context (void)
{
  PangoContext *c = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (c, options);
  cairo_font_options_destroy (options);
  return c;
}

static PangoLayout *
layout_new (cairo_t *cr, const char *text, double size, gboolean bold, double width,
            PangoAlignment align)
{
  PangoLayout *layout;

  if (cr != NULL)
    layout = pango_cairo_create_layout (cr);
  else
    {
      PangoContext *context = measuring_context ();

      layout = pango_layout_new (context);
      g_object_unref (context);
    }
  PangoFontDescription *desc = font (size, bold);

  if (cr != NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
      pango_layout_context_changed (layout);
      cairo_font_options_destroy (options);
    }
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws @text from (@x, @y); returns its height. */
static double
show (cairo_t *cr, const char *text, double size, gboolean bold, double width,
      PangoAlignment align, double x, double y)
{
  g_autoptr(PangoLayout) layout = layout_new (cr, text, size, bold, width, align);
  int h;

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

void
sb_book_draw_folio (cairo_t *cr, double width, double height, guint number)
{
  /* en spaces, as the tables' folio: pdftotext reads "第 x 页" */
  g_autofree char *folio = g_strdup_printf ("第\u2002%u\u2002页", number);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  show (cr, folio, FOLIO_SIZE, FALSE, width, PANGO_ALIGN_CENTER, 0,
        height - FOLIO_FROM_BOTTOM);
  cairo_restore (cr);
}

/* ------------------------------------------------------------- statement */

static double
title_height (const char *title)
{
  g_autoptr(PangoLayout) layout = layout_new (NULL, title, 16, TRUE,
                                              SB_BOOK_A4_W - 2 * MARGIN, PANGO_ALIGN_CENTER);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE + 18;
}

static PangoLayout *
statement_layout (cairo_t *cr, const char *text)
{
  PangoLayout *layout = layout_new (cr, text, TEXT_SIZE, FALSE, SB_BOOK_A4_W - 2 * MARGIN,
                                    PANGO_ALIGN_LEFT);

  pango_layout_set_line_spacing (layout, TEXT_LEADING);
  pango_layout_set_indent (layout, (int) (2 * TEXT_SIZE * PANGO_SCALE));
  return layout;
}

void
sb_book_text_paginate (SbBookItem *item)
{
  g_autoptr(PangoLayout) layout = statement_layout (NULL, item->text);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = title_height (item->title);
  double bottom = SB_BOOK_A4_H - 2 * MARGIN;
  double page_start = 0;   /* layout y at the top of the current page */
  guint line = 0, first = 0;

  g_clear_pointer (&item->breaks, g_array_unref);
  item->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (item->breaks, first);
  do
    {
      PangoRectangle logical;
      double y0, y1, room;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      y0 = (double) logical.y / PANGO_SCALE;
      y1 = (double) (logical.y + logical.height) / PANGO_SCALE;
      room = item->breaks->len == 1 ? bottom - top : bottom;
      if (y1 - page_start > room && line > g_array_index (item->breaks, guint,
                                                          item->breaks->len - 1))
        {
          g_array_append_val (item->breaks, line);
          page_start = y0;
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_text_page (const SbBookItem *item, guint local, cairo_t *cr)
{
  g_autoptr(PangoLayout) layout = statement_layout (cr, item->text);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint first = g_array_index (item->breaks, guint, local);
  guint end = local + 1 < item->breaks->len ? g_array_index (item->breaks, guint, local + 1)
                                            : G_MAXUINT;
  double y = MARGIN, offset = -1;
  guint line = 0;

  if (local == 0)
    {
      show (cr, item->title, 16, TRUE, SB_BOOK_A4_W - 2 * MARGIN, PANGO_ALIGN_CENTER,
            MARGIN, MARGIN);
      y += title_height (item->title);
    }
  do
    {
      if (line >= first && line < end)
        {
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (offset < 0)
            offset = (double) logical.y / PANGO_SCALE;
          cairo_move_to (cr, MARGIN + (double) logical.x / PANGO_SCALE,
                         y + (double) baseline / PANGO_SCALE - offset);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* --------------------------------------------------------- cover and TOC */

static void
draw_cover (SbBook *book, cairo_t *cr)
{
  double width = SB_BOOK_A4_W - 2 * MARGIN;
  g_autofree char *year = book->year > 0 ? g_strdup_printf ("（%d 年度）", book->year)
                                         : g_strdup ("");
  g_autofree char *company = g_strdup_printf ("申报单位（盖章）：%s", book->company);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "编制日期：%Y 年 %m 月 %d 日");
  double y = 230;

  y += show (cr, book->program_title, 24, TRUE, width, PANGO_ALIGN_CENTER, MARGIN, y) + 16;
  show (cr, year, 16, FALSE, width, PANGO_ALIGN_CENTER, MARGIN, y);
  show (cr, company, 15, FALSE, width, PANGO_ALIGN_LEFT, MARGIN + 40, 560);
  show (cr, date, 15, FALSE, width, PANGO_ALIGN_LEFT, MARGIN + 40, 600);
}

static char *
range_text (guint first, guint last)
{
  if (first == 0)
    return g_strdup ("");
  if (last > first)
    return g_strdup_printf ("%u-%u", first, last);
  return g_strdup_printf ("%u", first);
}

/* One line: the title, a dotted leader, the pages. */
static void
toc_line (cairo_t *cr, const SbBookItem *item, double indent, double y)
{
  double width = SB_BOOK_A4_W - 2 * MARGIN;
  g_autofree char *pages = range_text (item->first_page, item->last_page);
  g_autoptr(PangoLayout) title = layout_new (cr, item->title, TEXT_SIZE, item->level == 0,
                                             -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) number = layout_new (cr, pages, TEXT_SIZE, FALSE, -1, PANGO_ALIGN_LEFT);
  int tw, nw;
  double room;

  pango_layout_get_size (number, &nw, NULL);
  room = width - indent - (double) nw / PANGO_SCALE - 36;
  pango_layout_set_width (title, (int) (room * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (title, &tw, NULL);
  cairo_move_to (cr, MARGIN + indent, y);
  pango_cairo_show_layout (cr, title);
  cairo_move_to (cr, MARGIN + width - (double) nw / PANGO_SCALE, y);
  pango_cairo_show_layout (cr, number);
  /* the leader */
  {
    double x0 = MARGIN + indent + (double) tw / PANGO_SCALE + 6;
    double x1 = MARGIN + width - (double) nw / PANGO_SCALE - 6;

    if (x1 > x0)
      {
        double dash[] = { 0.6, 3.0 };

        cairo_save (cr);
        cairo_set_line_width (cr, 0.8);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_move_to (cr, x0, y + TEXT_SIZE);
        cairo_line_to (cr, x1, y + TEXT_SIZE);
        cairo_stroke (cr);
        cairo_restore (cr);
      }
  }
}

static void
draw_toc (SbBook *book, const SbBookItem *toc, guint local, cairo_t *cr)
{
  guint n = 0;
  double y = TOC_TOP;

  show (cr, local == 0 ? "总目录" : "总目录（续）", 20, TRUE, SB_BOOK_A4_W - 2 * MARGIN,
        PANGO_ALIGN_CENTER, MARGIN, MARGIN);
  for (guint i = 0; i < book->items->len; i++)
    {
      const SbBookItem *item = g_ptr_array_index (book->items, i);

      if (!item->in_toc)
        continue;
      if (n++ / SB_BOOK_TOC_LINES != local)
        continue;
      toc_line (cr, item, 0, y);
      y += TOC_LINE;
    }
}

static void
draw_subtoc (SbBook *book, const SbBookItem *head, guint local, cairo_t *cr)
{
  guint start = 0, n = 0;
  double y;

  for (guint i = 0; i < book->items->len; i++)
    if (g_ptr_array_index (book->items, i) == head)
      start = i;
  show (cr, local == 0 ? "分类目录" : "分类目录（续）", 18, TRUE, SB_BOOK_A4_W - 2 * MARGIN,
        PANGO_ALIGN_CENTER, MARGIN, MARGIN);
  y = MARGIN + 36 + show (cr, head->title, 13, TRUE, SB_BOOK_A4_W - 2 * MARGIN,
                          PANGO_ALIGN_CENTER, MARGIN, MARGIN + 36) + 20;
  for (guint i = start + 1; i < book->items->len; i++)
    {
      const SbBookItem *item = g_ptr_array_index (book->items, i);

      if (item->level <= head->level)
        break;
      if (item->level != head->level + 1)
        continue;
      if (n++ / SB_BOOK_SUBTOC_LINES != local)
        continue;
      toc_line (cr, item, 0, y);
      y += TOC_LINE;
    }
}

/* ------------------------------------------------------------- missing */

static void
draw_missing (const SbBookItem *item, cairo_t *cr)
{
  double width = SB_BOOK_A4_W - 2 * MARGIN;
  double y = 200;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, MARGIN, 160, width, 420);
  cairo_stroke (cr);
  cairo_restore (cr);
  y += show (cr, item->title, 16, TRUE, width - 40, PANGO_ALIGN_CENTER, MARGIN + 20, y) + 30;
  y += show (cr, "本页为占位页：以下材料尚未附上", 13, FALSE, width - 40, PANGO_ALIGN_CENTER,
             MARGIN + 20, y) + 20;
  show (cr, item->missing, 13, TRUE, width - 60, PANGO_ALIGN_LEFT, MARGIN + 30, y);
}

/* -------------------------------------------------------------- images */

typedef struct
{
  int width, height;      /* the stored pixels */
  int orientation;        /* EXIF 1–8 */
  int components;         /* a JPEG's: 1 grey, 3 colour, 4 CMYK; 0 otherwise */
} ImageInfo;

static void
size_prepared (GdkPixbufLoader *loader, int width, int height, gpointer data)
{
  ImageInfo *info = data;

  info->width = width;
  info->height = height;
  /* the pixels are not used (a JPEG goes in as its own bytes): decode small */
  gdk_pixbuf_loader_set_size (loader, MAX (1, width / 8), MAX (1, height / 8));
}

/* The EXIF orientation in a TIFF block (APP1 after "Exif\0\0"), or 1. */
static int
exif_orientation (const guchar *t, gsize n)
{
  gboolean le;
  guint32 ifd;
  guint count;

#define U16(p) (le ? (guint) ((p)[0] | (p)[1] << 8) : (guint) ((p)[0] << 8 | (p)[1]))
#define U32(p) (le ? ((guint32) (p)[0] | (guint32) (p)[1] << 8 | (guint32) (p)[2] << 16 \
                      | (guint32) (p)[3] << 24) \
               : ((guint32) (p)[0] << 24 | (guint32) (p)[1] << 16 | (guint32) (p)[2] << 8 \
                  | (guint32) (p)[3]))
  if (n < 8 || !((t[0] == 'I' && t[1] == 'I') || (t[0] == 'M' && t[1] == 'M')))
    return 1;
  le = t[0] == 'I';
  ifd = U32 (t + 4);
  if (ifd > n - 2)
    return 1;
  count = U16 (t + ifd);
  for (guint i = 0; i < count; i++)
    {
      const guchar *e = t + ifd + 2 + 12 * i;

      if ((gsize) (e - t) + 12 > n)
        break;
      if (U16 (e) == 0x0112)
        {
          guint v = U16 (e + 8);

          return v >= 1 && v <= 8 ? (int) v : 1;
        }
    }
  return 1;
#undef U16
#undef U32
}

/* A JPEG's size and orientation from its markers, without decoding it. */
static gboolean
jpeg_info (const guchar *b, gsize n, ImageInfo *info)
{
  gsize i = 2;

  info->orientation = 1;
  if (n < 4 || b[0] != 0xFF || b[1] != 0xD8)
    return FALSE;
  while (i + 4 <= n)
    {
      guint marker, length;

      if (b[i] != 0xFF)
        return FALSE;
      marker = b[i + 1];
      if (marker == 0xFF)
        {
          i++;
          continue;
        }
      if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01)
        {
          i += 2;
          continue;
        }
      length = (guint) b[i + 2] << 8 | b[i + 3];
      if (length < 2 || i + 2 + length > n)
        return FALSE;
      if (marker == 0xE1 && length >= 8 && memcmp (b + i + 4, "Exif\0\0", 6) == 0)
        info->orientation = exif_orientation (b + i + 10, length - 8);
      /* SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC) */
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
          && marker != 0xCC)
        {
          if (length < 7)
            return FALSE;
          info->height = (int) ((guint) b[i + 5] << 8 | b[i + 6]);
          info->width = (int) ((guint) b[i + 7] << 8 | b[i + 8]);
          info->components = length >= 8 ? b[i + 9] : 0;
          return info->width > 0 && info->height > 0;
        }
      if (marker == 0xDA)
        return FALSE;
      i += 2 + length;
    }
  return FALSE;
}

static gboolean
image_info (GBytes *image, ImageInfo *info, GError **error)
{
  gsize size;
  const guchar *data = g_bytes_get_data (image, &size);
  g_autoptr(GdkPixbufLoader) loader = NULL;
  gboolean ok;

  /* a JPEG goes into the PDF as its own bytes: only its header is read */
  if (jpeg_info (data, size, info))
    return TRUE;
  info->orientation = 1;
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared), info);
  ok = gdk_pixbuf_loader_write (loader, data, size, error);
  if (!gdk_pixbuf_loader_close (loader, ok ? error : NULL))
    ok = FALSE;
  return ok && gdk_pixbuf_loader_get_pixbuf (loader) != NULL;
}

static gboolean
turned (int orientation)
{
  return orientation >= 5;
}

gboolean
sb_book_image_page_size (GBytes *image, double *width, double *height, GError **error)
{
  ImageInfo info = { 0 };
  int w, h;

  if (!image_info (image, &info, error))
    return FALSE;
  w = turned (info.orientation) ? info.height : info.width;
  h = turned (info.orientation) ? info.width : info.height;
  *width = w > h ? SB_BOOK_A4_H : SB_BOOK_A4_W;
  *height = w > h ? SB_BOOK_A4_W : SB_BOOK_A4_H;
  return TRUE;
}

typedef struct
{
  GBytes *bytes;
  gsize   offset;
} Reader;

static cairo_status_t
read_png (void *closure, unsigned char *data, unsigned int length)
{
  Reader *r = closure;
  gsize size;
  const guchar *src = g_bytes_get_data (r->bytes, &size);

  if (r->offset + length > size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, src + r->offset, length);
  r->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* @pixbuf's pixels in a new cairo image surface. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int w = gdk_pixbuf_get_width (pixbuf), h = gdk_pixbuf_get_height (pixbuf);
  int n = gdk_pixbuf_get_n_channels (pixbuf), stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  guchar *dst = cairo_image_surface_get_data (surface);
  int dst_stride = cairo_image_surface_get_stride (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guchar *p = src + y * stride + x * n;

        *(guint32 *) (dst + y * dst_stride + 4 * x) = (guint32) p[0] << 16 | (guint32) p[1] << 8 | p[2];
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The image as a cairo surface: a grey or colour JPEG as its own bytes
 * (cairo's PDF surface embeds them as they are), a PNG or a CMYK JPEG
 * (whose inverted Adobe values cairo would pass on as they are) decoded and
 * kept losslessly. */
static cairo_surface_t *
image_surface (const SbAttachment *file, GBytes *image, const ImageInfo *info)
{
  cairo_surface_t *surface;

  if (file->media == SB_EVIDENCE_MEDIA_PNG)
    {
      Reader r = { image, 0 };

      return cairo_image_surface_create_from_png_stream (read_png, &r);
    }
  if (info->components == 4)
    {
      g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("jpeg", NULL);
      GdkPixbuf *pixbuf;

      if (loader == NULL
          || !gdk_pixbuf_loader_write (loader, g_bytes_get_data (image, NULL),
                                       g_bytes_get_size (image), NULL)
          || !gdk_pixbuf_loader_close (loader, NULL)
          || (pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)) == NULL)
        return cairo_image_surface_create (CAIRO_FORMAT_INVALID, 0, 0);
      return surface_from_pixbuf (pixbuf);
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, info->width, info->height);
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG,
                               g_bytes_get_data (image, NULL), g_bytes_get_size (image),
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (image));
  return surface;
}

static void
orientation_matrix (int orientation, double w, double h, cairo_matrix_t *m)
{
  switch (orientation)
    {
    case 2: cairo_matrix_init (m, -1, 0, 0, 1, w, 0); break;
    case 3: cairo_matrix_init (m, -1, 0, 0, -1, w, h); break;
    case 4: cairo_matrix_init (m, 1, 0, 0, -1, 0, h); break;
    case 5: cairo_matrix_init (m, 0, 1, 1, 0, 0, 0); break;
    case 6: cairo_matrix_init (m, 0, 1, -1, 0, h, 0); break;
    case 7: cairo_matrix_init (m, 0, -1, -1, 0, h, w); break;
    case 8: cairo_matrix_init (m, 0, -1, 1, 0, 0, w); break;
    default: cairo_matrix_init_identity (m); break;
    }
}

static void
draw_image (const SbAttachment *file, GBytes *image, double pw, double ph, cairo_t *cr)
{
  ImageInfo info = { 0 };
  cairo_surface_t *surface;
  cairo_matrix_t m;
  double w, h, dw, dh, scale;

  if (image == NULL || !image_info (image, &info, NULL))
    return;
  if (file->media == SB_EVIDENCE_MEDIA_PNG)
    info.orientation = 1;
  surface = image_surface (file, image, &info);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return;
    }
  w = cairo_image_surface_get_width (surface);
  h = cairo_image_surface_get_height (surface);
  dw = turned (info.orientation) ? h : w;
  dh = turned (info.orientation) ? w : h;
  /* scaled to fit inside the margins, above the folio */
  scale = MIN ((pw - 2 * IMAGE_MARGIN) / dw, (ph - 2 * IMAGE_MARGIN - 24) / dh);
  cairo_save (cr);
  cairo_translate (cr, (pw - dw * scale) / 2, IMAGE_MARGIN + (ph - 2 * IMAGE_MARGIN - 24 - dh * scale) / 2);
  cairo_scale (cr, scale, scale);
  orientation_matrix (info.orientation, w, h, &m);
  cairo_transform (cr, &m);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

void
sb_book_draw_page (SbBook *book, const SbBookPage *page, guint number, GBytes *image,
                   cairo_t *cr)
{
  const SbBookItem *item = page->item;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  switch (item->kind)
    {
    case ITEM_COVER:
      draw_cover (book, cr);
      break;
    case ITEM_TOC:
      draw_toc (book, item, page->local, cr);
      break;
    case ITEM_SUBTOC:
      draw_subtoc (book, item, page->local, cr);
      break;
    case ITEM_TABLE:
      if (item->pages != NULL)
        {
          /* the table draws its own "第 x 页" (sb_form_pages_set_folio_start) */
          sb_form_pages_draw (item->pages, page->local, cr);
          cairo_restore (cr);
          return;
        }
      break;
    case ITEM_TEXT:
      draw_text_page (item, page->local, cr);
      break;
    case ITEM_FILES:
      if (page->file != NULL)
        draw_image (page->file, image, page->width, page->height, cr);
      else
        draw_missing (item, cr);
      break;
    case ITEM_HEADING:
    default:
      break;
    }
  cairo_restore (cr);
  sb_book_draw_folio (cr, page->width, page->height, number);
}
