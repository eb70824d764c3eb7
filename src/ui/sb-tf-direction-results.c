/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-direction-results.c: a trade-fund direction's subsidy, its binding cap and its checks. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-input.h"
#include "sb-result-panel.h"
#include "sb-tf-direction-results.h"

struct _SbTfDirectionResults
{
  GtkBox     parent_instance;

  char      *direction;
  GtkWidget *unclaimed;   /* shown when the direction is not claimed */
  GtkWidget *result;      /* everything else */
  GtkLabel  *subsidy;
  GtkLabel  *base;
  GtkLabel  *cap;
  GtkWidget *details;     /* projects or items, rebuilt on each update */
  GtkLabel  *note;
  GtkWidget *panel;       /* SbResultPanel */
};

G_DEFINE_FINAL_TYPE (SbTfDirectionResults, sb_tf_direction_results, GTK_TYPE_BOX)

char *
sb_tf_percent_text (SbRatio rate)
{
  g_autofree char *text = sb_ratio_format (sb_ratio (rate.num * 100, rate.den), 4);
  char *dot = strchr (text, '.');

  if (dot != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
    }
  return g_strconcat (text, "%", NULL);
}

static gint64
policy_money (SbPolicy *policy, const char *key)
{
  gint64 fen = SB_UNSET;

  if (policy == NULL || !sb_policy_get_money (policy, key, &fen, NULL))
    return SB_UNSET;
  return fen;
}

static const char *
part_title (const char *direction, const char *part)
{
  gboolean tcm = g_strcmp0 (direction, "tcm") == 0;

  if (g_strcmp0 (part, "construction") == 0)
    return tcm ? _("Construction") : _("Construction project");
  if (g_strcmp0 (part, "om") == 0)
    return tcm ? _("Operation and maintenance") : _("O&M project");
  return _("Brand and international marketing");
}

static const char *
part_cap_name (const char *part)
{
  return g_strcmp0 (part, "construction") == 0 ? _("the construction cap") : _("the O&M cap");
}

/* "Capped at ¥200,000.00 (the construction cap)" */
static char *
capped_text (gint64 cap, const char *cap_name)
{
  g_autofree char *money = sb_input_format_money (cap);

  return g_strdup_printf (_("Capped at %s (%s)"), money, cap_name);
}

/* "70% of the base: ¥33,600.00; the ¥300,000.00 cap does not bind" */
static char *
uncapped_text (SbRatio rate, gint64 amount, gint64 cap)
{
  g_autofree char *pct = sb_tf_percent_text (rate);
  g_autofree char *money = sb_input_format_money (amount);
  g_autofree char *cap_text = cap != SB_UNSET ? sb_input_format_money (cap) : NULL;

  if (cap_text == NULL)
    return g_strdup_printf (_("%s of the base: %s"), pct, money);
  return g_strdup_printf (_("%s of the base: %s; the %s cap does not bind"), pct, money, cap_text);
}

static GtkWidget *
detail_label (const char *text, gboolean dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (dim)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
    }
  return label;
}

static void
clear_details (SbTfDirectionResults *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->details)) != NULL)
    gtk_box_remove (GTK_BOX (self->details), child);
}

/* One project (platform) or part (TCM base): its base, rate, cap and subsidy. */
static void
add_part (SbTfDirectionResults *self, const SbPlatformResult *part)
{
  g_autofree char *base = sb_input_format_money (part->base != SB_UNSET ? part->base : 0);
  g_autofree char *pct = sb_tf_percent_text (part->rate);
  g_autofree char *subsidy = sb_input_format_money (part->subsidy);
  /* TRANSLATORS: a part of a direction and its subsidy: "O&M project: ¥130,400.00" */
  g_autofree char *head = g_strdup_printf (_("%s: %s"), part_title (self->direction, part->part),
                                           subsidy);
  g_autofree char *line = NULL;
  GtkWidget *label;

  if (!part->eligible)
    line = g_strdup_printf (_("Base %s; not eligible (see the checks)"), base);
  else
    {
      gint64 uncapped = sb_money_mul_ratio_floor (part->base, part->rate);
      g_autofree char *raw = sb_input_format_money (uncapped);

      if (part->cap != SB_UNSET && uncapped > part->cap)
        {
          g_autofree char *capped = capped_text (part->cap, part_cap_name (part->part));
          line = g_strdup_printf (_("Base %s × %s = %s; %s"), base, pct, raw, capped);
        }
      else
        line = g_strdup_printf (_("Base %s × %s = %s"), base, pct, raw);
    }
  label = detail_label (head, FALSE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (self->details), label);
  gtk_box_append (GTK_BOX (self->details), detail_label (line, TRUE));
}

