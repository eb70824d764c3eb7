/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-program-page.c: the parts the TASE, annual report and HNTE pages share. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "sb-input.h"
#include "sb-program-page.h"
#include "sb-report.h"
#include "sb-text.h"

/* ------------------------------------------------------------ columns */

static void
on_max_position (GtkPaned *paned, GParamSpec *pspec, gpointer data)
{
  int min = 0, max = 0;
  int width = gtk_widget_get_width (GTK_WIDGET (paned));

  if (g_object_get_data (G_OBJECT (paned), "sb-placed") != NULL || width <= 0)
    return;
  g_object_get (paned, "min-position", &min, "max-position", &max, NULL);
  if (max <= 0 || max < min)
    return;
  g_object_set_data (G_OBJECT (paned), "sb-placed", GINT_TO_POINTER (1));
  /* the form a little wider than the results, never under either minimum */
  gtk_paned_set_position (paned, CLAMP (width * 11 / 20, min, max));
}

static GtkWidget *
column (GtkWidget *box, int min_width, int max_width)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, min_width, -1);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), max_width);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), max_width);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

GtkWidget *
sb_program_page_columns (GtkWidget **out_form, GtkWidget **out_results)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *left = column (form, 400, 760);
  GtkWidget *right = column (results, 360, 640);

  gtk_widget_set_name (form, "form");
  gtk_widget_set_name (results, "results");
  gtk_paned_set_start_child (GTK_PANED (paned), left);
  gtk_paned_set_end_child (GTK_PANED (paned), right);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_widget_set_hexpand (paned, TRUE);
  g_signal_connect (paned, "notify::max-position", G_CALLBACK (on_max_position), NULL);
  *out_form = form;
  *out_results = results;
  return paned;
}

GtkWidget *
sb_program_page_empty (const char *icon, const char *title, const char *description,
                       const char *button_label, const char *button_name,
                       GCallback clicked, gpointer data)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  sb_status_page_set_description_text (ADW_STATUS_PAGE (page), description);
  if (button_label != NULL)
    {
      GtkWidget *button = gtk_button_new_with_label (button_label);

      gtk_widget_set_name (button, button_name);
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_swapped (button, "clicked", clicked, data);
      adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
    }
  return page;
}

GtkStack *
sb_program_page_stack (const char *icon, const char *title, const char *description,
                       const char *button_label, const char *button_name, GCallback clicked,
                       gpointer data, GtkWidget *claim_page)
{
  GtkStack *stack = GTK_STACK (gtk_stack_new ());

  gtk_stack_add_named (stack,
                       sb_program_page_empty (icon, _("No Company Selected"),
                                              _("Choose a company in the list."),
                                              NULL, NULL, NULL, NULL),
                       "none");
  gtk_stack_add_named (stack,
                       sb_program_page_empty (icon, title, description, button_label,
                                              button_name, clicked, data),
                       "no-claim");
  gtk_stack_add_named (stack, claim_page, "claim");
  gtk_stack_set_visible_child_name (stack, "none");
  return stack;
}

static void
on_confirm_response (AdwMessageDialog *dialog, const char *response, GObject *object)
{
  void (*confirmed) (gpointer) = g_object_get_data (G_OBJECT (dialog), "sb-confirmed");

  if (g_strcmp0 (response, g_object_get_data (G_OBJECT (dialog), "sb-response")) == 0)
    confirmed (object);
}

void
sb_confirm_destructive (GtkWidget *from, const char *heading, const char *body,
                        const char *response, const char *label, GCallback confirmed,
                        gpointer object)
{
  GtkRoot *root = gtk_widget_get_root (from);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sb-response", g_strdup (response), g_free);
  g_object_set_data (G_OBJECT (dialog), "sb-confirmed", confirmed);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), object, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
sb_program_page_group (const char *title, const char *description, GtkListBox **out_list)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  /* a group's title and description are markup */
  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
    }
  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  *out_list = GTK_LIST_BOX (list);
  return group;
}

/* ------------------------------------------------------------ profiles */

