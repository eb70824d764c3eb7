/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-annual-view.c: the TASE annual information report page with its live checks. (being written) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-annual-view.h"

struct _SbAnnualView
{
  AdwBin     parent_instance;
  SbSession *session;
};

G_DEFINE_FINAL_TYPE (SbAnnualView, sb_annual_view, ADW_TYPE_BIN)

static void
sb_annual_view_dispose (GObject *object)
{
  SbAnnualView *self = SB_ANNUAL_VIEW (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_annual_view_parent_class)->dispose (object);
}

static void
sb_annual_view_class_init (SbAnnualViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_annual_view_dispose;
}

static void
sb_annual_view_init (SbAnnualView *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("SbAnnualView"));
}

GtkWidget *
sb_annual_view_new (void)
{
  return g_object_new (SB_TYPE_ANNUAL_VIEW, NULL);
}

void
sb_annual_view_set_session (SbAnnualView *self, SbSession *session)
{
  g_set_object (&self->session, session);
}
