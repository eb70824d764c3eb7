/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-list.c: the sidebar of companies, searchable, with badges.
 *
 * A GtkListView (issue 11: 1,000 companies open as fast as two): the rows
 * are made for what is on screen and recycled as the list scrolls; each is
 * bound to its SbCompanyItem and follows its changes while bound.  The model
 * is the portfolio row (an item with id 0) followed by the companies the
 * search lets through, sorted by name; the filtered model is the one the
 * portfolio shows (sb_company_list_get_filtered ()). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-list.h"

/* ---- a row ------------------------------------------------------------- */

#define SB_TYPE_COMPANY_ROW (sb_company_row_get_type ())
G_DECLARE_FINAL_TYPE (SbCompanyRow, sb_company_row, SB, COMPANY_ROW, GtkWidget)

struct _SbCompanyRow
{
  GtkWidget      parent_instance;

  SbCompanyList *list;            /* not owned */
  SbCompanyItem *item;            /* bound, not owned (the list item holds it) */
  gulong         notify_id;

  GtkWidget     *portfolio;       /* the portfolio row's content */
  GtkWidget     *company;         /* a company's */
  GtkWidget     *name;
  GtkWidget     *code;
  GtkWidget     *badges[SB_N_PROGRAMS];
};

struct _SbCompanyList
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search;
  GtkListView        *list;
  GtkWidget          *no_match;

  GListModel         *model;      /* the companies, as given */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;   /* the search's (the portfolio shows it too) */
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sorted;
  GtkSliceListModel  *shown;      /* the first FIRST_ROWS of sorted until a frame is drawn */
  GtkSliceListModel  *others;     /* the same, for the portfolio */
  guint               grow_tick;
  guint               grow_source;
  gint64              selected_id; /* -1: none */
  GListStore         *head;       /* the portfolio row's item (id 0) */
  GtkSingleSelection *selection;  /* over head + sorted */
  char               *needle;     /* the search, case-folded; NULL: none */

  gint64              clicked_id; /* the last row a click opened, and when */
  gint64              clicked_at;
};

/* GTK 4.8 keeps up to 200 rows of a GtkListView alive whatever is on
 * screen: the first frame gets the rows a sidebar shows, the list the
 * others once it is drawn (issue 11). */
#define FIRST_ROWS 30

G_DEFINE_FINAL_TYPE (SbCompanyRow, sb_company_row, GTK_TYPE_WIDGET)
G_DEFINE_FINAL_TYPE (SbCompanyList, sb_company_list, ADW_TYPE_BIN)

enum
{
  SIGNAL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void emit_activated (SbCompanyList *self, gint64 id, gboolean by_click);

/* ---- a badge --------------------------------------------------------- */

/* Shows @program's badge of @item; @force: the row was just bound (the
 * tooltip is set then, else only when the note changed: a tooltip set is a
 * round trip to the display server, issue 11). */
static void
badge_update (GtkWidget *badge, SbCompanyItem *item, SbProgram program, gboolean force)
{
  SbBadge state = sb_company_item_get_badge (item, program);
  GtkWidget *icon = gtk_widget_get_first_child (badge);
  const char *note = sb_company_item_get_badge_note (item, program);
  const char *was = g_object_get_data (G_OBJECT (badge), "sb-badge-state");

  if (force || was != sb_badge_to_string (state))
    {
      const char *classes[] = { "badge", sb_badge_css_class (state), NULL };

      gtk_widget_set_css_classes (badge, classes);
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), sb_badge_icon_name (state));
      g_object_set_data (G_OBJECT (badge), "sb-badge-state",
                         (gpointer) sb_badge_to_string (state));
    }
  if (force || g_strcmp0 (gtk_widget_get_tooltip_text (badge), note) != 0)
    {
      g_autofree char *label = g_strdup_printf ("%s: %s", sb_program_short_name (program), note);

      gtk_widget_set_tooltip_text (badge, note);
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
    }
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

/* ---- a row, made once and bound to one item after another -------------- */

static void
row_update_text (SbCompanyRow *row, gboolean force)
{
  const char *name = sb_company_item_get_name (row->item);
  const char *code = sb_company_item_get_credit_code (row->item);

  if (name == NULL || *name == '\0')
    name = _("(no name)");
  if (force || g_strcmp0 (gtk_label_get_text (GTK_LABEL (row->name)), name) != 0)
    {
      gtk_label_set_text (GTK_LABEL (row->name), name);
      gtk_widget_set_tooltip_text (row->name, name);
    }
  gtk_label_set_text (GTK_LABEL (row->code), code != NULL && *code != '\0' ? code
                                              : _("no credit code"));
}

