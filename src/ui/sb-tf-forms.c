/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-forms.c: the rows the trade-fund forms share; the brand, interest and TCM forms. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-money.h"
#include "sb-idcheck.h"
#include "sb-tf-line-editor.h"
#include "sb-company-rows.h"
#include "sb-tf-pages.h"

/* ---------------------------------------------------------------- shared rows */

/* The group's title and description are markup: "O&M" must be escaped. */
GtkWidget *
sb_tf_group_new (const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
    }
  sb_tf_group_set_description (group, description);
  return group;
}

void
sb_tf_group_set_description (GtkWidget *group, const char *description)
{
  g_autofree char *escaped = description != NULL ? g_markup_escape_text (description, -1) : NULL;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
}

GtkWidget *
sb_tf_switch_row (GObject *object, const char *property, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  gtk_widget_set_name (row, property);
  g_object_bind_property (object, property, sw, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

/* A three-state answer (−1 not answered, 0 no, 1 yes): one drop-down of
 * three clearly different words, one Tab stop (sb_tri_choice_new). */
GtkWidget *
sb_tf_tri_row (GObject *object, const char *property, const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sb_tri_choice_new (object, property, title));
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, property);
  return row;
}

GtkWidget *
sb_tf_field_row (GObject *object, const char *property, const char *name, const char *title,
                 SbFieldKind kind)
{
  GtkWidget *row = sb_field_row_new (title, kind);

  sb_field_row_bind (SB_FIELD_ROW (row), object, property);
  gtk_widget_set_name (row, name != NULL ? name : property);
  return row;
}

/* The field row shows "¥" before a money entry; these figures are dollars. */
static gboolean
relabel_currency (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), "¥") == 0)
    {
      gtk_label_set_text (GTK_LABEL (widget), "US$");
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (relabel_currency (child))
      return TRUE;
  return FALSE;
}

GtkWidget *
sb_tf_usd_row (GObject *object, const char *property, const char *title)
{
  GtkWidget *row = sb_tf_field_row (object, property, NULL, title, SB_FIELD_MONEY);

  relabel_currency (row);
  return row;
}

GtkWidget *
sb_tf_direction_group (SbTradeFundApplication *app, const char *has_property, const char *title,
                       const char *description)
{
  GtkWidget *group = sb_tf_group_new (title, description);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_tf_switch_row (G_OBJECT (app), has_property,
                                               _("Claim this direction"),
                                               _("Off: the figures are kept but left out "
                                                 "of the claim")));
  return group;
}

static GtkWidget *
page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

/* ---------------------------------------------------------------- brand */

static void
on_title_chosen (GtkListBox *list, GtkListBoxRow *row, SbTradeFundApplication *app)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  g_object_set (app, "brand-title", g_object_get_data (G_OBJECT (row), "title"), NULL);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
titles_row (SbTradeFundApplication *app, SbPolicy *policy)
{
  const SbTradeFundRules *rules = sb_tradefund_rules_get (policy, NULL);
  const char * const *titles = rules != NULL ? sb_tradefund_rules_get_brand_titles (rules) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Titles in the notice"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Choose one to fill in the title"));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Choose"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "brand-titles");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; titles != NULL && titles[i] != NULL; i++)
    {
      GtkWidget *item = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (titles[i]);
      GtkWidget *floor = gtk_label_new (sb_tradefund_rules_brand_needs_floor (rules, titles[i])
                                        ? _("Needs the offshore execution floor")
                                        : _("No offshore floor; other materials"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_xalign (GTK_LABEL (floor), 0);
      gtk_widget_add_css_class (floor, "dim-label");
      gtk_widget_add_css_class (floor, "caption");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), floor);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item), box);
      g_object_set_data_full (G_OBJECT (item), "title", g_strdup (titles[i]), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), item);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_title_chosen), app);
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* 附件6: the park's key firms; 附件7/附件8: the training institution's project
 * and the people it trained (身份证号 masked except while edited). */
static const SbTfColumn park_firm_columns[] = {
  { N_("Firm"), "name", SB_FIELD_TEXT, 14 },
  { N_("Business scope"), "scope", SB_FIELD_TEXT, 14 },
  { N_("Contact person"), "contact", SB_FIELD_TEXT, 6 },
  { N_("Phone"), "phone", SB_FIELD_TEXT, 10 },
};

static const SbTfColumn trainee_columns[] = {
  { N_("Name"), "name", SB_FIELD_TEXT, 5 },
  { N_("Identity card number"), "id-no", SB_FIELD_TEXT, 18, .masked = TRUE },
  { N_("School"), "school", SB_FIELD_TEXT, 8 },
  { N_("Graduated"), "graduated", SB_FIELD_TEXT, 6 },
  { N_("Degree"), "degree", SB_FIELD_TEXT, 4 },
  { N_("Course"), "course", SB_FIELD_TEXT, 8 },
  { N_("Hours"), "hours", SB_FIELD_TEXT, 5 },
  { N_("Contact"), "contact", SB_FIELD_TEXT, 8 },
  { N_("Note"), "note", SB_FIELD_TEXT, 5 },
};

