/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sb-book.c: the plan of a book — its items in the notices' order, the
 * gaps, and the page numbers flowing back into the tables. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-book-private.h"
#include "sb-enterprise.h"
#include "sb-input.h"
#include "sb-receipt-row.h"
#include "sb-tase.h"
#include "sb-tradefund.h"

G_DEFINE_QUARK (sb-book-error-quark, sb_book_error)

/* The materials of the trade fund's directions as [002] 附件3 lists them:
 * { notice number, title }.  承诺书 (附件1) is bound once, at the front. */
typedef struct
{
  int         n;
  const char *title;
} TfMaterial;

static const TfMaterial tf_platform_materials[] = {   /* 一（三）1 and 2 */
  { 1, "加载统一社会信用代码的营业执照复印件" },
  { 2, "申请报告" },
  { 3, "项目可行性研究报告" },
  { 5, "会计师事务所出具的该项目专项审计报告（原件）" },
};
static const TfMaterial tf_cert_materials[] = {       /* 二（三） */
  { 1, "申请报告" },
  { 2, "营业执照复印件" },
  { 3, "经会计师事务所审计的规定期间内开展服务外包业务的专项审计报告原件" },
  { 4, "规定期间内有效的服务外包合同或协议的复印件" },
  { 5, "涉外收入申报单及银行出具的入账凭证复印件" },
};
static const TfMaterial tf_interest_materials[] = {   /* 四（三） */
  { 1, "申请报告" },
  { 2, "营业执照复印件" },
  { 3, "经会计师事务所审计的规定期间内开展服务外包业务的专项审计报告原件" },
  { 4, "规定期间内有效的服务外包合同或协议的复印件" },
};

static const char * const chinese_numbers[] = {
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
};

/* ------------------------------------------------------------------ items */

static SbBookItem *
item_new (ItemKind kind, int level, const char *title, const char *target)
{
  SbBookItem *item = g_new0 (SbBookItem, 1);

  item->kind = kind;
  item->level = level;
  item->title = g_strdup (title);
  item->target = g_strdup (target);
  return item;
}

static void
item_free (SbBookItem *item)
{
  g_free (item->title);
  g_free (item->target);
  g_free (item->form_id);
  g_clear_pointer (&item->form, sb_form_free);
  g_clear_pointer (&item->pages, sb_form_pages_free);
  g_free (item->text);
  g_clear_pointer (&item->breaks, g_array_unref);
  g_clear_pointer (&item->files, g_ptr_array_unref);
  g_free (item->missing);
  g_free (item);
}

void
sb_book_gap_free (SbBookGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->target);
  g_free (gap->role);
  g_free (gap->message);
  g_free (gap->section);
  g_free (gap);
}

const char *
sb_book_program_name (const char *program)
{
  if (g_strcmp0 (program, "tase") == 0)
    return "tase";
  if (g_strcmp0 (program, "tradefund") == 0 || g_strcmp0 (program, "trade_fund") == 0)
    return "tradefund";
  if (g_strcmp0 (program, "hnte") == 0)
    return "hnte";
  return NULL;
}

/* What is planned, before any page is counted. */
typedef struct
{
  SbBook            *book;
  const SbFormInput *input;
  GHashTable        *files;     /* target → GPtrArray of SbAttachment* */
  const char        *section;   /* the material gaps belong to */
  gboolean           layout;    /* build the tables (not for the gaps alone) */
} Plan;

static void
add (Plan *plan, SbBookItem *item)
{
  g_ptr_array_add (plan->book->items, item);
}

void
sb_book_target_free (SbBookTarget *t)
{
  if (t == NULL)
    return;
  g_free (t->target);
  g_free (t->title);
  g_free (t->section);
  g_free (t);
}

/* Notes a target the user may attach files to (the window's rows). */
static void
record (Plan *plan, int level, const char *title, const char *target)
{
  SbBookTarget *t;

  if (target == NULL)
    return;
  for (guint i = 0; i < plan->book->targets->len; i++)
    if (g_str_equal (((SbBookTarget *) plan->book->targets->pdata[i])->target, target))
      return;
  t = g_new0 (SbBookTarget, 1);
  t->target = g_strdup (target);
  t->title = g_strdup (title);
  t->section = g_strdup (plan->section);
  t->level = level;
  g_ptr_array_add (plan->book->targets, t);
}

static void
add_gap (Plan *plan, const char *target, const char *role, const char *message)
{
  SbBookGap *gap = g_new0 (SbBookGap, 1);

  gap->target = g_strdup (target);
  gap->role = g_strdup (role != NULL ? role : "");
  gap->message = g_strdup (message);
  gap->section = g_strdup (plan->section);
  g_ptr_array_add (plan->book->gaps, gap);
}

static int
role_rank (const char *role)
{
  static const char * const order[] = {
    "contract", "invoice", "payment", "certificate", "voucher", "declaration", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (role, order[i]) == 0)
      return (int) i;
  return G_N_ELEMENTS (order);
}

