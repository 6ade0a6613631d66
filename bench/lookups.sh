#!/bin/bash
# Lookups end to end (#15): patchbay-demo-api serves charges (Stripe-like) and answers the
# contact queries (Salesforce-like); patchbay-cli runs the example integration
# (resources/examples/payments-to-crm) with the lookup at 8 in flight. To time the lookups and
# not the writes, a filter after the lookup leaves every record out.
#
#   bench/lookups.sh [RECORDS]          (default 20000; needs a release build)
#   RUNS=3 bench/lookups.sh             (median, min–max of several)
#
# Prints: (a) every lookup a different payer (no cache hits): lookups per second; (b) one payer
# in ten new (90 % cache hits): records per second through the lookup; (c) peak RSS of (b) at
# 5× the records, against (b)'s; (d) as (a), but the lookup batched: 50 payers a request.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-20000}
runs=${RUNS:-3}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export PATCHBAY_SECRET_PAYMENTS_TOKEN=demo-token PATCHBAY_SECRET_SALESFORCE_CLIENTSECRET=demo-secret

python3 - > "$work/p.patchbay.json" <<'PY'
import json
p = json.load(open("resources/examples/payments-to-crm.patchbay.json"))
i = p["integrations"][0]
for n in i["nodes"]:
    if n["type"] == "source":
        n.pop("watermark", None)
    if n["id"] == "succeeded":
        n["condition"] = "true"          # every charge is looked up
    if n["type"] == "lookup":
        n["concurrency"] = 8
# after the lookup: a filter that leaves everything out, so that no write is timed
i["nodes"].append({"id": "none", "type": "filter", "condition": "false", "position": {"x": 720, "y": 300}})
i["wires"] = [w for w in i["wires"] if w["from"] != "find"] + [{"from": "find", "to": "none"}, {"from": "none", "to": "found"}]
json.dump(p, open("/dev/stdout", "w"), indent=2)
PY
# (d): the same, the contacts found 50 payers at a time (SOQL's IN, a batched lookup)
python3 - "$work/p.patchbay.json" > "$work/batch.patchbay.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
for e in p["endpoints"]:
    if e["id"] == "find-contact":
        e["query"] = {"q": "SELECT Id, Email, Name FROM Contact WHERE Email IN ({{keys}})"}
for n in p["integrations"][0]["nodes"]:
    if n["type"] == "lookup":
        n["batch"] = {"size": 50, "key": "billing_details.email", "match": "Email", "quote": True}
json.dump(p, open("/dev/stdout", "w"), indent=2)
PY
project="$work/p.patchbay.json"

run() { # records payers: appends "seconds rss lookups requests cacheHits" to $work/runs
    local n=$1 payers=$2
    "$api" --port 0 --payments "$n" --payers "$payers" --contacts "$((payers / 2))" --max-page-size 100 > "$work/api.out" 2>&1 &
    local pid=$!
    for _ in $(seq 50); do grep -q listening "$work/api.out" && break; sleep 0.1; done
    local url; url=$(sed -n 's/^listening on //p' "$work/api.out")
    rm -rf "$work/data"
    /usr/bin/time -f "%e %M" -o "$work/time" env PATCHBAY_DATA_DIR="$work/data" \
        "$cli" --secrets-from-env run "$project" payments-to-crm --var demo_api="$url" --json > "$work/summary.json"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    read -r seconds rss < "$work/time"
    python3 - "$work/summary.json" "$seconds" "$rss" >> "$work/runs" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["status"] == "succeeded", s
f = s["nodes"]["find"]
print(sys.argv[2], sys.argv[3], f["lookups"], f["requests"], f["cacheHits"])
PY
}

row() { # label records payers per(lookups|records)
    local label=$1 n=$2 payers=$3 per=$4
    rm -f "$work/runs"
    for _ in $(seq "$runs"); do run "$n" "$payers"; done
    python3 - "$label" "$n" "$per" "$work/runs" <<'PY'
import statistics, sys
label, n, per, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
runs = [line.split() for line in open(path)]
rates = sorted((int(r[3]) if per == "lookups" else n) / float(r[0]) for r in runs)
r = runs[0]
print(f"| {label} | {n:,} | {statistics.median(rates):,.0f} {per}/s ({rates[0]:,.0f}–{rates[-1]:,.0f}) | "
      f"{int(r[2]):,} lookups, {int(r[3]):,} requests, {int(r[4]):,} cache hits | {max(int(x[1]) for x in runs) / 1024:.1f} MiB |")
PY
}

echo "| run | records | rate | lookups | peak RSS |"
echo "| --- | ---: | --- | --- | ---: |"
row "(a) every lookup a request, 8 in flight" "$records" "$records" lookups
row "(b) 90 % cache hits" "$records" "$((records / 10))" records
RUNS=1 runs=1 row "(c) 90 % cache hits, 5× the records" "$((records * 5))" "$((records / 2))" records
project="$work/batch.patchbay.json"
row "(d) every payer new, 50 a request (batched)" "$records" "$records" records
