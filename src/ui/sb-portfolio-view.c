/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-portfolio-view.c: the table of every company, sortable. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-item.h"
#include "sb-input.h"
#include "sb-portfolio-view.h"
#include "sb-text.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_CREDIT_CODE,
  COLUMN_VERDICT,
  COLUMN_SUBSIDY,
  COLUMN_DEADLINE,
} ColumnKind;

typedef struct
{
  const char *id;
  ColumnKind  kind;
  SbProgram   program;   /* COLUMN_VERDICT only */
} Column;

static const Column columns[] = {
  { "name", COLUMN_NAME, 0 },
  { "credit-code", COLUMN_CREDIT_CODE, 0 },
  { "tase", COLUMN_VERDICT, SB_PROGRAM_TASE },
  { "annual_report", COLUMN_VERDICT, SB_PROGRAM_ANNUAL_REPORT },
  { "trade_fund", COLUMN_VERDICT, SB_PROGRAM_TRADE_FUND },
  { "hnte", COLUMN_VERDICT, SB_PROGRAM_HNTE },
  { "subsidy", COLUMN_SUBSIDY, 0 },
  { "deadline", COLUMN_DEADLINE, 0 },
};

struct _SbPortfolioView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  GtkColumnView       *table;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  GtkColumnViewColumn *columns[G_N_ELEMENTS (columns)];
  GListModel          *model;
};

G_DEFINE_FINAL_TYPE (SbPortfolioView, sb_portfolio_view, ADW_TYPE_BIN)

enum
{
  SIGNAL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
column_title (const Column *column)
{
  switch (column->kind)
    {
    case COLUMN_NAME:
      return _("Company");
    case COLUMN_CREDIT_CODE:
      return _("Credit code");
    case COLUMN_VERDICT:
      switch (column->program)
        {
        case SB_PROGRAM_TASE:
          return _("TASE");
        case SB_PROGRAM_ANNUAL_REPORT:
          return C_("portfolio column", "Annual");
        case SB_PROGRAM_TRADE_FUND:
          return C_("portfolio column", "Fund");
        case SB_PROGRAM_HNTE:
        case SB_N_PROGRAMS:
        default:
          return _("HNTE");
        }
    case COLUMN_SUBSIDY:
      return _("Subsidy");
    case COLUMN_DEADLINE:
    default:
      return _("Next deadline");
    }
}

/* ---- cells ------------------------------------------------------------ */

static GtkWidget *
cell_new (const Column *column)
{
  GtkWidget *box = gtk_box_new (column->kind == COLUMN_DEADLINE ? GTK_ORIENTATION_VERTICAL
                                                                : GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  switch (column->kind)
    {
    case COLUMN_VERDICT:
      gtk_box_append (GTK_BOX (box), gtk_image_new ());
      break;
    case COLUMN_SUBSIDY:
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "numeric");
      break;
    case COLUMN_NAME:
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 18);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      break;
    case COLUMN_CREDIT_CODE:
      gtk_widget_add_css_class (label, "numeric");
      break;
    case COLUMN_DEADLINE:
    default:
      gtk_widget_add_css_class (label, "numeric");
      break;
    }
  gtk_box_append (GTK_BOX (box), label);
  if (column->kind == COLUMN_DEADLINE)
    {
      GtkWidget *what = gtk_label_new (NULL);

      gtk_box_set_spacing (GTK_BOX (box), 0);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (what, "dim-label");
      gtk_widget_add_css_class (what, "caption");
      gtk_label_set_xalign (GTK_LABEL (what), 0);
      gtk_label_set_ellipsize (GTK_LABEL (what), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (what), 24);
      gtk_box_append (GTK_BOX (box), what);
    }
  return box;
}

