/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-render.c: (being written) */
#include "config.h"

#include "sb-form-writers.h"

struct _SbFormPages
{
  guint n_pages;
};

SbFormPages *
sb_form_pages_new (const SbForm *form)
{
  return g_new0 (SbFormPages, 1);
}

void
sb_form_pages_free (SbFormPages *pages)
{
  g_free (pages);
}

guint
sb_form_pages_get_n_pages (SbFormPages *pages)
{
  return pages->n_pages;
}

gboolean
sb_form_pages_is_landscape (SbFormPages *pages, guint page)
{
  return FALSE;
}

void
sb_form_pages_draw (SbFormPages *pages, guint page, cairo_t *cr)
{
}
