/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-trade-fund-application.h"

#include "sb-model-private.h"

struct _SbTradeFundApplication
{
  SbModelObject parent_instance;

  char    *profile;
  gint64   offshore_execution_usd;
  gboolean has_platform;
  gboolean has_certifications;
  char   **certifications_chosen;
  gboolean has_brand;
  char    *brand_title;
  int      brand_accepted;
  gboolean has_interest;
  gint64   receipts_usd;
  gint64   usd_cny;
  gboolean has_tcm;
  int      tcm_recognised_base;
  SbDate   tcm_built_on;
  int      tcm_first_application;
  gint64   tcm_construction_cost;
  gint64   tcm_om_cost;
  gint64   tcm_marketing_cost;

  GListStore *platforms;        /* SbPlatformProject */
  GListStore *certifications;   /* SbCertificationRow */
  GListStore *receipts;         /* SbReceiptRow */
  gboolean    platform_is_list; /* the dossier wrote "platform" as a list */
  gboolean    receipts_read;    /* interest.receipts was read as rows */
  JsonObject *brand_extra;
  JsonObject *interest_extra;   /* with "receipts" as imported */
  JsonObject *tcm_extra;
  /* the brand direction's tables (附件6–8), kept as trade_fund.park and
   * trade_fund.training (README.md) */
  char       *park_name;
  char       *training_region;
  char       *training_situation;
  char       *training_project;
  GListStore *park_firms;       /* SbParkFirmRow */
  GListStore *trainees;         /* SbTraineeRow */
  gboolean    park_firms_read;
  gboolean    trainees_read;
};

G_DEFINE_FINAL_TYPE (SbTradeFundApplication, sb_trade_fund_application, SB_TYPE_MODEL_OBJECT)

