/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-staff-month-row.h: the staff counts of one month a company operated.
 *
 * Properties: "month" (int 1–12, construct-only: a year lists each month
 * once); "total-start", "total-end", "degree-start", "degree-end" (staff and
 * staff with a degree at the start and end of the month), "st-start",
 * "st-end" (S&T staff, HNTE) — gint64, SB_UNSET absent. */
#pragma once

#include "sb-model-object.h"

G_BEGIN_DECLS

#define SB_TYPE_STAFF_MONTH_ROW (sb_staff_month_row_get_type ())

G_DECLARE_FINAL_TYPE (SbStaffMonthRow, sb_staff_month_row, SB, STAFF_MONTH_ROW, SbModelObject)

SbStaffMonthRow *sb_staff_month_row_new       (int month);
int              sb_staff_month_row_get_month (SbStaffMonthRow *self);

G_END_DECLS
