/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Table-driven properties: pspecs, defaults, get and set with notify on a real change. */
#include "sb-model-private.h"

#include "sb-date.h"
#include "sb-money.h"

#define MEMBER(instance, field) G_STRUCT_MEMBER_P ((instance), (field)->offset)

/* ---- properties --------------------------------------------------------- */

static GParamSpec *
field_pspec (const SbField *f)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS
                      | f->flags;

  switch (f->kind)
    {
    case SB_FIELD_STRING:
      return g_param_spec_string (f->name, NULL, NULL, NULL, flags);
    case SB_FIELD_MONEY:
    case SB_FIELD_COUNT:
      return g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, SB_UNSET, flags);
    case SB_FIELD_AMOUNT:
      return g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case SB_FIELD_INT:
      return g_param_spec_int (f->name, NULL, NULL, f->min, f->max, f->dflt, flags);
    case SB_FIELD_DATE:
      return g_param_spec_uint (f->name, NULL, NULL, 0, G_MAXUINT32, SB_DATE_UNSET, flags);
    case SB_FIELD_TRI:
      return g_param_spec_int (f->name, NULL, NULL, SB_TRI_UNSET, SB_TRI_TRUE, SB_TRI_UNSET,
                               flags);
    case SB_FIELD_BOOLEAN:
      return g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
    case SB_FIELD_ENUM:
      return g_param_spec_enum (f->name, NULL, NULL, f->enum_type (), f->dflt, flags);
    case SB_FIELD_STRV:
      return g_param_spec_boxed (f->name, NULL, NULL, G_TYPE_STRV, flags);
    default:
      g_assert_not_reached ();
    }
}

void
sb_model_fields_install (GParamSpec    **properties,
                         const SbField  *fields,
                         guint           n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    properties[fields[i].prop_id] = field_pspec (&fields[i]);
}

void
sb_model_fields_init (gpointer       instance,
                      const SbField *fields,
                      guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const SbField *f = &fields[i];
      gpointer m = MEMBER (instance, f);

      switch (f->kind)
        {
        case SB_FIELD_MONEY:
        case SB_FIELD_COUNT:
          *(gint64 *) m = SB_UNSET;
          break;
        case SB_FIELD_TRI:
          *(int *) m = SB_TRI_UNSET;
          break;
        case SB_FIELD_INT:
        case SB_FIELD_ENUM:
          *(int *) m = f->dflt;
          break;
        default:
          break;   /* zeroed by GObject */
        }
    }
}

void
sb_model_fields_clear (gpointer       instance,
                       const SbField *fields,
                       guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      gpointer m = MEMBER (instance, &fields[i]);

      if (fields[i].kind == SB_FIELD_STRING)
        g_clear_pointer ((char **) m, g_free);
      else if (fields[i].kind == SB_FIELD_STRV)
        g_clear_pointer ((char ***) m, g_strfreev);
    }
}

const SbField *
sb_model_fields_find (const SbField *fields,
                      guint          n_fields,
                      guint          prop_id)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].prop_id == prop_id)
      return &fields[i];
  return NULL;
}

void
sb_model_field_get (gpointer       instance,
                    const SbField *f,
                    GValue        *value)
{
  gpointer m = MEMBER (instance, f);

  switch (f->kind)
    {
    case SB_FIELD_STRING:
      g_value_set_string (value, *(char **) m);
      break;
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
    case SB_FIELD_COUNT:
      g_value_set_int64 (value, *(gint64 *) m);
      break;
    case SB_FIELD_INT:
    case SB_FIELD_TRI:
      g_value_set_int (value, *(int *) m);
      break;
    case SB_FIELD_DATE:
      g_value_set_uint (value, *(guint32 *) m);
      break;
    case SB_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) m);
      break;
    case SB_FIELD_ENUM:
      g_value_set_enum (value, *(int *) m);
      break;
    case SB_FIELD_STRV:
      g_value_set_boxed (value, *(char ***) m);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
