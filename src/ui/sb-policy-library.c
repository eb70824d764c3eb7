/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-library.h"

#include <glib/gi18n-lib.h>

#include "sb-policy-diff.h"
#include "sb-policy-edit.h"
#include "sb-policy-meta.h"
#include "sb-region.h"

#define LIBRARY_KEY "sb-policy-library"

typedef struct
{
  GtkWindow       *window;
  SbPolicySet     *policies;     /* the application's */
  AdwToastOverlay *toasts;
  GtkListBox      *list;
  GtkWidget       *details;      /* GtkBox, rebuilt per profile */
  GtkWidget       *export_button;
  GtkWidget       *derive_button;
  GtkWidget       *delete_button;
  char            *shown;        /* the id shown */
} Library;

static void show_profile (Library *lib, const char *id);

static void
library_free (Library *lib)
{
  g_free (lib->shown);
  g_free (lib);
}

static Library *
library_of (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), LIBRARY_KEY);
}

static void
toast (Library *lib, const char *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (lib->toasts, t);
}

/* ---- the list */

static void
fill_list (Library *lib)
{
  g_autoptr(GPtrArray) all = sb_policy_set_list (lib->policies, NULL);
  GtkWidget *child;
  GtkWidget *select = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (lib->list))) != NULL)
    gtk_list_box_remove (lib->list, child);
  for (guint i = 0; i < all->len; i++)
    {
      SbPolicy *p = g_ptr_array_index (all, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = g_strconcat ("profile:", sb_policy_get_id (p), NULL);
      g_autofree char *regions = sb_policy_regions_text (p);
      g_autofree char *subtitle = NULL;

      /* TRANSLATORS: a profile in the library: program · places · notice year · bundled or yours */
      subtitle = g_strdup_printf (_("%s · %s · %d · %s"),
                                  sb_program_label (sb_policy_get_program (p)), regions,
                                  sb_policy_get_year (p),
                                  sb_policy_is_bundled (p) ? _("bundled") : _("yours"));
      gtk_widget_set_name (row, name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sb_policy_get_title (p));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      if (!sb_policy_is_bundled (p))
        adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("document-edit-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "sb-id", g_strdup (sb_policy_get_id (p)), g_free);
      gtk_list_box_append (lib->list, row);
      if (g_strcmp0 (lib->shown, sb_policy_get_id (p)) == 0 || (select == NULL && lib->shown == NULL))
        select = row;
    }
  if (select != NULL)
    gtk_list_box_select_row (lib->list, GTK_LIST_BOX_ROW (select));
}

static void
on_row_selected (GtkListBox *list, GtkListBoxRow *row, Library *lib)
{
  if (row != NULL)
    show_profile (lib, g_object_get_data (G_OBJECT (row), "sb-id"));
}

/* ---- the details */

static GtkWidget *
text_row (const char *title, const char *text, const char *name)
{
  GtkWidget *row = adw_action_row_new ();

  if (name != NULL)
    gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : "—");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
param_row (SbPolicy *p, const char *key)
{
  GtkWidget *row = adw_expander_row_new ();
  JsonObject *param = sb_policy_get_param (p, key);
  JsonObject *source = json_object_get_object_member (param, "source");
  const char *notice_id = json_object_get_string_member (source, "notice");
  JsonObject *notice = sb_policy_get_notice (p, notice_id);
  g_autofree char *words = sb_policy_value_words (p, key);
  g_autofree char *value = sb_policy_value_to_text (p, key);
  g_autofree char *name = g_strconcat ("param:", key, NULL);
  g_autofree char *where = g_strdup_printf ("%s · %s",
                                            notice != NULL ? json_object_get_string_member_with_default (notice, "title", notice_id)
                                                           : notice_id,
                                            json_object_get_string_member (source, "article"));
  const char *interpretation = sb_policy_get_interpretation (p, key);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sb_policy_param_label (key));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), words != NULL ? words : "");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row (_("Value"), value, "value"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row (_("Source"), where, "source"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (_("Quoted words"),
                                      json_object_get_string_member (source, "quote"), "quote"));
  if (interpretation != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              text_row (_("Interpretation"), interpretation, "interpretation"));
  return row;
}

