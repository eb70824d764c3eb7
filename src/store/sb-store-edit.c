/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's edits: one value, one staff month, one contract, or the
 * claims; each in its own transaction, each checked as the dossier reader
 * would check it, so that what is stored can always be exported. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-store-private.h"

typedef struct
{
  const char *key;
  const char *sql;   /* ?1 the value, ?2 the row id */
} Field;

static const Field company_strings[] = {
  { "name", "UPDATE companies SET name = ?1 WHERE id = ?2" },
  { "credit_code", "UPDATE companies SET credit_code = ?1 WHERE id = ?2" },
  { "region", "UPDATE companies SET region = ?1 WHERE id = ?2" },
};

static const Field company_dates[] = {
  { "registered_on", "UPDATE companies SET registered_on = ?1 WHERE id = ?2" },
};

static const Field company_tris[] = {
  { "legal_entity", "UPDATE companies SET legal_entity = ?1 WHERE id = ?2" },
};

static const Field declarations[] = {
  { "scope_advanced_tech", "UPDATE companies SET scope_advanced_tech = ?1 WHERE id = ?2" },
  { "clean_record_2y", "UPDATE companies SET clean_record_2y = ?1 WHERE id = ?2" },
  { "mofcom_registered", "UPDATE companies SET mofcom_registered = ?1 WHERE id = ?2" },
  { "no_serious_violation_5y", "UPDATE companies SET no_serious_violation_5y = ?1 WHERE id = ?2" },
  { "no_other_fiscal_support", "UPDATE companies SET no_other_fiscal_support = ?1 WHERE id = ?2" },
  { "no_major_incident", "UPDATE companies SET no_major_incident = ?1 WHERE id = ?2" },
  { "owns_core_ip", "UPDATE companies SET owns_core_ip = ?1 WHERE id = ?2" },
};

static const Field declaration_strings[] = {
  { "hnte_field", "UPDATE companies SET hnte_field = ?1 WHERE id = ?2" },
};

typedef struct
{
  const char *key;
  const char *sql;
  gsize       offset;   /* in SbYear */
} Figure;

