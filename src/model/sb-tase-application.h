/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-application.h: a TASE recognition (新认定) or review (复审) application.
 *
 * Properties: "mode" (SbTaseMode), "apply-year" (int, 0 unset), "profile"
 * (the policy profile id); "business-statement" (业务论述, text) with the
 * read-only "statement-length" (its characters as the engine counts them,
 * sb_tase_statement_length: white space left out) and "statement-ok"
 * (length ≥ "statement-min-length", which the profile sets, 1000 by default);
 * "materials" (GListModel of SbMaterialItem, read-only), the checklist of
 * the profile with what is done.  The statement and the checklist travel in
 * the dossier as tase.business_statement and tase.materials. */
#pragma once

#include "sb-model-object.h"
#include "sb-dossier.h"
#include "sb-material-item.h"
#include "sb-model-enums.h"
#include "sb-policy.h"

G_BEGIN_DECLS

#define SB_TYPE_TASE_APPLICATION (sb_tase_application_get_type ())

G_DECLARE_FINAL_TYPE (SbTaseApplication, sb_tase_application, SB, TASE_APPLICATION, SbModelObject)

SbTaseApplication *sb_tase_application_new                   (void);

const char        *sb_tase_application_get_profile           (SbTaseApplication *self);
const char        *sb_tase_application_get_business_statement (SbTaseApplication *self);
void               sb_tase_application_set_business_statement (SbTaseApplication *self,
                                                                const char        *text);
glong              sb_tase_application_get_statement_length  (SbTaseApplication *self);
gboolean           sb_tase_application_get_statement_ok      (SbTaseApplication *self);

/* (transfer none): a list of SbMaterialItem */
GListModel        *sb_tase_application_get_materials         (SbTaseApplication *self);
/* Sets the checklist to @items, a list of strings (the titles, which are
 * then the ids) or of objects {id, title}: items already there keep their
 * "done" and "note"; items no longer listed are dropped unless done or
 * noted, which stay at the end. */
void               sb_tase_application_set_materials_from_policy (SbTaseApplication *self,
                                                                JsonArray         *items);
/* The checklist (params.materials) and the statement minimum
 * (params.business_statement_min_chars) of a TASE profile. */
gboolean           sb_tase_application_apply_policy          (SbTaseApplication *self,
                                                                SbPolicy          *policy,
                                                                GError           **error);

/* The user's own set of contracts whose copies cover the registration gap
 * of @year and @kind ("offshore" or "tase"; RULES.md §1.6), kept as the
 * claim's extension key "evidence_chosen"; NULL @contracts: the program
 * proposes again.  Emits "changed". */
void                sb_tase_application_set_evidence_chosen (SbTaseApplication  *self,
                                                              int                 year,
                                                              const char         *kind,
                                                              const char * const *contracts);

G_END_DECLS
