/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-render.c: a form laid out on A4 pages with Pango and cairo (print, PDF, preview).
 *
 * Everything is measured once, in points (sb-form-text.c), so that the pages
 * are the same on paper, in the PDF and on screen at any scale, and no GTK
 * is needed (the CLI writes PDF too).
 *
 * Each table: column widths proportional to SbTableColumn.width, filling the
 * width between the margins; the font shrinks when the columns at their
 * natural width (one width unit = half the font size) are wider than that,
 * or when their numbers do not fit.  Cell text wraps inside its column; a
 * number does not wrap.  Rows grow to their text; a row is never split; the
 * leading header rows repeat at the top of every page; the footer lines
 * stay together after the last row. */
#include "config.h"

#include <string.h>

#include "sb-form-text.h"
#include "sb-form-writers.h"

#define MARGIN          36.0
#define BODY_SIZE       10.0   /* cells, before shrinking */
#define TITLE_SIZE      16.0
#define LINE_SIZE       10.5   /* the lines above and below the table */
#define FOLIO_SIZE      9.0    /* 第 x 页 共 y 页 */
#define MIN_SIZE        2.5    /* the smallest font a wide table shrinks to */
#define PAD_X           3.0    /* inside a cell, at BODY_SIZE */
#define PAD_Y           2.0
#define RULE_WIDTH      0.5
#define GAP_TITLE       8.0    /* under the title */
#define GAP_LINES       3.0    /* between two lines above or below */
#define GAP_TABLE       6.0    /* between the lines above and the table */
#define GAP_BELOW       12.0   /* between the table and the lines below */
#define FOLIO_RESERVE   20.0   /* kept free above the bottom margin for the folio */
#define FOLIO_TOP       14.0   /* the folio's top, above the bottom margin */
#define MIN_NUMBER_SHRINK 0.6  /* a number wider than its cell shrinks to 60 % before it wraps */

typedef struct
{
  char          *text;
  guint          col;
  guint          col_span;
  guint          row_span;
  PangoAlignment align;
  gboolean       bold;
  gboolean       number;      /* does not wrap */
  gboolean       one_line;    /* fits on one line: drawn without wrapping */
  double         scale;       /* font scale of this cell (a number spanning too few columns) */
  double         line_width;  /* on one line at the table's font */
  double         line_height;
  double         text_height; /* wrapped */
  double         need;        /* a cell spanning rows: the height it needs */
} PageCell;

typedef struct
{
  PageCell *cells;
  guint     n_cells;
  double    height;
  guint8   *rules;            /* n_cols: a rule on top of the column (not inside a
                               * cell spanning rows); then n_cols + 1: a rule left of
                               * the column (cell edges) */
} PageRow;

typedef struct
{
  char     *title;
  char    **above;            /* NULL-terminated */
  char    **below;
  gboolean  landscape;
  double    page_width;
  double    page_height;
  guint     n_cols;
  double   *col_x;            /* n_cols + 1 edges, from the left margin */
  double    font_size;        /* cells */
  double    pad_x;
  double    pad_y;
  PageRow  *rows;
  guint     n_rows;
  guint     n_header;         /* the leading header rows, repeated */
  double    header_height;
  double    title_height;     /* title with its gap, lines above with theirs */
  double    below_height;     /* the gap and the lines below */
} PageTable;

typedef struct
{
  guint    table;
  guint    first;             /* body rows [first, end) */
  guint    end;
  gboolean first_of_table;    /* draws the title and the lines above */
  gboolean last_of_table;     /* draws the lines below */
  gboolean draw_header;
} Page;

struct _SbFormPages
{
  char       *title;
  SbFormText *text;
  PageTable  *tables;
  guint       n_tables;
  GArray     *pages;          /* Page */
  guint       folio_first;    /* 0: "第 x 页 共 y 页"; else "第 x 页" from this number */
};

/* The height of @lines, each wrapped to @width, with their gaps. */
static double
measure_lines (SbFormPages *self, char **lines, double size, double width)
{
  double h = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    h += (i > 0 ? GAP_LINES : 0) + sb_form_text_height (self->text, lines[i], size, FALSE, width);
  return h;
}

/* ---- copying a table and placing its cells ----------------------------- */

static char **
lines_copy (GPtrArray *lines)
{
  char **out = g_new0 (char *, lines->len + 1);

  for (guint i = 0; i < lines->len; i++)
    out[i] = g_strdup (g_ptr_array_index (lines, i));
  return out;
}

