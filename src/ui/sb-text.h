/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-text.h: text is text.  Toasts and status pages take Pango markup; a
 * company's name, a contract number, a file path or an error message shown
 * in them goes through these, escaped ("A&B" is shown as A&B, not dropped). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast showing @text as written. */
AdwToast *sb_toast_new_text                    (const char *text);
/* The status page's description showing @text as written. */
void      sb_status_page_set_description_text  (AdwStatusPage *page, const char *text);

G_END_DECLS