static const Figure year_figures[] = {
  { "income_total", "UPDATE years SET income_total = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, income_total) },
  { "non_taxable_income", "UPDATE years SET non_taxable_income = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, non_taxable_income) },
  { "taxable_income", "UPDATE years SET taxable_income = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, taxable_income) },
  { "sales_revenue", "UPDATE years SET sales_revenue = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, sales_revenue) },
  { "high_tech_revenue", "UPDATE years SET high_tech_revenue = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, high_tech_revenue) },
  { "rd_expense", "UPDATE years SET rd_expense = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, rd_expense) },
  { "rd_expense_domestic", "UPDATE years SET rd_expense_domestic = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, rd_expense_domestic) },
  { "net_assets_end", "UPDATE years SET net_assets_end = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, net_assets_end) },
  { "st_staff", "UPDATE years SET st_staff = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, st_staff) },
  { "tase_revenue", "UPDATE years SET tase_revenue = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, tase_revenue) },
  { "offshore_revenue", "UPDATE years SET offshore_revenue = ?1 WHERE id = ?2",
    G_STRUCT_OFFSET (SbYear, offshore_revenue) },
};

/* In SbRdCategory order. */
static const char * const ledger_updates[SB_RD_N_CATEGORIES] = {
  "UPDATE years SET rd_personnel = ?1 WHERE id = ?2",
  "UPDATE years SET rd_direct = ?1 WHERE id = ?2",
  "UPDATE years SET rd_depreciation = ?1 WHERE id = ?2",
  "UPDATE years SET rd_amortization = ?1 WHERE id = ?2",
  "UPDATE years SET rd_design = ?1 WHERE id = ?2",
  "UPDATE years SET rd_equipment_trial = ?1 WHERE id = ?2",
  "UPDATE years SET rd_outsourced = ?1 WHERE id = ?2",
  "UPDATE years SET rd_other = ?1 WHERE id = ?2",
};

static const Field *
find_field (const Field *fields, guint n, const char *key, GError **error)
{
  for (guint i = 0; key != NULL && i < n; i++)
    if (g_str_equal (fields[i].key, key))
      return &fields[i];
  sb_store_invalid (error, _("“%s” is not a field the store can set here"),
                    key != NULL ? key : "(null)");
  return NULL;
}

/* Runs @sql (?1 bound by @bind, ?2 = @row_id) inside the edit of @company_id. */
typedef void (*BindFunc) (sqlite3_stmt *stmt, gconstpointer value);

static gboolean
update (SbStore *self, const char *sql, gint64 row_id, BindFunc bind, gconstpointer value,
        GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  bind (stmt, value);
  sqlite3_bind_int64 (stmt, 2, row_id);
  return sb_store_run (self, stmt, error);
}

static void
bind_string (sqlite3_stmt *stmt, gconstpointer value)
{
  sb_bind_text (stmt, 1, value);
}

static void
bind_date (sqlite3_stmt *stmt, gconstpointer value)
{
  sb_bind_date (stmt, 1, *(const SbDate *) value);
}

static void
bind_tri (sqlite3_stmt *stmt, gconstpointer value)
{
  sb_bind_tri (stmt, 1, *(const SbTri *) value);
}

static void
bind_int (sqlite3_stmt *stmt, gconstpointer value)
{
  sb_bind_int (stmt, 1, *(const gint64 *) value);
}

static gboolean
edit_company (SbStore *self, gint64 company_id, const Field *field, BindFunc bind,
              gconstpointer value, GError **error)
{
  if (field == NULL || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  return sb_store_end (self, update (self, field->sql, company_id, bind, value, error), error);
}

/* ---- the company row ------------------------------------------------------- */

gboolean
sb_store_set_company_string (SbStore *self, gint64 company_id, const char *key,
                             const char *value, GError **error)
{
  const Field *field = find_field (company_strings, G_N_ELEMENTS (company_strings), key, error);
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (field == NULL || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  if (g_str_equal (key, "credit_code") && value != NULL && *value != '\0')
    {
      ok = (stmt = sb_store_stmt (self, "SELECT id, name FROM companies WHERE credit_code = ?1"
                                        " AND credit_code <> '' AND id <> ?2", error)) != NULL;
      if (ok)
        {
          sb_bind_text (stmt, 1, value);
          sqlite3_bind_int64 (stmt, 2, company_id);
          rc = sb_store_step (self, stmt, error);
          if (rc == SQLITE_ROW)
            g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_CONFLICT,
                         _("company.credit_code: %s is the code of another stored company (id %"
                           PRId64 ", %s)"), value, (gint64) sqlite3_column_int64 (stmt, 0),
                         sqlite3_column_text (stmt, 1) != NULL
                         ? (const char *) sqlite3_column_text (stmt, 1) : _("no name"));
          sqlite3_reset (stmt);
          ok = rc == SQLITE_DONE;
        }
    }
  ok = ok && update (self, field->sql, company_id, bind_string, value, error);
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_set_company_date (SbStore *self, gint64 company_id, const char *key, SbDate value,
                           GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return edit_company (self, company_id,
                       find_field (company_dates, G_N_ELEMENTS (company_dates), key, error),
                       bind_date, &value, error);
}

gboolean
sb_store_set_company_tri (SbStore *self, gint64 company_id, const char *key, SbTri value,
                          GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return edit_company (self, company_id,
                       find_field (company_tris, G_N_ELEMENTS (company_tris), key, error),
                       bind_tri, &value, error);
}

gboolean
sb_store_set_declaration (SbStore *self, gint64 company_id, const char *key, SbTri value,
                          GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return edit_company (self, company_id,
                       find_field (declarations, G_N_ELEMENTS (declarations), key, error),
                       bind_tri, &value, error);
}

gboolean
sb_store_set_declaration_string (SbStore *self, gint64 company_id, const char *key,
                                 const char *value, GError **error)
{
  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  return edit_company (self, company_id,
                       find_field (declaration_strings, G_N_ELEMENTS (declaration_strings), key,
                                   error),
                       bind_string, value, error);
}

/* ---- years ------------------------------------------------------------------ */

static gboolean
find_year (SbStore *self, gint64 company_id, int year, gint64 *out_id, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "SELECT id FROM years WHERE company_id = ?1"
                                            " AND year = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  sqlite3_bind_int (stmt, 2, year);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    *out_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return sb_store_not_found (error, _("company %" PRId64 " has no year %d"),
                               company_id, year);
  return rc == SQLITE_ROW;
}

/* Validates @y as the only year of a dossier. */
static gboolean
validate_year (SbYear *y, GError **error)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();
  gboolean ok;

  g_ptr_array_add (d->years, y);
  ok = sb_store_validate (d, error);
  g_ptr_array_steal_index (d->years, 0);
  return ok;
}

/* The figures and ledger of the year row @year_id (no months, no contracts). */
static SbYear *
read_year_figures (SbStore *self, gint64 year_id, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT year, income_total, non_taxable_income, taxable_income, sales_revenue,"
    " high_tech_revenue, rd_expense, rd_expense_domestic, net_assets_end, st_staff,"
    " tase_revenue, offshore_revenue, has_rd_ledger, rd_personnel, rd_direct,"
    " rd_depreciation, rd_amortization, rd_design, rd_equipment_trial, rd_outsourced,"
    " rd_other FROM years WHERE id = ?1", error);
  SbYear *y;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, year_id);
  if ((rc = sb_store_step (self, stmt, error)) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        sb_store_not_found (error, _("no year row %" PRId64), year_id);
      return NULL;
    }
  y = sb_year_new (sqlite3_column_int (stmt, 0));
  for (guint i = 0; i < G_N_ELEMENTS (year_figures); i++)
    G_STRUCT_MEMBER (gint64, y, year_figures[i].offset) = sb_column_int (stmt, 1 + i);
  y->has_rd_ledger = sqlite3_column_int (stmt, 12) != 0;
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    {
      y->rd_ledger[i] = sb_column_int (stmt, 13 + i);
      if (y->rd_ledger[i] == SB_UNSET)
        y->rd_ledger[i] = 0;
    }
  sqlite3_reset (stmt);
  return y;
}

static int
ledger_category (const char *key)
{
  if (key == NULL || !g_str_has_prefix (key, "rd_ledger."))
    return -1;
  for (int i = 0; i < SB_RD_N_CATEGORIES; i++)
    if (g_str_equal (key + strlen ("rd_ledger."), sb_rd_category_keys[i]))
      return i;
  return -1;
}

static gboolean
write_ledger (SbStore *self, gint64 year_id, const gint64 *ledger, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "UPDATE years SET has_rd_ledger = ?1 WHERE id = ?2",
                                      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, ledger != NULL);
  sqlite3_bind_int64 (stmt, 2, year_id);
  if (!sb_store_run (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
    {
      gint64 value = ledger != NULL ? ledger[i] : SB_UNSET;

      if (!update (self, ledger_updates[i], year_id, bind_int, &value, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_store_set_year_figure (SbStore *self, gint64 company_id, int year, const char *key,
                          gint64 value, GError **error)
{
  const Figure *figure = NULL;
  g_autoptr(SbStoreYear) y = NULL;
  int category = ledger_category (key);
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (year_figures); i++)
    if (g_str_equal (year_figures[i].key, key))
      figure = &year_figures[i];
  if (figure == NULL && category < 0)
    return sb_store_invalid (error, _("“%s” is not a figure of a year"),
                             key != NULL ? key : "(null)");
  if (!sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (y = read_year_figures (self, year_id, error)) != NULL;
  if (ok && figure != NULL)
    {
      G_STRUCT_MEMBER (gint64, y, figure->offset) = value;
      ok = validate_year (y, error)
           && update (self, figure->sql, year_id, bind_int, &value, error);
    }
  else if (ok)
    {
      y->has_rd_ledger = TRUE;
      y->rd_ledger[category] = value == SB_UNSET ? 0 : value;
      ok = validate_year (y, error) && write_ledger (self, year_id, y->rd_ledger, error);
    }
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_set_rd_ledger (SbStore *self, gint64 company_id, int year, const gint64 *ledger,
                        GError **error)
{
  g_autoptr(SbStoreYear) y = NULL;
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (y = read_year_figures (self, year_id, error)) != NULL;
  if (ok && ledger != NULL)
    {
      y->has_rd_ledger = TRUE;
      for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
        y->rd_ledger[i] = ledger[i] == SB_UNSET ? 0 : ledger[i];
      ok = validate_year (y, error);
    }
  ok = ok && write_ledger (self, year_id, ledger != NULL ? y->rd_ledger : NULL, error);
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_add_year (SbStore *self, gint64 company_id, const SbYear *year, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 existing;
  int position = 0;
  gboolean ok;
  int rc;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (year != NULL, FALSE);

  if (!validate_year ((SbYear *) year, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  if (find_year (self, company_id, year->year, &existing, NULL))
    return sb_store_end (self, sb_store_invalid (error, _("year %d is stored already"),
                                                 year->year), error);
  ok = (stmt = sb_store_stmt (self, "SELECT coalesce(max(position) + 1, 0) FROM years"
                                    " WHERE company_id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, company_id);
      rc = sb_store_step (self, stmt, error);
      if (rc == SQLITE_ROW)
        position = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      ok = rc == SQLITE_ROW;
    }
  ok = ok && sb_store_write_year (self, company_id, position, year, error);
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_delete_year (SbStore *self, gint64 company_id, int year, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (stmt = sb_store_stmt (self, "DELETE FROM years WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      ok = sb_store_run (self, stmt, error);
    }
  return sb_store_end (self, ok, error);
}

/* ---- staff months ------------------------------------------------------------- */

gboolean
sb_store_set_staff_month (SbStore *self, gint64 company_id, int year,
                          const SbStaffMonth *month, GError **error)
{
  g_autoptr(SbStoreYear) check = sb_year_new (year);
  sqlite3_stmt *stmt;
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (month != NULL, FALSE);

  check->staff_months = g_array_new (FALSE, FALSE, sizeof (SbStaffMonth));
  g_array_append_val (check->staff_months, *month);
  if (!validate_year (check, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (stmt = sb_store_stmt (self,
             "INSERT OR REPLACE INTO staff_months (year_id, month, total_start, total_end,"
             " degree_start, degree_end, st_start, st_end)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, month->month);
      sb_bind_int (stmt, 3, month->total_start);
      sb_bind_int (stmt, 4, month->total_end);
      sb_bind_int (stmt, 5, month->degree_start);
      sb_bind_int (stmt, 6, month->degree_end);
      sb_bind_int (stmt, 7, month->st_start);
      sb_bind_int (stmt, 8, month->st_end);
      ok = sb_store_run (self, stmt, error)
           && (stmt = sb_store_stmt (self, "UPDATE years SET has_staff_months = 1"
                                           " WHERE id = ?1", error)) != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      ok = sb_store_run (self, stmt, error);
    }
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_delete_staff_month (SbStore *self, gint64 company_id, int year, int month,
                             GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (stmt = sb_store_stmt (self, "DELETE FROM staff_months WHERE year_id = ?1"
                                       " AND month = ?2", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, month);
      ok = sb_store_run (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sb_store_not_found (error, _("year %d has no month %d"), year, month);
  return sb_store_end (self, ok, error);
}

/* ---- contracts ------------------------------------------------------------------ */

static gboolean
validate_contract (int year, const SbContract *contract, GError **error)
{
  g_autoptr(SbStoreYear) check = sb_year_new (year);

  check->contracts = g_ptr_array_new ();   /* borrows @contract */
  g_ptr_array_add (check->contracts, (gpointer) contract);
  return validate_year (check, error);
}

static gboolean
count_contracts (SbStore *self, gint64 year_id, int *out_count, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "SELECT count(*) FROM contracts WHERE year_id = ?1",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  rc = sb_store_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    *out_count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/* Moves the contracts from @index on by @delta (+1 or -1). */
static gboolean
shift_contracts (SbStore *self, gint64 year_id, int index, int delta, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "UPDATE contracts SET position = position + ?1"
                                            " WHERE year_id = ?2 AND position >= ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, delta);
  sqlite3_bind_int64 (stmt, 2, year_id);
  sqlite3_bind_int (stmt, 3, index);
  return sb_store_run (self, stmt, error);
}

gboolean
sb_store_add_contract (SbStore *self, gint64 company_id, int year, int index,
                       const SbContract *contract, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id;
  int count = 0;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (contract != NULL, FALSE);

  if (!validate_contract (year, contract, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && count_contracts (self, year_id, &count, error);
  if (ok && index < 0)
    index = count;
  if (ok && index > count)
    ok = sb_store_invalid (error, _("year %d has %d contracts: no place %d"), year, count, index);
  ok = ok && shift_contracts (self, year_id, index, +1, error)
       && (stmt = sb_store_stmt (self,
             "INSERT INTO contracts (year_id, position, no, name, client, client_country,"
             " offshore, category, amount, revenue, extra_json, evidence, has_registrations)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, index);
      sb_store_write_contract_fields (stmt, 3, contract);
      ok = sb_store_run (self, stmt, error)
           && sb_store_write_registrations (self, sqlite3_last_insert_rowid (self->db),
                                            contract, error)
           && (stmt = sb_store_stmt (self, "UPDATE years SET has_contracts = 1 WHERE id = ?1",
                                     error)) != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      ok = sb_store_run (self, stmt, error);
    }
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_update_contract (SbStore *self, gint64 company_id, int year, int index,
                          const SbContract *contract, GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id, contract_id = 0;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (contract != NULL, FALSE);

  if (!validate_contract (year, contract, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (stmt = sb_store_stmt (self,
             "UPDATE contracts SET no = ?3, name = ?4, client = ?5, client_country = ?6,"
             " offshore = ?7, category = ?8, amount = ?9, revenue = ?10, extra_json = ?11,"
             " evidence = ?12, has_registrations = ?13"
             " WHERE year_id = ?1 AND position = ?2 RETURNING id", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, index);
      sb_store_write_contract_fields (stmt, 3, contract);
      switch (sb_store_step (self, stmt, error))
        {
        case SQLITE_ROW:
          contract_id = sqlite3_column_int64 (stmt, 0);
          break;
        case SQLITE_DONE:
          ok = sb_store_not_found (error, _("year %d has no contract %d"), year, index);
          break;
        default:
          ok = FALSE;
          break;
        }
      sqlite3_reset (stmt);
    }
  /* the registrations are the contract's: replaced with it */
  if (ok)
    ok = (stmt = sb_store_stmt (self, "DELETE FROM contract_registrations"
                                      " WHERE contract_id = ?1", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, contract_id);
      ok = sb_store_run (self, stmt, error)
           && sb_store_write_registrations (self, contract_id, contract, error);
    }
  return sb_store_end (self, ok, error);
}

gboolean
sb_store_delete_contract (SbStore *self, gint64 company_id, int year, int index,
                          GError **error)
{
  sqlite3_stmt *stmt;
  gint64 year_id;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);

  if (!sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = find_year (self, company_id, year, &year_id, error)
       && (stmt = sb_store_stmt (self, "DELETE FROM contracts WHERE year_id = ?1"
                                       " AND position = ?2", error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, year_id);
      sqlite3_bind_int (stmt, 2, index);
      ok = sb_store_run (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sb_store_not_found (error, _("year %d has no contract %d"), year, index);
  ok = ok && shift_contracts (self, year_id, index + 1, -1, error);
  return sb_store_end (self, ok, error);
}

/* ---- claims --------------------------------------------------------------------- */

gboolean
sb_store_save_claims (SbStore *self, gint64 company_id, const SbDossier *dossier,
                      GError **error)
{
  g_autoptr(GPtrArray) no_years = g_ptr_array_new ();
  SbDossier claims = *dossier;
  gboolean ok;

  g_return_val_if_fail (SB_IS_STORE (self), FALSE);
  g_return_val_if_fail (dossier != NULL, FALSE);

  claims.years = no_years;
  if (!sb_store_validate (&claims, error) || !sb_store_begin_edit (self, company_id, error))
    return FALSE;
  ok = sb_store_clear_claims (self, company_id, error)
       && sb_store_write_claims (self, company_id, dossier, error);
  return sb_store_end (self, ok, error);
}