static void
add_park_firm (GObject *owner)
{
  SbTradeFundApplication *app = SB_TRADE_FUND_APPLICATION (owner);
  g_autoptr(SbParkFirmRow) row = sb_park_firm_row_new ();

  sb_trade_fund_application_add_row (app, sb_trade_fund_application_get_park_firms (app), row);
}

static void
remove_park_firm (GObject *owner, guint position)
{
  SbTradeFundApplication *app = SB_TRADE_FUND_APPLICATION (owner);

  sb_trade_fund_application_remove_row (app, sb_trade_fund_application_get_park_firms (app),
                                        position);
}

static void
add_trainee (GObject *owner)
{
  SbTradeFundApplication *app = SB_TRADE_FUND_APPLICATION (owner);
  g_autoptr(SbTraineeRow) row = sb_trainee_row_new ();

  sb_trade_fund_application_add_row (app, sb_trade_fund_application_get_trainees (app), row);
}

static void
remove_trainee (GObject *owner, guint position)
{
  SbTradeFundApplication *app = SB_TRADE_FUND_APPLICATION (owner);

  sb_trade_fund_application_remove_row (app, sb_trade_fund_application_get_trainees (app),
                                        position);
}

/* The trainees whose 身份证号 fails its check digit, one line each. */
static void
update_trainee_warnings (GtkWidget *label)
{
  GListModel *list = g_object_get_data (G_OBJECT (label), "trainees");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SbTraineeRow) row = g_list_model_get_item (list, i);
      g_autofree char *id = NULL, *name = NULL, *what = NULL, *problem = NULL;

      g_object_get (row, "id-no", &id, "name", &name, NULL);
      /* TRANSLATORS: line %u of the people trained, and the person's name */
      what = g_strdup_printf (_("Trainee %u (%s)"), i + 1, name != NULL ? name : "");
      problem = sb_resident_id_problem (id, what);
      if (problem != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem);
    }
  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_visible (label, text->len > 0);
}

static GtkWidget *
brand_tables_group (SbTradeFundApplication *app)
{
  GtkWidget *group = sb_tf_group_new (_("Park and training tables (附件6–8)"),
                                      _("For a digital service park: its key firms. For a "
                                        "leading training institution: the project and the "
                                        "people trained."));
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  GtkWidget *editor, *warnings;

  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (app), "park-name", NULL,
                                                 _("Park name"), SB_FIELD_TEXT));
  editor = sb_tf_line_editor_new (sb_trade_fund_application_get_park_firms (app),
                                  park_firm_columns, G_N_ELEMENTS (park_firm_columns),
                                  G_OBJECT (app), add_park_firm, remove_park_firm);
  gtk_widget_set_name (editor, "brand:park-firms");
  gtk_widget_set_margin_top (editor, 12);
  adw_preferences_group_add (g, editor);
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (app), "training-region", NULL,
                                                 _("Registered in (province, city)"),
                                                 SB_FIELD_TEXT));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (app), "training-situation", NULL,
                                                 _("Institution: premises, equipment, "
                                                   "materials, teachers"), SB_FIELD_TEXT));
  adw_preferences_group_add (g, sb_tf_field_row (G_OBJECT (app), "training-project", NULL,
                                                 _("This project: plan and courses"),
                                                 SB_FIELD_TEXT));
  editor = sb_tf_line_editor_new (sb_trade_fund_application_get_trainees (app),
                                  trainee_columns, G_N_ELEMENTS (trainee_columns),
                                  G_OBJECT (app), add_trainee, remove_trainee);
  gtk_widget_set_name (editor, "brand:trainees");
  gtk_widget_set_margin_top (editor, 12);
  adw_preferences_group_add (g, editor);
  warnings = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (warnings), TRUE);
  gtk_label_set_xalign (GTK_LABEL (warnings), 0);
  gtk_widget_add_css_class (warnings, "warning");
  gtk_widget_add_css_class (warnings, "caption");
  gtk_widget_set_name (warnings, "trainees-warning");
  g_object_set_data_full (G_OBJECT (warnings), "trainees",
                          g_object_ref (sb_trade_fund_application_get_trainees (app)),
                          g_object_unref);
  g_signal_connect_object (app, "changed", G_CALLBACK (update_trainee_warnings), warnings,
                           G_CONNECT_SWAPPED);
  update_trainee_warnings (warnings);
  adw_preferences_group_add (g, warnings);
  return group;
}

