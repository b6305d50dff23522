#!/usr/bin/env bash
# Sets up what is missing on a Debian 12 (or UOS / Kylin) machine: apt packages (as root), the .venv,
# the compiled translations. `scripts/setup.sh run` = what the app needs; `scripts/setup.sh test` = also
# Xvfb, poppler-utils and PostgreSQL for the tests. Safe to run again: it only adds what is missing.
set -euo pipefail
mode="${1:-run}"
cd "$(dirname "$0")/.."

RUN_PKGS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1 libpulse0 libcups2 python3-venv"
TEST_PKGS="xvfb xauth xdotool poppler-utils postgresql desktop-file-utils dbus fcitx5 fcitx5-chinese-addons
 gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-ugly gstreamer1.0-plugins-good gstreamer1.0-plugins-base
 python3-gi gstreamer1.0-tools"
pkgs="$RUN_PKGS"
[ "$mode" = test ] && pkgs="$pkgs $TEST_PKGS"

missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
  else
    echo "These Debian packages are missing. Ask IT (or run as root):"
    echo "  sudo apt-get install$missing"
    exit 1
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".[dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# compiled translations (*.qm are build products, not committed)
for ts in desktop/resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
