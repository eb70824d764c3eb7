/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli export ID|NAME OUT.json: a stored company as a dossier file. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sb-cli.h"
#include "sb-dossier-json.h"

/* Writes the dossier JSON to standard output ("-"). */
static int
export_stdout (const SbDossier *dossier)
{
  g_autoptr(JsonNode) root = sb_dossier_to_json (dossier);
  g_autofree char *text = sb_json_to_pretty_string (root);

  printf ("%s\n", text);
  return fflush (stdout) == 0 ? SB_EXIT_OK : SB_EXIT_FAILURE;
}

int
sb_cli_export (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_auto(GStrv) lost = NULL;
  gboolean salvage = FALSE;
  int status = SB_EXIT_OK;
  char *db = NULL;
  gint64 id;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("ID|NAME OUT.json — write a stored company as a dossier"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 3)
    {
      sb_cli_error (NULL, _("export needs a company (id, credit code or name) and an output file"));
      return SB_EXIT_BAD_INPUT;
    }

  store = sb_store_open_full (sb_cli_db_path (cli),
                              SB_STORE_OPEN_EXISTING
                              | (cli->break_lock ? SB_STORE_OPEN_BREAK_LOCK : 0), &error);
  if (store == NULL && g_error_matches (error, SB_STORE_ERROR, SB_STORE_ERROR_CORRUPT))
    {
      /* a damaged database: read only (nothing written, no lock taken), so
       * that what it still holds can be saved */
      g_autofree char *warning = g_strdup_printf (_("warning: %s; reading what it still "
                                                    "holds without writing to it"),
                                                  error->message);
      sb_cli_error (NULL, "%s", warning);
      g_clear_error (&error);
      store = sb_store_open_full (sb_cli_db_path (cli),
                                  SB_STORE_OPEN_EXISTING | SB_STORE_OPEN_READ_ONLY, &error);
      salvage = TRUE;
    }
  if (store == NULL)
    return sb_cli_report (NULL, error);
  if (!sb_store_find_company (store, argv[1], &id, &error))
    return sb_cli_report (sb_store_get_path (store), error);
  /* from a damaged database, what can still be read: a damaged part is
   * left out and named */
  dossier = salvage ? sb_store_salvage_dossier (store, id, &lost, &error)
                    : sb_store_load_dossier (store, id, &error);
  if (dossier == NULL)
    return sb_cli_report (sb_store_get_path (store), error);
  if (g_str_equal (argv[2], "-"))
    status = export_stdout (dossier);
  else if (!sb_store_write_dossier_file (dossier, argv[2], &error))
    return sb_cli_report (argv[2], error);
  if (lost != NULL && lost[0] != NULL)
    {
      g_autofree char *parts = g_strjoinv (", ", lost);

      sb_cli_error (argv[2], _("holds what could still be read; these parts are damaged and "
                               "were left out: %s"), parts);
      return SB_EXIT_DATABASE;
    }
  return status;
}
