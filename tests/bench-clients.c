/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-clients.c: the window with many client companies (issue 11).
 *
 *   bench-clients SHENBAO [COMPANIES] [RUNS]
 *
 * Makes two databases in a temporary folder — the two examples, and
 * COMPANIES (default 1,000) copies of them with their own names and credit
 * codes — opens each once uncounted (the store's verdicts are computed and
 * kept), then prints for each: the median time from launch to the first
 * frame (SHENBAO_BENCH_STARTUP=1) over RUNS runs (default 5), and the CPU
 * time (user + system, the child's rusage) of the window's first 10 seconds
 * (SHENBAO_BENCH_QUIT_AFTER=10).  Needs a display (xvfb-run).
 * SHENBAO_BENCH_MAKE_ONLY=DIR only makes the two databases in DIR.  A benchmark,
 * never a test: it asserts nothing about speed. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-store.h"

static char *
make_database (const char *dir, const char *name, guint copies)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbPolicySet) policies = sb_policy_set_new_default (NULL);
  g_autoptr(GHashTable) known = sb_known_categories (policies);
  const char *source = g_getenv ("SHENBAO_SOURCE_DIR");
  const char *files[] = {
    "data/examples/tase-dalian-new.shenbao.json",
    "data/examples/tradefund-platform-certs.shenbao.json",
  };
  char *db = g_build_filename (dir, name, NULL);
  g_autoptr(SbStore) store = sb_store_open (db, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < copies; i++)
    {
      g_autofree char *path = g_build_filename (source, files[i % 2], NULL);
      g_autoptr(SbDossier) d = sb_dossier_from_file (path, known, &error);

      if (d == NULL)
        g_error ("%s", error->message);
      if (copies > 2)
        {
          g_free (d->company.name);
          d->company.name = g_strdup_printf ("%s %u", i % 2 == 0 ? "星海软件" : "软件园服务", i);
          g_free (d->company.credit_code);
          d->company.credit_code = g_strdup_printf ("91210200MA%08u", i);
        }
      if (!sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, NULL, &error))
        g_error ("%s", error->message);
    }
  if (!sb_store_close (store, &error))
    g_error ("%s", error->message);
  return db;
}

typedef struct
{
  double ms;       /* launch to first frame, or −1 */
  double cpu_s;    /* user + system of the child */
} Run;

static gboolean
run_once (const char *shenbao, const char *db, const char *var, const char *value, Run *out)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), var, value, TRUE);
  char *argv[] = { (char *) shenbao, (char *) "--db", (char *) db, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  struct rusage usage;
  char buffer[256];
  gint64 start;
  ssize_t n;
  GPid pid;
  int out_fd, status;
  const char *line;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                 NULL, &out_fd, NULL, &error))
    {
      g_printerr ("%s: %s\n", shenbao, error->message);
      return FALSE;
    }
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (out_fd);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s did not exit cleanly\n", shenbao);
      return FALSE;
    }
  out->cpu_s = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
               + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  out->ms = -1;
  line = strstr (text->str, "first-frame ");
  if (line != NULL)
    out->ms = (g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10) - start) / 1000.0;
  return TRUE;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
first_frame_median (const char *shenbao, const char *db, int runs)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  Run run;

  for (int i = 0; i < runs; i++)
    {
      if (!run_once (shenbao, db, "SHENBAO_BENCH_STARTUP", "1", &run) || run.ms < 0)
        exit (1);
      g_array_append_val (ms, run.ms);
    }
  g_array_sort (ms, compare_double);
  return runs % 2 == 1 ? g_array_index (ms, double, runs / 2)
                       : (g_array_index (ms, double, runs / 2 - 1)
                          + g_array_index (ms, double, runs / 2)) / 2;
}

static double
cpu_first_seconds (const char *shenbao, const char *db)
{
  Run run;

  if (!run_once (shenbao, db, "SHENBAO_BENCH_QUIT_AFTER", "10", &run))
    exit (1);
  return run.cpu_s;
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
  g_autofree char *small = NULL;
  g_autofree char *large = NULL;
  guint companies = argc > 2 ? (guint) atoi (argv[2]) : 1000;
  int runs = argc > 3 ? atoi (argv[3]) : 5;
  double small_ms, large_ms, small_cpu, large_cpu;
  Run warm;

  if (argc < 2 || companies < 3 || runs < 1)
    {
      g_printerr ("usage: %s SHENBAO [COMPANIES] [RUNS]\n", argv[0]);
      return 2;
    }
  /* SHENBAO_BENCH_MAKE_ONLY=DIR: only make the databases there (to profile) */
  if (g_getenv ("SHENBAO_BENCH_MAKE_ONLY") != NULL)
    {
      g_free (make_database (g_getenv ("SHENBAO_BENCH_MAKE_ONLY"), "two.db", 2));
      g_free (make_database (g_getenv ("SHENBAO_BENCH_MAKE_ONLY"), "many.db", companies));
      return 0;
    }
  dir = g_dir_make_tmp ("shenbao-clients-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  small = make_database (dir, "two.db", 2);
  large = make_database (dir, "many.db", companies);
  /* not counted: the verdicts computed and kept, the caches warm */
  if (!run_once (argv[1], small, "SHENBAO_BENCH_STARTUP", "1", &warm)
      || !run_once (argv[1], large, "SHENBAO_BENCH_STARTUP", "1", &warm))
    return 1;

  small_ms = first_frame_median (argv[1], small, runs);
  large_ms = first_frame_median (argv[1], large, runs);
  small_cpu = cpu_first_seconds (argv[1], small);
  large_cpu = cpu_first_seconds (argv[1], large);
  printf ("GSK_RENDERER=%s\n", g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER")
                                                                 : "(default)");
  printf ("first frame, median of %d runs: 2 companies %.1f ms, %u companies %.1f ms "
          "(%.2f×)\n", runs, small_ms, companies, large_ms, large_ms / small_ms);
  printf ("CPU in the window's first 10 s: 2 companies %.2f s, %u companies %.2f s\n",
          small_cpu, companies, large_cpu);
  remove_tree (dir);
  return 0;
}