static void
set_dim (GtkWidget *label, gboolean dim)
{
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
cell_refresh (GtkListItem *list_item)
{
  const Column *column = g_object_get_data (G_OBJECT (list_item), "sb-column");
  SbCompanyItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *first = gtk_widget_get_first_child (box);
  GtkWidget *label = column->kind == COLUMN_VERDICT ? gtk_widget_get_next_sibling (first) : first;
  const char *text;

  if (item == NULL)
    return;
  switch (column->kind)
    {
    case COLUMN_NAME:
      text = sb_company_item_get_name (item);
      gtk_label_set_text (GTK_LABEL (label), text != NULL && *text != '\0' ? text
                                                                            : _("(no name)"));
      gtk_widget_set_tooltip_text (label, text);
      break;
    case COLUMN_CREDIT_CODE:
      text = sb_company_item_get_credit_code (item);
      gtk_label_set_text (GTK_LABEL (label), text != NULL && *text != '\0' ? text : "—");
      break;
    case COLUMN_VERDICT:
      {
        SbBadge badge = sb_company_item_get_badge (item, column->program);
        const char *classes[] = { "verdict", sb_badge_css_class (badge), NULL };

        gtk_image_set_from_icon_name (GTK_IMAGE (first), sb_badge_icon_name (badge));
        gtk_widget_set_visible (first, badge != SB_BADGE_NOT_ASKED);
        gtk_label_set_text (GTK_LABEL (label), badge == SB_BADGE_NOT_ASKED
                                               ? "—" : sb_badge_describe (badge));
        gtk_widget_set_css_classes (box, classes);
        gtk_widget_set_tooltip_text (box, sb_company_item_get_badge_note (item,
                                                                          column->program));
      }
      break;
    case COLUMN_SUBSIDY:
      {
        gint64 total = sb_company_item_get_trade_fund_total (item);
        g_autofree char *money = total != SB_UNSET ? sb_input_format_money (total) : NULL;

        gtk_label_set_text (GTK_LABEL (label), money != NULL ? money : "—");
        set_dim (label, money == NULL);
      }
      break;
    case COLUMN_DEADLINE:
    default:
      {
        SbDate date = sb_company_item_get_deadline (item);
        g_autofree char *day = sb_date_format (date);
        const char *what = sb_company_item_get_deadline_name (item);

        gtk_label_set_text (GTK_LABEL (label), day != NULL ? day : "—");
        set_dim (label, day == NULL);
        gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (label)),
                            day != NULL && what != NULL ? what : "");
        gtk_widget_set_visible (gtk_widget_get_next_sibling (label), day != NULL && what != NULL);
        gtk_widget_set_tooltip_text (box, day != NULL ? what : NULL);
      }
      break;
    }
}

static void
on_setup (GtkSignalListItemFactory *factory, GtkListItem *list_item, const Column *column)
{
  g_object_set_data (G_OBJECT (list_item), "sb-column", (gpointer) column);
  gtk_list_item_set_child (list_item, cell_new (column));
}

static void
on_bind (GtkSignalListItemFactory *factory, GtkListItem *list_item, const Column *column)
{
  SbCompanyItem *item = gtk_list_item_get_item (list_item);

  cell_refresh (list_item);
  g_signal_connect_object (item, "notify", G_CALLBACK (cell_refresh), list_item,
                           G_CONNECT_SWAPPED);
}

static void
on_unbind (GtkSignalListItemFactory *factory, GtkListItem *list_item, const Column *column)
{
  SbCompanyItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, cell_refresh, list_item);
}

/* ---- sorting ---------------------------------------------------------- */

static int
compare_strings (const char *a, const char *b)
{
  /* empty last */
  if (a == NULL || *a == '\0' || b == NULL || *b == '\0')
    return (a == NULL || *a == '\0') - (b == NULL || *b == '\0');
  return g_utf8_collate (a, b);
}

