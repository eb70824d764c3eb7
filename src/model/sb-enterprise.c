/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-enterprise.h"

#include "sb-model-private.h"

struct _SbEnterprise
{
  SbModelObject parent_instance;

  char    *name;
  char    *credit_code;
  char    *region;
  SbDate   registered_on;
  int      legal_entity;
  int      scope_advanced_tech;
  int      clean_record_2y;
  int      mofcom_registered;
  int      no_serious_violation_5y;
  int      no_other_fiscal_support;
  int      no_major_incident;
  int      owns_core_ip;
  char    *hnte_field;
  /* the filing identity (DOSSIER.md, optional keys) */
  char   *legal_representative;
  char   *address;
  char   *postcode;
  gint64 registered_capital;
  char   *district;
  char   *bank_name;
  char   *bank_account_name;
  char   *bank_account_no;
  char   *contact_name;
  char   *contact_phone;
  char   *contact_mobile;
  char   *contact_fax;
  char   *contact_email;

  JsonObject *company_extra;
  JsonObject *bank_extra;
  JsonObject *contact_extra;
  JsonObject *declarations_extra;
  GListStore *years;             /* SbFiscalYear */
  SbTaseApplication      *tase;
  SbAnnualInfo           *annual_report;
  SbHnteApplication      *hnte;
  SbTradeFundApplication *trade_fund;
};

G_DEFINE_FINAL_TYPE (SbEnterprise, sb_enterprise, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_CREDIT_CODE,
  PROP_REGION,
  PROP_REGISTERED_ON,
  PROP_LEGAL_ENTITY,
  PROP_SCOPE_ADVANCED_TECH,
  PROP_CLEAN_RECORD_2Y,
  PROP_MOFCOM_REGISTERED,
  PROP_NO_SERIOUS_VIOLATION_5Y,
  PROP_NO_OTHER_FISCAL_SUPPORT,
  PROP_NO_MAJOR_INCIDENT,
  PROP_OWNS_CORE_IP,
  PROP_HNTE_FIELD,
  PROP_LEGAL_REPRESENTATIVE,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_REGISTERED_CAPITAL,
  PROP_DISTRICT,
  PROP_BANK_NAME,
  PROP_BANK_ACCOUNT_NAME,
  PROP_BANK_ACCOUNT_NO,
  PROP_CONTACT_NAME,
  PROP_CONTACT_PHONE,
  PROP_CONTACT_MOBILE,
  PROP_CONTACT_FAX,
  PROP_CONTACT_EMAIL,
  PROP_YEARS,
  PROP_TASE,
  PROP_ANNUAL_REPORT,
  PROP_HNTE,
  PROP_TRADE_FUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbEnterprise, member)

