#!/bin/bash
# HTTP/2 against Patchbay's own HTTP/1.1 transport (#16: "HTTP/2 where a server offers it, if it
# measures faster"). The demo API speaks HTTP/1.1 only (QHttpServer 6.4), so nghttpx (Debian's
# nghttp2-proxy) stands in front of it as a TLS server offering h2 and http/1.1 by ALPN, with the
# test certificate of tests/data/tls. The same run of the demo integration goes
#   (1) through Patchbay's transport: HTTP/1.1 over TLS, keep-alive (the default), and
#   (2) with PATCHBAY_HTTP_TRANSPORT=qt through QNetworkAccessManager, which takes h2.
# nghttpx's access log says which protocol each request came in.
#
#   bench/http2.sh [RECORDS]     (default 20000; needs a release build and nghttpx:
#                                 sudo apt-get install nghttp2-proxy)
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-20000}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
command -v nghttpx > /dev/null || { echo "needs nghttpx: sudo apt-get install nghttp2-proxy" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_SECRET_MAILING_KEY=demo-key
tls=tests/data/tls

project() { # batchSize endpoint concurrency: pages of 1,000, the connections trusting the test CA
    bench/demo-project.py "$1" "$2" "$3" 1000 0 https > "$work/p.patchbay.json"
}

run() { # label [env…]: one row
    local label=$1; shift
    "$api" --port 0 --customers "$records" > "$work/api.out" 2>&1 &
    local apipid=$!
    for _ in $(seq 50); do grep -q listening "$work/api.out" && break; sleep 0.1; done
    local port; port=$(sed -n 's/^listening on http:\/\/127.0.0.1://p' "$work/api.out")
    local front=$((20000 + RANDOM % 20000))
    : > "$work/access.log"
    nghttpx -n1 --conf=/dev/null --frontend="127.0.0.1,$front" --backend="127.0.0.1,$port" --backend-connections-per-host=16 \
        --no-ocsp --errorlog-file="$work/error.log" --accesslog-file="$work/access.log" "$tls/server.key" "$tls/server.pem" 2>> "$work/error.log" &
    local proxypid=$!
    for _ in $(seq 50); do (exec 3<> "/dev/tcp/127.0.0.1/$front") 2>/dev/null && break; sleep 0.1; done
    rm -rf "$work/data"
    /usr/bin/time -f "%e %U %S" -o "$work/time" env "$@" PATCHBAY_DATA_DIR="$work/data" \
        "$cli" --secrets-from-env run "$work/p.patchbay.json" sync-customers --var demo_api="https://127.0.0.1:$front" --json > "$work/summary.json"
    local stats; stats=$(curl -s "http://127.0.0.1:$port/_stats" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["received"], s["unique"], s["duplicates"])')
    kill "$proxypid" "$apipid"; wait "$proxypid" "$apipid" 2>/dev/null || true
    local protocol; protocol=$(grep -o '"POST [^"]*"' "$work/access.log" | awk '{print $3}' | tr -d '"' | sort | uniq -c | sort -rn | head -1 | awk '{print $2}')
    read -r seconds user sys < "$work/time"
    python3 - "$label" "$records" "$seconds" "$user" "$sys" "$protocol" "$stats" "$work/summary.json" <<'PY'
import json, sys
label, n, seconds, user, sys_, protocol, stats, summary = sys.argv[1:]
s = json.load(open(summary))
print(f"| {label} | {protocol} | {int(n):,} | {float(seconds):.2f} s | {int(n) / float(seconds):,.0f} | {float(user) + float(sys_):.2f} s | {s['status']}; {stats} |")
PY
}

echo "| run | protocol | records | wall time | records/s | client CPU | status; target received unique duplicates |"
echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
project 1 create-contact 8
run "one record a request, 8 in flight: Patchbay's transport"
run "one record a request, 8 in flight: QNetworkAccessManager" PATCHBAY_HTTP_TRANSPORT=qt
project 100 create-contacts-batch 4
run "batches of 100, 4 in flight: Patchbay's transport"
run "batches of 100, 4 in flight: QNetworkAccessManager" PATCHBAY_HTTP_TRANSPORT=qt
