#!/bin/bash
# The webhook listener (#19): Stripe-signed charge events POSTed to `patchbay-cli daemon
# --webhooks` on loopback, each kept in the inbox (SQLite, WAL, synchronous=FULL) before it is
# answered, while the daemon's runs send the payers to the demo API's mailing list.
#
#   bench/webhooks.sh [EVENTS]        (default 20000; needs a release build with PATCHBAY_BUILD_BENCH=ON)
#
# Prints (a) events accepted durably per second, 32 connections as fast as they are answered;
# (b) the answer's latency at 1,000 events/s (p50, p99, max); and that the mailing list got each
# event once.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-20000}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
load=build/release/bench/webhook_load
[ -x "$cli" ] && [ -x "$api" ] && [ -x "$load" ] || {
    echo "build first: cmake --preset release -DPATCHBAY_BUILD_BENCH=ON && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_SECRET_MAILING_KEY=demo-key
export PATCHBAY_SECRET_VAR_STRIPE_WEBHOOK_SECRET=whsec_bench
mkdir -p "$work/ws"
cp resources/demo/demo.patchbay.json "$work/ws/"

"$api" --port 0 > "$work/api.out" 2>&1 &
for _ in $(seq 50); do grep -q listening "$work/api.out" && break; sleep 0.1; done
apiurl=$(sed -n 's/^listening on //p' "$work/api.out")

measure() { # label load-options…
    local label=$1; shift
    rm -rf "$work/data"
    PATCHBAY_DATA_DIR="$work/data" "$cli" --secrets-from-env daemon --workspace "$work/ws" --webhooks 127.0.0.1:0 \
        --var demo_api="$apiurl" > "$work/daemon.out" 2> "$work/daemon.err" &
    local pid=$!
    for _ in $(seq 50); do grep -q listening "$work/daemon.out" && break; sleep 0.1; done
    local url; url=$(sed -n 's/^webhooks listening on //p' "$work/daemon.out")
    sleep 0.5 # the secret is read
    "$load" "$url/hooks/demo/charge-events" whsec_bench "$@" > "$work/load.json" || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
    python3 - "$label" "$work/load.json" <<'PY'
import json, sys
label, path = sys.argv[1], sys.argv[2]
j = json.load(open(path))
l = j["latency_ms"]
full = f" ({j['not_2xx']} answered 503: the inbox was full)" if j["not_2xx"] else ""
print(f"{label}: {j['accepted']}/{j['events']} accepted{full} in {j['seconds']:.2f} s = {j['per_second']:.0f} events/s durably; "
      f"answer latency p50 {l['p50']:.2f} ms, p99 {l['p99']:.2f} ms, max {l['max']:.2f} ms")
PY
}

measure "(a) as fast as answered, 32 connections" --events "$events" --connections 32
measure "(b) 1,000 events/s, 16 connections" --events 10000 --connections 16 --rate 1000
sleep 3
curl -s "$apiurl/_stats" | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("mailing list: %d received, %d duplicates (each daemon stops after its measurement; what it had not sent yet stays pending in its inbox)" % (s["received"], s["duplicates"]))'
