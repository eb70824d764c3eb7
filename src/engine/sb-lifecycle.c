/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-lifecycle.h"

#include <glib/gi18n-lib.h>

#include "sb-engine-error.h"
#include "sb-evaluate.h"
#include "sb-policy-meta.h"

SbRecognition *
sb_recognition_new (const char *program)
{
  SbRecognition *self = g_new0 (SbRecognition, 1);

  self->program = g_strdup (program);
  self->filed_years = g_array_new (FALSE, FALSE, sizeof (int));
  self->filed_on = g_array_new (FALSE, FALSE, sizeof (SbDate));
  self->change_reports = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_change_report_free);
  return self;
}

SbChangeReport *
sb_change_report_new (SbDate date, const char *subject, gboolean filed)
{
  SbChangeReport *c = g_new0 (SbChangeReport, 1);

  c->date = date;
  c->subject = g_strdup (subject);
  c->filed = filed;
  return c;
}

void
sb_change_report_free (SbChangeReport *self)
{
  if (self == NULL)
    return;
  g_free (self->subject);
  g_free (self);
}

void
sb_recognition_free (SbRecognition *self)
{
  if (self == NULL)
    return;
  g_free (self->program);
  g_free (self->certificate_no);
  g_array_unref (self->filed_years);
  g_array_unref (self->filed_on);
  g_ptr_array_unref (self->change_reports);
  g_clear_pointer (&self->extra, json_object_unref);
  g_free (self);
}

SbRecognition *
sb_recognition_copy (const SbRecognition *self)
{
  g_autoptr(JsonObject) o = sb_recognition_to_json (self);

  return sb_recognition_from_json (o, 0, NULL);
}

static gboolean
bad (GError **error, guint index, const char *key, const char *what)
{
  g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
               /* TRANSLATORS: recognitions[0].recognized_on: must be a date */
               _("recognitions[%u].%s: %s"), index, key, what);
  return FALSE;
}

static gboolean
read_date (JsonObject *o, const char *key, SbDate *out, guint index, GError **error)
{
  JsonNode *n = json_object_get_member (o, key);

  *out = SB_DATE_UNSET;
  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || !sb_date_parse (json_node_get_string (n), out))
    return bad (error, index, key, _("must be a date YYYY-MM-DD"));
  return TRUE;
}

static gboolean
is_state (JsonObject *o, const char *key, gboolean *filed, guint index, const char *where,
          GError **error)
{
  const char *s = json_object_get_string_member_with_default (o, key, "due");

  if (g_strcmp0 (s, "filed") == 0)
    *filed = TRUE;
  else if (g_strcmp0 (s, "due") == 0)
    *filed = FALSE;
  else
    return bad (error, index, where, _("state must be \"due\" or \"filed\""));
  return TRUE;
}

