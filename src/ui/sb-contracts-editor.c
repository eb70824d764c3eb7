/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-contracts-editor.c: a fiscal year's contracts, edited in place. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-catalogue-picker.h"
#include "sb-cell-entry.h"
#include "sb-contracts-editor.h"
#include "sb-input.h"
#include "sb-text.h"

typedef enum
{
  CELL_TEXT,
  CELL_MONEY,
  CELL_OFFSHORE,
  CELL_CATEGORY,
  CELL_REMOVE,
} CellType;

typedef struct
{
  const char *property;
  const char *title;
  CellType    type;
  gboolean    expand;
  int         width_chars;
} Column;

static const Column columns[] = {
  { "no", N_("No."), CELL_TEXT, FALSE, 8 },
  { "name", N_("Contract"), CELL_TEXT, TRUE, 9 },
  { "client", N_("Client"), CELL_TEXT, TRUE, 8 },
  { "client-country", N_("Country"), CELL_TEXT, FALSE, 3 },
  { "offshore", N_("Offshore"), CELL_OFFSHORE, FALSE, 0 },
  { "category", N_("Catalogue business"), CELL_CATEGORY, FALSE, 0 },
  { "amount", N_("Amount (¥)"), CELL_MONEY, FALSE, 11 },
  { "revenue", N_("Revenue in the year (¥)"), CELL_MONEY, FALSE, 11 },
  /* 合同登记情况 and 证明材料 (附件3) */
  { "tech-registration-no", N_("Technology contract registration no."), CELL_TEXT, FALSE, 10 },
  { "tech-registration-amount", N_("Registered technical income (¥)"), CELL_MONEY, FALSE, 10 },
  { "execution-registration-no", N_("Execution registration no."), CELL_TEXT, FALSE, 10 },
  { "execution-registration-amount", N_("Registered execution (¥)"), CELL_MONEY, FALSE, 10 },
  { "evidence", N_("Evidence"), CELL_TEXT, FALSE, 10 },
  { NULL, NULL, CELL_REMOVE, FALSE, 0 },
};

struct _SbContractsEditor
{
  GtkBox             parent_instance;

  SbFiscalYear      *year;
  const SbTaseRules *rules;
  GtkWidget         *view;
  GtkSingleSelection *selection;
  GtkWidget         *sums;
  GtkWidget         *source_box;      /* the choice "By the contracts / By the totals typed" */
  GtkWidget         *by_contracts;
  GtkWidget         *by_totals;
  gboolean           source_syncing;
  SbContractRow     *focus_pending;
  guint              focus_source;
  guint              focus_tries;
};

static void on_source_toggled (SbContractsEditor *self, GtkToggleButton *button);

G_DEFINE_FINAL_TYPE (SbContractsEditor, sb_contracts_editor, GTK_TYPE_BOX)

/* pixels, for the list's height */
#define HEADER_HEIGHT 40
#define ROW_HEIGHT    48

/* ---- the offshore cell: a switch; while unset, the flag proposed from the
 * client's country, to confirm (RULES.md §1.2) ---- */

typedef struct
{
  GtkWidget     *sw;
  GtkWidget     *confirm;
  GtkWidget     *unset;
  SbContractRow *row;
  gulong         offshore_id;
  gulong         country_id;
  gboolean       updating;
} OffshoreCell;

/* 1: a foreign client (offshore), 0: a client in mainland China, -1: no
 * country to go by.  Hong Kong, Macao and Taiwan clients are offshore for
 * service outsourcing. */
static int
propose_offshore (const char *country)
{
  static const char *const domestic[] = { "cn", "chn", "china", "中国", "中国大陆",
                                          "中华人民共和国" };
  g_autofree char *trimmed = NULL;
  g_autofree char *c = NULL;

  if (country == NULL)
    return -1;
  trimmed = g_strstrip (g_strdup (country));
  c = g_utf8_casefold (trimmed, -1);
  if (c[0] == '\0')
    return -1;
  for (gsize i = 0; i < G_N_ELEMENTS (domestic); i++)
    if (g_strcmp0 (c, domestic[i]) == 0)
      return 0;
  return 1;
}

