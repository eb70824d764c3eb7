/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-result-panel.c: the live results beside a form: verdict, checks, amounts, warnings. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-check-text.h"
#include "sb-input.h"
#include "sb-result-panel.h"

struct _SbResultPanel
{
  AdwBin      parent_instance;

  GtkImage   *verdict_icon;
  GtkLabel   *verdict_title;
  GtkLabel   *verdict_detail;
  gboolean    eligible;
  char       *error;

  GtkWidget  *checks_group;
  GtkListBox *checks;
  GHashTable *rows;            /* "id:year" → GtkListBoxRow (owned by the list) */
  guint       n_fail;
  guint       n_missing;

  GtkWidget  *amounts_group;
  GtkListBox *amounts;
  guint       n_amounts;       /* rows in use; the others are hidden */

  GtkWidget  *warnings_group;
  GtkListBox *warnings;
};

G_DEFINE_FINAL_TYPE (SbResultPanel, sb_result_panel, ADW_TYPE_BIN)

/* The widgets of one check row, kept on the row. */
typedef struct
{
  GtkImage *icon;
  GtkLabel *title;
  GtkLabel *year;
  GtkLabel *value;
  GtkLabel *shortfall;
  GtkLabel *note;
  GtkWidget *go;     /* the arrow of a row that takes the user to its field */
} CheckRow;

static const char *status_classes[] = {
  "verdict-pass", "verdict-fail", "verdict-missing", "accent", "dim-label",
};

static const char *
status_words (SbStatus status)
{
  switch (status)
    {
    case SB_STATUS_PASS:
      return _("Met");
    case SB_STATUS_FAIL:
      return _("Not met");
    case SB_STATUS_MISSING:
      return _("Data missing");
    case SB_STATUS_DECLARED:
      return _("Declared");
    case SB_STATUS_NOT_APPLICABLE:
    default:
      return _("Not applicable");
    }
}

static void
set_status_class (GtkWidget *widget, SbStatus status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    if ((guint) status == i)
      gtk_widget_add_css_class (widget, status_classes[i]);
    else
      gtk_widget_remove_css_class (widget, status_classes[i]);
}

/* Sets @label to @text, hidden when @text is NULL or empty; only a real
 * change touches the label (no relayout on an unchanged keystroke). */
static void
set_label (GtkLabel *label, const char *text)
{
  gboolean show = text != NULL && *text != '\0';

  if (show && g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
  if (gtk_widget_get_visible (GTK_WIDGET (label)) != show)
    gtk_widget_set_visible (GTK_WIDGET (label), show);
}

static GtkLabel *
row_label (GtkBox *box, const char *name, const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_visible (label, FALSE);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static GtkWidget *
check_row_new (const char *name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  CheckRow *r = g_new0 (CheckRow, 1);

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);

  r->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_name (GTK_WIDGET (r->icon), "status-icon");
  gtk_widget_set_valign (GTK_WIDGET (r->icon), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (r->icon), 2);
  gtk_box_append (GTK_BOX (grid), GTK_WIDGET (r->icon));

  gtk_widget_set_hexpand (text, TRUE);
  r->title = row_label (GTK_BOX (text), "title", NULL);
  r->value = row_label (GTK_BOX (text), "value", "numeric");
  r->shortfall = row_label (GTK_BOX (text), "shortfall", "verdict-fail");
  r->note = row_label (GTK_BOX (text), "note", "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (r->note), "caption");
  gtk_box_append (GTK_BOX (grid), text);

  r->year = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (r->year), "year");
  gtk_widget_set_valign (GTK_WIDGET (r->year), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (r->year), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (r->year), "numeric");
  gtk_widget_set_visible (GTK_WIDGET (r->year), FALSE);
  gtk_box_append (GTK_BOX (grid), GTK_WIDGET (r->year));

  r->go = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_name (r->go, "go");
  gtk_widget_set_valign (r->go, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (r->go, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->go), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Go to the figure"), -1);
  gtk_widget_set_visible (r->go, FALSE);
  gtk_box_append (GTK_BOX (grid), r->go);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  g_object_set_data_full (G_OBJECT (row), "sb-check-row", r, g_free);
  return row;
}

static void
check_row_update (GtkWidget *row, const SbCheck *check)
{
  CheckRow *r = g_object_get_data (G_OBJECT (row), "sb-check-row");
  g_autofree char *year = check->year != 0 ? g_strdup_printf ("%d", check->year) : NULL;
  g_autofree char *value = sb_check_format_value (check);
  g_autofree char *shortfall = sb_check_format_shortfall (check);
  const char *icon = sb_check_status_icon (check->status);

  if (g_strcmp0 (gtk_image_get_icon_name (r->icon), icon) != 0)
    gtk_image_set_from_icon_name (r->icon, icon);
  set_status_class (GTK_WIDGET (r->icon), check->status);
  gtk_widget_set_tooltip_text (GTK_WIDGET (r->icon), status_words (check->status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  status_words (check->status), -1);
  g_object_set_data (G_OBJECT (row), "sb-status", GINT_TO_POINTER (check->status));

  set_label (r->title, sb_check_get_title (check));
  set_label (r->year, year);
  set_label (r->value, value);
  set_label (r->shortfall, shortfall);
  set_label (r->note, check->note);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (row), check->note) != 0)
    gtk_widget_set_tooltip_text (row, check->note);

  /* a check short of its figure or failing takes the user to the field
   * (the window's "win.focus-check") */
  {
    gboolean go = check->status == SB_STATUS_FAIL || check->status == SB_STATUS_MISSING;

    if (go != gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
      {
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), go);
        gtk_widget_set_visible (r->go, go);
        if (go)
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(si)", check->id, check->year);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (row), go ? "win.focus-check" : NULL);
      }
  }
}

