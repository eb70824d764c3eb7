/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-view.c: the trade-fund page: five directions, their lines, subsidies and caps. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sb-check-text.h"
#include "sb-input.h"
#include "sb-policy-move.h"
#include "sb-program-page.h"
#include "sb-result-panel.h"
#include "sb-tf-direction-results.h"
#include "sb-tf-pages.h"
#include "sb-tradefund-view.h"

#define N_DIRECTIONS 5

static const char * const direction_ids[N_DIRECTIONS] = {
  "platform", "certifications", "brand", "interest", "tcm",
};

static const char * const direction_tabs[N_DIRECTIONS] = {
  N_("Platform"), N_("Certifications"), N_("Brand"), N_("Interest"), N_("TCM base"),
};

static const char * const direction_titles[N_DIRECTIONS] = {
  N_("Public service platform"), N_("International certification"), N_("Brand building"),
  N_("Outsourcing interest subsidy"), N_("TCM service export base"),
};

struct _SbTradefundView
{
  AdwBin                  parent_instance;

  SbSession              *session;
  SbEnterprise           *enterprise;
  SbTradeFundApplication *app;        /* the claim on screen, or NULL */
  guint                   rebuild_source;

  GtkStack               *stack;      /* "none", "no-claim", "claim" */
  GtkWidget              *claim_slot;

  /* the claim page (rebuilt with the claim) */
  GtkWidget              *period;
  GtkWidget              *deadline_district;
  GtkWidget              *deadline_city;
  GtkLabel               *error;
  GtkLabel               *total;
  GtkWidget              *common;
  GtkWidget              *common_row;
  GtkWidget              *common_icon;
  int                     common_state;   /* last common_ok shown, −1 none */
  GtkWidget              *warnings;
  GtkListBox             *warning_list;
  GtkLabel               *subsidies[N_DIRECTIONS];
  GtkStack               *directions;
  GtkStack               *direction_results;
  GtkWidget              *results[N_DIRECTIONS];
  GtkWidget              *certs_page;
};

G_DEFINE_FINAL_TYPE (SbTradefundView, sb_tradefund_view, ADW_TYPE_BIN)

static void rebuild (SbTradefundView *self);

static GtkWidget *
text_label (const char *text, const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

static void
refresh_deadlines (SbTradefundView *self, SbPolicy *policy)
{
  const SbTradeFundRules *rules = policy != NULL ? sb_tradefund_rules_get (policy, NULL) : NULL;
  SbDate at = sb_session_get_at (self->session);
  SbDate district = SB_DATE_UNSET, city = SB_DATE_UNSET;
  SbPeriod period = { SB_DATE_UNSET, SB_DATE_UNSET };

  if (rules != NULL)
    {
      sb_tradefund_rules_get_deadlines (rules, &district, &city);
      period = sb_tradefund_rules_get_support_period (rules);
    }
  sb_deadline_row_set (self->deadline_district, district, at);
  sb_deadline_row_set (self->deadline_city, city, at);
  gtk_widget_set_visible (self->period, rules != NULL);
  if (rules != NULL)
    {
      g_autofree char *start = sb_date_format (period.start);
      g_autofree char *end = sb_date_format (period.end);
      g_autofree char *text = g_strdup_printf ("%s … %s", start, end);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period), text);
    }
}

static void
set_warnings (SbTradefundView *self, GPtrArray *warnings)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warning_list))) != NULL)
    gtk_list_box_remove (self->warning_list, child);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (warnings, i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->warning_list, row);
    }
  gtk_widget_set_visible (self->warnings, warnings != NULL && warnings->len > 0);
}

/* The common conditions: folded while they are met, opened when they stop
 * being met (the user may fold or open them in between). */
