/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-edit.h: a user's profile — read strictly, written owner-only, and
 * made "new from an existing one" (2026年度, 由 2025 复制).
 *
 * A draft is a copy of a profile under a new id and notice year.  Each value
 * changed in it must carry a new source (notice, article and a quote that is
 * not the old one): a number without its source is refused when the draft is
 * finished, naming the parameter in Chinese. */
#pragma once

#include "sb-policy.h"

G_BEGIN_DECLS

/* Reads a profile of the user's as strictly as a bundled one
 * (sb_policy_validate_user); errors name the parameter in Chinese. */
SbPolicy  *sb_policy_load_user_data  (const char *data, gsize len, const char *origin,
                                      GError **error);
SbPolicy  *sb_policy_load_user_file  (const char *path, GError **error);

/* The profile file's text (two-space indent, Chinese unescaped; new string). */
char      *sb_policy_to_data         (SbPolicy *policy);
/* Writes the profile to @path, owner-only (0600). */
gboolean   sb_policy_write_file      (SbPolicy *policy, const char *path, GError **error);
/* The user's profile folder: @dir, or $XDG_DATA_HOME/shenbao/policies (new string). */
char      *sb_policy_user_dir        (const char *dir);

typedef struct _SbPolicyDraft SbPolicyDraft;

/* A copy of @base as @id for notice year @year (the title's year is not
 * changed: set it).  The copy's origin is "@id.json". */
SbPolicyDraft *sb_policy_draft_new        (SbPolicy *base, const char *id, int year);
void           sb_policy_draft_free       (SbPolicyDraft *self);
SbPolicy      *sb_policy_draft_get_base   (SbPolicyDraft *self);
const char    *sb_policy_draft_get_id     (SbPolicyDraft *self);
void           sb_policy_draft_set_title  (SbPolicyDraft *self, const char *title);
/* Adds or replaces notice @notice_id (its title and issuer; @date
 * YYYY-MM-DD or NULL).  FALSE with an error for an empty title or a bad date. */
gboolean       sb_policy_draft_set_notice (SbPolicyDraft *self, const char *notice_id,
                                           const char *title, const char *issuer,
                                           const char *date, GError **error);
/* The value of parameter @key as text for editing: a number, a percentage
 * for ratios below 1, a date, "START 至 END", one item a line for lists of
 * words, JSON for lists of objects (new string). */
char          *sb_policy_value_to_text    (SbPolicy *policy, const char *key);
/* Sets parameter @key from @text (read the way sb_policy_value_to_text
 * writes it, as the base's value type) with its new source.  FALSE, naming
 * the parameter in Chinese, when the text does not read as that type, the
 * quote is empty or the old one, or the notice is not in the draft. */
gboolean       sb_policy_draft_set_text   (SbPolicyDraft *self, const char *key,
                                           const char *text, const char *notice_id,
                                           const char *article, const char *quote,
                                           GError **error);
/* The same with a JSON value (taken). */
gboolean       sb_policy_draft_set_value  (SbPolicyDraft *self, const char *key,
                                           JsonNode *value, const char *notice_id,
                                           const char *article, const char *quote,
                                           GError **error);
/* The keys whose value differs from the base (borrowed, file order). */
GPtrArray     *sb_policy_draft_changed    (SbPolicyDraft *self);
/* The finished profile, validated as a user's; NULL and an error naming the
 * parameter when a changed value kept its old quote or the file is not valid. */
SbPolicy      *sb_policy_draft_finish     (SbPolicyDraft *self, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbPolicyDraft, sb_policy_draft_free)

G_END_DECLS

G_BEGIN_DECLS

/* Imports the profile file @path into the user's folder @dir (NULL: the
 * default) and @set: validated as strictly as a bundled one; an id that a
 * bundled profile has is renamed to a free one (*out_renamed_from then
 * holds the old id; otherwise NULL); another profile of the user's with the
 * same id is refused.  The file is written 0600 as DIR/ID.json. */
SbPolicy  *sb_policy_import_file     (SbPolicySet *set, const char *path, const char *dir,
                                      char **out_renamed_from, GError **error);
/* Deletes a profile of the user's: its file and its place in @set.  A
 * bundled profile is refused (read-only). */
gboolean   sb_policy_delete_user     (SbPolicySet *set, const char *id, GError **error);
/* Saves a new profile (made with a draft) into the user's folder and @set;
 * refuses an id the set has already. */
gboolean   sb_policy_save_new        (SbPolicySet *set, SbPolicy *policy, const char *dir,
                                      GError **error);

G_END_DECLS
