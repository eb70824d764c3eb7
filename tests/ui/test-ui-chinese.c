/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-chinese.c: the real window under zh_CN.UTF-8 shows no English word. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sb-company-item.h"
#include "sb-check-text.h"
#include "sb-date.h"
#include "sb-input.h"
#include "sb-policy.h"
#include "sb-tables-dialog.h"
#include "ui-test-util.h"

/* The locale is built for the test (the machine may have none but C):
 * localedef -i zh_CN -f UTF-8 <tmp>/zh_CN.UTF-8, found through LOCPATH.
 * The catalogue is the build tree's po/zh_CN/LC_MESSAGES/shenbao.mo
 * (SHENBAO_LOCALEDIR, tests/ui/meson.build). */
static char *locale_dir;
static char *locale_problem;

/* Runs of ASCII letters that are the same in Chinese: codes of the notices,
 * file formats and key names.  Nothing else in Latin letters may show. */
static const char *const allowed_words[] = {
  "ITO", "BPO", "KPO",          /* the TASE catalogue's groups (notice 000) */
  "CMM", "CMMI", "ISO", "IT",   /* certifications as the notices name them (000, 002):
                                 * "CMM/CMMI、IT服务管理…认定证书" */
  "LPR",                        /* the loan prime rate, as the notice writes it */
  "GB",                         /* a national standard's number: GB 32100 (credit codes) */
  "PDF", "XLSX", "Excel",       /* file formats */
  "Ctrl", "Alt", "Shift", "Home", /* key names in accelerators (GTK's) */
  NULL,
};

/* The region codes of the profiles ("dalian", "hangzhou"): what the region
 * entry takes, listed under it as the codes to type (filled from the
 * application's policy set). */
static GHashTable *region_codes;

/* The user's data shown in labels (the sidebar, the portfolio): removed
 * from a text before it is checked.  Text in editable entries (names,
 * contract numbers, "Tokyo Sec Co.") is the user's and never collected. */
static const char *const data_values[] = {
  "91210200MA0Q1A2B3C",         /* credit codes of the two example companies */
  "91210200MA0Q9Z8Y7X",
  NULL,
};

/* Found, reported and not fixed yet: listed by the test, which is then
 * marked incomplete (TAP "# TODO") rather than failed.  Remove an entry once
 * its fix is in; anything else in English fails the test.  The list ends
 * with a NULL needle. */
static const struct
{
  const char *needle;    /* in the text shown (the whole text when exact) */
  const char *why;
  gboolean    exact;
} pending_fixes[] = {
  { NULL, NULL, FALSE },
};

/* Texts of the policy profiles (data/policies/NAME.json), written in English:
 * the interpretations and the growth formula.  Shown as they are, they are
 * pending too (the profiles have no Chinese text for them yet). */
static GPtrArray *profile_texts;

/* Strings of the profiles' values in Chinese: the notices' own words (a
 * brand title "全球外包Rising Star", a certification's name), shown as the
 * notice writes them: removed from a text before it is checked. */
static GPtrArray *notice_words;

typedef struct
{
  GPtrArray *offences;   /* "where: text" */
  GPtrArray *pending;    /* the same, of pending_fixes and profile_texts */
  guint      n_texts;    /* texts looked at */
  guint      n_money;    /* texts with ¥ amounts */
  guint      n_dates;    /* texts with YYYY-MM-DD dates */
} Findings;

static GRegex *money_regex;      /* ¥ followed by a well-formed amount */
static GRegex *bad_date_regex;   /* dates written otherwise than YYYY-MM-DD */
static GRegex *date_regex;

/* ---------------------------------------------------------------- checks */

