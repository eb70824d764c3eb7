/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-view.c: the HNTE page: self-scores, IP items, R&D ledger, live checks. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "sb-check-text.h"
#include "sb-field-row.h"
#include "sb-hnte-editors.h"
#include "sb-hnte-view.h"
#include "sb-input.h"
#include "sb-policy-move.h"
#include "sb-program-page.h"
#include "sb-result-panel.h"

/* The lines of the innovation score, as the report gives them. */
enum
{
  SCORE_IP,
  SCORE_CONVERSION,
  SCORE_RD_MANAGEMENT,
  SCORE_GROWTH_NET_ASSETS,
  SCORE_GROWTH_SALES,
  SCORE_TOTAL,
  N_SCORES
};

static const char *score_names[N_SCORES] = {
  "innovation:ip", "innovation:conversion", "innovation:rd-management",
  "innovation:growth-net-assets", "innovation:growth-sales", "innovation:total",
};

struct _SbHnteView
{
  AdwBin             parent_instance;

  SbSession         *session;
  SbHnteApplication *claim;
  gulong             evaluated_id;
  gboolean           updating;

  GtkStack          *stack;
  /* form */
  SbFieldRow        *date_row;
  AdwComboRow       *profile_row;
  SbFieldRow        *score_ip;
  SbFieldRow        *score_conversion;
  SbFieldRow        *conversion_results;
  SbFieldRow        *score_rd_management;
  GtkWidget         *ip_items;
  GtkWidget         *ledger;
  /* results */
  SbResultPanel     *panel;
  GtkWidget         *score_group;
  GtkWidget         *score_rows[N_SCORES];
  GtkLabel          *score_values[N_SCORES];
  GtkWidget         *tiers_group;
  GtkWidget         *tier_rows[3];
  GtkLabel          *tier_values[3];
  GtkWidget         *tier_icons[3];
  GtkWidget         *notes;
};

G_DEFINE_FINAL_TYPE (SbHnteView, sb_hnte_view, ADW_TYPE_BIN)

/* ------------------------------------------------------------ claim */

static void
on_apply (SbHnteView *self)
{
  SbEnterprise *e;
  g_autoptr(SbHnteApplication) claim = NULL;
  g_autofree char *region = NULL;
  g_autofree char *profile = NULL;

  if (self->session == NULL)
    return;
  e = sb_session_get_enterprise (self->session);
  g_object_get (e, "region", &region, NULL);
  profile = sb_program_default_profile (sb_session_get_policies (self->session), "hnte", region);
  claim = sb_hnte_application_new ();
  g_object_set (claim, "profile", profile, NULL);
  sb_enterprise_set_hnte (e, claim);
}

static void
withdraw (SbHnteView *self)
{
  if (self->session != NULL)
    sb_enterprise_set_hnte (sb_session_get_enterprise (self->session), NULL);
}

static void
on_withdraw (SbHnteView *self)
{
  sb_confirm_destructive (GTK_WIDGET (self), _("Withdraw the HNTE application?"),
                          _("The application date, profile, self-scores and "
                            "IP items are removed. The company's figures and "
                            "R&D ledger stay."),
                          "withdraw", _("_Withdraw"), G_CALLBACK (withdraw), self);
}

static void
on_profile_selected (SbHnteView *self)
{
  const char *id = sb_profile_row_get_selected_id (self->profile_row);

  if (self->updating || sb_profile_row_is_updating (self->profile_row) || self->claim == NULL
      || id == NULL)
    return;
  sb_policy_move_confirm (GTK_WIDGET (self), self->session, "hnte", G_OBJECT (self->claim),
                          self->profile_row, id, NULL, NULL);
}

static void
bind_claim (SbHnteView *self, SbHnteApplication *claim)
{
  g_autofree char *profile = NULL;
  GObject *object = G_OBJECT (claim);

  g_set_object (&self->claim, claim);
  self->updating = TRUE;
  sb_field_row_bind (self->date_row, object, "apply-date");
  sb_field_row_bind (self->score_ip, object, "score-ip");
  sb_field_row_bind (self->score_conversion, object, "score-conversion");
  sb_field_row_bind (self->conversion_results, object, "conversion-results");
  sb_field_row_bind (self->score_rd_management, object, "score-rd-management");
  sb_ip_items_group_bind (self->ip_items, claim);
  sb_rd_ledger_group_bind (self->ledger,
                           claim != NULL ? sb_session_get_enterprise (self->session) : NULL);
  if (claim != NULL)
    {
      g_object_get (claim, "profile", &profile, NULL);
      sb_profile_row_select (self->profile_row, profile);
    }
  self->updating = FALSE;
}

/* ------------------------------------------------------------ refresh */

static void
set_title (gpointer row, const char *title)
{
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
}