enum
{
  PROP_0,
  PROP_PROFILE,
  PROP_OFFSHORE_EXECUTION_USD,
  PROP_HAS_PLATFORM,
  PROP_HAS_CERTIFICATIONS,
  PROP_CERTIFICATIONS_CHOSEN,
  PROP_HAS_BRAND,
  PROP_BRAND_TITLE,
  PROP_BRAND_ACCEPTED,
  PROP_HAS_INTEREST,
  PROP_RECEIPTS_USD,
  PROP_USD_CNY,
  PROP_HAS_TCM,
  PROP_TCM_RECOGNISED_BASE,
  PROP_TCM_BUILT_ON,
  PROP_TCM_FIRST_APPLICATION,
  PROP_TCM_CONSTRUCTION_COST,
  PROP_TCM_OM_COST,
  PROP_TCM_MARKETING_COST,
  PROP_PLATFORMS,
  PROP_CERTIFICATIONS,
  PROP_RECEIPTS,
  PROP_PARK_NAME,
  PROP_TRAINING_REGION,
  PROP_TRAINING_SITUATION,
  PROP_TRAINING_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define F(member) G_STRUCT_OFFSET (SbTradeFundApplication, member)

static const SbField fields[] = {
  { PROP_PROFILE, "profile", SB_FIELD_STRING, F (profile) },
  { PROP_OFFSHORE_EXECUTION_USD, "offshore-execution-usd", SB_FIELD_MONEY,
    F (offshore_execution_usd) },
  { PROP_HAS_PLATFORM, "has-platform", SB_FIELD_BOOLEAN, F (has_platform) },
  { PROP_HAS_CERTIFICATIONS, "has-certifications", SB_FIELD_BOOLEAN, F (has_certifications) },
  { PROP_CERTIFICATIONS_CHOSEN, "certifications-chosen", SB_FIELD_STRV, F (certifications_chosen) },
  { PROP_HAS_BRAND, "has-brand", SB_FIELD_BOOLEAN, F (has_brand) },
  { PROP_BRAND_TITLE, "brand-title", SB_FIELD_STRING, F (brand_title) },
  { PROP_BRAND_ACCEPTED, "brand-accepted", SB_FIELD_TRI, F (brand_accepted) },
  { PROP_HAS_INTEREST, "has-interest", SB_FIELD_BOOLEAN, F (has_interest) },
  { PROP_RECEIPTS_USD, "receipts-usd", SB_FIELD_MONEY, F (receipts_usd) },
  { PROP_USD_CNY, "usd-cny", SB_FIELD_COUNT, F (usd_cny) },
  { PROP_HAS_TCM, "has-tcm", SB_FIELD_BOOLEAN, F (has_tcm) },
  { PROP_TCM_RECOGNISED_BASE, "tcm-recognised-base", SB_FIELD_TRI, F (tcm_recognised_base) },
  { PROP_TCM_BUILT_ON, "tcm-built-on", SB_FIELD_DATE, F (tcm_built_on) },
  { PROP_TCM_FIRST_APPLICATION, "tcm-first-application", SB_FIELD_TRI, F (tcm_first_application) },
  { PROP_TCM_CONSTRUCTION_COST, "tcm-construction-cost", SB_FIELD_MONEY,
    F (tcm_construction_cost) },
  { PROP_TCM_OM_COST, "tcm-om-cost", SB_FIELD_MONEY, F (tcm_om_cost) },
  { PROP_TCM_MARKETING_COST, "tcm-marketing-cost", SB_FIELD_MONEY, F (tcm_marketing_cost) },
  { PROP_PARK_NAME, "park-name", SB_FIELD_STRING, F (park_name) },
  { PROP_TRAINING_REGION, "training-region", SB_FIELD_STRING, F (training_region) },
  { PROP_TRAINING_SITUATION, "training-situation", SB_FIELD_STRING, F (training_situation) },
  { PROP_TRAINING_PROJECT, "training-project", SB_FIELD_STRING, F (training_project) },
};

#undef F

/* The "has-…" switch a property belongs to, or 0. */
static guint
direction_of (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_CERTIFICATIONS_CHOSEN:
      return PROP_HAS_CERTIFICATIONS;
    case PROP_BRAND_TITLE:
    case PROP_BRAND_ACCEPTED:
      return PROP_HAS_BRAND;
    case PROP_RECEIPTS_USD:
    case PROP_USD_CNY:
      return PROP_HAS_INTEREST;
    case PROP_TCM_RECOGNISED_BASE:
    case PROP_TCM_BUILT_ON:
    case PROP_TCM_FIRST_APPLICATION:
    case PROP_TCM_CONSTRUCTION_COST:
    case PROP_TCM_OM_COST:
    case PROP_TCM_MARKETING_COST:
      return PROP_HAS_TCM;
    default:
      return 0;
    }
}

static void
sb_trade_fund_application_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SbTradeFundApplication *self = SB_TRADE_FUND_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL)
    {
      sb_model_field_get (self, f, value);
      return;
    }
  switch (prop_id)
    {
    case PROP_PLATFORMS:
      g_value_set_object (value, self->platforms);
      return;
    case PROP_CERTIFICATIONS:
      g_value_set_object (value, self->certifications);
      return;
    case PROP_RECEIPTS:
      g_value_set_object (value, self->receipts);
      return;
    default:
      break;
    }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
