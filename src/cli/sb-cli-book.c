/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli attach COMPANY TARGET FILE… and book COMPANY PROGRAM --out
 * FILE.pdf: the evidence and the application book (issue 14). */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "sb-book.h"
#include "sb-cli.h"
#include "sb-enterprise.h"
#include "sb-receipt-row.h"
#include "sb-tase.h"

typedef struct
{
  SbEnterprise *enterprise;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
  SbFormInput   input;
} Loaded;

static void
loaded_clear (Loaded *l)
{
  g_clear_object (&l->enterprise);
  g_clear_pointer (&l->dossier, sb_dossier_free);
  g_clear_pointer (&l->evaluation, sb_evaluation_free);
}

/* The company @key of @store read as the tables read it; *out_id. */
static gboolean
load (SbStore *store, const char *key, SbPolicySet *policies, SbDate at, Loaded *l,
      gint64 *out_id, int *out_exit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) stored = NULL;

  if (!sb_store_find_company (store, key, out_id, &error)
      || (stored = sb_store_load_dossier (store, *out_id, &error)) == NULL)
    {
      *out_exit = sb_cli_report (sb_store_get_path (store), error);
      return FALSE;
    }
  l->enterprise = sb_enterprise_new_from_dossier (stored);
  l->dossier = sb_enterprise_to_dossier (l->enterprise);
  l->evaluation = sb_enterprise_evaluate (l->enterprise, policies, at, &error);
  if (l->evaluation == NULL)
    {
      sb_cli_error (sb_store_get_path (store), "%s", error->message);
      *out_exit = SB_EXIT_BAD_INPUT;
      return FALSE;
    }
  l->input = (SbFormInput) { l->enterprise, l->dossier, l->evaluation, policies, at, 0 };
  return TRUE;
}

static gboolean
parse_n (const char *text, int *out)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 100000, &v, NULL))
    return FALSE;
  *out = (int) v;
  return TRUE;
}

/* The Nth line (from 1) of every platform project's @what, counted over the
 * projects in the claim's order: "expense:construction:K". */
static char *
platform_line (const SbDossier *d, gboolean expenses, int n)
{
  const GPtrArray *platforms = d->trade_fund != NULL ? d->trade_fund->platforms : NULL;

  for (guint i = 0; platforms != NULL && i < platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (platforms, i);
      const char *scope = p->kind == SB_PLATFORM_CONSTRUCTION ? "construction" : "om";
      int count = expenses ? (p->expenses != NULL ? (int) p->expenses->len : 0)
                  : p->firms != NULL ? (int) p->firms->len
                  : p->firms_served != SB_UNSET ? (int) CLAMP (p->firms_served, 0, 1000) : 0;

      if (n <= count)
        return expenses ? sb_evidence_target_expense (scope, n)
                        : sb_evidence_target_firm (scope, n);
      n -= count;
    }
  return NULL;
}

/* The canonical target for what the user wrote (see usage), checked
 * against the company; NULL after printing why. */
