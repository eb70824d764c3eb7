/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-field-row.c: an entry row bound to one figure of a model object. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-field-row.h"
#include "sb-input.h"
#include "sb-money.h"

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
  GtkEventController *focus;

  GObject           *object;
  GParamSpec        *pspec;
  gulong             notify_id;
  char              *error;
  gboolean           updating;   /* the text is being set by the row itself */
};

G_DEFINE_FINAL_TYPE (SbFieldRow, sb_field_row, ADW_TYPE_PREFERENCES_ROW)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
kind_is_money (SbFieldKind kind)
{
  return kind == SB_FIELD_MONEY || kind == SB_FIELD_MONEY_SIGNED || kind == SB_FIELD_MONEY_WAN;
}

/* "1,234,567.89" (no ¥: the row shows it before the entry); "" for SB_UNSET. */
static char *
format_money_plain (gint64 fen)
{
  g_autofree char *s = sb_input_format_money (fen);
  GString *out = g_string_new (NULL);
  const char *yen = "¥";
  const char *p = strstr (s, yen);

  if (p == NULL)
    g_string_append (out, s);
  else
    {
      g_string_append_len (out, s, p - s);
      g_string_append (out, p + strlen (yen));
    }
  return g_string_free (out, FALSE);
}

/* "123.4" for 123.4 万元, exact to the fen (up to six decimals). */
static char *
format_wan_plain (gint64 fen)
{
  char *s;
  gsize len;

  if (fen == SB_UNSET)
    return g_strdup ("");
  s = sb_ratio_format (sb_ratio (fen, 1000000), 6);
  if (s == NULL)
    return g_strdup ("");
  len = strlen (s);
  if (strchr (s, '.') != NULL)
    {
      while (len > 0 && s[len - 1] == '0')
        s[--len] = '\0';
      if (len > 0 && s[len - 1] == '.')
        s[--len] = '\0';
    }
  return s;
}

/* The stored value as the row shows it when nobody types. */
static char *
format_value (SbFieldRow *self, const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
  if (type == G_TYPE_UINT)
    {
      guint d = g_value_get_uint (value);

      return d == SB_DATE_UNSET ? g_strdup ("") : sb_date_format (d);
    }
  if (type == G_TYPE_INT)
    {
      int v = g_value_get_int (value);

      if (v == G_PARAM_SPEC_INT (self->pspec)->default_value)
        return g_strdup ("");
      return g_strdup_printf ("%d", v);
    }
  if (type == G_TYPE_INT64)
    {
      gint64 v = g_value_get_int64 (value);

      if (v == SB_UNSET)
        return g_strdup ("");
      if (self->kind == SB_FIELD_MONEY_WAN)
        return format_wan_plain (v);
      if (kind_is_money (self->kind))
        return format_money_plain (v);
      return g_strdup_printf ("%" G_GINT64_FORMAT, v);
    }
  return g_strdup ("");
}

/* The stored value as the message names it ("¥1,234.00", "123.4万"). */
static char *
describe_value (SbFieldRow *self, const GValue *value)
{
  if (G_VALUE_TYPE (value) == G_TYPE_INT64 && g_value_get_int64 (value) != SB_UNSET)
    {
      if (self->kind == SB_FIELD_MONEY_WAN)
        {
          g_autofree char *s = format_wan_plain (g_value_get_int64 (value));

          return g_strconcat (s, "万元", NULL);
        }
      if (kind_is_money (self->kind))
        return sb_input_format_money (g_value_get_int64 (value));
    }
  return format_value (self, value);
}

static void
get_stored (SbFieldRow *self, GValue *value)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (self->pspec));
  g_object_get_property (self->object, self->pspec->name, value);
}

/* In a 万元 row, plain numbers are 万; "¥…" or "…元" (not "万元") are yuan. */
static gboolean
wan_text_is_yuan (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text));

  if (strstr (t, "¥") != NULL || strstr (t, "￥") != NULL)
    return TRUE;
  return g_str_has_suffix (t, "元") && !g_str_has_suffix (t, "万元");
}

/* Reads @text into @value (initialised to the property's type); an empty
 * text gives the property's default (absent).  FALSE with @error otherwise. */
