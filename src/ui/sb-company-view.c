/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-view.c: the Company page: profile, declarations, the years' figures, staff months and contracts. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-cell-entry.h"
#include "sb-company-rows.h"
#include "sb-company-view.h"
#include "sb-form.h"
#include "sb-company-year.h"
#include "sb-field-row.h"
#include "sb-hnte.h"
#include "sb-idcheck.h"
#include "sb-text.h"

struct _SbCompanyView
{
  AdwBin             parent_instance;

  SbSession         *session;
  SbEnterprise      *enterprise;
  gulong             evaluated_id;
  gulong             years_id;
  const SbTaseRules *tase_rules;

  GtkWidget         *pages;        /* "none" / "company" */
  GtkWidget         *content;      /* the company's groups, rebuilt per company */
  GtkWidget         *region_row;
  GtkWidget         *region_list;
  GtkWidget         *region_search;
  GtkWidget         *region_button;
  GtkWidget         *region_popover;
  GtkWidget         *years_stack;
  GtkWidget         *years_empty;
  GtkWidget         *remove_year;
  GtkWidget         *add_popover;
  GtkWidget         *add_spin;
  GtkWidget         *add_confirm;
  char              *regions_shown;
};

G_DEFINE_FINAL_TYPE (SbCompanyView, sb_company_view, ADW_TYPE_BIN)

/* ---- profiles ---- */

static SbPolicy *
any_policy (SbPolicySet *set, const char *program)
{
  GPtrArray *ids = sb_policy_set_get_ids (set);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      SbPolicy *p = sb_policy_set_lookup (set, g_ptr_array_index (ids, i), NULL);

      if (p != NULL && g_strcmp0 (sb_policy_get_program (p), program) == 0)
        return p;
    }
  return NULL;
}

/* The TASE profile the company's claims name, else the first there is. */
static const SbTaseRules *
find_tase_rules (SbSession *session)
{
  SbPolicy *p = sb_session_get_policy (session, "tase");

  if (p == NULL)
    p = sb_session_get_policy (session, "annual_report");
  if (p == NULL)
    p = any_policy (sb_session_get_policies (session), "tase");
  return p != NULL ? sb_tase_rules_get (p, NULL) : NULL;
}

static const SbHnteRules *
find_hnte_rules (SbSession *session)
{
  SbPolicy *p = sb_session_get_policy (session, "hnte");

  if (p == NULL)
    p = any_policy (sb_session_get_policies (session), "hnte");
  return p != NULL ? sb_hnte_rules_get (p, NULL) : NULL;
}

static void
add_regions (GPtrArray *out, SbPolicy *policy)
{
  g_auto(GStrv) regions = NULL;

  if (policy == NULL)
    return;
  regions = sb_policy_get_strv (policy, "regions", NULL);
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (out, regions[i], g_str_equal, NULL))
      g_ptr_array_add (out, g_strdup (regions[i]));
}

/* The region codes the company's profiles accept (every profile's when the
 * company claims nothing yet). */
static GPtrArray *
accepted_regions (SbSession *session)
{
  static const char *const claims[] = { "tase", "annual_report", "hnte", "trade_fund" };
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (gsize i = 0; i < G_N_ELEMENTS (claims); i++)
    add_regions (out, sb_session_get_policy (session, claims[i]));
  if (out->len == 0)
    {
      SbPolicySet *set = sb_session_get_policies (session);
      GPtrArray *ids = sb_policy_set_get_ids (set);

      for (guint i = 0; ids != NULL && i < ids->len; i++)
        add_regions (out, sb_policy_set_lookup (set, g_ptr_array_index (ids, i), NULL));
    }
  return out;
}

/* ---- the credit code ---- */

static void
check_credit_code (GObject *enterprise, GParamSpec *pspec, SbFieldRow *row)
{
  g_autofree char *code = NULL;
  g_autofree char *problem = NULL;

  g_object_get (enterprise, "credit-code", &code, NULL);
  problem = sb_credit_code_problem (code, _("Unified social credit code"));
  sb_field_row_set_note (row, problem);
}

