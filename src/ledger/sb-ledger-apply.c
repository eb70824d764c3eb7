/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-apply.c: records into the model. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-certification-row.h"
#include "sb-expense-row.h"
#include "sb-ledger-apply.h"
#include "sb-platform-project.h"
#include "sb-receipt-row.h"
#include "sb-trade-fund-application.h"

#define SB_LEDGER_ERROR_TARGET (sb_ledger_apply_error_quark ())
static G_DEFINE_QUARK (sb-ledger-apply-error-quark, sb_ledger_apply_error)

static const SbLedgerValue *
value (SbLedgerParse *parse, SbLedgerRecord *r, const char *key)
{
  int f = sb_ledger_kind_find_field (parse->kind, key);

  return f >= 0 && r->values[f].present ? &r->values[f] : NULL;
}

static const char *
value_text (SbLedgerParse *parse, SbLedgerRecord *r, const char *key)
{
  const SbLedgerValue *v = value (parse, r, key);

  return v != NULL ? v->text : NULL;
}

/* sets the fields of @r that have a model property on @object */
static void
set_fields (SbLedgerParse *parse, SbLedgerRecord *r, GObject *object)
{
  guint n;
  const SbLedgerField *fields = sb_ledger_kind_fields (parse->kind, &n);
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  g_object_freeze_notify (object);
  for (guint f = 0; f < n; f++)
    {
      const SbLedgerValue *v = &r->values[f];
      GParamSpec *pspec;
      g_auto(GValue) gv = G_VALUE_INIT;

      if (!v->present || fields[f].prop == NULL)
        continue;
      pspec = g_object_class_find_property (klass, fields[f].prop);
      if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&gv, pspec->value_type);
      switch (pspec->value_type)
        {
        case G_TYPE_STRING:
          g_value_set_string (&gv, v->text);
          break;
        case G_TYPE_INT64:
          g_value_set_int64 (&gv, v->number);
          break;
        case G_TYPE_UINT:
          g_value_set_uint (&gv, v->date);
          break;
        case G_TYPE_INT:
          g_value_set_int (&gv, (int) v->number);
          break;
        default:
          continue;
        }
      g_object_set_property (object, fields[f].prop, &gv);
    }
  g_object_thaw_notify (object);
}

static char *
string_prop (gpointer object, const char *prop)
{
  char *text = NULL;

  g_object_get (object, prop, &text, NULL);
  return text;
}

/* the key that tells a duplicate, for a record and for a model row */
static char *
record_key (SbLedgerParse *parse, SbLedgerRecord *r)
{
  const SbLedgerValue *v;

  switch (parse->kind)
    {
    case SB_LEDGER_CONTRACTS:
      return g_strdup (value_text (parse, r, "no"));
    case SB_LEDGER_RECEIPTS:
      if (value_text (parse, r, "voucher_no") != NULL)
        return g_strconcat ("v:", value_text (parse, r, "voucher_no"), NULL);
      v = value (parse, r, "receipt_amount");
      return g_strdup_printf ("c:%s|%u|%" G_GINT64_FORMAT,
                              value_text (parse, r, "contract_no") ? value_text (parse, r, "contract_no") : "",
                              value (parse, r, "receipt_date") ? value (parse, r, "receipt_date")->date : 0,
                              v != NULL ? v->number : SB_UNSET);
    case SB_LEDGER_EXPENSES:
      return g_strdup (value_text (parse, r, "invoice_no"));
    case SB_LEDGER_CERTIFICATIONS:
      if (value_text (parse, r, "name") == NULL)
        return NULL;
      return g_strdup_printf ("%s|%u", value_text (parse, r, "name"),
                              value (parse, r, "date") ? value (parse, r, "date")->date : 0);
    case SB_LEDGER_STAFF:
      v = value (parse, r, "month");
      return v != NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, v->number) : NULL;
    case SB_LEDGER_FIRMS:
      if (value_text (parse, r, "credit_code") != NULL)
        return g_strconcat ("c:", value_text (parse, r, "credit_code"), NULL);
      return value_text (parse, r, "name") ? g_strconcat ("n:", value_text (parse, r, "name"), NULL) : NULL;
    case SB_LEDGER_RD_LEDGER:
    default:
      return NULL;
    }
}

