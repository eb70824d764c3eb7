/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-engine-error.h: the error domain of the engine layer. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SB_ENGINE_ERROR (sb_engine_error_quark ())

typedef enum
{
  SB_ENGINE_ERROR_INVALID_INPUT,   /* a dossier value that breaks the format */
  SB_ENGINE_ERROR_FORMAT,          /* not JSON, another format or version */
  SB_ENGINE_ERROR_INVALID_POLICY,  /* a policy profile with a bad or missing key */
  SB_ENGINE_ERROR_UNKNOWN_POLICY,  /* no profile with that id */
  SB_ENGINE_ERROR_NO_PROFILE,      /* no profile covers a region or year */
} SbEngineError;

GQuark sb_engine_error_quark (void);

G_END_DECLS
