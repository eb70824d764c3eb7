/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-move.h"

#include <glib/gi18n-lib.h>

#include "sb-check-text.h"
#include "sb-input.h"
#include "sb-policy-diff.h"
#include "sb-program-page.h"

typedef struct
{
  GObject        *claim;
  AdwComboRow    *row;
  char           *old_id;
  char           *new_id;
  SbProfileMoved  moved;
  gpointer        data;
} Move;

static void
move_free (Move *m)
{
  g_object_unref (m->claim);
  g_object_unref (m->row);
  g_free (m->old_id);
  g_free (m->new_id);
  g_free (m);
}

static void
on_response (AdwMessageDialog *dialog, const char *response, Move *m)
{
  if (g_strcmp0 (response, "move") == 0)
    {
      g_object_set (m->claim, "profile", m->new_id, NULL);
      if (m->moved != NULL)
        m->moved (m->data);
    }
  else
    sb_profile_row_select (m->row, m->old_id);
}

/* The checks of @program in @e (borrowed), and the overall verdict. */
static void
checks_of (const SbEvaluation *e, const char *program, GPtrArray *out, gboolean *eligible,
           gint64 *total)
{
  *eligible = FALSE;
  *total = SB_UNSET;
  if (e == NULL)
    return;
  if (g_str_equal (program, "tase") && e->tase != NULL)
    {
      g_ptr_array_extend (out, e->tase->checks, NULL, NULL);
      *eligible = e->tase->eligible;
    }
  else if (g_str_equal (program, "annual_report") && e->annual_report != NULL)
    {
      g_ptr_array_extend (out, e->annual_report->checks, NULL, NULL);
      *eligible = e->annual_report->eligible;
    }
  else if (g_str_equal (program, "hnte") && e->hnte != NULL)
    {
      g_ptr_array_extend (out, e->hnte->checks, NULL, NULL);
      *eligible = e->hnte->eligible;
    }
  else if (g_str_equal (program, "trade_fund") && e->trade_fund != NULL)
    {
      SbDirectionResult *dirs[] = { e->trade_fund->platform, e->trade_fund->certifications,
                                    e->trade_fund->brand, e->trade_fund->interest,
                                    e->trade_fund->tcm };

      g_ptr_array_extend (out, e->trade_fund->common, NULL, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
        if (dirs[i] != NULL)
          g_ptr_array_extend (out, dirs[i]->checks, NULL, NULL);
      *total = e->trade_fund->total;
      *eligible = e->trade_fund->total > 0;
    }
}

static SbCheck *
find_check (GPtrArray *checks, const SbCheck *like)
{
  for (guint i = 0; i < checks->len; i++)
    {
      SbCheck *c = g_ptr_array_index (checks, i);
      if (g_strcmp0 (c->id, like->id) == 0 && c->year == like->year)
        return c;
    }
  return NULL;
}

static const char *
status_word (SbStatus status)
{
  switch (status)
    {
    case SB_STATUS_PASS:
      return _("met");
    case SB_STATUS_FAIL:
      return _("not met");
    case SB_STATUS_DECLARED:
      return _("declared");
    case SB_STATUS_NOT_APPLICABLE:
      return _("not applicable");
    case SB_STATUS_MISSING:
    default:
      return _("missing data");
    }
}

static char *
cell_text (const SbCheck *c)
{
  g_autofree char *value = NULL;

  if (c == NULL)
    return g_strdup ("—");
  value = sb_check_format_value (c);
  if (value == NULL || *value == '\0')
    return g_strdup (status_word (c->status));
  return g_strdup_printf ("%s · %s", status_word (c->status), value);
}

static GtkWidget *
cell (const char *text, gboolean bold, const char *css)
{
  GtkWidget *l = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_wrap (GTK_LABEL (l), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (l), 30);
  if (bold)
    gtk_widget_add_css_class (l, "heading");
  if (css != NULL)
    gtk_widget_add_css_class (l, css);
  return l;
}

static const char *
status_css (const SbCheck *c)
{
  if (c == NULL)
    return "dim-label";
  return c->status == SB_STATUS_FAIL ? "error"
         : c->status == SB_STATUS_PASS || c->status == SB_STATUS_DECLARED ? "success"
         : "warning";
}

static GtkWidget *
verdicts_grid (const SbEvaluation *before, const SbEvaluation *after, const char *program,
               SbPolicy *old, SbPolicy *new_)
{
  GtkWidget *grid = gtk_grid_new ();
  g_autoptr(GPtrArray) a = g_ptr_array_new ();
  g_autoptr(GPtrArray) b = g_ptr_array_new ();
  gboolean ea, eb;
  gint64 ta, tb;
  int row = 1;

  gtk_widget_set_name (grid, "verdicts");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  checks_of (before, program, a, &ea, &ta);
  checks_of (after, program, b, &eb, &tb);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Condition"), TRUE, NULL), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (sb_policy_get_id (old), TRUE, NULL), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (sb_policy_get_id (new_), TRUE, NULL), 2, 0, 1, 1);
  {
    g_autofree char *ta_text = ta != SB_UNSET ? sb_input_format_money (ta) : NULL;
    g_autofree char *tb_text = tb != SB_UNSET ? sb_input_format_money (tb) : NULL;
    GtkWidget *before_cell = cell (ta_text != NULL ? ta_text : ea ? _("Qualifies") : _("Does not qualify yet"),
                                   TRUE, ea ? "success" : "error");
    GtkWidget *after_cell = cell (tb_text != NULL ? tb_text : eb ? _("Qualifies") : _("Does not qualify yet"),
                                  TRUE, eb ? "success" : "error");

    gtk_widget_set_name (before_cell, "verdict-before");
    gtk_widget_set_name (after_cell, "verdict-after");
    gtk_grid_attach (GTK_GRID (grid), cell (_("Verdict"), TRUE, NULL), 0, row, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), before_cell, 1, row, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), after_cell, 2, row, 1, 1);
    row++;
  }
  for (guint i = 0; i < b->len; i++)
    {
      SbCheck *y = g_ptr_array_index (b, i);
      SbCheck *x = find_check (a, y);
      g_autofree char *left = cell_text (x);
      g_autofree char *right = cell_text (y);
      g_autofree char *title = NULL;
      const char *name = sb_check_get_title (y);

      title = y->year > 0 ? g_strdup_printf ("%s (%d)", name, y->year) : g_strdup (name);
      gtk_grid_attach (GTK_GRID (grid), cell (title, FALSE, NULL), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (left, FALSE, status_css (x)), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), cell (right, FALSE, status_css (y)), 2, row, 1, 1);
      row++;
    }
  return grid;
}

