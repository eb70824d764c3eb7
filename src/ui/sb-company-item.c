/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-item.c: one company of the sidebar and the portfolio. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-item.h"
#include "sb-input.h"

struct _SbCompanyItem
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *credit_code;
  SbBadge  badges[SB_N_PROGRAMS];
  char    *notes[SB_N_PROGRAMS];
  gint64   trade_fund_total;
  SbDate   deadline;
  char    *deadline_name;
};

G_DEFINE_FINAL_TYPE (SbCompanyItem, sb_company_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SbBadge, sb_badge,
  G_DEFINE_ENUM_VALUE (SB_BADGE_QUALIFIES, "qualifies"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_MISSING, "missing"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_SHORT, "short"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_ERROR, "error"),
  G_DEFINE_ENUM_VALUE (SB_BADGE_NOT_ASKED, "not-asked"))

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CREDIT_CODE,
  PROP_TASE,
  PROP_ANNUAL_REPORT,
  PROP_TRADE_FUND,
  PROP_HNTE,
  PROP_TRADE_FUND_TOTAL,
  PROP_DEADLINE,
  PROP_DEADLINE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str () is GLib 2.76 */
static gboolean
set_str (char **field, const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

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

/* The tooltip of a badge: the program, the verdict and what it rests on. */
static char *
badge_note (SbProgram program, SbBadge badge, guint failed, guint missing,
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

/* ---- the object --------------------------------------------------------- */

static GParamSpec *
badge_pspec (SbProgram program)
{
  return properties[PROP_TASE + program];
}

static void
sb_company_item_get_property (GObject *object, guint prop_id, GValue *value,
                              GParamSpec *pspec)
{
  SbCompanyItem *self = SB_COMPANY_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CREDIT_CODE:
      g_value_set_string (value, self->credit_code);
      break;
    case PROP_TASE:
    case PROP_ANNUAL_REPORT:
    case PROP_TRADE_FUND:
    case PROP_HNTE:
      g_value_set_enum (value, self->badges[prop_id - PROP_TASE]);
      break;
    case PROP_TRADE_FUND_TOTAL:
      g_value_set_int64 (value, self->trade_fund_total);
      break;
    case PROP_DEADLINE:
      g_value_set_uint (value, self->deadline);
      break;
    case PROP_DEADLINE_NAME:
      g_value_set_string (value, self->deadline_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_company_item_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  SbCompanyItem *self = SB_COMPANY_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      sb_company_item_set_name (self, g_value_get_string (value));
      break;
    case PROP_CREDIT_CODE:
      sb_company_item_set_credit_code (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_company_item_finalize (GObject *object)
{
  SbCompanyItem *self = SB_COMPANY_ITEM (object);

  g_free (self->name);
  g_free (self->credit_code);
  for (guint i = 0; i < SB_N_PROGRAMS; i++)
    g_free (self->notes[i]);
  g_free (self->deadline_name);
  G_OBJECT_CLASS (sb_company_item_parent_class)->finalize (object);
}

static void
sb_company_item_class_init (SbCompanyItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const char *badge_props[SB_N_PROGRAMS] = { "tase", "annual-report", "trade-fund", "hnte" };

  object_class->get_property = sb_company_item_get_property;
  object_class->set_property = sb_company_item_set_property;
  object_class->finalize = sb_company_item_finalize;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags | G_PARAM_WRITABLE);
  properties[PROP_CREDIT_CODE] =
    g_param_spec_string ("credit-code", NULL, NULL, NULL, flags | G_PARAM_WRITABLE);
  for (guint i = 0; i < SB_N_PROGRAMS; i++)
    properties[PROP_TASE + i] =
      g_param_spec_enum (badge_props[i], NULL, NULL, SB_TYPE_BADGE, SB_BADGE_NOT_ASKED, flags);
  properties[PROP_TRADE_FUND_TOTAL] =
    g_param_spec_int64 ("trade-fund-total", NULL, NULL, G_MININT64, G_MAXINT64, SB_UNSET, flags);
  properties[PROP_DEADLINE] =
    g_param_spec_uint ("deadline", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DEADLINE_NAME] =
    g_param_spec_string ("deadline-name", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_company_item_init (SbCompanyItem *self)
{
  for (guint i = 0; i < SB_N_PROGRAMS; i++)
    self->badges[i] = SB_BADGE_NOT_ASKED;
  self->trade_fund_total = SB_UNSET;
}

SbCompanyItem *
sb_company_item_new (gint64 id)
{
  return g_object_new (SB_TYPE_COMPANY_ITEM, "id", id, NULL);
}

/* The message of @program in the store's "tase: …" error lines, or NULL. */
static char *
store_error_for (const char *errors, SbProgram program)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = NULL;

  if (errors == NULL)
    return NULL;
  lines = g_strsplit (errors, "\n", -1);
  prefix = g_strconcat (sb_program_ids[program], ": ", NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i] + strlen (prefix));
  return NULL;
}

SbCompanyItem *
sb_company_item_new_from_store (const SbStoreCompany *company)
{
  SbCompanyItem *self = sb_company_item_new (company->id);
  SbVerdict verdicts[SB_N_PROGRAMS] = {
    company->tase, company->annual_report, company->trade_fund, company->hnte,
  };

  self->name = g_strdup (company->name);
  self->credit_code = g_strdup (company->credit_code);
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    {
      g_autofree char *error = NULL;
      SbBadge badge = SB_BADGE_NOT_ASKED;

      switch (verdicts[p])
        {
        case SB_VERDICT_ELIGIBLE:
          badge = SB_BADGE_QUALIFIES;
          break;
        case SB_VERDICT_NOT_ELIGIBLE:
          badge = SB_BADGE_SHORT;
          break;
        case SB_VERDICT_ERROR:
          badge = SB_BADGE_ERROR;
          error = store_error_for (company->errors, p);
          break;
        case SB_VERDICT_NOT_ASKED:
        default:
          break;
        }
      self->badges[p] = badge;
      self->notes[p] = badge_note (p, badge, 0, 0, company->trade_fund_total, error);
    }
  if (company->trade_fund != SB_VERDICT_NOT_ASKED)
    self->trade_fund_total = company->trade_fund_total;
  return self;
}

gint64
sb_company_item_get_id (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), 0);
  return self->id;
}

const char *
sb_company_item_get_name (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), NULL);
  return self->name;
}

