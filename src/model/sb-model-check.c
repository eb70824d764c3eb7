/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checks of a company built from the model, before the engine sees it.
 *
 * A model holds what a form lets the user type, and a user mid-way through a
 * line is not an error (issue 11): a staff month with some of its counts, a
 * certification line without its name, a month with more degree staff than
 * staff are drafts — kept, stored, and evaluated as missing for that line
 * only.  What is refused here is what no evaluation can take (a negative
 * count, a year out of range, a catalogue code the policies do not know …),
 * and the message names the figure as the window names it, in the user's
 * language ("2024 年 1 月 月初大专以上学历员工人数：不能为负"), never a key. */
#include "config.h"

#include "sb-model-private.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"

typedef struct
{
  GString    *where;    /* "2024 年 1 月", "国际认证第 2 行" … */
  GHashTable *known_categories;
  GError    **error;
} Ctx;

/* The window's names of the keys the checks name. */
static const struct { const char *key; const char *label; } field_labels[] = {
  { "year", N_("Year") },
  { "income_total", N_("Total income") },
  { "non_taxable_income", N_("Non-taxable income") },
  { "taxable_income", N_("Taxable income") },
  { "sales_revenue", N_("Sales revenue") },
  { "high_tech_revenue", N_("Revenue from high-tech products and services") },
  { "rd_expense", N_("R&D expense") },
  { "rd_expense_domestic", N_("R&D expense spent in China") },
  { "net_assets_end", N_("Net assets at the end of the year") },
  { "tase_revenue", N_("Revenue from catalogue businesses") },
  { "offshore_revenue", N_("Offshore outsourcing revenue") },
  { "st_staff", N_("S&T staff (year average)") },
  { "month", N_("Month") },
  { "total_start", N_("staff at the start") },
  { "total_end", N_("staff at the end") },
  { "degree_start", N_("degree staff at the start") },
  { "degree_end", N_("degree staff at the end") },
  { "st_start", N_("S&T staff at the start") },
  { "st_end", N_("S&T staff at the end") },
  { "personnel", N_("R&D ledger: personnel") },
  { "direct", N_("R&D ledger: direct inputs") },
  { "depreciation", N_("R&D ledger: depreciation") },
  { "amortization", N_("R&D ledger: amortisation") },
  { "design", N_("R&D ledger: design") },
  { "equipment_trial", N_("R&D ledger: equipment and trials") },
  { "outsourced", N_("R&D ledger: outsourced R&D") },
  { "other", N_("R&D ledger: other expenses") },
  { "amount", N_("Amount (¥)") },
  { "revenue", N_("Revenue in the year (¥)") },
  { "category", N_("Catalogue business") },
  { "profile", N_("Policy") },
  { "apply_year", N_("Year of application") },
  { "offshore_execution_usd", N_("Offshore outsourcing execution (USD)") },
  { "kind", N_("Kind") },
  { "firms_served", N_("Firms served") },
  { "contract", N_("Contract") },
  { "invoice", N_("Invoiced") },
  { "paid", N_("Paid") },
  { "platform", N_("Public service platform") },
  { "name", N_("Certification") },
  { "fee", N_("Fee") },
  { "receipts_usd", N_("Receipts (USD)") },
  { "usd_cny", N_("USD/CNY rate") },
  { "construction_cost", N_("Construction cost") },
  { "om_cost", N_("Operation and maintenance cost") },
  { "marketing_cost", N_("Marketing cost") },
  { "conversion_results", N_("Results converted in three years") },
  { "innovation_self_score.ip", N_("Intellectual property") },
  { "innovation_self_score.conversion", N_("Conversion of results") },
  { "innovation_self_score.rd_management", N_("R&D management") },
};

static const char *
field_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_strcmp0 (field_labels[i].key, key) == 0)
      return _(field_labels[i].label);
  return key;   /* every key checked is in the table */
}

static gboolean G_GNUC_PRINTF (3, 4)
fail (Ctx *ctx, const char *key, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  if (ctx->where->len > 0)
    /* TRANSLATORS: where (“2024 年 1 月”), the field, what is wrong */
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 C_("field problem", "%s %s: %s"), ctx->where->str, field_label (key), what);
  else
    /* TRANSLATORS: the field, what is wrong */
    g_set_error (ctx->error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                 C_("field problem", "%s: %s"), field_label (key), what);
  return FALSE;
}

