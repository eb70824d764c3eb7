/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-pdf.c: tables laid out on A4 pages and written as PDF, read back with poppler's tools. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sb-form-text.h"
#include "sb-form-writers.h"

static char *tmp_dir;

/* Under the leak sanitizer: fontconfig keeps its caches for the life of the
 * process, and cairo 1.16 loses a buffer when it subsets a font on
 * finishing a PDF (every leak reported starts in one of the two). */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\nleak:libcairo.so\n";
}

typedef struct
{
  char  *text;
  double x0, y0, x1, y1;
} Word;

static void
word_free (gpointer data)
{
  Word *w = data;

  g_free (w->text);
  g_free (w);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* The output of a poppler tool run on @pdf. */
static char *
run_tool (const char *tool, const char *pdf, guint first, guint last, const char *extra)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *argv = g_ptr_array_new ();
  int status;

  g_ptr_array_add (argv, (char *) tool);
  if (extra != NULL)
    g_ptr_array_add (argv, (char *) extra);
  if (first > 0)
    {
      g_ptr_array_add (argv, "-f");
      g_ptr_array_add (argv, f);
      g_ptr_array_add (argv, "-l");
      g_ptr_array_add (argv, l);
    }
  g_ptr_array_add (argv, (char *) pdf);
  if (g_str_equal (tool, "pdftotext"))
    g_ptr_array_add (argv, "-");
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_ptr_array_unref (argv);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s %s: %s (%s)", tool, pdf, error->message, err);
  return g_steal_pointer (&out);
}

/* The text of page @page (from 1), or of every page (0). */
static char *
pdf_text (const char *pdf, guint page)
{
  return run_tool ("pdftotext", pdf, page, page, NULL);
}

/* The text without any white space (pdftotext breaks wrapped lines). */
static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, 0, 0, NULL);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:") + strspn (line + 7, " "), NULL, 10);
}

/* The size of page @page (from 1) in points. */
static void
pdf_page_size (const char *pdf, guint page, double *width, double *height)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, page, page, NULL);
  g_autoptr(GRegex) re = g_regex_new ("size:\\s+([0-9.]+) x ([0-9.]+) pts", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;

  g_assert_true (g_regex_match (re, info, 0, &match));
  w = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  *width = g_ascii_strtod (w, NULL);
  *height = g_ascii_strtod (h, NULL);
}

/* The words of page @page with their boxes (pdftotext -bbox). */
static GPtrArray *
pdf_words (const char *pdf, guint page)
{
  g_autofree char *html = run_tool ("pdftotext", pdf, page, page, "-bbox");
  g_autoptr(GRegex) re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                      "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                      0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (word_free);

  g_regex_match (re, html, 0, &match);
  while (g_match_info_matches (match))
    {
      Word *w = g_new0 (Word, 1);
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);

      w->x0 = g_ascii_strtod (x0, NULL);
      w->y0 = g_ascii_strtod (y0, NULL);
      w->x1 = g_ascii_strtod (x1, NULL);
      w->y1 = g_ascii_strtod (y1, NULL);
      w->text = g_match_info_fetch (match, 5);
      g_ptr_array_add (words, w);
      g_match_info_next (match, NULL);
    }
  return words;
}

static const Word *
find_word (GPtrArray *words, const char *text)
{
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      if (g_str_equal (w->text, text))
        return w;
    }
  return NULL;
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* 附件3-shaped: 序号, 合同编号, 合同名称, 委托方, 金额（元）. */
static SbTable *
add_contract_table (SbForm *form, const char *title, guint n_rows, gboolean landscape)
{
  SbTable *table = sb_form_add_table (form, "2024", title);
  SbTableRow *row;

  table->landscape = landscape;
  sb_table_add_above (table, "申报单位：大连星海软件有限公司        单位：元");
  sb_table_add_column (table, "序号", 5);
  sb_table_add_column (table, "合同编号", 14);
  sb_table_add_column (table, "合同名称", 30);
  sb_table_add_column (table, "委托方", 24);
  sb_table_add_column (table, "金额（元）", 16);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 1);
  sb_row_add_header (row, "合同编号", 1, 1);
  sb_row_add_header (row, "合同名称", 1, 1);
  sb_row_add_header (row, "委托方", 1, 1);
  sb_row_add_header (row, "金额（元）", 1, 1);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *code = g_strdup_printf ("HT-2024-%04u", i + 1);

      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1);
      sb_row_add_text (row, code);
      sb_row_add_text (row, "软件开发与运维服务合同");
      sb_row_add_text (row, "Acme Software Ltd.");
      sb_row_add_money (row, 123456789);
    }
  row = sb_table_add_row (table, SB_ROW_TOTAL);
  sb_row_add_text (row, "合计")->col_span = 4;
  sb_row_add_money (row, (gint64) 123456789 * n_rows);
  sb_table_add_below (table, "申报单位（盖章）：");
  sb_table_add_below (table, "日期：    年    月    日");
  return table;
}