void
sb_company_item_set_name (SbCompanyItem *self, const char *name)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));
  if (set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
sb_company_item_get_credit_code (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), NULL);
  return self->credit_code;
}

void
sb_company_item_set_credit_code (SbCompanyItem *self, const char *code)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));
  if (set_str (&self->credit_code, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIT_CODE]);
}

SbBadge
sb_company_item_get_badge (SbCompanyItem *self, SbProgram program)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), SB_BADGE_NOT_ASKED);
  g_return_val_if_fail (program < SB_N_PROGRAMS, SB_BADGE_NOT_ASKED);
  return self->badges[program];
}

const char *
sb_company_item_get_badge_note (SbCompanyItem *self, SbProgram program)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), NULL);
  g_return_val_if_fail (program < SB_N_PROGRAMS, NULL);
  return self->notes[program] != NULL ? self->notes[program] : "";
}

void
sb_company_item_set_badge (SbCompanyItem *self, SbProgram program, SbBadge badge,
                           const char *note)
{
  gboolean changed;

  g_return_if_fail (SB_IS_COMPANY_ITEM (self));
  g_return_if_fail (program < SB_N_PROGRAMS);

  changed = self->badges[program] != badge;
  changed |= set_str (&self->notes[program], note);
  self->badges[program] = badge;
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), badge_pspec (program));
}

gint64
sb_company_item_get_trade_fund_total (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), SB_UNSET);
  return self->trade_fund_total;
}

static void
set_trade_fund_total (SbCompanyItem *self, gint64 total)
{
  if (self->trade_fund_total == total)
    return;
  self->trade_fund_total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRADE_FUND_TOTAL]);
}

SbDate
sb_company_item_get_deadline (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), SB_DATE_UNSET);
  return self->deadline;
}

const char *
sb_company_item_get_deadline_name (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), NULL);
  return self->deadline_name;
}

void
sb_company_item_set_deadline (SbCompanyItem *self, SbDate date, const char *name)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  if (set_str (&self->deadline_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_NAME]);
  if (self->deadline != date)
    {
      self->deadline = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
    }
}

/* Sets the badge of @program from @evaluation (NULL: failed with @error). */
static void
set_program (SbCompanyItem *self, SbProgram program, gboolean claimed,
             const SbEvaluation *evaluation, const char *error)
{
  g_autofree char *note = NULL;
  guint failed = 0, missing = 0;
  gint64 total = SB_UNSET;
  SbBadge badge;

  if (!claimed)
    badge = SB_BADGE_NOT_ASKED;
  else if (evaluation == NULL)
    badge = SB_BADGE_ERROR;
  else
    switch (program)
      {
      case SB_PROGRAM_TASE:
        badge = sb_badge_from_tase (evaluation->tase);
        if (evaluation->tase != NULL)
          count_checks (evaluation->tase->checks, &failed, &missing);
        break;
      case SB_PROGRAM_ANNUAL_REPORT:
        badge = sb_badge_from_annual (evaluation->annual_report);
        if (evaluation->annual_report != NULL)
          count_checks (evaluation->annual_report->checks, &failed, &missing);
        break;
      case SB_PROGRAM_TRADE_FUND:
        badge = sb_badge_from_trade_fund (evaluation->trade_fund);
        if (evaluation->trade_fund != NULL)
          {
            count_trade_fund (evaluation->trade_fund, &failed, &missing);
            total = evaluation->trade_fund->total;
          }
        break;
      case SB_PROGRAM_HNTE:
      case SB_N_PROGRAMS:
      default:
        badge = sb_badge_from_hnte (evaluation->hnte);
        if (evaluation->hnte != NULL)
          count_checks (evaluation->hnte->checks, &failed, &missing);
        break;
      }
  note = badge_note (program, badge, failed, missing, total, error);
  sb_company_item_set_badge (self, program, badge, note);
  if (program == SB_PROGRAM_TRADE_FUND)
    set_trade_fund_total (self, total);
}