GtkWidget *
sb_tf_brand_page_new (SbTradeFundApplication *app, SbPolicy *policy)
{
  GtkWidget *box = page_box ();
  GtkWidget *group = sb_tf_direction_group (app, "has-brand", _("Brand building"),
                                            _("A title awarded to the unit; one project per "
                                              "enterprise, no cost base."));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_tf_field_row (G_OBJECT (app), "brand-title", NULL,
                                              _("Title awarded"), SB_FIELD_TEXT));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), titles_row (app, policy));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_tf_tri_row (G_OBJECT (app), "brand-accepted",
                                            _("Accepted by the city"),
                                            _("For a title outside the notice's list "
                                              "(which ends with “等称号”)")));
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), brand_tables_group (app));
  return box;
}

/* ---------------------------------------------------------------- interest */

static const SbTfColumn receipt_columns[] = {
  { N_("Contract no."), "contract-no", SB_FIELD_TEXT, 8 },
  { N_("Contract"), "contract-name", SB_FIELD_TEXT, 12 },
  { N_("Contract (USD)"), "contract-amount-usd", SB_FIELD_MONEY, 10 },
  { N_("Executed on"), "execution-date", SB_FIELD_DATE, 10 },
  { N_("Executed (USD)"), "execution-amount-usd", SB_FIELD_MONEY, 10 },
  { N_("Received on"), "receipt-date", SB_FIELD_DATE, 10 },
  { N_("Currency"), "currency", SB_FIELD_TEXT, 4 },
  { N_("Received"), "receipt-amount", SB_FIELD_MONEY, 10 },
  { N_("Received (USD)"), "receipt-amount-usd", SB_FIELD_MONEY, 10 },
  { N_("Voucher no."), "voucher-no", SB_FIELD_TEXT, 8 },
  { N_("Declaration no."), "declaration-no", SB_FIELD_TEXT, 8 },
  { N_("Pages"), "pages", SB_FIELD_TEXT, 5 },
  { N_("Note"), "note", SB_FIELD_TEXT, 8 },
};

static void
add_receipt (GObject *owner)
{
  g_autoptr(SbReceiptRow) row = sb_receipt_row_new ();

  sb_trade_fund_application_add_receipt (SB_TRADE_FUND_APPLICATION (owner), row);
}

static void
remove_receipt (GObject *owner, guint position)
{
  sb_trade_fund_application_remove_receipt (SB_TRADE_FUND_APPLICATION (owner), position);
}

#define RATE_SCALE G_GINT64_CONSTANT (1000000)

/* "7.1884" → 7188400 (the rate × 1,000,000); FALSE for anything else. */
static gboolean
parse_rate (const char *text, gint64 *out)
{
  gint64 whole = 0, frac = 0;
  guint decimals = 0;
  gboolean dot = FALSE, digits = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && !dot)
        dot = TRUE;
      else if (g_ascii_isdigit (*p))
        {
          digits = TRUE;
          if (!dot)
            {
              whole = whole * 10 + (*p - '0');
              if (whole > 100000)
                return FALSE;
            }
          else if (++decimals > 6)
            return FALSE;
          else
            frac = frac * 10 + (*p - '0');
        }
      else
        return FALSE;
    }
  if (!digits)
    return FALSE;
  while (decimals++ < 6)
    frac *= 10;
  *out = whole * RATE_SCALE + frac;
  return *out > 0;
}

static char *
format_rate (gint64 rate)
{
  g_autofree char *text = NULL;
  char *end;

  if (rate == SB_UNSET)
    return g_strdup ("");
  text = g_strdup_printf ("%" G_GINT64_FORMAT ".%06" G_GINT64_FORMAT, rate / RATE_SCALE,
                          rate % RATE_SCALE);
  end = text + strlen (text) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_steal_pointer (&text);
}

typedef struct
{
  SbTradeFundApplication *app;
  GtkWidget              *row;
  GtkWidget              *entry;
  gboolean                updating;
} RateRow;

static void
rate_row_refresh (RateRow *r)
{
  gint64 rate = SB_UNSET;
  g_autofree char *text = NULL;

  g_object_get (r->app, "usd-cny", &rate, NULL);
  text = format_rate (rate);
  r->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (r->entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (r->entry), text);
  r->updating = FALSE;
  gtk_widget_remove_css_class (r->entry, "error");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (r->row), _("Yuan for one US dollar, as used "
                                                          "for the principal"));
}

static void
on_rate_notify (GtkWidget *row)
{
  RateRow *r = g_object_get_data (G_OBJECT (row), "sb-rate");

  if (!r->updating && !gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (r->entry)))))
    rate_row_refresh (r);
}

