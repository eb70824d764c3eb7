/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-dossier-read-private.h: the dossier reader's context and value getters,
 * shared by the files that read the parts of a dossier. */
#pragma once

#include "sb-dossier-json.h"

G_BEGIN_DECLS

/* Where the reader is ("years[0] (2024).contracts[1] (C-7)") and what it knows. */
typedef struct
{
  GString    *path;      /* "years[0] (2024).contracts[1] (C-7)" */
  GHashTable *known_categories;
  GError    **error;
  gboolean    drafts;    /* sb_dossier_from_json_with_drafts () */
} SbReadCtx;

typedef enum
{
  SB_MONEY_NON_NEGATIVE,
  SB_MONEY_SIGNED,
} SbMoneySign;

gboolean    sb_read_fail           (SbReadCtx *ctx, const char *key, const char *format, ...)
                                    G_GNUC_PRINTF (3, 4);
gsize       sb_read_path_push      (SbReadCtx *ctx, const char *format, ...) G_GNUC_PRINTF (2, 3);
void        sb_read_path_pop       (SbReadCtx *ctx, gsize old);
JsonNode   *sb_read_member         (JsonObject *o, const char *key);
gboolean    sb_read_is_number      (JsonNode *n);
void        sb_read_keep_unknown   (JsonObject *o, const char * const *known, JsonObject **extra);
gboolean    sb_read_get_money      (SbReadCtx *ctx, JsonObject *o, const char *key,
                                    SbMoneySign sign, gint64 *out);
gboolean    sb_read_get_count      (SbReadCtx *ctx, JsonObject *o, const char *key, gint64 *out);
gboolean    sb_read_get_int        (SbReadCtx *ctx, JsonObject *o, const char *key,
                                    gboolean required, gint64 *out);
gboolean    sb_read_get_string     (SbReadCtx *ctx, JsonObject *o, const char *key,
                                    gboolean required, char **out);
gboolean    sb_read_get_date       (SbReadCtx *ctx, JsonObject *o, const char *key, SbDate *out);
gboolean    sb_read_get_tri        (SbReadCtx *ctx, JsonObject *o, const char *key, SbTri *out);
gboolean    sb_read_get_object     (SbReadCtx *ctx, JsonObject *o, const char *key, JsonObject **out);
gboolean    sb_read_get_array      (SbReadCtx *ctx, JsonObject *o, const char *key, JsonArray **out);
JsonObject *sb_read_element_object (SbReadCtx *ctx, JsonArray *a, guint i, const char *key);

/* The "trade_fund" object (sb-dossier-read-tradefund.c). */
gboolean    sb_read_trade_fund     (SbReadCtx *ctx, JsonObject *o, SbDossier *d);

G_END_DECLS
