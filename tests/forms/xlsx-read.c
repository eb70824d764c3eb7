/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xlsx-read.c: a small XLSX reader for the tests: the zip read with libgsf
 * (GsfInfileZip, as the ledger reader does), the XML parsed with GMarkup. */
#include "xlsx-read.h"

#include <gio/gio.h>
#include <gsf/gsf.h>
#include <string.h>

struct _XlsxSheet
{
  char       *name;
  GHashTable *cells;      /* ref → XlsxCell* */
  GPtrArray  *merges;     /* char* */
  GHashTable *attrs;      /* "element\nattr" → value (the element's first occurrence) */
  GHashTable *texts;      /* element → text (first occurrence) */
  GArray     *cols;       /* ColRange */
  GHashTable *row_heights;/* row (from 1) → double* */
  int         last_row;   /* from 0 */
};

typedef struct
{
  guint  min, max;        /* from 1 */
  double width;
} ColRange;

typedef struct
{
  guint num_fmt;
  guint font;
  guint border;
  char *halign;
  gboolean wrap;
} Xf;

typedef struct
{
  gboolean bold;
  double   size;
} Font;

struct _XlsxBook
{
  GHashTable *entries;    /* name → GBytes (with a NUL after the data) */
  GPtrArray  *sheets;     /* XlsxSheet* */
  GPtrArray  *strings;    /* char*: the shared strings */
  GHashTable *defined;    /* "name\nsheet" → text */
  GHashTable *num_fmts;   /* id → code */
  GArray     *xfs;        /* Xf */
  GArray     *fonts;      /* Font */
  GArray     *borders;    /* gboolean: all four sides */
};

/* ---- zip: libgsf ------------------------------------------------------ */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* Every entry below @dir, inflated, by its path ("xl/styles.xml"); each
 * with a NUL after the data for the XML parser. */
static gboolean
read_dir (XlsxBook *book, GsfInfile *dir, const char *prefix, GError **error)
{
  int n = gsf_infile_num_children (dir);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GsfInput) child = gsf_infile_child_by_index (dir, i);
      const char *name = gsf_infile_name_by_index (dir, i);
      g_autofree char *path = g_strconcat (prefix, name, NULL);

      if (child == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "bad entry: %s", path);
          return FALSE;
        }
      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        {
          g_autofree char *sub = g_strconcat (path, "/", NULL);

          if (!read_dir (book, GSF_INFILE (child), sub, error))
            return FALSE;
        }
      else
        {
          gsf_off_t size = gsf_input_size (child);
          guint8 *data = g_malloc (size + 1);

          if (size > 0 && gsf_input_read (child, size, data) == NULL)
            {
              g_free (data);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "cannot inflate %s", path);
              return FALSE;
            }
          data[size] = '\0';
          g_hash_table_insert (book->entries, g_steal_pointer (&path),
                               g_bytes_new_take (data, size));
        }
    }
  return TRUE;
}

static gboolean
read_zip (XlsxBook *book, const char *path, GError **error)
{
  g_autoptr(GsfInput) file = gsf_input_stdio_new (path, error);
  g_autoptr(GsfInfile) zip = NULL;

  if (file == NULL)
    return FALSE;
  zip = gsf_infile_zip_new (file, error);
  if (zip == NULL)
    return FALSE;
  return read_dir (book, zip, "", error);
}

/* ---- XML --------------------------------------------------------------- */

static const char *
attr (const char **names, const char **values, const char *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static gboolean
parse (const char *text, const GMarkupParser *parser, gpointer data, GError **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;

  if (text == NULL)
    return TRUE;
  context = g_markup_parse_context_new (parser, 0, data, NULL);
  return g_markup_parse_context_parse (context, text, -1, error)
         && g_markup_parse_context_end_parse (context, error);
}

/* shared strings: the <t> texts of each <si> */
typedef struct
{
  XlsxBook *book;
  GString  *si;
  gboolean  in_t;
} SstParse;

static void
sst_start (GMarkupParseContext *c, const char *element, const char **names,
           const char **values, gpointer data, GError **error)
{
  SstParse *s = data;

  if (g_str_equal (element, "si"))
    s->si = g_string_new (NULL);
  else if (g_str_equal (element, "t"))
    s->in_t = TRUE;
}

static void
sst_end (GMarkupParseContext *c, const char *element, gpointer data, GError **error)
{
  SstParse *s = data;

  if (g_str_equal (element, "si"))
    g_ptr_array_add (s->book->strings, g_string_free (g_steal_pointer (&s->si), FALSE));
  else if (g_str_equal (element, "t"))
    s->in_t = FALSE;
}

static void
sst_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
  SstParse *s = data;

  if (s->in_t && s->si != NULL)
    g_string_append_len (s->si, text, len);
}

