/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-view.c: the TASE application page: claim, materials, statement, live checks. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-field-row.h"
#include "sb-policy-move.h"
#include "sb-program-page.h"
#include "sb-result-panel.h"
#include "sb-tase-figures.h"
#include "sb-tase-view.h"

#include "sb-input.h"
#include "sb-year-carry.h"

struct _SbTaseView
{
  AdwBin             parent_instance;

  SbSession         *session;
  SbTaseApplication *claim;          /* the claim the form is bound to */
  gulong             evaluated_id;
  gboolean           updating;       /* the view sets the widgets from the model */

  GtkStack          *stack;
  /* form */
  AdwComboRow       *mode_row;
  GtkWidget         *year_row;
  AdwComboRow       *profile_row;
  GtkWidget         *deadlines_group;
  GtkWidget         *deadline_online;
  GtkWidget         *deadline_district;
  GtkTextBuffer     *statement;
  GtkLabel          *statement_length;
  GtkImage          *statement_icon;
  GtkWidget         *materials_group;
  GtkListBox        *materials;
  /* results */
  SbResultPanel     *panel;
  GtkWidget         *figures;
  GtkWidget         *notes;
};

G_DEFINE_FINAL_TYPE (SbTaseView, sb_tase_view, ADW_TYPE_BIN)

static void on_evaluated (SbTaseView *self);

static SbPolicy *
current_policy (SbTaseView *self)
{
  return self->session != NULL ? sb_session_get_policy (self->session, "tase") : NULL;
}

/* The checklist and the statement minimum of the claim's profile. */
static void
apply_profile (SbTaseView *self)
{
  SbPolicy *policy = current_policy (self);

  if (policy != NULL && self->claim != NULL)
    sb_tase_application_apply_policy (self->claim, policy, NULL);
}

/* ------------------------------------------------------------ claim */

static void
on_apply (SbTaseView *self)
{
  SbEnterprise *e;
  g_autoptr(SbTaseApplication) claim = NULL;
  g_autofree char *region = NULL;
  g_autofree char *profile = NULL;
  SbPolicy *policy;
  int year;

  if (self->session == NULL)
    return;
  e = sb_session_get_enterprise (self->session);
  g_object_get (e, "region", &region, NULL);
  profile = sb_program_default_profile (sb_session_get_policies (self->session), "tase", region);
  policy = profile != NULL ? sb_policy_set_lookup (sb_session_get_policies (self->session),
                                                   profile, NULL) : NULL;
  year = policy != NULL && sb_policy_get_year (policy) > 0
         ? sb_policy_get_year (policy)
         : sb_date_year (sb_session_get_at (self->session));
  claim = sb_tase_application_new ();
  g_object_set (claim, "mode", SB_TASE_NEW, "apply-year", year, "profile", profile, NULL);
  if (policy != NULL)
    sb_tase_application_apply_policy (claim, policy, NULL);
  sb_enterprise_set_tase (e, claim);
}

static void
withdraw (SbTaseView *self)
{
  if (self->session != NULL)
    sb_enterprise_set_tase (sb_session_get_enterprise (self->session), NULL);
}

static void
on_withdraw (SbTaseView *self)
{
  sb_confirm_destructive (GTK_WIDGET (self), _("Withdraw the TASE application?"),
                          _("The mode, profile, business statement and "
                            "materials checklist of the application are "
                            "removed. The company's figures stay."),
                          "withdraw", _("_Withdraw"), G_CALLBACK (withdraw), self);
}

/* ------------------------------------------------------------ form */

static void
on_mode_selected (SbTaseView *self)
{
  guint selected = adw_combo_row_get_selected (self->mode_row);

  if (self->updating || self->claim == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_object_set (self->claim, "mode", selected == 1 ? SB_TASE_REVIEW : SB_TASE_NEW, NULL);
  /* a review checks three years: the missing ones made at once, each from
   * the year before it (headcounts, contracts still running) */
  if (selected == 1 && self->session != NULL)
    {
      int apply_year = 0;

      g_object_get (self->claim, "apply-year", &apply_year, NULL);
      if (apply_year > 1903)
        sb_year_carry_review (sb_session_get_enterprise (self->session), apply_year);
    }
}

static void
on_profile_selected (SbTaseView *self)
{
  const char *id = sb_profile_row_get_selected_id (self->profile_row);

  if (self->updating || sb_profile_row_is_updating (self->profile_row) || self->claim == NULL
      || id == NULL)
    return;
  /* the diff and the verdicts before and after, then the move */
  sb_policy_move_confirm (GTK_WIDGET (self), self->session, "tase", G_OBJECT (self->claim),
                          self->profile_row, id, (SbProfileMoved) apply_profile, self);
}

static void
on_statement_changed (SbTaseView *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->updating || self->claim == NULL)
    return;
  gtk_text_buffer_get_bounds (self->statement, &start, &end);
  text = gtk_text_buffer_get_text (self->statement, &start, &end, FALSE);
  sb_tase_application_set_business_statement (self->claim, *text != '\0' ? text : NULL);
}

