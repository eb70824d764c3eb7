/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-dossier-json.h: read and write the dossier JSON (shared/spec/DOSSIER.md).
 *
 * Reading validates every value and fails with one line naming the key, and
 * the contract or month it belongs to ("years[0] (2024).contracts[2] (C-7)
 * .category: unknown catalogue code …").  Unknown keys are kept in the
 * objects' @extra and written back. */
#pragma once

#include "sb-dossier.h"

G_BEGIN_DECLS

/* @known_categories: the catalogue codes a contract may carry (a set of
 * char*), or NULL to accept any code. */
SbDossier *sb_dossier_from_json       (JsonNode *root, GHashTable *known_categories,
                                       GError **error);
/* The same, with drafts (issue 11): a staff month may lack counts or count
 * more degree staff than staff, a certification line may lack its name, a
 * year may have more non-taxable income than income.  The window's store
 * keeps what the user left; files are read with sb_dossier_from_json(). */
SbDossier *sb_dossier_from_json_with_drafts (JsonNode *root, GHashTable *known_categories,
                                             GError **error);
SbDossier *sb_dossier_from_data       (const char *data, gssize len,
                                       GHashTable *known_categories, GError **error);
SbDossier *sb_dossier_from_file       (const char *path, GHashTable *known_categories,
                                       GError **error);
JsonNode  *sb_dossier_to_json         (const SbDossier *d);

G_END_DECLS
