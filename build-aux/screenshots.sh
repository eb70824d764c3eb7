#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws docs/screenshots/*.png: the window's pages with the example companies,
# in Chinese (zh_CN.UTF-8, built with localedef into a temporary folder).
# Usage: screenshots.sh [BUILDDIR]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
ninja -C "$build" tests/ui/shoot-screenshots po/zh_CN/LC_MESSAGES/shenbao.mo data/gschemas.compiled >/dev/null
tmp=$(mktemp -d /tmp/shenbao-shots-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
localedef -i zh_CN -f UTF-8 "$tmp/zh_CN.UTF-8" 2>/dev/null || true
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES" "$tmp/xdg-data" "$tmp/xdg-config"
cp "$build/po/zh_CN/LC_MESSAGES/shenbao.mo" "$tmp/locale/zh_CN/LC_MESSAGES/"
LOCPATH=$tmp LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
SHENBAO_LOCALEDIR=$tmp/locale SHENBAO_SOURCE_DIR=$top \
SHENBAO_SCREENSHOT_DIR=${SHOTS:-$top/docs/screenshots} \
XDG_DATA_HOME=$tmp/xdg-data XDG_CONFIG_HOME=$tmp/xdg-config \
GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$build/data GTK_A11Y=none NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
  "$build/tests/ui/shoot-screenshots"
