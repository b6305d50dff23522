#!/usr/bin/env bash
# Build 综治工作台 (Zongzhi Desk) for Debian-based systems (Debian, UOS, Kylin):
#   1. the one-folder PyInstaller bundle   build/pyinstaller/dist/zongzhi-desk/
#   2. a .deb installing it to /opt        dist/zongzhi-desk_VERSION_ARCH.deb
#
#   installer/build.sh                 bundle, self-test of the bundle, .deb
#   installer/build.sh --clean         same, with an empty PyInstaller cache
#   installer/build.sh --deb-only      package the bundle already built
#   installer/build.sh --no-self-test  do not run the bundle's --self-test before packaging
#   installer/build.sh --fast          quick gzip compression of the .deb (tests); default xz -6
#   installer/build.sh --build-dir DIR --out DIR   where the work files / the .deb go
#                                                  (default build/ and dist/ in the project)
#   installer/build.sh --deb-only --bundle DIR --version V
#                                      package another bundle folder under another version (tests)
# Environment: PYTHON (default .venv/bin/python in the project).
#
# The bundle runs only on systems whose glibc is at least the build machine's: build on the oldest system
# you install to (see installer/README.md). Needs: binutils (objdump), dpkg-deb; no other packaging tools.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYINSTALLER_REQ="pyinstaller>=6.10,<7"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
BUILD_DIR="$ROOT/build"
OUT_DIR="$ROOT/dist"
CLEAN=()
DEB_ONLY=0
BUNDLE=""
VERSION=""
SELF_TEST=1
DEB_COMPRESS=(-Zxz -z6)  # xz: understood by every dpkg (UOS V20 / Kylin V10 dpkg 1.19 has no zstd)

while [ $# -gt 0 ]; do
  case "$1" in
    --clean) CLEAN=(--clean) ;;
    --deb-only) DEB_ONLY=1 ;;
    --no-self-test) SELF_TEST=0 ;;
    --build-dir) BUILD_DIR="$(realpath -m "$2")"; shift ;;
    --out) OUT_DIR="$(realpath -m "$2")"; shift ;;
    --fast) DEB_COMPRESS=(-Zgzip -z1) ;;
    --bundle) BUNDLE="$(realpath -m "$2")"; shift ;;
    --version) VERSION="$2"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\n== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ what the build machine needs
missing_apt=()
command -v objdump >/dev/null || missing_apt+=(binutils)
command -v dpkg-deb >/dev/null || missing_apt+=(dpkg)
[ -x "$PYTHON" ] || die "no Python at $PYTHON: create the venv first (python3 -m venv .venv && .venv/bin/pip install -e .) or set PYTHON="
if ! "$PYTHON" - <<'EOF'
import sys, sysconfig
from pathlib import Path
# PyInstaller needs Python's shared library (libpython3.X.so) to put in the bundle
v = sysconfig.get_config_var
names = {v("INSTSONAME") or "", f"libpython{v('LDVERSION')}.so.1.0", f"libpython{v('LDVERSION')}.so"} - {""}
dirs = {v("LIBDIR") or "", v("MULTIARCH") and f"/usr/lib/{v('MULTIARCH')}" or "", "/usr/lib", sys.base_prefix + "/lib"}
sys.exit(0 if any((Path(d) / n).is_file() for d in dirs - {""} for n in names) else 1)
EOF
then
  missing_apt+=("libpython3.$("$PYTHON" -c 'import sys; print(sys.version_info[1])')")