static int
compare_files (gconstpointer a, gconstpointer b)
{
  const SbAttachment *x = *(SbAttachment * const *) a;
  const SbAttachment *y = *(SbAttachment * const *) b;
  int rx = role_rank (x->role), ry = role_rank (y->role);

  if (rx != ry)
    return rx < ry ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* A FILES item for @target: its files, the contract first, then invoice,
 * payment …; each role of @required that no file has is a gap and a line
 * of the placeholder page ("" in @required: any file).  NULL when there is
 * nothing to bind and nothing is required. */
static SbBookItem *
add_files (Plan *plan, int level, const char *title, const char *target,
           const char * const *required, const char *what)
{
  GPtrArray *files = g_hash_table_lookup (plan->files, target);
  g_autoptr(GString) missing = g_string_new (NULL);
  SbBookItem *item;

  record (plan, level, title, target);
  for (guint r = 0; required != NULL && required[r] != NULL; r++)
    {
      gboolean found = FALSE;
      g_autofree char *message = NULL;

      for (guint i = 0; files != NULL && i < files->len; i++)
        {
          const SbAttachment *a = g_ptr_array_index (files, i);

          if (required[r][0] == '\0' || g_strcmp0 (a->role, required[r]) == 0)
            found = TRUE;
        }
      if (found)
        continue;
      if (required[r][0] == '\0')
        message = g_strdup_printf ("%s：未附文件", what);
      else
        message = g_strdup_printf ("%s 缺少%s", what, sb_evidence_role_title (required[r]));
      add_gap (plan, target, required[r], message);
      g_string_append_printf (missing, "%s\n", message);
    }
  if ((files == NULL || files->len == 0) && missing->len == 0)
    return NULL;

  item = item_new (ITEM_FILES, level, title, target);
  item->files = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_attachment_free);
  for (guint i = 0; files != NULL && i < files->len; i++)
    g_ptr_array_add (item->files, sb_attachment_copy (g_ptr_array_index (files, i)));
  g_ptr_array_sort (item->files, compare_files);
  if (missing->len > 0)
    {
      g_string_truncate (missing, missing->len - 1);
      item->missing = g_string_free (g_steal_pointer (&missing), FALSE);
    }
  add (plan, item);
  return item;
}

static SbBookItem *
add_table (Plan *plan, int level, const char *form_id, const char *title, GError **error)
{
  g_autofree char *target = g_strdup_printf ("table:%s", form_id);
  SbBookItem *item = item_new (ITEM_TABLE, level, title, target);

  item->form_id = g_strdup (form_id);
  if (plan->layout)
    {
      item->form = sb_form_build (form_id, plan->input, error);
      if (item->form == NULL)
        {
          item_free (item);
          return NULL;
        }
    }
  add (plan, item);
  return item;
}

/* The material @title of @scope, numbered @n: its files (any, required). */
static void
add_material_files (Plan *plan, int level, const char *scope, int n, const char *title,
                    gboolean in_toc)
{
  static const char * const any[] = { "", NULL };
  g_autofree char *target = sb_evidence_target_material (scope, n);
  g_autofree char *what = g_strdup_printf ("材料“%s”", title);
  SbBookItem *item;

  GPtrArray *files = g_hash_table_lookup (plan->files, target);

  plan->section = title;
  if (files != NULL && files->len >= 2)
    {
      /* several files: a 分类目录, then each file under its own name */
      SbBookItem *head = item_new (ITEM_SUBTOC, level, title, target);
      g_autoptr(GPtrArray) sorted = g_ptr_array_copy (files, NULL, NULL);

      head->in_toc = in_toc;
      add (plan, head);
      record (plan, level, title, target);
      g_ptr_array_sort (sorted, compare_files);
      for (guint i = 0; i < sorted->len; i++)
        {
          const SbAttachment *a = g_ptr_array_index (sorted, i);
          g_autofree char *name = g_strdup (a->name);
          char *dot = strrchr (name, '.');

          if (dot != NULL && dot != name)
            *dot = '\0';
          item = item_new (ITEM_FILES, level + 1, name, target);
          item->files = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_attachment_free);
          g_ptr_array_add (item->files, sb_attachment_copy (a));
          add (plan, item);
        }
      return;
    }
  item = add_files (plan, level, title, target, any, what);
  if (item != NULL)
    item->in_toc = in_toc;
}

/* --------------------------------------------------------------- TASE */

static const char *
contract_label (const SbContract *c)
{
  return c->no != NULL ? c->no : "";
}

