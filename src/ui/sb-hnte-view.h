/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-view.h: the HNTE page: self-scores, IP items, R&D ledger, live checks. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_HNTE_VIEW (sb_hnte_view_get_type ())

G_DECLARE_FINAL_TYPE (SbHnteView, sb_hnte_view, SB, HNTE_VIEW, AdwBin)

GtkWidget *sb_hnte_view_new         (void);
/* Shows @session's company (NULL: none). */
void       sb_hnte_view_set_session (SbHnteView *self, SbSession *session);

G_END_DECLS