static gsize where_push (Ctx *ctx, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gsize
where_push (Ctx *ctx, const char *format, ...)
{
  gsize old = ctx->where->len;
  va_list args;

  if (old > 0)
    g_string_append_c (ctx->where, ' ');
  va_start (args, format);
  g_string_append_vprintf (ctx->where, format, args);
  va_end (args);
  return old;
}

/* Pops the place and passes @ok on. */
static gboolean
where_pop (Ctx *ctx, gsize old, gboolean ok)
{
  g_string_truncate (ctx->where, old);
  return ok;
}

static gboolean
money (Ctx *ctx, const char *key, gint64 fen, gboolean may_be_negative)
{
  if (fen == SB_UNSET)
    return TRUE;
  if (fen > SB_MONEY_MAX_FEN || fen < -SB_MONEY_MAX_FEN)
    return fail (ctx, key, _("is beyond ±9,000,000,000,000"));
  if (!may_be_negative && fen < 0)
    return fail (ctx, key, _("must not be negative"));
  return TRUE;
}

static gboolean
count (Ctx *ctx, const char *key, gint64 value)
{
  if (value != SB_UNSET && value < 0)
    return fail (ctx, key, _("must not be negative"));
  return TRUE;
}

static gboolean
year_number (Ctx *ctx, const char *key, int year)
{
  if (year < 1900 || year > 9999)
    return fail (ctx, key, _("must be a year between 1900 and 9999"));
  return TRUE;
}

static gboolean
required (Ctx *ctx, const char *key, const char *value)
{
  if (value == NULL)
    return fail (ctx, key, _("missing"));
  return TRUE;
}

/* A month's counts: any of them may still be missing (a draft), and more
 * degree staff than staff is the user's to correct (the engine counts the
 * month as missing); a negative count no evaluation takes. */
static gboolean
check_month (Ctx *ctx, const SbStaffMonth *m)
{
  static const char * const keys[] = {
    "total_start", "total_end", "degree_start", "degree_end", "st_start", "st_end"
  };
  const gint64 values[] = {
    m->total_start, m->total_end, m->degree_start, m->degree_end, m->st_start, m->st_end
  };

  if (m->month < 1 || m->month > 12)
    return fail (ctx, "month", _("must be 1 to 12"));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (!count (ctx, keys[i], values[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_contract (Ctx *ctx, const SbContract *c)
{
  if (!money (ctx, "amount", c->amount, FALSE) || !money (ctx, "revenue", c->revenue, FALSE))
    return FALSE;
  if (c->category != NULL && ctx->known_categories != NULL
      && !g_hash_table_contains (ctx->known_categories, c->category))
    return fail (ctx, "category", _("unknown catalogue code “%s”"), c->category);
  return TRUE;
}

static gboolean
check_year (Ctx *ctx, const SbYear *y)
{
  static const struct { const char *key; gsize offset; gboolean signed_; } figures[] = {
    { "income_total", G_STRUCT_OFFSET (SbYear, income_total), FALSE },
    { "non_taxable_income", G_STRUCT_OFFSET (SbYear, non_taxable_income), FALSE },
    { "taxable_income", G_STRUCT_OFFSET (SbYear, taxable_income), TRUE },
    { "sales_revenue", G_STRUCT_OFFSET (SbYear, sales_revenue), FALSE },
    { "high_tech_revenue", G_STRUCT_OFFSET (SbYear, high_tech_revenue), FALSE },
    { "rd_expense", G_STRUCT_OFFSET (SbYear, rd_expense), FALSE },
    { "rd_expense_domestic", G_STRUCT_OFFSET (SbYear, rd_expense_domestic), FALSE },
    { "net_assets_end", G_STRUCT_OFFSET (SbYear, net_assets_end), TRUE },
    { "tase_revenue", G_STRUCT_OFFSET (SbYear, tase_revenue), FALSE },
    { "offshore_revenue", G_STRUCT_OFFSET (SbYear, offshore_revenue), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    if (!money (ctx, figures[i].key, G_STRUCT_MEMBER (gint64, y, figures[i].offset),
                figures[i].signed_))
      return FALSE;
  if (!count (ctx, "st_staff", y->st_staff))
    return FALSE;

  for (guint i = 0; y->staff_months != NULL && i < y->staff_months->len; i++)
    {
      const SbStaffMonth *m = &g_array_index (y->staff_months, SbStaffMonth, i);
      /* TRANSLATORS: a month of a year, as in “2024 年 1 月” */
      gsize old = where_push (ctx, C_("where", "month %d"), m->month);
      gboolean ok = check_month (ctx, m);

      for (guint j = 0; ok && j < i; j++)
        if (g_array_index (y->staff_months, SbStaffMonth, j).month == m->month)
          ok = fail (ctx, "month", _("appears twice"));
      if (!where_pop (ctx, old, ok))
        return FALSE;
    }

  if (y->has_rd_ledger)
    for (guint i = 0; i < SB_RD_N_CATEGORIES; i++)
      if (!money (ctx, sb_rd_category_keys[i], y->rd_ledger[i], FALSE))
        return FALSE;

  for (guint i = 0; y->contracts != NULL && i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      gsize old = c->no != NULL ? where_push (ctx, C_("where", "contract %s"), c->no)
                                : where_push (ctx, C_("where", "contract %u"), i + 1);

      if (!where_pop (ctx, old, check_contract (ctx, c)))
        return FALSE;
    }

  /* more non-taxable income than income is the user's to correct (the
   * engine counts the year's total revenue as missing) */
  return TRUE;
}

static gboolean
check_platform (Ctx *ctx, const SbPlatform *p)
{
  if (!count (ctx, "firms_served", p->firms_served))
    return FALSE;
  for (guint i = 0; i < p->expenses->len; i++)
    {
      const SbExpense *e = g_ptr_array_index (p->expenses, i);
      gsize old = where_push (ctx, C_("where", "expense line %u"), i + 1);
      gboolean ok = money (ctx, "contract", e->contract, FALSE)
                    && money (ctx, "invoice", e->invoice, FALSE)
                    && money (ctx, "paid", e->paid, FALSE);

      if (!where_pop (ctx, old, ok))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_trade_fund (Ctx *ctx, const SbTradeFundClaim *tf)
{
  if (!required (ctx, "profile", tf->profile)
      || !money (ctx, "offshore_execution_usd", tf->offshore_execution_usd, FALSE))
    return FALSE;

  if (tf->platforms != NULL && tf->platforms->len > 2)
    return fail (ctx, "platform", _("lists more than two projects"));
  for (guint i = 0; tf->platforms != NULL && i < tf->platforms->len; i++)
    {
      const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
      gsize old = where_push (ctx, "%s", p->kind == SB_PLATFORM_CONSTRUCTION
                                         ? C_("where", "platform construction")
                                         : C_("where", "platform operation"));
      gboolean ok = TRUE;

      for (guint j = 0; ok && j < i; j++)
        if (((const SbPlatform *) g_ptr_array_index (tf->platforms, j))->kind == p->kind)
          ok = fail (ctx, "kind", _("a unit has at most one such project"));
      ok = ok && check_platform (ctx, p);
      if (!where_pop (ctx, old, ok))
        return FALSE;
    }

  /* a line without its name is a draft: the engine leaves it out, and the
   * line editor marks its name cell */
  for (guint i = 0; tf->certifications != NULL && i < tf->certifications->len; i++)
    {
      const SbCertLine *c = g_ptr_array_index (tf->certifications, i);
      gsize old = where_push (ctx, C_("where", "certification line %u"), i + 1);

      if (!where_pop (ctx, old, money (ctx, "fee", c->fee, FALSE)))
        return FALSE;
    }

  if (tf->interest != NULL)
    {
      gboolean ok = money (ctx, "receipts_usd", tf->interest->receipts_usd, FALSE);

      if (ok && tf->interest->usd_cny.den != 0
          && (tf->interest->usd_cny.num <= 0 || tf->interest->usd_cny.den < 0))
        ok = fail (ctx, "usd_cny", _("must be a positive rate"));
      if (!ok)
        return FALSE;
    }

  if (tf->tcm != NULL)
    {
      if (!money (ctx, "construction_cost", tf->tcm->construction_cost, FALSE)
          || !money (ctx, "om_cost", tf->tcm->om_cost, FALSE)
          || !money (ctx, "marketing_cost", tf->tcm->marketing_cost, FALSE))
        return FALSE;
    }
  return TRUE;
}

gboolean
sb_model_check_dossier (const SbDossier  *d,
                        GHashTable       *known_categories,
                        GError          **error)
{
  g_autoptr(GString) where = g_string_new (NULL);
  Ctx ctx = { where, known_categories, error };
  gsize old;

  for (guint i = 0; i < d->years->len; i++)
    {
      const SbYear *y = g_ptr_array_index (d->years, i);
      gboolean ok;

      ok = year_number (&ctx, "year", y->year);
      for (guint j = 0; ok && j < i; j++)
        if (((const SbYear *) g_ptr_array_index (d->years, j))->year == y->year)
          ok = fail (&ctx, "year", _("%d appears twice"), y->year);
      if (!ok)
        return FALSE;
      /* TRANSLATORS: a year, as in “2024 年” */
      old = where_push (&ctx, C_("where", "%d"), y->year);
      if (!where_pop (&ctx, old, check_year (&ctx, y)))
        return FALSE;
    }

  if (d->tase != NULL)
    {
      old = where_push (&ctx, "%s", C_("where", "TASE"));
      if (!where_pop (&ctx, old, year_number (&ctx, "apply_year", d->tase->apply_year)
                                 && required (&ctx, "profile", d->tase->profile)))
        return FALSE;
    }
  if (d->annual_report != NULL)
    {
      old = where_push (&ctx, "%s", C_("where", "annual report"));
      if (!where_pop (&ctx, old, year_number (&ctx, "year", d->annual_report->year)
                                 && required (&ctx, "profile", d->annual_report->profile)))
        return FALSE;
    }
  if (d->hnte != NULL)
    {
      old = where_push (&ctx, "%s", C_("where", "HNTE"));
      if (!where_pop (&ctx, old, required (&ctx, "profile", d->hnte->profile)
                                 && count (&ctx, "conversion_results", d->hnte->conversion_count)
                                 && count (&ctx, "innovation_self_score.ip", d->hnte->score_ip)
                                 && count (&ctx, "innovation_self_score.conversion",
                                           d->hnte->score_conversion)
                                 && count (&ctx, "innovation_self_score.rd_management",
                                           d->hnte->score_rd_management)))
        return FALSE;
    }
  if (d->trade_fund != NULL)
    {
      old = where_push (&ctx, "%s", C_("where", "trade fund"));
      if (!where_pop (&ctx, old, check_trade_fund (&ctx, d->trade_fund)))
        return FALSE;
    }
  return TRUE;
}