/* Is @c (of @year) among the contracts whose copies the evidence asks for? */
static gboolean
owed (const SbTaseReport *report, int year, const SbContract *c)
{
  for (guint i = 0; report != NULL && report->evidence != NULL && i < report->evidence->len; i++)
    {
      const SbTaseEvidence *e = g_ptr_array_index (report->evidence, i);

      if (e->year != year || e->contracts == NULL)
        continue;
      for (guint j = 0; j < e->contracts->len; j++)
        {
          /* by number: the report may come from another copy of the dossier */
          if (g_strcmp0 (g_ptr_array_index (e->contracts, j), c->no != NULL ? c->no : "") == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static int
compare_years (gconstpointer a, gconstpointer b)
{
  const SbYear *x = *(SbYear * const *) a, *y = *(SbYear * const *) b;

  return x->year < y->year ? -1 : x->year > y->year;
}

/* 8. 明细表 (附件3), the registrations, and the contracts in the table's
 * order: those whose copies are owed (RULES.md §1.6) with their contract and
 * invoice required, the others when something is attached. */
static gboolean
plan_tase_annex3 (Plan *plan, int n, const char *title, GError **error)
{
  static const char * const contract_and_invoice[] = { "contract", "invoice", NULL };
  const SbDossier *d = plan->input->dossier;
  /* evaluated again on the dossier the book reads: the evidence names its
   * contracts by pointers into the dossier evaluated (the model's own
   * evaluation was made on a copy it has freed) */
  g_autoptr(SbEvaluation) evaluation = sb_evaluate (d, plan->input->policies, plan->input->at,
                                                    NULL);
  const SbTaseReport *report = evaluation != NULL ? evaluation->tase : NULL;
  g_autofree char *target = sb_evidence_target_material ("tase", n);
  g_autofree char *section = g_strdup_printf ("%d. %s", n, title);
  g_autoptr(GPtrArray) years = g_ptr_array_new ();
  SbBookItem *head = item_new (ITEM_SUBTOC, 0, section, target);
  g_autoptr(GError) local = NULL;

  head->in_toc = TRUE;
  add (plan, head);
  plan->section = section;
  if (add_table (plan, 1, "tase-annex3", "技术先进型服务业务收入及离岸外包收入明细表",
                 &local) == NULL)
    {
      /* a company without the figures: the rest of the book can be made */
      g_autofree char *message = g_strdup_printf ("明细表（附件3）无法生成：%s",
                                                  local->message);
      SbBookItem *item = item_new (ITEM_FILES, 1, "技术先进型服务业务收入及离岸外包收入明细表",
                                   "table:tase-annex3");

      item->files = g_ptr_array_new ();
      item->missing = g_strdup (message);
      add (plan, item);
      add_gap (plan, "table:tase-annex3", "", message);
    }
  add_files (plan, 1, "合同执行额登记、技术合同认定登记证明", target, NULL, NULL);

  /* a registration gap the unregistered contracts cannot cover (§1.6) */
  for (guint i = 0; report != NULL && report->evidence != NULL && i < report->evidence->len; i++)
    {
      const SbTaseEvidence *e = g_ptr_array_index (report->evidence, i);
      g_autofree char *gap = NULL, *uncovered = NULL, *message = NULL;

      if (e->uncovered == SB_UNSET || e->uncovered <= 0)
        continue;
      {
        g_autofree char *plain_gap = sb_money_format (e->gap);
        g_autofree char *plain_uncovered = sb_money_format (e->uncovered);

        gap = sb_input_group_digits (plain_gap, NULL);
        uncovered = sb_input_group_digits (plain_uncovered, NULL);
      }
      message = g_strdup_printf ("%d 年%s登记差额 %s 元，未登记合同的收入还差 %s 元，"
                                 "须另附合同、发票", e->year,
                                 e->kind == SB_TASE_EVIDENCE_OFFSHORE ? "离岸外包收入"
                                                                      : "技术先进型服务收入",
                                 gap, uncovered);
      add_gap (plan, target, "", message);
    }

  for (guint i = 0; i < d->years->len; i++)
    g_ptr_array_add (years, g_ptr_array_index (d->years, i));
  g_ptr_array_sort (years, compare_years);
  for (guint i = 0; i < years->len; i++)
    {
      const SbYear *y = g_ptr_array_index (years, i);

      for (guint j = 0; y->contracts != NULL && j < y->contracts->len; j++)
        {
          const SbContract *c = g_ptr_array_index (y->contracts, j);
          g_autofree char *ct = NULL, *what = NULL, *label = NULL;
          gboolean is_owed = owed (report, y->year, c);

          if (c->no == NULL || c->no[0] == '\0')
            {
              if (is_owed)
                {
                  g_autofree char *m = g_strdup_printf ("%d 年合同“%s”没有合同编号，无法附件",
                                                        y->year, c->name != NULL ? c->name : "");
                  add_gap (plan, NULL, "", m);
                }
              continue;
            }
          ct = sb_evidence_target_contract (y->year, c->no);
          what = g_strdup_printf ("合同 %s", contract_label (c));
          label = c->name != NULL && c->name[0] != '\0'
                  ? g_strdup_printf ("%d 年 合同 %s %s", y->year, c->no, c->name)
                  : g_strdup_printf ("%d 年 合同 %s", y->year, c->no);
          add_files (plan, 1, label, ct, is_owed ? contract_and_invoice : NULL, what);
        }
    }
  return TRUE;
}

static gboolean
plan_tase (Plan *plan, GError **error)
{
  const SbDossier *d = plan->input->dossier;
  SbPolicy *policy;
  const SbTaseRules *rules;

  if ((policy = sb_policy_set_lookup (plan->input->policies, d->tase->profile, error)) == NULL
      || (rules = sb_tase_rules_get (policy, error)) == NULL)
    return FALSE;
  plan->book->program_title = g_strdup (d->tase->mode == SB_TASE_REVIEW
                                        ? "技术先进型服务企业复核申报材料"
                                        : "技术先进型服务企业认定申报材料");
  plan->book->year = d->tase->apply_year;

  for (int i = 0; rules->materials != NULL && rules->materials[i] != NULL; i++)
    {
      const char *title = rules->materials[i];
      int n = i + 1;
      g_autofree char *target = sb_evidence_target_material ("tase", n);
      g_autofree char *section = g_strdup_printf ("%d. %s", n, title);

      plan->section = section;
      if (strstr (title, "明细表") != NULL)
        {
          if (!plan_tase_annex3 (plan, n, title, error))
            return FALSE;
        }
      else if (strstr (title, "论述") != NULL)
        {
          SbTaseApplication *tase = plan->input->enterprise != NULL
                                    ? sb_enterprise_get_tase (plan->input->enterprise) : NULL;
          const char *statement = tase != NULL
                                  ? sb_tase_application_get_business_statement (tase) : NULL;
          GPtrArray *files = g_hash_table_lookup (plan->files, target);
          gboolean has_files = files != NULL && files->len > 0;

          if (statement != NULL && statement[0] != '\0')
            {
              SbBookItem *text = item_new (ITEM_TEXT, has_files ? 1 : 0, section, target);

              if (has_files)
                {
                  SbBookItem *head = item_new (ITEM_SUBTOC, 0, section, target);

                  head->in_toc = TRUE;
                  add (plan, head);
                  g_free (text->title);
                  text->title = g_strdup (title);
                }
              else
                text->in_toc = TRUE;
              text->text = g_strdup (statement);
              add (plan, text);
              if (has_files)
                add_files (plan, 1, "附件", target, NULL, NULL);
              else
                record (plan, 0, section, target);
            }
          else
            add_material_files (plan, 0, "tase", n, section, TRUE);
        }
      else
        add_material_files (plan, 0, "tase", n, section, TRUE);
    }
  return TRUE;
}

/* ----------------------------------------------------------------- HNTE */

static int
compare_ints (gconstpointer a, gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return x < y ? -1 : x > y;
}

/* The HNTE book.  The Zhejiang guide [004] names no list of materials: its
 * "十二、申请材料目录" is a table with the headers alone ("材料空白表、示例表，
 * 请在“申请材料”中单独下载打印"; "申请方式：网上申请").  So the book binds
 * what Shenbao knows — 高新技术企业认定条件自评表 — then the files the user
 * attached as material:hnte:N, in N's order, each under the name of its file
 * (several files: a 分类目录); no title is made up for them. */
static gboolean
plan_hnte (Plan *plan, GError **error)
{
  const SbDossier *d = plan->input->dossier;
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GError) local = NULL;
  GHashTableIter iter;
  gpointer key;

  plan->book->program_title = g_strdup ("高新技术企业认定申报材料");
  plan->book->year = sb_date_year (d->hnte->apply_date != SB_DATE_UNSET
                                               ? d->hnte->apply_date : plan->input->at);
  plan->section = "高新技术企业认定条件自评表";
  if (add_table (plan, 0, "hnte-self-assessment", "高新技术企业认定条件自评表", &local) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("自评表无法生成：%s", local->message);
      SbBookItem *item = item_new (ITEM_FILES, 0, "高新技术企业认定条件自评表",
                                   "table:hnte-self-assessment");

      item->files = g_ptr_array_new ();
      item->missing = g_strdup (message);
      item->in_toc = TRUE;
      add (plan, item);
      add_gap (plan, "table:hnte-self-assessment", "", message);
    }
  else
    ((SbBookItem *) g_ptr_array_index (plan->book->items, plan->book->items->len - 1))->in_toc
      = TRUE;

  g_hash_table_iter_init (&iter, plan->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *target = key;
      guint64 n;

      if (g_str_has_prefix (target, "material:hnte:")
          && g_ascii_string_to_unsigned (target + strlen ("material:hnte:"), 10, 1, G_MAXINT,
                                         &n, NULL))
        {
          int v = (int) n;

          g_array_append_val (numbers, v);
        }
    }
  g_array_sort (numbers, compare_ints);
  for (guint i = 0; i < numbers->len; i++)
    {
      int n = g_array_index (numbers, int, i);
      g_autofree char *target = sb_evidence_target_material ("hnte", n);
      GPtrArray *files = g_hash_table_lookup (plan->files, target);
      g_autofree char *title = NULL;

      if (files->len == 1)
        {
          char *dot;

          title = g_strdup (((SbAttachment *) g_ptr_array_index (files, 0))->name);
          dot = strrchr (title, '.');
          if (dot != NULL && dot != title)
            *dot = '\0';
        }
      else
        title = g_strdup_printf ("附件 %d", n);
      add_material_files (plan, 0, "hnte", n, title, TRUE);
    }
  /* a row the window can take one more file on */
  {
    int next = numbers->len > 0 ? g_array_index (numbers, int, numbers->len - 1) + 1 : 1;
    g_autofree char *target = sb_evidence_target_material ("hnte", next);

    plan->section = "附件";
    record (plan, 0, "附件（新增）", target);
  }
  (void) error;
  return TRUE;
}

/* ----------------------------------------------------------- trade fund */

static const char *
platform_scope (SbPlatformKind kind)
{
  return kind == SB_PLATFORM_CONSTRUCTION ? "construction" : "om";
}

static const char *
platform_name (SbPlatformKind kind)
{
  return kind == SB_PLATFORM_CONSTRUCTION ? "平台建设项目" : "平台运维项目";
}

static void
add_direction (Plan *plan, int *chapter, const char *name)
{
  g_autofree char *title = g_strdup_printf ("%s、%s",
                                            chinese_numbers[MIN (*chapter, 9)], name);
  SbBookItem *head = item_new (ITEM_SUBTOC, 0, title, NULL);

  head->in_toc = TRUE;
  add (plan, head);
  plan->section = head->title;
  (*chapter)++;
}

static void
add_tf_materials (Plan *plan, const char *scope, const TfMaterial *list, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("（%d）%s", list[i].n, list[i].title);
      const char *section = plan->section;

      add_material_files (plan, 1, scope, list[i].n, title, FALSE);
      plan->section = section;
    }
}

/* Expenses of a platform shown in 附件3: invoiced inside the support period,
 * in the list's order (as sb_form_build_tf_annex3 shows them). */
static gboolean
expense_shown (const SbExpense *e, SbPeriod period)
{
  return e->invoice_date != SB_DATE_UNSET && sb_period_contains (period, e->invoice_date);
}

static gboolean
tf_period (Plan *plan, SbPeriod *out, GError **error)
{
  SbPolicy *policy;
  const SbTradeFundRules *rules;

  if ((policy = sb_policy_set_lookup (plan->input->policies,
                                      plan->input->dossier->trade_fund->profile, error)) == NULL
      || (rules = sb_tradefund_rules_get (policy, error)) == NULL)
    return FALSE;
  *out = sb_tradefund_rules_get_support_period (rules);
  return TRUE;
}

static gboolean
plan_tradefund (Plan *plan, GError **error)
{
  static const char * const expense_roles[] = { "contract", "invoice", "payment", NULL };
  static const char * const any[] = { "", NULL };
  static const char * const cert_roles[] = { "certificate", "invoice", NULL };
  static const char * const receipt_roles[] = { "voucher", "declaration", NULL };
  const SbDossier *d = plan->input->dossier;
  const SbTradeFundClaim *tf = d->trade_fund;
  const SbTradeFundReport *report = plan->input->evaluation != NULL
                                    ? plan->input->evaluation->trade_fund : NULL;
  SbTradeFundApplication *app = plan->input->enterprise != NULL
                                ? sb_enterprise_get_trade_fund (plan->input->enterprise) : NULL;
  int chapter = 0;
  SbBookItem *item;
  SbPeriod period;

  if (!tf_period (plan, &period, error))
    return FALSE;
  plan->book->program_title = g_strdup ("中央外经贸发展专项资金（服务贸易创新发展）项目申报材料");
  /* the support year: the year the support period ends in (a Julian day,
   * not YYYYMMDD) */
  plan->book->year = sb_date_year (period.end);

  plan->section = "承诺书（附件1）";
  if ((item = add_table (plan, 0, "tf-annex1", "承诺书（附件1）", error)) == NULL)
    return FALSE;
  item->in_toc = TRUE;

  if (tf->platforms != NULL && report != NULL && report->platform != NULL)
    {
      add_direction (plan, &chapter, "服务贸易、服务外包公共服务能力提升");
      add_tf_materials (plan, "tf-platform", tf_platform_materials,
                        G_N_ELEMENTS (tf_platform_materials));
      if (add_table (plan, 1, "tf-annex2",
                     "服务贸易、服务外包公共服务能力提升支持资金申请表（附件2）", error) == NULL
          || add_table (plan, 1, "tf-annex3",
                        "支持期内公共平台软硬件购置和运营维护费用支出清单（附件3）",
                        error) == NULL)
        return FALSE;
      /* the costs' proofs "需按照明细表先后顺序装订" (002) */
      for (guint i = 0; i < tf->platforms->len; i++)
        {
          const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
          guint row = 0;

          for (guint j = 0; p->expenses != NULL && j < p->expenses->len; j++)
            {
              const SbExpense *e = g_ptr_array_index (p->expenses, j);
              g_autofree char *target = NULL, *title = NULL, *what = NULL;

              if (!expense_shown (e, period))
                continue;
              row++;
              target = sb_evidence_target_expense (platform_scope (p->kind), (int) j + 1);
              title = g_strdup_printf ("%s 第 %u 行 %s", platform_name (p->kind), row,
                                       e->item != NULL ? e->item : "");
              what = g_strdup_printf ("%s费用“%s”", platform_name (p->kind),
                                      e->item != NULL ? e->item : "");
              add_files (plan, 2, title, target, expense_roles, what);
            }
        }
      if (add_table (plan, 1, "tf-annex4",
                     "支持期内公共平台服务我市服务贸易、服务外包企业情况表（附件4）",
                     error) == NULL)
        return FALSE;
      for (guint i = 0; i < tf->platforms->len; i++)
        {
          const SbPlatform *p = g_ptr_array_index (tf->platforms, i);
          gint64 n = p->firms != NULL ? (gint64) p->firms->len
                     : p->firms_served != SB_UNSET ? CLAMP (p->firms_served, 0, 1000) : 0;

          for (gint64 k = 1; k <= n; k++)
            {
              const SbFirm *firm = p->firms != NULL ? g_ptr_array_index (p->firms, k - 1) : NULL;
              const char *name = firm != NULL && firm->name != NULL ? firm->name : "";
              g_autofree char *target = sb_evidence_target_firm (platform_scope (p->kind), (int) k);
              g_autofree char *title = g_strdup_printf ("%s 服务企业 %" G_GINT64_FORMAT " %s",
                                                        platform_name (p->kind), k, name);
              g_autofree char *what = g_strdup_printf ("%s服务企业第 %" G_GINT64_FORMAT " 家%s",
                                                       platform_name (p->kind), k, name);

              add_files (plan, 2, title, target, any, what);
            }
        }
    }

  if (tf->certifications != NULL && report != NULL && report->certifications != NULL)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      SbBookItem *head;

      add_direction (plan, &chapter, "国际资质认证");
      add_tf_materials (plan, "tf-cert", tf_cert_materials, G_N_ELEMENTS (tf_cert_materials));
      if (add_table (plan, 1, "tf-annex5", "2024年服务外包企业国际资质认证申请表（附件5）",
                     error) == NULL)
        return FALSE;
      head = item_new (ITEM_HEADING, 1, "（8）国际资质认证证书（复印件）", NULL);
      add (plan, head);
      for (guint i = 0; i < tf->certifications->len; i++)
        {
          const SbCertLine *c = g_ptr_array_index (tf->certifications, i);
          g_autofree char *target = NULL, *what = NULL;

          if (c->name == NULL || c->name[0] == '\0'
              || !g_hash_table_add (seen, c->name))
            continue;
          target = sb_evidence_target_certification (c->name);
          what = g_strdup_printf ("认证 %s", c->name);
          add_files (plan, 2, c->name, target, cert_roles, what);
        }
    }

  if (tf->interest != NULL && report != NULL && report->interest != NULL)
    {
      GListModel *receipts = app != NULL ? sb_trade_fund_application_get_receipts (app) : NULL;
      SbBookItem *head;

      add_direction (plan, &chapter, "服务外包业务贴息");
      add_tf_materials (plan, "tf-interest", tf_interest_materials,
                        G_N_ELEMENTS (tf_interest_materials));
      head = item_new (ITEM_HEADING, 1, "（5）涉外收入申报单及银行出具的入账凭证复印件", NULL);
      add (plan, head);
      {
        g_autofree char *target = sb_evidence_target_material ("tf-interest", 5);

        add_files (plan, 2, "入账凭证", target, NULL, NULL);
      }
      for (guint i = 0; receipts != NULL && i < g_list_model_get_n_items (receipts); i++)
        {
          g_autoptr(SbReceiptRow) r = g_list_model_get_item (receipts, i);
          g_autofree char *voucher = NULL, *target = NULL, *what = NULL, *title = NULL;

          g_object_get (r, "voucher-no", &voucher, NULL);
          if (voucher == NULL || voucher[0] == '\0')
            {
              g_autofree char *m = g_strdup_printf ("附件9 第 %u 行没有收汇凭证编号，无法附件",
                                                    i + 1);
              add_gap (plan, NULL, "", m);
              continue;
            }
          target = sb_evidence_target_receipt (voucher);
          what = g_strdup_printf ("收汇凭证 %s", voucher);
          title = g_strdup_printf ("收汇凭证 %s", voucher);
          add_files (plan, 2, title, target, receipt_roles, what);
        }
      if (add_table (plan, 1, "tf-annex9", "2024年服务外包业务贴息支持申请表（附件9）",
                     error) == NULL)
        return FALSE;
      {
        const char *section = plan->section;

        add_material_files (plan, 1, "tf-interest", 8,
                            "（8）从商务部业务系统统一平台下载的“服务外包接包合同”表格", FALSE);
        plan->section = section;
      }
    }
  return TRUE;
}

/* -------------------------------------------------------------- numbers */

static guint *
map_slot (SbBook *book, const char *target)
{
  guint *slot = g_hash_table_lookup (book->map, target);

  if (slot == NULL)
    {
      slot = g_new0 (guint, 2);
      g_hash_table_insert (book->map, g_strdup (target), slot);
    }
  return slot;
}

static guint
toc_lines (SbBook *book)
{
  guint n = 0;

  for (guint i = 0; i < book->items->len; i++)
    n += ((SbBookItem *) g_ptr_array_index (book->items, i))->in_toc;
  return n;
}

/* The items under @i (deeper levels, up to the next of its level or above). */
static guint
children_end (SbBook *book, guint i)
{
  SbBookItem *item = g_ptr_array_index (book->items, i);
  guint j = i + 1;

  while (j < book->items->len
         && ((SbBookItem *) g_ptr_array_index (book->items, j))->level > item->level)
    j++;
  return j;
}

static guint
subtoc_lines (SbBook *book, guint i)
{
  SbBookItem *item = g_ptr_array_index (book->items, i);
  guint end = children_end (book, i), n = 0;

  for (guint j = i + 1; j < end; j++)
    n += ((SbBookItem *) g_ptr_array_index (book->items, j))->level == item->level + 1;
  return n;
}

/* Counts every item's pages, numbers them from 1, and maps the targets. */
static void
number (SbBook *book)
{
  guint page = 1;

  g_hash_table_remove_all (book->map);
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      switch (item->kind)
        {
        case ITEM_COVER:
          item->n_pages = 1;
          break;
        case ITEM_TOC:
          item->n_pages = MAX (1, (toc_lines (book) + SB_BOOK_TOC_LINES - 1) / SB_BOOK_TOC_LINES);
          break;
        case ITEM_HEADING:
          item->n_pages = 0;
          break;
        case ITEM_SUBTOC:
          item->n_pages = MAX (1, (subtoc_lines (book, i) + SB_BOOK_SUBTOC_LINES - 1)
                                  / SB_BOOK_SUBTOC_LINES);
          break;
        case ITEM_TABLE:
          item->n_pages = item->pages != NULL ? sb_form_pages_get_n_pages (item->pages) : 1;
          break;
        case ITEM_TEXT:
          item->n_pages = item->breaks != NULL ? item->breaks->len : 1;
          break;
        case ITEM_FILES:
        default:
          item->n_pages = item->missing != NULL ? 1 : 0;
          for (guint f = 0; f < item->files->len; f++)
            item->n_pages += ((SbAttachment *) g_ptr_array_index (item->files, f))->pages;
          break;
        }
      item->first_page = item->n_pages > 0 ? page : 0;
      page += item->n_pages;
    }
  /* ranges: an item with its parts; a heading starts at its first part */
  for (guint i = book->items->len; i-- > 0;)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);
      guint end = children_end (book, i);

      item->last_page = item->n_pages > 0 ? item->first_page + item->n_pages - 1 : 0;
      for (guint j = i + 1; j < end; j++)
        {
          SbBookItem *c = g_ptr_array_index (book->items, j);

          if (item->first_page == 0 && c->first_page > 0)
            item->first_page = c->first_page;
          item->last_page = MAX (item->last_page, c->last_page);
        }
      item->entry.level = item->level;
      item->entry.title = item->title;
      item->entry.target = item->target;
      item->entry.first_page = item->first_page;
      item->entry.last_page = item->last_page;
    }
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);
      guint *slot;

      if (item->target == NULL || item->first_page == 0)
        continue;
      slot = map_slot (book, item->target);
      slot[0] = slot[0] == 0 ? item->first_page : MIN (slot[0], item->first_page);
      slot[1] = MAX (slot[1], item->last_page);
    }
}

