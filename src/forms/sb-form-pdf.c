/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-pdf.c: (being written) */
#include "config.h"

#include "sb-form-writers.h"

gboolean
sb_form_write_pdf (const SbForm *form, const char *path, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE, "not written yet");
  return FALSE;
}