sb_trade_fund_application_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  SbTradeFundApplication *self = SB_TRADE_FUND_APPLICATION (object);
  const SbField *f = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields), prop_id);

  if (f != NULL && direction_of (prop_id) != 0)
    {
      /* a value of a direction: entering one turns the direction on, in one "changed" */
      const SbField *on = sb_model_fields_find (fields, SB_MODEL_FIELD_COUNT (fields),
                                                direction_of (prop_id));

      g_object_freeze_notify (object);
      if (sb_model_field_set (self, f, pspec, value))
        sb_model_set_boolean (self, G_STRUCT_MEMBER_P (self, on->offset), TRUE,
                              properties[on->prop_id]);
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
sb_trade_fund_application_finalize (GObject *object)
{
  SbTradeFundApplication *self = SB_TRADE_FUND_APPLICATION (object);

  g_clear_object (&self->platforms);
  g_clear_object (&self->certifications);
  g_clear_object (&self->receipts);
  g_clear_object (&self->park_firms);
  g_clear_object (&self->trainees);
  g_clear_pointer (&self->brand_extra, json_object_unref);
  g_clear_pointer (&self->interest_extra, json_object_unref);
  g_clear_pointer (&self->tcm_extra, json_object_unref);
  sb_model_fields_clear (self, fields, SB_MODEL_FIELD_COUNT (fields));
  G_OBJECT_CLASS (sb_trade_fund_application_parent_class)->finalize (object);
}

static void
sb_trade_fund_application_class_init (SbTradeFundApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sb_trade_fund_application_get_property;
  object_class->set_property = sb_trade_fund_application_set_property;
  object_class->finalize = sb_trade_fund_application_finalize;

  sb_model_fields_install (properties, fields, SB_MODEL_FIELD_COUNT (fields));
  properties[PROP_PLATFORMS] =
    g_param_spec_object ("platforms", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CERTIFICATIONS] =
    g_param_spec_object ("certifications", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIPTS] =
    g_param_spec_object ("receipts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_trade_fund_application_init (SbTradeFundApplication *self)
{
  sb_model_fields_init (self, fields, SB_MODEL_FIELD_COUNT (fields));
  self->platforms = g_list_store_new (SB_TYPE_PLATFORM_PROJECT);
  self->certifications = g_list_store_new (SB_TYPE_CERTIFICATION_ROW);
  self->park_firms = g_list_store_new (SB_TYPE_PARK_FIRM_ROW);
  self->trainees = g_list_store_new (SB_TYPE_TRAINEE_ROW);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->park_firms));
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->trainees));
  self->receipts = g_list_store_new (SB_TYPE_RECEIPT_ROW);
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->platforms));
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->certifications));
  sb_model_object_watch_list (SB_MODEL_OBJECT (self), G_LIST_MODEL (self->receipts));
}

SbTradeFundApplication *
sb_trade_fund_application_new (void)
{
  return g_object_new (SB_TYPE_TRADE_FUND_APPLICATION, NULL);
}

GListModel *
sb_trade_fund_application_get_platforms (SbTradeFundApplication *self)
{
  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->platforms);
}

SbPlatformProject *
sb_trade_fund_application_find_platform (SbTradeFundApplication *self,
                                         SbPlatformKind          kind)
{
  GListModel *list;
  guint n;

  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  list = G_LIST_MODEL (self->platforms);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbPlatformProject) p = g_list_model_get_item (list, i);
      SbPlatformKind k;

      g_object_get (p, "kind", &k, NULL);
      if (k == kind)
        return p;   /* the list keeps its reference */
    }
  return NULL;
}

gboolean
sb_trade_fund_application_add_platform (SbTradeFundApplication *self,
                                        SbPlatformProject      *project)
{
  SbPlatformKind kind;

  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), FALSE);
  g_return_val_if_fail (SB_IS_PLATFORM_PROJECT (project), FALSE);

  g_object_get (project, "kind", &kind, NULL);
  if (sb_trade_fund_application_find_platform (self, kind) != NULL)
    return FALSE;
  sb_model_set_boolean (self, &self->has_platform, TRUE, properties[PROP_HAS_PLATFORM]);
  g_list_store_append (self->platforms, project);
  return TRUE;
}

void
sb_trade_fund_application_remove_platform (SbTradeFundApplication *self,
                                           guint                   position)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->platforms)));

  g_list_store_remove (self->platforms, position);
}

GListModel *
sb_trade_fund_application_get_certifications (SbTradeFundApplication *self)
{
  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->certifications);
}

void
sb_trade_fund_application_insert_certification (SbTradeFundApplication *self,
                                                guint                   position,
                                                SbCertificationRow     *row)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (SB_IS_CERTIFICATION_ROW (row));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->certifications)));

  sb_model_set_boolean (self, &self->has_certifications, TRUE,
                        properties[PROP_HAS_CERTIFICATIONS]);
  g_list_store_insert (self->certifications, position, row);
}

