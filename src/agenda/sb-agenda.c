/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-agenda.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>

GPtrArray *
sb_agenda_collect (SbStore *store, SbPolicySet *policies, GError **error)
{
  g_autoptr(GPtrArray) companies = sb_store_list_companies (store, error);
  GPtrArray *all;

  if (companies == NULL)
    return NULL;
  all = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_duty_free);
  for (guint i = 0; i < companies->len; i++)
    {
      SbStoreCompany *c = g_ptr_array_index (companies, i);
      g_autoptr(SbDossier) d = sb_store_load_dossier (store, c->id, NULL);
      g_autoptr(GPtrArray) duties = NULL;

      if (d == NULL)
        continue;
      duties = sb_duties_for_dossier (d, c->id, policies);
      for (guint k = 0; k < duties->len; k++)
        g_ptr_array_add (all, g_ptr_array_index (duties, k));
      g_ptr_array_set_free_func (duties, NULL);
    }
  sb_duties_sort (all);
  return all;
}

static struct icaltimetype
ical_date (SbDate date)
{
  struct icaltimetype t = icaltime_null_date ();
  GDate g;

  g_date_clear (&g, 1);
  g_date_set_julian (&g, date);
  t.year = g_date_get_year (&g);
  t.month = g_date_get_month (&g);
  t.day = g_date_get_day (&g);
  t.is_date = 1;
  return t;
}

static char *
uid_of (const SbDuty *d)
{
  static const char * const kinds[] = { "deadline", "annual-report", "review", "expiry",
                                        "change-report" };
  g_autofree char *date = sb_date_format (d->date);

  /* the same duty keeps its UID from one export to the next */
  return g_strdup_printf ("shenbao-%" G_GINT64_FORMAT "-%s-%s-%s-%d-%s@shenbao.invalid",
                          d->company_id, d->program, kinds[d->kind],
                          d->key != NULL ? d->key : "-", d->year, date);
}

char *
sb_agenda_to_ics (GPtrArray *duties, int remind_days, GDateTime *stamp)
{
  icalcomponent *cal = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  struct icaltimetype now = icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (stamp),
                                                          0, icaltimezone_get_utc_timezone ());
  char *text, *out;

  icalcomponent_add_property (cal, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (cal, icalproperty_new_prodid ("-//Shenbao//Agenda//ZH"));
  icalcomponent_add_property (cal, icalproperty_new_calscale ("GREGORIAN"));
  for (guint i = 0; i < duties->len; i++)
    {
      const SbDuty *d = g_ptr_array_index (duties, i);
      icalcomponent *ev = icalcomponent_new (ICAL_VEVENT_COMPONENT);
      g_autofree char *uid = uid_of (d);
      g_autofree char *summary = g_strdup_printf ("%s: %s", *d->company ? d->company : _("(no name)"),
                                                  d->title);
      g_autofree char *description = g_strdup_printf ("%s · %s%s%s", d->title,
                                                      sb_duty_kind_label (d->kind),
                                                      d->profile_id ? " · " : "",
                                                      d->profile_id ? d->profile_id : "");
      struct icaltimetype start = ical_date (d->date);
      struct icaltimetype end = ical_date (d->date + 1);

      icalcomponent_add_property (ev, icalproperty_new_uid (uid));
      icalcomponent_add_property (ev, icalproperty_new_dtstamp (now));
      icalcomponent_add_property (ev, icalproperty_new_dtstart (start));
      icalcomponent_add_property (ev, icalproperty_new_dtend (end));
      icalcomponent_add_property (ev, icalproperty_new_summary (summary));
      icalcomponent_add_property (ev, icalproperty_new_description (description));
      icalcomponent_add_property (ev, icalproperty_new_categories (d->program));
      icalcomponent_add_property (ev, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
      if (remind_days > 0)
        {
          icalcomponent *alarm = icalcomponent_new (ICAL_VALARM_COMPONENT);
          struct icaltriggertype trigger = { 0 };

          trigger.time = icaltime_null_time ();
          trigger.duration = icaldurationtype_null_duration ();
          trigger.duration.is_neg = 1;
          trigger.duration.days = (unsigned int) remind_days;
          icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
          icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
          icalcomponent_add_property (alarm, icalproperty_new_description (summary));
          icalcomponent_add_component (ev, alarm);
        }
      icalcomponent_add_component (cal, ev);
    }
  text = icalcomponent_as_ical_string_r (cal);
  out = g_strdup (text);
  free (text);
  icalcomponent_free (cal);
  return out;
}

gboolean
sb_agenda_write_ics (GPtrArray *duties, int remind_days, const char *path, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = sb_agenda_to_ics (duties, remind_days, now);

  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0600, error);
}
