/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-staff-grid.c: the twelve months of a fiscal year's staff counts. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-cell-entry.h"
#include "sb-money.h"
#include "sb-staff-grid.h"

#define N_COUNTS 4

/* the counts of a month, in column order: start and end of each */
static const char *const count_props[N_COUNTS] = {
  "total-start", "total-end", "degree-start", "degree-end",
};
static const char *const count_names[N_COUNTS] = {
  "total", "total-end", "degree", "degree-end",
};

typedef struct
{
  SbStaffGrid *grid;
  int          month;
  int          which;   /* index into count_props */
  GtkWidget   *entry;
} StaffCell;

struct _SbStaffGrid
{
  GtkBox        parent_instance;

  SbFiscalYear *year;
  gulong        items_id;
  StaffCell     cells[12][N_COUNTS];
  GtkWidget    *month_avg[12][2];   /* all staff, degree staff */
  GtkWidget    *message[12];
  char         *month_names[12];
  GtkWidget    *months_label;
  GtkWidget    *total_avg;
  GtkWidget    *degree_avg;
  GtkWidget    *ratio;
};

G_DEFINE_FINAL_TYPE (SbStaffGrid, sb_staff_grid, GTK_TYPE_BOX)

/* "48.72%": an exact ratio in percent, two decimals rounded half up. */
static char *
format_percent (SbRatio r)
{
  g_autofree char *s = NULL;

  if (r.den == 0)
    return g_strdup ("—");
  s = sb_ratio_format (sb_ratio (r.num * 100, r.den), 2);
  return g_strconcat (s, "%", NULL);
}

static gboolean
row_is_empty (SbStaffMonthRow *row)
{
  static const char *const all[] = {
    "total-start", "total-end", "degree-start", "degree-end", "st-start", "st-end",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (all); i++)
    {
      gint64 v;

      g_object_get (row, all[i], &v, NULL);
      if (v != SB_UNSET)
        return FALSE;
    }
  return TRUE;
}

static void
remove_month (SbStaffGrid *self, SbStaffMonthRow *row)
{
  GListModel *months = sb_fiscal_year_get_staff_months (self->year);

  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(SbStaffMonthRow) r = g_list_model_get_item (months, i);

      if (r == row)
        {
          sb_fiscal_year_remove_staff_month (self->year, i);
          return;
        }
    }
}

/* A good count typed into a cell: makes the month's row when the company
 * had none for it, lets the end of the month follow its start, and drops
 * a month left with no count at all. */
static void
store_count (SbCellEntry *entry, const GValue *value, gpointer data)
{
  StaffCell *cell = data;
  SbStaffGrid *self = cell->grid;
  gint64 v = g_value_get_int64 (value);
  gboolean is_start = cell->which % 2 == 0;
  const char *prop = count_props[cell->which];
  const char *partner = is_start ? count_props[cell->which + 1] : NULL;
  SbStaffMonthRow *row = sb_fiscal_year_find_staff_month (self->year, cell->month);
  gint64 old = SB_UNSET;
  gint64 end = SB_UNSET;

  if (row == NULL)
    {
      g_autoptr(SbStaffMonthRow) made = NULL;

      if (v == SB_UNSET)
        return;
      made = sb_staff_month_row_new (cell->month);
      g_object_set (made, prop, v, NULL);
      if (partner != NULL)
        g_object_set (made, partner, v, NULL);
      sb_fiscal_year_add_staff_month (self->year, made);
      return;
    }

  g_object_get (row, prop, &old, NULL);
  if (partner != NULL)
    g_object_get (row, partner, &end, NULL);
  g_object_ref (row);
  g_object_set (row, prop, v, NULL);
  if (partner != NULL && (end == SB_UNSET || end == old) && end != v)
    g_object_set (row, partner, v, NULL);
  if (row_is_empty (row))
    remove_month (self, row);
  g_object_unref (row);
}

static void
on_cell_error (SbStaffGrid *self)
{
  for (int m = 0; m < 12; m++)
    {
      const char *error = NULL;

      for (int k = 0; k < N_COUNTS && error == NULL; k++)
        error = sb_cell_entry_get_error (SB_CELL_ENTRY (self->cells[m][k].entry));
      if (error != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (error, "\n", -1);
          g_autofree char *joined = g_strjoinv (" — ", lines);
          g_autofree char *text = NULL;

          /* TRANSLATORS: a month's name, then what is wrong with its counts */
          text = g_strdup_printf (_("%s: %s"), self->month_names[m], joined);
          gtk_label_set_text (GTK_LABEL (self->message[m]), text);
        }
      else
        gtk_label_set_text (GTK_LABEL (self->message[m]), "");
      gtk_widget_set_visible (self->message[m], error != NULL);
    }
}