static const SbField fields[] = {
  { PROP_NAME, "name", SB_FIELD_STRING, F (name) },
  { PROP_CREDIT_CODE, "credit-code", SB_FIELD_STRING, F (credit_code) },
  { PROP_REGION, "region", SB_FIELD_STRING, F (region) },
  { PROP_REGISTERED_ON, "registered-on", SB_FIELD_DATE, F (registered_on) },
  { PROP_LEGAL_ENTITY, "legal-entity", SB_FIELD_TRI, F (legal_entity) },
  { PROP_SCOPE_ADVANCED_TECH, "scope-advanced-tech", SB_FIELD_TRI, F (scope_advanced_tech) },
  { PROP_CLEAN_RECORD_2Y, "clean-record-2y", SB_FIELD_TRI, F (clean_record_2y) },
  { PROP_MOFCOM_REGISTERED, "mofcom-registered", SB_FIELD_TRI, F (mofcom_registered) },
  { PROP_NO_SERIOUS_VIOLATION_5Y, "no-serious-violation-5y", SB_FIELD_TRI,
    F (no_serious_violation_5y) },
  { PROP_NO_OTHER_FISCAL_SUPPORT, "no-other-fiscal-support", SB_FIELD_TRI,
    F (no_other_fiscal_support) },
  { PROP_NO_MAJOR_INCIDENT, "no-major-incident", SB_FIELD_TRI, F (no_major_incident) },
  { PROP_OWNS_CORE_IP, "owns-core-ip", SB_FIELD_TRI, F (owns_core_ip) },
  { PROP_HNTE_FIELD, "hnte-field", SB_FIELD_STRING, F (hnte_field) },
  { PROP_LEGAL_REPRESENTATIVE, "legal-representative", SB_FIELD_STRING, F (legal_representative) },
  { PROP_ADDRESS, "address", SB_FIELD_STRING, F (address) },
  { PROP_POSTCODE, "postcode", SB_FIELD_STRING, F (postcode) },
  { PROP_REGISTERED_CAPITAL, "registered-capital", SB_FIELD_MONEY, F (registered_capital) },
  { PROP_DISTRICT, "district", SB_FIELD_STRING, F (district) },
  { PROP_BANK_NAME, "bank-name", SB_FIELD_STRING, F (bank_name) },
  { PROP_BANK_ACCOUNT_NAME, "bank-account-name", SB_FIELD_STRING, F (bank_account_name) },
  { PROP_BANK_ACCOUNT_NO, "bank-account-no", SB_FIELD_STRING, F (bank_account_no) },
  { PROP_CONTACT_NAME, "contact-name", SB_FIELD_STRING, F (contact_name) },
  { PROP_CONTACT_PHONE, "contact-phone", SB_FIELD_STRING, F (contact_phone) },
  { PROP_CONTACT_MOBILE, "contact-mobile", SB_FIELD_STRING, F (contact_mobile) },
  { PROP_CONTACT_FAX, "contact-fax", SB_FIELD_STRING, F (contact_fax) },
  { PROP_CONTACT_EMAIL, "contact-email", SB_FIELD_STRING, F (contact_email) },
};

#undef F

static void
sb_enterprise_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SbEnterprise *self = SB_ENTERPRISE (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  switch (prop_id)
    {
    case PROP_YEARS:
      g_value_set_object (value, self->years);
      return;
    case PROP_TASE:
      g_value_set_object (value, self->tase);
      return;
    case PROP_ANNUAL_REPORT:
      g_value_set_object (value, self->annual_report);
      return;
    case PROP_HNTE:
      g_value_set_object (value, self->hnte);
      return;
    case PROP_TRADE_FUND:
      g_value_set_object (value, self->trade_fund);
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_enterprise_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SbEnterprise *self = SB_ENTERPRISE (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_set (self, f, pspec, value);
      return;
    }
  switch (prop_id)
    {
    case PROP_TASE:
      sb_enterprise_set_tase (self, g_value_get_object (value));
      return;
    case PROP_ANNUAL_REPORT:
      sb_enterprise_set_annual_report (self, g_value_get_object (value));
      return;
    case PROP_HNTE:
      sb_enterprise_set_hnte (self, g_value_get_object (value));
      return;
    case PROP_TRADE_FUND:
      sb_enterprise_set_trade_fund (self, g_value_get_object (value));
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_enterprise_dispose (GObject *object)
{
  SbEnterprise *self = SB_ENTERPRISE (object);

  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->tase, NULL);
  g_clear_object (&self->tase);
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->annual_report, NULL);
  g_clear_object (&self->annual_report);
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->hnte, NULL);
  g_clear_object (&self->hnte);
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->trade_fund, NULL);
  g_clear_object (&self->trade_fund);

  G_OBJECT_CLASS (sb_enterprise_parent_class)->dispose (object);
}

static void
sb_enterprise_finalize (GObject *object)
{
  SbEnterprise *self = SB_ENTERPRISE (object);

  g_clear_object (&self->years);
  g_clear_pointer (&self->company_extra, json_object_unref);
  g_clear_pointer (&self->bank_extra, json_object_unref);
  g_clear_pointer (&self->contact_extra, json_object_unref);
  g_clear_pointer (&self->declarations_extra, json_object_unref);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_enterprise_parent_class)->finalize (object);
}

