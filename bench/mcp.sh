#!/bin/bash
# An agent's calls (#17): patchbay-cli mcp on the demo workspace, `tools/call` of list-customers
# (a GET of 100 customers from patchbay-demo-api) N times in one session — one at a time, as an
# agent waits for each answer, and all sent at once (pipelined). Prints calls per second and the
# server's peak RSS.
#
#   bench/mcp.sh [CALLS]           (default 1000; needs a release build)
#   RUNS=3 bench/mcp.sh            (median, min–max of several)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-1000}
runs=${RUNS:-3}
cli=build/release/app/cli/patchbay-cli
api=build/release/app/demo-api/patchbay-demo-api
[ -x "$cli" ] && [ -x "$api" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
"$api" --port 0 --token demo-token --api-key demo-key > "$work/api.log" 2>&1 &
for _ in $(seq 100); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/api.log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
export PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_SECRET_MAILING_KEY=demo-key
CLI="$cli" URL="$url" CALLS="$calls" RUNS="$runs" WORK="$work" python3 - <<'PY'
import json, os, statistics, subprocess, time

cli, url, calls, runs, work = os.environ["CLI"], os.environ["URL"], int(os.environ["CALLS"]), int(os.environ["RUNS"]), os.environ["WORK"]

def start(n):
    p = subprocess.Popen([cli, "--data-dir", f"{work}/data{n}", "--secrets-from-env", "mcp",
                          "resources/demo/demo.patchbay.json", "--var", f"demo_api={url}"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    send(p, {"jsonrpc": "2.0", "id": 0, "method": "initialize",
             "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}})
    p.stdout.readline()
    send(p, {"jsonrpc": "2.0", "method": "notifications/initialized"})
    return p

def send(p, m):
    p.stdin.write((json.dumps(m) + "\n").encode())
    p.stdin.flush()

def call(i):
    return {"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": "list-customers", "arguments": {}}}

def peak_rss_mib(p):
    for line in open(f"/proc/{p.pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

def finish(p, answers):
    bad = sum(1 for a in answers if json.loads(a).get("result", {}).get("isError", True))
    rss = peak_rss_mib(p)
    p.stdin.close()
    p.wait(60)
    if bad:
        raise SystemExit(f"{bad} of {len(answers)} calls failed")
    return rss

one, piped, rss1, rss2 = [], [], [], []
for n in range(runs):
    p = start(2 * n)
    t = time.perf_counter()
    answers = []
    for i in range(1, calls + 1):
        send(p, call(i))
        answers.append(p.stdout.readline())
    one.append(calls / (time.perf_counter() - t))
    rss1.append(finish(p, answers))

    p = start(2 * n + 1)
    t = time.perf_counter()
    p.stdin.write(b"".join((json.dumps(call(i)) + "\n").encode() for i in range(1, calls + 1)))
    p.stdin.flush()
    answers = [p.stdout.readline() for _ in range(calls)]
    piped.append(calls / (time.perf_counter() - t))
    rss2.append(finish(p, answers))

def show(xs, unit, digits=0):
    return f"{statistics.median(xs):,.{digits}f} {unit} ({min(xs):,.{digits}f}–{max(xs):,.{digits}f})"
print(f"{calls} tools/call of list-customers (a GET of 100 records each), {runs} runs:")
print(f"  one at a time: {show(one, 'calls/s')}, peak RSS {show(rss1, 'MiB', 1)}")
print(f"  all at once:   {show(piped, 'calls/s')}, peak RSS {show(rss2, 'MiB', 1)}")
PY
