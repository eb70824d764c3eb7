/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-duties.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-lifecycle.h"
#include "sb-policy-meta.h"

void
sb_duty_free (SbDuty *duty)
{
  if (duty == NULL)
    return;
  g_free (duty->program);
  g_free (duty->company);
  g_free (duty->title);
  g_free (duty->profile_id);
  g_free (duty->key);
  g_free (duty);
}

static SbDuty *
duty_add (GPtrArray *out, SbDutyKind kind, SbDate date, const char *program, gint64 id,
          const char *company, char *title, const char *profile_id)
{
  SbDuty *d = g_new0 (SbDuty, 1);

  d->kind = kind;
  d->date = date;
  d->program = g_strdup (program);
  d->company_id = id;
  d->company = g_strdup (company != NULL ? company : "");
  d->title = title;
  d->profile_id = g_strdup (profile_id);
  g_ptr_array_add (out, d);
  return d;
}

/* Every date parameter "deadline_*" of the profile @id. */
static void
add_deadlines (GPtrArray *out, SbPolicySet *policies, const char *id, const char *program,
               gint64 company_id, const char *company, const char *only_key)
{
  SbPolicy *p = id != NULL ? sb_policy_set_lookup (policies, id, NULL) : NULL;
  GPtrArray *names;

  if (p == NULL)
    return;
  names = sb_policy_get_param_names (p);
  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      SbDate date;
      SbDuty *d;

      if (!g_str_has_prefix (key, "deadline_"))
        continue;
      /* the annual report's date belongs to the annual report claim */
      if (only_key != NULL ? !g_str_equal (key, only_key)
                           : g_str_equal (key, "deadline_annual_report"))
        continue;
      if (!sb_policy_get_date (p, key, &date, NULL))
        continue;
      d = duty_add (out, SB_DUTY_DEADLINE, date, program, company_id, company,
                    /* TRANSLATORS: program's short name, then the deadline's name */
                    g_strdup_printf (_("%s: %s"), sb_program_short_label (g_str_equal (program, "annual_report")
                                                                          ? "tase" : program),
                                     sb_policy_param_label (key)),
                    id);
      d->key = g_strdup (key);
    }
}

static void
add_recognition (GPtrArray *out, const SbRecognition *r, const SbDossier *dossier,
                 gint64 id, SbPolicySet *policies)
{
  const char *company = dossier->company.name;
  const char *claim = NULL;
  SbLifecycleRules rules = { .valid_years = 3, .report_month = 5 };
  gboolean tase = g_str_equal (r->program, "tase");
  g_autoptr(GArray) reports = NULL;
  SbDate review, expires;

  if (tase && dossier->tase != NULL)
    claim = dossier->tase->profile;
  else if (!tase && dossier->hnte != NULL)
    claim = dossier->hnte->profile;
  if (!sb_lifecycle_rules_for (policies, r->program, dossier->company.region, claim, &rules)
      && tase)
    {
      rules.report_month = 6;
      rules.report_day = 30;
    }
  for (guint i = 0; i < r->change_reports->len; i++)
    {
      SbChangeReport *c = g_ptr_array_index (r->change_reports, i);

      if (!c->filed && c->date != SB_DATE_UNSET)
        duty_add (out, SB_DUTY_CHANGE_REPORT, c->date, r->program, id, company,
                  g_strdup_printf (_("%s change report: %s"), sb_program_short_label (r->program),
                                   c->subject),
                  NULL);
    }
  if (r->recognized_on == SB_DATE_UNSET)
    return;
  reports = sb_recognition_annual_reports (r, &rules);
  for (guint i = 0; i < reports->len; i++)
    {
      SbAnnualDue *a = &g_array_index (reports, SbAnnualDue, i);
      SbDuty *d;

      if (a->filed)
        continue;
      d = duty_add (out, SB_DUTY_ANNUAL_REPORT, a->due, r->program, id, company,
                    g_strdup_printf (tase ? _("TASE annual information report %d")
                                          : _("HNTE annual development report %d"), a->year),
                    NULL);
      d->year = a->year;
    }
  review = sb_recognition_review_due (r, &rules);
  expires = sb_recognition_expires (r, &rules);
  duty_add (out, SB_DUTY_REVIEW, review, r->program, id, company,
            g_strdup (tase ? _("TASE review (复审) due") : _("HNTE new recognition due")), NULL);
  duty_add (out, SB_DUTY_EXPIRY, expires, r->program, id, company,
            g_strdup_printf (_("%s recognition expires"), sb_program_short_label (r->program)),
            NULL);
}

