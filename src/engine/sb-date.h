/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-date.h: calendar dates as Julian day numbers (0 = no date). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef guint32 SbDate;   /* GDate Julian day, 1 = 0001-01-01; 0 = unset */

#define SB_DATE_UNSET ((SbDate) 0)

/* Strict YYYY-MM-DD of a real date. */
gboolean sb_date_parse   (const char *text, SbDate *out);
SbDate   sb_date_from_ymd (int year, int month, int day);
char    *sb_date_format  (SbDate date);
int      sb_date_year    (SbDate date);
SbDate   sb_date_today   (void);

/* A closed interval of dates, both ends included. */
typedef struct
{
  SbDate start;
  SbDate end;
} SbPeriod;

static inline gboolean
sb_period_contains (SbPeriod p, SbDate d)
{
  return d != SB_DATE_UNSET && d >= p.start && d <= p.end;
}

G_END_DECLS
