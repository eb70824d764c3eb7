/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-company.c: the Company page of the real window on a seeded
 * database: money typed into a figure (good, refused, in 万), the staff grid
 * and its averages, a negative headcount, contracts added, edited, removed
 * and brought back, declarations, years added and removed; what the model
 * and the database hold after each. */
#include "config.h"

#include <string.h>

#include "sb-cell-entry.h"
#include "sb-contracts-editor.h"
#include "sb-field-row.h"
#include "sb-input.h"
#include "ui-test-util.h"

#define TASE_COMPANY "大连星海软件有限公司"

typedef struct
{
  SbWindow *window;
  gint64    id;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->window = ui_test_open_window ();
  f->id = ui_test_company_id (f->window, TASE_COMPANY);
  g_assert_cmpint (f->id, >, 0);
  ui_test_open_company (f->window, f->id);
  g_assert_nonnull (sb_window_get_session (f->window));
  g_assert_cmpstr (sb_window_get_page (f->window), ==, "company");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  ui_test_close_window (f->window);
}

/* ---------------------------------------------------------------- helpers */

static GtkWidget *
get (Fixture *f, const char *name)
{
  GtkWidget *w = NULL;

  /* list rows appear after a frame or two */
  for (int i = 0; i < 50 && w == NULL; i++)
    {
      w = ui_test_find (GTK_WIDGET (f->window), name);
      if (w == NULL)
        ui_test_iterate ();
    }
  if (w == NULL)
    g_error ("no widget named %s", name);
  return w;
}

static SbEnterprise *
enterprise (Fixture *f)
{
  return sb_session_get_enterprise (sb_window_get_session (f->window));
}

static SbFiscalYear *
year (Fixture *f, int y)
{
  SbFiscalYear *fy = sb_enterprise_find_year (enterprise (f), y);

  g_assert_nonnull (fy);
  return fy;
}

static gint64
model_figure (Fixture *f, int y, const char *property)
{
  gint64 v;

  g_object_get (year (f, y), property, &v, NULL);
  return v;
}

/* Writes what is pending, then reads the company back from the database. */
static SbDossier *
stored (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (f->window)));
  SbDossier *d;

  g_assert_true (sb_session_flush (sb_window_get_session (f->window), &error));
  g_assert_no_error (error);
  g_assert_false (sb_session_is_dirty (sb_window_get_session (f->window)));
  d = sb_store_load_dossier (sb_application_get_store (app), f->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static const SbYear *
stored_year (const SbDossier *d, int y)
{
  const SbYear *sy = sb_dossier_find_year (d, y);

  g_assert_nonnull (sy);
  return sy;
}

/* As a click does (gtk_widget_activate () would wait for the button's
 * press animation). */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate ();
}

/* Types @text at the end of what the entry shows, one character at a time. */
static void
append_text (GtkWidget *widget, const char *text)
{
  GtkEditable *editable = ui_test_get_editable (widget);

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  ui_test_iterate ();
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);

      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
      ui_test_iterate ();
    }
}

/* Types @text at the start of what the entry shows. */
static void
prepend_text (GtkWidget *widget, const char *text)
{
  GtkEditable *editable = ui_test_get_editable (widget);
  int position = 0;

  gtk_widget_grab_focus (GTK_WIDGET (editable));
  ui_test_iterate ();
  gtk_editable_insert_text (editable, text, -1, &position);
  ui_test_iterate ();
}

/* TRUE when a message label of @row is shown on screen. */
/* Enter: what is typed is confirmed (Escape and a bad text go back to it). */
static void
confirm (GtkWidget *row)
{
  g_signal_emit_by_name (ui_test_get_editable (row), "activate");
  ui_test_iterate ();
}

static gboolean
warning_shown (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "field-warning")
      && gtk_widget_get_mapped (root) && gtk_label_get_text (GTK_LABEL (root))[0] != '\0')
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (warning_shown (c))
      return TRUE;
  return FALSE;
}

static gboolean
message_shown (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "field-error")
      && gtk_widget_get_mapped (root) && gtk_label_get_text (GTK_LABEL (root))[0] != '\0')
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (message_shown (c))
      return TRUE;
  return FALSE;
}

static const char *
label (Fixture *f, const char *name)
{
  GtkWidget *w = get (f, name);

  g_assert_true (GTK_IS_LABEL (w));
  return gtk_label_get_text (GTK_LABEL (w));
}

/* ---------------------------------------------------------------- money */