static void
add_item (SbTfDirectionResults *self, const SbCertItem *item)
{
  g_autofree char *fees = sb_input_format_money (item->counted);
  g_autofree char *head = NULL;
  g_autofree char *line = NULL;
  GtkWidget *label;

  head = g_strdup_printf ("%s %s", item->chosen ? "✓" : "–", item->name);
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in the period, %u line; %s",
                                       "%s in the period, %u lines; %s", item->n_lines),
                          fees, item->n_lines,
                          item->chosen ? _("claimed") : _("not claimed"));
  label = detail_label (head, FALSE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (self->details), label);
  gtk_box_append (GTK_BOX (self->details), detail_label (line, TRUE));
  if (item->flag != NULL)
    {
      label = detail_label (item->flag, TRUE);
      gtk_widget_add_css_class (label, "warning");
      gtk_box_append (GTK_BOX (self->details), label);
    }
}

/* Which cap binds, in words (RULES.md §3: rate × base, the part's cap, the direction's cap). */
static char *
cap_text (SbTfDirectionResults *self, const SbDirectionResult *dir, SbPolicy *policy)
{
  const char *d = self->direction;

  if (!dir->eligible)
    return g_strdup (_("Not eligible: no subsidy until the checks below pass."));
  if (g_strcmp0 (d, "platform") == 0 || g_strcmp0 (d, "tcm") == 0)
    {
      gboolean tcm = g_strcmp0 (d, "tcm") == 0;
      gint64 unit_cap = policy_money (policy, tcm ? "tcm_cap" : "platform_unit_cap");
      g_autoptr(GString) capped_parts = g_string_new (NULL);
      g_autoptr(GString) part_caps = g_string_new (NULL);
      gint64 sum = 0;

      for (guint i = 0; dir->parts != NULL && i < dir->parts->len; i++)
        {
          const SbPlatformResult *part = g_ptr_array_index (dir->parts, i);
          g_autofree char *cap_money = NULL;

          if (!part->eligible)
            continue;
          sum += part->subsidy;
          if (part->cap == SB_UNSET)
            continue;
          cap_money = sb_input_format_money (part->cap);
          if (sb_money_mul_ratio_floor (part->base, part->rate) > part->cap)
            {
              g_autofree char *t = capped_text (part->cap, part_cap_name (part->part));

              if (capped_parts->len > 0)
                g_string_append (capped_parts, "; ");
              g_string_append (capped_parts, t);
            }
          if (part_caps->len > 0)
            g_string_append (part_caps, "; ");
          /* TRANSLATORS: "O&M project at most ¥200,000.00" */
          g_string_append_printf (part_caps, _("%s at most %s"),
                                  part_title (d, part->part), cap_money);
        }
      if (sum > dir->subsidy)
        return capped_text (dir->subsidy, tcm ? _("the cap per base")
                                              : _("the unit's cap for both projects"));
      if (capped_parts->len > 0)
        return g_string_free (g_steal_pointer (&capped_parts), FALSE);
      if (unit_cap != SB_UNSET)
        {
          g_autofree char *cap = sb_input_format_money (unit_cap);

          if (part_caps->len > 0)
            return g_strdup_printf (_("No cap binds (%s; the unit at most %s)"),
                                    part_caps->str, cap);
          return g_strdup_printf (tcm ? _("No cap binds (a base at most %s)")
                                      : _("No cap binds (the unit at most %s)"), cap);
        }
      return g_strdup (_("No cap binds"));
    }
  if (g_strcmp0 (d, "certifications") == 0)
    {
      SbRatio rate = { 0, 0 };
      gint64 cap = policy_money (policy, "cert_cap");

      if (policy == NULL || !sb_policy_get_ratio (policy, "cert_rate", &rate, NULL))
        return NULL;
      if (sb_money_mul_ratio_floor (dir->base, rate) > dir->subsidy)
        return capped_text (dir->subsidy, _("the certifications cap"));
      return uncapped_text (rate, dir->subsidy, cap);
    }
  if (g_strcmp0 (d, "brand") == 0)
    {
      g_autofree char *money = sb_input_format_money (dir->subsidy);

      return g_strdup_printf (_("The brand cap, %s: there is no cost base"), money);
    }
  if (g_strcmp0 (d, "interest") == 0)
    {
      gint64 cap = policy_money (policy, "interest_cap");
      g_autofree char *money = sb_input_format_money (dir->subsidy);

      if (cap != SB_UNSET && dir->subsidy >= cap)
        return capped_text (cap, _("the interest cap"));
      if (cap != SB_UNSET)
        {
          g_autofree char *cap_money = sb_input_format_money (cap);
          return g_strdup_printf (_("Interest at the LPR: %s; the %s cap does not bind"),
                                  money, cap_money);
        }
      return g_strdup_printf (_("Interest at the LPR: %s"), money);
    }
  return NULL;
}

static void
sb_tf_direction_results_finalize (GObject *object)
{
  SbTfDirectionResults *self = SB_TF_DIRECTION_RESULTS (object);

  g_free (self->direction);
  G_OBJECT_CLASS (sb_tf_direction_results_parent_class)->finalize (object);
}

