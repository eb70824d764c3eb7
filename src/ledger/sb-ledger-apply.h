/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-apply.h: the rows read from a ledger put into a company: the
 * contracts or staff months or R&D ledger of a year, the trade-fund claim's
 * receipts, platform expenses and certification fees, a platform's firms.
 *
 * Rows that match a row the company has (the same contract number, voucher,
 * invoice, certification and date, month, firm) are duplicates: replaced,
 * kept both or skipped as the user chose.  The rows with errors make the
 * whole import refused unless the user chose to skip them.  Proposals
 * (offshore, catalogue business) are set only when the user accepted them.
 * The caller makes it one transaction: it applies to a company loaded from
 * the store and saves the company whole. */
#pragma once

#include "sb-enterprise.h"
#include "sb-ledger-map.h"

G_BEGIN_DECLS

typedef enum
{
  SB_LEDGER_DUPLICATES_REPLACE,
  SB_LEDGER_DUPLICATES_KEEP_BOTH,
  SB_LEDGER_DUPLICATES_SKIP,
} SbLedgerDuplicates;

typedef struct
{
  int                year;              /* contracts, staff, R&D ledger */
  SbPlatformKind     platform;          /* expenses, firms */
  SbLedgerDuplicates duplicates;
  gboolean           skip_bad;          /* leave out the rows with errors */
  gboolean           accept_proposals;  /* set the proposed offshore flags and businesses */
} SbLedgerTarget;

typedef struct
{
  guint added;
  guint replaced;
  guint skipped_duplicates;
  guint skipped_bad;
  guint proposals_applied;
} SbLedgerOutcome;

/* Marks the records that match a row of @company (record->duplicate);
 * returns how many. */
guint    sb_ledger_mark_duplicates (SbLedgerParse *parse, SbEnterprise *company,
                                    const SbDossier *dossier, const SbLedgerTarget *target);
/* Puts the records into @company (every kind but firms). */
gboolean sb_ledger_apply           (SbLedgerParse *parse, SbEnterprise *company,
                                    const SbLedgerTarget *target, SbLedgerOutcome *outcome,
                                    GError **error);
/* Firms served go into the dossier's platform (the model keeps no list of
 * them). */
gboolean sb_ledger_apply_firms     (SbLedgerParse *parse, SbDossier *dossier,
                                    const SbLedgerTarget *target, SbLedgerOutcome *outcome,
                                    GError **error);
/* "Added 12 rows, replaced 3, skipped 2 duplicates and 1 row with errors." */
char    *sb_ledger_outcome_describe (const SbLedgerOutcome *outcome);

G_END_DECLS
