/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-xlsx.c: Office Open XML workbooks: the zip through libgsf
 * (GsfInfileZip), each part streamed through libxml2's xmlTextReader, every
 * byte counted against the limits as it is inflated (a zip bomb stops at the
 * limit, whatever its directory claims). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "sb-ledger-private.h"

struct _SbXlsx
{
  GsfInfile  *zip;
  char       *dir;            /* the workbook's folder: "xl/" */
  GPtrArray  *sheet_parts;    /* char*: "xl/worksheets/sheet1.xml" */
  GPtrArray  *strings;        /* char*: the shared strings */
  GArray     *xf_is_date;     /* gboolean per cellXfs entry */
  guint64     total_bytes;    /* inflated so far */
};

void
sb_ledger_xlsx_free (SbXlsx *xlsx)
{
  g_clear_object (&xlsx->zip);
  g_free (xlsx->dir);
  g_ptr_array_unref (xlsx->sheet_parts);
  g_ptr_array_unref (xlsx->strings);
  g_array_unref (xlsx->xf_is_date);
  g_free (xlsx);
}

static gboolean
damaged (GError **error, SbLedgerBook *book, const char *what)
{
  g_autofree char *display = g_filename_display_basename (book->path);

  g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_DAMAGED,
               /* Translators: the first %s is the file, the second the part of it */
               _("“%s” is damaged (%s); open it in a spreadsheet program and save it again"),
               display, what);
  return FALSE;
}

/* ---- parts: inflated through a counting callback ---------------------- */

typedef struct
{
  SbLedgerBook *book;
  GsfInput     *input;
  guint64       part_bytes;
  gboolean      over;         /* a limit was reached */
} PartReader;

static int
part_read (void *context, char *buffer, int len)
{
  PartReader *r = context;
  gsf_off_t left = gsf_input_remaining (r->input);
  int n = (int) MIN ((gsf_off_t) len, left);

  if (n <= 0)
    return 0;
  if (r->part_bytes + n > r->book->limits.max_part_bytes
      || r->book->xlsx->total_bytes + n > r->book->limits.max_total_bytes)
    {
      r->over = TRUE;
      return -1;
    }
  if (gsf_input_read (r->input, n, (guint8 *) buffer) == NULL)
    return -1;
  r->part_bytes += n;
  r->book->xlsx->total_bytes += n;
  return n;
}

static int
part_close (void *context)
{
  return 0;
}

static void
ignore_errors (void *arg, const char *msg, xmlParserSeverities severity,
               xmlTextReaderLocatorPtr locator)
{
}

/* The part @name ("xl/workbook.xml"), or NULL when the zip has none. */
static GsfInput *
open_part (SbLedgerBook *book, const char *name)
{
  g_auto(GStrv) names = g_strsplit (name[0] == '/' ? name + 1 : name, "/", 0);

  return gsf_infile_child_by_aname (book->xlsx->zip, (const char **) names);
}

static xmlTextReaderPtr
reader_new (PartReader *r, SbLedgerBook *book, GsfInput *input)
{
  xmlTextReaderPtr reader;

  r->book = book;
  r->input = input;
  r->part_bytes = 0;
  r->over = FALSE;
  /* no network, no entity substitution, no DTD loading */
  reader = xmlReaderForIO (part_read, part_close, r, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                           | XML_PARSE_COMPACT);
  if (reader != NULL)
    xmlTextReaderSetErrorHandler (reader, ignore_errors, NULL);
  return reader;
}

/* after the last xmlTextReaderRead: TRUE when the part was whole and well-formed */
static gboolean
reader_done (xmlTextReaderPtr reader, PartReader *r, int status, const char *part,
             GError **error)
{
  if (r->over)
    {
      g_autofree char *display = g_filename_display_basename (r->book->path);
      g_autofree char *size_text = g_format_size (MIN (r->book->limits.max_part_bytes,
                                                       r->book->limits.max_total_bytes));

      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_TOO_LARGE,
                   _("“%s” unpacks to more than %s (%s); it is refused as too large or as a zip bomb"),
                   display, size_text, part);
      return FALSE;
    }
  if (status < 0)
    return damaged (error, r->book, part);
  return TRUE;
}