static void
set_text (GtkLabel *label, const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
update_form_titles (SbHnteView *self, const SbHnteRules *rules)
{
  g_autofree char *ip = NULL;
  g_autofree char *conversion = NULL;
  g_autofree char *rd = NULL;

  if (rules == NULL)
    return;
  ip = g_strdup_printf (_("Intellectual property (0 to %" PRId64 " points)"),
                        (int64_t) rules->ip_max);
  conversion = g_strdup_printf (_("Conversion of results (0 to %" PRId64 " points)"),
                                (int64_t) rules->conversion_max);
  rd = g_strdup_printf (_("R&D organisation and management (0 to %" PRId64 " points)"),
                        (int64_t) rules->rd_management_max);
  set_title (self->score_ip, ip);
  set_title (self->score_conversion, conversion);
  set_title (self->score_rd_management, rd);
}

/* "12", "13–18", "—" (unknown: -1) */
static char *
points_text (int low, int high)
{
  if (low < 0)
    return g_strdup ("—");
  if (high > low)
    return g_strdup_printf ("%d–%d", low, high);
  return g_strdup_printf ("%d", low);
}

static void
update_scores (SbHnteView *self, const SbHnteReport *report, const SbHnteRules *rules)
{
  gint64 ip = SB_UNSET, rd = SB_UNSET;
  int lows[N_SCORES], highs[N_SCORES];

  g_object_get (self->claim, "score-ip", &ip, "score-rd-management", &rd, NULL);
  lows[SCORE_IP] = highs[SCORE_IP] = ip != SB_UNSET ? (int) ip : -1;
  lows[SCORE_RD_MANAGEMENT] = highs[SCORE_RD_MANAGEMENT] = rd != SB_UNSET ? (int) rd : -1;
  lows[SCORE_CONVERSION] = report != NULL ? report->conversion_low : -1;
  highs[SCORE_CONVERSION] = report != NULL ? report->conversion_high : -1;
  lows[SCORE_GROWTH_NET_ASSETS] = report != NULL ? report->growth_net_assets_low : -1;
  highs[SCORE_GROWTH_NET_ASSETS] = report != NULL ? report->growth_net_assets_high : -1;
  lows[SCORE_GROWTH_SALES] = report != NULL ? report->growth_sales_low : -1;
  highs[SCORE_GROWTH_SALES] = report != NULL ? report->growth_sales_high : -1;
  lows[SCORE_TOTAL] = report != NULL ? report->innovation_low : -1;
  highs[SCORE_TOTAL] = report != NULL ? report->innovation_high : -1;
  for (int i = 0; i < N_SCORES; i++)
    {
      g_autofree char *text = points_text (lows[i], highs[i]);

      set_text (self->score_values[i], text);
    }
  /* each growth item with its rate (issue 13), the formula under the sales */
  {
    const SbRatio rates[2] = {
      report != NULL ? report->growth_net_assets_rate : sb_ratio (0, 0),
      report != NULL ? report->growth_sales_rate : sb_ratio (0, 0),
    };
    const int rows[2] = { SCORE_GROWTH_NET_ASSETS, SCORE_GROWTH_SALES };

    for (int i = 0; i < 2; i++)
      {
        g_autofree char *rate = NULL;
        g_autofree char *subtitle = NULL;

        if (sb_ratio_is_valid (rates[i]))
          {
            g_autofree char *percent = sb_ratio_format (sb_ratio (rates[i].num, 100), 2);

            /* TRANSLATORS: %s is a percentage such as 23.45 */
            rate = g_strdup_printf (_("Growth rate %s%%"), percent);
          }
        else if (lows[rows[i]] >= 0)
          rate = g_strdup (_("No growth rate (fewer than two years operated, or a zero year)"));
        if (rows[i] == SCORE_GROWTH_SALES && rules != NULL && rules->growth_formula != NULL)
          subtitle = rate != NULL ? g_strdup_printf ("%s · %s", rate, rules->growth_formula)
                                  : g_strdup (rules->growth_formula);
        else
          subtitle = g_strdup (rate != NULL ? rate : "");
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->score_rows[rows[i]]), subtitle);
      }
  }
}