gboolean
sb_book_lookup (SbBook *book, const char *target, guint *first, guint *last)
{
  guint *slot = g_hash_table_lookup (book->map, target);

  if (slot == NULL || slot[0] == 0)
    return FALSE;
  if (first != NULL)
    *first = slot[0];
  if (last != NULL)
    *last = slot[1];
  return TRUE;
}

char *
sb_book_page_label (SbBook *book, const char *target)
{
  guint first, last;

  if (!sb_book_lookup (book, target, &first, &last))
    return NULL;
  if (last > first)
    return g_strdup_printf ("%u-%u", first, last);
  return g_strdup_printf ("%u", first);
}

/* The index of the column headed @header, or -1. */
static int
column_index (const SbTable *table, const char *header)
{
  for (guint i = 0; i < table->columns->len; i++)
    if (g_strcmp0 (g_array_index (table->columns, SbTableColumn, i).header, header) == 0)
      return (int) i;
  return -1;
}

/* Sets the cell of body row @row (counting body rows from 0) at column
 * @col to @text. */
static void
set_body_cell (SbTable *table, guint row, int col, const char *text)
{
  guint seen = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      SbTableRow *tr = g_ptr_array_index (table->rows, r);
      guint c = 0;

      if (tr->kind != SB_ROW_BODY)
        continue;
      if (seen++ != row)
        continue;
      for (guint k = 0; k < tr->cells->len; k++)
        {
          SbCell *cell = g_ptr_array_index (tr->cells, k);

          if (c == (guint) col)
            {
              g_free (cell->text);
              cell->kind = text != NULL ? SB_CELL_TEXT : SB_CELL_EMPTY;
              cell->text = g_strdup (text);
              cell->align = SB_CELL_ALIGN_CENTER;
              return;
            }
          c += MAX (cell->col_span, 1);
        }
      return;
    }
}

