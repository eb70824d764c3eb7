/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-application.c: command line, database, profiles and the window. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-application.h"
#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-ui-resources.h"
#include "sb-window.h"

struct _SbApplication
{
  AdwApplication  parent_instance;

  char           *db_path;     /* --db, or NULL: the default */
  SbStore        *store;
  SbPolicySet    *policies;
  char           *open_error;  /* why the database could not be opened */
};

G_DEFINE_FINAL_TYPE (SbApplication, sb_application, ADW_TYPE_APPLICATION)

static const char *example_resources[] = {
  "/io/github/shenbao/Shenbao/examples/",
};

/* The example companies, on the first run with a new database. */
static void
seed_examples (SbApplication *self)
{
  g_autoptr(GHashTable) known = sb_known_categories (self->policies);

  for (guint r = 0; r < G_N_ELEMENTS (example_resources); r++)
    {
      g_auto(GStrv) names = g_resources_enumerate_children (example_resources[r], 0, NULL);

      for (guint i = 0; names != NULL && names[i] != NULL; i++)
        {
          g_autofree char *path = g_strconcat (example_resources[r], names[i], NULL);
          g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
          g_autoptr(SbDossier) dossier = NULL;
          g_autoptr(GError) error = NULL;

          if (bytes == NULL)
            continue;
          dossier = sb_dossier_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                          known, &error);
          if (dossier == NULL
              || !sb_store_import_dossier (self->store, dossier, SB_STORE_ON_CONFLICT_SKIP,
                                           NULL, &error))
            g_warning ("%s: %s", names[i], error->message);
        }
    }
}

static void
open_store (SbApplication *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean existed;

  path = self->db_path != NULL ? g_strdup (self->db_path) : sb_store_default_path ();
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  self->store = sb_store_open (path, &error);
  if (self->store == NULL)
    {
      self->open_error = g_strdup (error->message);
      return;
    }
  if (!existed)
    seed_examples (self);
}

static void
sb_application_startup (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);

  /* the window's resources live in a static library: make sure they are in */
  g_resources_register (sb_ui_get_resource ());
  G_APPLICATION_CLASS (sb_application_parent_class)->startup (app);
  self->policies = sb_policy_set_new_default (NULL);
  open_store (self);
}

static void
sb_application_activate (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (sb_window_new (self));
      if (self->open_error != NULL)
        sb_window_show_fatal (SB_WINDOW (window), self->open_error);
    }
  gtk_window_present (window);
}

static int
sb_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    self->db_path = g_steal_pointer (&db);
  return -1;
}

static void
sb_application_shutdown (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);

  G_APPLICATION_CLASS (sb_application_parent_class)->shutdown (app);
  if (self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!sb_store_close (self->store, &error))
        g_warning ("%s", error->message);
    }
}

static void
sb_application_finalize (GObject *object)
{
  SbApplication *self = SB_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->policies, sb_policy_set_free);
  g_free (self->db_path);
  g_free (self->open_error);
  G_OBJECT_CLASS (sb_application_parent_class)->finalize (object);
}

static void
sb_application_class_init (SbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sb_application_finalize;
  app_class->startup = sb_application_startup;
  app_class->activate = sb_application_activate;
  app_class->handle_local_options = sb_application_handle_local_options;
  app_class->shutdown = sb_application_shutdown;
}

static void
sb_application_init (SbApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "db", 0, 0, G_OPTION_ARG_FILENAME,
                                 _("Open or create the database at PATH"), _("PATH"));
}

SbApplication *
sb_application_new (void)
{
  return g_object_new (SB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/shenbao/Shenbao",
                       NULL);
}

SbStore *
sb_application_get_store (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->store;
}

SbPolicySet *
sb_application_get_policies (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->policies;
}