/* A month with more degree staff than staff: its degree cell is marked
 * (the engine counts the month as missing until it is corrected). */
static void
update_notes (SbStaffGrid *self, int m, SbStaffMonthRow *row)
{
  for (int k = 2; k < N_COUNTS; k++)
    {
      gint64 total = SB_UNSET, degree = SB_UNSET;

      if (row != NULL)
        g_object_get (row, count_props[k - 2], &total, count_props[k], &degree, NULL);
      sb_cell_entry_set_note (SB_CELL_ENTRY (self->cells[m][k].entry),
                              total != SB_UNSET && degree != SB_UNSET && degree > total
                              ? _("More degree staff than staff: the month is not counted "
                                  "until this is corrected")
                              : NULL);
    }
}

static void
update_month_averages (SbStaffGrid *self)
{
  for (int m = 0; m < 12; m++)
    {
      SbStaffMonthRow *row = self->year != NULL
                             ? sb_fiscal_year_find_staff_month (self->year, m + 1) : NULL;

      update_notes (self, m, row);

      for (int k = 0; k < 2; k++)
        {
          gint64 start = SB_UNSET, end = SB_UNSET;
          g_autofree char *text = NULL;

          if (row != NULL)
            g_object_get (row, count_props[2 * k], &start, count_props[2 * k + 1], &end, NULL);
          if (start != SB_UNSET && end != SB_UNSET)
            text = sb_ratio_format (sb_ratio (start + end, 2), 1);
          gtk_label_set_text (GTK_LABEL (self->month_avg[m][k]), text != NULL ? text : "");
        }
    }
}

static void
bind_cells (SbStaffGrid *self)
{
  for (int m = 0; m < 12; m++)
    {
      SbStaffMonthRow *row = self->year != NULL
                             ? sb_fiscal_year_find_staff_month (self->year, m + 1) : NULL;

      for (int k = 0; k < N_COUNTS; k++)
        sb_cell_entry_bind (SB_CELL_ENTRY (self->cells[m][k].entry),
                            row != NULL ? G_OBJECT (row) : NULL, count_props[k]);
    }
  update_month_averages (self);
}

static GtkWidget *
header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static GtkWidget *
summary_value (const char *name)
{
  GtkWidget *label = gtk_label_new ("—");

  gtk_widget_set_name (label, name);
  gtk_widget_add_css_class (label, "money");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  return label;
}

