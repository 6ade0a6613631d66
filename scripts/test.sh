#!/bin/bash
# The whole test suite, as CI runs it: install what is needed, then build and run every test
# twice — in the release preset and in the dev preset (AddressSanitizer + UBSan) — and run the
# libFuzzer targets for a bounded time. Keychain tests start their own D-Bus session and
# gnome-keyring (tests/support/with-keyring.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh || exit 1
export QT_QPA_PLATFORM=offscreen

summary=()
status=0
for preset in release dev; do
    echo "=== $preset: configure and build"
    if ! cmake --preset "$preset" >/dev/null || ! cmake --build --preset "$preset"; then
        summary+=("$preset: BUILD FAILED")
        status=1
        continue
    fi
    echo "=== $preset: test"
    log="build/$preset/ctest-summary.log"
    ctest --preset "$preset" 2>&1 | tee "$log"
    result=${PIPESTATUS[0]}
    line=$(grep -E "tests passed|tests failed" "$log" | tail -1)
    summary+=("$preset: ${line:-no summary} (ctest exit $result)")
    [ "$result" -eq 0 ] || status=1
done

echo "=== fuzz: each libFuzzer target for ${FUZZ_SECONDS:-60} s"
if scripts/fuzz.sh; then
    summary+=("fuzz: no crash")
else
    summary+=("fuzz: FAILED")
    status=1
fi

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
exit $status
