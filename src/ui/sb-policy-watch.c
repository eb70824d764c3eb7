/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "sb-policy-watch.h"

#include "sb-policy-edit.h"
#include "sb-policy-meta.h"

static void
consider (SbPolicySet *set, GFile *file)
{
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(SbPolicy) policy = NULL;
  SbPolicy *existing;

  if (path == NULL || !g_str_has_suffix (path, ".json"))
    return;
  policy = sb_policy_load_user_file (path, NULL);
  if (policy == NULL)
    return;   /* being written, or broken: the next start names it */
  existing = sb_policy_set_lookup (set, sb_policy_get_id (policy), NULL);
  /* a bundled id is never replaced; a profile loaded already from this
   * file stays as it is (the set keeps one object per id while it runs) */
  if (existing != NULL
      && (sb_policy_is_bundled (existing) || g_strcmp0 (sb_policy_get_origin (existing), path) == 0))
    return;
  sb_policy_set_add (set, policy);
}

static void
on_changed (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
            SbPolicySet *set)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      consider (set, file);
      break;
    case G_FILE_MONITOR_EVENT_RENAMED:
      consider (set, other);
      break;
    default:
      break;
    }
}

GFileMonitor *
sb_policy_watch_new (SbPolicySet *set, const char *dir)
{
  g_autofree char *folder = sb_policy_user_dir (dir);
  g_autoptr(GFile) file = NULL;
  GFileMonitor *monitor;

  /* the folder made (owner-only) so that it can be watched from the start */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return NULL;
  file = g_file_new_for_path (folder);
  monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (monitor != NULL)
    g_signal_connect (monitor, "changed", G_CALLBACK (on_changed), set);
  return monitor;
}