static void
on_rate_changed (RateRow *r)
{
  g_autofree char *text = NULL;
  gint64 rate = SB_UNSET;

  if (r->updating)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entry))));
  if (*text != '\0' && !parse_rate (text, &rate))
    {
      gtk_widget_add_css_class (r->entry, "error");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (r->row),
                                   _("Type the rate as a number above 0 with at most six "
                                     "decimals, e.g. 7.1884"));
      return;
    }
  r->updating = TRUE;
  g_object_set (r->app, "usd-cny", rate, NULL);
  r->updating = FALSE;
  gtk_widget_remove_css_class (r->entry, "error");
}

static GtkWidget *
rate_row (SbTradeFundApplication *app)
{
  RateRow *r = g_new0 (RateRow, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  r->app = app;
  r->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r->row), FALSE);
  r->entry = gtk_entry_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->row), _("US dollar to RMB rate"));
  gtk_widget_set_name (r->row, "usd-cny");
  gtk_widget_set_valign (r->entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (r->entry), 10);
  gtk_editable_set_alignment (GTK_EDITABLE (r->entry), 1.0);
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->entry), "7.1884");
  adw_action_row_add_suffix (ADW_ACTION_ROW (r->row), r->entry);
  g_object_set_data_full (G_OBJECT (r->row), "sb-rate", r, g_free);
  g_signal_connect_swapped (r->entry, "changed", G_CALLBACK (on_rate_changed), r);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (rate_row_refresh), r);
  gtk_widget_add_controller (r->entry, focus);
  g_signal_connect_object (app, "notify::usd-cny", G_CALLBACK (on_rate_notify), r->row,
                           G_CONNECT_SWAPPED);
  rate_row_refresh (r);
  return r->row;
}

GtkWidget *
sb_tf_interest_page_new (SbTradeFundApplication *app)
{
  static const char * const currencies[] = { "USD", "EUR", "JPY", "HKD", "GBP", "CNY", NULL };
  GtkWidget *box = page_box ();
  GtkWidget *group = sb_tf_direction_group (app, "has-interest", _("Outsourcing interest subsidy"),
                                            _("Interest at the one-year LPR on the lower of "
                                              "the offshore execution amount and the amount "
                                              "received."));
  GtkWidget *receipts = sb_tf_group_new (_("Receipts (附件9)"),
                                         _("One line per contract: executed and received "
                                           "amounts with their vouchers and declarations."));
  GtkWidget *editor;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_tf_usd_row (G_OBJECT (app), "receipts-usd",
                                            _("Received per the foreign-income declaration "
                                              "forms (US dollars)")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), rate_row (app));
  gtk_box_append (GTK_BOX (box), group);

  editor = sb_tf_line_editor_new (sb_trade_fund_application_get_receipts (app), receipt_columns,
                                  G_N_ELEMENTS (receipt_columns), G_OBJECT (app),
                                  add_receipt, remove_receipt);
  sb_tf_line_editor_set_choices (SB_TF_LINE_EDITOR (editor), "currency", currencies, NULL);
  gtk_widget_set_name (editor, "interest:receipts");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (receipts), editor);
  gtk_box_append (GTK_BOX (box), receipts);
  return box;
}

/* ---------------------------------------------------------------- TCM */

GtkWidget *
sb_tf_tcm_page_new (SbTradeFundApplication *app)
{
  GtkWidget *box = page_box ();
  GtkWidget *group = sb_tf_direction_group (app, "has-tcm", _("TCM service export base"),
                                            _("A base recognised by MOFCOM: construction, "
                                              "O&M, and brand and international marketing."));
  GtkWidget *costs = sb_tf_group_new (_("Costs invoiced in the support period"), NULL);
  AdwPreferencesGroup *g = ADW_PREFERENCES_GROUP (group);
  GObject *o = G_OBJECT (app);

  adw_preferences_group_add (g, sb_tf_tri_row (o, "tcm-recognised-base",
                                               _("Recognised as a TCM service export base"),
                                               _("By MOFCOM")));
  adw_preferences_group_add (g, sb_tf_field_row (o, "tcm-built-on", NULL,
                                                 _("Platform completed on"), SB_FIELD_DATE));
  adw_preferences_group_add (g, sb_tf_tri_row (o, "tcm-first-application",
                                               _("First application"),
                                               _("Construction is supported only on the "
                                                 "first application")));
  gtk_box_append (GTK_BOX (box), group);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (costs),
                             sb_tf_field_row (o, "tcm-construction-cost", NULL,
                                              _("Construction"), SB_FIELD_MONEY));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (costs),
                             sb_tf_field_row (o, "tcm-om-cost", NULL,
                                              _("Operation and maintenance"), SB_FIELD_MONEY));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (costs),
                             sb_tf_field_row (o, "tcm-marketing-cost", NULL,
                                              _("Brand and international marketing"),
                                              SB_FIELD_MONEY));
  gtk_box_append (GTK_BOX (box), costs);
  return box;
}