static void
assert_mode_0600 (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_small (void)
{
  g_autoptr(SbForm) form = sb_form_new ("tase-annex3", "明细表");
  g_autoptr(SbFormPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("small.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  add_contract_table (form, "技术先进型服务业务收入及离岸外包收入明细表", 2, FALSE);
  pages = sb_form_pages_new (form);
  g_assert_cmpuint (sb_form_pages_get_n_pages (pages), ==, 1);
  g_assert_false (sb_form_pages_is_landscape (pages, 0));

  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  assert_mode_0600 (pdf);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);

  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "技术先进型服务业务收入及离岸外包收入明细表"));
  g_assert_nonnull (strstr (text, "申报单位：大连星海软件有限公司"));
  for (const char *const *h = (const char *[]) { "序号", "合同编号", "合同名称", "委托方",
                                                 "金额（元）", NULL }; *h != NULL; h++)
    g_assert_nonnull (strstr (text, *h));
  g_assert_nonnull (strstr (text, "HT-2024-0001"));
  g_assert_nonnull (strstr (text, "HT-2024-0002"));
  g_assert_nonnull (strstr (text, "1,234,567.89"));
  g_assert_nonnull (strstr (text, "2,469,135.78"));   /* the total row */
  g_assert_nonnull (strstr (text, "合计"));
  g_assert_nonnull (strstr (text, "申报单位（盖章）："));
  g_assert_nonnull (strstr (text, "第 1 页 共 1 页"));

  info = run_tool ("pdfinfo", pdf, 0, 0, NULL);
  g_assert_true (g_regex_match_simple ("^Title:\\s+明细表$", info, G_REGEX_MULTILINE, 0));
  {
    double w, h;

    pdf_page_size (pdf, 1, &w, &h);
    g_assert_cmpfloat_with_epsilon (w, 595.28, 0.5);
    g_assert_cmpfloat_with_epsilon (h, 841.89, 0.5);
  }
}

/* Numbers right-aligned, text left-aligned, the title centred. */
static void
test_alignment (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "t");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("align.pdf");
  g_autoptr(GPtrArray) words = NULL;
  const Word *title, *code, *money, *head, *folio;

  add_contract_table (form, "明细表", 1, FALSE);
  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  words = pdf_words (pdf, 1);
  title = find_word (words, "明细表");
  code = find_word (words, "HT-2024-0001");
  money = find_word (words, "1,234,567.89");
  head = find_word (words, "金额（元）");
  folio = find_word (words, "共");
  g_assert_nonnull (title);
  g_assert_nonnull (code);
  g_assert_nonnull (money);
  g_assert_nonnull (head);
  g_assert_nonnull (folio);
  /* the title centred on the page */
  g_assert_cmpfloat_with_epsilon ((title->x0 + title->x1) / 2, 595.28 / 2, 2);
  /* the amount at the right edge of the last column (36 pt margin, 3 pt padding) */
  g_assert_cmpfloat_with_epsilon (money->x1, 595.28 - 36 - 3, 2);
  /* the header of the last column centred over it, above the amount */
  g_assert_cmpfloat (head->y1, <, money->y0);
  g_assert_cmpfloat (head->x0, >, money->x0 - 40);
  /* the code at the left of its column: after the 序号 column (5 of 89 units) */
  g_assert_cmpfloat_with_epsilon (code->x0, 36 + (595.28 - 72) * 5 / 89 + 3, 2);
  /* the folio at the foot */
  g_assert_cmpfloat (folio->y0, >, 841.89 - 72);
  g_assert_cmpfloat (folio->y1, <, 841.89 - 20);
}

