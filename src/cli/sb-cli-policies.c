/* SPDX-License-Identifier: GPL-3.0-or-later */
/* shenbao-cli policies: every policy profile, bundled and the user's. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sb-cli.h"
#include "sb-policy-meta.h"

int
sb_cli_policies (SbCli *cli, int argc, char **argv)
{
  g_autoptr(SbPolicySet) policies = NULL;
  g_autoptr(GPtrArray) all = NULL;

  if (argc != 1)
    {
      sb_cli_error (NULL, _("policies takes no argument"));
      return SB_EXIT_BAD_INPUT;
    }
  /* a profile of the user's that does not load is named on stderr */
  policies = sb_cli_load_policies ();
  all = sb_policy_set_list (policies, NULL);
  for (guint i = 0; i < all->len; i++)
    {
      SbPolicy *p = g_ptr_array_index (all, i);
      g_autofree char *regions = sb_policy_regions_text (p);

      printf ("%s\t%s\t%s\t%s\t%d\t%s\n", sb_policy_get_id (p), sb_policy_get_program (p),
              sb_policy_get_region (p), regions, sb_policy_get_year (p),
              sb_policy_is_bundled (p) ? "bundled" : sb_policy_get_origin (p));
    }
  return SB_EXIT_OK;
}
