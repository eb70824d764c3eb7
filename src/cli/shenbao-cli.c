/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli: evaluate, import and export dossiers from the command line. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "sb-cli.h"

void
sb_cli_error (const char *file, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_strdelimit (message, "\n\r", ' ');
  if (file != NULL)
    fprintf (stderr, "shenbao-cli: %s: %s\n", file, message);
  else
    fprintf (stderr, "shenbao-cli: %s\n", message);
}

static void
usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: shenbao-cli evaluate FILE [--at YYYY-MM-DD]"));
}

int
main (int argc, char *argv[])
{
  const char *localedir = g_getenv ("SHENBAO_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      usage (stderr);
      return SB_EXIT_BAD_INPUT;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      usage (stdout);
      return SB_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("shenbao-cli %s\n", PACKAGE_VERSION);
      return SB_EXIT_OK;
    }
  if (g_str_equal (argv[1], "evaluate"))
    return sb_cli_evaluate (argc - 1, argv + 1);

  sb_cli_error (NULL, _("unknown command “%s”"), argv[1]);
  usage (stderr);
  return SB_EXIT_BAD_INPUT;
}
