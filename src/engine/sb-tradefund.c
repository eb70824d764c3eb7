/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund.c: evaluating the trade-fund claims, five directions (RULES.md §3). */
#include "config.h"

#include <inttypes.h>

#include "sb-tradefund-private.h"
#include "sb-dossier-limits.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "sb-engine-error.h"
#include "sb-json-strict.h"

/* ---------------------------------------------------------------- report */

static void
cert_item_free (SbCertItem *item)
{
  g_free (item->name);
  g_free (item->flag);
  g_free (item);
}

SbDirectionResult *
sb_tradefund_direction_new (void)
{
  SbDirectionResult *dir = g_new0 (SbDirectionResult, 1);

  dir->checks = sb_checks_new ();
  return dir;
}

static void
direction_free (SbDirectionResult *dir)
{
  if (dir == NULL)
    return;
  g_clear_pointer (&dir->parts, g_ptr_array_unref);
  g_clear_pointer (&dir->items, g_ptr_array_unref);
  g_clear_pointer (&dir->checks, g_ptr_array_unref);
  g_free (dir->note);
  g_free (dir);
}

void
sb_tradefund_report_free (SbTradeFundReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->common, g_ptr_array_unref);
  g_clear_pointer (&report->platform, direction_free);
  g_clear_pointer (&report->certifications, direction_free);
  g_clear_pointer (&report->brand, direction_free);
  g_clear_pointer (&report->interest, direction_free);
  g_clear_pointer (&report->tcm, direction_free);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_free (report);
}

void
sb_tradefund_warn (SbTradeFundReport *report, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (report->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

/* floor (value × a × b × n), exact in 128 bits, saturating. */
static gint64
mul_floor2 (gint64 value, SbRatio a, SbRatio b, gint64 n)
{
  __int128 num = (__int128) value * a.num * b.num * n;
  __int128 den = (__int128) a.den * b.den;
  __int128 q;

  g_return_val_if_fail (den > 0, 0);
  q = num / den;
  if (num % den != 0 && num < 0)
    q -= 1;
  if (q > G_MAXINT64)
    return G_MAXINT64;
  if (q < G_MININT64 + 1)
    return G_MININT64 + 1;
  return (gint64) q;
}

static char *
usd_text (gint64 cents)
{
  return sb_money_format (cents);
}

SbCheck *
sb_tradefund_add_declaration (GPtrArray *checks, const char *id, SbTri value,
                              const char *note_false)
{
  return sb_check_add_tri (checks, id, value, SB_STATUS_DECLARED, note_false,
                           _("Not declared yet."));
}

/* The offshore execution floor (USD cents); the shortfall is in USD cents. */
static SbCheck *
add_offshore_check (GPtrArray *checks, const char *id, gint64 offshore, gint64 floor)
{
  g_autofree char *floor_text = usd_text (floor);
  SbCheck *c;

  if (offshore == SB_UNSET)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      sb_check_set_note (c, _("Enter the offshore execution amount approved in the MOFCOM "
                              "system for the support period (floor USD %s)."), floor_text);
      return c;
    }
  if (offshore >= floor)
    {
      c = sb_check_add (checks, id, 0, SB_STATUS_PASS);
      return c;
    }
  c = sb_check_add (checks, id, 0, SB_STATUS_FAIL);
  c->shortfall_unit = SB_UNIT_FEN;   /* USD cents */
  c->shortfall = floor - offshore;
  {
    g_autofree char *short_text = usd_text (c->shortfall);
    sb_check_set_note (c, _("USD %s short of the USD %s floor."), short_text, floor_text);
  }
  return c;
}

/* ---------------------------------------------------------------- common */

static void
evaluate_common (SbTradeFundReport *report, const SbDossier *d, const SbTradeFundRules *rules)
{
  const char *region = d->company.region;
  SbCheck *c;

  if (sb_tradefund_is_blank (region))
    {
      c = sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the region where the company is registered."));
    }
  else if (g_strv_contains ((const char * const *) rules->regions, region))
    sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_PASS);
  else
    {
      g_autofree char *list = g_strjoinv (", ", rules->regions);

      c = sb_check_add (report->common, "tradefund.region", 0, SB_STATUS_FAIL);
      sb_check_set_note (c, _("This profile accepts units registered in: %s."), list);
    }

  sb_check_add_tri (report->common, "tradefund.legal_entity", d->company.legal_entity,
                    SB_STATUS_PASS,
                    _("Only units with independent legal-person status may apply."),
                    _("State whether the unit has legal-person status."));

  sb_tradefund_add_declaration (report->common, "tradefund.no_serious_violation_5y",
                                d->declarations.no_serious_violation_5y, NULL);
  sb_tradefund_add_declaration (report->common, "tradefund.no_other_fiscal_support",
                                d->declarations.no_other_fiscal_support, NULL);
  report->common_ok = sb_checks_all_pass (report->common);
}

