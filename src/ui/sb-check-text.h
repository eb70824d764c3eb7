/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-check-text.h: a check in words, for the result panels and the tables. */
#pragma once

#include "sb-report.h"

G_BEGIN_DECLS

/* "Offshore outsourcing revenue share" (translated), from the check id. */
const char *sb_check_get_title     (const SbCheck *check);
/* "48.72% (at least 35.00%)", "62 points (at least 71)", "" when none. */
char       *sb_check_format_value  (const SbCheck *check);
/* "Short of offshore outsourcing revenue: ¥2,307,692.31" (translated:
 * "还差离岸外包收入 ¥2,307,692.31"), or NULL when nothing is short. */
char       *sb_check_format_shortfall (const SbCheck *check);
/* The icon name of the status (emblem-ok-symbolic, …). */
const char *sb_check_status_icon   (SbStatus status);

G_END_DECLS