static char *
escape_or_empty (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static gboolean
note_to_subtitle (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  g_value_take_string (to, escape_or_empty (g_value_get_string (from)));
  return TRUE;
}

static GtkWidget *
material_row_new (gpointer item, gpointer data)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *done = gtk_switch_new ();
  GtkWidget *note = sb_field_row_new (_("Note"), SB_FIELD_TEXT);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *name = g_strdup_printf ("material:%s", sb_material_item_get_id (item));

  g_object_get (item, "title", &title, NULL);
  escaped = escape_or_empty (title);
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  g_object_bind_property_full (item, "note", row, "subtitle", G_BINDING_SYNC_CREATE,
                               note_to_subtitle, NULL, NULL, NULL);
  gtk_widget_set_name (done, "done");
  gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (done, _("Ready"));
  {
    /* the switch says which material it is (not "Ready" eleven times) */
    g_autofree char *label = g_strdup_printf (_("%s: ready"), title != NULL ? title : "");

    gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  }
  g_object_bind_property (item, "done", done, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), done);
  gtk_widget_set_name (note, "note");
  sb_field_row_bind (SB_FIELD_ROW (note), G_OBJECT (item), "note");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note);
  return row;
}

static void
bind_claim (SbTaseView *self, SbTaseApplication *claim)
{
  g_autofree char *profile = NULL;
  const char *statement;
  SbTaseMode mode = SB_TASE_NEW;

  g_set_object (&self->claim, claim);
  self->updating = TRUE;
  sb_year_row_bind (self->year_row, G_OBJECT (claim), "apply-year");
  if (claim == NULL)
    {
      gtk_list_box_bind_model (self->materials, NULL, NULL, NULL, NULL);
      gtk_text_buffer_set_text (self->statement, "", -1);
      self->updating = FALSE;
      return;
    }
  g_object_get (claim, "mode", &mode, "profile", &profile, NULL);
  adw_combo_row_set_selected (self->mode_row, mode == SB_TASE_REVIEW ? 1 : 0);
  sb_profile_row_select (self->profile_row, profile);
  statement = sb_tase_application_get_business_statement (claim);
  gtk_text_buffer_set_text (self->statement, statement != NULL ? statement : "", -1);
  gtk_list_box_bind_model (self->materials, sb_tase_application_get_materials (claim),
                           material_row_new, self, NULL);
  self->updating = FALSE;
  /* a checklist the profile has changed since (may edit the model: evaluated again) */
  apply_profile (self);
}

/* ------------------------------------------------------------ refresh */

static void
update_statement (SbTaseView *self)
{
  glong length = sb_tase_application_get_statement_length (self->claim);
  gboolean ok = sb_tase_application_get_statement_ok (self->claim);
  int min = 0;
  g_autofree char *text = NULL;

  g_object_get (self->claim, "statement-min-length", &min, NULL);
  if (min > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld character of at least %d (white space not counted)",
                                      "%ld characters of at least %d (white space not counted)",
                                      (gulong) length),
                            length, min);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld character", "%ld characters", (gulong) length), length);
  gtk_label_set_label (self->statement_length, text);
  gtk_image_set_from_icon_name (self->statement_icon,
                                ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *w = i == 0 ? GTK_WIDGET (self->statement_icon) : GTK_WIDGET (self->statement_length);

      gtk_widget_remove_css_class (w, ok ? "verdict-missing" : "verdict-pass");
      gtk_widget_add_css_class (w, ok ? "verdict-pass" : "verdict-missing");
    }
}

static void
update_materials_count (SbTaseView *self)
{
  GListModel *items = sb_tase_application_get_materials (self->claim);
  guint n = g_list_model_get_n_items (items), done = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gboolean d = FALSE;

      g_object_get (item, "done", &d, NULL);
      done += d ? 1 : 0;
    }
  /* TRANSLATORS: materials ready: "3 of 9 ready" */
  text = g_strdup_printf (_("%u of %u ready"), done, n);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->materials_group), text);
}

