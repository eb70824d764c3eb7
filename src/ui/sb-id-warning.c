/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-id-warning.c: the check-digit warning under a code field. */
#include "config.h"

#include "sb-id-warning.h"
#include "sb-idcheck.h"

typedef struct
{
  GWeakRef        object;
  char           *property;
  char           *what;
  SbIdWarningKind kind;
  gulong          handler;
} Watch;

static void
watch_free (Watch *w)
{
  g_autoptr(GObject) object = g_weak_ref_get (&w->object);

  if (object != NULL && w->handler != 0)
    g_signal_handler_disconnect (object, w->handler);
  g_weak_ref_clear (&w->object);
  g_free (w->property);
  g_free (w->what);
  g_free (w);
}

static void
update (GtkWidget *label)
{
  Watch *w = g_object_get_data (G_OBJECT (label), "sb-id-warning");
  g_autoptr(GObject) object = g_weak_ref_get (&w->object);
  g_autofree char *code = NULL;
  g_autofree char *problem = NULL;

  if (object != NULL)
    g_object_get (object, w->property, &code, NULL);
  problem = w->kind == SB_ID_WARNING_CREDIT_CODE ? sb_credit_code_problem (code, w->what)
                                                 : sb_resident_id_problem (code, w->what);
  gtk_label_set_text (GTK_LABEL (label), problem != NULL ? problem : "");
  gtk_widget_set_visible (label, problem != NULL);
}

GtkWidget *
sb_id_warning_new (GObject *object, const char *property, SbIdWarningKind kind,
                   const char *what)
{
  GtkWidget *label = gtk_label_new (NULL);
  Watch *w = g_new0 (Watch, 1);
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_weak_ref_init (&w->object, object);
  w->property = g_strdup (property);
  w->what = g_strdup (what);
  w->kind = kind;
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_name (label, "id-warning");
  g_object_set_data_full (G_OBJECT (label), "sb-id-warning", w, (GDestroyNotify) watch_free);
  /* disconnected when the label goes (watch_free); gone with @object */
  w->handler = g_signal_connect_swapped (object, signal, G_CALLBACK (update), label);
  update (label);
  return label;
}
