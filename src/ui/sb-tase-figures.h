/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-figures.h: the figures of each tested TASE year (revenue,
 * catalogue and offshore revenue, staff averages), beside the checks. */
#pragma once

#include <adwaita.h>

#include "sb-tase.h"

G_BEGIN_DECLS

/* A vertical box of groups, one per tested TASE year ("figures:2024"), with
 * total, catalogue and offshore revenue and the staff averages.  Updated in
 * place. */
GtkWidget  *sb_tase_figures_new            (void);
void        sb_tase_figures_set            (GtkWidget *figures,
                                            const SbTaseYearFigures *years, guint n_years);

G_END_DECLS
