/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tables-dialog.h: the official tables of the open company: a list, a preview, print, PDF and XLSX.
 *
 * A window modal to the main window.  It lists the tables of the programs
 * the company claims (sb_form_list()), builds the one selected from the
 * session (sb_form_build(): the model, the live evaluation, the policies,
 * the date) for every year or the year chosen, and shows its pages as they
 * print.  Export XLSX…, Save PDF… and Print… (Ctrl+P) write what is shown;
 * Ctrl+S saves the PDF, Ctrl+E exports the XLSX, Escape closes.
 *
 * Widget names: "tables-dialog" (the window), "tables" (the list), its
 * rows "table:<id>" ("table:tase-annex3"), "year" (the year selector,
 * shown when the company has several years), "preview" (SbFormPreview),
 * "table-status" (why a table cannot be made), "export-xlsx", "save-pdf",
 * "print".  Actions: "tables.export-xlsx", "tables.save-pdf",
 * "tables.print". */
#pragma once

#include <adwaita.h>

#include "sb-form.h"
#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_TABLES_DIALOG (sb_tables_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SbTablesDialog, sb_tables_dialog, SB, TABLES_DIALOG, AdwWindow)

/* Opens the tables of @session's company over @parent. */
void            sb_tables_dialog_present  (GtkWindow *parent, SbSession *session);

SbTablesDialog *sb_tables_dialog_new      (GtkWindow *parent, SbSession *session);
/* Shows table @id; FALSE when the company has no such table. */
gboolean        sb_tables_dialog_select   (SbTablesDialog *self, const char *id);
/* The id of the table shown, or NULL. */
const char     *sb_tables_dialog_get_table (SbTablesDialog *self);
/* Shows the tables for @year (0: every year). */
void            sb_tables_dialog_set_year (SbTablesDialog *self, int year);
/* The form shown (transfer none), or NULL when it cannot be made. */
const SbForm   *sb_tables_dialog_get_form (SbTablesDialog *self);

G_END_DECLS