static char *
object_key (SbLedgerKind kind, GObject *object)
{
  switch (kind)
    {
    case SB_LEDGER_CONTRACTS:
      return string_prop (object, "no");
    case SB_LEDGER_RECEIPTS:
      {
        g_autofree char *voucher = string_prop (object, "voucher-no");
        g_autofree char *no = NULL;
        guint date = 0;
        gint64 amount = SB_UNSET;

        if (voucher != NULL)
          return g_strconcat ("v:", voucher, NULL);
        g_object_get (object, "contract-no", &no, "receipt-date", &date, "receipt-amount", &amount, NULL);
        return g_strdup_printf ("c:%s|%u|%" G_GINT64_FORMAT, no != NULL ? no : "", date, amount);
      }
    case SB_LEDGER_EXPENSES:
      return string_prop (object, "invoice-no");
    case SB_LEDGER_CERTIFICATIONS:
      {
        g_autofree char *name = string_prop (object, "name");
        guint date = 0;

        g_object_get (object, "date", &date, NULL);
        return name != NULL ? g_strdup_printf ("%s|%u", name, date) : NULL;
      }
    case SB_LEDGER_STAFF:
      return g_strdup_printf ("%d", sb_staff_month_row_get_month (SB_STAFF_MONTH_ROW (object)));
    default:
      return NULL;
    }
}

static void
replace_str (char **slot, const char *text)
{
  g_free (*slot);
  *slot = g_strdup (text);
}

static gboolean
fail (GError **error, const char *message)
{
  g_set_error_literal (error, SB_LEDGER_ERROR_TARGET, 0, message);
  return FALSE;
}

/* the list the records go to (contracts of the year, the claim's receipts …) */
static GListModel *
target_list (SbLedgerParse *parse, SbEnterprise *company, const SbLedgerTarget *target,
             gboolean create, GError **error)
{
  SbTradeFundApplication *tf;

  if (sb_ledger_kind_needs_year (parse->kind))
    {
      SbFiscalYear *year;

      if (target->year < 1900 || target->year > 9999)
        {
          fail (error, _("Choose the year the rows belong to"));
          return NULL;
        }
      year = sb_enterprise_find_year (company, target->year);
      if (year == NULL && create)
        {
          g_autoptr(SbFiscalYear) added = sb_fiscal_year_new (target->year);

          sb_enterprise_add_year (company, added);
          year = sb_enterprise_find_year (company, target->year);
        }
      if (year == NULL)
        return G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));   /* nothing there yet */
      if (parse->kind == SB_LEDGER_CONTRACTS)
        return g_object_ref (sb_fiscal_year_get_contracts (year));
      if (parse->kind == SB_LEDGER_STAFF)
        return g_object_ref (sb_fiscal_year_get_staff_months (year));
      return G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
    }
  tf = sb_enterprise_get_trade_fund (company);
  if (tf == NULL)
    {
      fail (error, _("The company has no trade-fund claim: add one on the Trade fund page first"));
      return NULL;
    }
  switch (parse->kind)
    {
    case SB_LEDGER_RECEIPTS:
      return g_object_ref (sb_trade_fund_application_get_receipts (tf));
    case SB_LEDGER_CERTIFICATIONS:
      return g_object_ref (sb_trade_fund_application_get_certifications (tf));
    case SB_LEDGER_EXPENSES:
      {
        SbPlatformProject *p = sb_trade_fund_application_find_platform (tf, target->platform);

        if (p == NULL && create)
          {
            g_autoptr(SbPlatformProject) added = sb_platform_project_new (target->platform);

            sb_trade_fund_application_add_platform (tf, added);
            p = sb_trade_fund_application_find_platform (tf, target->platform);
          }
        if (p == NULL)
          return G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
        return g_object_ref (sb_platform_project_get_expenses (p));
      }
    default:
      return G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
    }
}

/* key → the row of the list */
static GHashTable *
index_list (SbLedgerKind kind, GListModel *list)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      GObject *object = g_list_model_get_item (list, i);
      char *key = object_key (kind, object);

      if (key != NULL && key[0] != '\0' && !g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, object);
      else
        {
          g_free (key);
          g_object_unref (object);
        }
    }
  return index;
}

