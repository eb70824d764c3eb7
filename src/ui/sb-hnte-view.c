/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-view.c: the HNTE page: self-scores, IP items, R&D ledger, live checks. (being written) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-hnte-view.h"

struct _SbHnteView
{
  AdwBin     parent_instance;
  SbSession *session;
};

G_DEFINE_FINAL_TYPE (SbHnteView, sb_hnte_view, ADW_TYPE_BIN)

static void
sb_hnte_view_dispose (GObject *object)
{
  SbHnteView *self = SB_HNTE_VIEW (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_hnte_view_parent_class)->dispose (object);
}

static void
sb_hnte_view_class_init (SbHnteViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_hnte_view_dispose;
}

static void
sb_hnte_view_init (SbHnteView *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("SbHnteView"));
}

GtkWidget *
sb_hnte_view_new (void)
{
  return g_object_new (SB_TYPE_HNTE_VIEW, NULL);
}

void
sb_hnte_view_set_session (SbHnteView *self, SbSession *session)
{
  g_set_object (&self->session, session);
}
