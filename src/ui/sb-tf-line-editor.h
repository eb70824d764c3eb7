/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-line-editor.h: an editor of a claim's lines (expenses, certifications,
 * receipts): a GtkColumnView of typed cells, with add and remove.
 *
 * The columns are described once (title, property, kind); each cell is an
 * SbCellEntry: what is typed is read at every keystroke, a good value is set
 * on the line at once, anything else marks the cell and is NOT set (the line
 * keeps its last good value); the editor shows the message under the table
 * ("Line 2, Fee: …").  A text column with choices is a GtkDropDown of their
 * translated names instead: "Not given" (the property NULL) first, then the
 * choices; a value outside them is shown as it is, as one more item, so
 * nothing is lost. */
#pragma once

#include <adwaita.h>

#include "sb-field-row.h"

G_BEGIN_DECLS

/* One choice of a drop-down column. */
typedef struct
{
  const char *value;   /* what the line holds; NULL ends the list */
  const char *label;   /* untranslated (N_()); the editor translates it.  NULL: another
                        * value of the choice before (shown as it, never set) */
} SbTfChoice;

typedef struct
{
  const char       *title;       /* untranslated (N_()); the editor translates it */
  const char       *property;
  SbFieldKind       kind;        /* SB_FIELD_TEXT, SB_FIELD_MONEY (fen or US cents),
                                  * SB_FIELD_DATE */
  int               width_chars;
  const SbTfChoice *choices;     /* SB_FIELD_TEXT only: a drop-down of these (values
                                  * compared ignoring ASCII case); NULL: typed */
  const char       *required;    /* untranslated (N_()): the tooltip of the cell left
                                  * empty in a line (outlined as a draft); NULL: optional */
  gboolean          masked;      /* SB_FIELD_TEXT: a 身份证号, masked except while edited */
} SbTfColumn;

/* Appends a new line to @owner's list. */
typedef void (*SbTfLineAdd)    (GObject *owner);
/* Removes the line at @position of @owner's list. */
typedef void (*SbTfLineRemove) (GObject *owner, guint position);

#define SB_TYPE_TF_LINE_EDITOR (sb_tf_line_editor_get_type ())

G_DECLARE_FINAL_TYPE (SbTfLineEditor, sb_tf_line_editor, SB, TF_LINE_EDITOR, GtkBox)

/* An editor of @lines (owned by @owner, which the callbacks get).
 * @columns must outlive the editor (a static array). */
GtkWidget   *sb_tf_line_editor_new         (GListModel       *lines,
                                            const SbTfColumn *columns,
                                            guint             n_columns,
                                            GObject          *owner,
                                            SbTfLineAdd       add,
                                            SbTfLineRemove    remove);
/* Offers @choices (NULL-terminated) in a menu beside the cells of
 * @property, each with its description (@descriptions may be NULL or hold
 * NULLs).  Call before the editor is shown. */
void         sb_tf_line_editor_set_choices (SbTfLineEditor     *self,
                                            const char         *property,
                                            const char * const *choices,
                                            const char * const *descriptions);
/* The message shown for what was typed last, or NULL when it is good. */
const char  *sb_tf_line_editor_get_error   (SbTfLineEditor *self);
/* The entry of line @position's @property, or NULL when it is not on
 * screen (for tests and focus). */
GtkEditable *sb_tf_line_editor_get_cell    (SbTfLineEditor *self,
                                            guint           position,
                                            const char     *property);
/* The drop-down of line @position's @property (a column with choices), or
 * NULL when it is not on screen (for tests). */
GtkDropDown *sb_tf_line_editor_get_drop_down (SbTfLineEditor *self,
                                              guint           position,
                                              const char     *property);
/* Clicks the add button / the remove button of line @position (tests). */
void         sb_tf_line_editor_add_line    (SbTfLineEditor *self);
void         sb_tf_line_editor_remove_line (SbTfLineEditor *self, guint position);

G_END_DECLS