static void
show_profile (Library *lib, const char *id)
{
  SbPolicy *p = sb_policy_set_lookup (lib->policies, id, NULL);
  GtkWidget *child, *group;
  GPtrArray *names;
  g_autoptr(GList) notices = NULL;
  g_autofree char *regions = NULL;
  g_autofree char *year = NULL;

  while ((child = gtk_widget_get_first_child (lib->details)) != NULL)
    gtk_box_remove (GTK_BOX (lib->details), child);
  if (p == NULL)
    return;
  g_free (lib->shown);
  lib->shown = g_strdup (id);
  regions = sb_policy_regions_text (p);
  year = g_strdup_printf ("%d", sb_policy_get_year (p));

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "profile");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sb_policy_get_title (p));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         sb_policy_is_bundled (p)
                                         ? _("Bundled with Shenbao: read-only. Make a new one from it for the next notice.")
                                         : sb_policy_get_origin (p));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             text_row (_("Program"), sb_program_label (sb_policy_get_program (p)), "program"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (_("Regions"), regions, "regions"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (_("Notice year"), year, "year"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row (_("Id"), id, "id"));
  gtk_box_append (GTK_BOX (lib->details), group);

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "notices");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Notices"));
  notices = json_object_get_members (json_object_get_object_member (json_node_get_object (sb_policy_get_root (p)),
                                                                   "notices"));
  for (GList *l = notices; l != NULL; l = l->next)
    {
      JsonObject *n = sb_policy_get_notice (p, l->data);
      g_autofree char *sub = g_strdup_printf ("%s%s%s",
                                              json_object_get_string_member_with_default (n, "issuer", ""),
                                              json_object_has_member (n, "date") ? " · " : "",
                                              json_object_get_string_member_with_default (n, "date", ""));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 text_row (json_object_get_string_member_with_default (n, "title", l->data),
                                           sub, NULL));
    }
  gtk_box_append (GTK_BOX (lib->details), group);

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "params");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Parameters"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Every number with its notice, article and the notice's own words."));
  names = sb_policy_get_param_names (p);
  for (guint i = 0; i < names->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), param_row (p, g_ptr_array_index (names, i)));
  gtk_box_append (GTK_BOX (lib->details), group);
  gtk_widget_set_sensitive (lib->export_button, TRUE);
  gtk_widget_set_sensitive (lib->derive_button, TRUE);
  /* bundled profiles are read-only */
  gtk_widget_set_visible (lib->delete_button, !sb_policy_is_bundled (p));
}

static void
on_delete_response (AdwMessageDialog *dialog, const char *response, Library *lib)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (lib->shown);

  if (g_strcmp0 (response, "delete") != 0 || id == NULL)
    return;
  if (!sb_policy_delete_user (lib->policies, id, &error))
    {
      toast (lib, error->message);
      return;
    }
  g_clear_pointer (&lib->shown, g_free);
  fill_list (lib);
  {
    g_autofree char *text = g_strdup_printf (_("Profile “%s” deleted"), id);
    toast (lib, text);
  }
}

static void
on_delete (GtkButton *button, Library *lib)
{
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (lib->shown == NULL)
    return;
  heading = g_strdup_printf (_("Delete the Profile “%s”?"), lib->shown);
  dialog = adw_message_dialog_new (lib->window, heading,
                                   _("Its file is deleted. Applications that name it can no longer be "
                                     "evaluated until they move to another profile."));
  gtk_widget_set_name (dialog, "delete-profile");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), lib);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- "new from this one" */

typedef struct
{
  Library    *lib;
  SbPolicy   *base;
  GtkWindow  *window;
  GtkWidget  *error;
  GtkWidget  *id, *year, *title, *notice_title, *issuer, *date;
  GPtrArray  *keys;       /* char*: the parameters, in order */
  GHashTable *values;     /* key → the value's editable (GtkEditable or GtkTextView) */
  GHashTable *articles;   /* key → AdwEntryRow */
  GHashTable *quotes;     /* key → AdwEntryRow */
} Editor;