GtkWidget *
sb_profile_row_new (const char *title)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_unref (names);
  g_object_set_data_full (G_OBJECT (row), "sb-ids",
                          g_ptr_array_new_with_free_func (g_free),
                          (GDestroyNotify) g_ptr_array_unref);
  return row;
}

static void
set_updating (AdwComboRow *row, gboolean updating)
{
  g_object_set_data (G_OBJECT (row), "sb-updating", GINT_TO_POINTER (updating));
}

gboolean
sb_profile_row_is_updating (AdwComboRow *row)
{
  return g_object_get_data (G_OBJECT (row), "sb-updating") != NULL;
}

void
sb_profile_row_fill (AdwComboRow *row, SbPolicySet *policies, const char *program)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "sb-ids");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *all;

  g_ptr_array_set_size (ids, 0);
  if (policies != NULL)
    {
      all = sb_policy_set_get_ids (policies);
      for (guint i = 0; i < all->len; i++)
        {
          const char *id = g_ptr_array_index (all, i);
          SbPolicy *p = sb_policy_set_lookup (policies, id, NULL);
          g_autofree char *name = NULL;

          if (p == NULL || g_strcmp0 (sb_policy_get_program (p), program) != 0)
            continue;
          name = sb_policy_get_title (p) != NULL ? g_strdup (sb_policy_get_title (p))
                                                 : g_strdup (id);
          gtk_string_list_append (names, name);
          g_ptr_array_add (ids, g_strdup (id));
        }
    }
  set_updating (row, TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
  set_updating (row, FALSE);
}

void
sb_profile_row_select (AdwComboRow *row, const char *id)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "sb-ids");
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      position = i;
  if (adw_combo_row_get_selected (row) == position)
    return;
  set_updating (row, TRUE);
  adw_combo_row_set_selected (row, position);
  set_updating (row, FALSE);
}

const char *
sb_profile_row_get_selected_id (AdwComboRow *row)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "sb-ids");
  guint position = adw_combo_row_get_selected (row);

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, position);
}

char *
sb_program_default_profile (SbPolicySet *policies, const char *program, const char *region)
{
  GPtrArray *all = sb_policy_set_get_ids (policies);
  const char *best = NULL;
  gboolean best_accepts = FALSE;
  int best_year = G_MININT;

  for (guint i = 0; i < all->len; i++)
    {
      const char *id = g_ptr_array_index (all, i);
      SbPolicy *p = sb_policy_set_lookup (policies, id, NULL);
      g_auto(GStrv) regions = NULL;
      gboolean accepts;

      if (p == NULL || g_strcmp0 (sb_policy_get_program (p), program) != 0)
        continue;
      regions = sb_policy_get_strv (p, "regions", NULL);
      accepts = region != NULL && regions != NULL
                && g_strv_contains ((const char * const *) regions, region);
      if (best == NULL || (accepts && !best_accepts)
          || (accepts == best_accepts && sb_policy_get_year (p) > best_year))
        {
          best = id;
          best_accepts = accepts;
          best_year = sb_policy_get_year (p);
        }
    }
  return g_strdup (best);
}

/* ------------------------------------------------------------ years */

typedef struct
{
  GtkSpinButton *spin;
  GObject       *object;
  char          *property;
  gulong         notify_id;
  gboolean       updating;
} YearRow;

static void
year_row_unbind (YearRow *y)
{
  if (y->object != NULL)
    g_clear_signal_handler (&y->notify_id, y->object);
  g_clear_object (&y->object);
  g_clear_pointer (&y->property, g_free);
}

static void
year_row_free (YearRow *y)
{
  year_row_unbind (y);
  g_free (y);
}

static void
year_row_show (YearRow *y)
{
  int value = 0;

  if (y->object != NULL)
    g_object_get (y->object, y->property, &value, NULL);
  y->updating = TRUE;
  gtk_spin_button_set_value (y->spin, value);
  y->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (y->spin), y->object != NULL);
}

static void
on_year_changed (GtkSpinButton *spin, YearRow *y)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  int stored = 0;

  if (y->updating || y->object == NULL)
    return;
  g_object_get (y->object, y->property, &stored, NULL);
  if (value != stored)
    g_object_set (y->object, y->property, value, NULL);
}