/* ---- the region: a place the profiles accept, picked by its name ---- */

/* The place name of @code ("大连市"), the code itself when it has none. */
static const char *
region_words (const char *code)
{
  return code != NULL ? sb_form_region_name (code) : NULL;
}

static void
show_region (SbCompanyView *self)
{
  g_autofree char *code = NULL;
  g_autofree char *subtitle = NULL;
  const char *name;
  gboolean accepted = FALSE;

  g_object_get (self->enterprise, "region", &code, NULL);
  name = region_words (code);
  for (GtkWidget *c = gtk_widget_get_first_child (self->region_list); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (c), "code"), code) == 0)
      accepted = TRUE;
  if (code == NULL)
    subtitle = g_strdup (_("Not given"));
  else if (accepted)
    subtitle = g_strdup (name);
  else
    /* TRANSLATORS: a region typed that no profile lists */
    subtitle = g_strdup_printf (_("%s — not a region the profiles accept"), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->region_row), subtitle);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->region_button),
                             code != NULL ? name : _("Choose…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->region_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Region"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
}

static void
on_region_picked (SbCompanyView *self, GtkListBoxRow *row)
{
  const char *code = g_object_get_data (G_OBJECT (row), "code");

  g_object_set (self->enterprise, "region", code, NULL);
  gtk_popover_popdown (GTK_POPOVER (self->region_popover));
}

/* A region matches the search by its place name or its code. */
static gboolean
region_filter (GtkListBoxRow *row, gpointer data)
{
  SbCompanyView *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->region_search));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  g_autofree char *hay = NULL;

  if (text[0] == '\0')
    return TRUE;
  hay = g_utf8_casefold (g_object_get_data (G_OBJECT (row), "words"), -1);
  return strstr (hay, needle) != NULL;
}

static void
on_region_search_changed (SbCompanyView *self)
{
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->region_list));
}

/* Enter in the search: the first place shown. */
static void
on_region_search_activate (SbCompanyView *self)
{
  for (GtkWidget *c = gtk_widget_get_first_child (self->region_list); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_child_visible (c) && gtk_widget_get_visible (c)
        && region_filter (GTK_LIST_BOX_ROW (c), self))
      {
        on_region_picked (self, GTK_LIST_BOX_ROW (c));
        return;
      }
}

/* Down from the search: into the list. */
static gboolean
on_region_search_key (SbCompanyView *self, guint keyval, guint keycode, GdkModifierType state)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  return gtk_widget_child_focus (self->region_list, GTK_DIR_TAB_FORWARD);
}

static void
on_region_popover_shown (SbCompanyView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->region_search), "");
  gtk_widget_grab_focus (self->region_search);
}

static void
update_regions (SbCompanyView *self)
{
  g_autoptr(GPtrArray) codes = accepted_regions (self->session);
  g_autoptr(GString) joined = g_string_new (NULL);
  GtkWidget *child;

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (joined, "%s,", (const char *) g_ptr_array_index (codes, i));
  if (g_strcmp0 (joined->str, self->regions_shown) != 0)
    {
      g_free (self->regions_shown);
      self->regions_shown = g_strdup (joined->str);
      while ((child = gtk_widget_get_first_child (self->region_list)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (self->region_list), child);
      /* each place by its name; the code only in the search and the
       * accessible description */
      for (guint i = 0; i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);
          const char *name = region_words (code);
          GtkWidget *row = gtk_list_box_row_new ();
          GtkWidget *label = gtk_label_new (name);
          g_autofree char *row_name = g_strdup_printf ("region:%s", code);

          gtk_widget_set_name (row, row_name);
          gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
          gtk_widget_set_margin_start (label, 6);
          gtk_widget_set_margin_end (label, 6);
          gtk_widget_set_margin_top (label, 4);
          gtk_widget_set_margin_bottom (label, 4);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          g_object_set_data_full (G_OBJECT (row), "code", g_strdup (code), g_free);
          g_object_set_data_full (G_OBJECT (row), "words",
                                  g_strdup_printf ("%s %s", name, code), g_free);
          gtk_list_box_append (GTK_LIST_BOX (self->region_list), row);
        }
    }
  show_region (self);
}

