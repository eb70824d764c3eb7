/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ledger-fixtures.c: see ledger-fixtures.h. */
#include "ledger-fixtures.h"

#include <gsf/gsf.h>
#include <string.h>

static void
write_child (GsfOutfile *dir, const char *name, const guint8 *data, gsize size,
             gboolean compressed)
{
  GsfOutput *child = compressed
                     ? gsf_outfile_new_child (dir, name, FALSE)
                     : gsf_outfile_new_child_full (dir, name, FALSE, "compression-level", 0, NULL);

  g_assert_nonnull (child);
  g_assert_true (gsf_output_write (child, size, data));
  g_assert_true (gsf_output_close (child));
  g_object_unref (child);
}

void
fixture_write_zip (const char *path, const char * const *parts)
{
  g_autoptr(GError) error = NULL;
  GsfOutput *sink = gsf_output_stdio_new (path, &error);
  GsfOutfile *zip;

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);
  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      g_auto(GStrv) names = g_strsplit (parts[i], "/", 0);
      guint n = g_strv_length (names);
      g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_object_unref);
      GsfOutfile *dir = zip;

      /* folders as children of folders (libgsf's zip writer) */
      for (guint k = 0; k + 1 < n; k++)
        {
          GsfOutput *sub = gsf_outfile_new_child (dir, names[k], TRUE);

          g_ptr_array_add (dirs, sub);
          dir = GSF_OUTFILE (sub);
        }
      write_child (dir, names[n - 1], (const guint8 *) parts[i + 1], strlen (parts[i + 1]), TRUE);
      for (guint k = dirs->len; k > 0; k--)
        gsf_output_close (g_ptr_array_index (dirs, k - 1));
    }
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  g_object_unref (sink);
}

void
fixture_write_xlsx_parts (const char *path, const char *sheet_data, const char * const *shared,
                          gboolean date1904, const char *merge_cells)
{
  g_autoptr(GString) sst = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
  g_autofree char *workbook = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<workbookPr%s/><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
    date1904 ? " date1904=\"1\"" : "");
  g_autofree char *sheet = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData>%s</sheetData>%s</worksheet>", sheet_data, merge_cells != NULL ? merge_cells : "");
  const char *parts[] = {
    "[Content_Types].xml",
    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
    "_rels/.rels",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
    "xl/workbook.xml", workbook,
    "xl/_rels/workbook.xml.rels",
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/xl/styles.xml\"/>"
    "</Relationships>",
    "xl/styles.xml",
    "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot;元&quot;;[Red]\\-#,##0.00\"/></numFmts>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>",
    "xl/worksheets/sheet1.xml", sheet,
    "xl/sharedStrings.xml", NULL,
    NULL,
  };

  for (guint i = 0; shared != NULL && shared[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (shared[i], -1);

      g_string_append_printf (sst, "<si><t xml:space=\"preserve\">%s</t></si>", escaped);
    }
  g_string_append (sst, "</sst>");
  parts[G_N_ELEMENTS (parts) - 2] = sst->str;
  fixture_write_zip (path, parts);
}

/* ---- BIFF8 ------------------------------------------------------------- */

static void
record (GByteArray *out, guint16 type, const void *data, guint16 len)
{
  guint8 head[4] = { type & 0xFF, type >> 8, len & 0xFF, len >> 8 };

  g_byte_array_append (out, head, 4);
  if (len > 0)
    g_byte_array_append (out, data, len);
}

static void
put16 (GByteArray *b, guint16 v)
{
  guint8 x[2] = { v & 0xFF, v >> 8 };

  g_byte_array_append (b, x, 2);
}

static void
put32 (GByteArray *b, guint32 v)
{
  guint8 x[4] = { v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, v >> 24 };

  g_byte_array_append (b, x, 4);
}

static void
bof (GByteArray *out, guint16 kind)
{
  g_autoptr(GByteArray) b = g_byte_array_new ();

  put16 (b, 0x0600);   /* BIFF8 */
  put16 (b, kind);     /* 5 globals, 0x10 sheet */
  put16 (b, 0x0DBB);
  put16 (b, 0x07CC);
  put32 (b, 0);
  put32 (b, 0x06);
  record (out, 0x0809, b->data, b->len);
}

/* an XLUnicodeString: count, flags 1 (UTF-16LE), the units */
static void
put_ustring (GByteArray *b, const char *utf8, gboolean count16)
{
  glong n = 0;
  g_autofree gunichar2 *u = g_utf8_to_utf16 (utf8, -1, NULL, &n, NULL);
  guint8 flag = 1;

  if (count16)
    put16 (b, n);
  else
    {
      guint8 c = n;

      g_byte_array_append (b, &c, 1);
    }
  g_byte_array_append (b, &flag, 1);
  for (glong i = 0; i < n; i++)
    put16 (b, u[i]);
}

static void
xf (GByteArray *out, guint16 fmt, gboolean style)
{
  g_autoptr(GByteArray) b = g_byte_array_new ();

  put16 (b, 0);                      /* font */
  put16 (b, fmt);                    /* format */
  put16 (b, style ? 0xFFF5 : 0x0001);/* style XF / cell XF, locked */
  put16 (b, 0x20);                   /* alignment: bottom */
  put16 (b, 0);
  put32 (b, 0);
  put32 (b, 0);
  put16 (b, 0x20C0);
  record (out, 0x00E0, b->data, b->len);
}