static void
test_many_rows (void)
{
  g_autoptr(SbForm) form = sb_form_new ("tase-annex3", "明细表");
  g_autoptr(SbFormPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("many.pdf");
  g_autofree char *all = NULL;
  guint n;

  add_contract_table (form, "技术先进型服务业务收入及离岸外包收入明细表", 300, FALSE);
  pages = sb_form_pages_new (form);
  n = sb_form_pages_get_n_pages (pages);
  g_assert_cmpuint (n, >, 5);
  g_assert_cmpuint (n, <, 20);

  g_assert_true (sb_form_pages_write_pdf (pages, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, n);

  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = pdf_text (pdf, p);
      g_autofree char *folio = g_strdup_printf ("第 %u 页 共 %u 页", p, n);

      /* the header rows on every page, the title and the lines above on the first */
      g_assert_nonnull (strstr (text, "合同编号"));
      g_assert_nonnull (strstr (text, "金额（元）"));
      g_assert_nonnull (strstr (text, folio));
      g_assert_cmpuint (count (text, "技术先进型服务业务收入及离岸外包收入明细表"), ==, p == 1);
      g_assert_cmpuint (count (text, "申报单位：大连"), ==, p == 1);
      /* the footer lines after the last row only */
      g_assert_cmpuint (count (text, "申报单位（盖章）"), ==, p == n);
      g_assert_cmpuint (count (text, "合计"), ==, p == n);
    }
  /* every row once, none lost between pages */
  all = pdf_text (pdf, 0);
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *code = g_strdup_printf ("HT-2024-%04u", i);

      g_assert_cmpuint (count (all, code), ==, 1);
    }
  g_assert_cmpuint (count (all, "1,234,567.89"), ==, 300);
  g_assert_nonnull (strstr (all, "370,370,367.00"));
}

/* A row never split, nothing below the folio line: every word of every page
 * within the page's margins. */
static void
assert_inside_margins (const char *pdf, guint n_pages)
{
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autoptr(GPtrArray) words = pdf_words (pdf, p);
      double w, h;

      pdf_page_size (pdf, p, &w, &h);
      g_assert_cmpuint (words->len, >, 0);
      for (guint i = 0; i < words->len; i++)
        {
          const Word *word = g_ptr_array_index (words, i);

          g_assert_cmpfloat (word->x0, >=, 36 - 0.5);
          g_assert_cmpfloat (word->x1, <=, w - 36 + 0.5);
          g_assert_cmpfloat (word->y0, >=, 36 - 0.5);
          g_assert_cmpfloat (word->y1, <=, h - 36 + 0.5);
        }
    }
}

static void
test_landscape (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "两表");
  g_autoptr(SbFormPages) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("landscape.pdf");
  g_autofree char *p1 = NULL;
  g_autofree char *p2 = NULL;
  double w, h;

  add_contract_table (form, "第一表", 1, FALSE);
  add_contract_table (form, "第二表", 1, TRUE);
  pages = sb_form_pages_new (form);
  /* each table starts a page of its own */
  g_assert_cmpuint (sb_form_pages_get_n_pages (pages), ==, 2);
  g_assert_false (sb_form_pages_is_landscape (pages, 0));
  g_assert_true (sb_form_pages_is_landscape (pages, 1));
  sb_form_pages_get_page_size (pages, 1, &w, &h);
  g_assert_cmpfloat (w, ==, SB_FORM_PAGE_A4_HEIGHT);
  g_assert_cmpfloat (h, ==, SB_FORM_PAGE_A4_WIDTH);

  g_assert_true (sb_form_pages_write_pdf (pages, pdf, &error));
  g_assert_cmpuint (pdf_pages (pdf), ==, 2);
  pdf_page_size (pdf, 1, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.5);
  pdf_page_size (pdf, 2, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.5);
  g_assert_cmpfloat_with_epsilon (h, 595.28, 0.5);

  p1 = pdf_text (pdf, 1);
  p2 = pdf_text (pdf, 2);
  g_assert_nonnull (strstr (p1, "第一表"));
  g_assert_null (strstr (p1, "第二表"));
  g_assert_nonnull (strstr (p2, "第二表"));
  g_assert_nonnull (strstr (p1, "第 1 页 共 2 页"));
  g_assert_nonnull (strstr (p2, "第 2 页 共 2 页"));
  assert_inside_margins (pdf, 2);
}

