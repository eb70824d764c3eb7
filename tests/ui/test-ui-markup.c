/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-ui-markup.c: text is text.  Companies whose every text (name, credit
 * code, contract numbers and clients, expense items, certification names) is
 * Pango markup or broken markup go through every page, the official tables
 * and a delete with its toast: a label that took one as markup would warn
 * (fatal here) or show nothing; the toast shows the name as written. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-form.h"
#include "sb-store.h"
#include "sb-tables-dialog.h"
#include "ui-test-util.h"

#define HOSTILE "A&B <i>公司</i> & <b"

static char *
hostile_text (const char *what, guint i)
{
  return g_strdup_printf ("%s&%u<x", what, i);
}

/* One of the examples with every text it has replaced by markup. */
static SbDossier *
hostile_dossier (const char *example, const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("SHENBAO_SOURCE_DIR"), "tests", "data",
                                            "spec", "examples", example, NULL);
  g_autoptr(GError) error = NULL;
  SbDossier *d = sb_dossier_from_file (path, NULL, &error);

  g_assert_no_error (error);
  g_free (d->company.name);
  d->company.name = g_strdup (name);
  g_free (d->company.legal_representative);
  d->company.legal_representative = g_strdup ("<b>法人</b> & co");
  g_free (d->company.address);
  d->company.address = g_strdup ("1 < 2 & 3 > 2 路");
  g_free (d->company.bank_name);
  d->company.bank_name = g_strdup ("Bank &amp; <u>");
  g_free (d->company.contact_name);
  d->company.contact_name = g_strdup ("&#x41; <i");
  if (d->hnte == NULL)
    {
      /* an HNTE claim too, so that its page shows the field and the region */
      d->hnte = g_new0 (SbHnteClaim, 1);
      d->hnte->profile = g_strdup ("hnte-zhejiang");
      d->hnte->apply_date = SB_DATE_UNSET;
      d->hnte->score_ip = d->hnte->score_conversion = d->hnte->score_rd_management = SB_UNSET;
      d->hnte->conversion_count = SB_UNSET;
    }
  if (d->trade_fund != NULL)
    {
      g_free (d->company.region);
      d->company.region = g_strdup ("da&lian<");
    }
  g_free (d->declarations.hnte_field);
  d->declarations.hnte_field = g_strdup ("电子信息 & <b>软件</b>");
  for (guint i = 0; i < d->years->len; i++)
    {
      SbYear *y = g_ptr_array_index (d->years, i);

      for (guint j = 0; y->contracts != NULL && j < y->contracts->len; j++)
        {
          SbContract *c = g_ptr_array_index (y->contracts, j);

          g_free (c->no);
          c->no = hostile_text ("C<", j);
          g_free (c->client);
          c->client = hostile_text ("client&amp;", j);
          g_free (c->name);
          c->name = hostile_text ("<span>", j);
        }
    }
  if (d->trade_fund != NULL)
    {
      for (guint i = 0; d->trade_fund->platforms != NULL && i < d->trade_fund->platforms->len; i++)
        {
          SbPlatform *p = g_ptr_array_index (d->trade_fund->platforms, i);

          for (guint j = 0; p->expenses != NULL && j < p->expenses->len; j++)
            {
              SbExpense *e = g_ptr_array_index (p->expenses, j);

              g_free (e->item);
              e->item = hostile_text ("item<&", j);
            }
        }
      if (d->trade_fund->platforms != NULL && d->trade_fund->platforms->len > 0)
        {
          SbPlatform *p = g_ptr_array_index (d->trade_fund->platforms, 0);

          g_free (p->name);
          p->name = g_strdup ("平台 <big>&</big>");
          g_free (p->services);
          p->services = g_strdup ("服务 & <s>内容");
        }
      for (guint i = 0; d->trade_fund->certifications != NULL
                        && i < d->trade_fund->certifications->len; i++)
        {
          SbCertLine *l = g_ptr_array_index (d->trade_fund->certifications, i);

          g_free (l->name);
          l->name = hostile_text ("ISO&<", i);
        }
    }
  return d;
}

static void
collect_texts (GtkWidget *w, GString *out)
{
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_LABEL (c))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (c)));
          g_string_append_c (out, '\n');
        }
      collect_texts (c, out);
    }
}

static void
test_markup_everywhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shenbao-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "shenbao.db", NULL);
  static const char * const views[] = { "company", "tase", "annual", "tradefund", "hnte" };
  static const char * const examples[] = {
    "tase-dalian-new.shenbao.json", "tradefund-platform-certs.shenbao.json",
  };
  g_autoptr(GString) texts = g_string_new (NULL);
  SbWindow *window;

  {
    g_autoptr(SbStore) store = sb_store_open (path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
      {
        g_autofree char *name = g_strdup_printf ("%s %u", HOSTILE, i);
        g_autoptr(SbDossier) d = hostile_dossier (examples[i], name);

        g_assert_true (sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, NULL,
                                                &error));
        g_assert_no_error (error);
      }
    g_assert_true (sb_store_close (store, &error));
  }

  window = ui_test_open_window_on (path);
  g_assert_cmpuint (g_list_model_get_n_items (sb_window_get_companies (window)), ==, 2);
  /* the portfolio and the sidebar */
  ui_test_iterate ();
  collect_texts (GTK_WIDGET (window), texts);
  g_assert_nonnull (strstr (texts->str, HOSTILE " 0"));

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", HOSTILE, i);

      guint n_forms;
      const SbFormInfo *forms = sb_form_list (&n_forms);
      GtkWidget *dialog;

      ui_test_open_company (window, ui_test_company_id (window, name));
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v]);
          ui_test_iterate ();
        }
      /* the official tables, each previewed */
      sb_tables_dialog_present (GTK_WINDOW (window), sb_window_get_session (window));
      ui_test_iterate ();
      dialog = ui_test_find_anywhere ("tables-dialog");
      g_assert_nonnull (dialog);
      for (guint f = 0; f < n_forms; f++)
        if (sb_tables_dialog_select (SB_TABLES_DIALOG (dialog), forms[f].id))
          ui_test_iterate ();
      gtk_window_destroy (GTK_WINDOW (dialog));
      ui_test_iterate ();
    }

  /* delete the open one: the toast names it as written */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-company", NULL);
  ui_test_iterate ();
  g_string_truncate (texts, 0);
  collect_texts (GTK_WIDGET (window), texts);
  g_assert_nonnull (strstr (texts->str, "“" HOSTILE " 1” deleted"));

  ui_test_close_window (window);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui/markup/everywhere", test_markup_everywhere);
  return g_test_run ();
}