/* Fills the 附件编号 / 页码 columns of @form from the map. */
void
sb_book_fill_form (SbBook *book, SbForm *form, const SbFormInput *input)
{
  const SbDossier *d = input->dossier;
  SbPeriod period = book->period;

  if (form == NULL)
    return;
  if ((g_strcmp0 (form->id, "tf-annex3") == 0 || g_strcmp0 (form->id, "tf-annex4") == 0)
      && d->trade_fund != NULL && d->trade_fund->platforms != NULL)
    {
      gboolean expenses = form->id[8] == '3';

      /* one sheet per platform project, in the claim's order */
      for (guint s = 0; s < form->tables->len && s < d->trade_fund->platforms->len; s++)
        {
          SbTable *table = g_ptr_array_index (form->tables, s);
          const SbPlatform *p = g_ptr_array_index (d->trade_fund->platforms, s);
          int col = column_index (table, "附件编号");
          guint row = 0;

          if (col < 0)
            continue;
          if (expenses)
            for (guint j = 0; p->expenses != NULL && j < p->expenses->len; j++)
              {
                g_autofree char *target = NULL, *label = NULL;

                if (!expense_shown (g_ptr_array_index (p->expenses, j), period))
                  continue;
                target = sb_evidence_target_expense (platform_scope (p->kind), (int) j + 1);
                label = sb_book_page_label (book, target);
                set_body_cell (table, row++, col, label);
              }
          else
            /* one row per firm served, in order */
            for (guint r = 0; r < table->rows->len; r++)
              {
                SbTableRow *tr = g_ptr_array_index (table->rows, r);
                g_autofree char *target = NULL, *label = NULL;

                if (tr->kind != SB_ROW_BODY)
                  continue;
                target = sb_evidence_target_firm (platform_scope (p->kind), (int) ++row);
                label = sb_book_page_label (book, target);
                set_body_cell (table, row - 1, col, label);
              }
        }
    }
  else if (g_strcmp0 (form->id, "tf-annex9") == 0 && input->enterprise != NULL)
    {
      SbTradeFundApplication *app = sb_enterprise_get_trade_fund (input->enterprise);
      GListModel *receipts = app != NULL ? sb_trade_fund_application_get_receipts (app) : NULL;
      SbTable *table = g_ptr_array_index (form->tables, 0);
      int col = column_index (table, "凭证、申报单页码");

      for (guint k = 0; col >= 0 && receipts != NULL
                        && k < g_list_model_get_n_items (receipts); k++)
        {
          g_autoptr(SbReceiptRow) r = g_list_model_get_item (receipts, k);
          g_autofree char *voucher = NULL, *target = NULL, *label = NULL;

          g_object_get (r, "voucher-no", &voucher, NULL);
          if (voucher == NULL || voucher[0] == '\0')
            continue;
          target = sb_evidence_target_receipt (voucher);
          label = sb_book_page_label (book, target);
          if (label != NULL)
            set_body_cell (table, k, col, label);
        }
    }
  else if (g_strcmp0 (form->id, "tase-materials") == 0)
    {
      /* the notice's list, in order: row N is material N */
      for (guint s = 0; s < form->tables->len; s++)
        {
          SbTable *table = g_ptr_array_index (form->tables, s);
          int col = column_index (table, "页码");
          guint row = 0;

          for (guint r = 0; col >= 0 && r < table->rows->len; r++)
            {
              SbTableRow *tr = g_ptr_array_index (table->rows, r);
              g_autofree char *target = NULL, *label = NULL;

              if (tr->kind != SB_ROW_BODY)
                continue;
              target = sb_evidence_target_material ("tase", (int) ++row);
              label = sb_book_page_label (book, target);
              set_body_cell (table, row - 1, col, label);
            }
        }
    }
}