static gboolean
is_number (const SbCell *cell)
{
  return cell->kind != SB_CELL_TEXT && cell->kind != SB_CELL_EMPTY;
}

static PangoAlignment
cell_alignment (const SbCell *cell)
{
  switch (cell->align)
    {
    case SB_CELL_ALIGN_LEFT:
      return PANGO_ALIGN_LEFT;
    case SB_CELL_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case SB_CELL_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case SB_CELL_ALIGN_DEFAULT:
    default:
      return is_number (cell) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    }
}

/* The rules of every row: a rule on top of each column but inside a cell
 * spanning rows from above, and a rule at the edges of each cell. */
static void
set_rules (PageTable *pt)
{
  guint n = pt->n_cols;

  for (guint r = 0; r < pt->n_rows; r++)
    {
      PageRow *prow = &pt->rows[r];

      prow->rules = g_malloc0 (2 * n + 1);
      memset (prow->rules, 1, n);
      prow->rules[n] = prow->rules[2 * n] = 1;
    }
  for (guint r = 0; r < pt->n_rows; r++)
    for (guint i = 0; i < pt->rows[r].n_cells; i++)
      {
        const PageCell *pc = &pt->rows[r].cells[i];

        for (guint k = r; k < r + pc->row_span; k++)
          {
            guint8 *rules = pt->rows[k].rules;

            rules[n + pc->col] = rules[n + pc->col + pc->col_span] = 1;
            if (k > r)
              memset (rules + pc->col, 0, pc->col_span);
          }
      }
}

/* Places the cells of every row on the grid.  A cell covered by a header
 * cell spanning rows from above is normally left out of the row below (as
 * in HTML); a row that lists a placeholder for it (its spans adding up to
 * every column) works too: the placeholder is not drawn. */
static void
copy_rows (PageTable *pt, const SbTable *table)
{
  g_autofree guint *covered = g_new0 (guint, MAX (pt->n_cols, 1));  /* covered up to row */

  pt->n_rows = table->rows->len;
  pt->rows = g_new0 (PageRow, pt->n_rows);
  while (pt->n_header < pt->n_rows
         && ((SbTableRow *) g_ptr_array_index (table->rows, pt->n_header))->kind == SB_ROW_HEADER)
    pt->n_header++;

  for (guint r = 0; r < pt->n_rows; r++)
    {
      const SbTableRow *row = g_ptr_array_index (table->rows, r);
      PageRow *prow = &pt->rows[r];
      guint spans = 0, n_covered = 0, col = 0;
      gboolean placeholders;

      for (guint i = 0; i < row->cells->len; i++)
        spans += MAX (((SbCell *) g_ptr_array_index (row->cells, i))->col_span, 1);
      for (guint c = 0; c < pt->n_cols; c++)
        n_covered += covered[c] > r;
      placeholders = n_covered > 0 && spans + n_covered > pt->n_cols;

      prow->cells = g_new0 (PageCell, row->cells->len);
      for (guint i = 0; i < row->cells->len && col < pt->n_cols; i++)
        {
          const SbCell *cell = g_ptr_array_index (row->cells, i);
          guint span = MAX (cell->col_span, 1);
          PageCell *pc;

          if (!placeholders)
            while (col < pt->n_cols && covered[col] > r)
              col++;
          if (col >= pt->n_cols)
            break;
          if (placeholders && covered[col] > r)
            {
              col += span;
              continue;
            }
          span = MIN (span, pt->n_cols - col);
          pc = &prow->cells[prow->n_cells++];
          pc->text = sb_cell_format (cell);
          pc->col = col;
          pc->col_span = span;
          /* rows spanned: header rows only, within the header */
          pc->row_span = r < pt->n_header ? CLAMP (cell->row_span, 1, pt->n_header - r) : 1;
          pc->align = cell_alignment (cell);
          pc->bold = cell->bold || row->kind == SB_ROW_TOTAL;
          pc->number = is_number (cell) || (cell->nobreak && cell->kind == SB_CELL_TEXT);
          pc->scale = 1.0;
          for (guint c = col; c < col + span; c++)
            covered[c] = MAX (covered[c], r + pc->row_span);
          col += span;
        }
    }
  set_rules (pt);
}

/* ---- measuring ---------------------------------------------------------- */