static GtkWidget *
region_row_new (SbCompanyView *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_set_name (row, "region");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Region"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  self->region_search = gtk_search_entry_new ();
  gtk_widget_set_name (self->region_search, "region:search");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->region_search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the regions"), -1);
  g_object_set (self->region_search, "placeholder-text", _("Place name"), NULL);
  g_signal_connect_swapped (self->region_search, "search-changed",
                            G_CALLBACK (on_region_search_changed), self);
  g_signal_connect_swapped (self->region_search, "activate",
                            G_CALLBACK (on_region_search_activate), self);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_region_search_key), self);
  gtk_widget_add_controller (self->region_search, keys);
  gtk_box_append (GTK_BOX (box), self->region_search);

  self->region_list = gtk_list_box_new ();
  gtk_widget_set_name (self->region_list, "region:list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->region_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Regions"), -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->region_list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->region_list), region_filter, self, NULL);
  gtk_widget_add_css_class (self->region_list, "navigation-sidebar");
  g_signal_connect_swapped (self->region_list, "row-activated", G_CALLBACK (on_region_picked),
                            self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->region_list);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_region_popover_shown), self);
  self->region_popover = popover;

  self->region_button = gtk_menu_button_new ();
  gtk_widget_set_name (self->region_button, "region:button");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->region_button), popover);
  gtk_widget_set_valign (self->region_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->region_button, _("Choose a region the profiles accept"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->region_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->region_button);
  self->region_row = row;
  g_signal_connect_object (self->enterprise, "notify::region", G_CALLBACK (show_region), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* ---- years ---- */

static void
update_figures (SbCompanyView *self)
{
  g_autoptr(SbDossier) d = NULL;
  const SbTaseRules *rules;

  if (self->session == NULL || self->years_stack == NULL)
    return;
  rules = find_tase_rules (self->session);
  d = sb_enterprise_to_dossier (self->enterprise);
  for (GtkWidget *c = gtk_widget_get_first_child (self->years_stack); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      SbCompanyYear *page = SB_COMPANY_YEAR (c);
      int y = sb_fiscal_year_get_year (sb_company_year_get_year (page));
      SbTaseYearFigures f;

      if (rules != self->tase_rules)
        sb_company_year_set_rules (page, rules);
      sb_tase_year_figures (d != NULL ? sb_dossier_find_year (d, y) : NULL, y, &f, NULL);
      sb_company_year_set_figures (page, &f);
    }
  self->tase_rules = rules;
}

static void
on_evaluated (SbCompanyView *self)
{
  update_figures (self);
  update_regions (self);
}

static void
fill_years (SbCompanyView *self)
{
  GListModel *years = sb_enterprise_get_years (self->enterprise);
  guint n = g_list_model_get_n_items (years);
  g_autofree char *visible = g_strdup (gtk_stack_get_visible_child_name (GTK_STACK (self->years_stack)));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->years_stack)) != NULL)
    gtk_stack_remove (GTK_STACK (self->years_stack), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbFiscalYear) year = g_list_model_get_item (years, i);
      g_autofree char *name = g_strdup_printf ("%d", sb_fiscal_year_get_year (year));
      GtkWidget *page = sb_company_year_new (year);

      sb_company_year_set_rules (SB_COMPANY_YEAR (page), self->tase_rules);
      gtk_stack_add_titled (GTK_STACK (self->years_stack), page, name, name);
    }
  if (visible != NULL && gtk_stack_get_child_by_name (GTK_STACK (self->years_stack), visible))
    gtk_stack_set_visible_child_name (GTK_STACK (self->years_stack), visible);
  else if (n > 0)
    {
      g_autoptr(SbFiscalYear) last = g_list_model_get_item (years, n - 1);
      g_autofree char *name = g_strdup_printf ("%d", sb_fiscal_year_get_year (last));

      gtk_stack_set_visible_child_name (GTK_STACK (self->years_stack), name);
    }
  gtk_widget_set_visible (self->years_empty, n == 0);
  gtk_widget_set_sensitive (self->remove_year, n > 0);
  update_figures (self);
}