static void
on_item_notify (SbCompanyRow *row, GParamSpec *pspec, SbCompanyItem *item)
{
  const char *badge_props[SB_N_PROGRAMS] = { "tase", "annual-report", "trade-fund", "hnte" };

  if (g_str_equal (pspec->name, "name") || g_str_equal (pspec->name, "credit-code"))
    {
      row_update_text (row, FALSE);
      return;
    }
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    if (g_str_equal (pspec->name, badge_props[p]))
      badge_update (row->badges[p], item, p, FALSE);
}

static void
row_bind (SbCompanyRow *row, SbCompanyItem *item)
{
  gint64 id = sb_company_item_get_id (item);

  row->item = item;
  gtk_widget_set_visible (row->portfolio, id == 0);
  gtk_widget_set_visible (row->company, id != 0);
  if (id == 0)
    {
      gtk_widget_set_name (GTK_WIDGET (row), "portfolio");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row),
                                   _("Every company with its verdicts and deadlines"));
      return;
    }
  {
    g_autofree char *name = g_strdup_printf ("company:%" G_GINT64_FORMAT, id);

    gtk_widget_set_name (GTK_WIDGET (row), name);
  }
  gtk_widget_set_has_tooltip (GTK_WIDGET (row), FALSE);
  row_update_text (row, TRUE);
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    badge_update (row->badges[p], item, p, TRUE);
  row->notify_id = g_signal_connect_swapped (item, "notify", G_CALLBACK (on_item_notify), row);
}

static void
row_unbind (SbCompanyRow *row)
{
  if (row->item != NULL && row->notify_id != 0)
    g_signal_handler_disconnect (row->item, row->notify_id);
  row->notify_id = 0;
  row->item = NULL;
  gtk_widget_set_name (GTK_WIDGET (row), "unbound-row");
}

static void
on_row_activate (SbCompanyRow *row)
{
  if (row->item != NULL && row->list != NULL)
    emit_activated (row->list, sb_company_item_get_id (row->item), FALSE);
}

/* A click opens the company, as a sidebar row does. */
static void
on_row_released (GtkGestureClick *gesture, int n_press, double x, double y, SbCompanyRow *row)
{
  if (n_press != 1 || row->item == NULL || row->list == NULL)
    return;
  emit_activated (row->list, sb_company_item_get_id (row->item), TRUE);
}

static void
sb_company_row_dispose (GObject *object)
{
  SbCompanyRow *row = SB_COMPANY_ROW (object);
  GtkWidget *child;

  row_unbind (row);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (row))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (sb_company_row_parent_class)->dispose (object);
}

static void
sb_company_row_class_init (SbCompanyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_company_row_dispose;
  /* gtk_widget_activate () on a row opens it, as on a GtkListBoxRow */
  g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal_from_name (widget_class, "activate");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sbcompanyrow");
}

static void
sb_company_row_init (SbCompanyRow *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("sb-portfolio-symbolic");
  GtkWidget *label = gtk_label_new (_("All companies"));
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_parent (box, GTK_WIDGET (row));

  row->portfolio = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (row->portfolio), icon);
  gtk_box_append (GTK_BOX (row->portfolio), label);
  gtk_widget_set_margin_top (row->portfolio, 6);
  gtk_widget_set_margin_bottom (row->portfolio, 6);
  gtk_box_append (GTK_BOX (box), row->portfolio);

  row->company = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  row->name = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->name, "company-name");
  row->code = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->code), 0);
  gtk_label_set_ellipsize (GTK_LABEL (row->code), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->code, "caption");
  gtk_widget_add_css_class (row->code, "dim-label");
  gtk_widget_add_css_class (row->code, "numeric");
  for (guint p = 0; p < SB_N_PROGRAMS; p++)
    {
      row->badges[p] = badge_new (p);
      gtk_box_append (GTK_BOX (badges), row->badges[p]);
    }
  gtk_widget_set_margin_top (badges, 4);
  gtk_box_append (GTK_BOX (row->company), row->name);
  gtk_box_append (GTK_BOX (row->company), row->code);
  gtk_box_append (GTK_BOX (row->company), badges);
  gtk_widget_set_margin_top (row->company, 6);
  gtk_widget_set_margin_bottom (row->company, 6);
  gtk_box_append (GTK_BOX (box), row->company);

  g_signal_connect_swapped (row, "activate", G_CALLBACK (on_row_activate), row);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_row_released), row);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_name (GTK_WIDGET (row), "unbound-row");
}

