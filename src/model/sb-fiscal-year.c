/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-fiscal-year.h"

#include "sb-model-private.h"

#include <string.h>

struct _SbFiscalYear
{
  SbModelObject parent_instance;

  int      year;
  gint64   income_total;
  gint64   non_taxable_income;
  gint64   taxable_income;
  gint64   sales_revenue;
  gint64   high_tech_revenue;
  gint64   rd_expense;
  gint64   rd_expense_domestic;
  gint64   net_assets_end;
  gint64   st_staff;
  gint64   tase_revenue;
  gint64   offshore_revenue;
  gboolean has_rd_ledger;
  gint64   rd_ledger[SB_RD_N_CATEGORIES];
  char    *revenue_source;   /* "contracts", "totals" or NULL: the year's extra key */

  GListStore *staff_months;   /* SbStaffMonthRow, month order */
  GListStore *contracts;      /* SbContractRow */
  gboolean    lists_staff_months;  /* the dossier lists them (maybe none) */
  gboolean    lists_contracts;
  SbYear     *for_evaluation;      /* cached until the year changes */
};

G_DEFINE_FINAL_TYPE (SbFiscalYear, sb_fiscal_year, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_YEAR,
  PROP_INCOME_TOTAL,
  PROP_NON_TAXABLE_INCOME,
  PROP_TAXABLE_INCOME,
  PROP_SALES_REVENUE,
  PROP_HIGH_TECH_REVENUE,
  PROP_RD_EXPENSE,
  PROP_RD_EXPENSE_DOMESTIC,
  PROP_NET_ASSETS_END,
  PROP_ST_STAFF,
  PROP_TASE_REVENUE,
  PROP_OFFSHORE_REVENUE,
  PROP_HAS_RD_LEDGER,
  PROP_RD_PERSONNEL,
  PROP_RD_DIRECT,
  PROP_RD_DEPRECIATION,
  PROP_RD_AMORTIZATION,
  PROP_RD_DESIGN,
  PROP_RD_EQUIPMENT_TRIAL,
  PROP_RD_OUTSOURCED,
  PROP_RD_OTHER,
  PROP_REVENUE_SOURCE,
  PROP_STAFF_MONTHS,
  PROP_CONTRACTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbFiscalYear, member)

static const SbField fields[] = {
  { PROP_YEAR, "year", SB_FIELD_INT, F (year),
    .min = 1900, .max = 9999, .dflt = 1900, .flags = G_PARAM_CONSTRUCT_ONLY },
  { PROP_INCOME_TOTAL, "income-total", SB_FIELD_MONEY, F (income_total) },
  { PROP_NON_TAXABLE_INCOME, "non-taxable-income", SB_FIELD_MONEY, F (non_taxable_income) },
  { PROP_TAXABLE_INCOME, "taxable-income", SB_FIELD_MONEY, F (taxable_income) },
  { PROP_SALES_REVENUE, "sales-revenue", SB_FIELD_MONEY, F (sales_revenue) },
  { PROP_HIGH_TECH_REVENUE, "high-tech-revenue", SB_FIELD_MONEY, F (high_tech_revenue) },
  { PROP_RD_EXPENSE, "rd-expense", SB_FIELD_MONEY, F (rd_expense) },
  { PROP_RD_EXPENSE_DOMESTIC, "rd-expense-domestic", SB_FIELD_MONEY, F (rd_expense_domestic) },
  { PROP_NET_ASSETS_END, "net-assets-end", SB_FIELD_MONEY, F (net_assets_end) },
  { PROP_ST_STAFF, "st-staff", SB_FIELD_COUNT, F (st_staff) },
  { PROP_TASE_REVENUE, "tase-revenue", SB_FIELD_MONEY, F (tase_revenue) },
  { PROP_OFFSHORE_REVENUE, "offshore-revenue", SB_FIELD_MONEY, F (offshore_revenue) },
  { PROP_HAS_RD_LEDGER, "has-rd-ledger", SB_FIELD_BOOLEAN, F (has_rd_ledger) },
  { PROP_RD_PERSONNEL, "rd-personnel", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_PERSONNEL]) },
  { PROP_RD_DIRECT, "rd-direct", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_DIRECT]) },
  { PROP_RD_DEPRECIATION, "rd-depreciation", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_DEPRECIATION]) },
  { PROP_RD_AMORTIZATION, "rd-amortization", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_AMORTIZATION]) },
  { PROP_RD_DESIGN, "rd-design", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_DESIGN]) },
  { PROP_RD_EQUIPMENT_TRIAL, "rd-equipment-trial", SB_FIELD_AMOUNT,
    F (rd_ledger[SB_RD_EQUIPMENT_TRIAL]) },
  { PROP_RD_OUTSOURCED, "rd-outsourced", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_OUTSOURCED]) },
  { PROP_RD_OTHER, "rd-other", SB_FIELD_AMOUNT, F (rd_ledger[SB_RD_OTHER]) },
  { PROP_REVENUE_SOURCE, "revenue-source", SB_FIELD_STRING, F (revenue_source),
    .json_key = "revenue_source" },
};

