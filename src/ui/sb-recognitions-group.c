/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-recognitions-group.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-enterprise-recognitions.h"
#include "sb-input.h"
#include "sb-lifecycle.h"
#include "sb-policy-meta.h"

typedef struct
{
  SbSession  *session;
  GtkWidget  *group;
  GPtrArray  *rows;     /* the rows added to the group, removed on rebuild */
  SbDate      today;
  guint       rebuild_id;
} Group;

static const char * const programs[] = { "tase", "hnte" };

static void rebuild (Group *g);

static void
group_free (Group *g)
{
  g_clear_handle_id (&g->rebuild_id, g_source_remove);
  g_ptr_array_unref (g->rows);
  g_object_unref (g->session);
  g_free (g);
}

static const char *
claim_profile (SbEnterprise *e, const char *program)
{
  GObject *claim = NULL;
  const char *id = NULL;

  if (g_str_equal (program, "tase"))
    claim = (GObject *) sb_enterprise_get_tase (e);
  else
    claim = (GObject *) sb_enterprise_get_hnte (e);
  if (claim != NULL)
    {
      g_autofree char *profile = NULL;

      g_object_get (claim, "profile", &profile, NULL);
      id = g_intern_string (profile);
    }
  return id;
}

static gboolean
rules_for (Group *g, const char *program, SbLifecycleRules *out)
{
  SbEnterprise *e = sb_session_get_enterprise (g->session);
  g_autofree char *region = NULL;

  g_object_get (e, "region", &region, NULL);
  return sb_lifecycle_rules_for (sb_session_get_policies (g->session), program, region,
                                 claim_profile (e, program), out);
}

static SbRecognition *
current (Group *g, const char *program)
{
  SbRecognition *r = sb_enterprise_dup_recognition (sb_session_get_enterprise (g->session),
                                                    program);

  return r != NULL ? r : sb_recognition_new (program);
}

static gboolean
rebuild_idle (gpointer data)
{
  GtkWidget *group = data;
  Group *g = g_object_get_data (G_OBJECT (group), "sb-recognitions");

  if (g != NULL)
    {
      g->rebuild_id = 0;
      rebuild (g);
    }
  return G_SOURCE_REMOVE;
}

/* The rows are rebuilt after the signal that made the edit has returned:
 * not under the entry or switch that is emitting it. */
static void
save (Group *g, SbRecognition *r)
{
  sb_enterprise_set_recognition (sb_session_get_enterprise (g->session), r);
  if (g->rebuild_id == 0)
    g->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle,
                                     g_object_ref (g->group), g_object_unref);
}

/* ---- edits */

static void
on_date_apply (AdwEntryRow *row, Group *g)
{
  const char *program = g_object_get_data (G_OBJECT (row), "sb-program");
  g_autoptr(SbRecognition) r = current (g, program);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  SbDate d = SB_DATE_UNSET;

  if (*text != '\0' && !sb_input_parse_date (text, &d, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
      return;
    }
  r->recognized_on = d;
  save (g, r);
}

static void
on_certificate_apply (AdwEntryRow *row, Group *g)
{
  const char *program = g_object_get_data (G_OBJECT (row), "sb-program");
  g_autoptr(SbRecognition) r = current (g, program);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  g_free (r->certificate_no);
  r->certificate_no = *text != '\0' ? g_strdup (text) : NULL;
  save (g, r);
}

static void
on_filed_toggled (GtkSwitch *sw, GParamSpec *pspec, Group *g)
{
  const char *program = g_object_get_data (G_OBJECT (sw), "sb-program");
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (sw), "sb-year"));
  g_autoptr(SbRecognition) r = current (g, program);
  gboolean filed = gtk_switch_get_active (sw);

  if (filed == sb_recognition_is_filed (r, year))
    return;
  sb_recognition_set_filed (r, year, filed, filed ? g->today : SB_DATE_UNSET);
  save (g, r);
}

