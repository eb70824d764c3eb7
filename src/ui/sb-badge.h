/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-badge.h: a program's verdict for a company as the sidebar and the
 * portfolio show it: qualifies, missing data, short, error or not asked,
 * with its icon, colour and words. */
#pragma once

#include <glib-object.h>

#include "sb-evaluate.h"

G_BEGIN_DECLS

typedef enum
{
  SB_BADGE_QUALIFIES,   /* eligible (trade fund: a subsidy above zero) */
  SB_BADGE_MISSING,     /* not eligible, some check missing and none failed */
  SB_BADGE_SHORT,       /* not eligible: a check failed */
  SB_BADGE_ERROR,       /* the evaluation failed */
  SB_BADGE_NOT_ASKED,   /* the company does not claim the program */
} SbBadge;

GType sb_badge_get_type (void) G_GNUC_CONST;
#define SB_TYPE_BADGE (sb_badge_get_type ())

/* The four programs, in the order of the badges. */
typedef enum
{
  SB_PROGRAM_TASE,
  SB_PROGRAM_ANNUAL_REPORT,
  SB_PROGRAM_TRADE_FUND,
  SB_PROGRAM_HNTE,
  SB_N_PROGRAMS
} SbProgram;

/* "tase", "annual_report", "trade_fund", "hnte" (the widget names' part) */
extern const char * const sb_program_ids[SB_N_PROGRAMS];
/* "qualifies", "missing", "short", "error", "not-asked" */
const char *sb_badge_to_string      (SbBadge badge);
/* Translated short program name ("TASE") and badge word ("Short"). */
const char *sb_program_short_name   (SbProgram program);
const char *sb_program_name         (SbProgram program);
const char *sb_badge_describe       (SbBadge badge);
/* The icon name of a badge (shipped in the resources). */
const char *sb_badge_icon_name      (SbBadge badge);
/* The CSS class of a badge: "verdict-pass", "verdict-missing", … */
const char *sb_badge_css_class      (SbBadge badge);

/* The badge of one program from its report (for a live evaluation). */
SbBadge        sb_badge_from_tase        (const SbTaseReport *report);
SbBadge        sb_badge_from_annual      (const SbAnnualReport *report);
SbBadge        sb_badge_from_trade_fund  (const SbTradeFundReport *report);
SbBadge        sb_badge_from_hnte        (const SbHnteReport *report);

/* The badge of @program in @evaluation; *failed and *missing (may be NULL)
 * get the number of checks that failed and that miss figures. */
SbBadge        sb_badge_from_evaluation  (const SbEvaluation *evaluation, SbProgram program,
                                          guint *failed, guint *missing);
/* The tooltip of a badge (translated): the program, the verdict and what it
 * rests on; @total: the trade-fund subsidy (SB_UNSET: none), @error: why the
 * evaluation failed. */
char          *sb_badge_note             (SbProgram program, SbBadge badge, guint failed,
                                          guint missing, gint64 total, const char *error);

G_END_DECLS
