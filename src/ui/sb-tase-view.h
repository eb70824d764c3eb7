/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-view.h: the TASE application page: claim, materials, statement, live checks. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_TASE_VIEW (sb_tase_view_get_type ())

G_DECLARE_FINAL_TYPE (SbTaseView, sb_tase_view, SB, TASE_VIEW, AdwBin)

GtkWidget *sb_tase_view_new         (void);
/* Shows @session's company (NULL: none). */
void       sb_tase_view_set_session (SbTaseView *self, SbSession *session);

G_END_DECLS
