/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-ledger.c: the ledger import assistant in the real window: a
 * workbook opened on a path (no native file chooser), the sheet, the header
 * and the columns guessed, the preview and its row errors, a column changed
 * by hand, the year typed, the rows with errors left out, Import, the
 * company's pages and the store updated at once, Undo from the toast, and
 * the mapping remembered for the next file of that layout. */
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "sb-ledger-assistant.h"
#include "sb-store.h"
#include "ui-test-util.h"

#define XINGHAI "大连星海软件有限公司"

static SbStore *
window_store (SbWindow *window)
{
  return sb_application_get_store (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static guint
stored_contracts (SbWindow *window, gint64 id, int year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_store_load_dossier (window_store (window), id, &error);
  const SbYear *y;

  g_assert_no_error (error);
  y = sb_dossier_find_year (d, year);
  return y != NULL && y->contracts != NULL ? y->contracts->len : 0;
}

static SbLedgerAssistant *
find_assistant (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  SbLedgerAssistant *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SB_IS_LEDGER_ASSISTANT (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static char *
write_workbook (const char *dir)
{
  char *path = g_build_filename (dir, "合同台账.xlsx", NULL);
  lxw_workbook *wb = workbook_new (path);
  lxw_worksheet *readme = workbook_add_worksheet (wb, "说明");
  lxw_worksheet *ws = workbook_add_worksheet (wb, "2024年");
  lxw_format *money = workbook_add_format (wb);

  format_set_num_format (money, "#,##0.00");
  worksheet_write_string (readme, 0, 0, "由财务系统导出", NULL);
  worksheet_merge_range (ws, 0, 0, 0, 5, "2024年技术服务合同台账", NULL);
  worksheet_write_string (ws, 1, 0, "合同编号", NULL);
  worksheet_write_string (ws, 1, 1, "合同名称", NULL);
  worksheet_write_string (ws, 1, 2, "客户名称", NULL);
  worksheet_write_string (ws, 1, 3, "国家/地区", NULL);
  worksheet_write_string (ws, 1, 4, "合同金额", NULL);
  worksheet_write_string (ws, 1, 5, "本年收入", NULL);
  /* a new offshore contract, one the company has, one with a typo */
  worksheet_write_string (ws, 2, 0, "US-2024-11", NULL);
  worksheet_write_string (ws, 2, 1, "软件研发外包", NULL);
  worksheet_write_string (ws, 2, 2, "Acme Inc.", NULL);
  worksheet_write_string (ws, 2, 3, "美国", NULL);
  worksheet_write_number (ws, 2, 4, 800000, money);
  worksheet_write_number (ws, 2, 5, 650000.5, money);
  worksheet_write_string (ws, 3, 0, "JP-2024-01", NULL);
  worksheet_write_string (ws, 3, 1, "重复的合同", NULL);
  worksheet_write_number (ws, 3, 4, 1, money);
  worksheet_write_string (ws, 4, 0, "US-2024-12", NULL);
  worksheet_write_string (ws, 4, 4, "12,3a", NULL);
  worksheet_write_string (ws, 5, 0, "合计", NULL);
  worksheet_write_number (ws, 5, 4, 800001, money);
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
  return path;
}

static guint
n_columns (SbLedgerAssistant *assistant)
{
  GtkWidget *preview = ui_test_find (GTK_WIDGET (assistant), "ledger-preview");

  return g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (preview)));
}

static gboolean
assistant_idle (gpointer data)
{
  return !sb_ledger_assistant_is_busy (data);
}

/* opens @path and waits for the thread that reads it */
static void
open_and_wait (SbLedgerAssistant *assistant, const char *path)
{
  sb_ledger_assistant_open_path (assistant, path);
  g_assert_true (sb_ledger_assistant_is_busy (assistant));
  g_assert_true (ui_test_wait (assistant_idle, assistant, 10000));
  ui_test_iterate ();
}

static void
choose_sheet (SbLedgerAssistant *assistant, guint index)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (assistant), "ledger-sheet")),
                              index);
  g_assert_true (ui_test_wait (assistant_idle, assistant, 10000));
  ui_test_iterate ();
}

