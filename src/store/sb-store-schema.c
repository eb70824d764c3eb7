/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The database schema: forward migrations, applied in order, each in its
 * own transaction that also sets user_version. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-store-private.h"

/* Migration 1: a company per dossier (DOSSIER.md).  Money is INTEGER fen
 * (USD: cents) and STRICT tables refuse anything else; NULL is an absent
 * figure.  Dates are TEXT YYYY-MM-DD, declarations INTEGER 0/1 or NULL.
 * Keys the store does not model are kept as JSON text in extra_json. */
static const char migration_1[] =
  "PRAGMA application_id = 1399352930;"   /* 0x53686e62, "Shnb" */

  "CREATE TABLE companies ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT,"
  "  credit_code TEXT,"
  "  region TEXT,"
  "  registered_on TEXT,"
  "  legal_entity INTEGER CHECK (legal_entity IN (0, 1)),"
  "  scope_advanced_tech INTEGER CHECK (scope_advanced_tech IN (0, 1)),"
  "  clean_record_2y INTEGER CHECK (clean_record_2y IN (0, 1)),"
  "  mofcom_registered INTEGER CHECK (mofcom_registered IN (0, 1)),"
  "  no_serious_violation_5y INTEGER CHECK (no_serious_violation_5y IN (0, 1)),"
  "  no_other_fiscal_support INTEGER CHECK (no_other_fiscal_support IN (0, 1)),"
  "  no_major_incident INTEGER CHECK (no_major_incident IN (0, 1)),"
  "  owns_core_ip INTEGER CHECK (owns_core_ip IN (0, 1)),"
  "  hnte_field TEXT,"
  "  extra_json TEXT,"                /* unknown keys of "company" */
  "  declarations_extra_json TEXT,"   /* of "declarations" */
  "  dossier_extra_json TEXT,"        /* unknown top-level keys */
  "  created_at TEXT NOT NULL,"
  "  modified_at TEXT NOT NULL"
  ") STRICT;"
  /* one company per credit code; an empty one is no code */
  "CREATE UNIQUE INDEX companies_by_credit_code ON companies (credit_code)"
  "  WHERE credit_code <> '';"

  "CREATE TABLE years ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),"
  "  income_total INTEGER,"
  "  non_taxable_income INTEGER,"
  "  taxable_income INTEGER,"
  "  sales_revenue INTEGER,"
  "  high_tech_revenue INTEGER,"
  "  rd_expense INTEGER,"
  "  rd_expense_domestic INTEGER,"
  "  net_assets_end INTEGER,"
  "  st_staff INTEGER,"
  "  tase_revenue INTEGER,"
  "  offshore_revenue INTEGER,"
  "  has_staff_months INTEGER NOT NULL DEFAULT 0,"   /* the key is there (maybe []) */
  "  has_contracts INTEGER NOT NULL DEFAULT 0,"
  "  has_rd_ledger INTEGER NOT NULL DEFAULT 0,"
  "  rd_personnel INTEGER,"
  "  rd_direct INTEGER,"
  "  rd_depreciation INTEGER,"
  "  rd_amortization INTEGER,"
  "  rd_design INTEGER,"
  "  rd_equipment_trial INTEGER,"
  "  rd_outsourced INTEGER,"
  "  rd_other INTEGER,"
  "  extra_json TEXT,"
  "  UNIQUE (company_id, year)"
  ") STRICT;"

  "CREATE TABLE staff_months ("
  "  year_id INTEGER NOT NULL REFERENCES years (id) ON DELETE CASCADE,"
  "  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
  "  total_start INTEGER NOT NULL CHECK (total_start >= 0),"
  "  total_end INTEGER NOT NULL CHECK (total_end >= 0),"
  "  degree_start INTEGER NOT NULL CHECK (degree_start >= 0),"
  "  degree_end INTEGER NOT NULL CHECK (degree_end >= 0),"
  "  st_start INTEGER CHECK (st_start >= 0),"
  "  st_end INTEGER CHECK (st_end >= 0),"
  "  PRIMARY KEY (year_id, month)"
  ") STRICT, WITHOUT ROWID;"

  "CREATE TABLE contracts ("
  "  id INTEGER PRIMARY KEY,"
  "  year_id INTEGER NOT NULL REFERENCES years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"       /* 0, 1, 2 … in list order */
  "  no TEXT,"
  "  name TEXT,"
  "  client TEXT,"
  "  client_country TEXT,"
  "  offshore INTEGER CHECK (offshore IN (0, 1)),"
  "  category TEXT,"
  "  amount INTEGER,"
  "  revenue INTEGER,"
  "  extra_json TEXT"
  ") STRICT;"
  "CREATE INDEX contracts_by_year ON contracts (year_id, position);"

  "CREATE TABLE tase_claims ("
  "  company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
  "  mode TEXT NOT NULL CHECK (mode IN ('new', 'review')),"
  "  apply_year INTEGER NOT NULL,"
  "  profile TEXT,"
  "  extra_json TEXT"                  /* materials checklist, business statement … */
  ") STRICT;"

  "CREATE TABLE annual_report_claims ("
  "  company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  profile TEXT,"
  "  extra_json TEXT"
  ") STRICT;"

  "CREATE TABLE hnte_claims ("
  "  company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
  "  apply_date TEXT,"
  "  profile TEXT,"
  "  score_ip INTEGER,"
  "  score_conversion INTEGER,"
  "  score_rd_management INTEGER,"
  "  conversion_results INTEGER,"
  "  extra_json TEXT"                  /* IP items … */
  ") STRICT;"

  "CREATE TABLE trade_fund_claims ("
  "  company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
  "  profile TEXT,"
  "  offshore_execution_usd INTEGER,"
  "  has_platforms INTEGER NOT NULL DEFAULT 0,"
  "  platform_is_list INTEGER NOT NULL DEFAULT 0,"
  "  has_certifications INTEGER NOT NULL DEFAULT 0,"
  "  certifications_chosen_json TEXT,"   /* a JSON list of names, or NULL */
  "  extra_json TEXT"
  ") STRICT;"

  "CREATE TABLE trade_fund_platforms ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('construction', 'om')),"
  "  built_on TEXT,"
  "  firms_served INTEGER,"
  "  extra_json TEXT,"
  "  UNIQUE (company_id, kind)"
  ") STRICT;"

  "CREATE TABLE trade_fund_expenses ("
  "  id INTEGER PRIMARY KEY,"
  "  platform_id INTEGER NOT NULL REFERENCES trade_fund_platforms (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  item TEXT,"
  "  contract INTEGER,"
  "  invoice INTEGER,"
  "  paid INTEGER,"
  "  invoice_no TEXT,"
  "  invoice_date TEXT,"
  "  extra_json TEXT"
  ") STRICT;"
  "CREATE INDEX trade_fund_expenses_by_platform ON trade_fund_expenses (platform_id, position);"

  "CREATE TABLE trade_fund_certifications ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  kind TEXT,"
  "  date TEXT,"
  "  fee INTEGER,"
  "  extra_json TEXT"
  ") STRICT;"
  "CREATE INDEX trade_fund_certifications_by_company"
  "  ON trade_fund_certifications (company_id, position);"

  "CREATE TABLE trade_fund_brands ("
  "  company_id INTEGER PRIMARY KEY REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  title TEXT,"
  "  accepted INTEGER CHECK (accepted IN (0, 1)),"
  "  extra_json TEXT"
  ") STRICT;"

  "CREATE TABLE trade_fund_interest ("
  "  company_id INTEGER PRIMARY KEY REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  receipts_usd INTEGER,"
  "  usd_cny_num INTEGER,"             /* the exact rate num / den; NULL: absent */
  "  usd_cny_den INTEGER CHECK (usd_cny_den > 0),"
  "  extra_json TEXT"
  ") STRICT;"

  "CREATE TABLE trade_fund_tcm ("
  "  company_id INTEGER PRIMARY KEY REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  recognised_base INTEGER CHECK (recognised_base IN (0, 1)),"
  "  built_on TEXT,"
  "  first_application INTEGER CHECK (first_application IN (0, 1)),"
  "  construction_cost INTEGER,"
  "  om_cost INTEGER,"
  "  marketing_cost INTEGER,"
  "  extra_json TEXT"
  ") STRICT;"

  /* The verdicts of the company list, computed by the engine and kept until
   * the company is edited (the trigger: every edit updates its row's
   * modified_at), the policy profiles or the program change (fingerprint),
   * or, for an evaluation that depends on the date, the date changes.
   * Per program: NULL not asked, 0 not eligible, 1 eligible, 2 error. */
  "CREATE TABLE verdicts ("
  "  company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
  "  fingerprint TEXT NOT NULL,"
  "  at_date TEXT,"
  "  tase INTEGER,"
  "  annual_report INTEGER,"
  "  hnte INTEGER,"
  "  trade_fund INTEGER,"
  "  trade_fund_total INTEGER,"
  "  errors TEXT"
  ") STRICT;"
  "CREATE TRIGGER companies_edited AFTER UPDATE ON companies BEGIN"
  "  DELETE FROM verdicts WHERE company_id = OLD.id;"
  "END;"

  /* The Shenbao that has the file open (GnuCash's lock row). */
  "CREATE TABLE lock ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  hostname TEXT NOT NULL,"
  "  pid INTEGER NOT NULL,"
  "  process_start INTEGER,"
  "  since TEXT NOT NULL"
  ") STRICT;"

  "PRAGMA user_version = 1;";

