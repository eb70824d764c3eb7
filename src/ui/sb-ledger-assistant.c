/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-assistant.c: see sb-ledger-assistant.h.  The file is read and
 * the rows parsed again on every change of the sheet, the header row, a
 * column or the list (a ledger of tens of thousands of rows reads in a
 * fraction of a second); the preview shows the first rows, the summary all. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sb-ledger-assistant.h"
#include "sb-ledger-import.h"
#include "sb-window-private.h"

#define PREVIEW_ROWS 1000
#define ERRORS_SHOWN 50
#define UNDO_KEY "sb-ledger-undo"

static const char * const encodings[] = { NULL, "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "BIG5" };

struct _SbLedgerAssistant
{
  AdwWindow        parent_instance;

  SbWindow        *window;        /* weak */
  gint64           company_id;
  SbDossier       *dossier;       /* as stored when the assistant opened */
  SbEnterprise    *company;       /* built from it, for duplicates */
  GArray          *catalogue;     /* SbLedgerCategory */

  char            *path;
  SbLedgerBook    *book;
  SbLedgerSheet   *sheet;
  SbLedgerMapping *mapping;
  SbLedgerParse   *parse;
  char            *layout;
  guint            updating;      /* > 0 while widgets are set from the model */
  gboolean         busy;          /* a file is being read */
  char            *preview_signature;  /* the fields the preview's columns show */
  guint            generation;    /* of the latest read */

  GtkWidget       *import_button;
  GtkSpinner      *spinner;
  GtkWidget       *settings;      /* the left side: insensitive while reading */
  AdwActionRow    *file_row;
  AdwComboRow     *sheet_row;
  AdwComboRow     *encoding_row;
  AdwComboRow     *kind_row;
  AdwActionRow    *year_row;
  GtkSpinButton   *year_spin;
  AdwComboRow     *platform_row;
  GtkSpinButton   *header_spin;
  AdwComboRow     *duplicates_row;
  AdwActionRow    *proposals_row;
  GtkSwitch       *proposals_switch;
  GtkSwitch       *skip_bad_switch;
  AdwPreferencesGroup *columns_group;
  GPtrArray       *column_rows;   /* AdwComboRow*, one per field */
  GtkLabel        *summary;
  GtkLabel        *errors;
  GtkColumnView   *preview;
  GtkStringList   *preview_items;
};

G_DEFINE_FINAL_TYPE (SbLedgerAssistant, sb_ledger_assistant, ADW_TYPE_WINDOW)

typedef struct
{
  gint64     company_id;
  SbDossier *dossier;   /* the company before the import */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  sb_dossier_free (undo->dossier);
  g_free (undo);
}

/* ---- helpers ------------------------------------------------------------ */

static SbLedgerKind
current_kind (SbLedgerAssistant *self)
{
  guint k = adw_combo_row_get_selected (self->kind_row);

  return k < SB_LEDGER_N_KINDS ? (SbLedgerKind) k : SB_LEDGER_CONTRACTS;
}

static void
set_summary (SbLedgerAssistant *self, const char *text, gboolean error)
{
  gtk_label_set_text (self->summary, text);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->summary), "error");
}

static void
fill_target (SbLedgerAssistant *self, SbLedgerTarget *target)
{
  memset (target, 0, sizeof *target);
  target->year = gtk_spin_button_get_value_as_int (self->year_spin);
  target->platform = adw_combo_row_get_selected (self->platform_row) == 1 ? SB_PLATFORM_OM
                                                                         : SB_PLATFORM_CONSTRUCTION;
  switch (adw_combo_row_get_selected (self->duplicates_row))
    {
    case 1:
      target->duplicates = SB_LEDGER_DUPLICATES_REPLACE;
      break;
    case 2:
      target->duplicates = SB_LEDGER_DUPLICATES_KEEP_BOTH;
      break;
    default:
      target->duplicates = SB_LEDGER_DUPLICATES_SKIP;
      break;
    }
  target->skip_bad = gtk_switch_get_active (self->skip_bad_switch);
  target->accept_proposals = current_kind (self) == SB_LEDGER_CONTRACTS
                             && gtk_switch_get_active (self->proposals_switch);
}

/* ---- the preview --------------------------------------------------------- */

enum { COLUMN_ROW = -1, COLUMN_NOTES = -2 };

static char *
record_notes (SbLedgerAssistant *self, SbLedgerRecord *r)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < r->errors->len; i++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "",
                            (const char *) g_ptr_array_index (r->errors, i));
  if (r->duplicate)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "", _("already there"));
  if (r->offshore_proposed >= 0)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "",
                            r->offshore_proposed ? _("proposed: offshore") : _("proposed: not offshore"));
  if (r->category_proposed != NULL)
    g_string_append_printf (out, "%s%s %s", out->len > 0 ? "; " : "", _("proposed business:"),
                            r->category_proposed);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void reparse (SbLedgerAssistant *self);

/* ---- correcting a row ---------------------------------------------------- */