static void
editor_free (Editor *ed)
{
  sb_policy_unref (ed->base);
  g_ptr_array_unref (ed->keys);
  g_hash_table_unref (ed->values);
  g_hash_table_unref (ed->articles);
  g_hash_table_unref (ed->quotes);
  g_free (ed);
}

static char *
value_text (GtkWidget *w)
{
  if (GTK_IS_TEXT_VIEW (w))
    {
      GtkTextBuffer *b = gtk_text_view_get_buffer (GTK_TEXT_VIEW (w));
      GtkTextIter s, e;

      gtk_text_buffer_get_bounds (b, &s, &e);
      return gtk_text_buffer_get_text (b, &s, &e, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (w)));
}

static const char *
entry_text (GtkWidget *w)
{
  return gtk_editable_get_text (GTK_EDITABLE (w));
}

static void
editor_fail (Editor *ed, const char *message, const char *key)
{
  gtk_label_set_text (GTK_LABEL (ed->error), message);
  gtk_widget_set_visible (ed->error, TRUE);
  if (key != NULL)
    {
      GtkWidget *w = g_hash_table_lookup (ed->quotes, key);
      GtkWidget *expander = w != NULL ? gtk_widget_get_ancestor (w, ADW_TYPE_EXPANDER_ROW) : NULL;

      if (expander != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      if (w != NULL)
        gtk_widget_grab_focus (w);
    }
}

/* Makes the profile from the form; NULL after showing why. */
static SbPolicy *
editor_build (Editor *ed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicyDraft) draft = NULL;
  g_autofree char *notice_id = NULL;
  const char *year_text = entry_text (ed->year);
  gint64 year = 0;

  if (!g_ascii_string_to_signed (year_text, 10, 1990, 2100, &year, NULL))
    {
      editor_fail (ed, _("The notice year must be a year such as 2026"), NULL);
      return NULL;
    }
  draft = sb_policy_draft_new (ed->base, entry_text (ed->id), (int) year);
  sb_policy_draft_set_title (draft, entry_text (ed->title));
  notice_id = g_strdup_printf ("n%" G_GINT64_FORMAT, year);
  if (!sb_policy_draft_set_notice (draft, notice_id, entry_text (ed->notice_title),
                                   entry_text (ed->issuer), entry_text (ed->date), &error))
    {
      editor_fail (ed, error->message, NULL);
      return NULL;
    }
  for (guint i = 0; i < ed->keys->len; i++)
    {
      const char *key = g_ptr_array_index (ed->keys, i);
      g_autofree char *old = sb_policy_value_to_text (ed->base, key);
      g_autofree char *now = value_text (g_hash_table_lookup (ed->values, key));

      if (g_strcmp0 (g_strstrip (now), g_strstrip (old)) == 0)
        continue;
      if (!sb_policy_draft_set_text (draft, key, now, notice_id,
                                     entry_text (g_hash_table_lookup (ed->articles, key)),
                                     entry_text (g_hash_table_lookup (ed->quotes, key)), &error))
        {
          editor_fail (ed, error->message, key);
          return NULL;
        }
    }
  {
    SbPolicy *made = sb_policy_draft_finish (draft, &error);

    if (made == NULL)
      editor_fail (ed, error->message, NULL);
    return made;
  }
}

static void
on_editor_save (GtkButton *button, Editor *ed)
{
  g_autoptr(SbPolicy) made = editor_build (ed);
  g_autoptr(GError) error = NULL;
  Library *lib = ed->lib;
  g_autofree char *id = NULL;

  if (made == NULL)
    return;
  if (!sb_policy_save_new (lib->policies, made, NULL, &error))
    {
      editor_fail (ed, error->message, NULL);
      return;
    }
  id = g_strdup (sb_policy_get_id (made));
  g_free (lib->shown);
  lib->shown = g_strdup (id);
  fill_list (lib);
  {
    g_autofree char *text = g_strdup_printf (_("Profile “%s” saved"), id);
    toast (lib, text);
  }
  gtk_window_destroy (ed->window);
}