static void
on_years_changed (SbCompanyView *self, guint position, guint removed, guint added)
{
  GListModel *years = sb_enterprise_get_years (self->enterprise);

  fill_years (self);
  if (added == 1)
    {
      g_autoptr(SbFiscalYear) year = g_list_model_get_item (years, position);
      g_autofree char *name = g_strdup_printf ("%d", sb_fiscal_year_get_year (year));

      gtk_stack_set_visible_child_name (GTK_STACK (self->years_stack), name);
    }
}

static int
default_new_year (SbCompanyView *self)
{
  GListModel *years = sb_enterprise_get_years (self->enterprise);
  guint n = g_list_model_get_n_items (years);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  g_autoptr(SbFiscalYear) first = NULL;
  g_autoptr(SbFiscalYear) last = NULL;

  if (n == 0)
    return this_year - 1;
  first = g_list_model_get_item (years, 0);
  last = g_list_model_get_item (years, n - 1);
  if (sb_fiscal_year_get_year (last) < this_year)
    return sb_fiscal_year_get_year (last) + 1;
  return sb_fiscal_year_get_year (first) - 1;
}

static void
on_add_spin_changed (SbCompanyView *self)
{
  int y = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->add_spin));

  gtk_widget_set_sensitive (self->add_confirm,
                            sb_enterprise_find_year (self->enterprise, y) == NULL);
}

static void
on_add_popover_show (SbCompanyView *self)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->add_spin), default_new_year (self));
  on_add_spin_changed (self);
}

static void
on_add_confirm (SbCompanyView *self)
{
  int y = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->add_spin));
  g_autoptr(SbFiscalYear) year = NULL;

  gtk_popover_popdown (GTK_POPOVER (self->add_popover));
  if (sb_enterprise_find_year (self->enterprise, y) != NULL)
    return;
  year = sb_fiscal_year_new (y);
  sb_enterprise_add_year (self->enterprise, year);
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response, SbCompanyView *self)
{
  int y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "year"));
  SbFiscalYear *year;

  if (g_strcmp0 (response, "remove") != 0 || self->enterprise == NULL)
    return;
  year = sb_enterprise_find_year (self->enterprise, y);
  if (year != NULL)
    sb_enterprise_remove_year (self->enterprise, year);
}

static void
on_remove_year (SbCompanyView *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (self->years_stack));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  int y;
  g_autofree char *heading = NULL;

  if (page == NULL)
    return;
  y = sb_fiscal_year_get_year (sb_company_year_get_year (SB_COMPANY_YEAR (page)));
  heading = g_strdup_printf (_("Remove %d?"), y);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The year’s figures, staff months and contracts are "
                                     "deleted from the company."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "year", GINT_TO_POINTER (y));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
years_header_new (SbCompanyView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Fiscal years"));
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *add = gtk_menu_button_new ();
  GtkWidget *pop_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (title, "title-3");
  gtk_box_append (GTK_BOX (box), title);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (self->years_stack));
  gtk_widget_set_name (switcher, "years-switcher");
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (box), spacer);

  self->add_spin = gtk_spin_button_new_with_range (1990, 2100, 1);
  gtk_widget_set_name (self->add_spin, "add-year:year");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Year"), -1);
  g_signal_connect_swapped (self->add_spin, "value-changed", G_CALLBACK (on_add_spin_changed),
                            self);
  gtk_box_append (GTK_BOX (pop_box), self->add_spin);
  self->add_confirm = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_set_name (self->add_confirm, "add-year:add");
  gtk_widget_add_css_class (self->add_confirm, "suggested-action");
  g_signal_connect_swapped (self->add_confirm, "clicked", G_CALLBACK (on_add_confirm), self);
  gtk_box_append (GTK_BOX (pop_box), self->add_confirm);
  self->add_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->add_popover), pop_box);
  g_signal_connect_swapped (self->add_popover, "show", G_CALLBACK (on_add_popover_show), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (add), self->add_popover);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (add), _("Add year"));
  gtk_widget_set_name (add, "add-year");
  gtk_box_append (GTK_BOX (box), add);

  self->remove_year = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (self->remove_year, "remove-year");
  gtk_widget_set_tooltip_text (self->remove_year, _("Remove the year shown…"));
  gtk_widget_add_css_class (self->remove_year, "flat");
  g_signal_connect_swapped (self->remove_year, "clicked", G_CALLBACK (on_remove_year), self);
  gtk_box_append (GTK_BOX (box), self->remove_year);
  return box;
}