static void
test_money_row (Fixture *f, gconstpointer data)
{
  GtkWidget *row = get (f, "2024:offshore-revenue");
  GtkWidget *income = get (f, "2024:income-total");
  const char *error;

  g_assert_true (SB_IS_FIELD_ROW (row));
  /* the example has no offshore revenue figure for 2024 (its contracts count) */
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, SB_UNSET);
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (row)), ==, "");
  g_assert_false (message_shown (row));

  /* the income shows canonically, without ¥ (the row shows ¥ beside it) */
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (income)), ==, "30,500,000.00");

  ui_test_type (row, "1,234.56");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);
  confirm (row);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->offshore_revenue, ==, 123456);
  }

  /* a letter: the message, and the last good value stays in the model and
   * in the database */
  append_text (row, "abc");
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (row)), ==, "1,234.56abc");
  error = sb_field_row_get_error (SB_FIELD_ROW (row));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "Type an amount in yuan"));
  g_assert_nonnull (strstr (error, "The last good value is kept: ¥1,234.56"));
  g_assert_true (message_shown (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ui_test_get_editable (row)), "error"));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->offshore_revenue, ==, 123456);
  }

  /* a letter in a figure the example holds: the database keeps it */
  append_text (income, "x");
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (income)));
  g_assert_true (message_shown (income));
  g_assert_cmpint (model_figure (f, 2024, "income-total"), ==, 3050000000);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->income_total, ==, 3050000000);
  }

  /* 万: 123.4万 = 1,234,000 元 = 123,400,000 fen */
  ui_test_replace (row, "123.4万");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_false (message_shown (row));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123400000);
  confirm (row);

  /* a third decimal: refused; the figure is the one from before the
   * editing, not 1.23 typed on the way */
  ui_test_replace (row, "1.234");
  error = sb_field_row_get_error (SB_FIELD_ROW (row));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "at most two decimals"));
  g_assert_nonnull (strstr (error, "The last good value is kept: ¥1,234,000.00"));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123400000);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->offshore_revenue, ==, 123400000);
  }
  /* a third decimal of a 万 amount is fine (0.001万 = 10 元) */
  ui_test_replace (row, "0.001万");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 1000);

  /* full-width digits and ¥ */
  ui_test_replace (row, "¥１２３４.５６");
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);
  confirm (row);

  /* a bad text typed over the whole (deleted, then inserted in one change):
   * the figure is not cleared on the way */
  gtk_editable_set_text (ui_test_get_editable (row), "12x");
  ui_test_iterate ();
  g_assert_nonnull (strstr (sb_field_row_get_error (SB_FIELD_ROW (row)),
                            "The last good value is kept: ¥1,234.56"));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);
  ui_test_replace (row, "1,234.56");

  /* leaving the row shows the canonical form; a text that does not read
   * stays, marked, until it is corrected or Escape puts the figure back */
  gtk_widget_grab_focus (GTK_WIDGET (ui_test_get_editable (income)));
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (row)), ==, "1,234.56");
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (income)), ==, "30,500,000.00x");
  g_assert_true (message_shown (income));
  g_assert_true (ui_test_press_key (GTK_WIDGET (ui_test_get_editable (income)), GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (income)), ==, "30,500,000.00");
  g_assert_false (message_shown (income));

  /* emptied: the figure is absent again */
  ui_test_clear (row);
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, SB_UNSET);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->offshore_revenue, ==, SB_UNSET);
  }

  /* a signed figure takes a minus; an unsigned one refuses it */
  ui_test_replace (get (f, "2024:taxable-income"), "-5,000");
  g_assert_cmpint (model_figure (f, 2024, "taxable-income"), ==, -500000);
  ui_test_replace (get (f, "2024:sales-revenue"), "-1");
  g_assert_nonnull (strstr (sb_field_row_get_error (SB_FIELD_ROW (get (f, "2024:sales-revenue"))),
                            "cannot be negative"));
  g_assert_cmpint (model_figure (f, 2024, "sales-revenue"), ==, SB_UNSET);

  /* a count */
  ui_test_replace (get (f, "2024:st-staff"), "42");
  g_assert_cmpint (model_figure (f, 2024, "st-staff"), ==, 42);
  confirm (get (f, "2024:st-staff"));
  ui_test_replace (get (f, "2024:st-staff"), "4.5");
  g_assert_cmpint (model_figure (f, 2024, "st-staff"), ==, 42);
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (get (f, "2024:st-staff"))));
}

/* Someone else changes a figure: the row shows it. */
static void
test_money_row_follows_model (Fixture *f, gconstpointer data)
{
  GtkWidget *row = get (f, "2024:rd-expense");

  gtk_widget_grab_focus (GTK_WIDGET (ui_test_get_editable (get (f, "name"))));
  ui_test_iterate ();
  g_object_set (year (f, 2024), "rd-expense", (gint64) 98765432, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (row)), ==, "987,654.32");
}

/* ---------------------------------------------------------------- profile */

static void
test_profile (Fixture *f, gconstpointer data)
{
  GtkWidget *date = get (f, "registered-on");
  g_autofree char *name = NULL;
  guint registered;

  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (get (f, "name"))), ==,
                   TASE_COMPANY);
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (date)), ==, "2010-09-01");
  ui_test_replace (date, "2011/3/5");
  g_object_get (enterprise (f), "registered-on", &registered, NULL);
  g_assert_cmpuint (registered, ==, sb_date_from_ymd (2011, 3, 5));
  confirm (date);
  ui_test_replace (date, "2023-2-29");
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (date)));
  g_object_get (enterprise (f), "registered-on", &registered, NULL);
  /* not 2023-2-2 typed on the way: the date from before the editing */
  g_assert_cmpuint (registered, ==, sb_date_from_ymd (2011, 3, 5));
  ui_test_replace (date, "2011年3月5日");
  g_object_get (enterprise (f), "registered-on", &registered, NULL);
  g_assert_cmpuint (registered, ==, sb_date_from_ymd (2011, 3, 5));

  ui_test_type (get (f, "name"), "X");
  g_object_get (enterprise (f), "name", &name, NULL);
  g_assert_cmpstr (name, ==, TASE_COMPANY "X");
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpstr (d->company.name, ==, TASE_COMPANY "X");
    g_assert_cmpuint (d->company.registered_on, ==, sb_date_from_ymd (2011, 3, 5));
  }
  /* the region by its place name, never its code; picked by searching the
   * names, Enter taking the first shown */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (f, "region"))), ==, "大连市");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (get (f, "region:button"))), ==,
                   "大连市");
  g_object_set (enterprise (f), "region", NULL, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (f, "region"))), ==,
                   "Not given");
  gtk_menu_button_popup (GTK_MENU_BUTTON (get (f, "region:button")));
  ui_test_iterate ();
  ui_test_type (get (f, "region:search"), "大连");
  g_assert_true (gtk_widget_get_child_visible (get (f, "region:dalian")));
  g_signal_emit_by_name (get (f, "region:search"), "activate");
  ui_test_iterate ();
  {
    g_autofree char *code = NULL;

    g_object_get (enterprise (f), "region", &code, NULL);
    g_assert_cmpstr (code, ==, "dalian");
  }
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (f, "region"))), ==, "大连市");

  /* the credit code's GB 32100 check digit: an inline warning, the code kept
   * (the example's code ends in C where G is due) */
  {
    GtkWidget *code = get (f, "credit-code");
    g_autofree char *stored_code = NULL;

    g_assert_nonnull (sb_field_row_get_note (SB_FIELD_ROW (code)));
    g_assert_nonnull (strstr (sb_field_row_get_note (SB_FIELD_ROW (code)), "should be G"));
    g_assert_true (warning_shown (code));
    ui_test_replace (code, "91350100M000100Y43");
    g_assert_null (sb_field_row_get_note (SB_FIELD_ROW (code)));
    g_assert_false (warning_shown (code));
    ui_test_replace (code, "91350100M000100Y44");
    g_assert_nonnull (sb_field_row_get_note (SB_FIELD_ROW (code)));
    g_object_get (enterprise (f), "credit-code", &stored_code, NULL);
    g_assert_cmpstr (stored_code, ==, "91350100M000100Y44");
  }
}