/* A row of the preview activated (Enter, double-click): a dialog with the
 * row's cells as the file has them; what is typed there replaces them in the
 * sheet in memory (the file is not touched) and the rows are read again. */
static void
on_correct_response (AdwMessageDialog *dialog, const char *response, SbLedgerAssistant *self)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (dialog), "entries");
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "row"));
  gboolean changed = FALSE;

  if (g_str_equal (response, "correct") && self->sheet != NULL && self->mapping != NULL)
    for (guint i = 0; i < entries->len; i++)
      {
        GtkWidget *entry = g_ptr_array_index (entries, i);
        int col = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "column"));
        const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
        const char *raw = sb_ledger_row_get_text (sb_ledger_sheet_find_row (self->sheet, number), col);

        if (g_strcmp0 (text, raw != NULL ? raw : "") != 0)
          changed |= sb_ledger_sheet_set_text (self->sheet, number, col, text);
      }
  if (changed)
    reparse (self);
  g_object_unref (self);
}

static void
correct_row (SbLedgerAssistant *self, guint position)
{
  SbLedgerRecord *r;
  guint n;
  const SbLedgerField *fields;
  GtkWidget *dialog, *group;
  GPtrArray *entries;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *first_wrong = NULL;

  if (self->parse == NULL || self->busy || position >= self->parse->records->len)
    return;
  r = g_ptr_array_index (self->parse->records, position);
  fields = sb_ledger_kind_fields (self->parse->kind, &n);
  heading = g_strdup_printf (_("Correct Row %u"), r->number);
  body = r->errors->len > 0 ? record_notes (self, r)
                            : g_strdup (_("The values as the file has them; the file itself is not changed."));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  gtk_widget_set_name (dialog, "ledger-correct");
  group = adw_preferences_group_new ();
  entries = g_ptr_array_new ();
  for (guint f = 0; f < n; f++)
    {
      int col = self->mapping->columns[f];
      const char *raw;
      GtkWidget *entry;
      g_autofree char *name = NULL;

      if (col < 0)
        continue;
      raw = sb_ledger_row_get_text (sb_ledger_sheet_find_row (self->sheet, r->number), col);
      entry = adw_entry_row_new ();
      name = g_strconcat ("correct:", fields[f].key, NULL);
      gtk_widget_set_name (entry, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry),
                                     g_dgettext (GETTEXT_PACKAGE, fields[f].label));
      gtk_editable_set_text (GTK_EDITABLE (entry), raw != NULL ? raw : "");
      g_object_set_data (G_OBJECT (entry), "column", GINT_TO_POINTER (col));
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry), TRUE);
      if (raw != NULL && !r->values[f].present && first_wrong == NULL)
        {
          first_wrong = entry;
          gtk_widget_add_css_class (entry, "error");
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry);
      g_ptr_array_add (entries, entry);
    }
  g_object_set_data_full (G_OBJECT (dialog), "entries", entries, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "row", GUINT_TO_POINTER (r->number));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "correct", _("C_orrect"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "correct",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "correct");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_correct_response), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
  if (first_wrong != NULL)
    gtk_widget_grab_focus (first_wrong);
}

static void
on_preview_activate (GtkColumnView *view, guint position, SbLedgerAssistant *self)
{
  correct_row (self, position);
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, SbLedgerAssistant *self)
{
  GtkWidget *child = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (child), 0);
  gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (child), 40);
  gtk_list_item_set_child (item, child);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, SbLedgerAssistant *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkStringObject *object = gtk_list_item_get_item (item);
  int field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "field"));
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);
  gboolean wrong = FALSE;
  SbLedgerRecord *r;
  g_autofree char *text = NULL;

  if (self->parse == NULL || index >= self->parse->records->len)
    return;
  r = g_ptr_array_index (self->parse->records, index);
  if (field == COLUMN_ROW)
    text = g_strdup_printf ("%u", r->number);
  else if (field == COLUMN_NOTES)
    {
      text = record_notes (self, r);
      wrong = r->errors->len > 0;
    }
  else
    {
      guint n;
      const SbLedgerField *fields = sb_ledger_kind_fields (self->parse->kind, &n);
      const char *raw = (guint) field < n && self->mapping->columns[field] >= 0
                        ? sb_ledger_row_get_text (sb_ledger_sheet_find_row (self->sheet, r->number),
                                                  self->mapping->columns[field])
                        : NULL;

      if ((guint) field < n && r->values[field].present)
        text = sb_ledger_value_format (&fields[field], &r->values[field]);
      else
        {
          /* a value that did not read: the cell as the file has it, to correct */
          text = g_strdup (raw != NULL ? raw : "");
          wrong = raw != NULL;
        }
    }
  gtk_label_set_text (GTK_LABEL (child), text);
  gtk_widget_set_tooltip_text (child, field == COLUMN_NOTES && text[0] != '\0' ? text : NULL);
  if (wrong)
    gtk_widget_add_css_class (child, "error");
  else
    gtk_widget_remove_css_class (child, "error");
}

