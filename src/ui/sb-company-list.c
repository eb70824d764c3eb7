/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-list.c: the sidebar of companies, searchable, with badges. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-list.h"

struct _SbCompanyList
{
  AdwBin          parent_instance;

  GtkSearchEntry *search;
  GtkListBox     *list;
  GtkWidget      *portfolio_row;
  GtkWidget      *no_match;

  GListModel     *model;
  GPtrArray      *rows;          /* GtkListBoxRow*, in model order; NULL: not made yet */
  char           *needle;        /* the search, case-folded; NULL: none */
  guint           n_pending;     /* rows not made yet */
  guint           make_source;   /* makes them, a few at a time, after the first frame */
  guint           tick_id;
};

/* The rows of a long list are made a slice of time at a time after the
 * first frame (issue 11: 1,000 companies open as fast as two), the first
 * ones by name at once. */
#define FIRST_ROWS 40
#define MAKE_SLICE_USEC 30000

G_DEFINE_FINAL_TYPE (SbCompanyList, sb_company_list, ADW_TYPE_BIN)

static void make_all (SbCompanyList *self);

enum
{
  SIGNAL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normal != NULL ? normal : text, -1);
}

static SbCompanyItem *
row_item (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "sb-item");
}

/* ---- a badge --------------------------------------------------------- */

static void
badge_update (GtkWidget *badge, SbCompanyItem *item, SbProgram program)
{
  SbBadge state = sb_company_item_get_badge (item, program);
  GtkWidget *icon = gtk_widget_get_first_child (badge);
  const char *classes[] = { "badge", sb_badge_css_class (state), NULL };

  const char *note = sb_company_item_get_badge_note (item, program);

  /* only what changed: a tooltip set is a round trip to the display server
   * with many rows (issue 11) */
  if (g_object_get_data (G_OBJECT (badge), "sb-badge-state") != sb_badge_to_string (state))
    {
      gtk_widget_set_css_classes (badge, classes);
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), sb_badge_icon_name (state));
    }
  if (g_strcmp0 (gtk_widget_get_tooltip_text (badge), note) != 0)
    gtk_widget_set_tooltip_text (badge, note);
  g_object_set_data (G_OBJECT (badge), "sb-badge-state", (gpointer) sb_badge_to_string (state));
}

static GtkWidget *
badge_new (SbProgram program)
{
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (sb_program_short_name (program));
  g_autofree char *name = g_strconcat ("badge:", sb_program_ids[program], NULL);

  gtk_widget_set_name (badge, name);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 12);
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), label);
  return badge;
}

const char *
sb_company_list_badge_get_state (GtkWidget *badge)
{
  g_return_val_if_fail (GTK_IS_WIDGET (badge), NULL);
  return g_object_get_data (G_OBJECT (badge), "sb-badge-state");
}

/* ---- a company's row --------------------------------------------------- */

typedef struct
{
  GtkWidget *name;
  GtkWidget *code;
  GtkWidget *badges[SB_N_PROGRAMS];
  char      *name_key;   /* collation key of the name */
  char      *folded;     /* name and code, case-folded, for the search */
} RowParts;

static void
row_parts_free (RowParts *parts)
{
  g_free (parts->name_key);
  g_free (parts->folded);
  g_free (parts);
}

static void
row_update_text (GtkListBoxRow *row)
{
  RowParts *parts = g_object_get_data (G_OBJECT (row), "sb-parts");
  SbCompanyItem *item = row_item (row);
  const char *name = sb_company_item_get_name (item);
  const char *code = sb_company_item_get_credit_code (item);
  g_autofree char *folded_name = fold (name);
  g_autofree char *folded_code = fold (code);

  if (name == NULL || *name == '\0')
    name = _("(no name)");
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (parts->name)), name) != 0)
    {
      gtk_label_set_text (GTK_LABEL (parts->name), name);
      gtk_widget_set_tooltip_text (parts->name, name);
    }
  gtk_label_set_text (GTK_LABEL (parts->code), code != NULL && *code != '\0' ? code
                                                : _("no credit code"));
  g_free (parts->name_key);
  parts->name_key = g_utf8_collate_key (name, -1);
  g_free (parts->folded);
  parts->folded = g_strconcat (folded_name, "\n", folded_code, NULL);
}