GPtrArray *
sb_duties_for_dossier (const SbDossier *d, gint64 company_id, SbPolicySet *policies)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_duty_free);
  g_autoptr(GPtrArray) recognitions = sb_recognitions_from_extra (d->extra, NULL);
  const char *name = d->company.name;

  if (d->tase != NULL)
    add_deadlines (out, policies, d->tase->profile, "tase", company_id, name, NULL);
  if (d->annual_report != NULL)
    add_deadlines (out, policies, d->annual_report->profile, "annual_report", company_id, name,
                   "deadline_annual_report");
  if (d->hnte != NULL)
    add_deadlines (out, policies, d->hnte->profile, "hnte", company_id, name, NULL);
  if (d->trade_fund != NULL)
    add_deadlines (out, policies, d->trade_fund->profile, "tradefund", company_id, name, NULL);
  for (guint i = 0; recognitions != NULL && i < recognitions->len; i++)
    add_recognition (out, g_ptr_array_index (recognitions, i), d, company_id, policies);
  sb_duties_sort (out);
  return out;
}

static int
compare_duties (gconstpointer a, gconstpointer b)
{
  const SbDuty *x = *(const SbDuty * const *) a, *y = *(const SbDuty * const *) b;
  int c;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if ((c = g_strcmp0 (x->company, y->company)) != 0)
    return c;
  if (x->company_id != y->company_id)
    return x->company_id < y->company_id ? -1 : 1;
  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return g_strcmp0 (x->title, y->title);
}

void
sb_duties_sort (GPtrArray *duties)
{
  g_ptr_array_sort (duties, compare_duties);
}

void
sb_duties_merge (GPtrArray *to, GPtrArray *from)
{
  g_ptr_array_set_free_func (from, NULL);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_ptr_array_index (from, i));
  g_ptr_array_set_size (from, 0);
  sb_duties_sort (to);
}

gboolean
sb_duty_stays_due (const SbDuty *duty)
{
  return duty->kind == SB_DUTY_ANNUAL_REPORT || duty->kind == SB_DUTY_CHANGE_REPORT;
}

GPtrArray *
sb_duties_agenda (GPtrArray *duties, SbDate from, SbDate to, gboolean with_overdue)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < duties->len; i++)
    {
      SbDuty *d = g_ptr_array_index (duties, i);
      gboolean before = from != SB_DATE_UNSET && d->date < from;
      gboolean after = to != SB_DATE_UNSET && d->date > to;

      if (after)
        continue;
      if (before && !(with_overdue && sb_duty_stays_due (d)))
        continue;
      g_ptr_array_add (out, d);
    }
  return out;
}

const SbDuty *
sb_duties_next (GPtrArray *duties, SbDate today)
{
  const SbDuty *next = NULL;

  for (guint i = 0; i < duties->len; i++)
    {
      const SbDuty *d = g_ptr_array_index (duties, i);

      if (d->date < today && sb_duty_stays_due (d))
        return d;            /* the oldest overdue obligation first */
      if (d->date >= today && next == NULL)
        next = d;
    }
  return next;
}

const char *
sb_duty_kind_label (SbDutyKind kind)
{
  switch (kind)
    {
    case SB_DUTY_DEADLINE:
      return _("Deadline");
    case SB_DUTY_ANNUAL_REPORT:
      return _("Annual report");
    case SB_DUTY_REVIEW:
      return _("Review");
    case SB_DUTY_EXPIRY:
      return _("Expiry");
    case SB_DUTY_CHANGE_REPORT:
    default:
      return _("Change report");
    }
}
