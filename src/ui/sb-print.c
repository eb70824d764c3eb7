/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-print.c: an official table printed (GtkPrintOperation) or saved as PDF or XLSX from the window. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-print.h"

/* ---- a copy of a form ------------------------------------------------------ */

static SbForm *
form_copy (const SbForm *form)
{
  SbForm *copy = sb_form_new (form->id, form->title);

  for (guint t = 0; t < form->tables->len; t++)
    {
      const SbTable *table = g_ptr_array_index (form->tables, t);
      SbTable *to = sb_form_add_table (copy, table->sheet_name, table->title);

      to->landscape = table->landscape;
      for (guint i = 0; i < table->above->len; i++)
        sb_table_add_above (to, g_ptr_array_index (table->above, i));
      for (guint i = 0; i < table->below->len; i++)
        sb_table_add_below (to, g_ptr_array_index (table->below, i));
      for (guint c = 0; c < table->columns->len; c++)
        {
          const SbTableColumn *column = &g_array_index (table->columns, SbTableColumn, c);

          sb_table_add_column (to, column->header, column->width);
        }
      for (guint r = 0; r < table->rows->len; r++)
        {
          const SbTableRow *row = g_ptr_array_index (table->rows, r);
          SbTableRow *to_row = sb_table_add_row (to, row->kind);

          for (guint i = 0; i < row->cells->len; i++)
            {
              const SbCell *cell = g_ptr_array_index (row->cells, i);
              SbCell *to_cell = sb_row_add_empty (to_row);

              *to_cell = *cell;
              to_cell->text = g_strdup (cell->text);
            }
        }
    }
  return copy;
}

/* ---- printing ------------------------------------------------------------- */

static void
on_request_page_setup (GtkPrintOperation *op, GtkPrintContext *context, int page_nr,
                       GtkPageSetup *setup, SbFormPages *pages)
{
  if ((guint) page_nr < sb_form_pages_get_n_pages (pages))
    gtk_page_setup_set_orientation (setup, sb_form_pages_is_landscape (pages, page_nr)
                                             ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                             : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page (GtkPrintOperation *op, GtkPrintContext *context, int page_nr, SbFormPages *pages)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double pw, ph, scale;

  if ((guint) page_nr >= sb_form_pages_get_n_pages (pages))
    return;
  /* A4 drawn as it is; other paper: the page scaled to fit, centred */
  sb_form_pages_get_page_size (pages, page_nr, &pw, &ph);
  scale = MIN (width / pw, height / ph);
  if (scale > 0.995 && scale < 1.005)
    scale = 1;
  cairo_save (cr);
  cairo_translate (cr, (width - pw * scale) / 2, (height - ph * scale) / 2);
  cairo_scale (cr, scale, scale);
  sb_form_pages_draw (pages, page_nr, cr);
  cairo_restore (cr);
}

GtkPrintOperation *
sb_print_operation_new (const SbForm *form)
{
  GtkPrintOperation *op = gtk_print_operation_new ();
  SbFormPages *pages = sb_form_pages_new (form);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_paper_size_free (a4);
  gtk_page_setup_set_orientation (setup, sb_form_pages_get_n_pages (pages) > 0
                                           && sb_form_pages_is_landscape (pages, 0)
                                           ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                           : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_n_pages (op, MAX (sb_form_pages_get_n_pages (pages), 1));
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (op, sb_form_pages_get_title (pages));
  g_object_set_data_full (G_OBJECT (op), "sb-form-pages", pages,
                          (GDestroyNotify) sb_form_pages_free);
  g_signal_connect (op, "request-page-setup", G_CALLBACK (on_request_page_setup), pages);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), pages);
  return op;
}

static void
print_complete (GTask *task, GtkPrintOperation *op, GtkPrintOperationResult result,
                GError *run_error)
{
  if (g_task_get_completed (task) || g_object_get_data (G_OBJECT (task), "sb-done") != NULL)
    return;
  g_object_set_data (G_OBJECT (task), "sb-done", GINT_TO_POINTER (1));
  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_task_return_boolean (task, TRUE);
      break;
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("Printing was cancelled"));
      break;
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      {
        GError *error = NULL;

        gtk_print_operation_get_error (op, &error);
        if (error == NULL && run_error != NULL)
          error = g_error_copy (run_error);
        if (error == NULL)
          error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED, _("The table could not be printed"));
        g_task_return_error (task, error);
        break;
      }
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      g_object_set_data (G_OBJECT (task), "sb-done", NULL);
      break;
    }
}