static gboolean
summary_has (gpointer data)
{
  gpointer *args = data;
  g_autofree char *text = ui_test_get_text (args[0]);

  return g_str_has_prefix (text, args[1]);
}

static gboolean
assistant_gone (gpointer data)
{
  return find_assistant () == NULL;
}

static gboolean
contracts_are (gpointer data)
{
  gpointer *args = data;

  return stored_contracts (args[0], GPOINTER_TO_SIZE (args[1]), 2024) == GPOINTER_TO_UINT (args[2]);
}

static void
test_import_undo_remember (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 x = ui_test_company_id (window, XINGHAI);
  g_autofree char *dir = g_dir_make_tmp ("test-ui-ledger-XXXXXX", NULL);
  g_autofree char *path = write_workbook (dir);
  SbLedgerAssistant *assistant;
  GtkWidget *summary, *sheet, *header, *year, *skip, *import, *revenue, *undo, *errors;
  g_autofree char *text = NULL;
  g_autofree char *error_text = NULL;
  gpointer back[3] = { window, GSIZE_TO_POINTER (x), GUINT_TO_POINTER (4) };
  guint columns;

  g_assert_cmpint (x, >, 0);
  ui_test_open_company (window, x);
  g_assert_cmpuint (stored_contracts (window, x, 2024), ==, 4);

  /* the menu's action opens the assistant on the open company */
  ui_test_activate_action (GTK_WIDGET (window), "win.import-ledger", NULL);
  assistant = find_assistant ();
  g_assert_nonnull (assistant);
  open_and_wait (assistant, path);

  /* the first sheet is a note: choose the ledger's sheet */
  sheet = ui_test_find (GTK_WIDGET (assistant), "ledger-sheet");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (sheet))), ==, 2);
  choose_sheet (assistant, 1);
  header = ui_test_find (GTK_WIDGET (assistant), "ledger-header");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (header)), ==, 2);
  /* the columns guessed from 合同编号 … 本年收入 */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (assistant), "map:no"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (assistant), "map:amount"))), ==, 5);
  revenue = ui_test_find (GTK_WIDGET (assistant), "map:revenue");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (revenue)), ==, 6);

  /* the year typed */
  year = ui_test_find (GTK_WIDGET (assistant), "ledger-year");
  ui_test_replace (year, "2024");
  gtk_spin_button_update (GTK_SPIN_BUTTON (year));
  ui_test_iterate ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (year)), ==, 2024);

  summary = ui_test_find (GTK_WIDGET (assistant), "ledger-summary");
  text = ui_test_get_text (summary);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "3 rows read · 1 with errors · 1 already there · 1 total rows left out"));
  errors = ui_test_find (GTK_WIDGET (assistant), "ledger-errors");
  error_text = ui_test_get_text (errors);
  g_assert_nonnull (strstr (error_text, "Row 5, Contract amount: “12,3a”"));
  /* errors: Import waits until they are left out */
  import = ui_test_find (GTK_WIDGET (assistant), "ledger-import");
  g_assert_false (gtk_widget_get_sensitive (import));
  skip = ui_test_find (GTK_WIDGET (assistant), "ledger-skip-bad");
  gtk_widget_activate (skip);
  ui_test_iterate ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (skip)));
  g_assert_true (gtk_widget_get_sensitive (import));

  /* a column let go by hand: one column fewer in the preview */
  columns = n_columns (assistant);
  g_assert_cmpuint (columns, ==, 1 + 6 + 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (revenue), 0);
  ui_test_iterate ();
  g_assert_cmpuint (n_columns (assistant), ==, columns - 1);

  /* the wrong amount corrected from the preview: Enter on its row opens the
   * row's cells; no row with errors is left */
  {
    GtkWidget *preview = ui_test_find (GTK_WIDGET (assistant), "ledger-preview");
    GtkWidget *dialog, *amount;
    gpointer args[2] = { summary, (gpointer) "3 rows read · 0 with errors · 1 already there" };

    g_signal_emit_by_name (preview, "activate", 2);
    ui_test_iterate ();
    dialog = ui_test_find_anywhere ("ledger-correct");
    g_assert_nonnull (dialog);
    amount = ui_test_find (dialog, "correct:amount");
    g_assert_nonnull (amount);
    g_assert_true (gtk_widget_has_css_class (amount, "error"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (amount)), ==, "12,3a");
    ui_test_replace (amount, "12,300");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "correct");
    g_assert_true (ui_test_wait (summary_has, args, 5000));
  }

  if (g_getenv ("SHENBAO_SHOTS") != NULL)
    {
      g_autofree char *shot = g_build_filename (g_getenv ("SHENBAO_SHOTS"), "ledger-assistant.png", NULL);

      ui_test_screenshot (GTK_WIDGET (assistant), shot);
    }

  /* Ctrl+Return's action: one transaction, the assistant closes */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.import", NULL);
  g_assert_true (ui_test_wait (assistant_gone, NULL, 5000));
  ui_test_iterate ();
  g_assert_cmpuint (stored_contracts (window, x, 2024), ==, 6);
  {
    SbSession *session = sb_window_get_session (window);
    SbFiscalYear *y2024 = sb_enterprise_find_year (sb_session_get_enterprise (session), 2024);

    /* the open company shows it at once */
    g_assert_cmpint (sb_session_get_company_id (session), ==, x);
    g_assert_cmpuint (g_list_model_get_n_items (sb_fiscal_year_get_contracts (y2024)), ==, 6);
  }

  /* the toast's Undo: the company as it was */
  undo = ui_test_find_button (GTK_WIDGET (window), "Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (ui_test_wait (contracts_are, back, 5000));
  ui_test_iterate ();

  /* the same layout again: the column let go stays let go */
  ui_test_activate_action (GTK_WIDGET (window), "win.import-ledger", NULL);
  assistant = find_assistant ();
  g_assert_nonnull (assistant);
  open_and_wait (assistant, path);
  choose_sheet (assistant, 1);
  revenue = ui_test_find (GTK_WIDGET (assistant), "map:revenue");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (revenue)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (assistant), "map:amount"))), ==, 5);
  /* Escape closes it, nothing written */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "window.close", NULL);
  g_assert_true (ui_test_wait (assistant_gone, NULL, 5000));
  g_assert_cmpuint (stored_contracts (window, x, 2024), ==, 4);

  ui_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* a file that is no spreadsheet: said in the assistant, nothing else */
