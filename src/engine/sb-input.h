/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-input.h: what people type into the forms, read exactly.
 *
 * Money: "1234.56", "1,234.56", "１２３４.５６" (full-width), "¥1,234.56",
 * "123.4万" (万元: ×10,000; then up to six decimals, as long as the amount
 * comes to whole fen), "-5".  Headcounts and counts: whole numbers ≥ 0.
 * Ledger forms too: "(1,234.56)" (a negative), "US$1,234.56", "1234.56 USD",
 * "RMB 5", "人民币5元".
 * Dates: "2024-03-05", "2024-3-5", "2024/03/05", "2024.3.5", "2024年3月5日",
 * "20240305", and any of them with a time of day after ("2024-03-05 10:30").
 * Each failure gives a translated one-line message saying what is wrong. */
#pragma once

#include <glib.h>

#include "sb-date.h"

G_BEGIN_DECLS

#define SB_INPUT_ERROR (sb_input_error_quark ())

typedef enum
{
  SB_INPUT_ERROR_EMPTY,      /* nothing typed (the caller may take it as "absent") */
  SB_INPUT_ERROR_INVALID,    /* letters, misplaced separators */
  SB_INPUT_ERROR_PRECISION,  /* finer than a fen */
  SB_INPUT_ERROR_RANGE,      /* negative where not allowed, or too large */
} SbInputError;

GQuark   sb_input_error_quark (void);

typedef enum
{
  SB_INPUT_ALLOW_NEGATIVE = 1 << 0,
} SbInputFlags;

/* Parses money into fen. */
gboolean sb_input_parse_money (const char *text, SbInputFlags flags, gint64 *out_fen,
                               GError **error);
/* Parses a whole number ≥ 0 (negative only with SB_INPUT_ALLOW_NEGATIVE). */
gboolean sb_input_parse_count (const char *text, SbInputFlags flags, gint64 *out,
                               GError **error);
gboolean sb_input_parse_date  (const char *text, SbDate *out, GError **error);

/* "1234567.89" → "1,234,567.89": the digits before the point grouped by
 * three, @prefix ("¥", or NULL) put after the sign: "-¥12.50". */
char    *sb_input_group_digits (const char *plain, const char *prefix);
/* "¥1,234,567.89" ("-¥12.50"); "" for SB_UNSET. */
char    *sb_input_format_money (gint64 fen);
/* "123.4568万" with up to four decimals, trailing zeros dropped ("500万"). */
char    *sb_input_format_wan   (gint64 fen);

G_END_DECLS