static void
on_item_notify (GtkListBoxRow *row, GParamSpec *pspec, SbCompanyItem *item)
{
  RowParts *parts = g_object_get_data (G_OBJECT (row), "sb-parts");
  const char *badge_props[SB_N_PROGRAMS] = { "tase", "annual-report", "trade-fund", "hnte" };

  if (g_str_equal (pspec->name, "name") || g_str_equal (pspec->name, "credit-code"))
    {
      row_update_text (row);
      gtk_list_box_row_changed (row);
      return;
    }
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    if (g_str_equal (pspec->name, badge_props[p]))
      badge_update (parts->badges[p], item, p);
}

static GtkWidget *
row_new (SbCompanyItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  RowParts *parts = g_new0 (RowParts, 1);
  g_autofree char *name = g_strdup_printf ("company:%" G_GINT64_FORMAT,
                                           sb_company_item_get_id (item));

  gtk_widget_set_name (row, name);
  g_object_set_data_full (G_OBJECT (row), "sb-item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "sb-parts", parts, (GDestroyNotify) row_parts_free);

  parts->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (parts->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (parts->name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (parts->name, "company-name");
  parts->code = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (parts->code), 0);
  gtk_label_set_ellipsize (GTK_LABEL (parts->code), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (parts->code, "caption");
  gtk_widget_add_css_class (parts->code, "dim-label");
  gtk_widget_add_css_class (parts->code, "numeric");
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    {
      parts->badges[p] = badge_new (p);
      badge_update (parts->badges[p], item, p);
      gtk_box_append (GTK_BOX (badges), parts->badges[p]);
    }
  gtk_widget_set_margin_top (badges, 4);
  gtk_box_append (GTK_BOX (box), parts->name);
  gtk_box_append (GTK_BOX (box), parts->code);
  gtk_box_append (GTK_BOX (box), badges);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  row_update_text (GTK_LIST_BOX_ROW (row));
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), row,
                           G_CONNECT_SWAPPED);
  return row;
}

/* ---- the list ---------------------------------------------------------- */

static int
sort_rows (GtkListBoxRow *a, GtkListBoxRow *b, gpointer data)
{
  RowParts *pa, *pb;
  int order;

  /* the portfolio first */
  if (row_item (a) == NULL || row_item (b) == NULL)
    return (row_item (a) == NULL ? 0 : 1) - (row_item (b) == NULL ? 0 : 1);
  pa = g_object_get_data (G_OBJECT (a), "sb-parts");
  pb = g_object_get_data (G_OBJECT (b), "sb-parts");
  order = strcmp (pa->name_key, pb->name_key);
  if (order != 0)
    return order;
  return sb_company_item_get_id (row_item (a)) < sb_company_item_get_id (row_item (b)) ? -1 : 1;
}

static gboolean
row_matches (SbCompanyList *self, GtkListBoxRow *row)
{
  RowParts *parts = g_object_get_data (G_OBJECT (row), "sb-parts");

  if (parts == NULL || self->needle == NULL)
    return TRUE;
  return strstr (parts->folded, self->needle) != NULL;
}

static gboolean
filter_rows (GtkListBoxRow *row, gpointer data)
{
  return row_matches (SB_COMPANY_LIST (data), row);
}

static void
update_no_match (SbCompanyList *self)
{
  gtk_widget_set_visible (self->no_match,
                          self->needle != NULL && self->rows->len > 0
                          && sb_company_list_count_visible (self) == 0);
}

static void
on_search_changed (SbCompanyList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->needle, g_free);
  if (*stripped != '\0')
    self->needle = fold (stripped);
  gtk_list_box_invalidate_filter (self->list);
  update_no_match (self);
}