static gboolean
allowed_word (const char *word, gsize len)
{
  for (guint i = 0; allowed_words[i] != NULL; i++)
    if (strlen (allowed_words[i]) == len && strncmp (allowed_words[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

/* A file name a test made (the database's), shown as the user's data. */
static char *data_path;

static char *
without_data (const char *text)
{
  GString *s = g_string_new (text);

  for (guint i = 0; data_values[i] != NULL; i++)
    g_string_replace (s, data_values[i], "", 0);
  if (data_path != NULL)
    g_string_replace (s, data_path, "", 0);
  for (guint i = 0; notice_words != NULL && i < notice_words->len; i++)
    g_string_replace (s, notice_words->pdata[i], "", 0);
  /* command-line options are code: "--db" */
  g_string_replace (s, "--db", "", 0);
  return g_string_free (s, FALSE);
}

/* The first English word of @text (2+ ASCII letters not allowed), or NULL. */
static char *
english_word (const char *text)
{
  g_autofree char *plain = without_data (text);

  for (const char *p = plain; *p != '\0';)
    {
      const char *start = p;

      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      while (g_ascii_isalpha (*p))
        p++;
      if (p - start < 2 || allowed_word (start, p - start))
        continue;
      /* the unit of US dollar amounts */
      if (p - start == 2 && strncmp (start, "US", 2) == 0 && *p == '$')
        continue;
      {
        g_autofree char *word = g_strndup (start, p - start);

        if (region_codes == NULL || !g_hash_table_contains (region_codes, word))
          return g_steal_pointer (&word);
      }
    }
  return NULL;
}

static char *
widget_path (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *type = G_OBJECT_TYPE_NAME (w);
      const char *name = gtk_widget_get_name (w);
      gboolean named = name != NULL && g_strcmp0 (name, type) != 0;

      /* the widget itself, named ancestors and the rows and groups */
      if (w == widget || named || ADW_IS_PREFERENCES_ROW (w) || ADW_IS_PREFERENCES_GROUP (w)
          || ADW_IS_STATUS_PAGE (w) || GTK_IS_ROOT (w))
        {
          g_autofree char *segment = named ? g_strdup_printf ("%s#%s", type, name)
                                           : g_strdup (type);

          g_string_prepend (path, path->len > 0 ? " > " : "");
          g_string_prepend (path, segment);
        }
    }
  return g_string_free (path, FALSE);
}

static void
check_text (Findings *f, const char *where, const char *what, const char *text)
{
  g_autofree char *word = NULL;

  if (text == NULL || *text == '\0')
    return;
  f->n_texts++;
  if (strstr (text, "¥") != NULL)
    {
      g_autoptr(GMatchInfo) match = NULL;
      guint yen = 0, good = 0;

      /* an amount's ¥ (a lone ¥ is the unit before a money entry) */
      for (const char *p = strstr (text, "¥"); p != NULL; p = strstr (p + 1, "¥"))
        if (p[strlen ("¥")] == '-' || g_ascii_isdigit (p[strlen ("¥")]))
          yen++;
      g_regex_match (money_regex, text, 0, &match);
      while (g_match_info_matches (match))
        {
          good++;
          g_match_info_next (match, NULL);
        }
      if (good != yen)
        g_ptr_array_add (f->offences, g_strdup_printf ("%s (%s): money not as ¥1,234.56: “%s”",
                                                       where, what, text));
      else
        f->n_money++;
    }
  if (g_regex_match (bad_date_regex, text, 0, NULL))
    g_ptr_array_add (f->offences, g_strdup_printf ("%s (%s): a date not as YYYY-MM-DD: “%s”",
                                                   where, what, text));
  if (g_regex_match (date_regex, text, 0, NULL))
    f->n_dates++;
  word = english_word (text);
  if (word != NULL)
    {
      const char *why = NULL;

      for (guint i = 0; profile_texts != NULL && i < profile_texts->len && why == NULL; i++)
        if (strstr (text, profile_texts->pdata[i]) != NULL)
          why = "a policy profile's text, in English (data/policies)";
      for (guint i = 0; pending_fixes[i].needle != NULL && why == NULL; i++)
        if (pending_fixes[i].exact ? g_str_equal (text, pending_fixes[i].needle)
                                   : strstr (text, pending_fixes[i].needle) != NULL)
          why = pending_fixes[i].why;
      if (why != NULL)
        g_ptr_array_add (f->pending, g_strdup_printf ("%s (%s): “%s” [%s]", where, what, text,
                                                      why));
      else
        g_ptr_array_add (f->offences, g_strdup_printf ("%s (%s): “%s” in “%s”", where, what,
                                                       word, text));
    }
}

static void
check_widget_text (Findings *f, GtkWidget *widget, const char *what, const char *text)
{
  g_autofree char *where = NULL;

  if (text == NULL || *text == '\0')
    return;
  where = widget_path (widget);
  check_text (f, where, what, text);
}

static void
check_menu (Findings *f, GMenuModel *model, const char *where)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (f, where, "menu item", label);
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          check_menu (f, link, where);
        }
    }
}

