/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-rows.h: the Company page's rows of choice: a declaration
 * (not answered / yes / no: −1/1/0) and the HNTE field (one of the
 * profile's eight). */
#pragma once

#include <adwaita.h>

#include "sb-enterprise.h"
#include "sb-hnte.h"

G_BEGIN_DECLS

/* A drop-down of three clearly different states, "Not answered" (dimmed),
 * "Yes" and "No", bound to the int property (−1, 1, 0) of @object; @label
 * is its accessible name.  One Tab stop. */
GtkWidget *sb_tri_choice_new      (GObject *object, const char *property, const char *label);
/* An AdwActionRow named @property titled @title, with sb_tri_choice_new(). */
GtkWidget *sb_declaration_row_new (const char *title, GObject *object, const char *property);
/* An AdwComboRow named "hnte-field": "Not answered" and @rules' fields. */
GtkWidget *sb_hnte_field_row_new  (SbEnterprise *enterprise, const SbHnteRules *rules);

G_END_DECLS