static void
on_stop_search (SbCompanyList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
}

static void
on_row_activated (SbCompanyList *self, GtkListBoxRow *row)
{
  SbCompanyItem *item = row_item (row);

  g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0,
                 item != NULL ? sb_company_item_get_id (item) : (gint64) 0);
}

/* The search entry's Enter opens the first company it lets through. */
static void
on_search_activate (SbCompanyList *self)
{
  GtkListBoxRow *row;

  make_all (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_item (row) != NULL && row_matches (self, row))
      {
        gtk_list_box_select_row (self->list, row);
        on_row_activated (self, row);
        return;
      }
}

/* Makes the row at @position of the model, when it is not made yet. */
static GtkWidget *
make_row (SbCompanyList *self, guint position)
{
  GtkWidget *row = g_ptr_array_index (self->rows, position);
  g_autoptr(SbCompanyItem) item = NULL;

  if (row != NULL)
    return row;
  item = g_list_model_get_item (self->model, position);
  row = row_new (item);
  self->rows->pdata[position] = row;
  gtk_list_box_append (self->list, row);
  self->n_pending--;
  return row;
}

static void
make_all (SbCompanyList *self)
{
  for (guint i = 0; self->n_pending > 0 && i < self->rows->len; i++)
    make_row (self, i);
  g_clear_handle_id (&self->make_source, g_source_remove);
}

typedef struct
{
  guint  position;
  char  *key;
} Pending;

static int
compare_pending (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Pending *) a)->key, ((const Pending *) b)->key);
}

/* The first rows by name (the ones the sidebar shows first). */
static void
make_first (SbCompanyList *self, guint count)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Pending));

  for (guint i = 0; i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) == NULL)
      {
        g_autoptr(SbCompanyItem) item = g_list_model_get_item (self->model, i);
        const char *name = sb_company_item_get_name (item);
        Pending p = { i, g_utf8_collate_key (name != NULL ? name : "", -1) };

        g_array_append_val (pending, p);
      }
  g_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);

      if (i < count)
        make_row (self, p->position);
      g_free (p->key);
    }
}

static gboolean
make_rows_idle (gpointer data)
{
  SbCompanyList *self = data;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; self->n_pending > 0 && i < self->rows->len; i++)
    {
      if (g_ptr_array_index (self->rows, i) == NULL)
        make_row (self, i);
      if (g_get_monotonic_time () - start > MAKE_SLICE_USEC)
        return G_SOURCE_CONTINUE;
    }
  self->make_source = 0;
  update_no_match (self);
  return G_SOURCE_REMOVE;
}

/* After a frame of the list shown: the first frame is not kept waiting. */
static gboolean
on_tick (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  SbCompanyList *self = SB_COMPANY_LIST (widget);

  self->tick_id = 0;
  if (self->n_pending > 0 && self->make_source == 0)
    self->make_source = g_idle_add_full (G_PRIORITY_LOW, make_rows_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_rows (SbCompanyList *self)
{
  if (self->n_pending == 0 || self->make_source != 0 || self->tick_id != 0)
    return;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
}

static void
on_items_changed (SbCompanyList *self, guint position, guint removed, guint added,
                  GListModel *model)
{
  for (guint i = 0; i < removed; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, position + i);

      if (row != NULL)
        gtk_list_box_remove (self->list, row);
      else
        self->n_pending--;
    }
  g_ptr_array_remove_range (self->rows, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->rows, position + i, NULL);
  self->n_pending += added;
  /* a few: all now; many: the first ones by name now, the others after
   * the first frame */
  if (self->n_pending <= FIRST_ROWS)
    make_all (self);
  else
    make_first (self, FIRST_ROWS);
  schedule_rows (self);
  update_no_match (self);
}

static GtkWidget *
portfolio_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("sb-portfolio-symbolic");
  GtkWidget *label = gtk_label_new (_("All companies"));

  gtk_widget_set_name (row, "portfolio");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Every company with its verdicts and deadlines"));
  return row;
}