/* ---- the page ---- */

static const struct
{
  const char *property;
  const char *title;
} declarations[] = {
  { "scope-advanced-tech",
    N_("Uses advanced technology or has strong R&D capacity (TASE)") },
  { "clean-record-2y",
    N_("No violation in import and export, finance, tax, foreign exchange or customs "
       "management in the last two years") },
  { "mofcom-registered",
    N_("Outsourcing data registered in the MOFCOM service outsourcing system for the required "
       "years") },
  { "no-serious-violation-5y",
    N_("No serious violation in the last five years and not on a credit blacklist") },
  { "no-other-fiscal-support", N_("The project receives no other fiscal support") },
  { "no-major-incident",
    N_("No major safety or quality accident or serious environmental violation in the year "
       "before applying") },
  { "owns-core-ip", N_("Owns the intellectual property behind its main products") },
};

/* The filing identity: what the official forms print in their head and
 * bank/contact lines (附件2, 附件5, 附件9, the summary). */
static const struct
{
  const char  *property;
  const char  *title;
  SbFieldKind  kind;
} identity[] = {
  { "legal-representative", N_("Legal representative"), SB_FIELD_TEXT },
  { "address", N_("Postal address"), SB_FIELD_TEXT },
  { "postcode", N_("Postcode"), SB_FIELD_TEXT },
  { "registered-capital", N_("Registered capital"), SB_FIELD_MONEY_WAN },
  { "district", N_("Registered district or county"), SB_FIELD_TEXT },
  { "bank-name", N_("Bank"), SB_FIELD_TEXT },
  { "bank-account-name", N_("Account name"), SB_FIELD_TEXT },
  { "bank-account-no", N_("Account number"), SB_FIELD_TEXT },
  { "contact-name", N_("Contact person"), SB_FIELD_TEXT },
  { "contact-phone", N_("Landline"), SB_FIELD_TEXT },
  { "contact-mobile", N_("Mobile"), SB_FIELD_TEXT },
  { "contact-fax", N_("Fax"), SB_FIELD_TEXT },
  { "contact-email", N_("Email"), SB_FIELD_TEXT },
};