GtkWidget *
sb_year_row_new (const char *title, const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 9999, 1);
  YearRow *y = g_new0 (YearRow, 1);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (spin, "spin");
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  gtk_widget_add_css_class (spin, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  y->spin = GTK_SPIN_BUTTON (spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_year_changed), y);
  g_object_set_data_full (G_OBJECT (row), "sb-year-row", y, (GDestroyNotify) year_row_free);
  year_row_show (y);
  return row;
}

void
sb_year_row_bind (GtkWidget *row, GObject *object, const char *property)
{
  YearRow *y = g_object_get_data (G_OBJECT (row), "sb-year-row");

  year_row_unbind (y);
  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      y->object = g_object_ref (object);
      y->property = g_strdup (property);
      y->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (year_row_show), y);
    }
  year_row_show (y);
}

/* ------------------------------------------------------------ deadlines */

char *
sb_deadline_text (SbDate deadline, SbDate at)
{
  g_autofree char *date = NULL;
  gint64 days;

  if (deadline == SB_DATE_UNSET)
    return g_strdup ("");
  date = sb_date_format (deadline);
  if (at == SB_DATE_UNSET)
    return g_steal_pointer (&date);
  days = (gint64) deadline - (gint64) at;
  if (days == 0)
    /* TRANSLATORS: a deadline: "2025-05-20 · today" */
    return g_strdup_printf (_("%s · today"), date);
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %" PRId64 " day left",
                                      "%s · %" PRId64 " days left", (gulong) days),
                            date, days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · passed %" PRId64 " day ago",
                                    "%s · passed %" PRId64 " days ago",
                                    (gulong) -days),
                          date, -days);
}

GtkWidget *
sb_deadline_row_new (const char *title, const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), "sb-icon", icon);
  gtk_widget_set_visible (row, FALSE);
  return row;
}

void
sb_deadline_row_set (GtkWidget *row, SbDate deadline, SbDate at)
{
  g_autofree char *text = sb_deadline_text (deadline, at);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "sb-icon");
  gboolean near = deadline != SB_DATE_UNSET && at != SB_DATE_UNSET
                  && (gint64) deadline - (gint64) at <= 14;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  if (near)
    gtk_widget_add_css_class (icon, "verdict-missing");
  else
    gtk_widget_remove_css_class (icon, "verdict-missing");
  gtk_widget_set_visible (row, deadline != SB_DATE_UNSET);
}

/* ------------------------------------------------------------ notes */

GtkWidget *
sb_notes_group_new (const char *title)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (title, NULL, &list);

  g_object_set_data (G_OBJECT (group), "sb-list", list);
  gtk_widget_set_visible (group, FALSE);
  return group;
}

void
sb_notes_group_set (GtkWidget *group, const char * const *notes, guint n_pairs)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (group), "sb-list");
  g_autoptr(GString) key = g_string_new (NULL);
  GtkWidget *child;
  guint shown = 0;

  for (guint i = 0; i < n_pairs; i++)
    if (notes[2 * i + 1] != NULL)
      g_string_append_printf (key, "%s\n%s\n", notes[2 * i], notes[2 * i + 1]);
  if (g_strcmp0 (g_object_get_data (G_OBJECT (group), "sb-key"), key->str) == 0)
    return;
  g_object_set_data_full (G_OBJECT (group), "sb-key", g_strdup (key->str), g_free);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; i < n_pairs; i++)
    {
      GtkWidget *row;

      if (notes[2 * i + 1] == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), notes[2 * i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), notes[2 * i + 1]);
      gtk_list_box_append (list, row);
      shown++;
    }
  gtk_widget_set_visible (group, shown > 0);
}

const char *
sb_note_unless_shown (GPtrArray *checks, const char *text)
{
  if (text == NULL || checks == NULL)
    return text;
  for (guint i = 0; i < checks->len; i++)
    {
      const SbCheck *c = g_ptr_array_index (checks, i);

      if (c->note != NULL && strstr (c->note, text) != NULL)
        return NULL;
    }
  return text;
}