static void
sb_company_list_dispose (GObject *object)
{
  SbCompanyList *self = SB_COMPANY_LIST (object);

  g_clear_handle_id (&self->make_source, g_source_remove);
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (sb_company_list_parent_class)->dispose (object);
}

static void
sb_company_list_finalize (GObject *object)
{
  SbCompanyList *self = SB_COMPANY_LIST (object);

  g_ptr_array_unref (self->rows);
  g_free (self->needle);
  G_OBJECT_CLASS (sb_company_list_parent_class)->finalize (object);
}

static void
sb_company_list_class_init (SbCompanyListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_company_list_dispose;
  object_class->finalize = sb_company_list_finalize;

  /* (gint64 id): 0 is the portfolio */
  signals[SIGNAL_ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "sbcompanylist");
}

static void
sb_company_list_init (SbCompanyList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->rows = g_ptr_array_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (self->search), "search");
  g_object_set (self->search, "placeholder-text", _("Search name or credit code"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search name or credit code"), -1);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search), 6);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "companies");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_set_sort_func (self->list, sort_rows, NULL, NULL);
  gtk_list_box_set_filter_func (self->list, filter_rows, self, NULL);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  self->portfolio_row = portfolio_row_new ();
  gtk_list_box_append (self->list, self->portfolio_row);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->list));

  self->no_match = gtk_label_new (_("No company matches the search"));
  gtk_widget_add_css_class (self->no_match, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->no_match), TRUE);
  gtk_widget_set_margin_top (self->no_match, 24);
  gtk_widget_set_margin_start (self->no_match, 12);
  gtk_widget_set_margin_end (self->no_match, 12);
  gtk_widget_set_visible (self->no_match, FALSE);
  gtk_box_append (GTK_BOX (content), self->no_match);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
sb_company_list_new (void)
{
  return g_object_new (SB_TYPE_COMPANY_LIST, NULL);
}

void
sb_company_list_set_model (SbCompanyList *self, GListModel *companies)
{
  g_return_if_fail (SB_IS_COMPANY_LIST (self));

  if (self->model != NULL)
    {
      on_items_changed (self, 0, self->rows->len, 0, self->model);
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_clear_object (&self->model);
    }
  if (companies == NULL)
    return;
  self->model = g_object_ref (companies);
  g_signal_connect_object (companies, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  on_items_changed (self, 0, 0, g_list_model_get_n_items (companies), companies);
}

void
sb_company_list_select (SbCompanyList *self, gint64 id)
{
  GtkWidget *row;

  g_return_if_fail (SB_IS_COMPANY_LIST (self));

  row = id == 0 ? self->portfolio_row : sb_company_list_get_row (self, id);
  if (row == NULL)
    gtk_list_box_unselect_all (self->list);
  else
    gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
}

void
sb_company_list_focus_search (SbCompanyList *self)
{
  g_return_if_fail (SB_IS_COMPANY_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  gtk_editable_select_region (GTK_EDITABLE (self->search), 0, -1);
}

GtkEditable *
sb_company_list_get_search (SbCompanyList *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), NULL);
  return GTK_EDITABLE (self->search);
}

GtkWidget *
sb_company_list_get_row (SbCompanyList *self, gint64 id)
{
  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkListBoxRow *row = g_ptr_array_index (self->rows, i);

      if (row == NULL)
        {
          g_autoptr(SbCompanyItem) item = g_list_model_get_item (self->model, i);

          /* asked for before it is made: made now */
          if (sb_company_item_get_id (item) == id)
            return make_row (self, i);
          continue;
        }
      if (sb_company_item_get_id (row_item (row)) == id)
        return GTK_WIDGET (row);
    }
  return NULL;
}

guint
sb_company_list_count_visible (SbCompanyList *self)
{
  guint n = 0;

  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), 0);

  make_all (self);
  for (guint i = 0; i < self->rows->len; i++)
    if (row_matches (self, g_ptr_array_index (self->rows, i)))
      n++;
  return n;
}
