/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book-dialog.h: the evidence of the open company and its application
 * book: a row per material, contract, expense, certification, receipt and
 * firm the book binds (attach with a file chooser or by dropping files on
 * the row; open, replace, remove with undo), the gaps before binding (each
 * focuses its row), and "Bind Book…" with progress and cancel. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_BOOK_DIALOG (sb_book_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SbBookDialog, sb_book_dialog, SB, BOOK_DIALOG, AdwWindow)

SbBookDialog *sb_book_dialog_new      (GtkWindow *parent, SbSession *session);
void          sb_book_dialog_present  (GtkWindow *parent, SbSession *session);

/* What a drop on the row of @target does (the UI tests call it). */
gboolean      sb_book_dialog_attach   (SbBookDialog *self, const char *target, GFile *file,
                                       GError **error);
/* Binds the book to @file in a worker; "bound" is emitted when done. */
void          sb_book_dialog_bind     (SbBookDialog *self, GFile *file);

G_END_DECLS
