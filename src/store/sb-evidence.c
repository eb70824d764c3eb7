/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-evidence.c: evidence targets and roles, and what a file is (poppler
 * reads PDFs, GdkPixbuf JPEG and PNG images). */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <poppler.h>

#include "sb-evidence.h"

static gboolean
bad_target (GError **error, const char *text)
{
  g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID,
               _("“%s” names nothing a file can prove: write material:PROGRAM:N, "
                 "contract:YEAR:NO, expense:PLATFORM:N, certification:NAME, "
                 "receipt:VOUCHER-NO or firm:PLATFORM:N"), text);
  return FALSE;
}

static gboolean
parse_index (const char *text, int *out)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 100000, &v, NULL))
    return FALSE;
  *out = (int) v;
  return TRUE;
}

static gboolean
is_platform (const char *s)
{
  return g_strcmp0 (s, "construction") == 0 || g_strcmp0 (s, "om") == 0;
}

SbEvidenceTarget *
sb_evidence_target_parse (const char *text, GError **error)
{
  g_autoptr(SbEvidenceTarget) t = g_new0 (SbEvidenceTarget, 1);
  const char *colon;
  g_autofree char *head = NULL;
  const char *rest;

  if (text == NULL || (colon = strchr (text, ':')) == NULL || colon[1] == '\0')
    {
      bad_target (error, text != NULL ? text : "");
      return NULL;
    }
  head = g_strndup (text, colon - text);
  rest = colon + 1;
  if (strcmp (head, "certification") == 0 || strcmp (head, "receipt") == 0)
    {
      t->kind = head[0] == 'c' ? SB_EVIDENCE_CERTIFICATION : SB_EVIDENCE_RECEIPT;
      t->key = g_strdup (rest);
      return g_steal_pointer (&t);
    }
  if (strcmp (head, "material") == 0 || strcmp (head, "expense") == 0
      || strcmp (head, "firm") == 0 || strcmp (head, "contract") == 0)
    {
      const char *second = strchr (rest, ':');
      g_autofree char *scope = second != NULL ? g_strndup (rest, second - rest) : NULL;

      if (second == NULL || second[1] == '\0')
        {
          bad_target (error, text);
          return NULL;
        }
      if (head[0] == 'c')
        {
          t->kind = SB_EVIDENCE_CONTRACT;
          if (!parse_index (scope, &t->year) || t->year < 1900 || t->year > 9999)
            {
              bad_target (error, text);
              return NULL;
            }
          t->key = g_strdup (second + 1);
          return g_steal_pointer (&t);
        }
      t->kind = head[0] == 'm' ? SB_EVIDENCE_MATERIAL
                : head[0] == 'e' ? SB_EVIDENCE_EXPENSE : SB_EVIDENCE_FIRM;
      if (!parse_index (second + 1, &t->index)
          || (t->kind != SB_EVIDENCE_MATERIAL && !is_platform (scope))
          || (t->kind == SB_EVIDENCE_MATERIAL && strchr (scope, ':') != NULL))
        {
          bad_target (error, text);
          return NULL;
        }
      t->scope = g_steal_pointer (&scope);
      return g_steal_pointer (&t);
    }
  bad_target (error, text);
  return NULL;
}

void
sb_evidence_target_free (SbEvidenceTarget *target)
{
  if (target == NULL)
    return;
  g_free (target->scope);
  g_free (target->key);
  g_free (target);
}

char *
sb_evidence_target_format (const SbEvidenceTarget *t)
{
  switch (t->kind)
    {
    case SB_EVIDENCE_MATERIAL:
      return sb_evidence_target_material (t->scope, t->index);
    case SB_EVIDENCE_CONTRACT:
      return sb_evidence_target_contract (t->year, t->key);
    case SB_EVIDENCE_EXPENSE:
      return sb_evidence_target_expense (t->scope, t->index);
    case SB_EVIDENCE_CERTIFICATION:
      return sb_evidence_target_certification (t->key);
    case SB_EVIDENCE_RECEIPT:
      return sb_evidence_target_receipt (t->key);
    case SB_EVIDENCE_FIRM:
    default:
      return sb_evidence_target_firm (t->scope, t->index);
    }
}

char *
sb_evidence_target_material (const char *program, int n)
{
  return g_strdup_printf ("material:%s:%d", program, n);
}

char *
sb_evidence_target_contract (int year, const char *no)
{
  return g_strdup_printf ("contract:%d:%s", year, no != NULL ? no : "");
}

char *
sb_evidence_target_expense (const char *platform, int n)
{
  return g_strdup_printf ("expense:%s:%d", platform, n);
}

char *
sb_evidence_target_certification (const char *name)
{
  return g_strdup_printf ("certification:%s", name != NULL ? name : "");
}

char *
sb_evidence_target_receipt (const char *voucher)
{
  return g_strdup_printf ("receipt:%s", voucher != NULL ? voucher : "");
}

