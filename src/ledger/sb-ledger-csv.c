/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-ledger-csv.c: comma-separated (or tab, semicolon, bar) text: the
 * encoding told by its byte-order mark, by UTF-8 validity, else by uchardet
 * (then a guess the user may override: Chinese Excel writes GB18030); the
 * separator sniffed from the first lines; quotes as RFC 4180 has them. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <uchardet/uchardet.h>

#include "sb-ledger-private.h"

#define SNIFF_BYTES (1024 * 1024)

static char *
detect_encoding (const guint8 *data, gsize size, gsize *bom, gboolean *guessed)
{
  uchardet_t ud;
  const char *charset;
  char *result;
  gsize n_odd = 0, n_even = 0;
  gsize probe = MIN (size, (gsize) 4096);

  *bom = 0;
  *guessed = FALSE;
  if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      *bom = 3;
      return g_strdup ("UTF-8");
    }
  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    {
      *bom = 2;
      return g_strdup ("UTF-16LE");
    }
  if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    {
      *bom = 2;
      return g_strdup ("UTF-16BE");
    }
  /* UTF-16 without a mark: ASCII characters leave a zero byte each */
  for (gsize i = 0; i + 1 < probe; i += 2)
    {
      n_even += data[i] == 0;
      n_odd += data[i + 1] == 0;
    }
  if (probe >= 4 && n_odd > probe / 8 && n_even == 0)
    {
      *guessed = TRUE;
      return g_strdup ("UTF-16LE");
    }
  if (probe >= 4 && n_even > probe / 8 && n_odd == 0)
    {
      *guessed = TRUE;
      return g_strdup ("UTF-16BE");
    }
  if (g_utf8_validate ((const char *) data, size, NULL))
    return g_strdup ("UTF-8");

  *guessed = TRUE;
  ud = uchardet_new ();
  uchardet_handle_data (ud, (const char *) data, MIN (size, (gsize) SNIFF_BYTES));
  uchardet_data_end (ud);
  charset = uchardet_get_charset (ud);
  if (charset == NULL || charset[0] == '\0' || g_ascii_strncasecmp (charset, "GB", 2) == 0
      || g_ascii_strcasecmp (charset, "HZ-GB-2312") == 0 || g_ascii_strcasecmp (charset, "ASCII") == 0)
    result = g_strdup ("GB18030");   /* what Chinese Excel writes; a superset of GBK and GB2312 */
  else
    result = g_ascii_strup (charset, -1);
  uchardet_delete (ud);
  return result;
}

/* The separator that splits most of the first lines into the same number of
 * fields (more than one). */
static char
sniff_separator (const char *text)
{
  static const char candidates[] = { ',', '\t', ';', '|' };
  char best = ',';
  guint best_score = 0;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
      guint n = 0, lines = 0, mode_lines = 0;
      gboolean quoted = FALSE;
      const char *p;

      for (p = text; *p != '\0' && lines < 50; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if (!quoted && *p == candidates[k])
            n++;
          else if (!quoted && *p == '\n')
            {
              if (n > 0)
                {
                  guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (n)));

                  g_hash_table_insert (counts, GUINT_TO_POINTER (n), GUINT_TO_POINTER (c + 1));
                  mode_lines = MAX (mode_lines, c + 1);
                }
              n = 0;
              lines++;
            }
        }
      if (n > 0)
        {
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (n)));

          mode_lines = MAX (mode_lines, c + 1);
        }
      if (mode_lines > best_score)
        {
          best_score = mode_lines;
          best = candidates[k];
        }
    }
  return best;
}

static gboolean
looks_binary (const char *text, gsize len)
{
  gsize controls = 0;
  gsize probe = MIN (len, (gsize) 65536);

  for (gsize i = 0; i < probe; i++)
    {
      guchar c = text[i];

      if (c == 0)
        return TRUE;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        controls++;
    }
  return controls > probe / 100 + 1;
}