/* The firms of a platform live in SbPlatform.firms when the dossier reader
 * knows the key, else as the JSON array "firms" among the platform's extra
 * keys (DOSSIER.md: [{ "name", "credit_code", "service" }]); both are read
 * and written here. */
static SbPlatform *
find_platform (const SbDossier *dossier, SbPlatformKind kind)
{
  GPtrArray *platforms = dossier != NULL && dossier->trade_fund != NULL
                         ? dossier->trade_fund->platforms : NULL;

  for (guint i = 0; platforms != NULL && i < platforms->len; i++)
    if (((SbPlatform *) g_ptr_array_index (platforms, i))->kind == kind)
      return g_ptr_array_index (platforms, i);
  return NULL;
}

static JsonArray *
extra_firms (SbPlatform *p, gboolean create)
{
  if (p->extra != NULL && json_object_has_member (p->extra, "firms"))
    {
      JsonNode *node = json_object_get_member (p->extra, "firms");

      return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
    }
  if (!create)
    return NULL;
  if (p->extra == NULL)
    p->extra = json_object_new ();
  json_object_set_array_member (p->extra, "firms", json_array_new ());
  return json_object_get_array_member (p->extra, "firms");
}

/* key → the firm (SbFirm* or JsonObject*) */
static GHashTable *
index_firms (const SbDossier *dossier, const SbLedgerTarget *target)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SbPlatform *p = find_platform (dossier, target->platform);
  JsonArray *array;

  if (p == NULL)
    return index;
  for (guint k = 0; p->firms != NULL && k < p->firms->len; k++)
    {
      SbFirm *firm = g_ptr_array_index (p->firms, k);

      if (firm->credit_code != NULL)
        g_hash_table_insert (index, g_strconcat ("c:", firm->credit_code, NULL), firm);
      if (firm->name != NULL)
        g_hash_table_insert (index, g_strconcat ("n:", firm->name, NULL), firm);
    }
  array = extra_firms (p, FALSE);
  for (guint k = 0; array != NULL && k < json_array_get_length (array); k++)
    {
      JsonNode *node = json_array_get_element (array, k);
      JsonObject *o;
      const char *code, *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      o = json_node_get_object (node);
      code = json_object_get_string_member_with_default (o, "credit_code", NULL);
      name = json_object_get_string_member_with_default (o, "name", NULL);
      if (code != NULL)
        g_hash_table_insert (index, g_strconcat ("c:", code, NULL), o);
      if (name != NULL)
        g_hash_table_insert (index, g_strconcat ("n:", name, NULL), o);
    }
  return index;
}

guint
sb_ledger_mark_duplicates (SbLedgerParse *parse, SbEnterprise *company, const SbDossier *dossier,
                           const SbLedgerTarget *target)
{
  g_autoptr(GHashTable) index = NULL;
  guint n = 0;

  if (parse->kind == SB_LEDGER_FIRMS)
    index = index_firms (dossier, target);
  else if (parse->kind == SB_LEDGER_RD_LEDGER)
    {
      SbFiscalYear *year = sb_enterprise_find_year (company, target->year);
      gboolean has = FALSE;

      if (year != NULL)
        g_object_get (year, "has-rd-ledger", &has, NULL);
      for (guint i = 0; i < parse->records->len; i++)
        {
          SbLedgerRecord *r = g_ptr_array_index (parse->records, i);

          r->duplicate = has;
          n += has;
        }
      return n;
    }
  else
    {
      g_autoptr(GListModel) list = target_list (parse, company, target, FALSE, NULL);

      if (list == NULL)
        return 0;
      index = index_list (parse->kind, list);
    }
  for (guint i = 0; i < parse->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (parse->records, i);
      char *key = record_key (parse, r);

      r->duplicate = key != NULL && key[0] != '\0' && g_hash_table_contains (index, key);
      n += r->duplicate;
      /* a row the file has twice: the second is a duplicate of the first */
      if (key != NULL && key[0] != '\0' && !r->duplicate && r->errors->len == 0)
        g_hash_table_insert (index, key, parse->kind == SB_LEDGER_FIRMS ? NULL : g_object_new (G_TYPE_OBJECT, NULL));
      else
        g_free (key);
    }
  return n;
}

