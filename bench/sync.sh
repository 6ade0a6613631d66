#!/bin/bash
# The sync engine end to end: patchbay-demo-api serves N customers and takes the contacts;
# patchbay-cli run moves them. Records per second are records read / wall time of the whole run
# (first source request to last target answer, process start-up included); peak RSS by GNU time.
#
#   bench/sync.sh [RECORDS]            (default 100000; needs a release build)
#   RUNS=5 bench/sync.sh               (each of (a) and (b) run RUNS times: median, min–max)
#
# Prints: (a) batches of 100, (b) one record per request with 8 in flight, the peak RSS at 10×
# the records, (d) one record a request with 429s and 500s among the answers (ONLY=d: just that
# row), (i) (a) with and without the schema-drift guard (ONLY=i), (g) the demo integration under a storm of faults, four runs (ONLY=g), (h) one record a
# request, 8 in flight, against a target that serves 3 at once (ONLY=h), (e)/(f) as (a)/(b) over HTTPS (the demo API with the test certificate of tests/data/tls,
# the connections trusting its CA; ONLY=e: just those), and a run under 50 ms latency with 20
# requests/s on each side against the bound those limits set. Runs on a shared 2-core VM vary by
# ±15 %: hence the median of several.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-100000}
runs=${RUNS:-5}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_SECRET_MAILING_KEY=demo-key

# The demo project, with pages of 1,000 and every customer sent (no filter).
tls=tests/data/tls
project() { # batchSize endpoint concurrency pageSize rate [https]
    bench/demo-project.py "$@" > "$work/p.patchbay.json"
}

run() { # customers [demo-api options…]: appends "seconds rss requests target-stats" to $work/runs
    local n=$1; shift
    [ "${HTTPS:-}" = 1 ] && set -- "$@" --tls-cert "$tls/server.pem" --tls-key "$tls/server.key"
    "$api" --port 0 --customers "$n" "$@" > "$work/api.out" 2>&1 &
    local pid=$!
    for _ in $(seq 50); do grep -q listening "$work/api.out" && break; sleep 0.1; done
    local url; url=$(sed -n 's/^listening on //p' "$work/api.out")
    rm -rf "$work/data"
    /usr/bin/time -f "%e %M" -o "$work/time" env PATCHBAY_DATA_DIR="$work/data" \
        "$cli" --secrets-from-env run "$work/p.patchbay.json" sync-customers --var demo_api="$url" --json > "$work/summary.json"
    local received; received=$(curl -s --cacert "$tls/ca.pem" "$url/_stats" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["received"], s["unique"], s["duplicates"])')
    kill "$pid"; wait "$pid" 2>/dev/null || true
    read -r seconds rss < "$work/time"
    local s; s=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["requests"], j["status"])' "$work/summary.json")
    echo "$seconds $rss $s $received" >> "$work/runs"
}

repeat() { # label customers times [demo-api options…]: one table row, the median run of several
    local label=$1 n=$2 times=$3; shift 3
    rm -f "$work/runs"
    for _ in $(seq "$times"); do run "$n" "$@"; done
    python3 - "$label" "$n" "$work/runs" <<'PY'
import statistics, sys
label, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs = [line.split(maxsplit=4) for line in open(path)]  # seconds rss requests status target-stats
rates = sorted(n / float(r[0]) for r in runs)
median = statistics.median(rates)
seconds = n / median
rss = max(int(r[1]) for r in runs)
spread = f" ({rates[0]:,.0f}–{rates[-1]:,.0f}, {len(runs)} runs)" if len(runs) > 1 else ""
stats = sorted({r[4].strip() for r in runs})  # every run's target /_stats, not just one
succeeded = sum(r[3] == "succeeded" for r in runs)
ended = f" · {succeeded} of {len(runs)} succeeded" if succeeded < len(runs) or len(runs) > 1 else ""
print(f"| {label} | {n:,} | {seconds:.2f} s | {median:,.0f}{spread} | {rss / 1024:.1f} MiB | {int(runs[0][2]):,} | {'; '.join(stats)}{ended} |")
PY
}

