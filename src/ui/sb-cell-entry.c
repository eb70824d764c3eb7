/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-cell-entry.c: an entry bound to one figure of a model object. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-cell-entry.h"
#include "sb-idcheck.h"
#include "sb-input.h"
#include "sb-money.h"

struct _SbCellEntry
{
  GtkEntry            parent_instance;

  SbFieldKind         kind;
  GtkEventController *focus;
  gboolean            masked;     /* a 身份证号: masked except while edited */
  gboolean            focused;    /* between focus enter and leave */
  GObject            *object;
  GParamSpec         *pspec;     /* the bound property, or the kind's stand-in */
  gulong              notify_id;
  SbCellStoreFunc     store;
  gpointer            store_data;
  char               *error;
  char               *problem;
  char               *required;  /* the mark of a required figure left empty, or NULL */
  char               *note;      /* a mark the owner sets (a draft line), or NULL */
  GValue              before;    /* the stored value when the editing began */
  gboolean            editing;   /* @before holds it */
  gboolean            updating;  /* the text is being set by the entry itself */
  gboolean            busy;      /* storing what is typed */
  guint               clear_source;  /* an emptied entry, cleared when still empty */
};

G_DEFINE_FINAL_TYPE (SbCellEntry, sb_cell_entry, GTK_TYPE_ENTRY)

enum
{
  PROP_0,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
kind_is_money (SbFieldKind kind)
{
  return kind == SB_FIELD_MONEY || kind == SB_FIELD_MONEY_SIGNED || kind == SB_FIELD_MONEY_WAN;
}

/* The value type of a kind when no object is bound. */
static GParamSpec *
stand_in_pspec (SbFieldKind kind)
{
  static GParamSpec *int64_spec, *date_spec, *string_spec;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      int64_spec = g_param_spec_ref_sink (g_param_spec_int64 ("value", NULL, NULL, G_MININT64,
                                                              G_MAXINT64, SB_UNSET,
                                                              G_PARAM_READWRITE));
      date_spec = g_param_spec_ref_sink (g_param_spec_uint ("value", NULL, NULL, 0, G_MAXUINT32,
                                                            SB_DATE_UNSET, G_PARAM_READWRITE));
      string_spec = g_param_spec_ref_sink (g_param_spec_string ("value", NULL, NULL, NULL,
                                                                G_PARAM_READWRITE));
      g_once_init_leave (&once, 1);
    }
  if (kind == SB_FIELD_TEXT)
    return string_spec;
  if (kind == SB_FIELD_DATE)
    return date_spec;
  return int64_spec;
}

/* "1,234,567.89" (no ¥: the rows show it beside the entry); "" for SB_UNSET. */
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
  while (len > 0 && s[len - 1] == '0')
    s[--len] = '\0';
  if (len > 0 && s[len - 1] == '.')
    s[--len] = '\0';
  return s;
}

/* The stored value as the entry shows it when nobody types. */
static char *
format_value (SbCellEntry *self, const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");
  if (type == G_TYPE_UINT)
    {
      guint d = g_value_get_uint (value);

      if (self->kind == SB_FIELD_DATE)
        return d == SB_DATE_UNSET ? g_strdup ("") : sb_date_format (d);
      return g_strdup_printf ("%u", d);
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

/* The stored value as the message names it ("¥1,234.00", "123.4万元"). */
static char *
describe_value (SbCellEntry *self, const GValue *value)
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
get_stored (SbCellEntry *self, GValue *value)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (self->pspec));
  if (self->object != NULL)
    g_object_get_property (self->object, self->pspec->name, value);
  else
    g_param_value_set_default (self->pspec, value);
}

/* In a 万元 entry, plain numbers are 万; "¥…" or "…元" (not "万元") are yuan. */
static gboolean
wan_text_is_yuan (const char *text)
{
  if (strstr (text, "¥") != NULL || strstr (text, "￥") != NULL)
    return TRUE;
  return g_str_has_suffix (text, "元") && !g_str_has_suffix (text, "万元");
}

