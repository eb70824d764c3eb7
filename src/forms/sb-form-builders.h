/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-builders.h: the builder of each official table (private to src/forms). */
#pragma once

#include "sb-form.h"

G_BEGIN_DECLS

/* sb-form-tase.c */
SbForm *sb_form_build_tase_summary    (GPtrArray *inputs, GError **error);
SbForm *sb_form_build_tase_self       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tase_annex3     (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tase_materials  (const SbFormInput *input, GError **error);
/* sb-form-annual.c */
SbForm *sb_form_build_annual_report   (const SbFormInput *input, GError **error);
/* sb-form-hnte.c */
SbForm *sb_form_build_hnte_self       (const SbFormInput *input, GError **error);
/* sb-form-tradefund.c */
SbForm *sb_form_build_tf_annex1       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex2       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex3       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex4       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex5       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex9       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_summary      (GPtrArray *inputs, GError **error);
SbForm *sb_form_build_tf_annex6       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex7       (const SbFormInput *input, GError **error);
SbForm *sb_form_build_tf_annex8       (const SbFormInput *input, GError **error);

G_END_DECLS