/* Fills the 附件编号 / 页码 columns of the book's tables from the map. */
static void
fill_tables (SbBook *book, const SbFormInput *input)
{
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      if (item->kind == ITEM_TABLE)
        sb_book_fill_form (book, item->form, input);
    }
}

/* Lays the tables out, numbers, fills the tables from the numbers and lays
 * them out again until no table changes length (at most four rounds). */
static void
lay_out (SbBook *book, const SbFormInput *input)
{
  for (int round = 0; round < 4; round++)
    {
      gboolean changed = FALSE;

      for (guint i = 0; i < book->items->len; i++)
        {
          SbBookItem *item = g_ptr_array_index (book->items, i);
          guint before = item->n_pages;

          if (item->kind != ITEM_TABLE || item->form == NULL)
            continue;
          g_clear_pointer (&item->pages, sb_form_pages_free);
          item->pages = sb_form_pages_new (item->form);
          if (round > 0 && sb_form_pages_get_n_pages (item->pages) != before)
            changed = TRUE;
        }
      if (round > 0 && !changed)
        break;
      number (book);
      fill_tables (book, input);
    }
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      if (item->pages != NULL)
        sb_form_pages_set_folio_start (item->pages, item->first_page);
    }
}

/* --------------------------------------------------------------- the book */

