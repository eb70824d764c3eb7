/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-catalogue-picker.h: a button that picks a business of the TASE
 * catalogue (RULES.md §1.4): a popover listing the profile's catalogue by
 * group, each business with its 适用范围 as help, and "outside the
 * catalogue" (NULL).  The button shows the chosen business's name. */
#pragma once

#include <adwaita.h>

#include "sb-tase.h"

G_BEGIN_DECLS

#define SB_TYPE_CATALOGUE_PICKER (sb_catalogue_picker_get_type ())

G_DECLARE_FINAL_TYPE (SbCataloguePicker, sb_catalogue_picker, SB, CATALOGUE_PICKER, AdwBin)

GtkWidget  *sb_catalogue_picker_new       (void);
/* The catalogue shown (NULL: none; the code is shown as it is).  @rules
 * must outlive the picker (it belongs to a profile of the policy set). */
void        sb_catalogue_picker_set_rules (SbCataloguePicker *self, const SbTaseRules *rules);
/* "code": the chosen catalogue code, NULL for outside the catalogue. */
const char *sb_catalogue_picker_get_code  (SbCataloguePicker *self);
void        sb_catalogue_picker_set_code  (SbCataloguePicker *self, const char *code);
/* The accessible name of the picker's button ("Contract C-1 Catalogue
 * business"); the business chosen is its description. */
void        sb_catalogue_picker_set_context (SbCataloguePicker *self, const char *label);

G_END_DECLS
