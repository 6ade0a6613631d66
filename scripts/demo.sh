#!/bin/bash
# Installs what is needed, builds Patchbay, starts the local demo API (patchbay-demo-api) in the
# background and opens the demo workspace in the Patchbay window. Works offline.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
# only what it starts: the window, the demo API and the CLI that puts the demo secrets away
cmake --build --preset release --target patchbay patchbay-demo-api patchbay-cli

bin=build/release/app
if [ -x "$bin/demo-api/patchbay-demo-api" ]; then
    if ! (exec 3<>/dev/tcp/127.0.0.1/8787) 2>/dev/null; then
        # (the payments and the CRM of payments-to-crm too: 300 charges, 100 contacts)
        "$bin/demo-api/patchbay-demo-api" --port 8787 --token demo-token --api-key demo-key \
            --payments 300 --contacts 100 --client-id demo-client --client-secret demo-secret \
            > build/release/demo-api.log 2>&1 &
        echo "demo: patchbay-demo-api started on http://127.0.0.1:8787 (log: build/release/demo-api.log)"
    fi
fi
# The demo project's secrets (the demo API's token and key) go to the keychain, as a user's would.
cli="$bin/cli/patchbay-cli"
project=resources/demo/demo.patchbay.json
if printf %s demo-token | "$cli" secret set "$project" crm token >/dev/null 2>&1 &&
   printf %s demo-key | "$cli" secret set "$project" mailing key >/dev/null 2>&1 &&
   printf %s demo-token | "$cli" secret set "$project" payments token >/dev/null 2>&1 &&
   printf %s demo-secret | "$cli" secret set "$project" salesforce clientSecret >/dev/null 2>&1; then
    echo "demo: the demo secrets are in the system keychain"
else
    echo "demo: the system keychain is not available; the window will ask for the secrets." >&2
    echo "      On the command line: PATCHBAY_SECRET_CRM_TOKEN=demo-token PATCHBAY_SECRET_MAILING_KEY=demo-key $cli --secrets-from-env send $project list-customers" >&2
    echo "      and PATCHBAY_SECRET_PAYMENTS_TOKEN=demo-token PATCHBAY_SECRET_SALESFORCE_CLIENTSECRET=demo-secret for payments-to-crm." >&2
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; run this from a desktop session (or under xvfb-run)." >&2
    exit 1
fi
exec "$bin/gui/patchbay" resources/demo/demo.patchbay.json