static void
group_files (Plan *plan, GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      SbAttachment *a = g_ptr_array_index (list, i);
      GPtrArray *group = g_hash_table_lookup (plan->files, a->target);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (plan->files, a->target, group);
        }
      g_ptr_array_add (group, a);
    }
}

static SbBook *
plan_book (SbStore *store, gint64 company_id, const char *program, const SbFormInput *input,
           gboolean layout, GError **error)
{
  g_autoptr(SbBook) book = g_new0 (SbBook, 1);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  const char *name = sb_book_program_name (program);
  const SbDossier *d = input->dossier;
  Plan plan = { book, input, files, NULL, layout };
  SbPeriod period = { 0, 0 };
  gboolean ok;

  if (name == NULL)
    {
      g_set_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_PROGRAM,
                   _("“%s” is not a program a book can be bound for: write tase, tradefund or "
                     "hnte"),
                   program != NULL ? program : "");
      return NULL;
    }
  if ((g_str_equal (name, "tase") && d->tase == NULL)
      || (g_str_equal (name, "tradefund") && d->trade_fund == NULL)
      || (g_str_equal (name, "hnte") && d->hnte == NULL))
    {
      g_set_error (error, SB_BOOK_ERROR, SB_BOOK_ERROR_PROGRAM,
                   _("%s does not claim %s"), d->company.name != NULL ? d->company.name : "-",
                   g_str_equal (name, "tase") ? _("TASE recognition")
                   : g_str_equal (name, "hnte") ? _("HNTE recognition") : _("the trade fund"));
      return NULL;
    }
  book->store = g_object_ref (store);
  book->program = g_strdup (name);
  book->company = g_strdup (d->company.name != NULL ? d->company.name : "");
  book->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  book->entries = g_ptr_array_new ();
  book->gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_book_gap_free);
  book->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_book_target_free);
  book->map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((list = sb_store_list_attachments (store, company_id, NULL, error)) == NULL)
    return NULL;
  group_files (&plan, list);

  add (&plan, item_new (ITEM_COVER, 0, "封面", NULL));
  add (&plan, item_new (ITEM_TOC, 0, "总目录", NULL));
  if (g_str_equal (name, "tase"))
    ok = plan_tase (&plan, error);
  else if (g_str_equal (name, "hnte"))
    ok = plan_hnte (&plan, error);
  else
    ok = plan_tradefund (&plan, error) && tf_period (&plan, &period, error);
  if (!ok)
    return NULL;

  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      if (item->kind == ITEM_TEXT)
        sb_book_text_paginate (item);
    }
  book->period = period;
  if (layout)
    lay_out (book, input);
  else
    number (book);
  for (guint i = 0; i < book->items->len; i++)
    {
      SbBookItem *item = g_ptr_array_index (book->items, i);

      if (item->kind != ITEM_COVER)
        g_ptr_array_add (book->entries, &item->entry);
    }
  return g_steal_pointer (&book);
}