/* A list in a titled group, as AdwPreferencesGroup shows its rows. */
static GtkWidget *
group_new (const char *title, GtkListBox **out_list)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  *out_list = GTK_LIST_BOX (list);
  return group;
}

static void
update_verdict (SbResultPanel *self)
{
  const char *icon, *title;
  g_autofree char *detail = NULL;
  SbStatus status;

  if (self->error != NULL)
    {
      icon = "dialog-error-symbolic";
      title = _("Cannot evaluate");
      detail = g_strdup (self->error);
      status = SB_STATUS_FAIL;
    }
  else if (self->eligible)
    {
      icon = "emblem-ok-symbolic";
      title = _("Qualifies");
      status = SB_STATUS_PASS;
    }
  else
    {
      icon = self->n_fail > 0 ? "window-close-symbolic" : "dialog-question-symbolic";
      title = _("Does not qualify yet");
      status = self->n_fail > 0 ? SB_STATUS_FAIL : SB_STATUS_MISSING;
    }
  if (self->error == NULL && (self->n_fail > 0 || self->n_missing > 0))
    {
      g_autofree char *fail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u condition not met",
                                                         "%u conditions not met", self->n_fail),
                                               self->n_fail);
      g_autofree char *missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u without the data it needs",
                                                            "%u without the data they need",
                                                            self->n_missing),
                                                  self->n_missing);

      if (self->n_fail > 0 && self->n_missing > 0)
        /* TRANSLATORS: "2 conditions not met · 1 without the data it needs" */
        detail = g_strdup_printf (_("%s · %s"), fail, missing);
      else
        detail = g_strdup (self->n_fail > 0 ? fail : missing);
    }

  gtk_image_set_from_icon_name (self->verdict_icon, icon);
  set_status_class (GTK_WIDGET (self->verdict_icon), status);
  set_label (self->verdict_title, title);
  set_label (self->verdict_detail, detail);
}

static void
sb_result_panel_finalize (GObject *object)
{
  SbResultPanel *self = SB_RESULT_PANEL (object);

  g_hash_table_unref (self->rows);
  g_free (self->error);
  G_OBJECT_CLASS (sb_result_panel_parent_class)->finalize (object);
}

static void
sb_result_panel_class_init (SbResultPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_result_panel_finalize;
}

static void
sb_result_panel_init (SbResultPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *verdict = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *verdict_text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_set_name (verdict, "verdict-box");
  self->verdict_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_name (GTK_WIDGET (self->verdict_icon), "verdict-icon");
  gtk_image_set_pixel_size (self->verdict_icon, 32);
  gtk_widget_set_valign (GTK_WIDGET (self->verdict_icon), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (verdict), GTK_WIDGET (self->verdict_icon));
  self->verdict_title = row_label (GTK_BOX (verdict_text), "verdict", "title-3");
  self->verdict_detail = row_label (GTK_BOX (verdict_text), "verdict-detail", "dim-label");
  gtk_widget_set_hexpand (verdict_text, TRUE);
  gtk_widget_set_valign (verdict_text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (verdict), verdict_text);
  gtk_box_append (GTK_BOX (box), verdict);

  self->checks_group = group_new (_("Conditions"), &self->checks);
  gtk_widget_set_name (self->checks_group, "checks");
  gtk_widget_set_visible (self->checks_group, FALSE);
  gtk_box_append (GTK_BOX (box), self->checks_group);

  self->amounts_group = group_new (_("Amounts"), &self->amounts);
  gtk_widget_set_name (self->amounts_group, "amounts");
  gtk_widget_set_visible (self->amounts_group, FALSE);
  gtk_box_append (GTK_BOX (box), self->amounts_group);

  self->warnings_group = group_new (_("Warnings"), &self->warnings);
  gtk_widget_set_name (self->warnings_group, "warnings");
  gtk_widget_set_visible (self->warnings_group, FALSE);
  gtk_box_append (GTK_BOX (box), self->warnings_group);

  adw_bin_set_child (ADW_BIN (self), box);
  update_verdict (self);
}