static GtkWidget *
entry_row (const char *title, const char *text, const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

static gboolean
is_word_list (SbPolicy *p, const char *key)
{
  JsonNode *v = json_object_get_member (sb_policy_get_param (p, key), "value");

  if (!JSON_NODE_HOLDS_ARRAY (v) || g_str_equal (key, "regions"))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (v)); i++)
    {
      JsonNode *e = json_array_get_element (json_node_get_array (v), i);
      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        return FALSE;
    }
  return TRUE;
}

static GtkWindow *
editor_open (Library *lib, SbPolicy *base)
{
  Editor *ed = g_new0 (Editor, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group;
  GPtrArray *names = sb_policy_get_param_names (base);
  int next_year = sb_policy_get_year (base) + 1;
  g_autofree char *year = g_strdup_printf ("%d", next_year);
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *old_year = g_strdup_printf ("%d", sb_policy_get_year (base));

  {
    /* the base's id with its year moved on; else program-region-year */
    g_autoptr(GString) s = g_string_new (sb_policy_get_id (base));

    if (g_string_replace (s, old_year, year, 0) == 0)
      g_string_printf (s, "%s-%s-%d", sb_policy_get_program (base), sb_policy_get_region (base),
                       next_year);
    id = sb_policy_set_free_id (lib->policies, s->str);
  }
  {
    g_autoptr(GString) s = g_string_new (sb_policy_get_title (base));
    g_string_replace (s, old_year, year, 0);
    title = g_string_free (g_steal_pointer (&s), FALSE);
  }
  ed->lib = lib;
  ed->base = sb_policy_ref (base);
  ed->window = GTK_WINDOW (window);
  ed->keys = g_ptr_array_new_with_free_func (g_free);
  ed->values = g_hash_table_new (g_str_hash, g_str_equal);
  ed->articles = g_hash_table_new (g_str_hash, g_str_equal);
  ed->quotes = g_hash_table_new (g_str_hash, g_str_equal);
  g_object_set_data_full (G_OBJECT (window), "sb-editor", ed, (GDestroyNotify) editor_free);

  gtk_widget_set_name (window, "policy-editor");
  /* TRANSLATORS: the editor's title: "New profile from 2025" */
  heading = g_strdup_printf (_("New Profile from %d"), sb_policy_get_year (base));
  gtk_window_set_title (GTK_WINDOW (window), heading);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), lib->window);
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 720);
  gtk_widget_set_name (save, "save");
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect (save, "clicked", G_CALLBACK (on_editor_save), ed);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  ed->error = gtk_label_new ("");
  gtk_widget_set_name (ed->error, "error");
  gtk_label_set_wrap (GTK_LABEL (ed->error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (ed->error), 0);
  gtk_widget_add_css_class (ed->error, "error");
  gtk_widget_set_visible (ed->error, FALSE);
  gtk_box_append (GTK_BOX (content), ed->error);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The new notice"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A copy of the profile under a new id and year. Each value you change "
                                           "needs the new notice's article and its own words."));
  ed->id = entry_row (_("Id (with the notice year)"), id, "new-id");
  ed->year = entry_row (_("Notice year"), year, "new-year");
  ed->title = entry_row (_("Title"), title, "new-title");
  ed->notice_title = entry_row (_("Notice title"), title, "notice-title");
  ed->issuer = entry_row (_("Issuer"), "", "notice-issuer");
  ed->date = entry_row (_("Notice date (YYYY-MM-DD)"), "", "notice-date");
  {
    GtkWidget *rows[] = { ed->id, ed->year, ed->title, ed->notice_title, ed->issuer, ed->date };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rows[i]);
  }
  gtk_box_append (GTK_BOX (content), group);

  group = adw_preferences_group_new ();
  gtk_widget_set_name (group, "params");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Parameters"));
  for (guint i = 0; i < names->len; i++)
    {
      const char *key = g_ptr_array_index (names, i);
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *value = sb_policy_value_to_text (base, key);
      g_autofree char *words = sb_policy_value_words (base, key);
      g_autofree char *name = g_strconcat ("edit:", key, NULL);
      GtkWidget *value_widget, *article, *quote;

      gtk_widget_set_name (expander, name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sb_policy_param_label (key));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), words != NULL ? words : "");
      if (is_word_list (base, key) || strchr (value, '\n') != NULL)
        {
          GtkWidget *row = gtk_list_box_row_new ();
          GtkWidget *sw = gtk_scrolled_window_new ();

          value_widget = gtk_text_view_new ();
          gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (value_widget), GTK_WRAP_WORD_CHAR);
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (value_widget)), value, -1);
          gtk_widget_set_margin_start (sw, 12);
          gtk_widget_set_margin_end (sw, 12);
          gtk_widget_set_margin_top (sw, 6);
          gtk_widget_set_margin_bottom (sw, 6);
          gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (sw), 160);
          gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), value_widget);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), sw);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      else
        {
          value_widget = entry_row (_("Value"), value, "value");
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), value_widget);
        }
      gtk_widget_set_name (value_widget, "value");
      article = entry_row (_("Article of the new notice"), "", "article");
      quote = entry_row (_("The new notice's words"), "", "quote");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), article);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), quote);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
      g_ptr_array_add (ed->keys, g_strdup (key));
      g_hash_table_insert (ed->values, g_ptr_array_index (ed->keys, ed->keys->len - 1), value_widget);
      g_hash_table_insert (ed->articles, g_ptr_array_index (ed->keys, ed->keys->len - 1), article);
      g_hash_table_insert (ed->quotes, g_ptr_array_index (ed->keys, ed->keys->len - 1), quote);
    }
  gtk_box_append (GTK_BOX (content), group);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

