/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-badge.c: a program's verdict as a badge: state, icon, colour, words. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-badge.h"
#include "sb-input.h"

G_DEFINE_ENUM_TYPE (SbBadge, sb_badge,
  G_DEFINE_ENUM_VALUE (SB_BADGE_QUALIFIES, "qualifies"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_MISSING, "missing"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_SHORT, "short"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_ERROR, "error"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_NOT_ASKED, "not-asked"))

const char * const sb_program_ids[SB_N_PROGRAMS] = {
  "tase", "annual_report", "trade_fund", "hnte",
};

static const char *badge_strings[] = {
  "qualifies", "missing", "short", "error", "not-asked",
};

const char *
sb_badge_to_string (SbBadge badge)
{
  g_return_val_if_fail (badge <= SB_BADGE_NOT_ASKED, NULL);
  return badge_strings[badge];
}

const char *
sb_program_short_name (SbProgram program)
{
  switch (program)
    {
    case SB_PROGRAM_TASE:
      return C_("program, short", "TASE");
    case SB_PROGRAM_ANNUAL_REPORT:
      return C_("program, short", "Annual");
    case SB_PROGRAM_TRADE_FUND:
      return C_("program, short", "Fund");
    case SB_PROGRAM_HNTE:
      return C_("program, short", "HNTE");
    case SB_N_PROGRAMS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sb_program_name (SbProgram program)
{
  switch (program)
    {
    case SB_PROGRAM_TASE:
      return _("TASE recognition");
    case SB_PROGRAM_ANNUAL_REPORT:
      return _("TASE annual report");
    case SB_PROGRAM_TRADE_FUND:
      return _("Trade fund");
    case SB_PROGRAM_HNTE:
      return _("HNTE recognition");
    case SB_N_PROGRAMS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sb_badge_describe (SbBadge badge)
{
  switch (badge)
    {
    case SB_BADGE_QUALIFIES:
      return _("Qualifies");
    case SB_BADGE_MISSING:
      return _("Missing data");
    case SB_BADGE_SHORT:
      return _("Short");
    case SB_BADGE_ERROR:
      return _("Error");
    case SB_BADGE_NOT_ASKED:
    default:
      return _("Not asked");
    }
}

const char *
sb_badge_icon_name (SbBadge badge)
{
  switch (badge)
    {
    case SB_BADGE_QUALIFIES:
      return "sb-qualifies-symbolic";
    case SB_BADGE_MISSING:
      return "sb-missing-symbolic";
    case SB_BADGE_SHORT:
      return "sb-short-symbolic";
    case SB_BADGE_ERROR:
      return "sb-error-symbolic";
    case SB_BADGE_NOT_ASKED:
    default:
      return "sb-not-asked-symbolic";
    }
}

const char *
sb_badge_css_class (SbBadge badge)
{
  switch (badge)
    {
    case SB_BADGE_QUALIFIES:
      return "verdict-pass";
    case SB_BADGE_MISSING:
      return "verdict-missing";
    case SB_BADGE_SHORT:
      return "verdict-fail";
    case SB_BADGE_ERROR:
      return "verdict-error";
    case SB_BADGE_NOT_ASKED:
    default:
      return "verdict-none";
    }
}

/* ---- badges from reports ----------------------------------------------- */

/* Counts the failed and missing checks of @checks into the totals. */
static void
count_checks (GPtrArray *checks, guint *failed, guint *missing)
{
  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const SbCheck *check = g_ptr_array_index (checks, i);

      if (check->status == SB_STATUS_FAIL)
        (*failed)++;
      else if (check->status == SB_STATUS_MISSING)
        (*missing)++;
    }
}

static SbBadge
badge_from_counts (gboolean eligible, guint failed, guint missing)
{
  if (eligible)
    return SB_BADGE_QUALIFIES;
  if (failed == 0 && missing > 0)
    return SB_BADGE_MISSING;
  return SB_BADGE_SHORT;
}

SbBadge
sb_badge_from_tase (const SbTaseReport *report)
{
  guint failed = 0, missing = 0;

  if (report == NULL)
    return SB_BADGE_NOT_ASKED;
  count_checks (report->checks, &failed, &missing);
  return badge_from_counts (report->eligible, failed, missing);
}

SbBadge
sb_badge_from_annual (const SbAnnualReport *report)
{
  guint failed = 0, missing = 0;

  if (report == NULL)
    return SB_BADGE_NOT_ASKED;
  count_checks (report->checks, &failed, &missing);
  return badge_from_counts (report->eligible, failed, missing);
}

static void
count_direction (const SbDirectionResult *direction, guint *failed, guint *missing)
{
  if (direction == NULL)
    return;
  count_checks (direction->checks, failed, missing);
  for (guint i = 0; direction->parts != NULL && i < direction->parts->len; i++)
    {
      const SbPlatformResult *part = g_ptr_array_index (direction->parts, i);

      count_checks (part->checks, failed, missing);
    }
}

static void
count_trade_fund (const SbTradeFundReport *report, guint *failed, guint *missing)
{
  count_checks (report->common, failed, missing);
  count_direction (report->platform, failed, missing);
  count_direction (report->certifications, failed, missing);
  count_direction (report->brand, failed, missing);
  count_direction (report->interest, failed, missing);
  count_direction (report->tcm, failed, missing);
}

SbBadge
sb_badge_from_trade_fund (const SbTradeFundReport *report)
{
  guint failed = 0, missing = 0;

  if (report == NULL)
    return SB_BADGE_NOT_ASKED;
  count_trade_fund (report, &failed, &missing);
  /* as the store lists it: a subsidy above zero is what qualifies */
  return badge_from_counts (report->total > 0, failed, missing);
}

SbBadge
sb_badge_from_hnte (const SbHnteReport *report)
{
  guint failed = 0, missing = 0;

  if (report == NULL)
    return SB_BADGE_NOT_ASKED;
  count_checks (report->checks, &failed, &missing);
  return badge_from_counts (report->eligible, failed, missing);
}

char *
sb_badge_note (SbProgram program, SbBadge badge, guint failed, guint missing,
            gint64 total, const char *error)
{
  const char *name = sb_program_name (program);

  switch (badge)
    {
    case SB_BADGE_QUALIFIES:
      if (program == SB_PROGRAM_TRADE_FUND && total != SB_UNSET)
        {
          g_autofree char *money = sb_input_format_money (total);

          /* TRANSLATORS: "Trade fund: qualifies, ¥120,000.00" */
          return g_strdup_printf (_("%s: qualifies, %s"), name, money);
        }
      return g_strdup_printf (_("%s: qualifies"), name);
    case SB_BADGE_MISSING:
      if (missing == 0)
        return g_strdup_printf (_("%s: figures missing"), name);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u figure missing",
                                           "%s: %u figures missing", missing),
                              name, missing);
    case SB_BADGE_SHORT:
      if (failed == 0)
        return g_strdup_printf (_("%s: does not qualify"), name);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: short, %u condition not met",
                                           "%s: short, %u conditions not met", failed),
                              name, failed);
    case SB_BADGE_ERROR:
      return g_strdup_printf (_("%s: cannot be evaluated: %s"), name,
                              error != NULL ? error : "");
    case SB_BADGE_NOT_ASKED:
    default:
      return g_strdup_printf (_("%s: not asked for"), name);
    }
}

