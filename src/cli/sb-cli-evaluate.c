/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli evaluate FILE [--at DATE]: the contract of DOSSIER.md. */
#include "config.h"

#include <glib/gi18n.h>
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

int
sb_cli_evaluate (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GHashTable) categories = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(SbEvaluation) evaluation = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *text = NULL;
  SbDate at = sb_date_today ();
  const char *file;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The date the evaluation assumes (default: today)"), "YYYY-MM-DD" },
    { NULL }
  };

  context = g_option_context_new (_("FILE — evaluate a dossier"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  if (argc != 2)
    {
      sb_cli_error (NULL, _("evaluate needs exactly one dossier file"));
      return SB_EXIT_BAD_INPUT;
    }
  file = argv[1];
  if (at_text != NULL && !sb_date_parse (at_text, &at))
    {
      sb_cli_error (NULL, _("--at: “%s” is not a date YYYY-MM-DD"), at_text);
      return SB_EXIT_BAD_INPUT;
    }

  policies = sb_policy_set_new_default (NULL);
  for (guint i = 0; i < sb_policy_set_get_load_errors (policies)->len; i++)
    sb_cli_error (NULL, _("warning: %s (the profile is not used)"),
                  (const char *) g_ptr_array_index (sb_policy_set_get_load_errors (policies), i));
  categories = sb_known_categories (policies);

  dossier = sb_dossier_from_file (file, categories, &error);
  if (dossier == NULL)
    {
      sb_cli_error (file, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
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