static void
refresh_common (SbTradefundView *self, const SbTradeFundReport *report)
{
  sb_result_panel_set_verdict (SB_RESULT_PANEL (self->common), report->common_ok, NULL);
  sb_result_panel_set_checks (SB_RESULT_PANEL (self->common), report->common);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->common_row),
                                 report->common_ok
                                 ? _("All met")
                                 : _("Not all met: no direction is eligible"));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->common_icon),
                                sb_check_status_icon (report->common_ok ? SB_STATUS_PASS
                                                                        : SB_STATUS_FAIL));
  /* the colours of the result panel's icons */
  gtk_widget_remove_css_class (self->common_icon, report->common_ok ? "verdict-fail"
                                                                    : "verdict-pass");
  gtk_widget_add_css_class (self->common_icon, report->common_ok ? "verdict-pass"
                                                                 : "verdict-fail");
  if (self->common_state != (int) report->common_ok)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->common_row), !report->common_ok);
  self->common_state = report->common_ok;
  set_warnings (self, report->warnings);
}

/* Redraws every result from the session's latest evaluation. */
static void
refresh (SbTradefundView *self)
{
  const SbEvaluation *ev;
  const SbTradeFundReport *report;
  const char *error;
  SbPolicy *policy;

  if (self->session == NULL || self->app == NULL || self->total == NULL
      || sb_enterprise_get_trade_fund (self->enterprise) != self->app)
    return;
  ev = sb_session_get_evaluation (self->session);
  error = sb_session_get_error (self->session);
  report = ev != NULL ? ev->trade_fund : NULL;
  policy = sb_session_get_policy (self->session, "trade_fund");
  if (report == NULL && error == NULL)
    error = _("The claim could not be evaluated.");

  gtk_label_set_text (self->error, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), error != NULL);
  refresh_deadlines (self, policy);
  if (report == NULL)
    {
      /* the message is shown once, above; the panels point to it */
      const char *see = _("Not evaluated: see the message above.");

      gtk_label_set_text (self->total, "—");
      sb_result_panel_set_verdict (SB_RESULT_PANEL (self->common), FALSE, see);
      set_warnings (self, NULL);
      for (guint i = 0; i < N_DIRECTIONS; i++)
        {
          gtk_label_set_text (self->subsidies[i], "—");
          sb_tf_direction_results_update (SB_TF_DIRECTION_RESULTS (self->results[i]), NULL,
                                          policy, see);
        }
      return;
    }

  {
    g_autofree char *total = sb_input_format_money (report->total);
    const SbDirectionResult *dirs[N_DIRECTIONS] = {
      report->platform, report->certifications, report->brand, report->interest, report->tcm,
    };

    gtk_label_set_text (self->total, total);
    refresh_common (self, report);
    for (guint i = 0; i < N_DIRECTIONS; i++)
      {
        g_autofree char *money = dirs[i] != NULL ? sb_input_format_money (dirs[i]->subsidy) : NULL;

        gtk_label_set_text (self->subsidies[i], money != NULL ? money : _("Not claimed"));
        gtk_widget_set_opacity (GTK_WIDGET (self->subsidies[i]),
                                dirs[i] != NULL && dirs[i]->eligible ? 1.0 : 0.55);
        sb_tf_direction_results_update (SB_TF_DIRECTION_RESULTS (self->results[i]), dirs[i],
                                        policy, NULL);
      }
    sb_tf_certs_page_update (SB_TF_CERTS_PAGE (self->certs_page), report->certifications);
  }
}

/* ---------------------------------------------------------------- actions */

static void
on_apply_clicked (SbTradefundView *self)
{
  g_autoptr(SbTradeFundApplication) app = NULL;
  g_autofree char *region = NULL;
  g_autofree char *profile = NULL;

  if (self->enterprise == NULL)
    return;
  g_object_get (self->enterprise, "region", &region, NULL);
  profile = sb_program_default_profile (sb_session_get_policies (self->session), "tradefund",
                                        region);
  app = sb_trade_fund_application_new ();
  g_object_set (app, "profile", profile, NULL);
  sb_enterprise_set_trade_fund (self->enterprise, app);
}

