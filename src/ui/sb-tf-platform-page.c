/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-platform-page.c: the public service platform form: a construction and an O&M project. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-idcheck.h"
#include "sb-tf-line-editor.h"
#include "sb-tf-pages.h"

static const char * const kind_names[] = { "construction", "om" };

static const SbTfColumn expense_columns[] = {
  { N_("Expense"), "item", SB_FIELD_TEXT, 14 },
  { N_("Contract"), "contract", SB_FIELD_MONEY, 10 },
  { N_("Invoiced"), "invoice", SB_FIELD_MONEY, 10 },
  { N_("Paid"), "paid", SB_FIELD_MONEY, 10 },
  { N_("Invoice no."), "invoice-no", SB_FIELD_TEXT, 8 },
  { N_("Invoice date"), "invoice-date", SB_FIELD_DATE, 10 },
};

typedef struct
{
  SbTradeFundApplication *app;
  GtkWidget              *slots[2];   /* a box per kind holding its group */
} PlatformPage;

static const SbTfColumn firm_columns[] = {
  { N_("Firm"), "name", SB_FIELD_TEXT, 16 },
  { N_("Unified social credit code"), "credit-code", SB_FIELD_TEXT, 18 },
  { N_("Service"), "service", SB_FIELD_TEXT, 14 },
};

static void
add_firm (GObject *owner)
{
  g_autoptr(SbFirmRow) row = sb_firm_row_new ();
  GListModel *firms = sb_platform_project_get_firms (SB_PLATFORM_PROJECT (owner));

  sb_platform_project_insert_firm (SB_PLATFORM_PROJECT (owner), g_list_model_get_n_items (firms),
                                   row);
}

static void
remove_firm (GObject *owner, guint position)
{
  sb_platform_project_remove_firm (SB_PLATFORM_PROJECT (owner), position);
}

/* The firms whose credit code fails its check digit, one line each. */
static void
update_firm_warnings (GtkWidget *label)
{
  GListModel *firms = g_object_get_data (G_OBJECT (label), "firms");
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (firms);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbFirmRow) firm = g_list_model_get_item (firms, i);
      g_autofree char *code = NULL, *name = NULL, *what = NULL, *problem = NULL;

      g_object_get (firm, "credit-code", &code, "name", &name, NULL);
      /* TRANSLATORS: the firm of line %u of the firms served, and its name */
      what = g_strdup_printf (_("Firm %u (%s)"), i + 1, name != NULL ? name : "");
      problem = sb_credit_code_problem (code, what);
      if (problem != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem);
    }
  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_visible (label, text->len > 0);
}

static GtkWidget *
firm_warnings_new (SbPlatformProject *p)
{
  GtkWidget *label = gtk_label_new (NULL);
  GListModel *firms = sb_platform_project_get_firms (p);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_name (label, "firms-warning");
  g_object_set_data_full (G_OBJECT (label), "firms", g_object_ref (firms), g_object_unref);
  g_signal_connect_object (p, "changed", G_CALLBACK (update_firm_warnings), label,
                           G_CONNECT_SWAPPED);
  update_firm_warnings (label);
  return label;
}

static void
add_expense (GObject *owner)
{
  g_autoptr(SbExpenseRow) row = sb_expense_row_new ();

  sb_platform_project_add_expense (SB_PLATFORM_PROJECT (owner), row);
}

static void
remove_expense (GObject *owner, guint position)
{
  sb_platform_project_remove_expense (SB_PLATFORM_PROJECT (owner), position);
}

static void
remove_project (SbTradeFundApplication *app, SbPlatformKind kind)
{
  GListModel *list = sb_trade_fund_application_get_platforms (app);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SbPlatformProject) p = g_list_model_get_item (list, i);
      SbPlatformKind k;

      g_object_get (p, "kind", &k, NULL);
      if (k == kind)
        {
          sb_trade_fund_application_remove_platform (app, i);
          return;
        }
    }
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response, PlatformPage *page)
{
  SbPlatformKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));

  if (g_strcmp0 (response, "remove") == 0)
    remove_project (page->app, kind);
}