/* Every text @widget and what is drawn below it shows. */
static void
check_tree (Findings *f, GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  check_widget_text (f, widget, "tooltip", gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_WINDOW (widget))
    check_widget_text (f, widget, "window title", gtk_window_get_title (GTK_WINDOW (widget)));
  if (GTK_IS_LABEL (widget))
    check_widget_text (f, widget, "label", gtk_label_get_text (GTK_LABEL (widget)));
  /* an entry's text is the user's: only its placeholder is ours */
  if (GTK_IS_TEXT (widget))
    check_widget_text (f, widget, "placeholder",
                       gtk_text_get_placeholder_text (GTK_TEXT (widget)));
  if (GTK_IS_MENU_BUTTON (widget))
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
      g_autofree char *where = widget_path (widget);

      check_widget_text (f, widget, "button", gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));
      if (model != NULL)
        check_menu (f, model, where);
    }
  if (GTK_IS_BUTTON (widget))
    check_widget_text (f, widget, "button", gtk_button_get_label (GTK_BUTTON (widget)));
  if (ADW_IS_PREFERENCES_ROW (widget))
    check_widget_text (f, widget, "row title",
                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  if (ADW_IS_ACTION_ROW (widget))
    check_widget_text (f, widget, "row subtitle",
                       adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
  if (ADW_IS_EXPANDER_ROW (widget))
    check_widget_text (f, widget, "row subtitle",
                       adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      check_widget_text (f, widget, "group title",
                         adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
      check_widget_text (f, widget, "group description",
                         adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)));
    }
  if (ADW_IS_STATUS_PAGE (widget))
    {
      check_widget_text (f, widget, "status title",
                         adw_status_page_get_title (ADW_STATUS_PAGE (widget)));
      check_widget_text (f, widget, "status description",
                         adw_status_page_get_description (ADW_STATUS_PAGE (widget)));
    }
  if (ADW_IS_WINDOW_TITLE (widget))
    {
      check_widget_text (f, widget, "title", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)));
      check_widget_text (f, widget, "subtitle",
                         adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
    }
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (ADW_VIEW_STACK (widget));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          check_widget_text (f, widget, "page title", adw_view_stack_page_get_title (page));
        }
    }
  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (GTK_STACK (widget));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          GtkStackPage *page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          check_widget_text (f, widget, "page title", gtk_stack_page_get_title (page));
          g_object_unref (page);
        }
    }
  if (GTK_IS_COLUMN_VIEW (widget))
    {
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (widget));

      for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          check_widget_text (f, widget, "column title", gtk_column_view_column_get_title (column));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (f, child);
}

/* Expander rows open, so that their rows are drawn and checked too. */
static void
expand_all (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static void
scroll_into_view (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *child;
      GtkAdjustment *adj;
      graphene_rect_t bounds;

      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;
      child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
      if (child != NULL && gtk_widget_compute_bounds (widget, child, &bounds))
        gtk_adjustment_set_value (adj, bounds.origin.y - 24);
    }
  ui_test_iterate ();
}

static gboolean
on_screen (GtkWidget *widget, GtkWidget *window)
{
  graphene_rect_t bounds;

  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (window));
  GdkMonitor *monitor;
  GdkRectangle screen;

  /* a popover is placed on the window's monitor (Xvfb: the window at its
   * top left corner): a widget below the screen's edge opens none */
  if (surface == NULL
      || (monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (window),
                                                        surface)) == NULL)
    return FALSE;
  gdk_monitor_get_geometry (monitor, &screen);
  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.y >= 0
         && bounds.origin.x + bounds.size.width <= MIN (gtk_widget_get_width (window), screen.width)
         && bounds.origin.y + bounds.size.height <= MIN (gtk_widget_get_height (window),
                                                         screen.height);
}

static void
find_menu_buttons (GtkWidget *widget, GPtrArray *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_MENU_BUTTON (widget) || ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_menu_buttons (child, out);
}

static GtkWidget *
find_popover (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_popover (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list of a combo row (the choices as shown), opened as a click does. */
static void
check_combo_row (Findings *f, GtkWidget *row, GtkWidget *window)
{
  GtkWidget *popover;

  scroll_into_view (row);
  if (!on_screen (row, window) || !gtk_widget_is_sensitive (row))
    return;
  g_signal_emit_by_name (row, "activate");
  ui_test_iterate ();
  popover = find_popover (row);
  if (popover == NULL || !gtk_widget_get_mapped (popover))
    return;
  check_tree (f, popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_test_iterate ();
}

/* The items of a drop-down of strings (a line editor's kinds), as its list
 * shows them: read from its model (its popover need not open). */
static void
check_drop_down (Findings *f, GtkDropDown *drop_down)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (GTK_IS_STRING_OBJECT (item))
        check_widget_text (f, GTK_WIDGET (drop_down), "drop-down item",
                           gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
    }
}

/* What @window shows, its expander rows open, and what each of its menu
 * buttons' popovers, combo rows' and drop-downs' lists show (pickers, the
 * notice's titles, the profiles, the kinds of a certification…). */
static void
check_window (Findings *f, GtkWidget *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_iterate ();
  expand_all (window);
  ui_test_iterate ();
  check_tree (f, window);
  find_menu_buttons (window, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button;
      GtkPopover *popover;

      if (GTK_IS_DROP_DOWN (buttons->pdata[i]))
        {
          check_drop_down (f, buttons->pdata[i]);
          continue;
        }
      if (ADW_IS_COMBO_ROW (buttons->pdata[i]))
        {
          check_combo_row (f, buttons->pdata[i], window);
          continue;
        }
      button = buttons->pdata[i];
      popover = gtk_menu_button_get_popover (button);

      if (popover == NULL || gtk_menu_button_get_menu_model (button) != NULL)
        continue;  /* a menu: checked from its model */
      /* a popover opens on the screen: the button scrolled into view first */
      scroll_into_view (GTK_WIDGET (button));
      if (!on_screen (GTK_WIDGET (button), window))
        {
          g_autofree char *where = widget_path (GTK_WIDGET (button));

          g_test_message ("not opened (out of view): %s", where);
          continue;
        }
      gtk_menu_button_popup (button);
      ui_test_iterate ();
      check_tree (f, GTK_WIDGET (popover));
      gtk_menu_button_popdown (button);
      ui_test_iterate ();
    }
}

static void
findings_init (Findings *f)
{
  memset (f, 0, sizeof *f);
  f->offences = g_ptr_array_new_with_free_func (g_free);
  f->pending = g_ptr_array_new_with_free_func (g_free);
}

static guint
print_unique (GPtrArray *lines, const char *what, const char *kind)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < lines->len; i++)
    if (g_hash_table_add (seen, lines->pdata[i]))
      g_printerr ("# %s%s: %s\n", kind, what, (char *) lines->pdata[i]);
  return g_hash_table_size (seen);
}

