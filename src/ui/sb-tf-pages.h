/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-tf-pages.h: the forms of the five trade-fund directions, and the rows they share.
 *
 * Every page edits the claim (the model) only; the session evaluates and
 * writes.  Field rows are named by their property ("receipts-usd",
 * "tcm-om-cost"), a platform project's by its kind first
 * ("construction:built-on", "om:firms-served"); line editors
 * "platform:<kind>:expenses", "certifications:lines", "interest:receipts". */
#pragma once

#include <adwaita.h>

#include "sb-field-row.h"
#include "sb-policy.h"
#include "sb-trade-fund-application.h"
#include "sb-tradefund.h"

G_BEGIN_DECLS

/* A preferences group whose title and description are plain text (NULL:
 * none), and a new description for it. */
GtkWidget *sb_tf_group_new        (const char *title, const char *description);
void       sb_tf_group_set_description (GtkWidget *group, const char *description);
/* A row with a switch bound to boolean @property of @object. */
GtkWidget *sb_tf_switch_row       (GObject *object, const char *property,
                                   const char *title, const char *subtitle);
/* A row with a switch for a yes/no answer (int property −1 absent, 0, 1);
 * its subtitle says when nothing is answered yet. */
GtkWidget *sb_tf_tri_row          (GObject *object, const char *property,
                                   const char *title, const char *subtitle);
/* An SbFieldRow bound to @property of @object, named @name (NULL: the
 * property's name). */
GtkWidget *sb_tf_field_row        (GObject *object, const char *property, const char *name,
                                   const char *title, SbFieldKind kind);
/* An SbFieldRow of money in US dollars (cents): the currency shown is US$. */
GtkWidget *sb_tf_usd_row          (GObject *object, const char *property, const char *title);
/* A group with a heading, a short description and the direction's switch. */
GtkWidget *sb_tf_direction_group  (SbTradeFundApplication *app, const char *has_property,
                                   const char *title, const char *description);

/* sb-tf-platform-page.c: the construction and O&M projects with their expenses. */
GtkWidget *sb_tf_platform_page_new (SbTradeFundApplication *app);

/* sb-tf-certs-page.c: the certification lines (附件5) and the choice of items. */
#define SB_TYPE_TF_CERTS_PAGE (sb_tf_certs_page_get_type ())
G_DECLARE_FINAL_TYPE (SbTfCertsPage, sb_tf_certs_page, SB, TF_CERTS_PAGE, GtkBox)

GtkWidget *sb_tf_certs_page_new    (SbTradeFundApplication *app, SbPolicy *policy);
/* Shows the items of @dir (NULL: none) so that the user may choose them. */
void       sb_tf_certs_page_update (SbTfCertsPage *self, const SbDirectionResult *dir);

/* sb-tf-forms.c: brand, interest subsidy (with 附件9's receipts), TCM base. */
GtkWidget *sb_tf_brand_page_new    (SbTradeFundApplication *app, SbPolicy *policy);
GtkWidget *sb_tf_interest_page_new (SbTradeFundApplication *app);
GtkWidget *sb_tf_tcm_page_new      (SbTradeFundApplication *app);

G_END_DECLS
