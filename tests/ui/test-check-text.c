/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-check-text.c: a check in words: a title for every check id the
 * evaluators emit, values against thresholds, shortfalls (no display needed). */
#include "config.h"

#include "sb-check-text.h"
#include "sb-dossier-json.h"
#include "sb-evaluate.h"

/* Every id the engine adds (grep sb_check_add src/engine/ *.c). */
static const char *engine_ids[] = {
  "tase.region", "tase.legal_entity", "tase.scope", "tase.clean_record",
  "tase.mofcom_registered", "tase.degree_staff", "tase.tase_revenue", "tase.offshore_revenue",
  "hnte.region", "hnte.age", "hnte.ip", "hnte.field", "hnte.st_staff", "hnte.rd_ratio",
  "hnte.rd_domestic", "hnte.ht_revenue", "hnte.innovation", "hnte.no_incident",
  "tradefund.region", "tradefund.legal_entity", "tradefund.no_serious_violation_5y",
  "tradefund.no_other_fiscal_support",
  "tradefund.platform.construction.built_on", "tradefund.platform.construction.firms_served",
  "tradefund.platform.om.built_on", "tradefund.platform.om.firms_served",
  "tradefund.certifications.offshore", "tradefund.brand.title", "tradefund.brand.offshore",
  "tradefund.interest.offshore", "tradefund.interest.receipts", "tradefund.interest.usd_cny",
  "tradefund.tcm.recognised_base", "tradefund.tcm.construction.built_on",
  "tradefund.tcm.construction.first_application", "tradefund.tcm.om.built_on",
};

static SbCheck
check_of (const char *id, SbStatus status)
{
  SbCheck c = { .id = id, .status = status };

  c.value = c.value_high = c.threshold = sb_ratio (0, 0);
  return c;
}

static void
test_titles (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < G_N_ELEMENTS (engine_ids); i++)
    {
      SbCheck c = check_of (engine_ids[i], SB_STATUS_PASS);
      const char *title = sb_check_get_title (&c);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, engine_ids[i]);
      g_assert_cmpuint (strlen (title), >, 5);
      g_hash_table_add (seen, (gpointer) title);
    }
  /* an id nobody knows shows as itself */
  {
    SbCheck c = check_of ("tase.unheard_of", SB_STATUS_PASS);

    g_assert_cmpstr (sb_check_get_title (&c), ==, "tase.unheard_of");
  }
}

/* The ids the example dossiers actually produce all have titles. */
static void
test_titles_of_examples (void)
{
  const char *examples[] = { "tase-dalian-new.shenbao.json", "tradefund-platform-certs.shenbao.json" };
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(GHashTable) known = sb_known_categories (policies);
  guint n_checked = 0;

  for (gsize e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data",
                                                "examples", examples[e], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SbDossier) d = sb_dossier_from_file (path, known, &error);
      g_autoptr(SbEvaluation) ev = NULL;
      GPtrArray *lists[16] = { NULL };
      guint n_lists = 0;

      g_assert_no_error (error);
      ev = sb_evaluate (d, policies, sb_date_from_ymd (2025, 5, 1), &error);
      g_assert_no_error (error);
      if (ev->tase != NULL)
        lists[n_lists++] = ev->tase->checks;
      if (ev->trade_fund != NULL)
        {
          SbDirectionResult *dirs[] = {
            ev->trade_fund->platform, ev->trade_fund->certifications, ev->trade_fund->brand,
            ev->trade_fund->interest, ev->trade_fund->tcm,
          };

          lists[n_lists++] = ev->trade_fund->common;
          for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
            {
              if (dirs[i] == NULL)
                continue;
              lists[n_lists++] = dirs[i]->checks;
              for (guint p = 0; dirs[i]->parts != NULL && p < dirs[i]->parts->len; p++)
                {
                  SbPlatformResult *part = g_ptr_array_index (dirs[i]->parts, p);

                  if (n_lists < G_N_ELEMENTS (lists))
                    lists[n_lists++] = part->checks;
                }
            }
        }
      for (guint l = 0; l < n_lists; l++)
        for (guint i = 0; i < lists[l]->len; i++)
          {
            SbCheck *c = g_ptr_array_index (lists[l], i);

            g_assert_cmpstr (sb_check_get_title (c), !=, c->id);
            n_checked++;
          }
    }
  g_assert_cmpuint (n_checked, >=, 10);
}

