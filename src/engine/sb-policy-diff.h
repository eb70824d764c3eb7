/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-policy-diff.h: what changed from one profile to another ("2025 → 2026:
 * 截止日期 05-30 → 05-29; 离岸收入 35% → …; 材料 7 措辞变化"), as data. */
#pragma once

#include "sb-policy.h"

G_BEGIN_DECLS

typedef enum
{
  SB_POLICY_CHANGE_PARAM,       /* a parameter's value changed (or only its source) */
  SB_POLICY_CHANGE_ADDED,       /* a parameter only the new profile has */
  SB_POLICY_CHANGE_REMOVED,     /* a parameter only the old profile has */
  SB_POLICY_CHANGE_ITEM,        /* an item of a list of words (materials): reworded, added, removed */
  SB_POLICY_CHANGE_CATALOGUE,   /* a catalogue entry (by its code): added, removed, reworded */
  SB_POLICY_CHANGE_NOTICE,      /* a notice's title, issuer or date */
} SbPolicyChangeKind;

typedef struct
{
  SbPolicyChangeKind kind;
  char  *key;          /* the parameter (or the notice id) */
  char  *label;        /* its Chinese name */
  int    item;         /* ITEM: 1-based position in the old list (new list when added); 0 otherwise */
  char  *item_code;    /* CATALOGUE: the entry's code */
  char  *old_text;     /* as a consultant reads it; NULL when absent */
  char  *new_text;
  char  *old_quote;    /* PARAM: the sources' quoted words */
  char  *new_quote;
  gboolean value_changed;  /* PARAM: FALSE when only the source changed */
} SbPolicyChange;

void       sb_policy_change_free (SbPolicyChange *change);
/* The changes from @old to @new, in @old's parameter order (a GPtrArray
 * owning SbPolicyChange*).  A list of words changed gives one ITEM change per
 * item; the catalogue one CATALOGUE change per entry. */
GPtrArray *sb_policy_diff        (SbPolicy *old, SbPolicy *new_);
/* A parameter's value as a consultant reads it: ratios as percentages
 * (35%), money with thousands, dates, periods "A 至 B", lists as "N 项" (new string). */
char      *sb_policy_value_words (SbPolicy *policy, const char *key);
/* One line for a change: "网上申报截止日期: 2025-05-30 → 2026-05-29" (new string). */
char      *sb_policy_change_line (const SbPolicyChange *change);

G_END_DECLS
