/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-file-guard.h: an export never lands on a file the program holds open.
 *
 * Every writer (the dossier export, the XLSX and PDF tables) asks before it
 * writes: the target is compared with every file this process has open (the
 * database and its -wal and -shm files among them) by device and inode, so
 * that another name for the same file (a link, "./x.db", "../dir/x.db") is
 * caught too. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FALSE with G_IO_ERROR_EXISTS when @path is a file this process holds
 * open; TRUE when it is not, or does not exist yet. */
gboolean sb_file_check_not_open (const char *path, GError **error);

G_END_DECLS