/* ---- the factory ------------------------------------------------------- */

static void
on_setup (GtkSignalListItemFactory *factory, GtkListItem *list_item, SbCompanyList *self)
{
  SbCompanyRow *row = g_object_new (SB_TYPE_COMPANY_ROW, NULL);

  row->list = self;
  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
}

static void
on_bind (GtkSignalListItemFactory *factory, GtkListItem *list_item, SbCompanyList *self)
{
  row_bind (SB_COMPANY_ROW (gtk_list_item_get_child (list_item)),
            gtk_list_item_get_item (list_item));
}

static void
on_unbind (GtkSignalListItemFactory *factory, GtkListItem *list_item, SbCompanyList *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  if (row != NULL)
    row_unbind (SB_COMPANY_ROW (row));
}

static void
on_teardown (GtkSignalListItemFactory *factory, GtkListItem *list_item, SbCompanyList *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  if (row != NULL)
    SB_COMPANY_ROW (row)->list = NULL;
}

/* ---- the list ---------------------------------------------------------- */

static int
compare_items (gconstpointer a, gconstpointer b, gpointer data)
{
  SbCompanyItem *ia = (SbCompanyItem *) a, *ib = (SbCompanyItem *) b;
  int order = strcmp (sb_company_item_get_sort_key (ia), sb_company_item_get_sort_key (ib));
  gint64 ida, idb;

  if (order != 0)
    return order < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  ida = sb_company_item_get_id (ia);
  idb = sb_company_item_get_id (ib);
  return ida < idb ? GTK_ORDERING_SMALLER : ida > idb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
matches (gpointer item, gpointer data)
{
  SbCompanyList *self = data;

  if (self->needle == NULL)
    return TRUE;
  return strstr (sb_company_item_get_search_text (item), self->needle) != NULL;
}

static void
update_no_match (SbCompanyList *self)
{
  gtk_widget_set_visible (self->no_match,
                          self->needle != NULL && self->model != NULL
                          && g_list_model_get_n_items (self->model) > 0
                          && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0);
}

static void
on_search_changed (SbCompanyList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *old = g_steal_pointer (&self->needle);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*stripped != '\0')
    self->needle = sb_company_item_fold (stripped);
  if (g_strcmp0 (old, self->needle) == 0)
    return;
  if (old == NULL || (self->needle != NULL && strstr (self->needle, old) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->needle == NULL || strstr (old, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_no_match (self);
}

static void
on_stop_search (SbCompanyList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
}

static void
emit_activated (SbCompanyList *self, gint64 id, gboolean by_click)
{
  gint64 now = g_get_monotonic_time ();

  /* a double click is a click and an activation: it opens once */
  if (!by_click && id == self->clicked_id && now - self->clicked_at < 1000000)
    {
      self->clicked_id = -1;
  self->selected_id = -1;
      return;
    }
  self->clicked_id = by_click ? id : -1;
  self->clicked_at = now;
  g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0, id);
}

/* Enter (or a double click) on a row. */
static void
on_list_activate (SbCompanyList *self, guint position)
{
  g_autoptr(SbCompanyItem) item =
    g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    emit_activated (self, sb_company_item_get_id (item), FALSE);
}

/* The search entry's Enter opens the first company it lets through. */
static void
on_search_activate (SbCompanyList *self)
{
  g_autoptr(SbCompanyItem) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

  if (item == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, 1);
  emit_activated (self, sb_company_item_get_id (item), FALSE);
}

/* A name or code changed: its place in the order and the search may too. */
static void
on_company_text_changed (SbCompanyList *self)
{
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  if (self->needle != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_items_changed (SbCompanyList *self, guint position, guint removed, guint added,
                  GListModel *model)
{
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (model, position + i);

      g_signal_connect_object (item, "notify::name", G_CALLBACK (on_company_text_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (item, "notify::credit-code",
                               G_CALLBACK (on_company_text_changed), self, G_CONNECT_SWAPPED);
    }
  update_no_match (self);
}

static void select_position (SbCompanyList *self);

static gboolean
grow_idle (gpointer data)
{
  SbCompanyList *self = data;

  self->grow_source = 0;
  gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
  gtk_slice_list_model_set_size (self->others, G_MAXUINT);
  select_position (self);
  return G_SOURCE_REMOVE;
}

/* A tick comes before its frame is drawn: the list grows once it is. */
static gboolean
grow_after_frame (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  SbCompanyList *self = SB_COMPANY_LIST (widget);

  self->grow_tick = 0;
  if (self->grow_source == 0)
    self->grow_source = g_idle_add_full (G_PRIORITY_LOW, grow_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
sb_company_list_dispose (GObject *object)
{
  SbCompanyList *self = SB_COMPANY_LIST (object);

  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_tick);
  self->grow_tick = 0;
  g_clear_handle_id (&self->grow_source, g_source_remove);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  if (self->list != NULL)
    gtk_list_view_set_model (self->list, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->others);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->head);
  G_OBJECT_CLASS (sb_company_list_parent_class)->dispose (object);
}

static void
sb_company_list_finalize (GObject *object)
{
  SbCompanyList *self = SB_COMPANY_LIST (object);

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
  GtkWidget *overlay = gtk_overlay_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(SbCompanyItem) portfolio = sb_company_item_new (0);

  self->clicked_id = -1;
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

  /* the models: head (the portfolio row) + sort (filter (companies)) */
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorter = gtk_custom_sorter_new (compare_items, NULL, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (GTK_SORTER (self->sorter)));
  self->head = g_list_store_new (SB_TYPE_COMPANY_ITEM);
  g_list_store_append (self->head, portfolio);
  g_list_store_append (parts, self->head);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), 0,
                                          FIRST_ROWS);
  g_list_store_append (parts, self->shown);
  self->others = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), 0,
                                           FIRST_ROWS);
  self->selection = gtk_single_selection_new (
    G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_no_match), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_teardown), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                                 factory));
  gtk_widget_set_name (GTK_WIDGET (self->list), "companies");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Companies"), -1);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (on_list_activate), self);

  self->no_match = gtk_label_new (_("No company matches the search"));
  gtk_widget_add_css_class (self->no_match, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->no_match), TRUE);
  gtk_widget_set_valign (self->no_match, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->no_match, 72);
  gtk_widget_set_margin_start (self->no_match, 12);
  gtk_widget_set_margin_end (self->no_match, 12);
  gtk_widget_set_can_target (self->no_match, FALSE);
  gtk_widget_set_visible (self->no_match, FALSE);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), scrolled);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->no_match);
  gtk_widget_set_vexpand (overlay, TRUE);
  gtk_box_append (GTK_BOX (box), overlay);
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
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_clear_object (&self->model);
    }
  if (companies != NULL)
    {
      self->model = g_object_ref (companies);
      g_signal_connect_object (companies, "items-changed", G_CALLBACK (on_items_changed), self,
                               G_CONNECT_SWAPPED);
      on_items_changed (self, 0, 0, g_list_model_get_n_items (companies), companies);
    }
  gtk_filter_list_model_set_model (self->filtered, companies);
  update_no_match (self);
  if (gtk_slice_list_model_get_size (self->shown) != G_MAXUINT && self->grow_tick == 0
      && self->grow_source == 0)
    self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_after_frame,
                                                    NULL, NULL);
}