static void
offshore_refresh (OffshoreCell *cell)
{
  int tri = -1;
  g_autofree char *country = NULL;
  int proposal;

  if (cell->row == NULL)
    return;
  g_object_get (cell->row, "offshore", &tri, "client-country", &country, NULL);
  proposal = propose_offshore (country);
  cell->updating = TRUE;
  if (tri != -1)
    gtk_switch_set_active (GTK_SWITCH (cell->sw), tri == 1);
  else
    gtk_switch_set_active (GTK_SWITCH (cell->sw), proposal == 1);
  cell->updating = FALSE;
  gtk_widget_set_visible (cell->confirm, tri == -1 && proposal != -1);
  gtk_widget_set_visible (cell->unset, tri == -1 && proposal == -1);
  gtk_widget_set_tooltip_text (cell->sw,
                               tri != -1 ? NULL
                               : proposal == 1 ? _("Proposed from the client’s country: "
                                                   "offshore. Confirm it, or switch it.")
                               : proposal == 0 ? _("Proposed from the client’s country: "
                                                   "not offshore. Confirm it, or switch it.")
                               : _("Not marked: the contract is not counted as offshore"));
}

static void
offshore_on_switch (OffshoreCell *cell)
{
  if (cell->updating || cell->row == NULL)
    return;
  g_object_set (cell->row, "offshore", gtk_switch_get_active (GTK_SWITCH (cell->sw)) ? 1 : 0,
                NULL);
}

static void
offshore_on_confirm (OffshoreCell *cell)
{
  if (cell->row == NULL)
    return;
  g_object_set (cell->row, "offshore", gtk_switch_get_active (GTK_SWITCH (cell->sw)) ? 1 : 0,
                NULL);
}

static void
offshore_unbind (OffshoreCell *cell)
{
  if (cell->row == NULL)
    return;
  g_clear_signal_handler (&cell->offshore_id, cell->row);
  g_clear_signal_handler (&cell->country_id, cell->row);
  g_clear_object (&cell->row);
}

static void
offshore_bind (OffshoreCell *cell, SbContractRow *row)
{
  offshore_unbind (cell);
  if (row == NULL)
    return;
  cell->row = g_object_ref (row);
  cell->offshore_id = g_signal_connect_swapped (row, "notify::offshore",
                                                G_CALLBACK (offshore_refresh), cell);
  cell->country_id = g_signal_connect_swapped (row, "notify::client-country",
                                               G_CALLBACK (offshore_refresh), cell);
  offshore_refresh (cell);
}

static void
offshore_free (gpointer data)
{
  OffshoreCell *cell = data;

  offshore_unbind (cell);
  g_free (cell);
}