/* styles */
typedef struct
{
  XlsxBook *book;
  gboolean  in_cell_xfs;
  gboolean  in_fonts;
  gboolean  in_borders;
  gboolean  in_border;
  guint     sides;
} StyleParse;

static void
style_start (GMarkupParseContext *c, const char *element, const char **names,
             const char **values, gpointer data, GError **error)
{
  StyleParse *s = data;
  XlsxBook *book = s->book;

  if (g_str_equal (element, "numFmt"))
    g_hash_table_insert (book->num_fmts,
                         GUINT_TO_POINTER (atoi (attr (names, values, "numFmtId"))),
                         g_strdup (attr (names, values, "formatCode")));
  else if (g_str_equal (element, "cellXfs"))
    s->in_cell_xfs = TRUE;
  else if (g_str_equal (element, "fonts"))
    s->in_fonts = TRUE;
  else if (g_str_equal (element, "borders"))
    s->in_borders = TRUE;
  else if (s->in_cell_xfs && g_str_equal (element, "xf"))
    {
      Xf xf = { 0 };
      const char *v;

      if ((v = attr (names, values, "numFmtId")) != NULL)
        xf.num_fmt = atoi (v);
      if ((v = attr (names, values, "fontId")) != NULL)
        xf.font = atoi (v);
      if ((v = attr (names, values, "borderId")) != NULL)
        xf.border = atoi (v);
      g_array_append_val (book->xfs, xf);
    }
  else if (s->in_cell_xfs && g_str_equal (element, "alignment") && book->xfs->len > 0)
    {
      Xf *xf = &g_array_index (book->xfs, Xf, book->xfs->len - 1);
      const char *v;

      g_free (xf->halign);
      xf->halign = g_strdup (attr (names, values, "horizontal"));
      v = attr (names, values, "wrapText");
      xf->wrap = v != NULL && g_str_equal (v, "1");
    }
  else if (s->in_fonts && g_str_equal (element, "font"))
    {
      Font font = { FALSE, 0 };

      g_array_append_val (book->fonts, font);
    }
  else if (s->in_fonts && book->fonts->len > 0 && g_str_equal (element, "b"))
    g_array_index (book->fonts, Font, book->fonts->len - 1).bold = TRUE;
  else if (s->in_fonts && book->fonts->len > 0 && g_str_equal (element, "sz"))
    g_array_index (book->fonts, Font, book->fonts->len - 1).size =
      g_ascii_strtod (attr (names, values, "val"), NULL);
  else if (s->in_borders && g_str_equal (element, "border"))
    {
      s->in_border = TRUE;
      s->sides = 0;
    }
  else if (s->in_border && attr (names, values, "style") != NULL
           && (g_str_equal (element, "left") || g_str_equal (element, "right")
               || g_str_equal (element, "top") || g_str_equal (element, "bottom")))
    s->sides++;
}

static void
style_end (GMarkupParseContext *c, const char *element, gpointer data, GError **error)
{
  StyleParse *s = data;

  if (g_str_equal (element, "cellXfs"))
    s->in_cell_xfs = FALSE;
  else if (g_str_equal (element, "fonts"))
    s->in_fonts = FALSE;
  else if (g_str_equal (element, "borders"))
    s->in_borders = FALSE;
  else if (s->in_border && g_str_equal (element, "border"))
    {
      gboolean all = s->sides == 4;

      g_array_append_val (s->book->borders, all);
      s->in_border = FALSE;
    }
}

