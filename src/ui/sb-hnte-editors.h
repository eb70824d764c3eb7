/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-hnte-editors.h: the two list editors of the HNTE page: the IP items of
 * the application and the R&D ledger of each fiscal year by category. */
#pragma once

#include <adwaita.h>

#include "sb-enterprise.h"
#include "sb-hnte.h"

G_BEGIN_DECLS

/* A group listing @claim's IP items (rows "ip-item:<n>" with the name,
 * number, class, date and "used before"), with an add button
 * ("add-ip-item") and a remove button in each row. */
GtkWidget *sb_ip_items_group_new       (void);
void       sb_ip_items_group_bind      (GtkWidget *group, SbHnteApplication *claim);
/* The counts by class in the group's description. */
void       sb_ip_items_group_update    (GtkWidget *group);

/* A group with one expander per fiscal year ("rd-ledger:2024") holding the
 * "has-rd-ledger" switch and the eight categories ("2024:rd-personnel", …). */
GtkWidget *sb_rd_ledger_group_new      (void);
void       sb_rd_ledger_group_bind     (GtkWidget *group, SbEnterprise *enterprise);
/* Each year's entered and counted R&D expense (@rules: NULL, entered only). */
void       sb_rd_ledger_group_update   (GtkWidget *group, const SbHnteRules *rules);

G_END_DECLS
