/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-writers.h: a table description written as XLSX, laid out on A4
 * pages (print and preview), and written as PDF. */
#pragma once

#include <cairo.h>

#include "sb-form.h"

G_BEGIN_DECLS

/* The whole form, one worksheet per table, mode 0600; SB_FORM_ERROR_WRITE. */
gboolean     sb_form_write_xlsx        (const SbForm *form, const char *path,
                                        GError **error);

/* ---- pages (sb-form-render.c): Pango and cairo, no GTK ----------------- */

typedef struct _SbFormPages SbFormPages;

/* A4 in points */
#define SB_FORM_PAGE_A4_WIDTH  595.28
#define SB_FORM_PAGE_A4_HEIGHT 841.89

/* Lays @form out on A4 pages: portrait, or landscape for a table marked
 * landscape; each table starts a new page; header rows repeat on every page;
 * "第 x 页 共 y 页" at the foot.  The description is copied as needed:
 * @form may be freed afterwards. */
SbFormPages *sb_form_pages_new         (const SbForm *form);
void         sb_form_pages_free        (SbFormPages *pages);
guint        sb_form_pages_get_n_pages (SbFormPages *pages);
gboolean     sb_form_pages_is_landscape (SbFormPages *pages, guint page);
/* Draws page @page (from 0) on @cr, whose user space is points with the
 * origin at the page's top-left corner (595.28 × 841.89 portrait,
 * 841.89 × 595.28 landscape). */
void         sb_form_pages_draw        (SbFormPages *pages, guint page, cairo_t *cr);
/* The size of page @page in points (A4, portrait or landscape). */
void         sb_form_pages_get_page_size (SbFormPages *pages, guint page,
                                        double *width, double *height);
/* Numbers the pages as part of a larger document: "第 x 页" from @first
 * (the book, src/book); 0: "第 x 页 共 y 页" of the form's own pages. */
void         sb_form_pages_set_folio_start (SbFormPages *pages, guint first);
/* The form's title (the PDF's title, the print job's name). */
const char  *sb_form_pages_get_title   (SbFormPages *pages);
/* The pages laid out already, as a PDF file, mode 0600; SB_FORM_ERROR_WRITE. */
gboolean     sb_form_pages_write_pdf   (SbFormPages *pages, const char *path,
                                        GError **error);

/* Every page as a PDF file, mode 0600; SB_FORM_ERROR_WRITE. */
gboolean     sb_form_write_pdf         (const SbForm *form, const char *path,
                                        GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbFormPages, sb_form_pages_free)

G_END_DECLS
