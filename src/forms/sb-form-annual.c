/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-annual.c: (being written) */
#include "config.h"

#include "sb-form-builders.h"

SbForm *
sb_form_build_annual_report (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}