static void
update_profile_parts (SbTaseView *self)
{
  SbPolicy *policy = current_policy (self);
  const SbTaseRules *rules = policy != NULL ? sb_tase_rules_get (policy, NULL) : NULL;
  SbDate at = sb_session_get_at (self->session);
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  GPtrArray *checks = ev != NULL && ev->tase != NULL ? ev->tase->checks : NULL;
  const char *notes[4];

  sb_deadline_row_set (self->deadline_online, rules != NULL ? rules->deadline_online : SB_DATE_UNSET, at);
  sb_deadline_row_set (self->deadline_district,
                       rules != NULL ? rules->deadline_district : SB_DATE_UNSET, at);
  gtk_widget_set_visible (self->deadlines_group,
                          rules != NULL && (rules->deadline_online != SB_DATE_UNSET
                                            || rules->deadline_district != SB_DATE_UNSET));
  notes[0] = _("Catalogue revenue");
  notes[1] = sb_note_unless_shown (checks, rules != NULL ? rules->catalogue_note : NULL);
  notes[2] = _("Regions");
  notes[3] = sb_note_unless_shown (checks, rules != NULL ? rules->regions_note : NULL);
  sb_notes_group_set (self->notes, notes, 2);
}

/* ---------------------------------------------- the copies owed (§1.6) */

typedef struct
{
  SbTaseView        *self;
  int                year;
  SbTaseEvidenceKind kind;
  GPtrArray         *checks;   /* GtkCheckButton*, candidate order */
} Choice;

static void
choice_free (Choice *c)
{
  g_ptr_array_unref (c->checks);
  g_free (c);
}

static void
on_choice_response (AdwMessageDialog *dialog, const char *response, Choice *c)
{
  const char *kind = c->kind == SB_TASE_EVIDENCE_OFFSHORE ? "offshore" : "tase";

  if (c->self->claim == NULL)
    return;
  if (g_strcmp0 (response, "apply") == 0)
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      g_auto(GStrv) numbers = NULL;

      for (guint i = 0; i < c->checks->len; i++)
        if (gtk_check_button_get_active (c->checks->pdata[i]))
          g_strv_builder_add (b, g_object_get_data (c->checks->pdata[i], "sb-contract-no"));
      numbers = g_strv_builder_end (b);
      sb_tase_application_set_evidence_chosen (c->self->claim, c->year, kind,
                                               (const char * const *) numbers);
    }
  else if (g_strcmp0 (response, "propose") == 0)
    sb_tase_application_set_evidence_chosen (c->self->claim, c->year, kind, NULL);
}

static void
on_evidence_row_activated (AdwActionRow *row, SbTaseView *self)
{
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "sb-evidence-index")) - 1;
  const SbTaseEvidence *e;
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list;
  Choice *choice;

  if (ev == NULL || ev->tase == NULL || ev->tase->evidence == NULL || index < 0
      || (guint) index >= ev->tase->evidence->len || self->claim == NULL)
    return;
  e = g_ptr_array_index (ev->tase->evidence, index);
  d = sb_enterprise_to_dossier (sb_session_get_enterprise (self->session));
  candidates = sb_tase_evidence_candidates (sb_dossier_find_year (d, e->year), e->kind);
  gap = sb_input_format_money (e->gap != SB_UNSET ? e->gap : 0);
  body = g_strdup_printf (_("Tick the unregistered contracts whose copies and invoices go "
                            "into the application for the gap of %s. The program's proposal "
                            "is the fewest contracts, largest revenue first."), gap);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Contracts for the Registration Gap"), body);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  choice = g_new0 (Choice, 1);
  choice->self = self;
  choice->year = e->year;
  choice->kind = e->kind;
  choice->checks = g_ptr_array_new ();
  for (guint i = 0; i < candidates->len; i++)
    {
      const SbContract *c = g_ptr_array_index (candidates, i);
      g_autofree char *revenue = sb_input_format_money (c->revenue);
      GtkWidget *r, *check;
      gboolean chosen = FALSE;

      if (c->no == NULL)
        continue;   /* nothing to name it by */
      r = adw_action_row_new ();
      check = gtk_check_button_new ();

      for (guint j = 0; j < e->contracts->len; j++)
        chosen |= g_strcmp0 (g_ptr_array_index (e->contracts, j), c->no) == 0;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), chosen);
      g_object_set_data_full (G_OBJECT (check), "sb-contract-no", g_strdup (c->no), g_free);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), c->no);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (r), revenue);
      adw_action_row_add_prefix (ADW_ACTION_ROW (r), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (r), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      c->no, -1);
      gtk_list_box_append (GTK_LIST_BOX (list), r);
      g_ptr_array_add (choice->checks, check);
    }
  if (candidates->len == 0)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         gtk_label_new (_("No unregistered contract of this kind has revenue.")));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "propose", _("_Proposal"),
                                    "apply", _("_Use These"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_choice_response), choice,
                         (GClosureNotify) (void (*) (void)) choice_free, 0);
  gtk_widget_set_name (dialog, "evidence-choice");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The copies owed for a registration gap (RULES.md §1.6): a duty beside
 * the verdict, one line per year and kind; activating a line lets the user
 * choose the contracts. */
