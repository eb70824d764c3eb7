/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-watch.h: the user's profile folder watched while Shenbao runs:
 * a profile file dropped there (a colleague's 2026 notice) is in the policy
 * set at once, no restart.  A file that does not load is left out. */
#pragma once

#include <gio/gio.h>

#include "sb-policy.h"

G_BEGIN_DECLS

/* Watches @dir (NULL: $XDG_DATA_HOME/shenbao/policies) for @set, which must
 * outlive the returned monitor (cancel and unref it first). */
GFileMonitor *sb_policy_watch_new (SbPolicySet *set, const char *dir);

G_END_DECLS
