/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-enterprise.h: a company with its fiscal years and claims: the root of the model.
 *
 * Properties: "name", "credit-code", "region" (strings), "registered-on"
 * (guint SbDate, 0 absent), "legal-entity" (int −1 absent, 0, 1); the
 * declarations "scope-advanced-tech", "clean-record-2y", "mofcom-registered",
 * "no-serious-violation-5y", "no-other-fiscal-support", "no-major-incident",
 * "owns-core-ip" (int −1/0/1) and "hnte-field" (string); the filing identity
 * "legal-representative", "address", "postcode", "district", "bank-name",
 * "bank-account-name", "bank-account-no", "contact-name", "contact-phone",
 * "contact-mobile", "contact-fax", "contact-email" (strings, NULL absent) and
 * "registered-capital" (gint64 fen, SB_UNSET absent); "years" (GListModel
 * of SbFiscalYear, read-only); the claims "tase", "annual-report", "hnte",
 * "trade-fund" (objects, NULL: not asked for).
 *
 * "changed" (SbModelObject) fires after any edit anywhere below, so that a
 * window can re-evaluate on each keystroke with sb_enterprise_evaluate(). */
#pragma once

#include "sb-model-object.h"
#include "sb-annual-info.h"
#include "sb-dossier.h"
#include "sb-evaluate.h"
#include "sb-fiscal-year.h"
#include "sb-hnte-application.h"
#include "sb-policy.h"
#include "sb-tase-application.h"
#include "sb-trade-fund-application.h"

G_BEGIN_DECLS

#define SB_TYPE_ENTERPRISE (sb_enterprise_get_type ())

G_DECLARE_FINAL_TYPE (SbEnterprise, sb_enterprise, SB, ENTERPRISE, SbModelObject)

SbEnterprise           *sb_enterprise_new              (void);
/* A model of @d, carrying every key of the dossier (also those it does not
 * know), so that sb_enterprise_to_dossier() gives @d back. */
SbEnterprise           *sb_enterprise_new_from_dossier (const SbDossier *d);
SbDossier              *sb_enterprise_to_dossier       (SbEnterprise    *self);

/* Checks the figures for what no evaluation can take (a message naming the
 * figure in the window's words); drafts — a staff month lacking counts, a
 * certification line lacking its name — pass and are evaluated as missing
 * for their line.  @known_categories: the catalogue codes, or NULL for any. */
gboolean                sb_enterprise_check            (SbEnterprise    *self,
                                                        GHashTable      *known_categories,
                                                        GError         **error);
/* Checks and evaluates every program the company claims (sb_evaluate()). */
SbEvaluation           *sb_enterprise_evaluate         (SbEnterprise    *self,
                                                        SbPolicySet     *policies,
                                                        SbDate           at,
                                                        GError         **error);

/* (transfer none): a list of SbFiscalYear */
GListModel             *sb_enterprise_get_years        (SbEnterprise    *self);
/* (transfer none): the year @year, or NULL */
SbFiscalYear           *sb_enterprise_find_year        (SbEnterprise    *self,
                                                        int              year);
/* Inserts @year before the first later year; FALSE (nothing added) when
 * the company has that year already. */
gboolean                sb_enterprise_add_year         (SbEnterprise    *self,
                                                        SbFiscalYear    *year);
void                    sb_enterprise_remove_year      (SbEnterprise    *self,
                                                        SbFiscalYear    *year);

/* The claims: NULL when not asked for. */
SbTaseApplication      *sb_enterprise_get_tase          (SbEnterprise           *self);
void                    sb_enterprise_set_tase          (SbEnterprise           *self,
                                                         SbTaseApplication      *tase);
SbAnnualInfo           *sb_enterprise_get_annual_report (SbEnterprise           *self);
void                    sb_enterprise_set_annual_report (SbEnterprise           *self,
                                                         SbAnnualInfo           *annual_report);
SbHnteApplication      *sb_enterprise_get_hnte          (SbEnterprise           *self);
void                    sb_enterprise_set_hnte          (SbEnterprise           *self,
                                                         SbHnteApplication      *hnte);
SbTradeFundApplication *sb_enterprise_get_trade_fund    (SbEnterprise           *self);
void                    sb_enterprise_set_trade_fund    (SbEnterprise           *self,
                                                         SbTradeFundApplication *trade_fund);

G_END_DECLS