/* ---------------------------------------------------------------- certifications */

static int
compare_counted (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GPtrArray *items = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  const SbCertItem *x = g_ptr_array_index (items, ia);
  const SbCertItem *y = g_ptr_array_index (items, ib);

  if (x->counted != y->counted)
    return x->counted > y->counted ? -1 : 1;
  return (ia > ib) - (ia < ib);   /* ties: the item listed first */
}

static SbCertItem *
find_item (GPtrArray *items, const char *name)
{
  g_autofree char *key = sb_tradefund_name_key (name);

  for (guint i = 0; i < items->len; i++)
    {
      SbCertItem *item = g_ptr_array_index (items, i);
      g_autofree char *k = sb_tradefund_name_key (item->name);

      if (strcmp (k, key) == 0)
        return item;
    }
  return NULL;
}

static gboolean
evaluate_certifications (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                         const SbTradeFundRules *rules, GError **error)
{
  SbDirectionResult *dir;
  GPtrArray *items;
  guint n_chosen = 0;

  dir = report->certifications = sb_tradefund_direction_new ();
  items = dir->items = g_ptr_array_new_with_free_func ((GDestroyNotify) cert_item_free);

  for (guint i = 0; i < claim->certifications->len; i++)
    {
      const SbCertLine *line = g_ptr_array_index (claim->certifications, i);
      g_autofree char *name = NULL;
      const char *successor_of = NULL;
      gboolean listed = FALSE;
      SbCertItem *item;

      if (sb_tradefund_is_blank (line->name))
        {
          sb_tradefund_warn (report, _("Certification line %u has no name: not counted."), i + 1);
          continue;
        }
      name = sb_tradefund_rules_cert_item_name (rules, line->name, &listed, &successor_of);
      item = find_item (items, name);
      if (item == NULL)
        {
          item = g_new0 (SbCertItem, 1);
          item->name = g_steal_pointer (&name);
          item->listed = listed;
          if (successor_of != NULL)
            item->flag = g_strdup_printf (_("%s replaced %s, which the notice lists: it is "
                                            "counted, but the city decides whether it "
                                            "accepts it."), item->name, successor_of);
          else if (!listed)
            item->flag = g_strdup (_("Not on the notice's list (which ends with “等”): it is "
                                     "counted, but the city decides whether it accepts it."));
          g_ptr_array_add (items, item);
        }
      item->n_lines++;
      if (line->date == SB_DATE_UNSET)
        {
          sb_tradefund_warn (report,
                             _("Certification line %u (%s) has no invoice date: not counted."),
                             i + 1, line->name);
          continue;
        }
      if (!sb_period_contains (rules->period, line->date))
        continue;
      if (line->fee == SB_UNSET)
        {
          sb_tradefund_warn (report, _("Certification line %u (%s) has no fee: counted as 0."),
                             i + 1, line->name);
          continue;
        }
      if (!sb_money_add_checked (&item->counted, line->fee))
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.certifications: the fees add up beyond ±9,000,000,000,000"));
          return FALSE;
        }
    }

  if (claim->certifications_chosen != NULL)
    {
      for (guint i = 0; claim->certifications_chosen[i] != NULL; i++)
        {
          const char *wanted = claim->certifications_chosen[i];
          g_autofree char *name = sb_tradefund_is_blank (wanted)
                                  ? NULL
                                  : sb_tradefund_rules_cert_item_name (rules, wanted, NULL, NULL);
          SbCertItem *item = name ? find_item (items, name) : NULL;

          if (item == NULL)
            {
              g_autofree char *shown = sb_json_excerpt (wanted, -1, SB_JSON_QUOTE_CHARS);

              g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("trade_fund.certifications_chosen: “%s” is not one of the "
                             "certifications listed"), shown);
              return FALSE;
            }
          if (item->chosen)
            continue;
          if (n_chosen == rules->cert_max_items)
            {
              g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                           _("trade_fund.certifications_chosen: at most %" PRId64
                             " certifications may be chosen"), rules->cert_max_items);
              return FALSE;
            }
          item->chosen = TRUE;
          n_chosen++;
          if (item->counted <= 0)
            sb_tradefund_warn (report, _("The chosen certification %s has no fee invoiced inside "
                                         "the support period."), item->name);
        }
    }
  else
    {
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; i < items->len; i++)
        if (((SbCertItem *) g_ptr_array_index (items, i))->counted > 0)
          g_array_append_val (order, i);
      g_array_sort_with_data (order, compare_counted, items);
      for (guint i = 0; i < order->len && n_chosen < rules->cert_max_items; i++)
        {
          SbCertItem *item = g_ptr_array_index (items, g_array_index (order, guint, i));
          item->chosen = TRUE;
          n_chosen++;
        }
      if (order->len > n_chosen)
        sb_tradefund_warn (report, _("%u certifications have fees in the support period; the %u "
                                     "with the largest fees are chosen. You can change the "
                                     "choice."), order->len, n_chosen);
    }

  dir->base = 0;
  for (guint i = 0; i < items->len; i++)
    {
      const SbCertItem *item = g_ptr_array_index (items, i);
      if (item->chosen && !sb_money_add_checked (&dir->base, item->counted))
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("trade_fund.certifications: the fees add up beyond ±9,000,000,000,000"));
          return FALSE;
        }
    }

  add_offshore_check (dir->checks, "tradefund.certifications.offshore",
                      claim->offshore_execution_usd, rules->cert_offshore_min);
  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->subsidy = dir->eligible
                 ? sb_tradefund_capped (sb_money_mul_ratio_floor (dir->base, rules->cert_rate),
                                        rules->cert_cap)
                 : 0;
  return TRUE;
}

