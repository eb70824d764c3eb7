/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes through the ledger readers (the kind told by
 * the first bytes: a zip → XLSX, OLE2 → XLS, else CSV), every sheet read,
 * mapped and parsed, must give rows or an error — never a crash, and never
 * more memory than the (small) limits allow.
 *   CC=clang meson setup build-fuzz -Dfuzzing=true && ninja -C build-fuzz
 *   build-fuzz/tests/fuzz/fuzz-ledger CORPUS-FOLDER
 * (a corpus: the workbooks tests/ledger writes, kept with SHENBAO_KEEP). */
#include <glib/gstdio.h>
#include <unistd.h>

#include "sb-ledger-map.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static char *path;
  static const SbLedgerLimits limits = {
    .max_file_bytes = 4 * 1024 * 1024,
    .max_part_bytes = 16 * 1024 * 1024,
    .max_total_bytes = 32 * 1024 * 1024,
    .max_rows = 100000,
    .max_cols = 1024,
    .max_cells = 200000,
  };
  SbLedgerOptions options = { .limits = &limits };
  g_autoptr(SbLedgerBook) book = NULL;

  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("fuzz-ledger-XXXXXX", NULL);

      path = g_build_filename (dir, "input", NULL);
    }
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;
  book = sb_ledger_book_open (path, &options, NULL);
  for (guint i = 0; book != NULL && i < MIN (sb_ledger_book_get_n_sheets (book), 8u); i++)
    {
      g_autoptr(SbLedgerSheet) sheet = sb_ledger_book_read_sheet (book, i, NULL);

      if (sheet == NULL)
        continue;
      for (guint k = 0; k < SB_LEDGER_N_KINDS; k++)
        {
          g_autoptr(SbLedgerMapping) mapping = sb_ledger_mapping_guess (k, sheet);
          g_autoptr(SbLedgerParse) parse = sb_ledger_parse (mapping, sheet,
                                                            sb_ledger_book_get_date1904 (book),
                                                            NULL, 0);

          (void) parse;
        }
    }
  return 0;
}
