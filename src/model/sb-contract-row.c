/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-contract-row.h"

#include "sb-model-private.h"

struct _SbContractRow
{
  SbModelObject parent_instance;

  char    *no;
  char    *name;
  char    *client;
  char    *client_country;
  int      offshore;
  char    *category;
  gint64   amount;
  gint64   revenue;
};

G_DEFINE_FINAL_TYPE (SbContractRow, sb_contract_row, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NO,
  PROP_NAME,
  PROP_CLIENT,
  PROP_CLIENT_COUNTRY,
  PROP_OFFSHORE,
  PROP_CATEGORY,
  PROP_AMOUNT,
  PROP_REVENUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbContractRow, member)

static const SbField fields[] = {
  { PROP_NO, "no", SB_FIELD_STRING, F (no) },
  { PROP_NAME, "name", SB_FIELD_STRING, F (name) },
  { PROP_CLIENT, "client", SB_FIELD_STRING, F (client) },
  { PROP_CLIENT_COUNTRY, "client-country", SB_FIELD_STRING, F (client_country) },
  { PROP_OFFSHORE, "offshore", SB_FIELD_TRI, F (offshore) },
  { PROP_CATEGORY, "category", SB_FIELD_STRING, F (category) },
  { PROP_AMOUNT, "amount", SB_FIELD_MONEY, F (amount) },
  { PROP_REVENUE, "revenue", SB_FIELD_MONEY, F (revenue) },
};

#undef F

static void
sb_contract_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SbContractRow *self = SB_CONTRACT_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_contract_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SbContractRow *self = SB_CONTRACT_ROW (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_contract_row_finalize (GObject *object)
{
  SbContractRow *self = SB_CONTRACT_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_contract_row_parent_class)->finalize (object);
}

static void
sb_contract_row_class_init (SbContractRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_contract_row_get_property;
  object_class->set_property = sb_contract_row_set_property;
  object_class->finalize = sb_contract_row_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_contract_row_init (SbContractRow *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
}

SbContractRow *
sb_contract_row_new (void)
{
  return g_object_new (SB_TYPE_CONTRACT_ROW, NULL);
}

SbContractRow *
sb_contract_row_new_from_dossier (const SbContract *d)
{
  SbContractRow *self = g_object_new (SB_TYPE_CONTRACT_ROW, NULL);

  self->no = g_strdup (d->no);
  self->name = g_strdup (d->name);
  self->client = g_strdup (d->client);
  self->client_country = g_strdup (d->client_country);
  self->offshore = d->offshore;
  self->category = g_strdup (d->category);
  self->amount = d->amount;
  self->revenue = d->revenue;
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

SbContract *
sb_contract_row_to_dossier (SbContractRow *self,
                            gboolean       with_extra)
{
  SbContract *d = sb_contract_new ();

  d->no = g_strdup (self->no);
  d->name = g_strdup (self->name);
  d->client = g_strdup (self->client);
  d->client_country = g_strdup (self->client_country);
  d->offshore = self->offshore;
  d->category = g_strdup (self->category);
  d->amount = self->amount;
  d->revenue = self->revenue;
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
