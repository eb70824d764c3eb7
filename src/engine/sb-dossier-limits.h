/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-dossier-limits.h: the realistic upper bounds of a dossier (docs/limits.md).
 *
 * Checked when a dossier is read and again before every evaluation (the
 * window's figures come from the store, not from a file): headcounts, list
 * lengths, and every list of amounts summed with checked arithmetic, so that
 * no sum the evaluators make can overflow.  A dossier beyond a bound is an
 * input error naming the field or the list, never a wrong figure. */
#pragma once

#include "sb-dossier.h"

G_BEGIN_DECLS

#define SB_LIMIT_HEADCOUNT      G_GINT64_CONSTANT (10000000)   /* people in one count */
#define SB_LIMIT_FIRMS          G_GINT64_CONSTANT (10000000)   /* firms served by a platform */
#define SB_LIMIT_YEARS          100      /* years in a dossier */
#define SB_LIMIT_CONTRACTS      100000   /* contracts in one year */
#define SB_LIMIT_REGISTRATIONS  100      /* registrations of one contract */
#define SB_LIMIT_PLATFORMS      10       /* platform projects */
#define SB_LIMIT_EXPENSES       100000   /* expense lines of one platform project */
#define SB_LIMIT_FIRM_LINES     100000   /* firms listed for one platform project */
#define SB_LIMIT_CERT_LINES     10000    /* certification lines */
#define SB_LIMIT_CHOSEN         100      /* certifications chosen */

/* Adds @value to *@sum; FALSE (and *@sum unchanged) when the result would
 * leave ±SB_MONEY_MAX_FEN or overflow. */
gboolean sb_money_add_checked     (gint64 *sum, gint64 value);

/* FALSE with SB_ENGINE_ERROR_INVALID_INPUT naming the field or list. */
gboolean sb_dossier_check_limits  (const SbDossier *d, GError **error);

G_END_DECLS
