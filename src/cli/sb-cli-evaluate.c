/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli evaluate FILE [--at DATE]: the contract of DOSSIER.md; and
 * evaluate --company ID|NAME: the same for a stored company. */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-cli.h"
#include "sb-dossier-json.h"
#include "sb-engine-error.h"
#include "sb-evaluate.h"

static void
print_warnings (const char *file, GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    sb_cli_error (file, _("warning: %s"), (const char *) g_ptr_array_index (warnings, i));
}

/* Evaluates @dossier and prints the contract JSON; errors and warnings name
 * @file. */
static int
evaluate_and_print (const char *file, const SbDossier *dossier, SbPolicySet *policies,
                    SbDate at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbEvaluation) evaluation = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *text = NULL;

  evaluation = sb_evaluate (dossier, policies, at, &error);
  if (evaluation == NULL)
    {
      sb_cli_error (file, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  if (evaluation->tase != NULL)
    print_warnings (file, evaluation->tase->warnings);
  if (evaluation->annual_report != NULL)
    print_warnings (file, evaluation->annual_report->warnings);
  if (evaluation->hnte != NULL)
    print_warnings (file, evaluation->hnte->warnings);
  if (evaluation->trade_fund != NULL)
    print_warnings (file, evaluation->trade_fund->warnings);

  json = sb_evaluation_to_json (evaluation);
  text = sb_json_to_pretty_string (json);
  /* exactly the contract's bytes: the examples end without a newline */
  fputs (text, stdout);
  return fflush (stdout) == 0 ? SB_EXIT_OK : SB_EXIT_FAILURE;
}

static int
evaluate_company (SbCli *cli, const char *key, SbPolicySet *policies, SbDate at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autofree char *label = NULL;
  gint64 id;
  int status = SB_EXIT_OK;

  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  if (!sb_store_find_company (store, key, &id, &error)
      || (dossier = sb_store_load_dossier (store, id, &error)) == NULL)
    return sb_cli_report (sb_store_get_path (store), error);
  label = g_strdup_printf (_("%s: company %" PRId64 " (%s)"), sb_store_get_path (store),
                           id, dossier->company.name != NULL ? dossier->company.name : "-");
  return evaluate_and_print (label, dossier, policies, at);
}

int
sb_cli_evaluate (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GHashTable) categories = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *company = NULL;
  char *db = NULL;
  SbDate at = sb_date_today ();
  const char *file;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The date the evaluation assumes (default: today)"), "YYYY-MM-DD" },
    { "company", 0, 0, G_OPTION_ARG_STRING, &company,
      N_("Evaluate a stored company instead of a file"), "ID|NAME" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("FILE — evaluate a dossier"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (company != NULL ? argc != 1 : argc != 2)
    {
      sb_cli_error (NULL, company != NULL
                          ? _("evaluate takes a dossier file or --company, not both")
                          : _("evaluate needs exactly one dossier file"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_cli_parse_at (at_text, &at))
    return SB_EXIT_BAD_INPUT;

  policies = sb_cli_load_policies ();
  if (company != NULL)
    return evaluate_company (cli, company, policies, at);

  file = argv[1];
  categories = sb_known_categories (policies);
  dossier = sb_dossier_from_file (file, categories, &error);
  if (dossier == NULL)
    {
      sb_cli_error (file, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  return evaluate_and_print (file, dossier, policies, at);
}
