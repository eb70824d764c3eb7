/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-year.c: one fiscal year on the Company page. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-year.h"
#include "sb-contracts-editor.h"
#include "sb-field-row.h"
#include "sb-staff-grid.h"

struct _SbCompanyYear
{
  GtkBox             parent_instance;

  SbFiscalYear      *year;
  const SbTaseRules *rules;
  GtkWidget         *staff;
  GtkWidget         *contracts;
};

G_DEFINE_FINAL_TYPE (SbCompanyYear, sb_company_year, GTK_TYPE_BOX)

static const struct
{
  const char *property;
  const char *title;
  SbFieldKind kind;
} figure_rows[] = {
  { "income-total", N_("Total income"), SB_FIELD_MONEY },
  { "non-taxable-income", N_("Non-taxable income"), SB_FIELD_MONEY },
  { "taxable-income", N_("Taxable income"), SB_FIELD_MONEY_SIGNED },
  { "sales-revenue", N_("Sales revenue"), SB_FIELD_MONEY },
  { "high-tech-revenue", N_("Revenue from high-tech products and services"), SB_FIELD_MONEY },
  { "rd-expense", N_("R&D expense"), SB_FIELD_MONEY },
  { "rd-expense-domestic", N_("R&D expense spent in China"), SB_FIELD_MONEY },
  { "net-assets-end", N_("Net assets at the end of the year"), SB_FIELD_MONEY_SIGNED },
  { "tase-revenue", N_("Revenue from catalogue businesses"), SB_FIELD_MONEY },
  { "offshore-revenue", N_("Offshore outsourcing revenue"), SB_FIELD_MONEY },
  { "st-staff", N_("S&T staff (year average)"), SB_FIELD_COUNT },
};

static void
on_add_contract (SbCompanyYear *self)
{
  sb_contracts_editor_add (SB_CONTRACTS_EDITOR (self->contracts));
}

static void
build (SbCompanyYear *self)
{
  int y = sb_fiscal_year_get_year (self->year);
  GtkWidget *group;
  GtkWidget *card;
  GtkWidget *add;
  g_autofree char *title = NULL;
  g_autofree char *add_name = NULL;

  /* the figures */
  group = adw_preferences_group_new ();
  title = g_strdup_printf (_("Figures of %d"), y);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Amounts in yuan, typed as 1234.56, 1,234.56 or "
                                           "123.4万. An empty row is a figure not known yet."));
  for (gsize i = 0; i < G_N_ELEMENTS (figure_rows); i++)
    {
      GtkWidget *row = sb_field_row_new (_(figure_rows[i].title), figure_rows[i].kind);
      g_autofree char *name = g_strdup_printf ("%d:%s", y, figure_rows[i].property);

      gtk_widget_set_name (row, name);
      sb_field_row_bind (SB_FIELD_ROW (row), G_OBJECT (self->year), figure_rows[i].property);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (self), group);

  /* the staff months */
  group = adw_preferences_group_new ();
  g_free (title);
  title = g_strdup_printf (_("Staff by month, %d"), y);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Headcounts at the start and end of each month the "
                                           "company operated (part-time, temporary and degree "
                                           "staff with at least 183 days of work). Leave a month "
                                           "empty when the company did not operate."));
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  self->staff = sb_staff_grid_new (self->year);
  gtk_widget_set_margin_top (self->staff, 12);
  gtk_widget_set_margin_bottom (self->staff, 12);
  gtk_widget_set_margin_start (self->staff, 12);
  gtk_widget_set_margin_end (self->staff, 12);
  gtk_box_append (GTK_BOX (card), self->staff);
  /* the grid of twelve months scrolls on its own on a narrow window; the
   * page itself never scrolls sideways */
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                    GTK_POLICY_NEVER);
    gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), card);
    card = scroller;
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  gtk_box_append (GTK_BOX (self), group);

  /* the contracts */
  group = adw_preferences_group_new ();
  g_free (title);
  title = g_strdup_printf (_("Contracts of %d"), y);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The revenue detail (附件3). A contract counts as "
                                           "offshore when it is marked so; the mark is proposed "
                                           "from the client’s country."));
  add = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add),
                        adw_button_content_new ());
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                    "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (add))),
                                _("Add contract"));
  add_name = g_strdup_printf ("%d:contracts:add", y);
  gtk_widget_set_name (add, add_name);
  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_contract), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  self->contracts = sb_contracts_editor_new (self->year);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->contracts);
  gtk_box_append (GTK_BOX (self), group);
}

static void
sb_company_year_dispose (GObject *object)
{
  SbCompanyYear *self = SB_COMPANY_YEAR (object);

  g_clear_object (&self->year);
  G_OBJECT_CLASS (sb_company_year_parent_class)->dispose (object);
}

static void
sb_company_year_class_init (SbCompanyYearClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_company_year_dispose;
}

static void
sb_company_year_init (SbCompanyYear *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
}

GtkWidget *
sb_company_year_new (SbFiscalYear *year)
{
  SbCompanyYear *self;

  g_return_val_if_fail (SB_IS_FISCAL_YEAR (year), NULL);

  self = g_object_new (SB_TYPE_COMPANY_YEAR, NULL);
  self->year = g_object_ref (year);
  build (self);
  return GTK_WIDGET (self);
}

SbFiscalYear *
sb_company_year_get_year (SbCompanyYear *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_YEAR (self), NULL);
  return self->year;
}

void
sb_company_year_set_rules (SbCompanyYear *self, const SbTaseRules *rules)
{
  g_return_if_fail (SB_IS_COMPANY_YEAR (self));
  self->rules = rules;
  sb_contracts_editor_set_rules (SB_CONTRACTS_EDITOR (self->contracts), rules);
}

void
sb_company_year_set_figures (SbCompanyYear *self, const SbTaseYearFigures *figures)
{
  g_return_if_fail (SB_IS_COMPANY_YEAR (self));
  sb_staff_grid_set_figures (SB_STAFF_GRID (self->staff), figures,
                             self->rules != NULL ? self->rules->degree_staff_min
                                                 : sb_ratio (0, 0));
  sb_contracts_editor_set_figures (SB_CONTRACTS_EDITOR (self->contracts), figures);
}