void
sb_trade_fund_application_add_certification (SbTradeFundApplication *self,
                                             SbCertificationRow     *row)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));

  sb_trade_fund_application_insert_certification (
    self, g_list_model_get_n_items (G_LIST_MODEL (self->certifications)), row);
}

void
sb_trade_fund_application_remove_certification (SbTradeFundApplication *self,
                                                guint                   position)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->certifications)));

  g_list_store_remove (self->certifications, position);
}

GListModel *
sb_trade_fund_application_get_receipts (SbTradeFundApplication *self)
{
  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->receipts);
}

void
sb_trade_fund_application_insert_receipt (SbTradeFundApplication *self,
                                          guint                   position,
                                          SbReceiptRow           *row)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (SB_IS_RECEIPT_ROW (row));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->receipts)));

  sb_model_set_boolean (self, &self->has_interest, TRUE, properties[PROP_HAS_INTEREST]);
  g_list_store_insert (self->receipts, position, row);
}

void
sb_trade_fund_application_add_receipt (SbTradeFundApplication *self,
                                       SbReceiptRow           *row)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));

  sb_trade_fund_application_insert_receipt (
    self, g_list_model_get_n_items (G_LIST_MODEL (self->receipts)), row);
}

void
sb_trade_fund_application_remove_receipt (SbTradeFundApplication *self,
                                          guint                   position)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->receipts)));

  g_list_store_remove (self->receipts, position);
}

/* ---- dossier ------------------------------------------------------------ */

#define MICRO G_GINT64_CONSTANT (1000000)

static gint64
rate_to_micro (SbRatio r)
{
  if (r.den == 0)
    return SB_UNSET;
  return sb_money_mul_ratio_round (MICRO, r);
}

static SbRatio
rate_from_micro (gint64 micro)
{
  SbRatio r = { micro, MICRO };

  if (micro == SB_UNSET)
    return sb_ratio (0, 0);
  while (r.den > 1 && r.num % 10 == 0)
    {
      r.num /= 10;
      r.den /= 10;
    }
  return r;
}

GListModel *
sb_trade_fund_application_get_park_firms (SbTradeFundApplication *self)
{
  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->park_firms);
}

GListModel *
sb_trade_fund_application_get_trainees (SbTradeFundApplication *self)
{
  g_return_val_if_fail (SB_IS_TRADE_FUND_APPLICATION (self), NULL);

  return G_LIST_MODEL (self->trainees);
}

void
sb_trade_fund_application_add_row (SbTradeFundApplication *self,
                                   GListModel             *list,
                                   gpointer                row)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (list == G_LIST_MODEL (self->park_firms)
                    || list == G_LIST_MODEL (self->trainees));

  g_list_store_append (G_LIST_STORE (list), row);
}

void
sb_trade_fund_application_remove_row (SbTradeFundApplication *self,
                                      GListModel             *list,
                                      guint                   position)
{
  g_return_if_fail (SB_IS_TRADE_FUND_APPLICATION (self));
  g_return_if_fail (list == G_LIST_MODEL (self->park_firms)
                    || list == G_LIST_MODEL (self->trainees));
  g_return_if_fail (position < g_list_model_get_n_items (list));

  g_list_store_remove (G_LIST_STORE (list), position);
}

/* The object @key of @extra, or NULL. */
static JsonObject *
extra_object (JsonObject *extra, const char *key)
{
  JsonNode *node = extra != NULL ? json_object_get_member (extra, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char *
extra_string (JsonObject *o, const char *key)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, key) : NULL;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

/* Sets (or removes, for NULL) the string @key of @o. */
static void
set_extra_string (JsonObject *o, const char *key, const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, key, value);
  else if (json_object_has_member (o, key))
    json_object_remove_member (o, key);
}

/* The park and training objects of @extra (the claim's carried keys) with
 * the model's values written into them; an object left empty that was not
 * there is not added. */
