/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-date.h"

gboolean
sb_date_parse (const char *text, SbDate *out)
{
  int v[3] = { 0, 0, 0 };
  const int widths[3] = { 4, 2, 2 };
  const char *p = text;

  if (text == NULL)
    return FALSE;
  for (int f = 0; f < 3; f++)
    {
      for (int i = 0; i < widths[f]; i++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          v[f] = v[f] * 10 + (*p - '0');
        }
      if (f < 2 && *p++ != '-')
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1
      || v[2] > g_date_get_days_in_month ((GDateMonth) v[1], (GDateYear) v[0]))
    return FALSE;
  *out = sb_date_from_ymd (v[0], v[1], v[2]);
  return TRUE;
}

SbDate
sb_date_from_ymd (int year, int month, int day)
{
  GDate d;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return SB_DATE_UNSET;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&d);
}

static void
to_gdate (SbDate date, GDate *d)
{
  g_date_clear (d, 1);
  g_date_set_julian (d, date);
}

char *
sb_date_format (SbDate date)
{
  GDate d;

  if (date == SB_DATE_UNSET)
    return NULL;
  to_gdate (date, &d);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d),
                          (guint) g_date_get_month (&d), g_date_get_day (&d));
}

int
sb_date_year (SbDate date)
{
  GDate d;

  if (date == SB_DATE_UNSET)
    return 0;
  to_gdate (date, &d);
  return g_date_get_year (&d);
}

SbDate
sb_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return sb_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}
