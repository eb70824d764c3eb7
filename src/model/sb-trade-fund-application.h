/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-trade-fund-application.h: a trade-fund claim (服务贸易创新发展) with its directions.
 *
 * Properties: "profile" (the policy profile id), "offshore-execution-usd"
 * (gint64 cents, SB_UNSET absent).  Each direction has a "has-…" switch
 * (gboolean: the claim asks for it; setting a value of the direction, or
 * adding a row to it, turns it on; turning it off keeps the values but leaves
 * the direction out of the dossier):
 * - platform: "has-platform", "platforms" (GListModel of SbPlatformProject);
 * - certifications: "has-certifications", "certifications" (GListModel of
 *   SbCertificationRow), "certifications-chosen" (strv of item names, NULL:
 *   the program's choice);
 * - brand: "has-brand", "brand-title", "brand-accepted" (int −1/0/1);
 * - interest: "has-interest", "receipts-usd" (cents), "usd-cny" (the rate ×
 *   1,000,000, i.e. six decimals; SB_UNSET absent), "receipts" (GListModel of
 *   SbReceiptRow, 附件9's lines, kept as trade_fund.interest.receipts);
 * - TCM base: "has-tcm", "tcm-recognised-base", "tcm-first-application"
 *   (int −1/0/1), "tcm-built-on" (SbDate), "tcm-construction-cost",
 *   "tcm-om-cost", "tcm-marketing-cost" (fen);
 * - the brand direction's tables: "park-name" (附件6's 园区名称) and
 *   "park-firms" (SbParkFirmRow), kept as trade_fund.park; "training-region",
 *   "training-situation", "training-project" (附件7) and "trainees"
 *   (SbTraineeRow, 附件8), kept as trade_fund.training. */
#pragma once

#include "sb-model-object.h"
#include "sb-certification-row.h"
#include "sb-dossier.h"
#include "sb-platform-project.h"
#include "sb-park-firm-row.h"
#include "sb-receipt-row.h"
#include "sb-trainee-row.h"

G_BEGIN_DECLS

#define SB_TYPE_TRADE_FUND_APPLICATION (sb_trade_fund_application_get_type ())

G_DECLARE_FINAL_TYPE (SbTradeFundApplication, sb_trade_fund_application, SB, TRADE_FUND_APPLICATION, SbModelObject)

SbTradeFundApplication *sb_trade_fund_application_new                (void);

/* (transfer none): a list of SbPlatformProject, at most one of each kind */
GListModel             *sb_trade_fund_application_get_platforms       (SbTradeFundApplication *self);
/* (transfer none): the project of @kind, or NULL */
SbPlatformProject      *sb_trade_fund_application_find_platform       (SbTradeFundApplication *self,
                                                                       SbPlatformKind          kind);
/* Appends @project; FALSE (nothing added) when there is one of its kind. */
gboolean                sb_trade_fund_application_add_platform        (SbTradeFundApplication *self,
                                                                       SbPlatformProject      *project);
void                    sb_trade_fund_application_remove_platform     (SbTradeFundApplication *self,
                                                                       guint                   position);

/* (transfer none): a list of SbCertificationRow */
GListModel             *sb_trade_fund_application_get_certifications  (SbTradeFundApplication *self);
void                    sb_trade_fund_application_insert_certification (SbTradeFundApplication *self,
                                                                       guint                   position,
                                                                       SbCertificationRow     *row);
void                    sb_trade_fund_application_add_certification   (SbTradeFundApplication *self,
                                                                       SbCertificationRow     *row);
void                    sb_trade_fund_application_remove_certification (SbTradeFundApplication *self,
                                                                       guint                   position);

/* (transfer none): a list of SbReceiptRow */
GListModel             *sb_trade_fund_application_get_receipts        (SbTradeFundApplication *self);
void                    sb_trade_fund_application_insert_receipt      (SbTradeFundApplication *self,
                                                                       guint                   position,
                                                                       SbReceiptRow           *row);
void                    sb_trade_fund_application_add_receipt         (SbTradeFundApplication *self,
                                                                       SbReceiptRow           *row);
void                    sb_trade_fund_application_remove_receipt      (SbTradeFundApplication *self,
                                                                       guint                   position);

/* (transfer none): the lists of SbParkFirmRow and SbTraineeRow */
GListModel             *sb_trade_fund_application_get_park_firms    (SbTradeFundApplication *self);
GListModel             *sb_trade_fund_application_get_trainees      (SbTradeFundApplication *self);
/* Appends @row to, or removes line @position of, one of those two lists. */
void                    sb_trade_fund_application_add_row           (SbTradeFundApplication *self,
                                                                     GListModel             *list,
                                                                     gpointer                row);
void                    sb_trade_fund_application_remove_row        (SbTradeFundApplication *self,
                                                                     GListModel             *list,
                                                                     guint                   position);

G_END_DECLS
