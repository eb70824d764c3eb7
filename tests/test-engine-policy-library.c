/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The policy library in the engine: profiles by program, region and year;
 * the profile an application picks and the plain sentence when none covers
 * the company; a user's profile validated as strictly as a bundled one with
 * the parameter named in Chinese; ids with the year, never replacing a
 * bundled one; "new from an existing one" with a new quote for every
 * changed value; written 0600 and read back; the diff between two years. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-policy-diff.h"
#include "sb-policy-edit.h"
#include "sb-policy-meta.h"
#include "sb-region.h"

static char *
empty_dir (void)
{
  return g_dir_make_tmp ("shenbao-library-XXXXXX", NULL);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_meta (void)
{
  g_autofree char *dir = empty_dir ();
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (dir);
  g_autoptr(GPtrArray) all = sb_policy_set_list (set, NULL);
  g_autoptr(GPtrArray) tase = sb_policy_set_list (set, "tase");
  SbPolicy *hnte = sb_policy_set_lookup (set, "hnte-zhejiang", NULL);
  g_autofree char *regions = NULL;
  g_autofree char *describe = NULL;

  g_assert_cmpuint (all->len, ==, 4);
  /* by program, then region, then year */
  g_assert_cmpstr (sb_policy_get_id (g_ptr_array_index (all, 0)), ==, "hnte-zhejiang");
  g_assert_cmpstr (sb_policy_get_id (g_ptr_array_index (all, 1)), ==, "tase-dalian-2025");
  g_assert_cmpstr (sb_policy_get_id (g_ptr_array_index (all, 2)), ==, "tase-guangdong-2019");
  g_assert_cmpstr (sb_policy_get_id (g_ptr_array_index (all, 3)), ==, "tradefund-dalian-2024");
  g_assert_cmpuint (tase->len, ==, 2);

  /* the HNTE profile says it is Zhejiang's; its regions as place names */
  g_assert_nonnull (strstr (sb_policy_get_title (hnte), "浙江省"));
  regions = sb_policy_regions_text (hnte);
  g_assert_true (g_str_has_prefix (regions, "浙江省、杭州市、温州市"));
  g_assert_null (strstr (regions, "hangzhou"));
  g_assert_true (sb_policy_is_bundled (hnte));
  g_assert_true (sb_policy_accepts_region (hnte, "lishui"));
  g_assert_false (sb_policy_accepts_region (hnte, "ningbo"));
  describe = sb_policy_describe (sb_policy_set_lookup (set, "tase-dalian-2025", NULL));
  g_assert_nonnull (strstr (describe, "大连市"));
  g_assert_nonnull (strstr (describe, "2025"));
  g_assert_cmpint (sb_policy_get_notice_date (sb_policy_set_lookup (set, "tase-dalian-2025", NULL)),
                   ==, sb_date_from_ymd (2025, 4, 24));

  g_assert_cmpstr (sb_region_name ("dalian"), ==, "大连市");
  g_assert_cmpstr (sb_region_name ("atlantis"), ==, "atlantis");
  g_assert_cmpstr (sb_policy_param_label ("offshore_revenue_min"), ==, "离岸服务外包业务收入占比下限");
  g_assert_cmpstr (sb_policy_param_label ("no_such"), ==, "no_such");
  /* every parameter of every bundled profile has its Chinese name */
  for (guint i = 0; i < all->len; i++)
    {
      GPtrArray *names = sb_policy_get_param_names (g_ptr_array_index (all, i));

      for (guint k = 0; k < names->len; k++)
        {
          const char *key = g_ptr_array_index (names, k);
          if (g_str_equal (sb_policy_param_label (key), key))
            g_error ("no Chinese name for %s", key);
        }
    }
  remove_dir (dir);
}

static void
test_select (void)
{
  g_autofree char *dir = empty_dir ();
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (dir);
  g_autoptr(GError) error = NULL;
  SbPolicy *p;

  p = sb_policy_set_select (set, "tase", "dalian", 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_policy_get_id (p), ==, "tase-dalian-2025");
  /* 2026 with only the 2025 profile: the newest before it */
  p = sb_policy_set_select (set, "tase", "dalian", 2026, &error);
  g_assert_cmpstr (sb_policy_get_id (p), ==, "tase-dalian-2025");
  /* before any profile's year: the oldest after it */
  p = sb_policy_set_select (set, "tase", "foshan", 2010, &error);
  g_assert_cmpstr (sb_policy_get_id (p), ==, "tase-guangdong-2019");
  p = sb_policy_set_select (set, "hnte", "hangzhou", 0, &error);
  g_assert_cmpstr (sb_policy_get_id (p), ==, "hnte-zhejiang");

  /* HNTE for a Dalian company: the plain sentence, the place name */
  p = sb_policy_set_select (set, "hnte", "dalian", 2026, &error);
  g_assert_null (p);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_NO_PROFILE);
  g_assert_cmpstr (error->message, ==, "No HNTE policy profile covers 大连市: create or import one");
  g_clear_error (&error);
  p = sb_policy_set_select (set, "tase", "hangzhou", 2025, &error);
  g_assert_null (p);
  g_assert_nonnull (strstr (error->message, "杭州市"));
  g_clear_error (&error);
  remove_dir (dir);
}

