#!/bin/bash
# openapi-diff (npm, pinned in package-lock.json) on the spec pairs of tests/data/specdiff,
# compared with `patchbay-cli import openapi … --update` (#18): the verdict on each operation
# (breaking or not) must agree, or the disagreement must be one with a known reason. Installs
# openapi-diff with npm when it is not here; exit 77 (skipped, with the reason) only when npm
# cannot reach its registry.
#
#   run.sh PATCHBAY_CLI
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
if [ ! -x "$here/node_modules/.bin/openapi-diff" ]; then
    if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
        echo "SKIPPED: openapi-diff could not be installed (npm ci in tests/openapi-diff failed; is the npm registry reachable?)"
        exit 77
    fi
fi
node "$here/compare.mjs" "$cli" "$src/tests/data/specdiff" "$here/node_modules/.bin/openapi-diff"
