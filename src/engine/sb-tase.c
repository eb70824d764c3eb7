/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase.c: evaluating TASE recognition, review and the annual report (RULES.md §1–2). */
#include "config.h"

#include "sb-tase.h"
#include "sb-region.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-engine-error.h"

/* ---------------------------------------------------------------------- */
/* The figures of a year                                                  */

static void
add_warning (GPtrArray *warnings, char *message)
{
  if (warnings != NULL)
    g_ptr_array_add (warnings, message);
  else
    g_free (message);
}

/* a += b, FALSE on overflow. */
static gboolean
add_fen (gint64 *a, gint64 b)
{
  return !__builtin_add_overflow (*a, b, a);
}

/* A warning when a contract sum and the year's own figure both exist and differ. */
static gboolean
differs (gint64 listed, gint64 figure)
{
  return listed != SB_UNSET && figure != SB_UNSET && listed != figure;
}

static void
warn_if_differs (GPtrArray *warnings, const SbYear *y, const SbTaseYearFigures *f)
{
  if (differs (f->catalogue_revenue, y->tase_revenue))
    {
      g_autofree char *a = sb_money_format (f->catalogue_revenue);
      g_autofree char *b = sb_money_format (y->tase_revenue);

      add_warning (warnings,
                   /* TRANSLATORS: year, two amounts in yuan */
                   g_strdup_printf (_("%d: the catalogue revenue of the contracts (%s) differs "
                                      "from the year's TASE revenue (%s); the contracts are used"),
                                    y->year, a, b));
    }
  if (differs (f->offshore_revenue, y->offshore_revenue))
    {
      g_autofree char *a = sb_money_format (f->offshore_revenue);
      g_autofree char *b = sb_money_format (y->offshore_revenue);

      add_warning (warnings,
                   /* TRANSLATORS: year, two amounts in yuan */
                   g_strdup_printf (_("%d: the offshore revenue of the contracts (%s) differs "
                                      "from the year's offshore revenue (%s); the contracts are "
                                      "used"), y->year, a, b));
    }
}

/* The year's revenue by its contracts or by the totals typed (issue 11): the
 * user's choice, the year's optional key "revenue_source" ("contracts" or
 * "totals"); without it, the contracts when the year lists any (RULES.md
 * §1.2). */
gboolean
sb_tase_year_uses_contracts (const SbYear *y)
{
  JsonNode *n;

  if (y->contracts == NULL || y->contracts->len == 0)
    return FALSE;
  n = y->extra != NULL ? json_object_get_member (y->extra, "revenue_source") : NULL;
  if (n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    {
      if (g_str_equal (json_node_get_string (n), "totals"))
        return FALSE;
    }
  return TRUE;   /* RULES.md §1.2: a year with a contract list */
}

static void
sum_contracts (const SbYear *y, SbTaseYearFigures *out, GPtrArray *warnings)
{
  gint64 catalogue = 0, offshore = 0;
  gboolean catalogue_ok = TRUE, offshore_ok = TRUE;

  for (guint i = 0; i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      const char *no = c->no != NULL ? c->no : "?";

      if (c->category == NULL)
        continue;
      if (c->revenue == SB_UNSET)
        {
          add_warning (warnings, g_strdup_printf (_("%d: contract %s has no revenue for the year"),
                                                  y->year, no));
          catalogue_ok = FALSE;
          if (c->offshore != SB_TRI_FALSE)
            offshore_ok = FALSE;
          continue;
        }
      if (!add_fen (&catalogue, c->revenue))
        catalogue_ok = FALSE;
      if (c->offshore == SB_TRI_TRUE)
        {
          if (!add_fen (&offshore, c->revenue))
            offshore_ok = FALSE;
        }
      else if (c->offshore == SB_TRI_UNSET)
        add_warning (warnings,
                     g_strdup_printf (_("%d: contract %s is not marked offshore or onshore; "
                                        "it is not counted as offshore"), y->year, no));
    }
  out->catalogue_revenue = catalogue_ok ? catalogue : SB_UNSET;
  out->offshore_revenue = offshore_ok ? offshore : SB_UNSET;
  out->from_contracts = TRUE;

  warn_if_differs (warnings, y, out);
}

static void
sum_staff (const SbYear *y, SbTaseYearFigures *out)
{
  gint64 degree = 0, total = 0;
  guint n;

  if (y->staff_months == NULL || y->staff_months->len == 0)
    return;
  n = y->staff_months->len;
  for (guint i = 0; i < n; i++)
    {
      const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);

      if (m->total_start < 0 || m->total_end < 0 || m->degree_start < 0 || m->degree_end < 0
          || m->degree_start > m->total_start || m->degree_end > m->total_end)
        {
          /* a month still being filled in: the averages are missing */
          out->incomplete_month = m->month;
          return;
        }
      degree += m->degree_start + m->degree_end;
      total += m->total_start + m->total_end;
    }
  out->degree_avg = sb_ratio (degree, 2 * (gint64) n);
  out->total_avg = sb_ratio (total, 2 * (gint64) n);
  out->staff_months = n;
}