/* Prints every text in English with where it is, and fails on any that is
 * not a pending fix. */
static void
findings_assert (Findings *f, const char *what)
{
  guint n_offences, n_pending;

  g_test_message ("%s: %u texts looked at, %u with money, %u with dates", what, f->n_texts,
                  f->n_money, f->n_dates);
  g_assert_cmpuint (f->n_texts, >, 0);
  n_pending = print_unique (f->pending, what, "pending, ");
  n_offences = print_unique (f->offences, what, "");
  if (n_offences > 0)
    g_test_fail_printf ("%s: %u texts in English or not in the Chinese forms (listed above)",
                        what, n_offences);
  else if (n_pending > 0)
    g_test_incomplete_printf ("%s: %u texts in English wait for fixes reported (listed above)",
                              what, n_pending);
  g_ptr_array_unref (f->offences);
  g_ptr_array_unref (f->pending);
}

/* ---------------------------------------------------------------- tests */

static gboolean
skip_without_locale (void)
{
  if (locale_problem == NULL)
    return FALSE;
  g_test_skip (locale_problem);
  return TRUE;
}

static void
test_locale (void)
{
  g_autofree char *money = NULL;
  g_autofree char *negative = NULL;
  g_autofree char *date = NULL;

  if (skip_without_locale ())
    return;
  g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, "zh_CN.UTF-8");
  /* the build tree's catalogue is the one read */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "New Company"), ==, "新建企业");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "program, short", "HNTE"), ==, "高企");
  /* GTK's own words come from its catalogue */
  g_assert_cmpstr (g_dgettext ("gtk40", "_Cancel"), !=, "_Cancel");
  /* money and dates as in English */
  money = sb_input_format_money (123456789);
  g_assert_cmpstr (money, ==, "¥1,234,567.89");
  negative = sb_input_format_money (-230769231);
  g_assert_cmpstr (negative, ==, "-¥2,307,692.31");
  date = sb_date_format (sb_date_from_ymd (2024, 3, 5));
  g_assert_cmpstr (date, ==, "2024-03-05");
}