void
fixture_write_xls (const char *path, const char * const *names,
                   const char * const * const *cells, const guint *rows, guint cols)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) globals = g_byte_array_new ();
  g_autoptr(GByteArray) sheets = g_byte_array_new ();
  g_autoptr(GByteArray) sst = g_byte_array_new ();
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  g_autoptr(GArray) bound_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sheet_at = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  guint n_sheets = g_strv_length ((char **) names);
  guint16 codepage = 1200;
  guint16 zero = 0;
  GsfOutput *sink;
  GsfOutfile *ole;

  /* the strings of every sheet, in order */
  for (guint s = 0; s < n_sheets; s++)
    for (guint i = 0; i < rows[s] * cols; i++)
      if (cells[s][i] != NULL && cells[s][i][0] != '#')
        g_ptr_array_add (strings, (gpointer) cells[s][i]);

  bof (globals, 0x0005);
  record (globals, 0x0042, &codepage, 2);            /* CODEPAGE: UTF-16 */
  record (globals, 0x0022, &zero, 2);                /* DATEMODE: 1900 */
  for (guint i = 0; i < 15; i++)
    xf (globals, 0, TRUE);                           /* 15 style XFs */
  xf (globals, 0, FALSE);                            /* 15: General */
  xf (globals, 14, FALSE);                           /* 16: m/d/yy */
  for (guint s = 0; s < n_sheets; s++)
    {
      g_autoptr(GByteArray) b = g_byte_array_new ();
      guint at;

      put32 (b, 0);                                  /* patched below */
      put16 (b, 0);                                  /* visible worksheet */
      put_ustring (b, names[s], FALSE);
      at = globals->len + 4;
      g_array_append_val (bound_at, at);
      record (globals, 0x0085, b->data, b->len);
    }
  put32 (sst, strings->len);
  put32 (sst, strings->len);
  for (guint i = 0; i < strings->len; i++)
    put_ustring (sst, g_ptr_array_index (strings, i), TRUE);
  g_assert_cmpuint (sst->len, <, 8224);
  record (globals, 0x00FC, sst->data, sst->len);
  record (globals, 0x000A, NULL, 0);

  {
    guint next_string = 0;

    for (guint s = 0; s < n_sheets; s++)
      {
        g_autoptr(GByteArray) dim = g_byte_array_new ();
        guint at = globals->len + sheets->len;

        g_array_append_val (sheet_at, at);
        bof (sheets, 0x0010);
        put32 (dim, 0);
        put32 (dim, rows[s]);
        put16 (dim, 0);
        put16 (dim, cols);
        put16 (dim, 0);
        record (sheets, 0x0200, dim->data, dim->len);
        for (guint r = 0; r < rows[s]; r++)
          for (guint c = 0; c < cols; c++)
            {
              const char *v = cells[s][r * cols + c];
              g_autoptr(GByteArray) b = g_byte_array_new ();

              if (v == NULL)
                continue;
              put16 (b, r);
              put16 (b, c);
              if (v[0] == '#')
                {
                  double d = g_ascii_strtod (v + 2, NULL);
                  guint8 raw[8];

                  put16 (b, v[1] == 'd' ? 16 : 15);
                  memcpy (raw, &d, 8);   /* little-endian host */
                  g_byte_array_append (b, raw, 8);
                  record (sheets, 0x0203, b->data, b->len);
                }
              else
                {
                  put16 (b, 15);
                  put32 (b, next_string++);
                  record (sheets, 0x00FD, b->data, b->len);
                }
            }
        record (sheets, 0x000A, NULL, 0);
      }
  }
  g_byte_array_append (stream, globals->data, globals->len);
  g_byte_array_append (stream, sheets->data, sheets->len);
  for (guint s = 0; s < n_sheets; s++)
    {
      guint pos = g_array_index (bound_at, guint, s);
      guint32 off = g_array_index (sheet_at, guint, s);

      stream->data[pos] = off & 0xFF;
      stream->data[pos + 1] = (off >> 8) & 0xFF;
      stream->data[pos + 2] = (off >> 16) & 0xFF;
      stream->data[pos + 3] = off >> 24;
    }

  sink = gsf_output_stdio_new (path, &error);
  g_assert_no_error (error);
  ole = gsf_outfile_msole_new (sink);
  write_child (ole, "Workbook", stream->data, stream->len, TRUE);
  g_assert_true (gsf_output_close (GSF_OUTPUT (ole)));
  g_object_unref (ole);
  g_object_unref (sink);
}

void
fixture_write_encrypted (const char *path)
{
  g_autoptr(GError) error = NULL;
  GsfOutput *sink = gsf_output_stdio_new (path, &error);
  GsfOutfile *ole;
  guint8 junk[5000];

  g_assert_no_error (error);
  memset (junk, 0x5A, sizeof junk);
  ole = gsf_outfile_msole_new (sink);
  write_child (ole, "EncryptionInfo", junk, 200, TRUE);
  write_child (ole, "EncryptedPackage", junk, sizeof junk, TRUE);
  g_assert_true (gsf_output_close (GSF_OUTPUT (ole)));
  g_object_unref (ole);
  g_object_unref (sink);
}

void
fixture_write_text (const char *path, const char *text, const char *encoding, gboolean bom)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *converted = NULL;
  gsize len = strlen (text);

  if (g_str_equal (encoding, "UTF-8"))
    {
      if (bom)
        g_string_append (out, "\xEF\xBB\xBF");
      g_string_append_len (out, text, len);
    }
  else
    {
      converted = g_convert (text, -1, encoding, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      if (bom && g_str_equal (encoding, "UTF-16LE"))
        g_string_append_len (out, "\xFF\xFE", 2);
      else if (bom && g_str_equal (encoding, "UTF-16BE"))
        g_string_append_len (out, "\xFE\xFF", 2);
      g_string_append_len (out, converted, len);
    }
  g_assert_true (g_file_set_contents (path, out->str, out->len, &error));
  g_assert_no_error (error);
}