fi
if [ ${#missing_apt[@]} -gt 0 ]; then
  die "missing on this machine; install with:  sudo apt-get install ${missing_apt[*]}"
fi

VERSION="${VERSION:-$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')}"
ARCH="$(dpkg --print-architecture)"
APPID="org.zongzhi.desk"  # the UOS application id: /opt/apps/$APPID/{files,entries,info}
BUNDLE="${BUNDLE:-$BUILD_DIR/pyinstaller/dist/zongzhi-desk}"
DEB="$OUT_DIR/zongzhi-desk_${VERSION}_${ARCH}.deb"
START=$SECONDS

# ------------------------------------------------------------------ 1. the PyInstaller bundle
if [ "$DEB_ONLY" = 0 ]; then
  if ! "$PYTHON" -c 'import sys, PyInstaller; v = tuple(int(x) for x in PyInstaller.__version__.split(".")[:2]); sys.exit(0 if (6, 10) <= v < (7, 0) else 1)' 2>/dev/null; then
    say "installing $PYINSTALLER_REQ into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet "$PYINSTALLER_REQ"
  fi
  say "PyInstaller $("$PYTHON" -m PyInstaller --version) → $BUNDLE"
  "$PYTHON" -m PyInstaller --noconfirm ${CLEAN[@]+"${CLEAN[@]}"} --log-level WARN \
    --distpath "$BUILD_DIR/pyinstaller/dist" --workpath "$BUILD_DIR/pyinstaller/work" \
    installer/zongzhi-desk.spec
fi
[ -x "$BUNDLE/zongzhi-desk" ] && [ -x "$BUNDLE/zongzhi-desk-debug" ] || die "no bundle at $BUNDLE"

if [ "$DEB_ONLY" = 0 ]; then
  # Symbols and debug information nobody reads on a centre's PC (libpython alone carries 17 MB of them).
  # Shared libraries only: the two programs carry their Python archive at their end, which strip would cut.
  # Qt's libraries come stripped in the wheel and are left as they are; so are the libraries auditwheel
  # vendored into a wheel's <name>.libs folder: patchelf rewrote their headers, and strip then leaves
  # "ELF load command address/offset not page-aligned" (numpy's OpenBLAS would no longer load).
  before="$(du -sm "$BUNDLE" | cut -f1)"
  find "$BUNDLE/_internal" -type f -name '*.so*' ! -path '*/PySide6/Qt/*' ! -path '*.libs/*' -print0 \
    | xargs -0 -r strip --strip-unneeded 2>/dev/null || true
  say "stripped the shared libraries: $before MB -> $(du -sm "$BUNDLE" | cut -f1) MB"
fi

if [ "$SELF_TEST" = 1 ]; then
  say "self-test of the bundle (offscreen, throw-away data folder)"
  tmp_data="$(mktemp -d)"
  trap 'rm -rf "$tmp_data"' EXIT
  (cd "$tmp_data" && QT_QPA_PLATFORM=offscreen ZONGZHI_DATA_DIR="$tmp_data" "$BUNDLE/zongzhi-desk-debug" --self-test) \
    || die "the bundle failed its self-test: not packaging it"
fi

say "size of the bundle"
"$PYTHON" installer/bundle_size.py "$BUNDLE" || echo "build.sh: WARNING: the bundle is over its size target"

# ------------------------------------------------------------------ 2. the .deb
DEPENDS="libstdc++6, libgcc-s1 | libgcc1, zlib1g,
 libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0 | libglib2.0-0t64,
 libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxext6, libxrandr2, libdrm2,
 libxcb1, libxcb-cursor0, libxcb-glx0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0,
 libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1,
 libgssapi-krb5-2, libpulse0, libcups2 | libcups2t64"
DEPENDS="$(echo "$DEPENDS" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')"

say "checking the bundle against the .deb's Depends"
mkdir -p "$BUILD_DIR/deb"
"$PYTHON" installer/linux/check_bundle.py "$BUNDLE" --depends "$DEPENDS" --glibc-file "$BUILD_DIR/deb/glibc"
GLIBC="$(cat "$BUILD_DIR/deb/glibc")"
if [ "$(printf '%s\n' "$GLIBC" 2.28 | sort -V | tail -1)" != "2.28" ]; then
  echo "build.sh: NOTE: this bundle needs glibc >= $GLIBC; UOS V20 / Kylin V10 have 2.28-2.31." \
       "To install there, build on a system with glibc 2.28 (see installer/README.md)."
fi

say "packaging $DEB"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "installer/linux/$APPID.desktop" || die "the menu entry does not validate"
else
  echo "build.sh: NOTE: desktop-file-validate not found (apt-get install desktop-file-utils): menu entry not checked"
fi
# UOS layout (/opt/apps/<appid>/files, entries, info) plus what plain Debian and Kylin look at: the menu
# entry and icons under /usr/share and a /usr/bin launcher. The menu entry has the same desktop-file id
# (<appid>.desktop) in both places, so a desktop that reads both shows it once.
STAGE="$BUILD_DIR/deb/zongzhi-desk_${VERSION}_${ARCH}"
APPDIR="/opt/apps/$APPID"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/bin" "$STAGE/usr/share/doc/zongzhi-desk"
mkdir -p "$STAGE$APPDIR"
cp -a "$BUNDLE" "$STAGE$APPDIR/files"
ln -s "$APPDIR/files/zongzhi-desk" "$STAGE/usr/bin/zongzhi-desk"
for dir in "$STAGE$APPDIR/entries" "$STAGE/usr/share"; do
  mkdir -p "$dir/applications" "$dir/icons/hicolor/scalable/apps"
  install -m 0644 "installer/linux/$APPID.desktop" "$dir/applications/$APPID.desktop"
  install -m 0644 installer/zongzhi-desk.svg "$dir/icons/hicolor/scalable/apps/$APPID.svg"
  QT_QPA_PLATFORM=offscreen "$PYTHON" installer/render_icons.py --png-dir "$dir/icons/hicolor" --name "$APPID" \
    || echo "build.sh: WARNING: PNG icons not rendered; the SVG icon alone is installed"
done
cat > "$STAGE$APPDIR/info" <<EOF
{
  "appid": "$APPID",
  "name": "综治工作台",
  "version": "$VERSION",
  "arch": ["$ARCH"],
  "permissions": {
    "autostart": false, "notification": false, "trayicon": false, "clipboard": true,
    "account": false, "bluetooth": false, "camera": true, "audio_record": false, "installed_apps": false
  }
}
EOF
{
  echo "综治工作台 Zongzhi Desk $VERSION"
  echo
  echo "Bundled fonts: WenQuanYi Micro Hei, and subsets of Hanazono Mincho (HanaMinA/B) for the rare"
  echo "characters of names, each under its own licence:"
  echo
  cat desktop/resources/fonts/LICENSE* 2>/dev/null || true
} > "$STAGE/usr/share/doc/zongzhi-desk/copyright"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: zongzhi-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: Zongzhi Desk maintainers <zongzhi-desk@localhost>
Installed-Size: $INSTALLED_KB
Depends: libc6 (>= $GLIBC), $DEPENDS
Suggests: libgtk-3-0 | libgtk-3-0t64
Section: misc
Priority: optional
Description: 综治工作台 Zongzhi Desk — community governance centre front desk
 Desktop program of a community comprehensive-governance centre (综治中心):
 visitor reception, dispute mediation records and documents, footage-access
 requests, key groups and volunteers. Self-contained (Python and Qt inside
 /opt/apps/$APPID/files). Check an installation with: zongzhi-desk --self-test
 User data stays in ~/.local/share/zongzhi-desk (not removed on uninstall).
EOF

# root-owned, world-readable, nothing group/world-writable
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod u+rw,go+r,go-w {} +
mkdir -p "$OUT_DIR"
rm -f "$DEB"
dpkg-deb --root-owner-group "${DEB_COMPRESS[@]}" --build "$STAGE" "$DEB" >/dev/null

say "done in $((SECONDS - START)) s"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE"
echo "deb:    $(du -h "$DEB" | cut -f1)  $DEB"
echo "install: sudo apt install $DEB      check: zongzhi-desk --self-test"