static void
add_preview_column (SbLedgerAssistant *self, const char *title, int field)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "field", GINT_TO_POINTER (field));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (field == COLUMN_NOTES)
    gtk_column_view_column_set_expand (column, TRUE);
  else if (field >= 0)
    gtk_column_view_column_set_fixed_width (column, 120);
  gtk_column_view_append_column (self->preview, column);
  g_object_unref (column);
}

/* the columns of the preview: the row number, each mapped field, the notes
 * (made again only when the mapped fields change) */
static void
rebuild_preview (SbLedgerAssistant *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview);
  g_autofree char *signature = NULL;
  g_autoptr(GString) fields_mapped = g_string_new (NULL);
  guint n_fields;
  const SbLedgerField *fields = sb_ledger_kind_fields (current_kind (self), &n_fields);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint n = self->parse != NULL ? MIN (self->parse->records->len, (guint) PREVIEW_ROWS) : 0;

  g_string_append_printf (fields_mapped, "%d:", current_kind (self));
  for (guint f = 0; self->mapping != NULL && f < n_fields; f++)
    if (self->mapping->columns[f] >= 0)
      g_string_append_printf (fields_mapped, "%u,", f);
  signature = g_string_free (g_steal_pointer (&fields_mapped), FALSE);
  if (g_strcmp0 (signature, self->preview_signature) != 0)
    {
      g_free (self->preview_signature);
      self->preview_signature = g_steal_pointer (&signature);
      while (g_list_model_get_n_items (columns) > 0)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

          gtk_column_view_remove_column (self->preview, column);
        }
      add_preview_column (self, _("Row"), COLUMN_ROW);
      for (guint f = 0; self->mapping != NULL && f < n_fields; f++)
        if (self->mapping->columns[f] >= 0)
          add_preview_column (self, g_dgettext (GETTEXT_PACKAGE, fields[f].label), f);
      add_preview_column (self, _("Errors and notes"), COLUMN_NOTES);
    }

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_strdup_printf ("%u", i));
  g_ptr_array_add (items, NULL);
  gtk_string_list_splice (self->preview_items, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->preview_items)),
                          (const char * const *) items->pdata);
}

/* ---- reading and parsing ------------------------------------------------- */

static void
reparse (SbLedgerAssistant *self)
{
  SbLedgerTarget target;
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autofree char *summary = NULL;
  guint shown = 0;
  guint duplicates;

  g_clear_pointer (&self->parse, sb_ledger_parse_free);
  if (self->sheet == NULL || self->mapping == NULL)
    {
      rebuild_preview (self);
      gtk_widget_set_sensitive (self->import_button, FALSE);
      gtk_label_set_text (self->errors, "");
      return;
    }
  fill_target (self, &target);
  self->parse = sb_ledger_parse (self->mapping, self->sheet, sb_ledger_book_get_date1904 (self->book),
                                 (const SbLedgerCategory *) self->catalogue->data,
                                 self->catalogue->len);
  duplicates = sb_ledger_mark_duplicates (self->parse, self->company, self->dossier, &target);
  rebuild_preview (self);

  /* Translators: the summary above the preview */
  summary = g_strdup_printf (_("%u rows read · %u with errors · %u already there · %u total rows left out"),
                             self->parse->records->len, self->parse->n_errors, duplicates,
                             self->parse->n_totals);
  set_summary (self, summary, FALSE);
  for (guint i = 0; i < self->parse->records->len && shown < ERRORS_SHOWN; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (self->parse->records, i);

      for (guint k = 0; k < r->errors->len && shown < ERRORS_SHOWN; k++, shown++)
        g_string_append_printf (errors, "%s\n", (const char *) g_ptr_array_index (r->errors, k));
    }
  if (self->parse->n_errors > 0)
    g_string_append (errors, target.skip_bad
                             ? _("The rows with errors will be left out.")
                             : _("Fix these rows in the file, or turn on “Leave out the rows with errors”."));
  gtk_label_set_text (self->errors, errors->str);
  gtk_widget_set_sensitive (self->import_button,
                            self->parse->records->len > 0
                            && (self->parse->n_errors == 0 || target.skip_bad));
}

static void on_column_changed (AdwComboRow *row, GParamSpec *pspec, SbLedgerAssistant *self);

/* the combo rows of the columns, one per field, from the mapping */
static void
rebuild_columns (SbLedgerAssistant *self)
{
  guint n_fields;
  const SbLedgerField *fields = sb_ledger_kind_fields (current_kind (self), &n_fields);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  guint n_cols = self->sheet != NULL ? sb_ledger_sheet_get_n_cols (self->sheet) : 0;

  self->updating++;
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  gtk_string_list_append (choices, _("Not imported"));
  for (guint c = 0; c < MIN (n_cols, 300u); c++)
    {
      g_autofree char *letters = sb_ledger_column_name (c);
      g_autofree char *label = self->mapping != NULL
                               ? sb_ledger_mapping_column_label (self->mapping, self->sheet, c) : NULL;
      g_autofree char *text = label != NULL && label[0] != '\0'
                              ? g_strdup_printf ("%s — %s", letters, label) : g_strdup (letters);

      gtk_string_list_append (choices, text);
    }
  for (guint f = 0; f < n_fields; f++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *name = g_strconcat ("map:", fields[f].key, NULL);
      int col = self->mapping != NULL ? self->mapping->columns[f] : -1;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     g_dgettext (GETTEXT_PACKAGE, fields[f].label));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), col >= 0 && (guint) col < MIN (n_cols, 300u)
                                                       ? (guint) col + 1 : 0);
      gtk_widget_set_name (row, name);
      g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (f));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_column_changed), self);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
  self->updating--;
}