char *
sb_evidence_target_firm (const char *platform, int n)
{
  return g_strdup_printf ("firm:%s:%d", platform, n);
}

static const struct { const char *role, *title; } roles[] = {
  { "", "" },
  { "contract", "合同" },
  { "invoice", "发票" },
  { "payment", "付款凭证" },
  { "certificate", "证书" },
  { "voucher", "收汇凭证" },
  { "declaration", "涉外收入申报单" },
};

gboolean
sb_evidence_role_is_valid (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i].role) == 0)
      return TRUE;
  return FALSE;
}

const char *
sb_evidence_role_title (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i].role) == 0)
      return roles[i].title;
  return role != NULL ? role : "";
}

const char *
sb_evidence_media_name (SbEvidenceMedia media)
{
  switch (media)
    {
    case SB_EVIDENCE_MEDIA_PDF:
      return "pdf";
    case SB_EVIDENCE_MEDIA_JPEG:
      return "jpeg";
    case SB_EVIDENCE_MEDIA_PNG:
    default:
      return "png";
    }
}

static gboolean
refuse (GError **error, const char *name, const char *why)
{
  g_set_error (error, SB_STORE_ERROR, SB_STORE_ERROR_INVALID,
               _("“%s” cannot be attached: %s"), name, why);
  return FALSE;
}

static gboolean
probe_image (const char *name, GBytes *data, const char *type, GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;
  const guchar *bytes = g_bytes_get_data (data, &size);
  gboolean ok;

  loader = gdk_pixbuf_loader_new_with_type (type, &local);
  if (loader == NULL)
    return refuse (error, name, local->message);
  ok = gdk_pixbuf_loader_write (loader, bytes, size, &local);
  /* close even after a failed write (GdkPixbuf asks for it) */
  if (!gdk_pixbuf_loader_close (loader, ok ? &local : NULL))
    ok = FALSE;
  if (!ok || gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("the image is damaged or incomplete (%s)"),
                                              local != NULL ? local->message : "");
      return refuse (error, name, why);
    }
  return TRUE;
}

gboolean
sb_evidence_probe (const char *name, GBytes *data, SbEvidenceMedia *out_media,
                   guint *out_pages, GError **error)
{
  gsize size;
  const guchar *b = g_bytes_get_data (data, &size);

  if (size == 0)
    return refuse (error, name, _("the file is empty"));
  if (size > SB_EVIDENCE_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (size);
      g_autofree char *max = g_format_size (SB_EVIDENCE_MAX_SIZE);
      g_autofree char *why = g_strdup_printf (_("it is %s, larger than the %s a file may be "
                                                "(scan it at a lower resolution or split it)"),
                                              have, max);
      return refuse (error, name, why);
    }
  if (size >= 5 && memcmp (b, "%PDF-", 5) == 0)
    {
      g_autoptr(GError) local = NULL;
      PopplerDocument *doc = poppler_document_new_from_bytes (data, NULL, &local);
      int n;

      if (doc == NULL)
        {
          g_autofree char *why = NULL;

          if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
            why = g_strdup (_("the PDF is protected by a password"));
          else
            why = g_strdup_printf (_("the PDF cannot be read (%s)"), local->message);
          return refuse (error, name, why);
        }
      n = poppler_document_get_n_pages (doc);
      g_object_unref (doc);
      if (n < 1)
        return refuse (error, name, _("the PDF has no pages"));
      *out_media = SB_EVIDENCE_MEDIA_PDF;
      *out_pages = (guint) n;
      return TRUE;
    }
  if (size >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
    {
      if (!probe_image (name, data, "jpeg", error))
        return FALSE;
      *out_media = SB_EVIDENCE_MEDIA_JPEG;
      *out_pages = 1;
      return TRUE;
    }
  if (size >= 8 && memcmp (b, "\x89PNG\r\n\x1a\n", 8) == 0)
    {
      if (!probe_image (name, data, "png", error))
        return FALSE;
      *out_media = SB_EVIDENCE_MEDIA_PNG;
      *out_pages = 1;
      return TRUE;
    }
  return refuse (error, name, _("it is not a PDF, JPEG or PNG file"));
}

void
sb_attachment_free (SbAttachment *a)
{
  if (a == NULL)
    return;
  g_free (a->target);
  g_free (a->role);
  g_free (a->name);
  g_free (a->sha256);
  g_free (a->added_at);
  g_free (a);
}

SbAttachment *
sb_attachment_copy (const SbAttachment *a)
{
  SbAttachment *c = g_memdup2 (a, sizeof *a);

  c->target = g_strdup (a->target);
  c->role = g_strdup (a->role);
  c->name = g_strdup (a->name);
  c->sha256 = g_strdup (a->sha256);
  c->added_at = g_strdup (a->added_at);
  return c;
}