GtkWindow *
sb_policy_library_derive (GtkWindow *library)
{
  Library *lib = library_of (library);
  SbPolicy *p = lib->shown != NULL ? sb_policy_set_lookup (lib->policies, lib->shown, NULL) : NULL;

  return p != NULL ? editor_open (lib, p) : NULL;
}

static void
on_derive (GtkButton *button, Library *lib)
{
  sb_policy_library_derive (lib->window);
}

/* ---- import and export */

static GtkFileFilter *
profile_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Policy profiles"));
  gtk_file_filter_add_pattern (filter, "*.json");
  return filter;
}

static void
on_import_response (GtkNativeDialog *chooser, int response, Library *lib)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *renamed = NULL;
      SbPolicy *p = path != NULL ? sb_policy_import_file (lib->policies, path, NULL, &renamed, &error)
                                 : NULL;

      if (p != NULL)
        {
          g_autofree char *text = renamed != NULL
            ? g_strdup_printf (_("Imported as “%s”: “%s” is a bundled profile's id, which stays as it is"),
                               sb_policy_get_id (p), renamed)
            : g_strdup_printf (_("Imported “%s”"), sb_policy_get_id (p));

          g_free (lib->shown);
          lib->shown = g_strdup (sb_policy_get_id (p));
          fill_list (lib);
          toast (lib, text);
        }
      else if (error != NULL)
        toast (lib, error->message);
    }
  g_object_unref (chooser);
}

static void
on_import (GtkButton *button, Library *lib)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import Policy Profile"), lib->window,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = profile_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), lib);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response (GtkNativeDialog *chooser, int response, Library *lib)
{
  SbPolicy *p = lib->shown != NULL ? sb_policy_set_lookup (lib->policies, lib->shown, NULL) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && p != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && sb_policy_write_file (p, path, &error))
        {
          g_autofree char *text = g_strdup_printf (_("Exported to %s"), path);
          toast (lib, text);
        }
      else if (error != NULL)
        toast (lib, error->message);
    }
  g_object_unref (chooser);
}