static void
add_evidence_amounts (SbTaseView *self, const SbTaseReport *report)
{
  for (guint i = 0; report->evidence != NULL && i < report->evidence->len; i++)
    {
      const SbTaseEvidence *e = g_ptr_array_index (report->evidence, i);
      g_autofree char *label = NULL;
      g_autofree char *note = NULL;
      g_autofree char *registered = sb_input_format_money (e->registered);

      label = e->kind == SB_TASE_EVIDENCE_OFFSHORE
              ? g_strdup_printf (_("%d: offshore revenue owed as contracts and invoices"), e->year)
              : g_strdup_printf (_("%d: TASE revenue owed as contracts and invoices"), e->year);
      if (e->required == SB_UNSET)
        note = g_strdup (_("The income total is missing: the registration gap cannot be sized."));
      else if (e->gap == 0)
        {
          g_autofree char *required = sb_input_format_money (e->required);

          note = g_strdup_printf (_("Registered %s, at least %s: no contracts or invoices needed."),
                                  registered, required);
        }
      else
        {
          g_autofree char *required = sb_input_format_money (e->required);
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint j = 0; j < e->contracts->len; j++)
            {
              const char *no = g_ptr_array_index (e->contracts, j);

              if (j > 0)
                g_string_append (list, _(", "));
              g_string_append (list, *no != '\0' ? no : "?");
            }
          if (e->uncovered > 0)
            {
              g_autofree char *uncovered = sb_input_format_money (e->uncovered);

              note = g_strdup_printf (_("Registered %s of %s. Unregistered contracts proposed: %s; "
                                        "still %s not covered by any contract."),
                                      registered, required,
                                      list->len > 0 ? list->str : _("none"), uncovered);
            }
          else
            note = g_strdup_printf (_("Registered %s of %s. Unregistered contracts proposed: %s."),
                                    registered, required, list->str);
        }
      {
        GtkWidget *row = sb_result_panel_add_amount (self->panel, label, e->gap, note);

        g_object_set_data (G_OBJECT (row), "sb-evidence-index", GINT_TO_POINTER (i + 1));
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), e->gap != SB_UNSET && e->gap > 0);
        gtk_widget_set_tooltip_text (row, e->gap != SB_UNSET && e->gap > 0
                                          ? _("Activate to choose the contracts") : NULL);
        if (g_object_get_data (G_OBJECT (row), "sb-evidence-connected") == NULL)
          {
            g_signal_connect_object (row, "activated", G_CALLBACK (on_evidence_row_activated),
                                     self, 0);
            g_object_set_data (G_OBJECT (row), "sb-evidence-connected", GINT_TO_POINTER (1));
          }
      }
    }
}

static void
update_results (SbTaseView *self)
{
  const SbEvaluation *ev = sb_session_get_evaluation (self->session);
  const SbTaseReport *report = ev != NULL ? ev->tase : NULL;

  if (report == NULL)
    {
      const char *error = sb_session_get_error (self->session);

      sb_result_panel_set_verdict (self->panel, FALSE,
                                   error != NULL ? error : _("The application was not evaluated."));
      sb_tase_figures_set (self->figures, NULL, 0);
      return;
    }
  sb_result_panel_set_verdict (self->panel, report->eligible, NULL);
  sb_result_panel_set_checks (self->panel, report->checks);
  sb_result_panel_clear_amounts (self->panel);
  sb_result_panel_add_amount (self->panel, _("Income tax saved (estimate)"), report->tax_benefit,
                              report->tax_benefit_note);
  add_evidence_amounts (self, report);
  sb_result_panel_set_warnings (self->panel, report->warnings);
  sb_tase_figures_set (self->figures, (const SbTaseYearFigures *) report->years->data,
                       report->years->len);
}

