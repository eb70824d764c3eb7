/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-editors.c: the IP items and the R&D ledger editors of the HNTE page. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-field-row.h"
#include "sb-hnte-editors.h"
#include "sb-input.h"
#include "sb-program-page.h"

/* ------------------------------------------------------------ IP items */

typedef struct
{
  GtkWidget         *group;
  GtkListBox        *list;
  SbHnteApplication *claim;
} IpEditor;

static void
ip_editor_free (IpEditor *ed)
{
  g_clear_object (&ed->claim);
  g_free (ed);
}

static char *
escaped (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static const char *
class_name (SbIpClass kind)
{
  switch (kind)
    {
    case SB_IP_CLASS_I:
      return _("Class I");
    case SB_IP_CLASS_II:
      return _("Class II");
    case SB_IP_CLASS_UNSET:
    default:
      return _("Class not chosen");
    }
}

/* "Class I · ZL201910000001.X · 2021-03-05 · used before" */
static void
ip_row_refresh (GtkWidget *row, GParamSpec *pspec, SbIpItem *item)
{
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *date_text = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *sub = NULL;
  SbIpClass kind = SB_IP_CLASS_UNSET;
  guint date = 0;
  gboolean used = FALSE;

  g_object_get (item, "name", &name, "number", &number, "kind", &kind, "date", &date,
                "used-before", &used, NULL);
  title = escaped (name != NULL && *name != '\0' ? name : _("Unnamed item"));
  g_string_append (subtitle, class_name (kind));
  if (number != NULL && *number != '\0')
    g_string_append_printf (subtitle, " · %s", number);
  if (date != SB_DATE_UNSET)
    {
      date_text = sb_date_format (date);
      g_string_append_printf (subtitle, " · %s", date_text);
    }
  if (used)
    g_string_append_printf (subtitle, " · %s", _("used in an earlier recognition"));
  sub = escaped (subtitle->str);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), sub);
}

static gboolean
kind_to_selected (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  switch (g_value_get_enum (from))
    {
    case SB_IP_CLASS_I:
      g_value_set_uint (to, 0);
      break;
    case SB_IP_CLASS_II:
      g_value_set_uint (to, 1);
      break;
    default:
      g_value_set_uint (to, GTK_INVALID_LIST_POSITION);
    }
  return TRUE;
}

static gboolean
selected_to_kind (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  guint selected = g_value_get_uint (from);

  if (selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, selected == 0 ? SB_IP_CLASS_I : SB_IP_CLASS_II);
  return TRUE;
}

static void
on_remove_ip (GtkButton *button, IpEditor *ed)
{
  SbIpItem *item = g_object_get_data (G_OBJECT (button), "sb-item");
  GListModel *items;
  guint position;

  if (ed->claim == NULL)
    return;
  items = sb_hnte_application_get_ip_items (ed->claim);
  for (position = 0; position < g_list_model_get_n_items (items); position++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (items, position);

      if (it == G_OBJECT (item))
        {
          sb_hnte_application_remove_ip_item (ed->claim, position);
          return;
        }
    }
}

static GtkWidget *
text_row (const char *title, SbFieldKind kind, GObject *object, const char *property)
{
  GtkWidget *row = sb_field_row_new (title, kind);

  gtk_widget_set_name (row, property);
  sb_field_row_bind (SB_FIELD_ROW (row), object, property);
  return row;
}

static GtkWidget *
ip_row_new (gpointer item, gpointer data)
{
  IpEditor *ed = data;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *used = adw_action_row_new ();
  GtkWidget *used_switch = gtk_switch_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));
  GtkStringList *classes = gtk_string_list_new (NULL);
  GListModel *items = sb_hnte_application_get_ip_items (ed->claim);
  g_autofree char *name = NULL;

  /* the position when created; names only help tests find a row */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (items, i);

      if (it == item)
        name = g_strdup_printf ("ip-item:%u", i);
    }
  gtk_widget_set_name (row, name != NULL ? name : "ip-item");

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (_("Name"), SB_FIELD_TEXT, item, "name"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (_("Certificate or registration number"), SB_FIELD_TEXT,
                                      item, "number"));

  gtk_string_list_append (classes, _("Class I (invention patents and the like)"));
  gtk_string_list_append (classes, _("Class II (utility models, software copyrights and the like)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Class"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (classes));
  g_object_unref (classes);
  gtk_widget_set_name (kind, "kind");
  g_object_bind_property_full (item, "kind", kind, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               kind_to_selected, selected_to_kind, NULL, NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), kind);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_row (_("Date granted"), SB_FIELD_DATE, item, "date"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (used),
                                 _("Used in an earlier recognition"));
  gtk_widget_set_name (used_switch, "used-before");
  gtk_widget_set_valign (used_switch, GTK_ALIGN_CENTER);
  g_object_bind_property (item, "used-before", used_switch, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (used), used_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (used), used_switch);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), used);

  gtk_widget_set_name (remove, "remove");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data (G_OBJECT (remove), "sb-item", item);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_ip), ed);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

  g_signal_connect_object (item, "notify", G_CALLBACK (ip_row_refresh), row, G_CONNECT_SWAPPED);
  ip_row_refresh (row, NULL, item);
  return row;
}

