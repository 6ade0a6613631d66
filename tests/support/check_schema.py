#!/usr/bin/python3
"""Checks resources/schema/project-v1.schema.json against real files: the demo project and the
every-field example must pass, and typical mistakes must fail — so that the schema an editor
shows agrees with what Patchbay's own loader accepts.
Usage: check_schema.py SOURCE_DIR"""
import copy
import json
import sys

import jsonschema

root = sys.argv[1]
with open(f"{root}/resources/schema/project-v1.schema.json") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = []
good = {}
for name in ("resources/demo/demo.patchbay.json", "tests/data/full.patchbay.json"):
    with open(f"{root}/{name}") as f:
        good[name] = json.load(f)
    errors = list(validator.iter_errors(good[name]))
    if errors:
        failures.append(f"{name} should pass: " + "; ".join(e.message for e in errors[:3]))

demo = good["resources/demo/demo.patchbay.json"]


def bad(label, change):
    doc = copy.deepcopy(demo)
    change(doc)
    if validator.is_valid(doc):
        failures.append(f"should fail: {label}")


bad("unknown auth type", lambda d: d["connections"][0]["auth"].update(type="oauth3"))
bad("literal secret", lambda d: d["connections"][0]["auth"].update(token="sk_live_123"))
bad("unknown field", lambda d: d["endpoints"][0].update(recordPath="data"))
bad("newer format", lambda d: d.update(formatVersion=2))
bad("bad id", lambda d: d["connections"][0].update(id="my connection"))
bad("field of another pagination style", lambda d: d["endpoints"][0]["pagination"].update(cursorPath="x"))
bad("unknown node type", lambda d: d["integrations"][0]["nodes"][0].update(type="sink"))
bad("map field on a filter node", lambda d: d["integrations"][0]["nodes"][1].update(fields=[]))
bad("authorization code without authorizationUrl", lambda d: d["connections"][0].update(
    auth={"type": "oauth2", "grant": "authorizationCode", "tokenUrl": "https://t", "clientId": "c"}))

# docs/project-format.md shows the every-field example; it must be the file itself.
with open(f"{root}/docs/project-format.md") as f:
    doc = f.read()
with open(f"{root}/tests/data/full.patchbay.json") as f:
    full_text = f.read()
marker = "## A complete example"
block = doc[doc.index(marker):].split("```json\n", 1)[1].split("```", 1)[0]
if block != full_text:
    failures.append("docs/project-format.md: the complete example differs from tests/data/full.patchbay.json")

for f in failures:
    print(f)
print(f"schema check: {len(failures)} failures")
sys.exit(1 if failures else 0)
