/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-region.h: region codes of the profiles as place names ("dalian" → "大连市").
 * The one list the engine, the tables and the window show. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Chinese place name of @code; the code itself when unknown, "" for NULL. */
const char *sb_region_name      (const char *code);
/* The place names of @codes joined by "、" (a new string). */
char       *sb_region_names_join (const char * const *codes);

G_END_DECLS