#undef F

static void
sb_fiscal_year_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbFiscalYear *self = SB_FISCAL_YEAR (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  switch (prop_id)
    {
    case PROP_STAFF_MONTHS:
      g_value_set_object (value, self->staff_months);
      return;
    case PROP_CONTRACTS:
      g_value_set_object (value, self->contracts);
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_fiscal_year_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbFiscalYear *self = SB_FISCAL_YEAR (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL && f->kind == SB_FIELD_AMOUNT)
    {
      /* a ledger category: entering one turns the ledger on, in one "changed" */
      g_object_freeze_notify (object);
      if (sb_model_field_set (self, f, pspec, value))
        sb_model_set_boolean (self, &self->has_rd_ledger, TRUE, properties[PROP_HAS_RD_LEDGER]);
      g_object_thaw_notify (object);
      return;
    }
  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_fiscal_year_changed (SbModelObject *object)
{
  SbFiscalYear *self = SB_FISCAL_YEAR (object);

  g_clear_pointer (&self->for_evaluation, sb_year_free);
}

static void
sb_fiscal_year_finalize (GObject *object)
{
  SbFiscalYear *self = SB_FISCAL_YEAR (object);

  g_clear_pointer (&self->for_evaluation, sb_year_free);
  g_clear_object (&self->staff_months);
  g_clear_object (&self->contracts);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_fiscal_year_parent_class)->finalize (object);
}

static void
sb_fiscal_year_class_init (SbFiscalYearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SbModelObjectClass *model_class = SB_MODEL_OBJECT_CLASS (klass);

  model_class->changed = sb_fiscal_year_changed;
  object_class->get_property = sb_fiscal_year_get_property;
  object_class->set_property = sb_fiscal_year_set_property;
  object_class->finalize = sb_fiscal_year_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_STAFF_MONTHS] =
    g_param_spec_object ("staff-months", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTRACTS] =
    g_param_spec_object ("contracts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_fiscal_year_init (SbFiscalYear *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->staff_months = g_list_store_new (SB_TYPE_STAFF_MONTH_ROW);
  self->contracts = g_list_store_new (SB_TYPE_CONTRACT_ROW);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->staff_months));
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->contracts));
}

SbFiscalYear *
sb_fiscal_year_new (int year)
{
  g_return_val_if_fail (year >= 1900 && year <= 9999, NULL);

  return g_object_new (SB_TYPE_FISCAL_YEAR, "year", year, NULL);
}

int
sb_fiscal_year_get_year (SbFiscalYear *self)
{
  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), 0);

  return self->year;
}

gint64
sb_fiscal_year_get_rd_ledger (SbFiscalYear *self,
                              SbRdCategory  category)
{
  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), 0);
  g_return_val_if_fail (category < SB_RD_N_CATEGORIES, 0);

  return self->rd_ledger[category];
}

