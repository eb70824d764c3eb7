#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Shenbao and opens its window.
#
#   ./build-aux/run.sh [--db PATH]         the window, on the default database
#                                          (seeded with the example companies
#                                          on the first run) or on PATH
#   ./build-aux/run.sh evaluate [FILE…]    the command line instead: evaluates
#                                          the example dossiers, or FILEs
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup-deps.sh"
cd "$top"
[ -f build/build.ninja ] || meson setup build >/dev/null
ninja -C build >/dev/null

if [ "${1:-}" = evaluate ]; then
  shift
  if [ "$#" -eq 0 ]; then
    set -- data/examples/*.shenbao.json
  fi
  for f in "$@"; do
    echo "== $f" >&2
    ./build/src/cli/shenbao-cli evaluate "$f"
  done
  exit 0
fi

# the settings schema and the translations as built, not installed
GSETTINGS_SCHEMA_DIR="$top/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
SHENBAO_LOCALEDIR="$top/build/po"
export GSETTINGS_SCHEMA_DIR SHENBAO_LOCALEDIR
exec ./build/src/ui/shenbao "$@"