SbRecognition *
sb_recognition_from_json (JsonObject *o, guint index, GError **error)
{
  g_autoptr(SbRecognition) self = NULL;
  const char *known[] = { "program", "recognized_on", "certificate_no", "valid_years",
                          "annual_reports", "change_reports" };
  g_autoptr(GList) members = NULL;
  JsonNode *n;

  n = json_object_get_member (o, "program");
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING
      || (g_strcmp0 (json_node_get_string (n), "tase") != 0
          && g_strcmp0 (json_node_get_string (n), "hnte") != 0))
    {
      bad (error, index, "program", _("must be \"tase\" or \"hnte\""));
      return NULL;
    }
  self = sb_recognition_new (json_node_get_string (n));
  if (!read_date (o, "recognized_on", &self->recognized_on, index, error))
    return NULL;
  n = json_object_get_member (o, "certificate_no");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
        {
          bad (error, index, "certificate_no", _("must be a string"));
          return NULL;
        }
      self->certificate_no = g_strdup (json_node_get_string (n));
    }
  n = json_object_get_member (o, "valid_years");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
          || json_node_get_int (n) < 1 || json_node_get_int (n) > 10)
        {
          bad (error, index, "valid_years", _("must be a whole number of years from 1 to 10"));
          return NULL;
        }
      self->valid_years = (int) json_node_get_int (n);
    }
  n = json_object_get_member (o, "annual_reports");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      JsonArray *a;

      if (!JSON_NODE_HOLDS_ARRAY (n))
        {
          bad (error, index, "annual_reports", _("must be a list"));
          return NULL;
        }
      a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          g_autofree char *where = g_strdup_printf ("annual_reports[%u]", i);
          JsonObject *r;
          JsonNode *y;
          gboolean filed;
          SbDate on;

          if (!JSON_NODE_HOLDS_OBJECT (e))
            {
              bad (error, index, where, _("must be an object"));
              return NULL;
            }
          r = json_node_get_object (e);
          y = json_object_get_member (r, "year");
          if (y == NULL || !JSON_NODE_HOLDS_VALUE (y) || json_node_get_value_type (y) != G_TYPE_INT64
              || json_node_get_int (y) < 1900 || json_node_get_int (y) > 9999)
            {
              g_autofree char *k = g_strconcat (where, ".year", NULL);
              bad (error, index, k, _("must be a year"));
              return NULL;
            }
          if (!is_state (r, "state", &filed, index, where, error)
              || !read_date (r, "filed_on", &on, index, error))
            return NULL;
          if (filed)
            sb_recognition_set_filed (self, (int) json_node_get_int (y), TRUE, on);
        }
    }
  n = json_object_get_member (o, "change_reports");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      JsonArray *a;

      if (!JSON_NODE_HOLDS_ARRAY (n))
        {
          bad (error, index, "change_reports", _("must be a list"));
          return NULL;
        }
      a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          g_autofree char *where = g_strdup_printf ("change_reports[%u]", i);
          JsonObject *r;
          gboolean filed;
          SbDate date;

          if (!JSON_NODE_HOLDS_OBJECT (e))
            {
              bad (error, index, where, _("must be an object"));
              return NULL;
            }
          r = json_node_get_object (e);
          if (!read_date (r, "date", &date, index, error)
              || !is_state (r, "state", &filed, index, where, error))
            return NULL;
          g_ptr_array_add (self->change_reports,
                           sb_change_report_new (date,
                                                 json_object_get_string_member_with_default (r, "subject", ""),
                                                 filed));
        }
    }
  members = json_object_get_members (o);
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean is_known = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (known); k++)
        is_known |= g_str_equal (l->data, known[k]);
      if (is_known)
        continue;
      if (self->extra == NULL)
        self->extra = json_object_new ();
      json_object_set_member (self->extra, l->data,
                              json_node_copy (json_object_get_member (o, l->data)));
    }
  return g_steal_pointer (&self);
}

static void
set_date (JsonObject *o, const char *key, SbDate d)
{
  g_autofree char *s = NULL;

  if (d == SB_DATE_UNSET)
    return;
  s = sb_date_format (d);
  json_object_set_string_member (o, key, s);
}

JsonObject *
sb_recognition_to_json (const SbRecognition *self)
{
  JsonObject *o = json_object_new ();
  JsonArray *reports = json_array_new ();
  JsonArray *changes = json_array_new ();
  g_autoptr(GArray) years = g_array_copy (self->filed_years);

  json_object_set_string_member (o, "program", self->program);
  set_date (o, "recognized_on", self->recognized_on);
  if (self->certificate_no != NULL)
    json_object_set_string_member (o, "certificate_no", self->certificate_no);
  if (self->valid_years > 0)
    json_object_set_int_member (o, "valid_years", self->valid_years);
  for (guint i = 0; i < self->filed_years->len; i++)
    {
      JsonObject *r = json_object_new ();

      json_object_set_int_member (r, "year", g_array_index (self->filed_years, int, i));
      json_object_set_string_member (r, "state", "filed");
      set_date (r, "filed_on", g_array_index (self->filed_on, SbDate, i));
      json_array_add_object_element (reports, r);
    }
  json_object_set_array_member (o, "annual_reports", reports);
  for (guint i = 0; i < self->change_reports->len; i++)
    {
      SbChangeReport *c = g_ptr_array_index (self->change_reports, i);
      JsonObject *r = json_object_new ();

      set_date (r, "date", c->date);
      json_object_set_string_member (r, "subject", c->subject != NULL ? c->subject : "");
      json_object_set_string_member (r, "state", c->filed ? "filed" : "due");
      json_array_add_object_element (changes, r);
    }
  json_object_set_array_member (o, "change_reports", changes);
  if (self->extra != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (self->extra);

      for (GList *l = members; l != NULL; l = l->next)
        json_object_set_member (o, l->data,
                                json_node_copy (json_object_get_member (self->extra, l->data)));
    }
  return o;
}