static int
longer_first (gconstpointer a, gconstpointer b)
{
  gsize la = strlen (*(const char * const *) a), lb = strlen (*(const char * const *) b);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

static gboolean
has_han (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

/* The strings of a profile's value: in Chinese, or a code in capitals
 * ("PCI DSS", "SOC 1"), the notice's own words (a Chinese one may hold a
 * Latin name: "全球外包Rising Star"); otherwise ours (the growth formula). */
static void
add_profile_strings (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_profile_strings (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_values (object);

      for (GList *l = members; l != NULL; l = l->next)
        add_profile_strings (l->data);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (has_han (text) || g_regex_match_simple ("^[A-Z][A-Z0-9 /-]*$", text, 0, 0))
        g_ptr_array_add (notice_words, g_strdup (text));
      else if (g_regex_match_simple ("[A-Za-z]{2}", text, 0, 0))
        g_ptr_array_add (profile_texts, g_strdup (text));
    }
}

static void
add_region_codes (SbWindow *window)
{
  SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  SbPolicySet *set = sb_application_get_policies (app);
  GPtrArray *ids = sb_policy_set_get_ids (set);

  if (region_codes != NULL)
    return;
  region_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  profile_texts = g_ptr_array_new_with_free_func (g_free);
  notice_words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      SbPolicy *policy = sb_policy_set_lookup (set, g_ptr_array_index (ids, i), NULL);
      g_auto(GStrv) codes = policy != NULL ? sb_policy_get_strv (policy, "regions", NULL) : NULL;

      GPtrArray *keys = policy != NULL ? sb_policy_get_param_names (policy) : NULL;

      for (guint k = 0; codes != NULL && codes[k] != NULL; k++)
        g_hash_table_add (region_codes, g_strdup (codes[k]));
      for (guint k = 0; keys != NULL && k < keys->len; k++)
        {
          const char *note = sb_policy_get_interpretation (policy, keys->pdata[k]);
          JsonObject *param = sb_policy_get_param (policy, keys->pdata[k]);
          JsonNode *value = param != NULL ? json_object_get_member (param, "value") : NULL;

          if (note != NULL)
            g_ptr_array_add (profile_texts, g_strdup (note));
          if (value != NULL)
            add_profile_strings (value);
        }
    }
  g_assert_cmpuint (g_hash_table_size (region_codes), >, 0);
  /* the longest first: "CC-CMM" goes before "CMM" */
  g_ptr_array_sort (notice_words, longer_first);
}

/* Every check the evaluators make, in words: titles, values against
 * thresholds and shortfalls in each unit. */
static void
test_check_text (void)
{
  static const char *const ids[] = {
    "tase.region", "tase.legal_entity", "tase.scope", "tase.clean_record",
    "tase.mofcom_registered", "tase.degree_staff", "tase.tase_revenue", "tase.offshore_revenue",
    "hnte.region", "hnte.age", "hnte.ip", "hnte.field", "hnte.st_staff", "hnte.rd_ratio",
    "hnte.rd_domestic", "hnte.ht_revenue", "hnte.innovation", "hnte.no_incident",
    "tradefund.region", "tradefund.legal_entity", "tradefund.no_serious_violation_5y",
    "tradefund.no_other_fiscal_support", "tradefund.platform.construction.built_on",
    "tradefund.platform.construction.firms_served", "tradefund.platform.om.built_on",
    "tradefund.platform.om.firms_served", "tradefund.certifications.offshore",
    "tradefund.brand.title", "tradefund.brand.offshore", "tradefund.interest.offshore",
    "tradefund.interest.receipts", "tradefund.interest.usd_cny",
    "tradefund.tcm.recognised_base", "tradefund.tcm.construction.built_on",
    "tradefund.tcm.construction.first_application", "tradefund.tcm.om.built_on",
  };
  static const SbUnit units[] = { SB_UNIT_FEN, SB_UNIT_PERSONS, SB_UNIT_POINTS, SB_UNIT_DAYS,
                                  SB_UNIT_COUNT };
  g_autoptr(GPtrArray) checks = NULL;
  Findings f;

  if (skip_without_locale ())
    return;
  findings_init (&f);
  checks = sb_checks_new ();
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SbCheck *check = sb_check_add (checks, ids[i], 2024, SB_STATUS_FAIL);

      check_text (&f, ids[i], "title", sb_check_get_title (check));
      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        {
          g_autofree char *shortfall = NULL;

          check->shortfall_unit = units[u];
          check->shortfall = u == 0 ? 230769231 : 1 + u;
          shortfall = sb_check_format_shortfall (check);
          check_text (&f, ids[i], "shortfall", shortfall);
        }
    }
  /* the shortfall in words, as RULES.md's example */
  {
    SbCheck *check = sb_check_add (checks, "tase.offshore_revenue", 2024, SB_STATUS_FAIL);
    g_autofree char *text = NULL;
    g_autofree char *value = NULL;

    check->shortfall_unit = SB_UNIT_FEN;
    check->shortfall = 230769231;
    text = sb_check_format_shortfall (check);
    g_assert_cmpstr (text, ==, "还差离岸外包收入 ¥2,307,692.31");
    sb_check_set_ratio (check, sb_ratio (4872, 10000), sb_ratio (35, 100));
    value = sb_check_format_value (check);
    check_text (&f, check->id, "value", value);
    g_assert_cmpstr (value, ==, "48.72%（不低于 35.00%）");
  }
  /* a score, a range of scores, a score not known yet */
  {
    SbCheck *check = sb_check_add (checks, "hnte.innovation", 0, SB_STATUS_FAIL);
    g_autofree char *unknown = NULL;
    g_autofree char *one = NULL;
    g_autofree char *range = NULL;

    check->value_unit = SB_UNIT_POINTS;
    check->threshold = sb_ratio (71, 1);
    check->value = sb_ratio (0, 0);
    unknown = sb_check_format_value (check);
    check_text (&f, check->id, "value", unknown);
    g_assert_cmpstr (unknown, ==, "不低于 71 分");
    check->value = sb_ratio (62, 1);
    one = sb_check_format_value (check);
    check_text (&f, check->id, "value", one);
    check->value_high = sb_ratio (68, 1);
    range = sb_check_format_value (check);
    check_text (&f, check->id, "value", range);
  }
  findings_assert (&f, "checks");
}

static const char *const pages[] = { "company", "tase", "annual", "tradefund", "hnte" };
/* the button of a page's empty state that starts the claim, and the one
 * that withdraws it (with a dialog to confirm) */
static const char *const apply_buttons[] = { NULL, "apply-tase", "start-annual-report",
                                             "apply-tradefund", "apply-hnte" };
