/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-print.h: an official table printed (GtkPrintOperation) or saved as PDF or XLSX from the window.
 *
 * Printing lays the form out with sb_form_pages_new(): the pages the
 * preview and the PDF show, A4, each page portrait or landscape as its
 * table is; on other paper a page is scaled to fit.  Saving asks for a
 * file (GtkFileChooserNative) and writes it with sb_form_write_pdf() or
 * sb_form_write_xlsx().  The form is copied when the call is made: it may
 * change or be freed while the dialogs are open. */
#pragma once

#include <gtk/gtk.h>

#include "sb-form-writers.h"

G_BEGIN_DECLS

typedef enum
{
  SB_SAVE_PDF,
  SB_SAVE_XLSX,
} SbSaveFormat;

/* A print operation for @form: its pages, A4, the orientation of each
 * page, the form's title as the job's name.  (transfer full) */
GtkPrintOperation *sb_print_operation_new (const SbForm *form);

/* Shows the print dialog over @parent and prints @form.  The result is
 * TRUE once printed (sent to the printer or to a file); FALSE with
 * G_IO_ERROR_CANCELLED when the user cancels, or the printer's error. */
void               sb_print_form_async    (GtkWindow           *parent,
                                           const SbForm        *form,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean           sb_print_form_finish   (GAsyncResult        *result,
                                           GError             **error);

/* Asks where to save @form (@suggested_name: a file name with its
 * extension, in the Documents folder) and writes it there as @format, mode
 * 0600.  The result is the path written (free it); NULL with
 * G_IO_ERROR_CANCELLED when the user cancels, or SB_FORM_ERROR_WRITE. */
void               sb_print_save_async    (GtkWindow           *parent,
                                           const SbForm        *form,
                                           SbSaveFormat         format,
                                           const char          *suggested_name,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
char              *sb_print_save_finish   (GAsyncResult        *result,
                                           GError             **error);

/* A file name for @form of @company ("公司名-表名-2024.pdf"): the
 * characters a file name cannot hold replaced; @year 0: none. */
char              *sb_print_suggest_name  (const char          *company,
                                           const SbForm        *form,
                                           int                  year,
                                           SbSaveFormat         format);

G_END_DECLS
