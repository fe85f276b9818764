#!/usr/bin/env bash
# Builds the .debs with CPack from the build folder and checks what they hold: motcua-desk (the
# app and motcuactl) and motcua-center (the server, its unit, its configuration, its user).
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
desk=$(ls "$out"/motcua-desk_*.deb)
center=$(ls "$out"/motcua-center_*.deb)

contents=$(dpkg-deb -c "$desk")
for f in ./usr/bin/motcua ./usr/bin/motcuactl ./usr/share/applications/motcua.desktop \
         ./usr/share/icons/hicolor/scalable/apps/motcua.svg; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in motcua-desk: $f"; exit 1; }
done
if grep -q "motcua-center" <<<"$contents"; then echo "motcua-desk holds the center server"; exit 1; fi
dpkg-deb -f "$desk" Package | grep -qx motcua-desk
depends=$(dpkg-deb -f "$desk" Depends)
grep -q libqt6core6 <<<"$depends" || { echo "package does not depend on Qt: $depends"; exit 1; }
# The encrypted database: SQLCipher, never Qt's SQLite plugin.
grep -q libsqlcipher1 <<<"$depends" || { echo "package does not depend on SQLCipher: $depends"; exit 1; }
if grep -q libqt6sql6 <<<"$depends"; then echo "package depends on Qt's SQL plugin: $depends"; exit 1; fi

contents=$(dpkg-deb -c "$center")
for f in ./usr/bin/motcua-center ./usr/lib/systemd/system/motcua-center.service ./etc/motcua/center.conf; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in motcua-center: $f"; exit 1; }
done
if grep -q " ./usr/bin/motcua\$" <<<"$contents"; then echo "motcua-center holds the desktop app"; exit 1; fi
dpkg-deb -f "$center" Package | grep -qx motcua-center
depends=$(dpkg-deb -f "$center" Depends)
grep -q libpqxx <<<"$depends" || { echo "motcua-center does not depend on libpqxx: $depends"; exit 1; }
control=$(mktemp -d)
dpkg-deb -e "$center" "$control"
grep -qx /etc/motcua/center.conf "$control/conffiles" || { echo "center.conf is not a conffile"; exit 1; }
grep -q "adduser --system" "$control/postinst" || { echo "postinst makes no system user"; exit 1; }
grep -q "^User=motcua-center" <(dpkg-deb --fsys-tarfile "$center" | tar -xO ./usr/lib/systemd/system/motcua-center.service)
rm -rf "$control"
echo "packages ok: $(basename "$desk") $(basename "$center")"
