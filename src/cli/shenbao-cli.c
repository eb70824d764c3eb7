/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli: evaluate, import and export dossiers, and write the official tables. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "sb-cli.h"
#include "sb-engine-error.h"

char *
sb_cli_terminal_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, ' ');
      /* C0 and C1 controls (ESC starts a terminal's escape sequences), DEL,
       * and the marks that reorder text on screen */
      else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E)
               || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

void
sb_cli_error (const char *file, const char *format, ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *file_shown = sb_cli_terminal_text (file);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  shown = sb_cli_terminal_text (message);
  /* one line, never a whole file echoed: the messages quote at most 80
   * characters of a value, this is the last guard */
  if (g_utf8_strlen (shown, -1) > 1000)
    {
      char *cut = g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (shown, 1000) - shown),
                                   shown);
      g_free (shown);
      shown = cut;
    }
  if (file_shown != NULL)
    fprintf (stderr, "shenbao-cli: %s: %s\n", file_shown, shown);
  else
    fprintf (stderr, "shenbao-cli: %s\n", shown);
}

void
sb_cli_take_db (SbCli *cli, char *path)
{
  if (path == NULL)
    return;
  g_free (cli->db_path);
  cli->db_path = path;
}

const char *
sb_cli_db_path (SbCli *cli)
{
  if (cli->db_path == NULL)
    cli->db_path = sb_store_default_path ();
  return cli->db_path;
}

static gboolean
is_database_error (const GError *error)
{
  if (error->domain != SB_STORE_ERROR)
    return FALSE;
  switch ((SbStoreError) error->code)
    {
    case SB_STORE_ERROR_NOT_A_DATABASE:
    case SB_STORE_ERROR_CORRUPT:
    case SB_STORE_ERROR_TOO_NEW:
    case SB_STORE_ERROR_LOCKED:
    case SB_STORE_ERROR_LOCKED_ELSEWHERE:
    case SB_STORE_ERROR_IO:
      return TRUE;
    case SB_STORE_ERROR_NOT_FOUND:
    case SB_STORE_ERROR_CONFLICT:
    case SB_STORE_ERROR_INVALID:
    default:
      return FALSE;
    }
}

int
sb_cli_report (const char *file, const GError *error)
{
  if (g_error_matches (error, SB_STORE_ERROR, SB_STORE_ERROR_LOCKED_ELSEWHERE))
    {
      sb_cli_error (NULL, _("%s; if Shenbao no longer runs there, --break-lock takes the file "
                            "over (or use --db FILE to open or create another database)"),
                    error->message);
      return SB_EXIT_DATABASE;
    }
  if (is_database_error (error))
    {
      /* the store's message names the database file */
      sb_cli_error (NULL, _("%s; use --db FILE to open or create another database"),
                    error->message);
      return SB_EXIT_DATABASE;
    }
  sb_cli_error (file, "%s", error->message);
  return SB_EXIT_BAD_INPUT;
}

SbStore *
sb_cli_open_store (SbCli *cli, SbStoreOpenFlags flags, int *out_exit)
{
  g_autoptr(GError) error = NULL;
  SbStore *store;

  /* --break-lock: the store says on stderr (g_message) whose lock it broke */
  if (cli->break_lock && (flags & SB_STORE_OPEN_READ_ONLY) == 0)
    flags |= SB_STORE_OPEN_BREAK_LOCK;
  store = sb_store_open_full (sb_cli_db_path (cli), flags, &error);

  if (store == NULL)
    *out_exit = sb_cli_report (NULL, error);
  return store;
}

SbPolicySet *
sb_cli_load_policies (void)
{
  SbPolicySet *policies = sb_policy_set_new_default (NULL);
  GPtrArray *errors = sb_policy_set_get_load_errors (policies);

  for (guint i = 0; i < errors->len; i++)
    sb_cli_error (NULL, _("warning: %s (the profile is not used)"),
                  (const char *) g_ptr_array_index (errors, i));
  return policies;
}

