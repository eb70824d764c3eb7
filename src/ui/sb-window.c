/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-window.c: the main window: the sidebar, the portfolio, the open company. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-annual-view.h"
#include "sb-company-view.h"
#include "sb-enterprise-recognitions.h"
#include "sb-hnte-view.h"
#include "sb-tase-view.h"
#include "sb-tradefund-view.h"
#include "sb-window-private.h"
#include "sb-text.h"

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, ADW_TYPE_APPLICATION_WINDOW)

void
sb_window_toast (SbWindow *self, const char *message)
{
  AdwToast *toast = sb_toast_new_text (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
on_save_failed (SbWindow *self, const char *message)
{
  g_autofree char *text = g_strdup_printf (_("Not saved: %s"), message);

  sb_window_toast (self, text);
}

/* ---- the list of companies ------------------------------------------- */

SbCompanyItem *
sb_window_find_item (SbWindow *self, gint64 id, guint *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->companies));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbCompanyItem) item = g_list_model_get_item (G_LIST_MODEL (self->companies), i);

      if (sb_company_item_get_id (item) == id)
        {
          if (position != NULL)
            *position = i;
          return item;   /* the store holds a reference */
        }
    }
  return NULL;
}

/* Tells "short" from "missing data" and finds the deadlines: the store's
 * verdicts say eligible or not only, and they are fresh (the store computes
 * again only what changed).  So only a program the store calls "not
 * eligible" is evaluated again, with each company's duties (issue 11): in a
 * worker thread on a read-only connection of its own, on copies of the
 * items; the list's items take the results in batches on the main loop.
 * The open company is the session's. */

#define REFINE_BATCH 64
#define REFINE_KEY "sb-refine"   /* the running job, window data (tests wait on it) */

typedef struct
{
  GWeakRef      window;
  GCancellable *cancellable;
  char         *db_path;
  SbPolicySet  *policies;   /* the application's; not used after the job is done */
  SbDate        today;
  GPtrArray    *items;      /* SbCompanyItem*, the list's: main thread only */
  GPtrArray    *copies;     /* SbCompanyItem*, the worker's; NULL: not read */
  GMutex        lock;
  GCond         cond;
  gboolean      done;       /* the worker left */
} RefineJob;

typedef struct
{
  RefineJob *job;           /* a reference */
  guint      from, to;
  gboolean   last;
} RefineBatch;

static void
refine_job_clear (RefineJob *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->cancellable);
  g_free (job->db_path);
  g_ptr_array_unref (job->items);
  g_ptr_array_unref (job->copies);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
}

static void
refine_job_unref (RefineJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) refine_job_clear);
}

/* The window's reference: the worker is stopped and waited for (it uses the
 * application's policies). */
static void
refine_job_stop (RefineJob *job)
{
  g_cancellable_cancel (job->cancellable);
  g_mutex_lock (&job->lock);
  while (!job->done)
    g_cond_wait (&job->cond, &job->lock);
  g_mutex_unlock (&job->lock);
  refine_job_unref (job);
}

static void
refine_batch_free (RefineBatch *batch)
{
  refine_job_unref (batch->job);
  g_free (batch);
}

static gboolean
refine_apply (gpointer data)
{
  RefineBatch *batch = data;
  RefineJob *job = batch->job;
  g_autoptr(SbWindow) self = NULL;
  gint64 open_id;

  if (g_cancellable_is_cancelled (job->cancellable)
      || (self = g_weak_ref_get (&job->window)) == NULL)
    return G_SOURCE_REMOVE;
  open_id = self->session != NULL ? sb_session_get_company_id (self->session) : 0;
  for (guint i = batch->from; i < batch->to; i++)
    {
      SbCompanyItem *item = g_ptr_array_index (job->items, i);
      SbCompanyItem *copy = g_ptr_array_index (job->copies, i);

      if (copy != NULL && sb_company_item_get_id (item) != open_id)
        sb_company_item_take_verdicts (item, copy);
    }
  if (batch->last)
    {
      g_object_set_data (G_OBJECT (self), REFINE_KEY, NULL);
      sb_portfolio_view_resort (self->portfolio);
      sb_window_remind (self);   /* the day's reminder of the duties due soon */
    }
  return G_SOURCE_REMOVE;
}

