/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-view.h: the Company page: profile, declarations, the years' figures, staff months and contracts. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPANY_VIEW (sb_company_view_get_type ())

G_DECLARE_FINAL_TYPE (SbCompanyView, sb_company_view, SB, COMPANY_VIEW, AdwBin)

GtkWidget *sb_company_view_new         (void);
/* Shows @session's company (NULL: none). */
void       sb_company_view_set_session (SbCompanyView *self, SbSession *session);

G_END_DECLS
