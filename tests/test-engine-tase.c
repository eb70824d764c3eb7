/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder: replaced by the evaluator's tests. */
#include <glib.h>

static void
test_pending (void)
{
  g_test_skip ("not written yet");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/tase/pending", test_pending);
  return g_test_run ();
}