static void
assert_value (const SbCheck *c, const char *expected)
{
  g_autofree char *text = sb_check_format_value (c);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_values (void)
{
  SbCheck c = check_of ("tase.degree_staff", SB_STATUS_FAIL);

  /* the example: 0.4872 against 0.50 */
  c.value_unit = SB_UNIT_RATIO;
  c.value = sb_ratio (1824, 3744);
  c.threshold = sb_ratio (1, 2);
  assert_value (&c, "48.72% (at least 50.00%)");
  c.value = sb_ratio (11300000, 30000000);
  c.threshold = sb_ratio (35, 100);
  assert_value (&c, "37.67% (at least 35.00%)");
  /* exactly met, and 100% */
  c.value = sb_ratio (7, 20);
  assert_value (&c, "35.00% (at least 35.00%)");
  c.value = sb_ratio (5, 5);
  assert_value (&c, "100.00% (at least 35.00%)");
  c.value = sb_ratio (0, 5);
  assert_value (&c, "0.00% (at least 35.00%)");
  /* a value just short never reads as the threshold it misses */
  c.value = sb_ratio (349999, 1000000);
  assert_value (&c, "34.9999% (at least 35.00%)");
  c.value = sb_ratio (3499999999LL, 10000000000LL);
  assert_value (&c, "34.99999999% (at least 35.00%)");
  /* no overflow with large fen figures */
  c.value = sb_ratio (G_GINT64_CONSTANT (450000000000000), G_GINT64_CONSTANT (900000000000000));
  c.threshold = sb_ratio (1, 2);
  assert_value (&c, "50.00% (at least 50.00%)");
  /* missing: the threshold alone */
  c.value = sb_ratio (0, 0);
  c.threshold = sb_ratio (3, 100);
  assert_value (&c, "at least 3.00%");

  /* points, a range, and unknown */
  c = check_of ("hnte.innovation", SB_STATUS_FAIL);
  c.value_unit = SB_UNIT_POINTS;
  c.threshold = sb_ratio (71, 1);
  c.value = sb_ratio (62, 1);
  c.value_high = sb_ratio (68, 1);
  assert_value (&c, "62–68 points (at least 71)");
  c.value_high = sb_ratio (62, 1);
  assert_value (&c, "62 points (at least 71)");
  c.value = sb_ratio (0, 0);
  assert_value (&c, "at least 71 points");

  /* nothing to show */
  c = check_of ("tase.region", SB_STATUS_PASS);
  assert_value (&c, "");
  c = check_of ("hnte.age", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_DAYS;
  c.shortfall = 30;
  assert_value (&c, "");
}

static void
assert_shortfall (const SbCheck *c, const char *expected)
{
  g_autofree char *text = sb_check_format_shortfall (c);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_shortfalls (void)
{
  SbCheck c = check_of ("tase.offshore_revenue", SB_STATUS_FAIL);

  c.shortfall_unit = SB_UNIT_FEN;
  c.shortfall = 230769231;
  assert_shortfall (&c, "Short of offshore outsourcing revenue: ¥2,307,692.31");
  c.shortfall = 1;
  assert_shortfall (&c, "Short of offshore outsourcing revenue: ¥0.01");
  c.id = "tase.tase_revenue";
  c.shortfall = 100000000;
  assert_shortfall (&c, "Short of catalogue service revenue: ¥1,000,000.00");
  c.id = "hnte.rd_ratio";
  c.shortfall = 12345;
  assert_shortfall (&c, "Short of R&D expense: ¥123.45");

  /* persons */
  c = check_of ("tase.degree_staff", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_PERSONS;
  c.shortfall = 3;
  assert_shortfall (&c, "Short of 3 staff with a degree");
  c.shortfall = 1;
  assert_shortfall (&c, "Short of 1 staff member with a degree");
  c.id = "hnte.st_staff";
  c.shortfall = 1200;
  assert_shortfall (&c, "Short of 1,200 science and technology staff");

  /* points, days, firms, US dollars */
  c = check_of ("hnte.innovation", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_POINTS;
  c.shortfall = 9;
  assert_shortfall (&c, "Short of 9 points");
  c = check_of ("hnte.age", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_DAYS;
  c.shortfall = 30;
  assert_shortfall (&c, "30 more days since registration are needed");
  c = check_of ("tradefund.platform.om.firms_served", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_COUNT;
  c.shortfall = 2;
  assert_shortfall (&c, "Short of 2 firms served");
  c = check_of ("tradefund.certifications.offshore", SB_STATUS_FAIL);
  c.shortfall_unit = SB_UNIT_FEN;
  c.shortfall = 123456789;
  assert_shortfall (&c, "Short of offshore execution: US$1,234,567.89");

  /* none: passing, missing, unreachable, no unit */
  c = check_of ("tase.offshore_revenue", SB_STATUS_PASS);
  c.shortfall_unit = SB_UNIT_FEN;
  c.shortfall = 0;
  assert_shortfall (&c, NULL);
  c.status = SB_STATUS_MISSING;
  assert_shortfall (&c, NULL);
  c.status = SB_STATUS_FAIL;
  c.shortfall = -1;
  assert_shortfall (&c, NULL);
  c = check_of ("tase.region", SB_STATUS_FAIL);
  assert_shortfall (&c, NULL);
}

static void
test_icons (void)
{
  g_assert_cmpstr (sb_check_status_icon (SB_STATUS_PASS), ==, "emblem-ok-symbolic");
  g_assert_cmpstr (sb_check_status_icon (SB_STATUS_FAIL), ==, "window-close-symbolic");
  g_assert_cmpstr (sb_check_status_icon (SB_STATUS_MISSING), ==, "dialog-question-symbolic");
  g_assert_cmpstr (sb_check_status_icon (SB_STATUS_DECLARED), ==, "checkbox-checked-symbolic");
  g_assert_cmpstr (sb_check_status_icon (SB_STATUS_NOT_APPLICABLE), ==, "list-remove-symbolic");
}

int
main (int argc, char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/check-text/titles", test_titles);
  g_test_add_func ("/check-text/titles-of-examples", test_titles_of_examples);
  g_test_add_func ("/check-text/values", test_values);
  g_test_add_func ("/check-text/shortfalls", test_shortfalls);
  g_test_add_func ("/check-text/icons", test_icons);
  return g_test_run ();
}