/* The filing identity typed on the Company page reaches the model and the
 * database; a credit code with a wrong check digit shows a warning and is
 * kept as typed. */
static void
test_filing_identity (Fixture *f, gconstpointer data)
{
  g_autofree char *legal = NULL;
  gint64 capital = 0;

  ui_test_replace (get (f, "legal-representative"), "张三");
  ui_test_replace (get (f, "address"), "大连市高新园区软件园路 1 号");
  ui_test_replace (get (f, "registered-capital"), "1000");
  ui_test_replace (get (f, "bank-account-no"), "2766 0123 4567 8901 234");
  ui_test_replace (get (f, "contact-email"), "li@example.cn");
  g_object_get (enterprise (f), "legal-representative", &legal, "registered-capital", &capital,
                NULL);
  g_assert_cmpstr (legal, ==, "张三");
  g_assert_cmpint (capital, ==, G_GINT64_CONSTANT (1000000000));   /* 1000 万元 */

  ui_test_replace (get (f, "credit-code"), "91350100M000100Y43");
  g_assert_null (sb_field_row_get_note (SB_FIELD_ROW (get (f, "credit-code"))));
  ui_test_replace (get (f, "credit-code"), "91350100M000100Y44");
  g_assert_nonnull (sb_field_row_get_note (SB_FIELD_ROW (get (f, "credit-code"))));
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpstr (d->company.credit_code, ==, "91350100M000100Y44");
    g_assert_cmpstr (d->company.legal_representative, ==, "张三");
    g_assert_cmpstr (d->company.address, ==, "大连市高新园区软件园路 1 号");
    g_assert_cmpint (d->company.registered_capital, ==, G_GINT64_CONSTANT (1000000000));
    g_assert_cmpstr (d->company.bank_account_no, ==, "2766 0123 4567 8901 234");
    g_assert_cmpstr (d->company.contact_email, ==, "li@example.cn");
  }
}

static const char *
drop_down_words (GtkWidget *d)
{
  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (d)));
}

/* Declarations: three clearly different states (not answered / yes / no)
 * in one drop-down, the one Tab stop of the row. */
static void
test_declarations (Fixture *f, gconstpointer data)
{
  GtkWidget *row = get (f, "scope-advanced-tech");
  GtkWidget *choice = NULL;
  guint stops = 0;
  int v;

  /* the drop-down, the row's only focusable descendant */
  {
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, row);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_DROP_DOWN (w))
          choice = w;
        if (GTK_IS_SWITCH (w) || (GTK_IS_BUTTON (w) && gtk_widget_get_focusable (w)))
          stops++;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (choice);
  g_assert_false (gtk_widget_get_focusable (row));
  g_assert_cmpuint (stops, ==, 1);   /* the drop-down's button */
  {
    GListModel *items = gtk_drop_down_get_model (GTK_DROP_DOWN (choice));
    g_autoptr(GtkStringObject) a = g_list_model_get_item (items, 0);
    g_autoptr(GtkStringObject) b = g_list_model_get_item (items, 1);
    g_autoptr(GtkStringObject) c = g_list_model_get_item (items, 2);

    g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
    g_assert_cmpstr (gtk_string_object_get_string (a), ==, "Not answered");
    g_assert_cmpstr (gtk_string_object_get_string (b), ==, "Yes");
    g_assert_cmpstr (gtk_string_object_get_string (c), ==, "No");
  }

  /* the example declares it: yes */
  g_assert_cmpstr (drop_down_words (choice), ==, "Yes");
  g_assert_false (gtk_widget_has_css_class (choice, "not-answered"));

  /* not answered: dimmed, not "No" */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 0);
  ui_test_iterate ();
  g_object_get (enterprise (f), "scope-advanced-tech", &v, NULL);
  g_assert_cmpint (v, ==, SB_TRI_UNSET);
  g_assert_true (gtk_widget_has_css_class (choice, "not-answered"));
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (d->declarations.scope_advanced_tech, ==, SB_TRI_UNSET);
  }

  /* no */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), 2);
  ui_test_iterate ();
  g_object_get (enterprise (f), "scope-advanced-tech", &v, NULL);
  g_assert_cmpint (v, ==, SB_TRI_FALSE);
  g_assert_false (gtk_widget_has_css_class (choice, "not-answered"));

  /* yes, set elsewhere: shown */
  g_object_set (enterprise (f), "scope-advanced-tech", SB_TRI_TRUE, NULL);
  ui_test_iterate ();
  g_assert_cmpstr (drop_down_words (choice), ==, "Yes");
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (d->declarations.scope_advanced_tech, ==, SB_TRI_TRUE);
  }

  /* the HNTE field: one of the profile's eight */
  {
    GtkWidget *field = get (f, "hnte-field");
    g_autofree char *value = NULL;

    g_assert_true (ADW_IS_COMBO_ROW (field));
    adw_combo_row_set_selected (ADW_COMBO_ROW (field), 1);
    ui_test_iterate ();
    g_object_get (enterprise (f), "hnte-field", &value, NULL);
    g_assert_cmpstr (value, ==, "电子信息");
    adw_combo_row_set_selected (ADW_COMBO_ROW (field), 0);
    ui_test_iterate ();
    g_clear_pointer (&value, g_free);
    g_object_get (enterprise (f), "hnte-field", &value, NULL);
    g_assert_null (value);
  }
}

/* ---------------------------------------------------------------- staff */

