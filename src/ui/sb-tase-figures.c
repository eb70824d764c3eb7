/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-figures.c: the figures of each tested TASE year, beside the checks. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-input.h"
#include "sb-program-page.h"
#include "sb-tase-figures.h"

enum
{
  FIG_TOTAL,
  FIG_CATALOGUE,
  FIG_OFFSHORE,
  FIG_STAFF,
  FIG_DEGREE,
  N_FIGS
};

static const char *fig_keys[N_FIGS] = {
  "total-revenue", "catalogue-revenue", "offshore-revenue", "staff-average", "degree-average",
};

typedef struct
{
  GtkWidget *group;
  GtkWidget *rows[N_FIGS];
  GtkLabel  *values[N_FIGS];
} YearGroup;

static const char *
fig_title (int fig)
{
  switch (fig)
    {
    case FIG_TOTAL:
      return _("Total revenue");
    case FIG_CATALOGUE:
      return _("Catalogue service revenue");
    case FIG_OFFSHORE:
      return _("Offshore outsourcing revenue");
    case FIG_STAFF:
      return _("Average staff");
    case FIG_DEGREE:
    default:
      return _("Average staff with a college degree");
    }
}

static YearGroup *
year_group_new (int year)
{
  YearGroup *g = g_new0 (YearGroup, 1);
  g_autofree char *title = g_strdup_printf (_("Figures of %d"), year);
  g_autofree char *name = g_strdup_printf ("figures:%d", year);
  GtkListBox *list;

  g->group = sb_program_page_group (title, NULL, &list);
  gtk_widget_set_name (g->group, name);
  for (int i = 0; i < N_FIGS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value = gtk_label_new ("—");
      g_autofree char *value_name = g_strdup_printf ("%d:figure:%s", year, fig_keys[i]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fig_title (i));
      gtk_widget_set_name (value, value_name);
      gtk_widget_add_css_class (value, "money");
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      gtk_list_box_append (list, row);
      g->rows[i] = row;
      g->values[i] = GTK_LABEL (value);
    }
  return g;
}

static void
set_text (GtkLabel *label, const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
set_subtitle (GtkWidget *row, const char *text)
{
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), text) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
}

static char *
money_or_dash (gint64 fen)
{
  return fen == SB_UNSET ? g_strdup ("—") : sb_input_format_money (fen);
}

static char *
average_or_dash (SbRatio r)
{
  return sb_ratio_is_valid (r) ? sb_ratio_format (r, 2) : g_strdup ("—");
}

static void
year_group_update (YearGroup *g, const SbTaseYearFigures *f)
{
  const char *source = f->from_contracts ? _("Summed from the contracts")
                                         : _("As entered for the year");
  g_autofree char *total = money_or_dash (f->total_revenue);
  g_autofree char *catalogue = money_or_dash (f->catalogue_revenue);
  g_autofree char *offshore = money_or_dash (f->offshore_revenue);
  g_autofree char *staff = average_or_dash (f->total_avg);
  g_autofree char *degree = average_or_dash (f->degree_avg);
  g_autofree char *months = f->staff_months > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Monthly average over %u month",
                                 "Monthly average over %u months", f->staff_months),
                       f->staff_months)
    : g_strdup (_("No monthly staff counts"));

  set_text (g->values[FIG_TOTAL], total);
  set_text (g->values[FIG_CATALOGUE], catalogue);
  set_text (g->values[FIG_OFFSHORE], offshore);
  set_text (g->values[FIG_STAFF], staff);
  set_text (g->values[FIG_DEGREE], degree);
  set_subtitle (g->rows[FIG_TOTAL], _("Total income less non-taxable income"));
  set_subtitle (g->rows[FIG_CATALOGUE], source);
  set_subtitle (g->rows[FIG_OFFSHORE], source);
  set_subtitle (g->rows[FIG_STAFF], months);
  set_subtitle (g->rows[FIG_DEGREE], months);
}

GtkWidget *
sb_tase_figures_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  g_object_set_data_full (G_OBJECT (box), "sb-years",
                          g_hash_table_new_full (NULL, NULL, NULL, g_free),
                          (GDestroyNotify) g_hash_table_unref);
  return box;
}

void
sb_tase_figures_set (GtkWidget *figures, const SbTaseYearFigures *years, guint n_years)
{
  GHashTable *groups = g_object_get_data (G_OBJECT (figures), "sb-years");
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *previous = NULL;

  for (guint i = 0; i < n_years; i++)
    {
      YearGroup *g = g_hash_table_lookup (groups, GINT_TO_POINTER (years[i].year));

      if (g == NULL)
        {
          g = year_group_new (years[i].year);
          g_hash_table_insert (groups, GINT_TO_POINTER (years[i].year), g);
          gtk_box_insert_child_after (GTK_BOX (figures), g->group, previous);
        }
      else if (gtk_widget_get_prev_sibling (g->group) != previous)
        gtk_box_reorder_child_after (GTK_BOX (figures), g->group, previous);
      year_group_update (g, &years[i]);
      previous = g->group;
    }
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean keep = FALSE;

      for (guint i = 0; i < n_years && !keep; i++)
        keep = years[i].year == GPOINTER_TO_INT (key);
      if (!keep)
        {
          gtk_box_remove (GTK_BOX (figures), ((YearGroup *) value)->group);
          g_hash_table_iter_remove (&iter);
        }
    }
  gtk_widget_set_visible (figures, n_years > 0);
}
