/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-text.c: text measured and drawn in points, with a cache of glyphs for plain lines. */
#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "sb-form-text.h"

typedef struct
{
  PangoGlyph glyph;
  int        advance;      /* Pango units */
  int        x_offset;
  int        y_offset;
  gboolean   plain;        /* one glyph of the main font: drawn from the cache */
} Glyph;

/* One font (size and weight) with the glyphs of the characters met so far. */
typedef struct
{
  int                  size;       /* Pango units */
  gboolean             bold;
  PangoFontDescription *desc;
  PangoFont           *font;       /* the main font (SB_FORM_TEXT_FAMILY) */
  cairo_scaled_font_t *scaled;
  double               line_height;
  double               baseline;
  GHashTable          *glyphs;     /* gunichar → Glyph */
  /* lines waiting to be drawn in one go (sb_form_text_flush) */
  GString             *pending_text;
  GArray              *pending_glyphs;    /* cairo_glyph_t */
  GArray              *pending_clusters;  /* cairo_text_cluster_t */
} Face;

static void queue_glyphs (SbFormText *self, Face *face, const char *start, const char *end,
                          double x, double y);

struct _SbFormText
{
  PangoContext *context;
  PangoLayout  *layout;            /* reused for every text */
  GPtrArray    *faces;             /* Face */
};

static void
face_free (gpointer data)
{
  Face *face = data;

  pango_font_description_free (face->desc);
  g_clear_object (&face->font);
  g_clear_pointer (&face->scaled, cairo_scaled_font_destroy);
  g_hash_table_unref (face->glyphs);
  g_string_free (face->pending_text, TRUE);
  g_array_unref (face->pending_glyphs);
  g_array_unref (face->pending_clusters);
  g_free (face);
}

SbFormText *
sb_form_text_new (void)
{
  SbFormText *self = g_new0 (SbFormText, 1);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoAttrList *attrs = pango_attr_list_new ();

  self->context = pango_font_map_create_context (map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));

  self->layout = pango_layout_new (self->context);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  /* a word broken at the end of a cell gets no hyphen: "HT-2024-0001" stays itself */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (self->layout, attrs);
  pango_attr_list_unref (attrs);

  self->faces = g_ptr_array_new_with_free_func (face_free);
  return self;
}

void
sb_form_text_free (SbFormText *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->faces);
  g_clear_object (&self->layout);
  g_clear_object (&self->context);
  g_free (self);
}

/* The run of the first line of the layout, when the line has one run. */
static PangoGlyphItem *
single_run (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);

  if (line == NULL || line->runs == NULL || line->runs->next != NULL)
    return NULL;
  return line->runs->data;
}

static Face *
get_face (SbFormText *self, double size, gboolean bold)
{
  int units = (int) (size * PANGO_SCALE + 0.5);
  PangoGlyphItem *run;
  Face *face;
  int h;

  for (guint i = 0; i < self->faces->len; i++)
    {
      face = g_ptr_array_index (self->faces, i);
      if (face->size == units && face->bold == bold)
        return face;
    }
  face = g_new0 (Face, 1);
  face->size = units;
  face->bold = bold;
  face->desc = pango_font_description_from_string (SB_FORM_TEXT_FAMILY);
  pango_font_description_set_size (face->desc, units);
  pango_font_description_set_weight (face->desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  face->glyphs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  face->pending_text = g_string_new (NULL);
  face->pending_glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  face->pending_clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));

  pango_layout_set_font_description (self->layout, face->desc);
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_text (self->layout, "中0", -1);
  pango_layout_get_size (self->layout, NULL, &h);
  face->line_height = (double) h / PANGO_SCALE;
  face->baseline = (double) pango_layout_get_baseline (self->layout) / PANGO_SCALE;
  run = single_run (self->layout);
  if (run != NULL && PANGO_IS_CAIRO_FONT (run->item->analysis.font))
    {
      face->font = g_object_ref (run->item->analysis.font);
      face->scaled = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (face->font));
      if (face->scaled != NULL)
        cairo_scaled_font_reference (face->scaled);
    }
  g_ptr_array_add (self->faces, face);
  return face;
}

/* Characters that are one glyph whatever their neighbours, in a line
 * written left to right. */
static gboolean
is_plain_char (gunichar c)
{
  if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xad)
    return FALSE;
  if (g_unichar_ismark (c) || g_unichar_iszerowidth (c))
    return FALSE;
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_COMMON:
    case G_UNICODE_SCRIPT_LATIN:
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_BOPOMOFO:
      return TRUE;
    default:
      return FALSE;
    }
}