static gboolean
parse_text (SbFieldRow *self, const char *text, GValue *value, GError **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (self->pspec);
  g_autoptr(GError) local = NULL;
  gboolean ok = FALSE;
  gint64 n = 0;
  SbDate d = SB_DATE_UNSET;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    {
      g_value_set_string (value, text[0] != '\0' ? text : NULL);
      return TRUE;
    }

  switch (self->kind)
    {
    case SB_FIELD_MONEY:
    case SB_FIELD_MONEY_SIGNED:
      ok = sb_input_parse_money (text,
                                 self->kind == SB_FIELD_MONEY_SIGNED ? SB_INPUT_ALLOW_NEGATIVE : 0,
                                 &n, &local);
      break;
    case SB_FIELD_MONEY_WAN:
      {
        g_autofree char *t = g_strstrip (g_strdup (text));

        if (t[0] != '\0' && !wan_text_is_yuan (t) && !g_str_has_suffix (t, "万")
            && !g_str_has_suffix (t, "万元"))
          {
            char *w = g_strconcat (t, "万", NULL);

            g_free (t);
            t = w;
          }
        ok = sb_input_parse_money (t, 0, &n, &local);
      }
      break;
    case SB_FIELD_COUNT:
      ok = sb_input_parse_count (text, 0, &n, &local);
      break;
    case SB_FIELD_DATE:
      ok = sb_input_parse_date (text, &d, &local);
      break;
    case SB_FIELD_TEXT:
    default:
      g_set_error_literal (&local, SB_INPUT_ERROR, SB_INPUT_ERROR_INVALID,
                           _("This figure cannot be typed here"));
      break;
    }

  if (!ok)
    {
      if (g_error_matches (local, SB_INPUT_ERROR, SB_INPUT_ERROR_EMPTY))
        {
          g_param_value_set_default (self->pspec, value);
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (self->kind == SB_FIELD_DATE)
    n = (gint64) d;
  if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *spec = G_PARAM_SPEC_UINT (self->pspec);

      if (n < (gint64) spec->minimum || n > (gint64) spec->maximum)
        {
          g_set_error_literal (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE,
                               _("The number is out of range"));
          return FALSE;
        }
      g_value_set_uint (value, (guint) n);
      return TRUE;
    }
  if (type == G_TYPE_INT)
    {
      GParamSpecInt *spec = G_PARAM_SPEC_INT (self->pspec);

      if (n < spec->minimum || n > spec->maximum)
        {
          g_set_error (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE,
                       _("Type a number from %d to %d"),
                       MAX (spec->minimum, 0), spec->maximum);
          return FALSE;
        }
      g_value_set_int (value, (int) n);
      return TRUE;
    }
  if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *spec = G_PARAM_SPEC_INT64 (self->pspec);

      if (n < spec->minimum || n > spec->maximum)
        {
          g_set_error_literal (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE,
                               _("The number is out of range"));
          return FALSE;
        }
      g_value_set_int64 (value, n);
      return TRUE;
    }
  g_set_error_literal (error, SB_INPUT_ERROR, SB_INPUT_ERROR_INVALID,
                       _("This figure cannot be typed here"));
  return FALSE;
}

static void
set_message (SbFieldRow *self, const char *message)
{
  if (g_strcmp0 (message, self->error) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->message), message != NULL ? message : "");
  gtk_widget_set_visible (self->message_box, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (self->entry, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->entry, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Shows the stored value in the canonical form and drops any message. */
static void
show_stored (SbFieldRow *self)
{
  g_autofree char *text = NULL;

  if (self->object != NULL)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      get_stored (self, &value);
      text = format_value (self, &value);
    }
  else
    text = g_strdup ("");

  set_message (self, NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
      self->updating = FALSE;
    }
}

static void
on_notify (SbFieldRow *self)
{
  /* someone else changed the figure: show it, unless it is being typed */
  if (gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus)))
    return;
  show_stored (self);
}

static void
on_changed (SbFieldRow *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) stored = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  const char *text;

  if (self->updating || self->object == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  get_stored (self, &stored);
  if (!parse_text (self, text, &value, &error))
    {
      g_autofree char *kept = describe_value (self, &stored);
      g_autofree char *message = NULL;

      if (kept[0] != '\0')
        message = g_strdup_printf (_("%s\nThe last good value is kept: %s"), error->message,
                                   kept);
      else
        message = g_strdup_printf (_("%s\nNothing is stored until it is corrected"),
                                   error->message);
      set_message (self, message);
      return;
    }
  set_message (self, NULL);
  if (g_param_values_cmp (self->pspec, &value, &stored) == 0)
    return;
  g_signal_handler_block (self->object, self->notify_id);
  g_object_set_property (self->object, self->pspec->name, &value);
  g_signal_handler_unblock (self->object, self->notify_id);
}

