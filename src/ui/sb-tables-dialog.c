/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tables-dialog.c: the official tables of the open company: a list, a preview, print, PDF and XLSX. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-fiscal-year.h"
#include "sb-form-preview.h"
#include "sb-print.h"
#include "sb-tables-dialog.h"
#include "sb-text.h"

struct _SbTablesDialog
{
  AdwWindow         parent_instance;

  SbSession        *session;
  GPtrArray        *infos;        /* const SbFormInfo*, the tables listed */
  GArray           *years;        /* int: the year of each item of the selector after "All" */
  const SbFormInfo *info;         /* the table shown */
  int               year;
  SbForm           *form;

  AdwToastOverlay  *toasts;
  AdwWindowTitle   *title;
  GtkListBox       *list;
  GtkDropDown      *year_selector;
  GtkStack         *stack;
  SbFormPreview    *preview;
  AdwStatusPage    *status;
  GtkLabel         *warnings;     /* the form's warnings, above the preview */
};

G_DEFINE_FINAL_TYPE (SbTablesDialog, sb_tables_dialog, ADW_TYPE_WINDOW)

static const char *
program_label (const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return _("Technology-advanced service enterprise");
  if (g_strcmp0 (program, "annual_report") == 0)
    return _("Annual report");
  if (g_strcmp0 (program, "trade_fund") == 0)
    return _("Foreign trade fund");
  if (g_strcmp0 (program, "hnte") == 0)
    return _("High and new technology enterprise");
  return program;
}

static gboolean
claims (SbEnterprise *enterprise, const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return sb_enterprise_get_tase (enterprise) != NULL;
  if (g_strcmp0 (program, "annual_report") == 0)
    return sb_enterprise_get_annual_report (enterprise) != NULL;
  if (g_strcmp0 (program, "trade_fund") == 0)
    return sb_enterprise_get_trade_fund (enterprise) != NULL;
  if (g_strcmp0 (program, "hnte") == 0)
    return sb_enterprise_get_hnte (enterprise) != NULL;
  return FALSE;
}

static char *
company_name (SbTablesDialog *self)
{
  char *name = NULL;

  g_object_get (sb_session_get_enterprise (self->session), "name", &name, NULL);
  return name;
}

static void
set_form_actions (SbTablesDialog *self, gboolean enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tables.export-xlsx", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tables.save-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tables.print", enabled);
}

static void
show_status (SbTablesDialog *self, const char *title, const char *description)
{
  adw_status_page_set_title (self->status, title);
  sb_status_page_set_description_text (self->status, description);
  gtk_stack_set_visible_child_name (self->stack, "status");
  sb_form_preview_set_form (self->preview, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings), FALSE);
  set_form_actions (self, FALSE);
}

/* The recommendation list (申报推荐汇总表) is a list of the database's
 * companies applying in the year: the open company as the window has it,
 * the others as stored (the list reads their identity and claim, no
 * evaluation).  @dossiers keeps what @inputs borrow. */
static SbForm *
build_company_list (SbTablesDialog *self, const SbFormInput *open, GPtrArray *dossiers,
                    GError **error)
{
  SbStore *store = sb_session_get_store (self->session);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) list = store != NULL ? sb_store_list_companies (store, NULL) : NULL;
  gint64 open_id = sb_session_get_company_id (self->session);
  SbFormInput *first = g_memdup2 (open, sizeof *open);

  /* the year the open company applies in */
  if (first->year == 0 && open->dossier->tase != NULL)
    first->year = open->dossier->tase->apply_year;
  g_ptr_array_add (inputs, first);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const SbStoreCompany *sc = g_ptr_array_index (list, i);
      SbDossier *d;
      SbFormInput *input;

      if (sc->id == open_id || (d = sb_store_load_dossier (store, sc->id, NULL)) == NULL)
        continue;
      g_ptr_array_add (dossiers, d);
      input = g_memdup2 (first, sizeof *first);
      input->enterprise = NULL;
      input->dossier = d;
      input->evaluation = NULL;
      g_ptr_array_add (inputs, input);
    }
  return self->info->build_many (inputs, error);
}