static const char *const withdraw_buttons[] = { NULL, "withdraw-tase", "remove-annual-report",
                                                "withdraw-tradefund", "withdraw-hnte" };
static const char *const directions[] = { "platform", "certifications", "brand", "interest",
                                          "tcm" };

static GtkWidget *
new_toplevel (GList *before, GType type)
{
  GList *now = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = now; l != NULL && found == NULL; l = l->next)
    if (g_list_find (before, l->data) == NULL && G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  g_list_free (now);
  return found;
}

static GtkWidget *
mapped_widget (SbWindow *window, const char *name)
{
  GtkWidget *w = name != NULL ? ui_test_find (GTK_WIDGET (window), name) : NULL;

  return w != NULL && gtk_widget_get_mapped (w) ? w : NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_iterate ();
}

static void
check_page (Findings *f, SbWindow *window, const char *page)
{
  GtkWidget *stack;

  check_window (f, GTK_WIDGET (window));
  stack = mapped_widget (window, "tradefund-directions");
  if (!g_str_equal (page, "tradefund") || stack == NULL)
    return;
  for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (stack), directions[d]);
      check_window (f, GTK_WIDGET (window));
    }
}

static GtkWidget *
find_suffix (GtkWidget *root, const char *suffix)
{
  if (gtk_widget_get_mapped (root) && g_str_has_suffix (gtk_widget_get_name (root), suffix))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_suffix (child, suffix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types @text after what @row holds, checks the message shown, and puts
 * the text back. */
static void
check_typing_error (Findings *f, SbWindow *window, GtkWidget *row, const char *text)
{
  GtkEditable *editable = ui_test_get_editable (row);
  g_autofree char *before = g_strdup (gtk_editable_get_text (editable));

  ui_test_type (row, text);
  check_window (f, GTK_WIDGET (window));
  gtk_editable_set_text (editable, before);
  ui_test_iterate ();
}

/* The messages of what cannot be stored, the HNTE self-scores entered (the
 * score against its threshold). */
static void
check_entries (Findings *f, SbWindow *window, const char *page)
{
  static const char *const scores[] = { "score-ip", "score-conversion", "score-rd-management" };
  GtkWidget *row;

  if (g_str_equal (page, "company") && (row = find_suffix (GTK_WIDGET (window), ":income-total")))
    check_typing_error (f, window, row, "x");
  if (!g_str_equal (page, "hnte"))
    return;
  if ((row = mapped_widget (window, "apply-date")) != NULL)
    check_typing_error (f, window, row, "2024-2-30");
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    if ((row = mapped_widget (window, scores[i])) != NULL
        && *gtk_editable_get_text (ui_test_get_editable (row)) == '\0')
      ui_test_type (row, "20");
  check_window (f, GTK_WIDGET (window));
}

/* Each of the open company's five pages; a program it does not claim is
 * seen empty, then claimed (the form and results) and, with @withdraw,
 * the dialog that withdraws it. */
static void
check_company_pages (Findings *f, SbWindow *window, gboolean withdraw)
{
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkWidget *button;

      ui_test_activate_action (GTK_WIDGET (window), "win.show-view",
                               g_variant_new_string (pages[p]));
      g_assert_cmpstr (sb_window_get_page (window), ==, pages[p]);
      check_page (f, window, pages[p]);
      if ((button = mapped_widget (window, apply_buttons[p])) != NULL)
        {
          click (button);
          g_assert_null (mapped_widget (window, apply_buttons[p]));
          check_page (f, window, pages[p]);
        }
      check_entries (f, window, pages[p]);
      if (withdraw && (button = mapped_widget (window, withdraw_buttons[p])) != NULL)
        {
          GList *before = gtk_window_list_toplevels ();
          GtkWidget *dialog;

          click (button);
          dialog = new_toplevel (before, ADW_TYPE_MESSAGE_DIALOG);
          g_list_free (before);
          g_assert_nonnull (dialog);
          check_window (f, dialog);
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
          ui_test_iterate ();
        }
    }
}

/* The portfolio, each company and its five pages (each trade-fund
 * direction), a new company without any claim. */
static void
test_window (void)
{
  SbWindow *window;
  GListModel *companies;
  Findings f;

  if (skip_without_locale ())
    return;
  findings_init (&f);
  window = ui_test_open_window ();
  add_region_codes (window);
  companies = sb_window_get_companies (window);
  g_assert_cmpuint (g_list_model_get_n_items (companies), ==, 2);

  ui_test_activate_action (GTK_WIDGET (window), "win.show-portfolio", NULL);
  g_assert_cmpstr (sb_window_get_page (window), ==, "portfolio");
  check_window (&f, GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);

      ui_test_open_company (window, sb_company_item_get_id (item));
      check_company_pages (&f, window, FALSE);
    }

  /* a company that asks for nothing: the pages' empty states */
  {
    GtkWidget *dialog;

    ui_test_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
    dialog = ui_test_find_anywhere ("new-company");
    g_assert_nonnull (dialog);
    check_window (&f, dialog);
    ui_test_type (ui_test_find (dialog, "new-company-name"), "杭州测试科技有限公司");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
    ui_test_iterate ();
    g_assert_cmpint (ui_test_company_id (window, "杭州测试科技有限公司"), >, 0);
    check_company_pages (&f, window, TRUE);
  }

  /* deleted, with the toast that undoes it */
  ui_test_activate_action (GTK_WIDGET (window), "win.delete-company", NULL);
  g_assert_cmpint (ui_test_company_id (window, "杭州测试科技有限公司"), ==, 0);
  check_window (&f, GTK_WIDGET (window));

  /* the search that finds nothing */
  {
    GtkWidget *search = ui_test_find (GTK_WIDGET (window), "search");

    ui_test_type (search, "无此企业");
    check_window (&f, GTK_WIDGET (window));
    ui_test_clear (search);
  }

  ui_test_close_window (window);
  findings_assert (&f, "window");
  g_assert_cmpuint (f.n_money, >, 0);
  g_assert_cmpuint (f.n_dates, >, 0);
}

