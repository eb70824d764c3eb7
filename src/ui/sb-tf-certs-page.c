/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-certs-page.c: the certification fee lines (附件5) and the choice of the items claimed. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-input.h"
#include "sb-tf-line-editor.h"
#include "sb-tf-pages.h"

struct _SbTfCertsPage
{
  GtkBox                  parent_instance;

  SbTradeFundApplication *app;
  gint64                  max_items;
  GtkWidget              *editor;
  GtkWidget              *choice_group;
  GtkWidget              *choice_list;
  GtkWidget              *reset;
  GPtrArray              *names;     /* char*: the items the rows show */
  GPtrArray              *checks;    /* GtkCheckButton*, one per row */
  gboolean                updating;
};

G_DEFINE_FINAL_TYPE (SbTfCertsPage, sb_tf_certs_page, GTK_TYPE_BOX)

/* 类别（新申请/复审）: the dossier's codes of a fee line, by the words of
 * 附件5 (the PDF's table writes them 新申请, 复审, 维护, 升级: cert_kind_text
 * in sb-form-tradefund.c; keep the two lists alike). */
static const SbTfChoice cert_kinds[] = {
  /* TRANSLATORS: a certification's kind in the notice's table: 新申请 */
  { "new", N_("New certification") },
  /* TRANSLATORS: a certification's kind in the notice's table: 复审 */
  { "review", N_("Review") },
  /* TRANSLATORS: a certification's kind in the notice's table: 维护 */
  { "maintenance", N_("Maintenance") },
  { "surveillance", NULL },
  /* TRANSLATORS: a certification's kind in the notice's table: 升级 */
  { "upgrade", N_("Upgrade") },
  { NULL, NULL },
};

static const SbTfColumn cert_columns[] = {
  { N_("Certification"), "name", SB_FIELD_TEXT, 14, NULL,
    N_("Missing: the certification's name. The line is not counted until it has one.") },
  { N_("Kind"), "kind", SB_FIELD_TEXT, 9, cert_kinds },
  { N_("Invoice date"), "date", SB_FIELD_DATE, 10 },
  { N_("Certified on"), "certified-on", SB_FIELD_DATE, 10 },
  { N_("Fee"), "fee", SB_FIELD_MONEY, 10 },
};

static void
add_cert (GObject *owner)
{
  g_autoptr(SbCertificationRow) row = sb_certification_row_new ();

  sb_trade_fund_application_add_certification (SB_TRADE_FUND_APPLICATION (owner), row);
}

static void
remove_cert (GObject *owner, guint position)
{
  sb_trade_fund_application_remove_certification (SB_TRADE_FUND_APPLICATION (owner), position);
}

/* The notice's names with their titles (the profile's cert_list). */
static void
set_name_choices (SbTfLineEditor *editor, SbPolicy *policy)
{
  const SbTradeFundRules *rules = policy != NULL ? sb_tradefund_rules_get (policy, NULL) : NULL;
  const char * const *names = rules != NULL ? sb_tradefund_rules_get_cert_names (rules) : NULL;
  JsonArray *list = policy != NULL ? sb_policy_get_array (policy, "cert_list", NULL) : NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  if (names == NULL)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *title = NULL;

      for (guint j = 0; list != NULL && j < json_array_get_length (list) && title == NULL; j++)
        {
          JsonNode *node = json_array_get_element (list, j);
          JsonObject *o = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

          if (o != NULL && g_strcmp0 (json_object_get_string_member_with_default (o, "name", NULL),
                                      names[i]) == 0)
            title = json_object_get_string_member_with_default (o, "title", NULL);
        }
      g_ptr_array_add (titles, (gpointer) title);
    }
  g_ptr_array_add (titles, NULL);
  sb_tf_line_editor_set_choices (editor, "name", names, (const char * const *) titles->pdata);
}

static void
on_check_toggled (GtkCheckButton *check, SbTfCertsPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;
  guint n = 0;

  if (self->updating)
    return;
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        g_strv_builder_add (builder, g_ptr_array_index (self->names, i));
        n++;
      }
  if ((gint64) n > self->max_items)
    {
      g_autofree char *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "At most %d certification can be claimed: untick one first.",
                     "At most %d certifications can be claimed: untick one first.",
                     (gulong) self->max_items), (int) self->max_items);

      self->updating = TRUE;
      gtk_check_button_set_active (check, FALSE);
      self->updating = FALSE;
      sb_tf_group_set_description (self->choice_group, text);
      return;
    }
  chosen = g_strv_builder_end (builder);
  g_object_set (self->app, "certifications-chosen", chosen, NULL);
}

static void
on_reset_clicked (SbTfCertsPage *self)
{
  g_object_set (self->app, "certifications-chosen", NULL, NULL);
}