static void
on_print_done (GtkPrintOperation *op, GtkPrintOperationResult result, GTask *task)
{
  print_complete (task, op, result, NULL);
}

void
sb_print_form_async (GtkWindow *parent, const SbForm *form, GCancellable *cancellable,
                     GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr(GTask) task = g_task_new (parent, cancellable, callback, user_data);
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (form != NULL);

  g_task_set_source_tag (task, sb_print_form_async);
  op = sb_print_operation_new (form);
  gtk_print_operation_set_allow_async (op, TRUE);
  g_task_set_task_data (task, g_object_ref (op), g_object_unref);
  g_signal_connect_data (op, "done", G_CALLBACK (on_print_done), g_object_ref (task),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  print_complete (task, op, result, error);
}

gboolean
sb_print_form_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- saving ---------------------------------------------------------------- */

typedef struct
{
  SbForm               *form;
  SbSaveFormat          format;
  GtkFileChooserNative *chooser;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  sb_form_free (save->form);
  if (save->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (save->chooser));
  g_clear_object (&save->chooser);
  g_free (save);
}

static const char *
format_extension (SbSaveFormat format)
{
  return format == SB_SAVE_PDF ? ".pdf" : ".xlsx";
}

/* @path with the format's extension when it has none (and no file has
 * that name already: the chooser asked about overwriting @path only). */
static char *
with_extension (const char *path, SbSaveFormat format)
{
  const char *ext = format_extension (format);
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *longer = NULL;

  if (g_str_has_suffix (lower, ext))
    return g_strdup (path);
  longer = g_strconcat (path, ext, NULL);
  if (g_file_test (longer, G_FILE_TEST_EXISTS))
    return g_strdup (path);
  return g_steal_pointer (&longer);
}

static void
on_save_response (GtkNativeDialog *dialog, int response, GTask *task)
{
  SaveData *save = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  gboolean ok;

  gtk_native_dialog_hide (dialog);
  if (response != GTK_RESPONSE_ACCEPT || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Saving was cancelled"));
      g_object_unref (task);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  chosen = file != NULL ? g_file_get_path (file) : NULL;
  if (chosen == NULL)
    {
      g_task_return_new_error (task, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
                               _("Choose a folder on this computer to save the table in"));
      g_object_unref (task);
      return;
    }
  path = with_extension (chosen, save->format);
  if (save->format == SB_SAVE_PDF)
    ok = sb_form_write_pdf (save->form, path, &error);
  else
    ok = sb_form_write_xlsx (save->form, path, &error);
  if (ok)
    g_task_return_pointer (task, g_steal_pointer (&path), g_free);
  else
    g_task_return_error (task, error);
  g_object_unref (task);
}

void
sb_print_save_async (GtkWindow *parent, const SbForm *form, SbSaveFormat format,
                     const char *suggested_name, GCancellable *cancellable,
                     GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);
  SaveData *save = g_new0 (SaveData, 1);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_if_fail (form != NULL);

  g_task_set_source_tag (task, sb_print_save_async);
  save->form = form_copy (form);
  save->format = format;
  save->chooser = gtk_file_chooser_native_new (format == SB_SAVE_PDF ? _("Save as PDF")
                                                                     : _("Export as XLSX"),
                                               parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  g_task_set_task_data (task, save, save_data_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (save->chooser), TRUE);
  if (format == SB_SAVE_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_mime_type (filter,
                                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (save->chooser), filter);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (save->chooser), folder, NULL);
    }
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (save->chooser), suggested_name);
  /* the task holds itself until the response */
  g_signal_connect (save->chooser, "response", G_CALLBACK (on_save_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (save->chooser));
}

char *
sb_print_save_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- file names -------------------------------------------------------------- */

static void
append_clean (GString *out, const char *part)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (part));

  if (*trimmed == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '-');
  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
}

char *
sb_print_suggest_name (const char *company, const SbForm *form, int year, SbSaveFormat format)
{
  GString *name = g_string_new (NULL);

  if (company != NULL)
    append_clean (name, company);
  if (form != NULL && form->title != NULL)
    append_clean (name, form->title);
  if (year > 0)
    {
      g_autofree char *y = g_strdup_printf ("%d", year);

      append_clean (name, y);
    }
  if (name->len == 0)
    g_string_append (name, "table");
  /* leading dots would hide the file */
  while (name->str[0] == '.')
    g_string_erase (name, 0, 1);
  g_string_append (name, format_extension (format));
  return g_string_free (name, FALSE);
}