/* The ids of the rows "table:<id>" under @widget. */
static void
table_ids (GtkWidget *widget, GPtrArray *ids)
{
  if (g_str_has_prefix (gtk_widget_get_name (widget), "table:"))
    g_ptr_array_add (ids, g_strdup (gtk_widget_get_name (widget) + strlen ("table:")));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    table_ids (child, ids);
}

/* The official tables window of each company, each of its tables. */
static void
test_tables (void)
{
  SbWindow *window;
  GListModel *companies;
  Findings f;

  if (skip_without_locale ())
    return;
  findings_init (&f);
  window = ui_test_open_window ();
  add_region_codes (window);
  companies = sb_window_get_companies (window);
  for (guint i = 0; i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (companies, i);
      GtkWidget *dialog;

      ui_test_open_company (window, sb_company_item_get_id (item));
      sb_tables_dialog_present (GTK_WINDOW (window), sb_window_get_session (window));
      ui_test_iterate ();
      dialog = ui_test_find_anywhere ("tables-dialog");
      g_assert_nonnull (dialog);
      check_window (&f, dialog);
      /* each table of the list, with what says why one cannot be made */
      {
        g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

        table_ids (dialog, ids);
        g_assert_cmpuint (ids->len, >, 0);
        for (guint k = 0; k < ids->len; k++)
          {
            g_assert_true (sb_tables_dialog_select (SB_TABLES_DIALOG (dialog), ids->pdata[k]));
            check_window (&f, dialog);
          }
      }
      gtk_window_destroy (GTK_WINDOW (dialog));
      ui_test_iterate ();
    }
  ui_test_close_window (window);
  findings_assert (&f, "tables");
}

/* The main menu, the company menu, the shortcuts window, the about window. */
static void
test_menus_shortcuts_about (void)
{
  SbWindow *window;
  GtkShortcutsWindow *shortcuts;
  GtkWidget *about;
  GList *before;
  Findings f;

  if (skip_without_locale ())
    return;
  findings_init (&f);
  window = ui_test_open_window ();
  add_region_codes (window);
  /* the menus are checked from their models by check_tree () */
  ui_test_open_company (window, ui_test_company_id (window, "大连星海软件有限公司"));
  check_window (&f, GTK_WIDGET (window));

  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  ui_test_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));
  check_window (&f, GTK_WIDGET (shortcuts));
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);

  before = gtk_window_list_toplevels ();
  ui_test_activate_action (GTK_WIDGET (window), "app.about", NULL);
  about = new_toplevel (before, ADW_TYPE_ABOUT_WINDOW);
  g_list_free (before);
  g_assert_nonnull (about);
  check_window (&f, about);
  /* and what its other pages (credits, legal) show */
  {
    AdwAboutWindow *a = ADW_ABOUT_WINDOW (about);
    const char *const *developers = adw_about_window_get_developers (a);

    check_text (&f, "AdwAboutWindow", "application name", adw_about_window_get_application_name (a));
    check_text (&f, "AdwAboutWindow", "comments", adw_about_window_get_comments (a));
    check_text (&f, "AdwAboutWindow", "developer name", adw_about_window_get_developer_name (a));
    check_text (&f, "AdwAboutWindow", "copyright", adw_about_window_get_copyright (a));
    check_text (&f, "AdwAboutWindow", "translator credits",
                adw_about_window_get_translator_credits (a));
    for (guint i = 0; developers != NULL && developers[i] != NULL; i++)
      check_text (&f, "AdwAboutWindow", "developers", developers[i]);
  }
  gtk_window_destroy (GTK_WINDOW (about));

  ui_test_close_window (window);
  findings_assert (&f, "menus, shortcuts and about");
}