static double
cell_inner_width (const PageTable *pt, const PageCell *pc)
{
  return pt->col_x[pc->col + pc->col_span] - pt->col_x[pc->col] - 2 * pt->pad_x;
}

/* Every cell on one line at the table's font; a column is at least as wide
 * as its widest number (which does not wrap). */
static void
measure_lines_of_cells (SbFormPages *self, PageTable *pt, double *min_width)
{
  for (guint r = 0; r < pt->n_rows; r++)
    for (guint i = 0; i < pt->rows[r].n_cells; i++)
      {
        PageCell *pc = &pt->rows[r].cells[i];

        if (pc->text[0] == '\0')
          continue;
        sb_form_text_line_size (self->text, pc->text, pt->font_size, pc->bold,
                                &pc->line_width, &pc->line_height);
        if (pc->number && pc->col_span == 1)
          min_width[pc->col] = MAX (min_width[pc->col], pc->line_width + 2 * pt->pad_x);
      }
}

/* Column widths proportional to @units, filling @avail, none narrower than
 * @min_width (which adds up to @avail at most). */
static void
set_widths (PageTable *pt, const double *units, const double *min_width, double avail)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, MAX (pt->n_cols, 1));
  double free_units = 0, free_space = avail;
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      free_units = 0;
      free_space = avail;
      for (guint c = 0; c < pt->n_cols; c++)
        if (fixed[c])
          free_space -= min_width[c];
        else
          free_units += units[c];
      for (guint c = 0; c < pt->n_cols && free_units > 0; c++)
        if (!fixed[c] && free_space * units[c] / free_units < min_width[c])
          fixed[c] = changed = TRUE;
    }
  for (guint c = 0; c < pt->n_cols; c++)
    {
      double w;

      if (free_units > 0)
        w = fixed[c] ? min_width[c] : free_space * units[c] / free_units;
      else  /* every column at its least width: what is left shared */
        w = min_width[c] + MAX (free_space, 0) / pt->n_cols;
      pt->col_x[c + 1] = pt->col_x[c] + w;
    }
}

/* The height the text of @pc needs (without padding). */
static double
measure_cell (SbFormPages *self, const PageTable *pt, PageCell *pc)
{
  double width = cell_inner_width (pt, pc);

  if (pc->text[0] == '\0')
    return 0;
  if (pc->line_width <= width + 0.001)
    {
      pc->one_line = TRUE;
      return pc->line_height;
    }
  /* a number spanning columns narrower than it: smaller, then wrapped */
  if (pc->number)
    pc->scale = MAX (width / pc->line_width, MIN_NUMBER_SHRINK);
  pc->text_height = sb_form_text_height (self->text, pc->text, pt->font_size * pc->scale,
                                         pc->bold, width);
  return pc->text_height;
}

static void
measure_rows (SbFormPages *self, PageTable *pt)
{
  double min_height;

  sb_form_text_line_size (self->text, "0", pt->font_size, FALSE, NULL, &min_height);
  min_height += 2 * pt->pad_y;

  for (guint r = 0; r < pt->n_rows; r++)
    {
      PageRow *prow = &pt->rows[r];

      prow->height = min_height;
      for (guint i = 0; i < prow->n_cells; i++)
        {
          PageCell *pc = &prow->cells[i];
          double h = measure_cell (self, pt, pc) + 2 * pt->pad_y;

          if (pc->row_span == 1)
            prow->height = MAX (prow->height, h);
          else
            pc->need = h;
        }
    }
  /* a cell spanning rows: the last of its rows grows when they are too low */
  for (guint r = 0; r < pt->n_header; r++)
    for (guint i = 0; i < pt->rows[r].n_cells; i++)
      {
        PageCell *pc = &pt->rows[r].cells[i];
        double have = 0;

        if (pc->row_span == 1)
          continue;
        for (guint k = r; k < r + pc->row_span; k++)
          have += pt->rows[k].height;
        if (have < pc->need)
          pt->rows[r + pc->row_span - 1].height += pc->need - have;
      }
  pt->header_height = 0;
  for (guint r = 0; r < pt->n_header; r++)
    pt->header_height += pt->rows[r].height;
}

static void
set_font_size (PageTable *pt, double size)
{
  pt->font_size = MAX (size, MIN_SIZE);
  pt->pad_x = PAD_X * pt->font_size / BODY_SIZE;
  pt->pad_y = PAD_Y * MAX (pt->font_size / BODY_SIZE, 0.5);
}

