/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-check-text.c: a check in words, for the result panels and the tables. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "sb-check-text.h"
#include "sb-input.h"

typedef struct
{
  const char *id;
  const char *title;   /* N_() */
} Title;

/* Every check id the evaluators emit (src/engine/sb-tase.c, sb-hnte.c,
 * sb-tradefund.c, sb-tradefund-platform.c). */
static const Title titles[] = {
  /* TASE recognition, review and annual report (RULES.md §1, §2) */
  { "tase.region", N_("Registered in the profile's region") },
  { "tase.legal_entity", N_("Legal-person status") },
  { "tase.scope", N_("Business of the TASE catalogue with advanced technology") },
  { "tase.clean_record", N_("No trade, tax, foreign-exchange or customs violation in two years") },
  { "tase.mofcom_registered", N_("Outsourcing data registered with MOFCOM") },
  { "tase.degree_staff", N_("Staff with a college degree") },
  { "tase.tase_revenue", N_("Revenue from catalogue services") },
  { "tase.offshore_revenue", N_("Offshore outsourcing revenue") },
  /* HNTE (RULES.md §4) */
  { "hnte.region", N_("Registered in the profile's region") },
  { "hnte.age", N_("Registered for at least a year") },
  { "hnte.ip", N_("Owns the core intellectual property") },
  { "hnte.field", N_("Technology field of the national list") },
  { "hnte.st_staff", N_("Science and technology staff") },
  { "hnte.rd_ratio", N_("R&D expense against sales") },
  { "hnte.rd_domestic", N_("R&D expense incurred in China") },
  { "hnte.ht_revenue", N_("High-tech product and service revenue") },
  { "hnte.innovation", N_("Innovation ability score") },
  { "hnte.no_incident", N_("No major safety, quality or environmental incident") },
  /* Trade fund (RULES.md §3) */
  { "tradefund.region", N_("Registered in the profile's region") },
  { "tradefund.legal_entity", N_("Independent legal-person status") },
  { "tradefund.no_serious_violation_5y", N_("No serious violation in five years") },
  { "tradefund.no_other_fiscal_support", N_("No other fiscal support for the same project") },
  { "tradefund.platform.construction.built_on", N_("Platform completed in the construction window") },
  { "tradefund.platform.construction.firms_served", N_("Firms served by the new platform") },
  { "tradefund.platform.om.built_on", N_("Platform completed before the operation window") },
  { "tradefund.platform.om.firms_served", N_("Firms served by the platform in operation") },
  { "tradefund.certifications.offshore", N_("Offshore execution for certifications") },
  { "tradefund.brand.title", N_("Brand title awarded") },
  { "tradefund.brand.offshore", N_("Offshore execution for the brand") },
  { "tradefund.interest.offshore", N_("Offshore execution for the loan interest") },
  { "tradefund.interest.receipts", N_("Foreign income received") },
  { "tradefund.interest.usd_cny", N_("US dollar exchange rate") },
  { "tradefund.tcm.recognised_base", N_("Recognised TCM service trade base") },
  { "tradefund.tcm.construction.built_on", N_("TCM platform completed in the construction window") },
  { "tradefund.tcm.construction.first_application", N_("First application for TCM construction") },
  { "tradefund.tcm.om.built_on", N_("TCM platform completed before the operation window") },
};

const char *
sb_check_get_title (const SbCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (titles[i].id, check->id) == 0)
      return _(titles[i].title);
  return check->id;
}

static char *
count_text (gint64 n)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, n);

  return sb_input_group_digits (plain, NULL);
}

/* "48.72": @r as a percentage with @decimals decimals, rounded half up
 * (the four-decimal ratio text with its point moved two places, so no
 * multiplication can overflow). */
static char *
percent_digits (SbRatio r, guint decimals)
{
  g_autofree char *plain = sb_ratio_format (r, decimals + 2);
  GString *digits = g_string_new (NULL);
  const char *p = plain;
  const char *dot;
  const char *lead;
  gboolean negative = FALSE;
  char *out;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  dot = strchr (p, '.');
  g_assert (dot != NULL && strlen (dot + 1) == decimals + 2);
  g_string_append_len (digits, p, dot - p);
  g_string_append_len (digits, dot + 1, 2);
  for (lead = digits->str; *lead == '0' && lead[1] != '\0'; lead++)
    ;
  if (strspn (lead, "0") == strlen (lead) && strspn (dot + 3, "0") == strlen (dot + 3))
    negative = FALSE;   /* no "-0.00" */
  out = g_strconcat (negative ? "-" : "", lead, decimals > 0 ? "." : "", dot + 3, NULL);
  g_string_free (digits, TRUE);
  return out;
}

/* The value as a percentage, with more decimals than two when two would
 * show a value that fails as equal to the threshold it misses (or one that
 * passes as equal to a threshold it exceeds does no harm). */
static char *
percent_text (SbRatio value, SbRatio threshold)
{
  guint decimals = 2;
  char *text = percent_digits (value, decimals);

  if (sb_ratio_is_valid (threshold) && sb_ratio_compare (value, threshold) < 0)
    {
      for (;;)
        {
          g_autofree char *t = percent_digits (threshold, decimals);

          if (strcmp (text, t) != 0 || decimals >= 8)
            break;
          decimals++;
          g_free (text);
          text = percent_digits (value, decimals);
        }
    }
  return text;
}