/* A Dalian company evaluated under the Zhejiang HNTE guide: the region
 * check fails with the sentence, never the raw code. */
static void
test_region_note (void)
{
  g_autofree char *dir = empty_dir ();
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (dir);
  g_autoptr(SbDossier) d = sb_dossier_new ();
  g_autoptr(SbEvaluation) e = NULL;
  g_autoptr(GError) error = NULL;
  SbCheck *region;

  d->company.name = g_strdup ("大连示例");
  d->company.region = g_strdup ("dalian");
  d->hnte = g_new0 (SbHnteClaim, 1);
  d->hnte->apply_date = sb_date_from_ymd (2026, 6, 1);
  d->hnte->profile = g_strdup ("hnte-zhejiang");
  d->hnte->score_ip = SB_UNSET;
  d->hnte->score_conversion = SB_UNSET;
  d->hnte->score_rd_management = SB_UNSET;
  d->hnte->conversion_count = SB_UNSET;
  e = sb_evaluate (d, set, sb_date_from_ymd (2026, 12, 7), &error);
  g_assert_no_error (error);
  region = sb_checks_find (e->hnte->checks, "hnte.region", 0);
  g_assert_nonnull (region);
  g_assert_cmpint (region->status, ==, SB_STATUS_FAIL);
  g_assert_nonnull (strstr (region->note, "No HNTE policy profile covers 大连市"));
  g_assert_nonnull (strstr (region->note, "浙江省"));
  g_assert_null (strstr (region->note, "dalian"));
  remove_dir (dir);
}

static char *
bundled_text (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "data", "policies",
                                            name, NULL);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  return data;
}

/* A broken user profile is refused naming the parameter in Chinese, with no
 * key path; an id without its year is refused. */
static void
test_strict (void)
{
  g_autofree char *data = bundled_text ("tase-dalian-2025");
  g_autoptr(GString) s = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) p = NULL;

  /* a ratio typed as text */
  s = g_string_new (data);
  g_string_replace (s, "\"id\": \"tase-dalian-2025\"", "\"id\": \"tase-dalian-2026\"", 1);
  g_string_replace (s, "\"year\": 2025", "\"year\": 2026", 1);
  g_string_replace (s, "\"value\": 0.35", "\"value\": \"35%\"", 1);
  p = sb_policy_load_user_data (s->str, s->len, "mine.json", &error);
  g_assert_null (p);
  g_assert_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_POLICY);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“离岸服务外包业务收入占比下限”"));
  g_assert_nonnull (strstr (error->message, "mine.json"));
  g_assert_null (strstr (error->message, "params."));
  g_clear_error (&error);

  /* a source without its quote */
  g_string_assign (s, data);
  g_string_replace (s, "\"id\": \"tase-dalian-2025\"", "\"id\": \"tase-dalian-2026\"", 1);
  g_string_replace (s, "\"year\": 2025", "\"year\": 2026", 1);
  g_string_replace (s, "\"quote\": \"2025年度认定（复审）申报工作\"", "\"quote\": \"\"", 1);
  p = sb_policy_load_user_data (s->str, s->len, "mine.json", &error);
  g_assert_null (p);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“复审”"));
  g_assert_nonnull (strstr (error->message, "quote"));
  g_clear_error (&error);

  /* the program's rules compile: a catalogue entry without its code */
  g_string_assign (s, data);
  g_string_replace (s, "\"id\": \"tase-dalian-2025\"", "\"id\": \"tase-dalian-2026\"", 1);
  g_string_replace (s, "\"year\": 2025", "\"year\": 2026", 1);
  g_string_replace (s, "\"code\": \"ITO.software_dev\"", "\"kode\": \"ITO.software_dev\"", 1);
  p = sb_policy_load_user_data (s->str, s->len, "mine.json", &error);
  g_assert_null (p);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“技术先进型服务业务领域范围”, item 1"));
  g_clear_error (&error);

  /* an id without the notice year */
  g_string_assign (s, data);
  g_string_replace (s, "\"id\": \"tase-dalian-2025\"", "\"id\": \"tase-dalian-new\"", 1);
  p = sb_policy_load_user_data (s->str, s->len, "mine.json", &error);
  g_assert_no_error (error);
  g_assert_false (sb_policy_check_new_id (p, &error));
  g_assert_nonnull (strstr (error->message, "2025"));
  g_clear_error (&error);
  g_clear_pointer (&p, sb_policy_unref);

  /* as it is: valid */
  p = sb_policy_load_user_data (data, strlen (data), "copy.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (p);
}

