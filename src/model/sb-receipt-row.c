/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-receipt-row.h"

#include "sb-model-private.h"

struct _SbReceiptRow
{
  SbModelObject parent_instance;

  char    *contract_no;
  char    *contract_name;
  gint64   contract_amount_usd;
  SbDate   execution_date;
  gint64   execution_amount_usd;
  SbDate   receipt_date;
  char    *currency;
  gint64   receipt_amount;
  char    *voucher_no;
  char    *declaration_no;
  char    *pages;
  char    *note;
  gint64   receipt_amount_usd;
};

G_DEFINE_FINAL_TYPE (SbReceiptRow, sb_receipt_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_CONTRACT_NO,
  PROP_CONTRACT_NAME,
  PROP_CONTRACT_AMOUNT_USD,
  PROP_EXECUTION_DATE,
  PROP_EXECUTION_AMOUNT_USD,
  PROP_RECEIPT_DATE,
  PROP_CURRENCY,
  PROP_RECEIPT_AMOUNT,
  PROP_VOUCHER_NO,
  PROP_DECLARATION_NO,
  PROP_PAGES,
  PROP_NOTE,
  PROP_RECEIPT_AMOUNT_USD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbReceiptRow, member)

static const SbField fields[] = {
  { PROP_CONTRACT_NO, "contract-no", SB_FIELD_STRING, F (contract_no), .json_key = "contract_no" },
  { PROP_CONTRACT_NAME, "contract-name", SB_FIELD_STRING, F (contract_name),
    .json_key = "contract_name" },
  { PROP_CONTRACT_AMOUNT_USD, "contract-amount-usd", SB_FIELD_MONEY, F (contract_amount_usd),
    .json_key = "contract_amount_usd" },
  { PROP_EXECUTION_DATE, "execution-date", SB_FIELD_DATE, F (execution_date),
    .json_key = "execution_date" },
  { PROP_EXECUTION_AMOUNT_USD, "execution-amount-usd", SB_FIELD_MONEY, F (execution_amount_usd),
    .json_key = "execution_amount_usd" },
  { PROP_RECEIPT_DATE, "receipt-date", SB_FIELD_DATE, F (receipt_date),
    .json_key = "receipt_date" },
  { PROP_CURRENCY, "currency", SB_FIELD_STRING, F (currency), .json_key = "currency" },
  { PROP_RECEIPT_AMOUNT, "receipt-amount", SB_FIELD_MONEY, F (receipt_amount),
    .json_key = "receipt_amount" },
  { PROP_VOUCHER_NO, "voucher-no", SB_FIELD_STRING, F (voucher_no), .json_key = "voucher_no" },
  { PROP_DECLARATION_NO, "declaration-no", SB_FIELD_STRING, F (declaration_no),
    .json_key = "declaration_no" },
  { PROP_PAGES, "pages", SB_FIELD_STRING, F (pages), .json_key = "pages" },
  { PROP_NOTE, "note", SB_FIELD_STRING, F (note), .json_key = "note" },
  { PROP_RECEIPT_AMOUNT_USD, "receipt-amount-usd", SB_FIELD_MONEY, F (receipt_amount_usd),
    .json_key = "receipt_amount_usd" },
};

#undef F

static void
sb_receipt_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbReceiptRow *self = SB_RECEIPT_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_receipt_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbReceiptRow *self = SB_RECEIPT_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_receipt_row_finalize (GObject *object)
{
  SbReceiptRow *self = SB_RECEIPT_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_receipt_row_parent_class)->finalize (object);
}

static void
sb_receipt_row_class_init (SbReceiptRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_receipt_row_get_property;
  object_class->set_property = sb_receipt_row_set_property;
  object_class->finalize = sb_receipt_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_receipt_row_init (SbReceiptRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbReceiptRow *
sb_receipt_row_new (void)
{
  return g_object_new (SB_TYPE_RECEIPT_ROW, NULL);
}

SbModelObject *
sb_receipt_row_new_from_json (JsonObject *object)
{
  SbModelObject *row = g_object_new (SB_TYPE_RECEIPT_ROW, NULL);

  sb_model_row_from_json (row, fields, SB_MODEL_FIELD_COUNT (fields), object);
  return row;
}

JsonObject *
sb_receipt_row_to_json (SbModelObject *row)
{
  return sb_model_row_to_json (row, fields, SB_MODEL_FIELD_COUNT (fields));
}
