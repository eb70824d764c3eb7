/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-duties.h: every duty of every client on one calendar — dates in,
 * duties out, nothing else read.
 *
 * A company's duties: the deadlines of the profiles its applications are
 * under (every "deadline_*" date of the profile), and for each recognition
 * (sb-lifecycle.h) the annual reports not filed yet (TASE annual
 * information by the profile's date; HNTE annual development report by the
 * end of May), the review due (TASE 复审; HNTE new recognition), the expiry,
 * and the change reports not filed. */
#pragma once

#include "sb-dossier.h"
#include "sb-policy.h"

G_BEGIN_DECLS

typedef enum
{
  SB_DUTY_DEADLINE,        /* a profile's application deadline */
  SB_DUTY_ANNUAL_REPORT,   /* an annual report of a recognition */
  SB_DUTY_REVIEW,          /* TASE review, HNTE new recognition */
  SB_DUTY_EXPIRY,          /* the recognition runs out */
  SB_DUTY_CHANGE_REPORT,   /* a change to report */
} SbDutyKind;

typedef struct
{
  SbDate      date;
  SbDutyKind  kind;
  char       *program;      /* "tase", "annual_report", "hnte", "tradefund" */
  gint64      company_id;
  char       *company;      /* the company's name ("" when it has none) */
  char       *title;        /* what is due, in the user's language */
  char       *profile_id;   /* DEADLINE: the profile; else the rules' profile or NULL */
  char       *key;          /* DEADLINE: the profile's parameter ("deadline_online") */
  int         year;         /* ANNUAL_REPORT: the year reported on; else 0 */
} SbDuty;

void       sb_duty_free            (SbDuty *duty);
/* The duties of one company (a GPtrArray owning SbDuty*, in date order).
 * Reports already filed are not duties. */
GPtrArray *sb_duties_for_dossier   (const SbDossier *d, gint64 company_id,
                                    SbPolicySet *policies);
/* Appends the duties of @from to @to (taking them) and sorts @to by date,
 * then company name, then title. */
void       sb_duties_merge         (GPtrArray *to, GPtrArray *from);
void       sb_duties_sort          (GPtrArray *duties);
/* An obligation that stays due after its date (an annual or change report
 * not filed), as against a deadline that simply passed. */
gboolean   sb_duty_stays_due       (const SbDuty *duty);
/* The agenda from @from to @to (both included; unset: open), plus, when
 * @with_overdue, the obligations before @from still due (borrowed
 * pointers into @duties, in order). */
GPtrArray *sb_duties_agenda        (GPtrArray *duties, SbDate from, SbDate to,
                                    gboolean with_overdue);
/* The duty a company's row shows: the earliest obligation overdue at
 * @today, else the next duty on or after @today; NULL when none. */
const SbDuty *sb_duties_next       (GPtrArray *duties, SbDate today);
/* The duty's kind in words ("截止", "年度报告" …, translated). */
const char *sb_duty_kind_label     (SbDutyKind kind);

G_END_DECLS