/* ---------------------------------------------------------------- brand */

static void
evaluate_brand (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->brand = sb_tradefund_direction_new ();
  const SbBrand *brand = claim->brand;
  const SbTradeFundBrandTitle *title = NULL;
  SbCheck *c;

  if (sb_tradefund_is_blank (brand->title))
    {
      c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the title the unit was awarded."));
      c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0, SB_STATUS_NOT_APPLICABLE);
    }
  else if ((title = sb_tradefund_rules_find_brand_title (rules, brand->title)) != NULL)
    {
      sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_PASS);
      if (title->needs_floor)
        add_offshore_check (dir->checks, "tradefund.brand.offshore",
                            claim->offshore_execution_usd, rules->brand_offshore_min);
      else
        {
          c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0,
                            SB_STATUS_NOT_APPLICABLE);
          sb_check_set_note (c, _("“%s” needs no offshore execution floor; it brings other "
                                  "materials."), title->title);
        }
    }
  else
    {
      if (rules->brand_unlisted == SB_TRADEFUND_UNLISTED_NEEDS_ACCEPTANCE
          && brand->accepted == SB_TRI_TRUE)
        {
          c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_DECLARED);
          sb_check_set_note (c, _("“%s” is not one of the notice's titles; you marked it as "
                                  "accepted (the list ends with “等称号”)."), brand->title);
        }
      else
        {
          c = sb_check_add (dir->checks, "tradefund.brand.title", 0, SB_STATUS_FAIL);
          if (rules->brand_unlisted == SB_TRADEFUND_UNLISTED_NEEDS_ACCEPTANCE)
            sb_check_set_note (c, _("“%s” is not one of the notice's titles: mark it as "
                                    "accepted once the city confirms it."), brand->title);
          else
            sb_check_set_note (c, _("“%s” is not one of the notice's titles."), brand->title);
        }
      c = sb_check_add (dir->checks, "tradefund.brand.offshore", 0, SB_STATUS_NOT_APPLICABLE);
      sb_check_set_note (c, "%s", _("No offshore floor is applied to a title outside the "
                                    "notice's list."));
    }

  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->base = SB_UNSET;
  dir->subsidy = dir->eligible ? rules->brand_cap : 0;
  if (dir->eligible)
    dir->note = g_strdup (_("The maximum: the city may pay less, depending on the size of "
                            "the fund."));
}