/* Hands [@from, @to) to the main loop; @last passes the worker's reference. */
static void
refine_post (RefineJob *job, guint from, guint to, gboolean last)
{
  RefineBatch *batch = g_new0 (RefineBatch, 1);

  batch->job = last ? job : g_atomic_rc_box_acquire (job);
  batch->from = from;
  batch->to = to;
  batch->last = last;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refine_apply, batch,
                   (GDestroyNotify) refine_batch_free);
}

static void
refine_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  RefineJob *job = data;
  g_autoptr(SbStore) store = sb_store_open_full (job->db_path,
                                                 SB_STORE_OPEN_EXISTING
                                                 | SB_STORE_OPEN_READ_ONLY, NULL);
  guint from = 0, i = 0;

  for (; store != NULL && i < job->copies->len; i++)
    {
      SbCompanyItem *copy = g_ptr_array_index (job->copies, i);
      g_autoptr(SbDossier) dossier = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      dossier = sb_store_load_dossier (store, sb_company_item_get_id (copy), NULL);
      if (dossier != NULL)
        sb_company_item_refine_from_dossier (copy, dossier, job->policies, job->today);
      else
        {
          /* not read (being written?): the item keeps the store's verdicts */
          job->copies->pdata[i] = NULL;
          g_object_unref (copy);
        }
      if (i + 1 - from >= REFINE_BATCH)
        {
          refine_post (job, from, i + 1, FALSE);
          from = i + 1;
        }
    }
  g_clear_object (&store);
  refine_post (job, from, i, TRUE);
  g_mutex_lock (&job->lock);
  job->done = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->lock);
  g_task_return_boolean (task, TRUE);
}

static void
refine_start (SbWindow *self)
{
  SbStore *store = sb_application_get_store (self->app);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->companies));
  RefineJob *job;
  g_autoptr(GTask) task = NULL;

  if (store == NULL || n == 0)
    {
      g_object_set_data (G_OBJECT (self), REFINE_KEY, NULL);
      sb_window_remind (self);
      return;
    }
  job = g_atomic_rc_box_new0 (RefineJob);
  g_weak_ref_init (&job->window, self);
  job->cancellable = g_cancellable_new ();
  job->db_path = g_strdup (sb_store_get_path (store));
  job->policies = sb_application_get_policies (self->app);
  job->today = self->today;
  job->items = g_ptr_array_new_full (n, g_object_unref);
  job->copies = g_ptr_array_new_full (n, g_object_unref);
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);
  for (guint i = 0; i < n; i++)
    {
      SbCompanyItem *item = g_list_model_get_item (G_LIST_MODEL (self->companies), i);

      g_ptr_array_add (job->items, item);
      g_ptr_array_add (job->copies, sb_company_item_clone (item));
    }
  /* the window's reference, and the worker's (passed to its last batch) */
  g_object_set_data_full (G_OBJECT (self), REFINE_KEY, job, (GDestroyNotify) refine_job_stop);
  g_atomic_rc_box_acquire (job);
  task = g_task_new (NULL, job->cancellable, NULL, NULL);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, refine_thread);
}

static gboolean
refine_idle (gpointer data)
{
  SbWindow *self = data;

  self->refine_source = 0;
  refine_start (self);
  return G_SOURCE_REMOVE;
}

/* A tick comes before the frame is drawn: the work starts once it is. */
static gboolean
refine_after_frame (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  SbWindow *self = SB_WINDOW (widget);

  self->refine_source = g_idle_add_full (G_PRIORITY_LOW, refine_idle, self, NULL);
  self->refine_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
start_refine (SbWindow *self)
{
  /* a job on the list before is stopped: its items are gone */
  g_object_set_data (G_OBJECT (self), REFINE_KEY, NULL);
  /* pending until the worker's results are in */
  g_object_set_data (G_OBJECT (self), REFINE_KEY, (gpointer) "pending");
  /* after a frame: the first one is not kept waiting (issue 11) */
  if (self->refine_source == 0 && self->refine_tick == 0)
    self->refine_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), refine_after_frame,
                                                      NULL, NULL);
}

void
sb_window_reload (SbWindow *self)
{
  SbStore *store = sb_application_get_store (self->app);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SB_IS_WINDOW (self));

  if (store == NULL)
    return;
  self->today = sb_date_today ();
  /* the first time, the list made while GTK started */
  list = sb_application_take_first_list (self->app, self->today);
  if (list == NULL)
    list = sb_store_list_verdicts (store, sb_application_get_policies (self->app), self->today,
                                   &error);
  if (list == NULL)
    {
      sb_window_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (items, sb_company_item_new_from_store (g_ptr_array_index (list, i)));
  g_list_store_splice (self->companies, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->companies)),
                       items->pdata, items->len);
  if (self->session != NULL)
    sb_company_list_select (self->company_list, sb_session_get_company_id (self->session));
  else
    sb_company_list_select (self->company_list, 0);
  start_refine (self);
}