/* A long text wraps in its column: every word there, on several lines
 * inside the column, the row taller. */
static void
test_wrap (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "t");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("wrap.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GPtrArray) words = NULL;
  const char *long_text = "Enterprise resource planning platform maintenance and "
                          "offshore software outsourcing services for the logistics "
                          "division 面向物流事业部的企业资源计划平台运维与离岸软件外包服务";
  SbTable *table = add_contract_table (form, "明细表", 2, FALSE);
  SbTableRow *row = g_ptr_array_index (table->rows, 1);
  SbCell *cell = g_ptr_array_index (row->cells, 2);
  const Word *first, *last, *code, *next_code;

  g_free (cell->text);
  cell->text = g_strdup (long_text);
  cell->wrap = TRUE;
  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf, 1);
  flat = squeeze (text);
  for (const char *const *w = (const char *[]) { "Enterprise", "resource", "planning",
                                                 "maintenance", "offshore", "outsourcing",
                                                 "logistics", "division", NULL }; *w != NULL; w++)
    g_assert_nonnull (strstr (text, *w));
  g_assert_nonnull (strstr (flat, "面向物流事业部的企业资源计划平台运维与离岸软件外包服务"));
  assert_inside_margins (pdf, 1);

  words = pdf_words (pdf, 1);
  first = find_word (words, "Enterprise");
  last = find_word (words, "division");
  code = find_word (words, "HT-2024-0001");
  next_code = find_word (words, "HT-2024-0002");
  g_assert_nonnull (first);
  g_assert_nonnull (last);
  g_assert_nonnull (code);
  g_assert_nonnull (next_code);
  /* several lines, starting at the column's left edge, before the next row */
  g_assert_cmpfloat (last->y0, >, first->y1 + 20);
  g_assert_cmpfloat (last->x0, >=, first->x0 - 0.5);
  g_assert_cmpfloat (first->x0, >, code->x1);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = g_ptr_array_index (words, i);

      /* inside its column: left of 委托方 (Acme) */
      if (w->y0 >= first->y0 && w->y1 <= last->y1 && w->x0 >= first->x0 - 0.5
          && !g_str_equal (w->text, "Acme") && !g_str_equal (w->text, "Software")
          && !g_str_equal (w->text, "Ltd.") && !g_str_has_prefix (w->text, "1,"))
        g_assert_cmpfloat (w->x1, <, find_word (words, "Acme")->x0 - 3);
    }
  g_assert_cmpfloat (next_code->y0, >, last->y1);
  /* the other cells of the row centred on its height */
  g_assert_cmpfloat (code->y0, >, first->y1);
  g_assert_cmpfloat (code->y1, <, next_code->y0 - 30);
}

/* A table far wider than the page shrinks its font: every header and every
 * number there, whole and inside the margins. */