static void
withdraw (SbTradefundView *self)
{
  if (self->enterprise != NULL)
    sb_enterprise_set_trade_fund (self->enterprise, NULL);
}

static void
on_withdraw_clicked (SbTradefundView *self)
{
  sb_confirm_destructive (GTK_WIDGET (self), _("Withdraw the trade-fund claim?"),
                          _("Every direction, line and figure of the claim is removed. "
                            "The company's other figures stay."),
                          "withdraw", _("_Withdraw"), G_CALLBACK (withdraw), self);
}

static void
on_direction_row_activated (GtkListBox *list, GtkListBoxRow *row, SbTradefundView *self)
{
  int i = gtk_list_box_row_get_index (row);

  if (i >= 0 && i < N_DIRECTIONS)
    gtk_stack_set_visible_child_name (self->directions, direction_ids[i]);
}

static void
on_direction_shown (SbTradefundView *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->directions);

  if (name != NULL && self->direction_results != NULL)
    gtk_stack_set_visible_child_name (self->direction_results, name);
}

static gboolean
rebuild_idle (gpointer data)
{
  SbTradefundView *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The claim or its profile changed: build the page again once the signal is over. */
static void
queue_rebuild (SbTradefundView *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle, self, NULL);
}

static void
on_profile_selected (AdwComboRow *row, GParamSpec *pspec, SbTradefundView *self)
{
  const char *id = sb_profile_row_get_selected_id (row);

  if (sb_profile_row_is_updating (row) || self->app == NULL || id == NULL)
    return;
  sb_policy_move_confirm (GTK_WIDGET (self), self->session, "trade_fund", G_OBJECT (self->app),
                          row, id, NULL, NULL);
}

/* ---------------------------------------------------------------- building */

static void
build_form (SbTradefundView *self, GtkWidget *form, SbPolicy *policy)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (_("Claim"), NULL, &list);
  GtkWidget *withdraw = gtk_button_new_with_label (_("Withdraw…"));
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *switcher_scroll;
  GtkWidget *row = sb_profile_row_new (_("Policy profile"));
  g_autofree char *profile = NULL;

  g_object_get (self->app, "profile", &profile, NULL);
  gtk_widget_add_css_class (withdraw, "flat");
  gtk_widget_set_name (withdraw, "withdraw-tradefund");
  g_signal_connect_swapped (withdraw, "clicked", G_CALLBACK (on_withdraw_clicked), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), withdraw);
  gtk_widget_set_name (row, "tradefund-profile");
  sb_profile_row_fill (ADW_COMBO_ROW (row), sb_session_get_policies (self->session), "tradefund");
  sb_profile_row_select (ADW_COMBO_ROW (row), profile);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_profile_selected), self);
  gtk_list_box_append (list, row);
  gtk_list_box_append (list, sb_tf_usd_row (G_OBJECT (self->app), "offshore-execution-usd",
                                            _("Offshore execution approved in the MOFCOM "
                                              "system (US dollars)")));
  gtk_box_append (GTK_BOX (form), group);

  self->directions = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->directions, FALSE);
  gtk_stack_set_hhomogeneous (self->directions, FALSE);
  gtk_widget_set_name (GTK_WIDGET (self->directions), "tradefund-directions");
  for (guint i = 0; i < N_DIRECTIONS; i++)
    {
      GtkWidget *page;

      switch (i)
        {
        case 0:
          page = sb_tf_platform_page_new (self->app);
          break;
        case 1:
          page = self->certs_page = sb_tf_certs_page_new (self->app, policy);
          break;
        case 2:
          page = sb_tf_brand_page_new (self->app, policy);
          break;
        case 3:
          page = sb_tf_interest_page_new (self->app);
          break;
        default:
          page = sb_tf_tcm_page_new (self->app);
          break;
        }
      gtk_stack_add_titled (self->directions, page, direction_ids[i], _(direction_tabs[i]));
    }
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->directions);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  /* the five tabs scroll rather than make the window wider than a laptop's */
  switcher_scroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (switcher_scroll), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (switcher_scroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (switcher_scroll), switcher);
  gtk_box_append (GTK_BOX (form), switcher_scroll);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->directions));
}

