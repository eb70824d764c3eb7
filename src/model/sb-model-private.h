/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-model-private.h: what the model's types share and do not publish: the
 * table-driven properties, the watching of child lists, the JSON of the
 * rows the dossier format lacks, and the conversions to and from SbDossier. */
#pragma once

#include <json-glib/json-glib.h>

#include "sb-dossier.h"
#include "sb-model-object.h"

#include "sb-annual-info.h"
#include "sb-certification-row.h"
#include "sb-contract-row.h"
#include "sb-expense-row.h"
#include "sb-firm-row.h"
#include "sb-fiscal-year.h"
#include "sb-hnte-application.h"
#include "sb-ip-item.h"
#include "sb-material-item.h"
#include "sb-platform-project.h"
#include "sb-park-firm-row.h"
#include "sb-receipt-row.h"
#include "sb-trainee-row.h"
#include "sb-staff-month-row.h"
#include "sb-tase-application.h"
#include "sb-trade-fund-application.h"

G_BEGIN_DECLS

/* ---- table-driven properties ----------------------------------------- */

typedef enum
{
  SB_FIELD_STRING,   /* char *, NULL: absent */
  SB_FIELD_MONEY,    /* gint64 fen, SB_UNSET: absent (the default) */
  SB_FIELD_AMOUNT,   /* gint64 fen, never absent, default 0 (ledger categories) */
  SB_FIELD_COUNT,    /* gint64, SB_UNSET: absent (the default) */
  SB_FIELD_INT,      /* int within min…max, default dflt */
  SB_FIELD_DATE,     /* SbDate (guint32), 0: absent */
  SB_FIELD_TRI,      /* int −1 (absent, the default), 0, 1 */
  SB_FIELD_BOOLEAN,  /* gboolean, default FALSE */
  SB_FIELD_ENUM,     /* int of enum_type (), default dflt */
  SB_FIELD_STRV,     /* char **, NULL: absent */
} SbFieldKind;

/* One property backed by a member of the instance struct. */
typedef struct
{
  guint        prop_id;
  const char  *name;        /* the property name */
  SbFieldKind  kind;
  gsize        offset;      /* G_STRUCT_OFFSET of the member */
  const char  *json_key;    /* rows that exist only in the model: the JSON key */
  int          min, max, dflt;
  GType      (*enum_type) (void);
  GParamFlags  flags;       /* added to READWRITE | EXPLICIT_NOTIFY | STATIC_STRINGS */
} SbField;

/* Creates the pspecs of @fields into @properties (indexed by prop_id). */
void      sb_model_fields_install  (GParamSpec **properties, const SbField *fields,
                                    guint n_fields);
void      sb_model_fields_init     (gpointer instance, const SbField *fields,
                                    guint n_fields);
void      sb_model_fields_clear    (gpointer instance, const SbField *fields,
                                    guint n_fields);
/* The field of @prop_id, or NULL. */
const SbField *sb_model_fields_find (const SbField *fields, guint n_fields, guint prop_id);
void      sb_model_field_get       (gpointer instance, const SbField *field, GValue *value);
/* Stores @value and notifies @pspec when it differs; TRUE on a change. */
gboolean  sb_model_field_set       (gpointer instance, const SbField *field,
                                    GParamSpec *pspec, const GValue *value);

/* NULL-safe g_strv_equal(). */
gboolean  sb_model_strv_equal      (const char * const *a, const char * const *b);

/* Typed setters for members that are not in a field table: each notifies
 * @pspec only on a real change and returns whether it changed. */
gboolean  sb_model_set_boolean     (gpointer instance, gboolean *member, gboolean value,
                                    GParamSpec *pspec);
gboolean  sb_model_set_int64       (gpointer instance, gint64 *member, gint64 value,
                                    GParamSpec *pspec);

/* ---- SbModelObject internals ----------------------------------------- */

/* Re-emits "changed" of every item of @list (SbModelObjects) and on any
 * items-changed of @list, for as long as @self lives. */
void        sb_model_object_watch_list   (SbModelObject *self, GListModel *list);
/* Moves the "changed" forwarding from @old_child to @new_child (either NULL). */
void        sb_model_object_watch_child  (SbModelObject *self, gpointer old_child,
                                          gpointer new_child);
/* The JSON members the model carries without knowing them (borrowed, NULL
 * when none).  For the rows that exist only in the model (materials, IP
 * items, receipts) it is the row's whole JSON object as imported, so that
 * its key order and unknown members survive an edit. */
JsonObject *sb_model_object_get_extra    (SbModelObject *self);
/* Stores a deep copy of @extra (NULL clears). */
void        sb_model_object_set_extra    (SbModelObject *self, JsonObject *extra);

/* ---- JSON ------------------------------------------------------------- */

/* A deep copy (NULL for NULL). */
JsonObject *sb_model_json_object_copy    (JsonObject *object);
/* A deep copy of @extra, or NULL when @extra is NULL or @with_extra FALSE. */
JsonObject *sb_model_json_extra_copy     (JsonObject *extra, gboolean with_extra);
/* Writes the value at @value (the field's storage type) into @object under
 * @key: an imported value that reads back as the same value is left as it
 * is; a changed one is replaced in place; an absent one is removed. */
void        sb_model_json_write_field    (JsonObject *object, const char *key,
                                          const SbField *field, gconstpointer value);
/* Reads @key of @object into @value (the field's storage type); leaves the
 * default there and returns FALSE when absent, null or of another type. */
