/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-item.c: one company of the sidebar and the portfolio. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-item.h"
#include "sb-duties.h"

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
  char    *sort_key;     /* collation key of the name, made when first asked */
  char    *search_text;  /* name and code, case-folded, made when first asked */
};

G_DEFINE_FINAL_TYPE (SbCompanyItem, sb_company_item, G_TYPE_OBJECT)

static void set_trade_fund_total (SbCompanyItem *self, gint64 total);

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
  g_free (self->sort_key);
  g_free (self->search_text);
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
      self->notes[p] = sb_badge_note (p, badge, 0, 0, company->trade_fund_total, error);
    }
  if (company->trade_fund != SB_VERDICT_NOT_ASKED)
    self->trade_fund_total = company->trade_fund_total;
  return self;
}

SbCompanyItem *
sb_company_item_clone (SbCompanyItem *self)
{
  SbCompanyItem *copy;

  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), NULL);

  copy = sb_company_item_new (self->id);
  copy->name = g_strdup (self->name);
  copy->credit_code = g_strdup (self->credit_code);
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    {
      copy->badges[p] = self->badges[p];
      copy->notes[p] = g_strdup (self->notes[p]);
    }
  copy->trade_fund_total = self->trade_fund_total;
  copy->deadline = self->deadline;
  copy->deadline_name = g_strdup (self->deadline_name);
  return copy;
}

void
sb_company_item_take_verdicts (SbCompanyItem *self, SbCompanyItem *from)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));
  g_return_if_fail (SB_IS_COMPANY_ITEM (from));

  g_object_freeze_notify (G_OBJECT (self));
  sb_company_item_set_name (self, from->name);
  sb_company_item_set_credit_code (self, from->credit_code);
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    sb_company_item_set_badge (self, p, from->badges[p], from->notes[p]);
  set_trade_fund_total (self, from->trade_fund_total);
  sb_company_item_set_deadline (self, from->deadline, from->deadline_name);
  g_object_thaw_notify (G_OBJECT (self));
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
    {
      g_clear_pointer (&self->sort_key, g_free);
      g_clear_pointer (&self->search_text, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
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
    {
      g_clear_pointer (&self->search_text, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIT_CODE]);
    }
}

char *
sb_company_item_fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normal != NULL ? normal : text, -1);
}

const char *
sb_company_item_get_sort_key (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), "");

  if (self->sort_key == NULL)
    self->sort_key = g_utf8_collate_key (self->name != NULL && *self->name != '\0'
                                         ? self->name : _("(no name)"), -1);
  return self->sort_key;
}

const char *
sb_company_item_get_search_text (SbCompanyItem *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_ITEM (self), "");

  if (self->search_text == NULL)
    {
      g_autofree char *name = sb_company_item_fold (self->name);
      g_autofree char *code = sb_company_item_fold (self->credit_code);

      self->search_text = g_strconcat (name, "\n", code, NULL);
    }
  return self->search_text;
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
    badge = sb_badge_from_evaluation (evaluation, program, &failed, &missing);
  if (program == SB_PROGRAM_TRADE_FUND && evaluation != NULL && evaluation->trade_fund != NULL)
    total = evaluation->trade_fund->total;
  note = sb_badge_note (program, badge, failed, missing, total, error);
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

static void update_programs (SbCompanyItem *self, const SbDossier *d, SbPolicySet *policies,
                             SbDate today, gboolean only_short);

void
sb_company_item_update_from_dossier (SbCompanyItem *self, const SbDossier *d,
                                     SbPolicySet *policies, SbDate today)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  update_programs (self, d, policies, today, FALSE);
}

void
sb_company_item_refine_from_dossier (SbCompanyItem *self, const SbDossier *d,
                                     SbPolicySet *policies, SbDate today)
{
  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  update_programs (self, d, policies, today, TRUE);
}

/* Every program's badge from @d, or (@only_short) only the badges the
 * store's verdict leaves open — "not eligible" may be short or missing
 * data; a verdict kept by the store is not computed again (issue 11). */
static void
update_programs (SbCompanyItem *self, const SbDossier *d, SbPolicySet *policies, SbDate today,
                 gboolean only_short)
{
  const char *profiles[SB_N_PROGRAMS] = {
    d->tase != NULL ? d->tase->profile : NULL,
    d->annual_report != NULL ? d->annual_report->profile : NULL,
    d->trade_fund != NULL ? d->trade_fund->profile : NULL,
    NULL,
  };

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
      if (only_short && claimed == (self->badges[p] != SB_BADGE_NOT_ASKED)
          && self->badges[p] != SB_BADGE_SHORT)
        continue;
      if (claimed)
        evaluation = sb_evaluate (&only, policies, today, &error);
      set_program (self, p, claimed, evaluation, error != NULL ? error->message : NULL);
    }
  (void) profiles;
  sb_company_item_update_duties (self, d, policies, today);
  g_object_thaw_notify (G_OBJECT (self));
}

void
sb_company_item_update_duties (SbCompanyItem *self, const SbDossier *d, SbPolicySet *policies,
                               SbDate today)
{
  g_autoptr(GPtrArray) duties = sb_duties_for_dossier (d, sb_company_item_get_id (self), policies);
  const SbDuty *next = sb_duties_next (duties, today);

  g_return_if_fail (SB_IS_COMPANY_ITEM (self));

  if (next == NULL)
    sb_company_item_set_deadline (self, SB_DATE_UNSET, NULL);
  else if (next->date < today)
    {
      /* TRANSLATORS: an obligation past its date: "逾期：HNTE annual development report 2025" */
      g_autofree char *what = g_strdup_printf (_("Overdue: %s"), next->title);
      sb_company_item_set_deadline (self, next->date, what);
    }
  else
    sb_company_item_set_deadline (self, next->date, next->title);
}