static gboolean
range_error (GError **error)
{
  g_set_error_literal (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE,
                       _("The number is out of range"));
  return FALSE;
}

/* Reads @text into @value (initialised to the property's type); an empty
 * text gives the property's default (absent).  FALSE with @error otherwise. */
static gboolean
parse_text (SbCellEntry *self, const char *text, GValue *value, GError **error)
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
      n = (gint64) d;
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

  if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *spec = G_PARAM_SPEC_UINT (self->pspec);

      if (n < (gint64) spec->minimum || n > (gint64) spec->maximum)
        return range_error (error);
      g_value_set_uint (value, (guint) n);
      return TRUE;
    }
  if (type == G_TYPE_INT)
    {
      GParamSpecInt *spec = G_PARAM_SPEC_INT (self->pspec);

      if (n < spec->minimum || n > spec->maximum)
        {
          g_set_error (error, SB_INPUT_ERROR, SB_INPUT_ERROR_RANGE,
                       _("Type a number from %d to %d"), MAX (spec->minimum, 0),
                       spec->maximum);
          return FALSE;
        }
      g_value_set_int (value, (int) n);
      return TRUE;
    }
  if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *spec = G_PARAM_SPEC_INT64 (self->pspec);

      if (n < spec->minimum || n > spec->maximum)
        return range_error (error);
      g_value_set_int64 (value, n);
      return TRUE;
    }
  g_set_error_literal (error, SB_INPUT_ERROR, SB_INPUT_ERROR_INVALID,
                       _("This figure cannot be typed here"));
  return FALSE;
}

static gboolean value_is_empty (SbCellEntry *self);

/* The entry's marks, in one place: a message about what is typed ("error"
 * style, invalid), else a required figure left empty or the owner's note
 * (outlined: "draft" style, the message as tooltip and description). */
static void
refresh_marks (SbCellEntry *self)
{
  const char *draft = NULL;

  if (self->error == NULL)
    {
      if (self->note != NULL)
        draft = self->note;
      else if (self->required != NULL && self->object != NULL && value_is_empty (self))
        draft = self->required;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->error != NULL ? self->error : draft);
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  if (draft != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "draft");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "draft");
  if (self->error != NULL || draft != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->error != NULL ? self->error : draft, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (self->error != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                                 GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
set_error (SbCellEntry *self, const char *problem, const char *message)
{
  if (g_strcmp0 (message, self->error) == 0)
    return;
  g_free (self->error);
  g_free (self->problem);
  self->error = g_strdup (message);
  self->problem = g_strdup (problem);
  refresh_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_text_quietly (SbCellEntry *self, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) == 0)
    return;
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
}

/* Shows the stored value in the canonical form and drops any message. */
static void
show_stored (SbCellEntry *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  get_stored (self, &value);
  text = format_value (self, &value);
  if (self->masked && !self->focused)
    {
      char *masked = sb_resident_id_mask (text);

      g_free (text);
      text = masked;
    }
  set_error (self, NULL, NULL);
  set_text_quietly (self, text);
}

/* TRUE when what is typed reads as the stored value (then the text stays
 * as typed: "1,000" for 1,000.00). */
static gboolean
text_matches_stored (SbCellEntry *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) stored = G_VALUE_INIT;

  if (!parse_text (self, gtk_editable_get_text (GTK_EDITABLE (self)), &value, NULL))
    return FALSE;
  get_stored (self, &stored);
  return g_param_values_cmp (self->pspec, &value, &stored) == 0;
}

/* The stored figure is absent (a text of blanks counts as absent). */
static gboolean
value_is_empty (SbCellEntry *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *text;

  get_stored (self, &value);
  if (G_VALUE_TYPE (&value) != G_TYPE_STRING)
    return g_param_value_defaults (self->pspec, &value);
  text = g_value_get_string (&value);
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

static gboolean
has_focus (SbCellEntry *self)
{
  return gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus));
}

