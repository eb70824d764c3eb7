/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-contracts-editor.h: a fiscal year's contracts (附件3) as a GtkColumnView
 * edited in place: number, name, client, client's country, offshore switch,
 * catalogue business, amount and revenue of the year; add, remove (with an
 * undo toast), and the sums the engine takes from the list. */
#pragma once

#include <adwaita.h>

#include "sb-fiscal-year.h"
#include "sb-tase.h"

G_BEGIN_DECLS

#define SB_TYPE_CONTRACTS_EDITOR (sb_contracts_editor_get_type ())

G_DECLARE_FINAL_TYPE (SbContractsEditor, sb_contracts_editor, SB, CONTRACTS_EDITOR, GtkBox)

GtkWidget     *sb_contracts_editor_new         (SbFiscalYear *year);
/* The catalogue the category cells pick from (NULL: none). */
void           sb_contracts_editor_set_rules   (SbContractsEditor *self,
                                                const SbTaseRules *rules);
/* The sums of the year as sb_tase_year_figures () gives them (NULL: none). */
void           sb_contracts_editor_set_figures (SbContractsEditor *self,
                                                const SbTaseYearFigures *figures);
/* Appends an empty contract and focuses its first cell; (transfer none). */
SbContractRow *sb_contracts_editor_add         (SbContractsEditor *self);
/* Removes the contract at @position, with an undo toast. */
void           sb_contracts_editor_remove      (SbContractsEditor *self, guint position);
/* The cell showing @property of @row ("no", "amount", …; "offshore" is the
 * GtkSwitch, "category" the SbCataloguePicker), or NULL when not shown. */
GtkWidget     *sb_contracts_editor_get_cell    (SbContractsEditor *self, SbContractRow *row,
                                                const char *property);

G_END_DECLS
