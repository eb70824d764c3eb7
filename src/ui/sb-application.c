/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-application.c: command line, settings, database, profiles and the window. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>

#include "sb-application.h"
#include "sb-dossier-json.h"
#include "sb-evaluate.h"
#include "sb-ui-resources.h"
#include "sb-window.h"

struct _SbApplication
{
  AdwApplication  parent_instance;

  char           *db_path;     /* --db or sb_application_set_db_path (); NULL: settings */
  char           *open_path;   /* the file opened (or tried) */
  GSettings      *settings;    /* NULL when the schema is not installed */
  SbStore        *store;
  SbPolicySet    *policies;
  char           *open_error;  /* why the database could not be opened */
  gboolean        lock_elsewhere; /* ... a lock of Shenbao on another computer */
  GPtrArray      *first_list;  /* the companies listed at startup, for the first frame */
  SbDate          first_at;
  gboolean        bench;       /* SHENBAO_BENCH_STARTUP: print the first frame's time, quit */
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

/* The settings, when the schema is installed (a build tree run without
 * GSETTINGS_SCHEMA_DIR has none: then nothing is remembered). */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not found: settings are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static char *
database_path (SbApplication *self)
{
  g_autofree char *setting = NULL;

  if (self->db_path != NULL)
    return g_strdup (self->db_path);
  if (self->settings != NULL)
    setting = g_settings_get_string (self->settings, "database-path");
  if (setting != NULL && *setting != '\0')
    return g_steal_pointer (&setting);
  return sb_store_default_path ();
}

/* Opens self->open_path, seeding a new file, and lists the companies with
 * their verdicts for the window's first frame.  Runs in a thread of its own
 * while GTK starts: nothing else touches these fields until it is joined. */
static gpointer
open_store_thread (gpointer data)
{
  SbApplication *self = data;
  g_autoptr(GError) error = NULL;
  gboolean existed;

  self->policies = sb_policy_set_new_default (NULL);
  existed = g_file_test (self->open_path, G_FILE_TEST_EXISTS);
  self->store = sb_store_open (self->open_path, &error);
  if (self->store == NULL)
    {
      self->open_error = g_strdup (error->message);
      self->lock_elsewhere = g_error_matches (error, SB_STORE_ERROR,
                                              SB_STORE_ERROR_LOCKED_ELSEWHERE);
      return NULL;
    }
  if (!existed)
    seed_examples (self);
  /* a list that fails here is listed again by the window, which says why */
  self->first_at = sb_date_today ();
  self->first_list = sb_store_list_verdicts (self->store, self->policies, self->first_at, NULL);
  return NULL;
}

/* ---- actions ---------------------------------------------------------- */

/* The line of the about window's credits for notice @id of @policy:
 * "大连市科学技术局 — 关于开展…的通知 (2025-04-24)", or NULL. */
static char *
notice_line (SbPolicy *policy, const char *id)
{
  JsonObject *notice = sb_policy_get_notice (policy, id);
  const char *title, *issuer, *date;

  if (notice == NULL)
    return NULL;
  title = json_object_get_string_member_with_default (notice, "title", NULL);
  if (title == NULL)
    return NULL;
  issuer = json_object_get_string_member_with_default (notice, "issuer", NULL);
  date = json_object_get_string_member_with_default (notice, "date", NULL);
  return g_strdup_printf ("%s%s%s%s%s%s", issuer != NULL ? issuer : "",
                          issuer != NULL ? " — " : "", title,
                          date != NULL ? " (" : "", date != NULL ? date : "",
                          date != NULL ? ")" : "");
}

/* Every notice the profiles' parameters cite, once each. */
static GStrv
policy_credits (SbApplication *self)
{
  GPtrArray *ids = sb_policy_set_get_ids (self->policies);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *lines = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      SbPolicy *policy = sb_policy_set_lookup (self->policies, g_ptr_array_index (ids, i), NULL);
      GPtrArray *keys;

      if (policy == NULL)
        continue;
      keys = sb_policy_get_param_names (policy);
      for (guint k = 0; keys != NULL && k < keys->len; k++)
        {
          JsonObject *param = sb_policy_get_param (policy, g_ptr_array_index (keys, k));
          JsonObject *source = NULL;
          const char *notice;
          char *line;

          if (param != NULL && json_object_has_member (param, "source"))
            source = json_object_get_object_member (param, "source");
          notice = source != NULL
                   ? json_object_get_string_member_with_default (source, "notice", NULL) : NULL;
          if (notice == NULL || (line = notice_line (policy, notice)) == NULL)
            continue;
          if (g_hash_table_contains (seen, line))
            {
              g_free (line);
              continue;
            }
          g_hash_table_add (seen, line);
          g_ptr_array_add (lines, g_strdup (line));
        }
    }
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static void
show_about (GSimpleAction *action, GVariant *param, gpointer data)
{
  SbApplication *self = data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("Shenbao contributors"), NULL };
  g_auto(GStrv) credits = policy_credits (self);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Shenbao"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Prepare TASE, trade-fund and HNTE filings: see who "
                                      "qualifies, who is short and by how much."),
                        "developer-name", _("Shenbao contributors"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2025 Shenbao contributors"),
                        "translator-credits", _("translator-credits"),
                        NULL);
  if (credits[0] != NULL)
    adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Policy profiles"),
                                         (const char **) credits);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Policy notices"), NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("The thresholds, rates, caps and deadlines come from "
                                        "the government notices listed under Credits, each "
                                        "with its article and quoted words in the profile. "
                                        "Shenbao's verdicts are an aid, not a decision of "
                                        "the authorities."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit (GSimpleAction *action, GVariant *param, gpointer data)
{
  GApplication *app = data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* closing the windows writes the open company and the window's size */
  for (GList *l = windows; l != NULL; l = l->next)
    if (!GTK_WINDOW_GET_CLASS (l->data)->close_request (l->data))
      gtk_window_destroy (l->data);
  g_application_quit (app);
}

