/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-field-row.h: an entry row bound to one figure of a model object.
 *
 * What is typed is read with sb-input.h at every keystroke: a good value is
 * set on the object at once (so the verdicts follow the typing), an empty
 * row clears the figure (SB_UNSET / SB_DATE_UNSET / NULL), and anything else
 * shows its message under the row and is NOT set: the object keeps its last
 * good value.  When the row loses focus it shows the stored value again in
 * the canonical form (money "1,234,567.89"). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  SB_FIELD_MONEY,         /* gint64 fen >= 0 */
  SB_FIELD_MONEY_SIGNED,  /* gint64 fen, may be negative (taxable income, net assets) */
  SB_FIELD_MONEY_WAN,     /* gint64 fen, shown in 万元 (typed in 万 or with 元) */
  SB_FIELD_COUNT,         /* gint64 >= 0 (persons, items); also int properties */
  SB_FIELD_DATE,          /* guint SbDate */
  SB_FIELD_TEXT,          /* string; "" clears it */
} SbFieldKind;

#define SB_TYPE_FIELD_ROW (sb_field_row_get_type ())

G_DECLARE_FINAL_TYPE (SbFieldRow, sb_field_row, SB, FIELD_ROW, AdwPreferencesRow)

GtkWidget  *sb_field_row_new       (const char *title, SbFieldKind kind);
/* Shows and edits @property of @object (NULL: nothing; the row is emptied). */
void        sb_field_row_bind      (SbFieldRow *self, GObject *object, const char *property);
/* The message shown for what is typed, or NULL when it is good. */
const char *sb_field_row_get_error (SbFieldRow *self);
/* A warning under the row while nothing typed is wrong (a credit code whose
 * check digit does not match): the value is kept, the entry outlined; NULL
 * removes it. */
void        sb_field_row_set_note  (SbFieldRow *self, const char *message);
const char *sb_field_row_get_note  (SbFieldRow *self);
/* The entry people type into (for tests and focus). */
GtkEditable *sb_field_row_get_editable (SbFieldRow *self);

G_END_DECLS
