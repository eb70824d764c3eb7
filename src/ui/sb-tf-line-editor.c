/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-line-editor.c: an editor of a claim's lines: cells and drop-downs in a GtkColumnView. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-cell-entry.h"
#include "sb-tf-line-editor.h"

typedef struct _Cell Cell;

typedef struct
{
  SbTfLineEditor *editor;
  guint           column;
} ColumnData;

typedef struct
{
  GStrv names;
  GStrv descriptions;   /* same length as names, "" for none */
} Choices;

struct _Cell
{
  SbTfLineEditor *editor;
  guint           column;
  GtkWidget      *entry;      /* SbCellEntry, or NULL in a column with choices */
  GtkDropDown    *drop_down;  /* in a column with choices, or NULL */
  GtkStringList  *labels;     /* the drop-down's items: "Not given", the choices, the extra */
  char           *extra;      /* the value outside the choices the drop-down lists, or NULL */
  gulong          notify_id;  /* the bound line's notify::<property> (drop-down) */
  gboolean        syncing;    /* the drop-down is being set from the line */
  GtkListItem    *list_item;
  GObject        *item;       /* the bound line (a reference while bound) */
};

struct _SbTfLineEditor
{
  GtkBox            parent_instance;

  GListModel       *lines;
  const SbTfColumn *columns;
  guint             n_columns;
  ColumnData       *column_data;
  GObject          *owner;
  SbTfLineAdd       add;
  SbTfLineRemove    remove;

  GHashTable       *choices;   /* property → Choices* */
  GHashTable       *cells;     /* line → Cell*[n_columns] */
  GtkColumnView    *view;
  GtkWidget        *placeholder;
  GtkLabel         *message;
  Cell             *error_cell;
  char             *error;
  gulong            items_changed_id;
};

G_DEFINE_FINAL_TYPE (SbTfLineEditor, sb_tf_line_editor, GTK_TYPE_BOX)

static void
choices_free (Choices *c)
{
  g_strfreev (c->names);
  g_strfreev (c->descriptions);
  g_free (c);
}

static void
editor_set_error (SbTfLineEditor *self, Cell *cell, const char *message)
{
  g_clear_pointer (&self->error, g_free);
  self->error_cell = NULL;
  if (message != NULL)
    {
      self->error_cell = cell;
      self->error = g_strdup (message);
    }
  gtk_label_set_text (self->message, self->error != NULL ? self->error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), self->error != NULL);
}

/* The cell's message changed: "Line 2, Fee: Type an amount …\nThe last good value is
 * kept: ¥48,000.00" under the table. */
static void
on_cell_error (Cell *cell)
{
  SbTfLineEditor *self = cell->editor;
  /* what is wrong, and the value kept */
  const char *problem = sb_cell_entry_get_error (SB_CELL_ENTRY (cell->entry));

  if (problem != NULL && cell->list_item != NULL)
    {
      const SbTfColumn *col = &self->columns[cell->column];
      guint position = gtk_list_item_get_position (cell->list_item);
      g_autofree char *full = g_strdup_printf (_("Line %u, %s: %s"), position + 1,
                                               _(col->title), problem);

      editor_set_error (self, cell, full);
    }
  else if (self->error_cell == cell)
    editor_set_error (self, NULL, NULL);
}

static void
on_choice_activated (GtkListBox *box, GtkListBoxRow *row, Cell *cell)
{
  const char *name = g_object_get_data (G_OBJECT (row), "choice");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (box), GTK_TYPE_POPOVER);

  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (cell->entry), name);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
choices_button (Cell *cell, const Choices *choices)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_tooltip_text (button, _("Choose from the notice's list"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; choices->names[i] != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (choices->names[i]);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_box_append (GTK_BOX (box), name);
      if (choices->descriptions[i][0] != '\0')
        {
          GtkWidget *desc = gtk_label_new (choices->descriptions[i]);

          gtk_label_set_xalign (GTK_LABEL (desc), 0);
          gtk_widget_add_css_class (desc, "dim-label");
          gtk_widget_add_css_class (desc, "caption");
          gtk_box_append (GTK_BOX (box), desc);
        }
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "choice", choices->names[i]);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_choice_activated), cell);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

/* ---------------------------------------------------------- drop-downs */

