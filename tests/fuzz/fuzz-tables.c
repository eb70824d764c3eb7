/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes as a dossier, then every official table the
 * company asks for built and written — XLSX (libxlsxwriter, to a temporary
 * file) and the A4 pages (Pango and cairo, to a PDF stream thrown away).
 * Texts of any kind and figures at the bounds must give a table or an
 * error, never a crash or invalid text.
 *   build-fuzz/tests/fuzz/fuzz-tables tests/fuzz/corpus/tables tests/data/spec/examples */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sb-dossier-json.h"
#include "sb-enterprise.h"
#include "sb-evaluate.h"
#include "sb-form-writers.h"
#include "sb-form.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static cairo_status_t
discard (void *closure, const unsigned char *bytes, unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_pages (const SbForm *form)
{
  g_autoptr(SbFormPages) pages = sb_form_pages_new (form);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  guint n = sb_form_pages_get_n_pages (pages);

  /* a few pages are enough to go through every kind of row */
  for (guint i = 0; i < n && i < 3; i++)
    {
      sb_form_pages_draw (pages, i, cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

static gboolean
claims (const SbDossier *d, const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return d->tase != NULL;
  if (g_strcmp0 (program, "annual_report") == 0)
    return d->annual_report != NULL;
  if (g_strcmp0 (program, "trade_fund") == 0)
    return d->trade_fund != NULL;
  if (g_strcmp0 (program, "hnte") == 0)
    return d->hnte != NULL;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static SbPolicySet *policies;
  static GHashTable *categories;
  static char *xlsx;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;
  g_autoptr(SbEnterprise) enterprise = NULL;
  g_autoptr(SbDossier) dossier = NULL;
  g_autoptr(SbEvaluation) evaluation = NULL;
  const SbFormInfo *forms;
  SbFormInput input = { NULL };
  guint n;

  if (policies == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("shenbao-fuzz-XXXXXX", NULL);

      policies = sb_policy_set_new_default ("/nonexistent");
      categories = sb_known_categories (policies);
      xlsx = g_build_filename (dir != NULL ? dir : g_get_tmp_dir (), "t.xlsx", NULL);
    }
  d = sb_dossier_from_data ((const char *) data, (gssize) size, categories, &error);
  if (d == NULL)
    return 0;
  enterprise = sb_enterprise_new_from_dossier (d);
  dossier = sb_enterprise_to_dossier (enterprise);
  evaluation = sb_enterprise_evaluate (enterprise, policies, sb_date_from_ymd (2025, 6, 1), NULL);
  if (evaluation == NULL)
    return 0;
  input.enterprise = enterprise;
  input.dossier = dossier;
  input.evaluation = evaluation;
  input.policies = policies;
  input.at = sb_date_from_ymd (2025, 6, 1);
  forms = sb_form_list (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbForm) form = NULL;
      g_autoptr(GError) form_error = NULL;

      if (!claims (dossier, forms[i].program))
        continue;
      form = sb_form_build (forms[i].id, &input, &form_error);
      if (form == NULL)
        continue;
      if (sb_form_write_xlsx (form, xlsx, NULL))
        g_unlink (xlsx);
      draw_pages (form);
    }
  return 0;
}
