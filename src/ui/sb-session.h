/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-session.h: the company open in the window: its model, its live
 * evaluation, and the store every edit is written to.
 *
 * An edit of the model (any property of the company or below) makes the
 * session evaluate again at once (microseconds) and emit "evaluated"; the
 * views redraw from sb_session_get_evaluation().  The edit is written to the
 * store in one transaction right after (an idle at high priority, so that
 * the edits of one keystroke are one write); sb_session_flush() writes it
 * now (before switching company or quitting).  A write that fails emits
 * "save-failed" with the message (once while the message stays the same);
 * the model keeps the edit and the next edit tries again.  A figure the
 * dossier format refuses (a negative headcount) is not written either:
 * "save-failed" names it, and the store keeps the last good company. */
#pragma once

#include <glib-object.h>

#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-policy.h"
#include "sb-store.h"

G_BEGIN_DECLS

#define SB_TYPE_SESSION (sb_session_get_type ())

G_DECLARE_FINAL_TYPE (SbSession, sb_session, SB, SESSION, GObject)

/* Loads company @company_id of @store.  @policies must outlive the session. */
SbSession          *sb_session_new            (SbStore *store, SbPolicySet *policies,
                                               gint64 company_id, GError **error);

SbStore            *sb_session_get_store      (SbSession *self);
SbPolicySet        *sb_session_get_policies   (SbSession *self);
gint64              sb_session_get_company_id (SbSession *self);
SbEnterprise       *sb_session_get_enterprise (SbSession *self);
/* The date the evaluation is made at (today). */
SbDate              sb_session_get_at         (SbSession *self);

/* The latest evaluation, or NULL when it failed (then get_error says why:
 * a figure the engine refuses, a profile that does not load). */
const SbEvaluation *sb_session_get_evaluation (SbSession *self);
const char         *sb_session_get_error      (SbSession *self);
/* The profile a program's claim names, or NULL ("tase", "annual_report",
 * "trade_fund", "hnte"). */
SbPolicy           *sb_session_get_policy     (SbSession *self, const char *program);

/* Evaluates again now and emits "evaluated" (after a profile change). */
void                sb_session_evaluate       (SbSession *self);
/* Writes a pending edit now.  TRUE when nothing is pending. */
gboolean            sb_session_flush          (SbSession *self, GError **error);
/* TRUE while an edit waits to be written. */
gboolean            sb_session_is_dirty       (SbSession *self);

G_END_DECLS
