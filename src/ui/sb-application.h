/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-application.h: the Shenbao application: one database, the policy
 * profiles, the settings, the main window.
 *
 * The database is --db PATH, else the "database-path" setting when not
 * empty, else sb_store_default_path (); a new file is seeded with the
 * example companies.  Actions: app.about, app.quit (Ctrl+Q).  With
 * SHENBAO_BENCH_STARTUP=1 in the environment it prints "first-frame <µs of
 * CLOCK_MONOTONIC>" when the window's first frame is painted, then quits. */
#pragma once

#include <adwaita.h>

#include "sb-policy.h"
#include "sb-store.h"

G_BEGIN_DECLS

#define SB_TYPE_APPLICATION (sb_application_get_type ())

G_DECLARE_FINAL_TYPE (SbApplication, sb_application, SB, APPLICATION, AdwApplication)

SbApplication *sb_application_new            (void);
/* The database to open (as --db does); call before the application starts. */
void           sb_application_set_db_path    (SbApplication *self, const char *path);
/* The database file opened (or that could not be opened). */
const char    *sb_application_get_db_path    (SbApplication *self);
/* The open database (NULL before startup or when it could not be opened). */
SbStore       *sb_application_get_store      (SbApplication *self);
/* The companies with their verdicts at @at (sb_store_list_verdicts ()) as
 * listed while GTK started, once (transfer full), or NULL: list them. */
GPtrArray     *sb_application_take_first_list (SbApplication *self, SbDate at);
/* Why the database could not be opened, or NULL. */
const char    *sb_application_get_open_error (SbApplication *self);
/* TRUE when the database was refused for a lock of Shenbao on another
 * computer (or under an old name of this one). */
gboolean       sb_application_can_break_lock (SbApplication *self);
/* Takes that lock over and opens the database (logged with g_message). */
gboolean       sb_application_break_lock     (SbApplication *self, GError **error);
SbPolicySet   *sb_application_get_policies   (SbApplication *self);
/* The settings (io.github.shenbao.Shenbao), or NULL when the schema is not
 * installed. */
GSettings     *sb_application_get_settings   (SbApplication *self);

G_END_DECLS