void
sb_window_add_company (SbWindow *self, gint64 id, const SbDossier *d)
{
  g_autoptr(SbCompanyItem) item = sb_company_item_new (id);

  sb_company_item_update_from_dossier (item, d, sb_application_get_policies (self->app),
                                       self->today);
  g_list_store_append (self->companies, item);
}

void
sb_window_remove_company (SbWindow *self, gint64 id)
{
  guint position;

  if (sb_window_find_item (self, id, &position) != NULL)
    g_list_store_remove (self->companies, position);
}

GListModel *
sb_window_get_companies (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->companies);
}

/* ---- the open company -------------------------------------------------- */

static gboolean
reveal_switcher_bar (gpointer data)
{
  SbWindow *self = data;

  self->reveal_source = 0;
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    self->session != NULL
                                    && adw_view_switcher_title_get_title_visible (self->switcher_title));
  return G_SOURCE_REMOVE;
}

/* The bar of page buttons at the bottom when the header has no room for
 * them.  The title tells while it is being allocated: the bar is shown or
 * hidden right after, not during that allocation. */
static void
update_switcher_bar (SbWindow *self)
{
  if (self->reveal_source == 0)
    self->reveal_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reveal_switcher_bar, self, NULL);
}

static void
update_title (SbWindow *self)
{
  if (self->session == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->companies));
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u company",
                                                             "%u companies", n), n);

      adw_view_switcher_title_set_title (self->switcher_title, _("All Companies"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, count);
    }
  else
    {
      SbEnterprise *enterprise = sb_session_get_enterprise (self->session);
      g_autofree char *name = NULL;
      g_autofree char *code = NULL;

      g_object_get (enterprise, "name", &name, "credit-code", &code, NULL);
      adw_view_switcher_title_set_title (self->switcher_title,
                                         name != NULL && *name != '\0' ? name : _("(no name)"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, code != NULL ? code : "");
    }
}

/* The profile id of @program's claim, or NULL. */
static const char *
claim_profile (SbSession *session, const char *program)
{
  SbPolicy *policy = sb_session_get_policy (session, program);

  return policy != NULL ? sb_policy_get_id (policy) : NULL;
}

/* The open company's row follows its live evaluation. */
static void
on_evaluated (SbWindow *self, SbSession *session)
{
  SbEnterprise *enterprise = sb_session_get_enterprise (session);
  SbCompanyItem *item = sb_window_find_item (self, sb_session_get_company_id (session), NULL);
  gboolean claimed[SB_N_PROGRAMS] = {
    sb_enterprise_get_tase (enterprise) != NULL,
    sb_enterprise_get_annual_report (enterprise) != NULL,
    sb_enterprise_get_trade_fund (enterprise) != NULL,
    sb_enterprise_get_hnte (enterprise) != NULL,
  };
  const char *profiles[SB_N_PROGRAMS] = {
    claim_profile (session, "tase"),
    claim_profile (session, "annual_report"),
    claim_profile (session, "trade_fund"),
    NULL,
  };

  if (item == NULL)
    return;
  g_object_freeze_notify (G_OBJECT (item));
  sb_company_item_update_from_evaluation (item, claimed, sb_session_get_evaluation (session),
                                          sb_session_get_error (session));
  (void) profiles;
  {
    /* the open company's next duty, from what is typed (recognitions too) */
    g_autoptr(SbDossier) d = sb_enterprise_duties_dossier (enterprise);

    sb_company_item_update_duties (item, d, sb_session_get_policies (session),
                                   sb_session_get_at (session));
  }
  g_object_thaw_notify (G_OBJECT (item));
}

static void
on_enterprise_notify (SbWindow *self, GParamSpec *pspec, SbEnterprise *enterprise)
{
  SbCompanyItem *item = sb_window_find_item (self, sb_session_get_company_id (self->session),
                                             NULL);
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;

  g_object_get (enterprise, "name", &name, "credit-code", &code, NULL);
  if (item != NULL)
    {
      sb_company_item_set_name (item, name);
      sb_company_item_set_credit_code (item, code);
    }
  update_title (self);
}