/* A user's file with a bundled id is refused, saying so, and the bundled
 * profile stays; a free id is offered. */
static void
test_no_silent_replace (void)
{
  g_autofree char *dir = empty_dir ();
  g_autofree char *data = bundled_text ("tase-dalian-2025");
  g_autofree char *path = g_build_filename (dir, "tase-dalian-2025.json", NULL);
  g_autoptr(GString) s = g_string_new (data);
  g_autoptr(SbPolicySet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *free_id = NULL;
  SbPolicy *p;
  GPtrArray *errors;

  g_string_replace (s, "\"title\": \"关于开展", "\"title\": \"我的关于开展", 1);
  g_assert_true (g_file_set_contents (path, s->str, -1, NULL));
  set = sb_policy_set_new_default (dir);
  p = sb_policy_set_lookup (set, "tase-dalian-2025", &error);
  g_assert_no_error (error);
  g_assert_true (sb_policy_is_bundled (p));
  g_assert_true (g_str_has_prefix (sb_policy_get_title (p), "关于开展"));
  errors = sb_policy_set_get_load_errors (set);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), "bundled"));
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), "tase-dalian-2025-user"));
  g_assert_true (sb_policy_set_is_bundled_id (set, "tase-dalian-2025"));
  free_id = sb_policy_set_free_id (set, "tase-dalian-2025");
  g_assert_cmpstr (free_id, ==, "tase-dalian-2025-user");
  remove_dir (dir);
}

