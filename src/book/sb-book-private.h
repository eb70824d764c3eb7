/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book-private.h: what the book's source files share — the plan (items
 * in book order), the pages, drawing and writing. */
#pragma once

#include <cairo.h>

#include "sb-book.h"
#include "sb-form-writers.h"

G_BEGIN_DECLS

/* Noto Serif CJK SC, as the tables (sb-form-text.h) */
#define SB_BOOK_FAMILY "Noto Serif CJK SC, Noto Sans CJK SC, Serif"
#define SB_BOOK_A4_W SB_FORM_PAGE_A4_WIDTH
#define SB_BOOK_A4_H SB_FORM_PAGE_A4_HEIGHT
/* lines of a 总目录 / 分类目录 page */
#define SB_BOOK_TOC_LINES 30
/* lines of a 分类目录 page (below the material's title) */
#define SB_BOOK_SUBTOC_LINES 26

typedef enum
{
  ITEM_COVER,
  ITEM_TOC,       /* 总目录 */
  ITEM_HEADING,   /* a title without pages of its own (a trade-fund direction) */
  ITEM_SUBTOC,    /* a material of several parts: its 分类目录 page(s) */
  ITEM_TABLE,     /* a generated table */
  ITEM_TEXT,      /* text set on A4 pages (the business statement) */
  ITEM_FILES,     /* attached files, then a page naming what is missing */
} ItemKind;

typedef struct
{
  ItemKind     kind;
  int          level;
  char        *title;
  char        *target;    /* page-map key, or NULL */
  gboolean     in_toc;    /* a line of the 总目录 */
  /* TABLE */
  char        *form_id;
  SbForm      *form;
  SbFormPages *pages;
  /* TEXT */
  char        *text;
  GArray      *breaks;    /* guint: the first line of every page */
  /* FILES */
  GPtrArray   *files;     /* SbAttachment* */
  char        *missing;   /* "缺少：…" text of the placeholder page, or NULL */
  /* numbering */
  guint        n_pages;
  guint        first_page;  /* from 1; 0 when no pages */
  guint        last_page;   /* with the items under it */
  SbBookEntry  entry;
} SbBookItem;

/* One page of the book. */
typedef struct
{
  SbBookItem   *item;
  guint         local;       /* the page's index within the item */
  SbAttachment *file;        /* FILES: the file it comes from, or NULL (placeholder) */
  guint         file_page;   /* page of that file (from 0) */
  gboolean      rendered;    /* a PDF page drawn with poppler instead of copied */
  double        width, height;
} SbBookPage;

struct _SbBook
{
  SbStore    *store;
  char       *program;       /* "tase", "tradefund" */
  char       *company;
  char       *program_title; /* "技术先进型服务企业认定申报材料" */
  int         year;
  GPtrArray  *items;         /* SbBookItem* */
  GPtrArray  *entries;       /* SbBookEntry* (pointing into the items) */
  GPtrArray  *gaps;          /* SbBookGap* */
  GPtrArray  *targets;       /* SbBookTarget* */
  GHashTable *map;           /* target → guint[2] first, last */
  GArray     *pages;         /* SbBookPage, after numbering */
  gboolean    render_pdfs;   /* draw attached PDFs with poppler, copy none */
  SbPeriod    period;        /* the trade fund's support period (附件3's rows) */
  char       *files_dir;     /* the attached files extracted (sb_book_prepare), or NULL */
};

/* sb-book-draw.c */
/* Lays the text of a TEXT item out on A4 pages: item->breaks, item->n_pages. */
void        sb_book_text_paginate   (SbBookItem *item);
/* Draws generated page @page of @book on @cr (user space: points, origin
 * top-left), its number "第 x 页" at the foot (@number). */
void        sb_book_draw_page       (SbBook *book, const SbBookPage *page, guint number,
                                     GBytes *image, cairo_t *cr);
/* Draws only "第 x 页" for a page @width × @height (the overlay of a copied page). */
void        sb_book_draw_folio      (cairo_t *cr, double width, double height, guint number);
/* The size of an image page: A4, landscape when the image (turned by its
 * EXIF orientation) is wider than high. */
gboolean    sb_book_image_page_size (GBytes *image, double *width, double *height,
                                     GError **error);

/* sb-book-pdf.c */
void        sb_book_unprepare       (SbBook *book);
gboolean    sb_book_write_pdf       (SbBook *book, const char *path,
                                     SbBookProgressFunc progress, gpointer user_data,
                                     GCancellable *cancellable, GError **error);

G_END_DECLS