static void
build_results (SbTradefundView *self, GtkWidget *results)
{
  GtkListBox *list;
  GtkWidget *group, *row;

  group = sb_program_page_group (_("Subsidies"), NULL, &list);
  for (guint i = 0; i < N_DIRECTIONS; i++)
    {
      g_autofree char *name = g_strconcat ("subsidy:", direction_ids[i], NULL);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(direction_titles[i]));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      self->subsidies[i] = GTK_LABEL (gtk_label_new (""));
      gtk_widget_set_name (GTK_WIDGET (self->subsidies[i]), name);
      gtk_widget_add_css_class (GTK_WIDGET (self->subsidies[i]), "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->subsidies[i]));
      gtk_list_box_append (list, row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_direction_row_activated), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Total"));
  self->total = GTK_LABEL (gtk_label_new (""));
  gtk_widget_set_name (GTK_WIDGET (self->total), "tradefund-total");
  gtk_widget_add_css_class (GTK_WIDGET (self->total), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (self->total), "numeric");
  gtk_label_set_selectable (self->total, TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->total));
  gtk_list_box_append (list, row);
  gtk_box_append (GTK_BOX (results), group);

  /* the conditions of every direction, folded while they are met */
  group = adw_preferences_group_new ();
  self->common_row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->common_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->common_row),
                                 _("Conditions common to every direction"));
  gtk_widget_set_name (self->common_row, "tradefund-common-row");
  self->common_icon = gtk_image_new ();
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self->common_row), self->common_icon);
  self->common = sb_result_panel_new ();
  gtk_widget_set_name (self->common, "tradefund-common");
  gtk_widget_set_margin_start (self->common, 12);
  gtk_widget_set_margin_end (self->common, 12);
  gtk_widget_set_margin_top (self->common, 12);
  gtk_widget_set_margin_bottom (self->common, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self->common_row), self->common);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->common_row);
  gtk_box_append (GTK_BOX (results), group);
  self->common_state = -1;

  self->error = GTK_LABEL (text_label ("", "error"));
  gtk_widget_set_name (GTK_WIDGET (self->error), "tradefund-error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->error));

  self->direction_results = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->direction_results, FALSE);
  gtk_stack_set_hhomogeneous (self->direction_results, FALSE);
  for (guint i = 0; i < N_DIRECTIONS; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      gtk_box_append (GTK_BOX (box), text_label (_(direction_titles[i]), "heading"));
      self->results[i] = sb_tf_direction_results_new (direction_ids[i]);
      gtk_box_append (GTK_BOX (box), self->results[i]);
      gtk_stack_add_named (self->direction_results, box, direction_ids[i]);
    }
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->direction_results));
  g_signal_connect_swapped (self->directions, "notify::visible-child-name",
                            G_CALLBACK (on_direction_shown), self);

  self->warnings = sb_program_page_group (_("Warnings"), NULL, &self->warning_list);
  gtk_widget_set_name (self->warnings, "tradefund-warnings");
  gtk_box_append (GTK_BOX (results), self->warnings);

  group = sb_program_page_group (_("Deadlines"), NULL, &list);
  self->period = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->period), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->period), _("Support period"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->period),
                             gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  gtk_widget_set_name (self->period, "support-period");
  gtk_list_box_append (list, self->period);
  self->deadline_district = sb_deadline_row_new (_("To the district office"),
                                                 "deadline-district");
  gtk_list_box_append (list, self->deadline_district);
  self->deadline_city = sb_deadline_row_new (_("From the district to the city"),
                                             "deadline-city");
  gtk_list_box_append (list, self->deadline_city);
  gtk_box_append (GTK_BOX (results), group);
}