static void
test_wide (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "宽表");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("wide.pdf");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  SbTable *table = sb_form_add_table (form, "wide", "宽表");
  SbTableRow *row;

  for (guint c = 0; c < 24; c++)
    {
      g_autofree char *name = g_strdup_printf ("列%02u", c + 1);

      sb_table_add_column (table, name, c == 1 ? 10 : 12);
    }
  row = sb_table_add_row (table, SB_ROW_HEADER);
  for (guint c = 0; c < 24; c++)
    {
      g_autofree char *name = g_strdup_printf ("第%02u列表头", c + 1);

      sb_row_add_header (row, name, 1, 1);
    }
  row = sb_table_add_row (table, SB_ROW_BODY);
  for (guint c = 0; c < 24; c++)
    if (c == 1)
      sb_row_add_text (row, "面向物流事业部的企业资源计划平台运维服务")->wrap = TRUE;
    else
      sb_row_add_money (row, (gint64) 98765432101 + c);

  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf, 1);
  flat = squeeze (text);
  for (guint c = 0; c < 24; c++)
    {
      g_autofree char *name = g_strdup_printf ("第%02u列表头", c + 1);
      g_autofree char *money = g_strdup_printf ("987,654,321.%02u", 1 + c);

      g_assert_nonnull (strstr (flat, name));
      if (c != 1)
        g_assert_nonnull (strstr (text, money));
    }
  /* the wrapped text comes out between the numbers: its characters in order */
  {
    GString *cjk = g_string_new (NULL);

    for (const char *p = flat; *p != '\0'; p = g_utf8_next_char (p))
      if (g_utf8_get_char (p) >= 0x4e00)
        g_string_append_unichar (cjk, g_utf8_get_char (p));
    g_assert_nonnull (strstr (cjk->str, "面向物流事业部的企业资源计划平台运维服务"));
    g_string_free (cjk, TRUE);
  }
  assert_inside_margins (pdf, 1);
}

/* Two header rows: 序号 and 金额 span both, 合同 spans two columns over
 * 编号 and 名称; written as in HTML (covered cells left out) or with
 * placeholders, the page is the same. */
static SbForm *
spanning_form (gboolean placeholders)
{
  SbForm *form = sb_form_new ("t", "跨行表头");
  SbTable *table = sb_form_add_table (form, "t", "跨行表头");
  SbTableRow *row;

  sb_table_add_column (table, NULL, 6);
  sb_table_add_column (table, NULL, 16);
  sb_table_add_column (table, NULL, 30);
  sb_table_add_column (table, NULL, 16);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  sb_row_add_header (row, "序号", 1, 2);
  sb_row_add_header (row, "合同情况", 2, 1);
  sb_row_add_header (row, "金额（元）", 1, 2);
  row = sb_table_add_row (table, SB_ROW_HEADER);
  if (placeholders)
    sb_row_add_empty (row);
  sb_row_add_header (row, "编号", 1, 1);
  sb_row_add_header (row, "名称", 1, 1);
  if (placeholders)
    sb_row_add_empty (row);
  for (guint i = 0; i < 80; i++)
    {
      row = sb_table_add_row (table, SB_ROW_BODY);
      sb_row_add_integer (row, i + 1);
      sb_row_add_text (row, "HT-1");
      sb_row_add_text (row, "服务合同");
      sb_row_add_money (row, 100);
    }
  return form;
}