void
sb_tase_year_figures (const SbYear *y, int year, SbTaseYearFigures *out, GPtrArray *warnings)
{
  memset (out, 0, sizeof *out);
  out->year = year;
  out->total_revenue = SB_UNSET;
  out->catalogue_revenue = SB_UNSET;
  out->offshore_revenue = SB_UNSET;
  out->degree_avg = sb_ratio (0, 0);
  out->total_avg = sb_ratio (0, 0);
  if (y == NULL)
    return;

  /* more non-taxable income than income (being typed): the total is missing */
  if (y->income_total != SB_UNSET
      && (y->non_taxable_income == SB_UNSET || y->non_taxable_income <= y->income_total))
    {
      gint64 non_taxable = y->non_taxable_income != SB_UNSET ? y->non_taxable_income : 0;
      out->total_revenue = y->income_total - non_taxable;
    }

  if (sb_tase_year_uses_contracts (y))
    sum_contracts (y, out, warnings);
  else
    {
      out->catalogue_revenue = y->tase_revenue;
      out->offshore_revenue = y->offshore_revenue;
    }

  sum_staff (y, out);
}

/* ---------------------------------------------------------------------- */
/* Checks                                                                 */

static void
note_append (GString **note, const char *text)
{
  if (text == NULL)
    return;
  if (*note == NULL)
    *note = g_string_new (text);
  else
    {
      g_string_append_c (*note, ' ');
      g_string_append (*note, text);
    }
}

static void
note_set (SbCheck *check, GString *note)
{
  if (note != NULL)
    sb_check_set_note (check, "%s", note->str);
}

static char *
interpretation_note (const char *interpretation)
{
  if (interpretation == NULL)
    return NULL;
  /* TRANSLATORS: the policy profile's explanation of a choice RULES.md leaves open */
  return g_strdup_printf (_("Interpretation: %s"), interpretation);
}

/* Notes every ratio check of a year carries (review, catalogue choice,
 * annual report), appended after the check's own. */
typedef struct
{
  const char *review;     /* NULL unless review mode */
  const char *catalogue;  /* revenue checks only */
  const char *on_fail;    /* added to a failed check */
} YearNotes;

static SbRatio
revenue_ratio (gint64 part, gint64 total)
{
  if (part == SB_UNSET || total == SB_UNSET || total <= 0)
    return sb_ratio (0, 0);
  return sb_ratio (part, total);
}

