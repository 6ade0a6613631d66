#!/usr/bin/env python3
"""The demo project as the sync benchmarks run it (bench/sync.sh, bench/http2.sh): the demo
integration without its schedule and watermark, every customer sent (no filter), the target's
endpoint, batch size and concurrency as given, pages of PAGE, and optionally a rate limit on each
connection and trust in the test CA (tests/data/tls) for HTTPS. Written to stdout. With
SCHEMA_CHANGE=ignore|warn|pause in the environment, the integration's onSchemaChange.

    bench/demo-project.py BATCH ENDPOINT CONCURRENCY PAGE RATE [https]
"""
import json
import os
import sys

batch, endpoint, concurrency, page, rate = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
https = len(sys.argv) > 6 and sys.argv[6] == "https"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
p = json.load(open(os.path.join(root, "resources/demo/demo.patchbay.json")))
for e in p["endpoints"]:
    if e["id"] == "list-customers":
        e["pagination"]["pageSize"] = page
for c in p["connections"]:
    if https:
        c["tls"] = {"caFile": os.path.abspath(os.path.join(root, "tests/data/tls/ca.pem"))}
    if rate > 0:
        c["rateLimit"] = {"requestsPerSecond": rate, "burst": 1}
i = p["integrations"][0]
i.pop("schedule", None)
if os.environ.get("SCHEMA_CHANGE"):  # pause (default), warn, ignore: ignore compares nothing (bench/sync.sh (i))
    i["onSchemaChange"] = os.environ["SCHEMA_CHANGE"]
for n in i["nodes"]:
    if n["type"] == "filter":
        n["condition"] = "true"
    if n["type"] == "target":
        n["endpoint"], n["batchSize"], n["concurrency"] = endpoint, batch, concurrency
    if n["type"] == "source":
        n.pop("watermark", None)
json.dump(p, sys.stdout, indent=2)