static void
build (SbStaffGrid *self)
{
  int y = sb_fiscal_year_get_year (self->year);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *summary = gtk_flow_box_new ();
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *messages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;
  g_autoptr(GDateTime) jan = g_date_time_new_utc (2001, 1, 1, 0, 0, 0);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "staff-grid");

  label = header_label (_("All staff"));
  gtk_grid_attach (GTK_GRID (grid), label, 1, 0, 3, 1);
  label = header_label (_("Degree staff"));
  gtk_grid_attach (GTK_GRID (grid), label, 4, 0, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), header_label (_("Month")), 0, 1, 1, 1);
  for (int k = 0; k < 2; k++)
    {
      gtk_grid_attach (GTK_GRID (grid), header_label (_("Start")), 1 + 3 * k, 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), header_label (_("End")), 2 + 3 * k, 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), header_label (_("Average")), 3 + 3 * k, 1, 1, 1);
    }

  for (int m = 0; m < 12; m++)
    {
      g_autoptr(GDateTime) month = g_date_time_add_months (jan, m);
      g_autofree char *month_name = g_date_time_format (month, "%b");
      GtkWidget *mlabel = gtk_label_new (month_name);

      self->month_names[m] = g_strdup (month_name);

      gtk_label_set_xalign (GTK_LABEL (mlabel), 0.0f);
      gtk_grid_attach (GTK_GRID (grid), mlabel, 0, m + 2, 1, 1);

      for (int k = 0; k < N_COUNTS; k++)
        {
          StaffCell *cell = &self->cells[m][k];
          g_autofree char *name = g_strdup_printf ("%d:staff:%d:%s", y, m + 1, count_names[k]);
          g_autofree char *a11y = NULL;
          int col = 1 + (k / 2) * 3 + (k % 2);

          cell->grid = self;
          cell->month = m + 1;
          cell->which = k;
          cell->entry = sb_cell_entry_new (SB_FIELD_COUNT);
          gtk_widget_set_valign (cell->entry, GTK_ALIGN_CENTER);
          gtk_widget_set_name (cell->entry, name);
          gtk_editable_set_width_chars (GTK_EDITABLE (cell->entry), 6);
          gtk_editable_set_max_width_chars (GTK_EDITABLE (cell->entry), 8);
          /* TRANSLATORS: accessible name of a staff count: month, which count */
          a11y = g_strdup_printf (_("%s: %s"), month_name,
                                  k == 0 ? _("staff at the start")
                                  : k == 1 ? _("staff at the end")
                                  : k == 2 ? _("degree staff at the start")
                                  : _("degree staff at the end"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell->entry),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
          {
            /* a month being filled in: its empty counts outlined, named as
             * the check names them ("2024 年 3 月 月初大专以上学历员工人数") */
            g_autofree char *year_label = g_strdup_printf (C_("where", "%d"), y);
            g_autofree char *month_label = g_strdup_printf (C_("where", "month %d"), m + 1);
            g_autofree char *required =
              g_strdup_printf (_("Missing: %s %s %s. The month is counted once its four "
                                 "counts are typed."), year_label, month_label,
                               k == 0 ? _("staff at the start")
                               : k == 1 ? _("staff at the end")
                               : k == 2 ? _("degree staff at the start")
                               : _("degree staff at the end"));

            sb_cell_entry_set_required (SB_CELL_ENTRY (cell->entry), required);
          }
          sb_cell_entry_set_store_func (SB_CELL_ENTRY (cell->entry), store_count, cell);
          g_signal_connect_swapped (cell->entry, "notify::error", G_CALLBACK (on_cell_error),
                                    self);
          gtk_grid_attach (GTK_GRID (grid), cell->entry, col, m + 2, 1, 1);
        }
      for (int k = 0; k < 2; k++)
        {
          g_autofree char *name = g_strdup_printf ("%d:staff:%d:%s", y, m + 1,
                                                   k == 0 ? "total-avg" : "degree-avg");

          self->month_avg[m][k] = gtk_label_new (NULL);
          gtk_widget_set_name (self->month_avg[m][k], name);
          gtk_label_set_xalign (GTK_LABEL (self->month_avg[m][k]), 1.0f);
          gtk_label_set_width_chars (GTK_LABEL (self->month_avg[m][k]), 6);
          gtk_widget_add_css_class (self->month_avg[m][k], "dim-label");
          gtk_widget_add_css_class (self->month_avg[m][k], "money");
          gtk_grid_attach (GTK_GRID (grid), self->month_avg[m][k], 3 + 3 * k, m + 2, 1, 1);
        }
      {
        g_autofree char *name = g_strdup_printf ("%d:staff:%d:message", y, m + 1);

        self->message[m] = gtk_label_new (NULL);
        gtk_widget_set_name (self->message[m], name);
        gtk_widget_add_css_class (self->message[m], "field-error");
        gtk_label_set_wrap (GTK_LABEL (self->message[m]), TRUE);
        gtk_label_set_xalign (GTK_LABEL (self->message[m]), 0.0f);
        gtk_widget_set_visible (self->message[m], FALSE);
        gtk_box_append (GTK_BOX (messages), self->message[m]);
      }
    }
  gtk_box_append (GTK_BOX (left), grid);
  gtk_box_append (GTK_BOX (left), messages);
  gtk_box_append (GTK_BOX (self), left);
  gtk_widget_set_hexpand (left, TRUE);

  /* the year, as the engine averages it */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (summary), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (summary), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (summary), 24);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (summary), 8);
  gtk_widget_set_margin_top (summary, 8);
  {
    static const char *const titles[] = {
      N_("Months of operation"), N_("Average staff"), N_("Average degree staff"),
      N_("Degree staff ratio"),
    };
    g_autofree char *n_months = g_strdup_printf ("%d:staff:months", y);
    g_autofree char *n_total = g_strdup_printf ("%d:staff:avg-total", y);
    g_autofree char *n_degree = g_strdup_printf ("%d:staff:avg-degree", y);
    g_autofree char *n_ratio = g_strdup_printf ("%d:staff:ratio", y);

    self->months_label = summary_value (n_months);
    self->total_avg = summary_value (n_total);
    self->degree_avg = summary_value (n_degree);
    self->ratio = summary_value (n_ratio);
    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        GtkWidget *t = gtk_label_new (_(titles[i]));
        GtkWidget *v = i == 0 ? self->months_label : i == 1 ? self->total_avg
                       : i == 2 ? self->degree_avg : self->ratio;

        GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

        gtk_label_set_xalign (GTK_LABEL (t), 0.0f);
        gtk_widget_add_css_class (t, "dim-label");
        gtk_widget_add_css_class (t, "caption");
        gtk_box_append (GTK_BOX (item), t);
        gtk_box_append (GTK_BOX (item), v);
        gtk_flow_box_append (GTK_FLOW_BOX (summary), item);
      }
    gtk_widget_add_css_class (self->ratio, "heading");
  }
  gtk_box_append (GTK_BOX (left), summary);
}