static void
add_degree_check (GPtrArray *checks, const SbTaseRules *r, const SbTaseYearFigures *f,
                  gboolean present, const YearNotes *notes)
{
  SbCheck *c = sb_check_add (checks, "tase.degree_staff", f->year, SB_STATUS_MISSING);
  SbRatio value = sb_ratio (f->degree_avg.num, f->staff_months > 0 ? f->total_avg.num : 0);
  g_autoptr(GString) note = NULL;

  sb_check_set_ratio (c, value, r->degree_staff_min);
  if (c->status == SB_STATUS_FAIL)
    {
      gint64 x = sb_shortfall (value.num, value.den, r->degree_staff_min, TRUE,
                               2 * (gint64) f->staff_months);
      if (x >= 0)
        {
          c->shortfall_unit = SB_UNIT_PERSONS;
          c->shortfall = x;
        }
    }

  if (!present)
    {
      g_autofree char *s = g_strdup_printf (_("The dossier has no figures for %d."), f->year);
      note_append (&note, s);
    }
  else if (f->incomplete_month != 0)
    {
      g_autofree char *s = g_strdup_printf (_("The staff counts of %d-%02d are incomplete "
                                              "(or count more degree staff than staff)."),
                                            f->year, f->incomplete_month);
      note_append (&note, s);
    }
  else if (f->staff_months == 0)
    {
      g_autofree char *s = g_strdup_printf (_("No monthly staff counts for %d."), f->year);
      note_append (&note, s);
    }
  else if (c->status == SB_STATUS_MISSING)
    {
      g_autofree char *s = g_strdup_printf (_("The average total staff of %d is zero."), f->year);
      note_append (&note, s);
    }
  else if (f->staff_months < 12)
    {
      g_autofree char *s = g_strdup_printf (_("Averaged over the %u months the company operated "
                                              "in %d."), f->staff_months, f->year);
      note_append (&note, s);
    }
  note_append (&note, notes->review);
  if (c->status == SB_STATUS_FAIL)
    note_append (&note, notes->on_fail);
  note_set (c, note);
}

static void
add_revenue_check (GPtrArray *checks, const char *id, SbRatio threshold,
                   const SbTaseYearFigures *f, gint64 part, gboolean present,
                   const char *missing_part, const YearNotes *notes)
{
  SbCheck *c = sb_check_add (checks, id, f->year, SB_STATUS_MISSING);
  SbRatio value = revenue_ratio (part, f->total_revenue);
  g_autoptr(GString) note = NULL;

  sb_check_set_ratio (c, value, threshold);
  if (c->status == SB_STATUS_FAIL)
    {
      /* new catalogue (offshore) revenue is also revenue */
      gint64 x = sb_shortfall (value.num, value.den, threshold, TRUE, 1);
      if (x >= 0)
        {
          c->shortfall_unit = SB_UNIT_FEN;
          c->shortfall = x;
        }
    }

  if (!present)
    {
      g_autofree char *s = g_strdup_printf (_("The dossier has no figures for %d."), f->year);
      note_append (&note, s);
    }
  else if (f->total_revenue == SB_UNSET)
    {
      g_autofree char *s = g_strdup_printf (_("The total income of %d is missing."), f->year);
      note_append (&note, s);
    }
  else if (f->total_revenue <= 0)
    {
      g_autofree char *s = g_strdup_printf (_("The total revenue of %d (total income less "
                                              "non-taxable income) is not above zero."), f->year);
      note_append (&note, s);
    }
  else if (part == SB_UNSET)
    note_append (&note, missing_part);
  note_append (&note, notes->review);
  note_append (&note, notes->catalogue);
  if (c->status == SB_STATUS_FAIL)
    note_append (&note, notes->on_fail);
  note_set (c, note);
}

/* The three ratio checks of one year, its figures appended to @years. */
static void
add_year_checks (GPtrArray *checks, GArray *years, GPtrArray *warnings,
                 const SbTaseRules *r, const SbDossier *d, int year, const YearNotes *notes)
{
  const SbYear *y = sb_dossier_find_year (d, year);
  SbTaseYearFigures f;
  g_autofree char *missing_catalogue = NULL;
  g_autofree char *missing_offshore = NULL;

  sb_tase_year_figures (y, year, &f, warnings);
  if (years != NULL)
    g_array_append_val (years, f);

  missing_catalogue = f.from_contracts
    ? g_strdup_printf (_("A catalogue contract of %d has no revenue."), year)
    : g_strdup_printf (_("The catalogue revenue of %d is missing: enter the contracts or the "
                         "year's TASE revenue."), year);
  missing_offshore = f.from_contracts
    ? g_strdup_printf (_("An offshore contract of %d has no revenue."), year)
    : g_strdup_printf (_("The offshore revenue of %d is missing: enter the contracts or the "
                         "year's offshore revenue."), year);

  add_degree_check (checks, r, &f, y != NULL, notes);
  add_revenue_check (checks, "tase.tase_revenue", r->tase_revenue_min, &f,
                     f.catalogue_revenue, y != NULL, missing_catalogue, notes);
  add_revenue_check (checks, "tase.offshore_revenue", r->offshore_revenue_min, &f,
                     f.offshore_revenue, y != NULL, missing_offshore, notes);
}