set_str (char       **member,
         const char  *value)
{
  if (g_strcmp0 (*member, value) == 0)
    return FALSE;
  g_free (*member);
  *member = g_strdup (value);
  return TRUE;
}

gboolean
sb_model_strv_equal (const char * const *a,
                     const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

/* Compares and stores; TRUE on a change.  @value points at the storage type. */
static gboolean
field_store (gpointer       m,
             const SbField *f,
             gconstpointer  value)
{
  switch (f->kind)
    {
    case SB_FIELD_STRING:
      return set_str ((char **) m, *(char * const *) value);
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
    case SB_FIELD_COUNT:
      if (*(gint64 *) m == *(const gint64 *) value)
        return FALSE;
      *(gint64 *) m = *(const gint64 *) value;
      return TRUE;
    case SB_FIELD_INT:
    case SB_FIELD_TRI:
    case SB_FIELD_ENUM:
      if (*(int *) m == *(const int *) value)
        return FALSE;
      *(int *) m = *(const int *) value;
      return TRUE;
    case SB_FIELD_DATE:
      if (*(guint32 *) m == *(const guint32 *) value)
        return FALSE;
      *(guint32 *) m = *(const guint32 *) value;
      return TRUE;
    case SB_FIELD_BOOLEAN:
      {
        gboolean b = *(const gboolean *) value != FALSE;

        if (*(gboolean *) m == b)
          return FALSE;
        *(gboolean *) m = b;
        return TRUE;
      }
    case SB_FIELD_STRV:
      {
        char * const *v = *(char * const * const *) value;

        if (sb_model_strv_equal ((const char * const *) *(char ***) m, (const char * const *) v))
          return FALSE;
        g_strfreev (*(char ***) m);
        *(char ***) m = g_strdupv ((char **) v);
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

gboolean
sb_model_field_set (gpointer       instance,
                    const SbField *f,
                    GParamSpec    *pspec,
                    const GValue  *value)
{
  gpointer m = MEMBER (instance, f);
  gboolean changed;

  switch (f->kind)
    {
    case SB_FIELD_STRING:
      {
        const char *s = g_value_get_string (value);
        changed = field_store (m, f, &s);
        break;
      }
    case SB_FIELD_MONEY:
    case SB_FIELD_AMOUNT:
    case SB_FIELD_COUNT:
      {
        gint64 v = g_value_get_int64 (value);
        changed = field_store (m, f, &v);
        break;
      }
    case SB_FIELD_INT:
    case SB_FIELD_TRI:
      {
        int v = g_value_get_int (value);
        changed = field_store (m, f, &v);
        break;
      }
    case SB_FIELD_ENUM:
      {
        int v = g_value_get_enum (value);
        changed = field_store (m, f, &v);
        break;
      }
    case SB_FIELD_DATE:
      {
        guint32 v = g_value_get_uint (value);
        changed = field_store (m, f, &v);
        break;
      }
    case SB_FIELD_BOOLEAN:
      {
        gboolean v = g_value_get_boolean (value);
        changed = field_store (m, f, &v);
        break;
      }
    case SB_FIELD_STRV:
      {
        char **v = g_value_get_boxed (value);
        changed = field_store (m, f, &v);
        break;
      }
    default:
      g_assert_not_reached ();
    }
  if (changed)
    g_object_notify_by_pspec (instance, pspec);
  return changed;
}

gboolean
sb_model_set_boolean (gpointer  instance,
                      gboolean *member,
                      gboolean  value,
                      GParamSpec *pspec)
{
  value = value != FALSE;
  if (*member == value)
    return FALSE;
  *member = value;
  g_object_notify_by_pspec (instance, pspec);
  return TRUE;
}

gboolean
sb_model_set_int64 (gpointer    instance,
                    gint64     *member,
                    gint64      value,
                    GParamSpec *pspec)
{
  if (*member == value)
    return FALSE;
  *member = value;
  g_object_notify_by_pspec (instance, pspec);
  return TRUE;
}
