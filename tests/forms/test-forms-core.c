/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-forms-core.c: building a table description and formatting its cells. */
#include "config.h"

#include <string.h>

#include "sb-form.h"

/* The text of the cell a builder function just added. */
static char *
fmt (SbCell *cell)
{
  return sb_cell_format (cell);
}

#define assert_format(cell, expected) \
  G_STMT_START { \
    g_autofree char *got_ = fmt (cell); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

static SbTableRow *
body_row (SbForm **out_form)
{
  SbForm *form = sb_form_new ("t", "T");
  SbTable *table = sb_form_add_table (form, "S", "T");

  sb_table_add_column (table, "A", 10);
  *out_form = form;
  return sb_table_add_row (table, SB_ROW_BODY);
}

static void
test_money (void)
{
  g_autoptr(SbForm) form = NULL;
  SbTableRow *row = body_row (&form);

  assert_format (sb_row_add_money (row, 123456789), "1,234,567.89");
  assert_format (sb_row_add_money (row, 0), "0.00");
  assert_format (sb_row_add_money (row, 5), "0.05");
  assert_format (sb_row_add_money (row, 100), "1.00");
  assert_format (sb_row_add_money (row, 99999), "999.99");
  assert_format (sb_row_add_money (row, 100000), "1,000.00");
  assert_format (sb_row_add_money (row, -5), "-0.05");
  assert_format (sb_row_add_money (row, -123456), "-1,234.56");
  assert_format (sb_row_add_money (row, -100000000), "-1,000,000.00");
  assert_format (sb_row_add_money (row, G_MAXINT64), "92,233,720,368,547,758.07");
  assert_format (sb_row_add_money (row, G_MININT64 + 1), "-92,233,720,368,547,758.07");
  /* absent */
  assert_format (sb_row_add_money (row, SB_UNSET), "");
}

static void
test_money_wan (void)
{
  g_autoptr(SbForm) form = NULL;
  SbTableRow *row = body_row (&form);

  /* 1 万元 = 1,000,000 fen; four decimals, rounded half up */
  assert_format (sb_row_add_money_wan (row, 1000000), "1.0000");
  assert_format (sb_row_add_money_wan (row, 123456789), "123.4568");
  assert_format (sb_row_add_money_wan (row, 123456749), "123.4567");
  assert_format (sb_row_add_money_wan (row, 123456750), "123.4568");
  assert_format (sb_row_add_money_wan (row, 100), "0.0001");
  assert_format (sb_row_add_money_wan (row, 50), "0.0001");
  assert_format (sb_row_add_money_wan (row, 49), "0.0000");
  assert_format (sb_row_add_money_wan (row, 0), "0.0000");
  assert_format (sb_row_add_money_wan (row, 12345678900000), "12,345,678.9000");
  /* negative: the magnitude rounded half up, no "-0.0000" */
  assert_format (sb_row_add_money_wan (row, -50), "-0.0001");
  assert_format (sb_row_add_money_wan (row, -49), "0.0000");
  assert_format (sb_row_add_money_wan (row, -2500000000), "-2,500.0000");
  assert_format (sb_row_add_money_wan (row, SB_UNSET), "");
  /* US cents in 万美元, the same arithmetic */
  assert_format (sb_row_add_money_usd_wan (row, 31415926), "31.4159");
  assert_format (sb_row_add_money_usd_wan (row, SB_UNSET), "");
}

static void
test_percent (void)
{
  g_autoptr(SbForm) form = NULL;
  SbTableRow *row = body_row (&form);

  assert_format (sb_row_add_percent (row, sb_ratio (4872, 10000)), "48.72%");
  assert_format (sb_row_add_percent (row, sb_ratio (1, 2)), "50.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (1, 3)), "33.33%");
  assert_format (sb_row_add_percent (row, sb_ratio (2, 3)), "66.67%");
  /* exactly half a hundredth of a percent rounds up */
  assert_format (sb_row_add_percent (row, sb_ratio (50005, 100000)), "50.01%");
  assert_format (sb_row_add_percent (row, sb_ratio (500049999, 1000000000)), "50.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (1, 1)), "100.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (3, 1)), "300.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (0, 7)), "0.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (-1, 8)), "-12.50%");
  assert_format (sb_row_add_percent (row, sb_ratio (1, -8)), "-12.50%");
  /* money ratios of real size: 2,480,000.00 / 4,000,000.00 */
  assert_format (sb_row_add_percent (row, sb_ratio (248000000, 400000000)), "62.00%");
  assert_format (sb_row_add_percent (row, sb_ratio (G_MAXINT64 / 2, G_MAXINT64)), "50.00%");
  /* no denominator: blank */
  assert_format (sb_row_add_percent (row, sb_ratio (1, 0)), "");
  assert_format (sb_row_add_percent (row, sb_ratio (0, 0)), "");
}

