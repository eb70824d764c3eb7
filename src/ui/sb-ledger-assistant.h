/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-assistant.h: the window that brings a company's own ledger in:
 * a file (XLSX, XLS, CSV) → its sheet → the header row → the columns mapped
 * to fields, with a live preview of the rows read and their errors → the
 * target (which list, which year, duplicates) → one transaction, undone from
 * the toast the main window shows. */
#pragma once

#include <adwaita.h>

#include "sb-window.h"

G_BEGIN_DECLS

#define SB_TYPE_LEDGER_ASSISTANT (sb_ledger_assistant_get_type ())

G_DECLARE_FINAL_TYPE (SbLedgerAssistant, sb_ledger_assistant, SB, LEDGER_ASSISTANT, AdwWindow)

/* For the company open in @window. */
SbLedgerAssistant *sb_ledger_assistant_new       (SbWindow *window);
/* Opens @path as the file chooser would (the UI tests call it): the file
 * is read in a thread; the assistant is busy until it is. */
void               sb_ledger_assistant_open_path (SbLedgerAssistant *self, const char *path);
gboolean           sb_ledger_assistant_is_busy   (SbLedgerAssistant *self);
/* Imports as the Import button does; FALSE (and a message shown) when
 * nothing was written. */
gboolean           sb_ledger_assistant_import    (SbLedgerAssistant *self);

/* The window's actions "win.import-ledger" and "win.undo-ledger-import". */
void               sb_ledger_assistant_show      (SbWindow *window);
void               sb_ledger_assistant_undo      (SbWindow *window);

G_END_DECLS