static void
write_brand_tables (SbTradeFundApplication *self, JsonObject *extra)
{
  JsonObject *park = extra_object (extra, "park");
  JsonObject *training = extra_object (extra, "training");
  gboolean had_park = park != NULL, had_training = training != NULL;

  if (park == NULL)
    park = json_object_new ();
  else
    json_object_ref (park);
  set_extra_string (park, "name", self->park_name);
  sb_model_json_write_list (park, "firms", G_LIST_MODEL (self->park_firms),
                            self->park_firms_read, sb_park_firm_row_to_json);
  if (!had_park && json_object_get_size (park) > 0)
    json_object_set_object_member (extra, "park", json_object_ref (park));
  json_object_unref (park);

  if (training == NULL)
    training = json_object_new ();
  else
    json_object_ref (training);
  set_extra_string (training, "region", self->training_region);
  set_extra_string (training, "situation", self->training_situation);
  set_extra_string (training, "project", self->training_project);
  sb_model_json_write_list (training, "trainees", G_LIST_MODEL (self->trainees),
                            self->trainees_read, sb_trainee_row_to_json);
  if (!had_training && json_object_get_size (training) > 0)
    json_object_set_object_member (extra, "training", json_object_ref (training));
  json_object_unref (training);
}

SbTradeFundApplication *
sb_trade_fund_application_new_from_dossier (const SbTradeFundClaim *c)
{
  SbTradeFundApplication *self = sb_trade_fund_application_new ();

  self->profile = g_strdup (c->profile);
  self->offshore_execution_usd = c->offshore_execution_usd;
  if (c->platforms != NULL)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_full (c->platforms->len, g_object_unref);

      self->has_platform = TRUE;
      self->platform_is_list = c->platform_is_list;
      for (guint i = 0; i < c->platforms->len; i++)
        {
          const SbPlatform *p = g_ptr_array_index (c->platforms, i);

          g_ptr_array_add (rows, sb_platform_project_new_from_dossier (p));
        }
      g_list_store_splice (self->platforms, 0, 0, rows->pdata, rows->len);
    }
  if (c->certifications != NULL)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_full (c->certifications->len, g_object_unref);

      self->has_certifications = TRUE;
      for (guint i = 0; i < c->certifications->len; i++)
        g_ptr_array_add (rows, sb_certification_row_new_from_dossier (
                                 g_ptr_array_index (c->certifications, i)));
      g_list_store_splice (self->certifications, 0, 0, rows->pdata, rows->len);
    }
  self->certifications_chosen = g_strdupv (c->certifications_chosen);
  if (c->brand != NULL)
    {
      self->has_brand = TRUE;
      self->brand_title = g_strdup (c->brand->title);
      self->brand_accepted = c->brand->accepted;
      self->brand_extra = sb_model_json_object_copy (c->brand->extra);
    }
  if (c->interest != NULL)
    {
      self->has_interest = TRUE;
      self->receipts_usd = c->interest->receipts_usd;
      self->usd_cny = rate_to_micro (c->interest->usd_cny);
      self->interest_extra = sb_model_json_object_copy (c->interest->extra);
      self->receipts_read = sb_model_json_read_list (c->interest->extra, "receipts",
                                                     self->receipts, sb_receipt_row_new_from_json);
    }
  if (c->tcm != NULL)
    {
      self->has_tcm = TRUE;
      self->tcm_recognised_base = c->tcm->recognised_base;
      self->tcm_built_on = c->tcm->built_on;
      self->tcm_first_application = c->tcm->first_application;
      self->tcm_construction_cost = c->tcm->construction_cost;
      self->tcm_om_cost = c->tcm->om_cost;
      self->tcm_marketing_cost = c->tcm->marketing_cost;
      self->tcm_extra = sb_model_json_object_copy (c->tcm->extra);
    }
  {
    JsonObject *park = extra_object (c->extra, "park");
    JsonObject *training = extra_object (c->extra, "training");

    self->park_name = extra_string (park, "name");
    self->park_firms_read = park != NULL
                            && sb_model_json_read_list (park, "firms", self->park_firms,
                                                        sb_park_firm_row_new_from_json);
    self->training_region = extra_string (training, "region");
    self->training_situation = extra_string (training, "situation");
    self->training_project = extra_string (training, "project");
    self->trainees_read = training != NULL
                          && sb_model_json_read_list (training, "trainees", self->trainees,
                                                      sb_trainee_row_new_from_json);
  }
  sb_model_object_set_extra (SB_MODEL_OBJECT (self), c->extra);
  return self;
}