/* The choices offered (those with a label). */
static guint
choices_n_offered (const SbTfChoice *choices)
{
  guint n = 0;

  for (guint i = 0; choices[i].value != NULL; i++)
    if (choices[i].label != NULL)
      n++;
  return n;
}

/* The drop-down's position of @value (1 for the first choice; an alias is
 * its choice's), or 0 when it is not a choice. */
static guint
choices_position (const SbTfChoice *choices, const char *value)
{
  guint position = 0;

  for (guint i = 0; choices[i].value != NULL; i++)
    {
      if (choices[i].label != NULL)
        position++;
      if (position > 0 && g_ascii_strcasecmp (choices[i].value, value) == 0)
        return position;
    }
  return 0;
}

/* The value of the choice at drop-down @position (1 for the first). */
static const char *
choices_value (const SbTfChoice *choices, guint position)
{
  for (guint i = 0; choices[i].value != NULL; i++)
    if (choices[i].label != NULL && --position == 0)
      return choices[i].value;
  return NULL;
}

static GtkWidget *
drop_down_new (Cell *cell, const SbTfColumn *col)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *button;

  gtk_string_list_append (labels, _("Not given"));
  for (guint i = 0; col->choices[i].value != NULL; i++)
    if (col->choices[i].label != NULL)
      gtk_string_list_append (labels, _(col->choices[i].label));
  cell->labels = labels;
  cell->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (labels), NULL));
  gtk_widget_set_valign (GTK_WIDGET (cell->drop_down), GTK_ALIGN_CENTER);
  /* frameless, as the typed cells: Adwaita 1.2 has no flat drop-down, its
   * button is */
  button = gtk_widget_get_first_child (GTK_WIDGET (cell->drop_down));
  if (GTK_IS_BUTTON (button))
    gtk_widget_add_css_class (button, "flat");
  return GTK_WIDGET (cell->drop_down);
}

/* Lists @extra (a value outside the choices) as the last item, or no extra
 * item when it is NULL.  Call with cell->syncing set. */
static void
drop_down_set_extra (Cell *cell, const char *extra)
{
  const SbTfChoice *choices = cell->editor->columns[cell->column].choices;
  const char *additions[] = { extra, NULL };

  if (g_strcmp0 (cell->extra, extra) == 0)
    return;
  gtk_string_list_splice (cell->labels, choices_n_offered (choices) + 1,
                          cell->extra != NULL ? 1 : 0, extra != NULL ? additions : NULL);
  g_free (cell->extra);
  cell->extra = g_strdup (extra);
}

/* Shows the line's value: "Not given" for NULL (or ""), its choice, or the
 * value itself as the extra item.  An extra item stays while the line is
 * bound, so a value outside the choices can be chosen again. */
static void
drop_down_sync (Cell *cell)
{
  const SbTfColumn *col = &cell->editor->columns[cell->column];
  g_autofree char *value = NULL;
  guint position = 0;

  if (cell->item != NULL)
    g_object_get (cell->item, col->property, &value, NULL);
  cell->syncing = TRUE;
  if (value != NULL && *value != '\0')
    {
      position = choices_position (col->choices, value);
      if (position == 0)
        {
          drop_down_set_extra (cell, value);
          position = choices_n_offered (col->choices) + 1;
        }
    }
  gtk_drop_down_set_selected (cell->drop_down, position);
  cell->syncing = FALSE;
}

