/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book.h: the application book (issue 14) — what the authorities receive.
 *
 * One PDF per program application: a cover (company, program, year), the
 * 总目录 with page numbers, then the notice's materials in the notice's order
 * (TASE: 000 一（三）; trade fund: 002 附件3, per direction), each with its
 * 分类目录 where it has several parts, the generated tables (drawn by
 * src/forms) and the attached evidence (sb-evidence.h) in table-row order;
 * continuous page numbers "第 x 页" on every page and a PDF bookmark for
 * every material, table and proof.
 *
 * The page numbers flow back: the book knows on which page every material
 * and every row's proof starts, and fills the tables' 附件编号 / 页码 columns
 * from that map (laying the book out again when a filled table changed
 * length), so that the book's tables and the map agree.
 *
 * Attached PDFs are copied losslessly with qpdf (libqpdf: the original page
 * objects, their text stays selectable) and the page numbers are overlaid
 * on them; images are placed on A4 pages by cairo, turned by their EXIF
 * orientation and scaled to fit, a JPEG embedded as its own bytes (no
 * recompression). */
#pragma once

#include <gio/gio.h>

#include "sb-evidence.h"
#include "sb-form.h"

G_BEGIN_DECLS

#define SB_BOOK_ERROR (sb_book_error_quark ())

typedef enum
{
  SB_BOOK_ERROR_PROGRAM,    /* no such program, or the company does not claim it */
  SB_BOOK_ERROR_WRITE,      /* the file cannot be written */
  SB_BOOK_ERROR_MERGE,      /* an attached PDF cannot be copied */
  SB_BOOK_ERROR_CANCELLED,
} SbBookError;

GQuark sb_book_error_quark (void);

typedef struct _SbBook SbBook;

/* One line of what is missing before binding: a row without its proof, a
 * material not attached, a contract whose copy is owed (RULES.md §1.6). */
typedef struct
{
  char     *target;    /* what to attach to (sb-evidence.h) */
  char     *role;      /* the part missing ("invoice"), "" for any */
  char     *message;   /* "合同 JP-2024-01 缺少发票" */
  char     *section;   /* the material it belongs to ("8. 技术先进型服务业务收入…") */
} SbBookGap;

void        sb_book_gap_free        (SbBookGap *gap);

/* Something files can be attached to, in book order: every material, row
 * and line of the program, attached or not. */
typedef struct
{
  char *target;
  char *title;     /* as the book names it */
  char *section;   /* the material or direction it belongs to */
  int   level;
} SbBookTarget;

void        sb_book_target_free     (SbBookTarget *target);

/* One entry of the book's outline and tables of contents. */
typedef struct
{
  int         level;       /* 0 material (or direction), 1 part, 2 proof */
  const char *title;
  const char *target;      /* a target, "table:ID", or NULL */
  guint       first_page;  /* from 1; 0: no page */
  guint       last_page;   /* with its parts */
} SbBookEntry;

/* "tase", "tradefund" (or "trade_fund"), "hnte"; NULL for another program. */
const char *sb_book_program_name    (const char *program);

/* Plans the book of @program for the company @company_id of @store, read as
 * @input (the model and its evaluation, as for the tables): which pages come
 * from where, the gaps, the page numbers (the tables laid out, filled and
 * laid out again).  PROGRAM when the company does not claim the program. */
SbBook     *sb_book_new             (SbStore *store, gint64 company_id, const char *program,
                                     const SbFormInput *input, GError **error);
void        sb_book_free            (SbBook *book);

guint       sb_book_get_n_pages     (SbBook *book);
/* The year on the cover: TASE and HNTE, the application year; the trade
 * fund, the year its support period ends in. */
int         sb_book_get_year        (SbBook *book);
/* SbBookEntry* in book order (owned by the book). */
GPtrArray  *sb_book_get_entries     (SbBook *book);
/* SbBookGap* (owned by the book), in book order. */
GPtrArray  *sb_book_get_gaps        (SbBook *book);
/* The pages of @target (a target, or "table:ID"): FALSE when the book has
 * none. */
gboolean    sb_book_lookup          (SbBook *book, const char *target, guint *first,
                                     guint *last);
/* "12" or "12-14", as the tables show it; NULL when none. */
char       *sb_book_page_label      (SbBook *book, const char *target);

/* Copies the attached files out of the store into a private folder (0700,
 * files 0600), on the calling thread.  After it, sb_book_write () does not
 * touch the store and may run in another thread (the window binds in a
 * worker while the store goes on serving edits).  sb_book_write () calls it
 * when it was not called; the folder goes when the book is written. */
gboolean    sb_book_prepare         (SbBook *book, GError **error);

/* Fills the page columns of @form (built from @input, as the book builds
 * it) from the book's map: 附件3 and 附件4 附件编号, 附件9 凭证、申报单页码,
 * the materials list's 页码 (for a table printed on its own, the same
 * numbers as in the book).  Other forms are left as they are. */
void        sb_book_fill_form       (SbBook *book, SbForm *form, const SbFormInput *input);

/* Draws the attached PDFs' pages with poppler (as vectors, through cairo)
 * instead of copying them with qpdf.  A PDF qpdf cannot read is drawn so in
 * any case. */
void        sb_book_set_render_pdfs (SbBook *book, gboolean render);

typedef void (*SbBookProgressFunc) (double fraction, const char *what, gpointer user_data);

/* Writes the book to @path: atomically (a temporary file in the same
 * folder, fsync, rename), mode 0600.  @progress (may be NULL) is called
 * from this thread; @cancellable stops it between pages (CANCELLED; nothing
 * is left behind). */
gboolean    sb_book_write           (SbBook *book, const char *path,
                                     SbBookProgressFunc progress, gpointer user_data,
                                     GCancellable *cancellable, GError **error);

/* The upload set: the same materials as separate PDFs in @dir (made 0700
 * when missing; a name ending in .zip: a zip archive of them instead), named in the notice's order ("02-企业开展技术先进型服务业务论述.pdf"),
 * each 0600, for the online platforms ("以附件形式以PDF格式按顺序上传"). */
gboolean    sb_book_write_upload_set (SbBook *book, const char *dir,
                                      SbBookProgressFunc progress, gpointer user_data,
                                      GCancellable *cancellable, GError **error);

/* The plan only (targets and gaps, no tables laid out): the window's panels. */
SbBook     *sb_book_plan            (SbStore *store, gint64 company_id, const char *program,
                                     const SbFormInput *input, GError **error);
/* SbBookTarget* (owned by the book). */
GPtrArray  *sb_book_get_targets     (SbBook *book);

/* The gaps alone (the window's panel): sb_book_new without laying out the
 * tables.  SbBookGap*. */
GPtrArray  *sb_book_list_gaps       (SbStore *store, gint64 company_id, const char *program,
                                     const SbFormInput *input, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbBook, sb_book_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbBookGap, sb_book_gap_free)

G_END_DECLS
