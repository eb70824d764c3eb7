/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-agenda-view.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-policy-meta.h"

struct _SbAgendaView
{
  AdwBin      parent_instance;

  GPtrArray  *duties;      /* SbDuty*, owned */
  GPtrArray  *shown;       /* borrowed */
  SbDate      today;
  GtkWidget  *search;
  GtkWidget  *program;     /* GtkDropDown */
  GtkWidget  *groups;      /* GtkBox of month groups */
  GtkWidget  *empty;
  GtkWidget  *summary;
};

G_DEFINE_FINAL_TYPE (SbAgendaView, sb_agenda_view, ADW_TYPE_BIN)

enum { SIGNAL_OPEN_COMPANY, N_SIGNALS };
static guint signals[N_SIGNALS];

/* the drop-down's programs, in its order ("" all) */
static const char * const program_ids[] = { "", "tase", "annual_report", "hnte", "tradefund" };

static const char *
program_label (const char *program)
{
  if (g_strcmp0 (program, "annual_report") == 0)
    return _("TASE annual report");
  return sb_program_label (program);
}

static char *
days_text (SbDate date, SbDate today)
{
  gint64 days = (gint64) date - (gint64) today;

  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue by %" PRId64 " day",
                                         "overdue by %" PRId64 " days", (gulong) -days), -days);
  if (days == 0)
    return g_strdup (_("due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" PRId64 " day left",
                                       "%" PRId64 " days left", (gulong) days), days);
}

static void
on_row_activated (AdwActionRow *row, SbAgendaView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "sb-company-id");

  g_signal_emit (self, signals[SIGNAL_OPEN_COMPANY], 0, *id);
}

static GtkWidget *
duty_row (SbAgendaView *self, const SbDuty *d, guint index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = sb_date_format (d->date);
  g_autofree char *days = days_text (d->date, self->today);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", date, days,
                                               program_label (d->program));
  g_autofree char *name = g_strdup_printf ("duty-%u", index);
  GtkWidget *icon;
  gint64 *id = g_new (gint64, 1);

  *id = d->company_id;
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  icon = gtk_label_new (*d->company ? d->company : _("(no name)"));
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (icon), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (icon), 24);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  if (d->date < self->today)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (mark, "error");
      gtk_widget_set_tooltip_text (mark, _("Overdue"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);
      gtk_widget_add_css_class (row, "overdue");
    }
  else if ((gint64) d->date - (gint64) self->today <= 14)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("alarm-symbolic");

      gtk_widget_add_css_class (mark, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);
    }
  else
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sb-company-id", id, g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
  return row;
}

static gboolean
matches (SbAgendaView *self, const SbDuty *d)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  guint p = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->program));
  const char *program = p < G_N_ELEMENTS (program_ids) ? program_ids[p] : "";

  if (*program != '\0' && g_strcmp0 (d->program, program) != 0)
    return FALSE;
  if (*text != '\0')
    {
      g_autofree char *a = g_utf8_casefold (d->company, -1);
      g_autofree char *b = g_utf8_casefold (text, -1);

      if (strstr (a, b) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
refill (SbAgendaView *self)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) agenda = NULL;
  GtkWidget *group = NULL;
  int month = -1;
  guint overdue = 0;

  while ((child = gtk_widget_get_first_child (self->groups)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups), child);
  g_ptr_array_set_size (self->shown, 0);
  if (self->duties == NULL)
    return;
  agenda = sb_duties_agenda (self->duties, self->today, self->today + 365, TRUE);
  for (guint i = 0; i < agenda->len; i++)
    {
      const SbDuty *d = g_ptr_array_index (agenda, i);
      GDate g;
      int key;

      if (!matches (self, d))
        continue;
      g_date_clear (&g, 1);
      g_date_set_julian (&g, d->date);
      key = g_date_get_year (&g) * 12 + g_date_get_month (&g);
      if (d->date < self->today)
        {
          overdue++;
          key = -2;   /* every overdue duty in one group, first */
        }
      if (key != month || group == NULL)
        {
          g_autofree char *title = key == -2
            ? g_strdup (_("Overdue"))
            /* TRANSLATORS: a month of the agenda: 2026年12月 */
            : g_strdup_printf (_("%d-%02d"), g_date_get_year (&g), g_date_get_month (&g));
          g_autofree char *name = key == -2 ? g_strdup ("overdue")
                                            : g_strdup_printf ("month-%d-%02d", g_date_get_year (&g),
                                                               g_date_get_month (&g));

          group = adw_preferences_group_new ();
          gtk_widget_set_name (group, name);
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          gtk_box_append (GTK_BOX (self->groups), group);
          month = key;
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), duty_row (self, d, self->shown->len));
      g_ptr_array_add (self->shown, (gpointer) d);
    }
  gtk_widget_set_visible (self->empty, self->shown->len == 0);
  {
    g_autofree char *text = NULL;

    if (overdue > 0)
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duty in the coming year, %u overdue",
                                           "%u duties in the coming year, %u overdue",
                                           self->shown->len),
                              self->shown->len - overdue, overdue);
    else
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duty in the coming year",
                                           "%u duties in the coming year", self->shown->len),
                              self->shown->len);
    gtk_label_set_text (GTK_LABEL (self->summary), text);
  }
}

