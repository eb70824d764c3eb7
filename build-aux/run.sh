#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Shenbao and starts it.  For now Shenbao is its command line:
# this evaluates the bundled example dossiers (or the files given).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup-deps.sh"
cd "$top"
[ -f build/build.ninja ] || meson setup build >/dev/null
ninja -C build >/dev/null
if [ "$#" -eq 0 ]; then
  set -- data/examples/*.shenbao.json
fi
for f in "$@"; do
  echo "== $f" >&2
  ./build/src/cli/shenbao-cli evaluate "$f"
done