static gboolean
check_errors (SbLedgerParse *parse, const SbLedgerTarget *target, GError **error)
{
  g_autofree char *message = NULL;

  if (parse->n_errors == 0 || target->skip_bad)
    return TRUE;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u row has errors: fix it in the file or skip it; nothing was imported",
                                          "%u rows have errors: fix them in the file or skip them; nothing was imported",
                                          parse->n_errors),
                             parse->n_errors);
  return fail (error, message);
}

/* the category of an R&D ledger line ("人员人工费用", "折旧"), or −1 */
static int
rd_category (const char *text)
{
  guint n;
  const SbLedgerField *fields = sb_ledger_kind_fields (SB_LEDGER_RD_LEDGER, &n);

  for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
    for (guint k = 0; fields[c].headers[k] != NULL; k++)
      if (strstr (text, fields[c].headers[k]) != NULL)
        return c;
  return -1;
}

static gboolean
apply_rd (SbLedgerParse *parse, SbEnterprise *company, const SbLedgerTarget *target,
          SbLedgerOutcome *outcome, GError **error)
{
  gint64 sums[SB_RD_N_CATEGORIES] = { 0 };
  guint used = 0;
  SbFiscalYear *year;
  gboolean has = FALSE;

  for (guint i = 0; i < parse->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (parse->records, i);
      const SbLedgerValue *cat = value (parse, r, "category");
      const SbLedgerValue *amount = value (parse, r, "amount");
      gboolean any = FALSE;

      if (r->errors->len > 0)
        {
          outcome->skipped_bad++;
          continue;
        }
      for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
        if (r->values[c].present)
          {
            sums[c] += r->values[c].number;
            any = TRUE;
          }
      if (cat != NULL && amount != NULL)
        {
          int c = rd_category (cat->text);

          if (c >= 0)
            {
              sums[c] += amount->number;
              any = TRUE;
            }
        }
      if (any)
        used++;
      else
        outcome->skipped_bad++;
    }
  for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
    if (sums[c] < 0 || sums[c] > SB_MONEY_MAX_FEN)
      return fail (error, _("A category of the R&D ledger adds up to less than zero or to more than the largest amount"));
  year = sb_enterprise_find_year (company, target->year);
  if (year == NULL)
    {
      g_autoptr(SbFiscalYear) added = sb_fiscal_year_new (target->year);

      sb_enterprise_add_year (company, added);
      year = sb_enterprise_find_year (company, target->year);
    }
  g_object_get (year, "has-rd-ledger", &has, NULL);
  if (has && target->duplicates == SB_LEDGER_DUPLICATES_SKIP)
    {
      outcome->skipped_duplicates += used;
      return TRUE;
    }
  for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
    {
      gint64 before = has && target->duplicates == SB_LEDGER_DUPLICATES_KEEP_BOTH
                      ? sb_fiscal_year_get_rd_ledger (year, c) : 0;

      if (before + sums[c] > SB_MONEY_MAX_FEN)
        return fail (error, _("A category of the R&D ledger adds up to less than zero or to more than the largest amount"));
      sb_fiscal_year_set_rd_ledger (year, c, before + sums[c]);
    }
  g_object_set (year, "has-rd-ledger", TRUE, NULL);
  if (has && target->duplicates == SB_LEDGER_DUPLICATES_REPLACE)
    outcome->replaced += used;
  else
    outcome->added += used;
  return TRUE;
}