/* SIGTERM (a session ending), SIGINT, SIGHUP: quit as Ctrl+Q does, so that
 * the open company is written and the database closed cleanly. */
static gboolean
on_quit_signal (gpointer data)
{
  g_action_group_activate_action (G_ACTION_GROUP (data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = show_about },
  { .name = "quit", .activate = quit },
};

/* ---- the startup benchmark --------------------------------------------- */

static void
on_first_paint (GdkFrameClock *clock, SbApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  /* CLOCK_MONOTONIC, as the benchmark that started us reads it */
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (self));
}

static void
on_window_map (GtkWidget *window, SbApplication *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, on_window_map, self);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), self);
}

/* ---- the application --------------------------------------------------- */

static void
sb_application_startup (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  const char *new_company[] = { "<Control>n", NULL };
  const char *search[] = { "<Control>f", NULL };
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *help_accels[] = { "<Control>question", NULL };
  GThread *opener;

  /* the window's resources live in a static library: make sure they are in */
  g_resources_register (sb_ui_get_resource ());
  /* the database opens while GTK starts */
  self->settings = load_settings ();
  self->open_path = database_path (self);
  opener = g_thread_new ("sb-open-store", open_store_thread, self);
  G_APPLICATION_CLASS (sb_application_parent_class)->startup (app);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-company", new_company);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
  for (guint i = 0; i < 5; i++)
    {
      static const char *views[] = { "company", "tase", "annual", "tradefund", "hnte" };
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      g_autofree char *detailed = g_strdup_printf ("win.show-view::%s", views[i]);
      const char *accels[] = { accel, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, accels);
    }

  g_unix_signal_add (SIGTERM, on_quit_signal, app);
  g_unix_signal_add (SIGINT, on_quit_signal, app);
  g_unix_signal_add (SIGHUP, on_quit_signal, app);

  g_thread_join (opener);
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
      if (self->bench)
        g_signal_connect (window, "map", G_CALLBACK (on_window_map), self);
    }
  gtk_window_present (window);
}

static int
sb_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    sb_application_set_db_path (self, db);
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
  g_clear_object (&self->settings);
  g_clear_pointer (&self->policies, sb_policy_set_free);
  g_free (self->db_path);
  g_free (self->open_path);
  g_free (self->open_error);
  g_clear_pointer (&self->first_list, g_ptr_array_unref);
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
  self->bench = g_strcmp0 (g_getenv ("SHENBAO_BENCH_STARTUP"), "1") == 0;
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

void
sb_application_set_db_path (SbApplication *self, const char *path)
{
  g_return_if_fail (SB_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->db_path);
  self->db_path = g_strdup (path);
}

const char *
sb_application_get_db_path (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->open_path != NULL ? self->open_path : self->db_path;
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

GSettings *
sb_application_get_settings (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->settings;
}

GPtrArray *
sb_application_take_first_list (SbApplication *self, SbDate at)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);

  if (self->first_list == NULL || self->first_at != at)
    {
      g_clear_pointer (&self->first_list, g_ptr_array_unref);
      return NULL;
    }
  return g_steal_pointer (&self->first_list);
}

const char *
sb_application_get_open_error (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->open_error;
}

gboolean
sb_application_can_break_lock (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), FALSE);
  return self->store == NULL && self->lock_elsewhere;
}

gboolean
sb_application_break_lock (SbApplication *self, GError **error)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (self->store == NULL, FALSE);

  /* the store says (g_message) whose lock it broke */
  self->store = sb_store_open_full (self->open_path,
                                    SB_STORE_OPEN_EXISTING | SB_STORE_OPEN_BREAK_LOCK, error);
  if (self->store == NULL)
    return FALSE;
  g_clear_pointer (&self->open_error, g_free);
  self->lock_elsewhere = FALSE;
  return TRUE;
}
