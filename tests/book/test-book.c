/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application book: fixtures drawn by the test (PDFs with cairo, JPEG
 * with an EXIF orientation, PNG), attached to a stored company, bound, and
 * the PDF read back with poppler: page count, "第 x 页" on every page, the
 * 总目录, the attached PDFs' text still text, the outline, images turned,
 * the 附件编号 of the tables equal to the page where each proof starts. */
#include <glib/gstdio.h>
#include <poppler.h>

#include "evidence-fixtures.h"
#include "sb-book.h"
#include "sb-enterprise.h"
#include "sb-form.h"
#include "sb-tase-application.h"
#include "store-test-util.h"

/* poppler-glib 22.02 declares no cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static char *tmpdir;
static SbPolicySet *policies;

typedef struct
{
  SbStore      *store;
  gint64        id;
  SbEnterprise *enterprise;
  SbDossier    *dossier;
  SbEvaluation *evaluation;
  SbFormInput   input;
} Company;

/* The model of @stored (the store of this branch keeps no contract
 * registrations yet: the book reads the model it is given). */
static void
company_load (Company *c, const SbDossier *stored)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&c->enterprise);
  g_clear_pointer (&c->dossier, sb_dossier_free);
  g_clear_pointer (&c->evaluation, sb_evaluation_free);
  c->enterprise = sb_enterprise_new_from_dossier (stored);
  c->dossier = sb_enterprise_to_dossier (c->enterprise);
  c->evaluation = sb_enterprise_evaluate (c->enterprise, policies, sb_date_from_ymd (2025, 6, 1),
                                          &error);
  g_assert_no_error (error);
  c->input = (SbFormInput) { c->enterprise, c->dossier, c->evaluation, policies,
                             sb_date_from_ymd (2025, 6, 1), 0 };
}

/* A store with @file imported, @edit applied to its text first. */
static Company *
company_new (const char *file, const char *from, const char *to)
{
  static int n;
  g_autofree char *name = g_strdup_printf ("book-%d.db", ++n);
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;
  Company *c = g_new0 (Company, 1);

  g_file_get_contents (file, &text, NULL, &error);
  g_assert_no_error (error);
  if (from != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (text, from, 2);

      g_assert_nonnull (parts[1]);
      g_free (text);
      text = g_strconcat (parts[0], to, parts[1], NULL);
    }
  {
    g_autoptr(JsonParser) parser = json_parser_new ();

    json_parser_load_from_data (parser, text, -1, &error);
    g_assert_no_error (error);
    d = sb_dossier_from_json (json_parser_get_root (parser), NULL, &error);
    g_assert_no_error (error);
  }
  c->store = sb_store_open (path, &error);
  g_assert_no_error (error);
  sb_store_import_dossier (c->store, d, SB_STORE_ON_CONFLICT_ASK, &c->id, &error);
  g_assert_no_error (error);
  company_load (c, d);
  return c;
}

static void
company_free (Company *c)
{
  g_clear_object (&c->enterprise);
  g_clear_pointer (&c->dossier, sb_dossier_free);
  g_clear_pointer (&c->evaluation, sb_evaluation_free);
  g_clear_object (&c->store);
  g_free (c);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Company, company_free)

static void
attach (Company *c, const char *target, const char *role, const char *name, GBytes *bytes)
{
  g_autoptr(GError) error = NULL;

  sb_store_attach_bytes (c->store, c->id, target, role, name, bytes, NULL, &error);
  g_assert_no_error (error);
}

/* Does the model keep the registration the test adds (RULES.md §1.6)? */
static gboolean
owes_evidence (Company *c)
{
  return c->evaluation->tase != NULL && c->evaluation->tase->evidence != NULL;
}

static PopplerDocument *
open_pdf (const char *path)
{
  /* SHENBAO_TEST_KEEP=DIR keeps a copy of every book, to look at */
  if (g_getenv ("SHENBAO_TEST_KEEP") != NULL)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *copy = g_build_filename (g_getenv ("SHENBAO_TEST_KEEP"), base, NULL);
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (copy);

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }

  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
page_text (PopplerDocument *doc, guint number)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, (int) number - 1);

  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (page);
  /* the folio's en spaces, as poppler may give them */
  text = poppler_page_get_text (page);
  parts = g_strsplit (text, "\u2002", -1);
  return g_strjoinv (" ", parts);
}