static const Glyph *
get_glyph (SbFormText *self, Face *face, gunichar c)
{
  Glyph *glyph = g_hash_table_lookup (face->glyphs, GUINT_TO_POINTER (c));
  char utf8[8];
  PangoGlyphItem *run;

  if (glyph != NULL)
    return glyph;
  glyph = g_new0 (Glyph, 1);
  if (face->scaled != NULL && is_plain_char (c))
    {
      utf8[g_unichar_to_utf8 (c, utf8)] = '\0';
      pango_layout_set_font_description (self->layout, face->desc);
      pango_layout_set_width (self->layout, -1);
      pango_layout_set_text (self->layout, utf8, -1);
      run = single_run (self->layout);
      if (run != NULL && run->item->analysis.font == face->font
          && run->glyphs->num_glyphs == 1
          && (run->glyphs->glyphs[0].glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0
          && run->glyphs->glyphs[0].glyph != PANGO_GLYPH_EMPTY)
        {
          PangoGlyphInfo *info = &run->glyphs->glyphs[0];

          glyph->plain = TRUE;
          glyph->glyph = info->glyph;
          glyph->advance = info->geometry.width;
          glyph->x_offset = info->geometry.x_offset;
          glyph->y_offset = info->geometry.y_offset;
        }
    }
  g_hash_table_insert (face->glyphs, GUINT_TO_POINTER (c), glyph);
  return glyph;
}

/* The width of @text from the cache (Pango units); FALSE when a character
 * of it is not plain. */
static gboolean
plain_width (SbFormText *self, Face *face, const char *text, int *width)
{
  int w = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const Glyph *glyph = get_glyph (self, face, g_utf8_get_char (p));

      if (!glyph->plain)
        return FALSE;
      w += glyph->advance;
    }
  *width = w;
  return TRUE;
}

static void
prepare (SbFormText *self, const char *text, double size, gboolean bold, double width,
         PangoAlignment align)
{
  Face *face = get_face (self, size, bold);

  pango_layout_set_font_description (self->layout, face->desc);
  pango_layout_set_width (self->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_alignment (self->layout, align);
  pango_layout_set_text (self->layout, text, -1);
}

void
sb_form_text_line_size (SbFormText *self, const char *text, double size, gboolean bold,
                        double *width, double *height)
{
  Face *face = get_face (self, size, bold);
  int w, h;

  if (plain_width (self, face, text, &w))
    h = (int) (face->line_height * PANGO_SCALE);
  else
    {
      prepare (self, text, size, bold, -1, PANGO_ALIGN_LEFT);
      pango_layout_get_size (self->layout, &w, &h);
    }
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = *text == '\0' ? 0 : (double) h / PANGO_SCALE;
}

void
sb_form_text_show_line (SbFormText *self, cairo_t *cr, const char *text, double size,
                        gboolean bold, double x, double y)
{
  Face *face = get_face (self, size, bold);
  int w;

  if (*text == '\0')
    return;
  if (!plain_width (self, face, text, &w))
    {
      prepare (self, text, size, bold, -1, PANGO_ALIGN_LEFT);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, self->layout);
      return;
    }
  /* kept for sb_form_text_flush: one call to cairo per font and page
   * rather than one per cell (cairo's PDF surface works per call) */
  queue_glyphs (self, face, text, text + strlen (text), x, y);
}

void
sb_form_text_flush (SbFormText *self, cairo_t *cr)
{
  for (guint i = 0; i < self->faces->len; i++)
    {
      Face *face = g_ptr_array_index (self->faces, i);

      if (face->pending_glyphs->len == 0)
        continue;
      cairo_set_scaled_font (cr, face->scaled);
      cairo_show_text_glyphs (cr, face->pending_text->str, (int) face->pending_text->len,
                              (cairo_glyph_t *) (void *) face->pending_glyphs->data,
                              (int) face->pending_glyphs->len,
                              (cairo_text_cluster_t *) (void *) face->pending_clusters->data,
                              (int) face->pending_clusters->len, 0);
      g_string_truncate (face->pending_text, 0);
      g_array_set_size (face->pending_glyphs, 0);
      g_array_set_size (face->pending_clusters, 0);
    }
}

/* ---- wrapping plain text ------------------------------------------------ */

typedef struct
{
  int start;   /* chars [start, end) of the text */
  int end;
  int width;   /* Pango units, trailing spaces left out */
} Line;

/* The characters of plain @text, their offsets, advances and break
 * opportunities (Pango's, without shaping); FALSE when a character is not
 * plain. */
typedef struct
{
  int           n;
  const char  **offsets;   /* n + 1 */
  int          *pos;       /* n + 1: the pen before each character */
  PangoLogAttr *attrs;     /* n + 1 */
} Plain;

static void
plain_clear (Plain *plain)
{
  g_free (plain->offsets);
  g_free (plain->pos);
  g_free (plain->attrs);
}