/* Builds the table shown again from the session (its figures, the year). */
static void
rebuild (SbTablesDialog *self)
{
  const SbEvaluation *evaluation;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  SbFormInput input = { 0 };

  g_clear_pointer (&self->form, sb_form_free);
  if (self->info == NULL)
    {
      show_status (self, _("No Tables"),
                   _("The company asks for no program yet. Its tables follow from its "
                     "claims: TASE, the annual report, the trade fund, HNTE."));
      return;
    }
  evaluation = sb_session_get_evaluation (self->session);
  if (evaluation == NULL)
    {
      const char *why = sb_session_get_error (self->session);

      show_status (self, _("The Figures Cannot Be Evaluated"),
                   why != NULL ? why : _("Correct the company’s figures first."));
      return;
    }

  dossier = sb_enterprise_to_dossier (sb_session_get_enterprise (self->session));
  input.enterprise = sb_session_get_enterprise (self->session);
  input.dossier = dossier;
  input.evaluation = evaluation;
  input.policies = sb_session_get_policies (self->session);
  input.at = sb_session_get_at (self->session);
  input.year = self->year;
  if (g_strcmp0 (self->info->id, "tase-summary") == 0)
    {
      g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_dossier_free);

      self->form = build_company_list (self, &input, others, &error);
    }
  else
    self->form = sb_form_build (self->info->id, &input, &error);
  if (self->form == NULL)
    {
      show_status (self, _("This Table Cannot Be Made"), error->message);
      return;
    }
  sb_form_preview_set_form (self->preview, self->form);
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; i < self->form->warnings->len; i++)
      g_string_append_printf (text, "%s⚠ %s", i > 0 ? "\n" : "",
                              (const char *) g_ptr_array_index (self->form->warnings, i));
    gtk_label_set_text (self->warnings, text->str);
    gtk_widget_set_visible (GTK_WIDGET (self->warnings), text->len > 0);
  }
  gtk_stack_set_visible_child_name (self->stack, "preview");
  set_form_actions (self, TRUE);
}

static void
on_row_selected (GtkListBox *list, GtkListBoxRow *row, SbTablesDialog *self)
{
  const SbFormInfo *info = NULL;

  if (row != NULL)
    info = g_ptr_array_index (self->infos, gtk_list_box_row_get_index (row));
  if (info == self->info)
    return;
  self->info = info;
  sb_form_preview_set_page (self->preview, 0);
  rebuild (self);
}

static void
on_year_selected (GtkDropDown *selector, GParamSpec *pspec, SbTablesDialog *self)
{
  guint i = gtk_drop_down_get_selected (selector);
  int year = i > 0 && i <= self->years->len ? g_array_index (self->years, int, i - 1) : 0;

  if (year == self->year)
    return;
  self->year = year;
  rebuild (self);
}

static void
on_evaluated (SbTablesDialog *self)
{
  rebuild (self);
}

/* ---- print and save ------------------------------------------------------ */

static void
show_error (SbTablesDialog *self, const char *heading, const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer data)
{
  SbTablesDialog *self = SB_TABLES_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sb_print_save_finish (result, &error);
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;

  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("The Table Was Not Saved"), error);
      return;
    }
  base = g_filename_display_basename (path);
  message = g_strdup_printf (_("Saved “%s”"), base);
  adw_toast_overlay_add_toast (self->toasts, sb_toast_new_text (message));
}

static void
save (SbTablesDialog *self, SbSaveFormat format)
{
  g_autofree char *company = NULL;
  g_autofree char *name = NULL;

  if (self->form == NULL)
    return;
  company = company_name (self);
  name = sb_print_suggest_name (company, self->form, self->year, format);
  sb_print_save_async (GTK_WINDOW (self), self->form, format, name, NULL, on_saved, NULL);
}

