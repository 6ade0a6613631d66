#!/bin/bash
# Makes docs/screenshots/*.png from the real window classes on a virtual display (Xvfb), with a
# throwaway gnome-keyring and a local patchbay-demo-api. Look at every PNG before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset release --target patchbay-screenshots patchbay-demo-api >/dev/null
bin=build/release
out=$(realpath -m "${1:-docs/screenshots}")
log=$(mktemp)
"$bin/app/demo-api/patchbay-demo-api" --port 0 --token demo-token --api-key demo-key --payments 300 --contacts 100 >"$log" 2>&1 &
api_pid=$!
trap 'kill $api_pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$log" | head -1)
[ -n "$url" ] || { echo "screenshots: the demo API did not start" >&2; cat "$log" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb
# the keyring first (it must not see a display), then the display for the window
for theme in light dark; do
    tests/support/with-keyring.sh xvfb-run -a -s "-screen 0 1400x900x24" \
        "$PWD/$bin/tests/patchbay-screenshots" "$url" "$out" "$theme"
done