static void
test_decimal_integer (void)
{
  g_autoptr(SbForm) form = NULL;
  SbTableRow *row = body_row (&form);

  assert_format (sb_row_add_decimal (row, sb_ratio (7, 2)), "3.50");
  assert_format (sb_row_add_decimal (row, sb_ratio (1234, 12)), "102.83");
  assert_format (sb_row_add_decimal (row, sb_ratio (1234567, 1)), "1,234,567.00");
  assert_format (sb_row_add_decimal (row, sb_ratio (-1, 200)), "-0.01");
  assert_format (sb_row_add_decimal (row, sb_ratio (-1, 201)), "0.00");
  assert_format (sb_row_add_decimal (row, sb_ratio (5, 0)), "");

  assert_format (sb_row_add_integer (row, 42), "42");
  assert_format (sb_row_add_integer (row, 0), "0");
  assert_format (sb_row_add_integer (row, -3), "-3");
  /* persons and items are not grouped */
  assert_format (sb_row_add_integer (row, 12345), "12345");
  assert_format (sb_row_add_integer (row, SB_UNSET), "");
}

static void
test_date_text_empty (void)
{
  g_autoptr(SbForm) form = NULL;
  SbTableRow *row = body_row (&form);
  SbCell *cell;

  assert_format (sb_row_add_date (row, sb_date_from_ymd (2025, 4, 24)), "2025-04-24");
  assert_format (sb_row_add_date (row, sb_date_from_ymd (1899, 12, 31)), "1899-12-31");
  assert_format (sb_row_add_date (row, SB_DATE_UNSET), "");

  assert_format (sb_row_add_text (row, "大连市"), "大连市");
  assert_format (sb_row_add_text (row, "=SUM(A1)"), "=SUM(A1)");
  cell = sb_row_add_text (row, NULL);
  g_assert_cmpstr (cell->text, ==, "");
  assert_format (cell, "");
  cell = sb_row_add_empty (row);
  g_assert_cmpint (cell->kind, ==, SB_CELL_EMPTY);
  assert_format (cell, "");
  g_assert_cmpint (row->cells->len, ==, 7);
}

