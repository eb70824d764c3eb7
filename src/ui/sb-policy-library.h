/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-library.h: the policy library window — every profile by
 * program, region and notice year; each parameter with its value, source
 * notice, article, quote and interpretation; "new from this one" (a 2026
 * profile from the 2025 one, each changed value with its new quote);
 * import and export of profile files (0600); bundled profiles read-only. */
#pragma once

#include <adwaita.h>

#include "sb-policy.h"

G_BEGIN_DECLS

/* Opens (or raises) the library for @policies, transient for @parent. */
GtkWindow *sb_policy_library_present (GtkWindow *parent, SbPolicySet *policies);
/* Shows profile @id in @library. */
void       sb_policy_library_select  (GtkWindow *library, const char *id);
/* Opens the "new from this one" editor on the shown profile. */
GtkWindow *sb_policy_library_derive  (GtkWindow *library);

G_END_DECLS
