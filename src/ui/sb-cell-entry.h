/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-cell-entry.h: an entry bound to one figure of a model object, read with
 * sb-input.h at every keystroke (the entry of SbFieldRow, and the cells of the
 * staff grid and the contract list).
 *
 * A good value is set on the object at once (the verdicts follow the typing);
 * a text that does not read is never stored: the value from before the
 * editing is put back, and the text stays, marked with its message, until it
 * is corrected — also after the focus leaves; Escape puts the stored value
 * back.  An entry left empty clears the
 * figure (the property's default: SB_UNSET, SB_DATE_UNSET, NULL) once the
 * change is over (a text typed over a selection is deleted, then inserted:
 * a bad text typed over keeps the last good value); anything
 * else sets "error" (the message and the value kept) and the "error" style,
 * and is NOT set.  When someone else changes the figure the entry shows it,
 * unless it has the focus; when it loses the focus it shows the stored value
 * again in the canonical form ("1,234,567.89", no "¥"). */
#pragma once

#include <adwaita.h>

#include "sb-field-row.h"

G_BEGIN_DECLS

#define SB_TYPE_CELL_ENTRY (sb_cell_entry_get_type ())

G_DECLARE_FINAL_TYPE (SbCellEntry, sb_cell_entry, SB, CELL_ENTRY, GtkEntry)

/* Stores @value (of the property's type) instead of g_object_set (): for a
 * figure whose object may not exist yet (a staff month). */
typedef void (*SbCellStoreFunc) (SbCellEntry *cell, const GValue *value, gpointer user_data);

GtkWidget   *sb_cell_entry_new            (SbFieldKind kind);
SbFieldKind  sb_cell_entry_get_kind       (SbCellEntry *self);
/* Shows and edits @property of @object.  @object NULL: the entry is empty,
 * and what is typed goes to the store function (if any) as a gint64 / SbDate /
 * string of the kind. */
void         sb_cell_entry_bind           (SbCellEntry *self, GObject *object,
                                           const char *property);
GObject     *sb_cell_entry_get_object     (SbCellEntry *self);
void         sb_cell_entry_set_store_func (SbCellEntry *self, SbCellStoreFunc func,
                                           gpointer user_data);
/* The message for what is typed ("…\nThe last good value is kept: ¥12.00"),
 * or NULL when it is good; "error" notifies. */
const char  *sb_cell_entry_get_error      (SbCellEntry *self);
/* The first line of the message alone (what is wrong), or NULL. */
const char  *sb_cell_entry_get_problem    (SbCellEntry *self);
/* A required figure: while the bound object's value is absent (or blank
 * text) the entry is outlined ("draft" style) with @message as its tooltip
 * and description.  NULL: not required.  No object bound: no mark. */
void         sb_cell_entry_set_required   (SbCellEntry *self, const char *message);
/* The owner's mark of a draft (a month with more degree staff than staff):
 * outlined with @message as above; NULL removes it. */
void         sb_cell_entry_set_note       (SbCellEntry *self, const char *message);
/* TRUE while outlined as a draft (for tests). */
gboolean     sb_cell_entry_is_marked      (SbCellEntry *self);

/* A text entry holding a 身份证号: shown masked (sb_resident_id_mask) except
 * while it has the focus; the stored value is never masked. */
void         sb_cell_entry_set_masked     (SbCellEntry *self, gboolean masked);

G_END_DECLS