static char *
resolve_target (const Loaded *l, const char *text)
{
  const SbDossier *d = l->dossier;
  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
  int n = 0;

  if (parts[0] == NULL || parts[1] == NULL || parts[1][0] == '\0')
    goto bad;
  if (g_str_equal (parts[0], "material") && parse_n (parts[1], &n))
    {
      const SbTaseRules *rules = NULL;
      SbPolicy *policy;
      guint count = 0;

      if (d->tase == NULL
          || (policy = sb_policy_set_lookup (l->input.policies, d->tase->profile, NULL)) == NULL
          || (rules = sb_tase_rules_get (policy, NULL)) == NULL)
        {
          sb_cli_error (NULL, _("%s: the company has no TASE claim with a materials list"), text);
          return NULL;
        }
      while (rules->materials != NULL && rules->materials[count] != NULL)
        count++;
      if ((guint) n > count)
        {
          sb_cli_error (NULL, _("%s: the materials list has %u items"), text, count);
          return NULL;
        }
      return sb_evidence_target_material ("tase", n);
    }
  if (g_str_equal (parts[0], "contract") && strchr (parts[1], ':') == NULL)
    {
      g_autofree char *found = NULL;

      for (guint i = 0; i < d->years->len; i++)
        {
          const SbYear *y = g_ptr_array_index (d->years, i);

          for (guint j = 0; y->contracts != NULL && j < y->contracts->len; j++)
            {
              const SbContract *c = g_ptr_array_index (y->contracts, j);

              if (g_strcmp0 (c->no, parts[1]) != 0)
                continue;
              if (found != NULL)
                {
                  sb_cli_error (NULL, _("%s: contract %s is in several years; write "
                                        "contract:YEAR:%s"), text, parts[1], parts[1]);
                  return NULL;
                }
              found = sb_evidence_target_contract (y->year, c->no);
            }
        }
      if (found == NULL)
        sb_cli_error (NULL, _("%s: the company has no contract numbered %s"), text, parts[1]);
      return g_steal_pointer (&found);
    }
  if ((g_str_equal (parts[0], "expense") || g_str_equal (parts[0], "firm"))
      && parse_n (parts[1], &n))
    {
      char *target = platform_line (d, parts[0][0] == 'e', n);

      if (target == NULL)
        sb_cli_error (NULL, _("%s: the platform projects have fewer lines"), text);
      return target;
    }
  if (g_str_equal (parts[0], "certification"))
    {
      for (guint i = 0; d->trade_fund != NULL && d->trade_fund->certifications != NULL
                        && i < d->trade_fund->certifications->len; i++)
        {
          const SbCertLine *c = g_ptr_array_index (d->trade_fund->certifications, i);

          if (g_strcmp0 (c->name, parts[1]) == 0)
            return sb_evidence_target_certification (parts[1]);
        }
      sb_cli_error (NULL, _("%s: the company has no certification line named %s"), text, parts[1]);
      return NULL;
    }
  if (g_str_equal (parts[0], "receipt"))
    {
      SbTradeFundApplication *app = sb_enterprise_get_trade_fund (l->enterprise);
      GListModel *receipts = app != NULL ? sb_trade_fund_application_get_receipts (app) : NULL;

      for (guint i = 0; receipts != NULL && i < g_list_model_get_n_items (receipts); i++)
        {
          g_autoptr(SbReceiptRow) r = g_list_model_get_item (receipts, i);
          g_autofree char *voucher = NULL;

          g_object_get (r, "voucher-no", &voucher, NULL);
          if (g_strcmp0 (voucher, parts[1]) == 0)
            return sb_evidence_target_receipt (parts[1]);
        }
      sb_cli_error (NULL, _("%s: the company has no receipt with voucher %s"), text, parts[1]);
      return NULL;
    }
  /* a canonical target (material:tf-platform:1, contract:2024:NO …) */
  {
    g_autoptr(SbEvidenceTarget) t = sb_evidence_target_parse (text, NULL);

    if (t != NULL)
      return sb_evidence_target_format (t);
  }
bad:
  sb_cli_error (NULL, _("“%s” names nothing a file can prove: write material:N, contract:NO, "
                        "expense:N, certification:NAME, receipt:VOUCHER-NO or firm:N"), text);
  return NULL;
}

int
sb_cli_attach (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autofree char *target = NULL;
  g_autofree char *role = NULL;
  char *db = NULL;
  Loaded l = { NULL };
  gint64 id;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &role,
      N_("What the file is: contract, invoice, payment, certificate, voucher or declaration"),
      "KIND" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("COMPANY TARGET FILE… — attach evidence"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc < 4)
    {
      sb_cli_error (NULL, _("attach needs a company, what the files prove (material:N, "
                            "contract:NO, expense:N, certification:NAME, receipt:VOUCHER-NO, "
                            "firm:N) and one file or more"));
      return SB_EXIT_BAD_INPUT;
    }
  if (role != NULL && !sb_evidence_role_is_valid (role))
    {
      sb_cli_error (NULL, _("--as: “%s” is not contract, invoice, payment, certificate, "
                            "voucher or declaration"), role);
      return SB_EXIT_BAD_INPUT;
    }
  policies = sb_cli_load_policies ();
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  if (!load (store, argv[1], policies, sb_date_today (), &l, &id, &status))
    {
      loaded_clear (&l);
      return status;
    }
  target = resolve_target (&l, argv[2]);
  loaded_clear (&l);
  if (target == NULL)
    return SB_EXIT_BAD_INPUT;
  /* each file on its own: a refused one is named, the others are kept */
  for (int i = 3; i < argc; i++)
    {
      g_autoptr(GError) local = NULL;
      gint64 attachment;

      if (!sb_store_attach_file (store, id, target, role, argv[i], &attachment, &local))
        {
          status = sb_cli_report (NULL, local);
          continue;
        }
      printf ("%s\t%" PRId64 "\t%s\n", target, attachment, argv[i]);
    }
  if (fflush (stdout) != 0 && status == SB_EXIT_OK)
    status = SB_EXIT_FAILURE;
  return status;
}