static gboolean
is_element (xmlTextReaderPtr reader, const char *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr reader, const char *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
attr (xmlTextReaderPtr reader, const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    {
      /* r:id and friends: by local name, whatever the prefix */
      const char *colon = strchr (name, ':');

      if (colon == NULL)
        return NULL;
      if (xmlTextReaderMoveToFirstAttribute (reader) == 1)
        {
          do
            if (g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), colon + 1) == 0)
              {
                value = xmlTextReaderValue (reader);
                break;
              }
          while (xmlTextReaderMoveToNextAttribute (reader) == 1);
          xmlTextReaderMoveToElement (reader);
        }
      if (value == NULL)
        return NULL;
    }
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* the text inside the current element (entity references left as written) */
static char *
element_text (xmlTextReaderPtr reader)
{
  xmlChar *value = xmlTextReaderReadString (reader);
  char *copy = g_strdup (value != NULL ? (const char *) value : "");

  xmlFree (value);
  return copy;
}

/* "xl/" + "worksheets/sheet1.xml", or an absolute "/xl/…" */
static char *
resolve (const char *dir, const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1)
                                             : g_strconcat (dir, target, NULL);
  g_auto(GStrv) parts = g_strsplit (joined, "/", 0);
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_equal (parts[i], "..") && out->len > 0)
        g_ptr_array_remove_index (out, out->len - 1);
      else if (parts[i][0] != '\0' && !g_str_equal (parts[i], ".") && !g_str_equal (parts[i], ".."))
        g_ptr_array_add (out, parts[i]);
    }
  g_ptr_array_add (out, NULL);
  return g_strjoinv ("/", (char **) out->pdata);
}

/* ---- relationships ---------------------------------------------------- */

typedef struct
{
  char *id;
  char *type;     /* the last segment of the type URI: "worksheet" */
  char *target;
} Rel;

static void
rel_free (gpointer data)
{
  Rel *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

/* The relationships of @part (NULL: the package's), an empty list when none. */
static GPtrArray *
read_rels (SbLedgerBook *book, const char *rels_name, GError **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (rel_free);
  g_autoptr(GsfInput) input = open_part (book, rels_name);
  PartReader r;
  xmlTextReaderPtr reader;
  int status;

  if (input == NULL)
    return g_steal_pointer (&rels);
  reader = reader_new (&r, book, input);
  while ((status = xmlTextReaderRead (reader)) == 1)
    if (is_element (reader, "Relationship") && rels->len < 100000)
      {
        Rel *rel = g_new0 (Rel, 1);
        g_autofree char *type = attr (reader, "Type");
        const char *slash = type != NULL ? strrchr (type, '/') : NULL;

        rel->id = attr (reader, "Id");
        rel->type = g_strdup (slash != NULL ? slash + 1 : type);
        rel->target = attr (reader, "Target");
        if (rel->id == NULL || rel->target == NULL)
          rel_free (rel);
        else
          g_ptr_array_add (rels, rel);
      }
  xmlFreeTextReader (reader);
  if (!reader_done (reader, &r, status, rels_name, error))
    return NULL;
  return g_steal_pointer (&rels);
}

static const Rel *
find_rel (GPtrArray *rels, const char *id, const char *type)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);

      if ((id == NULL || g_strcmp0 (rel->id, id) == 0)
          && (type == NULL || g_strcmp0 (rel->type, type) == 0))
        return rel;
    }
  return NULL;
}

/* ---- shared strings and styles ---------------------------------------- */