const char * const sb_window_view_names[SB_WINDOW_N_VIEWS] = {
  "company", "tase", "annual", "tradefund", "hnte",
};

static void
view_set_session (SbWindow *self, SbWindowView view, SbSession *session)
{
  GtkWidget *widget = self->views[view];

  if (widget == NULL)
    return;
  switch (view)
    {
    case SB_WINDOW_VIEW_COMPANY:
      sb_company_view_set_session (SB_COMPANY_VIEW (widget), session);
      break;
    case SB_WINDOW_VIEW_TASE:
      sb_tase_view_set_session (SB_TASE_VIEW (widget), session);
      break;
    case SB_WINDOW_VIEW_ANNUAL:
      sb_annual_view_set_session (SB_ANNUAL_VIEW (widget), session);
      break;
    case SB_WINDOW_VIEW_TRADEFUND:
      sb_tradefund_view_set_session (SB_TRADEFUND_VIEW (widget), session);
      break;
    case SB_WINDOW_VIEW_HNTE:
    case SB_WINDOW_N_VIEWS:
    default:
      sb_hnte_view_set_session (SB_HNTE_VIEW (widget), session);
      break;
    }
}

/* Makes the page @view (once) and shows the open company in it. */
static void
ensure_view (SbWindow *self, SbWindowView view)
{
  GtkWidget *child;

  if (self->views[view] != NULL)
    return;
  switch (view)
    {
    case SB_WINDOW_VIEW_COMPANY:
      self->views[view] = sb_company_view_new ();
      /* the Company page is one long form */
      child = gtk_scrolled_window_new ();
      /* never sideways: the page fits its width (issue 11) */
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (child), self->views[view]);
      break;
    case SB_WINDOW_VIEW_TASE:
      self->views[view] = sb_tase_view_new ();
      break;
    case SB_WINDOW_VIEW_ANNUAL:
      self->views[view] = sb_annual_view_new ();
      break;
    case SB_WINDOW_VIEW_TRADEFUND:
      self->views[view] = sb_tradefund_view_new ();
      break;
    case SB_WINDOW_VIEW_HNTE:
    case SB_WINDOW_N_VIEWS:
    default:
      self->views[view] = sb_hnte_view_new ();
      break;
    }
  if (view != SB_WINDOW_VIEW_COMPANY)
    {
      /* a program page scrolls its form and its results itself, side by
       * side or the results under the form (sb_program_page_columns); a
       * page wider than the window (the trade fund's) is scrolled sideways
       * rather than clipped */
      child = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_AUTOMATIC,
                                      GTK_POLICY_NEVER);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (child), self->views[view]);
    }
  adw_bin_set_child (self->pages[view], child);
  view_set_session (self, view, self->session);
}

static SbWindowView
visible_view (SbWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    if (g_strcmp0 (name, sb_window_view_names[i]) == 0)
      return i;
  return SB_WINDOW_VIEW_COMPANY;
}

/* The pages not shown yet, made after the window has drawn. */
static gboolean
make_views_idle (gpointer data)
{
  SbWindow *self = data;

  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    if (self->views[i] == NULL)
      {
        ensure_view (self, i);
        return G_SOURCE_CONTINUE;
      }
  self->views_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_page_changed (SbWindow *self)
{
  if (self->session != NULL)
    ensure_view (self, visible_view (self));
}

static void
set_views (SbWindow *self, SbSession *session)
{
  /* the page buttons, made with the first company opened */
  if (session != NULL && adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    {
      adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
    }
  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    view_set_session (self, i, session);
  if (session != NULL)
    {
      ensure_view (self, visible_view (self));
      if (self->views_source == 0)
        self->views_source = g_idle_add_full (G_PRIORITY_LOW, make_views_idle, self, NULL);
    }
}

static void
close_session (SbWindow *self)
{
  if (self->session == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->session, self);
  g_signal_handlers_disconnect_by_data (sb_session_get_enterprise (self->session), self);
  g_clear_object (&self->session);
}

gboolean
sb_window_open_company (SbWindow *self, gint64 company_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;
  GSettings *settings;
  SbStore *store;

  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);

  store = sb_application_get_store (self->app);
  if (store == NULL)
    return FALSE;
  if (self->session != NULL)
    {
      if (!sb_session_flush (self->session, &error))
        {
          on_save_failed (self, error->message);
          return FALSE;
        }
      if (sb_session_get_company_id (self->session) == company_id)
        goto shown;
    }
  if (company_id > 0)
    {
      session = sb_session_new (store, sb_application_get_policies (self->app), company_id,
                                &error);
      if (session == NULL)
        {
          sb_window_toast (self, error->message);
          return FALSE;
        }
    }
  set_views (self, NULL);
  close_session (self);
  if (session != NULL)
    {
      self->session = g_object_ref (session);
      g_signal_connect_swapped (session, "save-failed", G_CALLBACK (on_save_failed), self);
      g_signal_connect_swapped (session, "evaluated", G_CALLBACK (on_evaluated), self);
      g_signal_connect_swapped (sb_session_get_enterprise (session), "notify::name",
                                G_CALLBACK (on_enterprise_notify), self);
      g_signal_connect_swapped (sb_session_get_enterprise (session), "notify::credit-code",
                                G_CALLBACK (on_enterprise_notify), self);
      on_evaluated (self, session);
    }
  set_views (self, session);
  settings = sb_application_get_settings (self->app);
  if (settings != NULL)
    g_settings_set_int64 (settings, "last-company", company_id);

shown:
  gtk_stack_set_visible_child_name (self->content_stack, company_id > 0 ? "company"
                                                                         : "portfolio");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, company_id > 0);
  gtk_widget_set_visible (self->company_button, company_id > 0);
  gtk_widget_set_visible (self->tables_button, company_id > 0);
  if (company_id == 0)
    sb_portfolio_view_resort (self->portfolio);
  sb_company_list_select (self->company_list, company_id);
  update_title (self);
  update_switcher_bar (self);
  sb_window_actions_update (self);
  return TRUE;
}

