#!/bin/bash
# Patchbay's desktop files, icons, man pages and Debian package as Debian's own tools see them:
# desktop-file-validate, appstreamcli, man's warnings, and lintian on the .deb that CPack makes.
# Usage: check_packaging.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
id=io.patchbay.Patchbay
fail() { echo "check_packaging: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/$id.desktop" || fail "the .desktop file is not valid"
appstreamcli validate --no-net --explain "$src/packaging/$id.metainfo.xml" || fail "the AppStream metainfo is not valid"

# the icon in every hicolor size, each really that size
for size in 16 24 32 48 64 128 256; do
    png="$build/packaging/icons/${size}x${size}/$id.png"
    [ -f "$png" ] || png="$build/icons/${size}x${size}/$id.png"
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    python3 - "$png" "$size" <<'PY' || fail "$png is not ${size}x${size}"
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n'
w, h = struct.unpack('>II', data[16:24])
assert w == h == int(sys.argv[2]), (w, h)
PY
done

# patchbay-cli(1): a section for every command its --help lists, and no warnings from man
man=$(find "$build" -name patchbay-cli.1.gz | head -1)
[ -n "$man" ] || fail "no patchbay-cli.1.gz"
cli=$(find "$build" -type f -name patchbay-cli -perm -u+x | head -1)
for c in $(PATCHBAY_DATA_DIR=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | sort -u); do
    zcat "$man" | grep -q "^\.SS $(echo "$c" | sed 's/-/\\\\-/g')\$" || fail "the man page has no section for '$c'"
done
if command -v groff >/dev/null; then
    warnings=$(zcat "$man" | groff -man -Tutf8 -ww -z 2>&1 || true)
    [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi

# the Debian package: lintian finds no errors
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null) || fail "cpack could not make the package"
deb=$(ls "$out"/*.deb | head -1)
dpkg-deb -c "$deb" > "$out/contents"
grep -q "usr/share/applications/$id.desktop" "$out/contents" || fail "the package lacks the .desktop file"
grep -q "usr/share/man/man1/patchbay-cli.1.gz" "$out/contents" || fail "the package lacks the man page"
grep -q "usr/share/icons/hicolor/scalable/apps/$id.svg" "$out/contents" || fail "the package lacks the icon"
report=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
echo "$report"
if echo "$report" | grep -q '^E: '; then
    fail "lintian reports errors"
fi
echo "check_packaging: desktop file, metainfo, icons, man pages and package are clean"