/* Drafts are kept (issue 11): a staff month may lack some of its counts and
 * a certification line its name while the user is filling it in.  SQLite
 * cannot drop a NOT NULL: both tables are made again without it. */
static const char migration_2[] =
  "CREATE TABLE staff_months_2 ("
  "  year_id INTEGER NOT NULL REFERENCES years (id) ON DELETE CASCADE,"
  "  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
  "  total_start INTEGER CHECK (total_start >= 0),"
  "  total_end INTEGER CHECK (total_end >= 0),"
  "  degree_start INTEGER CHECK (degree_start >= 0),"
  "  degree_end INTEGER CHECK (degree_end >= 0),"
  "  st_start INTEGER CHECK (st_start >= 0),"
  "  st_end INTEGER CHECK (st_end >= 0),"
  "  PRIMARY KEY (year_id, month)"
  ") STRICT, WITHOUT ROWID;"
  "INSERT INTO staff_months_2 SELECT year_id, month, total_start, total_end, degree_start,"
  "  degree_end, st_start, st_end FROM staff_months;"
  "DROP TABLE staff_months;"
  "ALTER TABLE staff_months_2 RENAME TO staff_months;"

  "CREATE TABLE trade_fund_certifications_2 ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES trade_fund_claims (company_id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT,"
  "  kind TEXT,"
  "  date TEXT,"
  "  fee INTEGER,"
  "  extra_json TEXT"
  ") STRICT;"
  "INSERT INTO trade_fund_certifications_2 SELECT id, company_id, position, name, kind, date,"
  "  fee, extra_json FROM trade_fund_certifications;"
  "DROP TABLE trade_fund_certifications;"
  "ALTER TABLE trade_fund_certifications_2 RENAME TO trade_fund_certifications;"
  "CREATE INDEX trade_fund_certifications_by_company"
  "  ON trade_fund_certifications (company_id, position);"

  "PRAGMA user_version = 2;";