SbBadge
sb_badge_from_evaluation (const SbEvaluation *evaluation, SbProgram program, guint *failed,
                          guint *missing)
{
  guint f = 0, m = 0;
  SbBadge badge;

  g_return_val_if_fail (evaluation != NULL, SB_BADGE_ERROR);

  switch (program)
    {
    case SB_PROGRAM_TASE:
      badge = sb_badge_from_tase (evaluation->tase);
      if (evaluation->tase != NULL)
        count_checks (evaluation->tase->checks, &f, &m);
      break;
    case SB_PROGRAM_ANNUAL_REPORT:
      badge = sb_badge_from_annual (evaluation->annual_report);
      if (evaluation->annual_report != NULL)
        count_checks (evaluation->annual_report->checks, &f, &m);
      break;
    case SB_PROGRAM_TRADE_FUND:
      badge = sb_badge_from_trade_fund (evaluation->trade_fund);
      if (evaluation->trade_fund != NULL)
        count_trade_fund (evaluation->trade_fund, &f, &m);
      break;
    case SB_PROGRAM_HNTE:
    case SB_N_PROGRAMS:
    default:
      badge = sb_badge_from_hnte (evaluation->hnte);
      if (evaluation->hnte != NULL)
        count_checks (evaluation->hnte->checks, &f, &m);
      break;
    }
  if (failed != NULL)
    *failed = f;
  if (missing != NULL)
    *missing = m;
  return badge;
}
