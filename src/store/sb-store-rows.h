/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-store-rows.h: decoding the store's rows into SbDossier parts, shared by
 * the whole-company reader and the evaluators' reader. */
#pragma once

#include "sb-store-private.h"

G_BEGIN_DECLS

/* The columns each decoder reads, in its order. */
#define COMPANY_COLUMNS \
  "name, credit_code, region, registered_on, legal_entity, scope_advanced_tech," \
  " clean_record_2y, mofcom_registered, no_serious_violation_5y, no_other_fiscal_support," \
  " no_major_incident, owns_core_ip, hnte_field"
#define COMPANY_N_COLUMNS 13
#define YEAR_COLUMNS \
  "year, income_total, non_taxable_income, taxable_income, sales_revenue," \
  " high_tech_revenue, rd_expense, rd_expense_domestic, net_assets_end, st_staff," \
  " tase_revenue, offshore_revenue, has_staff_months, has_contracts, has_rd_ledger," \
  " rd_personnel, rd_direct, rd_depreciation, rd_amortization, rd_design," \
  " rd_equipment_trial, rd_outsourced, rd_other"
#define YEAR_N_COLUMNS 23
#define STAFF_MONTH_COLUMNS \
  "m.year_id, m.month, m.total_start, m.total_end, m.degree_start, m.degree_end," \
  " m.st_start, m.st_end"
#define TASE_CLAIM_COLUMNS "mode, apply_year, profile"
#define ANNUAL_CLAIM_COLUMNS "year, profile"
#define HNTE_CLAIM_COLUMNS \
  "apply_date, profile, score_ip, score_conversion, score_rd_management, conversion_results"
#define TRADE_FUND_CLAIM_COLUMNS \
  "profile, offshore_execution_usd, has_platforms, platform_is_list, has_certifications," \
  " certifications_chosen_json"
#define PLATFORM_COLUMNS \
  "id, kind, built_on, firms_served, has_firms," \
  " (SELECT count(*) FROM trade_fund_firms f WHERE f.platform_id = trade_fund_platforms.id)"
#define EXPENSE_COLUMNS \
  "e.platform_id, e.item, e.contract, e.invoice, e.paid, e.invoice_no, e.invoice_date"
#define CERTIFICATION_COLUMNS "name, kind, date, fee"
#define BRAND_COLUMNS "title, accepted"
#define INTEREST_COLUMNS "receipts_usd, usd_cny_num, usd_cny_den"
#define TCM_COLUMNS \
  "recognised_base, built_on, first_application, construction_cost, om_cost, marketing_cost"

/* A year of a company being read, by its row id. */
typedef struct
{
  gint64  id;
  SbYear *year;
} SbStoreYearRow;

gint64 sb_store_row_value_int (sqlite3_value *value);
SbTri sb_store_row_value_tri (sqlite3_value *value);
void sb_store_row_company (sqlite3_stmt *stmt, int col, SbDossier *d);
SbYear *sb_store_row_year (sqlite3_stmt *stmt, int col);
SbYear *sb_store_row_year_for (GArray *rows, gint64 year_id);
void sb_store_row_add_staff_month (sqlite3_stmt *stmt, int col, GArray *years);
SbTaseClaim *sb_store_row_tase_claim (sqlite3_stmt *stmt, int col);
SbAnnualClaim *sb_store_row_annual_claim (sqlite3_stmt *stmt, int col);
SbHnteClaim *sb_store_row_hnte_claim (sqlite3_stmt *stmt, int col);
char **sb_store_row_strv_from_json (const char *text);
SbTradeFundClaim *sb_store_row_trade_fund_claim (sqlite3_stmt *stmt, int col);
SbPlatform *sb_store_row_add_platform (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids);
SbExpense *sb_store_row_add_expense (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf, GArray *ids);
SbCertLine *sb_store_row_add_certification (sqlite3_stmt *stmt, int col, SbTradeFundClaim *tf);
SbBrand *sb_store_row_brand (sqlite3_stmt *stmt, int col);
SbInterest *sb_store_row_interest (sqlite3_stmt *stmt, int col);
SbTcm *sb_store_row_tcm (sqlite3_stmt *stmt, int col);

G_END_DECLS