static GtkWidget *
offshore_new (void)
{
  OffshoreCell *cell = g_new0 (OffshoreCell, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  cell->sw = gtk_switch_new ();
  gtk_widget_set_valign (cell->sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Offshore"), -1);
  g_signal_connect_swapped (cell->sw, "notify::active", G_CALLBACK (offshore_on_switch), cell);
  gtk_box_append (GTK_BOX (box), cell->sw);
  cell->confirm = gtk_button_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (cell->confirm, "flat");
  gtk_widget_set_valign (cell->confirm, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (cell->confirm, _("Confirm the proposed flag"));
  g_signal_connect_swapped (cell->confirm, "clicked", G_CALLBACK (offshore_on_confirm), cell);
  gtk_box_append (GTK_BOX (box), cell->confirm);
  cell->unset = gtk_image_new_from_icon_name ("dialog-question-symbolic");
  gtk_widget_add_css_class (cell->unset, "dim-label");
  gtk_widget_set_tooltip_text (cell->unset, _("Not marked"));
  gtk_box_append (GTK_BOX (box), cell->unset);
  g_object_set_data_full (G_OBJECT (box), "offshore-cell", cell, offshore_free);
  return box;
}

/* ---- cells ---- */

static GtkWidget *
cell_widget (GtkListItem *item)
{
  return gtk_list_item_get_child (item);
}

static void
on_remove_clicked (GtkWidget *button, SbContractsEditor *self)
{
  SbContractRow *row = g_object_get_data (G_OBJECT (button), "row");
  GListModel *list = sb_fiscal_year_get_contracts (self->year);

  for (guint i = 0; row != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SbContractRow) r = g_list_model_get_item (list, i);

      if (r == row)
        {
          sb_contracts_editor_remove (self, i);
          return;
        }
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  const Column *col = data;
  SbContractsEditor *self = g_object_get_data (G_OBJECT (factory), "editor");
  GtkWidget *w = NULL;

  switch (col->type)
    {
    case CELL_TEXT:
    case CELL_MONEY:
      w = sb_cell_entry_new (col->type == CELL_MONEY ? SB_FIELD_MONEY : SB_FIELD_TEXT);
      gtk_editable_set_width_chars (GTK_EDITABLE (w), col->width_chars);
      gtk_widget_set_hexpand (w, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(col->title), -1);
      break;
    case CELL_OFFSHORE:
      w = offshore_new ();
      break;
    case CELL_CATEGORY:
      w = sb_catalogue_picker_new ();
      sb_catalogue_picker_set_rules (SB_CATALOGUE_PICKER (w), self->rules);
      break;
    case CELL_REMOVE:
      w = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (w, "flat");
      gtk_widget_set_tooltip_text (w, _("Remove the contract"));
      g_signal_connect (w, "clicked", G_CALLBACK (on_remove_clicked), self);
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_valign (w, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (w), "column", (gpointer) col);
  gtk_list_item_set_child (item, w);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  const Column *col = data;
  GtkWidget *w = cell_widget (item);
  SbContractRow *row = gtk_list_item_get_item (item);
  SbContractsEditor *self = g_object_get_data (G_OBJECT (factory), "editor");

  switch (col->type)
    {
    case CELL_TEXT:
    case CELL_MONEY:
      sb_cell_entry_bind (SB_CELL_ENTRY (w), G_OBJECT (row), col->property);
      break;
    case CELL_OFFSHORE:
      offshore_bind (g_object_get_data (G_OBJECT (w), "offshore-cell"), row);
      break;
    case CELL_CATEGORY:
      sb_catalogue_picker_set_rules (SB_CATALOGUE_PICKER (w), self->rules);
      g_object_set_data_full (G_OBJECT (w), "binding",
                              g_object_ref (g_object_bind_property (row, "category", w, "code",
                                                                    G_BINDING_BIDIRECTIONAL
                                                                    | G_BINDING_SYNC_CREATE)),
                              g_object_unref);
      break;
    case CELL_REMOVE:
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (w), "row", row);
}

static void
unbind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer data)
{
  const Column *col = data;
  GtkWidget *w = cell_widget (item);

  switch (col->type)
    {
    case CELL_TEXT:
    case CELL_MONEY:
      sb_cell_entry_bind (SB_CELL_ENTRY (w), NULL, NULL);
      break;
    case CELL_OFFSHORE:
      offshore_bind (g_object_get_data (G_OBJECT (w), "offshore-cell"), NULL);
      break;
    case CELL_CATEGORY:
      {
        GBinding *binding = g_object_get_data (G_OBJECT (w), "binding");

        if (binding != NULL)
          g_binding_unbind (binding);
        g_object_set_data (G_OBJECT (w), "binding", NULL);
      }
      break;
    case CELL_REMOVE:
    default:
      break;
    }
  g_object_set_data (G_OBJECT (w), "row", NULL);
}

/* Calls @func on every cell under @root. */
static GtkWidget *
find_cell (GtkWidget *root, SbContractRow *row, const char *property)
{
  const Column *col = g_object_get_data (G_OBJECT (root), "column");

  if (col != NULL && col->property != NULL && g_object_get_data (G_OBJECT (root), "row") == row
      && g_strcmp0 (col->property, property) == 0)
    {
      if (col->type == CELL_OFFSHORE)
        return ((OffshoreCell *) g_object_get_data (G_OBJECT (root), "offshore-cell"))->sw;
      return root;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_cell (c, row, property);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
set_rules_below (GtkWidget *root, const SbTaseRules *rules)
{
  if (SB_IS_CATALOGUE_PICKER (root))
    sb_catalogue_picker_set_rules (SB_CATALOGUE_PICKER (root), rules);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    set_rules_below (c, rules);
}

static gboolean
focus_pending_cell (gpointer data)
{
  SbContractsEditor *self = data;
  GtkWidget *cell;

  if (self->focus_pending == NULL)
    {
      self->focus_source = 0;
      return G_SOURCE_REMOVE;
    }
  cell = find_cell (self->view, self->focus_pending, "no");
  if (cell == NULL && ++self->focus_tries < 20)
    return G_SOURCE_CONTINUE;
  if (cell != NULL)
    gtk_widget_grab_focus (cell);
  g_clear_object (&self->focus_pending);
  self->focus_source = 0;
  return G_SOURCE_REMOVE;
}

/* ---- undo ---- */

typedef struct
{
  SbFiscalYear  *year;
  SbContractRow *row;
  guint          position;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *r = data;

  g_object_unref (r->year);
  g_object_unref (r->row);
  g_free (r);
}

static void
on_undo (AdwToast *toast)
{
  Removed *r = g_object_get_data (G_OBJECT (toast), "removed");
  guint n = g_list_model_get_n_items (sb_fiscal_year_get_contracts (r->year));

  sb_fiscal_year_insert_contract (r->year, MIN (r->position, n), r->row);
}

/* The list shows its rows (up to ten; then it scrolls): a column view does
 * not ask for the height of its rows. */
static void
update_empty (SbContractsEditor *self)
{
  guint n = g_list_model_get_n_items (sb_fiscal_year_get_contracts (self->year));
  GtkWidget *scrolled = gtk_widget_get_parent (self->view);

  gtk_widget_set_visible (scrolled, n > 0);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              HEADER_HEIGHT + (int) MIN (n, 10) * ROW_HEIGHT);
}

/* ---- the type ---- */

static void
sb_contracts_editor_dispose (GObject *object)
{
  SbContractsEditor *self = SB_CONTRACTS_EDITOR (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_object (&self->focus_pending);
  if (self->year != NULL)
    g_signal_handlers_disconnect_by_data (sb_fiscal_year_get_contracts (self->year), self);
  g_clear_object (&self->year);
  G_OBJECT_CLASS (sb_contracts_editor_parent_class)->dispose (object);
}

static void
sb_contracts_editor_class_init (SbContractsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_contracts_editor_dispose;
}

static void
sb_contracts_editor_init (SbContractsEditor *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 8);
}

GtkWidget *
sb_contracts_editor_new (SbFiscalYear *year)
{
  SbContractsEditor *self;
  GListModel *list;
  GtkWidget *scrolled;
  int y;
  g_autofree char *view_name = NULL;
  g_autofree char *sums_name = NULL;

  g_return_val_if_fail (SB_IS_FISCAL_YEAR (year), NULL);

  self = g_object_new (SB_TYPE_CONTRACTS_EDITOR, NULL);
  self->year = g_object_ref (year);
  y = sb_fiscal_year_get_year (year);
  list = sb_fiscal_year_get_contracts (year);

  self->selection = gtk_single_selection_new (g_object_ref (list));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->view = gtk_column_view_new (GTK_SELECTION_MODEL (self->selection));
  view_name = g_strdup_printf ("%d:contracts", y);
  gtk_widget_set_name (self->view, view_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contracts"), -1);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->view), FALSE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->view), TRUE);

  for (gsize i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "editor", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) &columns[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (columns[i].title != NULL ? _(columns[i].title) : "",
                                           factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), column);
      g_object_unref (column);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              HEADER_HEIGHT + 10 * ROW_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->view);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (self), scrolled);

  /* where the year's TASE revenue comes from: an explicit choice, with the
   * difference when both the contracts and the typed totals exist */
  {
    GtkWidget *label = gtk_label_new (_("TASE revenue of the year:"));
    GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    g_autofree char *source_name = g_strdup_printf ("%d:contracts:source", y);
    g_autofree char *by_contracts_name = g_strdup_printf ("%d:contracts:by-contracts", y);
    g_autofree char *by_totals_name = g_strdup_printf ("%d:contracts:by-totals", y);

    self->source_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    gtk_widget_set_name (self->source_box, source_name);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
    gtk_box_append (GTK_BOX (self->source_box), label);
    gtk_widget_add_css_class (linked, "linked");
    self->by_contracts = gtk_toggle_button_new_with_mnemonic (_("By the _contracts"));
    gtk_widget_set_name (self->by_contracts, by_contracts_name);
    self->by_totals = gtk_toggle_button_new_with_mnemonic (_("By the _totals typed"));
    gtk_widget_set_name (self->by_totals, by_totals_name);
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->by_totals),
                                 GTK_TOGGLE_BUTTON (self->by_contracts));
    gtk_box_append (GTK_BOX (linked), self->by_contracts);
    gtk_box_append (GTK_BOX (linked), self->by_totals);
    gtk_box_append (GTK_BOX (self->source_box), linked);
    gtk_accessible_update_relation (GTK_ACCESSIBLE (linked), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    label, NULL, -1);
    g_signal_connect_swapped (self->by_contracts, "toggled", G_CALLBACK (on_source_toggled), self);
    g_signal_connect_swapped (self->by_totals, "toggled", G_CALLBACK (on_source_toggled), self);
    gtk_box_append (GTK_BOX (self), self->source_box);
  }

  self->sums = gtk_label_new (NULL);
  sums_name = g_strdup_printf ("%d:contracts:sums", y);
  gtk_widget_set_name (self->sums, sums_name);
  gtk_label_set_wrap (GTK_LABEL (self->sums), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->sums), 0.0f);
  gtk_widget_add_css_class (self->sums, "dim-label");
  gtk_box_append (GTK_BOX (self), self->sums);

  g_signal_connect_swapped (list, "items-changed", G_CALLBACK (update_empty), self);
  update_empty (self);
  sb_contracts_editor_set_figures (self, NULL);
  return GTK_WIDGET (self);
}

