/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store-test-util.h: what the store tests share (temporary folders, files,
 * dossiers as text, the helper process). */
#pragma once

#include <sqlite3.h>

#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-store.h"

G_BEGIN_DECLS

/* A new temporary folder (removed with everything in it by store_test_rmrf). */
char      *store_test_tmpdir        (void);
void       store_test_rmrf          (const char *path);
/* tests/store/data/NAME, or tests/data/NAME for the bundled examples. */
char      *store_test_data          (const char *name);
/* The file's bytes (NULL when it does not exist). */
GBytes    *store_test_bytes         (const char *path);
/* The st_mode & 0777 of @path, or -1. */
int        store_test_mode          (const char *path);
/* The dossier as the contract prints JSON. */
char      *store_test_dossier_text  (const SbDossier *d);
/* The evaluation JSON at 2025-06-01, or "error: MESSAGE". */
char      *store_test_evaluation    (const SbDossier *d, SbPolicySet *policies);
/* One integer from @sql on a raw read-only connection to @path. */
gint64     store_test_query_int     (const char *path, const char *sql);
/* Runs @sql on a raw connection to @path (to forge files). */
void       store_test_exec          (const char *path, const char *sql);
/* The store-writer helper program. */
char      *store_test_writer        (void);
/* Starts "store-writer hold PATH" and waits until it holds the database;
 * returns its pid, *out_stdin the pipe that lets it go when closed. */
GPid       store_test_hold          (const char *path, int *out_stdin);
/* Waits for @pid; returns the wait status. */
int        store_test_wait          (GPid pid);

G_END_DECLS
