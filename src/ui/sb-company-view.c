/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-company-view.c: the Company page: profile, declarations, the years' figures, staff months and contracts. (being written) */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-company-view.h"

struct _SbCompanyView
{
  AdwBin     parent_instance;
  SbSession *session;
};

G_DEFINE_FINAL_TYPE (SbCompanyView, sb_company_view, ADW_TYPE_BIN)

static void
sb_company_view_dispose (GObject *object)
{
  SbCompanyView *self = SB_COMPANY_VIEW (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (sb_company_view_parent_class)->dispose (object);
}

static void
sb_company_view_class_init (SbCompanyViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_company_view_dispose;
}

static void
sb_company_view_init (SbCompanyView *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("SbCompanyView"));
}

GtkWidget *
sb_company_view_new (void)
{
  return g_object_new (SB_TYPE_COMPANY_VIEW, NULL);
}

void
sb_company_view_set_session (SbCompanyView *self, SbSession *session)
{
  g_set_object (&self->session, session);
}