static void
sync_header_spin (SbLedgerAssistant *self)
{
  const SbLedgerRow *row = self->mapping != NULL && self->mapping->header >= 0
                           ? sb_ledger_sheet_get_row (self->sheet, self->mapping->header) : NULL;

  self->updating++;
  gtk_spin_button_set_range (self->header_spin, 0,
                             self->sheet != NULL && sb_ledger_sheet_get_n_rows (self->sheet) > 0
                             ? sb_ledger_sheet_get_row (self->sheet,
                                                        sb_ledger_sheet_get_n_rows (self->sheet) - 1)->number
                             : 0);
  gtk_spin_button_set_value (self->header_spin, row != NULL ? row->number : 0);
  self->updating--;
}

/* the mapping: remembered for this company, list and layout, else guessed */
static void
map_sheet (SbLedgerAssistant *self)
{
  SbLedgerKind kind = current_kind (self);
  SbStore *store = sb_application_get_store (self->window->app);
  g_autofree char *remembered = NULL;

  g_clear_pointer (&self->mapping, sb_ledger_mapping_free);
  g_clear_pointer (&self->layout, g_free);
  if (self->sheet == NULL)
    return;
  self->mapping = sb_ledger_mapping_guess (kind, self->sheet);
  self->layout = sb_ledger_mapping_layout (self->mapping, self->sheet);
  if (store != NULL)
    remembered = sb_store_get_ledger_mapping (store, self->company_id, sb_ledger_kind_id (kind),
                                              self->layout, NULL);
  if (remembered != NULL)
    {
      g_autoptr(SbLedgerMapping) copy = sb_ledger_mapping_copy (self->mapping);

      if (sb_ledger_mapping_from_string (copy, remembered)
          && copy->header < (int) sb_ledger_sheet_get_n_rows (self->sheet))
        {
          sb_ledger_mapping_free (self->mapping);
          self->mapping = g_steal_pointer (&copy);
        }
    }
}

static void
update_target_rows (SbLedgerAssistant *self)
{
  SbLedgerKind kind = current_kind (self);

  gtk_widget_set_visible (GTK_WIDGET (self->year_row), sb_ledger_kind_needs_year (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->platform_row),
                          kind == SB_LEDGER_EXPENSES || kind == SB_LEDGER_FIRMS);
  gtk_widget_set_visible (GTK_WIDGET (self->proposals_row), kind == SB_LEDGER_CONTRACTS);
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row),
                          self->book != NULL && sb_ledger_book_get_format (self->book) == SB_LEDGER_FORMAT_CSV);
}

/* ---- reading, in a thread ------------------------------------------------ */

/* A workbook of tens of thousands of rows takes a second to read: the file
 * is opened and the sheet read in a thread while the window stays live (a
 * spinner, the settings insensitive); a newer read makes an older one's
 * result be dropped. */
typedef struct
{
  char         *path;
  const char   *encoding;
  guint         sheet;
  SbLedgerBook *book;     /* in: the open book (NULL: open @path); out: the book */
  gboolean      reopen;   /* the file is opened anew */
  gboolean      opened;   /* the thread opened the book */
  SbLedgerSheet *result;
  guint         generation;
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_free (job->path);
  if (job->opened)
    g_clear_pointer (&job->book, sb_ledger_book_free);
  g_clear_pointer (&job->result, sb_ledger_sheet_free);
  g_free (job);
}

