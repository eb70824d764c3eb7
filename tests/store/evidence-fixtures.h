/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence-fixtures.h: evidence files made by the tests (PDFs drawn with
 * cairo, JPEG and PNG images with GdkPixbuf, EXIF orientation added by hand). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A PDF of @n_pages A4 pages (@width × @height points; 0: A4 portrait), each
 * with the text "@label page N" in vector text. */
GBytes *fixture_pdf   (const char *label, guint n_pages, double width, double height);
/* A JPEG @width × @height: the top half red, the bottom half blue, with an
 * EXIF APP1 segment of orientation @orientation (1–8; 0: no EXIF). */
GBytes *fixture_jpeg  (int width, int height, int orientation);
/* A PNG @width × @height, green. */
GBytes *fixture_png   (int width, int height);
/* Writes @bytes to @dir/@name (0600); returns the path. */
char   *fixture_write (const char *dir, const char *name, GBytes *bytes);

G_END_DECLS
