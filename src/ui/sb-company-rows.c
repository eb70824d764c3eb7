/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-rows.c: the Company page's rows of choice. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-rows.h"

/* ---- a declaration: three clearly different states, one Tab stop ---- */

typedef struct
{
  GObject   *object;
  char      *property;
  GtkWidget *drop_down;
  GtkWidget *row;        /* the row it is in, or NULL */
  gulong     notify_id;
  gboolean   updating;
} TriChoice;

/* the drop-down's items, in this order: −1, 1, 0 */
static const int tri_values[] = { -1, 1, 0 };

static void
tri_refresh (TriChoice *t)
{
  int v = -1;
  guint position = 0;

  g_object_get (t->object, t->property, &v, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tri_values); i++)
    if (tri_values[i] == v)
      position = i;
  t->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (t->drop_down), position);
  t->updating = FALSE;
  /* not answered looks different from "No": dimmed, and the row marked */
  if (v == -1)
    {
      gtk_widget_add_css_class (t->drop_down, "not-answered");
      if (t->row != NULL)
        gtk_widget_add_css_class (t->row, "not-answered");
    }
  else
    {
      gtk_widget_remove_css_class (t->drop_down, "not-answered");
      if (t->row != NULL)
        gtk_widget_remove_css_class (t->row, "not-answered");
    }
}

static void
tri_on_selected (TriChoice *t)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (t->drop_down));

  if (t->updating || position >= G_N_ELEMENTS (tri_values))
    return;
  g_object_set (t->object, t->property, tri_values[position], NULL);
}

static void
tri_free (gpointer data)
{
  TriChoice *t = data;

  g_clear_signal_handler (&t->notify_id, t->object);
  g_object_unref (t->object);
  g_free (t->property);
  g_free (t);
}

GtkWidget *
sb_tri_choice_new (GObject *object, const char *property, const char *label)
{
  TriChoice *t = g_new0 (TriChoice, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  const char *words[] = { _("Not answered"), _("Yes"), _("No"), NULL };

  t->object = g_object_ref (object);
  t->property = g_strdup (property);
  t->drop_down = gtk_drop_down_new_from_strings (words);
  gtk_widget_set_valign (t->drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (t->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_signal_connect_swapped (t->drop_down, "notify::selected", G_CALLBACK (tri_on_selected), t);
  t->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (tri_refresh), t);
  g_object_set_data_full (G_OBJECT (t->drop_down), "tri", t, tri_free);
  tri_refresh (t);
  return t->drop_down;
}

GtkWidget *
sb_declaration_row_new (const char *title, GObject *object, const char *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choice = sb_tri_choice_new (object, property, title);
  TriChoice *t = g_object_get_data (G_OBJECT (choice), "tri");

  gtk_widget_set_name (row, property);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
  /* the drop-down is the one Tab stop of the row */
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  t->row = row;
  tri_refresh (t);
  return row;
}

/* ---- the HNTE field: one of the profile's eight, or none ---- */

typedef struct
{
  SbEnterprise *enterprise;
  GtkWidget    *row;
  GtkStringList *items;
  gulong        notify_id;
  gboolean      updating;
} FieldRow;

static void
field_refresh (FieldRow *f)
{
  g_autofree char *value = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->items));
  guint pos = 0;

  g_object_get (f->enterprise, "hnte-field", &value, NULL);
  if (value != NULL)
    {
      for (pos = 1; pos < n; pos++)
        if (g_strcmp0 (gtk_string_list_get_string (f->items, pos), value) == 0)
          break;
      if (pos == n)
        gtk_string_list_append (f->items, value);   /* a field of another profile */
    }
  f->updating = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (f->row), pos);
  f->updating = FALSE;
}

static void
field_on_selected (FieldRow *f)
{
  guint pos = adw_combo_row_get_selected (ADW_COMBO_ROW (f->row));

  if (f->updating)
    return;
  g_object_set (f->enterprise, "hnte-field",
                pos == 0 || pos == GTK_INVALID_LIST_POSITION
                ? NULL : gtk_string_list_get_string (f->items, pos), NULL);
}

static void
field_free (gpointer data)
{
  FieldRow *f = data;

  g_clear_signal_handler (&f->notify_id, f->enterprise);
  g_object_unref (f->enterprise);
  g_object_unref (f->items);
  g_free (f);
}

GtkWidget *
sb_hnte_field_row_new (SbEnterprise *enterprise, const SbHnteRules *rules)
{
  FieldRow *f = g_new0 (FieldRow, 1);

  f->enterprise = g_object_ref (enterprise);
  f->items = gtk_string_list_new (NULL);
  gtk_string_list_append (f->items, _("Not answered"));
  for (guint i = 0; rules != NULL && rules->fields != NULL && rules->fields[i] != NULL; i++)
    gtk_string_list_append (f->items, rules->fields[i]);
  f->row = adw_combo_row_new ();
  gtk_widget_set_name (f->row, "hnte-field");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (f->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row),
                                 _("Core technology field (高新技术领域)"));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->row), G_LIST_MODEL (f->items));
  g_object_set_data_full (G_OBJECT (f->row), "field", f, field_free);
  field_refresh (f);
  g_signal_connect_swapped (f->row, "notify::selected", G_CALLBACK (field_on_selected), f);
  f->notify_id = g_signal_connect_swapped (enterprise, "notify::hnte-field",
                                           G_CALLBACK (field_refresh), f);
  return f->row;
}