static void
sb_tf_direction_results_class_init (SbTfDirectionResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_tf_direction_results_finalize;
}

static void
sb_tf_direction_results_init (SbTfDirectionResults *self)
{
}

static GtkLabel *
named_label (const char *direction, const char *what, const char *css)
{
  g_autofree char *name = g_strdup_printf ("direction:%s:%s", direction, what);
  GtkWidget *label = detail_label ("", FALSE);

  gtk_widget_set_name (label, name);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return GTK_LABEL (label);
}

GtkWidget *
sb_tf_direction_results_new (const char *direction)
{
  SbTfDirectionResults *self = g_object_new (SB_TYPE_TF_DIRECTION_RESULTS,
                                             "orientation", GTK_ORIENTATION_VERTICAL,
                                             "spacing", 12, NULL);
  g_autofree char *name = g_strconcat ("direction:", direction, NULL);
  GtkWidget *caption, *box;

  self->direction = g_strdup (direction);
  gtk_widget_set_name (GTK_WIDGET (self), name);

  self->unclaimed = detail_label (_("This direction is not part of the claim. Turn it on, "
                                    "or enter a figure, to see its subsidy."), FALSE);
  gtk_widget_add_css_class (self->unclaimed, "dim-label");
  gtk_box_append (GTK_BOX (self), self->unclaimed);

  self->result = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  caption = detail_label (_("Subsidy"), TRUE);
  gtk_box_append (GTK_BOX (box), caption);
  self->subsidy = named_label (direction, "subsidy", "title-2");
  gtk_label_set_selectable (self->subsidy, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->subsidy));
  self->cap = named_label (direction, "cap", NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->cap));
  self->base = named_label (direction, "base", "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->base));
  gtk_box_append (GTK_BOX (self->result), box);

  self->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (self->result), self->details);
  self->note = named_label (direction, "note", "dim-label");
  gtk_box_append (GTK_BOX (self->result), GTK_WIDGET (self->note));
  self->panel = sb_result_panel_new ();
  gtk_box_append (GTK_BOX (self->result), self->panel);
  gtk_box_append (GTK_BOX (self), self->result);
  gtk_widget_set_visible (self->result, FALSE);
  return GTK_WIDGET (self);
}

void
sb_tf_direction_results_update (SbTfDirectionResults *self, const SbDirectionResult *dir,
                                SbPolicy *policy, const char *error)
{
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *subsidy = NULL;
  g_autofree char *cap = NULL;

  g_return_if_fail (SB_IS_TF_DIRECTION_RESULTS (self));

  gtk_widget_set_visible (self->unclaimed, dir == NULL && error == NULL);
  gtk_widget_set_visible (self->result, dir != NULL || error != NULL);
  clear_details (self);
  if (error != NULL)
    {
      gtk_label_set_text (self->subsidy, "—");
      gtk_label_set_text (self->base, "");
      gtk_label_set_text (self->cap, "");
      gtk_label_set_text (self->note, "");
      sb_result_panel_set_verdict (SB_RESULT_PANEL (self->panel), FALSE, error);
      return;
    }
  if (dir == NULL)
    return;

  subsidy = sb_input_format_money (dir->subsidy);
  gtk_label_set_text (self->subsidy, subsidy);
  if (dir->base != SB_UNSET)
    {
      g_autofree char *money = sb_input_format_money (dir->base);
      g_autofree char *text = g_strdup_printf (_("Base: %s"), money);

      gtk_label_set_text (self->base, text);
    }
  else
    gtk_label_set_text (self->base, g_strcmp0 (self->direction, "brand") == 0
                                    ? _("No cost base") : _("Base: not entered yet"));
  cap = cap_text (self, dir, policy);
  gtk_label_set_text (self->cap, cap != NULL ? cap : "");
  gtk_widget_set_visible (GTK_WIDGET (self->cap), cap != NULL);

  checks = g_ptr_array_new ();
  for (guint i = 0; dir->checks != NULL && i < dir->checks->len; i++)
    g_ptr_array_add (checks, g_ptr_array_index (dir->checks, i));
  for (guint i = 0; dir->parts != NULL && i < dir->parts->len; i++)
    {
      const SbPlatformResult *part = g_ptr_array_index (dir->parts, i);

      add_part (self, part);
      for (guint j = 0; part->checks != NULL && j < part->checks->len; j++)
        g_ptr_array_add (checks, g_ptr_array_index (part->checks, j));
    }
  for (guint i = 0; dir->items != NULL && i < dir->items->len; i++)
    add_item (self, g_ptr_array_index (dir->items, i));
  gtk_widget_set_visible (self->details, gtk_widget_get_first_child (self->details) != NULL);

  gtk_label_set_text (self->note, dir->note != NULL ? dir->note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note), dir->note != NULL);
  sb_result_panel_set_verdict (SB_RESULT_PANEL (self->panel), dir->eligible, NULL);
  sb_result_panel_set_checks (SB_RESULT_PANEL (self->panel), checks);
}