static void
read_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  ReadJob *job = data;
  GError *error = NULL;

  if (job->book == NULL)
    {
      SbLedgerOptions options = { .encoding = job->encoding };

      job->book = sb_ledger_book_open (job->path, &options, &error);
      if (job->book == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      job->opened = TRUE;
    }
  if (job->sheet < sb_ledger_book_get_n_sheets (job->book))
    {
      job->result = sb_ledger_book_read_sheet (job->book, job->sheet, &error);
      if (job->result == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_boolean (task, TRUE);
}

static void
set_busy (SbLedgerAssistant *self, gboolean busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (self->settings, !busy);
  if (busy)
    {
      g_autofree char *display = g_filename_display_basename (self->path);
      g_autofree char *text = g_strdup_printf (_("Reading “%s”…"), display);

      gtk_widget_set_sensitive (self->import_button, FALSE);
      set_summary (self, text, FALSE);
    }
}

static void
show_sheet (SbLedgerAssistant *self)
{
  map_sheet (self);
  sync_header_spin (self);
  rebuild_columns (self);
  reparse (self);
}

static void
on_read_done (GObject *source, GAsyncResult *result, gpointer data)
{
  SbLedgerAssistant *self = SB_LEDGER_ASSISTANT (source);
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (job->generation != self->generation)
    return;     /* a newer read started */
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (job->reopen)
        {
          g_autoptr(GtkStringList) none = gtk_string_list_new (NULL);

          g_clear_pointer (&self->book, sb_ledger_book_free);
          self->updating++;
          adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (none));
          self->updating--;
          update_target_rows (self);
        }
      g_clear_pointer (&self->sheet, sb_ledger_sheet_free);
      show_sheet (self);
      set_summary (self, error->message, TRUE);
      return;
    }
  if (job->opened)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      g_clear_pointer (&self->book, sb_ledger_book_free);
      self->book = g_steal_pointer (&job->book);
      job->opened = FALSE;
      self->updating++;
      for (guint i = 0; i < sb_ledger_book_get_n_sheets (self->book); i++)
        gtk_string_list_append (names, sb_ledger_book_get_sheet_name (self->book, i));
      adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
      adw_combo_row_set_selected (self->sheet_row, job->sheet);
      self->updating--;
      update_target_rows (self);
      if (sb_ledger_book_get_format (self->book) == SB_LEDGER_FORMAT_CSV)
        {
          gboolean guessed = FALSE;
          const char *encoding = sb_ledger_book_get_encoding (self->book, &guessed);
          g_autofree char *subtitle = guessed
            ? g_strdup_printf (_("%s (a guess: choose another if the text looks wrong)"), encoding)
            : g_strdup (encoding);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row), subtitle);
        }
      gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
    }
  g_clear_pointer (&self->sheet, sb_ledger_sheet_free);
  self->sheet = g_steal_pointer (&job->result);
  show_sheet (self);
}

/* Reads sheet @sheet of the open book, or (@reopen) opens the file first. */
static void
start_read (SbLedgerAssistant *self, gboolean reopen, guint sheet)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_read_done, NULL);
  ReadJob *job = g_new0 (ReadJob, 1);
  guint enc = adw_combo_row_get_selected (self->encoding_row);

  if (self->busy && !reopen)
    {
      /* the sheet changed while the file is still being opened: read it again */
      reopen = TRUE;
    }
  job->path = g_strdup (self->path);
  job->encoding = enc < G_N_ELEMENTS (encodings) ? encodings[enc] : NULL;
  job->sheet = sheet;
  job->book = reopen ? NULL : self->book;
  job->reopen = reopen;
  job->generation = ++self->generation;
  if (reopen)
    {
      g_autofree char *display = g_filename_display_basename (self->path);

      adw_action_row_set_subtitle (self->file_row, display);
    }
  g_task_set_task_data (task, job, read_job_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, read_thread);
}

/* ---- signals ------------------------------------------------------------ */

static void
on_column_changed (AdwComboRow *row, GParamSpec *pspec, SbLedgerAssistant *self)
{
  guint f = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  guint selected = adw_combo_row_get_selected (row);
  int col = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;

  if (self->updating > 0 || self->mapping == NULL || f >= self->mapping->n_fields)
    return;
  self->updating++;
  /* one field a column: another field on that column lets it go */
  for (guint i = 0; col >= 0 && i < self->mapping->n_fields; i++)
    if (i != f && self->mapping->columns[i] == col)
      {
        self->mapping->columns[i] = -1;
        adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, i), 0);
      }
  self->mapping->columns[f] = col;
  self->updating--;
  reparse (self);
}

static void
on_sheet_changed (SbLedgerAssistant *self)
{
  guint index = adw_combo_row_get_selected (self->sheet_row);

  if (self->updating == 0 && self->path != NULL && index != GTK_INVALID_LIST_POSITION)
    start_read (self, self->book == NULL, index);
}

static void
on_encoding_changed (SbLedgerAssistant *self)
{
  if (self->updating == 0 && self->path != NULL)
    start_read (self, TRUE, 0);
}

static void
on_kind_changed (SbLedgerAssistant *self)
{
  if (self->updating > 0)
    return;
  update_target_rows (self);
  map_sheet (self);
  sync_header_spin (self);
  rebuild_columns (self);
  reparse (self);
}

static void
on_header_changed (SbLedgerAssistant *self)
{
  int number = gtk_spin_button_get_value_as_int (self->header_spin);
  int index = -1;

  if (self->updating > 0 || self->sheet == NULL || self->mapping == NULL)
    return;
  for (guint i = 0; i < sb_ledger_sheet_get_n_rows (self->sheet); i++)
    if (sb_ledger_sheet_get_row (self->sheet, i)->number <= (guint) number)
      index = i;
  if (number == 0)
    index = -1;
  sb_ledger_mapping_set_header (self->mapping, self->sheet, index);
  rebuild_columns (self);
  reparse (self);
}