static void
on_notify (SbCellEntry *self)
{
  refresh_marks (self);
  /* someone else changed the figure: show it, unless it is being typed */
  if (self->busy || has_focus (self))
    return;
  if (self->error == NULL && text_matches_stored (self))
    return;
  show_stored (self);
}

/* Sets @value on the object (or through the store function). */
static void
store_value (SbCellEntry *self, const GValue *value)
{
  GObject *blocked;
  gulong blocked_id;

  /* the store function may bind the entry to another object (a staff
   * month made or dropped): unblock the handler that was blocked */
  self->busy = TRUE;
  g_object_ref (self);
  blocked = self->object != NULL ? g_object_ref (self->object) : NULL;
  blocked_id = self->notify_id;
  if (blocked_id != 0)
    g_signal_handler_block (blocked, blocked_id);
  if (self->store != NULL)
    self->store (self, value, self->store_data);
  else
    g_object_set_property (self->object, self->pspec->name, value);
  if (blocked_id != 0 && g_signal_handler_is_connected (blocked, blocked_id))
    g_signal_handler_unblock (blocked, blocked_id);
  g_clear_object (&blocked);
  self->busy = FALSE;
  refresh_marks (self);
  g_object_unref (self);
}

/* Puts back the value stored when the editing began (a text that does not
 * read: the verdicts followed the good texts typed before it). */
static void
restore_before (SbCellEntry *self)
{
  g_auto(GValue) stored = G_VALUE_INIT;

  if (!self->editing || (self->object == NULL && self->store == NULL))
    return;
  get_stored (self, &stored);
  if (G_VALUE_TYPE (&self->before) != G_VALUE_TYPE (&stored)
      || g_param_values_cmp (self->pspec, &self->before, &stored) == 0)
    return;
  store_value (self, &self->before);
}

/* Remembers the stored value when the editing begins. */
static void
begin_editing (SbCellEntry *self)
{
  if (self->editing)
    g_value_unset (&self->before);
  get_stored (self, &self->before);
  self->editing = TRUE;
}

static void
end_editing (SbCellEntry *self)
{
  if (self->editing)
    g_value_unset (&self->before);
  self->editing = FALSE;
}

/* Reads what is typed and stores it when it is good.  A good text is
 * stored at once (the verdicts follow the typing); a text that does not
 * read is never stored, and the value from before the editing is put back
 * (so "12abc" leaves the figure as it was, not at 12). */
static void
commit_text (SbCellEntry *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) stored = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (self->object == NULL && self->store == NULL)
    return;
  /* a text set while the entry has no focus (a paste by a program) is an
   * editing of its own */
  if (!self->editing || !has_focus (self))
    begin_editing (self);
  if (!parse_text (self, gtk_editable_get_text (GTK_EDITABLE (self)), &value, &error))
    {
      g_autofree char *kept = NULL;
      g_autofree char *message = NULL;

      restore_before (self);
      get_stored (self, &stored);
      kept = describe_value (self, &stored);
      if (kept[0] != '\0')
        message = g_strdup_printf (_("%s\nThe last good value is kept: %s"), error->message,
                                   kept);
      else
        message = g_strdup_printf (_("%s\nNothing is stored until it is corrected"),
                                   error->message);
      set_error (self, error->message, message);
      return;
    }
  get_stored (self, &stored);
  set_error (self, NULL, NULL);
  if (self->object != NULL && g_param_values_cmp (self->pspec, &value, &stored) == 0)
    return;
  store_value (self, &value);
}

