/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-rows.h: the Company page's rows of choice: a declaration (a
 * switch, "not answered" until answered: −1/0/1) and the HNTE field (one of
 * the profile's eight). */
#pragma once

#include <adwaita.h>

#include "sb-enterprise.h"
#include "sb-hnte.h"

G_BEGIN_DECLS

/* An AdwActionRow named @property, bound to the int property (−1 not
 * answered, 0 no, 1 yes) of @object: a switch for yes, "No" while not
 * answered, and a button back to not answered. */
GtkWidget *sb_declaration_row_new (const char *title, GObject *object, const char *property);
/* An AdwComboRow named "hnte-field": "Not answered" and @rules' fields. */
GtkWidget *sb_hnte_field_row_new  (SbEnterprise *enterprise, const SbHnteRules *rules);

G_END_DECLS
