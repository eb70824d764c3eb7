/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-dossier.h: one company's figures, as plain data the evaluators read.
 *
 * The mirror of the dossier JSON (shared/spec/DOSSIER.md).  Money is fen
 * (USD amounts: cents); an absent figure is SB_UNSET, an absent date
 * SB_DATE_UNSET, an absent declaration SB_TRI_UNSET, an absent string NULL.
 * Each object keeps the keys it does not know in @extra (may be NULL), so that
 * an import followed by an export loses nothing. */
#pragma once

#include <json-glib/json-glib.h>

#include "sb-date.h"
#include "sb-money.h"

G_BEGIN_DECLS

typedef struct
{
  int    month;          /* 1–12 */
  gint64 total_start;
  gint64 total_end;
  gint64 degree_start;
  gint64 degree_end;
  gint64 st_start;       /* SB_UNSET when absent */
  gint64 st_end;
} SbStaffMonth;

/* A contract's registration (DOSSIER.md, optional keys; RULES.md §1.6). */
typedef enum
{
  SB_REGISTRATION_TECH,       /* 科技局技术合同认定登记: amount = 核定技术性收入 */
  SB_REGISTRATION_EXECUTION,  /* 商务局合同执行额登记: amount = registered execution */
} SbRegistrationKind;

typedef struct
{
  SbRegistrationKind kind;
  char              *no;       /* may be NULL */
  gint64             amount;   /* fen; SB_UNSET when absent */
  JsonObject        *extra;
} SbRegistration;

typedef struct
{
  char       *no;
  char       *name;
  char       *client;
  char       *client_country;
  SbTri       offshore;
  char       *category;   /* a catalogue code, or NULL: outside the catalogue */
  gint64      amount;
  gint64      revenue;    /* revenue recognised in the year */
  GPtrArray  *registrations; /* SbRegistration*; NULL when the key is absent */
  char       *evidence;   /* 证明材料, free text; NULL when absent */
  JsonObject *extra;
} SbContract;

/* R&D ledger categories, RULES.md §4.1, in dossier order. */
typedef enum
{
  SB_RD_PERSONNEL,
  SB_RD_DIRECT,
  SB_RD_DEPRECIATION,
  SB_RD_AMORTIZATION,
  SB_RD_DESIGN,
  SB_RD_EQUIPMENT_TRIAL,
  SB_RD_OUTSOURCED,
  SB_RD_OTHER,
  SB_RD_N_CATEGORIES
} SbRdCategory;

extern const char * const sb_rd_category_keys[SB_RD_N_CATEGORIES];

typedef struct
{
  int         year;
  gint64      income_total;
  gint64      non_taxable_income;
  gint64      taxable_income;      /* may be negative (a loss) */
  gint64      sales_revenue;
  gint64      high_tech_revenue;
  gint64      rd_expense;
  gint64      rd_expense_domestic;
  gint64      net_assets_end;      /* may be negative */
  gint64      st_staff;
  gint64      tase_revenue;
  gint64      offshore_revenue;
  GArray     *staff_months;        /* SbStaffMonth, sorted by month; NULL when absent */
  gboolean    has_rd_ledger;
  gint64      rd_ledger[SB_RD_N_CATEGORIES];
  GPtrArray  *contracts;           /* SbContract*; NULL when the key is absent */
  JsonObject *extra;
} SbYear;

typedef struct
{
  char       *name;
  char       *credit_code;
  char       *region;
  SbDate      registered_on;
  SbTri       legal_entity;
  /* Optional keys for the completed forms (DOSSIER.md); NULL / SB_UNSET when absent. */
  char       *legal_representative;
  char       *address;
  char       *postcode;
  gint64      registered_capital;   /* fen */
  char       *district;
  char       *bank_name;            /* bank.name */
  char       *bank_account_name;    /* bank.account_name */
  char       *bank_account_no;      /* bank.account_no */
  char       *contact_name;         /* contact.name */
  char       *contact_phone;        /* contact.phone */
  char       *contact_mobile;       /* contact.mobile */
  char       *contact_fax;          /* contact.fax */
  char       *contact_email;        /* contact.email */
  JsonObject *bank_extra;           /* unknown keys of bank / contact, may be NULL */
  JsonObject *contact_extra;
  JsonObject *extra;
} SbCompany;

typedef struct
{
  SbTri       scope_advanced_tech;
  SbTri       clean_record_2y;
  SbTri       mofcom_registered;
  SbTri       no_serious_violation_5y;
  SbTri       no_other_fiscal_support;
  SbTri       no_major_incident;
  SbTri       owns_core_ip;
  char       *hnte_field;
  JsonObject *extra;
} SbDeclarations;

typedef enum
{
  SB_TASE_NEW,
  SB_TASE_REVIEW,
} SbTaseMode;

typedef struct
{
  SbTaseMode  mode;
  int         apply_year;
  char       *profile;
  JsonObject *extra;
} SbTaseClaim;

