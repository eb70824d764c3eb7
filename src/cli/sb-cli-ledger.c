/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli import-ledger COMPANY KIND FILE: a company's own ledger (XLSX,
 * XLS, CSV) into its contracts, receipts, expenses, certification fees,
 * staff months, R&D ledger or firms served, in one transaction. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sb-cli.h"
#include "sb-ledger-import.h"

static gboolean
parse_duplicates (const char *text, SbLedgerDuplicates *out)
{
  if (text == NULL || g_str_equal (text, "skip"))
    *out = SB_LEDGER_DUPLICATES_SKIP;
  else if (g_str_equal (text, "replace"))
    *out = SB_LEDGER_DUPLICATES_REPLACE;
  else if (g_str_equal (text, "keep") || g_str_equal (text, "keep-both"))
    *out = SB_LEDGER_DUPLICATES_KEEP_BOTH;
  else
    return FALSE;
  return TRUE;
}

static void
print_mapping (const SbLedgerMapping *mapping, SbLedgerSheet *sheet, const char *sheet_name)
{
  guint n;
  const SbLedgerField *fields = sb_ledger_kind_fields (mapping->kind, &n);
  const SbLedgerRow *header = mapping->header >= 0
                              ? sb_ledger_sheet_get_row (sheet, mapping->header) : NULL;

  if (header != NULL)
    /* Translators: "工作表 合同台账，表头在第 2 行" */
    printf (_("Sheet %s, header in row %u\n"), sheet_name, header->number);
  else
    printf (_("Sheet %s, no header row\n"), sheet_name);
  for (guint f = 0; f < n; f++)
    {
      g_autofree char *letters = NULL;
      g_autofree char *label = NULL;

      if (mapping->columns[f] < 0)
        continue;
      letters = sb_ledger_column_name (mapping->columns[f]);
      label = sb_ledger_mapping_column_label (mapping, sheet, mapping->columns[f]);
      printf ("  %s (%s) ← %s %s\n", g_dgettext (GETTEXT_PACKAGE, fields[f].label), fields[f].key,
              letters, label != NULL ? label : "");
    }
}