/* ---------------------------------------------------------------- interest */

static void
evaluate_interest (SbTradeFundReport *report, const SbTradeFundClaim *claim,
                   const SbTradeFundRules *rules)
{
  SbDirectionResult *dir = report->interest = sb_tradefund_direction_new ();
  const SbInterest *in = claim->interest;
  gboolean rate_ok = sb_ratio_is_valid (in->usd_cny) && in->usd_cny.num > 0
                     && in->usd_cny.den > 0;
  gint64 offshore = claim->offshore_execution_usd;
  gint64 raw = 0;
  SbCheck *c;

  add_offshore_check (dir->checks, "tradefund.interest.offshore", offshore,
                      rules->interest_offshore_min);
  if (in->receipts_usd == SB_UNSET)
    {
      c = sb_check_add (dir->checks, "tradefund.interest.receipts", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the total received per the foreign-income "
                                    "declaration forms, in USD."));
    }
  else
    sb_check_add (dir->checks, "tradefund.interest.receipts", 0, SB_STATUS_PASS);
  if (!rate_ok)
    {
      c = sb_check_add (dir->checks, "tradefund.interest.usd_cny", 0, SB_STATUS_MISSING);
      sb_check_set_note (c, "%s", _("Enter the USD to RMB rate used for the principal."));
    }
  else
    sb_check_add (dir->checks, "tradefund.interest.usd_cny", 0, SB_STATUS_PASS);

  dir->base = SB_UNSET;
  if (offshore != SB_UNSET && in->receipts_usd != SB_UNSET && rate_ok)
    {
      gint64 principal = MIN (offshore, in->receipts_usd);   /* USD cents */
      g_autofree char *p_text = usd_text (principal);
      g_autofree char *rate_text = sb_ratio_format (in->usd_cny, 4);
      g_autofree char *lpr_text = sb_ratio_format (sb_ratio (rules->lpr.num * 100, rules->lpr.den), 2);
      g_autofree char *rmb_text = NULL;

      dir->base = sb_money_mul_ratio_floor (principal, in->usd_cny);
      raw = mul_floor2 (principal, in->usd_cny, rules->lpr, rules->interest_term_years);
      rmb_text = sb_money_format (dir->base);
      dir->note = g_strdup_printf (_("Principal USD %s (the lower of the execution and receipt "
                                     "totals) at %s = %s 元; interest at the one-year LPR "
                                     "%s%% for one year, not pro-rated."),
                                   p_text, rate_text, rmb_text, lpr_text);
    }

  dir->eligible = report->common_ok && sb_checks_all_pass (dir->checks);
  dir->subsidy = dir->eligible ? sb_tradefund_capped (raw, rules->interest_cap) : 0;
}

/* ---------------------------------------------------------------- evaluate */