GPtrArray *
sb_recognitions_from_extra (JsonObject *extra, GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_recognition_free);
  JsonNode *n = extra != NULL ? json_object_get_member (extra, "recognitions") : NULL;
  JsonArray *a;

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return out;
  if (!JSON_NODE_HOLDS_ARRAY (n))
    {
      g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                   _("recognitions: must be a list"));
      g_ptr_array_unref (out);
      return NULL;
    }
  a = json_node_get_array (n);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      SbRecognition *r;

      if (!JSON_NODE_HOLDS_OBJECT (e))
        {
          g_set_error (error, SB_ENGINE_ERROR, SB_ENGINE_ERROR_INVALID_INPUT,
                       _("recognitions[%u]: must be an object"), i);
          g_ptr_array_unref (out);
          return NULL;
        }
      r = sb_recognition_from_json (json_node_get_object (e), i, error);
      if (r == NULL)
        {
          g_ptr_array_unref (out);
          return NULL;
        }
      g_ptr_array_add (out, r);
    }
  return out;
}

gboolean
sb_recognition_is_filed (const SbRecognition *self, int year)
{
  for (guint i = 0; i < self->filed_years->len; i++)
    if (g_array_index (self->filed_years, int, i) == year)
      return TRUE;
  return FALSE;
}

void
sb_recognition_set_filed (SbRecognition *self, int year, gboolean filed, SbDate on)
{
  guint at = self->filed_years->len;

  for (guint i = 0; i < self->filed_years->len; i++)
    if (g_array_index (self->filed_years, int, i) == year)
      at = i;
  if (!filed)
    {
      if (at < self->filed_years->len)
        {
          g_array_remove_index (self->filed_years, at);
          g_array_remove_index (self->filed_on, at);
        }
      return;
    }
  if (at < self->filed_years->len)
    {
      g_array_index (self->filed_on, SbDate, at) = on;
      return;
    }
  /* kept in year order */
  at = 0;
  while (at < self->filed_years->len && g_array_index (self->filed_years, int, at) < year)
    at++;
  g_array_insert_val (self->filed_years, at, year);
  g_array_insert_val (self->filed_on, at, on);
}

/* ------------------------------------------------------------ dates */

static GDate
to_gdate (SbDate d)
{
  GDate g;

  g_date_clear (&g, 1);
  g_date_set_julian (&g, d);
  return g;
}