/* workbook.xml and its relationships */
typedef struct
{
  XlsxBook   *book;
  GPtrArray  *rids;       /* char*: r:id of each sheet */
  GHashTable *targets;    /* rId → target */
  char       *defined_key;
  GString    *defined_text;
} BookParse;

static void
book_start (GMarkupParseContext *c, const char *element, const char **names,
            const char **values, gpointer data, GError **error)
{
  BookParse *b = data;

  if (g_str_equal (element, "sheet"))
    {
      XlsxSheet *sheet = g_new0 (XlsxSheet, 1);

      sheet->name = g_strdup (attr (names, values, "name"));
      g_ptr_array_add (b->book->sheets, sheet);
      g_ptr_array_add (b->rids, g_strdup (attr (names, values, "r:id")));
    }
  else if (g_str_equal (element, "definedName"))
    {
      const char *local = attr (names, values, "localSheetId");

      b->defined_key = g_strdup_printf ("%s\n%d", attr (names, values, "name"),
                                        local != NULL ? atoi (local) : -1);
      b->defined_text = g_string_new (NULL);
    }
  else if (g_str_equal (element, "Relationship"))
    g_hash_table_insert (b->targets, g_strdup (attr (names, values, "Id")),
                         g_strdup (attr (names, values, "Target")));
}

static void
book_end (GMarkupParseContext *c, const char *element, gpointer data, GError **error)
{
  BookParse *b = data;

  if (g_str_equal (element, "definedName") && b->defined_key != NULL)
    g_hash_table_insert (b->book->defined, g_steal_pointer (&b->defined_key),
                         g_string_free (g_steal_pointer (&b->defined_text), FALSE));
}

static void
book_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
  BookParse *b = data;

  if (b->defined_text != NULL)
    g_string_append_len (b->defined_text, text, len);
}

/* a worksheet */
typedef struct
{
  XlsxBook  *book;
  XlsxSheet *sheet;
  XlsxCell  *cell;
  GString   *text;        /* inside <v> or <t> of the cell, or another element */
  char      *text_element;
  gboolean   in_v;
  gboolean   in_t;
} SheetParse;

static void
cell_free (gpointer data)
{
  XlsxCell *cell = data;

  g_free (cell->ref);
  g_free (cell->text);
  g_free (cell);
}

/* "B12" → row 11 */
static int
ref_row (const char *ref)
{
  while (g_ascii_isalpha (*ref))
    ref++;
  return atoi (ref) - 1;
}

static void
sheet_start (GMarkupParseContext *c, const char *element, const char **names,
             const char **values, gpointer data, GError **error)
{
  SheetParse *s = data;
  XlsxSheet *sheet = s->sheet;

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *key = g_strdup_printf ("%s\n%s", element, names[i]);

      if (!g_hash_table_contains (sheet->attrs, key))
        g_hash_table_insert (sheet->attrs, key, g_strdup (values[i]));
      else
        g_free (key);
    }

  if (g_str_equal (element, "c"))
    {
      const char *t = attr (names, values, "t");
      const char *st = attr (names, values, "s");

      s->cell = g_new0 (XlsxCell, 1);
      s->cell->ref = g_strdup (attr (names, values, "r"));
      s->cell->style = st != NULL ? atoi (st) : 0;
      if (t == NULL || g_str_equal (t, "n"))
        s->cell->type = XLSX_CELL_NUMBER;
      else if (g_str_equal (t, "s"))
        s->cell->type = XLSX_CELL_SHARED;
      else if (g_str_equal (t, "inlineStr"))
        s->cell->type = XLSX_CELL_INLINE;
      else if (g_str_equal (t, "str"))
        s->cell->type = XLSX_CELL_STR;
      else
        s->cell->type = XLSX_CELL_OTHER;
    }
  else if (s->cell != NULL && g_str_equal (element, "v"))
    {
      s->in_v = TRUE;
      s->text = g_string_new (NULL);
    }
  else if (s->cell != NULL && g_str_equal (element, "t"))
    {
      s->in_t = TRUE;
      if (s->text == NULL)
        s->text = g_string_new (NULL);
    }
  else if (s->cell != NULL && g_str_equal (element, "f"))
    s->cell->formula = TRUE;
  else if (g_str_equal (element, "mergeCell"))
    g_ptr_array_add (sheet->merges, g_strdup (attr (names, values, "ref")));
  else if (g_str_equal (element, "col"))
    {
      ColRange range = { atoi (attr (names, values, "min")), atoi (attr (names, values, "max")),
                         g_ascii_strtod (attr (names, values, "width"), NULL) };

      g_array_append_val (sheet->cols, range);
    }
  else if (g_str_equal (element, "row"))
    {
      const char *ht = attr (names, values, "ht");

      if (ht != NULL)
        {
          double *h = g_new (double, 1);

          *h = g_ascii_strtod (ht, NULL);
          g_hash_table_insert (sheet->row_heights,
                               GINT_TO_POINTER (atoi (attr (names, values, "r"))), h);
        }
    }
  else if (s->cell == NULL && s->text_element == NULL
           && (g_str_equal (element, "oddHeader") || g_str_equal (element, "oddFooter"))
           && !g_hash_table_contains (sheet->texts, element))
    {
      s->text_element = g_strdup (element);
      s->text = g_string_new (NULL);
    }
}

