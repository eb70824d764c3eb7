/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-meta.h: what a consultant sees of a profile before its numbers —
 * program, regions (as place names), notice year, bundled or the user's —
 * the profile an application picks by program, region and year, the
 * parameters' Chinese names, and the strict check of a user's profile.
 *
 * Ids carry the year ("tase-dalian-2026"); a user's profile never replaces a
 * bundled one of the same id (the set refuses it and says so; an import
 * renames it and says so). */
#pragma once

#include "sb-policy.h"

G_BEGIN_DECLS

/* The program's name as a consultant says it (translated): "TASE" → 技术先进型服务企业. */
const char  *sb_program_label            (const char *program);
/* The short name used in sentences (高企, 技术先进型, 外经贸资金). */
const char  *sb_program_short_label      (const char *program);

/* The Chinese name of a profile parameter ("offshore_revenue_min" → 离岸服务外包收入占比下限);
 * the key itself for a parameter the table lacks. */
const char  *sb_policy_param_label       (const char *key);
/* The Chinese name of a top key of a profile file (id → 编号, year → 年度 …), or NULL. */
const char  *sb_policy_top_label         (const char *key);

/* TRUE for a profile compiled into the program (read-only). */
gboolean     sb_policy_is_bundled        (SbPolicy *self);
/* The regions the profile accepts (its "regions" parameter; a new vector,
 * { region } when it has none). */
char       **sb_policy_dup_regions       (SbPolicy *self);
/* The accepted regions as place names, "、"-joined (new string). */
char        *sb_policy_regions_text      (SbPolicy *self);
gboolean     sb_policy_accepts_region    (SbPolicy *self, const char *region);
/* The latest date of the profile's notices (unset when none has a date). */
SbDate       sb_policy_get_notice_date   (SbPolicy *self);
/* "技术先进型服务企业 · 大连市 · 2025年度" (new string). */
char        *sb_policy_describe          (SbPolicy *self);

/* The profiles of @set (borrowed SbPolicy*), by program, then region, then
 * notice year (newest first).  @program NULL: every program. */
GPtrArray   *sb_policy_set_list          (SbPolicySet *set, const char *program);
/* TRUE when @id is the id of a bundled profile of @set. */
gboolean     sb_policy_set_is_bundled_id (SbPolicySet *set, const char *id);
/* An id no profile of @set has: @id itself, else "@id-user", "@id-user2", … (new string). */
char        *sb_policy_set_free_id       (SbPolicySet *set, const char *id);

/* The profile an application of @program for a company in @region picks for
 * @year (0: any year): among the profiles accepting the region, the newest
 * whose notice year is not after @year (else the oldest after it).  When no
 * profile of the program accepts the region: NULL and
 * SB_ENGINE_ERROR_NO_PROFILE with the plain sentence
 * "没有覆盖大连市的高企政策配置：请新建或导入". */
SbPolicy    *sb_policy_set_select        (SbPolicySet *set, const char *program,
                                          const char *region, int year, GError **error);
/* The plain sentence above (new string). */
char        *sb_policy_coverage_message  (const char *program, const char *region);

/* A validation or load message in a consultant's words: each "params.KEY…"
 * becomes the parameter's Chinese name in quotes, each top key its name
 * (new string). */
char        *sb_policy_message_in_words  (const char *message);
/* As strict as the bundled ones (every key, type and source; the program's
 * rules compile).  The error message names the parameter in Chinese. */
gboolean     sb_policy_validate_user     (SbPolicy *policy, GError **error);
/* A new profile's id (made from an existing one, or imported): lower-case
 * letters, digits and dashes, carrying the notice year ("tase-dalian-2026"). */
gboolean     sb_policy_check_new_id      (SbPolicy *policy, GError **error);

G_END_DECLS