void
sb_contracts_editor_set_rules (SbContractsEditor *self, const SbTaseRules *rules)
{
  g_return_if_fail (SB_IS_CONTRACTS_EDITOR (self));
  self->rules = rules;
  set_rules_below (self->view, rules);
}

/* The contracts' sums as the engine makes them (RULES.md §1.2): catalogue
 * revenue of every contract with a category, offshore of those marked so;
 * SB_UNSET when a counted contract lacks its revenue. */
static void
contract_sums (SbFiscalYear *year, gint64 *catalogue, gint64 *offshore)
{
  GListModel *list = sb_fiscal_year_get_contracts (year);

  *catalogue = *offshore = 0;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SbContractRow) c = g_list_model_get_item (list, i);
      g_autofree char *category = NULL;
      gint64 revenue = SB_UNSET;
      int flag = SB_TRI_UNSET;

      g_object_get (c, "category", &category, "revenue", &revenue, "offshore", &flag, NULL);
      if (category == NULL)
        continue;
      if (revenue == SB_UNSET)
        {
          *catalogue = SB_UNSET;
          if (flag != SB_TRI_FALSE)
            *offshore = SB_UNSET;
          continue;
        }
      if (*catalogue != SB_UNSET)
        *catalogue += revenue;
      if (flag == SB_TRI_TRUE && *offshore != SB_UNSET)
        *offshore += revenue;
    }
}

