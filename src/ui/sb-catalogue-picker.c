/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-catalogue-picker.c: a button that picks a business of the TASE catalogue. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-catalogue-picker.h"

struct _SbCataloguePicker
{
  AdwBin              parent_instance;

  const SbTaseRules  *rules;
  char               *code;
  GtkWidget          *button;
  GtkWidget          *label;
  GtkWidget          *popover;   /* built when first shown */
  GtkWidget          *search;
  GtkWidget          *list;
};

G_DEFINE_FINAL_TYPE (SbCataloguePicker, sb_catalogue_picker, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_button (SbCataloguePicker *self)
{
  const SbTaseCategory *cat = NULL;

  if (self->rules != NULL && self->code != NULL)
    cat = sb_tase_rules_find_category (self->rules, self->code);
  if (self->code == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), _("Outside the catalogue"));
      gtk_widget_add_css_class (self->label, "dim-label");
      gtk_widget_set_tooltip_text (self->button,
                                   _("Revenue outside the catalogue: it counts in the total "
                                     "revenue only"));
    }
  else if (cat != NULL)
    {
      g_autofree char *tip = g_strdup_printf ("%s · %s\n%s", cat->group, cat->name,
                                              cat->description != NULL ? cat->description : "");

      gtk_label_set_text (GTK_LABEL (self->label), cat->name);
      gtk_widget_remove_css_class (self->label, "dim-label");
      gtk_widget_set_tooltip_text (self->button, tip);
    }
  else
    {
      g_autofree char *tip = g_strdup_printf (_("“%s” is not in the catalogue of the "
                                                "company’s profile"), self->code);

      gtk_label_set_text (GTK_LABEL (self->label), self->code);
      gtk_widget_remove_css_class (self->label, "dim-label");
      gtk_widget_set_tooltip_text (self->button, tip);
    }
  if (cat == NULL && self->code != NULL)
    gtk_widget_add_css_class (self->button, "error");
  else
    gtk_widget_remove_css_class (self->button, "error");
}

static gboolean
contains_folded (const char *haystack, const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
filter_row (GtkListBoxRow *row, gpointer data)
{
  SbCataloguePicker *self = data;
  const SbTaseCategory *cat = g_object_get_data (G_OBJECT (row), "category");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *needle = NULL;

  if (text[0] == '\0')
    return TRUE;
  if (cat == NULL)
    return FALSE;
  needle = g_utf8_casefold (text, -1);
  return contains_folded (cat->name, needle) || contains_folded (cat->group, needle)
         || contains_folded (cat->description, needle) || contains_folded (cat->code, needle);
}

static void
header_func (GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
  const SbTaseCategory *cat = g_object_get_data (G_OBJECT (row), "category");
  const SbTaseCategory *prev = before != NULL ? g_object_get_data (G_OBJECT (before), "category")
                                              : NULL;
  GtkWidget *header;

  if (cat == NULL || (prev != NULL && g_strcmp0 (prev->group, cat->group) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (cat->group);
  gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 4);
  gtk_widget_set_margin_start (header, 8);
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
make_row (const SbTaseCategory *cat, gboolean chosen)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (cat != NULL ? cat->name : _("Outside the catalogue"));
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_set_margin_top (line, 6);
  gtk_widget_set_margin_bottom (line, 6);
  gtk_widget_set_margin_start (line, 8);
  gtk_widget_set_margin_end (line, 8);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_box_append (GTK_BOX (box), name);
  if (cat == NULL || (cat->description != NULL && cat->description[0] != '\0'))
    {
      GtkWidget *desc = gtk_label_new (cat != NULL ? cat->description
                                       : _("Revenue that is not a catalogue business: it counts "
                                           "in the total revenue only"));

      gtk_label_set_xalign (GTK_LABEL (desc), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (desc), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (desc), 56);
      gtk_widget_add_css_class (desc, "dim-label");
      gtk_widget_add_css_class (desc, "caption");
      gtk_box_append (GTK_BOX (box), desc);
    }
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (line), box);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_opacity (check, chosen ? 1.0 : 0.0);
  gtk_box_append (GTK_BOX (line), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  g_object_set_data (G_OBJECT (row), "category", (gpointer) cat);
  if (cat != NULL)
    gtk_widget_set_name (row, cat->code);
  return row;
}

static void
fill_list (SbCataloguePicker *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  gtk_list_box_append (GTK_LIST_BOX (self->list), make_row (NULL, self->code == NULL));
  if (self->rules == NULL || self->rules->catalogue == NULL)
    return;
  for (guint i = 0; i < self->rules->catalogue->len; i++)
    {
      const SbTaseCategory *cat = g_ptr_array_index (self->rules->catalogue, i);

      gtk_list_box_append (GTK_LIST_BOX (self->list),
                           make_row (cat, g_strcmp0 (cat->code, self->code) == 0));
    }
}

static void
on_row_activated (SbCataloguePicker *self, GtkListBoxRow *row)
{
  const SbTaseCategory *cat = g_object_get_data (G_OBJECT (row), "category");

  sb_catalogue_picker_set_code (self, cat != NULL ? cat->code : NULL);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
on_search_changed (SbCataloguePicker *self)
{
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

/* The first row the search leaves shown, or NULL. */
static GtkWidget *
first_shown (SbCataloguePicker *self)
{
  for (GtkWidget *c = gtk_widget_get_first_child (self->list); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c) && filter_row (GTK_LIST_BOX_ROW (c), self))
      return c;
  return NULL;
}

/* Enter in the search: the first business shown. */
static void
on_search_activate (SbCataloguePicker *self)
{
  GtkWidget *row = first_shown (self);

  if (row != NULL)
    on_row_activated (self, GTK_LIST_BOX_ROW (row));
}

/* Down from the search: the first business shown, then the arrows move
 * through the list and Enter picks. */
static gboolean
on_search_key (SbCataloguePicker *self, guint keyval, guint keycode, GdkModifierType state)
{
  GtkWidget *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  row = first_shown (self);
  return row != NULL && gtk_widget_grab_focus (row);
}

static void
on_popover_show (SbCataloguePicker *self)
{
  fill_list (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_widget_grab_focus (self->search);
}

static void
create_popup (GtkMenuButton *button, gpointer data)
{
  SbCataloguePicker *self = data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  /* wide enough for the descriptions to read as paragraphs */
  gtk_widget_set_size_request (box, 460, -1);
  self->search = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the catalogue"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate), self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key), self);
    gtk_widget_add_controller (self->search, keys);
  }
  gtk_widget_set_name (self->search, "catalogue:search");
  gtk_box_append (GTK_BOX (box), self->search);

  self->list = gtk_list_box_new ();
  gtk_widget_set_name (self->list, "catalogue:list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Catalogue businesses"), -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_row, self, NULL);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), header_func, NULL, NULL);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show), self);
  gtk_menu_button_set_popover (button, self->popover);
}

