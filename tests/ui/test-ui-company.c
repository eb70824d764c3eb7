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

  /* a third decimal: refused; the last good value is what was typed
   * before it, 1.23 */
  ui_test_replace (row, "1.234");
  error = sb_field_row_get_error (SB_FIELD_ROW (row));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "at most two decimals"));
  g_assert_nonnull (strstr (error, "The last good value is kept: ¥1.23"));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123);
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (stored_year (d, 2024)->offshore_revenue, ==, 123);
  }
  /* a third decimal of a 万 amount is fine (0.001万 = 10 元) */
  ui_test_replace (row, "0.001万");
  g_assert_null (sb_field_row_get_error (SB_FIELD_ROW (row)));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 1000);

  /* full-width digits and ¥ */
  ui_test_replace (row, "¥１２３４.５６");
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);

  /* a bad text typed over the whole (deleted, then inserted in one change):
   * the figure is not cleared on the way */
  gtk_editable_set_text (ui_test_get_editable (row), "12x");
  ui_test_iterate ();
  g_assert_nonnull (strstr (sb_field_row_get_error (SB_FIELD_ROW (row)),
                            "The last good value is kept: ¥1,234.56"));
  g_assert_cmpint (model_figure (f, 2024, "offshore-revenue"), ==, 123456);
  ui_test_replace (row, "1,234.56");

  /* leaving the row shows the canonical form */
  gtk_widget_grab_focus (GTK_WIDGET (ui_test_get_editable (income)));
  ui_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (ui_test_get_editable (row)), ==, "1,234.56");
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
  ui_test_replace (get (f, "2024:st-staff"), "4.5");
  g_assert_cmpint (model_figure (f, 2024, "st-staff"), ==, 4);
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
  ui_test_replace (date, "2023-2-29");
  g_assert_nonnull (sb_field_row_get_error (SB_FIELD_ROW (date)));
  g_object_get (enterprise (f), "registered-on", &registered, NULL);
  /* the last good date typed on the way: 2023-2-2 */
  g_assert_cmpuint (registered, ==, sb_date_from_ymd (2023, 2, 2));
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
  /* the region codes the profile accepts, with their place names */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get (f, "region"))),
                            "大连市 (dalian)"));
}


/* The filing identity typed on the Company page reaches the model and the
 * database; a credit code with a wrong check digit shows a warning and is
 * kept as typed. */
static void
test_filing_identity (Fixture *f, gconstpointer data)
{
  GtkWidget *warning;
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
  warning = get (f, "id-warning");
  g_assert_false (gtk_widget_get_visible (warning));
  ui_test_replace (get (f, "credit-code"), "91350100M000100Y44");
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (warning)), "3"));
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

static void
test_declarations (Fixture *f, gconstpointer data)
{
  GtkWidget *row = get (f, "scope-advanced-tech");
  GtkWidget *sw = NULL;
  GtkWidget *clear = NULL;
  GtkWidget *no = NULL;
  int v;

  /* the switch and the two buttons among the row's descendants */
  {
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, row);
    while (stack->len > 0)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
        const char *tip = gtk_widget_get_tooltip_text (w);

        if (GTK_IS_SWITCH (w))
          sw = w;
        else if (GTK_IS_BUTTON (w) && g_strcmp0 (tip, "Mark as not answered") == 0)
          clear = w;
        else if (GTK_IS_BUTTON (w) && g_strcmp0 (tip, "Answer no") == 0)
          no = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
  }
  g_assert_nonnull (sw);
  g_assert_nonnull (clear);
  g_assert_nonnull (no);

  /* the example declares it: on, answered */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Yes");
  g_assert_true (gtk_widget_get_visible (clear));
  g_assert_false (gtk_widget_get_visible (no));

  /* not answered */
  click (clear);
  ui_test_iterate ();
  g_object_get (enterprise (f), "scope-advanced-tech", &v, NULL);
  g_assert_cmpint (v, ==, SB_TRI_UNSET);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not answered");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_true (gtk_widget_get_visible (no));
  {
    g_autoptr(SbDossier) d = stored (f);

    g_assert_cmpint (d->declarations.scope_advanced_tech, ==, SB_TRI_UNSET);
  }

  /* no */
  click (no);
  ui_test_iterate ();
  g_object_get (enterprise (f), "scope-advanced-tech", &v, NULL);
  g_assert_cmpint (v, ==, SB_TRI_FALSE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "No");

  /* yes, with the switch */
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  ui_test_iterate ();
  g_object_get (enterprise (f), "scope-advanced-tech", &v, NULL);
  g_assert_cmpint (v, ==, SB_TRI_TRUE);
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

  /* a letter in a money cell: the error style and a tooltip; not stored */
  ui_test_type (amount, "q");
  g_assert_true (gtk_widget_has_css_class (amount, "error"));
  g_assert_nonnull (sb_cell_entry_get_error (SB_CELL_ENTRY (amount)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (amount), "¥12,000.00"));
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
  g_test_add ("/ui/company/staff-new-month", Fixture, NULL, fixture_set_up,
              test_staff_new_month, fixture_tear_down);
  g_test_add ("/ui/company/contracts", Fixture, NULL, fixture_set_up, test_contracts,
              fixture_tear_down);
  g_test_add ("/ui/company/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);
  return g_test_run ();
}
