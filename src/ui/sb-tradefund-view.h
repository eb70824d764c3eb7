/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-view.h: the trade-fund page: five directions, their lines, subsidies and caps. */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_TRADEFUND_VIEW (sb_tradefund_view_get_type ())

G_DECLARE_FINAL_TYPE (SbTradefundView, sb_tradefund_view, SB, TRADEFUND_VIEW, AdwBin)

GtkWidget *sb_tradefund_view_new         (void);
/* Shows @session's company (NULL: none). */
void       sb_tradefund_view_set_session (SbTradefundView *self, SbSession *session);

G_END_DECLS