void
sb_fiscal_year_set_rd_ledger (SbFiscalYear *self,
                              SbRdCategory  category,
                              gint64        fen)
{
  g_return_if_fail (SB_IS_FISCAL_YEAR (self));
  g_return_if_fail (category < SB_RD_N_CATEGORIES);

  g_object_set (self, properties[PROP_RD_PERSONNEL + category]->name, fen, NULL);
}

GListModel *
sb_fiscal_year_get_staff_months (SbFiscalYear *self)
{
  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), NULL);

  return G_LIST_MODEL (self->staff_months);
}

SbStaffMonthRow *
sb_fiscal_year_find_staff_month (SbFiscalYear *self,
                                 int           month)
{
  guint n;

  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->staff_months));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbStaffMonthRow) row = g_list_model_get_item (G_LIST_MODEL (self->staff_months), i);

      if (sb_staff_month_row_get_month (row) == month)
        return row;   /* the list keeps its reference */
    }
  return NULL;
}

gboolean
sb_fiscal_year_add_staff_month (SbFiscalYear    *self,
                                SbStaffMonthRow *row)
{
  int month;
  guint n, at;

  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), FALSE);
  g_return_val_if_fail (SB_IS_STAFF_MONTH_ROW (row), FALSE);

  month = sb_staff_month_row_get_month (row);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->staff_months));
  for (at = 0; at < n; at++)
    {
      g_autoptr(SbStaffMonthRow) other = NULL;
      int m;

      other = g_list_model_get_item (G_LIST_MODEL (self->staff_months), at);
      m = sb_staff_month_row_get_month (other);

      if (m == month)
        return FALSE;
      if (m > month)
        break;
    }
  self->lists_staff_months = TRUE;
  g_list_store_insert (self->staff_months, at, row);
  return TRUE;
}

void
sb_fiscal_year_remove_staff_month (SbFiscalYear *self,
                                   guint         position)
{
  g_return_if_fail (SB_IS_FISCAL_YEAR (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->staff_months)));

  g_list_store_remove (self->staff_months, position);
}

GListModel *
sb_fiscal_year_get_contracts (SbFiscalYear *self)
{
  g_return_val_if_fail (SB_IS_FISCAL_YEAR (self), NULL);

  return G_LIST_MODEL (self->contracts);
}

void
sb_fiscal_year_insert_contract (SbFiscalYear  *self,
                                guint          position,
                                SbContractRow *row)
{
  g_return_if_fail (SB_IS_FISCAL_YEAR (self));
  g_return_if_fail (SB_IS_CONTRACT_ROW (row));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->contracts)));

  self->lists_contracts = TRUE;
  g_list_store_insert (self->contracts, position, row);
}

void
sb_fiscal_year_add_contract (SbFiscalYear  *self,
                             SbContractRow *row)
{
  g_return_if_fail (SB_IS_FISCAL_YEAR (self));

  sb_fiscal_year_insert_contract (self, g_list_model_get_n_items (G_LIST_MODEL (self->contracts)),
                                  row);
}

void
sb_fiscal_year_remove_contract (SbFiscalYear *self,
                                guint         position)
{
  g_return_if_fail (SB_IS_FISCAL_YEAR (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->contracts)));

  g_list_store_remove (self->contracts, position);
}