static void
export_xlsx (GtkWidget *widget, const char *action, GVariant *param)
{
  save (SB_TABLES_DIALOG (widget), SB_SAVE_XLSX);
}

static void
save_pdf (GtkWidget *widget, const char *action, GVariant *param)
{
  save (SB_TABLES_DIALOG (widget), SB_SAVE_PDF);
}

static void
on_printed (GObject *source, GAsyncResult *result, gpointer data)
{
  SbTablesDialog *self = SB_TABLES_DIALOG (source);
  g_autoptr(GError) error = NULL;

  if (sb_print_form_finish (result, &error))
    adw_toast_overlay_add_toast (self->toasts, sb_toast_new_text (_("Sent to the printer")));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("The Table Was Not Printed"), error);
}

static void
print_table (GtkWidget *widget, const char *action, GVariant *param)
{
  SbTablesDialog *self = SB_TABLES_DIALOG (widget);

  if (self->form != NULL)
    sb_print_form_async (GTK_WINDOW (self), self->form, NULL, on_printed, NULL);
}

/* ---- building the window -------------------------------------------------- */

static GtkWidget *
table_row (const SbFormInfo *info)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strconcat ("table:", info->id, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), program_label (info->program));
  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
fill_tables (SbTablesDialog *self)
{
  SbEnterprise *enterprise = sb_session_get_enterprise (self->session);
  const SbFormInfo *forms;
  guint n;

  forms = sb_form_list (&n);
  for (guint i = 0; i < n; i++)
    if (claims (enterprise, forms[i].program))
      {
        g_ptr_array_add (self->infos, (gpointer) &forms[i]);
        gtk_list_box_append (self->list, table_row (&forms[i]));
      }
}

static void
fill_years (SbTablesDialog *self)
{
  GListModel *years = sb_enterprise_get_years (sb_session_get_enterprise (self->session));
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (years);

  gtk_string_list_append (items, _("All years"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbFiscalYear) year = g_list_model_get_item (years, i);
      int y = sb_fiscal_year_get_year (year);
      g_autofree char *label = g_strdup_printf ("%d", y);

      g_array_append_val (self->years, y);
      gtk_string_list_append (items, label);
    }
  gtk_drop_down_set_model (self->year_selector, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->year_selector, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->year_selector), n > 1);
}

static GtkWidget *
header_button (const char *label, const char *action, const char *name, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
sb_tables_dialog_dispose (GObject *object)
{
  SbTablesDialog *self = SB_TABLES_DIALOG (object);

  /* the rows go away with the window: nothing to show any more */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->year_selector != NULL)
    g_signal_handlers_disconnect_by_data (self->year_selector, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_tables_dialog_parent_class)->dispose (object);
}