int
sb_cli_import_ledger (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbLedgerBook) book = NULL;
  g_autoptr(SbLedgerSheet) sheet = NULL;
  g_autoptr(SbLedgerMapping) mapping = NULL;
  g_autoptr(SbLedgerParse) parse = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(SbDossier) result = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GArray) catalogue = NULL;
  g_auto(GStrv) maps = NULL;
  g_autofree char *sheet_name = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *platform = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *layout = NULL;
  char *db = NULL;
  int year = 0;
  int header = 0;
  gboolean dry_run = FALSE, skip_bad = FALSE, accept = FALSE;
  SbLedgerKind kind;
  SbLedgerTarget target = { 0 };
  SbLedgerOutcome outcome = { 0 };
  SbLedgerOptions options = { 0 };
  const char *file;
  gint64 id;
  int index;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet_name, N_("The sheet, by name or number (default: the first)"), "S" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year of contracts, staff months and the R&D ledger"), "Y" },
    { "header", 0, 0, G_OPTION_ARG_INT, &header, N_("The row of the headers, as the spreadsheet numbers it (default: guessed)"), "N" },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("A field's column, by header or letter (no=合同编号,amount=C); repeatable"), "FIELD=COLUMN" },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding, N_("The encoding of a CSV file (default: detected; GB18030, UTF-8, UTF-16…)"), "E" },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &separator, N_("The separator of a CSV file (default: sniffed; “tab” for a tab)"), "C" },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates, N_("Rows the company has already: skip (default), replace or keep"), "WHAT" },
    { "platform", 0, 0, G_OPTION_ARG_STRING, &platform, N_("The platform of expenses and firms: construction (default) or om"), "P" },
    { "accept-proposals", 0, 0, G_OPTION_ARG_NONE, &accept, N_("Set the proposed offshore flags and catalogue businesses of contracts"), NULL },
    { "skip-bad", 0, 0, G_OPTION_ARG_NONE, &skip_bad, N_("Import the good rows and leave out the rows with errors"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Read and check the file, write nothing"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("COMPANY KIND FILE — import a company's ledger (KIND: contracts, receipts, expenses, certifications, staff, rd-ledger, firms)"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 4)
    {
      sb_cli_error (NULL, _("import-ledger needs a company, a kind of list and a file"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_ledger_kind_from_id (argv[2], &kind))
    {
      sb_cli_error (NULL, _("“%s” is not a kind of list (contracts, receipts, expenses, certifications, staff, rd-ledger, firms)"),
                    argv[2]);
      return SB_EXIT_BAD_INPUT;
    }
  file = argv[3];
  if (!parse_duplicates (duplicates, &target.duplicates))
    {
      sb_cli_error (NULL, _("--duplicates: “%s” is not skip, replace or keep"), duplicates);
      return SB_EXIT_BAD_INPUT;
    }
  if (platform == NULL || g_str_equal (platform, "construction"))
    target.platform = SB_PLATFORM_CONSTRUCTION;
  else if (g_str_equal (platform, "om"))
    target.platform = SB_PLATFORM_OM;
  else
    {
      sb_cli_error (NULL, _("--platform: “%s” is not construction or om"), platform);
      return SB_EXIT_BAD_INPUT;
    }
  if (sb_ledger_kind_needs_year (kind) && year == 0)
    {
      sb_cli_error (NULL, _("%s belong to a year: give it with --year"), argv[2]);
      return SB_EXIT_BAD_INPUT;
    }
  target.year = year;
  target.skip_bad = skip_bad;
  target.accept_proposals = accept;
  options.encoding = encoding;
  if (separator != NULL)
    options.separator = g_str_equal (separator, "tab") || g_str_equal (separator, "\\t") ? '\t'
                        : separator[0];

  /* the file first: a bad file never opens the database */
  book = sb_ledger_book_open (file, &options, &error);
  if (book == NULL)
    return sb_cli_report (NULL, error);
  index = sheet_name != NULL ? sb_ledger_book_find_sheet (book, sheet_name) : 0;
  if (index < 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < sb_ledger_book_get_n_sheets (book); i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", sb_ledger_book_get_sheet_name (book, i));
      sb_cli_error (file, _("no sheet “%s” (the sheets: %s)"), sheet_name, names->str);
      return SB_EXIT_BAD_INPUT;
    }
  sheet = sb_ledger_book_read_sheet (book, index, &error);
  if (sheet == NULL)
    return sb_cli_report (NULL, error);

  mapping = sb_ledger_mapping_guess (kind, sheet);
  if (header > 0)
    {
      int found = -1;

      for (guint i = 0; i < sb_ledger_sheet_get_n_rows (sheet); i++)
        if (sb_ledger_sheet_get_row (sheet, i)->number == (guint) header)
          found = i;
      if (found < 0)
        {
          sb_cli_error (file, _("--header: row %d is empty or beyond the sheet"), header);
          return SB_EXIT_BAD_INPUT;
        }
      sb_ledger_mapping_set_header (mapping, sheet, found);
    }
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    {
      g_auto(GStrv) pairs = g_strsplit (maps[i], ",", -1);

      for (guint k = 0; pairs[k] != NULL; k++)
        {
          g_auto(GStrv) kv = g_strsplit (pairs[k], "=", 2);

          if (kv[0] == NULL || kv[1] == NULL)
            {
              sb_cli_error (NULL, _("--map: “%s” is not FIELD=COLUMN"), pairs[k]);
              return SB_EXIT_BAD_INPUT;
            }
          if (!sb_ledger_mapping_set (mapping, sheet, g_strstrip (kv[0]), g_strstrip (kv[1]), &error))
            {
              sb_cli_error (NULL, "--map: %s", error->message);
              return SB_EXIT_BAD_INPUT;
            }
        }
    }

  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  if (!sb_store_find_company (store, argv[1], &id, &error))
    return sb_cli_report (sb_store_get_path (store), error);
  layout = sb_ledger_mapping_layout (mapping, sheet);
  if (maps == NULL && header == 0)
    {
      /* the mapping this company used last for a file of this layout */
      g_autofree char *remembered = sb_store_get_ledger_mapping (store, id, sb_ledger_kind_id (kind),
                                                                 layout, NULL);
      g_autoptr(SbLedgerMapping) copy = sb_ledger_mapping_copy (mapping);

      if (remembered != NULL && sb_ledger_mapping_from_string (copy, remembered)
          && copy->header < (int) sb_ledger_sheet_get_n_rows (sheet))
        {
          sb_ledger_mapping_free (mapping);
          mapping = g_steal_pointer (&copy);
          printf ("%s\n", _("The columns as this company mapped them last time:"));
        }
    }
  print_mapping (mapping, sheet, sb_ledger_book_get_sheet_name (book, index));
  dossier = sb_store_load_dossier (store, id, &error);
  if (dossier == NULL)
    return sb_cli_report (sb_store_get_path (store), error);
  policies = sb_cli_load_policies ();
  catalogue = sb_ledger_catalogue (policies, dossier);
  parse = sb_ledger_parse (mapping, sheet, sb_ledger_book_get_date1904 (book),
                           (const SbLedgerCategory *) catalogue->data, catalogue->len);

  for (guint i = 0; i < parse->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (parse->records, i);

      for (guint k = 0; k < r->errors->len; k++)
        sb_cli_error (file, "%s", (const char *) g_ptr_array_index (r->errors, k));
    }
  result = sb_ledger_import_dossier (parse, dossier, &target, &outcome, &error);
  if (result == NULL)
    {
      sb_cli_error (file, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  summary = sb_ledger_outcome_describe (&outcome);
  if (dry_run)
    {
      /* Translators: the outcome, then: nothing written */
      printf (_("%s (a dry run: nothing was written)\n"), summary);
      return SB_EXIT_OK;
    }
  if (!sb_store_save_dossier (store, id, result, &error))
    return sb_cli_report (sb_store_get_path (store), error);
  {
    g_autofree char *text = sb_ledger_mapping_to_string (mapping);

    /* remembered for the next file of this layout; a failure loses nothing */
    sb_store_set_ledger_mapping (store, id, sb_ledger_kind_id (kind), layout, text, NULL);
  }
  printf ("%s\n", summary);
  return SB_EXIT_OK;
}
