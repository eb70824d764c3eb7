/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-result-panel.h: the live results beside a form: one row per check with a
 * pass / fail / missing icon, the value against the threshold and what is
 * short in words ("还差离岸外包收入 ¥2,307,692.31"), then amounts (tax benefit,
 * subsidies) and warnings. */
#pragma once

#include <adwaita.h>

#include "sb-report.h"

G_BEGIN_DECLS

#define SB_TYPE_RESULT_PANEL (sb_result_panel_get_type ())

G_DECLARE_FINAL_TYPE (SbResultPanel, sb_result_panel, SB, RESULT_PANEL, AdwBin)

GtkWidget *sb_result_panel_new          (void);
/* A verdict line at the top: eligible or not, or @error when the evaluation
 * failed (then the checks are cleared). */
void       sb_result_panel_set_verdict  (SbResultPanel *self, gboolean eligible,
                                         const char *error);
/* Shows @checks (SbCheck*, read now, not kept); rows whose check is the
 * same are updated in place rather than rebuilt. */
void       sb_result_panel_set_checks   (SbResultPanel *self, GPtrArray *checks);
/* Amount lines under the checks: @label and @fen (SB_UNSET: "—") with an
 * optional @note; clear them with sb_result_panel_clear_amounts (). */
void       sb_result_panel_clear_amounts (SbResultPanel *self);
GtkWidget *sb_result_panel_add_amount   (SbResultPanel *self, const char *label,
                                         gint64 fen, const char *note);
/* Warnings (char*, translated), shown last. */
void       sb_result_panel_set_warnings (SbResultPanel *self, GPtrArray *warnings);

G_END_DECLS