static void
add_region_check (GPtrArray *checks, const SbTaseRules *r, const SbDossier *d)
{
  const char *region = d->company.region;
  SbCheck *c = sb_check_add_region (checks, "tase.region", (const char * const *) r->regions,
                                    region);
  g_autoptr(GString) note = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *interp = NULL;

  if (c->status == SB_STATUS_MISSING)
    sb_check_set_note (c, "%s", _("The company's region is not given."));
  if (c->status != SB_STATUS_FAIL)
    return;
  rejected = g_strdup_printf (_("This profile does not accept the region “%s”."),
                              sb_region_name (region));
  interp = interpretation_note (r->regions_note);
  note_append (&note, rejected);
  note_append (&note, interp);
  note_set (c, note);
}

static void
add_legal_entity_check (GPtrArray *checks, const SbDossier *d)
{
  sb_check_add_tri (checks, "tase.legal_entity", d->company.legal_entity, SB_STATUS_PASS,
                    _("The company has no legal-person status."),
                    _("Whether the company has legal-person status is not given."));
}

/* A check resting on a declaration; @applies FALSE: not applicable. */
static SbCheck *
add_declaration_check (GPtrArray *checks, const char *id, SbTri value, gboolean applies)
{
  if (!applies)
    {
      SbCheck *c = sb_check_add (checks, id, 0, SB_STATUS_NOT_APPLICABLE);
      sb_check_set_note (c, "%s", _("This profile's notice does not ask for it."));
      return c;
    }
  return sb_check_add_tri (checks, id, value, SB_STATUS_DECLARED, _("Declared as not met."),
                           _("Not declared yet."));
}

static void
add_mofcom_check (GPtrArray *checks, const SbTaseRules *r, const SbDossier *d,
                  int first, int last)
{
  SbCheck *c = add_declaration_check (checks, "tase.mofcom_registered",
                                      d->declarations.mofcom_registered, r->mofcom_registered);
  g_autoptr(GString) note = NULL;
  g_autofree char *years = NULL;

  if (!r->mofcom_registered)
    return;
  if (c->note != NULL)
    note = g_string_new (c->note);
  years = first == last
    ? g_strdup_printf (_("The software-export and outsourcing data must be registered in the "
                         "MOFCOM outsourcing system for %d."), last)
    : g_strdup_printf (_("The software-export and outsourcing data must be registered in the "
                         "MOFCOM outsourcing system for %d to %d."), first, last);
  note_append (&note, years);
  note_set (c, note);
}

/* taxable income × (standard − reduced), half up; a loss gains nothing. */
static gint64
tax_benefit (const SbTaseRules *r, const SbYear *y)
{
  SbRatio s = r->tax_rate_standard, t = r->tax_rate_reduced;
  SbRatio diff = sb_ratio (s.num * t.den - t.num * s.den, s.den * t.den);

  if (y == NULL || y->taxable_income == SB_UNSET)
    return SB_UNSET;
  if (y->taxable_income <= 0)
    return 0;
  return sb_money_mul_ratio_round (y->taxable_income, diff);
}

/* "25", "12.5": a rate as a percentage, without trailing zeros. */
static char *
percent_string (SbRatio rate)
{
  char *s = sb_ratio_format (sb_ratio (rate.num * 100, rate.den), 4);
  char *end = s + strlen (s) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return s;
}

static char *
tax_benefit_note (const SbTaseRules *r, int year)
{
  g_autofree char *standard = percent_string (r->tax_rate_standard);
  g_autofree char *reduced = percent_string (r->tax_rate_reduced);

  return g_strdup_printf (_("An estimate: the taxable income of %d taxed at %s%% instead of "
                            "the standard %s%%. A small low-profit enterprise, or a company "
                            "already taxed at %s%% as a high and new technology enterprise, "
                            "gains less or nothing."), year, reduced, standard, reduced);
}

/* ---------------------------------------------------------------------- */
/* Recognition and review                                                 */

