#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A short libFuzzer run of one target (the "fuzz" suite of a -Dfuzzing=true
# build): TARGET FOUND-DIR RUNS SEED-DIR…
# New inputs go to FOUND-DIR (in the build tree), never into the committed
# corpus; the seed is fixed so that a run is the same every time.
set -eu
target=$1
found=$2
runs=$3
shift 3
rm -rf "$found"
mkdir -p "$found"
exec "$target" -runs="$runs" -seed=1 -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
  -print_final_stats=1 "$found" "$@"