static void
sb_catalogue_picker_finalize (GObject *object)
{
  SbCataloguePicker *self = SB_CATALOGUE_PICKER (object);

  g_free (self->code);
  G_OBJECT_CLASS (sb_catalogue_picker_parent_class)->finalize (object);
}

static void
sb_catalogue_picker_get_property (GObject *object, guint prop_id, GValue *value,
                                  GParamSpec *pspec)
{
  SbCataloguePicker *self = SB_CATALOGUE_PICKER (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_catalogue_picker_set_property (GObject *object, guint prop_id, const GValue *value,
                                  GParamSpec *pspec)
{
  SbCataloguePicker *self = SB_CATALOGUE_PICKER (object);

  switch (prop_id)
    {
    case PROP_CODE:
      sb_catalogue_picker_set_code (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_catalogue_picker_class_init (SbCataloguePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_catalogue_picker_finalize;
  object_class->get_property = sb_catalogue_picker_get_property;
  object_class->set_property = sb_catalogue_picker_set_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_catalogue_picker_init (SbCataloguePicker *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0f);
  gtk_label_set_max_width_chars (GTK_LABEL (self->label), 16);
  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), self->label);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup, self,
                                         NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Catalogue business"), -1);
  adw_bin_set_child (ADW_BIN (self), self->button);
  update_button (self);
}

GtkWidget *
sb_catalogue_picker_new (void)
{
  return g_object_new (SB_TYPE_CATALOGUE_PICKER, NULL);
}

void
sb_catalogue_picker_set_rules (SbCataloguePicker *self, const SbTaseRules *rules)
{
  g_return_if_fail (SB_IS_CATALOGUE_PICKER (self));
  self->rules = rules;
  update_button (self);
}

const char *
sb_catalogue_picker_get_code (SbCataloguePicker *self)
{
  g_return_val_if_fail (SB_IS_CATALOGUE_PICKER (self), NULL);
  return self->code;
}

void
sb_catalogue_picker_set_code (SbCataloguePicker *self, const char *code)
{
  g_return_if_fail (SB_IS_CATALOGUE_PICKER (self));
  if (code != NULL && code[0] == '\0')
    code = NULL;
  if (g_strcmp0 (self->code, code) == 0)
    return;
  g_free (self->code);
  self->code = g_strdup (code);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

void
sb_catalogue_picker_set_context (SbCataloguePicker *self, const char *label)
{
  g_return_if_fail (SB_IS_CATALOGUE_PICKER (self));

  /* the name says where the picker is; the description what is chosen */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_text (GTK_LABEL (self->label)), -1);
}
