/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-a11y.c: every control a keyboard or screen-reader user reaches has
 * an accessible name (issue 11).  Each page of the real window is shown in
 * turn (the Company page, the four programs with and without a claim, the
 * trade fund's directions, the portfolio, the new-company dialog) and every
 * mapped control is walked: a button, switch, check, toggle, entry, spin,
 * drop-down or search field without a name — an accessible label, a
 * labelled-by relation, or the text of its own label — fails the test,
 * named by its path in the widget tree.  GtkAccessible's roles and the test
 * AT context's properties stand in for AT-SPI (no AT-SPI library here). */
#include "config.h"

#include "ui-test-util.h"

#define TASE_COMPANY "大连星海软件有限公司"
#define TF_COMPANY "大连软件园公共服务中心有限公司"

static GString *failures;
static guint n_controls;

static gboolean
is_control (GtkWidget *w)
{
  switch (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The text of the labels inside @w (a button's words). */
static gboolean
has_label_text (GtkWidget *w)
{
  if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w)
      && gtk_label_get_text (GTK_LABEL (w))[0] != '\0')
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label_text (c))
      return TRUE;
  return FALSE;
}

static gboolean
has_name (GtkWidget *w)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w));

  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL)
      || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (w),
                                           GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  /* a button, check or toggle is named by its own words */
  if (role == GTK_ACCESSIBLE_ROLE_BUTTON
      || role == GTK_ACCESSIBLE_ROLE_CHECKBOX || role == GTK_ACCESSIBLE_ROLE_RADIO)
    return has_label_text (w);
  return FALSE;
}

static char *
path_of (GtkWidget *w)
{
  GString *s = g_string_new (NULL);

  for (GtkWidget *p = w; p != NULL; p = gtk_widget_get_parent (p))
    {
      const char *name = gtk_widget_get_name (p);
      g_autofree char *part = NULL;

      if (g_strcmp0 (name, G_OBJECT_TYPE_NAME (p)) != 0)
        part = g_strdup_printf ("%s#%s", G_OBJECT_TYPE_NAME (p), name);
      else
        part = g_strdup (name);
      g_string_prepend (s, part);
      if (gtk_widget_get_parent (p) != NULL)
        g_string_prepend (s, " > ");
    }
  return g_string_free (s, FALSE);
}