/* Every page carries its own "第 x 页". */
static void
assert_numbered (PopplerDocument *doc)
{
  int n = poppler_document_get_n_pages (doc);

  for (int p = 1; p <= n; p++)
    {
      g_autofree char *text = page_text (doc, (guint) p);
      g_autofree char *folio = g_strdup_printf ("第 %d 页", p);

      if (strstr (text, folio) == NULL)
        g_error ("page %d lacks “%s”: %s", p, folio, text);
    }
}

/* The outline: title → page (from 1), every level. */
static void
collect_outline (PopplerDocument *doc, PopplerIndexIter *iter, GHashTable *out)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        {
          PopplerDest *dest = action->goto_dest.dest;
          int page = dest->page_num;

          if (dest->type == POPPLER_DEST_NAMED)
            {
              PopplerDest *named = poppler_document_find_dest (doc, dest->named_dest);

              page = named->page_num;
              poppler_dest_free (named);
            }
          g_hash_table_insert (out, g_strdup (action->any.title), GINT_TO_POINTER (page));
        }
      poppler_action_free (action);
      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          collect_outline (doc, child, out);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static GHashTable *
outline (PopplerDocument *doc)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PopplerIndexIter *iter = poppler_index_iter_new (doc);

  g_assert_nonnull (iter);
  collect_outline (doc, iter, out);
  poppler_index_iter_free (iter);
  return out;
}

static const SbBookGap *
find_gap (SbBook *book, const char *message)
{
  GPtrArray *gaps = sb_book_get_gaps (book);

  for (guint i = 0; i < gaps->len; i++)
    if (strstr (((SbBookGap *) gaps->pdata[i])->message, message) != NULL)
      return gaps->pdata[i];
  return NULL;
}

/* The colour at (@x, @y) points of page @number, rendered. */
static void
pixel (PopplerDocument *doc, guint number, double x, double y, guint8 rgb[3])
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, (int) number - 1);
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint8 *data;
  int stride;

  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  {
    guint32 px = *(guint32 *) (data + (int) y * stride + 4 * (int) x);

    rgb[0] = (px >> 16) & 0xff;
    rgb[1] = (px >> 8) & 0xff;
    rgb[2] = px & 0xff;
  }
  cairo_surface_destroy (surface);
}

/* ------------------------------------------------------------------ TASE */

