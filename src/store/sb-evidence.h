/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-evidence.h: the files attached to a company as evidence (issue 14).
 *
 * A file (PDF, JPEG or PNG: scans and phone photos) is kept once in the
 * database, by the SHA-256 of its bytes, so that a database stays one file
 * to back up and mail; the same file attached twice is stored once.  An
 * attachment links a kept file to what it proves — its target — and to a
 * role under that target (a platform expense is proven by its contract, its
 * invoice and its payment proof).
 *
 * Targets are text, the same in the store, the CLI and the book:
 *   material:PROGRAM:N        the Nth item (from 1) of the program's materials
 *                             list ("material:tase:3": 企业营业执照复印件)
 *   contract:YEAR:NO          a contract of a year, by its number
 *   expense:PLATFORM:N        the Nth expense (from 1) of a platform project,
 *                             PLATFORM "construction" or "om"
 *   certification:NAME        a certification line of the trade fund, by name
 *   receipt:VOUCHER           a receipt line (附件9), by its 收汇凭证编号
 *   firm:PLATFORM:N           the Nth firm (from 1) served by a platform
 *
 * Roles: "" (no particular part), "contract", "invoice", "payment",
 * "certificate", "voucher", "declaration". */
#pragma once

#include "sb-store.h"

G_BEGIN_DECLS

typedef enum
{
  SB_EVIDENCE_MATERIAL,
  SB_EVIDENCE_CONTRACT,
  SB_EVIDENCE_EXPENSE,
  SB_EVIDENCE_CERTIFICATION,
  SB_EVIDENCE_RECEIPT,
  SB_EVIDENCE_FIRM,
} SbEvidenceKind;

/* A target taken apart. */
typedef struct
{
  SbEvidenceKind kind;
  char          *scope;   /* program, "construction"/"om", or NULL */
  int            year;    /* contract: the year; 0 otherwise */
  int            index;   /* material, expense, firm: from 1; 0 otherwise */
  char          *key;     /* contract no, certification name, voucher no; or NULL */
} SbEvidenceTarget;

/* Parses a canonical target; INVALID with a message naming it when it is
 * none of the forms above. */
SbEvidenceTarget *sb_evidence_target_parse  (const char *text, GError **error);
void              sb_evidence_target_free   (SbEvidenceTarget *target);
char             *sb_evidence_target_format (const SbEvidenceTarget *target);
/* Canonical targets. */
char             *sb_evidence_target_material      (const char *program, int n);
char             *sb_evidence_target_contract      (int year, const char *no);
char             *sb_evidence_target_expense       (const char *platform, int n);
char             *sb_evidence_target_certification (const char *name);
char             *sb_evidence_target_receipt       (const char *voucher);
char             *sb_evidence_target_firm          (const char *platform, int n);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbEvidenceTarget, sb_evidence_target_free)

/* TRUE for the roles listed above; the Chinese name of a role ("发票"),
 * "" for the empty role. */
gboolean          sb_evidence_role_is_valid (const char *role);
const char       *sb_evidence_role_title    (const char *role);

/* The largest file that can be attached (bytes). */
#define SB_EVIDENCE_MAX_SIZE (64 * 1024 * 1024)

typedef enum
{
  SB_EVIDENCE_MEDIA_PDF,
  SB_EVIDENCE_MEDIA_JPEG,
  SB_EVIDENCE_MEDIA_PNG,
} SbEvidenceMedia;

const char       *sb_evidence_media_name    (SbEvidenceMedia media);  /* "pdf" … */

/* What a file is: a readable PDF (poppler) with its page count, or a JPEG
 * or PNG image (GdkPixbuf), one page.  INVALID naming @name and why when it
 * is none of these, or is empty or larger than SB_EVIDENCE_MAX_SIZE. */
gboolean          sb_evidence_probe         (const char *name, GBytes *data,
                                             SbEvidenceMedia *out_media, guint *out_pages,
                                             GError **error);

typedef struct
{
  gint64          id;
  gint64          company_id;
  char           *target;     /* canonical */
  char           *role;       /* "" or a role */
  guint           position;   /* order under (target) */
  char           *name;       /* the file's name when attached */
  gint64          size;       /* bytes */
  guint           pages;
  SbEvidenceMedia media;
  char           *sha256;     /* 64 lower-case hex digits */
  char           *added_at;
} SbAttachment;

void              sb_attachment_free        (SbAttachment *a);
SbAttachment     *sb_attachment_copy        (const SbAttachment *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbAttachment, sb_attachment_free)

/* Attaches @data (the file @name) to @target of the company, after the
 * files attached to it already; the blob is stored unless the same bytes
 * are; the same file attached to the same target again is not added twice
 * (*out_id: the attachment there).  Refused (INVALID, nothing written) as sb_evidence_probe () says, for
 * a target that does not parse, or an unknown role; NOT_FOUND without the
 * company.  *out_id: the attachment's id. */
gboolean          sb_store_attach_bytes     (SbStore *self, gint64 company_id,
                                             const char *target, const char *role,
                                             const char *name, GBytes *data,
                                             gint64 *out_id, GError **error);
/* The same, reading @path (its base name is the name kept). */
gboolean          sb_store_attach_file      (SbStore *self, gint64 company_id,
                                             const char *target, const char *role,
                                             const char *path, gint64 *out_id,
                                             GError **error);
/* The company's attachments (SbAttachment*), ordered by target and
 * position; only those of @target when it is not NULL. */
GPtrArray        *sb_store_list_attachments (SbStore *self, gint64 company_id,
                                             const char *target, GError **error);
SbAttachment     *sb_store_get_attachment   (SbStore *self, gint64 id, GError **error);
/* The bytes of a kept file. */
GBytes           *sb_store_read_blob        (SbStore *self, const char *sha256,
                                             GError **error);
/* Writes the attachment's file to a new temporary file (mode 0600, its
 * name ending as the attachment's) and returns its path, to open in
 * another program; the caller removes it when done. */
char             *sb_store_extract_attachment (SbStore *self, gint64 id, GError **error);
/* Replaces the file of an attachment (same target, role and place) by
 * @path's; refused as for attaching, the old file kept. */
gboolean          sb_store_replace_attachment (SbStore *self, gint64 id, const char *path,
                                               GError **error);
/* Says which part of its target an attachment is (@role as above). */
gboolean          sb_store_set_attachment_role (SbStore *self, gint64 id, const char *role,
                                                GError **error);
/* Removes an attachment; *out_removed (may be NULL) what it was, for
 * sb_store_restore_attachment () to undo it while the database is open. */
gboolean          sb_store_remove_attachment  (SbStore *self, gint64 id,
                                               SbAttachment **out_removed, GError **error);
/* Puts a removed attachment back, with its id and place.  NOT_FOUND when its
 * file is no longer kept (the database was closed since). */
gboolean          sb_store_restore_attachment (SbStore *self, const SbAttachment *a,
                                               GError **error);
/* Drops the kept files no attachment names; *out_n how many. */
gboolean          sb_store_prune_blobs        (SbStore *self, guint *out_n, GError **error);

G_END_DECLS