static void
on_evaluated (SbTaseView *self)
{
  SbTaseApplication *claim;

  if (self->session == NULL)
    {
      bind_claim (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  claim = sb_enterprise_get_tase (sb_session_get_enterprise (self->session));
  if (claim != self->claim)
    bind_claim (self, claim);
  if (self->claim == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-claim");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "claim");
  update_statement (self);
  update_materials_count (self);
  update_profile_parts (self);
  update_results (self);
}

/* ------------------------------------------------------------ build */

static GtkWidget *
build_statement (SbTaseView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *text = gtk_text_view_new ();
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Business statement"), -1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Business statement"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How the company carries out its technology-advanced "
                                           "services (业务论述)."));
  gtk_widget_set_name (text, "business-statement");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text), 12);
  self->statement = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text));
  g_signal_connect_swapped (self->statement, "changed", G_CALLBACK (on_statement_changed), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, -1, 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), text);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);

  self->statement_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_name (GTK_WIDGET (self->statement_icon), "statement-ok");
  self->statement_length = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->statement_length), "statement-length");
  gtk_label_set_xalign (self->statement_length, 0.0f);
  gtk_label_set_wrap (self->statement_length, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->statement_length), "numeric");
  gtk_widget_set_margin_top (status, 6);
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->statement_icon));
  gtk_box_append (GTK_BOX (status), GTK_WIDGET (self->statement_length));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status);
  return group;
}

static GtkWidget *
build_form (SbTaseView *self, GtkWidget *form)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (_("Application"), NULL, &list);
  GtkStringList *modes = gtk_string_list_new (NULL);
  GtkWidget *withdraw;

  /* TRANSLATORS: 新认定 */
  gtk_string_list_append (modes, _("New recognition"));
  /* TRANSLATORS: 复审 */
  gtk_string_list_append (modes, _("Review"));
  self->mode_row = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->mode_row), "mode");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->mode_row), _("Kind of application"));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
  g_object_unref (modes);
  g_signal_connect_swapped (self->mode_row, "notify::selected", G_CALLBACK (on_mode_selected), self);
  gtk_list_box_append (list, GTK_WIDGET (self->mode_row));

  self->year_row = sb_year_row_new (_("Application year"), "apply-year");
  gtk_list_box_append (list, self->year_row);

  self->profile_row = ADW_COMBO_ROW (sb_profile_row_new (_("Policy profile")));
  gtk_widget_set_name (GTK_WIDGET (self->profile_row), "profile");
  g_signal_connect_swapped (self->profile_row, "notify::selected",
                            G_CALLBACK (on_profile_selected), self);
  gtk_list_box_append (list, GTK_WIDGET (self->profile_row));
  gtk_box_append (GTK_BOX (form), group);

  self->deadlines_group = sb_program_page_group (_("Deadlines"), NULL, &list);
  self->deadline_online = sb_deadline_row_new (_("Online application"), "deadline-online");
  self->deadline_district = sb_deadline_row_new (_("Paper materials to the district"),
                                                 "deadline-district");
  gtk_list_box_append (list, self->deadline_online);
  gtk_list_box_append (list, self->deadline_district);
  gtk_box_append (GTK_BOX (form), self->deadlines_group);

  gtk_box_append (GTK_BOX (form), build_statement (self));

  self->materials_group = sb_program_page_group (_("Materials"), NULL, &self->materials);
  gtk_widget_set_name (self->materials_group, "materials");
  gtk_box_append (GTK_BOX (form), self->materials_group);

  withdraw = gtk_button_new_with_mnemonic (_("_Withdraw TASE Application…"));
  gtk_widget_set_name (withdraw, "withdraw-tase");
  gtk_widget_set_halign (withdraw, GTK_ALIGN_START);
  gtk_widget_add_css_class (withdraw, "destructive-action");
  g_signal_connect_swapped (withdraw, "clicked", G_CALLBACK (on_withdraw), self);
  gtk_box_append (GTK_BOX (form), withdraw);
  return form;
}

static void
sb_tase_view_dispose (GObject *object)
{
  SbTaseView *self = SB_TASE_VIEW (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->claim);
  G_OBJECT_CLASS (sb_tase_view_parent_class)->dispose (object);
}

static void
sb_tase_view_class_init (SbTaseViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_tase_view_dispose;
}

static void
sb_tase_view_init (SbTaseView *self)
{
  GtkWidget *form, *results;
  GtkWidget *columns = sb_program_page_columns (&form, &results);

  self->stack = sb_program_page_stack ("emblem-documents-symbolic",
                                       _("No TASE Application"),
                                       _("Technology-advanced service enterprises pay "
                                         "income tax at a reduced rate. Check whether this "
                                         "company qualifies."),
                                       _("Apply for TASE"), "apply-tase",
                                       G_CALLBACK (on_apply), self,
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
sb_tase_view_new (void)
{
  return g_object_new (SB_TYPE_TASE_VIEW, NULL);
}

void
sb_tase_view_set_session (SbTaseView *self, SbSession *session)
{
  g_return_if_fail (SB_IS_TASE_VIEW (self));
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