static void
on_change_filed (GtkSwitch *sw, GParamSpec *pspec, Group *g)
{
  const char *program = g_object_get_data (G_OBJECT (sw), "sb-program");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sw), "sb-index"));
  g_autoptr(SbRecognition) r = current (g, program);
  SbChangeReport *c;

  if (index >= r->change_reports->len)
    return;
  c = g_ptr_array_index (r->change_reports, index);
  if (c->filed == gtk_switch_get_active (sw))
    return;
  c->filed = gtk_switch_get_active (sw);
  save (g, r);
}

static void
on_change_add (AdwEntryRow *row, Group *g)
{
  const char *program = g_object_get_data (G_OBJECT (row), "sb-program");
  g_autoptr(SbRecognition) r = current (g, program);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    return;
  g_ptr_array_add (r->change_reports, sb_change_report_new (g->today, text, FALSE));
  save (g, r);
}

/* ---- rows */

static GtkWidget *
add_row (Group *g, GtkWidget *expander, GtkWidget *row)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  return row;
}

static GtkWidget *
state_switch (Group *g, const char *program, gboolean active, const char *name)
{
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_name (sw, name);
  g_object_set_data (G_OBJECT (sw), "sb-program", (gpointer) program);
  return sw;
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

static GtkWidget *
program_row (Group *g, const char *program)
{
  g_autoptr(SbRecognition) r = current (g, program);
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *row;
  SbLifecycleRules rules = { .valid_years = 3 };
  gboolean have_rules = rules_for (g, program, &rules);
  g_autofree char *name = g_strconcat ("recognition-", program, NULL);
  g_autofree char *date_text = r->recognized_on ? sb_date_format (r->recognized_on) : g_strdup ("");

  gtk_widget_set_name (expander, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sb_program_label (program));
  if (r->recognized_on == SB_DATE_UNSET)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                   _("Not recognised yet: enter the certificate's date once it is granted"));
  else
    {
      SbDate expires = sb_recognition_expires (r, &rules);
      g_autofree char *until = sb_date_format (expires);
      g_autofree char *sub = NULL;

      if (expires < g->today)
        /* TRANSLATORS: recognised on DATE, certificate NO, expired on DATE */
        sub = g_strdup_printf (_("Recognised %s · certificate %s · expired %s"), date_text,
                               r->certificate_no ? r->certificate_no : "—", until);
      else
        sub = g_strdup_printf (_("Recognised %s · certificate %s · valid until %s"), date_text,
                               r->certificate_no ? r->certificate_no : "—", until);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), sub);
    }

  row = adw_entry_row_new ();
  gtk_widget_set_name (row, "recognized-on");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recognised on (certificate date)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), date_text);
  g_object_set_data (G_OBJECT (row), "sb-program", (gpointer) program);
  g_signal_connect (row, "apply", G_CALLBACK (on_date_apply), g);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_date_apply), g);
  add_row (g, expander, row);

  row = adw_entry_row_new ();
  gtk_widget_set_name (row, "certificate-no");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Certificate number"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), r->certificate_no ? r->certificate_no : "");
  g_object_set_data (G_OBJECT (row), "sb-program", (gpointer) program);
  g_signal_connect (row, "apply", G_CALLBACK (on_certificate_apply), g);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_certificate_apply), g);
  add_row (g, expander, row);

  if (r->recognized_on != SB_DATE_UNSET)
    {
      g_autoptr(GArray) reports = sb_recognition_annual_reports (r, &rules);
      SbDate review = sb_recognition_review_due (r, &rules);
      g_autofree char *review_date = sb_date_format (review);
      g_autofree char *review_days = days_text (review, g->today);
      g_autofree char *review_sub = g_strdup_printf ("%s · %s", review_date, review_days);

      row = adw_action_row_new ();
      gtk_widget_set_name (row, "validity");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Validity"));
      {
        g_autofree char *v = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years",
                                                           sb_recognition_valid_years (r, &rules)),
                                              sb_recognition_valid_years (r, &rules));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), v);
      }
      add_row (g, expander, row);

      for (guint i = 0; i < reports->len; i++)
        {
          SbAnnualDue *a = &g_array_index (reports, SbAnnualDue, i);
          g_autofree char *title = g_strdup_printf (g_str_equal (program, "hnte")
                                                    ? _("Annual development report %d")
                                                    : _("Annual information report %d"), a->year);
          g_autofree char *due = sb_date_format (a->due);
          g_autofree char *days = days_text (a->due, g->today);
          g_autofree char *sub = a->filed
            ? g_strdup_printf (_("Filed (due %s)"), due)
            : g_strdup_printf (_("To file by %s · %s"), due, days);
          g_autofree char *rname = g_strdup_printf ("annual-%d", a->year);
          GtkWidget *sw = state_switch (g, program, a->filed, "filed");

          row = adw_action_row_new ();
          gtk_widget_set_name (row, rname);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
          if (!a->filed && a->due < g->today)
            gtk_widget_add_css_class (row, "overdue");
          g_object_set_data (G_OBJECT (sw), "sb-year", GINT_TO_POINTER (a->year));
          g_signal_connect (sw, "notify::active", G_CALLBACK (on_filed_toggled), g);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
          add_row (g, expander, row);
        }

      row = adw_action_row_new ();
      gtk_widget_set_name (row, "review-due");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     g_str_equal (program, "tase") ? _("Review (复审) due")
                                                                   : _("New recognition due"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), review_sub);
      add_row (g, expander, row);
    }

  for (guint i = 0; i < r->change_reports->len; i++)
    {
      SbChangeReport *c = g_ptr_array_index (r->change_reports, i);
      g_autofree char *date = c->date ? sb_date_format (c->date) : g_strdup ("");
      g_autofree char *title = g_strdup_printf (_("Change report: %s"), c->subject);
      GtkWidget *sw = state_switch (g, program, c->filed, "filed");

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   c->filed ? _("Filed") : _("To file"));
      g_object_set_data (G_OBJECT (sw), "sb-index", GUINT_TO_POINTER (i));
      g_signal_connect (sw, "notify::active", G_CALLBACK (on_change_filed), g);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      (void) date;
      add_row (g, expander, row);
    }
  row = adw_entry_row_new ();
  gtk_widget_set_name (row, "add-change");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 _("New change report (name, address, scope …)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "sb-program", (gpointer) program);
  g_signal_connect (row, "apply", G_CALLBACK (on_change_add), g);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_change_add), g);
  add_row (g, expander, row);

  if (!have_rules)
    gtk_widget_set_tooltip_text (expander,
                                 _("No policy profile of this program: the validity is taken as 3 years"));
  return expander;
}

static void
rebuild (Group *g)
{
  for (guint i = 0; i < g->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (g->group), g_ptr_array_index (g->rows, i));
  g_ptr_array_set_size (g->rows, 0);
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      GtkWidget *row = program_row (g, programs[i]);
      g_autoptr(SbRecognition) r = current (g, programs[i]);

      /* a recognition entered shows its duties at once */
      if (r->recognized_on != SB_DATE_UNSET)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (g->group), row);
      g_ptr_array_add (g->rows, row);
    }
}

GtkWidget *
sb_recognitions_group_new (SbSession *session)
{
  Group *g = g_new0 (Group, 1);

  g->session = g_object_ref (session);
  g->rows = g_ptr_array_new ();
  g->today = sb_session_get_at (session);
  g->group = adw_preferences_group_new ();
  gtk_widget_set_name (g->group, "recognitions");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g->group), _("Recognitions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g->group),
                                         _("Entered once: the annual reports, the review and the "
                                           "expiry follow from the certificate's date and go to the agenda."));
  g_object_set_data_full (G_OBJECT (g->group), "sb-recognitions", g, (GDestroyNotify) group_free);
  rebuild (g);
  return g->group;
}