static void
test_staff_grid (Fixture *f, gconstpointer data)
{
  SbStaffMonthRow *march = sb_fiscal_year_find_staff_month (year (f, 2024), 3);
  SbStaffMonthRow *april = sb_fiscal_year_find_staff_month (year (f, 2024), 4);
  GtkWidget *cell = get (f, "2024:staff:3:degree");
  gint64 v;

  /* the example: 3744 / 24 staff, 1824 / 24 with a degree */
  g_assert_cmpstr (label (f, "2024:staff:months"), ==, "12");
  g_assert_cmpstr (label (f, "2024:staff:avg-total"), ==, "156.00");
  g_assert_cmpstr (label (f, "2024:staff:avg-degree"), ==, "76.00");
  g_assert_cmpstr (label (f, "2024:staff:ratio"), ==, "48.72% (at least 50.00%)");
  g_assert_cmpstr (label (f, "2024:staff:3:total-avg"), ==, "152.5");
  g_assert_cmpstr (label (f, "2024:staff:3:degree-avg"), ==, "72.5");
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (cell)), ==, "72");

  /* March's degree staff at the start: 72 → 100 (the end, 73, stays) */
  ui_test_replace (cell, "100");
  g_object_get (march, "degree-start", &v, NULL);
  g_assert_cmpint (v, ==, 100);
  g_object_get (march, "degree-end", &v, NULL);
  g_assert_cmpint (v, ==, 73);
  g_assert_cmpstr (label (f, "2024:staff:3:degree-avg"), ==, "86.5");
  /* 1852 / 24 = 77.1666…; 1852 / 3744 = 49.4658…% */
  g_assert_cmpstr (label (f, "2024:staff:avg-degree"), ==, "77.17");
  g_assert_cmpstr (label (f, "2024:staff:avg-total"), ==, "156.00");
  g_assert_cmpstr (label (f, "2024:staff:ratio"), ==, "49.47% (at least 50.00%)");
  {
    const SbEvaluation *ev = sb_session_get_evaluation (sb_window_get_session (f->window));
    const SbTaseYearFigures *fig = NULL;

    g_assert_nonnull (ev);
    g_assert_nonnull (ev->tase);
    for (guint i = 0; i < ev->tase->years->len; i++)
      if (g_array_index (ev->tase->years, SbTaseYearFigures, i).year == 2024)
        fig = &g_array_index (ev->tase->years, SbTaseYearFigures, i);
    g_assert_nonnull (fig);
    g_assert_cmpint (fig->degree_avg.num, ==, 1852);
    g_assert_cmpint (fig->degree_avg.den, ==, 24);
  }
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2024);

    g_assert_cmpint (g_array_index (sy->staff_months, SbStaffMonth, 2).degree_start, ==, 100);
  }

  /* a negative headcount: a message, and nothing stored */
  prepend_text (get (f, "2024:staff:4:degree"), "-");
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (get (f, "2024:staff:4:degree"))),
                   ==, "-73");
  g_assert_nonnull (strstr (label (f, "2024:staff:4:message"), "cannot be negative"));
  g_assert_true (gtk_widget_get_mapped (get (f, "2024:staff:4:message")));
  g_object_get (april, "degree-start", &v, NULL);
  g_assert_cmpint (v, ==, 73);
  g_assert_cmpstr (label (f, "2024:staff:avg-degree"), ==, "77.17");
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2024);

    g_assert_cmpint (g_array_index (sy->staff_months, SbStaffMonth, 3).degree_start, ==, 73);
  }
  /* corrected: the message goes */
  ui_test_replace (get (f, "2024:staff:4:degree"), "73");
  g_assert_false (gtk_widget_get_visible (get (f, "2024:staff:4:message")));
}

static void
count_save_failed (SbSession *session, const char *message, gpointer data)
{
  g_test_message ("save failed: %s", message);
  (*(int *) data)++;
}

/* Text that does not parse is never committed (issue 11): "12abc" typed
 * into 不征税收入, then Tab — the stored figure is the one from before, in
 * the model and the database; the field keeps the text and its message
 * until it is corrected; Escape puts the stored value back. */
static void
test_bad_text_never_stored (Fixture *f, gconstpointer data)
{
  GtkWidget *row = get (f, "2024:non-taxable-income");
  GtkEditable *entry = ui_test_get_editable (row);
  gint64 before = model_figure (f, 2024, "non-taxable-income");
  GtkWidget *focus;

  g_assert_cmpint (before, !=, 1200);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  ui_test_iterate ();
  gtk_editable_select_region (entry, 0, -1);
  gtk_editable_delete_selection (entry);
  ui_test_type (row, "12abc");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "12abc");
  g_assert_cmpint (model_figure (f, 2024, "non-taxable-income"), ==, before);
  /* Tab: the focus moves on, the text and its message stay */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  ui_test_iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus != GTK_WIDGET (entry) && !gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "12abc");
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_true (message_shown (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpint (model_figure (f, 2024, "non-taxable-income"), ==, before);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->non_taxable_income, ==, before);
  }

  /* Escape puts the stored value back */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  ui_test_iterate ();
  g_assert_true (ui_test_press_key (GTK_WIDGET (entry), GDK_KEY_Escape, 0));
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_false (message_shown (row));
  g_assert_cmpint (model_figure (f, 2024, "non-taxable-income"), ==, before);

  /* corrected text: stored */
  ui_test_replace (row, "12");
  g_assert_cmpint (model_figure (f, 2024, "non-taxable-income"), ==, 1200);
  /* Escape during an editing goes back to the value from before it */
  g_assert_true (ui_test_press_key (GTK_WIDGET (entry), GDK_KEY_Escape, 0));
  g_assert_cmpint (model_figure (f, 2024, "non-taxable-income"), ==, before);
}

/* Drafts are normal (issue 11): a month with one count typed is stored as
 * it is, its other counts outlined with their names, the company evaluated
 * (the staff check missing), and nothing toasted. */
