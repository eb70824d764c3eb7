/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-report.h: what an evaluation found: checks with their figures, and amounts.
 *
 * A check is one condition of RULES.md for one year (or for the company).  Its
 * figures are kept exact (ratios, fen) for the window and formatted as the
 * dossier contract writes them (four-decimal ratios, two-decimal yuan). */
#pragma once

#include <json-glib/json-glib.h>

#include "sb-money.h"

G_BEGIN_DECLS

typedef enum
{
  SB_STATUS_PASS,
  SB_STATUS_FAIL,
  SB_STATUS_MISSING,
  SB_STATUS_DECLARED,
  SB_STATUS_NOT_APPLICABLE,
} SbStatus;

const char *sb_status_to_string (SbStatus status);   /* "pass", "fail", … */

typedef enum
{
  SB_UNIT_NONE,
  SB_UNIT_RATIO,    /* value/threshold are ratios */
  SB_UNIT_FEN,      /* money */
  SB_UNIT_PERSONS,  /* headcount */
  SB_UNIT_POINTS,   /* whole points */
  SB_UNIT_DAYS,
  SB_UNIT_COUNT,    /* a whole count of things (firms served, items) */
} SbUnit;

typedef struct
{
  const char *id;          /* static: "tase.degree_staff" */
  int         year;        /* 0: a company-level check */
  SbStatus    status;

  SbUnit      value_unit;  /* SB_UNIT_RATIO or SB_UNIT_POINTS, or NONE */
  SbRatio     value;       /* ratio, or points as n/1 */
  SbRatio     value_high;  /* points only (hnte.innovation); den 0 otherwise */
  SbRatio     threshold;

  SbUnit      shortfall_unit;  /* FEN, PERSONS, POINTS; NONE: no shortfall */
  gint64      shortfall;

  char       *note;        /* why, in the user's words (translated), or NULL */
} SbCheck;

/* A new check, appended to @checks (a GPtrArray owning SbCheck*). */
SbCheck    *sb_check_add          (GPtrArray *checks, const char *id, int year,
                                   SbStatus status);
/* Sets a ratio value and threshold; the status follows from them
 * (pass when value >= threshold, missing when the denominator is 0). */
void        sb_check_set_ratio    (SbCheck *check, SbRatio value, SbRatio threshold);
void        sb_check_set_note     (SbCheck *check, const char *format, ...) G_GNUC_PRINTF (2, 3);
/* A company-level check on a yes/no answer: @value true gives @if_true
 * (SB_STATUS_PASS for a fact, SB_STATUS_DECLARED for the company's own
 * declaration), false gives fail with @note_false, absent gives missing with
 * @note_missing (either note may be NULL). */
SbCheck    *sb_check_add_tri      (GPtrArray *checks, const char *id, SbTri value,
                                   SbStatus if_true, const char *note_false,
                                   const char *note_missing);
/* A company-level check that @region is one of @regions: missing when
 * @region is NULL or empty, pass when listed, fail otherwise.  No note. */
SbCheck    *sb_check_add_region   (GPtrArray *checks, const char *id,
                                   const char * const *regions, const char *region);
void        sb_check_free         (SbCheck *check);
GPtrArray  *sb_checks_new         (void);

/* TRUE when every check is pass, declared or not_applicable. */
gboolean    sb_checks_all_pass    (GPtrArray *checks);
/* The first check with @id (and @year, 0 for any), or NULL. */
SbCheck    *sb_checks_find        (GPtrArray *checks, const char *id, int year);

/* The contract's JSON for one check / a list of checks (DOSSIER.md): members
 * id, year (when not 0), value, value_high, threshold, status, shortfall. */
JsonNode   *sb_check_to_json      (const SbCheck *check);
JsonNode   *sb_checks_to_json     (GPtrArray *checks);
/* A money string node ("420000.00"), or a null node for SB_UNSET. */
JsonNode   *sb_money_json_node    (gint64 fen);

G_END_DECLS