SbSession *
sb_window_get_session (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return self->session;
}

const char *
sb_window_get_page (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);

  if (self->session == NULL)
    return "portfolio";
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

static void
on_company_activated (SbWindow *self, gint64 id)
{
  sb_window_open_company (self, id);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* ---- the window ------------------------------------------------------- */

static void
on_break_lock (GtkButton *button, SbWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sb_application_break_lock (self->app, &error))
    {
      sb_window_show_fatal (self, error->message);
      return;
    }
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  sb_window_reload (self);
  sb_window_actions_update (self);
}

/* The way out of a lock left by Shenbao on another computer: a warning and
 * the button that takes the lock over; hidden for any other problem. */
static GtkWidget *
break_lock_box (SbWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *warning = gtk_label_new (_("Only if Shenbao is no longer running on that computer "
                                        "(it was closed, crashed, or the computer was renamed): "
                                        "if it still is, the edits made there and here will "
                                        "overwrite each other."));
  GtkWidget *button = gtk_button_new_with_label (_("Open on This Computer (Shenbao on the "
                                                   "Other Computer No Longer Uses This File)"));

  gtk_label_set_wrap (GTK_LABEL (warning), TRUE);
  gtk_label_set_justify (GTK_LABEL (warning), GTK_JUSTIFY_CENTER);
  gtk_label_set_use_markup (GTK_LABEL (warning), FALSE);
  gtk_widget_add_css_class (warning, "warning");
  gtk_widget_set_name (button, "break-lock");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect (button, "clicked", G_CALLBACK (on_break_lock), self);
  gtk_box_append (GTK_BOX (box), warning);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

void
sb_window_show_fatal (SbWindow *self, const char *message)
{
  GtkWidget *box, *header, *status;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  g_return_if_fail (SB_IS_WINDOW (self));

  text = g_strdup_printf (_("%s\n\nFile: %s\n\nNothing was changed in it. Start Shenbao "
                            "with --db PATH to open or create another database."),
                          message, sb_application_get_db_path (self->app));
  /* the description is markup: the path and the message are text */
  markup = g_markup_escape_text (text, -1);
  if (self->fatal_page == NULL)
    {
      /* made here, not in the template: most starts never need it */
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      header = adw_header_bar_new ();
      gtk_widget_add_css_class (header, "flat");
      status = adw_status_page_new ();
      gtk_widget_set_name (status, "database-error");
      gtk_widget_set_vexpand (status, TRUE);
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "sb-database-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Database Cannot Be Opened"));
      adw_status_page_set_child (ADW_STATUS_PAGE (status), break_lock_box (self));
      gtk_box_append (GTK_BOX (box), header);
      gtk_box_append (GTK_BOX (box), status);
      gtk_stack_add_named (self->main_stack, box, "fatal");
      self->fatal_page = ADW_STATUS_PAGE (status);
    }
  gtk_widget_set_visible (adw_status_page_get_child (self->fatal_page),
                          sb_application_can_break_lock (self->app));
  adw_status_page_set_description (self->fatal_page, markup);
  gtk_stack_set_visible_child_name (self->main_stack, "fatal");
  sb_window_actions_update (self);
}