static SbDate
last_day_of_month (int year, int month)
{
  return sb_date_from_ymd (year, month,
                           g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
}

SbDate
sb_lifecycle_expiry (SbDate from, int years)
{
  GDate g;
  int y, m, d;
  SbDate anniversary;

  if (from == SB_DATE_UNSET || years <= 0)
    return SB_DATE_UNSET;
  g = to_gdate (from);
  y = g_date_get_year (&g) + years;
  m = g_date_get_month (&g);
  d = g_date_get_day (&g);
  anniversary = sb_date_from_ymd (y, m, d);
  if (anniversary == SB_DATE_UNSET)          /* 29 February in a common year */
    anniversary = sb_date_from_ymd (y, 3, 1);
  return anniversary - 1;
}

gboolean
sb_lifecycle_rules_from_policy (SbPolicy *policy, SbLifecycleRules *out, GError **error)
{
  const char *program = sb_policy_get_program (policy);
  gint64 v;

  *out = (SbLifecycleRules) { 0 };
  if (g_strcmp0 (program, "tase") == 0)
    {
      SbDate report, online;
      GDate g;

      if (!sb_policy_get_int (policy, "review_years", &v, error)
          || !sb_policy_get_date (policy, "deadline_annual_report", &report, error))
        return FALSE;
      out->valid_years = (int) v;
      g = to_gdate (report);
      out->report_month = g_date_get_month (&g);
      out->report_day = g_date_get_day (&g);
      if (sb_policy_get_param (policy, "deadline_online") != NULL
          && sb_policy_get_date (policy, "deadline_online", &online, NULL))
        out->review_deadline = online;
      return TRUE;
    }
  if (g_strcmp0 (program, "hnte") == 0)
    {
      if (!sb_policy_get_int (policy, "validity_years", &v, error))
        return FALSE;
      out->valid_years = (int) v;
      if (!sb_policy_get_int (policy, "annual_report_due_month", &v, error))
        return FALSE;
      out->report_month = (int) v;
      out->report_day = 0;   /* the month's last day */
      return TRUE;
    }
  return sb_policy_error (policy, "program", _("has no recognition to follow"), error);
}

int
sb_recognition_valid_years (const SbRecognition *self, const SbLifecycleRules *rules)
{
  return self->valid_years > 0 ? self->valid_years : rules->valid_years;
}

SbDate
sb_recognition_expires (const SbRecognition *self, const SbLifecycleRules *rules)
{
  return sb_lifecycle_expiry (self->recognized_on, sb_recognition_valid_years (self, rules));
}

static SbDate
report_due (const SbLifecycleRules *rules, int year)
{
  SbDate d;

  if (rules->report_day == 0)
    return last_day_of_month (year + 1, rules->report_month);
  d = sb_date_from_ymd (year + 1, rules->report_month, rules->report_day);
  /* a 29 February of the profile in a common year: the month's last day */
  return d != SB_DATE_UNSET ? d : last_day_of_month (year + 1, rules->report_month);
}

GArray *
sb_recognition_annual_reports (const SbRecognition *self, const SbLifecycleRules *rules)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (SbAnnualDue));
  SbDate expires = sb_recognition_expires (self, rules);
  int first, last;

  if (expires == SB_DATE_UNSET)
    return out;
  first = sb_date_year (self->recognized_on);
  last = sb_date_year (expires);
  /* the expiry year's report is due after the recognition ran out, except
   * when it runs out on the year's last day (a recognition on 01-01) */
  if (expires != sb_date_from_ymd (last, 12, 31))
    last--;
  for (int y = first; y <= last; y++)
    {
      SbAnnualDue due = { .year = y, .due = report_due (rules, y),
                          .filed = sb_recognition_is_filed (self, y) };

      for (guint i = 0; i < self->filed_years->len; i++)
        if (g_array_index (self->filed_years, int, i) == y)
          due.filed_on = g_array_index (self->filed_on, SbDate, i);
      g_array_append_val (out, due);
    }
  return out;
}

SbDate
sb_recognition_review_due (const SbRecognition *self, const SbLifecycleRules *rules)
{
  SbDate expires = sb_recognition_expires (self, rules);

  if (expires == SB_DATE_UNSET)
    return SB_DATE_UNSET;
  if (rules->review_deadline != SB_DATE_UNSET
      && sb_date_year (rules->review_deadline) == sb_date_year (expires)
      && rules->review_deadline <= expires)
    return rules->review_deadline;
  return expires;
}

gboolean
sb_lifecycle_rules_for (SbPolicySet *set, const char *program, const char *region,
                        const char *profile_id, SbLifecycleRules *out)
{
  SbPolicy *p = profile_id != NULL ? sb_policy_set_lookup (set, profile_id, NULL) : NULL;

  if (p != NULL && g_strcmp0 (sb_policy_get_program (p), program) == 0
      && sb_lifecycle_rules_from_policy (p, out, NULL))
    return TRUE;
  p = sb_policy_set_select (set, program, region, 0, NULL);
  if (p != NULL && sb_lifecycle_rules_from_policy (p, out, NULL))
    return TRUE;
  {
    g_autoptr(GPtrArray) all = sb_policy_set_list (set, program);
    SbPolicy *newest = NULL;

    for (guint i = 0; i < all->len; i++)
      {
        SbPolicy *q = g_ptr_array_index (all, i);
        SbLifecycleRules r;

        if ((newest == NULL || sb_policy_get_year (q) > sb_policy_get_year (newest))
            && sb_lifecycle_rules_from_policy (q, &r, NULL))
          newest = q;
      }
    return newest != NULL && sb_lifecycle_rules_from_policy (newest, out, NULL);
  }
}