static void
test_staff_draft_month (Fixture *f, gconstpointer data)
{
  SbSession *session = sb_window_get_session (f->window);
  GtkWidget *degree = get (f, "2024:staff:2:degree");
  int failed = 0;

  g_signal_connect (session, "save-failed", G_CALLBACK (count_save_failed), &failed);
  ui_test_clear (get (f, "2024:staff:2:degree-end"));
  ui_test_clear (degree);
  g_assert_nonnull (sb_fiscal_year_find_staff_month (year (f, 2024), 2));
  g_assert_null (sb_session_get_error (session));
  g_assert_nonnull (sb_session_get_evaluation (session));
  /* the empty counts outlined, named as the window names them */
  g_assert_true (sb_cell_entry_is_marked (SB_CELL_ENTRY (ui_test_get_editable (degree))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (ui_test_get_editable (degree))), ==,
                   "Missing: 2024 month 2 degree staff at the start. The month is counted once "
                   "its four counts are typed.");
  g_assert_false (sb_cell_entry_is_marked (
    SB_CELL_ENTRY (ui_test_get_editable (get (f, "2024:staff:2:total")))));
  g_assert_false (sb_cell_entry_is_marked (
    SB_CELL_ENTRY (ui_test_get_editable (get (f, "2024:staff:3:degree")))));
  g_assert_cmpstr (label (f, "2024:staff:avg-total"), ==, "—");
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2024);

    for (guint i = 0; i < sy->staff_months->len; i++)
      if (g_array_index (sy->staff_months, SbStaffMonth, i).month == 2)
        g_assert_cmpint (g_array_index (sy->staff_months, SbStaffMonth, i).degree_start,
                         ==, SB_UNSET);
  }
  /* more degree staff than staff: kept, the cell marked */
  ui_test_type (degree, "100000");
  g_assert_true (sb_cell_entry_is_marked (SB_CELL_ENTRY (ui_test_get_editable (degree))));
  ui_test_replace (degree, "1");
  ui_test_type (get (f, "2024:staff:2:degree-end"), "1");
  g_assert_false (sb_cell_entry_is_marked (SB_CELL_ENTRY (ui_test_get_editable (degree))));
  g_assert_cmpstr (label (f, "2024:staff:avg-total"), !=, "—");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (failed, ==, 0);
  g_signal_handlers_disconnect_by_func (session, count_save_failed, &failed);
}

static SbStatus
tase_status (Fixture *f, const char *id, int y)
{
  const SbEvaluation *ev = sb_session_get_evaluation (sb_window_get_session (f->window));

  g_assert_nonnull (ev);
  g_assert_nonnull (ev->tase);
  for (guint i = 0; i < ev->tase->checks->len; i++)
    {
      const SbCheck *c = g_ptr_array_index (ev->tase->checks, i);

      if (g_str_equal (c->id, id) && c->year == y)
        return c->status;
    }
  g_assert_not_reached ();
}

/* Contracts vs typed totals (issue 11): an explicit choice per year; an
 * empty contract added to a year whose totals are typed does not replace
 * them; the difference is shown; the choice is stored. */
static void
test_revenue_source (Fixture *f, gconstpointer data)
{
  SbFiscalYear *y = year (f, 2024);
  GtkWidget *by_contracts, *by_totals, *source;
  g_autofree char *chosen = NULL;

  while (g_list_model_get_n_items (sb_fiscal_year_get_contracts (y)) > 0)
    sb_fiscal_year_remove_contract (y, 0);
  ui_test_iterate ();
  source = get (f, "2024:contracts:source");
  g_assert_false (gtk_widget_get_visible (source));
  ui_test_replace (get (f, "2024:tase-revenue"), "16500000");
  ui_test_replace (get (f, "2024:offshore-revenue"), "11,300,000");
  g_assert_cmpint (tase_status (f, "tase.offshore_revenue", 2024), ==, SB_STATUS_PASS);

  /* one empty contract: the totals stay in use, and say so */
  click (get (f, "2024:contracts:add"));
  for (int i = 0; i < 5; i++)
    ui_test_iterate ();
  g_assert_cmpint (tase_status (f, "tase.offshore_revenue", 2024), ==, SB_STATUS_PASS);
  g_assert_true (gtk_widget_get_visible (source));
  by_contracts = get (f, "2024:contracts:by-contracts");
  by_totals = get (f, "2024:contracts:by-totals");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_totals)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (by_contracts)));
  g_assert_cmpstr (label (f, "2024:contracts:sums"), ==,
                   "Contracts: catalogue revenue ¥0.00 (typed: ¥16,500,000.00; the contracts are "
                   "¥16,500,000.00 less), offshore revenue ¥0.00 (typed: ¥11,300,000.00; the "
                   "contracts are ¥11,300,000.00 less). The figures typed above are used.");

  /* the contracts chosen: the empty contract counts nothing */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (by_contracts), TRUE);
  ui_test_iterate ();
  g_object_get (y, "revenue-source", &chosen, NULL);
  g_assert_cmpstr (chosen, ==, "contracts");
  g_assert_cmpint (tase_status (f, "tase.offshore_revenue", 2024), ==, SB_STATUS_FAIL);
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2024);

    g_assert_nonnull (sy->extra);
    g_assert_cmpstr (json_object_get_string_member (sy->extra, "revenue_source"), ==,
                     "contracts");
  }
  /* and back */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (by_totals), TRUE);
  ui_test_iterate ();
  g_assert_cmpint (tase_status (f, "tase.offshore_revenue", 2024), ==, SB_STATUS_PASS);
}

