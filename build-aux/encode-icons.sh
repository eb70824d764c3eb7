#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Encodes the window's symbolic icons (the sources: resources/icons/svg/*.svg)
# as GTK's symbolic PNGs, committed under resources/icons/SIZExSIZE/actions:
# every icon at 16×16 and 32×32 (a scale of 2), and at 128×128 and 256×256
# for the status pages (the pages use the program icons there too).  GTK draws them without loading the SVG renderer
# (librsvg), which keeps it out of the window's start; the SVGs themselves are
# not in the resources, since GTK would prefer them.  Run it after changing
# an SVG (needs gtk4-encode-symbolic-svg, Debian's libgtk-4-bin).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/resources/icons"
encode () {
  mkdir -p "$2x$2/actions"
  gtk4-encode-symbolic-svg -o "$2x$2/actions" "$1" "$2x$2"
}
for svg in svg/*-symbolic.svg; do
  for size in 16 32 128 256; do
    encode "$svg" "$size"
  done
done