/* Migration 3: the optional keys of the completed forms (DOSSIER.md): the
 * company's filing identity, the platform's name, services, first service
 * and the firms it served, each certificate's date, and each contract's
 * registrations and evidence.  NULL is an absent key; has_* says a list key
 * is there (maybe []). */
static const char migration_3[] =
  "ALTER TABLE companies ADD COLUMN legal_representative TEXT;"
  "ALTER TABLE companies ADD COLUMN address TEXT;"
  "ALTER TABLE companies ADD COLUMN postcode TEXT;"
  "ALTER TABLE companies ADD COLUMN registered_capital INTEGER;"   /* fen */
  "ALTER TABLE companies ADD COLUMN district TEXT;"
  "ALTER TABLE companies ADD COLUMN bank_name TEXT;"
  "ALTER TABLE companies ADD COLUMN bank_account_name TEXT;"
  "ALTER TABLE companies ADD COLUMN bank_account_no TEXT;"
  "ALTER TABLE companies ADD COLUMN contact_name TEXT;"
  "ALTER TABLE companies ADD COLUMN contact_phone TEXT;"
  "ALTER TABLE companies ADD COLUMN contact_mobile TEXT;"
  "ALTER TABLE companies ADD COLUMN contact_fax TEXT;"
  "ALTER TABLE companies ADD COLUMN contact_email TEXT;"
  "ALTER TABLE companies ADD COLUMN bank_extra_json TEXT;"     /* unknown keys of bank */
  "ALTER TABLE companies ADD COLUMN contact_extra_json TEXT;"  /* of contact */

  "ALTER TABLE trade_fund_platforms ADD COLUMN name TEXT;"
  "ALTER TABLE trade_fund_platforms ADD COLUMN services TEXT;"
  "ALTER TABLE trade_fund_platforms ADD COLUMN first_service TEXT"   /* YYYY-MM */
  "  CHECK (first_service GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]');"
  "ALTER TABLE trade_fund_platforms ADD COLUMN has_firms INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE trade_fund_firms ("
  "  id INTEGER PRIMARY KEY,"
  "  platform_id INTEGER NOT NULL REFERENCES trade_fund_platforms (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT,"
  "  credit_code TEXT,"
  "  service TEXT,"
  "  extra_json TEXT"
  ") STRICT;"
  "CREATE INDEX trade_fund_firms_by_platform ON trade_fund_firms (platform_id, position);"

  "ALTER TABLE trade_fund_certifications ADD COLUMN certified_on TEXT;"

  "ALTER TABLE contracts ADD COLUMN evidence TEXT;"
  "ALTER TABLE contracts ADD COLUMN has_registrations INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE contract_registrations ("
  "  id INTEGER PRIMARY KEY,"
  "  contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('tech', 'execution')),"
  "  no TEXT,"
  "  amount INTEGER,"
  "  extra_json TEXT"
  ") STRICT;"
  "CREATE INDEX contract_registrations_by_contract"
  "  ON contract_registrations (contract_id, position);"

  "PRAGMA user_version = 3;";