static gboolean
same_names (SbTfCertsPage *self, const SbDirectionResult *dir)
{
  guint n = dir != NULL && dir->items != NULL ? dir->items->len : 0;

  if (n != self->names->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const SbCertItem *item = g_ptr_array_index (dir->items, i);

      if (g_strcmp0 (item->name, g_ptr_array_index (self->names, i)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
rebuild_rows (SbTfCertsPage *self, const SbDirectionResult *dir)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->choice_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->choice_list), child);
  g_ptr_array_set_size (self->names, 0);
  g_ptr_array_set_size (self->checks, 0);
  for (guint i = 0; dir != NULL && dir->items != NULL && i < dir->items->len; i++)
    {
      const SbCertItem *item = g_ptr_array_index (dir->items, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strconcat ("certifications:choose:", item->name, NULL);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_name (check, name);
      g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_list_box_append (GTK_LIST_BOX (self->choice_list), row);
      g_ptr_array_add (self->names, g_strdup (item->name));
      g_ptr_array_add (self->checks, check);
    }
}

void
sb_tf_certs_page_update (SbTfCertsPage *self, const SbDirectionResult *dir)
{
  g_auto(GStrv) chosen = NULL;
  guint counted = 0;

  g_return_if_fail (SB_IS_TF_CERTS_PAGE (self));

  g_object_get (self->app, "certifications-chosen", &chosen, NULL);
  for (guint i = 0; dir != NULL && dir->items != NULL && i < dir->items->len; i++)
    if (((const SbCertItem *) g_ptr_array_index (dir->items, i))->counted > 0)
      counted++;
  gtk_widget_set_visible (self->choice_group,
                          dir != NULL && ((gint64) counted > self->max_items || chosen != NULL));
  gtk_widget_set_visible (self->reset, chosen != NULL);
  if (dir == NULL)
    return;
  if (!same_names (self, dir))
    rebuild_rows (self, dir);

  self->updating = TRUE;
  for (guint i = 0; i < dir->items->len; i++)
    {
      const SbCertItem *item = g_ptr_array_index (dir->items, i);
      GtkWidget *check = g_ptr_array_index (self->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
      g_autofree char *fees = sb_input_format_money (item->counted);
      g_autofree char *subtitle = g_strdup_printf (_("%s invoiced in the support period"), fees);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->chosen);
      if (row != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  self->updating = FALSE;

  {
    g_autofree char *text = NULL;

    if (chosen != NULL)
      text = g_strdup_printf (_("Your choice: at most %d items. Shenbao would claim the ones "
                                "with the largest fees."), (int) self->max_items);
    else
      text = g_strdup_printf (_("More than %d certifications have fees in the support period: "
                                "those with the largest fees are claimed. Tick the ones to "
                                "claim instead."), (int) self->max_items);
    sb_tf_group_set_description (self->choice_group, text);
  }
}

static void
sb_tf_certs_page_dispose (GObject *object)
{
  SbTfCertsPage *self = SB_TF_CERTS_PAGE (object);

  g_clear_object (&self->app);
  G_OBJECT_CLASS (sb_tf_certs_page_parent_class)->dispose (object);
}

static void
sb_tf_certs_page_finalize (GObject *object)
{
  SbTfCertsPage *self = SB_TF_CERTS_PAGE (object);

  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->checks);
  G_OBJECT_CLASS (sb_tf_certs_page_parent_class)->finalize (object);
}

static void
sb_tf_certs_page_class_init (SbTfCertsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_tf_certs_page_dispose;
  object_class->finalize = sb_tf_certs_page_finalize;
}

static void
sb_tf_certs_page_init (SbTfCertsPage *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_ptr_array_new ();
  self->max_items = 5;
}

GtkWidget *
sb_tf_certs_page_new (SbTradeFundApplication *app, SbPolicy *policy)
{
  SbTfCertsPage *self = g_object_new (SB_TYPE_TF_CERTS_PAGE,
                                      "orientation", GTK_ORIENTATION_VERTICAL,
                                      "spacing", 18, "hexpand", TRUE, NULL);
  GtkWidget *group, *lines;

  self->app = g_object_ref (app);
  if (policy != NULL)
    sb_policy_get_int (policy, "cert_max_items", &self->max_items, NULL);

  group = sb_tf_direction_group (app, "has-certifications", _("International certification"),
                                 _("Certification and assessment fees invoiced in the support "
                                   "period, with their maintenance and upgrades; lines with one "
                                   "name are one item."));
  gtk_box_append (GTK_BOX (self), group);

  lines = sb_tf_group_new (_("Fee lines (附件5)"),
                           _("One line per invoice. Names outside the notice's list count, "
                             "but are flagged."));
  self->editor = sb_tf_line_editor_new (sb_trade_fund_application_get_certifications (app),
                                        cert_columns, G_N_ELEMENTS (cert_columns),
                                        G_OBJECT (app), add_cert, remove_cert);
  gtk_widget_set_name (self->editor, "certifications:lines");
  set_name_choices (SB_TF_LINE_EDITOR (self->editor), policy);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (lines), self->editor);
  gtk_box_append (GTK_BOX (self), lines);

  self->choice_group = sb_tf_group_new (_("Items claimed"), NULL);
  self->reset = gtk_button_new_with_label (_("Let Shenbao choose"));
  gtk_widget_add_css_class (self->reset, "flat");
  gtk_widget_set_name (self->reset, "certifications:reset-choice");
  g_signal_connect_swapped (self->reset, "clicked", G_CALLBACK (on_reset_clicked), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->choice_group),
                                           self->reset);
  self->choice_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->choice_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->choice_list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->choice_group), self->choice_list);
  gtk_widget_set_visible (self->choice_group, FALSE);
  gtk_box_append (GTK_BOX (self), self->choice_group);
  return GTK_WIDGET (self);
}
