/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kill -9 at random moments: a writing process (store-writer edit) is killed
 * again and again; after each kill the database must open (taking over the
 * dead writer's lock), pass PRAGMA integrity_check, and hold every edit the
 * writer acknowledged and at most the one it was writing — never half of
 * one. */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store-test-util.h"

#define ROUNDS 30

/* Reads everything the dead writer wrote; returns the acknowledged numbers,
 * which must follow @from one by one. */
static gint64
read_acks (int fd, gint64 from)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  char buf[4096];
  gint64 last = from;
  gssize n;

  for (;;)
    {
      n = read (fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (text, buf, n);
    }
  lines = g_strsplit (text->str, "\n", 0);
  /* the last piece is "" or a line cut by the kill (never acknowledged) */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      gint64 number = g_ascii_strtoll (lines[i], NULL, 10);

      g_assert_cmpint (number, ==, last + 1);
      last = number;
    }
  return last;
}

/* What edits 1 … @n leave (store-writer.c): contracts K-i for odd i and
 * multiples of 10, income_total the largest even i. */
static void
check_state (const SbDossier *d, gint64 n)
{
  const SbYear *y = sb_dossier_find_year (d, 2024);
  guint k = 0;

  g_assert_nonnull (y);
  g_assert_nonnull (y->contracts);
  for (gint64 i = 1; i <= n; i++)
    {
      g_autofree char *no = NULL;
      const SbContract *c;

      if (i % 2 == 0 && i % 10 != 0)
        continue;
      g_assert_cmpuint (k, <, y->contracts->len);
      c = g_ptr_array_index (y->contracts, k++);
      no = g_strdup_printf ("K-%" G_GINT64_FORMAT, i);
      g_assert_cmpstr (c->no, ==, no);
      g_assert_cmpint (c->amount, ==, i * 100);
    }
  g_assert_cmpuint (k, ==, y->contracts->len);
  if (n >= 2)
    g_assert_cmpint (y->income_total, ==, (n - n % 2) * 100);
  else
    g_assert_cmpint (y->income_total, ==, SB_UNSET);
}

/* The number of the last edit the database holds (as store-writer reads it). */
static gint64
last_edit (const SbDossier *d)
{
  const SbYear *y = sb_dossier_find_year (d, 2024);
  gint64 last = 0;

  g_assert_nonnull (y);
  g_assert_nonnull (y->contracts);
  if (y->income_total != SB_UNSET)
    last = y->income_total / 100;
  for (guint i = 0; i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      last = MAX (last, g_ascii_strtoll (c->no + 2, NULL, 10));
    }
  return last;
}

static void
test_kill (void)
{
  g_autofree char *tmpdir = store_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmpdir, "kill.db", NULL);
  g_autofree char *writer = store_test_writer ();
  const char *argv[] = { writer, "edit", path, NULL };
  gint64 state = 0;       /* the last edit the database holds */
  guint unacknowledged = 0;

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbStore) store = NULL;
      g_autoptr(SbDossier) d = NULL;
      /* a few kills while the writer opens, creates or migrates */
      guint delay_ms = round < 4 ? (guint) g_test_rand_int_range (0, 15)
                                 : (guint) g_test_rand_int_range (20, 400);
      gint64 acked, held, id = 0;
      GPid pid;
      int out, status;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                NULL, &pid, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_usleep (delay_ms * 1000);
      kill (pid, SIGKILL);
      status = store_test_wait (pid);
      /* killed, not failed */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      acked = read_acks (out, state);
      close (out);

      /* the dead writer's lock is taken over */
      store = sb_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (sb_store_check (store, &error));
      g_assert_no_error (error);
      g_assert_cmpint (store_test_query_int (path, "SELECT count(*) FROM pragma_foreign_key_check"),
                       ==, 0);
      g_assert_true (sb_store_lookup_credit_code (store, "KILLTEST", &id, &error));
      if (id == 0)
        {
          /* killed before the company was created */
          g_assert_cmpint (acked, ==, 0);
          g_assert_cmpint (state, ==, 0);
          continue;
        }
      d = sb_store_load_dossier (store, id, &error);
      g_assert_no_error (error);
      held = last_edit (d);
      g_test_message ("round %u: killed after %u ms; acknowledged %" G_GINT64_FORMAT
                      ", held %" G_GINT64_FORMAT, round, delay_ms, acked, held);
      /* every acknowledged edit, and at most the one being written */
      g_assert_cmpint (held, >=, acked);
      g_assert_cmpint (held, <=, acked + 1);
      check_state (d, held);
      if (held > acked)
        unacknowledged++;
      state = held;
      g_assert_true (sb_store_close (store, &error));
    }
  g_test_message ("%" G_GINT64_FORMAT " edits in %d rounds; %u committed but not yet "
                  "acknowledged when killed", state, ROUNDS, unacknowledged);
  /* the writers did write */
  g_assert_cmpint (state, >=, ROUNDS);
  store_test_rmrf (tmpdir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/kill/random", test_kill);
  return g_test_run ();
}
