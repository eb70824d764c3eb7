/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-session.c: one company open in the window, evaluated live, written through. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-session.h"

struct _SbSession
{
  GObject       parent_instance;

  SbStore      *store;
  SbPolicySet  *policies;
  gint64        company_id;
  SbEnterprise *enterprise;
  SbDate        at;
  GHashTable   *known_categories;

  SbEvaluation *evaluation;
  char         *error;
  char         *save_error;    /* the last write's failure, until one succeeds */
  guint         save_source;
};

G_DEFINE_FINAL_TYPE (SbSession, sb_session, G_TYPE_OBJECT)

enum
{
  SIGNAL_EVALUATED,
  SIGNAL_SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
save_now (SbSession *self, GError **error)
{
  g_autoptr(SbDossier) dossier = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  /* drafts are written as the user left them (a month lacking a count, a
   * line lacking its name); only what the store cannot hold is refused:
   * the store keeps the last good company, and the message names the
   * figure as the window does */
  dossier = sb_enterprise_to_dossier (self->enterprise);
  if (!sb_store_save_dossier (self->store, self->company_id, dossier, error))
    {
      g_autoptr(GError) named = NULL;

      if (!sb_enterprise_check (self->enterprise, self->known_categories, &named))
        {
          g_clear_error (error);
          g_propagate_error (error, g_steal_pointer (&named));
        }
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_idle (gpointer data)
{
  SbSession *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (save_now (self, &error))
    g_clear_pointer (&self->save_error, g_free);
  else if (g_strcmp0 (error->message, self->save_error) != 0)
    {
      /* said once while the same figure keeps the company from being written
       * (each keystroke in another field would repeat it) */
      g_free (self->save_error);
      self->save_error = g_strdup (error->message);
      g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, error->message);
    }
  return G_SOURCE_REMOVE;
}

void
sb_session_evaluate (SbSession *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SB_IS_SESSION (self));

  g_clear_pointer (&self->evaluation, sb_evaluation_free);
  g_clear_pointer (&self->error, g_free);
  self->evaluation = sb_enterprise_evaluate (self->enterprise, self->policies, self->at, &error);
  if (self->evaluation == NULL)
    self->error = g_strdup (error->message);
  g_signal_emit (self, signals[SIGNAL_EVALUATED], 0);
}

static void
on_changed (SbSession *self)
{
  sb_session_evaluate (self);
  if (self->save_source == 0)
    self->save_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, save_idle, self, NULL);
}

static void
sb_session_dispose (GObject *object)
{
  SbSession *self = SB_SESSION (object);

  if (self->save_source != 0)
    {
      g_autoptr(GError) error = NULL;

      /* nothing lost: a pending edit is written before the session goes */
      if (!save_now (self, &error))
        g_warning ("%s", error->message);
    }
  if (self->enterprise != NULL)
    g_signal_handlers_disconnect_by_data (self->enterprise, self);
  g_clear_object (&self->enterprise);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sb_session_parent_class)->dispose (object);
}

static void
sb_session_finalize (GObject *object)
{
  SbSession *self = SB_SESSION (object);

  g_clear_pointer (&self->evaluation, sb_evaluation_free);
  g_clear_pointer (&self->known_categories, g_hash_table_unref);
  g_free (self->error);
  g_free (self->save_error);
  G_OBJECT_CLASS (sb_session_parent_class)->finalize (object);
}

static void
sb_session_class_init (SbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_session_dispose;
  object_class->finalize = sb_session_finalize;

  /* after every edit (and sb_session_evaluate ()) */
  signals[SIGNAL_EVALUATED] =
    g_signal_new ("evaluated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* (const char *message) */
  signals[SIGNAL_SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sb_session_init (SbSession *self)
{
}

SbSession *
sb_session_new (SbStore *store, SbPolicySet *policies, gint64 company_id, GError **error)
{
  g_autoptr(SbDossier) dossier = NULL;
  SbSession *self;

  g_return_val_if_fail (SB_IS_STORE (store), NULL);
  g_return_val_if_fail (policies != NULL, NULL);

  dossier = sb_store_load_dossier (store, company_id, error);
  if (dossier == NULL)
    return NULL;
  self = g_object_new (SB_TYPE_SESSION, NULL);
  self->store = g_object_ref (store);
  self->policies = policies;
  self->company_id = company_id;
  self->at = sb_date_today ();
  self->known_categories = sb_known_categories (policies);
  self->enterprise = sb_enterprise_new_from_dossier (dossier);
  g_signal_connect_swapped (self->enterprise, "changed", G_CALLBACK (on_changed), self);
  sb_session_evaluate (self);
  return self;
}

SbStore *
sb_session_get_store (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->store;
}

SbPolicySet *
sb_session_get_policies (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->policies;
}

gint64
sb_session_get_company_id (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), 0);
  return self->company_id;
}

SbEnterprise *
sb_session_get_enterprise (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->enterprise;
}

SbDate
sb_session_get_at (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), SB_DATE_UNSET);
  return self->at;
}

const SbEvaluation *
sb_session_get_evaluation (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->evaluation;
}

const char *
sb_session_get_error (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->error;
}

SbPolicy *
sb_session_get_policy (SbSession *self, const char *program)
{
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  gpointer claim = NULL;

  g_return_val_if_fail (SB_IS_SESSION (self), NULL);

  if (g_strcmp0 (program, "tase") == 0)
    claim = sb_enterprise_get_tase (self->enterprise);
  else if (g_strcmp0 (program, "annual_report") == 0)
    claim = sb_enterprise_get_annual_report (self->enterprise);
  else if (g_strcmp0 (program, "hnte") == 0)
    claim = sb_enterprise_get_hnte (self->enterprise);
  else if (g_strcmp0 (program, "trade_fund") == 0)
    claim = sb_enterprise_get_trade_fund (self->enterprise);
  if (claim == NULL)
    return NULL;
  g_object_get (claim, "profile", &id, NULL);
  if (id == NULL)
    return NULL;
  return sb_policy_set_lookup (self->policies, id, &error);
}

gboolean
sb_session_flush (SbSession *self, GError **error)
{
  g_return_val_if_fail (SB_IS_SESSION (self), FALSE);

  if (self->save_source == 0)
    return TRUE;
  return save_now (self, error);
}

gboolean
sb_session_is_dirty (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), FALSE);
  return self->save_source != 0;
}