static void
sb_enterprise_class_init (SbEnterpriseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_enterprise_get_property;
  object_class->set_property = sb_enterprise_set_property;
  object_class->dispose = sb_enterprise_dispose;
  object_class->finalize = sb_enterprise_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_YEARS] =
    g_param_spec_object ("years", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TASE] =
    g_param_spec_object ("tase", NULL, NULL, SB_TYPE_TASE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNUAL_REPORT] =
    g_param_spec_object ("annual-report", NULL, NULL, SB_TYPE_ANNUAL_INFO,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HNTE] =
    g_param_spec_object ("hnte", NULL, NULL, SB_TYPE_HNTE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRADE_FUND] =
    g_param_spec_object ("trade-fund", NULL, NULL, SB_TYPE_TRADE_FUND_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_enterprise_init (SbEnterprise *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->years = g_list_store_new (SB_TYPE_FISCAL_YEAR);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->years));
}

SbEnterprise *
sb_enterprise_new (void)
{
  return g_object_new (SB_TYPE_ENTERPRISE, NULL);
}

GListModel *
sb_enterprise_get_years (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return G_LIST_MODEL (self->years);
}

SbFiscalYear *
sb_enterprise_find_year (SbEnterprise *self,
                         int           year)
{
  guint n;

  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->years));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbFiscalYear) y = g_list_model_get_item (G_LIST_MODEL (self->years), i);

      if (sb_fiscal_year_get_year (y) == year)
        return y;   /* the list keeps its reference */
    }
  return NULL;
}

gboolean
sb_enterprise_add_year (SbEnterprise *self,
                        SbFiscalYear *year)
{
  int number;
  guint n, at;

  g_return_val_if_fail (SB_IS_ENTERPRISE (self), FALSE);
  g_return_val_if_fail (SB_IS_FISCAL_YEAR (year), FALSE);

  number = sb_fiscal_year_get_year (year);
  if (sb_enterprise_find_year (self, number) != NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->years));
  for (at = 0; at < n; at++)
    {
      g_autoptr(SbFiscalYear) other = g_list_model_get_item (G_LIST_MODEL (self->years), at);

      if (sb_fiscal_year_get_year (other) > number)
        break;
    }
  g_list_store_insert (self->years, at, year);
  return TRUE;
}

void
sb_enterprise_remove_year (SbEnterprise *self,
                           SbFiscalYear *year)
{
  guint position;

  g_return_if_fail (SB_IS_ENTERPRISE (self));
  g_return_if_fail (SB_IS_FISCAL_YEAR (year));

  if (g_list_store_find (self->years, year, &position))
    g_list_store_remove (self->years, position);
}

SbTaseApplication *
sb_enterprise_get_tase (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return self->tase;
}

void
sb_enterprise_set_tase (SbEnterprise      *self,
                        SbTaseApplication *tase)
{
  g_return_if_fail (SB_IS_ENTERPRISE (self));
  g_return_if_fail (tase == NULL || SB_IS_TASE_APPLICATION (tase));

  if (self->tase == tase)
    return;
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->tase, tase);
  g_set_object (&self->tase, tase);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TASE]);
}

SbAnnualInfo *
sb_enterprise_get_annual_report (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return self->annual_report;
}

void
sb_enterprise_set_annual_report (SbEnterprise *self,
                                 SbAnnualInfo *annual_report)
{
  g_return_if_fail (SB_IS_ENTERPRISE (self));
  g_return_if_fail (annual_report == NULL || SB_IS_ANNUAL_INFO (annual_report));

  if (self->annual_report == annual_report)
    return;
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->annual_report, annual_report);
  g_set_object (&self->annual_report, annual_report);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNUAL_REPORT]);
}

SbHnteApplication *
sb_enterprise_get_hnte (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return self->hnte;
}

void
sb_enterprise_set_hnte (SbEnterprise      *self,
                        SbHnteApplication *hnte)
{
  g_return_if_fail (SB_IS_ENTERPRISE (self));
  g_return_if_fail (hnte == NULL || SB_IS_HNTE_APPLICATION (hnte));

  if (self->hnte == hnte)
    return;
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->hnte, hnte);
  g_set_object (&self->hnte, hnte);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HNTE]);
}

SbTradeFundApplication *
sb_enterprise_get_trade_fund (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return self->trade_fund;
}