/* Extension of the dossier format: the TASE annual information report. */
typedef struct
{
  int         year;        /* the reported year */
  char       *profile;
  JsonObject *extra;
} SbAnnualClaim;

typedef struct
{
  SbDate      apply_date;  /* SB_DATE_UNSET: the evaluation date stands in */
  char       *profile;
  gint64      score_ip;           /* self-scores, SB_UNSET when absent */
  gint64      score_conversion;
  gint64      score_rd_management;
  gint64      conversion_count;   /* results converted in three years, SB_UNSET */
  JsonObject *extra;
} SbHnteClaim;

typedef struct
{
  char       *item;
  gint64      contract;
  gint64      invoice;
  gint64      paid;
  char       *invoice_no;
  SbDate      invoice_date;
  JsonObject *extra;
} SbExpense;

typedef enum
{
  SB_PLATFORM_CONSTRUCTION,
  SB_PLATFORM_OM,
} SbPlatformKind;

/* A firm served by the platform (附件4; DOSSIER.md optional keys). */
typedef struct
{
  char       *name;
  char       *credit_code;
  char       *service;
  JsonObject *extra;
} SbFirm;

typedef struct
{
  SbPlatformKind kind;
  SbDate         built_on;
  gint64         firms_served;  /* as given; SB_UNSET when absent */
  GPtrArray     *expenses;   /* SbExpense* */
  char          *name;       /* 平台名称, optional */
  char          *services;   /* 平台主要服务内容, optional */
  int            first_service_year;   /* first_service "YYYY-MM"; 0 when absent */
  int            first_service_month;
  GPtrArray     *firms;      /* SbFirm*; NULL when the key is absent */
  JsonObject    *extra;
} SbPlatform;

typedef struct
{
  char       *name;
  char       *kind;        /* new, review, maintenance, upgrade … (free text) */
  SbDate      date;        /* invoice date */
  gint64      fee;
  SbDate      certified_on; /* the certificate's date (认证时间); SB_DATE_UNSET when absent */
  JsonObject *extra;
} SbCertLine;

typedef struct
{
  char       *title;
  SbTri       accepted;    /* a title outside the list, accepted by the user */
  JsonObject *extra;
} SbBrand;

typedef struct
{
  gint64      receipts_usd;   /* cents */
  SbRatio     usd_cny;        /* exact decimal; den 0 when absent */
  JsonObject *extra;
} SbInterest;

typedef struct
{
  SbTri       recognised_base;
  SbDate      built_on;
  SbTri       first_application;
  gint64      construction_cost;
  gint64      om_cost;
  gint64      marketing_cost;
  JsonObject *extra;
} SbTcm;

typedef struct
{
  char       *profile;
  gint64      offshore_execution_usd;  /* cents */
  GPtrArray  *platforms;       /* SbPlatform*; NULL: direction absent */
  gboolean    platform_is_list; /* written as a list in the file */
  GPtrArray  *certifications;  /* SbCertLine*; NULL: direction absent */
  char      **certifications_chosen; /* the user's choice of items, or NULL */
  SbBrand    *brand;           /* NULL: absent */
  SbInterest *interest;        /* NULL: absent */
  SbTcm      *tcm;             /* NULL: absent */
  JsonObject *extra;
} SbTradeFundClaim;

typedef struct
{
  int               version;
  SbCompany         company;
  GPtrArray        *years;        /* SbYear*, in file order */
  SbDeclarations    declarations;
  SbTaseClaim      *tase;         /* NULL: not asked for */
  SbAnnualClaim    *annual_report;
  SbHnteClaim      *hnte;
  SbTradeFundClaim *trade_fund;
  JsonObject       *extra;        /* unknown top-level keys */
} SbDossier;

SbDossier    *sb_dossier_new          (void);
void          sb_dossier_free         (SbDossier *self);
/* The year entry for @year, or NULL. */
const SbYear *sb_dossier_find_year    (const SbDossier *self, int year);

SbYear       *sb_year_new             (int year);
void          sb_year_free            (SbYear *self);
SbContract   *sb_contract_new         (void);
void          sb_contract_free        (SbContract *self);
SbExpense    *sb_expense_new          (void);
void          sb_expense_free         (SbExpense *self);
SbPlatform   *sb_platform_new         (SbPlatformKind kind);
void          sb_platform_free        (SbPlatform *self);
SbCertLine   *sb_cert_line_new        (void);
void          sb_cert_line_free       (SbCertLine *self);
SbRegistration *sb_registration_new   (SbRegistrationKind kind);
void          sb_registration_free    (SbRegistration *self);
SbFirm       *sb_firm_new             (void);
void          sb_firm_free            (SbFirm *self);
/* The number of firms served the evaluation counts: firms_served when given,
 * else the length of firms, else SB_UNSET. */
gint64        sb_platform_firms_count (const SbPlatform *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbDossier, sb_dossier_free)

G_END_DECLS