static gboolean
commit_empty (gpointer data)
{
  SbCellEntry *self = data;

  self->clear_source = 0;
  commit_text (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed (SbCellEntry *self)
{
  if (self->updating || (self->object == NULL && self->store == NULL))
    return;
  g_clear_handle_id (&self->clear_source, g_source_remove);
  if (gtk_editable_get_text (GTK_EDITABLE (self))[0] == '\0')
    {
      /* a text typed over (a selection replaced, a paste) is first deleted,
       * then inserted: only an entry still empty after this change clears
       * the figure, so that a bad text typed over keeps the last good value */
      set_error (self, NULL, NULL);
      self->clear_source = g_idle_add (commit_empty, self);
      return;
    }
  commit_text (self);
}

/* A masked entry shows the whole number while it has the focus. */
static void
on_focus_enter (SbCellEntry *self)
{
  self->focused = TRUE;
  if (self->masked && self->error == NULL)
    show_stored (self);
  begin_editing (self);
}

static void
on_focus_leave (SbCellEntry *self)
{
  self->focused = FALSE;
  if (self->clear_source != 0)
    {
      g_clear_handle_id (&self->clear_source, g_source_remove);
      commit_text (self);
    }
  end_editing (self);
  /* a text that does not read stays, marked, until it is corrected or
   * Escape puts the stored value back: nothing typed is silently dropped */
  if (self->error == NULL)
    show_stored (self);
}

/* Enter confirms what is typed: Escape and a bad text typed after it go
 * back to it. */
static void
on_activate (SbCellEntry *self)
{
  if (self->error == NULL && self->clear_source == 0)
    begin_editing (self);
}

/* Escape: the stored value from before the editing, shown again. */
static gboolean
on_key_pressed (SbCellEntry *self, guint keyval, guint keycode, GdkModifierType state)
{
  g_autofree char *shown = NULL;
  g_auto(GValue) stored = G_VALUE_INIT;

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  g_clear_handle_id (&self->clear_source, g_source_remove);
  get_stored (self, &stored);
  shown = format_value (self, &stored);
  if (self->error == NULL && !(self->editing && G_VALUE_TYPE (&self->before) == G_VALUE_TYPE (&stored)
                               && g_param_values_cmp (self->pspec, &self->before, &stored) != 0)
      && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self))) == 0)
    return FALSE;   /* nothing to undo here: a dialog may close */
  restore_before (self);
  show_stored (self);
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  return TRUE;
}

static void
unbind (SbCellEntry *self)
{
  g_clear_handle_id (&self->clear_source, g_source_remove);
  end_editing (self);
  if (self->object != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->object);
      g_clear_object (&self->object);
    }
  self->pspec = stand_in_pspec (self->kind);
}

static void
sb_cell_entry_dispose (GObject *object)
{
  SbCellEntry *self = SB_CELL_ENTRY (object);

  unbind (self);
  G_OBJECT_CLASS (sb_cell_entry_parent_class)->dispose (object);
}

static void
sb_cell_entry_finalize (GObject *object)
{
  SbCellEntry *self = SB_CELL_ENTRY (object);

  g_free (self->error);
  g_free (self->problem);
  g_free (self->required);
  g_free (self->note);
  G_OBJECT_CLASS (sb_cell_entry_parent_class)->finalize (object);
}

