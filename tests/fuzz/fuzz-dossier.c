/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes through the dossier reader, the evaluators and
 * the writer must give a dossier or an error — never a crash.
 *   CC=clang meson setup build-fuzz -Dfuzzing=true && ninja -C build-fuzz
 *   build-fuzz/tests/fuzz/fuzz-dossier tests/data */
#include "sb-dossier-json.h"
#include "sb-evaluate.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  static SbPolicySet *policies;
  static GHashTable *categories;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;

  if (policies == NULL)
    {
      policies = sb_policy_set_new_default ("/nonexistent");
      categories = sb_known_categories (policies);
    }
  d = sb_dossier_from_data ((const char *) data, (gssize) size, categories, &error);
  if (d != NULL)
    {
      g_autoptr(SbEvaluation) e = sb_evaluate (d, policies, sb_date_from_ymd (2025, 6, 1), NULL);
      g_autoptr(JsonNode) node = sb_dossier_to_json (d);
      g_autofree char *text = sb_json_to_pretty_string (node);

      if (e != NULL)
        {
          g_autoptr(JsonNode) out = sb_evaluation_to_json (e);
          g_autofree char *out_text = sb_json_to_pretty_string (out);
        }
    }
  return 0;
}
