/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli import [--replace|--skip] FILE…: dossier files into the database. */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-cli.h"
#include "sb-dossier-json.h"

/* Imports one file; returns its exit code. */
static int
import_file (SbStore *store, const char *file, GHashTable *categories,
             SbStoreOnConflict on_conflict)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) dossier = sb_dossier_from_file (file, categories, &error);
  g_autofree char *file_shown = NULL, *name_shown = NULL, *code_shown = NULL;
  const char *name;
  gint64 existing = 0, id = 0;

  if (dossier == NULL)
    return sb_cli_report (file, error);
  name = dossier->company.name != NULL ? dossier->company.name : "-";
  if (!sb_store_lookup_credit_code (store, dossier->company.credit_code, &existing, &error))
    return sb_cli_report (file, error);
  if (existing != 0 && on_conflict == SB_STORE_ON_CONFLICT_ASK)
    {
      sb_cli_error (file, _("company.credit_code: %s is stored already as company %"
                            PRId64 "; use --replace to replace it or --skip to "
                            "keep it"), dossier->company.credit_code, existing);
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_store_import_dossier (store, dossier, on_conflict, &id, &error))
    return sb_cli_report (file, error);

  /* a file's name and its texts shown as text: no terminal escapes */
  file_shown = sb_cli_terminal_text (file);
  name_shown = sb_cli_terminal_text (name);
  code_shown = sb_cli_terminal_text (dossier->company.credit_code);
  if (existing == 0)
    printf (_("%s: imported as company %" PRId64 " (%s)\n"), file_shown, id, name_shown);
  else if (on_conflict == SB_STORE_ON_CONFLICT_REPLACE)
    printf (_("%s: replaced company %" PRId64 " (%s)\n"), file_shown, id, name_shown);
  else
    printf (_("%s: skipped, credit code %s is company %" PRId64 "\n"), file_shown,
            code_shown, id);
  return SB_EXIT_OK;
}

int
sb_cli_import (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GHashTable) categories = NULL;
  g_autoptr(SbStore) store = NULL;
  gboolean replace = FALSE, skip = FALSE;
  SbStoreOnConflict on_conflict = SB_STORE_ON_CONFLICT_ASK;
  char *db = NULL;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("Replace a stored company with the same credit code"), NULL },
    { "skip", 0, 0, G_OPTION_ARG_NONE, &skip,
      N_("Keep a stored company with the same credit code"), NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("FILE… — import dossiers into the database"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (replace && skip)
    {
      sb_cli_error (NULL, _("import takes --replace or --skip, not both"));
      return SB_EXIT_BAD_INPUT;
    }
  if (argc < 2)
    {
      sb_cli_error (NULL, _("import needs at least one dossier file"));
      return SB_EXIT_BAD_INPUT;
    }
  if (replace)
    on_conflict = SB_STORE_ON_CONFLICT_REPLACE;
  else if (skip)
    on_conflict = SB_STORE_ON_CONFLICT_SKIP;

  policies = sb_cli_load_policies ();
  categories = sb_known_categories (policies);
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_DEFAULT, &status)) == NULL)
    return status;

  /* each file in its own transaction; a database problem stops the rest */
  for (int i = 1; i < argc; i++)
    {
      int file_status = import_file (store, argv[i], categories, on_conflict);

      status = MAX (status, file_status);
      if (file_status == SB_EXIT_DATABASE)
        break;
    }
  if (status != SB_EXIT_DATABASE)
    {
      /* evaluate the new companies now and keep their verdicts, so that the
       * first list after a bulk import is as quick as the others */
      g_autoptr(GPtrArray) rows = sb_store_list_verdicts (store, policies, sb_date_today (), NULL);
    }
  if (fflush (stdout) != 0 && status == SB_EXIT_OK)
    status = SB_EXIT_FAILURE;
  return status;
}
