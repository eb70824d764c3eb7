/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-startup.c: launch to first frame, Shenbao against a bare GTK 4 +
 * libadwaita window (bench-bare-window), and the peak memory of each.
 *
 *   bench-startup SHENBAO BARE-WINDOW [RUNS]
 *
 * Needs a display (meson test --benchmark runs it under xvfb-run).  Shenbao
 * opens a seeded database in a temporary folder (made by a first run that is
 * not counted); each run is timed from the fork to the first frame the
 * program reports painting, and its peak resident size is the child's
 * ru_maxrss.  Runs alternate between the two programs. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct
{
  double ms;        /* launch to first frame */
  long   rss_kib;   /* peak resident set */
} Run;

static gboolean
run_once (char **argv, Run *out)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "SHENBAO_BENCH_STARTUP", "1", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  struct rusage usage;
  char buffer[256];
  gint64 start, frame = 0;
  ssize_t n;
  GPid pid;
  int out_fd, status;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                 NULL, &out_fd, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (out_fd);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s did not exit cleanly\n", argv[0]);
      return FALSE;
    }
  for (char *line = text->str; line != NULL && *line != '\0';)
    {
      if (g_str_has_prefix (line, "first-frame "))
        frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
      line = strchr (line, '\n');
      if (line != NULL)
        line++;
    }
  if (frame <= start)
    {
      g_printerr ("%s printed no first frame\n", argv[0]);
      return FALSE;
    }
  out->ms = (frame - start) / 1000.0;
  out->rss_kib = usage.ru_maxrss;
  return TRUE;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1)
          + g_array_index (values, double, values->len / 2)) / 2;
}

static void
report (const char *name, GArray *ms, GArray *rss)
{
  double lo, hi;

  g_array_sort (ms, compare_double);
  lo = g_array_index (ms, double, 0);
  hi = g_array_index (ms, double, ms->len - 1);
  printf ("%-12s first frame: median %7.1f ms (min %.1f, max %.1f); peak RSS: median %6.1f MiB\n",
          name, median (ms), lo, hi, median (rss) / 1024);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_rss = g_array_new (FALSE, FALSE, sizeof (double));
  int runs = argc > 3 ? atoi (argv[3]) : 15;
  double app_median, bare_median, app_rss_median, bare_rss_median;
  char *app_argv[4], *bare_argv[2];
  Run run;

  if (argc < 3 || runs < 1)
    {
      g_printerr ("usage: %s SHENBAO BARE-WINDOW [RUNS]\n", argv[0]);
      return 2;
    }
  dir = g_dir_make_tmp ("shenbao-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  db = g_build_filename (dir, "bench.db", NULL);
  app_argv[0] = argv[1];
  app_argv[1] = (char *) "--db";
  app_argv[2] = db;
  app_argv[3] = NULL;
  bare_argv[0] = argv[2];
  bare_argv[1] = NULL;

  /* not counted: the first run seeds the database; both warm the caches */
  if (!run_once (app_argv, &run) || !run_once (bare_argv, &run) || !run_once (app_argv, &run))
    return 1;

  for (int i = 0; i < runs; i++)
    {
      double value;

      if (!run_once (app_argv, &run))
        return 1;
      g_array_append_val (app_ms, run.ms);
      value = run.rss_kib;
      g_array_append_val (app_rss, value);
      if (!run_once (bare_argv, &run))
        return 1;
      g_array_append_val (bare_ms, run.ms);
      value = run.rss_kib;
      g_array_append_val (bare_rss, value);
    }

  app_median = median (app_ms);
  bare_median = median (bare_ms);
  app_rss_median = median (app_rss);
  bare_rss_median = median (bare_rss);
  printf ("startup to first frame, %d runs each (GSK_RENDERER=%s)\n", runs,
          g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  report ("shenbao", app_ms, app_rss);
  report ("bare window", bare_ms, bare_rss);
  printf ("ratio: time %.2f (target <= 1.30), peak memory %.2f\n",
          app_median / bare_median, app_rss_median / bare_rss_median);
  remove_tree (dir);
  return 0;
}