char *
sb_check_format_value (const SbCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  switch (check->value_unit)
    {
    case SB_UNIT_RATIO:
      {
        g_autofree char *t = NULL;

        if (!sb_ratio_is_valid (check->threshold))
          return g_strdup ("");
        t = percent_digits (check->threshold, 2);
        if (!sb_ratio_is_valid (check->value))
          /* TRANSLATORS: a threshold when the value is not known: "at least 50.00%" */
          return g_strdup_printf (_("at least %s%%"), t);
        {
          g_autofree char *v = percent_text (check->value, check->threshold);

          /* TRANSLATORS: a ratio and its threshold: "48.72% (at least 50.00%)" */
          return g_strdup_printf (_("%s%% (at least %s%%)"), v, t);
        }
      }
    case SB_UNIT_POINTS:
      {
        g_autofree char *t = NULL;
        gint64 low, high;

        if (!sb_ratio_is_valid (check->threshold))
          return g_strdup ("");
        t = count_text (check->threshold.num / check->threshold.den);
        if (!sb_ratio_is_valid (check->value))
          /* TRANSLATORS: a threshold in points when the score is not known */
          return g_strdup_printf (_("at least %s points"), t);
        low = check->value.num / check->value.den;
        high = sb_ratio_is_valid (check->value_high)
               ? check->value_high.num / check->value_high.den : low;
        if (high != low)
          /* TRANSLATORS: a score range and its threshold: "62–68 points (at least 71)" */
          return g_strdup_printf (_("%" PRId64 "–%" PRId64 " points (at least %s)"),
                                  (int64_t) low, (int64_t) high, t);
        /* TRANSLATORS: a score and its threshold: "62 points (at least 71)" */
        return g_strdup_printf (_("%" PRId64 " points (at least %s)"), (int64_t) low, t);
      }
    case SB_UNIT_NONE:
    case SB_UNIT_FEN:
    case SB_UNIT_PERSONS:
    case SB_UNIT_DAYS:
    case SB_UNIT_COUNT:
    default:
      return g_strdup ("");
    }
}

/* The trade fund's offshore execution floors are in US dollars (cents). */
static gboolean
shortfall_in_usd (const SbCheck *check)
{
  return g_str_has_prefix (check->id, "tradefund.") && g_str_has_suffix (check->id, ".offshore");
}

char *
sb_check_format_shortfall (const SbCheck *check)
{
  gint64 n;
  const char *id;

  g_return_val_if_fail (check != NULL, NULL);

  if (check->status != SB_STATUS_FAIL || check->shortfall_unit == SB_UNIT_NONE
      || check->shortfall < 0)
    return NULL;
  n = check->shortfall;
  id = check->id;

  switch (check->shortfall_unit)
    {
    case SB_UNIT_FEN:
      {
        g_autofree char *money = NULL;

        if (shortfall_in_usd (check))
          {
            g_autofree char *plain = sb_money_format (n);
            g_autofree char *grouped = sb_input_group_digits (plain, NULL);

            /* TRANSLATORS: %s is an amount in US dollars: "1,234.56" */
            return g_strdup_printf (_("Short of offshore execution: US$%s"), grouped);
          }
        money = sb_input_format_money (n);
        if (g_strcmp0 (id, "tase.offshore_revenue") == 0)
          /* TRANSLATORS: %s is an amount: "¥2,307,692.31" */
          return g_strdup_printf (_("Short of offshore outsourcing revenue: %s"), money);
        if (g_strcmp0 (id, "tase.tase_revenue") == 0)
          return g_strdup_printf (_("Short of catalogue service revenue: %s"), money);
        if (g_strcmp0 (id, "hnte.rd_ratio") == 0)
          return g_strdup_printf (_("Short of R&D expense: %s"), money);
        if (g_strcmp0 (id, "hnte.rd_domestic") == 0)
          return g_strdup_printf (_("Short of R&D expense incurred in China: %s"), money);
        if (g_strcmp0 (id, "hnte.ht_revenue") == 0)
          return g_strdup_printf (_("Short of high-tech product and service revenue: %s"), money);
        return g_strdup_printf (_("Short by %s"), money);
      }
    case SB_UNIT_PERSONS:
      {
        g_autofree char *count = count_text (n);
        gulong plural = (gulong) n;

        if (g_strcmp0 (id, "tase.degree_staff") == 0)
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s staff member with a degree",
                                            "Short of %s staff with a degree", plural), count);
        if (g_strcmp0 (id, "hnte.st_staff") == 0)
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s science and technology staff member",
                                            "Short of %s science and technology staff", plural),
                                  count);
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s person", "Short of %s persons", plural),
                                count);
      }
    case SB_UNIT_POINTS:
      {
        g_autofree char *count = count_text (n);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s point", "Short of %s points",
                                          (gulong) n), count);
      }
    case SB_UNIT_DAYS:
      {
        g_autofree char *count = count_text (n);

        if (g_strcmp0 (id, "hnte.age") == 0)
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more day since registration is needed",
                                            "%s more days since registration are needed",
                                            (gulong) n), count);
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s day", "Short of %s days",
                                          (gulong) n), count);
      }
    case SB_UNIT_COUNT:
      {
        g_autofree char *count = count_text (n);

        if (g_str_has_suffix (id, ".firms_served"))
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Short of %s firm served", "Short of %s firms served",
                                            (gulong) n), count);
        return g_strdup_printf (_("Short by %s"), count);
      }
    case SB_UNIT_RATIO:
    case SB_UNIT_NONE:
    default:
      return NULL;
    }
}

const char *
sb_check_status_icon (SbStatus status)
{
  switch (status)
    {
    case SB_STATUS_PASS:
      return "emblem-ok-symbolic";
    case SB_STATUS_FAIL:
      return "window-close-symbolic";
    case SB_STATUS_MISSING:
      return "dialog-question-symbolic";
    case SB_STATUS_DECLARED:
      return "checkbox-checked-symbolic";
    case SB_STATUS_NOT_APPLICABLE:
    default:
      return "list-remove-symbolic";
    }
}