static gboolean
plain_analyse (SbFormText *self, Face *face, const char *text, Plain *plain)
{
  int n = (int) g_utf8_strlen (text, -1), i = 0;

  plain->n = n;
  plain->offsets = g_new (const char *, n + 1);
  plain->pos = g_new (int, n + 1);
  plain->attrs = NULL;
  plain->pos[0] = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      const Glyph *glyph = get_glyph (self, face, g_utf8_get_char (p));

      if (!glyph->plain)
        return FALSE;
      plain->offsets[i] = p;
      plain->pos[i + 1] = plain->pos[i] + glyph->advance;
    }
  plain->offsets[n] = text + strlen (text);
  plain->attrs = g_new0 (PangoLogAttr, n + 1);
  pango_get_log_attrs (text, -1, -1, pango_context_get_language (self->context),
                       plain->attrs, n + 1);
  return TRUE;
}

/* The width of chars [s, e) without the spaces at the end. */
static int
content_width (const Plain *plain, int s, int e)
{
  while (e > s && plain->attrs[e - 1].is_white)
    e--;
  return plain->pos[e] - plain->pos[s];
}

/* Breaks @plain into lines @width wide: at the last break opportunity that
 * fits; a word longer than a line is broken between characters (as Pango
 * wraps PANGO_WRAP_WORD_CHAR). */
static void
plain_wrap (const Plain *plain, int width, GArray *lines)
{
  int s = 0;

  g_array_set_size (lines, 0);
  while (s < plain->n)
    {
      int best = -1, e;
      Line line;

      for (e = s + 1; e <= plain->n; e++)
        {
          if (content_width (plain, s, e) > width)
            break;
          if (e == plain->n || plain->attrs[e].is_line_break)
            best = e;
        }
      if (best > s && best < plain->n)
        {
          /* the word after the break longer than a line: it is broken
           * between characters from here rather than on a line of its own */
          int next = best + 1;

          while (next < plain->n && !plain->attrs[next].is_line_break)
            next++;
          if (content_width (plain, best, next) > width)
            best = -1;
        }
      if (best < 0)
        {
          /* not even one word: as many characters as fit, one at least */
          best = s + 1;
          for (e = s + 2; e <= plain->n && content_width (plain, s, e) <= width; e++)
            if (e == plain->n || plain->attrs[e].is_char_break)
              best = e;
        }
      line.start = s;
      line.end = best;
      line.width = content_width (plain, s, best);
      g_array_append_val (lines, line);
      s = best;
    }
}

/* Appends chars [start, end) of @text, from (@x, @y), to the lines waiting. */
static void
queue_glyphs (SbFormText *self, Face *face, const char *start, const char *end, double x,
              double y)
{
  double pen = x;

  g_string_append_len (face->pending_text, start, end - start);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      const Glyph *glyph = get_glyph (self, face, g_utf8_get_char (p));
      cairo_glyph_t cg = { glyph->glyph,
                           pen + (double) glyph->x_offset / PANGO_SCALE,
                           y + face->baseline + (double) glyph->y_offset / PANGO_SCALE };
      cairo_text_cluster_t cluster = { (int) (g_utf8_next_char (p) - p), 1 };

      g_array_append_val (face->pending_glyphs, cg);
      g_array_append_val (face->pending_clusters, cluster);
      pen += (double) glyph->advance / PANGO_SCALE;
    }
}

double
sb_form_text_height (SbFormText *self, const char *text, double size, gboolean bold,
                     double width)
{
  Face *face = get_face (self, size, bold);
  Plain plain = { 0 };
  int h;

  if (*text == '\0')
    return 0;
  if (width > 0 && plain_analyse (self, face, text, &plain))
    {
      g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));

      plain_wrap (&plain, (int) (width * PANGO_SCALE), lines);
      plain_clear (&plain);
      return lines->len * face->line_height;
    }
  plain_clear (&plain);
  prepare (self, text, size, bold, width, PANGO_ALIGN_LEFT);
  pango_layout_get_size (self->layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

double
sb_form_text_show (SbFormText *self, cairo_t *cr, const char *text, double size,
                   gboolean bold, double width, PangoAlignment align, double x, double y)
{
  Face *face = get_face (self, size, bold);
  Plain plain = { 0 };
  int h;

  if (*text == '\0')
    return 0;
  if (width > 0 && plain_analyse (self, face, text, &plain))
    {
      g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));

      plain_wrap (&plain, (int) (width * PANGO_SCALE), lines);
      for (guint i = 0; i < lines->len; i++)
        {
          const Line *line = &g_array_index (lines, Line, i);
          double lx = x, lw = (double) line->width / PANGO_SCALE;

          if (align == PANGO_ALIGN_RIGHT)
            lx += width - lw;
          else if (align == PANGO_ALIGN_CENTER)
            lx += (width - lw) / 2;
          queue_glyphs (self, face, plain.offsets[line->start], plain.offsets[line->end], lx,
                        y + i * face->line_height);
        }
      plain_clear (&plain);
      return lines->len * face->line_height;
    }
  plain_clear (&plain);
  prepare (self, text, size, bold, width, align);
  pango_layout_get_size (self->layout, NULL, &h);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, self->layout);
  return (double) h / PANGO_SCALE;
}