static gboolean
parse (SbLedgerBook *book, SbLedgerSheet *sheet, const char *text, char sep, GError **error)
{
  GString *field = g_string_new (NULL);
  guint record = 1;
  guint col = 0;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;
  const char *p = text;

  if (!sb_ledger_sheet_begin_row (sheet, record, error))
    goto fail;
  for (;; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            quoted = FALSE;   /* an unclosed quote runs to the end */
          else if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
              continue;
            }
          else if (c == '"')
            {
              quoted = FALSE;
              continue;
            }
          else
            {
              g_string_append_c (field, c);
              continue;
            }
        }
      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      if (c == sep || c == '\n' || c == '\0' || (c == '\r' && p[1] == '\n'))
        {
          if (!sb_ledger_sheet_add_cell (sheet, col, SB_LEDGER_CELL_TEXT,
                                         g_strndup (field->str, field->len), error))
            goto fail;
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          col++;
          if (c == sep)
            continue;
          if (c == '\r')
            p++;
          sb_ledger_sheet_end_row (sheet);
          if (c == '\0' || p[1] == '\0')
            break;
          col = 0;
          record++;
          if (!sb_ledger_sheet_begin_row (sheet, record, error))
            goto fail;
          continue;
        }
      g_string_append_c (field, c);
    }
  g_string_free (field, TRUE);
  return TRUE;

fail:
  g_string_free (field, TRUE);
  return FALSE;
}

gboolean
sb_ledger_csv_open (SbLedgerBook *book, const guint8 *data, gsize size,
                    const SbLedgerOptions *options, GError **error)
{
  g_autofree char *display = g_filename_display_basename (book->path);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;
  gsize bom = 0;
  gsize len = 0;
  char *dot;

  if (options != NULL && options->encoding != NULL && options->encoding[0] != '\0')
    {
      gboolean ignored;
      g_autofree char *detected = detect_encoding (data, size, &bom, &ignored);

      book->encoding = g_ascii_strup (options->encoding, -1);
      if (bom > 0 && g_ascii_strcasecmp (detected, book->encoding) != 0
          && !(g_str_has_prefix (book->encoding, "UTF-16") && g_str_has_prefix (detected, "UTF-16")))
        bom = 0;
    }
  else
    book->encoding = detect_encoding (data, size, &bom, &book->encoding_guessed);

  if (g_str_equal (book->encoding, "UTF-8"))
    {
      if (!g_utf8_validate ((const char *) data + bom, size - bom, NULL))
        {
          g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_ENCODING,
                       _("“%s” is not valid %s text; choose its encoding (GB18030 is what Chinese Excel writes)"),
                       display, book->encoding);
          return FALSE;
        }
      text = g_strndup ((const char *) data + bom, size - bom);
      len = size - bom;
    }
  else
    {
      text = g_convert ((const char *) data + bom, size - bom, "UTF-8", book->encoding,
                        NULL, &len, &local);
      if (text == NULL)
        {
          g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_ENCODING,
                       _("“%s” is not valid %s text; choose its encoding (GB18030 is what Chinese Excel writes)"),
                       display, book->encoding);
          return FALSE;
        }
    }
  if (len > book->limits.max_part_bytes)
    {
      g_autofree char *size_text = g_format_size (book->limits.max_part_bytes);

      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_TOO_LARGE,
                   _("“%s” is larger than %s; split it or delete what is not needed"),
                   display, size_text);
      return FALSE;
    }
  if (strlen (text) != len || looks_binary (text, len))
    {
      g_set_error (error, SB_LEDGER_ERROR, SB_LEDGER_ERROR_NOT_SPREADSHEET,
                   _("“%s” is neither an Excel workbook (.xlsx, .xls) nor a text table (.csv)"),
                   display);
      return FALSE;
    }
  book->separator = options != NULL && options->separator != 0 ? options->separator
                                                               : sniff_separator (text);
  name = g_path_get_basename (book->path);
  dot = strrchr (name, '.');
  if (dot != NULL && dot != name)
    *dot = '\0';
  book->csv_sheet = sb_ledger_sheet_new (name, &book->limits);
  if (!parse (book, book->csv_sheet, text, book->separator, error))
    return FALSE;
  g_ptr_array_add (book->sheet_names, g_strdup (name));
  return TRUE;
}
