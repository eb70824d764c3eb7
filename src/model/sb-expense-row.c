/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-expense-row.h"

#include "sb-model-private.h"

struct _SbExpenseRow
{
  SbModelObject parent_instance;

  char    *item;
  gint64   contract;
  gint64   invoice;
  gint64   paid;
  char    *invoice_no;
  SbDate   invoice_date;
};

G_DEFINE_FINAL_TYPE (SbExpenseRow, sb_expense_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_CONTRACT,
  PROP_INVOICE,
  PROP_PAID,
  PROP_INVOICE_NO,
  PROP_INVOICE_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbExpenseRow, member)

static const SbField fields[] = {
  { PROP_ITEM, "item", SB_FIELD_STRING, F (item) },
  { PROP_CONTRACT, "contract", SB_FIELD_MONEY, F (contract) },
  { PROP_INVOICE, "invoice", SB_FIELD_MONEY, F (invoice) },
  { PROP_PAID, "paid", SB_FIELD_MONEY, F (paid) },
  { PROP_INVOICE_NO, "invoice-no", SB_FIELD_STRING, F (invoice_no) },
  { PROP_INVOICE_DATE, "invoice-date", SB_FIELD_DATE, F (invoice_date) },
};

#undef F

static void
sb_expense_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbExpenseRow *self = SB_EXPENSE_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_expense_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbExpenseRow *self = SB_EXPENSE_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_expense_row_finalize (GObject *object)
{
  SbExpenseRow *self = SB_EXPENSE_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_expense_row_parent_class)->finalize (object);
}

static void
sb_expense_row_class_init (SbExpenseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_expense_row_get_property;
  object_class->set_property = sb_expense_row_set_property;
  object_class->finalize = sb_expense_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_expense_row_init (SbExpenseRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbExpenseRow *
sb_expense_row_new (void)
{
  return g_object_new (SB_TYPE_EXPENSE_ROW, NULL);
}

SbExpenseRow *
sb_expense_row_new_from_dossier (const SbExpense *d)
{
  SbExpenseRow *self = g_object_new (SB_TYPE_EXPENSE_ROW, NULL);

  self->item = g_strdup (d->item);
  self->contract = d->contract;
  self->invoice = d->invoice;
  self->paid = d->paid;
  self->invoice_no = g_strdup (d->invoice_no);
  self->invoice_date = d->invoice_date;
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

SbExpense *
sb_expense_row_to_dossier (SbExpenseRow *self,
                           gboolean      with_extra)
{
  SbExpense *d = sb_expense_new ();

  d->item = g_strdup (self->item);
  d->contract = self->contract;
  d->invoice = self->invoice;
  d->paid = self->paid;
  d->invoice_no = g_strdup (self->invoice_no);
  d->invoice_date = self->invoice_date;
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
