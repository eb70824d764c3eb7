/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-agenda.h: every upcoming duty of every company of a database
 * (sb-duties.h), and the agenda as iCalendar (libical) for GNOME Calendar
 * or Outlook. */
#pragma once

#include "sb-duties.h"
#include "sb-store.h"

G_BEGIN_DECLS

/* The duties of every stored company, in date order (a GPtrArray owning
 * SbDuty*).  A company that cannot be read is skipped. */
GPtrArray *sb_agenda_collect    (SbStore *store, SbPolicySet *policies, GError **error);

/* The duties as an iCalendar text: one all-day VEVENT each (a stable UID,
 * SUMMARY "company: duty", CATEGORIES the program), with a display alarm
 * @remind_days before (0: none).  @stamp: the DTSTAMP (UTC). */
char      *sb_agenda_to_ics     (GPtrArray *duties, int remind_days, GDateTime *stamp);
/* Writes it to @path, owner-only (0600). */
gboolean   sb_agenda_write_ics  (GPtrArray *duties, int remind_days, const char *path,
                                 GError **error);

G_END_DECLS