static GtkWidget *
identity_group_new (GObject *e)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Filing identity"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Printed on every official form that asks: the "
                                           "legal representative, address, bank and contact "
                                           "lines."));
  for (gsize i = 0; i < G_N_ELEMENTS (identity); i++)
    {
      GtkWidget *row = sb_field_row_new (_(identity[i].title), identity[i].kind);

      gtk_widget_set_name (row, identity[i].property);
      sb_field_row_bind (SB_FIELD_ROW (row), e, identity[i].property);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void
build_company (SbCompanyView *self)
{
  GObject *e = G_OBJECT (self->enterprise);
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *years_box;

  /* the profile */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Company"));
  row = sb_field_row_new (_("Name"), SB_FIELD_TEXT);
  gtk_widget_set_name (row, "name");
  sb_field_row_bind (SB_FIELD_ROW (row), e, "name");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = sb_field_row_new (_("Unified social credit code"), SB_FIELD_TEXT);
  gtk_widget_set_name (row, "credit-code");
  sb_field_row_bind (SB_FIELD_ROW (row), e, "credit-code");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  /* the GB 32100 check digit: a warning under the row, the code kept */
  g_signal_connect_object (e, "notify::credit-code", G_CALLBACK (check_credit_code), row, 0);
  check_credit_code (e, NULL, SB_FIELD_ROW (row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), region_row_new (self));
  row = sb_field_row_new (_("Registered on"), SB_FIELD_DATE);
  gtk_widget_set_name (row, "registered-on");
  sb_field_row_bind (SB_FIELD_ROW (row), e, "registered-on");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_declaration_row_new (_("Has legal-person status"), e, "legal-entity"));
  gtk_box_append (GTK_BOX (self->content), group);


  /* the declarations */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Declarations"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What the company declares in its applications. "
                                           "A declaration not answered leaves its check "
                                           "missing."));
  for (gsize i = 0; i < G_N_ELEMENTS (declarations); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               sb_declaration_row_new (_(declarations[i].title), e,
                                            declarations[i].property));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             sb_hnte_field_row_new (self->enterprise, find_hnte_rules (self->session)));
  gtk_box_append (GTK_BOX (self->content), group);

  /* the filing identity, for the forms */
  gtk_box_append (GTK_BOX (self->content), identity_group_new (e));

  /* the years */
  years_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->years_stack = gtk_stack_new ();
  gtk_widget_set_name (self->years_stack, "years");
  gtk_stack_set_vhomogeneous (GTK_STACK (self->years_stack), FALSE);
  gtk_box_append (GTK_BOX (years_box), years_header_new (self));
  self->years_empty = gtk_label_new (_("No fiscal year yet: add the years the programs test."));
  gtk_widget_add_css_class (self->years_empty, "dim-label");
  gtk_box_append (GTK_BOX (years_box), self->years_empty);
  gtk_box_append (GTK_BOX (years_box), self->years_stack);
  gtk_box_append (GTK_BOX (self->content), years_box);

  self->tase_rules = find_tase_rules (self->session);
  update_regions (self);
  fill_years (self);
  self->years_id = g_signal_connect_swapped (sb_enterprise_get_years (self->enterprise),
                                             "items-changed", G_CALLBACK (on_years_changed),
                                             self);
}

static void
clear_company (SbCompanyView *self)
{
  GtkWidget *child;

  if (self->session != NULL)
    g_clear_signal_handler (&self->evaluated_id, self->session);
  if (self->enterprise != NULL)
    g_clear_signal_handler (&self->years_id, sb_enterprise_get_years (self->enterprise));
  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  self->years_stack = NULL;
  self->years_empty = NULL;
  self->remove_year = NULL;
  self->add_popover = NULL;
  self->add_spin = NULL;
  self->add_confirm = NULL;
  self->region_row = NULL;
  self->region_list = NULL;
  self->tase_rules = NULL;
  g_clear_pointer (&self->regions_shown, g_free);
  g_clear_object (&self->enterprise);
}

static void
sb_company_view_dispose (GObject *object)
{
  SbCompanyView *self = SB_COMPANY_VIEW (object);

  clear_company (self);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_company_view_parent_class)->dispose (object);
}

static void
sb_company_view_class_init (SbCompanyViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_company_view_dispose;
}

static void
sb_company_view_init (SbCompanyView *self)
{
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->pages = gtk_stack_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "x-office-address-book-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No company open"));
  sb_status_page_set_description_text (ADW_STATUS_PAGE (none),
                                   _("Choose a company at the side, or make a new one."));
  gtk_stack_add_named (GTK_STACK (self->pages), none, "none");

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_margin_top (self->content, 24);
  gtk_widget_set_margin_bottom (self->content, 24);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 800);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_stack_add_named (GTK_STACK (self->pages), clamp, "company");
  adw_bin_set_child (ADW_BIN (self), self->pages);
}

GtkWidget *
sb_company_view_new (void)
{
  return g_object_new (SB_TYPE_COMPANY_VIEW, NULL);
}

void
sb_company_view_set_session (SbCompanyView *self, SbSession *session)
{
  g_return_if_fail (SB_IS_COMPANY_VIEW (self));

  if (session == self->session && session != NULL)
    return;
  clear_company (self);
  g_set_object (&self->session, session);
  if (session == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->pages), "none");
      return;
    }
  self->enterprise = g_object_ref (sb_session_get_enterprise (session));
  build_company (self);
  self->evaluated_id = g_signal_connect_swapped (session, "evaluated",
                                                 G_CALLBACK (on_evaluated), self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->pages), "company");
}
