#!/usr/bin/env bash
# Builds the .deb with CPack from the build folder and checks what it holds.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/motcua ./usr/bin/motcuactl ./usr/share/applications/motcua.desktop \
         ./usr/share/icons/hicolor/scalable/apps/motcua.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in package: $f"; exit 1; }
done
dpkg-deb -f "$deb" Package | grep -qx motcua-desk
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libqt6core6 <<<"$depends" || { echo "package does not depend on Qt: $depends"; exit 1; }
echo "package ok: $(basename "$deb")"
