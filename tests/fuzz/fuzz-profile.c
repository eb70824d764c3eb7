/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes as a policy profile (a file a user may drop in
 * $XDG_DATA_HOME/shenbao/policies/): read through the strict JSON path and
 * every program's rules compiled — a profile or an error, never a crash.
 *   build-fuzz/tests/fuzz/fuzz-profile tests/fuzz/corpus/profile data/policies */
#include "sb-evaluate.h"
#include "sb-policy.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicy) policy = sb_policy_new_from_data ((const char *) data, size, "fuzz",
                                                        &error);

  if (policy != NULL)
    {
      g_autoptr(GError) rules_error = NULL;

      sb_policy_validate (policy, &rules_error);
    }
  return 0;
}
