/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window-focus.c: a check of the results, activated, takes the user to the
 * field its figure is typed in (issue 11: the verdict beside the figures). */
#include "config.h"

#include "sb-cell-entry.h"
#include "sb-field-row.h"
#include "sb-window-private.h"

/* Where a check's figure is typed: the page, the widget's name ("%d:" is
 * the year prefix when @per_year). */
static const struct
{
  const char  *id;
  SbWindowView view;
  const char  *name;
  gboolean     per_year;
} targets[] = {
  { "tase.degree_staff", SB_WINDOW_VIEW_COMPANY, NULL, TRUE },   /* a month's cell */
  { "tase.offshore_revenue", SB_WINDOW_VIEW_COMPANY, "offshore-revenue", TRUE },
  { "tase.tase_revenue", SB_WINDOW_VIEW_COMPANY, "tase-revenue", TRUE },
  { "tase.region", SB_WINDOW_VIEW_COMPANY, "region", FALSE },
  { "tase.legal_entity", SB_WINDOW_VIEW_COMPANY, "legal-entity", FALSE },
  { "tase.scope", SB_WINDOW_VIEW_COMPANY, "scope-advanced-tech", FALSE },
  { "tase.clean_record", SB_WINDOW_VIEW_COMPANY, "clean-record-2y", FALSE },
  { "tase.mofcom_registered", SB_WINDOW_VIEW_COMPANY, "mofcom-registered", FALSE },
  { "tase.profile", SB_WINDOW_VIEW_TASE, "profile", FALSE },
  { "hnte.age", SB_WINDOW_VIEW_COMPANY, "registered-on", FALSE },
  { "hnte.region", SB_WINDOW_VIEW_COMPANY, "region", FALSE },
  { "hnte.field", SB_WINDOW_VIEW_COMPANY, "hnte-field", FALSE },
  { "hnte.ip", SB_WINDOW_VIEW_COMPANY, "owns-core-ip", FALSE },
  { "hnte.no_incident", SB_WINDOW_VIEW_COMPANY, "no-major-incident", FALSE },
  { "hnte.ht_revenue", SB_WINDOW_VIEW_COMPANY, "high-tech-revenue", TRUE },
  { "hnte.rd_ratio", SB_WINDOW_VIEW_COMPANY, "rd-expense", TRUE },
  { "hnte.rd_domestic", SB_WINDOW_VIEW_COMPANY, "rd-expense-domestic", TRUE },
  { "hnte.st_staff", SB_WINDOW_VIEW_COMPANY, "st-staff", TRUE },
  { "hnte.profile", SB_WINDOW_VIEW_HNTE, "profile", FALSE },
  { "hnte.innovation", SB_WINDOW_VIEW_HNTE, "score-ip", FALSE },
  { "hnte.innovation_self_score.ip", SB_WINDOW_VIEW_HNTE, "score-ip", FALSE },
  { "hnte.innovation_self_score.conversion", SB_WINDOW_VIEW_HNTE, "score-conversion", FALSE },
  { "hnte.innovation_self_score.rd_management", SB_WINDOW_VIEW_HNTE, "score-rd-management",
    FALSE },
  { "hnte.conversion_count", SB_WINDOW_VIEW_HNTE, "conversion-results", FALSE },
  { "tradefund.region", SB_WINDOW_VIEW_COMPANY, "region", FALSE },
  { "tradefund.legal_entity", SB_WINDOW_VIEW_COMPANY, "legal-entity", FALSE },
  { "tradefund.no_other_fiscal_support", SB_WINDOW_VIEW_COMPANY, "no-other-fiscal-support",
    FALSE },
  { "tradefund.certifications.offshore", SB_WINDOW_VIEW_TRADEFUND, "offshore-execution-usd",
    FALSE },
  { "tradefund.brand.offshore", SB_WINDOW_VIEW_TRADEFUND, "offshore-execution-usd", FALSE },
  { "tradefund.interest.offshore", SB_WINDOW_VIEW_TRADEFUND, "offshore-execution-usd", FALSE },
  { "tradefund.brand.title", SB_WINDOW_VIEW_TRADEFUND, "brand-title", FALSE },
  { "tradefund.interest.receipts", SB_WINDOW_VIEW_TRADEFUND, "receipts-usd", FALSE },
  { "tradefund.interest.usd_cny", SB_WINDOW_VIEW_TRADEFUND, "usd-cny", FALSE },
  { "tradefund.platform.construction.built_on", SB_WINDOW_VIEW_TRADEFUND,
    "construction:built-on", FALSE },
  { "tradefund.platform.construction.firms_served", SB_WINDOW_VIEW_TRADEFUND,
    "construction:firms-served", FALSE },
  { "tradefund.platform.om.built_on", SB_WINDOW_VIEW_TRADEFUND, "om:built-on", FALSE },
  { "tradefund.platform.om.firms_served", SB_WINDOW_VIEW_TRADEFUND, "om:firms-served", FALSE },
  { "tradefund.tcm.recognised_base", SB_WINDOW_VIEW_TRADEFUND, "tcm-recognised-base", FALSE },
  { "tradefund.tcm.construction.built_on", SB_WINDOW_VIEW_TRADEFUND, "tcm-built-on", FALSE },
  { "tradefund.tcm.construction.first_application", SB_WINDOW_VIEW_TRADEFUND,
    "tcm-first-application", FALSE },
  { "tradefund.tcm.om.built_on", SB_WINDOW_VIEW_TRADEFUND, "tcm-built-on", FALSE },
};

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first count of a month being filled in (or the first month) of
 * @year's staff grid. */
