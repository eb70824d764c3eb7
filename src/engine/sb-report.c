/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-report.h"

#include <stdarg.h>
#include <string.h>

static const char * const status_names[] = {
  [SB_STATUS_PASS] = "pass",
  [SB_STATUS_FAIL] = "fail",
  [SB_STATUS_MISSING] = "missing",
  [SB_STATUS_DECLARED] = "declared",
  [SB_STATUS_NOT_APPLICABLE] = "not_applicable",
};

const char *
sb_status_to_string (SbStatus status)
{
  g_return_val_if_fail (status <= SB_STATUS_NOT_APPLICABLE, "missing");
  return status_names[status];
}

GPtrArray *
sb_checks_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sb_check_free);
}

SbCheck *
sb_check_add (GPtrArray *checks, const char *id, int year, SbStatus status)
{
  SbCheck *check = g_new0 (SbCheck, 1);

  check->id = id;
  check->year = year;
  check->status = status;
  g_ptr_array_add (checks, check);
  return check;
}

void
sb_check_set_ratio (SbCheck *check, SbRatio value, SbRatio threshold)
{
  check->value_unit = SB_UNIT_RATIO;
  check->value = value;
  check->threshold = threshold;
  if (!sb_ratio_is_valid (value))
    check->status = SB_STATUS_MISSING;
  else if (sb_ratio_at_least (value, threshold))
    check->status = SB_STATUS_PASS;
  else
    check->status = SB_STATUS_FAIL;
}

void
sb_check_set_note (SbCheck *check, const char *format, ...)
{
  va_list args;

  g_free (check->note);
  va_start (args, format);
  check->note = g_strdup_vprintf (format, args);
  va_end (args);
}

SbCheck *
sb_check_add_tri (GPtrArray *checks, const char *id, SbTri value, SbStatus if_true,
                  const char *note_false, const char *note_missing)
{
  SbCheck *c;

  switch (value)
    {
    case SB_TRI_TRUE:
      return sb_check_add (checks, id, 0, if_true);
    case SB_TRI_FALSE:
      c = sb_check_add (checks, id, 0, SB_STATUS_FAIL);
      if (note_false != NULL)
        sb_check_set_note (c, "%s", note_false);
      return c;
    case SB_TRI_UNSET:
    default:
      c = sb_check_add (checks, id, 0, SB_STATUS_MISSING);
      if (note_missing != NULL)
        sb_check_set_note (c, "%s", note_missing);
      return c;
    }
}

SbCheck *
sb_check_add_region (GPtrArray *checks, const char *id, const char * const *regions,
                     const char *region)
{
  SbStatus status;

  if (region == NULL || *region == '\0')
    status = SB_STATUS_MISSING;
  else if (g_strv_contains (regions, region))
    status = SB_STATUS_PASS;
  else
    status = SB_STATUS_FAIL;
  return sb_check_add (checks, id, 0, status);
}

void
sb_check_free (SbCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->note);
  g_free (check);
}

gboolean
sb_checks_all_pass (GPtrArray *checks)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const SbCheck *c = g_ptr_array_index (checks, i);
      if (c->status == SB_STATUS_FAIL || c->status == SB_STATUS_MISSING)
        return FALSE;
    }
  return TRUE;
}

SbCheck *
sb_checks_find (GPtrArray *checks, const char *id, int year)
{
  for (guint i = 0; i < checks->len; i++)
    {
      SbCheck *c = g_ptr_array_index (checks, i);
      if (strcmp (c->id, id) == 0 && (year == 0 || c->year == year))
        return c;
    }
  return NULL;
}

static char *
format_value (SbUnit unit, SbRatio r)
{
  if (unit == SB_UNIT_RATIO)
    return sb_ratio_format (r, 4);
  return sb_ratio_format (r, 0);
}

JsonNode *
sb_money_json_node (gint64 fen)
{
  g_autofree char *s = NULL;

  if (fen == SB_UNSET)
    return json_node_new (JSON_NODE_NULL);
  s = sb_money_format (fen);
  return json_node_init_string (json_node_alloc (), s);
}

JsonNode *
sb_check_to_json (const SbCheck *c)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, c->id);
  if (c->year != 0)
    {
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, c->year);
    }
  if (c->value_unit != SB_UNIT_NONE)
    {
      g_autofree char *threshold = format_value (c->value_unit, c->threshold);

      if (sb_ratio_is_valid (c->value))
        {
          g_autofree char *value = format_value (c->value_unit, c->value);
          json_builder_set_member_name (b, "value");
          json_builder_add_string_value (b, value);
        }
      if (sb_ratio_is_valid (c->value_high))
        {
          g_autofree char *high = format_value (c->value_unit, c->value_high);
          json_builder_set_member_name (b, "value_high");
          json_builder_add_string_value (b, high);
        }
      if (threshold != NULL)
        {
          json_builder_set_member_name (b, "threshold");
          json_builder_add_string_value (b, threshold);
        }
    }
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, sb_status_to_string (c->status));
  if (c->status == SB_STATUS_FAIL && c->shortfall_unit != SB_UNIT_NONE && c->shortfall >= 0)
    {
      g_autofree char *s = NULL;

      if (c->shortfall_unit == SB_UNIT_FEN)
        s = sb_money_format (c->shortfall);
      else
        s = g_strdup_printf ("%" G_GINT64_FORMAT, c->shortfall);
      json_builder_set_member_name (b, "shortfall");
      json_builder_add_string_value (b, s);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
sb_checks_to_json (GPtrArray *checks)
{
  JsonArray *array = json_array_sized_new (checks->len);

  for (guint i = 0; i < checks->len; i++)
    json_array_add_element (array, sb_check_to_json (g_ptr_array_index (checks, i)));
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}
