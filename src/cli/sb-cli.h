/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-cli.h: the commands of shenbao-cli and their exit codes. */
#pragma once

#include "sb-evaluate.h"
#include "sb-store.h"

G_BEGIN_DECLS

typedef enum
{
  SB_EXIT_OK = 0,
  SB_EXIT_FAILURE = 1,     /* an internal failure */
  SB_EXIT_BAD_INPUT = 2,   /* a bad file, value or command line */
  SB_EXIT_DATABASE = 3,    /* a database that cannot be used */
} SbExit;

/* What the options before the command say. */
typedef struct
{
  char *db_path;   /* --db PATH; NULL: the default database */
  gboolean break_lock;   /* --break-lock: take over a lock left by another Shenbao */
} SbCli;

/* Prints "shenbao-cli: [FILE: ]MESSAGE" on one line of stderr. */
void         sb_cli_error          (const char *file, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* @text fit for a terminal: valid UTF-8, control characters (ESC
 * included) and reordering marks replaced, newlines and tabs as spaces. */
char        *sb_cli_terminal_text  (const char *text);

/* Takes the value of a command's own --db option (may be NULL). */
void         sb_cli_take_db        (SbCli *cli, char *path);
/* The database path: --db or the default. */
const char  *sb_cli_db_path        (SbCli *cli);
/* Opens the database, or prints why it cannot be used and sets *out_exit. */
SbStore     *sb_cli_open_store     (SbCli *cli, SbStoreOpenFlags flags, int *out_exit);
/* Prints @error (of the store, the engine or a file) about @file (NULL: the
 * message names its file) and returns the exit code it deserves. */
int          sb_cli_report         (const char *file, const GError *error);
/* The policy profiles, printing a warning for each that did not load. */
SbPolicySet *sb_cli_load_policies  (void);
/* Parses --at text into *at (unchanged when NULL); prints the error. */
gboolean     sb_cli_parse_at       (const char *text, SbDate *at);

int          sb_cli_evaluate       (SbCli *cli, int argc, char **argv);
int          sb_cli_import         (SbCli *cli, int argc, char **argv);
int          sb_cli_list           (SbCli *cli, int argc, char **argv);
int          sb_cli_export         (SbCli *cli, int argc, char **argv);
int          sb_cli_tables         (SbCli *cli, int argc, char **argv);
int          sb_cli_table          (SbCli *cli, int argc, char **argv);
int          sb_cli_import_ledger  (SbCli *cli, int argc, char **argv);
int          sb_cli_attach         (SbCli *cli, int argc, char **argv);
int          sb_cli_book           (SbCli *cli, int argc, char **argv);
int          sb_cli_upload_set     (SbCli *cli, int argc, char **argv);

G_END_DECLS