static void
test_staff_new_month (Fixture *f, gconstpointer data)
{
  GtkWidget *add = get (f, "add-year:add");
  GtkSpinButton *spin = GTK_SPIN_BUTTON (get (f, "add-year:year"));
  SbStaffMonthRow *jan;
  gint64 v;

  gtk_spin_button_set_value (spin, 2025);
  click (add);
  ui_test_iterate ();
  g_assert_nonnull (sb_enterprise_find_year (enterprise (f), 2025));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (get (f, "years"))), ==, "2025");
  g_assert_cmpstr (label (f, "2025:staff:avg-total"), ==, "—");

  /* typing January's staff makes the month; the end follows the start */
  ui_test_type (get (f, "2025:staff:1:total"), "10");
  jan = sb_fiscal_year_find_staff_month (year (f, 2025), 1);
  g_assert_nonnull (jan);
  g_object_get (jan, "total-start", &v, NULL);
  g_assert_cmpint (v, ==, 10);
  g_object_get (jan, "total-end", &v, NULL);
  g_assert_cmpint (v, ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (get (f, "2025:staff:1:total"))),
                   ==, "10");
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (get (f, "2025:staff:1:total-end"))),
                   ==, "10");
  g_assert_cmpstr (label (f, "2025:staff:1:total-avg"), ==, "10.0");
  /* the degree counts are missing: no average yet */
  g_assert_cmpstr (label (f, "2025:staff:avg-total"), ==, "—");

  ui_test_type (get (f, "2025:staff:1:degree"), "5");
  ui_test_replace (get (f, "2025:staff:1:degree-end"), "6");
  g_assert_cmpstr (label (f, "2025:staff:months"), ==, "1");
  g_assert_cmpstr (label (f, "2025:staff:avg-total"), ==, "10.00");
  g_assert_cmpstr (label (f, "2025:staff:avg-degree"), ==, "5.50");
  g_assert_cmpstr (label (f, "2025:staff:ratio"), ==, "55.00% (at least 50.00%)");
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2025);
    const SbStaffMonth *m;

    g_assert_nonnull (sy->staff_months);
    g_assert_cmpuint (sy->staff_months->len, ==, 1);
    m = &g_array_index (sy->staff_months, SbStaffMonth, 0);
    g_assert_cmpint (m->month, ==, 1);
    g_assert_cmpint (m->total_start, ==, 10);
    g_assert_cmpint (m->total_end, ==, 10);
    g_assert_cmpint (m->degree_start, ==, 5);
    g_assert_cmpint (m->degree_end, ==, 6);
  }

  /* every count emptied: the company did not operate that month */
  ui_test_clear (get (f, "2025:staff:1:degree-end"));
  ui_test_clear (get (f, "2025:staff:1:degree"));
  ui_test_clear (get (f, "2025:staff:1:total"));
  g_assert_null (sb_fiscal_year_find_staff_month (year (f, 2025), 1));
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2025);

    g_assert_true (sy->staff_months == NULL || sy->staff_months->len == 0);
  }

  /* the year removed, after the confirmation */
  click (get (f, "remove-year"));
  ui_test_iterate ();
  {
    GList *toplevels = gtk_window_list_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove 2025?");
    adw_message_dialog_response (dialog, "remove");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  ui_test_iterate ();
  g_assert_null (sb_enterprise_find_year (enterprise (f), 2025));
  g_assert_nonnull (sb_enterprise_find_year (enterprise (f), 2024));
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_null (sb_dossier_find_year (d, 2025));
    g_assert_nonnull (sb_dossier_find_year (d, 2024));
  }
}

/* ---------------------------------------------------------------- contracts */

static SbContractsEditor *
contracts_editor (Fixture *f, int y)
{
  g_autofree char *name = g_strdup_printf ("%d:contracts", y);
  GtkWidget *view = get (f, name);
  GtkWidget *editor = gtk_widget_get_ancestor (view, SB_TYPE_CONTRACTS_EDITOR);

  g_assert_nonnull (editor);
  return SB_CONTRACTS_EDITOR (editor);
}

static GtkWidget *
contract_cell (Fixture *f, SbContractRow *row, const char *property)
{
  SbContractsEditor *editor = contracts_editor (f, 2024);
  GtkWidget *cell = NULL;

  for (int i = 0; i < 50 && cell == NULL; i++)
    {
      cell = sb_contracts_editor_get_cell (editor, row, property);
      if (cell == NULL)
        ui_test_iterate ();
    }
  g_assert_nonnull (cell);
  return cell;
}