static void
on_drop_down_selected (GtkDropDown *drop_down, GParamSpec *pspec, Cell *cell)
{
  const SbTfColumn *col = &cell->editor->columns[cell->column];
  guint position = gtk_drop_down_get_selected (drop_down);
  guint n = choices_n_offered (col->choices);
  g_autofree char *current = NULL;
  g_autofree char *value = NULL;

  if (cell->syncing || cell->item == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  g_object_get (cell->item, col->property, &current, NULL);
  if (current != NULL && *current != '\0' && choices_position (col->choices, current) == position)
    return;   /* the same choice (another case, an alias): the line keeps its words */
  if (position >= 1 && position <= n)
    value = g_strdup (choices_value (col->choices, position));
  else if (position > n)
    value = g_strdup (cell->extra);
  g_object_set (cell->item, col->property, value, NULL);
}

/* @entry_alive: FALSE when the entry (or the drop-down) is being destroyed. */
static void
cell_forget (Cell *cell, gboolean entry_alive)
{
  SbTfLineEditor *self = cell->editor;

  if (cell->item == NULL)
    return;
  if (self->error_cell == cell)
    editor_set_error (self, NULL, NULL);
  if (self->cells != NULL)
    {
      Cell **row = g_hash_table_lookup (self->cells, cell->item);

      if (row != NULL && row[cell->column] == cell)
        {
          gboolean empty = TRUE;

          row[cell->column] = NULL;
          for (guint i = 0; i < self->n_columns; i++)
            empty = empty && row[i] == NULL;
          if (empty)
            g_hash_table_remove (self->cells, cell->item);
        }
    }
  g_clear_signal_handler (&cell->notify_id, cell->item);
  if (entry_alive && cell->entry != NULL)
    sb_cell_entry_bind (SB_CELL_ENTRY (cell->entry), NULL, NULL);
  if (entry_alive && cell->drop_down != NULL)
    {
      cell->syncing = TRUE;
      drop_down_set_extra (cell, NULL);
      cell->syncing = FALSE;
    }
  g_clear_object (&cell->item);
  cell->list_item = NULL;
}

static void
cell_unbind (Cell *cell)
{
  cell_forget (cell, TRUE);
}

static void
cell_free (Cell *cell)
{
  cell_forget (cell, FALSE);
  g_free (cell->extra);
  g_free (cell);
}

static void
on_setup (GtkSignalListItemFactory *factory, GtkListItem *list_item, ColumnData *cd)
{
  SbTfLineEditor *self = cd->editor;
  const SbTfColumn *col = &self->columns[cd->column];
  const Choices *choices = g_hash_table_lookup (self->choices, col->property);
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child;

  cell->editor = self;
  cell->column = cd->column;
  if (col->choices != NULL)
    {
      child = drop_down_new (cell, col);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(col->title), -1);
      g_signal_connect (child, "notify::selected", G_CALLBACK (on_drop_down_selected), cell);
      g_object_set_data_full (G_OBJECT (child), "sb-cell", cell, (GDestroyNotify) cell_free);
      gtk_list_item_set_child (list_item, child);
      gtk_list_item_set_activatable (list_item, FALSE);
      return;
    }
  cell->entry = sb_cell_entry_new (col->kind);
  if (col->masked)
    sb_cell_entry_set_masked (SB_CELL_ENTRY (cell->entry), TRUE);
  gtk_entry_set_has_frame (GTK_ENTRY (cell->entry), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (cell->entry), col->width_chars);
  gtk_widget_set_hexpand (cell->entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(col->title), -1);
  if (col->required != NULL)
    sb_cell_entry_set_required (SB_CELL_ENTRY (cell->entry), _(col->required));
  g_signal_connect_swapped (cell->entry, "notify::error", G_CALLBACK (on_cell_error), cell);
  g_object_set_data_full (G_OBJECT (cell->entry), "sb-cell", cell, (GDestroyNotify) cell_free);

  child = cell->entry;
  if (choices != NULL)
    {
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_box_append (GTK_BOX (child), cell->entry);
      gtk_box_append (GTK_BOX (child), choices_button (cell, choices));
    }
  gtk_list_item_set_child (list_item, child);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static Cell *
cell_of (GtkListItem *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (GTK_IS_BOX (child))
    child = gtk_widget_get_first_child (child);
  return child != NULL ? g_object_get_data (G_OBJECT (child), "sb-cell") : NULL;
}

static void
on_bind (GtkSignalListItemFactory *factory, GtkListItem *list_item, ColumnData *cd)
{
  SbTfLineEditor *self = cd->editor;
  const char *property = self->columns[cd->column].property;
  Cell *cell = cell_of (list_item);
  Cell **row;

  if (cell == NULL)
    return;
  cell_unbind (cell);
  cell->list_item = list_item;
  cell->item = g_object_ref (gtk_list_item_get_item (list_item));
  if (cell->drop_down != NULL)
    {
      g_autofree char *detail = g_strconcat ("notify::", property, NULL);

      cell->notify_id = g_signal_connect_swapped (cell->item, detail,
                                                  G_CALLBACK (drop_down_sync), cell);
      drop_down_sync (cell);
    }
  else
    sb_cell_entry_bind (SB_CELL_ENTRY (cell->entry), cell->item, property);
  row = g_hash_table_lookup (self->cells, cell->item);
  if (row == NULL)
    {
      row = g_new0 (Cell *, self->n_columns);
      g_hash_table_insert (self->cells, cell->item, row);
    }
  row[cd->column] = cell;
}

static void
on_unbind (GtkSignalListItemFactory *factory, GtkListItem *list_item, ColumnData *cd)
{
  Cell *cell = cell_of (list_item);

  if (cell != NULL)
    cell_unbind (cell);
}

static void
on_remove_clicked (GtkButton *button, SbTfLineEditor *self)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (button), "list-item");

  if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL)
    self->remove (self->owner, gtk_list_item_get_position (list_item));
}

