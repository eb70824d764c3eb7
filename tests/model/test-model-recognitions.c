/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The model's recognitions: set once, "changed" fires (the window saves),
 * carried into the dossier's "recognitions" key and back. */
#include "sb-enterprise-recognitions.h"

static void
count (gpointer self, guint *n)
{
  (void) self;
  (*n)++;
}

static void
test_set_and_dossier (void)
{
  g_autoptr(SbEnterprise) e = sb_enterprise_new ();
  g_autoptr(SbRecognition) r = sb_recognition_new ("hnte");
  g_autoptr(SbRecognition) got = NULL;
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(SbEnterprise) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint changed = 0;

  g_signal_connect (e, "changed", G_CALLBACK (count), &changed);
  g_assert_null (sb_enterprise_dup_recognition (e, "hnte"));
  r->recognized_on = sb_date_from_ymd (2023, 12, 31);
  r->certificate_no = g_strdup ("GR202333001234");
  sb_recognition_set_filed (r, 2024, TRUE, sb_date_from_ymd (2025, 5, 20));
  sb_enterprise_set_recognition (e, r);
  g_assert_cmpuint (changed, ==, 1);
  got = sb_enterprise_dup_recognition (e, "hnte");
  g_assert_nonnull (got);
  g_assert_cmpstr (got->certificate_no, ==, "GR202333001234");
  g_assert_true (sb_recognition_is_filed (got, 2024));

  /* replaced, not added twice */
  g_free (r->certificate_no);
  r->certificate_no = g_strdup ("GR202333009999");
  sb_enterprise_set_recognition (e, r);
  list = sb_enterprise_dup_recognitions (e);
  g_assert_cmpuint (list->len, ==, 1);

  d = sb_enterprise_to_dossier (e);
  g_assert_nonnull (d->extra);
  g_assert_true (json_object_has_member (d->extra, "recognitions"));
  again = sb_enterprise_new_from_dossier (d);
  g_clear_pointer (&got, sb_recognition_free);
  got = sb_enterprise_dup_recognition (again, "hnte");
  g_assert_cmpstr (got->certificate_no, ==, "GR202333009999");

  {
    /* the light dossier the portfolio's duties read */
    g_autoptr(SbDossier) light = NULL;
    g_autoptr(SbTaseApplication) tase = sb_tase_application_new ();

    g_object_set (e, "name", "甲", "region", "dalian", NULL);
    g_object_set (tase, "profile", "tase-dalian-2025", NULL);
    sb_enterprise_set_tase (e, tase);
    light = sb_enterprise_duties_dossier (e);
    g_assert_cmpstr (light->company.name, ==, "甲");
    g_assert_cmpstr (light->company.region, ==, "dalian");
    g_assert_cmpstr (light->tase->profile, ==, "tase-dalian-2025");
    g_assert_null (light->hnte);
    g_assert_true (json_object_has_member (light->extra, "recognitions"));
    changed = 2;   /* the edits above counted apart */
  }
  sb_enterprise_remove_recognition (e, "hnte");
  g_assert_null (sb_enterprise_dup_recognition (e, "hnte"));
  g_assert_cmpuint (changed, ==, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/recognitions/set-and-dossier", test_set_and_dossier);
  return g_test_run ();
}
