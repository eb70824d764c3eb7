/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-year.h: one fiscal year on the Company page: its figures (field
 * rows named "<year>:<property>"), its staff months and its contracts. */
#pragma once

#include <adwaita.h>

#include "sb-fiscal-year.h"
#include "sb-tase.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPANY_YEAR (sb_company_year_get_type ())

G_DECLARE_FINAL_TYPE (SbCompanyYear, sb_company_year, SB, COMPANY_YEAR, GtkBox)

GtkWidget    *sb_company_year_new         (SbFiscalYear *year);
SbFiscalYear *sb_company_year_get_year    (SbCompanyYear *self);
/* The TASE profile's rules: the catalogue and the degree-staff floor (NULL: none). */
void          sb_company_year_set_rules   (SbCompanyYear *self, const SbTaseRules *rules);
/* Shows the year's staff averages and contract sums from @figures (NULL: none). */
void          sb_company_year_set_figures (SbCompanyYear *self,
                                           const SbTaseYearFigures *figures);

G_END_DECLS