static char *
money_or_dash (gint64 fen)
{
  return fen != SB_UNSET ? sb_input_format_money (fen) : g_strdup ("—");
}

/* "¥1,000.00 (typed: ¥1,200.00, ¥200.00 less)" */
static char *
compare (gint64 listed, gint64 typed)
{
  g_autofree char *a = money_or_dash (listed);
  g_autofree char *b = money_or_dash (typed);

  if (listed == SB_UNSET || typed == SB_UNSET)
    return g_strdup_printf (_("%s (typed: %s)"), a, b);
  if (listed == typed)
    return g_strdup_printf (_("%s (the same as typed)"), a);
  {
    g_autofree char *d = sb_input_format_money (listed > typed ? listed - typed : typed - listed);

    return g_strdup_printf (listed > typed ? _("%s (typed: %s; the contracts are %s more)")
                                           : _("%s (typed: %s; the contracts are %s less)"),
                            a, b, d);
  }
}

/* As sb_tase_year_uses_contracts () reads the year. */
static gboolean
uses_contracts (SbFiscalYear *year)
{
  g_autofree char *source = NULL;

  g_object_get (year, "revenue-source", &source, NULL);
  return g_list_model_get_n_items (sb_fiscal_year_get_contracts (year)) > 0
         && g_strcmp0 (source, "totals") != 0;
}

static void
sync_source (SbContractsEditor *self)
{
  gboolean uses = uses_contracts (self->year);

  self->source_syncing = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->by_contracts), uses);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->by_totals), !uses);
  self->source_syncing = FALSE;
  gtk_widget_set_visible (self->source_box,
                          g_list_model_get_n_items (sb_fiscal_year_get_contracts (self->year)) > 0);
}

static void
on_source_toggled (SbContractsEditor *self, GtkToggleButton *button)
{
  if (self->source_syncing || !gtk_toggle_button_get_active (button))
    return;
  g_object_set (self->year, "revenue-source",
                GTK_WIDGET (button) == self->by_totals ? "totals" : "contracts", NULL);
}