static gboolean
sb_window_close_request (GtkWindow *window)
{
  SbWindow *self = SB_WINDOW (window);
  GSettings *settings = sb_application_get_settings (self->app);
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && !sb_session_flush (self->session, &error))
    g_warning ("%s", error->message);
  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (settings);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_apply (settings);
    }
  return GTK_WINDOW_CLASS (sb_window_parent_class)->close_request (window);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  if (self->refine_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->refine_tick);
  self->refine_tick = 0;
  g_clear_handle_id (&self->refine_source, g_source_remove);
  g_object_set_data (G_OBJECT (self), REFINE_KEY, NULL);   /* stops the worker */
  g_clear_handle_id (&self->views_source, g_source_remove);
  g_clear_handle_id (&self->reveal_source, g_source_remove);
  g_clear_handle_id (&self->help_source, g_source_remove);
  for (guint i = 0; i < SB_WINDOW_N_VIEWS; i++)
    view_set_session (self, i, NULL);
  close_session (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_finalize (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);

  g_clear_object (&self->companies);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  G_OBJECT_CLASS (sb_window_parent_class)->finalize (object);
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_window_dispose;
  object_class->finalize = sb_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = sb_window_close_request;

  g_type_ensure (SB_TYPE_COMPANY_LIST);
  g_type_ensure (SB_TYPE_PORTFOLIO_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/shenbao/Shenbao/ui/sb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, company_list);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, primary_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, company_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, company_menu);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, tables_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, portfolio);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, view_stack);
  gtk_widget_class_bind_template_child_full (widget_class, "company_page", FALSE,
                                             G_STRUCT_OFFSET (SbWindow, pages[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "tase_page", FALSE,
                                             G_STRUCT_OFFSET (SbWindow, pages[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "annual_page", FALSE,
                                             G_STRUCT_OFFSET (SbWindow, pages[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "tradefund_page", FALSE,
                                             G_STRUCT_OFFSET (SbWindow, pages[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "hnte_page", FALSE,
                                             G_STRUCT_OFFSET (SbWindow, pages[4]));
  gtk_widget_class_bind_template_callback (widget_class, on_company_activated);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  sb_window_actions_init_class (widget_class);
  sb_window_agenda_init_class (widget_class);
}

/* The menus are made when first opened: the window draws sooner. */
static void
create_menu (GtkMenuButton *button, gpointer data)
{
  gtk_menu_button_set_menu_model (button, data);
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

static void
sb_window_init (SbWindow *self)
{
  self->companies = g_list_store_new (SB_TYPE_COMPANY_ITEM);
  self->deleted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sb_dossier_free);
  self->today = sb_date_today ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->primary_button), create_menu,
                                         self->primary_menu, NULL);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->company_button), create_menu,
                                         self->company_menu, NULL);
  sb_company_list_set_model (self->company_list, G_LIST_MODEL (self->companies));
  /* Ctrl+F filters the portfolio as it filters the sidebar: one filter model */
  sb_portfolio_view_set_model (self->portfolio,
                               sb_company_list_get_filtered (self->company_list));
  g_signal_connect_object (self->companies, "items-changed", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
}

static gboolean
help_overlay_idle (gpointer data)
{
  SbWindow *self = data;

  self->help_source = 0;
  sb_window_ensure_help_overlay (self);
  return G_SOURCE_REMOVE;
}

static void
restore_size (SbWindow *self, GSettings *settings)
{
  int width = g_settings_get_int (settings, "window-width");
  int height = g_settings_get_int (settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

SbWindow *
sb_window_new (SbApplication *app)
{
  SbWindow *self = g_object_new (SB_TYPE_WINDOW, "application", app, NULL);
  GSettings *settings = sb_application_get_settings (app);
  gint64 last = 0;

  self->app = app;
  if (settings != NULL)
    {
      restore_size (self, settings);
      last = g_settings_get_int64 (settings, "last-company");
    }
  sb_window_reload (self);
  if (last > 0 && sb_window_find_item (self, last, NULL) == NULL)
    last = 0;
  sb_window_open_company (self, last);
  self->help_source = g_idle_add_full (G_PRIORITY_LOW, help_overlay_idle, self, NULL);
  return self;
}
