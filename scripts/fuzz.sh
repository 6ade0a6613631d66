#!/bin/bash
# Builds the libFuzzer targets with clang and runs each for a bounded time (default 60 s) from its
# committed corpus in tests/fuzz/corpus/<name>. New inputs go to a scratch folder, not the
# corpus; a crash leaves its input in build/fuzz/crashes and fails the script.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz || exit 1
mkdir -p build/fuzz/crashes
status=0
for corpus in tests/fuzz/corpus/*/; do
    name=$(basename "$corpus")
    bin=build/fuzz/tests/fuzz/fuzz_$name
    [ -x "$bin" ] || { echo "fuzz: no target for corpus $name" >&2; status=1; continue; }
    scratch=$(mktemp -d)
    echo "=== fuzz_$name for ${seconds} s"
    if ASAN_OPTIONS=detect_leaks=0 "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build/fuzz/crashes/"$name"- "$scratch" "$corpus" 2>build/fuzz/$name.log; then
        tail -1 build/fuzz/$name.log
    else
        echo "fuzz_$name FAILED; see build/fuzz/$name.log and build/fuzz/crashes/" >&2
        tail -30 build/fuzz/$name.log >&2
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
