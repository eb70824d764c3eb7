/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-item.h: one company as the sidebar and the portfolio list it:
 * name, credit code, a badge per program, the trade-fund total and the next
 * deadline.
 *
 * Properties: "id" (gint64, construct-only), "name", "credit-code" (strings),
 * "tase", "annual-report", "trade-fund", "hnte" (SbBadge), "trade-fund-total"
 * (gint64 fen, SB_UNSET when not asked or not evaluated), "deadline" (guint
 * SbDate, 0 when none) and "deadline-name" (string).  A badge's note (its
 * tooltip) is set before the badge's property notifies. */
#pragma once

#include <glib-object.h>

#include "sb-badge.h"
#include "sb-date.h"
#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-store.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPANY_ITEM (sb_company_item_get_type ())

G_DECLARE_FINAL_TYPE (SbCompanyItem, sb_company_item, SB, COMPANY_ITEM, GObject)

SbCompanyItem *sb_company_item_new               (gint64 id);
/* An item with the name, code and verdicts the store listed.  The store
 * knows eligible or not: "not eligible" shows as short until
 * sb_company_item_update_from_evaluation () tells short from missing. */
SbCompanyItem *sb_company_item_new_from_store    (const SbStoreCompany *company);

/* A copy of everything @self shows, with no handlers: for a worker thread
 * to refine (sb_company_item_refine_from_dossier ()) without touching the
 * item the list shows. */
SbCompanyItem *sb_company_item_clone             (SbCompanyItem *self);
/* Takes the name, code, badges, notes, trade-fund total and deadline of
 * @from (notifying only what changed); main thread. */
void           sb_company_item_take_verdicts     (SbCompanyItem *self, SbCompanyItem *from);
gint64         sb_company_item_get_id            (SbCompanyItem *self);
const char    *sb_company_item_get_name          (SbCompanyItem *self);
void           sb_company_item_set_name          (SbCompanyItem *self, const char *name);
const char    *sb_company_item_get_credit_code   (SbCompanyItem *self);
void           sb_company_item_set_credit_code   (SbCompanyItem *self, const char *code);
/* The collation key of the name (the sidebar's order), and the name and
 * credit code case-folded (what the search looks in); both kept until the
 * name or code changes. */
const char    *sb_company_item_get_sort_key      (SbCompanyItem *self);
const char    *sb_company_item_get_search_text   (SbCompanyItem *self);
/* @text normalized and case-folded as the search compares it (never NULL). */
char          *sb_company_item_fold              (const char *text);
SbBadge        sb_company_item_get_badge         (SbCompanyItem *self, SbProgram program);
/* The badge's tooltip (translated), never NULL. */
const char    *sb_company_item_get_badge_note    (SbCompanyItem *self, SbProgram program);
void           sb_company_item_set_badge         (SbCompanyItem *self, SbProgram program,
                                                  SbBadge badge, const char *note);
gint64         sb_company_item_get_trade_fund_total (SbCompanyItem *self);
SbDate         sb_company_item_get_deadline      (SbCompanyItem *self);
const char    *sb_company_item_get_deadline_name (SbCompanyItem *self);
void           sb_company_item_set_deadline      (SbCompanyItem *self, SbDate date,
                                                  const char *name);

/* Sets the badges and the trade-fund total from an evaluation.  @claimed:
 * which programs the company asks for; @evaluation NULL: it failed with
 * @error (every claimed program then shows the error). */
void           sb_company_item_update_from_evaluation (SbCompanyItem *self,
                                                       const gboolean claimed[SB_N_PROGRAMS],
                                                       const SbEvaluation *evaluation,
                                                       const char *error);
/* Sets the duty the row shows (sb-duties.h): the oldest obligation overdue
 * at @today, else the next duty on or after @today — deadlines of the
 * profiles the company applies under, annual reports, reviews, expiries. */
void           sb_company_item_update_duties     (SbCompanyItem *self,
                                                  const SbDossier *d,
                                                  SbPolicySet *policies,
                                                  SbDate today);
/* Sets the next deadline on or after @today among the programs claimed with
 * @profiles (profile ids, NULL: not claimed), from the profiles' dates. */
void           sb_company_item_update_deadline   (SbCompanyItem *self,
                                                  SbPolicySet *policies,
                                                  const char * const profiles[SB_N_PROGRAMS],
                                                  SbDate today);
/* Both, from a whole dossier (loaded from the store) evaluated at @today. */
void           sb_company_item_update_from_dossier (SbCompanyItem *self, const SbDossier *d,
                                                    SbPolicySet *policies, SbDate today);
/* The same for the programs whose store verdict is "not eligible" only (short
 * or missing data?); the others keep the store's badge.  And the deadline. */
void           sb_company_item_refine_from_dossier (SbCompanyItem *self, const SbDossier *d,
                                                    SbPolicySet *policies, SbDate today);

G_END_DECLS
