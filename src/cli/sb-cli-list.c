/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli list: one line per stored company with a verdict per program. */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-cli.h"

/* A field of a tab-separated line: "-" when absent, no tab or newline. */
static char *
field (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("-");
  return sb_cli_terminal_text (text);
}

static void
append_verdict (GString *out, const char *program, SbVerdict v)
{
  static const char * const words[] = {
    [SB_VERDICT_NOT_ASKED] = "-",
    [SB_VERDICT_ELIGIBLE] = "eligible",
    [SB_VERDICT_NOT_ELIGIBLE] = "not-eligible",
    [SB_VERDICT_ERROR] = "error",
  };

  g_string_append_printf (out, "%s%s:%s", out->len > 0 ? " " : "", program, words[v]);
}

/* "tase:eligible annual_report:- hnte:not-eligible trade_fund:¥164000.00" */
static char *
verdicts (const SbStoreCompany *c)
{
  GString *out = g_string_new (NULL);

  append_verdict (out, "tase", c->tase);
  append_verdict (out, "annual_report", c->annual_report);
  append_verdict (out, "hnte", c->hnte);
  if (c->trade_fund == SB_VERDICT_ELIGIBLE || c->trade_fund == SB_VERDICT_NOT_ELIGIBLE)
    {
      g_autofree char *total = sb_money_format (c->trade_fund_total);
      g_string_append_printf (out, " trade_fund:¥%s", total);
    }
  else
    append_verdict (out, "trade_fund", c->trade_fund);
  return g_string_free (out, FALSE);
}

int
sb_cli_list (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autofree char *at_text = NULL;
  SbDate at = sb_date_today ();
  char *db = NULL;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The date the evaluations assume (default: today)"), "YYYY-MM-DD" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("— list the stored companies and their verdicts"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 1)
    {
      sb_cli_error (NULL, _("list takes no file"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_cli_parse_at (at_text, &at))
    return SB_EXIT_BAD_INPUT;
  /* no database yet: no company, and nothing is created */
  if (!g_file_test (sb_cli_db_path (cli), G_FILE_TEST_EXISTS))
    return SB_EXIT_OK;

  policies = sb_cli_load_policies ();
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  companies = sb_store_list_verdicts (store, policies, at, &error);
  if (companies == NULL)
    return sb_cli_report (NULL, error);

  for (guint i = 0; i < companies->len; i++)
    {
      const SbStoreCompany *c = g_ptr_array_index (companies, i);
      g_autofree char *name = field (c->name);
      g_autofree char *code = field (c->credit_code);
      g_autofree char *region = field (c->region);
      g_autofree char *v = verdicts (c);

      printf ("%" PRId64 "\t%s\t%s\t%s\t%s\n", c->id, name, code, region, v);
      if (c->errors != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (c->errors, "\n", 0);
          g_autofree char *label = g_strdup_printf (_("%s: company %" PRId64),
                                                    sb_store_get_path (store), c->id);

          for (guint j = 0; lines[j] != NULL; j++)
            sb_cli_error (label, "%s", lines[j]);
        }
    }
  return fflush (stdout) == 0 ? SB_EXIT_OK : SB_EXIT_FAILURE;
}
