/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-annual-view.h: the TASE annual information report page with its live checks. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_ANNUAL_VIEW (sb_annual_view_get_type ())

G_DECLARE_FINAL_TYPE (SbAnnualView, sb_annual_view, SB, ANNUAL_VIEW, AdwBin)

GtkWidget *sb_annual_view_new         (void);
/* Shows @session's company (NULL: none). */
void       sb_annual_view_set_session (SbAnnualView *self, SbSession *session);

G_END_DECLS
