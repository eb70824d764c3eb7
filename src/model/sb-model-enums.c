/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-model-enums.h"

/* The nicks are the dossier's words. */
G_DEFINE_ENUM_TYPE (SbTaseMode, sb_tase_mode,
  G_DEFINE_ENUM_VALUE (SB_TASE_NEW, "new"),
  G_DEFINE_ENUM_VALUE (SB_TASE_REVIEW, "review"))

G_DEFINE_ENUM_TYPE (SbPlatformKind, sb_platform_kind,
  G_DEFINE_ENUM_VALUE (SB_PLATFORM_CONSTRUCTION, "construction"),
  G_DEFINE_ENUM_VALUE (SB_PLATFORM_OM, "om"))

G_DEFINE_ENUM_TYPE (SbIpClass, sb_ip_class,
  G_DEFINE_ENUM_VALUE (SB_IP_CLASS_UNSET, "unset"),
  G_DEFINE_ENUM_VALUE (SB_IP_CLASS_I, "I"),
  G_DEFINE_ENUM_VALUE (SB_IP_CLASS_II, "II"))
