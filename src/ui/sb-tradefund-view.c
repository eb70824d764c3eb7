/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tradefund-view.c: the trade-fund page: five directions, their lines, subsidies and caps. (being written) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-tradefund-view.h"

struct _SbTradefundView
{
  AdwBin     parent_instance;
  SbSession *session;
};

G_DEFINE_FINAL_TYPE (SbTradefundView, sb_tradefund_view, ADW_TYPE_BIN)

static void
sb_tradefund_view_dispose (GObject *object)
{
  SbTradefundView *self = SB_TRADEFUND_VIEW (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_tradefund_view_parent_class)->dispose (object);
}

static void
sb_tradefund_view_class_init (SbTradefundViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_tradefund_view_dispose;
}

static void
sb_tradefund_view_init (SbTradefundView *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("SbTradefundView"));
}

GtkWidget *
sb_tradefund_view_new (void)
{
  return g_object_new (SB_TYPE_TRADEFUND_VIEW, NULL);
}

void
sb_tradefund_view_set_session (SbTradefundView *self, SbSession *session)
{
  g_set_object (&self->session, session);
}