static void
test_contracts (Fixture *f, gconstpointer data)
{
  GListModel *list = sb_fiscal_year_get_contracts (year (f, 2024));
  g_autoptr(SbContractRow) first = g_list_model_get_item (list, 0);
  g_autoptr(SbContractRow) added = NULL;
  GtkWidget *amount;
  GtkWidget *focus;
  gint64 fen;

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  /* the example's first contract, shown */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (contract_cell (f, first, "no"))), ==,
                   "JP-2024-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (contract_cell (f, first, "amount"))),
                   ==, "9,000,000.00");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (contract_cell (f, first, "offshore"))));
  g_assert_nonnull (strstr (label (f, "2024:contracts:sums"), "¥11,300,000.00"));

  /* add: a row at the end, its first cell focused */
  click (get (f, "2024:contracts:add"));
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  added = g_list_model_get_item (list, 4);
  for (int i = 0; i < 20; i++)
    ui_test_iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == contract_cell (f, added, "no")
                 || gtk_widget_is_ancestor (focus, contract_cell (f, added, "no")));

  ui_test_type (contract_cell (f, added, "no"), "T-1");
  ui_test_type (contract_cell (f, added, "client-country"), "US");
  amount = contract_cell (f, added, "amount");
  ui_test_type (amount, "12,000");
  g_object_get (added, "amount", &fen, NULL);
  g_assert_cmpint (fen, ==, 1200000);

  /* a letter in a money cell: the error style and a tooltip; "12,000q" is
   * not stored, nor 12,000 typed on the way: the new contract had none */
  ui_test_type (amount, "q");
  g_assert_true (gtk_widget_has_css_class (amount, "error"));
  g_assert_nonnull (sb_cell_entry_get_error (SB_CELL_ENTRY (amount)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (amount), "Nothing is stored"));
  g_object_get (added, "amount", &fen, NULL);
  g_assert_cmpint (fen, ==, SB_UNSET);
  /* corrected: stored */
  gtk_editable_delete_text (GTK_EDITABLE (amount), 6, 7);
  ui_test_iterate ();
  g_assert_null (sb_cell_entry_get_error (SB_CELL_ENTRY (amount)));
  g_object_get (added, "amount", &fen, NULL);
  g_assert_cmpint (fen, ==, 1200000);

  /* revenue in 万 */
  ui_test_type (contract_cell (f, added, "revenue"), "1.5万");
  g_object_get (added, "revenue", &fen, NULL);
  g_assert_cmpint (fen, ==, 1500000);

  /* the offshore flag is proposed from the country (US), and confirmed */
  {
    GtkWidget *sw = contract_cell (f, added, "offshore");
    int offshore;

    g_object_get (added, "offshore", &offshore, NULL);
    g_assert_cmpint (offshore, ==, -1);
    g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
    gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
    ui_test_iterate ();
    g_object_get (added, "offshore", &offshore, NULL);
    g_assert_cmpint (offshore, ==, 0);
  }

  /* the catalogue business */
  {
    GtkWidget *picker = contract_cell (f, added, "category");
    g_autofree char *category = NULL;

    g_object_set (picker, "code", "ITO.software_dev", NULL);
    ui_test_iterate ();
    g_object_get (added, "category", &category, NULL);
    g_assert_cmpstr (category, ==, "ITO.software_dev");
  }

  {
    g_autoptr(SbDossier) d = stored (f);
    const SbYear *sy = stored_year (d, 2024);
    const SbContract *c;

    g_assert_cmpuint (sy->contracts->len, ==, 5);
    c = g_ptr_array_index (sy->contracts, 4);
    g_assert_cmpstr (c->no, ==, "T-1");
    g_assert_cmpint (c->amount, ==, 1200000);
    g_assert_cmpint (c->revenue, ==, 1500000);
    g_assert_cmpint (c->offshore, ==, SB_TRI_FALSE);
    g_assert_cmpstr (c->category, ==, "ITO.software_dev");
  }
  /* catalogue revenue now 11,300,000 + 5,200,000 + 15,000 (the new one) */
  g_assert_nonnull (strstr (label (f, "2024:contracts:sums"), "¥16,515,000.00"));

  /* remove the first, with an undo toast */
  sb_contracts_editor_remove (contracts_editor (f, 2024), 0);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpuint (stored_year (d, 2024)->contracts->len, ==, 4);
  }
  {
    GtkWidget *undo = ui_test_find_button (GTK_WIDGET (f->window), "Undo");
    g_autoptr(SbContractRow) back = NULL;

    g_assert_nonnull (undo);
    click (undo);
    ui_test_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
    back = g_list_model_get_item (list, 0);
    g_assert_true (back == first);
  }
  {
    g_autoptr(SbDossier) d = stored (f);
    const SbContract *c;

    g_assert_cmpuint (stored_year (d, 2024)->contracts->len, ==, 5);
    c = g_ptr_array_index (stored_year (d, 2024)->contracts, 0);
    g_assert_cmpstr (c->no, ==, "JP-2024-01");
  }
}

/* ---------------------------------------------------------------- kinds */

static void
set_text (GtkWidget *row, const char *text)
{
  gtk_editable_set_text (sb_field_row_get_editable (SB_FIELD_ROW (row)), text);
  ui_test_iterate ();
}

static const char *
row_text (GtkWidget *row)
{
  return gtk_editable_get_text (sb_field_row_get_editable (SB_FIELD_ROW (row)));
}

/* A 万元 row, an int property as a count, a tri-state as a count, and an
 * unbound row; no window. */
static void
test_field_row_kinds (void)
{
  g_autoptr(SbFiscalYear) fy = sb_fiscal_year_new (2024);
  g_autoptr(SbEnterprise) e = sb_enterprise_new ();
  g_autoptr(SbTaseApplication) tase = g_object_new (SB_TYPE_TASE_APPLICATION, NULL);
  GtkWidget *wan = g_object_ref_sink (sb_field_row_new ("wan", SB_FIELD_MONEY_WAN));
  GtkWidget *year = g_object_ref_sink (sb_field_row_new ("year", SB_FIELD_COUNT));
  GtkWidget *tri = g_object_ref_sink (sb_field_row_new ("tri", SB_FIELD_COUNT));
  GtkWidget *loose = g_object_ref_sink (sb_field_row_new ("loose", SB_FIELD_MONEY));
  gint64 fen;
  int n;

  sb_field_row_bind (SB_FIELD_ROW (wan), G_OBJECT (fy), "sales-revenue");
  g_assert_cmpstr (row_text (wan), ==, "");
  set_text (wan, "123.4");                       /* 万 by default */
  g_object_get (fy, "sales-revenue", &fen, NULL);
  g_assert_cmpint (fen, ==, 123400000);
  set_text (wan, "1234000元");                   /* yuan when said so */
  g_object_get (fy, "sales-revenue", &fen, NULL);
  g_assert_cmpint (fen, ==, 123400000);
  set_text (wan, "¥5");
  g_object_get (fy, "sales-revenue", &fen, NULL);
  g_assert_cmpint (fen, ==, 500);
  set_text (wan, "0.0000001");                   /* a tenth of a fen */
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (wan)));
  g_assert_nonnull (strstr (sb_field_row_get_error (SB_FIELD_ROW (wan)), "0.0005万元"));
  g_object_get (fy, "sales-revenue", &fen, NULL);
  g_assert_cmpint (fen, ==, 500);
  /* set elsewhere: shown in 万, exact to the fen */
  g_object_set (fy, "sales-revenue", (gint64) 123456, NULL);
  g_assert_cmpstr (row_text (wan), ==, "0.123456");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (wan)));
  g_object_set (fy, "sales-revenue", (gint64) 500000000, NULL);
  g_assert_cmpstr (row_text (wan), ==, "500");

  /* an int property: 0 is its "unset" */
  sb_field_row_bind (SB_FIELD_ROW (year), G_OBJECT (tase), "apply-year");
  g_assert_cmpstr (row_text (year), ==, "");
  set_text (year, "2025");
  g_object_get (tase, "apply-year", &n, NULL);
  g_assert_cmpint (n, ==, 2025);
  set_text (year, "");
  g_object_get (tase, "apply-year", &n, NULL);
  g_assert_cmpint (n, ==, 0);

  /* a tri-state read as a count: −1 shows empty, 2 is out of range */
  sb_field_row_bind (SB_FIELD_ROW (tri), G_OBJECT (e), "legal-entity");
  g_assert_cmpstr (row_text (tri), ==, "");
  set_text (tri, "1");
  g_object_get (e, "legal-entity", &n, NULL);
  g_assert_cmpint (n, ==, 1);
  set_text (tri, "2");
  g_assert_cmpstr (sb_field_row_get_error (SB_FIELD_ROW (tri)),
                   ==, "Type a number from 0 to 1\nThe last good value is kept: 1");
  g_object_get (e, "legal-entity", &n, NULL);
  g_assert_cmpint (n, ==, 1);

  /* unbound: typing goes nowhere, and no message */
  set_text (loose, "abc");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (loose)));
  /* bound, then unbound: emptied */
  sb_field_row_bind (SB_FIELD_ROW (loose), G_OBJECT (fy), "sales-revenue");
  g_assert_cmpstr (row_text (loose), ==, "5,000,000.00");
  sb_field_row_bind (SB_FIELD_ROW (loose), NULL, NULL);
  g_assert_cmpstr (row_text (loose), ==, "");

  g_object_unref (wan);
  g_object_unref (year);
  g_object_unref (tri);
  g_object_unref (loose);
}

