/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-recognitions-group.h: the company page's group of recognitions (TASE,
 * HNTE): the date and certificate entered once; the validity, the annual
 * reports due (待报/已报), the review due and the change reports shown from
 * them (sb-lifecycle.h). */
#pragma once

#include <adwaita.h>

#include "sb-session.h"

G_BEGIN_DECLS

/* A new group for the company of @session (named "recognitions"). */
GtkWidget *sb_recognitions_group_new (SbSession *session);

G_END_DECLS
