/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-preview.c: an official table's pages as they will print, one page at a time. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-form-preview.h"

#define PAGE_GAP 12   /* pixels around the page */

struct _SbFormPreview
{
  AdwBin          parent_instance;

  SbFormPages    *pages;
  guint           page;
  gboolean        fit_width;

  GtkWidget      *scrolled;
  GtkDrawingArea *area;
  GtkLabel       *label;
  GtkWidget      *fit_button;
};

G_DEFINE_FINAL_TYPE (SbFormPreview, sb_form_preview, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_FIT_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_size (SbFormPreview *self, double *width, double *height)
{
  sb_form_pages_get_page_size (self->pages, self->page, width, height);
}

/* The page in fit-width mode is as tall as the width makes it. */
static void
update_height (SbFormPreview *self, int width)
{
  int height = 0;

  if (self->fit_width && self->pages != NULL && width > 2 * PAGE_GAP)
    {
      double pw, ph;

      page_size (self, &pw, &ph);
      height = (int) ((width - 2 * PAGE_GAP) * ph / pw) + 2 * PAGE_GAP + 1;
    }
  if (gtk_drawing_area_get_content_height (self->area) != height)
    gtk_drawing_area_set_content_height (self->area, height);
}

static void
on_resize (GtkDrawingArea *area, int width, int height, SbFormPreview *self)
{
  update_height (self, width);
}

static void
draw_page (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SbFormPreview *self = data;
  double pw, ph, scale, x, y;

  if (self->pages == NULL || sb_form_pages_get_n_pages (self->pages) == 0)
    return;
  page_size (self, &pw, &ph);
  scale = (width - 2.0 * PAGE_GAP) / pw;
  if (!self->fit_width)
    scale = MIN (scale, (height - 2.0 * PAGE_GAP) / ph);
  if (scale <= 0)
    return;
  x = (width - pw * scale) / 2;
  y = self->fit_width ? PAGE_GAP : (height - ph * scale) / 2;

  /* the sheet, with a shadow */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 1, y + 2, pw * scale, ph * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, pw * scale, ph * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, pw, ph);
  cairo_clip (cr);
  sb_form_pages_draw (self->pages, self->page, cr);
  cairo_restore (cr);
}

static void
update_page (SbFormPreview *self)
{
  guint n = sb_form_preview_get_n_pages (self);
  g_autofree char *text = NULL;

  if (n > 0)
    text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);
  gtk_label_set_text (self->label, text != NULL ? text : _("No pages"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page + 1 < n);
  update_height (self, gtk_widget_get_width (GTK_WIDGET (self->area)));
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
previous_page (GtkWidget *widget, const char *action, GVariant *param)
{
  SbFormPreview *self = SB_FORM_PREVIEW (widget);

  if (self->page > 0)
    sb_form_preview_set_page (self, self->page - 1);
}

static void
next_page (GtkWidget *widget, const char *action, GVariant *param)
{
  SbFormPreview *self = SB_FORM_PREVIEW (widget);

  sb_form_preview_set_page (self, self->page + 1);
}

static void
on_fit_toggled (GtkToggleButton *button, SbFormPreview *self)
{
  sb_form_preview_set_fit_width (self, gtk_toggle_button_get_active (button));
}

static void
sb_form_preview_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SbFormPreview *self = SB_FORM_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, sb_form_preview_get_n_pages (self));
      break;
    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_form_preview_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  SbFormPreview *self = SB_FORM_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      sb_form_preview_set_page (self, g_value_get_uint (value));
      break;
    case PROP_FIT_WIDTH:
      sb_form_preview_set_fit_width (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_form_preview_finalize (GObject *object)
{
  SbFormPreview *self = SB_FORM_PREVIEW (object);

  g_clear_pointer (&self->pages, sb_form_pages_free);
  G_OBJECT_CLASS (sb_form_preview_parent_class)->finalize (object);
}

static void
sb_form_preview_class_init (SbFormPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sb_form_preview_get_property;
  object_class->set_property = sb_form_preview_set_property;
  object_class->finalize = sb_form_preview_finalize;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_page);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_set_css_name (widget_class, "sb-form-preview");
}