static void
on_target_changed (SbLedgerAssistant *self)
{
  if (self->updating == 0)
    reparse (self);
}

static void
on_choose_response (GtkNativeDialog *chooser, int response, SbLedgerAssistant *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        sb_ledger_assistant_open_path (self, path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file (SbLedgerAssistant *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Choose a Ledger"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, XLS, CSV)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "xls");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_choose_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget *widget, const char *action, GVariant *param)
{
  SbLedgerAssistant *self = SB_LEDGER_ASSISTANT (widget);

  if (gtk_widget_get_sensitive (self->import_button))
    sb_ledger_assistant_import (self);
}

static void
choose_action (GtkWidget *widget, const char *action, GVariant *param)
{
  choose_file (SB_LEDGER_ASSISTANT (widget));
}

/* ---- building ----------------------------------------------------------- */

static GtkWidget *
combo_row (const char *title, const char *name, const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  gtk_widget_set_name (row, name);
  return row;
}

static GtkWidget *
switch_row (const char *title, const char *subtitle, const char *name, GtkSwitch **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_name (sw, name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  *out = GTK_SWITCH (sw);
  return row;
}

static GtkWidget *
spin_row (const char *title, const char *subtitle, const char *name, double min, double max,
          GtkSpinButton **out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  *out = GTK_SPIN_BUTTON (spin);
  return row;
}

static void
build (SbLedgerAssistant *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *title = adw_window_title_new (_("Import a Ledger"), NULL);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *file_group = adw_preferences_group_new ();
  GtkWidget *target_group = adw_preferences_group_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *errors_scroller = gtk_scrolled_window_new ();
  GtkWidget *row;
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  const char *encoding_names[G_N_ELEMENTS (encodings) + 1];
  const char *duplicates[] = { _("Skip them"), _("Replace them"), _("Keep both"), NULL };
  const char *platforms[] = { _("Construction project"), _("O&M project"), NULL };

  for (guint i = 0; i < SB_LEDGER_N_KINDS; i++)
    g_ptr_array_add (kinds, (gpointer) sb_ledger_kind_title (i));
  g_ptr_array_add (kinds, NULL);
  encoding_names[0] = _("Detected");
  for (guint i = 1; i < G_N_ELEMENTS (encodings); i++)
    encoding_names[i] = encodings[i];
  encoding_names[G_N_ELEMENTS (encodings)] = NULL;

  gtk_window_set_title (GTK_WINDOW (self), _("Import a Ledger"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  /* header bar: Cancel, the title, Import */
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_set_name (self->import_button, "ledger-import");
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->import_button), "assistant.import");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_widget_set_tooltip_text (self->import_button, _("Import the rows (Ctrl+Return)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->spinner));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  if (self->dossier != NULL && self->dossier->company.name != NULL)
    adw_window_title_set_subtitle (ADW_WINDOW_TITLE (title), self->dossier->company.name);
  gtk_box_append (GTK_BOX (box), header);

  /* the file */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (file_group), _("File"));
  row = adw_action_row_new ();
  self->file_row = ADW_ACTION_ROW (row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Ledger"));
  adw_action_row_set_subtitle (self->file_row, _("An Excel workbook (.xlsx, .xls) or a CSV file"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  gtk_widget_set_name (choose, "ledger-choose");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (choose), "assistant.choose");
  adw_action_row_add_suffix (self->file_row, choose);
  adw_action_row_set_activatable_widget (self->file_row, choose);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), row);
  self->sheet_row = ADW_COMBO_ROW (combo_row (_("Sheet"), "ledger-sheet", NULL));
  g_signal_connect_swapped (self->sheet_row, "notify::selected", G_CALLBACK (on_sheet_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), GTK_WIDGET (self->sheet_row));
  self->encoding_row = ADW_COMBO_ROW (combo_row (_("Encoding"), "ledger-encoding", encoding_names));
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_row), FALSE);
  g_signal_connect_swapped (self->encoding_row, "notify::selected", G_CALLBACK (on_encoding_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), GTK_WIDGET (self->encoding_row));
  row = spin_row (_("Header row"), _("The row of the column names, as the sheet numbers it; 0: none"),
                  "ledger-header", 0, 0, &self->header_spin);
  g_signal_connect_swapped (self->header_spin, "value-changed", G_CALLBACK (on_header_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (file_group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (file_group));

  /* the target */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (target_group), _("Into"));
  self->kind_row = ADW_COMBO_ROW (combo_row (_("List"), "ledger-kind",
                                             (const char * const *) kinds->pdata));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), GTK_WIDGET (self->kind_row));
  row = spin_row (_("Year"), NULL, "ledger-year", 1990, 2100, &self->year_spin);
  self->year_row = ADW_ACTION_ROW (row);
  gtk_spin_button_set_value (self->year_spin, sb_date_year (sb_date_today ()) - 1);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_target_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), row);
  self->platform_row = ADW_COMBO_ROW (combo_row (_("Platform"), "ledger-platform", platforms));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), GTK_WIDGET (self->platform_row));
  g_signal_connect_swapped (self->platform_row, "notify::selected", G_CALLBACK (on_target_changed), self);
  self->duplicates_row = ADW_COMBO_ROW (combo_row (_("Rows already there"), "ledger-duplicates",
                                                   duplicates));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->duplicates_row),
                               _("The same contract number, voucher, invoice, month or firm"));
  g_signal_connect_swapped (self->duplicates_row, "notify::selected", G_CALLBACK (on_target_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), GTK_WIDGET (self->duplicates_row));
  row = switch_row (_("Apply the proposals"),
                    _("Offshore when the client’s country is not China; the business its name suggests"),
                    "ledger-proposals", &self->proposals_switch);
  self->proposals_row = ADW_ACTION_ROW (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), row);
  row = switch_row (_("Leave out the rows with errors"), NULL, "ledger-skip-bad", &self->skip_bad_switch);
  g_signal_connect_swapped (self->skip_bad_switch, "notify::active", G_CALLBACK (on_target_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (target_group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (target_group));

  /* the columns */
  self->columns_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->columns_group, _("Columns"));
  adw_preferences_group_set_description (self->columns_group,
                                         _("Guessed from the header row; remembered for this company and this layout"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->columns_group);
  gtk_widget_set_size_request (page, 400, -1);
  self->settings = page;
  gtk_paned_set_start_child (GTK_PANED (paned), page);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);

  /* the preview */
  self->summary = GTK_LABEL (gtk_label_new (_("Choose a ledger to see its rows here.")));
  gtk_widget_set_name (GTK_WIDGET (self->summary), "ledger-summary");
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_label_set_xalign (self->summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "heading");
  gtk_widget_set_margin_start (GTK_WIDGET (self->summary), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->summary), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->summary), 12);
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->summary));
  self->preview_items = gtk_string_list_new (NULL);
  self->preview = GTK_COLUMN_VIEW (gtk_column_view_new (
    GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->preview_items))))));
  gtk_widget_set_name (GTK_WIDGET (self->preview), "ledger-preview");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->preview),
                               _("Double-click a row, or press Enter on it, to correct its values"));
  g_signal_connect (self->preview, "activate", G_CALLBACK (on_preview_activate), self);
  gtk_column_view_set_show_column_separators (self->preview, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "data-table");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->preview));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (right), scroller);
  self->errors = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->errors), "ledger-errors");
  gtk_label_set_xalign (self->errors, 0);
  gtk_label_set_yalign (self->errors, 0);
  gtk_label_set_wrap (self->errors, TRUE);
  gtk_label_set_selectable (self->errors, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->errors), "error");
  gtk_widget_set_margin_start (GTK_WIDGET (self->errors), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->errors), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (errors_scroller), GTK_WIDGET (self->errors));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (errors_scroller), 120);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (errors_scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (right), errors_scroller);
  gtk_paned_set_end_child (GTK_PANED (paned), right);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  adw_window_set_content (ADW_WINDOW (self), box);
  update_target_rows (self);
  rebuild_columns (self);
  rebuild_preview (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), choose);
  gtk_widget_grab_focus (choose);
}

