/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-form-pdf.c: a form's pages written as a PDF file (cairo), atomically and mode 0600. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include <cairo-pdf.h>

#include "sb-form-writers.h"
#include "sb-file-guard.h"

typedef struct
{
  int fd;
  int error;      /* errno of the first write that failed */
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->error != 0)
    return CAIRO_STATUS_WRITE_ERROR;
  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_error (GError **error, const char *path, const char *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, SB_FORM_ERROR, SB_FORM_ERROR_WRITE,
               _("Cannot write “%s”: %s"), name, reason);
  return FALSE;
}

/* Draws every page of @pages on a PDF surface writing to @sink. */
static cairo_status_t
render (SbFormPages *pages, Sink *sink)
{
  guint n = sb_form_pages_get_n_pages (pages);
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  sb_form_pages_get_page_size (pages, 0, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  sb_form_pages_get_title (pages));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Shenbao");
  cr = cairo_create (surface);
  for (guint p = 0; p < n; p++)
    {
      sb_form_pages_get_page_size (pages, p, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      sb_form_pages_draw (pages, p, cr);
      cairo_show_page (cr);
      if (cairo_status (cr) != CAIRO_STATUS_SUCCESS || sink->error != 0)
        break;
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
sb_form_pages_write_pdf (SbFormPages *pages, const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  Sink sink = { -1, 0 };
  cairo_status_t status;

  g_return_val_if_fail (pages != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sb_file_check_not_open (path, error))
    return FALSE;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    return write_error (error, path, g_strerror (errno));

  status = render (pages, &sink);
  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0 && status == CAIRO_STATUS_SUCCESS)
    sink.error = errno;
  if (sink.error == 0 && status == CAIRO_STATUS_SUCCESS && g_rename (tmp, path) != 0)
    sink.error = errno;
  if (sink.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return write_error (error, path, sink.error != 0 ? g_strerror (sink.error)
                                                       : cairo_status_to_string (status));
    }
  return TRUE;
}

gboolean
sb_form_write_pdf (const SbForm *form, const char *path, GError **error)
{
  g_autoptr(SbFormPages) pages = NULL;

  g_return_val_if_fail (form != NULL, FALSE);

  pages = sb_form_pages_new (form);
  return sb_form_pages_write_pdf (pages, path, error);
}
