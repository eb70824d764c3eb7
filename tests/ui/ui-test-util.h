/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui-test-util.h: the UI tests' harness: the real window on a temporary
 * database, widgets found by name, text typed one character at a time.
 *
 * A test program:
 *
 *   static void
 *   test_something (void)
 *   {
 *     SbWindow *window = ui_test_open_window ();
 *     GtkWidget *row = ui_test_find (GTK_WIDGET (window), "company:1");
 *     …
 *     ui_test_close_window (window);
 *   }
 *
 *   int
 *   main (int argc, char **argv)
 *   {
 *     ui_test_init (&argc, &argv);
 *     g_test_add_func ("/ui/something", test_something);
 *     return g_test_run ();
 *   }
 *
 * The tests run under xvfb-run and dbus-run-session (tests/ui/meson.build),
 * with GSETTINGS_BACKEND=memory and the schema compiled in the build tree. */
#pragma once

#include <adwaita.h>

#include "sb-application.h"
#include "sb-window.h"

G_BEGIN_DECLS

/* g_test_init () and what the window needs (call first in main). */
void         ui_test_init            (int *argc, char ***argv);

/* A new folder (mode 0700) with a new database seeded with the example
 * companies, an application on it (registered and activated): its window,
 * shown and drawn. */
SbWindow    *ui_test_open_window     (void);
/* The same on the database file @db_path (NULL: a new one in a new folder).
 * With a new folder the settings (last company, window size) are reset;
 * with @db_path they stay as the last window closed left them. */
SbWindow    *ui_test_open_window_on  (const char *db_path);
/* The database file of @window's application. */
const char  *ui_test_get_db_path     (SbWindow *window);
/* Closes @window (writing the open company), the application and the
 * database, and removes the folder ui_test_open_window () made. */
void         ui_test_close_window    (SbWindow *window);

/* Runs the main context until nothing is pending (the frame drawn, the
 * idles run). */
void         ui_test_iterate         (void);
/* Waits (iterating) until @done (data) is TRUE, at most @timeout_ms; FALSE
 * on time-out. */
gboolean     ui_test_wait            (gboolean (*done) (gpointer data), gpointer data,
                                      guint timeout_ms);

/* The first descendant of @root (or @root) whose widget name is @name, or
 * NULL. */
GtkWidget   *ui_test_find            (GtkWidget *root, const char *name);
/* The same in every toplevel window (dialogs, the about window). */
GtkWidget   *ui_test_find_anywhere   (const char *name);
/* The first button (or toggle, menu) under @root whose label or mnemonic
 * label is @label ("_Undo" or "Undo"), or NULL. */
GtkWidget   *ui_test_find_button     (GtkWidget *root, const char *label);
/* The text the user sees in @widget: a label's text, an editable's text,
 * or the texts of its labels joined by "\n" (free it). */
char        *ui_test_get_text        (GtkWidget *widget);

/* The editable of @widget: itself, a field row's entry, or the first
 * editable below it. */
GtkEditable *ui_test_get_editable    (GtkWidget *widget);
/* Presses @keyval on @widget as its key controllers see it (and then its
 * ancestors' until one handles it); TRUE when one did. */
gboolean     ui_test_press_key       (GtkWidget *widget, guint keyval, GdkModifierType state);
/* Focuses @widget's editable and types @text one character at a time at
 * the cursor, iterating after each. */
void         ui_test_type            (GtkWidget *widget, const char *text);
/* Deletes the text of @widget's editable (as select-all and Delete). */
void         ui_test_clear           (GtkWidget *widget);
/* Clears, then types. */
void         ui_test_replace         (GtkWidget *widget, const char *text);
/* Activates the action @name ("win.new-company") of @widget's window, with
 * @target (may be NULL), and iterates. */
void         ui_test_activate_action (GtkWidget *widget, const char *name, GVariant *target);

/* The id of the company named @name in the sidebar, or 0. */
gint64       ui_test_company_id      (SbWindow *window, const char *name);
/* The sidebar row of company @id ("company:<id>"), or NULL. */
GtkWidget   *ui_test_company_row     (SbWindow *window, gint64 id);
/* The state of a sidebar badge ("qualifies", "missing", "short", "error",
 * "not-asked"), or NULL; @program is "tase", "annual_report", "trade_fund"
 * or "hnte". */
const char  *ui_test_badge           (SbWindow *window, gint64 id, const char *program);
/* Opens company @id as a click on its sidebar row does. */
void         ui_test_open_company    (SbWindow *window, gint64 id);

/* Saves a screenshot of @widget (its window's contents) to @path as PNG
 * (for looking at what a test built). */
gboolean     ui_test_screenshot      (GtkWidget *widget, const char *path);

G_END_DECLS