static void
test_tase (void)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  /* a registration in 2024 brings the evidence (RULES.md §1.6): C-2024-001,
   * offshore and unregistered, is owed with its invoice */
  g_autoptr(Company) c = company_new (rich, "{ \"no\": \"C-2024-002\",",
                                      "{ \"no\": \"C-2024-002\", \"registrations\": [ { \"kind\": "
                                      "\"tech\", \"no\": \"T-1\", \"amount\": 0.5 } ],");
  g_autoptr(GBytes) license = fixture_pdf ("license", 2, 0, 0);
  g_autoptr(GBytes) charter = fixture_jpeg (40, 30, 6);
  g_autoptr(GBytes) contract = fixture_pdf ("contract C-2024-001", 3, 0, 0);
  g_autoptr(GBytes) letter = fixture_pdf ("letter size", 1, 612, 792);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GHashTable) marks = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "tase-book.pdf", NULL);
  guint first, last, n;

  /* a statement of several pages */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (int i = 1; i <= 60; i++)
      g_string_append_printf (text, "第%d段：本企业承接日本客户的软件开发与测试外包业务，"
                              "采用先进的质量管理体系，持续提升服务能力。\n", i);
    g_string_append (text, "全文完。");
    sb_tase_application_set_business_statement (sb_enterprise_get_tase (c->enterprise),
                                                text->str);
  }
  attach (c, "material:tase:3", NULL, "营业执照.pdf", license);
  attach (c, "material:tase:4", NULL, "章程.jpg", charter);
  attach (c, "material:tase:6", NULL, "租赁合同.pdf", letter);
  attach (c, "contract:2024:C-2024-001", "contract", "C-2024-001.pdf", contract);
  attach (c, "material:tase:5", NULL, "2024年审计报告.pdf", license);
  attach (c, "material:tase:5", NULL, "2023年审计报告.jpg", charter);

  book = sb_book_new (c->store, c->id, "tase", &c->input, &error);
  g_assert_no_error (error);
  n = sb_book_get_n_pages (book);

  /* gaps: materials not attached, the owed contract's invoice */
  g_assert_nonnull (find_gap (book, "材料“1. 技术先进型服务企业认定（复核）申请表”：未附文件"));
  g_assert_null (find_gap (book, "企业营业执照复印件"));
  if (owes_evidence (c))
    {
      g_assert_nonnull (find_gap (book, "合同 C-2024-001 缺少发票"));
      g_assert_null (find_gap (book, "合同 C-2024-001 缺少合同"));
    }
  else
    g_test_message ("the model keeps no contract registrations: no evidence owed");

  /* the gaps alone (the window's panel): the same list, without laying out */
  {
    g_autoptr(GPtrArray) gaps = sb_book_list_gaps (c->store, c->id, "tase", &c->input, &error);
    GPtrArray *book_gaps = sb_book_get_gaps (book);

    g_assert_no_error (error);
    g_assert_cmpuint (gaps->len, ==, book_gaps->len);
    for (guint i = 0; i < gaps->len; i++)
      g_assert_cmpstr (((SbBookGap *) gaps->pdata[i])->message, ==,
                       ((SbBookGap *) book_gaps->pdata[i])->message);
    if (owes_evidence (c))
      g_assert_nonnull (find_gap (book, "2024 年离岸外包收入登记差额 17,500,000.00 元"));
  }

  /* the window's rows: every material and contract, attached or not */
  {
    g_autoptr(SbBook) plan = sb_book_plan (c->store, c->id, "tase", &c->input, &error);
    GPtrArray *targets;
    gboolean material1 = FALSE, other_contract = FALSE;

    g_assert_no_error (error);
    targets = sb_book_get_targets (plan);
    for (guint i = 0; i < targets->len; i++)
      {
        const SbBookTarget *t = targets->pdata[i];

        material1 |= g_str_equal (t->target, "material:tase:1");
        other_contract |= g_str_equal (t->target, "contract:2024:C-2024-002");
      }
    g_assert_true (material1);
    g_assert_true (other_contract);
  }

  g_assert_true (sb_book_write (book, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (store_test_mode (out), ==, 0600);
  doc = open_pdf (out);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, n);
  assert_numbered (doc);

  {
    g_autofree char *cover = page_text (doc, 1);
    g_autofree char *toc = page_text (doc, 2);

    g_assert_nonnull (strstr (cover, "技术先进型服务企业复核申报材料"));
    g_assert_nonnull (strstr (cover, "大连全键软件有限公司"));
    g_assert_nonnull (strstr (toc, "总目录"));
    g_assert_nonnull (strstr (toc, "3. 企业营业执照复印件"));
  }

  /* the license: its own two pages, text still text, where the map says */
  g_assert_true (sb_book_lookup (book, "material:tase:3", &first, &last));
  g_assert_cmpuint (last, ==, first + 1);
  {
    g_autofree char *p1 = page_text (doc, first);
    g_autofree char *p2 = page_text (doc, last);
    g_autofree char *label = sb_book_page_label (book, "material:tase:3");
    g_autofree char *line = g_strdup_printf ("%u-%u", first, last);
    g_autofree char *toc = page_text (doc, 2);

    g_assert_nonnull (strstr (p1, "license page 1"));
    g_assert_nonnull (strstr (p2, "license page 2"));
    g_assert_cmpstr (label, ==, line);
    /* the 总目录 shows the same numbers */
    g_assert_nonnull (strstr (toc, line));
  }
  /* the statement over several pages, every line once */
  g_assert_true (sb_book_lookup (book, "material:tase:2", &first, &last));
  g_assert_cmpuint (last, >, first);
  {
    g_autoptr(GString) all = g_string_new (NULL);

    for (guint p = first; p <= last; p++)
      {
        g_autofree char *t = page_text (doc, p);

        g_string_append (all, t);
      }
    g_assert_nonnull (strstr (all->str, "第1段"));
    g_assert_nonnull (strstr (all->str, "第60段"));
    g_assert_nonnull (strstr (all->str, "全文完"));
    /* no line drawn twice at a page break */
    g_assert_null (strstr (strstr (all->str, "第30段") + 1, "第30段"));
  }

  /* a Letter page stays Letter */
  g_assert_true (sb_book_lookup (book, "material:tase:6", &first, NULL));
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, (int) first - 1);
    double w, h;

    poppler_page_get_size (page, &w, &h);
    g_assert_cmpfloat_with_epsilon (w, 612, 0.5);
    g_assert_cmpfloat_with_epsilon (h, 792, 0.5);
  }

  /* the photo, orientation 6: turned a quarter clockwise — its top (red)
   * on the right, its bottom (blue) on the left, on a portrait page */
  g_assert_true (sb_book_lookup (book, "material:tase:4", &first, &last));
  g_assert_cmpuint (first, ==, last);
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, (int) first - 1);
    guint8 left[3], right[3];
    double w, h;

    poppler_page_get_size (page, &w, &h);
    g_assert_cmpfloat (h, >, w);
    pixel (doc, first, w * 0.3, h * 0.45, left);
    pixel (doc, first, w * 0.7, h * 0.45, right);
    g_assert_cmpuint (left[2], >, 180);
    g_assert_cmpuint (left[0], <, 80);
    g_assert_cmpuint (right[0], >, 180);
    g_assert_cmpuint (right[2], <, 80);
  }

  /* the owed contract: its three pages, then the page naming the invoice */
  g_assert_true (sb_book_lookup (book, "contract:2024:C-2024-001", &first, &last));
  g_assert_cmpuint (last, ==, first + (owes_evidence (c) ? 3 : 2));
  {
    g_autofree char *p1 = page_text (doc, first);
    g_autofree char *missing = page_text (doc, last);

    g_assert_nonnull (strstr (p1, "contract C-2024-001 page 1"));
    if (owes_evidence (c))
      g_assert_nonnull (strstr (missing, "合同 C-2024-001 缺少发票"));
  }

  /* the outline: every material, the table, the contract, at their pages */
  marks = outline (doc);
  g_assert_true (sb_book_lookup (book, "material:tase:3", &first, NULL));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "3. 企业营业执照复印件")), ==, first);
  g_assert_true (sb_book_lookup (book, "table:tase-annex3", &first, NULL));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "技术先进型服务业务收入及离岸外包收入明细表")),
                   ==, first);
  g_assert_true (g_hash_table_contains (marks, "1. 技术先进型服务企业认定（复核）申请表"));
  g_assert_true (g_hash_table_contains (marks, "9. 企业员工花名册（注明员工学历结构、从事离岸服务外包人员情况），企业就业人员社会保险缴费单复印件"));
  g_assert_true (sb_book_lookup (book, "contract:2024:C-2024-001", &first, NULL));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "2024 年 合同 C-2024-001 离岸软件开发")),
                   ==, first);
  /* the materials list printed on its own shows the book's 页码 */
  {
    g_autoptr(SbForm) form = sb_form_build ("tase-materials", &c->input, &error);
    SbTable *table;
    int col = -1;

    g_assert_no_error (error);
    sb_book_fill_form (book, form, &c->input);
    table = g_ptr_array_index (form->tables, 0);
    for (guint i = 0; i < table->columns->len; i++)
      if (g_strcmp0 (g_array_index (table->columns, SbTableColumn, i).header, "页码") == 0)
        col = (int) i;
    if (col < 0)
      g_test_message ("the materials list has no 页码 column on this branch");
    else
      {
        g_autofree char *label = sb_book_page_label (book, "material:tase:3");
        guint body = 0;

        for (guint r = 0; r < table->rows->len; r++)
          {
            SbTableRow *row = g_ptr_array_index (table->rows, r);
            guint c0 = 0;

            if (row->kind != SB_ROW_BODY || body++ != 2)
              continue;
            for (guint k = 0; k < row->cells->len; k++)
              {
                SbCell *cell = g_ptr_array_index (row->cells, k);

                if (c0 == (guint) col)
                  g_assert_cmpstr (cell->text, ==, label);
                c0 += MAX (cell->col_span, 1);
              }
          }
      }
  }

  /* drawn with poppler instead of copied: the same pages, the text still text */
  {
    g_autofree char *drawn = g_build_filename (tmpdir, "tase-drawn.pdf", NULL);
    g_autoptr(PopplerDocument) d2 = NULL;
    g_autofree char *p1 = NULL;

    sb_book_set_render_pdfs (book, TRUE);
    g_assert_true (sb_book_write (book, drawn, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    d2 = open_pdf (drawn);
    g_assert_cmpint (poppler_document_get_n_pages (d2), ==, n);
    assert_numbered (d2);
    g_assert_true (sb_book_lookup (book, "material:tase:3", &first, NULL));
    p1 = page_text (d2, first);
    g_assert_nonnull (strstr (p1, "license page 1"));
  }

  /* a material of two files: its 分类目录 names both, then their pages */
  g_assert_true (sb_book_lookup (book, "material:tase:5", &first, &last));
  g_assert_cmpuint (last, ==, first + 3);
  {
    g_autofree char *sub = page_text (doc, first);

    g_assert_nonnull (strstr (sub, "分类目录"));
    g_assert_nonnull (strstr (sub, "2024年审计报告"));
    g_assert_nonnull (strstr (sub, "2023年审计报告"));
    g_assert_true (g_hash_table_contains (marks, "2024年审计报告"));
  }

  /* the 分类目录 of material 8 */
  g_assert_true (sb_book_lookup (book, "material:tase:8", &first, NULL));
  {
    g_autofree char *sub = page_text (doc, first);

    g_assert_nonnull (strstr (sub, "分类目录"));
    g_assert_nonnull (strstr (sub, "C-2024-001"));
  }
}

/* ------------------------------------------------------------ trade fund */

static void
test_tradefund (void)
{
  g_autofree char *rich = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "model",
                                            "rich.shenbao.json", NULL);
  g_autoptr(Company) c = company_new (rich, NULL, NULL);
  g_autoptr(GBytes) contract = fixture_pdf ("server contract", 2, 0, 0);
  g_autoptr(GBytes) invoice = fixture_png (300, 200);
  g_autoptr(GBytes) voucher = fixture_pdf ("voucher RV-01", 1, 0, 0);
  g_autoptr(GBytes) declaration = fixture_jpeg (30, 40, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "tf-book.pdf", NULL);
  g_autofree char *label = NULL;
  guint first, last;

  attach (c, "expense:construction:1", "contract", "合同.pdf", contract);
  attach (c, "expense:construction:1", "invoice", "发票.png", invoice);
  attach (c, "receipt:RV-01", "voucher", "收汇凭证.pdf", voucher);
  attach (c, "receipt:RV-01", "declaration", "申报单.jpg", declaration);
  attach (c, "firm:construction:2", NULL, "服务协议.pdf", voucher);

  book = sb_book_new (c->store, c->id, "tradefund", &c->input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_gap (book, "平台建设项目费用“服务器” 缺少付款凭证"));
  g_assert_nonnull (find_gap (book, "认证 CMMI 缺少证书"));
  g_assert_null (find_gap (book, "收汇凭证 RV-01"));

  g_assert_true (sb_book_write (book, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  doc = open_pdf (out);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, sb_book_get_n_pages (book));
  assert_numbered (doc);

  /* the expense's proofs: contract (2 pages), invoice, the missing payment */
  g_assert_true (sb_book_lookup (book, "expense:construction:1", &first, &last));
  g_assert_cmpuint (last, ==, first + 3);
  label = sb_book_page_label (book, "expense:construction:1");
  {
    g_autofree char *p1 = page_text (doc, first);
    g_autofree char *missing = page_text (doc, last);
    guint table;
    g_autofree char *annex3 = NULL;

    g_assert_nonnull (strstr (p1, "server contract page 1"));
    g_assert_nonnull (strstr (missing, "缺少付款凭证"));
    /* 附件3's 附件编号 shows where the proofs are, in the book itself */
    g_assert_true (sb_book_lookup (book, "table:tf-annex3", &table, NULL));
    g_assert_cmpuint (table, <, first);
    annex3 = page_text (doc, table);
    g_assert_nonnull (strstr (annex3, "支持期内公共平台软硬件购置和运营维护费用支出清单"));
    if (strstr (annex3, label) == NULL)
      g_error ("附件3 does not show %s: %s", label, annex3);
  }
  /* 附件4's 附件编号: the second firm's proof */
  g_clear_pointer (&label, g_free);
  label = sb_book_page_label (book, "firm:construction:2");
  {
    guint table;
    g_autofree char *annex4 = NULL;
    g_autofree char *proof = NULL;

    g_assert_true (sb_book_lookup (book, "table:tf-annex4", &table, NULL));
    annex4 = page_text (doc, table);
    if (strstr (annex4, label) == NULL)
      g_error ("附件4 does not show %s: %s", label, annex4);
    proof = page_text (doc, (guint) atoi (label));
    g_assert_nonnull (strstr (proof, "voucher RV-01 page 1"));
  }
  /* 附件9's 凭证、申报单页码 */
  g_clear_pointer (&label, g_free);
  label = sb_book_page_label (book, "receipt:RV-01");
  g_assert_nonnull (label);
  {
    guint table;
    g_autofree char *annex9 = NULL;

    g_assert_true (sb_book_lookup (book, "table:tf-annex9", &table, NULL));
    annex9 = page_text (doc, table);
    if (strstr (annex9, label) == NULL)
      g_error ("附件9 does not show %s: %s", label, annex9);
  }
}

/* A CMYK JPEG (Adobe's inverted values, as scanners and ImageMagick write
 * them) keeps its colours: red stays red. */
static void
test_cmyk (void)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(Company) c = NULL;
  g_autofree char *convert = g_find_program_in_path ("convert");
  g_autofree char *jpeg = g_build_filename (tmpdir, "cmyk.jpg", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "cmyk-book.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  guint first;
  guint8 top[3], bottom[3];
  int status;

  if (convert == NULL)
    {
      g_test_skip ("ImageMagick's convert is not installed");
      return;
    }
  {
    const char *argv[] = { convert, "-size", "300x200", "gradient:red-blue", "-colorspace",
                           "CMYK", jpeg, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                  &status, &error);
    g_assert_no_error (error);
  }
  c = company_new (rich, NULL, NULL);
  g_file_get_contents (jpeg, &data, &size, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  attach (c, "material:tase:3", NULL, "cmyk.jpg", bytes);
  book = sb_book_new (c->store, c->id, "tase", &c->input, &error);
  g_assert_no_error (error);
  g_assert_true (sb_book_write (book, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  doc = open_pdf (out);
  g_assert_true (sb_book_lookup (book, "material:tase:3", &first, NULL));
  pixel (doc, first, 841.89 / 2, 60, top);
  pixel (doc, first, 841.89 / 2, 520, bottom);
  g_assert_cmpuint (top[0], >, 180);
  g_assert_cmpuint (top[2], <, 100);
  g_assert_cmpuint (bottom[2], >, 180);
  g_assert_cmpuint (bottom[0], <, 100);
}

/* ----------------------------------------------------------- cancelling */

static void
cancel_at_once (double fraction, const char *what, gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_cancel (void)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(Company) c = company_new (rich, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autofree char *dir = g_build_filename (tmpdir, "cancel", NULL);
  g_autofree char *out = g_build_filename (dir, "book.pdf", NULL);
  g_autoptr(GDir) d = NULL;

  g_mkdir (dir, 0700);
  book = sb_book_new (c->store, c->id, "tase", &c->input, &error);
  g_assert_no_error (error);
  g_assert_false (sb_book_write (book, out, cancel_at_once, cancellable, cancellable, &error));
  g_assert_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_CANCELLED);
  /* nothing left behind */
  d = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (d));
}

/* ------------------------------------------------------------------ HNTE */

/* The Zhejiang guide lists no materials: the book binds the cover, 总目录,
 * 自评表, then the files attached as material:hnte:N in N's order (several
 * files: a 分类目录), every page numbered, each in the outline. */
static void
test_hnte (void)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(Company) c = company_new (rich, NULL, NULL);
  g_autoptr(GBytes) patent = fixture_pdf ("patent ZL202110000000.1", 2, 0, 0);
  g_autoptr(GBytes) audit = fixture_pdf ("audit 2024", 3, 0, 0);
  g_autoptr(GBytes) photo = fixture_jpeg (40, 30, 6);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbBook) book = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GHashTable) marks = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "hnte-book.pdf", NULL);
  g_autofree char *cover = NULL, *toc = NULL;
  guint first, last, table_first, table_last, audit_first, patent_first;
  GPtrArray *targets;
  gboolean next_row = FALSE;

  /* attached out of order: the book goes by N */
  attach (c, "material:hnte:5", NULL, "2024年审计报告.pdf", audit);
  attach (c, "material:hnte:2", NULL, "专利证书.pdf", patent);
  attach (c, "material:hnte:2", NULL, "软件著作权.jpg", photo);

  book = sb_book_new (c->store, c->id, "hnte", &c->input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_book_get_year (book), ==, 2025);
  g_assert_true (sb_book_lookup (book, "table:hnte-self-assessment", &table_first, &table_last));
  g_assert_cmpuint (table_first, ==, 3);
  g_assert_true (sb_book_lookup (book, "material:hnte:2", &first, &last));
  /* 分类目录, the patent (2 pages), the photo (1) */
  g_assert_cmpuint (first, ==, table_last + 1);
  g_assert_cmpuint (last, ==, first + 3);
  patent_first = first + 1;
  g_assert_true (sb_book_lookup (book, "material:hnte:5", &audit_first, &last));
  g_assert_cmpuint (audit_first, ==, patent_first + 3);
  g_assert_cmpuint (last, ==, audit_first + 2);
  g_assert_cmpuint (sb_book_get_n_pages (book), ==, last);
  /* nothing attached is no gap: the guide asks for nothing by name */
  g_assert_cmpuint (sb_book_get_gaps (book)->len, ==, 0);
  /* the window's rows: the files' numbers and one more to drop a file on */
  targets = sb_book_get_targets (book);
  for (guint i = 0; i < targets->len; i++)
    if (g_str_equal (((SbBookTarget *) targets->pdata[i])->target, "material:hnte:6"))
      next_row = TRUE;
  g_assert_true (next_row);

  g_assert_true (sb_book_write (book, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  doc = open_pdf (out);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, (int) sb_book_get_n_pages (book));
  assert_numbered (doc);
  cover = page_text (doc, 1);
  g_assert_nonnull (strstr (cover, "高新技术企业认定申报材料"));
  g_assert_nonnull (strstr (cover, "2025 年度"));
  toc = page_text (doc, 2);
  g_assert_nonnull (strstr (toc, "总目录"));
  g_assert_nonnull (strstr (toc, "高新技术企业认定条件自评表"));
  g_assert_nonnull (strstr (toc, "2024年审计报告"));
  {
    g_autofree char *text = page_text (doc, table_first);
    g_autofree char *patent_text = page_text (doc, patent_first);
    g_autofree char *audit_text = page_text (doc, audit_first);

    g_assert_nonnull (strstr (text, "高新技术企业认定条件自评表"));
    /* vector pages stay text */
    g_assert_nonnull (strstr (patent_text, "patent ZL202110000000.1 page 1"));
    g_assert_nonnull (strstr (audit_text, "audit 2024 page 1"));
  }
  marks = outline (doc);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "总目录")), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "高新技术企业认定条件自评表")),
                   ==, (int) table_first);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "附件 2")), ==,
                   (int) patent_first - 1);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "专利证书")), ==,
                   (int) patent_first);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (marks, "2024年审计报告")), ==,
                   (int) audit_first);
}