echo "| run | records | wall time | records/s | peak RSS | requests | target: received unique duplicates |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
if [ "${ONLY:-}" = "" ] || [ "${ONLY:-}" = e ]; then
# The same as (a) and (b) over HTTPS: Patchbay's own TLS transport, keep-alive, sessions resumed.
project 100 create-contacts-batch 4 1000 0 https
HTTPS=1 repeat "(e) HTTPS: batches of 100, 4 in flight" "$records" "$runs"
project 1 create-contact 8 1000 0 https
HTTPS=1 repeat "(f) HTTPS: one record a request, 8 in flight" "$records" "$runs"
fi
[ "${ONLY:-}" = e ] && exit 0
if [ "${ONLY:-}" = i ]; then
# The live schema-drift guard's cost (#18): (a) with it (the default) and without it
# (onSchemaChange: ignore compares nothing), alternating so that the machine's drift hits both.
project 100 create-contacts-batch 4 1000 0
cp "$work/p.patchbay.json" "$work/guarded.json"
SCHEMA_CHANGE=ignore project 100 create-contacts-batch 4 1000 0
cp "$work/p.patchbay.json" "$work/unguarded.json"
for label in guarded unguarded guarded unguarded; do
    cp "$work/$label.json" "$work/p.patchbay.json"
    repeat "(i) (a) $label" "$records" "$runs"
done
exit 0
fi
if [ "${ONLY:-}" != c ] && [ "${ONLY:-}" != d ] && [ "${ONLY:-}" != g ] && [ "${ONLY:-}" != h ]; then
project 100 create-contacts-batch 4 1000 0
repeat "(a) batches of 100, 4 in flight" "$records" "$runs"
project 1 create-contact 8 1000 0
repeat "(b) one record a request, 8 in flight" "$records" "$runs"
project 100 create-contacts-batch 4 1000 0
repeat "(a) at 10× the records" "$((records * 10))" 1
fi
if [ "${ONLY:-}" = "" ] || [ "${ONLY:-}" = d ]; then
# One record a request, the target answering every 20th with 429 (Retry-After: 2) and every 19th
# with 500: each 429 waits alone while the others go on (#16).
project 1 create-contact 8 1000 0
repeat "(d) one a request, 5 % 429 (Retry-After 2 s) and 5 % 500" 10000 1 --rate-limit-every 20 --retry-after 2 --fail-every 19 --faults-on target
fi
[ "${ONLY:-}" = d ] && exit 0
if [ "${ONLY:-}" = "" ] || [ "${ONLY:-}" = g ]; then
# The demo integration as shipped (pages of 100, batches of 100, 4 in flight) under the storm that
# ended two runs of four `failed` before #16: a 429 every 5th request, a 500 every 7th, a reset
# every 11th, a truncated reply every 13th, on both sides.
project 100 create-contacts-batch 4 100 0
repeat "(g) fault storm: 429/5th, 500/7th, reset/11th, truncated/13th" 3000 4 --rate-limit-every 5 --retry-after 1 \
    --fail-every 7 --reset-every 11 --malformed-every 13
fi
[ "${ONLY:-}" = g ] && exit 0
if [ "${ONLY:-}" = "" ] || [ "${ONLY:-}" = h ]; then
# One record a request, 8 in flight, against a target that serves 3 requests at once (20 ms each)
# and refuses more with a bare 429, as Stripe's concurrency limiter does: 3 / 20 ms = 150 records/s
# at best. The connection's concurrency window learns the 3 (#16).
project 1 create-contact 8 1000 0
repeat "(h) one a request, 8 in flight, the target serving 3 at once (20 ms each)" 2000 3 --max-in-flight 3 --latency-ms 20 --faults-on target
fi
[ "${ONLY:-}" = h ] && exit 0
# 20 requests/s on each side (each connection's rate limit), 50 ms latency on every reply.
project 100 create-contacts-batch 4 100 20
repeat "(c) 50 ms latency, 20 req/s each side" 20000 1 --latency-ms 50
echo
echo "(c) bound: 20,000 records = 201 source pages (pages of 100) and 200 batches of 100; at 20 requests/s"
echo "    per connection the longer side needs (201 - 1) / 20 = 10.0 s, plus one 50 ms reply: 10.05 s."
