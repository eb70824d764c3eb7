/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recognitions of a company (sb-lifecycle.h): rows of their own table,
 * read into and written from the dossier's top-level "recognitions" key, so
 * that they survive export and import like any other key. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-lifecycle.h"
#include "sb-store-private.h"

/* The recognitions of @extra, or NULL when it has none or they do not read
 * (then the key stays in the dossier's extra keys as it is: nothing lost). */
static GPtrArray *
parse (JsonObject *extra)
{
  if (extra == NULL || !json_object_has_member (extra, "recognitions"))
    return NULL;
  return sb_recognitions_from_extra (extra, NULL);
}

JsonObject *
sb_store_extra_for_row (JsonObject *extra)
{
  g_autoptr(GPtrArray) recognitions = parse (extra);
  JsonObject *copy;
  g_autoptr(GList) members = NULL;

  if (recognitions == NULL)
    return extra != NULL ? json_object_ref (extra) : NULL;
  copy = json_object_new ();
  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "recognitions"))
      json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (extra, l->data)));
  if (json_object_get_size (copy) == 0)
    g_clear_pointer (&copy, json_object_unref);
  return copy;
}

static char *
array_text (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);
  g_autoptr(JsonGenerator) g = NULL;

  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    return NULL;
  g = json_generator_new ();
  json_generator_set_root (g, n);
  return json_generator_to_data (g, NULL);
}

gboolean
sb_store_write_recognitions (SbStore *self, gint64 company_id, JsonObject *extra, GError **error)
{
  g_autoptr(GPtrArray) recognitions = parse (extra);
  sqlite3_stmt *stmt = sb_store_stmt (self, "DELETE FROM recognitions WHERE company_id = ?1",
                                      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  if (!sb_store_run (self, stmt, error))
    return FALSE;
  for (guint i = 0; recognitions != NULL && i < recognitions->len; i++)
    {
      SbRecognition *r = g_ptr_array_index (recognitions, i);
      g_autoptr(JsonObject) o = sb_recognition_to_json (r);
      g_autofree char *reports = array_text (o, "annual_reports");
      g_autofree char *changes = array_text (o, "change_reports");

      stmt = sb_store_stmt (self,
        "INSERT INTO recognitions (company_id, position, program, recognized_on,"
        " certificate_no, valid_years, annual_reports_json, change_reports_json, extra_json)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, company_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sb_bind_text (stmt, 3, r->program);
      sb_bind_date (stmt, 4, r->recognized_on);
      sb_bind_text (stmt, 5, r->certificate_no);
      if (r->valid_years > 0)
        sqlite3_bind_int (stmt, 6, r->valid_years);
      else
        sqlite3_bind_null (stmt, 6);
      sb_bind_text (stmt, 7, reports);
      sb_bind_text (stmt, 8, changes);
      sb_bind_extra (stmt, 9, r->extra);
      if (!sb_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static void
set_array (JsonObject *o, const char *key, const char *text)
{
  g_autoptr(JsonParser) p = json_parser_new ();

  if (text != NULL && json_parser_load_from_data (p, text, -1, NULL)
      && JSON_NODE_HOLDS_ARRAY (json_parser_get_root (p)))
    json_object_set_member (o, key, json_parser_steal_root (p));
}

gboolean
sb_store_read_recognitions (SbStore *self, gint64 company_id, SbDossier *d, GError **error)
{
  sqlite3_stmt *stmt = sb_store_stmt (self,
    "SELECT program, recognized_on, certificate_no, valid_years, annual_reports_json,"
    " change_reports_json, extra_json FROM recognitions WHERE company_id = ?1"
    " ORDER BY position", error);
  JsonArray *list = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, company_id);
  while ((rc = sb_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(JsonObject) extra = sb_column_extra (stmt, 6);
      JsonObject *o = extra != NULL ? json_object_ref (extra) : json_object_new ();
      g_autofree char *program = sb_column_text (stmt, 0);
      g_autofree char *number = sb_column_text (stmt, 2);
      g_autofree char *reports = sb_column_text (stmt, 4);
      g_autofree char *changes = sb_column_text (stmt, 5);
      SbDate on = sb_column_date (stmt, 1);
      gint64 years = sb_column_int (stmt, 3);

      json_object_set_string_member (o, "program", program);
      if (on != SB_DATE_UNSET)
        {
          g_autofree char *s = sb_date_format (on);
          json_object_set_string_member (o, "recognized_on", s);
        }
      if (number != NULL)
        json_object_set_string_member (o, "certificate_no", number);
      if (years != SB_UNSET)
        json_object_set_int_member (o, "valid_years", years);
      set_array (o, "annual_reports", reports);
      set_array (o, "change_reports", changes);
      if (list == NULL)
        list = json_array_new ();
      json_array_add_object_element (list, o);
    }
  sqlite3_reset (stmt);
  if (rc < 0)
    {
      g_clear_pointer (&list, json_array_unref);
      return FALSE;
    }
  if (list != NULL)
    {
      if (d->extra == NULL)
        d->extra = json_object_new ();
      json_object_set_array_member (d->extra, "recognitions", list);
    }
  return TRUE;
}

GPtrArray *
sb_store_list_recognitions (SbStore *self, gint64 company_id, GError **error)
{
  g_autoptr(SbDossier) d = sb_dossier_new ();

  if (!sb_store_read_recognitions (self, company_id, d, error))
    return NULL;
  return sb_recognitions_from_extra (d->extra, error);
}
