#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the first page of every official table, made from the example
# companies (the rich company of tests/forms first: every field of the
# filing identity filled in), as docs/tables/ID.png (and keeps the PDF and XLSX files in a
# temporary folder it names, to look at).  Usage: render-tables.sh [BUILDDIR]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
cli=$build/src/cli/shenbao-cli
out=$(mktemp -d /tmp/shenbao-tables-XXXXXX)
db=$out/tables.db

for f in "$top"/tests/forms/data/forms-rich.shenbao.json "$top"/data/examples/*.shenbao.json \
         "$top"/tests/model/rich.shenbao.json; do
  "$cli" --db "$db" import "$f" >/dev/null
done
ids=$("$cli" --db "$db" list | cut -f1)

"$cli" tables | while IFS="$(printf '\t')" read -r table title; do
  made=""
  for company in all $ids; do
    if "$cli" --db "$db" table "$company" "$table" --at 2025-01-10 --out "$out/$table.pdf" 2>/dev/null; then
      "$cli" --db "$db" table "$company" "$table" --at 2025-01-10 --out "$out/$table.xlsx" 2>/dev/null
      made=$company
      break
    fi
  done
  if [ -z "$made" ]; then
    echo "$table: no example company has it" >&2
    continue
  fi
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$table.pdf" "$top/docs/tables/$table"
  echo "$table ($title): company $made, $(pdfinfo "$out/$table.pdf" | awk '/^Pages/ { print $2 }') page(s)"
done
echo "PDF and XLSX files in $out"
