/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-application.h: the Shenbao application: one database, the policy
 * profiles, the main window. */
#pragma once

#include <adwaita.h>

#include "sb-policy.h"
#include "sb-store.h"

G_BEGIN_DECLS

#define SB_TYPE_APPLICATION (sb_application_get_type ())

G_DECLARE_FINAL_TYPE (SbApplication, sb_application, SB, APPLICATION, AdwApplication)

SbApplication *sb_application_new          (void);
/* The open database (NULL before startup or when it could not be opened). */
SbStore       *sb_application_get_store    (SbApplication *self);
SbPolicySet   *sb_application_get_policies (SbApplication *self);

G_END_DECLS