static void
sheet_end (GMarkupParseContext *c, const char *element, gpointer data, GError **error)
{
  SheetParse *s = data;
  XlsxSheet *sheet = s->sheet;

  if (s->cell != NULL && g_str_equal (element, "c"))
    {
      XlsxCell *cell = g_steal_pointer (&s->cell);

      if (s->text != NULL)
        {
          char *text = g_string_free (g_steal_pointer (&s->text), FALSE);

          if (cell->type == XLSX_CELL_SHARED)
            {
              guint index = atoi (text);

              if (index >= s->book->strings->len)
                {
                  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                               "shared string %u of %u", index, s->book->strings->len);
                  g_free (text);
                  cell_free (cell);
                  return;
                }
              cell->text = g_strdup (g_ptr_array_index (s->book->strings, index));
              g_free (text);
            }
          else
            cell->text = text;
        }
      else
        cell->type = cell->type == XLSX_CELL_NUMBER ? XLSX_CELL_BLANK : cell->type;
      sheet->last_row = MAX (sheet->last_row, ref_row (cell->ref));
      g_hash_table_insert (sheet->cells, cell->ref, cell);
    }
  else if (g_str_equal (element, "v"))
    s->in_v = FALSE;
  else if (g_str_equal (element, "t"))
    s->in_t = FALSE;
  else if (s->text_element != NULL && g_str_equal (element, s->text_element))
    {
      g_hash_table_insert (sheet->texts, g_steal_pointer (&s->text_element),
                           g_string_free (g_steal_pointer (&s->text), FALSE));
    }
}

static void
sheet_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
  SheetParse *s = data;

  if (s->text != NULL && (s->in_v || s->in_t || s->text_element != NULL))
    g_string_append_len (s->text, text, len);
}

static void
sheet_free (gpointer data)
{
  XlsxSheet *sheet = data;

  g_free (sheet->name);
  if (sheet->cells != NULL)
    {
      g_hash_table_unref (sheet->cells);
      g_ptr_array_unref (sheet->merges);
      g_hash_table_unref (sheet->attrs);
      g_hash_table_unref (sheet->texts);
      g_array_unref (sheet->cols);
      g_hash_table_unref (sheet->row_heights);
    }
  g_free (sheet);
}

static void
xf_clear (gpointer data)
{
  Xf *xf = data;

  g_free (xf->halign);
}

/* ---- the book ---------------------------------------------------------- */

void
xlsx_book_free (XlsxBook *book)
{
  if (book == NULL)
    return;
  g_hash_table_unref (book->entries);
  g_ptr_array_unref (book->sheets);
  g_ptr_array_unref (book->strings);
  g_hash_table_unref (book->defined);
  g_hash_table_unref (book->num_fmts);
  g_array_unref (book->xfs);
  g_array_unref (book->fonts);
  g_array_unref (book->borders);
  g_free (book);
}

const char *
xlsx_book_get_text (XlsxBook *book, const char *name)
{
  GBytes *bytes = g_hash_table_lookup (book->entries, name);

  return bytes != NULL ? g_bytes_get_data (bytes, NULL) : NULL;
}