static void
on_add_ip (IpEditor *ed)
{
  g_autoptr(SbIpItem) item = NULL;
  GtkListBoxRow *row;
  guint n;

  if (ed->claim == NULL)
    return;
  item = sb_ip_item_new ();
  sb_hnte_application_add_ip_item (ed->claim, item);
  n = g_list_model_get_n_items (sb_hnte_application_get_ip_items (ed->claim));
  row = gtk_list_box_get_row_at_index (ed->list, (int) n - 1);
  if (row != NULL && ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

GtkWidget *
sb_ip_items_group_new (void)
{
  IpEditor *ed = g_new0 (IpEditor, 1);
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  ed->group = sb_program_page_group (_("Intellectual Property"), NULL, &ed->list);
  gtk_widget_set_name (ed->group, "ip-items");
  gtk_widget_set_name (add, "add-ip-item");
  gtk_widget_set_tooltip_text (add, _("Add an IP item"));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_ip), ed);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (ed->group), add);
  g_object_set_data_full (G_OBJECT (ed->group), "sb-ip-editor", ed,
                          (GDestroyNotify) ip_editor_free);
  return ed->group;
}

void
sb_ip_items_group_bind (GtkWidget *group, SbHnteApplication *claim)
{
  IpEditor *ed = g_object_get_data (G_OBJECT (group), "sb-ip-editor");

  g_set_object (&ed->claim, claim);
  if (claim == NULL)
    gtk_list_box_bind_model (ed->list, NULL, NULL, NULL, NULL);
  else
    gtk_list_box_bind_model (ed->list, sb_hnte_application_get_ip_items (claim),
                             ip_row_new, ed, NULL);
  sb_ip_items_group_update (group);
}

void
sb_ip_items_group_update (GtkWidget *group)
{
  IpEditor *ed = g_object_get_data (G_OBJECT (group), "sb-ip-editor");
  GListModel *items;
  guint n, one = 0, two = 0;
  g_autofree char *text = NULL;

  if (ed->claim == NULL)
    return;
  items = sb_hnte_application_get_ip_items (ed->claim);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      SbIpClass kind = SB_IP_CLASS_UNSET;

      g_object_get (item, "kind", &kind, NULL);
      one += kind == SB_IP_CLASS_I;
      two += kind == SB_IP_CLASS_II;
    }
  if (n == 0)
    text = g_strdup (_("No items yet: add the patents, software copyrights and other IP "
                       "that support the main products."));
  else
    /* TRANSLATORS: "5 items: 1 of class I, 3 of class II" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item: %u of class I, %u of class II",
                                      "%u items: %u of class I, %u of class II", n),
                            n, one, two);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (ed->group), text);
  /* an empty boxed list would show as a stray line */
  gtk_widget_set_visible (GTK_WIDGET (ed->list), n > 0);
}

/* ------------------------------------------------------------ R&D ledger */

static const char *
category_title (SbRdCategory c)
{
  switch (c)
    {
    case SB_RD_PERSONNEL:
      return _("Personnel");
    case SB_RD_DIRECT:
      return _("Direct inputs");
    case SB_RD_DEPRECIATION:
      return _("Depreciation and long-term prepaid expenses");
    case SB_RD_AMORTIZATION:
      return _("Amortisation of intangible assets");
    case SB_RD_DESIGN:
      return _("Design, procedures and standards");
    case SB_RD_EQUIPMENT_TRIAL:
      return _("Equipment commissioning and trials");
    case SB_RD_OUTSOURCED:
      return _("Outsourced R&D");
    case SB_RD_OTHER:
    case SB_RD_N_CATEGORIES:
    default:
      return _("Other expenses");
    }
}

