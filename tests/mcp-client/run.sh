#!/bin/bash
# The official MCP TypeScript SDK (@modelcontextprotocol/sdk, pinned in package-lock.json) against
# patchbay-cli mcp on the demo workspace and a patchbay-demo-api (#17). Installs the SDK with npm
# when it is not here; exit 77 (skipped, with the reason) only when npm cannot reach its registry.
#
#   run.sh PATCHBAY_CLI PATCHBAY_DEMO_API
set -euo pipefail
cli=$1
demoapi=$2
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
if [ ! -d "$here/node_modules/@modelcontextprotocol/sdk" ]; then
    if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
        echo "SKIPPED: @modelcontextprotocol/sdk could not be installed (npm ci in tests/mcp-client failed; is the npm registry reachable?)"
        exit 77
    fi
fi
tmp=$(mktemp -d)
api=
trap '[ -n "$api" ] && kill "$api" 2>/dev/null; rm -rf "$tmp"' EXIT
"$demoapi" --port 0 --token demo-token --api-key demo-key > "$tmp/api.log" 2>&1 &
api=$!
url=
for _ in $(seq 100); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/api.log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "patchbay-demo-api did not start:"; cat "$tmp/api.log"; exit 1; }
node "$here/client.mjs" "$cli" "$src/resources/demo/demo.patchbay.json" "$url" "$tmp/data"