static void
sb_agenda_view_dispose (GObject *object)
{
  SbAgendaView *self = SB_AGENDA_VIEW (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->duties, g_ptr_array_unref);
  G_OBJECT_CLASS (sb_agenda_view_parent_class)->dispose (object);
}

static void
sb_agenda_view_class_init (SbAgendaViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_agenda_view_dispose;
  signals[SIGNAL_OPEN_COMPANY] =
    g_signal_new ("open-company", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
sb_agenda_view_init (SbAgendaView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkStringList *programs = gtk_string_list_new (NULL);
  GtkWidget *title = gtk_label_new (_("Agenda"));

  self->shown = g_ptr_array_new ();
  gtk_widget_set_name (GTK_WIDGET (self), "agenda");
  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  self->summary = gtk_label_new ("");
  gtk_widget_set_name (self->summary, "summary");
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_box_append (GTK_BOX (box), self->summary);

  self->search = gtk_search_entry_new ();
  gtk_widget_set_name (self->search, "filter-company");
  gtk_widget_set_hexpand (self->search, TRUE);
  g_object_set (self->search, "placeholder-text", _("Filter by company"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (refill), self);
  gtk_box_append (GTK_BOX (bar), self->search);
  for (guint i = 0; i < G_N_ELEMENTS (program_ids); i++)
    gtk_string_list_append (programs, i == 0 ? _("All programs") : program_label (program_ids[i]));
  self->program = gtk_drop_down_new (G_LIST_MODEL (programs), NULL);
  gtk_widget_set_name (self->program, "filter-program");
  g_signal_connect_swapped (self->program, "notify::selected", G_CALLBACK (refill), self);
  gtk_box_append (GTK_BOX (bar), self->program);
  {
    GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export .ics…"));

    gtk_widget_set_name (export, "export-ics");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "win.export-agenda");
    gtk_box_append (GTK_BOX (bar), export);
  }
  gtk_box_append (GTK_BOX (box), bar);

  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("Nothing due"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("Deadlines appear here for the programs a company applies to, "
                                     "and annual reports, reviews and expiries for its recognitions "
                                     "(entered on the company page)."));
  gtk_widget_set_visible (self->empty, FALSE);
  gtk_box_append (GTK_BOX (box), self->empty);
  self->groups = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_box_append (GTK_BOX (box), self->groups);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

GtkWidget *
sb_agenda_view_new (void)
{
  return g_object_new (SB_TYPE_AGENDA_VIEW, NULL);
}

void
sb_agenda_view_set_duties (SbAgendaView *self, GPtrArray *duties, SbDate today)
{
  g_return_if_fail (SB_IS_AGENDA_VIEW (self));

  g_ptr_array_set_size (self->shown, 0);
  g_clear_pointer (&self->duties, g_ptr_array_unref);
  self->duties = duties;
  self->today = today;
  refill (self);
}

GPtrArray *
sb_agenda_view_get_shown (SbAgendaView *self)
{
  return self->shown;
}

void
sb_agenda_view_set_filter (SbAgendaView *self, const char *text, const char *program)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text != NULL ? text : "");
  for (guint i = 0; i < G_N_ELEMENTS (program_ids); i++)
    if (g_strcmp0 (program_ids[i], program != NULL ? program : "") == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->program), i);
  refill (self);
}