static void
test_not_claimed (void)
{
  g_autofree char *rich = store_test_data ("rich.shenbao.json");
  g_autoptr(Company) c = company_new (rich, "\"tase\": {", "\"x_tase\": {");
  g_autoptr(GError) error = NULL;
  SbBook *book = sb_book_new (c->store, c->id, "tase", &c->input, &error);

  g_assert_null (book);
  g_assert_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_PROGRAM);
  g_clear_error (&error);
  g_assert_null (sb_book_new (c->store, c->id, "annual", &c->input, &error));
  g_assert_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_PROGRAM);
  g_clear_error (&error);
  {
    g_autoptr(Company) no_hnte = company_new (rich, "\"hnte\": {", "\"x_no_hnte\": {");

    g_assert_null (sb_book_new (no_hnte->store, no_hnte->id, "hnte", &no_hnte->input, &error));
    g_assert_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_PROGRAM);
  }
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  policies = sb_policy_set_new_default (NULL);
  g_test_add_func ("/book/tase", test_tase);
  g_test_add_func ("/book/tradefund", test_tradefund);
  g_test_add_func ("/book/hnte", test_hnte);
  g_test_add_func ("/book/cmyk", test_cmyk);
  g_test_add_func ("/book/cancel", test_cancel);
  g_test_add_func ("/book/not-claimed", test_not_claimed);
  rc = g_test_run ();
  sb_policy_set_free (policies);
  store_test_rmrf (tmpdir);
  return rc;
}
