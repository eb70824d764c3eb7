/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sb-model-object.h"

#include "sb-model-private.h"

typedef struct
{
  SbModelObject *owner;   /* unowned: the watch lives as long as it */
  GListModel    *list;
  gulong         handler;
  GPtrArray     *items;   /* the list's items (refs), to disconnect removed ones */
} Watch;

typedef struct
{
  JsonObject *extra;
  GPtrArray  *watches;    /* Watch* */
} SbModelObjectPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SbModelObject, sb_model_object, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
child_changed_cb (SbModelObject *child,
                  SbModelObject *owner)
{
  g_signal_emit (owner, signals[CHANGED], 0);
}

static void
watch_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        Watch      *watch)
{
  for (guint i = 0; i < removed; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (watch->items, position + i),
                                          child_changed_cb, watch->owner);
  if (removed > 0)
    g_ptr_array_remove_range (watch->items, position, removed);
  for (guint i = 0; i < added; i++)
    {
      gpointer item = g_list_model_get_item (list, position + i);

      g_signal_connect (item, "changed", G_CALLBACK (child_changed_cb), watch->owner);
      g_ptr_array_insert (watch->items, (gint) (position + i), item);
    }
  g_signal_emit (watch->owner, signals[CHANGED], 0);
}

static void
watch_free (Watch *watch)
{
  g_clear_signal_handler (&watch->handler, watch->list);
  for (guint i = 0; i < watch->items->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (watch->items, i),
                                          child_changed_cb, watch->owner);
  g_ptr_array_unref (watch->items);
  g_object_unref (watch->list);
  g_free (watch);
}

static void
sb_model_object_dispatch_properties_changed (GObject     *object,
                                             guint        n_pspecs,
                                             GParamSpec **pspecs)
{
  /* "changed" first: the caches below the handlers are dropped before any
   * notify handler can read through them */
  g_signal_emit (object, signals[CHANGED], 0);
  G_OBJECT_CLASS (sb_model_object_parent_class)->dispatch_properties_changed (object, n_pspecs,
                                                                             pspecs);
}

static void
sb_model_object_dispose (GObject *object)
{
  SbModelObjectPrivate *priv = sb_model_object_get_instance_private (SB_MODEL_OBJECT (object));

  g_clear_pointer (&priv->watches, g_ptr_array_unref);
  G_OBJECT_CLASS (sb_model_object_parent_class)->dispose (object);
}

static void
sb_model_object_finalize (GObject *object)
{
  SbModelObjectPrivate *priv = sb_model_object_get_instance_private (SB_MODEL_OBJECT (object));

  g_clear_pointer (&priv->extra, json_object_unref);
  G_OBJECT_CLASS (sb_model_object_parent_class)->finalize (object);
}

static void
sb_model_object_class_init (SbModelObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispatch_properties_changed = sb_model_object_dispatch_properties_changed;
  object_class->dispose = sb_model_object_dispose;
  object_class->finalize = sb_model_object_finalize;

  /**
   * SbModelObject::changed:
   *
   * Emitted when any property of the object, or of an object below it,
   * changed (before the notify signals), and when a list below it gained or
   * lost items.  The class handler runs first.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_FIRST,
                                   G_STRUCT_OFFSET (SbModelObjectClass, changed),
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sb_model_object_init (SbModelObject *self)
{
}

void
sb_model_object_watch_list (SbModelObject *self,
                            GListModel    *list)
{
  SbModelObjectPrivate *priv = sb_model_object_get_instance_private (self);
  Watch *watch = g_new0 (Watch, 1);
  guint n = g_list_model_get_n_items (list);

  watch->owner = self;
  watch->list = g_object_ref (list);
  watch->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (list, i);

      g_signal_connect (item, "changed", G_CALLBACK (child_changed_cb), self);
      g_ptr_array_add (watch->items, item);
    }
  watch->handler = g_signal_connect (list, "items-changed",
                                     G_CALLBACK (watch_items_changed_cb), watch);
  if (priv->watches == NULL)
    priv->watches = g_ptr_array_new_with_free_func ((GDestroyNotify) watch_free);
  g_ptr_array_add (priv->watches, watch);
}

void
sb_model_object_watch_child (SbModelObject *self,
                             gpointer       old_child,
                             gpointer       new_child)
{
  if (old_child != NULL)
    g_signal_handlers_disconnect_by_func (old_child, child_changed_cb, self);
  if (new_child != NULL)
    g_signal_connect (new_child, "changed", G_CALLBACK (child_changed_cb), self);
}

JsonObject *
sb_model_object_get_extra (SbModelObject *self)
{
  SbModelObjectPrivate *priv = sb_model_object_get_instance_private (self);

  return priv->extra;
}

void
sb_model_object_set_extra (SbModelObject *self,
                           JsonObject    *extra)
{
  SbModelObjectPrivate *priv = sb_model_object_get_instance_private (self);

  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = sb_model_json_object_copy (extra);
}