GBytes *
xlsx_book_get_entry (XlsxBook *book, const char *name)
{
  return g_hash_table_lookup (book->entries, name);
}

static gboolean
parse_sheet (XlsxBook *book, XlsxSheet *sheet, const char *entry, GError **error)
{
  static const GMarkupParser parser = { sheet_start, sheet_end, sheet_text, NULL, NULL };
  SheetParse s = { book, sheet };
  const char *text = xlsx_book_get_text (book, entry);
  gboolean ok;

  sheet->cells = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, cell_free);
  sheet->merges = g_ptr_array_new_with_free_func (g_free);
  sheet->attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sheet->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sheet->cols = g_array_new (FALSE, FALSE, sizeof (ColRange));
  sheet->row_heights = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sheet->last_row = -1;
  if (text == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no entry %s", entry);
      return FALSE;
    }
  ok = parse (text, &parser, &s, error);
  if (s.cell != NULL)
    cell_free (s.cell);
  if (s.text != NULL)
    g_string_free (s.text, TRUE);
  g_free (s.text_element);
  return ok;
}

XlsxBook *
xlsx_book_open (const char *path, GError **error)
{
  static const GMarkupParser sst_parser = { sst_start, sst_end, sst_text, NULL, NULL };
  static const GMarkupParser style_parser = { style_start, style_end, NULL, NULL, NULL };
  static const GMarkupParser book_parser = { book_start, book_end, book_text, NULL, NULL };
  g_autoptr(XlsxBook) book = g_new0 (XlsxBook, 1);
  SstParse sst = { book };
  StyleParse style = { book };
  g_autoptr(GPtrArray) rids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  BookParse b = { book, rids, targets };
  gboolean ok;

  book->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_bytes_unref);
  book->sheets = g_ptr_array_new_with_free_func (sheet_free);
  book->strings = g_ptr_array_new_with_free_func (g_free);
  book->defined = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  book->num_fmts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  book->xfs = g_array_new (FALSE, TRUE, sizeof (Xf));
  g_array_set_clear_func (book->xfs, xf_clear);
  book->fonts = g_array_new (FALSE, TRUE, sizeof (Font));
  book->borders = g_array_new (FALSE, TRUE, sizeof (gboolean));

  if (!read_zip (book, path, error))
    return NULL;
  if (!parse (xlsx_book_get_text (book, "xl/sharedStrings.xml"), &sst_parser, &sst, error))
    return NULL;
  if (!parse (xlsx_book_get_text (book, "xl/styles.xml"), &style_parser, &style, error))
    return NULL;
  ok = parse (xlsx_book_get_text (book, "xl/workbook.xml"), &book_parser, &b, error)
       && parse (xlsx_book_get_text (book, "xl/_rels/workbook.xml.rels"), &book_parser, &b,
                 error);
  g_free (b.defined_key);
  if (b.defined_text != NULL)
    g_string_free (b.defined_text, TRUE);
  if (!ok)
    return NULL;
  for (guint i = 0; i < book->sheets->len; i++)
    {
      const char *target = g_hash_table_lookup (targets, g_ptr_array_index (rids, i));
      g_autofree char *entry = NULL;

      if (target == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no target for sheet %u", i);
          return NULL;
        }
      entry = target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
      if (!parse_sheet (book, g_ptr_array_index (book->sheets, i), entry, error))
        return NULL;
    }
  return g_steal_pointer (&book);
}

guint
xlsx_book_get_n_sheets (XlsxBook *book)
{
  return book->sheets->len;
}

const char *
xlsx_book_get_sheet_name (XlsxBook *book, guint index)
{
  XlsxSheet *sheet = xlsx_book_get_sheet (book, index);

  return sheet != NULL ? sheet->name : NULL;
}

XlsxSheet *
xlsx_book_get_sheet (XlsxBook *book, guint index)
{
  return index < book->sheets->len ? g_ptr_array_index (book->sheets, index) : NULL;
}

const char *
xlsx_book_get_defined_name (XlsxBook *book, const char *name, int sheet)
{
  g_autofree char *key = g_strdup_printf ("%s\n%d", name, sheet);

  return g_hash_table_lookup (book->defined, key);
}