SbTradeFundReport *
sb_tradefund_evaluate (const SbDossier *d, SbPolicy *policy, GError **error)
{
  const SbTradeFundRules *rules;
  const SbTradeFundClaim *claim;
  g_autoptr(SbTradeFundReport) report = NULL;
  SbDirectionResult *dirs[5];

  g_return_val_if_fail (d != NULL && policy != NULL, NULL);

  rules = sb_tradefund_rules_get (policy, error);
  if (rules == NULL)
    return NULL;
  claim = d->trade_fund;
  if (claim == NULL)
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                   _("The dossier has no trade_fund claim"));
      return NULL;
    }

  report = g_new0 (SbTradeFundReport, 1);
  report->common = sb_checks_new ();
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  evaluate_common (report, d, rules);

  if (claim->platforms != NULL && !sb_tradefund_evaluate_platform (report, claim, rules, error))
    return NULL;
  if (claim->certifications != NULL && !evaluate_certifications (report, claim, rules, error))
    return NULL;
  if (claim->brand != NULL)
    evaluate_brand (report, claim, rules);
  if (claim->interest != NULL)
    evaluate_interest (report, claim, rules);
  if (claim->tcm != NULL)
    sb_tradefund_evaluate_tcm (report, claim, rules);

  dirs[0] = report->platform;
  dirs[1] = report->certifications;
  dirs[2] = report->brand;
  dirs[3] = report->interest;
  dirs[4] = report->tcm;
  report->total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    if (dirs[i] != NULL && dirs[i]->eligible
        && !sb_money_add_checked (&report->total, dirs[i]->subsidy))
      {
        g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                     _("trade_fund: the directions' subsidies add up beyond ±9,000,000,000,000"));
        return NULL;
      }

  if (!report->common_ok)
    sb_tradefund_warn (report, "%s", _("A condition common to every direction is not met or not "
                                       "entered: no direction is eligible."));
  return g_steal_pointer (&report);
}

/* ---------------------------------------------------------------- JSON */

static void
add_money (JsonBuilder *b, const char *member, gint64 fen)
{
  json_builder_set_member_name (b, member);
  json_builder_add_value (b, sb_money_json_node (fen));
}

static void
add_parts (JsonBuilder *b, GPtrArray *parts)
{
  json_builder_set_member_name (b, "projects");
  json_builder_begin_array (b);
  for (guint i = 0; parts != NULL && i < parts->len; i++)
    {
      const SbPlatformResult *part = g_ptr_array_index (parts, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, part->part);
      json_builder_set_member_name (b, "eligible");
      json_builder_add_boolean_value (b, part->eligible);
      add_money (b, "base", part->base);
      add_money (b, "subsidy", part->subsidy);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_direction (JsonBuilder *b, const char *member, const SbDirectionResult *dir,
               gboolean with_parts, gboolean with_base, gboolean with_chosen)
{
  json_builder_set_member_name (b, member);
  if (dir == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "eligible");
  json_builder_add_boolean_value (b, dir->eligible);
  if (with_parts)
    add_parts (b, dir->parts);
  if (with_base)
    add_money (b, "base", dir->base);
  add_money (b, "subsidy", dir->subsidy);
  if (with_chosen)
    {
      json_builder_set_member_name (b, "chosen");
      json_builder_begin_array (b);
      for (guint i = 0; dir->items != NULL && i < dir->items->len; i++)
        {
          const SbCertItem *item = g_ptr_array_index (dir->items, i);
          if (item->chosen)
            json_builder_add_string_value (b, item->name);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

JsonNode *
sb_tradefund_report_to_json (const SbTradeFundReport *report)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_direction (b, "platform", report->platform, TRUE, FALSE, FALSE);
  add_direction (b, "certifications", report->certifications, FALSE, TRUE, TRUE);
  add_direction (b, "brand", report->brand, FALSE, FALSE, FALSE);
  add_direction (b, "interest", report->interest, FALSE, TRUE, FALSE);
  add_direction (b, "tcm", report->tcm, TRUE, FALSE, FALSE);
  add_money (b, "total", report->total);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
