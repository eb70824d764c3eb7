/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-xls.c: Excel 97–2003 workbooks (BIFF) through FreeXL; the OLE2
 * container looked into with libgsf first, to tell a password-protected
 * .xlsx (an EncryptedPackage) or a Word file from a workbook. */
#include "config.h"

#include <freexl.h>
#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>

#include "sb-ledger-private.h"

static gboolean
protected_error (SbLedgerBook *book, GError **error)
{
  g_autofree char *display = g_filename_display_basename (book->path);

  g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_PROTECTED,
               _("“%s” is protected by a password; open it in a spreadsheet program, remove the password and save a copy"),
               display);
  return FALSE;
}

gboolean
sb_ledger_xls_open (SbLedgerBook *book, GError **error)
{
  g_autoptr(GsfInput) file = gsf_input_stdio_new (book->path, NULL);
  g_autoptr(GsfInfile) ole = file != NULL ? gsf_infile_msole_new (file, NULL) : NULL;
  g_autofree char *display = g_filename_display_basename (book->path);
  g_autoptr(GsfInput) encrypted = NULL;
  g_autoptr(GsfInput) workbook = NULL;
  unsigned int info = 0;
  unsigned int count = 0;
  int rc;

  if (ole == NULL)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_DAMAGED,
                   _("“%s” is damaged (%s); open it in a spreadsheet program and save it again"),
                   display, _("not a readable OLE2 file"));
      return FALSE;
    }
  encrypted = gsf_infile_child_by_name (ole, "EncryptedPackage");
  if (encrypted != NULL)
    return protected_error (book, error);
  workbook = gsf_infile_child_by_name (ole, "Workbook");
  if (workbook == NULL)
    workbook = gsf_infile_child_by_name (ole, "Book");
  if (workbook == NULL)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_NOT_SPREADSHEET,
                   _("“%s” is an Office file but not an Excel workbook"), display);
      return FALSE;
    }

  rc = freexl_open (book->path, &book->xls);
  if (rc != FREEXL_OK)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_DAMAGED,
                   _("“%s” is damaged (%s); open it in a spreadsheet program and save it again"),
                   display, "BIFF");
      return FALSE;
    }
  if (freexl_get_info (book->xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK
      && info == FREEXL_BIFF_OBFUSCATED)
    return protected_error (book, error);
  if (freexl_get_info (book->xls, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
    book->date1904 = info == FREEXL_BIFF_DATEMODE_1904;
  if (freexl_get_info (book->xls, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
    count = 0;
  for (unsigned int i = 0; i < count && i < 10000; i++)
    {
      const char *name = NULL;

      if (freexl_get_worksheet_name (book->xls, i, &name) != FREEXL_OK)
        name = NULL;
      g_ptr_array_add (book->sheet_names,
                       name != NULL && g_utf8_validate (name, -1, NULL)
                       ? g_strdup (name) : g_strdup_printf ("%u", i + 1));
    }
  return TRUE;
}

SbLedgerSheet *
sb_ledger_xls_read_sheet (SbLedgerBook *book, guint index, GError **error)
{
  g_autoptr(SbLedgerSheet) sheet = sb_ledger_sheet_new (g_ptr_array_index (book->sheet_names, index),
                                                        &book->limits);
  unsigned int rows = 0;
  unsigned short cols = 0;

  if (freexl_select_active_worksheet (book->xls, index) != FREEXL_OK
      || freexl_worksheet_dimensions (book->xls, &rows, &cols) != FREEXL_OK)
    {
      g_autofree char *display = g_filename_display_basename (book->path);

      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_DAMAGED,
                   _("“%s” is damaged (%s); open it in a spreadsheet program and save it again"),
                   display, sb_ledger_book_get_sheet_name (book, index));
      return NULL;
    }
  for (unsigned int r = 0; r < rows; r++)
    {
      if (!sb_ledger_sheet_begin_row (sheet, r + 1, error))
        return NULL;
      for (unsigned short c = 0; c < cols; c++)
        {
          FreeXL_CellValue v;
          SbLedgerCellKind kind;
          char *text;

          if (freexl_get_cell_value (book->xls, r, c, &v) != FREEXL_OK)
            continue;
          switch (v.type)
            {
            case FREEXL_CELL_INT:
              kind = SB_LEDGER_CELL_NUMBER;
              text = g_strdup_printf ("%d", v.value.int_value);
              break;
            case FREEXL_CELL_DOUBLE:
              kind = SB_LEDGER_CELL_NUMBER;
              text = sb_ledger_format_double (v.value.double_value);
              break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
              kind = SB_LEDGER_CELL_TEXT;
              text = v.value.text_value != NULL && g_utf8_validate (v.value.text_value, -1, NULL)
                     ? g_strdup (v.value.text_value) : NULL;
              break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
              kind = SB_LEDGER_CELL_DATE;
              text = v.value.text_value != NULL ? g_strndup (v.value.text_value, 10) : NULL;
              break;
            case FREEXL_CELL_TIME:
              kind = SB_LEDGER_CELL_TEXT;
              text = g_strdup (v.value.text_value);
              break;
            default:
              continue;
            }
          if (!sb_ledger_sheet_add_cell (sheet, c, kind, text, error))
            return NULL;
        }
      sb_ledger_sheet_end_row (sheet);
    }
  return g_steal_pointer (&sheet);
}
