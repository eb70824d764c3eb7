/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase.h: TASE recognition and review (RULES.md §1) and the annual
 * information report (§2). */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"
#include "sb-report.h"

G_BEGIN_DECLS

/* One business of the catalogue (RULES.md §1.4), as the profile lists it. */
typedef struct
{
  char *code;          /* "ITO.software_dev" */
  char *group;         /* "信息技术外包服务（ITO）" */
  char *name;          /* "软件研发及开发服务" */
  char *description;   /* the 适用范围 text of the catalogue, for help text */
} SbTaseCategory;

/* The TASE parameters of a profile, compiled once and cached on the policy.
 * Every figure comes from the profile (params.KEY); the window reads the
 * fields directly. */
typedef struct _SbTaseRules SbTaseRules;
struct _SbTaseRules
{
  char      **regions;            /* accepted region codes */
  char       *regions_note;       /* the profile's interpretation, or NULL */
  gboolean    has_review;         /* review (复审) is possible */
  int         review_years;       /* years a review tests; 0 without review */
  gboolean    clean_record;       /* tase.clean_record applies */
  gboolean    mofcom_registered;  /* tase.mofcom_registered applies */
  SbRatio     degree_staff_min;
  SbRatio     tase_revenue_min;
  SbRatio     offshore_revenue_min;
  SbRatio     tax_rate_standard;
  SbRatio     tax_rate_reduced;
  GPtrArray  *catalogue;          /* SbTaseCategory*, profile order */
  char       *catalogue_note;     /* the profile's interpretation, or NULL */
  char      **materials;          /* the notice's materials checklist */
  char      **materials_2024;     /* the 2024 list of [001], a checklist of its own */
  gint64      business_statement_min_chars;  /* 0: no minimum */
  SbDate      deadline_online;
  SbDate      deadline_district;
  SbDate      deadline_annual_report;        /* SB_DATE_UNSET: the profile has none */
  gboolean    registration_evidence;  /* RULES.md §1.6 applies (Dalian); optional key */
};

/* Fails naming the first missing or ill-typed key.  The rules belong to
 * @policy (cached on it); do not free them. */
const SbTaseRules    *sb_tase_rules_get         (SbPolicy *policy, GError **error);

/* Adds copies of the profile's catalogue codes to @codes, a set of char* that
 * owns its keys (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)). */
void                  sb_tase_rules_add_catalogue (const SbTaseRules *rules, GHashTable *codes);
/* The catalogue entry of @code, or NULL. */
const SbTaseCategory *sb_tase_rules_find_category (const SbTaseRules *rules, const char *code);
/* TRUE when @region is one of the profile's region codes. */
gboolean              sb_tase_rules_accepts_region (const SbTaseRules *rules, const char *region);

/* The length of a business statement as RULES.md §1.3 counts it: the
 * characters of the text, white space left out. */
glong                 sb_tase_statement_length  (const char *text);

/* The figures of one tested year, exact, for the window and the tables. */
typedef struct
{
  int      year;
  gint64   total_revenue;      /* 收入总额 − 不征税收入, SB_UNSET: missing */
  gint64   catalogue_revenue;  /* SB_UNSET: missing */
  gint64   offshore_revenue;   /* SB_UNSET: missing */
  gboolean from_contracts;     /* revenue summed from the contract list */
  SbRatio  degree_avg;         /* average degree staff (fraction); den 0: no months */
  SbRatio  total_avg;          /* average total staff (fraction); den 0: no months */
  guint    staff_months;       /* months of operation averaged over */
  int      incomplete_month;   /* a month lacking a count (or with more degree staff
                                * than staff): the averages are missing; 0: none */
} SbTaseYearFigures;

/* The figures of @year (NULL: a year absent from the dossier: all missing).
 * Appends translated warnings to @warnings (may be NULL) when a contract
 * list and the year's figures disagree. */
/* TRUE when the year's catalogue and offshore revenue come from its
 * contracts: the year's optional key "revenue_source" ("contracts" /
 * "totals"), else the contracts when the year lists any. */
gboolean sb_tase_year_uses_contracts (const SbYear *y);
void                  sb_tase_year_figures      (const SbYear *year, int year_number,
                                                 SbTaseYearFigures *out,
                                                 GPtrArray *warnings);