static GObject *
new_row (SbLedgerParse *parse, SbLedgerRecord *r)
{
  switch (parse->kind)
    {
    case SB_LEDGER_CONTRACTS:
      return G_OBJECT (sb_contract_row_new ());
    case SB_LEDGER_RECEIPTS:
      return G_OBJECT (sb_receipt_row_new ());
    case SB_LEDGER_EXPENSES:
      return G_OBJECT (sb_expense_row_new ());
    case SB_LEDGER_CERTIFICATIONS:
      return G_OBJECT (sb_certification_row_new ());
    case SB_LEDGER_STAFF:
      return G_OBJECT (sb_staff_month_row_new ((int) value (parse, r, "month")->number));
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_row (SbLedgerParse *parse, SbEnterprise *company, const SbLedgerTarget *target, GObject *row)
{
  SbTradeFundApplication *tf = sb_enterprise_get_trade_fund (company);
  SbFiscalYear *year = sb_enterprise_find_year (company, target->year);

  switch (parse->kind)
    {
    case SB_LEDGER_CONTRACTS:
      sb_fiscal_year_add_contract (year, SB_CONTRACT_ROW (row));
      break;
    case SB_LEDGER_STAFF:
      sb_fiscal_year_add_staff_month (year, SB_STAFF_MONTH_ROW (row));
      break;
    case SB_LEDGER_RECEIPTS:
      sb_trade_fund_application_add_receipt (tf, SB_RECEIPT_ROW (row));
      break;
    case SB_LEDGER_CERTIFICATIONS:
      sb_trade_fund_application_add_certification (tf, SB_CERTIFICATION_ROW (row));
      break;
    case SB_LEDGER_EXPENSES:
      sb_platform_project_add_expense (sb_trade_fund_application_find_platform (tf, target->platform),
                                       SB_EXPENSE_ROW (row));
      break;
    default:
      g_return_if_reached ();
    }
}

static void
apply_proposals (SbLedgerParse *parse, SbLedgerRecord *r, GObject *row, SbLedgerOutcome *outcome)
{
  if (parse->kind != SB_LEDGER_CONTRACTS)
    return;
  if (r->offshore_proposed >= 0)
    {
      g_object_set (row, "offshore", r->offshore_proposed, NULL);
      outcome->proposals_applied++;
    }
  if (r->category_proposed != NULL)
    {
      g_object_set (row, "category", r->category_proposed, NULL);
      outcome->proposals_applied++;
    }
}

gboolean
sb_ledger_apply (SbLedgerParse *parse, SbEnterprise *company, const SbLedgerTarget *target,
                 SbLedgerOutcome *outcome, GError **error)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GHashTable) index = NULL;
  SbLedgerOutcome local = { 0 };

  g_return_val_if_fail (parse->kind != SB_LEDGER_FIRMS, FALSE);
  if (outcome == NULL)
    outcome = &local;
  memset (outcome, 0, sizeof *outcome);
  if (!check_errors (parse, target, error))
    return FALSE;
  if (parse->kind == SB_LEDGER_RD_LEDGER)
    {
      if (target->year < 1900 || target->year > 9999)
        return fail (error, _("Choose the year the rows belong to"));
      return apply_rd (parse, company, target, outcome, error);
    }
  list = target_list (parse, company, target, TRUE, error);
  if (list == NULL)
    return FALSE;
  index = index_list (parse->kind, list);

  for (guint i = 0; i < parse->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (parse->records, i);
      g_autofree char *key = NULL;
      GObject *existing;

      if (r->errors->len > 0)
        {
          outcome->skipped_bad++;
          continue;
        }
      if (parse->kind == SB_LEDGER_STAFF && value (parse, r, "month") == NULL)
        {
          outcome->skipped_bad++;
          continue;
        }
      key = record_key (parse, r);
      existing = key != NULL && key[0] != '\0' ? g_hash_table_lookup (index, key) : NULL;
      if (existing != NULL
          && (target->duplicates == SB_LEDGER_DUPLICATES_REPLACE || parse->kind == SB_LEDGER_STAFF))
        {
          if (target->duplicates == SB_LEDGER_DUPLICATES_SKIP)
            {
              outcome->skipped_duplicates++;
              continue;
            }
          set_fields (parse, r, existing);
          if (target->accept_proposals)
            apply_proposals (parse, r, existing, outcome);
          outcome->replaced++;
        }
      else if (existing != NULL && target->duplicates == SB_LEDGER_DUPLICATES_SKIP)
        outcome->skipped_duplicates++;
      else
        {
          g_autoptr(GObject) row = new_row (parse, r);

          set_fields (parse, r, row);
          if (target->accept_proposals)
            apply_proposals (parse, r, row, outcome);
          add_row (parse, company, target, row);
          outcome->added++;
          /* a later row of the file with the same key is its duplicate */
          if (key != NULL && key[0] != '\0' && existing == NULL)
            g_hash_table_insert (index, g_steal_pointer (&key), g_object_ref (row));
        }
    }
  return TRUE;
}

