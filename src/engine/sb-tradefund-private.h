/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-private.h: the compiled trade-fund rules and helpers the evaluator's files share. */
#pragma once

#include "sb-tradefund.h"

G_BEGIN_DECLS

typedef enum
{
  SB_TRADEFUND_LINE_MIN_INVOICE_PAID,
  SB_TRADEFUND_LINE_INVOICE,
  SB_TRADEFUND_LINE_PAID,
} SbTradeFundLineAmount;

typedef enum
{
  SB_TRADEFUND_UNLISTED_NEEDS_ACCEPTANCE,
  SB_TRADEFUND_UNLISTED_NOT_ELIGIBLE,
} SbTradeFundUnlisted;

/* One certification name or alias the profile knows. */
typedef struct
{
  char    *name;          /* the item name */
  gboolean listed;        /* on the notice's list */
  char    *successor_of;  /* the listed name it replaces, or NULL */
} SbTradeFundCertName;

typedef struct
{
  char    *title;
  char    *key;
  gboolean needs_floor;
} SbTradeFundBrandTitle;

struct _SbTradeFundRules
{
  char      **regions;
  SbPeriod    period;
  SbDate      deadline_district;
  SbDate      deadline_city;

  SbPeriod    construction_window;
  SbPeriod    om_build_window;
  gint64      firms_min_new;
  gint64      firms_min_built;
  SbRatio     construction_rate;
  gint64      construction_cap;
  SbRatio     om_rate;
  gint64      om_cap;
  gint64      platform_unit_cap;
  SbTradeFundLineAmount line_amount;

  gint64      cert_offshore_min;   /* USD cents */
  SbRatio     cert_rate;
  gint64      cert_max_items;
  gint64      cert_cap;
  GPtrArray  *cert_entries;        /* SbTradeFundCertName* */
  GHashTable *cert_keys;           /* name key → SbTradeFundCertName* (borrowed) */
  GPtrArray  *cert_names;          /* listed names, NULL-terminated */

  GPtrArray  *brand_titles;        /* SbTradeFundBrandTitle* */
  GPtrArray  *brand_title_names;   /* NULL-terminated */
  gint64      brand_offshore_min;  /* USD cents */
  gint64      brand_cap;
  SbTradeFundUnlisted brand_unlisted;

  gint64      interest_offshore_min;  /* USD cents */
  SbRatio     lpr;
  gint64      interest_term_years;
  gint64      interest_cap;

  SbPeriod    tcm_construction_window;
  SbDate      tcm_om_built_by;
  SbRatio     tcm_construction_rate;
  SbRatio     tcm_om_rate;
  SbRatio     tcm_marketing_rate;
  gint64      tcm_cap;
};

/* ---------------------------------------------------------------- names */

/* The comparison key of a name: no spaces, full-width forms folded to ASCII,
 * ASCII letters upper case ("cmm（i）" and "CMM (I)" → "CMM(I)"). */
char                        *sb_tradefund_name_key    (const char *name);
/* @name without leading and trailing (Unicode) white space. */
char                        *sb_tradefund_trim_name   (const char *name);
/* TRUE for NULL or a string of white space only. */
gboolean                     sb_tradefund_is_blank    (const char *s);

/* The brand title of the notice that @title names, or NULL. */
const SbTradeFundBrandTitle *sb_tradefund_rules_find_brand_title (const SbTradeFundRules *rules,
                                                                  const char *title);

/* ---------------------------------------------------------------- evaluation */

SbDirectionResult *sb_tradefund_direction_new    (void);
/* Appends a translated warning to @report. */
void               sb_tradefund_warn             (SbTradeFundReport *report,
                                                  const char *format, ...) G_GNUC_PRINTF (2, 3);
/* A declaration: true → declared, false → fail (with @note_false, may be
 * NULL), absent → missing. */
SbCheck           *sb_tradefund_add_declaration  (GPtrArray *checks, const char *id, SbTri value,
                                                  const char *note_false);

static inline gint64
sb_tradefund_capped (gint64 amount, gint64 cap)
{
  return MIN (amount, cap);
}

/* The platform direction and the TCM base: paid by parts (sb-tradefund-platform.c). */
gboolean           sb_tradefund_evaluate_platform (SbTradeFundReport *report,
                                                   const SbTradeFundClaim *claim,
                                                   const SbTradeFundRules *rules,
                                                   GError **error);
void               sb_tradefund_evaluate_tcm      (SbTradeFundReport *report,
                                                   const SbTradeFundClaim *claim,
                                                   const SbTradeFundRules *rules);

G_END_DECLS