int
sb_book_get_year (SbBook *book)
{
  g_return_val_if_fail (book != NULL, 0);
  return book->year;
}

SbBook *
sb_book_new (SbStore *store, gint64 company_id, const char *program, const SbFormInput *input,
             GError **error)
{
  return plan_book (store, company_id, program, input, TRUE, error);
}

GPtrArray *
sb_book_list_gaps (SbStore *store, gint64 company_id, const char *program,
                   const SbFormInput *input, GError **error)
{
  g_autoptr(SbBook) book = plan_book (store, company_id, program, input, FALSE, error);

  if (book == NULL)
    return NULL;
  return g_ptr_array_ref (book->gaps);
}

void
sb_book_free (SbBook *book)
{
  if (book == NULL)
    return;
  sb_book_unprepare (book);
  g_clear_object (&book->store);
  g_free (book->program);
  g_free (book->company);
  g_free (book->program_title);
  g_clear_pointer (&book->items, g_ptr_array_unref);
  g_clear_pointer (&book->entries, g_ptr_array_unref);
  g_clear_pointer (&book->gaps, g_ptr_array_unref);
  g_clear_pointer (&book->targets, g_ptr_array_unref);
  g_clear_pointer (&book->map, g_hash_table_unref);
  g_clear_pointer (&book->pages, g_array_unref);
  g_free (book);
}

void
sb_book_set_render_pdfs (SbBook *book, gboolean render)
{
  book->render_pdfs = render;
}

guint
sb_book_get_n_pages (SbBook *book)
{
  guint n = 0;

  for (guint i = 0; i < book->items->len; i++)
    n += ((SbBookItem *) g_ptr_array_index (book->items, i))->n_pages;
  return n;
}

GPtrArray *
sb_book_get_targets (SbBook *book)
{
  return book->targets;
}

SbBook *
sb_book_plan (SbStore *store, gint64 company_id, const char *program,
              const SbFormInput *input, GError **error)
{
  return plan_book (store, company_id, program, input, FALSE, error);
}

GPtrArray *
sb_book_get_entries (SbBook *book)
{
  return book->entries;
}

GPtrArray *
sb_book_get_gaps (SbBook *book)
{
  return book->gaps;
}

gboolean
sb_book_write (SbBook *book, const char *path, SbBookProgressFunc progress,
               gpointer user_data, GCancellable *cancellable, GError **error)
{
  return sb_book_write_pdf (book, path, progress, user_data, cancellable, error);
}
