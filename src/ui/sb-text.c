/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plain text into the widgets that read markup. */
#include "config.h"

#include "sb-text.h"

AdwToast *
sb_toast_new_text (const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  return adw_toast_new (markup);
}

void
sb_status_page_set_description_text (AdwStatusPage *page, const char *text)
{
  g_autofree char *markup = text != NULL ? g_markup_escape_text (text, -1) : NULL;

  adw_status_page_set_description (page, markup);
}