/* ---- the type ------------------------------------------------------------ */

static void
sb_ledger_assistant_dispose (GObject *object)
{
  SbLedgerAssistant *self = SB_LEDGER_ASSISTANT (object);

  g_clear_weak_pointer (&self->window);
  /* a read still running finds its assistant gone: its result is dropped */
  self->generation++;
  G_OBJECT_CLASS (sb_ledger_assistant_parent_class)->dispose (object);
}

static void
sb_ledger_assistant_finalize (GObject *object)
{
  SbLedgerAssistant *self = SB_LEDGER_ASSISTANT (object);

  g_clear_pointer (&self->dossier, sb_dossier_free);
  g_clear_object (&self->company);
  g_clear_pointer (&self->catalogue, g_array_unref);
  g_free (self->path);
  g_clear_pointer (&self->parse, sb_ledger_parse_free);
  g_clear_pointer (&self->mapping, sb_ledger_mapping_free);
  g_clear_pointer (&self->sheet, sb_ledger_sheet_free);
  g_clear_pointer (&self->book, sb_ledger_book_free);
  g_free (self->layout);
  g_free (self->preview_signature);
  g_ptr_array_unref (self->column_rows);
  g_clear_object (&self->preview_items);
  G_OBJECT_CLASS (sb_ledger_assistant_parent_class)->finalize (object);
}