static void
sb_tables_dialog_finalize (GObject *object)
{
  SbTablesDialog *self = SB_TABLES_DIALOG (object);

  g_clear_pointer (&self->form, sb_form_free);
  g_clear_pointer (&self->infos, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  G_OBJECT_CLASS (sb_tables_dialog_parent_class)->finalize (object);
}

static void
sb_tables_dialog_class_init (SbTablesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_tables_dialog_dispose;
  object_class->finalize = sb_tables_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "tables.export-xlsx", NULL, export_xlsx);
  gtk_widget_class_install_action (widget_class, "tables.save-pdf", NULL, save_pdf);
  gtk_widget_class_install_action (widget_class, "tables.print", NULL, print_table);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "tables.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "tables.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "tables.export-xlsx", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_tables_dialog_init (SbTablesDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->infos = g_ptr_array_new ();
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_set_name (GTK_WIDGET (self), "tables-dialog");
  gtk_window_set_title (GTK_WINDOW (self), _("Official Tables"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 780);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Official Tables"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));

  self->year_selector = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_name (GTK_WIDGET (self->year_selector), "year");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->year_selector), _("Year"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->year_selector));

  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           header_button (_("_Print…"), "tables.print", "print",
                                          _("Print the table (Ctrl+P)")));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           header_button (_("Save _PDF…"), "tables.save-pdf", "save-pdf",
                                          _("Save the table as PDF (Ctrl+S)")));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           header_button (_("Export _XLSX…"), "tables.export-xlsx",
                                          "export-xlsx",
                                          _("Export the table as an Excel workbook (Ctrl+E)")));
  gtk_box_append (GTK_BOX (box), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "tables");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 300, -1);

  self->preview = SB_FORM_PREVIEW (sb_form_preview_new ());
  gtk_widget_set_name (GTK_WIDGET (self->preview), "preview");
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_name (GTK_WIDGET (self->status), "table-status");
  adw_status_page_set_icon_name (self->status, "x-office-document-symbolic");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->preview), "preview");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "status");
  gtk_widget_set_hexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  /* what the user must look at before filing: never on the form itself */
  self->warnings = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->warnings), "table-warnings");
  gtk_label_set_wrap (self->warnings, TRUE);
  gtk_label_set_xalign (self->warnings, 0);
  gtk_label_set_selectable (self->warnings, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->warnings), "warning");
  gtk_widget_set_margin_start (GTK_WIDGET (self->warnings), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->warnings), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->warnings), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->warnings), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings), FALSE);
  {
    GtkWidget *end = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (end), GTK_WIDGET (self->warnings));
    gtk_box_append (GTK_BOX (end), GTK_WIDGET (self->stack));
    gtk_paned_set_start_child (GTK_PANED (paned), scrolled);
    gtk_paned_set_end_child (GTK_PANED (paned), end);
  }
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  set_form_actions (self, FALSE);
}

SbTablesDialog *
sb_tables_dialog_new (GtkWindow *parent, SbSession *session)
{
  SbTablesDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SB_IS_SESSION (session), NULL);

  self = g_object_new (SB_TYPE_TABLES_DIALOG, "modal", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->session = g_object_ref (session);
  name = company_name (self);
  adw_window_title_set_subtitle (self->title, name != NULL ? name : "");

  fill_years (self);
  fill_tables (self);
  g_signal_connect (self->year_selector, "notify::selected", G_CALLBACK (on_year_selected), self);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect_swapped (session, "evaluated", G_CALLBACK (on_evaluated), self);

  if (self->infos->len > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  else
    rebuild (self);
  return self;
}

void
sb_tables_dialog_present (GtkWindow *parent, SbSession *session)
{
  g_return_if_fail (SB_IS_SESSION (session));

  gtk_window_present (GTK_WINDOW (sb_tables_dialog_new (parent, session)));
}

gboolean
sb_tables_dialog_select (SbTablesDialog *self, const char *id)
{
  g_return_val_if_fail (SB_IS_TABLES_DIALOG (self), FALSE);

  for (guint i = 0; i < self->infos->len; i++)
    {
      const SbFormInfo *info = g_ptr_array_index (self->infos, i);

      if (g_strcmp0 (info->id, id) == 0)
        {
          gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, i));
          return TRUE;
        }
    }
  return FALSE;
}

const char *
sb_tables_dialog_get_table (SbTablesDialog *self)
{
  g_return_val_if_fail (SB_IS_TABLES_DIALOG (self), NULL);
  return self->info != NULL ? self->info->id : NULL;
}

void
sb_tables_dialog_set_year (SbTablesDialog *self, int year)
{
  g_return_if_fail (SB_IS_TABLES_DIALOG (self));

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      {
        gtk_drop_down_set_selected (self->year_selector, i + 1);
        return;
      }
  gtk_drop_down_set_selected (self->year_selector, 0);
}

const SbForm *
sb_tables_dialog_get_form (SbTablesDialog *self)
{
  g_return_val_if_fail (SB_IS_TABLES_DIALOG (self), NULL);
  return self->form;
}