void
sb_contracts_editor_set_figures (SbContractsEditor *self, const SbTaseYearFigures *f)
{
  g_autofree char *text = NULL;
  gint64 catalogue, offshore, typed_catalogue = SB_UNSET, typed_offshore = SB_UNSET;

  g_return_if_fail (SB_IS_CONTRACTS_EDITOR (self));

  sync_source (self);
  if (g_list_model_get_n_items (sb_fiscal_year_get_contracts (self->year)) == 0)
    {
      text = g_strdup (_("No contracts: the year’s catalogue and offshore revenue typed above "
                         "are used."));
      gtk_label_set_text (GTK_LABEL (self->sums), text);
      return;
    }
  contract_sums (self->year, &catalogue, &offshore);
  g_object_get (self->year, "tase-revenue", &typed_catalogue, "offshore-revenue", &typed_offshore,
                NULL);
  if (typed_catalogue == SB_UNSET && typed_offshore == SB_UNSET)
    {
      g_autofree char *cat = money_or_dash (catalogue);
      g_autofree char *off = money_or_dash (offshore);

      text = g_strdup_printf (_("From the contracts: catalogue revenue %s, offshore revenue %s."),
                              cat, off);
    }
  else
    {
      /* both exist: the difference, whichever is used */
      g_autofree char *cat = compare (catalogue, typed_catalogue);
      g_autofree char *off = compare (offshore, typed_offshore);

      text = g_strdup_printf (_("Contracts: catalogue revenue %s, offshore revenue %s. "
                                "The figures %s are used."), cat, off,
                              uses_contracts (self->year)
                              ? _("of the contracts") : _("typed above"));
    }
  gtk_label_set_text (GTK_LABEL (self->sums), text);
}

SbContractRow *
sb_contracts_editor_add (SbContractsEditor *self)
{
  g_autoptr(SbContractRow) row = sb_contract_row_new ();
  guint n;

  g_return_val_if_fail (SB_IS_CONTRACTS_EDITOR (self), NULL);

  /* the first contract of a year whose totals are typed: the totals stay
   * in use until the user chooses the contracts (an empty contract does
   * not silently replace them) */
  if (g_list_model_get_n_items (sb_fiscal_year_get_contracts (self->year)) == 0)
    {
      g_autofree char *source = NULL;
      gint64 typed_catalogue = SB_UNSET, typed_offshore = SB_UNSET;

      g_object_get (self->year, "revenue-source", &source, "tase-revenue", &typed_catalogue,
                    "offshore-revenue", &typed_offshore, NULL);
      if (source == NULL && (typed_catalogue != SB_UNSET || typed_offshore != SB_UNSET))
        g_object_set (self->year, "revenue-source", "totals", NULL);
    }
  sb_fiscal_year_add_contract (self->year, row);
  n = g_list_model_get_n_items (sb_fiscal_year_get_contracts (self->year));
  gtk_single_selection_set_selected (self->selection, n - 1);
  g_set_object (&self->focus_pending, row);
  self->focus_tries = 0;
  if (self->focus_source == 0)
    self->focus_source = g_idle_add (focus_pending_cell, self);
  return row;
}

void
sb_contracts_editor_remove (SbContractsEditor *self, guint position)
{
  GListModel *list;
  g_autoptr(SbContractRow) row = NULL;
  GtkWidget *overlay;
  g_autofree char *no = NULL;

  g_return_if_fail (SB_IS_CONTRACTS_EDITOR (self));

  list = sb_fiscal_year_get_contracts (self->year);
  row = g_list_model_get_item (list, position);
  if (row == NULL)
    return;
  sb_fiscal_year_remove_contract (self->year, position);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      Removed *r = g_new0 (Removed, 1);
      AdwToast *toast;
      g_autofree char *title = NULL;

      g_object_get (row, "no", &no, NULL);
      title = no != NULL ? g_strdup_printf (_("Contract %s removed"), no)
                         : g_strdup (_("Contract removed"));
      toast = sb_toast_new_text (title);
      r->year = g_object_ref (self->year);
      r->row = g_object_ref (row);
      r->position = position;
      adw_toast_set_button_label (toast, _("Undo"));
      g_object_set_data_full (G_OBJECT (toast), "removed", r, removed_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo), NULL);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
}

GtkWidget *
sb_contracts_editor_get_cell (SbContractsEditor *self, SbContractRow *row, const char *property)
{
  g_return_val_if_fail (SB_IS_CONTRACTS_EDITOR (self), NULL);
  return find_cell (self->view, row, property);
}