static void
on_export (GtkButton *button, Library *lib)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = profile_filter ();
  g_autofree char *name = NULL;

  if (lib->shown == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Policy Profile"), lib->window,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strconcat (lib->shown, ".json", NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), lib);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the window */

static GtkWindow *
library_new (GtkWindow *parent, SbPolicySet *policies)
{
  Library *lib = g_new0 (Library, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_scrolled_window_new ();
  GtkWidget *main_scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import…"));

  lib->window = GTK_WINDOW (window);
  lib->policies = policies;
  g_object_set_data_full (G_OBJECT (window), LIBRARY_KEY, lib, (GDestroyNotify) library_free);
  gtk_widget_set_name (window, "policy-library");
  gtk_window_set_title (GTK_WINDOW (window), _("Policy Library"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);

  gtk_widget_set_name (import, "import");
  g_signal_connect (import, "clicked", G_CALLBACK (on_import), lib);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), import);
  lib->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_set_name (lib->export_button, "export");
  g_signal_connect (lib->export_button, "clicked", G_CALLBACK (on_export), lib);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), lib->export_button);
  lib->derive_button = gtk_button_new_with_mnemonic (_("_New from This…"));
  gtk_widget_set_name (lib->derive_button, "derive");
  gtk_widget_add_css_class (lib->derive_button, "suggested-action");
  g_signal_connect (lib->derive_button, "clicked", G_CALLBACK (on_derive), lib);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), lib->derive_button);
  lib->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (lib->delete_button, "delete");
  gtk_widget_set_tooltip_text (lib->delete_button, _("Delete this profile of yours"));
  gtk_widget_set_visible (lib->delete_button, FALSE);
  g_signal_connect (lib->delete_button, "clicked", G_CALLBACK (on_delete), lib);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), lib->delete_button);
  gtk_widget_set_sensitive (lib->export_button, FALSE);
  gtk_widget_set_sensitive (lib->derive_button, FALSE);
  gtk_box_append (GTK_BOX (box), header);

  lib->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (lib->list), "profiles");
  gtk_widget_add_css_class (GTK_WIDGET (lib->list), "navigation-sidebar");
  g_signal_connect (lib->list, "row-selected", G_CALLBACK (on_row_selected), lib);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side), GTK_WIDGET (lib->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (side, 300, -1);

  lib->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_name (lib->details, "details");
  gtk_widget_set_margin_top (lib->details, 18);
  gtk_widget_set_margin_bottom (lib->details, 18);
  gtk_widget_set_margin_start (lib->details, 12);
  gtk_widget_set_margin_end (lib->details, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), lib->details);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (main_scroll), clamp);
  gtk_paned_set_start_child (GTK_PANED (paned), side);
  gtk_paned_set_end_child (GTK_PANED (paned), main_scroll);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 340);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (box), paned);

  lib->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (lib->toasts, box);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (lib->toasts));
  fill_list (lib);
  return GTK_WINDOW (window);
}

static void
on_library_gone (gpointer parent, GObject *was)
{
  g_object_set_data (G_OBJECT (parent), "sb-library-window", NULL);
}

GtkWindow *
sb_policy_library_present (GtkWindow *parent, SbPolicySet *policies)
{
  GtkWindow *window = parent != NULL ? g_object_get_data (G_OBJECT (parent), "sb-library-window")
                                     : NULL;

  if (window == NULL)
    {
      window = library_new (parent, policies);
      if (parent != NULL)
        {
          g_object_set_data (G_OBJECT (parent), "sb-library-window", window);
          g_object_weak_ref (G_OBJECT (window), on_library_gone, parent);
        }
    }
  gtk_window_present (window);
  return window;
}

void
sb_policy_library_select (GtkWindow *library, const char *id)
{
  Library *lib = library_of (library);

  g_free (lib->shown);
  lib->shown = g_strdup (id);
  fill_list (lib);
}
