/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <cairo.h>
#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

#include "evidence-fixtures.h"

static cairo_status_t
append (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
fixture_pdf (const char *label, guint n_pages, double width, double height)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  if (width <= 0)
    width = 595.28, height = 841.89;
  surface = cairo_pdf_surface_create_for_stream (append, out, width, height);
  cr = cairo_create (surface);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *text = g_strdup_printf ("%s page %u", label, p);

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 24);
      cairo_move_to (cr, 72, 120);
      cairo_show_text (cr, text);
      cairo_rectangle (cr, 72, 160, width - 144, 200);
      cairo_stroke (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (out);
}

static GdkPixbuf *
two_colour (int width, int height)
{
  GdkPixbuf *p = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  GdkPixbuf *bottom;

  gdk_pixbuf_fill (p, 0xff0000ff);
  bottom = gdk_pixbuf_new_subpixbuf (p, 0, height / 2, width, height - height / 2);
  gdk_pixbuf_fill (bottom, 0x0000ffff);
  g_object_unref (bottom);
  return p;
}

GBytes *
fixture_jpeg (int width, int height, int orientation)
{
  g_autoptr(GdkPixbuf) p = two_colour (width, height);
  g_autofree char *buffer = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  GByteArray *out;
  /* APP1: Exif\0\0, TIFF little-endian, IFD0 with one entry (0x0112 SHORT 1) */
  guint8 app1[] = {
    0xFF, 0xE1, 0x00, 34,
    'E', 'x', 'i', 'f', 0, 0,
    'I', 'I', 42, 0, 8, 0, 0, 0,
    1, 0,
    0x12, 0x01, 3, 0, 1, 0, 0, 0, (guint8) orientation, 0, 0, 0,
    0, 0, 0, 0,
  };

  gdk_pixbuf_save_to_buffer (p, &buffer, &size, "jpeg", &error, "quality", "90", NULL);
  g_assert_no_error (error);
  out = g_byte_array_new ();
  g_byte_array_append (out, (guint8 *) buffer, 2);   /* SOI */
  if (orientation > 0)
    g_byte_array_append (out, app1, sizeof app1);
  g_byte_array_append (out, (guint8 *) buffer + 2, size - 2);
  return g_byte_array_free_to_bytes (out);
}

GBytes *
fixture_png (int width, int height)
{
  g_autoptr(GdkPixbuf) p = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size;

  gdk_pixbuf_fill (p, 0x00ff00ff);
  gdk_pixbuf_save_to_buffer (p, &buffer, &size, "png", &error, NULL);
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

char *
fixture_write (const char *dir, const char *name, GBytes *bytes)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);
  return path;
}
