/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-program-page.h: the parts the TASE, annual report and HNTE pages share:
 * the two columns (form | results), the page shown without a claim, the
 * profile chooser, year rows, deadline rows and the profile's
 * interpretation notes. */
#pragma once

#include <adwaita.h>

#include "sb-policy.h"

G_BEGIN_DECLS

/* A horizontal pane: the form on the left and the results on the right,
 * each in its own scrolled window.  @out_form and @out_results are the
 * vertical boxes to fill. */
GtkWidget  *sb_program_page_columns        (GtkWidget **out_form, GtkWidget **out_results);

/* A status page with one suggested button named @button_name. */
GtkWidget  *sb_program_page_empty          (const char *icon, const char *title,
                                            const char *description,
                                            const char *button_label,
                                            const char *button_name,
                                            GCallback   clicked, gpointer data);

/* A titled group holding a boxed list (rows added with gtk_list_box_append
 * to *@out_list). */
/* A program page's three states: "none" (no company open: @icon and a
 * hint), "no-claim" (@title, @description and the button that starts a
 * claim) and "claim" (@claim_page); "none" is shown. */
GtkStack   *sb_program_page_stack          (const char *icon, const char *title,
                                            const char *description,
                                            const char *button_label,
                                            const char *button_name, GCallback clicked,
                                            gpointer data, GtkWidget *claim_page);
/* Asks @heading / @body with Cancel and @label (destructive, response id
 * @response); @confirmed (@object) runs only when @label is picked.  Cancel
 * is the default and the Escape answer; @object is a GObject (the view). */
void        sb_confirm_destructive         (GtkWidget *from, const char *heading,
                                            const char *body, const char *response,
                                            const char *label, GCallback confirmed,
                                            gpointer object);
GtkWidget  *sb_program_page_group          (const char *title, const char *description,
                                            GtkListBox **out_list);

/* An AdwComboRow listing the profiles of @program ("tase", "hnte") in
 * @policies; its rows are the profiles' titles and years. */
GtkWidget  *sb_profile_row_new             (const char *title);
void        sb_profile_row_fill            (AdwComboRow *row, SbPolicySet *policies,
                                            const char *program);
/* Selects @id (not listed: nothing selected).  No "notify::selected" is
 * sent to the page while it does so (sb_profile_row_is_updating). */
void        sb_profile_row_select          (AdwComboRow *row, const char *id);
const char *sb_profile_row_get_selected_id (AdwComboRow *row);
gboolean    sb_profile_row_is_updating     (AdwComboRow *row);

/* The profile of @program for a company of @region: the one that covers the
 * region for this year (sb_policy_set_select), else the latest whose
 * params.regions lists it, else the latest of the program.  NULL: none. */
char       *sb_program_default_profile     (SbPolicySet *policies, const char *program,
                                            const char *region);

/* A row with a spin button for a year (an int property, 0 unset): a year
 * is only taken whole (on Enter, on leaving the field or from the
 * arrows), never the "2", "20", "202" typed on the way.  The row is named
 * @name; bind NULL to show nothing. */
GtkWidget  *sb_year_row_new                (const char *title, const char *name);
void        sb_year_row_bind               (GtkWidget *row, GObject *object,
                                            const char *property);

/* "2025-05-20 · 12 days left", "2025-05-20 · today", "2025-05-20 · passed
 * 3 days ago"; "" for SB_DATE_UNSET. */
char       *sb_deadline_text               (SbDate deadline, SbDate at);
/* An AdwActionRow showing a deadline as its subtitle; hidden when unset.
 * The suffix icon turns to a warning within 14 days or when passed. */
GtkWidget  *sb_deadline_row_new            (const char *title, const char *name);
void        sb_deadline_row_set            (GtkWidget *row, SbDate deadline, SbDate at);

/* A group listing the profile's interpretation notes (title, text pairs);
 * hidden when there are none. */
GtkWidget  *sb_notes_group_new             (const char *title);
/* @notes: @n_pairs pairs of title and text; a pair whose text is NULL is skipped. */
void        sb_notes_group_set             (GtkWidget *group, const char * const *notes,
                                            guint n_pairs);

/* @text, or NULL when a note of @checks (SbCheck*) already carries it: an
 * interpretation the rows show is not repeated in the notes group. */
const char *sb_note_unless_shown           (GPtrArray *checks, const char *text);

G_END_DECLS