void
sb_enterprise_set_trade_fund (SbEnterprise           *self,
                              SbTradeFundApplication *trade_fund)
{
  g_return_if_fail (SB_IS_ENTERPRISE (self));
  g_return_if_fail (trade_fund == NULL || SB_IS_TRADE_FUND_APPLICATION (trade_fund));

  if (self->trade_fund == trade_fund)
    return;
  sb_model_object_watch_child (SB_MODEL_OBJECT (self), self->trade_fund, trade_fund);
  g_set_object (&self->trade_fund, trade_fund);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRADE_FUND]);
}

/* ---- dossier ------------------------------------------------------------ */

SbEnterprise *
sb_enterprise_new_from_dossier (const SbDossier *d)
{
  SbEnterprise *self;
  g_autoptr(GPtrArray) years = NULL;

  g_return_val_if_fail (d != NULL, NULL);

  self = sb_enterprise_new ();
  self->name = g_strdup (d->company.name);
  self->credit_code = g_strdup (d->company.credit_code);
  self->region = g_strdup (d->company.region);
  self->registered_on = d->company.registered_on;
  self->legal_entity = d->company.legal_entity;
  self->company_extra = sb_model_json_object_copy (d->company.extra);
  self->legal_representative = g_strdup (d->company.legal_representative);
  self->address = g_strdup (d->company.address);
  self->postcode = g_strdup (d->company.postcode);
  self->registered_capital = d->company.registered_capital;
  self->district = g_strdup (d->company.district);
  self->bank_name = g_strdup (d->company.bank_name);
  self->bank_account_name = g_strdup (d->company.bank_account_name);
  self->bank_account_no = g_strdup (d->company.bank_account_no);
  self->contact_name = g_strdup (d->company.contact_name);
  self->contact_phone = g_strdup (d->company.contact_phone);
  self->contact_mobile = g_strdup (d->company.contact_mobile);
  self->contact_fax = g_strdup (d->company.contact_fax);
  self->contact_email = g_strdup (d->company.contact_email);
  self->bank_extra = sb_model_json_object_copy (d->company.bank_extra);
  self->contact_extra = sb_model_json_object_copy (d->company.contact_extra);

  self->scope_advanced_tech = d->declarations.scope_advanced_tech;
  self->clean_record_2y = d->declarations.clean_record_2y;
  self->mofcom_registered = d->declarations.mofcom_registered;
  self->no_serious_violation_5y = d->declarations.no_serious_violation_5y;
  self->no_other_fiscal_support = d->declarations.no_other_fiscal_support;
  self->no_major_incident = d->declarations.no_major_incident;
  self->owns_core_ip = d->declarations.owns_core_ip;
  self->hnte_field = g_strdup (d->declarations.hnte_field);
  self->declarations_extra = sb_model_json_object_copy (d->declarations.extra);

  years = g_ptr_array_new_full (d->years->len, g_object_unref);
  for (guint i = 0; i < d->years->len; i++)
    g_ptr_array_add (years, sb_fiscal_year_new_from_dossier (g_ptr_array_index (d->years, i)));
  g_list_store_splice (self->years, 0, 0, years->pdata, years->len);

  if (d->tase != NULL)
    {
      g_autoptr(SbTaseApplication) c = sb_tase_application_new_from_dossier (d->tase);
      sb_enterprise_set_tase (self, c);
    }
  if (d->annual_report != NULL)
    {
      g_autoptr(SbAnnualInfo) c = sb_annual_info_new_from_dossier (d->annual_report);
      sb_enterprise_set_annual_report (self, c);
    }
  if (d->hnte != NULL)
    {
      g_autoptr(SbHnteApplication) c = sb_hnte_application_new_from_dossier (d->hnte);
      sb_enterprise_set_hnte (self, c);
    }
  if (d->trade_fund != NULL)
    {
      g_autoptr(SbTradeFundApplication) c =
        sb_trade_fund_application_new_from_dossier (d->trade_fund);
      sb_enterprise_set_trade_fund (self, c);
    }
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), d->extra);
  return self;
}

/* With @with_extra FALSE, the dossier borrows the years of the model: use
 * it before the next edit, and free it with sb_dossier_free() as usual. */
