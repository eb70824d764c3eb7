/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli tables, and table ID|NAME TABLE --out FILE: the official tables. */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-book.h"
#include "sb-cli.h"
#include "sb-enterprise.h"
#include "sb-form-writers.h"

int
sb_cli_tables (SbCli *cli, int argc, char **argv)
{
  guint n = 0;
  const SbFormInfo *forms = sb_form_list (&n);

  if (argc != 1)
    {
      sb_cli_error (NULL, _("tables takes nothing more"));
      return SB_EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < n; i++)
    printf ("%s\t%s\n", forms[i].id, forms[i].title);
  return fflush (stdout) == 0 ? SB_EXIT_OK : SB_EXIT_FAILURE;
}

/* One company as a builder reads it. */
typedef struct
{
  SbFormInput   input;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
} Company;

static void
company_free (gpointer data)
{
  Company *c = data;

  g_clear_object (&c->input.enterprise);
  g_clear_pointer (&c->dossier, sb_dossier_free);
  g_clear_pointer (&c->evaluation, sb_evaluation_free);
  g_free (c);
}

/* Does @d claim @program ("tase", "annual_report", "trade_fund", "hnte")? */
static gboolean
claims (const SbDossier *d, const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return d->tase != NULL;
  if (g_strcmp0 (program, "annual_report") == 0)
    return d->annual_report != NULL;
  if (g_strcmp0 (program, "trade_fund") == 0)
    return d->trade_fund != NULL;
  if (g_strcmp0 (program, "hnte") == 0)
    return d->hnte != NULL;
  return TRUE;
}

/* Company @id (its dossier @stored) evaluated; NULL after printing why
 * (*out_exit). */
static Company *
evaluate_company (SbStore *store, gint64 id, const SbDossier *stored, SbPolicySet *policies,
                  SbDate at, int year, int *out_exit)
{
  g_autoptr(GError) error = NULL;
  Company *c = g_new0 (Company, 1);

  c->input.enterprise = sb_enterprise_new_from_dossier (stored);
  c->dossier = sb_enterprise_to_dossier (c->input.enterprise);
  c->evaluation = sb_enterprise_evaluate (c->input.enterprise, policies, at, &error);
  if (c->evaluation == NULL)
    {
      g_autofree char *label = g_strdup_printf (_("%s: company %" PRId64 " (%s)"),
                                                sb_store_get_path (store), id,
                                                stored->company.name != NULL
                                                ? stored->company.name : "-");

      sb_cli_error (label, "%s", error->message);
      *out_exit = SB_EXIT_BAD_INPUT;
      company_free (c);
      return NULL;
    }
  c->input.dossier = c->dossier;
  c->input.evaluation = c->evaluation;
  c->input.policies = policies;
  c->input.at = at;
  c->input.year = year;
  return c;
}

/* Every company of the database that claims @program, for a table across
 * companies. */
static GPtrArray *
load_all (SbStore *store, const SbFormInfo *info, SbPolicySet *policies, SbDate at, int year,
          int *out_exit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sb_store_list_companies (store, &error);
  g_autoptr(GPtrArray) companies = g_ptr_array_new_with_free_func (company_free);

  if (list == NULL)
    {
      *out_exit = sb_cli_report (NULL, error);
      return NULL;
    }
  for (guint i = 0; i < list->len; i++)
    {
      const SbStoreCompany *sc = g_ptr_array_index (list, i);
      g_autoptr(SbDossier) stored = sb_store_load_dossier (store, sc->id, &error);
      Company *c;

      if (stored == NULL)
        {
          *out_exit = sb_cli_report (sb_store_get_path (store), error);
          return NULL;
        }
      if (!claims (stored, info->program))
        continue;
      if ((c = evaluate_company (store, sc->id, stored, policies, at, year, out_exit)) == NULL)
        return NULL;
      g_ptr_array_add (companies, c);
    }
  if (companies->len == 0)
    {
      sb_cli_error (sb_store_get_path (store),
                    _("no company of the database asks for what “%s” needs"), info->id);
      *out_exit = SB_EXIT_BAD_INPUT;
      return NULL;
    }
  return g_steal_pointer (&companies);
}