static void
layout_table (SbFormPages *self, PageTable *pt, const SbTable *table)
{
  g_autofree double *units = NULL;
  g_autofree double *min_width = NULL;
  double avail, total_units = 0, natural;

  pt->title = g_strdup (table->title != NULL ? table->title : "");
  pt->above = lines_copy (table->above);
  pt->below = lines_copy (table->below);
  pt->landscape = table->landscape;
  pt->page_width = pt->landscape ? SB_FORM_PAGE_A4_HEIGHT : SB_FORM_PAGE_A4_WIDTH;
  pt->page_height = pt->landscape ? SB_FORM_PAGE_A4_WIDTH : SB_FORM_PAGE_A4_HEIGHT;
  avail = pt->page_width - 2 * MARGIN;

  pt->n_cols = table->columns->len;
  units = g_new0 (double, MAX (pt->n_cols, 1));
  min_width = g_new0 (double, MAX (pt->n_cols, 1));
  for (guint c = 0; c < pt->n_cols; c++)
    {
      units[c] = MAX (g_array_index (table->columns, SbTableColumn, c).width, 0.5);
      total_units += units[c];
    }
  natural = total_units * BODY_SIZE / 2 + pt->n_cols * 2 * PAD_X;
  set_font_size (pt, BODY_SIZE * MIN (1.0, avail / natural));
  copy_rows (pt, table);

  /* a column keeps room for two Chinese characters at least (text wraps
   * inside it) and for its widest number; smaller fonts until they fit */
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      double total_min = 0;

      for (guint c = 0; c < pt->n_cols; c++)
        {
          min_width[c] = MIN (units[c], 4) * pt->font_size / 2 + 2 * pt->pad_x;
        }
      measure_lines_of_cells (self, pt, min_width);
      for (guint c = 0; c < pt->n_cols; c++)
        total_min += min_width[c];
      if (total_min <= avail || pt->font_size <= MIN_SIZE)
        break;
      set_font_size (pt, pt->font_size * avail / total_min * 0.995);
    }

  pt->col_x = g_new0 (double, pt->n_cols + 1);
  set_widths (pt, units, min_width, avail);
  measure_rows (self, pt);

  pt->title_height = 0;
  if (pt->title[0] != '\0')
    pt->title_height = sb_form_text_height (self->text, pt->title, TITLE_SIZE, TRUE, avail)
                       + GAP_TITLE;
  if (pt->above[0] != NULL)
    pt->title_height += measure_lines (self, pt->above, LINE_SIZE, avail) + GAP_TABLE;
  pt->below_height = 0;
  if (pt->below[0] != NULL)
    pt->below_height = GAP_BELOW + measure_lines (self, pt->below, LINE_SIZE, avail);
}

/* ---- pages -------------------------------------------------------------- */

static void
add_page (SbFormPages *self, guint table, guint first, guint end, gboolean first_of_table,
          gboolean draw_header)
{
  Page page = { table, first, end, first_of_table, FALSE, draw_header };

  g_array_append_val (self->pages, page);
}

