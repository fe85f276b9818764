#!/usr/bin/env bash
# Builds the .debs with CPack from the build folder and checks what they hold: motcua-desk (the
# app and motcuactl) and motcua-center (the server, its unit, its configuration, its user); then
# that Debian's own checks accept them: lintian (no error, no warning without a written override),
# appstreamcli on the AppStream file, desktop-file-validate on the desktop file, and a manual page
# for every program that lists what the program's --help lists.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
desk=$(ls "$out"/motcua-desk_*.deb)
center=$(ls "$out"/motcua-center_*.deb)

contents=$(dpkg-deb -c "$desk")
for f in ./usr/bin/motcua ./usr/bin/motcuactl ./usr/share/applications/motcua.desktop \
         ./usr/share/icons/hicolor/scalable/apps/motcua.svg ./usr/share/metainfo/vn.motcua.desk.metainfo.xml \
         ./usr/share/man/man1/motcua.1.gz ./usr/share/man/man1/motcuactl.1.gz \
         ./usr/share/doc/motcua-desk/copyright ./usr/share/doc/motcua-desk/changelog.gz; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in motcua-desk: $f"; exit 1; }
done
if grep -q "motcua-center" <<<"$contents"; then echo "motcua-desk holds the center server"; exit 1; fi
dpkg-deb -f "$desk" Package | grep -qx motcua-desk
depends=$(dpkg-deb -f "$desk" Depends)
grep -q libqt6core6 <<<"$depends" || { echo "package does not depend on Qt: $depends"; exit 1; }
# The plugins that draw the SVG icons (libqt6svg6): no library of the app links them.
grep -q libqt6svg6 <<<"$depends" || { echo "package does not depend on the SVG plugins: $depends"; exit 1; }
# The encrypted database: SQLCipher, never Qt's SQLite plugin.
grep -q libsqlcipher1 <<<"$depends" || { echo "package does not depend on SQLCipher: $depends"; exit 1; }
if grep -q libqt6sql6 <<<"$depends"; then echo "package depends on Qt's SQL plugin: $depends"; exit 1; fi

contents=$(dpkg-deb -c "$center")
for f in ./usr/bin/motcua-center ./usr/lib/systemd/system/motcua-center.service ./etc/motcua/center.conf \
         ./usr/share/man/man8/motcua-center.8.gz ./usr/share/doc/motcua-center/copyright \
         ./usr/share/doc/motcua-center/changelog.gz; do
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

# Debian's checks. The tools come with packaging/setup.sh (lintian, appstream, desktop-file-utils).
for tool in lintian appstreamcli desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (packaging/setup.sh installs it)"; exit 1; }
done
tree=$(mktemp -d)
dpkg-deb -x "$desk" "$tree"
center_tree=$(mktemp -d)
dpkg-deb -x "$center" "$center_tree"
appstreamcli validate --no-net --pedantic "$tree/usr/share/metainfo/vn.motcua.desk.metainfo.xml" ||
    { echo "appstreamcli refuses the metainfo file"; exit 1; }
desktop-file-validate "$tree/usr/share/applications/motcua.desktop" ||
    { echo "desktop-file-validate refuses the desktop file"; exit 1; }

# Each manual page names every command and option its program's --help lists. The help of motcua
# is asked with no display at all: it works on a terminal without one.
man_text() { zcat "$1" | sed 's/\\-/-/g'; }
commands_of() { awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' | sort -u; }
options_of() { grep -o -- '--[a-z][a-z-]*' | sort -u; }
names_all() { # PAGE PAGE-TEXT WORDS: fails on the first word the page does not hold
    local name=$1 text=$2 word
    shift 2
    [ $# -gt 0 ] || { echo "no commands or options read from the help for $name"; exit 1; }
    for word in "$@"; do
        grep -qw -- "$word" <<<"$text" || { echo "$name does not name $word"; exit 1; }
    done
}
help=$("$build/app/motcuactl" --help --lang en)
page=$(man_text "$tree/usr/share/man/man1/motcuactl.1.gz")
names_all motcuactl.1 "$page" $(commands_of <<<"$help")
names_all motcuactl.1 "$page" $(options_of <<<"$help")
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$build/app/motcua" --help 2>/dev/null) ||
    { echo "motcua --help fails without a display"; exit 1; }
names_all motcua.1 "$(man_text "$tree/usr/share/man/man1/motcua.1.gz")" $(options_of <<<"$help")
help=$("$build/app/motcua-center" --help --lang en)
page=$(man_text "$center_tree/usr/share/man/man8/motcua-center.8.gz")
names_all motcua-center.8 "$page" $(commands_of <<<"$help")
names_all motcua-center.8 "$page" $(options_of <<<"$help")
rm -rf "$tree" "$center_tree"

# lintian: every error and warning fails. A justified one would get an override with its reason
# (installed as usr/share/lintian/overrides/PACKAGE); none is needed. The line below counts them.
report=$(lintian --tag-display-limit 0 "$desk" "$center" 2>&1 || true)
errors=$(grep -c '^E: ' <<<"$report" || true)
warnings=$(grep -c '^W: ' <<<"$report" || true)
echo "lintian: $errors errors, $warnings warnings"
if [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then
    grep -E '^(E|W): ' <<<"$report"
    exit 1
fi
echo "packages ok: $(basename "$desk") $(basename "$center")"
