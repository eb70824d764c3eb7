/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-json-strict.h: the one strict reading path for every JSON text the
 * program reads (dossiers, policy profiles, the store's JSON columns).
 *
 * Before json-glib sees a text, one linear, non-recursive pass over its
 * bytes refuses what RFC 8259 does not allow or what json-glib would read
 * wrongly: numbers other than RFC 8259 numbers (0100, 0x10, .5, 1., +1, NaN),
 * numbers out of range, nesting deeper than SB_JSON_MAX_DEPTH, duplicate keys,
 * \u0000, lone surrogates, invalid UTF-8, raw control characters, strings
 * longer than SB_JSON_MAX_STRING bytes and texts longer than SB_JSON_MAX_BYTES.
 * The error names the key path ("years[0].contracts[3].amount") and quotes
 * at most SB_JSON_QUOTE_CHARS characters of a bad value. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define SB_JSON_MAX_DEPTH   64
#define SB_JSON_MAX_STRING  (256 * 1024)
#define SB_JSON_MAX_BYTES   (64 * 1024 * 1024)
#define SB_JSON_MAX_NUMBER  64
#define SB_JSON_QUOTE_CHARS 80

/* Checks @data (@len bytes, or NUL-terminated when @len < 0).  On failure
 * sets SB_ENGINE_ERROR_FORMAT with "<key path>: <what>". */
gboolean  sb_json_strict_check   (const char *data, gssize len, GError **error);

/* sb_json_strict_check(), then json-glib; returns the root (full). */
JsonNode *sb_json_strict_parse   (const char *data, gssize len, GError **error);

/* At most @max_chars characters of @s (valid UTF-8, control characters
 * replaced), followed by "…" when cut. */
char     *sb_json_excerpt        (const char *s, gssize len, guint max_chars);

/* The writer: non-recursive and linear in the size of the tree (the
 * indentation stops growing past SB_JSON_MAX_DEPTH levels). */
char     *sb_json_to_compact_string (JsonNode *node);

G_END_DECLS
