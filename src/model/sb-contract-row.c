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
  char    *evidence;
  /* SbRegistration*, as in the dossier (NULL: the key absent); the
   * tech-/execution-registration-* properties edit the first of each kind */
  GPtrArray *registrations;
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
  PROP_EVIDENCE,
  PROP_TECH_REGISTRATION_NO,
  PROP_TECH_REGISTRATION_AMOUNT,
  PROP_EXECUTION_REGISTRATION_NO,
  PROP_EXECUTION_REGISTRATION_AMOUNT,
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
  { PROP_EVIDENCE, "evidence", SB_FIELD_STRING, F (evidence) },
};

#undef F

static SbRegistration *
registration_copy (const SbRegistration *r)
{
  SbRegistration *c = sb_registration_new (r->kind);

  c->no = g_strdup (r->no);
  c->amount = r->amount;
  c->extra = sb_model_json_object_copy (r->extra);
  return c;
}

/* The first registration of @kind, or NULL. */
static SbRegistration *
find_registration (SbContractRow *self, SbRegistrationKind kind)
{
  for (guint i = 0; self->registrations != NULL && i < self->registrations->len; i++)
    {
      SbRegistration *r = g_ptr_array_index (self->registrations, i);

      if (r->kind == kind)
        return r;
    }
  return NULL;
}

/* Sets the number (@no non-NULL) or the amount of the first registration
 * of @kind, adding it when needed; a registration left with neither is
 * removed (and the list with its last entry: nothing registered). */
static void
set_registration (SbContractRow *self, SbRegistrationKind kind, const char *no,
                  gboolean set_no, gint64 amount, GParamSpec *pspec)
{
  SbRegistration *r = find_registration (self, kind);

  if (set_no && no != NULL && *no == '\0')
    no = NULL;
  if (r == NULL)
    {
      if (set_no ? no == NULL : amount == SB_UNSET)
        return;
      r = sb_registration_new (kind);
      if (self->registrations == NULL)
        self->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      g_ptr_array_add (self->registrations, r);
    }
  if (set_no)
    {
      if (g_strcmp0 (r->no, no) == 0)
        return;
      g_free (r->no);
      r->no = g_strdup (no);
    }
  else
    {
      if (r->amount == amount)
        return;
      r->amount = amount;
    }
  if (r->no == NULL && r->amount == SB_UNSET && r->extra == NULL)
    {
      g_ptr_array_remove (self->registrations, r);
      if (self->registrations->len == 0)
        g_clear_pointer (&self->registrations, g_ptr_array_unref);
    }
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

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
  switch (prop_id)
    {
    case PROP_TECH_REGISTRATION_NO:
    case PROP_EXECUTION_REGISTRATION_NO:
      {
        SbRegistration *r = find_registration (self, prop_id == PROP_TECH_REGISTRATION_NO
                                                     ? SB_REGISTRATION_TECH
                                                     : SB_REGISTRATION_EXECUTION);
        g_value_set_string (value, r != NULL ? r->no : NULL);
        return;
      }
    case PROP_TECH_REGISTRATION_AMOUNT:
    case PROP_EXECUTION_REGISTRATION_AMOUNT:
      {
        SbRegistration *r = find_registration (self, prop_id == PROP_TECH_REGISTRATION_AMOUNT
                                                     ? SB_REGISTRATION_TECH
                                                     : SB_REGISTRATION_EXECUTION);
        g_value_set_int64 (value, r != NULL ? r->amount : SB_UNSET);
        return;
      }
    default:
      break;
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
  switch (prop_id)
    {
    case PROP_TECH_REGISTRATION_NO:
      set_registration (self, SB_REGISTRATION_TECH, g_value_get_string (value), TRUE, 0, pspec);
      return;
    case PROP_EXECUTION_REGISTRATION_NO:
      set_registration (self, SB_REGISTRATION_EXECUTION, g_value_get_string (value), TRUE, 0,
                        pspec);
      return;
    case PROP_TECH_REGISTRATION_AMOUNT:
      set_registration (self, SB_REGISTRATION_TECH, NULL, FALSE, g_value_get_int64 (value),
                        pspec);
      return;
    case PROP_EXECUTION_REGISTRATION_AMOUNT:
      set_registration (self, SB_REGISTRATION_EXECUTION, NULL, FALSE,
                        g_value_get_int64 (value), pspec);
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_contract_row_finalize (GObject *object)
{
  SbContractRow *self = SB_CONTRACT_ROW (object);

  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  g_clear_pointer (&self->registrations, g_ptr_array_unref);
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
  properties[PROP_TECH_REGISTRATION_NO] =
    g_param_spec_string ("tech-registration-no", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXECUTION_REGISTRATION_NO] =
    g_param_spec_string ("execution-registration-no", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TECH_REGISTRATION_AMOUNT] =
    g_param_spec_int64 ("tech-registration-amount", NULL, NULL, G_MININT64, G_MAXINT64, SB_UNSET,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXECUTION_REGISTRATION_AMOUNT] =
    g_param_spec_int64 ("execution-registration-amount", NULL, NULL, G_MININT64, G_MAXINT64,
                        SB_UNSET,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  self->evidence = g_strdup (d->evidence);
  if (d->registrations != NULL)
    {
      self->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      for (guint i = 0; i < d->registrations->len; i++)
        g_ptr_array_add (self->registrations,
                         registration_copy (g_ptr_array_index (d->registrations, i)));
    }
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
  d->evidence = g_strdup (self->evidence);
  /* the registrations count in the evaluation (RULES.md §1.6): always there */
  if (self->registrations != NULL)
    {
      d->registrations = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_registration_free);
      for (guint i = 0; i < self->registrations->len; i++)
        {
          SbRegistration *r = registration_copy (g_ptr_array_index (self->registrations, i));

          if (!with_extra)
            g_clear_pointer (&r->extra, json_object_unref);
          g_ptr_array_add (d->registrations, r);
        }
    }
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}
