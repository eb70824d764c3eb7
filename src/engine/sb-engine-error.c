/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-engine-error.h"

G_DEFINE_QUARK (sb-engine-error-quark, sb_engine_error)