static void
on_remove_setup (GtkSignalListItemFactory *factory, GtkListItem *list_item, SbTfLineEditor *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove the line"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "list-item", list_item);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
  gtk_list_item_set_child (list_item, button);
  gtk_list_item_set_activatable (list_item, FALSE);
}

/* The new line's first typed cell takes the focus once the list has drawn
 * it (a few tries), so that its name, which the line needs, is typed at once. */
typedef struct
{
  SbTfLineEditor *editor;
  guint           tries;
} FocusLast;

static gboolean
focus_last_line (gpointer data)
{
  FocusLast *f = data;
  SbTfLineEditor *self = f->editor;
  guint n = g_list_model_get_n_items (self->lines);

  for (guint i = 0; n > 0 && i < self->n_columns; i++)
    if (self->columns[i].choices == NULL)
      {
        GtkEditable *cell = sb_tf_line_editor_get_cell (self, n - 1, self->columns[i].property);

        if (cell == NULL && ++f->tries < 20)
          return G_SOURCE_CONTINUE;
        if (cell != NULL)
          gtk_widget_grab_focus (GTK_WIDGET (cell));
        break;
      }
  return G_SOURCE_REMOVE;
}

static void
focus_last_free (gpointer data)
{
  FocusLast *f = data;

  g_object_unref (f->editor);
  g_free (f);
}

static void
on_add_clicked (SbTfLineEditor *self)
{
  FocusLast *f = g_new0 (FocusLast, 1);

  self->add (self->owner);
  f->editor = g_object_ref (self);
  g_timeout_add_full (G_PRIORITY_LOW, 25, focus_last_line, f, focus_last_free);
}

static void
on_items_changed (SbTfLineEditor *self)
{
  gtk_widget_set_visible (self->placeholder, g_list_model_get_n_items (self->lines) == 0);
}

static void
sb_tf_line_editor_dispose (GObject *object)
{
  SbTfLineEditor *self = SB_TF_LINE_EDITOR (object);
  g_autoptr(GPtrArray) bound = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  /* unbind every cell while the editor is whole (their entries may go later) */
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    for (guint i = 0; i < self->n_columns; i++)
      if (((Cell **) value)[i] != NULL)
        g_ptr_array_add (bound, ((Cell **) value)[i]);
  for (guint i = 0; i < bound->len; i++)
    cell_unbind (g_ptr_array_index (bound, i));
  g_clear_signal_handler (&self->items_changed_id, self->lines);
  G_OBJECT_CLASS (sb_tf_line_editor_parent_class)->dispose (object);
}

static void
sb_tf_line_editor_finalize (GObject *object)
{
  SbTfLineEditor *self = SB_TF_LINE_EDITOR (object);

  /* the cells may outlive the editor's table (freed with their entries) */
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_object (&self->lines);
  g_clear_object (&self->owner);
  g_free (self->column_data);
  g_free (self->error);
  G_OBJECT_CLASS (sb_tf_line_editor_parent_class)->finalize (object);
}

static void
sb_tf_line_editor_class_init (SbTfLineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_tf_line_editor_dispose;
  object_class->finalize = sb_tf_line_editor_finalize;
}

static void
sb_tf_line_editor_init (SbTfLineEditor *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) choices_free);
  self->cells = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
}

