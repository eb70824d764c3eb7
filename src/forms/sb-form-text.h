/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-text.h: text measured and drawn in points for the printed tables (private to sb-form-render.c).
 *
 * One Pango context of its own (72 dpi: one point is one unit; unhinted
 * metrics, unrounded glyph positions), so that a page measures the same on
 * paper, in a PDF and on screen at any scale, without GTK.  A line of plain
 * text (Chinese, Latin, digits, punctuation: one glyph per character from
 * the main font) is measured and drawn from a cache of glyphs, without
 * shaping it again: a table of 10,000 rows is mostly such lines.  Anything
 * else goes through a PangoLayout. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Noto Serif CJK SC: the 宋体 look official forms are set in (and the Sans
 * Regular face of Debian 12 loses 如 through cairo 1.16's font subsetting). */
#define SB_FORM_TEXT_FAMILY "Noto Serif CJK SC, Noto Sans CJK SC, Serif"

typedef struct _SbFormText SbFormText;

SbFormText *sb_form_text_new         (void);
void        sb_form_text_free        (SbFormText *self);

/* @text on one line: its width and height in points. */
void        sb_form_text_line_size   (SbFormText *self, const char *text, double size,
                                      gboolean bold, double *width, double *height);
/* Draws @text on one line, its top-left corner at (@x, @y): plain text
 * waits for sb_form_text_flush(), with the same @cr and transformation. */
void        sb_form_text_show_line   (SbFormText *self, cairo_t *cr, const char *text,
                                      double size, gboolean bold, double x, double y);
/* Draws the lines waiting. */
void        sb_form_text_flush       (SbFormText *self, cairo_t *cr);

/* @text wrapped (at words, or anywhere in a long word) to @width points
 * (-1: no wrapping): its height. */
double      sb_form_text_height      (SbFormText *self, const char *text, double size,
                                      gboolean bold, double width);
/* Draws @text wrapped to @width, aligned in it, from (@x, @y); returns its
 * height.  Plain text waits for sb_form_text_flush() too. */
double      sb_form_text_show        (SbFormText *self, cairo_t *cr, const char *text,
                                      double size, gboolean bold, double width,
                                      PangoAlignment align, double x, double y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbFormText, sb_form_text_free)

G_END_DECLS
