#!/usr/bin/python3
"""Checks every resources/connectors/*.json against connector.schema.json (which uses the project
schema for the connection and the endpoints), and that a broken one fails.
Usage: check_connectors.py SOURCE_DIR"""
import copy
import glob
import json
import sys

import warnings

import jsonschema

warnings.filterwarnings("ignore", category=DeprecationWarning)

root = sys.argv[1]
with open(f"{root}/resources/schema/project-v1.schema.json") as f:
    project = json.load(f)
with open(f"{root}/resources/connectors/connector.schema.json") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
resolver = jsonschema.RefResolver.from_schema(schema, store={project["$id"]: project, schema["$id"]: schema})
validator = jsonschema.Draft202012Validator(schema, resolver=resolver)

failures = []
files = sorted(glob.glob(f"{root}/resources/connectors/*.json"))
files = [f for f in files if not f.endswith("connector.schema.json")]
if len(files) < 12:
    failures.append(f"only {len(files)} connectors; at least 12 are promised")
first = None
for name in files:
    with open(name) as f:
        doc = json.load(f)
    first = first or doc
    errors = list(validator.iter_errors(doc))
    if errors:
        failures.append(f"{name}: " + "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:3]))
    if doc["connection"]["id"] != doc["id"]:
        failures.append(f"{name}: the connection's id should be the connector's")
    for e in doc["endpoints"]:
        if e["connection"] != doc["id"]:
            failures.append(f"{name}: endpoint {e['id']} uses another connection")

broken = copy.deepcopy(first)
broken["connection"]["auth"] = {"type": "oauth3"}
if not list(validator.iter_errors(broken)):
    failures.append("a connector with an unknown auth type should fail")
broken = copy.deepcopy(first)
del broken["credentials"]
if not list(validator.iter_errors(broken)):
    failures.append("a connector without credentials help should fail")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{len(files)} connectors match the schema")
