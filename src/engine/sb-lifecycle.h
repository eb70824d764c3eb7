/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-lifecycle.h: a recognition is not one event.  Per company and program
 * (TASE, HNTE): the recognition date and certificate number, its validity
 * (TASE 3 years, then 复审; HNTE 3 years — the profiles' review_years and
 * validity_years), the years whose annual report is due and their state
 * (待报/已报), the review due, and the change reports.
 *
 * In a dossier it is the top-level key "recognitions" (a list; the store and
 * the model carry it, so it survives export and import):
 *
 *   "recognitions": [
 *     { "program": "hnte", "recognized_on": "2023-12-08",
 *       "certificate_no": "GR202333001234", "valid_years": 3,
 *       "annual_reports": [ { "year": 2023, "state": "filed", "filed_on": "2024-05-20" } ],
 *       "change_reports": [ { "date": "2025-03-01", "subject": "名称变更", "state": "due" } ] } ] */
#pragma once

#include <json-glib/json-glib.h>

#include "sb-date.h"
#include "sb-policy.h"

G_BEGIN_DECLS

typedef struct
{
  SbDate   date;       /* the change (or unset) */
  char    *subject;    /* 名称变更, 经营范围变更 … */
  gboolean filed;
} SbChangeReport;

typedef struct
{
  char      *program;          /* "tase" or "hnte" */
  SbDate     recognized_on;    /* the certificate's date; unset: not entered yet */
  char      *certificate_no;
  int        valid_years;      /* 0: the profile's */
  GArray    *filed_years;      /* int: years whose annual report is filed */
  GArray    *filed_on;         /* SbDate, parallel to filed_years (unset: not known) */
  GPtrArray *change_reports;   /* SbChangeReport* */
  JsonObject *extra;           /* members not modelled (kept), or NULL */
} SbRecognition;

SbRecognition *sb_recognition_new          (const char *program);
SbRecognition *sb_recognition_copy         (const SbRecognition *self);
void           sb_recognition_free         (SbRecognition *self);
/* From one object of "recognitions"; NULL and SB_ENGINE_ERROR_INVALID_INPUT
 * naming the key ("recognitions[0].recognized_on") when ill-typed. */
SbRecognition *sb_recognition_from_json    (JsonObject *object, guint index, GError **error);
JsonObject    *sb_recognition_to_json      (const SbRecognition *self);
/* Every recognition of a dossier's extra keys (its "recognitions" member):
 * a new array of SbRecognition*, empty when absent. */
GPtrArray     *sb_recognitions_from_extra  (JsonObject *dossier_extra, GError **error);

gboolean       sb_recognition_is_filed     (const SbRecognition *self, int year);
/* Marks @year's annual report filed on @on (unset: date not known) or due. */
void           sb_recognition_set_filed    (SbRecognition *self, int year, gboolean filed,
                                            SbDate on);
SbChangeReport *sb_change_report_new       (SbDate date, const char *subject, gboolean filed);
void           sb_change_report_free       (SbChangeReport *self);

/* What a program's profile says of a recognition's life. */
typedef struct
{
  int    valid_years;          /* TASE review_years, HNTE validity_years */
  int    report_month;         /* the annual report of year Y is due in Y+1 by … */
  int    report_day;           /* … this month and day (HNTE: the month's last day) */
  SbDate review_deadline;      /* TASE: the profile's online deadline (its year), or unset */
} SbLifecycleRules;

/* The rules from @policy (a TASE or HNTE profile).  FALSE with the
 * getters' error for another program or a bad profile. */
gboolean       sb_lifecycle_rules_from_policy (SbPolicy *policy, SbLifecycleRules *out,
                                               GError **error);

/* The last day of validity: the day before the @years-th anniversary of
 * @from (an anniversary that falls on a missing 29 February is 1 March). */
SbDate         sb_lifecycle_expiry        (SbDate from, int years);
/* The recognition's own validity (its valid_years, else @rules'). */
int            sb_recognition_valid_years (const SbRecognition *self,
                                           const SbLifecycleRules *rules);
SbDate         sb_recognition_expires     (const SbRecognition *self,
                                           const SbLifecycleRules *rules);

typedef struct
{
  int      year;      /* the year reported on */
  SbDate   due;       /* by this date (in year + 1) */
  gboolean filed;     /* 已报; FALSE: 待报 */
  SbDate   filed_on;
} SbAnnualDue;

/* The annual reports of a recognition: one per year from the recognition
 * year to the last year of validity (a GArray of SbAnnualDue, oldest first;
 * empty when the recognition date is not entered). */
GArray        *sb_recognition_annual_reports (const SbRecognition *self,
                                              const SbLifecycleRules *rules);
/* When the review (TASE 复审) or the new recognition (HNTE) is due: the
 * profile's deadline when it falls in the expiry year before the expiry,
 * else the expiry date itself.  Unset without a recognition date. */
SbDate         sb_recognition_review_due     (const SbRecognition *self,
                                              const SbLifecycleRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbRecognition, sb_recognition_free)

G_END_DECLS

G_BEGIN_DECLS

/* The rules of a company's recognition of @program: from profile
 * @profile_id when it is of that program (the company's claim), else the
 * profile that covers @region, else the newest of the program.  FALSE when
 * the set has no profile of the program. */
gboolean       sb_lifecycle_rules_for      (SbPolicySet *set, const char *program,
                                            const char *region, const char *profile_id,
                                            SbLifecycleRules *out);

G_END_DECLS
