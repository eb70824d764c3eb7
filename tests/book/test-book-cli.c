/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli attach and book: files attached from the command line (a bad
 * one refused, nothing lost), the book written 0600 and read back with
 * pdfinfo and pdftotext (page count, 总目录, 第 x 页 on every page) and with
 * poppler's outline. */
#include <glib/gstdio.h>
#include <poppler.h>

#include "evidence-fixtures.h"
#include "store-test-util.h"

static char *tmpdir;

static int
run_cli (const char * const *args, char **out, char **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = -1;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", tmpdir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) SHENBAO_CLI_PATH);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* Runs a poppler-utils program; its standard output. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_attach_and_bind (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "cli.db", NULL);
  g_autofree char *dossier = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "model",
                                               "rich.shenbao.json", NULL);
  g_autoptr(GBytes) license = fixture_pdf ("license", 2, 0, 0);
  g_autoptr(GBytes) photo = fixture_jpeg (60, 80, 1);
  g_autoptr(GBytes) contract = fixture_pdf ("contract C-2024-001", 1, 0, 0);
  g_autofree char *license_file = fixture_write (tmpdir, "营业执照.pdf", license);
  g_autofree char *photo_file = fixture_write (tmpdir, "章程.jpg", photo);
  g_autofree char *contract_file = fixture_write (tmpdir, "合同.pdf", contract);
  g_autofree char *corrupt_file = fixture_write (tmpdir, "坏.pdf",
                                                 g_bytes_new_static ("%PDF-1.4\ntrailer\n", 17));
  g_autofree char *book = g_build_filename (tmpdir, "申报材料.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *info = NULL;
  g_autofree char *pages_line = NULL;
  int n_pages = 0;

  {
    const char *args[] = { "--db", db, "import", dossier, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "attach", "1", "material:3", license_file, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "material:tase:3\t"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "attach", "1", "material:4", photo_file, corrupt_file,
                           NULL };

    /* the good file is kept, the bad one named on stderr, exit 2 */
    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
    g_assert_true (g_str_has_prefix (out, "material:tase:4\t"));
    g_assert_nonnull (strstr (err, "坏.pdf"));
    g_assert_nonnull (strstr (err, "PDF"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "attach", "--as", "contract", "1", "contract:C-2024-001",
                           contract_file, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "contract:2024:C-2024-001\t"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *bad[][9] = {
      { "--db", db, "attach", "1", "contract:NOPE", contract_file, NULL },
      { "--db", db, "attach", "1", "material:99", contract_file, NULL },
      { "--db", db, "attach", "--as", "receipt", "1", "material:1", contract_file },
      { "--db", db, "book", "1", "hnte", "--year", "2024", "--out", book },
      { "--db", db, "book", "1", "annual", "--out", book },
      { "--db", db, "book", "1", "tase", "--out", "x.txt" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_cmpint (run_cli (bad[i], &out, &err), ==, 2);
        g_assert_cmpstr (out, ==, "");
        g_assert_true (g_str_has_prefix (err, "shenbao-cli: "));
        g_clear_pointer (&out, g_free);
        g_clear_pointer (&err, g_free);
      }
  }
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM attachments"), ==, 3);

  {
    const char *args[] = { "--db", db, "book", "1", "tase", "--at", "2025-06-01", "--out", book,
                           NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    /* the gaps on stderr; the book made all the same */
    g_assert_nonnull (strstr (err, "missing: 材料“1. 技术先进型服务企业认定（复核）申请表”：未附文件"));
    g_assert_null (strstr (err, "企业营业执照复印件"));
  }
  g_assert_cmpint (store_test_mode (book), ==, 0600);

  {
    const char *argv[] = { "pdfinfo", book, NULL };

    info = run_tool (argv);
  }
  pages_line = g_strdup (strstr (info, "Pages:"));
  g_assert_nonnull (pages_line);
  n_pages = atoi (pages_line + strlen ("Pages:"));
  g_assert_cmpint (n_pages, >=, 12);
  /* stdout: the file and its page count */
  {
    g_autofree char *expected = g_strdup_printf ("%s\t%d\n", book, n_pages);

    g_assert_cmpstr (out, ==, expected);
  }
  for (int p = 1; p <= n_pages; p++)
    {
      g_autofree char *first = g_strdup_printf ("%d", p);
      const char *argv[] = { "pdftotext", "-f", first, "-l", first, "-layout", book, "-", NULL };
      g_autofree char *text = run_tool (argv);
      g_autofree char *folio = g_strdup_printf ("第 %d 页", p);
      g_auto(GStrv) parts = g_strsplit (text, "\u2002", -1);
      g_autofree char *plain = g_strjoinv (" ", parts);

      if (strstr (plain, folio) == NULL)
        g_error ("page %d lacks “%s”", p, folio);
      if (p == 2)
        g_assert_nonnull (strstr (plain, "总目录"));
    }
  {
    const char *argv[] = { "pdftotext", book, "-", NULL };
    g_autofree char *text = run_tool (argv);

    /* the attached PDFs' text is still text */
    g_assert_nonnull (strstr (text, "license page 2"));
    g_assert_nonnull (strstr (text, "contract C-2024-001 page 1"));
  }
  /* 附件3 printed on its own shows the page of its proof in the book */
  {
    g_autofree char *tf_book = g_build_filename (tmpdir, "tf.pdf", NULL);
    g_autofree char *annex3 = g_build_filename (tmpdir, "annex3.pdf", NULL);
    const char *attach_args[] = { "--db", db, "attach", "--as", "contract", "1", "expense:1",
                                  contract_file, NULL };
    const char *book_args[] = { "--db", db, "book", "1", "tradefund", "--at", "2025-06-01",
                                "--out", tf_book, NULL };
    const char *table_args[] = { "--db", db, "table", "1", "tf-annex3", "--at", "2025-06-01",
                                 "--out", annex3, NULL };
    const char *info_argv[] = { "pdfinfo", tf_book, NULL };
    g_autofree char *tf_info = NULL;
    g_autofree char *table_text = NULL;
    int pages, proof = 0;

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (attach_args, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (book_args, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (table_args, &out, &err), ==, 0);
    tf_info = run_tool (info_argv);
    pages = atoi (strstr (tf_info, "Pages:") + strlen ("Pages:"));
    for (int p = 1; p <= pages && proof == 0; p++)
      {
        g_autofree char *first = g_strdup_printf ("%d", p);
        const char *argv[] = { "pdftotext", "-f", first, "-l", first, tf_book, "-", NULL };
        g_autofree char *text = run_tool (argv);

        if (strstr (text, "contract C-2024-001 page 1") != NULL
            && strstr (text, "分类目录") == NULL)
          proof = p;
      }
    g_assert_cmpint (proof, >, 0);
    {
      const char *argv[] = { "pdftotext", "-layout", annex3, "-", NULL };
      g_autofree char *label = g_strdup_printf (" %d-%d", proof, proof + 1);

      table_text = run_tool (argv);
      /* the contract and the page naming the missing invoice and payment */
      if (strstr (table_text, label) == NULL)
        g_error ("附件3 lacks%s: %s", label, table_text);
    }
  }

  /* the upload set: the materials as separate files, in order */
  {
    g_autofree char *dir = g_build_filename (tmpdir, "upload", NULL);
    g_autofree char *license_part = g_build_filename (dir, "03-企业营业执照复印件.pdf", NULL);
    g_autofree char *first_part = g_build_filename (dir, "01-技术先进型服务企业认定申请表.pdf", NULL);
    g_autofree char *last_part = g_build_filename (dir, "09-企业员工花名册.pdf", NULL);
    const char *args[] = { "--db", db, "upload-set", "1", "tase", "--at", "2025-06-01",
                           "--out", dir, NULL };
    const char *argv[] = { "pdfinfo", license_part, NULL };
    g_autofree char *part_info = NULL;
    g_autoptr(GDir) d = NULL;
    guint n = 0;

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    d = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 9);
    g_assert_true (g_file_test (first_part, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (last_part, G_FILE_TEST_IS_REGULAR));
    g_assert_cmpint (store_test_mode (license_part), ==, 0600);
    part_info = run_tool (argv);
    g_assert_nonnull (strstr (part_info, "Pages:           2\n"));
  }

  /* the same as a zip archive */
  {
    g_autofree char *zip = g_build_filename (tmpdir, "upload.zip", NULL);
    g_autofree char *unzip = g_find_program_in_path ("unzip");
    const char *args[] = { "--db", db, "upload-set", "1", "tase", "--at", "2025-06-01",
                           "--out", zip, NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpint (store_test_mode (zip), ==, 0600);
    if (unzip != NULL)
      {
        const char *test_argv[] = { unzip, "-t", zip, NULL };
        const char *list_argv[] = { unzip, "-Z1", zip, NULL };
        g_autofree char *tested = run_tool (test_argv);
        g_autofree char *listed = run_tool (list_argv);

        g_assert_nonnull (strstr (tested, "No errors detected"));
        g_assert_true (g_str_has_prefix (listed, "01-技术先进型服务企业认定申请表.pdf\n"
                                                 "02-企业开展技术先进型服务业务论述.pdf\n"
                                                 "03-企业营业执照复印件.pdf\n"));
      }
  }

  /* the outline */
  {
    g_autofree char *uri = g_filename_to_uri (book, NULL, NULL);
    g_autoptr(GError) error = NULL;
    PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
    PopplerIndexIter *iter;
    guint n = 0;
    gboolean license_mark = FALSE;

    g_assert_no_error (error);
    iter = poppler_index_iter_new (doc);
    g_assert_nonnull (iter);
    do
      {
        PopplerAction *action = poppler_index_iter_get_action (iter);

        n++;
        if (g_strcmp0 (action->any.title, "3. 企业营业执照复印件") == 0)
          license_mark = TRUE;
        poppler_action_free (action);
      }
    while (poppler_index_iter_next (iter));
    poppler_index_iter_free (iter);
    g_object_unref (doc);
    /* 总目录 and the nine materials */
    g_assert_cmpuint (n, ==, 10);
    g_assert_true (license_mark);
  }
}

/* The HNTE book from the command line: the files attached as
 * material:hnte:N after 自评表, --year checked against the application,
 * the upload set without the 自评表 (it says "不需盖章报送"). */
static void
test_hnte (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "hnte.db", NULL);
  g_autofree char *dossier = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "model",
                                               "rich.shenbao.json", NULL);
  g_autoptr(GBytes) patent = fixture_pdf ("patent", 2, 0, 0);
  g_autofree char *patent_file = fixture_write (tmpdir, "专利证书.pdf", patent);
  g_autofree char *book = g_build_filename (tmpdir, "高企.pdf", NULL);
  g_autofree char *dir = g_build_filename (tmpdir, "hnte-upload", NULL);
  g_autofree char *part = g_build_filename (dir, "01-专利证书.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *info = NULL;
  int n_pages, patent_page = 0;

  {
    const char *args[] = { "--db", db, "import", dossier, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "attach", "1", "material:hnte:1", patent_file, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "material:hnte:1\t"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "book", "1", "hnte", "--year", "2024", "--out", book,
                           NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "2025"));
    g_assert_false (g_file_test (book, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *args[] = { "--db", db, "book", "1", "hnte", "--year", "2025", "--at",
                           "2025-06-01", "--out", book, NULL };

    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
  }
  g_assert_cmpint (store_test_mode (book), ==, 0600);
  {
    const char *argv[] = { "pdfinfo", book, NULL };

    info = run_tool (argv);
  }
  n_pages = atoi (strstr (info, "Pages:") + strlen ("Pages:"));
  g_assert_cmpint (n_pages, >=, 5);
  for (int p = 1; p <= n_pages; p++)
    {
      g_autofree char *first = g_strdup_printf ("%d", p);
      const char *argv[] = { "pdftotext", "-f", first, "-l", first, "-layout", book, "-", NULL };
      g_autofree char *text = run_tool (argv);
      g_autofree char *folio = g_strdup_printf ("第 %d 页", p);
      g_auto(GStrv) parts = g_strsplit (text, "\u2002", -1);
      g_autofree char *plain = g_strjoinv (" ", parts);

      if (strstr (plain, folio) == NULL)
        g_error ("page %d lacks “%s”", p, folio);
      if (p == 1)
        g_assert_nonnull (strstr (plain, "高新技术企业认定申报材料"));
      if (p == 2)
        {
          g_assert_nonnull (strstr (plain, "总目录"));
          g_assert_nonnull (strstr (plain, "高新技术企业认定条件自评表"));
          g_assert_nonnull (strstr (plain, "专利证书"));
        }
      if (p == 3)
        g_assert_nonnull (strstr (plain, "高新技术企业认定条件自评表"));
      if (strstr (plain, "patent page 1") != NULL)
        patent_page = p;
    }
  /* the patent's two pages end the book */
  g_assert_cmpint (patent_page, ==, n_pages - 1);

  {
    const char *args[] = { "--db", db, "upload-set", "1", "hnte", "--year", "2025", "--at",
                           "2025-06-01", "--out", dir, NULL };
    g_autoptr(GDir) d = NULL;
    guint n = 0;

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
    d = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
    g_assert_true (g_file_test (part, G_FILE_TEST_IS_REGULAR));
  }
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = store_test_tmpdir ();
  g_test_add_func ("/book/cli/attach-and-bind", test_attach_and_bind);
  g_test_add_func ("/book/cli/hnte", test_hnte);
  rc = g_test_run ();
  store_test_rmrf (tmpdir);
  return rc;
}
