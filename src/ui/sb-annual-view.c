/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-annual-view.c: the TASE annual information report page with its live checks. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-annual-view.h"
#include "sb-policy-move.h"
#include "sb-program-page.h"
#include "sb-result-panel.h"
#include "sb-tase-figures.h"

struct _SbAnnualView
{
  AdwBin        parent_instance;

  SbSession    *session;
  SbAnnualInfo *claim;
  gulong        evaluated_id;
  gboolean      updating;

  GtkStack     *stack;
  GtkWidget    *year_row;
  AdwComboRow  *profile_row;
  GtkWidget    *deadlines_group;
  GtkWidget    *deadline;

  SbResultPanel *panel;
  GtkWidget    *figures;
  GtkWidget    *notes;
};

G_DEFINE_FINAL_TYPE (SbAnnualView, sb_annual_view, ADW_TYPE_BIN)

static void
on_start (SbAnnualView *self)
{
  SbEnterprise *e;
  SbTaseApplication *tase;
  g_autoptr(SbAnnualInfo) claim = NULL;
  g_autofree char *region = NULL;
  g_autofree char *profile = NULL;

  if (self->session == NULL)
    return;
  e = sb_session_get_enterprise (self->session);
  tase = sb_enterprise_get_tase (e);
  /* the profile of the company's TASE application, else its region's */
  if (tase != NULL && sb_tase_application_get_profile (tase) != NULL)
    profile = g_strdup (sb_tase_application_get_profile (tase));
  else
    {
      g_object_get (e, "region", &region, NULL);
      profile = sb_program_default_profile (sb_session_get_policies (self->session), "tase",
                                            region);
    }
  claim = sb_annual_info_new ();
  /* the report covers the year just ended */
  g_object_set (claim, "year", sb_date_year (sb_session_get_at (self->session)) - 1,
                "profile", profile, NULL);
  sb_enterprise_set_annual_report (e, claim);
}

static void
stop (SbAnnualView *self)
{
  if (self->session != NULL)
    sb_enterprise_set_annual_report (sb_session_get_enterprise (self->session), NULL);
}

static void
on_stop (SbAnnualView *self)
{
  sb_confirm_destructive (GTK_WIDGET (self), _("Remove the annual report?"),
                          _("The report's year and profile are removed. "
                            "The company's figures stay."),
                          "remove", _("_Remove"), G_CALLBACK (stop), self);
}

static void
on_profile_selected (SbAnnualView *self)
{
  const char *id = sb_profile_row_get_selected_id (self->profile_row);

  if (self->updating || sb_profile_row_is_updating (self->profile_row) || self->claim == NULL
      || id == NULL)
    return;
  sb_policy_move_confirm (GTK_WIDGET (self), self->session, "annual_report",
                          G_OBJECT (self->claim), self->profile_row, id, NULL, NULL);
}

static void
bind_claim (SbAnnualView *self, SbAnnualInfo *claim)
{
  g_autofree char *profile = NULL;

  g_set_object (&self->claim, claim);
  self->updating = TRUE;
  sb_year_row_bind (self->year_row, G_OBJECT (claim), "year");
  if (claim != NULL)
    {
      g_object_get (claim, "profile", &profile, NULL);
      sb_profile_row_select (self->profile_row, profile);
    }
  self->updating = FALSE;
}

static void
update_profile_parts (SbAnnualView *self)
{
  SbPolicy *policy = sb_session_get_policy (self->session, "annual_report");
  const SbTaseRules *rules = policy != NULL ? sb_tase_rules_get (policy, NULL) : NULL;
  SbDate deadline = rules != NULL ? rules->deadline_annual_report : SB_DATE_UNSET;
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  GPtrArray *checks = ev != NULL && ev->annual_report != NULL ? ev->annual_report->checks : NULL;
  const char *notes[4];

  sb_deadline_row_set (self->deadline, deadline, sb_session_get_at (self->session));
  gtk_widget_set_visible (self->deadlines_group, deadline != SB_DATE_UNSET);
  notes[0] = _("Catalogue revenue");
  notes[1] = sb_note_unless_shown (checks, rules != NULL ? rules->catalogue_note : NULL);
  notes[2] = _("Regions");
  notes[3] = sb_note_unless_shown (checks, rules != NULL ? rules->regions_note : NULL);
  sb_notes_group_set (self->notes, notes, 2);
}