static char *
staff_cell (SbFiscalYear *year, int y)
{
  static const char * const props[] = { "total-start", "total-end", "degree-start", "degree-end" };
  static const char * const names[] = { "total", "total-end", "degree", "degree-end" };

  for (int m = 1; m <= 12; m++)
    {
      SbStaffMonthRow *row = sb_fiscal_year_find_staff_month (year, m);
      gint64 v[4];

      if (row == NULL)
        continue;
      for (guint k = 0; k < 4; k++)
        g_object_get (row, props[k], &v[k], NULL);
      for (guint k = 0; k < 4; k++)
        if (v[k] == SB_UNSET || (k >= 2 && v[k - 2] != SB_UNSET && v[k] > v[k - 2]))
          return g_strdup_printf ("%d:staff:%d:%s", y, m, names[k]);
    }
  for (int m = 1; m <= 12; m++)
    if (sb_fiscal_year_find_staff_month (year, m) == NULL)
      return g_strdup_printf ("%d:staff:%d:total", y, m);
  return g_strdup_printf ("%d:staff:1:total", y);
}

gboolean
sb_window_check_target (SbWindow *self, const char *id, int year, SbWindowView *out_view,
                        char **out_name)
{
  SbEnterprise *enterprise;

  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);

  if (self->session == NULL || id == NULL)
    return FALSE;
  enterprise = sb_session_get_enterprise (self->session);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      SbFiscalYear *fy;
      gint64 income = SB_UNSET;

      if (!g_str_equal (targets[i].id, id))
        continue;
      *out_view = targets[i].view;
      if (!targets[i].per_year)
        {
          *out_name = g_strdup (targets[i].name);
          return TRUE;
        }
      if (year == 0)
        {
          GListModel *years = sb_enterprise_get_years (enterprise);
          guint n = g_list_model_get_n_items (years);

          if (n > 0)
            {
              g_autoptr(SbFiscalYear) last = g_list_model_get_item (years, n - 1);

              year = sb_fiscal_year_get_year (last);
            }
        }
      fy = year != 0 ? sb_enterprise_find_year (enterprise, year) : NULL;
      if (fy == NULL)
        {
          /* the year is not there: where a year is added */
          *out_name = g_strdup ("add-year");
          return TRUE;
        }
      if (targets[i].name == NULL)
        {
          *out_name = staff_cell (fy, year);
          return TRUE;
        }
      /* a revenue ratio without the year's income: the income first */
      g_object_get (fy, "income-total", &income, NULL);
      if (income == SB_UNSET && !g_str_equal (targets[i].name, "st-staff")
          && !g_str_has_prefix (targets[i].name, "rd-"))
        *out_name = g_strdup_printf ("%d:income-total", year);
      else
        *out_name = g_strdup_printf ("%d:%s", year, targets[i].name);
      return TRUE;
    }
  return FALSE;
}

/* Shows every stack page and expander the widget is in. */
static void
reveal (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);

      if (parent != NULL && GTK_IS_STACK (parent))
        gtk_stack_set_visible_child (GTK_STACK (parent), w);
      if (ADW_IS_EXPANDER_ROW (w) && w != widget)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (w), TRUE);
    }
}

static gboolean
focus_widget (GtkWidget *widget)
{
  GtkWidget *target = widget;

  if (SB_IS_FIELD_ROW (widget))
    target = GTK_WIDGET (sb_field_row_get_editable (SB_FIELD_ROW (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    target = widget;
  if (gtk_widget_grab_focus (target))
    return TRUE;
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

gboolean
sb_window_focus_check (SbWindow *self, const char *id, int year)
{
  g_autofree char *name = NULL;
  SbWindowView view;
  GtkWidget *widget;

  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);

  if (!sb_window_check_target (self, id, year, &view, &name))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, sb_window_view_names[view]);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  widget = find_named (GTK_WIDGET (self->pages[view]), name);
  if (widget == NULL)
    return FALSE;
  reveal (widget);
  return focus_widget (widget);
}
