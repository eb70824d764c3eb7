/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-year-carry.c: a new fiscal year started from an earlier one. */
#include "config.h"

#include "sb-money.h"
#include "sb-year-carry.h"

/* Copies every readable and writable property of @from onto @to (both of
 * one type), but @skip and the construct-only ones: the fields another
 * branch adds are carried too. */
static void
copy_properties (GObject *from, GObject *to, const char *skip)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n);

  g_object_freeze_notify (to);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *p = specs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((p->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
          || (p->flags & G_PARAM_CONSTRUCT_ONLY) != 0
          || g_strcmp0 (p->name, skip) == 0
          || G_IS_PARAM_SPEC_OBJECT (p))
        continue;
      g_value_init (&value, p->value_type);
      g_object_get_property (from, p->name, &value);
      g_object_set_property (to, p->name, &value);
    }
  g_object_thaw_notify (to);
}

int
sb_year_carry_source (SbEnterprise *enterprise, int year)
{
  GListModel *years = sb_enterprise_get_years (enterprise);
  int best = 0;

  for (guint i = 0; i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(SbFiscalYear) y = g_list_model_get_item (years, i);
      int n = sb_fiscal_year_get_year (y);

      if (n < year && n > best)
        best = n;
    }
  return best;
}

/* A contract still running at the end of the year: its revenue in the year
 * is below its amount (or not typed). */
static gboolean
still_running (SbContractRow *c)
{
  gint64 amount = SB_UNSET, revenue = SB_UNSET;

  g_object_get (c, "amount", &amount, "revenue", &revenue, NULL);
  if (amount == SB_UNSET)
    return FALSE;
  return revenue == SB_UNSET || revenue < amount;
}

SbFiscalYear *
sb_year_carry_forward (SbEnterprise *enterprise, int year, int from)
{
  g_autoptr(SbFiscalYear) made = NULL;
  SbFiscalYear *source;

  g_return_val_if_fail (SB_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (sb_enterprise_find_year (enterprise, year) == NULL, NULL);

  made = sb_fiscal_year_new (year);
  source = from != 0 ? sb_enterprise_find_year (enterprise, from) : NULL;
  if (source != NULL)
    {
      GListModel *months = sb_fiscal_year_get_staff_months (source);
      GListModel *contracts = sb_fiscal_year_get_contracts (source);

      for (guint i = 0; i < g_list_model_get_n_items (months); i++)
        {
          g_autoptr(SbStaffMonthRow) m = g_list_model_get_item (months, i);
          g_autoptr(SbStaffMonthRow) copy = NULL;
          int month = 0;

          g_object_get (m, "month", &month, NULL);
          copy = sb_staff_month_row_new (month);
          copy_properties (G_OBJECT (m), G_OBJECT (copy), "month");
          sb_fiscal_year_add_staff_month (made, copy);
        }
      for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
        {
          g_autoptr(SbContractRow) c = g_list_model_get_item (contracts, i);
          g_autoptr(SbContractRow) copy = NULL;

          if (!still_running (c))
            continue;
          copy = sb_contract_row_new ();
          /* the year's revenue is the new year's to type */
          copy_properties (G_OBJECT (c), G_OBJECT (copy), "revenue");
          sb_fiscal_year_add_contract (made, copy);
        }
      {
        g_autofree char *revenue_source = NULL;

        g_object_get (source, "revenue-source", &revenue_source, NULL);
        g_object_set (made, "revenue-source", revenue_source, NULL);
      }
    }
  sb_enterprise_add_year (enterprise, made);
  return sb_enterprise_find_year (enterprise, year);
}

guint
sb_year_carry_review (SbEnterprise *enterprise, int apply_year)
{
  guint added = 0;

  g_return_val_if_fail (SB_IS_ENTERPRISE (enterprise), 0);

  for (int y = apply_year - 3; y < apply_year; y++)
    if (sb_enterprise_find_year (enterprise, y) == NULL)
      {
        sb_year_carry_forward (enterprise, y, sb_year_carry_source (enterprise, y));
        added++;
      }
  return added;
}
