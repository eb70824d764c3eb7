/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-import.h: a ledger put into a stored company's dossier, the same
 * way for the window and the command line: the company built from its
 * dossier, duplicates marked, the rows applied, the dossier made again (the
 * caller saves it in one transaction). */
#pragma once

#include "sb-evaluate.h"
#include "sb-ledger-apply.h"

G_BEGIN_DECLS

/* The catalogue businesses the company's TASE profile lists (else the first
 * TASE profile's), for the contracts' category column and proposals; the
 * strings belong to @policies.  (transfer full) GArray of SbLedgerCategory. */
GArray    *sb_ledger_catalogue      (SbPolicySet *policies, const SbDossier *dossier);

/* A new dossier: @dossier with @parse's rows put in as @target says. */
SbDossier *sb_ledger_import_dossier (SbLedgerParse *parse, const SbDossier *dossier,
                                     const SbLedgerTarget *target, SbLedgerOutcome *outcome,
                                     GError **error);

G_END_DECLS
