/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tase.c: (being written) */
#include "config.h"

#include "sb-form-builders.h"

SbForm *
sb_form_build_tase_summary (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tase_annex3 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tase_materials (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}