static SbDossier *
to_dossier (SbEnterprise *self,
            gboolean      with_extra)
{
  SbDossier *d = sb_dossier_new ();
  GListModel *years = G_LIST_MODEL (self->years);
  guint n = g_list_model_get_n_items (years);

  d->company.name = g_strdup (self->name);
  d->company.credit_code = g_strdup (self->credit_code);
  d->company.region = g_strdup (self->region);
  d->company.registered_on = self->registered_on;
  d->company.legal_entity = self->legal_entity;
  d->company.extra = sb_model_json_extra_copy (self->company_extra, with_extra);
  d->company.legal_representative = g_strdup (self->legal_representative);
  d->company.address = g_strdup (self->address);
  d->company.postcode = g_strdup (self->postcode);
  d->company.registered_capital = self->registered_capital;
  d->company.district = g_strdup (self->district);
  d->company.bank_name = g_strdup (self->bank_name);
  d->company.bank_account_name = g_strdup (self->bank_account_name);
  d->company.bank_account_no = g_strdup (self->bank_account_no);
  d->company.contact_name = g_strdup (self->contact_name);
  d->company.contact_phone = g_strdup (self->contact_phone);
  d->company.contact_mobile = g_strdup (self->contact_mobile);
  d->company.contact_fax = g_strdup (self->contact_fax);
  d->company.contact_email = g_strdup (self->contact_email);
  d->company.bank_extra = sb_model_json_extra_copy (self->bank_extra, with_extra);
  d->company.contact_extra = sb_model_json_extra_copy (self->contact_extra, with_extra);

  d->declarations.scope_advanced_tech = self->scope_advanced_tech;
  d->declarations.clean_record_2y = self->clean_record_2y;
  d->declarations.mofcom_registered = self->mofcom_registered;
  d->declarations.no_serious_violation_5y = self->no_serious_violation_5y;
  d->declarations.no_other_fiscal_support = self->no_other_fiscal_support;
  d->declarations.no_major_incident = self->no_major_incident;
  d->declarations.owns_core_ip = self->owns_core_ip;
  d->declarations.hnte_field = g_strdup (self->hnte_field);
  d->declarations.extra = sb_model_json_extra_copy (self->declarations_extra, with_extra);

  /* for evaluation the years are borrowed from the model's cache: most
   * edits touch one year, and the others need no new conversion */
  if (!with_extra)
    g_ptr_array_set_free_func (d->years, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbFiscalYear) y = g_list_model_get_item (years, i);

      if (with_extra)
        g_ptr_array_add (d->years, sb_fiscal_year_to_dossier (y, TRUE));
      else
        g_ptr_array_add (d->years, (gpointer) sb_fiscal_year_peek_for_evaluation (y));
    }
  if (self->tase != NULL)
    d->tase = sb_tase_application_to_dossier (self->tase, with_extra);
  if (self->annual_report != NULL)
    d->annual_report = sb_annual_info_to_dossier (self->annual_report, with_extra);
  if (self->hnte != NULL)
    d->hnte = sb_hnte_application_to_dossier (self->hnte, with_extra);
  if (self->trade_fund != NULL)
    d->trade_fund = sb_trade_fund_application_to_dossier (self->trade_fund, with_extra);
  d->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  return d;
}

SbDossier *
sb_enterprise_to_dossier (SbEnterprise *self)
{
  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);

  return to_dossier (self, TRUE);
}

gboolean
sb_enterprise_check (SbEnterprise  *self,
                     GHashTable    *known_categories,
                     GError       **error)
{
  g_autoptr(SbDossier) d = NULL;

  g_return_val_if_fail (SB_IS_ENTERPRISE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  d = to_dossier (self, FALSE);
  return sb_model_check_dossier (d, known_categories, error);
}

SbEvaluation *
sb_enterprise_evaluate (SbEnterprise  *self,
                        SbPolicySet   *policies,
                        SbDate         at,
                        GError       **error)
{
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(GHashTable) known = NULL;

  g_return_val_if_fail (SB_IS_ENTERPRISE (self), NULL);
  g_return_val_if_fail (policies != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* the evaluators read no carried JSON: leave it out */
  d = to_dossier (self, FALSE);
  known = sb_known_categories (policies);
  if (!sb_model_check_dossier (d, known, error))
    return NULL;
  return sb_evaluate (d, policies, at, error);
}