static void
update_tiers (SbHnteView *self, const SbHnteReport *report, const SbHnteRules *rules)
{
  SbCheck *check = report != NULL ? sb_checks_find (report->checks, "hnte.rd_ratio", 0) : NULL;
  const SbRatio ratios[3] = {
    rules->rd_ratio_tier1, rules->rd_ratio_tier2, rules->rd_ratio_tier3,
  };
  g_autofree char *tier1 = sb_input_format_money (rules->rd_tier1_max_sales);
  g_autofree char *tier2 = sb_input_format_money (rules->rd_tier2_max_sales);
  char *titles[3] = {
    g_strdup_printf (_("Last year's sales up to %s"), tier1),
    g_strdup_printf (_("Last year's sales up to %s"), tier2),
    g_strdup_printf (_("Last year's sales above %s"), tier2),
  };

  for (int i = 0; i < 3; i++)
    {
      SbCheck fake = { .id = "hnte.rd_ratio", .value_unit = SB_UNIT_RATIO,
                       .value = sb_ratio (0, 0), .threshold = ratios[i] };
      g_autofree char *value = sb_check_format_value (&fake);
      gboolean applies = check != NULL && sb_ratio_is_valid (check->threshold)
                         && sb_ratio_compare (check->threshold, ratios[i]) == 0;

      set_title (self->tier_rows[i], titles[i]);
      set_text (self->tier_values[i], value);
      gtk_widget_set_opacity (self->tier_icons[i], applies ? 1.0 : 0.0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->tier_rows[i]),
                                   applies ? _("Applies to this company") : "");
    }
  for (int i = 0; i < 3; i++)
    g_free (titles[i]);
}

static void
update_results (SbHnteView *self)
{
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  const SbHnteReport *report = ev != NULL ? ev->hnte : NULL;
  SbPolicy *policy = sb_session_get_policy (self->session, "hnte");
  const SbHnteRules *rules = policy != NULL ? sb_hnte_rules_get (policy, NULL) : NULL;
  const char *notes[2];

  update_form_titles (self, rules);
  sb_ip_items_group_update (self->ip_items);
  sb_rd_ledger_group_update (self->ledger, rules);
  notes[0] = _("Innovation score");
  notes[1] = sb_note_unless_shown (report != NULL ? report->checks : NULL,
                                  rules != NULL ? rules->innovation_note : NULL);
  sb_notes_group_set (self->notes, notes, 1);
  gtk_widget_set_visible (self->tiers_group, rules != NULL);
  if (rules != NULL)
    update_tiers (self, report, rules);
  update_scores (self, report, rules);

  if (report == NULL)
    {
      const char *error = sb_session_get_error (self->session);

      sb_result_panel_set_verdict (self->panel, FALSE,
                                   error != NULL ? error : _("The application was not evaluated."));
      return;
    }
  sb_result_panel_set_verdict (self->panel, report->eligible, NULL);
  sb_result_panel_set_checks (self->panel, report->checks);
  sb_result_panel_clear_amounts (self->panel);
  {
    g_autofree char *away = sb_input_format_money (report->rd_limited_away);
    g_autofree char *note = report->rd_limited_away > 0
      ? g_strdup_printf (_("The limits on outsourced R&D and on other expenses took away %s."),
                         away)
      : NULL;

    sb_result_panel_add_amount (self->panel, _("R&D expense counted over the years"),
                                report->rd_total, note);
  }
  sb_result_panel_add_amount (self->panel, _("Sales revenue over the years"),
                              report->sales_total, NULL);
  sb_result_panel_set_warnings (self->panel, report->warnings);
}