void
sb_company_item_update_from_evaluation (SbCompanyItem *self,
                                        const gboolean claimed[SB_N_PROGRAMS],
                                        const SbEvaluation *evaluation,
                                        const char *error)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    set_program (self, p, claimed[p], evaluation, error);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Keeps @date as the deadline when it is on or after @today and before the
 * best so far. */
static void
consider (SbDate date, const char *name, SbDate today, SbDate *best, const char **best_name)
{
  if (date == SB_DATE_UNSET || date < today)
    return;
  if (*best != SB_DATE_UNSET && date >= *best)
    return;
  *best = date;
  *best_name = name;
}

void
sb_company_item_update_deadline (SbCompanyItem *self, SbPolicySet *policies,
                                 const char * const profiles[SB_N_PROGRAMS], SbDate today)
{
  SbDate best = SB_DATE_UNSET;
  const char *best_name = NULL;
  SbPolicy *policy;

  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  if (profiles[SB_PROGRAM_TASE] != NULL
      && (policy = sb_policy_set_lookup (policies, profiles[SB_PROGRAM_TASE], NULL)) != NULL)
    {
      const SbTaseRules *rules = sb_tase_rules_get (policy, NULL);

      if (rules != NULL)
        {
          consider (rules->deadline_online, _("TASE online application"), today, &best,
                    &best_name);
          consider (rules->deadline_district, _("TASE papers to the district"), today, &best,
                    &best_name);
        }
    }
  if (profiles[SB_PROGRAM_ANNUAL_REPORT] != NULL
      && (policy = sb_policy_set_lookup (policies, profiles[SB_PROGRAM_ANNUAL_REPORT],
                                         NULL)) != NULL)
    {
      const SbTaseRules *rules = sb_tase_rules_get (policy, NULL);

      if (rules != NULL)
        consider (rules->deadline_annual_report, _("TASE annual report"), today, &best,
                  &best_name);
    }
  if (profiles[SB_PROGRAM_TRADE_FUND] != NULL
      && (policy = sb_policy_set_lookup (policies, profiles[SB_PROGRAM_TRADE_FUND],
                                         NULL)) != NULL)
    {
      const SbTradeFundRules *rules = sb_tradefund_rules_get (policy, NULL);
      SbDate district = SB_DATE_UNSET, city = SB_DATE_UNSET;

      if (rules != NULL)
        {
          sb_tradefund_rules_get_deadlines (rules, &district, &city);
          consider (district, _("Trade fund papers to the district"), today, &best, &best_name);
          consider (city, _("Trade fund papers to the city"), today, &best, &best_name);
        }
    }
  /* the HNTE profile has no application deadline (the year's notice sets it) */
  sb_company_item_set_deadline (self, best, best_name);
}

void
sb_company_item_update_from_dossier (SbCompanyItem *self, const SbDossier *d,
                                     SbPolicySet *policies, SbDate today)
{
  const char *profiles[SB_N_PROGRAMS] = {
    d->tase != NULL ? d->tase->profile : NULL,
    d->annual_report != NULL ? d->annual_report->profile : NULL,
    d->trade_fund != NULL ? d->trade_fund->profile : NULL,
    NULL,
  };

  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  sb_company_item_set_name (self, d->company.name);
  sb_company_item_set_credit_code (self, d->company.credit_code);
  /* each program on its own, as the store lists them: one that cannot be
   * evaluated leaves the others' badges */
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    {
      SbDossier only = *d;
      g_autoptr(SbEvaluation) evaluation = NULL;
      g_autoptr(GError) error = NULL;
      gboolean claimed;

      only.tase = p == SB_PROGRAM_TASE ? d->tase : NULL;
      only.annual_report = p == SB_PROGRAM_ANNUAL_REPORT ? d->annual_report : NULL;
      only.trade_fund = p == SB_PROGRAM_TRADE_FUND ? d->trade_fund : NULL;
      only.hnte = p == SB_PROGRAM_HNTE ? d->hnte : NULL;
      claimed = only.tase != NULL || only.annual_report != NULL || only.trade_fund != NULL
                || only.hnte != NULL;
      if (claimed)
        evaluation = sb_evaluate (&only, policies, today, &error);
      set_program (self, p, claimed, evaluation, error != NULL ? error->message : NULL);
    }
  sb_company_item_update_deadline (self, policies, profiles, today);
  g_object_thaw_notify (G_OBJECT (self));
}