GListModel *
sb_company_list_get_filtered (SbCompanyList *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), NULL);
  return G_LIST_MODEL (self->others);
}

/* Selects the row of selected_id, when the list shows it. */
static void
select_position (SbCompanyList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->selected_id >= 0 && i < n; i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (sb_company_item_get_id (item) == self->selected_id)
        {
          position = i;
          break;
        }
    }
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

void
sb_company_list_select (SbCompanyList *self, gint64 id)
{
  g_return_if_fail (SB_IS_COMPANY_LIST (self));

  self->selected_id = id;
  select_position (self);
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

static GtkWidget *
find_row (GtkWidget *root, const char *name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (SB_IS_COMPANY_ROW (c))
        {
          if (SB_COMPANY_ROW (c)->item != NULL && g_str_equal (gtk_widget_get_name (c), name))
            return c;
          continue;
        }
      if ((found = find_row (c, name)) != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
sb_company_list_get_row (SbCompanyList *self, gint64 id)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), NULL);

  name = id == 0 ? g_strdup ("portfolio") : g_strdup_printf ("company:%" G_GINT64_FORMAT, id);
  return find_row (GTK_WIDGET (self->list), name);
}

guint
sb_company_list_count_visible (SbCompanyList *self)
{
  g_return_val_if_fail (SB_IS_COMPANY_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}