/* TRUE when a contract of the years @first to @last carries registrations
 * (DOSSIER.md: then the output holds "evidence"). */
static gboolean
years_carry_registrations (const SbDossier *d, int first, int last)
{
  for (int year = first; year <= last; year++)
    {
      const SbYear *y = sb_dossier_find_year (d, year);

      for (guint i = 0; y != NULL && y->contracts != NULL && i < y->contracts->len; i++)
        if (((const SbContract *) g_ptr_array_index (y->contracts, i))->registrations != NULL)
          return TRUE;
    }
  return FALSE;
}

SbTaseReport *
sb_tase_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{
  const SbTaseRules *r;
  const SbTaseClaim *claim;
  g_autoptr(SbTaseReport) report = NULL;
  g_autofree char *review_note = NULL;
  g_autofree char *catalogue_note = NULL;
  YearNotes notes = { NULL, NULL, NULL };
  int n_years, first, last;

  g_return_val_if_fail (d != NULL && policy != NULL, NULL);

  if ((r = sb_tase_rules_get (policy, error)) == NULL)
    return NULL;
  claim = d->tase;
  if (claim == NULL)
    {
      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("tase: the dossier asks for no TASE evaluation"));
      return NULL;
    }
  if (claim->mode == SB_TASE_REVIEW && !r->has_review)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                   _("tase.mode: the policy profile “%s” has no review; use mode “new” or a "
                     "profile with review"), sb_policy_get_id (policy));
      return NULL;
    }

  n_years = claim->mode == SB_TASE_REVIEW ? r->review_years : 1;
  last = claim->apply_year - 1;
  first = claim->apply_year - n_years;

  report = g_new0 (SbTaseReport, 1);
  report->checks = sb_checks_new ();
  report->years = g_array_new (FALSE, TRUE, sizeof (SbTaseYearFigures));
  report->warnings = g_ptr_array_new_with_free_func (g_free);

  add_region_check (report->checks, r, d);
  add_legal_entity_check (report->checks, d);
  add_declaration_check (report->checks, "tase.scope", d->declarations.scope_advanced_tech, TRUE);
  add_declaration_check (report->checks, "tase.clean_record", d->declarations.clean_record_2y,
                         r->clean_record);
  add_mofcom_check (report->checks, r, d, first, last);

  if (claim->mode == SB_TASE_REVIEW)
    {
      review_note = g_strdup_printf (_("Review: each of the %d years %d to %d must meet the "
                                       "three ratios (interpretation)."),
                                     n_years, first, last);
      notes.review = review_note;
    }
  catalogue_note = interpretation_note (r->catalogue_note);
  notes.catalogue = catalogue_note;

  for (int year = first; year <= last; year++)
    add_year_checks (report->checks, report->years, report->warnings, r, d, year, &notes);

  report->eligible = sb_checks_all_pass (report->checks);
  if (r->registration_evidence && years_carry_registrations (d, first, last))
    {
      report->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_tase_evidence_free);
      for (int year = first; year <= last; year++)
        {
          const SbYear *y = sb_dossier_find_year (d, year);

          g_auto(GStrv) offshore = sb_tase_evidence_chosen (claim, year,
                                                            SB_TASE_EVIDENCE_OFFSHORE);
          g_auto(GStrv) tase = sb_tase_evidence_chosen (claim, year, SB_TASE_EVIDENCE_TASE);

          g_ptr_array_add (report->evidence,
                           sb_tase_evidence_compute (y, year, SB_TASE_EVIDENCE_OFFSHORE,
                                                     r->offshore_revenue_min,
                                                     (const char * const *) offshore,
                                                     report->warnings));
          g_ptr_array_add (report->evidence,
                           sb_tase_evidence_compute (y, year, SB_TASE_EVIDENCE_TASE,
                                                     r->tase_revenue_min,
                                                     (const char * const *) tase,
                                                     report->warnings));
        }
    }
  report->tax_benefit = tax_benefit (r, sb_dossier_find_year (d, last));
  report->tax_benefit_note = tax_benefit_note (r, last);
  return g_steal_pointer (&report);
}