/* The evidence owed for a registration gap (RULES.md §1.6), one per year
 * and kind. */
typedef enum
{
  SB_TASE_EVIDENCE_OFFSHORE,   /* 合同执行额登记 of offshore contracts against 35% */
  SB_TASE_EVIDENCE_TASE,       /* 核定技术性收入 of catalogue contracts against 50% */
} SbTaseEvidenceKind;

typedef struct
{
  int                year;
  SbTaseEvidenceKind kind;
  gint64             registered;  /* the registered amounts, fen */
  gint64             required;    /* share of total revenue, rounded up; SB_UNSET: total missing */
  gint64             gap;         /* required − registered, ≥ 0; SB_UNSET: total missing */
  GPtrArray         *contracts;   /* char*, the contract numbers ("" for a contract
                                   * without one), in the order chosen */
  gint64             uncovered;   /* what the unregistered contracts cannot cover; SB_UNSET */
} SbTaseEvidence;

/* Computes the evidence owed for one year (@y may be NULL).  @threshold is
 * the share of total revenue (35% offshore, 50% TASE).  @chosen (NULL: the
 * program proposes) is the user's own set of contract numbers, in order;
 * numbers that are not unregistered contracts of that kind are left out, with
 * a translated warning added to @warnings (may be NULL). */
SbTaseEvidence       *sb_tase_evidence_compute  (const SbYear *y, int year,
                                                 SbTaseEvidenceKind kind, SbRatio threshold,
                                                 const char * const *chosen,
                                                 GPtrArray *warnings);
/* The user's choice for @year and @kind kept in the claim's extension key
 * "evidence_chosen" ([{"year", "kind": "offshore"|"tase", "contracts": [..]}]),
 * or NULL. */
char                **sb_tase_evidence_chosen   (const SbTaseClaim *claim, int year,
                                                 SbTaseEvidenceKind kind);
void                  sb_tase_evidence_free     (SbTaseEvidence *e);
/* The unregistered contracts of @kind with revenue (const SbContract*,
 * borrowed from @y), largest revenue first, equal revenue by number: those
 * whose copies may cover the gap. */
GPtrArray            *sb_tase_evidence_candidates (const SbYear *y, SbTaseEvidenceKind kind);

typedef struct
{
  gboolean   eligible;
  GPtrArray *checks;       /* SbCheck* */
  gint64     tax_benefit;  /* fen; SB_UNSET: null */
  GPtrArray *evidence;     /* SbTaseEvidence*, oldest year first, offshore then TASE;
                            * NULL when no year used carries registrations */
  GArray    *years;        /* SbTaseYearFigures, oldest first */
  GPtrArray *warnings;     /* char*, translated, for the window and stderr */
  char      *tax_benefit_note;  /* translated caveat shown beside the estimate */
} SbTaseReport;

/* @d must have a tase claim.  Fails (SB_ENGINE_ERROR_INVALID_INPUT) for a
 * claim the profile cannot evaluate (review with a profile without review). */
SbTaseReport *sb_tase_evaluate        (const SbDossier *d, SbPolicy *policy,
                                       GError **error);
/* {"eligible": bool, "checks": [...], "tax_benefit": "420000.00" | null} */
JsonNode     *sb_tase_report_to_json  (const SbTaseReport *report);
void          sb_tase_report_free     (SbTaseReport *report);

/* The annual information report of d->annual_report->year. */
typedef struct
{
  int        year;
  gboolean   eligible;     /* the year still meets the three ratios */
  GPtrArray *checks;
  gint64     tax_benefit;  /* SB_UNSET: null */
  GPtrArray *warnings;
  SbTaseYearFigures figures;    /* the year's figures, for the form */
  char      *tax_benefit_note;  /* translated caveat shown beside the estimate */
} SbAnnualReport;

SbAnnualReport *sb_annual_evaluate       (const SbDossier *d, SbPolicy *policy,
                                          GError **error);
/* {"year": 2024, "eligible": bool, "checks": [...], "tax_benefit": … | null} */
JsonNode       *sb_annual_report_to_json (const SbAnnualReport *report);
void            sb_annual_report_free    (SbAnnualReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbTaseReport, sb_tase_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbAnnualReport, sb_annual_report_free)

G_END_DECLS