static void
sb_ledger_assistant_class_init (SbLedgerAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_ledger_assistant_dispose;
  object_class->finalize = sb_ledger_assistant_finalize;
  gtk_widget_class_install_action (widget_class, "assistant.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "assistant.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "assistant.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "assistant.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "assistant.choose", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_ledger_assistant_init (SbLedgerAssistant *self)
{
  self->column_rows = g_ptr_array_new ();
  self->catalogue = g_array_new (FALSE, FALSE, sizeof (SbLedgerCategory));
}

SbLedgerAssistant *
sb_ledger_assistant_new (SbWindow *window)
{
  SbLedgerAssistant *self;
  g_autoptr(GError) error = NULL;
  SbStore *store;

  g_return_val_if_fail (SB_IS_WINDOW (window), NULL);
  g_return_val_if_fail (window->session != NULL, NULL);

  self = g_object_new (SB_TYPE_LEDGER_ASSISTANT, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  self->company_id = sb_session_get_company_id (window->session);
  store = sb_application_get_store (window->app);
  /* the company as stored, with every edit written */
  if (sb_session_flush (window->session, &error))
    self->dossier = sb_store_load_dossier (store, self->company_id, &error);
  if (self->dossier == NULL)
    {
      sb_window_toast (window, error->message);
      self->dossier = sb_enterprise_to_dossier (sb_session_get_enterprise (window->session));
    }
  self->company = sb_enterprise_new_from_dossier (self->dossier);
  g_array_unref (self->catalogue);
  self->catalogue = sb_ledger_catalogue (sb_application_get_policies (window->app), self->dossier);
  build (self);
  return self;
}

void
sb_ledger_assistant_open_path (SbLedgerAssistant *self, const char *path)
{
  g_return_if_fail (SB_IS_LEDGER_ASSISTANT (self));

  g_free (self->path);
  self->path = g_strdup (path);
  self->updating++;
  adw_combo_row_set_selected (self->encoding_row, 0);
  self->updating--;
  start_read (self, TRUE, 0);
}

gboolean
sb_ledger_assistant_is_busy (SbLedgerAssistant *self)
{
  g_return_val_if_fail (SB_IS_LEDGER_ASSISTANT (self), FALSE);
  return self->busy;
}

static void reopen (SbWindow *window, gint64 company_id);

gboolean
sb_ledger_assistant_import (SbLedgerAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) result = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *mapping = NULL;
  SbLedgerTarget target;
  SbLedgerOutcome outcome = { 0 };
  SbWindow *window = self->window;
  SbStore *store;
  AdwToast *toast;
  Undo *undo;

  g_return_val_if_fail (SB_IS_LEDGER_ASSISTANT (self), FALSE);
  if (self->parse == NULL || window == NULL || self->busy)
    return FALSE;
  store = sb_application_get_store (window->app);
  fill_target (self, &target);
  result = sb_ledger_import_dossier (self->parse, self->dossier, &target, &outcome, &error);
  if (result == NULL)
    {
      set_summary (self, error->message, TRUE);
      return FALSE;
    }
  /* an edit typed in the window meanwhile is written first, then the import
   * replaces the company in one transaction */
  if ((window->session != NULL && !sb_session_flush (window->session, &error))
      || !sb_store_save_dossier (store, self->company_id, result, &error))
    {
      set_summary (self, error->message, TRUE);
      return FALSE;
    }
  mapping = sb_ledger_mapping_to_string (self->mapping);
  sb_store_set_ledger_mapping (store, self->company_id, sb_ledger_kind_id (self->parse->kind),
                               self->layout, mapping, NULL);

  undo = g_new0 (Undo, 1);
  undo->company_id = self->company_id;
  undo->dossier = g_steal_pointer (&self->dossier);
  g_object_set_data_full (G_OBJECT (window), UNDO_KEY, undo, undo_free);
  reopen (window, self->company_id);

  summary = sb_ledger_outcome_describe (&outcome);
  toast = adw_toast_new (summary);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-ledger-import");
  adw_toast_set_timeout (toast, 15);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (window->toasts, toast);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

/* the company loaded again from the store: its pages show the rows, the
 * verdicts follow at once */
static void
reopen (SbWindow *window, gint64 company_id)
{
  g_autofree char *page = g_strdup (sb_window_get_page (window));

  sb_window_open_company (window, 0);
  sb_window_reload (window);
  sb_window_open_company (window, company_id);
  if (page != NULL && company_id > 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", page);
}

void
sb_ledger_assistant_show (SbWindow *window)
{
  SbLedgerAssistant *assistant;

  if (window->session == NULL)
    {
      sb_window_toast (window, _("Open a company first: the ledger goes into its lists"));
      return;
    }
  assistant = sb_ledger_assistant_new (window);
  gtk_window_present (GTK_WINDOW (assistant));
}

void
sb_ledger_assistant_undo (SbWindow *window)
{
  Undo *undo = g_object_get_data (G_OBJECT (window), UNDO_KEY);
  g_autoptr(GError) error = NULL;
  SbStore *store = sb_application_get_store (window->app);

  if (undo == NULL || store == NULL)
    return;
  if ((window->session != NULL && !sb_session_flush (window->session, &error))
      || !sb_store_save_dossier (store, undo->company_id, undo->dossier, &error))
    {
      sb_window_toast (window, error->message);
      return;
    }
  reopen (window, undo->company_id);
  g_object_set_data (G_OBJECT (window), UNDO_KEY, NULL);
  sb_window_toast (window, _("The import was undone"));
}