gboolean    sb_model_json_read_field     (JsonObject *object, const char *key,
                                          const SbField *field, gpointer value);

/* A row of a model-only list read from @object: every field with a
 * json_key, and the object kept as the row's extra. */
void        sb_model_row_from_json       (SbModelObject *row, const SbField *fields,
                                          guint n_fields, JsonObject *object);
/* The row as a new JSON object (its imported object, updated). */
JsonObject *sb_model_row_to_json         (SbModelObject *row, const SbField *fields,
                                          guint n_fields);

/* A list stored under @key of @extra: the rows are read with @row_new
 * into @store.  Returns FALSE (nothing read) when the member is there but
 * not a list of objects: the value is then carried as it is. */
typedef SbModelObject *(*SbRowFromJson) (JsonObject *object);
typedef JsonObject    *(*SbRowToJson)   (SbModelObject *row);
gboolean    sb_model_json_read_list      (JsonObject *extra, const char *key,
                                          GListStore *store, SbRowFromJson row_new);
/* Writes @list under @key of @object (in place): always when @managed (the
 * imported value was read as rows) or the list has rows, else leaves the
 * member as it is. */
void        sb_model_json_write_list     (JsonObject *object, const char *key,
                                          GListModel *list, gboolean managed,
                                          SbRowToJson row_json);

/* ---- conversions (with_extra FALSE: for evaluation, leaves out the
 *      carried JSON and the model-only rows) ------------------------------ */

SbContractRow          *sb_contract_row_new_from_dossier   (const SbContract *c);
SbContract             *sb_contract_row_to_dossier         (SbContractRow *self,
                                                            gboolean with_extra);
SbStaffMonthRow        *sb_staff_month_row_new_from_dossier (const SbStaffMonth *m);
void                    sb_staff_month_row_to_dossier      (SbStaffMonthRow *self,
                                                            SbStaffMonth *out);
SbFiscalYear           *sb_fiscal_year_new_from_dossier    (const SbYear *y);
SbYear                 *sb_fiscal_year_to_dossier          (SbFiscalYear *self,
                                                            gboolean with_extra);
/* The year as the evaluators read it (no carried JSON), kept until the year
 * changes: owned by @self. */
const SbYear           *sb_fiscal_year_peek_for_evaluation (SbFiscalYear *self);
SbTaseApplication      *sb_tase_application_new_from_dossier (const SbTaseClaim *c);
SbTaseClaim            *sb_tase_application_to_dossier     (SbTaseApplication *self,
                                                            gboolean with_extra);
SbAnnualInfo           *sb_annual_info_new_from_dossier    (const SbAnnualClaim *c);
SbAnnualClaim          *sb_annual_info_to_dossier          (SbAnnualInfo *self,
                                                            gboolean with_extra);
SbHnteApplication      *sb_hnte_application_new_from_dossier (const SbHnteClaim *c);
SbHnteClaim            *sb_hnte_application_to_dossier     (SbHnteApplication *self,
                                                            gboolean with_extra);
SbExpenseRow           *sb_expense_row_new_from_dossier    (const SbExpense *e);
SbExpense              *sb_expense_row_to_dossier          (SbExpenseRow *self,
                                                            gboolean with_extra);
SbFirmRow              *sb_firm_row_new_from_dossier       (const SbFirm *f);
SbFirm                 *sb_firm_row_to_dossier             (SbFirmRow *self,
                                                            gboolean with_extra);
SbPlatformProject      *sb_platform_project_new_from_dossier (const SbPlatform *p);
SbPlatform             *sb_platform_project_to_dossier     (SbPlatformProject *self,
                                                            gboolean with_extra);
SbCertificationRow     *sb_certification_row_new_from_dossier (const SbCertLine *c);
SbCertLine             *sb_certification_row_to_dossier    (SbCertificationRow *self,
                                                            gboolean with_extra);
SbTradeFundApplication *sb_trade_fund_application_new_from_dossier (const SbTradeFundClaim *c);
SbTradeFundClaim       *sb_trade_fund_application_to_dossier (SbTradeFundApplication *self,
                                                              gboolean with_extra);

/* Model-only rows. */
SbModelObject          *sb_material_item_new_from_json     (JsonObject *object);
JsonObject             *sb_material_item_to_json           (SbModelObject *row);
SbModelObject          *sb_ip_item_new_from_json           (JsonObject *object);
JsonObject             *sb_ip_item_to_json                 (SbModelObject *row);
SbModelObject          *sb_park_firm_row_new_from_json     (JsonObject *object);
JsonObject             *sb_park_firm_row_to_json           (SbModelObject *row);
SbModelObject          *sb_trainee_row_new_from_json       (JsonObject *object);
JsonObject             *sb_trainee_row_to_json             (SbModelObject *row);
SbModelObject          *sb_receipt_row_new_from_json       (JsonObject *object);
JsonObject             *sb_receipt_row_to_json             (SbModelObject *row);

/* Checks @d for what no evaluation can take (a negative count, a year out of
 * range, an unknown catalogue code …), the message naming the figure as the
 * window names it; drafts (a staff month lacking counts, a certification
 * line lacking its name) pass.  @known_categories as for
 * sb_dossier_from_json. */
gboolean                sb_model_check_dossier             (const SbDossier *d,
                                                            GHashTable *known_categories,
                                                            GError **error);

#define SB_MODEL_FIELD_COUNT(fields) ((guint) G_N_ELEMENTS (fields))

G_END_DECLS
