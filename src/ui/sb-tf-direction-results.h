/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-direction-results.h: one trade-fund direction's live result: base,
 * subsidy, which cap binds (in words), its projects or items, its checks.
 *
 * The widget is named "direction:<platform|certifications|brand|interest|tcm>";
 * its labels "direction:<d>:subsidy", ":base" and ":cap". */
#pragma once

#include <adwaita.h>

#include "sb-policy.h"
#include "sb-tradefund.h"

G_BEGIN_DECLS

#define SB_TYPE_TF_DIRECTION_RESULTS (sb_tf_direction_results_get_type ())

G_DECLARE_FINAL_TYPE (SbTfDirectionResults, sb_tf_direction_results, SB, TF_DIRECTION_RESULTS, GtkBox)

/* @direction: "platform", "certifications", "brand", "interest" or "tcm". */
GtkWidget *sb_tf_direction_results_new    (const char *direction);
/* Shows @dir (NULL: the direction is not claimed) with the caps of @policy;
 * @error: the evaluation failed (then @dir is ignored). */
void       sb_tf_direction_results_update (SbTfDirectionResults    *self,
                                           const SbDirectionResult *dir,
                                           SbPolicy                *policy,
                                           const char              *error);

/* "50%", "3.1%": a rate in words. */
char      *sb_tf_percent_text             (SbRatio rate);

G_END_DECLS