static void
update_results (SbAnnualView *self)
{
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  const SbAnnualReport *report = ev != NULL ? ev->annual_report : NULL;

  if (report == NULL)
    {
      const char *error = sb_session_get_error (self->session);

      sb_result_panel_set_verdict (self->panel, FALSE,
                                   error != NULL ? error : _("The report was not evaluated."));
      sb_tase_figures_set (self->figures, NULL, 0);
      return;
    }
  sb_result_panel_set_verdict (self->panel, report->eligible, NULL);
  sb_result_panel_set_checks (self->panel, report->checks);
  sb_result_panel_clear_amounts (self->panel);
  sb_result_panel_add_amount (self->panel, _("Income tax saved (estimate)"), report->tax_benefit,
                              report->tax_benefit_note);
  sb_result_panel_set_warnings (self->panel, report->warnings);
  sb_tase_figures_set (self->figures, &report->figures, 1);
}

static void
on_evaluated (SbAnnualView *self)
{
  SbAnnualInfo *claim;

  if (self->session == NULL)
    {
      bind_claim (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  claim = sb_enterprise_get_annual_report (sb_session_get_enterprise (self->session));
  if (claim != self->claim)
    bind_claim (self, claim);
  if (self->claim == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-claim");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "claim");
  update_profile_parts (self);
  update_results (self);
}

static void
build_form (SbAnnualView *self, GtkWidget *form)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (_("Annual Information Report"),
                                            _("A recognised technology-advanced service "
                                              "enterprise reports each year's figures; the "
                                              "report shows whether the year still meets the "
                                              "three ratios."),
                                            &list);
  GtkWidget *remove;

  self->year_row = sb_year_row_new (_("Reported year"), "year");
  gtk_list_box_append (list, self->year_row);
  self->profile_row = ADW_COMBO_ROW (sb_profile_row_new (_("Policy profile")));
  gtk_widget_set_name (GTK_WIDGET (self->profile_row), "profile");
  g_signal_connect_swapped (self->profile_row, "notify::selected",
                            G_CALLBACK (on_profile_selected), self);
  gtk_list_box_append (list, GTK_WIDGET (self->profile_row));
  gtk_box_append (GTK_BOX (form), group);

  self->deadlines_group = sb_program_page_group (_("Deadlines"), NULL, &list);
  self->deadline = sb_deadline_row_new (_("Annual report due"), "deadline-annual-report");
  gtk_list_box_append (list, self->deadline);
  gtk_box_append (GTK_BOX (form), self->deadlines_group);

  remove = gtk_button_new_with_mnemonic (_("_Remove Annual Report…"));
  gtk_widget_set_name (remove, "remove-annual-report");
  gtk_widget_set_halign (remove, GTK_ALIGN_START);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_stop), self);
  gtk_box_append (GTK_BOX (form), remove);
}

static void
sb_annual_view_dispose (GObject *object)
{
  SbAnnualView *self = SB_ANNUAL_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->claim);
  G_OBJECT_CLASS (sb_annual_view_parent_class)->dispose (object);
}

static void
sb_annual_view_class_init (SbAnnualViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_annual_view_dispose;
}

static void
sb_annual_view_init (SbAnnualView *self)
{
  GtkWidget *form, *results;
  GtkWidget *columns = sb_program_page_columns (&form, &results);

  self->stack = sb_program_page_stack ("x-office-calendar-symbolic",
                                       _("No Annual Report"),
                                       _("A recognised technology-advanced service "
                                         "enterprise files an annual information "
                                         "report each year."),
                                       _("Start Annual Report"), "start-annual-report",
                                       G_CALLBACK (on_start), self,
                                       columns);

  build_form (self, form);
  self->panel = SB_RESULT_PANEL (sb_result_panel_new ());
  gtk_widget_set_name (GTK_WIDGET (self->panel), "result-panel");
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->panel));
  self->figures = sb_tase_figures_new ();
  gtk_box_append (GTK_BOX (results), self->figures);
  self->notes = sb_notes_group_new (_("How the profile reads the notice"));
  gtk_box_append (GTK_BOX (results), self->notes);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
sb_annual_view_new (void)
{
  return g_object_new (SB_TYPE_ANNUAL_VIEW, NULL);
}

void
sb_annual_view_set_session (SbAnnualView *self, SbSession *session)
{
  g_return_if_fail (SB_IS_ANNUAL_VIEW (self));
  g_return_if_fail (session == NULL || SB_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  g_set_object (&self->session, session);
  bind_claim (self, NULL);
  sb_profile_row_fill (self->profile_row,
                       session != NULL ? sb_session_get_policies (session) : NULL, "tase");
  if (session != NULL)
    self->evaluated_id = g_signal_connect_swapped (session, "evaluated",
                                                   G_CALLBACK (on_evaluated), self);
  on_evaluated (self);
}