/* ---------------------------------------------------------------- look */

/* Scrolls the page so that @name is at the top, and saves the window. */
static void
shot_at (Fixture *f, const char *dir, const char *name, const char *file)
{
  GtkWidget *w = name != NULL ? get (f, name) : NULL;
  GtkWidget *scrolled = gtk_widget_get_ancestor (get (f, "name"), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_autofree char *path = g_build_filename (dir, file, NULL);
  double x, y = 0;
  gboolean ok = FALSE;

  ui_test_iterate ();
  if (w != NULL)
    g_assert_true (gtk_widget_translate_coordinates (w, gtk_scrolled_window_get_child (
                                                       GTK_SCROLLED_WINDOW (scrolled)),
                                                     0, 0, &x, &y));
  /* the viewport's coordinates move with the scrolling */
  gtk_adjustment_set_value (adj, MAX (0.0, gtk_adjustment_get_value (adj) + y - 60));
  ui_test_iterate ();
  /* a window between two frames has nothing to render: try again */
  for (int i = 0; i < 10 && !ok; i++)
    ok = ui_test_screenshot (GTK_WIDGET (f->window), path);
  if (!ok)
    g_error ("no screenshot %s", file);
}

static void
test_screenshot (Fixture *f, gconstpointer data)
{
  const char *dir = g_getenv ("SHENBAO_SCREENSHOT_DIR");

  if (dir == NULL)
    {
      g_test_skip ("SHENBAO_SCREENSHOT_DIR is not set");
      return;
    }
  shot_at (f, dir, NULL, "company.png");
  shot_at (f, dir, "legal-representative", "company-identity.png");
  shot_at (f, dir, "years", "company-figures.png");
  shot_at (f, dir, "2024:staff:1:total", "company-staff.png");
  shot_at (f, dir, "2024:contracts", "company-contracts.png");
  /* a refused amount */
  append_text (get (f, "2024:income-total"), "abc");
  shot_at (f, dir, "2024:income-total", "company-error.png");
  prepend_text (get (f, "2024:staff:2:total"), "-");
  shot_at (f, dir, "2024:staff:1:total", "company-staff-error.png");

  /* the catalogue of the first contract's picker, open */
  {
    GListModel *list = sb_fiscal_year_get_contracts (year (f, 2024));
    g_autoptr(SbContractRow) first = g_list_model_get_item (list, 0);
    GtkWidget *picker = contract_cell (f, first, "category");
    GtkWidget *button = gtk_widget_get_first_child (picker);
    g_autofree char *path = g_build_filename (dir, "company-catalogue.png", NULL);

    shot_at (f, dir, "2024:contracts", "company-contracts.png");
    g_autofree char *cmd = g_strdup_printf ("import -window root %s", path);

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    for (int i = 0; i < 10; i++)
      ui_test_iterate ();
    /* a popover is a surface of its own: the screen's picture */
    g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }

  /* a declaration not answered, and a new year */
  g_object_set (enterprise (f), "owns-core-ip", -1, "clean-record-2y", 0, NULL);
  {
    g_autoptr(SbFiscalYear) y2025 = sb_fiscal_year_new (2025);

    sb_enterprise_add_year (enterprise (f), y2025);
  }
  shot_at (f, dir, "scope-advanced-tech", "company-declarations.png");
  shot_at (f, dir, "years", "company-new-year.png");
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/field-row/kinds", test_field_row_kinds);
  g_test_add ("/ui/company/money", Fixture, NULL, fixture_set_up, test_money_row,
              fixture_tear_down);
  g_test_add ("/ui/company/money-follows-model", Fixture, NULL, fixture_set_up,
              test_money_row_follows_model, fixture_tear_down);
  g_test_add ("/ui/company/profile", Fixture, NULL, fixture_set_up, test_profile,
              fixture_tear_down);
  g_test_add ("/ui/company/filing-identity", Fixture, NULL, fixture_set_up, test_filing_identity,
              fixture_tear_down);
  g_test_add ("/ui/company/declarations", Fixture, NULL, fixture_set_up, test_declarations,
              fixture_tear_down);
  g_test_add ("/ui/company/staff", Fixture, NULL, fixture_set_up, test_staff_grid,
              fixture_tear_down);
  g_test_add ("/ui/company/bad-text-never-stored", Fixture, NULL, fixture_set_up,
              test_bad_text_never_stored, fixture_tear_down);
  g_test_add ("/ui/company/staff-draft-month", Fixture, NULL, fixture_set_up,
              test_staff_draft_month, fixture_tear_down);
  g_test_add ("/ui/company/revenue-source", Fixture, NULL, fixture_set_up,
              test_revenue_source, fixture_tear_down);
  g_test_add ("/ui/company/staff-new-month", Fixture, NULL, fixture_set_up,
              test_staff_new_month, fixture_tear_down);
  g_test_add ("/ui/company/contracts", Fixture, NULL, fixture_set_up, test_contracts,
              fixture_tear_down);
  g_test_add ("/ui/company/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);
  return g_test_run ();
}
