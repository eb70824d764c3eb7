/* SPDX-License-Identifier: GPL-3.0-or-later */
/* store-writer: the other process of the store tests.
 *
 *   store-writer hold DB   opens DB, prints "ready", holds it until stdin closes
 *   store-writer edit DB   numbered edits in a loop, printing each number on
 *                          stdout only after its transaction has committed
 *
 * Edit n (n = 1, 2, …) of the company with credit code KILLTEST, year 2024:
 * n odd: adds contract "K-n" (amount n yuan) at the end;
 * n even: sets income_total to n yuan;
 * n a multiple of 10: saves the whole dossier (every contract written again)
 * with income_total n and contract "K-n" added.
 * So after edits 1…N the company holds exactly the contracts K-n for odd n and
 * multiples of 10 up to N, in that order, and income_total is the largest even
 * n ≤ N: the state says which edits were written, and that none was half. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sb-store.h"

#define CREDIT_CODE "KILLTEST"
#define YEAR 2024

static void
die (const char *what, const GError *error)
{
  fprintf (stderr, "store-writer: %s: %s\n", what, error != NULL ? error->message : "");
  exit (1);
}

static void
acknowledge (gint64 n)
{
  g_autofree char *line = g_strdup_printf ("%" G_GINT64_FORMAT "\n", n);
  gsize len = strlen (line);

  /* one write of a short line is atomic on a pipe */
  if (write (STDOUT_FILENO, line, len) != (gssize) len)
    exit (1);
}

/* The company's id, created (in one transaction) when missing. */
static gint64
company (SbStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = NULL;
  gint64 id = 0;

  if (!sb_store_lookup_credit_code (store, CREDIT_CODE, &id, &error))
    die ("lookup", error);
  if (id != 0)
    return id;
  d = sb_dossier_new ();
  d->company.name = g_strdup ("Kill test");
  d->company.credit_code = g_strdup (CREDIT_CODE);
  g_ptr_array_add (d->years, sb_year_new (YEAR));
  ((SbYear *) g_ptr_array_index (d->years, 0))->contracts =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sb_contract_free);
  if (!sb_store_import_dossier (store, d, SB_STORE_ON_CONFLICT_ASK, &id, &error))
    die ("import", error);
  return id;
}

/* The number of the last edit the database holds. */
static gint64
last_edit (SbStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbDossier) d = sb_store_load_dossier (store, id, &error);
  const SbYear *y;
  gint64 last = 0;

  if (d == NULL)
    die ("load", error);
  y = sb_dossier_find_year (d, YEAR);
  if (y == NULL || y->contracts == NULL)
    die ("no year 2024 with contracts", NULL);
  if (y->income_total != SB_UNSET)
    last = y->income_total / 100;
  for (guint i = 0; i < y->contracts->len; i++)
    {
      const SbContract *c = g_ptr_array_index (y->contracts, i);
      last = MAX (last, g_ascii_strtoll (c->no + 2, NULL, 10));
    }
  return last;
}

static SbContract *
contract (gint64 n)
{
  SbContract *c = sb_contract_new ();

  c->no = g_strdup_printf ("K-%" G_GINT64_FORMAT, n);
  c->amount = n * 100;
  return c;
}

static void
edit (SbStore *store, gint64 id, gint64 n)
{
  g_autoptr(GError) error = NULL;

  if (n % 10 == 0)
    {
      g_autoptr(SbDossier) d = sb_store_load_dossier (store, id, &error);
      SbYear *y;

      if (d == NULL)
        die ("load", error);
      y = (SbYear *) sb_dossier_find_year (d, YEAR);
      y->income_total = n * 100;
      g_ptr_array_add (y->contracts, contract (n));
      if (!sb_store_save_dossier (store, id, d, &error))
        die ("save", error);
    }
  else if (n % 2 == 1)
    {
      SbContract *c = contract (n);
      gboolean ok = sb_store_add_contract (store, id, YEAR, -1, c, &error);

      sb_contract_free (c);
      if (!ok)
        die ("add contract", error);
    }
  else if (!sb_store_set_year_figure (store, id, YEAR, "income_total", n * 100, &error))
    die ("set figure", error);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStore) store = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: store-writer hold|edit DB\n");
      return 2;
    }
  store = sb_store_open (argv[2], &error);
  if (store == NULL)
    die ("open", error);

  if (g_str_equal (argv[1], "hold"))
    {
      char buf[64];
      gssize got;

      acknowledge (getpid ());
      do
        got = read (STDIN_FILENO, buf, sizeof buf);
      while (got > 0 || (got < 0 && errno == EINTR));
      if (!sb_store_close (store, &error))
        die ("close", error);
      return 0;
    }
  if (g_str_equal (argv[1], "edit"))
    {
      gint64 id = company (store);

      for (gint64 n = last_edit (store, id) + 1; ; n++)
        {
          edit (store, id, n);
          acknowledge (n);
        }
    }
  fprintf (stderr, "store-writer: unknown mode %s\n", argv[1]);
  return 2;
}
