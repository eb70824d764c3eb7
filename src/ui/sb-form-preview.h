/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-preview.h: an official table's pages as they will print, one page at a time.
 *
 * The form is laid out with sb_form_pages_new() (the pages the printer and
 * the PDF get) and the page shown is drawn with sb_form_pages_draw(),
 * scaled to fit the widget ("fit-width": to its width, scrolling down).
 * Below it: previous / next and "Page n of m".
 *
 * Properties: "page" (guint, from 0), "n-pages" (guint, read-only),
 * "fit-width" (gboolean).  Widget names: "preview-page" (the drawing
 * area), "preview-label", "preview-previous", "preview-next",
 * "preview-fit-width".  Page Up / Page Down turn the pages. */
#pragma once

#include <adwaita.h>

#include "sb-form-writers.h"

G_BEGIN_DECLS

#define SB_TYPE_FORM_PREVIEW (sb_form_preview_get_type ())

G_DECLARE_FINAL_TYPE (SbFormPreview, sb_form_preview, SB, FORM_PREVIEW, AdwBin)

GtkWidget   *sb_form_preview_new           (void);
/* Lays @form out and shows it (NULL: nothing), keeping the page shown when
 * there is still one of that number.  @form may be freed afterwards. */
void         sb_form_preview_set_form      (SbFormPreview *self, const SbForm *form);
/* The pages shown (transfer none), or NULL. */
SbFormPages *sb_form_preview_get_pages     (SbFormPreview *self);
guint        sb_form_preview_get_n_pages   (SbFormPreview *self);
guint        sb_form_preview_get_page      (SbFormPreview *self);
/* Shows page @page (from 0; clamped to the last page). */
void         sb_form_preview_set_page      (SbFormPreview *self, guint page);
gboolean     sb_form_preview_get_fit_width (SbFormPreview *self);
void         sb_form_preview_set_fit_width (SbFormPreview *self, gboolean fit_width);

G_END_DECLS
