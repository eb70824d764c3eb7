/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-idcheck.h: the check digits of the 统一社会信用代码 (GB 32100-2015) and
 * of the citizen identity number 身份证号 (GB 11643-1999).
 *
 * A wrong code is something to show the user, never a reason to refuse what
 * was typed: the callers warn and keep the text.  Both checks ignore spaces
 * around and inside the code and take lower-case letters as upper-case. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SB_ID_OK,            /* well formed, check digit right */
  SB_ID_EMPTY,         /* NULL or only spaces: nothing to check */
  SB_ID_LENGTH,        /* not 18 characters */
  SB_ID_CHARACTER,     /* a character the code cannot hold */
  SB_ID_CHECK_DIGIT,   /* well formed, wrong check digit */
  SB_ID_DATE,          /* 身份证号 only: the birth date is not a date */
} SbIdStatus;

/* The 统一社会信用代码 @code checked; *out_expected (may be NULL) receives the
 * check character the first 17 would need when the status is
 * SB_ID_CHECK_DIGIT, else '\0'. */
SbIdStatus sb_credit_code_check   (const char *code, char *out_expected);
/* The 身份证号 @id checked (18 characters, the last 0–9 or X). */
SbIdStatus sb_resident_id_check   (const char *id, char *out_expected);

/* A translated one-line warning for a code that does not pass, naming
 * @what (the field as the window names it), or NULL when it passes or is
 * empty.  (transfer full) */
char      *sb_credit_code_problem (const char *code, const char *what);
char      *sb_resident_id_problem (const char *id, const char *what);

/* @id with all but the first 6 and the last 4 characters replaced by '*'
 * (for showing, never for storing); a copy of @id when it is shorter than 11
 * characters.  (transfer full; NULL for NULL) */
char      *sb_resident_id_mask    (const char *id);

G_END_DECLS