GtkWidget *
sb_tf_line_editor_new (GListModel *lines, const SbTfColumn *columns, guint n_columns,
                       GObject *owner, SbTfLineAdd add, SbTfLineRemove remove)
{
  SbTfLineEditor *self;
  GtkWidget *scrolled, *frame, *add_button, *content;
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  g_return_val_if_fail (G_IS_LIST_MODEL (lines), NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  self = g_object_new (SB_TYPE_TF_LINE_EDITOR, NULL);
  self->lines = g_object_ref (lines);
  self->columns = columns;
  self->n_columns = n_columns;
  self->owner = g_object_ref (owner);
  self->add = add;
  self->remove = remove;
  self->column_data = g_new0 (ColumnData, n_columns);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (
    GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (lines)))));
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  for (guint i = 0; i < n_columns; i++)
    {
      self->column_data[i].editor = self;
      self->column_data[i].column = i;
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), &self->column_data[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), &self->column_data[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), &self->column_data[i]);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].kind == SB_FIELD_TEXT
                                                 && columns[i].choices == NULL);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_remove_setup), self);
  column = gtk_column_view_column_new (NULL, factory);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), scrolled);
  self->placeholder = gtk_label_new (_("No lines yet."));
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_set_margin_top (self->placeholder, 12);
  gtk_widget_set_margin_bottom (self->placeholder, 12);
  gtk_box_append (GTK_BOX (content), self->placeholder);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), content);
  gtk_box_append (GTK_BOX (self), frame);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->message, 0);
  gtk_label_set_wrap (self->message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));

  add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add_button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                      "label", _("Add a line"), NULL));
  gtk_widget_set_halign (add_button, GTK_ALIGN_START);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  gtk_box_append (GTK_BOX (self), add_button);

  self->items_changed_id = g_signal_connect_swapped (lines, "items-changed",
                                                     G_CALLBACK (on_items_changed), self);
  on_items_changed (self);
  return GTK_WIDGET (self);
}

void
sb_tf_line_editor_set_choices (SbTfLineEditor *self, const char *property,
                               const char * const *choices, const char * const *descriptions)
{
  Choices *c;
  guint n;

  g_return_if_fail (SB_IS_TF_LINE_EDITOR (self));
  g_return_if_fail (property != NULL && choices != NULL);

  n = g_strv_length ((char **) choices);
  c = g_new0 (Choices, 1);
  c->names = g_strdupv ((char **) choices);
  c->descriptions = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    c->descriptions[i] = g_strdup (descriptions != NULL && descriptions[i] != NULL
                                   ? descriptions[i] : "");
  g_hash_table_replace (self->choices, g_strdup (property), c);
}

const char *
sb_tf_line_editor_get_error (SbTfLineEditor *self)
{
  g_return_val_if_fail (SB_IS_TF_LINE_EDITOR (self), NULL);
  return self->error;
}

GtkEditable *
sb_tf_line_editor_get_cell (SbTfLineEditor *self, guint position, const char *property)
{
  g_autoptr(GObject) item = NULL;
  Cell **row;

  g_return_val_if_fail (SB_IS_TF_LINE_EDITOR (self), NULL);

  item = g_list_model_get_item (self->lines, position);
  if (item == NULL || (row = g_hash_table_lookup (self->cells, item)) == NULL)
    return NULL;
  for (guint i = 0; i < self->n_columns; i++)
    if (row[i] != NULL && row[i]->entry != NULL
        && g_strcmp0 (self->columns[i].property, property) == 0)
      return GTK_EDITABLE (row[i]->entry);
  return NULL;
}

GtkDropDown *
sb_tf_line_editor_get_drop_down (SbTfLineEditor *self, guint position, const char *property)
{
  g_autoptr(GObject) item = NULL;
  Cell **row;

  g_return_val_if_fail (SB_IS_TF_LINE_EDITOR (self), NULL);

  item = g_list_model_get_item (self->lines, position);
  if (item == NULL || (row = g_hash_table_lookup (self->cells, item)) == NULL)
    return NULL;
  for (guint i = 0; i < self->n_columns; i++)
    if (row[i] != NULL && row[i]->drop_down != NULL
        && g_strcmp0 (self->columns[i].property, property) == 0)
      return row[i]->drop_down;
  return NULL;
}

void
sb_tf_line_editor_add_line (SbTfLineEditor *self)
{
  g_return_if_fail (SB_IS_TF_LINE_EDITOR (self));
  on_add_clicked (self);
}

void
sb_tf_line_editor_remove_line (SbTfLineEditor *self, guint position)
{
  g_return_if_fail (SB_IS_TF_LINE_EDITOR (self));
  if (position < g_list_model_get_n_items (self->lines))
    self->remove (self->owner, position);
}
