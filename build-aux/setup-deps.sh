#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Shenbao needs to build, run and test.
# Idempotent: prints nothing and does nothing when everything is there.
set -eu

PACKAGES="
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libsqlite3-dev
  libgtk-4-dev libadwaita-1-dev libxlsxwriter-dev
  libgsf-1-dev libxml2-dev libfreexl-dev libuchardet-dev
  libpoppler-glib-dev libgdk-pixbuf-2.0-dev libqpdf-dev qpdf
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 at-spi2-core
  fonts-noto-cjk imagemagick poppler-utils
  sqlite3 locales
  clang libclang-rt-14-dev
"

missing=""
for p in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done

[ -z "$missing" ] && exit 0

echo "Installing Debian packages:$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