static Page *
last_page (SbFormPages *self)
{
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

static void
paginate_table (SbFormPages *self, guint t)
{
  PageTable *pt = &self->tables[t];
  double bottom = pt->page_height - MARGIN - FOLIO_RESERVE;
  double y = MARGIN + pt->title_height + pt->header_height;

  add_page (self, t, pt->n_header, pt->n_header, TRUE, TRUE);
  for (guint r = pt->n_header; r < pt->n_rows; r++)
    {
      Page *page = last_page (self);

      if (y + pt->rows[r].height > bottom && page->end > page->first)
        {
          add_page (self, t, r, r, FALSE, TRUE);
          page = last_page (self);
          y = MARGIN + pt->header_height;
        }
      page->end = r + 1;
      y += pt->rows[r].height;
    }
  if (y + pt->below_height > bottom && pt->below[0] != NULL)
    {
      Page *page = last_page (self);

      if (page->end - page->first >= 2)
        {
          /* the last row goes along with the footer lines */
          guint r = page->end - 1;

          page->end = r;
          add_page (self, t, r, r + 1, FALSE, TRUE);
        }
      else
        add_page (self, t, page->end, page->end, FALSE, FALSE);
    }
  last_page (self)->last_of_table = TRUE;
}

SbFormPages *
sb_form_pages_new (const SbForm *form)
{
  SbFormPages *self = g_new0 (SbFormPages, 1);

  self->text = sb_form_text_new ();
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_return_val_if_fail (form != NULL, self);

  self->title = g_strdup (form->title != NULL ? form->title : "");
  self->n_tables = form->tables->len;
  self->tables = g_new0 (PageTable, self->n_tables);
  for (guint t = 0; t < self->n_tables; t++)
    {
      layout_table (self, &self->tables[t], g_ptr_array_index (form->tables, t));
      paginate_table (self, t);
    }
  return self;
}

static void
table_clear (PageTable *pt)
{
  g_free (pt->title);
  g_strfreev (pt->above);
  g_strfreev (pt->below);
  g_free (pt->col_x);
  for (guint r = 0; r < pt->n_rows; r++)
    {
      for (guint i = 0; i < pt->rows[r].n_cells; i++)
        g_free (pt->rows[r].cells[i].text);
      g_free (pt->rows[r].cells);
      g_free (pt->rows[r].rules);
    }
  g_free (pt->rows);
}

void
sb_form_pages_free (SbFormPages *pages)
{
  if (pages == NULL)
    return;
  for (guint t = 0; t < pages->n_tables; t++)
    table_clear (&pages->tables[t]);
  g_free (pages->tables);
  g_clear_pointer (&pages->pages, g_array_unref);
  g_clear_pointer (&pages->text, sb_form_text_free);
  g_free (pages->title);
  g_free (pages);
}

guint
sb_form_pages_get_n_pages (SbFormPages *pages)
{
  g_return_val_if_fail (pages != NULL, 0);
  return pages->pages->len;
}

gboolean
sb_form_pages_is_landscape (SbFormPages *pages, guint page)
{
  g_return_val_if_fail (page < sb_form_pages_get_n_pages (pages), FALSE);
  return pages->tables[g_array_index (pages->pages, Page, page).table].landscape;
}

void
sb_form_pages_get_page_size (SbFormPages *pages, guint page, double *width, double *height)
{
  gboolean landscape = page < sb_form_pages_get_n_pages (pages)
                       && sb_form_pages_is_landscape (pages, page);

  if (width != NULL)
    *width = landscape ? SB_FORM_PAGE_A4_HEIGHT : SB_FORM_PAGE_A4_WIDTH;
  if (height != NULL)
    *height = landscape ? SB_FORM_PAGE_A4_WIDTH : SB_FORM_PAGE_A4_HEIGHT;
}

const char *
sb_form_pages_get_title (SbFormPages *pages)
{
  g_return_val_if_fail (pages != NULL, NULL);
  return pages->title != NULL ? pages->title : "";
}

/* ---- drawing ------------------------------------------------------------- */

static double
draw_lines (SbFormPages *self, cairo_t *cr, char **lines, double x, double y, double width)
{
  for (guint i = 0; lines[i] != NULL; i++)
    y += (i > 0 ? GAP_LINES : 0)
         + sb_form_text_show (self->text, cr, lines[i], LINE_SIZE, FALSE, width,
                              PANGO_ALIGN_LEFT, x, y);
  return y;
}

/* Draws the text of the cells of row @r, whose top is @y. */
static void
draw_row (SbFormPages *self, cairo_t *cr, const PageTable *pt, guint r, double x0, double y)
{
  const PageRow *prow = &pt->rows[r];

  for (guint i = 0; i < prow->n_cells; i++)
    {
      const PageCell *pc = &prow->cells[i];
      double x = x0 + pt->col_x[pc->col] + pt->pad_x;
      double inner = cell_inner_width (pt, pc);
      double h = 0;

      if (pc->text[0] == '\0')
        continue;
      for (guint k = r; k < r + pc->row_span; k++)
        h += pt->rows[k].height;
      if (pc->one_line)
        {
          if (pc->align == PANGO_ALIGN_RIGHT)
            x += inner - pc->line_width;
          else if (pc->align == PANGO_ALIGN_CENTER)
            x += (inner - pc->line_width) / 2;
          sb_form_text_show_line (self->text, cr, pc->text, pt->font_size, pc->bold, x,
                                  y + MAX ((h - pc->line_height) / 2, pt->pad_y));
          continue;
        }
      sb_form_text_show (self->text, cr, pc->text, pt->font_size * pc->scale, pc->bold, inner,
                         pc->align, x, y + MAX ((h - pc->text_height) / 2, pt->pad_y));
    }
}

/* The rules of the rows @rows (indices into the table's rows) whose tops
 * are @tops, the last row ending at @bottom: one segment per run of
 * columns, one per run of rows. */
static void
draw_rules (cairo_t *cr, const PageTable *pt, const guint *rows, const double *tops, guint n,
            double x0, double bottom)
{
  guint nc = pt->n_cols;

  for (guint i = 0; i < n; i++)
    {
      const guint8 *rules = pt->rows[rows[i]].rules;

      for (guint c = 0; c < nc; c++)
        {
          guint end = c;

          if (i > 0 && !rules[c])
            continue;
          while (end < nc && (i == 0 || rules[end]))
            end++;
          cairo_move_to (cr, x0 + pt->col_x[c], tops[i]);
          cairo_line_to (cr, x0 + pt->col_x[end], tops[i]);
          c = end;
        }
    }
  cairo_move_to (cr, x0, bottom);
  cairo_line_to (cr, x0 + pt->col_x[nc], bottom);

  for (guint c = 0; c <= nc; c++)
    {
      gboolean open = FALSE;
      double start = 0;

      for (guint i = 0; i <= n; i++)
        {
          gboolean edge = i < n && pt->rows[rows[i]].rules[nc + c];
          double y = i < n ? tops[i] : bottom;

          if (edge && !open)
            {
              open = TRUE;
              start = y;
            }
          else if (!edge && open)
            {
              open = FALSE;
              cairo_move_to (cr, x0 + pt->col_x[c], start);
              cairo_line_to (cr, x0 + pt->col_x[c], y);
            }
        }
    }
}

void
sb_form_pages_draw (SbFormPages *pages, guint page, cairo_t *cr)
{
  const Page *p;
  const PageTable *pt;
  double width, x0 = MARGIN, y = MARGIN;
  g_autofree char *folio = NULL;
  g_autofree guint *rows = NULL;
  g_autofree double *tops = NULL;
  guint n = 0;

  g_return_if_fail (page < sb_form_pages_get_n_pages (pages));
  p = &g_array_index (pages->pages, Page, page);
  pt = &pages->tables[p->table];
  width = pt->page_width - 2 * MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_new_path (cr);

  if (p->first_of_table)
    {
      if (pt->title[0] != '\0')
        y += sb_form_text_show (pages->text, cr, pt->title, TITLE_SIZE, TRUE, width,
                                PANGO_ALIGN_CENTER, x0, y) + GAP_TITLE;
      if (pt->above[0] != NULL)
        y = draw_lines (pages, cr, pt->above, x0, y, width) + GAP_TABLE;
    }

  /* the rows of this page: the header, then the body */
  rows = g_new (guint, pt->n_header + (p->end - p->first) + 1);
  tops = g_new (double, pt->n_header + (p->end - p->first) + 1);
  for (guint r = 0; p->draw_header && r < pt->n_header; r++)
    rows[n++] = r;
  for (guint r = p->first; r < p->end; r++)
    rows[n++] = r;
  for (guint i = 0; i < n; i++)
    {
      tops[i] = y;
      draw_row (pages, cr, pt, rows[i], x0, y);
      y += pt->rows[rows[i]].height;
    }
  sb_form_text_flush (pages->text, cr);
  if (n > 0 && pt->n_cols > 0)
    {
      cairo_new_path (cr);
      draw_rules (cr, pt, rows, tops, n, x0, y);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
      cairo_stroke (cr);
    }

  if (p->last_of_table && pt->below[0] != NULL)
    draw_lines (pages, cr, pt->below, x0, y + GAP_BELOW, width);

  /* en spaces: wide enough for pdftotext to see "第 1 页 共 1 页" */
  if (pages->folio_first > 0)
    folio = g_strdup_printf ("第\u2002%u\u2002页", pages->folio_first + page);
  else
    folio = g_strdup_printf ("第\u2002%u\u2002页\u2002共\u2002%u\u2002页", page + 1,
                             pages->pages->len);
  sb_form_text_show (pages->text, cr, folio, FOLIO_SIZE, FALSE, width, PANGO_ALIGN_CENTER,
                     x0, pt->page_height - MARGIN - FOLIO_TOP);
  sb_form_text_flush (pages->text, cr);
  cairo_restore (cr);
}

void
sb_form_pages_set_folio_start (SbFormPages *pages, guint first)
{
  g_return_if_fail (pages != NULL);

  pages->folio_first = first;
}
