#!/usr/bin/env bash
# MotCua Desk set-up: installs what is missing (Debian 12, apt), configures and builds with
# Ninja, then either starts the app or runs the whole test suite.
#
#   bash packaging/setup.sh run     # build and start the app (SQLite in the user's data dir)
#   bash packaging/setup.sh test    # build and run every test with ctest
#
# Works as root or as a user with sudo. Environment:
#   BUILD_DIR        build folder (default: build beside the sources)
#   CI=true          warnings become errors
#   MOTCUA_PASSWORD  with no display, the demo administrator's password for the screenshot run
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: bash packaging/setup.sh run|test" >&2
    exit 2
    ;;
esac
shift

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$src/build}

# libreoffice-calc-nogui: soffice converts the report's XLSX to CSV in the export test
# (52 packages, 82 MB, about 25 s to install without recommends). lintian, appstream and
# desktop-file-utils: the package test checks the .debs with Debian's own tools. libqt6svg6: its
# plugins draw the app's SVG icons (nothing is built against Qt Svg). lld: links the
# test executables several times faster than GNU ld (CMakeLists.txt falls back without it).
packages=(
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-pdf-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev qt6-image-formats-plugins
    qt6-httpserver-dev qt6-websockets-dev postgresql libpqxx-dev libpq-dev
    libssl-dev libsane-dev sane-utils libqrencode-dev libzxing-dev libxlsxwriter-dev
    qtkeychain-qt6-dev libgl-dev cmake ninja-build g++ pkg-config
    xvfb xauth fonts-noto-core poppler-utils imagemagick openssl sqlite3 dpkg-dev file libreoffice-calc-nogui
    clang libclang-rt-14-dev lld
    lintian appstream desktop-file-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root or sudo" >&2
        exit 1
    fi
}

# SQLCipher 4 (the encrypted database): Debian 12 has it in bookworm-backports only (main has
# 3.4, without FTS5); Debian 13 and later have it in main. sqlcipher is its shell, for checks.
backports=()
codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
if [ "$codename" = bookworm ]; then
    backports=(libsqlcipher-dev sqlcipher)
else
    packages+=(libsqlcipher-dev sqlcipher)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

missing=()
for p in "${backports[@]}"; do
    version=$(dpkg-query -W -f='${Status} ${Version}' "$p" 2>/dev/null || true)
    case "$version" in
    "install ok installed "[4-9]*) ;;
    *) missing+=("$p") ;;
    esac
done
if [ ${#missing[@]} -gt 0 ]; then
    if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo "== adding the bookworm-backports suite (SQLCipher 4)"
        as_root tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    fi
    echo "== installing from bookworm-backports: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -t bookworm-backports "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
echo "== configuring in $build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_WERROR=$werror >/dev/null
echo "== building"
start=$(date +%s)
cmake --build "$build" -j"$(nproc)"
echo "== build took $(($(date +%s) - start)) s"

if [ "$mode" = test ]; then
    start=$(date +%s)
    set +e
    ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
    rc=$?
    set -e
    echo "== tests took $(($(date +%s) - start)) s"
    exit $rc
fi

app="$build/app/motcua"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$@"
fi

# No display: start the app under a virtual X server on its default database, log in as the
# demo administrator (created on the first such run), save a screenshot and say where it is.
shots="$build/screenshots"
mkdir -p "$shots"
export MOTCUA_PASSWORD=${MOTCUA_PASSWORD:-motcua-demo}
"$build/app/motcuactl" init --admin admin >/dev/null
shot="$shots/motcua-$(date +%Y%m%d-%H%M%S).png"
xvfb-run -a -s "-screen 0 1366x768x24" "$app" --user admin --screenshot "$shot" "$@"
echo "No display: the app ran under xvfb-run. Screenshot: $shot"
