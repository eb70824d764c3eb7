/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ledger-fixtures.h: the tests write their own workbooks: XLSX with
 * libxlsxwriter or part by part (a zip through libgsf), BIFF8 .xls in an OLE2
 * container through libgsf, CSV in any encoding. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A zip of @parts: name, text, name, text, …, NULL. */
void  fixture_write_zip  (const char *path, const char * const *parts);
/* An OOXML workbook of one sheet whose <sheetData> is @sheet_data, with
 * @shared (NULL-terminated, or NULL) as shared strings, the 1904 system when
 * @date1904; cellXfs: 0 General, 1 a date (numFmt 14), 2 "yyyy年m月d日". */
void  fixture_write_xlsx_parts (const char *path, const char *sheet_data,
                                const char * const *shared, gboolean date1904,
                                const char *merge_cells);
/* A BIFF8 workbook: sheets named @names (NULL-terminated); sheet k has
 * @rows[k] rows of @cols cells from @cells[k] (row-major; NULL: empty; text
 * starting with "#n" is the number after it, "#d" a date serial with a date
 * format). */
void  fixture_write_xls  (const char *path, const char * const *names,
                          const char * const * const *cells, const guint *rows, guint cols);
/* An OLE2 file holding an "EncryptedPackage" stream (a password-protected
 * .xlsx) */
void  fixture_write_encrypted (const char *path);
/* @text (UTF-8) written in @encoding, with a byte-order mark when @bom. */
void  fixture_write_text (const char *path, const char *text, const char *encoding,
                          gboolean bom);

G_END_DECLS