static void
test_row_span (void)
{
  g_autoptr(SbForm) form = spanning_form (FALSE);
  g_autoptr(SbForm) form2 = spanning_form (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = tmp_path ("span.pdf");
  g_autofree char *pdf2 = tmp_path ("span2.pdf");
  g_autoptr(SbFormPages) pages = sb_form_pages_new (form);
  guint n = sb_form_pages_get_n_pages (pages);

  g_assert_cmpuint (n, >=, 2);
  g_assert_true (sb_form_pages_write_pdf (pages, pdf, &error));
  g_assert_true (sb_form_write_pdf (form2, pdf2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf2), ==, n);
  for (guint p = 1; p <= n; p++)
    {
      g_autoptr(GPtrArray) words = pdf_words (pdf, p);
      g_autoptr(GPtrArray) words2 = pdf_words (pdf2, p);
      const Word *seq = find_word (words, "序号");
      const Word *group = find_word (words, "合同情况");
      const Word *code = find_word (words, "编号");
      const Word *name = find_word (words, "名称");
      const Word *money = find_word (words, "金额（元）");

      /* the header on every page */
      g_assert_nonnull (seq);
      g_assert_nonnull (group);
      g_assert_nonnull (code);
      g_assert_nonnull (name);
      g_assert_nonnull (money);
      /* 编号 and 名称 under 合同情况, which is centred over both */
      g_assert_cmpfloat (code->y0, >, group->y1);
      g_assert_cmpfloat_with_epsilon (code->y0, name->y0, 0.5);
      g_assert_cmpfloat (group->x0, >, code->x1);
      g_assert_cmpfloat (group->x1, <, name->x1);
      /* 序号 and 金额 centred on the two rows: between 合同情况 and 编号 */
      g_assert_cmpfloat (seq->y0, >, group->y0);
      g_assert_cmpfloat (seq->y1, <, code->y1);
      g_assert_cmpfloat_with_epsilon (seq->y0, money->y0, 0.5);
      g_assert_cmpfloat (seq->x1, <, code->x0);
      g_assert_cmpfloat (money->x0, >, name->x1);
      /* the same words at the same places with placeholders */
      g_assert_cmpuint (words->len, ==, words2->len);
      for (guint i = 0; i < words->len; i++)
        {
          const Word *a = g_ptr_array_index (words, i);
          const Word *b = g_ptr_array_index (words2, i);

          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpfloat_with_epsilon (a->x0, b->x0, 0.01);
          g_assert_cmpfloat_with_epsilon (a->y0, b->y0, 0.01);
        }
    }
  assert_inside_margins (pdf, n);
}

/* The footer lines stay together with the last row: when they do not fit
 * under it, the last row goes to a new page with them. */
static void
test_footer_kept (void)
{
  g_autoptr(GError) error = NULL;
  guint full = 0;

  /* the most rows one page holds with the footer lines */
  for (guint n = 20; n < 80; n++)
    {
      g_autoptr(SbForm) form = sb_form_new ("t", "t");
      g_autoptr(SbFormPages) pages = NULL;

      add_contract_table (form, "明细表", n, FALSE);
      pages = sb_form_pages_new (form);
      if (sb_form_pages_get_n_pages (pages) > 1)
        break;
      full = n;
    }
  g_assert_cmpuint (full, >, 20);

  /* one more row: the footer and the last rows (total) on page 2 */
  {
    g_autoptr(SbForm) form = sb_form_new ("t", "t");
    g_autofree char *pdf = tmp_path ("footer.pdf");
    g_autofree char *p1 = NULL;
    g_autofree char *p2 = NULL;
    g_autofree char *last_code = g_strdup_printf ("HT-2024-%04u", full + 1);

    add_contract_table (form, "明细表", full + 1, FALSE);
    g_assert_true (sb_form_write_pdf (form, pdf, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (pdf_pages (pdf), ==, 2);
    p1 = pdf_text (pdf, 1);
    p2 = pdf_text (pdf, 2);
    g_assert_null (strstr (p1, "申报单位（盖章）"));
    g_assert_nonnull (strstr (p2, "申报单位（盖章）"));
    g_assert_nonnull (strstr (p2, "日期："));
    g_assert_nonnull (strstr (p2, "合计"));
    g_assert_nonnull (strstr (p2, "合同编号"));
    g_assert_null (strstr (p2, last_code));
    g_assert_nonnull (strstr (p1, last_code));
    assert_inside_margins (pdf, 2);
  }
}

static void
test_empty_table (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "t");
  g_autoptr(SbFormPages) pages = NULL;
  SbTable *table = sb_form_add_table (form, "t", "空表");

  sb_table_add_below (table, "日期：");
  pages = sb_form_pages_new (form);
  g_assert_cmpuint (sb_form_pages_get_n_pages (pages), ==, 1);
}

/* The file is replaced whole: mode 0600 even over a file of mode 0644, no
 * temporary file left; a path that cannot be written gives
 * SB_FORM_ERROR_WRITE naming the file, and leaves nothing behind. */
static void
test_write_errors (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "t");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = tmp_path ("out");
  g_autofree char *pdf = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "x.pdf", NULL);
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  add_contract_table (form, "明细表", 3, FALSE);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents_full (pdf, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_cmpint (g_chmod (pdf, 0644), ==, 0);
  g_assert_true (sb_form_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  assert_mode_0600 (pdf);
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);

  g_assert_false (sb_form_write_pdf (form, bad, &error));
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  /* a directory where the file should be */
  g_assert_false (sb_form_write_pdf (form, dir, &error));
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "out"));
  g_clear_error (&error);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* The pages drawn on any cairo surface (the preview): a recording surface
 * gets ink inside the page and nothing outside it. */