static void
on_focus_leave (SbFieldRow *self)
{
  show_stored (self);
}

static void
update_kind (SbFieldRow *self)
{
  gboolean number = self->kind != SB_FIELD_TEXT && self->kind != SB_FIELD_DATE;

  gtk_widget_set_visible (self->prefix, self->kind == SB_FIELD_MONEY
                                        || self->kind == SB_FIELD_MONEY_SIGNED);
  gtk_widget_set_visible (self->suffix, self->kind == SB_FIELD_MONEY_WAN);
  gtk_editable_set_alignment (GTK_EDITABLE (self->entry), number ? 1.0f : 0.0f);
  if (kind_is_money (self->kind))
    gtk_widget_add_css_class (self->entry, "money");
  else
    gtk_widget_remove_css_class (self->entry, "money");
  gtk_widget_set_hexpand (self->entry, self->kind == SB_FIELD_TEXT);
  gtk_entry_set_input_purpose (GTK_ENTRY (self->entry),
                               self->kind == SB_FIELD_COUNT ? GTK_INPUT_PURPOSE_DIGITS
                               : number ? GTK_INPUT_PURPOSE_NUMBER
                               : GTK_INPUT_PURPOSE_FREE_FORM);
  if (self->kind == SB_FIELD_DATE)
    gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), "2024-03-05");
  else
    gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), NULL);
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
unbind (SbFieldRow *self)
{
  if (self->object != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->object);
      g_clear_object (&self->object);
    }
  self->pspec = NULL;
}

static void
sb_field_row_dispose (GObject *object)
{
  SbFieldRow *self = SB_FIELD_ROW (object);

  unbind (self);
  G_OBJECT_CLASS (sb_field_row_parent_class)->dispose (object);
}

static void
sb_field_row_finalize (GObject *object)
{
  SbFieldRow *self = SB_FIELD_ROW (object);

  g_free (self->error);
  G_OBJECT_CLASS (sb_field_row_parent_class)->finalize (object);
}

static void
sb_field_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SbFieldRow *self = SB_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_field_row_set_property (GObject *object, guint prop_id, const GValue *value,
                           GParamSpec *pspec)
{
  SbFieldRow *self = SB_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      update_kind (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_field_row_class_init (SbFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_field_row_dispose;
  object_class->finalize = sb_field_row_finalize;
  object_class->get_property = sb_field_row_get_property;
  object_class->set_property = sb_field_row_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, SB_FIELD_MONEY, SB_FIELD_TEXT, SB_FIELD_MONEY,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_field_row_init (SbFieldRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_box_append (GTK_BOX (line), self->title_label);

  self->prefix = gtk_label_new ("¥");
  gtk_widget_add_css_class (self->prefix, "dim-label");
  gtk_box_append (GTK_BOX (line), self->prefix);

  self->entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 16);
  gtk_widget_set_valign (self->entry, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), self->entry);

  self->suffix = gtk_label_new ("万元");
  gtk_widget_add_css_class (self->suffix, "dim-label");
  gtk_box_append (GTK_BOX (line), self->suffix);
  gtk_box_append (GTK_BOX (box), line);

  self->message_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (self->message_box, GTK_ALIGN_END);
  icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
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

  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_changed), self);
  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (self->entry, self->focus);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);

  update_kind (self);
}

GtkWidget *
sb_field_row_new (const char *title, SbFieldKind kind)
{
  return g_object_new (SB_TYPE_FIELD_ROW, "title", title, "kind", kind, NULL);
}

void
sb_field_row_bind (SbFieldRow *self, GObject *object, const char *property)
{
  g_return_if_fail (SB_IS_FIELD_ROW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  unbind (self);
  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

      g_return_if_fail (pspec != NULL);
      self->object = g_object_ref (object);
      self->pspec = pspec;
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (on_notify), self);
    }
  show_stored (self);
}

const char *
sb_field_row_get_error (SbFieldRow *self)
{
  g_return_val_if_fail (SB_IS_FIELD_ROW (self), NULL);
  return self->error;
}

GtkEditable *
sb_field_row_get_editable (SbFieldRow *self)
{
  g_return_val_if_fail (SB_IS_FIELD_ROW (self), NULL);
  return GTK_EDITABLE (self->entry);
}
