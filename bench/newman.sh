#!/bin/bash
# patchbay-cli test next to Postman's own collection runner, newman (#24): the same suite of
# REQUESTS requests (default 200) with 2 assertions each — status 200, and the reply lists
# customers — against patchbay-demo-api on loopback, each writing a JUnit report. newman is
# pinned in bench/newman/package-lock.json and installed there with npm when it is missing.
#
#   bench/newman.sh [REQUESTS] [RUNS]    (needs a release build: cmake --build --preset release)
#
# Prints wall time and peak RSS (GNU time) of each run, and the ratios of the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
runs=${2:-3}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt install time)" >&2; exit 1; }
if [ ! -x bench/newman/node_modules/.bin/newman ]; then
    (cd bench/newman && npm ci --no-audit --no-fund --loglevel=error) || { echo "newman could not be installed (npm ci in bench/newman)" >&2; exit 1; }
fi
newman=bench/newman/node_modules/.bin/newman
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
"$api" --port 0 --token demo-token > "$work/api.out" 2>&1 &
for _ in $(seq 50); do grep -q listening "$work/api.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/api.out")

# The same suite twice: a Postman collection (pm.test scripts) and a Patchbay project (assertions).
python3 - "$requests" "$work" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
tests = [
    'pm.test("status is 200", function () { pm.response.to.have.status(200); });',
    'pm.test("lists customers", function () { pm.expect(pm.response.json().data.length).to.be.above(0); });',
]
items = [{
    "name": f"customers {i}",
    "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer {{token}}"}],
                "url": {"raw": "{{demo_api}}/customers?page=" + str(i % 10 + 1) + "&per_page=5",
                        "host": ["{{demo_api}}"], "path": ["customers"],
                        "query": [{"key": "page", "value": str(i % 10 + 1)}, {"key": "per_page", "value": "5"}]}},
    "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": tests}}],
} for i in range(n)]
json.dump({"info": {"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items}, open(f"{work}/bench.postman_collection.json", "w"))
endpoints = [{
    "id": f"customers-{i}", "name": f"customers {i}", "group": "bench", "connection": "crm", "method": "GET",
    "path": "/customers", "query": {"page": str(i % 10 + 1), "per_page": "5"},
    "assertions": [{"subject": "status", "operator": "equals", "expected": "200"},
                   {"subject": "formula", "formula": "count(body.data)", "operator": "greaterThan", "expected": "0"}],
} for i in range(n)]
json.dump({"formatVersion": 1, "id": "bench", "name": "bench", "variables": {"demo_api": "http://127.0.0.1:9"},
           "connections": [{"id": "crm", "name": "CRM", "baseUrl": "{{demo_api}}",
                            "auth": {"type": "bearer", "token": {"secret": True}}}],
           "endpoints": endpoints, "integrations": []}, open(f"{work}/bench.patchbay.json", "w"), indent=1)
PY

measure() { # label command…
    local label=$1; shift
    local out
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { echo "$label failed:"; tail -20 "$work/out"; exit 1; }
        read -r secs kb < "$work/time"
        echo "$label run $i: $secs s, peak RSS $((kb / 1024)) MiB"
        echo "$secs $kb" >> "$work/$label.times"
    done
}

measure newman "$newman" run "$work/bench.postman_collection.json" --env-var "demo_api=$url" --env-var token=demo-token \
    --reporters junit --reporter-junit-export "$work/newman.xml"
measure patchbay env PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_DATA_DIR="$work/data" \
    "$cli" --secrets-from-env test "$work/bench.patchbay.json" --var "demo_api=$url" --report-junit "$work/patchbay.xml"
grep -c '<testcase' "$work/newman.xml" "$work/patchbay.xml" | sed 's/^/testcases in /'
grep -c '<failure' "$work/newman.xml" "$work/patchbay.xml" | sed 's/^/failures in /' || true
python3 - "$work" "$requests" <<'PY'
import statistics, sys
work, n = sys.argv[1], sys.argv[2]
def med(label, col):
    return statistics.median(float(l.split()[col]) for l in open(f"{work}/{label}.times"))
nt, pt = med("newman", 0), med("patchbay", 0)
nm, pm = med("newman", 1) / 1024, med("patchbay", 1) / 1024
print(f"{n} requests × 2 assertions, medians: newman {nt:.2f} s, {nm:.0f} MiB; patchbay-cli test {pt:.2f} s, {pm:.0f} MiB "
      f"→ {nt / pt:.1f}× faster, {pm / nm:.2f} of newman's memory")
PY
