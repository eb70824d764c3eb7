/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-enterprise-recognitions.h: the company's recognitions (TASE, HNTE: date,
 * certificate, validity, annual reports, change reports — sb-lifecycle.h),
 * kept in the model as the dossier's "recognitions" key.  Setting one emits
 * "changed", so the window saves it like any other edit. */
#pragma once

#include "sb-enterprise.h"
#include "sb-lifecycle.h"

G_BEGIN_DECLS

/* Every recognition (a new array of SbRecognition*; empty when none, or when
 * the key does not read: then it is carried untouched). */
GPtrArray     *sb_enterprise_dup_recognitions (SbEnterprise *self);
/* The recognition of @program (a copy), or NULL. */
SbRecognition *sb_enterprise_dup_recognition  (SbEnterprise *self, const char *program);
/* Adds or replaces the recognition of @recognition->program. */
void           sb_enterprise_set_recognition  (SbEnterprise *self,
                                               const SbRecognition *recognition);
void           sb_enterprise_remove_recognition (SbEnterprise *self, const char *program);

G_END_DECLS

G_BEGIN_DECLS

/* A dossier with only what the duties read (sb-duties.h): the company's
 * name and region, the claims' profiles, the recognitions — cheap enough
 * for every keystroke, where sb_enterprise_to_dossier () copies every year. */
SbDossier     *sb_enterprise_duties_dossier   (SbEnterprise *self);

G_END_DECLS
