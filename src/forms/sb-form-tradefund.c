/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-tradefund.c: (being written) */
#include "config.h"

#include "sb-form-builders.h"

SbForm *
sb_form_build_tf_annex1 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_annex2 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_annex3 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_annex4 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_annex5 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_annex9 (const SbFormInput *input, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}

SbForm *
sb_form_build_tf_summary (GPtrArray *inputs, GError **error)
{
  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE, "not written yet");
  return NULL;
}
