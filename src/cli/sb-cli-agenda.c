/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli agenda: every duty of every stored company from a date to a
 * date, one line each, and the same as iCalendar with --ics. */
#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "sb-agenda.h"
#include "sb-cli.h"

static char *
field (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("-");
  return g_strdelimit (g_strdup (text), "\t\r\n", ' ');
}

static gboolean
parse_date_option (const char *option, const char *text, SbDate *out)
{
  if (text != NULL && !sb_date_parse (text, out))
    {
      sb_cli_error (NULL, _("%s: “%s” is not a date YYYY-MM-DD"), option, text);
      return FALSE;
    }
  return TRUE;
}

static const char *
kind_word (SbDutyKind kind)
{
  static const char * const words[] = { "deadline", "annual-report", "review", "expiry",
                                        "change-report" };
  return words[kind];
}

int
sb_cli_agenda (SbCli *cli, int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(SbStore) store = NULL;
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *ics = NULL, *at_text = NULL;
  SbDate today = sb_date_today (), from = SB_DATE_UNSET, to = SB_DATE_UNSET;
  char *db = NULL;
  int status = SB_EXIT_OK;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("The first day (default: --at); reports still due from before it are listed too"),
      "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("The last day (default: a year after the first)"), "YYYY-MM-DD" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text,
      N_("The day the days left are counted from (default: today)"), "YYYY-MM-DD" },
    { "ics", 0, 0, G_OPTION_ARG_FILENAME, &ics,
      N_("Also write the agenda as iCalendar to FILE (mode 0600)"), "FILE" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, N_("The database"), "PATH" },
    { NULL }
  };

  context = g_option_context_new (_("— every duty of every company, by date"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      sb_cli_error (NULL, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  sb_cli_take_db (cli, db);
  if (argc != 1)
    {
      sb_cli_error (NULL, _("agenda takes no file or company"));
      return SB_EXIT_BAD_INPUT;
    }
  if (!parse_date_option ("--at", at_text, &today)
      || !parse_date_option ("--from", from_text, &from) || !parse_date_option ("--to", to_text, &to))
    return SB_EXIT_BAD_INPUT;
  if (from == SB_DATE_UNSET)
    from = today;
  if (to == SB_DATE_UNSET)
    to = from + 365;
  if (to < from)
    {
      sb_cli_error (NULL, _("--to is before --from"));
      return SB_EXIT_BAD_INPUT;
    }
  if ((store = sb_cli_open_store (cli, SB_STORE_OPEN_EXISTING, &status)) == NULL)
    return status;
  policies = sb_cli_load_policies ();
  duties = sb_agenda_collect (store, policies, &error);
  if (duties == NULL)
    return sb_cli_report (NULL, error);
  agenda = sb_duties_agenda (duties, from, to, TRUE);
  for (guint i = 0; i < agenda->len; i++)
    {
      const SbDuty *d = g_ptr_array_index (agenda, i);
      g_autofree char *date = sb_date_format (d->date);
      g_autofree char *company = field (d->company);
      g_autofree char *title = field (d->title);
      gint64 days = (gint64) d->date - (gint64) today;
      g_autofree char *left = days < 0 ? g_strdup_printf ("overdue:%" PRId64, -days)
                                       : g_strdup_printf ("%" PRId64, days);

      printf ("%s\t%s\t%" PRId64 "\t%s\t%s\t%s\t%s\n", date, left, d->company_id, company,
              d->program, kind_word (d->kind), title);
    }
  if (ics != NULL && !sb_agenda_write_ics (agenda, 7, ics, &error))
    {
      sb_cli_error (ics, "%s", error->message);
      return SB_EXIT_BAD_INPUT;
    }
  return SB_EXIT_OK;
}