static void
clear_claim_page (SbTradefundView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (self->claim_slot);

  if (child != NULL)
    gtk_box_remove (GTK_BOX (self->claim_slot), child);
  self->period = self->deadline_district = self->deadline_city = NULL;
  self->error = self->total = NULL;
  self->common = self->common_row = self->common_icon = NULL;
  self->warnings = NULL;
  self->warning_list = NULL;
  self->directions = self->direction_results = NULL;
  self->certs_page = NULL;
  memset (self->subsidies, 0, sizeof self->subsidies);
  memset (self->results, 0, sizeof self->results);
}

static void
on_app_notify (SbTradefundView *self, GParamSpec *pspec)
{
  queue_rebuild (self);
}

static void
set_app (SbTradefundView *self, SbTradeFundApplication *app)
{
  if (self->app == app)
    return;
  if (self->app != NULL)
    g_signal_handlers_disconnect_by_data (self->app, self);
  g_set_object (&self->app, app);
  if (app != NULL)
    g_signal_connect_swapped (app, "notify::profile", G_CALLBACK (on_app_notify), self);
}

/* Builds the page for the session's company and claim. */
static void
rebuild (SbTradefundView *self)
{
  g_autofree char *direction = NULL;
  const char *visible;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->directions != NULL)
    direction = g_strdup (gtk_stack_get_visible_child_name (self->directions));
  clear_claim_page (self);
  set_app (self, self->enterprise != NULL ? sb_enterprise_get_trade_fund (self->enterprise) : NULL);
  if (self->session == NULL)
    visible = "none";
  else if (self->app == NULL)
    visible = "no-claim";
  else
    {
      SbPolicy *policy = sb_session_get_policy (self->session, "trade_fund");
      GtkWidget *form, *results;
      GtkWidget *columns = sb_program_page_columns (&form, &results);

      build_form (self, form, policy);
      build_results (self, results);
      gtk_box_append (GTK_BOX (self->claim_slot), columns);
      if (direction != NULL)
        gtk_stack_set_visible_child_name (self->directions, direction);
      visible = "claim";
      refresh (self);
    }
  gtk_stack_set_visible_child_name (self->stack, visible);
}

static void
sb_tradefund_view_dispose (GObject *object)
{
  SbTradefundView *self = SB_TRADEFUND_VIEW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  sb_tradefund_view_set_session (self, NULL);
  set_app (self, NULL);
  G_OBJECT_CLASS (sb_tradefund_view_parent_class)->dispose (object);
}

static void
sb_tradefund_view_class_init (SbTradefundViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_tradefund_view_dispose;
}

static void
sb_tradefund_view_init (SbTradefundView *self)
{
  self->claim_slot = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->stack = sb_program_page_stack ("sb-tradefund-symbolic",
                                       _("No Trade Fund Claim"),
                                       _("The trade fund subsidises a public service "
                                         "platform, international certifications, a "
                                         "brand title, interest on offshore outsourcing "
                                         "and a TCM service export base."),
                                       _("Apply for the Trade Fund"), "apply-tradefund",
                                       G_CALLBACK (on_apply_clicked), self,
                                       self->claim_slot);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
sb_tradefund_view_new (void)
{
  return g_object_new (SB_TYPE_TRADEFUND_VIEW, NULL);
}

void
sb_tradefund_view_set_session (SbTradefundView *self, SbSession *session)
{
  g_return_if_fail (SB_IS_TRADEFUND_VIEW (self));
  g_return_if_fail (session == NULL || SB_IS_SESSION (session));

  if (self->session == session && session != NULL)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->enterprise != NULL)
    g_signal_handlers_disconnect_by_data (self->enterprise, self);
  g_set_object (&self->session, session);
  g_clear_object (&self->enterprise);
  if (session != NULL)
    self->enterprise = g_object_ref (sb_session_get_enterprise (session));
  if (session != NULL)
    {
      g_signal_connect_swapped (session, "evaluated", G_CALLBACK (refresh), self);
      g_signal_connect_swapped (self->enterprise, "notify::trade-fund",
                                G_CALLBACK (queue_rebuild), self);
    }
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  rebuild (self);
}