/* {"year": …, "eligible": …, "checks": [...], "tax_benefit": …}, "year" only @with_year. */
static JsonNode *
verdict_to_json (gboolean with_year, int year, gboolean eligible, GPtrArray *checks,
                 gint64 tax_benefit)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  if (with_year)
    {
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, year);
    }
  json_builder_set_member_name (b, "eligible");
  json_builder_add_boolean_value (b, eligible);
  json_builder_set_member_name (b, "checks");
  json_builder_add_value (b, sb_checks_to_json (checks));
  json_builder_set_member_name (b, "tax_benefit");
  json_builder_add_value (b, sb_money_json_node (tax_benefit));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static JsonNode *
evidence_to_json (const SbTaseEvidence *e)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, e->year);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, e->kind == SB_TASE_EVIDENCE_OFFSHORE ? "offshore" : "tase");
  json_builder_set_member_name (b, "registered");
  json_builder_add_value (b, sb_money_json_node (e->registered));
  json_builder_set_member_name (b, "required");
  json_builder_add_value (b, sb_money_json_node (e->required));
  json_builder_set_member_name (b, "gap");
  json_builder_add_value (b, sb_money_json_node (e->gap));
  json_builder_set_member_name (b, "contracts");
  json_builder_begin_array (b);
  for (guint i = 0; i < e->contracts->len; i++)
    {
      json_builder_add_string_value (b, g_ptr_array_index (e->contracts, i));
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "uncovered");
  json_builder_add_value (b, sb_money_json_node (e->uncovered));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
sb_tase_report_to_json (const SbTaseReport *report)
{
  JsonNode *node;

  g_return_val_if_fail (report != NULL, NULL);

  node = verdict_to_json (FALSE, 0, report->eligible, report->checks, report->tax_benefit);
  if (report->evidence != NULL)
    {
      JsonArray *a = json_array_sized_new (report->evidence->len);

      for (guint i = 0; i < report->evidence->len; i++)
        json_array_add_element (a, evidence_to_json (g_ptr_array_index (report->evidence, i)));
      json_object_set_array_member (json_node_get_object (node), "evidence", a);
    }
  return node;
}

void
sb_tase_report_free (SbTaseReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->checks, g_ptr_array_unref);
  g_clear_pointer (&report->years, g_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_clear_pointer (&report->evidence, g_ptr_array_unref);
  g_free (report->tax_benefit_note);
  g_free (report);
}

/* ---------------------------------------------------------------------- */
/* Annual information report                                              */

SbAnnualReport *
sb_annual_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{
  const SbTaseRules *r;
  g_autoptr(SbAnnualReport) report = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *catalogue_note = NULL;
  YearNotes notes = { NULL, NULL, NULL };
  int year;

  g_return_val_if_fail (d != NULL && policy != NULL, NULL);

  if ((r = sb_tase_rules_get (policy, error)) == NULL)
    return NULL;
  if (d->annual_report == NULL)
    {
      g_set_error_literal (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("annual_report: the dossier asks for no annual report"));
      return NULL;
    }
  year = d->annual_report->year;

  report = g_new0 (SbAnnualReport, 1);
  report->year = year;
  report->checks = sb_checks_new ();
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  years = g_array_new (FALSE, TRUE, sizeof (SbTaseYearFigures));

  catalogue_note = interpretation_note (r->catalogue_note);
  notes.catalogue = catalogue_note;
  notes.on_fail = _("A company that no longer meets this ratio risks its qualification.");
  add_year_checks (report->checks, years, report->warnings, r, d, year, &notes);
  report->figures = g_array_index (years, SbTaseYearFigures, 0);

  report->eligible = sb_checks_all_pass (report->checks);
  report->tax_benefit = tax_benefit (r, sb_dossier_find_year (d, year));
  report->tax_benefit_note = tax_benefit_note (r, year);
  return g_steal_pointer (&report);
}

JsonNode *
sb_annual_report_to_json (const SbAnnualReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return verdict_to_json (TRUE, report->year, report->eligible, report->checks,
                          report->tax_benefit);
}

void
sb_annual_report_free (SbAnnualReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->checks, g_ptr_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_free (report->tax_benefit_note);
  g_free (report);
}
