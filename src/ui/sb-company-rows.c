/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-rows.c: the Company page's rows of choice. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-rows.h"

/* ---- a declaration: a switch, with "not answered" until it is answered ---- */

typedef struct
{
  GObject   *object;
  char      *property;
  GtkWidget *row;
  GtkWidget *sw;
  GtkWidget *no;
  GtkWidget *clear;
  gulong     notify_id;
  gboolean   updating;
} TriRow;

static void
tri_refresh (TriRow *t)
{
  int v = -1;

  g_object_get (t->object, t->property, &v, NULL);
  t->updating = TRUE;
  gtk_switch_set_active (GTK_SWITCH (t->sw), v == 1);
  t->updating = FALSE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (t->row),
                               v == -1 ? _("Not answered") : v == 1 ? _("Yes") : _("No"));
  gtk_widget_set_visible (t->no, v == -1);
  gtk_widget_set_visible (t->clear, v != -1);
  if (v == -1)
    gtk_widget_add_css_class (t->row, "not-answered");
  else
    gtk_widget_remove_css_class (t->row, "not-answered");
}

static void
tri_on_switch (TriRow *t)
{
  if (t->updating)
    return;
  g_object_set (t->object, t->property, gtk_switch_get_active (GTK_SWITCH (t->sw)) ? 1 : 0,
                NULL);
}

static void
tri_on_no (TriRow *t)
{
  g_object_set (t->object, t->property, 0, NULL);
}

static void
tri_on_clear (TriRow *t)
{
  g_object_set (t->object, t->property, -1, NULL);
}

static void
tri_free (gpointer data)
{
  TriRow *t = data;

  g_clear_signal_handler (&t->notify_id, t->object);
  g_object_unref (t->object);
  g_free (t->property);
  g_free (t);
}

GtkWidget *
sb_declaration_row_new (const char *title, GObject *object, const char *property)
{
  TriRow *t = g_new0 (TriRow, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  t->object = g_object_ref (object);
  t->property = g_strdup (property);
  t->row = adw_action_row_new ();
  gtk_widget_set_name (t->row, property);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (t->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (t->row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (t->row), 0);

  t->no = gtk_button_new_with_label (_("No"));
  gtk_widget_add_css_class (t->no, "flat");
  gtk_widget_set_valign (t->no, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (t->no, _("Answer no"));
  g_signal_connect_swapped (t->no, "clicked", G_CALLBACK (tri_on_no), t);
  adw_action_row_add_suffix (ADW_ACTION_ROW (t->row), t->no);

  t->clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (t->clear, "flat");
  gtk_widget_set_valign (t->clear, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (t->clear, _("Mark as not answered"));
  g_signal_connect_swapped (t->clear, "clicked", G_CALLBACK (tri_on_clear), t);
  adw_action_row_add_suffix (ADW_ACTION_ROW (t->row), t->clear);

  t->sw = gtk_switch_new ();
  gtk_widget_set_valign (t->sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (t->sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect_swapped (t->sw, "notify::active", G_CALLBACK (tri_on_switch), t);
  adw_action_row_add_suffix (ADW_ACTION_ROW (t->row), t->sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (t->row), t->sw);

  t->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (tri_refresh), t);
  g_object_set_data_full (G_OBJECT (t->row), "tri", t, tri_free);
  tri_refresh (t);
  return t->row;
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
