/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-staff-grid.h: the twelve months of a fiscal year's staff counts (all
 * staff and staff with a degree, at the start and end of each month), with
 * each month's averages, and the year's averages and degree-staff ratio as
 * the engine computes them (RULES.md §1.2).
 *
 * Cells are named "<year>:staff:<month>:total" / ":degree" (start of the
 * month) and ":total-end" / ":degree-end"; typing a start count also sets
 * the end count while that is empty or equal to the old start.  A month
 * with no count is a month the company did not operate. */
#pragma once

#include <adwaita.h>

#include "sb-fiscal-year.h"
#include "sb-tase.h"

G_BEGIN_DECLS

#define SB_TYPE_STAFF_GRID (sb_staff_grid_get_type ())

G_DECLARE_FINAL_TYPE (SbStaffGrid, sb_staff_grid, SB, STAFF_GRID, GtkBox)

GtkWidget *sb_staff_grid_new         (SbFiscalYear *year);
/* The year's figures as sb_tase_year_figures () gives them (NULL: none)
 * and the profile's floor (den 0: none). */
void       sb_staff_grid_set_figures (SbStaffGrid *self, const SbTaseYearFigures *figures,
                                      SbRatio degree_min);

G_END_DECLS