SbTradeFundClaim *
sb_trade_fund_application_to_dossier (SbTradeFundApplication *self,
                                      gboolean                with_extra)
{
  SbTradeFundClaim *c = g_new0 (SbTradeFundClaim, 1);

  c->profile = g_strdup (self->profile);
  c->offshore_execution_usd = self->offshore_execution_usd;
  if (self->has_platform)
    {
      GListModel *list = G_LIST_MODEL (self->platforms);
      guint n = g_list_model_get_n_items (list);

      c->platforms = g_ptr_array_new_full (n, (GDestroyNotify) sb_platform_free);
      c->platform_is_list = self->platform_is_list;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SbPlatformProject) p = g_list_model_get_item (list, i);

          g_ptr_array_add (c->platforms, sb_platform_project_to_dossier (p, with_extra));
        }
    }
  if (self->has_certifications)
    {
      GListModel *list = G_LIST_MODEL (self->certifications);
      guint n = g_list_model_get_n_items (list);

      c->certifications = g_ptr_array_new_full (n, (GDestroyNotify) sb_cert_line_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SbCertificationRow) row = g_list_model_get_item (list, i);

          g_ptr_array_add (c->certifications, sb_certification_row_to_dossier (row, with_extra));
        }
    }
  c->certifications_chosen = g_strdupv (self->certifications_chosen);
  if (self->has_brand)
    {
      c->brand = g_new0 (SbBrand, 1);
      c->brand->title = g_strdup (self->brand_title);
      c->brand->accepted = self->brand_accepted;
      c->brand->extra = sb_model_json_extra_copy (self->brand_extra, with_extra);
    }
  if (self->has_interest)
    {
      c->interest = g_new0 (SbInterest, 1);
      c->interest->receipts_usd = self->receipts_usd;
      c->interest->usd_cny = rate_from_micro (self->usd_cny);
      if (with_extra)
        {
          JsonObject *extra = self->interest_extra != NULL
                              ? sb_model_json_object_copy (self->interest_extra)
                              : json_object_new ();

          sb_model_json_write_list (extra, "receipts", G_LIST_MODEL (self->receipts),
                                    self->receipts_read, sb_receipt_row_to_json);
          if (json_object_get_size (extra) == 0)
            g_clear_pointer (&extra, json_object_unref);
          c->interest->extra = extra;
        }
    }
  if (self->has_tcm)
    {
      c->tcm = g_new0 (SbTcm, 1);
      c->tcm->recognised_base = self->tcm_recognised_base;
      c->tcm->built_on = self->tcm_built_on;
      c->tcm->first_application = self->tcm_first_application;
      c->tcm->construction_cost = self->tcm_construction_cost;
      c->tcm->om_cost = self->tcm_om_cost;
      c->tcm->marketing_cost = self->tcm_marketing_cost;
      c->tcm->extra = sb_model_json_extra_copy (self->tcm_extra, with_extra);
    }
  c->extra = sb_model_json_extra_copy (sb_model_object_get_extra (SB_MODEL_OBJECT (self)),
                                       with_extra);
  if (with_extra)
    {
      if (c->extra == NULL)
        c->extra = json_object_new ();
      write_brand_tables (self, c->extra);
      if (json_object_get_size (c->extra) == 0)
        g_clear_pointer (&c->extra, json_object_unref);
    }
  return c;
}