static gboolean
read_strings (SbLedgerBook *book, const char *part, GError **error)
{
  g_autoptr(GsfInput) input = open_part (book, part);
  PartReader r;
  xmlTextReaderPtr reader;
  GString *si = NULL;
  int in_rph = 0;
  int status;

  if (input == NULL)
    return TRUE;
  reader = reader_new (&r, book, input);
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "si"))
        {
          if (si != NULL)
            g_string_free (si, TRUE);
          si = g_string_new (NULL);
          if (xmlTextReaderIsEmptyElement (reader))
            {
              g_ptr_array_add (book->xlsx->strings, g_string_free (g_steal_pointer (&si), FALSE));
            }
        }
      else if (is_element (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        in_rph++;
      else if (is_end (reader, "rPh"))
        in_rph--;
      else if (is_element (reader, "t") && si != NULL && in_rph == 0)
        {
          g_autofree char *text = element_text (reader);

          g_string_append (si, text);
        }
      else if (is_end (reader, "si") && si != NULL)
        {
          if (book->xlsx->strings->len >= book->limits.max_cells)
            {
              r.over = TRUE;
              status = -1;
              break;
            }
          g_ptr_array_add (book->xlsx->strings, g_string_free (g_steal_pointer (&si), FALSE));
        }
    }
  if (si != NULL)
    g_string_free (si, TRUE);
  xmlFreeTextReader (reader);
  return reader_done (reader, &r, status, part, error);
}

/* A number format that shows a date: one of the built-in date formats, or a
 * code with d, m or y outside quotes, brackets and escapes. */
static gboolean
format_is_date (guint id, const char *code)
{
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return TRUE;
  if (code == NULL)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return FALSE;
          break;
        case '[':
          p = strchr (p + 1, ']');
          if (p == NULL)
            return FALSE;
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] != '\0')
            p++;
          break;
        case 'd': case 'D': case 'y': case 'Y':
          return TRUE;
        case 'm': case 'M':
          return TRUE;
        default:
          break;
        }
    }
  return FALSE;
}

static gboolean
read_styles (SbLedgerBook *book, const char *part, GError **error)
{
  g_autoptr(GsfInput) input = open_part (book, part);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) xf_fmt = g_array_new (FALSE, FALSE, sizeof (guint));
  PartReader r;
  xmlTextReaderPtr reader;
  gboolean in_xfs = FALSE;
  int status;

  if (input == NULL)
    return TRUE;
  reader = reader_new (&r, book, input);
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = attr (reader, "numFmtId");
          char *code = attr (reader, "formatCode");

          if (id != NULL && code != NULL && g_hash_table_size (codes) < 100000)
            g_hash_table_insert (codes, GUINT_TO_POINTER (atoi (id)), code);
          else
            g_free (code);
        }
      else if (is_element (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (reader, "xf") && xf_fmt->len < 1000000)
        {
          g_autofree char *id = attr (reader, "numFmtId");
          guint fmt = id != NULL ? (guint) atoi (id) : 0;

          g_array_append_val (xf_fmt, fmt);
        }
    }
  xmlFreeTextReader (reader);
  if (!reader_done (reader, &r, status, part, error))
    return FALSE;
  for (guint i = 0; i < xf_fmt->len; i++)
    {
      guint fmt = g_array_index (xf_fmt, guint, i);
      gboolean date = format_is_date (fmt, g_hash_table_lookup (codes, GUINT_TO_POINTER (fmt)));

      g_array_append_val (book->xlsx->xf_is_date, date);
    }
  return TRUE;
}

/* ---- the workbook ------------------------------------------------------ */