static int
compare_int64 (gint64 a, gint64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_items (gconstpointer pa, gconstpointer pb, gpointer data)
{
  SbCompanyItem *a = (SbCompanyItem *) pa, *b = (SbCompanyItem *) pb;
  const Column *column = data;
  int order = 0;

  switch (column->kind)
    {
    case COLUMN_NAME:
      order = compare_strings (sb_company_item_get_name (a), sb_company_item_get_name (b));
      break;
    case COLUMN_CREDIT_CODE:
      order = compare_strings (sb_company_item_get_credit_code (a),
                               sb_company_item_get_credit_code (b));
      break;
    case COLUMN_VERDICT:
      order = compare_int64 (sb_company_item_get_badge (a, column->program),
                             sb_company_item_get_badge (b, column->program));
      break;
    case COLUMN_SUBSIDY:
      /* not asked (SB_UNSET) sorts below zero */
      order = compare_int64 (sb_company_item_get_trade_fund_total (a),
                             sb_company_item_get_trade_fund_total (b));
      break;
    case COLUMN_DEADLINE:
    default:
      {
        SbDate da = sb_company_item_get_deadline (a), db = sb_company_item_get_deadline (b);

        /* none last */
        if (da == SB_DATE_UNSET || db == SB_DATE_UNSET)
          order = (da == SB_DATE_UNSET) - (db == SB_DATE_UNSET);
        else
          order = compare_int64 (da, db);
      }
      break;
    }
  if (order == 0)
    order = compare_int64 (sb_company_item_get_id (a), sb_company_item_get_id (b));
  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* ---- the view --------------------------------------------------------- */

static void
on_activate (SbPortfolioView *self, guint position)
{
  g_autoptr(SbCompanyItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (item != NULL)
    g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0, sb_company_item_get_id (item));
}

static void
update_empty (SbPortfolioView *self)
{
  gboolean empty = self->model == NULL || g_list_model_get_n_items (self->model) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "table");
}

static void
sb_portfolio_view_dispose (GObject *object)
{
  SbPortfolioView *self = SB_PORTFOLIO_VIEW (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (sb_portfolio_view_parent_class)->dispose (object);
}

static void
sb_portfolio_view_class_init (SbPortfolioViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_portfolio_view_dispose;

  /* (gint64 id) */
  signals[SIGNAL_ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static GtkWidget *
empty_page_new (void)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Company"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "sb-portfolio-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Companies Yet"));
  sb_status_page_set_description_text (ADW_STATUS_PAGE (status),
                                   _("Add a client company, or import a dossier from the "
                                     "main menu."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-company");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  return status;
}

static void
sb_portfolio_view_init (SbPortfolioView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->table = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->table), "portfolio");
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "portfolio");
  gtk_column_view_set_show_column_separators (self->table, FALSE);
  gtk_column_view_set_reorderable (self->table, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), (gpointer) &columns[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (column_title (&columns[i]), factory);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, (gpointer) &columns[i], NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].kind == COLUMN_NAME)
        {
          gtk_column_view_column_set_expand (column, TRUE);
          gtk_column_view_column_set_fixed_width (column, 230);
        }
      gtk_column_view_append_column (self->table, column);
      self->columns[i] = column;
      g_object_unref (column);
    }
  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->table)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (self->selection);
  g_signal_connect_swapped (self->table, "activate", G_CALLBACK (on_activate), self);
  gtk_column_view_sort_by_column (self->table, self->columns[0], GTK_SORT_ASCENDING);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "table");
  gtk_stack_add_named (self->stack, empty_page_new (), "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  update_empty (self);
}

GtkWidget *
sb_portfolio_view_new (void)
{
  return g_object_new (SB_TYPE_PORTFOLIO_VIEW, NULL);
}

void
sb_portfolio_view_set_model (SbPortfolioView *self, GListModel *companies)
{
  g_return_if_fail (SB_IS_PORTFOLIO_VIEW (self));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, companies);
  if (companies != NULL)
    g_signal_connect_object (companies, "items-changed", G_CALLBACK (update_empty), self,
                             G_CONNECT_SWAPPED);
  gtk_sort_list_model_set_model (self->sorted, companies);
  update_empty (self);
}

GListModel *
sb_portfolio_view_get_sorted_model (SbPortfolioView *self)
{
  g_return_val_if_fail (SB_IS_PORTFOLIO_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

gboolean
sb_portfolio_view_sort_by (SbPortfolioView *self, const char *column, GtkSortType order)
{
  g_return_val_if_fail (SB_IS_PORTFOLIO_VIEW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].id, column))
      {
        gtk_column_view_sort_by_column (self->table, self->columns[i], order);
        return TRUE;
      }
  return FALSE;
}

void
sb_portfolio_view_resort (SbPortfolioView *self)
{
  g_return_if_fail (SB_IS_PORTFOLIO_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    gtk_sorter_changed (gtk_column_view_column_get_sorter (self->columns[i]),
                        GTK_SORTER_CHANGE_DIFFERENT);
}