/* The part of the window in @root a user reaches: mapped, sensitive or not. */
static void
walk (GtkWidget *root, const char *where)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (is_control (root) && (gtk_widget_get_focusable (root) || GTK_IS_DROP_DOWN (root)
                            || GTK_IS_EDITABLE (root)))
    {
      n_controls++;
      if (!has_name (root))
        {
          g_autofree char *path = path_of (root);

          g_string_append_printf (failures, "%s: %s\n", where, path);
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    walk (c, where);
}

static void
settle (void)
{
  for (int i = 0; i < 10; i++)
    ui_test_iterate ();
}

static void
show_view (SbWindow *window, const char *view)
{
  ui_test_activate_action (GTK_WIDGET (window), "win.show-view", g_variant_new_string (view));
  settle ();
}

static void
walk_pages (SbWindow *window, const char *company)
{
  static const char * const views[] = { "company", "tase", "annual", "tradefund", "hnte" };

  ui_test_open_company (window, ui_test_company_id (window, company));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, %s", company, views[i]);
      GtkWidget *directions;

      show_view (window, views[i]);
      walk (GTK_WIDGET (window), where);
      /* the trade fund's directions, each shown */
      directions = g_str_equal (views[i], "tradefund")
                   ? ui_test_find (GTK_WIDGET (window), "tradefund-directions") : NULL;
      if (directions != NULL && GTK_IS_STACK (directions))
        for (GtkWidget *c = gtk_widget_get_first_child (directions); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          {
            g_autofree char *sub = NULL;

            gtk_stack_set_visible_child (GTK_STACK (directions), c);
            settle ();
            sub = g_strdup_printf ("%s › %s", where,
                                   gtk_stack_get_visible_child_name (GTK_STACK (directions)));
            walk (GTK_WIDGET (window), sub);
          }
    }
}

static void
test_every_control_named (void)
{
  SbWindow *window = ui_test_open_window ();

  failures = g_string_new (NULL);
  n_controls = 0;
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  settle ();
  /* the portfolio */
  walk (GTK_WIDGET (window), "portfolio");
  walk_pages (window, TASE_COMPANY);
  walk_pages (window, TF_COMPANY);

  g_test_message ("%u controls looked at", n_controls);
  if (failures->len > 0)
    {
      g_test_message ("controls without a name:\n%s", failures->str);
      g_test_fail_printf ("%u controls looked at; some have no accessible name (listed above)",
                          n_controls);
    }
  g_assert_cmpuint (n_controls, >, 100);
  g_string_free (failures, TRUE);
  ui_test_close_window (window);
}

/* The new-company dialog: named fields, and Enter creates the company. */
static void
test_new_company_keyboard (void)
{
  SbWindow *window = ui_test_open_window ();
  GtkWidget *dialog = NULL;
  GtkWidget *name;
  GtkEditable *text;
  guint before = g_list_model_get_n_items (sb_window_get_companies (window));

  ui_test_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
  settle ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_strcmp0 (gtk_widget_get_name (l->data), "new-company") == 0)
      dialog = l->data;
  g_assert_nonnull (dialog);
  failures = g_string_new (NULL);
  n_controls = 0;
  walk (dialog, "new company");
  if (failures->len > 0)
    g_test_fail_printf ("controls without a name:\n%s", failures->str);
  g_string_free (failures, TRUE);

  /* typed, then Enter: the default response creates it */
  name = ui_test_find (dialog, "new-company-name");
  text = ui_test_get_editable (name);
  ui_test_type (GTK_WIDGET (text), "键盘公司");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "键盘公司");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));

  g_signal_emit_by_name (gtk_editable_get_delegate (text) != NULL
                         ? (gpointer) gtk_editable_get_delegate (text) : (gpointer) text,
                         "activate");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, before + 1);
  g_assert_nonnull (sb_window_get_session (window));

  /* a year: the year field, Enter */
  {
    GtkWidget *spin = NULL;
    SbEnterprise *e = sb_session_get_enterprise (sb_window_get_session (window));
    SbFiscalYear *y;
    GtkWidget *add, *focus, *picker_button, *search, *row;
    SbContractRow *contract;
    g_autofree char *category = NULL;
    g_autofree char *no = NULL;

    settle ();
    spin = ui_test_find (GTK_WIDGET (window), "add-year:year");
    g_assert_nonnull (spin);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2024);
    g_assert_true (ui_test_press_key (spin, GDK_KEY_Return, 0));
    settle ();
    y = sb_enterprise_find_year (e, 2024);
    g_assert_nonnull (y);

    /* a contract: the add button activated, its first cell focused, typed */
    add = ui_test_find (GTK_WIDGET (window), "2024:contracts:add");
    g_assert_nonnull (add);
    /* Enter or Space on the focused button: the press animation, then "clicked" */
    g_assert_true (gtk_widget_activate (add));
    for (int i = 0; i < 200 && g_list_model_get_n_items (sb_fiscal_year_get_contracts (y)) == 0;
         i++)
      {
        g_usleep (5000);
        ui_test_iterate ();
      }
    settle ();
    g_assert_cmpuint (g_list_model_get_n_items (sb_fiscal_year_get_contracts (y)), ==, 1);
    contract = g_list_model_get_item (sb_fiscal_year_get_contracts (y), 0);
    g_object_unref (contract);   /* the year holds it */
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (GTK_IS_TEXT (focus) || GTK_IS_EDITABLE (focus));
    ui_test_type (focus, "K-1");
    g_object_get (contract, "no", &no, NULL);
    g_assert_cmpstr (no, ==, "K-1");

    /* its category: the picker's button (Tab from the number onward),
     * the search, Down into the list, Enter on the first business */
    picker_button = NULL;
    for (int i = 0; i < 12 && picker_button == NULL; i++)
      {
        GtkWidget *f;

        g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
        settle ();
        f = gtk_root_get_focus (GTK_ROOT (window));
        if (f != NULL && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (f)))
          picker_button = gtk_widget_get_parent (f);
        else if (f != NULL && GTK_IS_MENU_BUTTON (f))
          picker_button = f;
      }
    g_assert_nonnull (picker_button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (picker_button));
    settle ();
    search = ui_test_find (gtk_widget_get_parent (picker_button), "catalogue:search");
    if (search == NULL)
      search = ui_test_find (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker_button))),
                             "catalogue:search");
    g_assert_nonnull (search);
    ui_test_type (search, "软件");
    g_assert_true (ui_test_press_key (search, GDK_KEY_Down, 0));
    row = gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (search)));
    g_assert_true (GTK_IS_LIST_BOX_ROW (row));
    g_signal_emit_by_name (row, "activate");
    settle ();
    g_object_get (contract, "category", &category, NULL);
    g_assert_nonnull (category);
    g_test_message ("category chosen by keyboard: %s", category);
  }
  ui_test_close_window (window);
}

int
main (int argc, char **argv)
{
  /* the test AT context keeps every property and relation set (the suite
   * runs with GTK_A11Y=none) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/a11y/every-control-named", test_every_control_named);
  g_test_add_func ("/ui/a11y/new-company-keyboard", test_new_company_keyboard);
  return g_test_run ();
}
