/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-model-enums.h: GTypes for the enumerations the model's properties carry. */
#pragma once

#include <glib-object.h>

#include "sb-dossier.h"

G_BEGIN_DECLS

/* The class of an IP item (RULES.md §4.1): class I (invention patents and
 * the like) or class II (utility models, software copyrights and the like). */
typedef enum
{
  SB_IP_CLASS_UNSET,
  SB_IP_CLASS_I,
  SB_IP_CLASS_II,
} SbIpClass;

#define SB_TYPE_TASE_MODE (sb_tase_mode_get_type ())
GType sb_tase_mode_get_type (void);

#define SB_TYPE_PLATFORM_KIND (sb_platform_kind_get_type ())
GType sb_platform_kind_get_type (void);

#define SB_TYPE_IP_CLASS (sb_ip_class_get_type ())
GType sb_ip_class_get_type (void);

G_END_DECLS