static void
progress (double fraction, const char *what, gpointer data)
{
  fprintf (stderr, "\r%s %3d%%", what, (int) (fraction * 100));
  if (fraction >= 1)
    fputc ('\n', stderr);
  fflush (stderr);
}

static int
bind (SbCli *cli, int argc, char **argv, gboolean upload)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *lower = NULL;
  SbDate at = sb_date_today ();
  char *db = NULL;
  Loaded l = { NULL };
  int year = 0;
  GPtrArray *gaps;
  gint64 id;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The date the evaluation assumes (default: today)"), "YYYY-MM-DD" },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out,
      upload ? N_("The folder to write the files in, or a .zip archive")
             : N_("The PDF file to write"),
      upload ? "DIR|FILE.zip" : "FILE.pdf" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("The year of the application (TASE, HNTE) or of the support (trade fund); refused "
         "when the company's application is for another year"), "Y" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (upload ? _("COMPANY PROGRAM --out DIR — the materials as "
                                            "separate PDF files, in order")
                                  : _("COMPANY PROGRAM --out FILE.pdf — bind the application book"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 3)
    {
      sb_cli_error (NULL, _("%s needs a company and a program (tase, tradefund or hnte)"),
                    argv[0]);
      return SB_EXIT_BAD_INPUT;
    }
  if (sb_book_program_name (argv[2]) == NULL)
    {
      sb_cli_error (NULL, _("“%s” is not a program a book can be bound for: write tase, "
                            "tradefund or hnte"), argv[2]);
      return SB_EXIT_BAD_INPUT;
    }
  lower = out != NULL ? g_ascii_strdown (out, -1) : NULL;
  if (upload && out == NULL)
    {
      sb_cli_error (NULL, _("upload-set needs --out DIR"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!upload && (out == NULL || !g_str_has_suffix (lower, ".pdf")))
    {
      sb_cli_error (NULL, _("book needs --out FILE.pdf"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!sb_cli_parse_at (at_text, &at))
    return SB_EXIT_BAD_INPUT;

  policies = sb_cli_load_policies ();
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  if (!load (store, argv[1], policies, at, &l, &id, &status))
    {
      loaded_clear (&l);
      return status;
    }
  book = sb_book_new (store, id, argv[2], &l.input, &error);
  if (book == NULL)
    {
      loaded_clear (&l);
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  /* --year names the application the user means; the year itself comes
   * from the dossier (TASE, HNTE) or the profile's support period (trade
   * fund), as every table of the book reads it */
  if (year != 0 && sb_book_get_year (book) != year)
    {
      loaded_clear (&l);
      sb_cli_error (NULL, _("%s: the %s application is for %d, not %d"), argv[1], argv[2],
                    sb_book_get_year (book), year);
      return SB_EXIT_BAD_INPUT;
    }
  /* bound all the same, with a placeholder page for each */
  gaps = sb_book_get_gaps (book);
  for (guint i = 0; i < gaps->len; i++)
    sb_cli_error (NULL, _("missing: %s"), ((SbBookGap *) g_ptr_array_index (gaps, i))->message);
  if (upload ? !sb_book_write_upload_set (book, out, isatty (STDERR_FILENO) ? progress : NULL,
                                          NULL, NULL, &error)
             : !sb_book_write (book, out, isatty (STDERR_FILENO) ? progress : NULL, NULL, NULL,
                               &error))
    {
      loaded_clear (&l);
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  loaded_clear (&l);
  printf ("%s\t%u\n", out, sb_book_get_n_pages (book));
  return fflush (stdout) == 0 ? SB_EXIT_OK : SB_EXIT_FAILURE;
}

int
sb_cli_book (SbCli *cli, int argc, char **argv)
{
  return bind (cli, argc, argv, FALSE);
}

int
sb_cli_upload_set (SbCli *cli, int argc, char **argv)
{
  return bind (cli, argc, argv, TRUE);
}