gboolean
sb_ledger_xlsx_open (SbLedgerBook *book, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GsfInput) file = NULL;
  g_autoptr(GPtrArray) pkg_rels = NULL;
  g_autoptr(GPtrArray) rels = NULL;
  g_autoptr(GPtrArray) rids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GsfInput) input = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *workbook_rels = NULL;
  g_autofree char *display = g_filename_display_basename (book->path);
  const Rel *rel;
  PartReader r;
  xmlTextReaderPtr reader;
  int status;
  const char *slash;

  book->xlsx = g_new0 (SbXlsx, 1);
  book->xlsx->sheet_parts = g_ptr_array_new_with_free_func (g_free);
  book->xlsx->strings = g_ptr_array_new_with_free_func (g_free);
  book->xlsx->xf_is_date = g_array_new (FALSE, FALSE, sizeof (gboolean));

  file = gsf_input_stdio_new (book->path, &local);
  if (file != NULL)
    book->xlsx->zip = gsf_infile_zip_new (file, &local);
  if (book->xlsx->zip == NULL)
    return damaged (error, book, _("not a readable zip"));

  pkg_rels = read_rels (book, "_rels/.rels", error);
  if (pkg_rels == NULL)
    return FALSE;
  rel = find_rel (pkg_rels, NULL, "officeDocument");
  workbook = resolve ("", rel != NULL ? rel->target : "xl/workbook.xml");
  input = open_part (book, workbook);
  if (input == NULL)
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_NOT_SPREADSHEET,
                   _("“%s” is a zip file but not an Excel workbook (.xlsx)"), display);
      return FALSE;
    }
  slash = strrchr (workbook, '/');
  book->xlsx->dir = slash != NULL ? g_strndup (workbook, slash - workbook + 1) : g_strdup ("");
  workbook_rels = g_strdup_printf ("%s_rels/%s.rels", book->xlsx->dir,
                                   slash != NULL ? slash + 1 : workbook);
  rels = read_rels (book, workbook_rels, error);
  if (rels == NULL)
    return FALSE;

  reader = reader_new (&r, book, input);
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      if (is_element (reader, "workbookPr"))
        {
          g_autofree char *d1904 = attr (reader, "date1904");

          book->date1904 = d1904 != NULL && (g_str_equal (d1904, "1")
                                             || g_ascii_strcasecmp (d1904, "true") == 0);
        }
      else if (is_element (reader, "sheet") && rids->len < 10000)
        {
          char *name = attr (reader, "name");
          char *rid = attr (reader, "r:id");

          if (rid == NULL)
            {
              g_free (name);
              continue;
            }
          g_ptr_array_add (book->sheet_names, name != NULL ? name : g_strdup (""));
          g_ptr_array_add (rids, rid);
        }
      else if (is_end (reader, "sheets"))
        break;
    }
  xmlFreeTextReader (reader);
  if (!reader_done (reader, &r, status, workbook, error))
    return FALSE;

  for (guint i = 0; i < rids->len; i++)
    {
      rel = find_rel (rels, g_ptr_array_index (rids, i), NULL);
      g_ptr_array_add (book->xlsx->sheet_parts,
                       rel != NULL ? resolve (book->xlsx->dir, rel->target) : NULL);
    }

  rel = find_rel (rels, NULL, "sharedStrings");
  if (rel != NULL)
    {
      g_autofree char *part = resolve (book->xlsx->dir, rel->target);

      if (!read_strings (book, part, error))
        return FALSE;
    }
  rel = find_rel (rels, NULL, "styles");
  if (rel != NULL)
    {
      g_autofree char *part = resolve (book->xlsx->dir, rel->target);

      if (!read_styles (book, part, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- a sheet ------------------------------------------------------------ */

/* "BC12" → column 54, row 12; FALSE when it is no cell reference */
static gboolean
parse_ref (const char *ref, guint *col, guint *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  if (ref == NULL)
    return FALSE;
  if (*p == '$')
    p++;
  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (c > 1 << 20)
        return FALSE;
    }
  if (*p == '$')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (*p - '0');
      if (r > 1 << 24)
        return FALSE;
    }
  if (c == 0 || *p != '\0')
    return FALSE;
  *col = c - 1;
  *row = r;
  return TRUE;
}

typedef struct
{
  guint first_row, first_col, last_row, last_col;
} Merge;

static char *
number_cell (SbLedgerBook *book, const char *v, guint style, SbLedgerCellKind *kind)
{
  gboolean is_date = style < book->xlsx->xf_is_date->len
                     && g_array_index (book->xlsx->xf_is_date, gboolean, style);
  char *end = NULL;
  double serial;
  int y, m, d;

  *kind = SB_LEDGER_CELL_NUMBER;
  if (!is_date)
    return g_strdup (v);
  serial = g_ascii_strtod (v, &end);
  if (end == v || *end != '\0' || !sb_ledger_serial_to_ymd (serial, book->date1904, &y, &m, &d))
    return g_strdup (v);
  *kind = SB_LEDGER_CELL_DATE;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

SbLedgerSheet *
sb_ledger_xlsx_read_sheet (SbLedgerBook *book, guint index, GError **error)
{
  g_autoptr(SbLedgerSheet) sheet = sb_ledger_sheet_new (g_ptr_array_index (book->sheet_names, index),
                                                        &book->limits);
  g_autoptr(GArray) merges = g_array_new (FALSE, FALSE, sizeof (Merge));
  const char *part = g_ptr_array_index (book->xlsx->sheet_parts, index);
  g_autoptr(GsfInput) input = part != NULL ? open_part (book, part) : NULL;
  g_autofree char *t = NULL;
  g_autofree char *value = NULL;
  GString *inline_text = NULL;
  guint style = 0;
  guint col = 0;
  gboolean in_cell = FALSE;
  gboolean in_row = FALSE;
  guint row_number = 0;
  int in_rph = 0;
  PartReader r;
  xmlTextReaderPtr reader;
  int status;

  if (input == NULL)
    {
      damaged (error, book, part != NULL ? part : _("a sheet is missing"));
      return NULL;
    }
  reader = reader_new (&r, book, input);
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const char *name;

      if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (reader);
      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (g_str_equal (name, "row"))
            {
              g_autofree char *rn = attr (reader, "r");
              guint number = rn != NULL ? (guint) MIN (g_ascii_strtoull (rn, NULL, 10), G_MAXUINT)
                                        : row_number + 1;

              if (!sb_ledger_sheet_begin_row (sheet, number, error))
                goto fail;
              row_number = sheet->current_number;
              col = 0;
              in_row = !xmlTextReaderIsEmptyElement (reader);
              if (!in_row)
                sb_ledger_sheet_end_row (sheet);
            }
          else if (g_str_equal (name, "c") && in_row)
            {
              gboolean empty = xmlTextReaderIsEmptyElement (reader);

              /* r, s and t read in one pass over the attributes, without a
               * copy of each (the cells are most of the file) */
              g_clear_pointer (&t, g_free);
              style = 0;
              if (xmlTextReaderMoveToFirstAttribute (reader) == 1)
                {
                  do
                    {
                      const char *an = (const char *) xmlTextReaderConstLocalName (reader);
                      const char *av = (const char *) xmlTextReaderConstValue (reader);
                      guint ref_col, ref_row;

                      if (an == NULL || av == NULL)
                        continue;
                      if (g_str_equal (an, "r") && parse_ref (av, &ref_col, &ref_row))
                        col = ref_col;
                      else if (g_str_equal (an, "s"))
                        style = (guint) MIN (g_ascii_strtoull (av, NULL, 10), G_MAXUINT);
                      else if (g_str_equal (an, "t"))
                        t = g_strdup (av);
                    }
                  while (xmlTextReaderMoveToNextAttribute (reader) == 1);
                  xmlTextReaderMoveToElement (reader);
                }
              g_clear_pointer (&value, g_free);
              in_cell = !empty;
              if (!in_cell)
                col++;
            }
          else if (in_cell && g_str_equal (name, "v"))
            {
              g_free (value);
              value = element_text (reader);
            }
          else if (in_cell && g_str_equal (name, "is"))
            {
              if (inline_text != NULL)
                g_string_free (inline_text, TRUE);
              inline_text = g_string_new (NULL);
            }
          else if (in_cell && g_str_equal (name, "rPh") && !xmlTextReaderIsEmptyElement (reader))
            in_rph++;
          else if (in_cell && inline_text != NULL && in_rph == 0 && g_str_equal (name, "t"))
            {
              g_autofree char *text = element_text (reader);

              g_string_append (inline_text, text);
            }
          else if (g_str_equal (name, "mergeCell"))
            {
              g_autofree char *ref = attr (reader, "ref");
              g_auto(GStrv) ends = ref != NULL ? g_strsplit (ref, ":", 2) : NULL;
              Merge m;

              if (ends != NULL && ends[0] != NULL && ends[1] != NULL && merges->len < 100000
                  && parse_ref (ends[0], &m.first_col, &m.first_row)
                  && parse_ref (ends[1], &m.last_col, &m.last_row))
                g_array_append_val (merges, m);
            }
        }
      else if (g_str_equal (name, "rPh"))
        in_rph = MAX (in_rph - 1, 0);
      else if (g_str_equal (name, "c") && in_cell)
        {
          SbLedgerCellKind kind = SB_LEDGER_CELL_TEXT;
          char *text = NULL;

          in_cell = FALSE;
          if (g_strcmp0 (t, "inlineStr") == 0)
            text = inline_text != NULL ? g_string_free (g_steal_pointer (&inline_text), FALSE) : NULL;
          else if (value == NULL)
            text = NULL;
          else if (g_strcmp0 (t, "s") == 0)
            {
              guint64 i = g_ascii_strtoull (value, NULL, 10);

              if (i >= book->xlsx->strings->len)
                {
                  g_autofree char *what = g_strdup_printf (_("shared string %s of %u"), value,
                                                           book->xlsx->strings->len);

                  damaged (error, book, what);
                  goto fail;
                }
              text = g_strdup (g_ptr_array_index (book->xlsx->strings, i));
            }
          else if (g_strcmp0 (t, "str") == 0)
            text = g_strdup (value);
          else if (g_strcmp0 (t, "b") == 0)
            {
              kind = SB_LEDGER_CELL_BOOL;
              text = g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
            }
          else if (g_strcmp0 (t, "e") == 0)
            {
              kind = SB_LEDGER_CELL_ERROR;
              text = g_strdup (value);
            }
          else if (g_strcmp0 (t, "d") == 0)
            {
              kind = SB_LEDGER_CELL_DATE;
              text = g_strndup (value, strcspn (value, "T"));
            }
          else
            text = number_cell (book, value, style, &kind);
          if (inline_text != NULL)
            g_string_free (g_steal_pointer (&inline_text), TRUE);
          if (!sb_ledger_sheet_add_cell (sheet, col, kind, text, error))
            goto fail;
          col++;
        }
      else if (g_str_equal (name, "row"))
        {
          in_row = FALSE;
          sb_ledger_sheet_end_row (sheet);
        }
    }
  sb_ledger_sheet_end_row (sheet);
  xmlFreeTextReader (reader);
  reader = NULL;
  if (inline_text != NULL)
    g_string_free (inline_text, TRUE);
  if (!reader_done (NULL, &r, status, part, error))
    return NULL;
  for (guint i = 0; i < merges->len; i++)
    {
      const Merge *m = &g_array_index (merges, Merge, i);

      sb_ledger_sheet_fill_merge (sheet, m->first_row, m->first_col, m->last_row, m->last_col);
    }
  return g_steal_pointer (&sheet);

fail:
  if (inline_text != NULL)
    g_string_free (inline_text, TRUE);
  xmlFreeTextReader (reader);
  return NULL;
}
