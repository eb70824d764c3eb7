/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-year-carry.h: a new fiscal year started from an earlier one (issue 11):
 * the staff headcounts of every month, the contracts still running (their
 * revenue in the year below their amount: copied with the new year's
 * revenue left to type) with their catalogue categories. */
#pragma once

#include "sb-enterprise.h"

G_BEGIN_DECLS

/* The latest year of @enterprise before @year, or 0. */
int           sb_year_carry_source  (SbEnterprise *enterprise, int year);
/* Adds @year to @enterprise (it must not be there), copied from @from when
 * @from is a year of @enterprise (0: empty).  (transfer none) */
SbFiscalYear *sb_year_carry_forward (SbEnterprise *enterprise, int year, int from);
/* The three years a TASE review checks (@apply_year − 3 … − 1) that are
 * missing, added at once, each from the one before it (or the latest
 * earlier year).  Returns how many were added. */
guint         sb_year_carry_review  (SbEnterprise *enterprise, int apply_year);

G_END_DECLS