static void
sb_cell_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SbCellEntry *self = SB_CELL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_cell_entry_class_init (SbCellEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_cell_entry_dispose;
  object_class->finalize = sb_cell_entry_finalize;
  object_class->get_property = sb_cell_entry_get_property;

  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_cell_entry_init (SbCellEntry *self)
{
  self->pspec = stand_in_pspec (SB_FIELD_TEXT);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
  g_signal_connect (self, "activate", G_CALLBACK (on_activate), NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect_swapped (self->focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->focus);
  /* before the entry's own handling, so that a dialog sees Escape only
   * when there is nothing to put back */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
sb_cell_entry_new (SbFieldKind kind)
{
  SbCellEntry *self = g_object_new (SB_TYPE_CELL_ENTRY, NULL);
  gboolean number = kind != SB_FIELD_TEXT && kind != SB_FIELD_DATE;

  self->kind = kind;
  self->pspec = stand_in_pspec (kind);
  gtk_editable_set_alignment (GTK_EDITABLE (self), number ? 1.0f : 0.0f);
  if (kind_is_money (kind))
    gtk_widget_add_css_class (GTK_WIDGET (self), "money");
  gtk_entry_set_input_purpose (GTK_ENTRY (self),
                               kind == SB_FIELD_COUNT ? GTK_INPUT_PURPOSE_DIGITS
                               : number ? GTK_INPUT_PURPOSE_NUMBER
                               : GTK_INPUT_PURPOSE_FREE_FORM);
  if (kind == SB_FIELD_DATE)
    gtk_entry_set_placeholder_text (GTK_ENTRY (self), "2024-03-05");
  return GTK_WIDGET (self);
}

SbFieldKind
sb_cell_entry_get_kind (SbCellEntry *self)
{
  g_return_val_if_fail (SB_IS_CELL_ENTRY (self), SB_FIELD_TEXT);
  return self->kind;
}

void
sb_cell_entry_bind (SbCellEntry *self, GObject *object, const char *property)
{
  GParamSpec *pspec = NULL;

  g_return_if_fail (SB_IS_CELL_ENTRY (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (object != NULL)
    {
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
      g_return_if_fail (pspec != NULL);
    }
  if (object == self->object && (object == NULL || pspec == self->pspec))
    return;

  unbind (self);
  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      self->object = g_object_ref (object);
      self->pspec = pspec;
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (on_notify), self);
    }
  /* while the text is being typed (the store function made the object),
   * leave it as typed when it reads as the stored value */
  if (self->busy && self->error == NULL && text_matches_stored (self))
    {
      refresh_marks (self);
      return;
    }
  show_stored (self);
  refresh_marks (self);
}

GObject *
sb_cell_entry_get_object (SbCellEntry *self)
{
  g_return_val_if_fail (SB_IS_CELL_ENTRY (self), NULL);
  return self->object;
}

void
sb_cell_entry_set_store_func (SbCellEntry *self, SbCellStoreFunc func, gpointer user_data)
{
  g_return_if_fail (SB_IS_CELL_ENTRY (self));
  self->store = func;
  self->store_data = user_data;
}

const char *
sb_cell_entry_get_error (SbCellEntry *self)
{
  g_return_val_if_fail (SB_IS_CELL_ENTRY (self), NULL);
  return self->error;
}

const char *
sb_cell_entry_get_problem (SbCellEntry *self)
{
  g_return_val_if_fail (SB_IS_CELL_ENTRY (self), NULL);
  return self->problem;
}

void
sb_cell_entry_set_required (SbCellEntry *self, const char *message)
{
  g_return_if_fail (SB_IS_CELL_ENTRY (self));

  if (g_strcmp0 (self->required, message) == 0)
    return;
  g_free (self->required);
  self->required = g_strdup (message);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_REQUIRED,
                                    TRUE, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_REQUIRED);
  refresh_marks (self);
}

void
sb_cell_entry_set_note (SbCellEntry *self, const char *message)
{
  g_return_if_fail (SB_IS_CELL_ENTRY (self));

  if (g_strcmp0 (self->note, message) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (message);
  refresh_marks (self);
}

gboolean
sb_cell_entry_is_marked (SbCellEntry *self)
{
  g_return_val_if_fail (SB_IS_CELL_ENTRY (self), FALSE);
  return gtk_widget_has_css_class (GTK_WIDGET (self), "draft");
}

void
sb_cell_entry_set_masked (SbCellEntry *self, gboolean masked)
{
  g_return_if_fail (SB_IS_CELL_ENTRY (self));

  self->masked = masked;
  if (!self->busy && self->error == NULL && (self->object != NULL || self->store != NULL))
    show_stored (self);
}