void
sb_policy_move_confirm (GtkWidget *from, SbSession *session, const char *program,
                        GObject *claim, AdwComboRow *row, const char *new_id,
                        SbProfileMoved moved, gpointer data)
{
  SbPolicySet *set = sb_session_get_policies (session);
  g_autofree char *old_id = NULL;
  SbPolicy *old, *new_;
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(SbEvaluation) after = NULL;
  g_autoptr(GPtrArray) diff = NULL;
  GtkWidget *dialog, *box, *scrolled, *lines;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  Move *m;
  char **profile = NULL;

  g_object_get (claim, "profile", &old_id, NULL);
  old = old_id != NULL ? sb_policy_set_lookup (set, old_id, NULL) : NULL;
  new_ = sb_policy_set_lookup (set, new_id, NULL);
  if (old == NULL || new_ == NULL || g_strcmp0 (old_id, new_id) == 0)
    {
      g_object_set (claim, "profile", new_id, NULL);
      if (moved != NULL)
        moved (data);
      return;
    }

  /* the verdict under the new profile */
  d = sb_enterprise_to_dossier (sb_session_get_enterprise (session));
  if (g_str_equal (program, "tase") && d->tase != NULL)
    profile = &d->tase->profile;
  else if (g_str_equal (program, "annual_report") && d->annual_report != NULL)
    profile = &d->annual_report->profile;
  else if (g_str_equal (program, "hnte") && d->hnte != NULL)
    profile = &d->hnte->profile;
  else if (g_str_equal (program, "trade_fund") && d->trade_fund != NULL)
    profile = &d->trade_fund->profile;
  if (profile != NULL)
    {
      g_free (*profile);
      *profile = g_strdup (new_id);
    }
  after = sb_evaluate (d, set, sb_session_get_at (session), NULL);

  /* TRANSLATORS: moving an application to another policy profile */
  heading = g_strdup_printf (_("Move the Application to “%s”?"), sb_policy_get_title (new_));
  body = g_strdup_printf (_("It is under “%s” now. What changes from one profile to the other, "
                            "and the verdict under each:"), sb_policy_get_title (old));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (from)), heading, body);
  gtk_widget_set_name (dialog, "policy-move");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "move", _("_Move"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_name (lines, "diff");
  diff = sb_policy_diff (old, new_);
  for (guint i = 0; i < diff->len; i++)
    {
      g_autofree char *line = sb_policy_change_line (g_ptr_array_index (diff, i));
      GtkWidget *label = cell (line, FALSE, NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 90);
      gtk_box_append (GTK_BOX (lines), label);
    }
  if (diff->len == 0)
    gtk_box_append (GTK_BOX (lines), cell (_("The two profiles have the same values."), FALSE,
                                           "dim-label"));
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), verdicts_grid (sb_session_get_evaluation (session), after,
                                                program, old, new_));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  m = g_new0 (Move, 1);
  m->claim = g_object_ref (claim);
  m->row = g_object_ref (row);
  m->old_id = g_steal_pointer (&old_id);
  m->new_id = g_strdup (new_id);
  m->moved = moved;
  m->data = data;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), m,
                         (GClosureNotify) (void (*) (void)) move_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
