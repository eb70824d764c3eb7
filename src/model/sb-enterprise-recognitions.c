/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-enterprise-recognitions.h"

#include "sb-model-private.h"

GPtrArray *
sb_enterprise_dup_recognitions (SbEnterprise *self)
{
  JsonObject *extra = sb_model_object_get_extra (SB_MODEL_OBJECT (self));
  GPtrArray *list = sb_recognitions_from_extra (extra, NULL);

  if (list == NULL)
    list = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_recognition_free);
  return list;
}

SbRecognition *
sb_enterprise_dup_recognition (SbEnterprise *self, const char *program)
{
  g_autoptr(GPtrArray) list = sb_enterprise_dup_recognitions (self);

  for (guint i = 0; i < list->len; i++)
    {
      SbRecognition *r = g_ptr_array_index (list, i);
      if (g_strcmp0 (r->program, program) == 0)
        return g_ptr_array_steal_index (list, i);
    }
  return NULL;
}

static void
store (SbEnterprise *self, GPtrArray *list)
{
  JsonObject *old = sb_model_object_get_extra (SB_MODEL_OBJECT (self));
  g_autoptr(JsonObject) extra = old != NULL ? sb_model_json_object_copy (old) : json_object_new ();

  if (list->len == 0)
    json_object_remove_member (extra, "recognitions");
  else
    {
      JsonArray *a = json_array_new ();

      for (guint i = 0; i < list->len; i++)
        json_array_add_object_element (a, sb_recognition_to_json (g_ptr_array_index (list, i)));
      json_object_set_array_member (extra, "recognitions", a);
    }
  sb_model_object_set_extra (SB_MODEL_OBJECT (self),
                             json_object_get_size (extra) > 0 ? extra : NULL);
  g_signal_emit_by_name (self, "changed");
}

void
sb_enterprise_set_recognition (SbEnterprise *self, const SbRecognition *recognition)
{
  g_autoptr(GPtrArray) list = sb_enterprise_dup_recognitions (self);
  gboolean replaced = FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      SbRecognition *r = g_ptr_array_index (list, i);
      if (g_strcmp0 (r->program, recognition->program) == 0)
        {
          sb_recognition_free (r);
          list->pdata[i] = sb_recognition_copy (recognition);
          replaced = TRUE;
        }
    }
  if (!replaced)
    g_ptr_array_add (list, sb_recognition_copy (recognition));
  store (self, list);
}

void
sb_enterprise_remove_recognition (SbEnterprise *self, const char *program)
{
  g_autoptr(GPtrArray) list = sb_enterprise_dup_recognitions (self);

  for (guint i = list->len; i > 0; i--)
    if (g_strcmp0 (((SbRecognition *) g_ptr_array_index (list, i - 1))->program, program) == 0)
      g_ptr_array_remove_index (list, i - 1);
  store (self, list);
}

static char *
profile_of (gpointer claim)
{
  char *profile = NULL;

  if (claim != NULL)
    g_object_get (claim, "profile", &profile, NULL);
  return profile;
}

SbDossier *
sb_enterprise_duties_dossier (SbEnterprise *self)
{
  SbDossier *d = sb_dossier_new ();
  JsonObject *extra = sb_model_object_get_extra (SB_MODEL_OBJECT (self));
  JsonNode *recognitions = extra != NULL ? json_object_get_member (extra, "recognitions") : NULL;

  g_object_get (self, "name", &d->company.name, "region", &d->company.region, NULL);
  if (sb_enterprise_get_tase (self) != NULL)
    {
      d->tase = g_new0 (SbTaseClaim, 1);
      d->tase->profile = profile_of (sb_enterprise_get_tase (self));
    }
  if (sb_enterprise_get_annual_report (self) != NULL)
    {
      d->annual_report = g_new0 (SbAnnualClaim, 1);
      d->annual_report->profile = profile_of (sb_enterprise_get_annual_report (self));
    }
  if (sb_enterprise_get_hnte (self) != NULL)
    {
      d->hnte = g_new0 (SbHnteClaim, 1);
      d->hnte->profile = profile_of (sb_enterprise_get_hnte (self));
    }
  if (sb_enterprise_get_trade_fund (self) != NULL)
    {
      d->trade_fund = g_new0 (SbTradeFundClaim, 1);
      d->trade_fund->profile = profile_of (sb_enterprise_get_trade_fund (self));
    }
  if (recognitions != NULL)
    {
      d->extra = json_object_new ();
      json_object_set_member (d->extra, "recognitions", json_node_copy (recognitions));
    }
  return d;
}