static void
test_draw_any_surface (void)
{
  g_autoptr(SbForm) form = sb_form_new ("t", "t");
  g_autoptr(SbFormPages) pages = NULL;
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;

  add_contract_table (form, "明细表", 10, TRUE);
  pages = sb_form_pages_new (form);
  sb_form_pages_draw (pages, 0, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  g_assert_cmpfloat (x, >=, 35);
  g_assert_cmpfloat (y, >=, 35);
  g_assert_cmpfloat (x + w, <=, 841.89 - 34);
  g_assert_cmpfloat (y + h, <=, 595.28 - 20);
  g_assert_cmpfloat (w, >, 700);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Plain lines are measured and wrapped from a cache of glyphs; they come
 * out as Pango lays them out (a zero-width space makes a text go through
 * Pango). */
static void
test_plain_text_as_pango (void)
{
  g_autoptr(SbFormText) text = sb_form_text_new ();
  const char *lines[] = { "HT-2024-0001", "1,234,567.89", "大连星海软件有限公司",
                          "Acme Software Ltd.", "软件开发与运维服务合同（第二期）",
                          "第 1 页 共 1 页", NULL };
  const char *wrapped[] = { "面向物流事业部的企业资源计划平台运维与离岸软件外包服务合同",
                            "技术先进型服务业务收入及离岸外包收入明细表",
                            "Enterprise resource planning platform maintenance services",
                            NULL };

  for (guint i = 0; lines[i] != NULL; i++)
    for (guint bold = 0; bold < 2; bold++)
      {
        g_autofree char *slow = g_strconcat (lines[i], "\u200b", NULL);
        double w1, h1, w2, h2;

        sb_form_text_line_size (text, lines[i], 10, bold, &w1, &h1);
        sb_form_text_line_size (text, slow, 10, bold, &w2, &h2);
        g_assert_cmpfloat (w1, >, 0);
        g_assert_cmpfloat_with_epsilon (w1, w2, w2 * 0.02);
        g_assert_cmpfloat_with_epsilon (h1, h2, 0.01);
      }
  for (guint i = 0; wrapped[i] != NULL; i++)
    for (double width = 60; width <= 300; width += 40)
      {
        g_autofree char *slow = g_strconcat (wrapped[i], "\u200b", NULL);
        double h1 = sb_form_text_height (text, wrapped[i], 10, FALSE, width);
        double h2 = sb_form_text_height (text, slow, 10, FALSE, width);

        g_assert_cmpfloat_with_epsilon (h1, h2, 0.01);
      }
  /* an empty text takes no room; a text with a line break is several lines */
  g_assert_cmpfloat (sb_form_text_height (text, "", 10, FALSE, 100), ==, 0);
  g_assert_cmpfloat (sb_form_text_height (text, "甲\n乙", 10, FALSE, 100), >,
                     1.9 * sb_form_text_height (text, "甲", 10, FALSE, 100));
  g_assert_cmpfloat (sb_form_text_height (text, "甲", 10, FALSE, -1), >, 0);
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("test-forms-pdf-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/forms/pdf/small", test_small);
  g_test_add_func ("/forms/pdf/alignment", test_alignment);
  g_test_add_func ("/forms/pdf/many-rows", test_many_rows);
  g_test_add_func ("/forms/pdf/landscape", test_landscape);
  g_test_add_func ("/forms/pdf/wrap", test_wrap);
  g_test_add_func ("/forms/pdf/wide", test_wide);
  g_test_add_func ("/forms/pdf/row-span", test_row_span);
  g_test_add_func ("/forms/pdf/footer-kept", test_footer_kept);
  g_test_add_func ("/forms/pdf/empty-table", test_empty_table);
  g_test_add_func ("/forms/pdf/write-errors", test_write_errors);
  g_test_add_func ("/forms/pdf/draw-any-surface", test_draw_any_surface);
  g_test_add_func ("/forms/pdf/plain-text-as-pango", test_plain_text_as_pango);
  ret = g_test_run ();

  if (g_getenv ("SB_KEEP_TMP") == NULL)
    {
      const char *rm[] = { "rm", "-rf", tmp_dir, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
  g_free (tmp_dir);
  return ret;
}