static GtkWidget *
icon_button (const char *icon, const char *tooltip, const char *action, const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
sb_form_preview_init (SbFormPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_name (GTK_WIDGET (self->area), "preview-page");
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->area), TRUE);
  gtk_drawing_area_set_draw_func (self->area, draw_page, self, NULL);
  g_signal_connect (self->area, "resize", G_CALLBACK (on_resize), self);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->area));
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), self->scrolled);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->label), "preview-label");
  gtk_label_set_width_chars (self->label, 14);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_box_append (GTK_BOX (nav), icon_button ("go-previous-symbolic", _("Previous Page"),
                                              "preview.previous", "preview-previous"));
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (nav), icon_button ("go-next-symbolic", _("Next Page"),
                                              "preview.next", "preview-next"));
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (bar), nav);

  self->fit_button = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->fit_button), "zoom-fit-best-symbolic");
  gtk_widget_set_tooltip_text (self->fit_button, _("Fit Width"));
  gtk_widget_set_name (self->fit_button, "preview-fit-width");
  gtk_widget_add_css_class (self->fit_button, "flat");
  g_signal_connect (self->fit_button, "toggled", G_CALLBACK (on_fit_toggled), self);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), self->fit_button);
  gtk_widget_add_css_class (bar, "toolbar");
  gtk_box_append (GTK_BOX (box), bar);

  adw_bin_set_child (ADW_BIN (self), box);
  update_page (self);
}

GtkWidget *
sb_form_preview_new (void)
{
  return g_object_new (SB_TYPE_FORM_PREVIEW, NULL);
}

void
sb_form_preview_set_form (SbFormPreview *self, const SbForm *form)
{
  guint old_n;

  g_return_if_fail (SB_IS_FORM_PREVIEW (self));

  old_n = sb_form_preview_get_n_pages (self);
  g_clear_pointer (&self->pages, sb_form_pages_free);
  if (form != NULL)
    self->pages = sb_form_pages_new (form);
  if (sb_form_preview_get_n_pages (self) != old_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (self->page >= sb_form_preview_get_n_pages (self))
    sb_form_preview_set_page (self, 0);
  update_page (self);
}

SbFormPages *
sb_form_preview_get_pages (SbFormPreview *self)
{
  g_return_val_if_fail (SB_IS_FORM_PREVIEW (self), NULL);
  return self->pages;
}

guint
sb_form_preview_get_n_pages (SbFormPreview *self)
{
  g_return_val_if_fail (SB_IS_FORM_PREVIEW (self), 0);
  return self->pages != NULL ? sb_form_pages_get_n_pages (self->pages) : 0;
}

guint
sb_form_preview_get_page (SbFormPreview *self)
{
  g_return_val_if_fail (SB_IS_FORM_PREVIEW (self), 0);
  return self->page;
}

void
sb_form_preview_set_page (SbFormPreview *self, guint page)
{
  guint n;

  g_return_if_fail (SB_IS_FORM_PREVIEW (self));

  n = sb_form_preview_get_n_pages (self);
  page = n > 0 ? MIN (page, n - 1) : 0;
  if (page == self->page)
    return;
  self->page = page;
  update_page (self);
  /* a new page is seen from its top */
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

gboolean
sb_form_preview_get_fit_width (SbFormPreview *self)
{
  g_return_val_if_fail (SB_IS_FORM_PREVIEW (self), FALSE);
  return self->fit_width;
}

void
sb_form_preview_set_fit_width (SbFormPreview *self, gboolean fit_width)
{
  g_return_if_fail (SB_IS_FORM_PREVIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;
  self->fit_width = fit_width;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->fit_button), fit_width);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}
