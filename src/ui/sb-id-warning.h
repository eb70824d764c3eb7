/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-id-warning.h: a warning line under a code that fails its check digit.
 *
 * It watches a string property of a model object and shows, while the code
 * is wrong, why (sb_credit_code_problem / sb_resident_id_problem).  It never
 * refuses anything: what was typed stays typed and stored. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  SB_ID_WARNING_CREDIT_CODE,   /* 统一社会信用代码, GB 32100 */
  SB_ID_WARNING_RESIDENT_ID,   /* 身份证号, GB 11643 */
} SbIdWarningKind;

/* A label (hidden while the code is right or empty) for @property of @object;
 * @what names the field in the message (translated). */
GtkWidget *sb_id_warning_new (GObject *object, const char *property, SbIdWarningKind kind,
                              const char *what);

G_END_DECLS