GtkWidget *
sb_result_panel_new (void)
{
  return g_object_new (SB_TYPE_RESULT_PANEL, NULL);
}

void
sb_result_panel_set_verdict (SbResultPanel *self, gboolean eligible, const char *error)
{
  g_return_if_fail (SB_IS_RESULT_PANEL (self));

  self->eligible = eligible;
  g_free (self->error);
  self->error = g_strdup (error);
  if (error != NULL)
    {
      sb_result_panel_set_checks (self, NULL);
      sb_result_panel_clear_amounts (self);
      sb_result_panel_set_warnings (self, NULL);
    }
  update_verdict (self);
}

void
sb_result_panel_set_checks (SbResultPanel *self, GPtrArray *checks)
{
  guint n = checks != NULL ? checks->len : 0;
  GtkWidget *stale;

  g_return_if_fail (SB_IS_RESULT_PANEL (self));

  self->n_fail = self->n_missing = 0;
  for (guint i = 0; i < n; i++)
    {
      const SbCheck *check = g_ptr_array_index (checks, i);
      g_autofree char *name = g_strdup_printf ("check:%s:%d", check->id, check->year);
      GtkWidget *row = g_hash_table_lookup (self->rows, name);

      if (row == NULL)
        {
          row = check_row_new (name);
          g_hash_table_insert (self->rows, g_strdup (name), row);
          gtk_list_box_insert (self->checks, row, (int) i);
        }
      else if ((guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) != i)
        {
          g_object_ref (row);
          gtk_list_box_remove (self->checks, row);
          gtk_list_box_insert (self->checks, row, (int) i);
          g_object_unref (row);
        }
      check_row_update (row, check);
      if (check->status == SB_STATUS_FAIL)
        self->n_fail++;
      else if (check->status == SB_STATUS_MISSING)
        self->n_missing++;
    }
  /* rows 0 … n−1 are now the checks in order; what follows is gone */
  while ((stale = GTK_WIDGET (gtk_list_box_get_row_at_index (self->checks, (int) n))) != NULL)
    {
      g_hash_table_remove (self->rows, gtk_widget_get_name (stale));
      gtk_list_box_remove (self->checks, stale);
    }
  gtk_widget_set_visible (self->checks_group, n > 0);
  update_verdict (self);
}

void
sb_result_panel_clear_amounts (SbResultPanel *self)
{
  g_return_if_fail (SB_IS_RESULT_PANEL (self));

  /* hidden now, shown again by add_amount before the next frame: no flicker */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->amounts));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, FALSE);
  self->n_amounts = 0;
  gtk_widget_set_visible (self->amounts_group, FALSE);
}

/* Returns the amount's row (owned by the panel; reused by the next update). */
GtkWidget *
sb_result_panel_add_amount (SbResultPanel *self, const char *label, gint64 fen,
                            const char *note)
{
  GtkWidget *row;
  GtkLabel *value;
  g_autofree char *money = fen != SB_UNSET ? sb_input_format_money (fen) : g_strdup ("—");

  g_return_val_if_fail (SB_IS_RESULT_PANEL (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->amounts, (int) self->n_amounts));
  if (row == NULL)
    {
      g_autofree char *name = g_strdup_printf ("amount:%u", self->n_amounts);

      row = adw_action_row_new ();
      gtk_widget_set_name (row, name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      value = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_name (GTK_WIDGET (value), "value");
      gtk_widget_add_css_class (GTK_WIDGET (value), "money");
      gtk_widget_add_css_class (GTK_WIDGET (value), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (value), "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (value));
      g_object_set_data (G_OBJECT (row), "sb-value", value);
      gtk_list_box_append (self->amounts, row);
    }
  value = g_object_get_data (G_OBJECT (row), "sb-value");
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), label) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), note != NULL ? note : "") != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note != NULL ? note : "");
  set_label (value, money);
  gtk_widget_set_visible (row, TRUE);
  self->n_amounts++;
  gtk_widget_set_visible (self->amounts_group, TRUE);
  return row;
}

void
sb_result_panel_set_warnings (SbResultPanel *self, GPtrArray *warnings)
{
  guint n = warnings != NULL ? warnings->len : 0;
  GtkWidget *stale;

  g_return_if_fail (SB_IS_RESULT_PANEL (self));

  for (guint i = 0; i < n; i++)
    {
      const char *text = g_ptr_array_index (warnings, i);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->warnings, (int) i));

      if (row == NULL)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          g_autofree char *name = g_strdup_printf ("warning:%u", i);

          row = adw_action_row_new ();
          gtk_widget_set_name (row, name);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_widget_add_css_class (icon, "verdict-missing");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          gtk_list_box_append (self->warnings, row);
        }
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) != 0)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
    }
  while ((stale = GTK_WIDGET (gtk_list_box_get_row_at_index (self->warnings, (int) n))) != NULL)
    gtk_list_box_remove (self->warnings, stale);
  gtk_widget_set_visible (self->warnings_group, n > 0);
}