/* "rd-personnel" … from the dossier keys "personnel", "equipment_trial". */
static char *
category_property (SbRdCategory c)
{
  g_autofree char *key = g_strdup (sb_rd_category_keys[c]);

  g_strdelimit (key, "_", '-');
  return g_strconcat ("rd-", key, NULL);
}

static GtkWidget *
ledger_row_new (gpointer item, gpointer data)
{
  SbFiscalYear *year = item;
  int y = sb_fiscal_year_get_year (year);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *by_category = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *title = g_strdup_printf ("%d", y);
  g_autofree char *name = g_strdup_printf ("rd-ledger:%d", y);
  g_autofree char *toggle_name = g_strdup_printf ("%d:has-rd-ledger", y);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (by_category), _("Entered by category"));
  gtk_widget_set_name (toggle, toggle_name);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  g_object_bind_property (year, "has-rd-ledger", toggle, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (by_category), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (by_category), toggle);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), by_category);

  for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
    {
      g_autofree char *property = category_property (c);
      g_autofree char *field_name = g_strdup_printf ("%d:%s", y, property);
      GtkWidget *field = sb_field_row_new (category_title (c), SB_FIELD_MONEY);

      gtk_widget_set_name (field, field_name);
      sb_field_row_bind (SB_FIELD_ROW (field), G_OBJECT (year), property);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field);
    }
  g_object_set_data_full (G_OBJECT (row), "sb-year", g_object_ref (year), g_object_unref);
  return row;
}

static void
ledger_row_update (GtkWidget *row, const SbHnteRules *rules)
{
  SbFiscalYear *year = g_object_get_data (G_OBJECT (row), "sb-year");
  gint64 ledger[SB_RD_N_CATEGORIES];
  gboolean has = FALSE;
  gint64 rd_expense = SB_UNSET;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  SbHnteRd rd;

  g_object_get (year, "has-rd-ledger", &has, "rd-expense", &rd_expense, NULL);
  if (!has)
    {
      g_autofree char *money = sb_input_format_money (rd_expense);

      text = rd_expense != SB_UNSET
        ? g_strdup_printf (_("Not entered by category; R&D expense %s"), money)
        : g_strdup (_("Not entered by category"));
    }
  else
    {
      for (int c = 0; c < SB_RD_N_CATEGORIES; c++)
        ledger[c] = sb_fiscal_year_get_rd_ledger (year, c);
      if (rules != NULL && sb_hnte_rd_from_ledger (rules, ledger, &rd))
        {
          g_autofree char *entered = sb_input_format_money (rd.entered);
          g_autofree char *counted = sb_input_format_money (
            sb_money_mul_ratio_round (rd.counted.num, sb_ratio (1, rd.counted.den)));
          gint64 cut_u = rd.outsourced_cut.num + rd.other_cut.num;

          if (cut_u > 0)
            {
              g_autofree char *away = sb_input_format_money (
                sb_money_mul_ratio_round (cut_u, sb_ratio (1, rd.counted.den)));

              text = g_strdup_printf (_("Entered %s; counted %s (the limits took away %s)"),
                                      entered, counted, away);
            }
          else
            text = g_strdup_printf (_("Entered %s; counted %s"), entered, counted);
        }
      else
        text = g_strdup (_("Entered by category"));
    }
  markup = g_markup_escape_text (text, -1);
  if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), markup) != 0)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), markup);
}

GtkWidget *
sb_rd_ledger_group_new (void)
{
  GtkListBox *list;
  GtkWidget *group = sb_program_page_group (_("R&D Expense by Category"),
                                            _("The eight categories of the national guideline, "
                                              "per fiscal year. The years themselves are added "
                                              "on the Company page."),
                                            &list);
  GtkWidget *empty = gtk_label_new (_("No fiscal years yet"));

  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (list, empty);
  gtk_widget_set_name (group, "rd-ledger");
  g_object_set_data (G_OBJECT (group), "sb-list", list);
  return group;
}

void
sb_rd_ledger_group_bind (GtkWidget *group, SbEnterprise *enterprise)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (group), "sb-list");

  if (enterprise == NULL)
    gtk_list_box_bind_model (list, NULL, NULL, NULL, NULL);
  else
    gtk_list_box_bind_model (list, sb_enterprise_get_years (enterprise), ledger_row_new,
                             NULL, NULL);
}

void
sb_rd_ledger_group_update (GtkWidget *group, const SbHnteRules *rules)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (group), "sb-list");

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "sb-year") != NULL)
      ledger_row_update (row, rules);
}