/* ---------------------------------------------------------------- main */

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* A damaged database: the page that says so, and names the file. */
static void
test_database_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GString *junk = g_string_new ("SQLite format 3");
  SbWindow *window;
  GtkWidget *page;
  Findings f;

  if (skip_without_locale ())
    {
      g_string_free (junk, TRUE);
      return;
    }
  findings_init (&f);
  dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_assert_no_error (error);
  data_path = g_build_filename (dir, "broken.db", NULL);
  g_string_append_c (junk, '\0');
  for (guint i = 0; i < 8192; i++)
    g_string_append_c (junk, (char) (i * 7 + 13));
  g_assert_true (g_file_set_contents (data_path, junk->str, junk->len, &error));
  g_string_free (junk, TRUE);

  window = ui_test_open_window_on (data_path);
  page = ui_test_find (GTK_WIDGET (window), "database-error");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  check_window (&f, GTK_WIDGET (window));
  ui_test_close_window (window);
  findings_assert (&f, "database error");
  remove_tree (dir);
  g_clear_pointer (&data_path, g_free);
}

/* localedef -i zh_CN -f UTF-8 <tmp>/zh_CN.UTF-8; NULL, or why it is missing. */
static char *
build_locale (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *ctype = NULL;
  g_autofree char *errors = NULL;
  int status = 0;

  if (g_find_program_in_path ("localedef") == NULL)
    return g_strdup ("no localedef (the locales package)");
  locale_dir = g_dir_make_tmp ("shenbao-locale-XXXXXX", &error);
  if (locale_dir == NULL)
    return g_strdup (error->message);
  out = g_build_filename (locale_dir, "zh_CN.UTF-8", NULL);
  {
    const char *argv[] = { "localedef", "-i", "zh_CN", "-f", "UTF-8", out, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                       NULL, &errors, &status, &error))
      return g_strdup (error->message);
  }
  /* exit status 1: warnings only, the locale is written */
  ctype = g_build_filename (out, "LC_CTYPE", NULL);
  if (!g_file_test (ctype, G_FILE_TEST_EXISTS))
    return g_strdup_printf ("localedef made no zh_CN.UTF-8 (status %d): %s", status, errors);
  return NULL;
}

int
main (int argc, char **argv)
{
  int result;

  locale_problem = build_locale ();
  if (locale_problem == NULL)
    {
      g_setenv ("LOCPATH", locale_dir, TRUE);
      g_setenv ("LANG", "zh_CN.UTF-8", TRUE);
      g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
      g_unsetenv ("LANGUAGE");
    }
  ui_test_init (&argc, &argv);
  /* as main.c: the window's templates take the default domain */
  textdomain (GETTEXT_PACKAGE);
  if (locale_problem == NULL && g_strcmp0 (setlocale (LC_ALL, NULL), "zh_CN.UTF-8") != 0)
    locale_problem = g_strdup_printf ("setlocale gave %s", setlocale (LC_ALL, NULL));
  if (locale_problem == NULL && g_getenv ("SHENBAO_LOCALEDIR") == NULL)
    locale_problem = g_strdup ("SHENBAO_LOCALEDIR is not set (tests/ui/meson.build)");

  money_regex = g_regex_new ("-?¥\\d{1,3}(,\\d{3})*\\.\\d\\d(?!\\d)", 0, 0, NULL);
  /* as a zh_CN date format would write them: 2024年03月05日, 2024/3/5 */
  bad_date_regex = g_regex_new ("\\d{4}年\\s*\\d{1,2}月\\s*\\d{1,2}日|(?<![-\\d])\\d{4}/\\d{1,2}/\\d{1,2}(?!\\d)",
                                0, 0, NULL);
  date_regex = g_regex_new ("(?<!\\d)\\d{4}-\\d\\d-\\d\\d(?!\\d)", 0, 0, NULL);

  g_test_add_func ("/ui/chinese/locale", test_locale);
  g_test_add_func ("/ui/chinese/check-text", test_check_text);
  g_test_add_func ("/ui/chinese/window", test_window);
  g_test_add_func ("/ui/chinese/tables", test_tables);
  g_test_add_func ("/ui/chinese/menus-shortcuts-about", test_menus_shortcuts_about);
  g_test_add_func ("/ui/chinese/database-error", test_database_error);
  result = g_test_run ();

  if (locale_dir != NULL)
    remove_tree (locale_dir);
  g_free (locale_dir);
  g_free (locale_problem);
  g_regex_unref (money_regex);
  g_regex_unref (bad_date_regex);
  g_regex_unref (date_regex);
  g_clear_pointer (&region_codes, g_hash_table_unref);
  g_clear_pointer (&profile_texts, g_ptr_array_unref);
  g_clear_pointer (&notice_words, g_ptr_array_unref);
  return result;
}
