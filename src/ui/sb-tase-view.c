/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tase-view.c: the TASE application page: claim, materials, statement, live checks. (being written) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-tase-view.h"

struct _SbTaseView
{
  AdwBin     parent_instance;
  SbSession *session;
};

G_DEFINE_FINAL_TYPE (SbTaseView, sb_tase_view, ADW_TYPE_BIN)

static void
sb_tase_view_dispose (GObject *object)
{
  SbTaseView *self = SB_TASE_VIEW (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_tase_view_parent_class)->dispose (object);
}

static void
sb_tase_view_class_init (SbTaseViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_tase_view_dispose;
}

static void
sb_tase_view_init (SbTaseView *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("SbTaseView"));
}

GtkWidget *
sb_tase_view_new (void)
{
  return g_object_new (SB_TYPE_TASE_VIEW, NULL);
}

void
sb_tase_view_set_session (SbTaseView *self, SbSession *session)
{
  g_set_object (&self->session, session);
}
