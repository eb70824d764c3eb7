/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-agenda-view.h: every client's next duties on one page — sorted by date,
 * grouped by month, overdue ones marked, filterable by company and program;
 * a duty activated opens its company ("open-company" signal). */
#pragma once

#include <adwaita.h>

#include "sb-duties.h"

G_BEGIN_DECLS

#define SB_TYPE_AGENDA_VIEW (sb_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (SbAgendaView, sb_agenda_view, SB, AGENDA_VIEW, AdwBin)

GtkWidget *sb_agenda_view_new          (void);
/* Shows @duties (every duty of every company, taken) as at @today: the
 * obligations still due from before today, then a year ahead. */
void       sb_agenda_view_set_duties   (SbAgendaView *self, GPtrArray *duties, SbDate today);
/* The duties shown (borrowed, in order), after the filters. */
GPtrArray *sb_agenda_view_get_shown    (SbAgendaView *self);
/* Filters: a text in the company's name ("" none), a program ("" or NULL: all). */
void       sb_agenda_view_set_filter   (SbAgendaView *self, const char *text, const char *program);

G_END_DECLS