gboolean
sb_cli_parse_at (const char *text, SbDate *at)
{
  if (text != NULL && !sb_date_parse (text, at))
    {
      sb_cli_error (NULL, _("--at: “%s” is not a date YYYY-MM-DD"), text);
      return FALSE;
    }
  return TRUE;
}

static void
usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: shenbao-cli [--db PATH] [--break-lock] COMMAND …\n"
                          "  evaluate FILE [--at YYYY-MM-DD]\n"
                          "  evaluate --company ID|NAME [--at YYYY-MM-DD]\n"
                          "  import [--replace|--skip] FILE…\n"
                          "  list [--at YYYY-MM-DD]\n"
                          "  export ID|NAME OUT.json\n"
                          "  tables\n"
                          "  table ID|NAME|all TABLE [--year Y] [--at YYYY-MM-DD] "
                          "--out FILE.xlsx|FILE.pdf\n"
                          "  import-ledger ID|NAME KIND FILE [--sheet S] [--year Y] "
                          "[--map FIELD=COLUMN…] [--encoding E] [--duplicates skip|replace|keep] "
                          "[--skip-bad] [--dry-run]\n"
                          "  agenda [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--at YYYY-MM-DD] [--ics FILE]\n"
                          "  policies"));
  fprintf (out, "%s\n", _("  attach [--as KIND] ID|NAME TARGET FILE…\n"
                          "  book ID|NAME tase|tradefund|hnte [--year Y] [--at YYYY-MM-DD] --out FILE.pdf"));
  fprintf (out, "%s\n", _("  upload-set ID|NAME tase|tradefund|hnte [--year Y] [--at YYYY-MM-DD] "
                          "--out DIR|FILE.zip"));

}

int
main (int argc, char *argv[])
{
  const char *localedir = g_getenv ("SHENBAO_LOCALEDIR");
  SbCli cli = { NULL };
  const char *command;
  int i = 1;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* options before the command */
  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          usage (stdout);
          return SB_EXIT_OK;
        }
      if (g_str_equal (argv[i], "--version"))
        {
          printf ("shenbao-cli %s\n", PACKAGE_VERSION);
          return SB_EXIT_OK;
        }
      if (g_str_has_prefix (argv[i], "--db="))
        sb_cli_take_db (&cli, g_strdup (argv[i] + strlen ("--db=")));
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        sb_cli_take_db (&cli, g_strdup (argv[++i]));
      else if (g_str_equal (argv[i], "--break-lock"))
        cli.break_lock = TRUE;
      else
        {
          sb_cli_error (NULL, _("unknown option “%s”"), argv[i]);
          usage (stderr);
          return SB_EXIT_BAD_INPUT;
        }
      i++;
    }
  if (i >= argc)
    {
      usage (stderr);
      return SB_EXIT_BAD_INPUT;
    }

  command = argv[i];
  if (g_str_equal (command, "evaluate"))
    status = sb_cli_evaluate (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "import"))
    status = sb_cli_import (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "list"))
    status = sb_cli_list (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "export"))
    status = sb_cli_export (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "tables"))
    status = sb_cli_tables (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "table"))
    status = sb_cli_table (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "import-ledger"))
    status = sb_cli_import_ledger (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "agenda"))
    status = sb_cli_agenda (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "policies"))
    status = sb_cli_policies (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "attach"))
    status = sb_cli_attach (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "book"))
    status = sb_cli_book (&cli, argc - i, argv + i);
  else if (g_str_equal (command, "upload-set"))
    status = sb_cli_upload_set (&cli, argc - i, argv + i);
  else
    {
      sb_cli_error (NULL, _("unknown command “%s”"), command);
      usage (stderr);
      status = SB_EXIT_BAD_INPUT;
    }
  g_free (cli.db_path);
  return status;
}