static const Xf *
get_xf (XlsxBook *book, guint style)
{
  static const Xf none = { 0 };

  return style < book->xfs->len ? &g_array_index (book->xfs, Xf, style) : &none;
}

const char *
xlsx_book_style_num_format (XlsxBook *book, guint style)
{
  /* the built-in formats ECMA-376 §18.8.30 lists (those a writer uses) */
  static const char * const builtin[] = {
    [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
    [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [14] = "m/d/yy", [49] = "@",
  };
  guint id = get_xf (book, style)->num_fmt;
  const char *code = g_hash_table_lookup (book->num_fmts, GUINT_TO_POINTER (id));

  if (code != NULL)
    return code;
  if (id < G_N_ELEMENTS (builtin) && builtin[id] != NULL)
    return builtin[id];
  return "?";
}

gboolean
xlsx_book_style_bold (XlsxBook *book, guint style)
{
  guint font = get_xf (book, style)->font;

  return font < book->fonts->len && g_array_index (book->fonts, Font, font).bold;
}

double
xlsx_book_style_font_size (XlsxBook *book, guint style)
{
  guint font = get_xf (book, style)->font;

  return font < book->fonts->len ? g_array_index (book->fonts, Font, font).size : 0;
}

const char *
xlsx_book_style_halign (XlsxBook *book, guint style)
{
  return get_xf (book, style)->halign;
}

gboolean
xlsx_book_style_wrap (XlsxBook *book, guint style)
{
  return get_xf (book, style)->wrap;
}

gboolean
xlsx_book_style_bordered (XlsxBook *book, guint style)
{
  guint border = get_xf (book, style)->border;

  return border < book->borders->len && g_array_index (book->borders, gboolean, border);
}

/* ---- a sheet ----------------------------------------------------------- */

const XlsxCell *
xlsx_sheet_get_cell (XlsxSheet *sheet, const char *ref)
{
  return g_hash_table_lookup (sheet->cells, ref);
}

const XlsxCell *
xlsx_sheet_get_cell_at (XlsxSheet *sheet, guint row, guint col)
{
  g_autofree char *ref = xlsx_ref (row, col);

  return xlsx_sheet_get_cell (sheet, ref);
}

guint
xlsx_sheet_get_n_cells (XlsxSheet *sheet)
{
  return g_hash_table_size (sheet->cells);
}

GPtrArray *
xlsx_sheet_get_merges (XlsxSheet *sheet)
{
  return sheet->merges;
}

gboolean
xlsx_sheet_has_merge (XlsxSheet *sheet, const char *range)
{
  for (guint i = 0; i < sheet->merges->len; i++)
    if (g_str_equal (g_ptr_array_index (sheet->merges, i), range))
      return TRUE;
  return FALSE;
}

const char *
xlsx_sheet_get_attr (XlsxSheet *sheet, const char *element, const char *name)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s", element, name);

  return g_hash_table_lookup (sheet->attrs, key);
}

const char *
xlsx_sheet_get_element_text (XlsxSheet *sheet, const char *element)
{
  return g_hash_table_lookup (sheet->texts, element);
}

double
xlsx_sheet_get_column_width (XlsxSheet *sheet, guint col)
{
  for (guint i = 0; i < sheet->cols->len; i++)
    {
      const ColRange *range = &g_array_index (sheet->cols, ColRange, i);

      if (col + 1 >= range->min && col + 1 <= range->max)
        return range->width;
    }
  return -1;
}

double
xlsx_sheet_get_row_height (XlsxSheet *sheet, guint row)
{
  double *h = g_hash_table_lookup (sheet->row_heights, GINT_TO_POINTER (row + 1));

  return h != NULL ? *h : -1;
}

int
xlsx_sheet_get_last_row (XlsxSheet *sheet)
{
  return sheet->last_row;
}

char *
xlsx_ref (guint row, guint col)
{
  char letters[8];
  int n = 0;
  GString *out = g_string_new (NULL);

  col++;
  while (col > 0)
    {
      letters[n++] = 'A' + (col - 1) % 26;
      col = (col - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  g_string_append_printf (out, "%u", row + 1);
  return g_string_free (out, FALSE);
}