/* The page columns (附件编号, 页码) of a table of a company with evidence
 * attached, from the book it would be bound in: the same numbers. */
static void
fill_pages (SbStore *store, gint64 id, const SbFormInfo *info, const SbFormInput *input,
            SbForm *form)
{
  const char *program = g_str_equal (info->id, "tase-materials") ? "tase"
                        : g_str_has_prefix (info->id, "tf-annex") ? "tradefund" : NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(SbBook) book = NULL;

  if (program == NULL
      || (files = sb_store_list_attachments (store, id, NULL, NULL)) == NULL
      || files->len == 0
      || (book = sb_book_new (store, id, program, input, NULL)) == NULL)
    return;
  sb_book_fill_form (book, form, input);
}

int
sb_cli_table (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autoptr(SbForm) form = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *lower = NULL;
  const SbFormInfo *info;
  SbDate at = sb_date_today ();
  char *db = NULL;
  int year = 0;
  gboolean pdf;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year the table shows (default: every year it shows)"), "YEAR" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The date the evaluation assumes (default: today)"), "YYYY-MM-DD" },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out,
      N_("The file to write: .xlsx or .pdf"), "FILE" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("ID|NAME|all TABLE --out FILE.xlsx|FILE.pdf — "
                                    "write an official table"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 3)
    {
      sb_cli_error (NULL, _("table needs a company (id, credit code or name) and a table "
                            "(`shenbao-cli tables` lists them)"));
      return SB_EXIT_BAD_INPUT;
    }
  if ((info = sb_form_lookup (argv[2])) == NULL)
    {
      sb_cli_error (NULL, _("There is no table “%s”; `shenbao-cli tables` lists them"),
                    argv[2]);
      return SB_EXIT_BAD_INPUT;
    }
  if (out == NULL)
    {
      sb_cli_error (NULL, _("table needs --out FILE.xlsx or --out FILE.pdf"));
      return SB_EXIT_BAD_INPUT;
    }
  lower = g_ascii_strdown (out, -1);
  pdf = g_str_has_suffix (lower, ".pdf");
  if (!pdf && !g_str_has_suffix (lower, ".xlsx"))
    {
      sb_cli_error (out, _("the output file must end in .xlsx or .pdf"));
      return SB_EXIT_BAD_INPUT;
    }
  if (year < 0)
    {
      sb_cli_error (NULL, _("--year: %d is not a year"), year);
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_cli_parse_at (at_text, &at))
    return SB_EXIT_BAD_INPUT;

  policies = sb_cli_load_policies ();
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;

  if (info->build_many != NULL && g_str_equal (argv[1], "all"))
    {
      g_autoptr(GPtrArray) inputs = g_ptr_array_new ();

      if ((companies = load_all (store, info, policies, at, year, &status)) == NULL)
        return status;
      for (guint i = 0; i < companies->len; i++)
        g_ptr_array_add (inputs, &((Company *) g_ptr_array_index (companies, i))->input);
      form = info->build_many (inputs, &error);
    }
  else
    {
      g_autoptr(SbDossier) stored = NULL;
      Company *c;
      gint64 id;

      if (!sb_store_find_company (store, argv[1], &id, &error)
          || (stored = sb_store_load_dossier (store, id, &error)) == NULL)
        return sb_cli_report (sb_store_get_path (store), error);
      if ((c = evaluate_company (store, id, stored, policies, at, year, &status)) == NULL)
        return status;
      companies = g_ptr_array_new_with_free_func (company_free);
      g_ptr_array_add (companies, c);
      form = sb_form_build (info->id, &c->input, &error);
      if (form != NULL)
        fill_pages (store, id, info, &c->input, form);
    }
  if (form == NULL)
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }

  /* what to look at before filing: on standard error, the file is written */
  for (guint i = 0; i < form->warnings->len; i++)
    g_printerr ("%s: %s\n", _("warning"), (const char *) g_ptr_array_index (form->warnings, i));

  if (pdf ? !sb_form_write_pdf (form, out, &error) : !sb_form_write_xlsx (form, out, &error))
    {
      /* the message names the file */
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  return SB_EXIT_OK;
}