static void
sb_staff_grid_dispose (GObject *object)
{
  SbStaffGrid *self = SB_STAFF_GRID (object);

  if (self->year != NULL)
    {
      g_clear_signal_handler (&self->items_id, sb_fiscal_year_get_staff_months (self->year));
      g_clear_object (&self->year);
    }
  G_OBJECT_CLASS (sb_staff_grid_parent_class)->dispose (object);
}

static void
sb_staff_grid_finalize (GObject *object)
{
  SbStaffGrid *self = SB_STAFF_GRID (object);

  for (int m = 0; m < 12; m++)
    g_free (self->month_names[m]);
  G_OBJECT_CLASS (sb_staff_grid_parent_class)->finalize (object);
}

static void
sb_staff_grid_class_init (SbStaffGridClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_staff_grid_dispose;
  G_OBJECT_CLASS (klass)->finalize = sb_staff_grid_finalize;
}

static void
sb_staff_grid_init (SbStaffGrid *self)
{
  /* the grid, its messages, and the year's averages under them */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
}

GtkWidget *
sb_staff_grid_new (SbFiscalYear *year)
{
  SbStaffGrid *self;

  g_return_val_if_fail (SB_IS_FISCAL_YEAR (year), NULL);

  self = g_object_new (SB_TYPE_STAFF_GRID, NULL);
  self->year = g_object_ref (year);
  build (self);
  self->items_id = g_signal_connect_swapped (sb_fiscal_year_get_staff_months (year),
                                             "items-changed", G_CALLBACK (bind_cells), self);
  bind_cells (self);
  sb_staff_grid_set_figures (self, NULL, sb_ratio (0, 0));
  return GTK_WIDGET (self);
}

void
sb_staff_grid_set_figures (SbStaffGrid *self, const SbTaseYearFigures *f, SbRatio degree_min)
{
  g_autofree char *months = NULL;
  g_autofree char *total = NULL;
  g_autofree char *degree = NULL;
  g_autofree char *ratio = NULL;

  g_return_if_fail (SB_IS_STAFF_GRID (self));

  update_month_averages (self);
  if (f == NULL || f->staff_months == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->months_label),
                          f == NULL ? "—" : _("none, or a month lacks a count"));
      gtk_label_set_text (GTK_LABEL (self->total_avg), "—");
      gtk_label_set_text (GTK_LABEL (self->degree_avg), "—");
      gtk_label_set_text (GTK_LABEL (self->ratio), "—");
      return;
    }
  months = g_strdup_printf ("%u", f->staff_months);
  total = sb_ratio_format (f->total_avg, 2);
  degree = sb_ratio_format (f->degree_avg, 2);
  /* the engine's ratio: both averages share the denominator 2 × months */
  if (f->total_avg.num > 0)
    {
      g_autofree char *value = format_percent (sb_ratio (f->degree_avg.num, f->total_avg.num));

      if (degree_min.den != 0)
        {
          g_autofree char *min = format_percent (degree_min);

          ratio = g_strdup_printf (_("%s (at least %s)"), value, min);
        }
      else
        ratio = g_steal_pointer (&value);
    }
  gtk_label_set_text (GTK_LABEL (self->months_label), months);
  gtk_label_set_text (GTK_LABEL (self->total_avg), total != NULL ? total : "—");
  gtk_label_set_text (GTK_LABEL (self->degree_avg), degree != NULL ? degree : "—");
  gtk_label_set_text (GTK_LABEL (self->ratio), ratio != NULL ? ratio : "—");
}