SbFiscalYear *
sb_fiscal_year_new_from_dossier (const SbYear *y)
{
  SbFiscalYear *self = g_object_new (SB_TYPE_FISCAL_YEAR, NULL);

  self->year = y->year;   /* as given: sb_enterprise_check() names a year out of range */
  self->income_total = y->income_total;
  self->non_taxable_income = y->non_taxable_income;
  self->taxable_income = y->taxable_income;
  self->sales_revenue = y->sales_revenue;
  self->high_tech_revenue = y->high_tech_revenue;
  self->rd_expense = y->rd_expense;
  self->rd_expense_domestic = y->rd_expense_domestic;
  self->net_assets_end = y->net_assets_end;
  self->st_staff = y->st_staff;
  self->tase_revenue = y->tase_revenue;
  self->offshore_revenue = y->offshore_revenue;
  self->has_rd_ledger = y->has_rd_ledger;
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    self->rd_ledger[i] = y->has_rd_ledger ? y->rd_ledger[i] : 0;

  if (y->staff_months != NULL)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_full (y->staff_months->len, g_object_unref);

      self->lists_staff_months = TRUE;
      for (guint i = 0; i < y->staff_months->len; i++)
        g_ptr_array_add (rows, sb_staff_month_row_new_from_dossier (
                                 &g_array_index (y->staff_months, SbStaffMonth, i)));
      g_list_store_splice (self->staff_months, 0, 0, rows->pdata, rows->len);
    }
  if (y->contracts != NULL)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_full (y->contracts->len, g_object_unref);

      self->lists_contracts = TRUE;
      for (guint i = 0; i < y->contracts->len; i++)
        g_ptr_array_add (rows,
                         sb_contract_row_new_from_dossier (g_ptr_array_index (y->contracts, i)));
      g_list_store_splice (self->contracts, 0, 0, rows->pdata, rows->len);
    }
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), y->extra);
  sb_model_json_read_field (y->extra, "revenue_source",
                            sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields),
                                                  PROP_REVENUE_SOURCE),
                            &self->revenue_source);
  return self;
}

SbYear *
sb_fiscal_year_to_dossier (SbFiscalYear *self,
                           gboolean      with_extra)
{
  SbYear *y = sb_year_new (self->year);
  GListModel *months = G_LIST_MODEL (self->staff_months);
  GListModel *contracts = G_LIST_MODEL (self->contracts);
  guint n;

  y->income_total = self->income_total;
  y->non_taxable_income = self->non_taxable_income;
  y->taxable_income = self->taxable_income;
  y->sales_revenue = self->sales_revenue;
  y->high_tech_revenue = self->high_tech_revenue;
  y->rd_expense = self->rd_expense;
  y->rd_expense_domestic = self->rd_expense_domestic;
  y->net_assets_end = self->net_assets_end;
  y->st_staff = self->st_staff;
  y->tase_revenue = self->tase_revenue;
  y->offshore_revenue = self->offshore_revenue;
  y->has_rd_ledger = self->has_rd_ledger;
  if (self->has_rd_ledger)
    memcpy (y->rd_ledger, self->rd_ledger, sizeof y->rd_ledger);

  n = g_list_model_get_n_items (months);
  if (n > 0 || self->lists_staff_months)
    {
      y->staff_months = g_array_sized_new (FALSE, TRUE, sizeof (SbStaffMonth), n);
      g_array_set_size (y->staff_months, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SbStaffMonthRow) row = g_list_model_get_item (months, i);

          sb_staff_month_row_to_dossier (row, &g_array_index (y->staff_months, SbStaffMonth, i));
        }
    }
  n = g_list_model_get_n_items (contracts);
  if (n > 0 || self->lists_contracts)
    {
      y->contracts = g_ptr_array_new_full (n, (GDestroyNotify) sb_contract_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SbContractRow) row = g_list_model_get_item (contracts, i);

          g_ptr_array_add (y->contracts, sb_contract_row_to_dossier (row, with_extra));
        }
    }
  y->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  /* the user's choice of the revenue source is read by the engine too */
  if (self->revenue_source != NULL || y->extra != NULL)
    {
      if (y->extra == NULL)
        y->extra = json_object_new ();
      sb_model_json_write_field (y->extra, "revenue_source",
                                 sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields),
                                                       PROP_REVENUE_SOURCE),
                                 &self->revenue_source);
      if (json_object_get_size (y->extra) == 0)
        g_clear_pointer (&y->extra, json_object_unref);
    }
  return y;
}

const SbYear *
sb_fiscal_year_peek_for_evaluation (SbFiscalYear *self)
{
  if (self->for_evaluation == NULL)
    self->for_evaluation = sb_fiscal_year_to_dossier (self, FALSE);
  return self->for_evaluation;
}
