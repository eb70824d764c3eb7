/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy.h: a policy profile (data/policies/NAME.json) and the set of loaded ones.
 *
 * A profile file:
 *
 *   { "format": "shenbao-policy", "version": 1,
 *     "id": "tase-dalian-2025", "program": "tase",
 *     "title": "…", "region": "dalian", "year": 2025,
 *     "notices": { "000": { "file": "000_c3cd219f9dd32c74.txt", "title": "…",
 *                           "issuer": "…", "date": "2025-04-24" } },
 *     "params": {
 *       "degree_staff_min": { "value": 0.5,
 *                             "source": { "notice": "000", "article": "一（二）4",
 *                                         "quote": "…" },
 *                             "interpretation": "…",    // optional
 *                             "interpretation_zh": "…" } // optional, in Chinese
 *     } }
 *
 * Every parameter has a value and a source (notice, article, quoted words).
 * A notice without "file" is a law or document outside the seeds.  The typed
 * getters fail with SB_ENGINE_ERROR_INVALID_POLICY and a message naming
 * "params.<key>" when the key is missing or of the wrong type. */
#pragma once

#include <json-glib/json-glib.h>

#include "sb-date.h"
#include "sb-money.h"

G_BEGIN_DECLS

typedef struct _SbPolicy SbPolicy;

SbPolicy    *sb_policy_new_from_data    (const char *data, gsize len,
                                         const char *origin, GError **error);
SbPolicy    *sb_policy_new_from_file    (const char *path, GError **error);
SbPolicy    *sb_policy_ref              (SbPolicy *self);
void         sb_policy_unref            (SbPolicy *self);

const char  *sb_policy_get_id           (SbPolicy *self);
const char  *sb_policy_get_program      (SbPolicy *self);  /* tase, tradefund, hnte */
const char  *sb_policy_get_title        (SbPolicy *self);
const char  *sb_policy_get_region       (SbPolicy *self);
int          sb_policy_get_year         (SbPolicy *self);
const char  *sb_policy_get_origin       (SbPolicy *self);  /* file or resource path */
/* The whole file as read (borrowed; never modify it). */
JsonNode    *sb_policy_get_root         (SbPolicy *self);

/* The parameter names, in file order (owned by the policy). */
GPtrArray   *sb_policy_get_param_names  (SbPolicy *self);
/* The raw parameter object { value, source, interpretation? } or NULL. */
JsonObject  *sb_policy_get_param        (SbPolicy *self, const char *key);
/* The interpretation note of a parameter, or NULL: its "interpretation_zh"
 * when the user's language is Chinese and the profile has one. */
const char  *sb_policy_get_interpretation (SbPolicy *self, const char *key);
/* The notice object of a parameter's source, or NULL. */
JsonObject  *sb_policy_get_notice       (SbPolicy *self, const char *notice_id);

/* Typed getters.  Each names "params.KEY" (or the file's top key) in errors. */
gboolean     sb_policy_get_ratio        (SbPolicy *self, const char *key,
                                         SbRatio *out, GError **error);
gboolean     sb_policy_get_money        (SbPolicy *self, const char *key,
                                         gint64 *out_fen, GError **error);
gboolean     sb_policy_get_int          (SbPolicy *self, const char *key,
                                         gint64 *out, GError **error);
gboolean     sb_policy_get_boolean      (SbPolicy *self, const char *key,
                                         gboolean *out, GError **error);
gboolean     sb_policy_get_date         (SbPolicy *self, const char *key,
                                         SbDate *out, GError **error);
/* value: { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } */
gboolean     sb_policy_get_period       (SbPolicy *self, const char *key,
                                         SbPeriod *out, GError **error);
/* value: array of strings; returns a NULL-terminated vector (free with g_strfreev). */
char       **sb_policy_get_strv         (SbPolicy *self, const char *key, GError **error);
/* value: array of objects (returned borrowed). */
JsonArray   *sb_policy_get_array        (SbPolicy *self, const char *key, GError **error);
/* value: a string (borrowed). */
const char  *sb_policy_get_string       (SbPolicy *self, const char *key, GError **error);

/* The getters' error, for the checks a program's rules compiler makes on top
 * of them: sets @error to SB_ENGINE_ERROR_INVALID_POLICY "Policy profile
 * ORIGIN: WHERE: WHAT" and returns FALSE. */
gboolean     sb_policy_error            (SbPolicy *self, const char *where,
                                         const char *what, GError **error);
/* The same naming "params.KEY.value" and @suffix after it ("[2].name"; NULL:
 * nothing). */
gboolean     sb_policy_value_error      (SbPolicy *self, const char *key,
                                         const char *suffix, const char *what,
                                         GError **error);

/* Program rules compiled from the profile, cached on it by the evaluators
 * (key: the program name). */
gpointer     sb_policy_get_compiled     (SbPolicy *self, const char *program);
void         sb_policy_set_compiled     (SbPolicy *self, const char *program,
                                         gpointer data, GDestroyNotify destroy);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbPolicy, sb_policy_unref)

/* SbPolicySet: the bundled profiles (GResource) and the user's
 * ($XDG_DATA_HOME/shenbao/policies/NAME.json), the user's replacing a bundled one
 * of the same id.  A file that fails to load is kept as an error: looking its
 * id up returns that error; sb_policy_set_get_load_errors() lists them all. */
typedef struct _SbPolicySet SbPolicySet;

SbPolicySet *sb_policy_set_new          (void);
/* Bundled profiles plus the user's folder (NULL: $XDG_DATA_HOME/shenbao/policies). */
SbPolicySet *sb_policy_set_new_default  (const char *user_dir);
void         sb_policy_set_free         (SbPolicySet *self);
void         sb_policy_set_add          (SbPolicySet *self, SbPolicy *policy);
/* Forgets profile @id (the file stays); FALSE when the set has none.  A
 * profile replaced or removed stays alive as long as the set (pointers
 * borrowed before stay valid). */
gboolean     sb_policy_set_remove       (SbPolicySet *self, const char *id);
/* Loads every *.json of @dir; returns the number loaded. */
guint        sb_policy_set_add_dir      (SbPolicySet *self, const char *dir);
SbPolicy    *sb_policy_set_lookup       (SbPolicySet *self, const char *id,
                                         GError **error);
/* Ids in sorted order (owned by the set). */
GPtrArray   *sb_policy_set_get_ids      (SbPolicySet *self);
/* Messages of files that failed to load (owned by the set). */
GPtrArray   *sb_policy_set_get_load_errors (SbPolicySet *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbPolicySet, sb_policy_set_free)

G_END_DECLS
