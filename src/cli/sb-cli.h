/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-cli.h: the commands of shenbao-cli and their exit codes. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SB_EXIT_OK = 0,
  SB_EXIT_FAILURE = 1,     /* an internal failure */
  SB_EXIT_BAD_INPUT = 2,   /* a bad file, value or command line */
  SB_EXIT_DATABASE = 3,    /* a database that cannot be used */
} SbExit;

/* Prints "shenbao-cli: [FILE: ]MESSAGE" on one line of stderr. */
void sb_cli_error (const char *file, const char *format, ...) G_GNUC_PRINTF (2, 3);

int  sb_cli_evaluate (int argc, char **argv);

G_END_DECLS