static void
on_remove_clicked (GtkButton *button, PlatformPage *page)
{
  SbPlatformKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  SbPlatformProject *p = sb_trade_fund_application_find_platform (page->app, kind);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkWidget *dialog;

  if (p == NULL)
    return;
  if (g_list_model_get_n_items (sb_platform_project_get_expenses (p)) == 0 || !GTK_IS_WINDOW (root))
    {
      remove_project (page->app, kind);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Remove the project?"),
                                   _("Its dates, firms served and expense lines are removed "
                                     "from the claim."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response), page);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_add_clicked (GtkButton *button, PlatformPage *page)
{
  SbPlatformKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  g_autoptr(SbPlatformProject) p = sb_platform_project_new (kind);

  sb_trade_fund_application_add_platform (page->app, p);
}

static GtkWidget *
kind_group (PlatformPage *page, SbPlatformKind kind)
{
  SbPlatformProject *p = sb_trade_fund_application_find_platform (page->app, kind);
  gboolean construction = kind == SB_PLATFORM_CONSTRUCTION;
  GtkWidget *group = sb_tf_group_new (construction ? _("Construction project") : _("O&M project"),
    construction
    ? _("Purchase costs of a platform completed in the support period: servers, storage, "
        "network equipment, test instruments, racks, UPS, licensed or bought-in software "
        "(not self-developed).")
    : _("O&M costs in the support period of a platform built before it: cloud, network and "
        "equipment rental, maintenance, repairs, upgrades, market development, promotion."));
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  g_autofree char *built_name = g_strdup_printf ("%s:built-on", kind_names[kind]);
  g_autofree char *firms_name = g_strdup_printf ("%s:firms-served", kind_names[kind]);
  g_autofree char *editor_name = g_strdup_printf ("platform:%s:expenses", kind_names[kind]);
  g_autofree char *firms_editor_name = g_strdup_printf ("platform:%s:firms", kind_names[kind]);
  g_autofree char *pname_name = g_strdup_printf ("%s:name", kind_names[kind]);
  g_autofree char *services_name = g_strdup_printf ("%s:services", kind_names[kind]);
  g_autofree char *first_name = g_strdup_printf ("%s:first-service", kind_names[kind]);
  GtkWidget *firms_editor;
  GtkWidget *button, *editor;

  if (p == NULL)
    {
      button = gtk_button_new_with_label (construction ? _("Add a construction project")
                                                       : _("Add an O&M project"));
    }
  else
    {
      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove the project"));
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, p == NULL ? (construction ? "platform:add-construction"
                                                         : "platform:add-om")
                                         : (construction ? "platform:remove-construction"
                                                         : "platform:remove-om"));
  g_object_set_data (G_OBJECT (button), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (p == NULL ? on_add_clicked : on_remove_clicked),
                    page);
  adw_preferences_group_set_header_suffix (g, button);
  if (p == NULL)
    return group;

  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (p), "name", pname_name,
                                                 _("Platform name"), SB_FIELD_TEXT));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (p), "services", services_name,
                                                 _("Main services of the platform"),
                                                 SB_FIELD_TEXT));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (p), "built-on", built_name,
                                                 _("Completed on"), SB_FIELD_DATE));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (p), "first-service", first_name,
                                                 _("In operation, first service (month)"),
                                                 SB_FIELD_DATE));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (p), "firms-served", firms_name,
                                                 _("Firms served in the support period"),
                                                 SB_FIELD_COUNT));
  editor = sb_tf_line_editor_new (sb_platform_project_get_expenses (p), expense_columns,
                                  G_N_ELEMENTS (expense_columns), G_OBJECT (p),
                                  add_expense, remove_expense);
  gtk_widget_set_name (editor, editor_name);
  gtk_widget_set_margin_top (editor, 12);
  adw_preferences_group_add (g, editor);
  /* the firms served (附件4): the count above stands when typed, else their number */
  firms_editor = sb_tf_line_editor_new (sb_platform_project_get_firms (p), firm_columns,
                                        G_N_ELEMENTS (firm_columns), G_OBJECT (p),
                                        add_firm, remove_firm);
  gtk_widget_set_name (firms_editor, firms_editor_name);
  gtk_widget_set_margin_top (firms_editor, 12);
  adw_preferences_group_add (g, firms_editor);
  adw_preferences_group_add (g, firm_warnings_new (p));
  return group;
}

static void
rebuild (GtkWidget *box)
{
  PlatformPage *page = g_object_get_data (G_OBJECT (box), "sb-platform-page");

  for (guint k = 0; k < G_N_ELEMENTS (page->slots); k++)
    {
      GtkWidget *child = gtk_widget_get_first_child (page->slots[k]);

      if (child != NULL)
        gtk_box_remove (GTK_BOX (page->slots[k]), child);
      gtk_box_append (GTK_BOX (page->slots[k]), kind_group (page, (SbPlatformKind) k));
    }
}

static void
platform_page_free (PlatformPage *page)
{
  g_clear_object (&page->app);
  g_free (page);
}

GtkWidget *
sb_tf_platform_page_new (SbTradeFundApplication *app)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  PlatformPage *page = g_new0 (PlatformPage, 1);

  page->app = g_object_ref (app);
  gtk_widget_set_hexpand (box, TRUE);
  g_object_set_data_full (G_OBJECT (box), "sb-platform-page", page,
                          (GDestroyNotify) platform_page_free);
  gtk_box_append (GTK_BOX (box),
                  sb_tf_direction_group (app, "has-platform", _("Public service platform"),
                                         _("A platform the unit builds and runs; at most one "
                                           "construction and one O&M project.")));
  for (guint k = 0; k < G_N_ELEMENTS (page->slots); k++)
    {
      page->slots[k] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_box_append (GTK_BOX (box), page->slots[k]);
    }
  g_signal_connect_object (sb_trade_fund_application_get_platforms (app), "items-changed",
                           G_CALLBACK (rebuild), box, G_CONNECT_SWAPPED);
  rebuild (box);
  return box;
}