static void
test_bad_file (void)
{
  SbWindow *window = ui_test_open_window ();
  gint64 x = ui_test_company_id (window, XINGHAI);
  g_autofree char *dir = g_dir_make_tmp ("test-ui-ledger-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.xlsx", NULL);
  SbLedgerAssistant *assistant;
  g_autofree char *text = NULL;

  {
    static const char bytes[] = "%PDF-1.7\n\x01\x02\x03\x00\x00\x00 no";

    g_assert_true (g_file_set_contents (path, bytes, sizeof bytes - 1, NULL));
  }
  ui_test_open_company (window, x);
  ui_test_activate_action (GTK_WIDGET (window), "win.import-ledger", NULL);
  assistant = find_assistant ();
  open_and_wait (assistant, path);
  text = ui_test_get_text (ui_test_find (GTK_WIDGET (assistant), "ledger-summary"));
  g_assert_nonnull (strstr (text, "neither an Excel workbook"));
  g_assert_false (gtk_widget_get_sensitive (ui_test_find (GTK_WIDGET (assistant), "ledger-import")));
  gtk_window_destroy (GTK_WINDOW (assistant));
  ui_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/ledger/import-undo-remember", test_import_undo_remember);
  g_test_add_func ("/ui/ledger/bad-file", test_bad_file);
  return g_test_run ();
}