static void
on_evaluated (SbHnteView *self)
{
  SbHnteApplication *claim;

  if (self->session == NULL)
    {
      bind_claim (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  claim = sb_enterprise_get_hnte (sb_session_get_enterprise (self->session));
  if (claim != self->claim)
    bind_claim (self, claim);
  if (self->claim == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-claim");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "claim");
  update_results (self);
}

/* ------------------------------------------------------------ build */

static SbFieldRow *
field (GtkListBox *list, const char *title, SbFieldKind kind, const char *name)
{
  GtkWidget *row = sb_field_row_new (title, kind);

  gtk_widget_set_name (row, name);
  gtk_list_box_append (list, row);
  return SB_FIELD_ROW (row);
}

static void
build_form (SbHnteView *self, GtkWidget *form)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (_("Application"), NULL, &list);
  GtkWidget *withdraw;

  self->date_row = field (list, _("Application date"), SB_FIELD_DATE, "apply-date");
  /* TRANSLATORS: shown in the empty application date: the evaluation date stands in */
  gtk_entry_set_placeholder_text (GTK_ENTRY (sb_field_row_get_editable (self->date_row)),
                                  _("Today"));
  self->profile_row = ADW_COMBO_ROW (sb_profile_row_new (_("Policy profile")));
  gtk_widget_set_name (GTK_WIDGET (self->profile_row), "profile");
  g_signal_connect_swapped (self->profile_row, "notify::selected",
                            G_CALLBACK (on_profile_selected), self);
  gtk_list_box_append (list, GTK_WIDGET (self->profile_row));
  gtk_box_append (GTK_BOX (form), group);

  group = sb_program_page_group (_("Innovation Self-Assessment"),
                                 _("Whole points as the expert panel would give them. Growth "
                                   "is computed from the figures. Enter the conversion score "
                                   "or the number of results converted."),
                                 &list);
  self->score_ip = field (list, _("Intellectual property"), SB_FIELD_COUNT, "score-ip");
  self->score_conversion = field (list, _("Conversion of results"), SB_FIELD_COUNT,
                                  "score-conversion");
  self->conversion_results = field (list, _("Results converted in the three years"),
                                    SB_FIELD_COUNT, "conversion-results");
  self->score_rd_management = field (list, _("R&D organisation and management"), SB_FIELD_COUNT,
                                     "score-rd-management");
  gtk_box_append (GTK_BOX (form), group);

  self->ip_items = sb_ip_items_group_new ();
  gtk_box_append (GTK_BOX (form), self->ip_items);
  self->ledger = sb_rd_ledger_group_new ();
  gtk_box_append (GTK_BOX (form), self->ledger);

  withdraw = gtk_button_new_with_mnemonic (_("_Withdraw HNTE Application…"));
  gtk_widget_set_name (withdraw, "withdraw-hnte");
  gtk_widget_set_halign (withdraw, GTK_ALIGN_START);
  gtk_widget_add_css_class (withdraw, "destructive-action");
  g_signal_connect_swapped (withdraw, "clicked", G_CALLBACK (on_withdraw), self);
  gtk_box_append (GTK_BOX (form), withdraw);
}

static GtkWidget *
value_row (GtkListBox *list, const char *title, const char *name, GtkLabel **out_value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new ("—");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (value, name);
  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (list, row);
  *out_value = GTK_LABEL (value);
  return row;
}

static void
build_results (SbHnteView *self, GtkWidget *results)
{
  const char *score_titles[N_SCORES] = {
    _("Intellectual property"), _("Conversion of results"),
    _("R&D organisation and management"), _("Growth of net assets"), _("Growth of sales"),
    _("Total"),
  };
  GtkListBox *list;

  self->panel = SB_RESULT_PANEL (sb_result_panel_new ());
  gtk_widget_set_name (GTK_WIDGET (self->panel), "result-panel");
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->panel));

  self->score_group = sb_program_page_group (_("Innovation Score"),
                                             _("Points; a range where a band scores a range."),
                                             &list);
  for (int i = 0; i < N_SCORES; i++)
    self->score_rows[i] = value_row (list, score_titles[i], score_names[i],
                                     &self->score_values[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->score_values[SCORE_TOTAL]), "heading");
  gtk_box_append (GTK_BOX (results), self->score_group);

  self->tiers_group = sb_program_page_group (_("R&D Expense Thresholds"),
                                             _("R&D expense of the years against their sales, "
                                               "by last year's sales."),
                                             &list);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("rd-tier:%d", i + 1);

      self->tier_rows[i] = value_row (list, "", name, &self->tier_values[i]);
      self->tier_icons[i] = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (self->tier_icons[i], "accent");
      adw_action_row_add_prefix (ADW_ACTION_ROW (self->tier_rows[i]), self->tier_icons[i]);
    }
  gtk_box_append (GTK_BOX (results), self->tiers_group);

  self->notes = sb_notes_group_new (_("How the profile reads the guide"));
  gtk_box_append (GTK_BOX (results), self->notes);
}

static void
sb_hnte_view_dispose (GObject *object)
{
  SbHnteView *self = SB_HNTE_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->claim);
  G_OBJECT_CLASS (sb_hnte_view_parent_class)->dispose (object);
}

static void
sb_hnte_view_class_init (SbHnteViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_hnte_view_dispose;
}

static void
sb_hnte_view_init (SbHnteView *self)
{
  GtkWidget *form, *results;
  GtkWidget *columns = sb_program_page_columns (&form, &results);

  self->stack = sb_program_page_stack ("starred-symbolic",
                                       _("No HNTE Application"),
                                       _("A high and new technology enterprise pays "
                                         "income tax at a reduced rate. Check whether "
                                         "this company can be recognised."),
                                       _("Apply for HNTE"), "apply-hnte",
                                       G_CALLBACK (on_apply), self,
                                       columns);
  build_form (self, form);
  build_results (self, results);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
sb_hnte_view_new (void)
{
  return g_object_new (SB_TYPE_HNTE_VIEW, NULL);
}

void
sb_hnte_view_set_session (SbHnteView *self, SbSession *session)
{
  g_return_if_fail (SB_IS_HNTE_VIEW (self));
  g_return_if_fail (session == NULL || SB_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  bind_claim (self, NULL);
  g_set_object (&self->session, session);
  sb_profile_row_fill (self->profile_row,
                       session != NULL ? sb_session_get_policies (session) : NULL, "hnte");
  if (session != NULL)
    self->evaluated_id = g_signal_connect_swapped (session, "evaluated",
                                                   G_CALLBACK (on_evaluated), self);
  on_evaluated (self);
}
