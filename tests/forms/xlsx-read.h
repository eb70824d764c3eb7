/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xlsx-read.h: a small XLSX reader for the tests (zip, sheets, strings, styles). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _XlsxBook XlsxBook;
typedef struct _XlsxSheet XlsxSheet;

typedef enum
{
  XLSX_CELL_BLANK,    /* no value (a formatted empty cell) */
  XLSX_CELL_NUMBER,   /* <v> without t, or t="n" */
  XLSX_CELL_SHARED,   /* t="s": a shared string */
  XLSX_CELL_INLINE,   /* t="inlineStr" */
  XLSX_CELL_STR,      /* t="str": a formula's string result */
  XLSX_CELL_OTHER,    /* t="b", t="e" */
} XlsxCellType;

typedef struct
{
  char         *ref;      /* "A1" */
  XlsxCellType  type;
  char         *text;     /* strings: the text; numbers: the <v> text; NULL when blank */
  gboolean      formula;  /* the cell has an <f> element */
  guint         style;    /* the s attribute (index into cellXfs) */
} XlsxCell;

/* Reads the zip central directory and inflates every entry. */
XlsxBook        *xlsx_book_open            (const char *path, GError **error);
void             xlsx_book_free            (XlsxBook *book);
/* The bytes of entry @name ("xl/styles.xml"), or NULL. */
GBytes          *xlsx_book_get_entry       (XlsxBook *book, const char *name);
/* The entry as a NUL-terminated string, or NULL (owned by the book). */
const char      *xlsx_book_get_text        (XlsxBook *book, const char *name);

guint            xlsx_book_get_n_sheets    (XlsxBook *book);
const char      *xlsx_book_get_sheet_name  (XlsxBook *book, guint index);
/* Owned by the book; NULL when there is no such sheet. */
XlsxSheet       *xlsx_book_get_sheet       (XlsxBook *book, guint index);
/* The text of <definedName name=@name localSheetId=@sheet>, or NULL
 * (@sheet −1: a name without localSheetId). */
const char      *xlsx_book_get_defined_name (XlsxBook *book, const char *name, int sheet);

/* The style @style's number format code ("General", "#,##0.00", "0.00%"),
 * built-in formats translated to their codes. */
const char      *xlsx_book_style_num_format (XlsxBook *book, guint style);
gboolean         xlsx_book_style_bold      (XlsxBook *book, guint style);
double           xlsx_book_style_font_size (XlsxBook *book, guint style);
/* "left", "center", "right" or NULL (general). */
const char      *xlsx_book_style_halign    (XlsxBook *book, guint style);
gboolean         xlsx_book_style_wrap      (XlsxBook *book, guint style);
/* TRUE when all four sides have a border. */
gboolean         xlsx_book_style_bordered  (XlsxBook *book, guint style);

/* The cell @ref ("B3"), or NULL when the sheet has none. */
const XlsxCell  *xlsx_sheet_get_cell       (XlsxSheet *sheet, const char *ref);
/* Shortcut: the cell @row, @col (from 0). */
const XlsxCell  *xlsx_sheet_get_cell_at    (XlsxSheet *sheet, guint row, guint col);
guint            xlsx_sheet_get_n_cells    (XlsxSheet *sheet);
/* The merged ranges ("A1:F1"), in file order. */
GPtrArray       *xlsx_sheet_get_merges     (XlsxSheet *sheet);
gboolean         xlsx_sheet_has_merge      (XlsxSheet *sheet, const char *range);
/* An attribute of the first element named @element in the sheet XML
 * ("pageSetup", "orientation"), or NULL. */
const char      *xlsx_sheet_get_attr       (XlsxSheet *sheet, const char *element,
                                            const char *attr);
/* The text of the first "oddHeader" or "oddFooter" element, or NULL. */
const char      *xlsx_sheet_get_element_text (XlsxSheet *sheet, const char *element);
/* The width of column @col (from 0), or −1 when not set. */
double           xlsx_sheet_get_column_width (XlsxSheet *sheet, guint col);
/* The ht attribute of row @row (from 0), or −1. */
double           xlsx_sheet_get_row_height (XlsxSheet *sheet, guint row);
/* The highest row with a cell (from 0), or −1. */
int              xlsx_sheet_get_last_row   (XlsxSheet *sheet);

/* "A1" of @row, @col (from 0). */
char            *xlsx_ref                  (guint row, guint col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XlsxBook, xlsx_book_free)

G_END_DECLS
