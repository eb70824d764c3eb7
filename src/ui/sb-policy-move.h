/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-move.h: before a company's application moves to another
 * profile, what changes (sb-policy-diff.h) and the verdict before and after,
 * side by side; the move only when confirmed. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

typedef void (*SbProfileMoved) (gpointer data);

/* @program: "tase", "annual_report", "hnte" or "trade_fund"; @claim: its
 * model object (a "profile" property); @row: the profile row, set back to
 * the old profile when the move is cancelled.  Moves at once (and calls
 * @moved) when the claim had no profile or the same one. */
void       sb_policy_move_confirm (GtkWidget *from, SbSession *session, const char *program,
                                   GObject *claim, AdwComboRow *row, const char *new_id,
                                   SbProfileMoved moved, gpointer data);

G_END_DECLS