static void
set_firm (SbLedgerParse *parse, SbLedgerRecord *r, SbPlatform *p, gpointer firm)
{
  static const char * const keys[] = { "name", "credit_code", "service" };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      const char *text = value_text (parse, r, keys[k]);

      if (text == NULL)
        continue;
      if (p->firms != NULL)
        {
          SbFirm *f = firm;
          char **slot = k == 0 ? &f->name : k == 1 ? &f->credit_code : &f->service;

          replace_str (slot, text);
        }
      else
        json_object_set_string_member (firm, keys[k], text);
    }
}

gboolean
sb_ledger_apply_firms (SbLedgerParse *parse, SbDossier *dossier, const SbLedgerTarget *target,
                       SbLedgerOutcome *outcome, GError **error)
{
  g_autoptr(GHashTable) index = NULL;
  SbLedgerOutcome local = { 0 };
  SbPlatform *platform;

  g_return_val_if_fail (parse->kind == SB_LEDGER_FIRMS, FALSE);
  if (outcome == NULL)
    outcome = &local;
  memset (outcome, 0, sizeof *outcome);
  if (!check_errors (parse, target, error))
    return FALSE;
  if (dossier->trade_fund == NULL)
    return fail (error, _("The company has no trade-fund claim: add one on the Trade fund page first"));
  if (dossier->trade_fund->platforms == NULL)
    dossier->trade_fund->platforms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_platform_free);
  platform = find_platform (dossier, target->platform);
  if (platform == NULL)
    {
      platform = sb_platform_new (target->platform);
      g_ptr_array_add (dossier->trade_fund->platforms, platform);
    }
  /* the dossier reader knows "firms": new firms go into the list itself */
  if (platform->firms == NULL && extra_firms (platform, FALSE) == NULL)
    platform->firms = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_firm_free);
  index = index_firms (dossier, target);
  for (guint i = 0; i < parse->records->len; i++)
    {
      SbLedgerRecord *r = g_ptr_array_index (parse->records, i);
      g_autofree char *key = record_key (parse, r);
      gpointer firm = key != NULL ? g_hash_table_lookup (index, key) : NULL;

      if (r->errors->len > 0 || key == NULL)
        {
          outcome->skipped_bad++;
          continue;
        }
      if (firm != NULL && target->duplicates == SB_LEDGER_DUPLICATES_SKIP)
        {
          outcome->skipped_duplicates++;
          continue;
        }
      if (firm != NULL && target->duplicates == SB_LEDGER_DUPLICATES_REPLACE)
        outcome->replaced++;
      else if (platform->firms != NULL)
        {
          firm = sb_firm_new ();
          g_ptr_array_add (platform->firms, firm);
          outcome->added++;
        }
      else
        {
          JsonObject *o = json_object_new ();

          json_array_add_object_element (extra_firms (platform, TRUE), o);
          firm = o;
          outcome->added++;
        }
      set_firm (parse, r, platform, firm);
      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, g_steal_pointer (&key), firm);
    }
  return TRUE;
}

char *
sb_ledger_outcome_describe (const SbLedgerOutcome *o)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u row added", "%u rows added", o->added),
                          o->added);
  if (o->replaced > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u replaced", ", %u replaced", o->replaced),
                            o->replaced);
  if (o->skipped_duplicates > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u duplicate skipped",
                                              ", %u duplicates skipped", o->skipped_duplicates),
                            o->skipped_duplicates);
  if (o->skipped_bad > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u row with errors skipped",
                                              ", %u rows with errors skipped", o->skipped_bad),
                            o->skipped_bad);
  if (o->proposals_applied > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, ", %u proposal applied",
                                              ", %u proposals applied", o->proposals_applied),
                            o->proposals_applied);
  return g_string_free (out, FALSE);
}
