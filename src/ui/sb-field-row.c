/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-field-row.c: an entry row bound to one figure of a model object. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-cell-entry.h"
#include "sb-field-row.h"

struct _SbFieldRow
{
  AdwPreferencesRow  parent_instance;

  SbFieldKind        kind;
  GtkWidget         *title_label;
  GtkWidget         *prefix;
  GtkWidget         *entry;
  GtkWidget         *suffix;
  GtkWidget         *message_box;
  GtkWidget         *message;
  GtkWidget         *icon;
  char              *note;    /* a warning of the owner's, shown when nothing is wrong */
};

G_DEFINE_FINAL_TYPE (SbFieldRow, sb_field_row, ADW_TYPE_PREFERENCES_ROW)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void build (SbFieldRow *self);

static void
on_error_changed (SbFieldRow *self)
{
  const char *error = sb_cell_entry_get_error (SB_CELL_ENTRY (self->entry));
  const char *shown = error != NULL ? error : self->note;

  gtk_label_set_text (GTK_LABEL (self->message), shown != NULL ? shown : "");
  gtk_widget_set_visible (self->message_box, shown != NULL);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), error != NULL ? "dialog-error-symbolic"
                                                                      : "dialog-warning-symbolic");
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *w = i == 0 ? self->icon : self->message;

      if (error != NULL)
        {
          gtk_widget_add_css_class (w, "field-error");
          gtk_widget_remove_css_class (w, "field-warning");
        }
      else
        {
          gtk_widget_add_css_class (w, "field-warning");
          gtk_widget_remove_css_class (w, "field-error");
        }
    }
}

static void
on_title_changed (SbFieldRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_text (GTK_LABEL (self->title_label), title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

static void
sb_field_row_constructed (GObject *object)
{
  G_OBJECT_CLASS (sb_field_row_parent_class)->constructed (object);
  build (SB_FIELD_ROW (object));
}

static void
sb_field_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, SB_FIELD_ROW (object)->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_field_row_set_property (GObject *object, guint prop_id, const GValue *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_KIND:
      SB_FIELD_ROW (object)->kind = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_field_row_finalize (GObject *object)
{
  g_free (SB_FIELD_ROW (object)->note);
  G_OBJECT_CLASS (sb_field_row_parent_class)->finalize (object);
}

static void
sb_field_row_class_init (SbFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_field_row_finalize;
  object_class->constructed = sb_field_row_constructed;
  object_class->get_property = sb_field_row_get_property;
  object_class->set_property = sb_field_row_set_property;

  /* an SbFieldKind */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, SB_FIELD_MONEY, SB_FIELD_TEXT, SB_FIELD_MONEY,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_field_row_init (SbFieldRow *self)
{
}

/* The row's layout, made once the kind is known. */
static void
build (SbFieldRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_box_append (GTK_BOX (line), self->title_label);

  self->prefix = gtk_label_new ("¥");
  gtk_widget_add_css_class (self->prefix, "dim-label");
  gtk_widget_set_visible (self->prefix, self->kind == SB_FIELD_MONEY
                                        || self->kind == SB_FIELD_MONEY_SIGNED);
  gtk_box_append (GTK_BOX (line), self->prefix);

  self->entry = sb_cell_entry_new (self->kind);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 16);
  gtk_widget_set_valign (self->entry, GTK_ALIGN_CENTER);
  if (self->kind == SB_FIELD_TEXT)
    gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 30);
  gtk_box_append (GTK_BOX (line), self->entry);

  self->suffix = gtk_label_new ("万元");
  gtk_widget_add_css_class (self->suffix, "dim-label");
  gtk_widget_set_visible (self->suffix, self->kind == SB_FIELD_MONEY_WAN);
  gtk_box_append (GTK_BOX (line), self->suffix);
  gtk_box_append (GTK_BOX (box), line);

  self->message_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (self->message_box, GTK_ALIGN_END);
  icon = self->icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_widget_add_css_class (icon, "field-error");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (self->message_box), icon);
  self->message = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->message, "field-error");
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 1.0f);
  gtk_label_set_justify (GTK_LABEL (self->message), GTK_JUSTIFY_RIGHT);
  gtk_box_append (GTK_BOX (self->message_box), self->message);
  gtk_widget_set_visible (self->message_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->message_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  g_signal_connect_swapped (self->entry, "notify::error", G_CALLBACK (on_error_changed), self);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
  on_title_changed (self);
}

GtkWidget *
sb_field_row_new (const char *title, SbFieldKind kind)
{
  return g_object_new (SB_TYPE_FIELD_ROW, "kind", kind, "use-markup", FALSE, "title", title,
                       NULL);
}

void
sb_field_row_bind (SbFieldRow *self, GObject *object, const char *property)
{
  g_return_if_fail (SB_IS_FIELD_ROW (self));

  sb_cell_entry_bind (SB_CELL_ENTRY (self->entry), object, property);
}

const char *
sb_field_row_get_error (SbFieldRow *self)
{
  g_return_val_if_fail (SB_IS_FIELD_ROW (self), NULL);
  return sb_cell_entry_get_error (SB_CELL_ENTRY (self->entry));
}

GtkEditable *
sb_field_row_get_editable (SbFieldRow *self)
{
  g_return_val_if_fail (SB_IS_FIELD_ROW (self), NULL);
  return GTK_EDITABLE (self->entry);
}

void
sb_field_row_set_note (SbFieldRow *self, const char *message)
{
  g_return_if_fail (SB_IS_FIELD_ROW (self));

  if (g_strcmp0 (self->note, message) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (message);
  sb_cell_entry_set_note (SB_CELL_ENTRY (self->entry), message);
  on_error_changed (self);
}

const char *
sb_field_row_get_note (SbFieldRow *self)
{
  g_return_val_if_fail (SB_IS_FIELD_ROW (self), NULL);
  return self->note;
}