/* Migration 4: the column mappings of the ledger import, remembered per
 * company, list and file layout (a hash of the header texts). */
static const char migration_4[] =
  "CREATE TABLE ledger_mappings ("
  "  company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  layout TEXT NOT NULL,"
  "  mapping TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  PRIMARY KEY (company_id, kind, layout)"
  ") STRICT;"

  "PRAGMA user_version = 4;";

/* Migration 5: the evidence (issue 14).  A file is kept once, by the
 * SHA-256 of its bytes (blobs); an attachment links it to what it proves:
 * a target ("material:tase:3", "contract:2024:JP-2024-01", …, see
 * sb-evidence.h) and a role (合同, 发票 …) under that target.  Blobs no
 * attachment names are dropped when the database is opened (a removal can
 * be undone until then). */
static const char migration_5[] =
  "CREATE TABLE blobs ("
  "  sha256 TEXT PRIMARY KEY CHECK (length (sha256) = 64),"
  "  size INTEGER NOT NULL CHECK (size >= 0),"
  "  media TEXT NOT NULL CHECK (media IN ('pdf', 'jpeg', 'png')),"
  "  pages INTEGER NOT NULL CHECK (pages >= 1),"
  "  data BLOB NOT NULL"
  ") STRICT, WITHOUT ROWID;"

  "CREATE TABLE attachments ("
  "  id INTEGER PRIMARY KEY,"
  "  company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
  "  target TEXT NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL REFERENCES blobs (sha256),"
  "  added_at TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX attachments_by_target ON attachments (company_id, target, position);"
  "CREATE INDEX attachments_by_blob ON attachments (sha256);"

  "PRAGMA user_version = 5;";

static const char * const migrations[] = {
  NULL,          /* version 0: an empty file */
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SB_STORE_SCHEMA_VERSION + 1);

static int
user_version (SbStore *self, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self, "PRAGMA user_version", error);
  int version;

  if (stmt == NULL || sb_store_step (self, stmt, error) != SQLITE_ROW)
    return -1;
  version = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return version;
}

gboolean
sb_store_migrate (SbStore *self, GError **error)
{
  for (int target = 1; target <= SB_STORE_SCHEMA_VERSION; target++)
    {
      char *message = NULL;
      int version, rc;

      if (!sb_store_begin (self, error))
        return FALSE;
      /* read again inside the transaction: another process may have done it */
      version = user_version (self, error);
      if (version < 0)
        {
          sb_store_rollback (self);
          return FALSE;
        }
      if (version >= target)
        {
          sb_store_rollback (self);
          continue;
        }
      /* DDL without parameters: no value of the user's goes into it */
      rc = sqlite3_exec (self->db, migrations[target], NULL, NULL, &message);
      sqlite3_free (message);
      if (rc != SQLITE_OK)
        {
          sb_store_fail_sqlite (self, rc, error);
          sb_store_rollback (self);
          g_prefix_error (error, _("Migration to schema version %d failed: "), target);
          return FALSE;
        }
      if (!sb_store_commit (self, error))
        return FALSE;
    }
  return TRUE;
}