/* 2026 from 2025: edited, validated, written 0600, read back, diffed. */
static void
test_derive_and_diff (void)
{
  g_autofree char *dir = empty_dir ();
  g_autoptr(SbPolicySet) set = sb_policy_set_new_default (dir);
  SbPolicy *base = sb_policy_set_lookup (set, "tase-dalian-2025", NULL);
  g_autoptr(SbPolicyDraft) draft = sb_policy_draft_new (base, "tase-dalian-2026", 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) made = NULL;
  g_autoptr(SbPolicy) back = NULL;
  g_autoptr(GPtrArray) diff = NULL;
  g_autofree char *path = g_build_filename (dir, "tase-dalian-2026.json", NULL);
  g_autofree char *materials = NULL;
  g_autoptr(GString) edited = NULL;
  GStatBuf st;
  gboolean saw_deadline = FALSE, saw_offshore = FALSE, saw_item = FALSE, saw_notice = FALSE;
  SbRatio r;

  sb_policy_draft_set_title (draft, "关于开展2026年度技术先进型服务企业认定管理工作的通知");
  g_assert_true (sb_policy_draft_set_notice (draft, "n2026", "关于开展2026年度技术先进型服务企业认定管理工作的通知",
                                             "大连市科学技术局", "2026-04-20", &error));
  g_assert_no_error (error);
  g_assert_false (sb_policy_draft_set_notice (draft, "n2", "x", NULL, "2026-02-30", &error));
  g_clear_error (&error);

  /* a changed value without a new quote is refused, naming the parameter */
  g_assert_false (sb_policy_draft_set_text (draft, "deadline_online", "2026-05-29", "n2026",
                                            "三、2", "", &error));
  g_assert_nonnull (strstr (error->message, "网上申报截止日期"));
  g_clear_error (&error);
  {
    /* the old notice's quote for a new value: refused too */
    JsonObject *src = json_object_get_object_member (sb_policy_get_param (base, "deadline_online"),
                                                     "source");

    g_assert_false (sb_policy_draft_set_text (draft, "deadline_online", "2026-05-29", "n2026", "三、2",
                                              json_object_get_string_member (src, "quote"), &error));
    g_assert_nonnull (strstr (error->message, "网上申报截止日期"));
    g_clear_error (&error);
  }
  /* a date that is no date */
  g_assert_false (sb_policy_draft_set_text (draft, "deadline_online", "5月29日", "n2026", "三、2",
                                            "截止到2026年5月29日", &error));
  g_assert_nonnull (strstr (error->message, "网上申报截止日期"));
  g_clear_error (&error);

  g_assert_true (sb_policy_draft_set_text (draft, "deadline_online", "2026-05-29", "n2026", "三、2",
                                           "网上申报时间截止到2026年5月29日", &error));
  g_assert_no_error (error);
  g_assert_true (sb_policy_draft_set_text (draft, "offshore_revenue_min", "40%", "n2026", "一（二）6",
                                           "离岸服务外包业务收入不低于企业当年总收入的40%", &error));
  g_assert_no_error (error);
  materials = sb_policy_value_to_text (base, "materials");
  edited = g_string_new (materials);
  g_string_replace (edited, "企业管理章程", "企业章程（最新版本）", 1);
  g_assert_true (sb_policy_draft_set_text (draft, "materials", edited->str, "n2026", "二",
                                           "企业章程（最新版本）", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sb_policy_draft_changed (draft)->len, ==, 3);

  made = sb_policy_draft_finish (draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_policy_get_id (made), ==, "tase-dalian-2026");
  g_assert_cmpint (sb_policy_get_year (made), ==, 2026);
  g_assert_true (sb_policy_get_ratio (made, "offshore_revenue_min", &r, NULL));
  g_assert_cmpint (sb_ratio_compare (r, sb_ratio (2, 5)), ==, 0);

  /* written owner-only, read back as a user's profile */
  g_assert_true (sb_policy_write_file (made, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  back = sb_policy_load_user_file (path, &error);
  g_assert_no_error (error);
  g_assert_false (sb_policy_is_bundled (back));
  {
    g_autoptr(SbPolicySet) again = sb_policy_set_new_default (dir);
    g_autoptr(GError) e2 = NULL;
    SbPolicy *p = sb_policy_set_select (again, "tase", "dalian", 2026, &e2);

    g_assert_no_error (e2);
    g_assert_cmpstr (sb_policy_get_id (p), ==, "tase-dalian-2026");
    p = sb_policy_set_select (again, "tase", "dalian", 2025, &e2);
    g_assert_cmpstr (sb_policy_get_id (p), ==, "tase-dalian-2025");
  }

  diff = sb_policy_diff (base, back);
  for (guint i = 0; i < diff->len; i++)
    {
      SbPolicyChange *c = g_ptr_array_index (diff, i);
      g_autofree char *line = sb_policy_change_line (c);

      g_test_message ("%s", line);
      if (c->kind == SB_POLICY_CHANGE_PARAM && g_str_equal (c->key, "deadline_online"))
        {
          saw_deadline = TRUE;
          g_assert_cmpstr (line, ==, "网上申报截止日期: 2025-05-30 → 2026-05-29");
          g_assert_cmpstr (c->new_quote, ==, "网上申报时间截止到2026年5月29日");
          g_assert_nonnull (c->old_quote);
        }
      if (c->kind == SB_POLICY_CHANGE_PARAM && g_str_equal (c->key, "offshore_revenue_min"))
        {
          saw_offshore = TRUE;
          g_assert_cmpstr (c->old_text, ==, "35%");
          g_assert_cmpstr (c->new_text, ==, "40%");
        }
      if (c->kind == SB_POLICY_CHANGE_ITEM && g_str_equal (c->key, "materials"))
        {
          saw_item = TRUE;
          g_assert_cmpint (c->item, ==, 4);
          g_assert_cmpstr (c->old_text, ==, "企业管理章程");
          g_assert_cmpstr (c->new_text, ==, "企业章程（最新版本）");
        }
      if (c->kind == SB_POLICY_CHANGE_NOTICE)
        saw_notice = TRUE;
      g_assert_false (c->kind == SB_POLICY_CHANGE_PARAM && g_str_equal (c->key, "catalogue"));
    }
  g_assert_true (saw_deadline && saw_offshore && saw_item && saw_notice);
  remove_dir (dir);
}

/* The catalogue's entries by code: one removed, one reworded. */
static void
test_diff_catalogue (void)
{
  g_autofree char *data = bundled_text ("tase-dalian-2025");
  g_autoptr(GString) s = g_string_new (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) a = sb_policy_load_user_data (data, strlen (data), "a.json", &error);
  g_autoptr(SbPolicy) b = NULL;
  g_autoptr(GPtrArray) diff = NULL;
  guint catalogue = 0;

  g_string_replace (s, "\"name\": \"软件研发及开发服务\"", "\"name\": \"软件研发服务\"", 1);
  b = sb_policy_load_user_data (s->str, s->len, "b.json", &error);
  g_assert_no_error (error);
  diff = sb_policy_diff (a, b);
  for (guint i = 0; i < diff->len; i++)
    {
      SbPolicyChange *c = g_ptr_array_index (diff, i);
      if (c->kind == SB_POLICY_CHANGE_CATALOGUE)
        {
          catalogue++;
          g_assert_cmpstr (c->item_code, ==, "ITO.software_dev");
          g_assert_cmpstr (c->old_text, ==, "软件研发及开发服务");
          g_assert_cmpstr (c->new_text, ==, "软件研发服务");
        }
    }
  g_assert_cmpuint (catalogue, ==, 1);
  g_assert_cmpuint (diff->len, ==, 1);
  /* a profile against itself: nothing */
  g_clear_pointer (&diff, g_ptr_array_unref);
  diff = sb_policy_diff (a, a);
  g_assert_cmpuint (diff->len, ==, 0);
}

/* Messages in words: every params.KEY named in Chinese. */
static void
test_message_in_words (void)
{
  g_autofree char *a = sb_policy_message_in_words ("Policy profile x.json: params.cert_list.value[2].name: is odd");
  g_autofree char *b = sb_policy_message_in_words ("Policy profile x.json: params.review.source.quote: must be a non-empty string");
  g_autofree char *c = sb_policy_message_in_words ("Policy profile x.json: id: missing");

  g_assert_cmpstr (a, ==, "Policy profile x.json: parameter “国际认证项目”, item 3.name: is odd");
  g_assert_cmpstr (b, ==, "Policy profile x.json: parameter “复审” (source) quote: must be a non-empty string");
  g_assert_cmpstr (c, ==, "Policy profile x.json: id: missing");
}

/* A profile derived on one machine, exported, imported into another
 * user's folder (a second database's world); a bundled id renamed; a
 * broken file refused naming the parameter. */
static void
test_export_import (void)
{
  g_autofree char *dir_a = empty_dir ();
  g_autofree char *dir_b = empty_dir ();
  g_autofree char *out = NULL;
  g_autoptr(SbPolicySet) a = sb_policy_set_new_default (dir_a);
  g_autoptr(SbPolicySet) b = sb_policy_set_new_default (dir_b);
  SbPolicy *base = sb_policy_set_lookup (a, "tradefund-dalian-2024", NULL);
  g_autoptr(SbPolicyDraft) draft = sb_policy_draft_new (base, "tradefund-dalian-2025", 2025);
  g_autoptr(SbPolicy) made = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *bundled_copy = g_build_filename (dir_a, "copy.json", NULL);
  g_autofree char *broken = g_build_filename (dir_a, "broken.json", NULL);
  g_autofree char *data = bundled_text ("tradefund-dalian-2024");
  g_autoptr(GString) bad = g_string_new (data);
  SbPolicy *imported;
  SbRatio lpr;

  sb_policy_draft_set_title (draft, "关于2025年度中央外经贸发展专项资金申报工作的通知");
  g_assert_true (sb_policy_draft_set_notice (draft, "n2025", "关于2025年度中央外经贸发展专项资金申报工作的通知",
                                             "大连市商务局", "2025-10-20", &error));
  g_assert_true (sb_policy_draft_set_text (draft, "interest_lpr", "3.0%", "n2025", "三",
                                           "一年期贷款市场报价利率（LPR）3.0%", &error));
  g_assert_true (sb_policy_draft_set_text (draft, "support_period", "2024-07-01 至 2025-12-31",
                                           "n2025", "二", "支持2024年7月1日至2025年12月31日期间", &error));
  g_assert_no_error (error);
  made = sb_policy_draft_finish (draft, &error);
  g_assert_no_error (error);
  g_assert_true (sb_policy_save_new (a, made, dir_a, &error));
  g_assert_no_error (error);
  g_assert_false (sb_policy_save_new (a, made, dir_a, &error));   /* its id is taken now */
  g_clear_error (&error);
  out = g_build_filename (dir_a, "tradefund-dalian-2025.json", NULL);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  /* the colleague's machine */
  imported = sb_policy_import_file (b, out, dir_b, &renamed, &error);
  g_assert_no_error (error);
  g_assert_null (renamed);
  g_assert_cmpstr (sb_policy_get_id (imported), ==, "tradefund-dalian-2025");
  g_assert_false (sb_policy_is_bundled (imported));
  g_assert_true (sb_policy_get_ratio (imported, "interest_lpr", &lpr, NULL));
  g_assert_cmpint (sb_ratio_compare (lpr, sb_ratio (3, 100)), ==, 0);
  {
    /* picked up by a set made later from the folder: the file is there, 0600 */
    g_autoptr(SbPolicySet) again = sb_policy_set_new_default (dir_b);
    g_autofree char *file = g_build_filename (dir_b, "tradefund-dalian-2025.json", NULL);
    GStatBuf st;

    g_assert_nonnull (sb_policy_set_lookup (again, "tradefund-dalian-2025", NULL));
    g_assert_cmpint (g_stat (file, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpuint (sb_policy_set_get_load_errors (again)->len, ==, 0);
  }
  /* the same file again: refused, the user's profile has the id */
  g_assert_null (sb_policy_import_file (b, out, dir_b, &renamed, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* a bundled profile's file: renamed, said so */
  g_assert_true (g_file_set_contents (bundled_copy, data, -1, NULL));
  imported = sb_policy_import_file (b, bundled_copy, dir_b, &renamed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (renamed, ==, "tradefund-dalian-2024");
  g_assert_cmpstr (sb_policy_get_id (imported), ==, "tradefund-dalian-2024-user");
  g_assert_true (sb_policy_is_bundled (sb_policy_set_lookup (b, "tradefund-dalian-2024", NULL)));
  /* deleted: the file and the set's entry; a bundled one cannot be */
  {
    g_autofree char *file = g_build_filename (dir_b, "tradefund-dalian-2024-user.json", NULL);

    g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));
    g_assert_true (sb_policy_delete_user (b, "tradefund-dalian-2024-user", &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
    g_assert_null (sb_policy_set_lookup (b, "tradefund-dalian-2024-user", NULL));
    g_assert_false (sb_policy_delete_user (b, "tradefund-dalian-2024", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* a broken file: refused, the parameter named in Chinese */
  g_string_replace (bad, "\"value\": 0.031", "\"value\": \"3.1%\"", 1);
  g_string_replace (bad, "\"id\": \"tradefund-dalian-2024\"", "\"id\": \"tradefund-dalian-2026\"", 1);
  g_assert_true (g_file_set_contents (broken, bad->str, -1, NULL));
  g_clear_pointer (&renamed, g_free);
  g_assert_null (sb_policy_import_file (b, broken, dir_b, &renamed, &error));
  g_assert_nonnull (strstr (error->message, "贷款市场报价利率（LPR）"));
  g_assert_null (sb_policy_set_lookup (b, "tradefund-dalian-2026", NULL));
  remove_dir (dir_a);
  remove_dir (dir_b);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/library/meta", test_meta);
  g_test_add_func ("/engine/library/select", test_select);
  g_test_add_func ("/engine/library/region-note", test_region_note);
  g_test_add_func ("/engine/library/strict", test_strict);
  g_test_add_func ("/engine/library/no-silent-replace", test_no_silent_replace);
  g_test_add_func ("/engine/library/derive-and-diff", test_derive_and_diff);
  g_test_add_func ("/engine/library/diff-catalogue", test_diff_catalogue);
  g_test_add_func ("/engine/library/message-in-words", test_message_in_words);
  g_test_add_func ("/engine/library/export-import", test_export_import);
  return g_test_run ();
}
