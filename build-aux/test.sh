#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Shenbao and runs every test twice: a normal build, then a build
# with AddressSanitizer and UndefinedBehaviorSanitizer.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup-deps.sh"
cd "$top"

run_suite () {
  dir=$1
  shift
  [ -f "$dir/build.ninja" ] || meson setup "$dir" "$@" >/dev/null
  ninja -C "$dir"
  meson test -C "$dir" --print-errorlogs
}

run_suite build
LSAN_OPTIONS=suppressions=$top/build-aux/lsan.supp:print_suppressions=0 \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-asan -Db_sanitize=address,undefined -Db_lundef=false

# The fuzz targets (libFuzzer: clang with its runtime), a fixed short run of
# each from its committed corpus, under ASan and UBSan: only the targets and
# the libraries they link are built.  SHENBAO_NO_FUZZ=1 skips it.
if [ "${SHENBAO_NO_FUZZ:-}" != 1 ] && command -v clang >/dev/null 2>&1; then
  [ -f build-fuzz/build.ninja ] || CC=clang meson setup build-fuzz -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
  ninja -C build-fuzz tests/fuzz/fuzz-dossier tests/fuzz/fuzz-profile tests/fuzz/fuzz-tables \
    tests/fuzz/fuzz-ledger
  meson test -C build-fuzz --suite fuzz --no-rebuild --print-errorlogs
fi