static void
test_spans_and_rows (void)
{
  g_autoptr(SbForm) form = sb_form_new ("tase-annex3", "明细表");
  SbTable *table = sb_form_add_table (form, "2024", "技术先进型服务业务收入及离岸外包收入明细表");
  SbTableRow *header, *body, *total;
  SbCell *cell;

  g_assert_cmpstr (form->id, ==, "tase-annex3");
  g_assert_cmpuint (form->tables->len, ==, 1);
  g_assert_true (g_ptr_array_index (form->tables, 0) == table);
  g_assert_cmpstr (table->sheet_name, ==, "2024");
  g_assert_false (table->landscape);

  g_assert_cmpuint (sb_table_add_column (table, "序号", 4), ==, 0);
  g_assert_cmpuint (sb_table_add_column (table, "合同名称", 0), ==, 1);
  g_assert_cmpuint (sb_table_add_column (table, NULL, -3), ==, 2);
  g_assert_cmpuint (sb_table_get_n_columns (table), ==, 3);
  g_assert_cmpfloat (g_array_index (table->columns, SbTableColumn, 0).width, ==, 4);
  /* no width: 8 */
  g_assert_cmpfloat (g_array_index (table->columns, SbTableColumn, 1).width, ==, 8);
  g_assert_cmpfloat (g_array_index (table->columns, SbTableColumn, 2).width, ==, 8);
  g_assert_cmpstr (g_array_index (table->columns, SbTableColumn, 1).header, ==, "合同名称");
  g_assert_null (g_array_index (table->columns, SbTableColumn, 2).header);

  sb_table_add_above (table, "申报单位：大连某公司");
  sb_table_add_below (table, "申报单位（盖章）：");
  sb_table_add_below (table, "日期：");
  g_assert_cmpuint (table->above->len, ==, 1);
  g_assert_cmpuint (table->below->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (table->below, 1), ==, "日期：");

  header = sb_table_add_row (table, SB_ROW_HEADER);
  cell = sb_row_add_header (header, "收入", 3, 2);
  g_assert_cmpint (cell->kind, ==, SB_CELL_TEXT);
  g_assert_cmpuint (cell->col_span, ==, 3);
  g_assert_cmpuint (cell->row_span, ==, 2);
  g_assert_cmpint (cell->align, ==, SB_CELL_ALIGN_CENTER);
  g_assert_true (cell->bold);
  g_assert_true (cell->wrap);
  /* zero spans count as one */
  cell = sb_row_add_header (header, "x", 0, 0);
  g_assert_cmpuint (cell->col_span, ==, 1);
  g_assert_cmpuint (cell->row_span, ==, 1);

  body = sb_table_add_row (table, SB_ROW_BODY);
  cell = sb_row_add_money (body, 100);
  g_assert_cmpuint (cell->col_span, ==, 1);
  g_assert_cmpuint (cell->row_span, ==, 1);
  g_assert_false (cell->bold);
  g_assert_false (cell->wrap);
  g_assert_cmpint (cell->align, ==, SB_CELL_ALIGN_DEFAULT);
  /* a text cell keeps no value */
  cell = sb_row_add_text (body, "a");
  g_assert_cmpint (cell->value, ==, SB_UNSET);

  total = sb_table_add_row (table, SB_ROW_TOTAL);
  /* total rows are bold */
  cell = sb_row_add_text (total, "合计");
  g_assert_true (cell->bold);
  cell = sb_row_add_money (total, 100);
  g_assert_true (cell->bold);

  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpint (((SbTableRow *) g_ptr_array_index (table->rows, 0))->kind, ==, SB_ROW_HEADER);
  g_assert_cmpint (((SbTableRow *) g_ptr_array_index (table->rows, 2))->kind, ==, SB_ROW_TOTAL);

  /* a second sheet */
  g_assert_nonnull (sb_form_add_table (form, "2023", NULL));
  g_assert_cmpuint (form->tables->len, ==, 2);
  sb_form_free (NULL);
}

static void
test_registry (void)
{
  guint n = 0;
  const SbFormInfo *list = sb_form_list (&n);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  SbFormInput input = { NULL };
  SbForm *form;

  g_assert_cmpuint (n, ==, 16);
  for (guint i = 0; i < n; i++)
    {
      /* one builder each, ids unique */
      g_assert_true ((list[i].build != NULL) != (list[i].build_many != NULL));
      g_assert_true (g_hash_table_add (ids, (gpointer) list[i].id));
      g_assert_true (sb_form_lookup (list[i].id) == &list[i]);
      g_assert_true (sb_form_lookup (list[i].title) == &list[i]);
    }
  g_assert_cmpstr (list[0].id, ==, "tase-summary");
  g_assert_cmpstr (sb_form_lookup ("tase-annex3")->title, ==,
                   "技术先进型服务业务收入及离岸外包收入明细表");
  g_assert_nonnull (sb_form_lookup ("tf-summary")->build_many);
  g_assert_null (sb_form_lookup ("tf-summary")->build);
  /* the recommendation list is a list of companies */
  g_assert_nonnull (sb_form_lookup ("tase-summary")->build_many);
  /* the title is looked up exactly */
  g_assert_null (sb_form_lookup ("明细表"));
  g_assert_null (sb_form_lookup ("no-such-table"));
  g_assert_null (sb_form_lookup (""));

  form = sb_form_build ("no-such-table", &input, &error);
  g_assert_null (form);
  g_assert_error (error, SB_FORM_ERROR, SB_FORM_ERROR_UNKNOWN_TABLE);
  g_assert_nonnull (strstr (error->message, "no-such-table"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/forms/core/money", test_money);
  g_test_add_func ("/forms/core/money-wan", test_money_wan);
  g_test_add_func ("/forms/core/percent", test_percent);
  g_test_add_func ("/forms/core/decimal-integer", test_decimal_integer);
  g_test_add_func ("/forms/core/date-text-empty", test_date_text_empty);
  g_test_add_func ("/forms/core/spans-and-rows", test_spans_and_rows);
  g_test_add_func ("/forms/core/registry", test_registry);
  return g_test_run ();
}
