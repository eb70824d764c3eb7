/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The targets of the exports checked against this process's open files
 * (/proc/self/fd), by device and inode. */
#include "config.h"

#include "sb-file-guard.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

gboolean
sb_file_check_not_open (const char *path, GError **error)
{
  g_autoptr(GDir) fds = NULL;
  struct stat target;
  const char *name;

  g_return_val_if_fail (path != NULL, FALSE);

  if (stat (path, &target) != 0)
    return TRUE;   /* a new file (or one the write itself will fail on) */
  fds = g_dir_open ("/proc/self/fd", 0, NULL);
  if (fds == NULL)
    return TRUE;
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      struct stat st;
      char *end = NULL;
      long fd = strtol (name, &end, 10);

      if (end == name || *end != '\0' || fstat ((int) fd, &st) != 0)
        continue;
      if (S_ISREG (st.st_mode) && st.st_dev == target.st_dev && st.st_ino == target.st_ino)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("“%s” is a file Shenbao has open (the database, or a file it is "
                         "reading): choose another file to write"), path);
          return FALSE;
        }
    }
  return TRUE;
}
