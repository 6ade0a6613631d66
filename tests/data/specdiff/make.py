#!/usr/bin/env python3
"""Writes the spec pairs of tst_specdiff and tests/openapi-diff (#18): one API before and after,
as OpenAPI 3.0 (JSON), OpenAPI 3.1 (YAML) and Swagger 2.0 (JSON before, YAML after). Each
operation carries exactly one kind of change, so that a verdict per operation is a verdict per
kind; expected.json lists each change with its class. Run it after changing the API below:

    python3 tests/data/specdiff/make.py
"""
import copy
import json
import os

import yaml  # python3-yaml

HERE = os.path.dirname(os.path.abspath(__file__))

S = {"type": "string"}
I = {"type": "integer"}
N = {"type": "number"}


def obj(props, required=()):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = list(required)
    return o


def listing(item, wrapper="data"):
    return obj({wrapper: {"type": "array", "items": item}, "has_more": {"type": "boolean"}})


def op(summary, response=None, request=None, params=(), status="200"):
    return {"summary": summary, "params": list(params), "request": request, "response": response, "status": status}


def q(name, required=False, default=None):
    p = {"name": name, "in": "query", "required": required, "schema": dict(S)}
    if default is not None:
        p["schema"]["default"] = default
    return p


ID = {"name": "id", "in": "path", "required": True, "schema": dict(S)}

customer = obj({"id": S, "name": S, "email_address": S}, ["id", "name"])
before = {
    "server": "https://api.example.test/v1",
    "auth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "schemas": {"Customer": customer},
    "ops": {
        ("get", "/invoices"): op("List invoices", listing(obj({"id": S, "amount": I}))),
        ("get", "/orders"): op("List orders", listing(obj({"id": S, "total": N}))),
        ("get", "/customers"): op("List customers", listing(obj({"id": S, "name": S})), params=[q("status", default="active")]),
        ("get", "/customers/{id}"): op("Get a customer", {"$ref": "Customer"}, params=[ID]),
        ("get", "/contacts"): op("List contacts", listing(obj({"id": S, "created": I}, ["id"]))),
        ("get", "/addresses"): op("List addresses", listing(obj({"id": S, "address": obj({"city": S, "zip": S})}))),
        ("post", "/customers"): op("Create a customer", obj({"id": S}), obj({"name": S, "email": S}, ["name"]), status="201"),
        ("post", "/subscriptions"): op("Create a subscription", obj({"id": S}),
                                       obj({"customer": S, "tier": {"type": "string", "enum": ["free", "pro", "enterprise"]}}, ["customer"]),
                                       status="201"),
        ("get", "/payments"): op("List payments", listing(obj({"id": S, "amount": I}))),
        ("get", "/orders/{id}"): op("Get an order", obj({"id": S, "status": {"type": "string", "enum": ["open", "paid"]}}), params=[ID]),
        ("put", "/notes/{id}"): op("Update a note", obj({"id": S, "text": S}, ["id", "text"]), obj({"text": S}, ["text"]), params=[ID]),
        ("get", "/events"): op("List events", listing(obj({"id": S, "type": S}))),
    },
}

after = copy.deepcopy(before)
ops = after["ops"]
expected = []


def change(method, path, kind, breaking, field=""):
    expected.append({"operation": f"{method.upper()} {path}", "kind": kind, "breaking": breaking, "field": field})


after["server"] = "https://api.example.test/v2"
expected.append({"operation": "", "kind": "server-changed", "breaking": True, "field": ""})
after["auth"] = {"type": "http", "scheme": "bearer"}
expected.append({"operation": "", "kind": "auth-changed", "breaking": True, "field": ""})
del ops[("get", "/invoices")]
change("get", "/invoices", "endpoint-removed", True)
ops[("get", "/products")] = op("List products", listing(obj({"id": S, "title": S})))
change("get", "/products", "endpoint-added", False)
ops[("get", "/orders")]["params"].append(q("region", required=True))
change("get", "/orders", "parameter-added", True, "region")
ops[("get", "/customers")]["params"].append(q("sort", default="name"))
change("get", "/customers", "parameter-added", False, "sort")
after["schemas"]["Customer"] = obj({"id": S, "name": S, "emailAddress": S}, ["id", "name"])
change("get", "/customers/{id}", "field-renamed", True, "email_address")
ops[("get", "/contacts")] = op("List contacts", listing(obj({"id": S}, ["id"])))
change("get", "/contacts", "field-removed", True, "created")
ops[("get", "/addresses")] = op("List addresses", listing(obj({"id": S, "address": obj({"city": obj({"name": S}), "zip": S})})))
change("get", "/addresses", "type-changed", True, "address.city")
ops[("post", "/customers")]["request"] = obj({"name": S, "email": S, "country": S}, ["name", "country"])
change("post", "/customers", "field-added", True, "country")
ops[("post", "/subscriptions")]["request"]["properties"]["tier"]["enum"] = ["free", "pro"]
change("post", "/subscriptions", "enum-narrowed", True, "tier")
ops[("get", "/payments")] = op("List payments", listing(obj({"id": S, "amount": I, "currency": S})))
change("get", "/payments", "field-added", False, "currency")
ops[("get", "/orders/{id}")]["response"]["properties"]["status"]["enum"] = ["open", "paid", "refunded"]
change("get", "/orders/{id}", "enum-widened", True, "status")
ops[("put", "/notes/{id}")]["response"] = obj({"id": S, "text": S}, ["id"])
change("put", "/notes/{id}", "field-optional", True, "text")
ops[("get", "/events")] = op("List events", listing(obj({"id": S, "type": S}), wrapper="items"))
change("get", "/events", "records-moved", True)


def schema3(s):
    s = copy.deepcopy(s)
    if "$ref" in s:
        return {"$ref": "#/components/schemas/" + s["$ref"]}
    return s


def schema2(s):
    s = copy.deepcopy(s)
    if "$ref" in s:
        return {"$ref": "#/definitions/" + s["$ref"]}
    return s


def v3(api, version):
    doc = {"openapi": version, "info": {"title": "Shop API", "version": "1"}, "servers": [{"url": api["server"]}],
           "paths": {}, "components": {"schemas": copy.deepcopy(api["schemas"]), "securitySchemes": {}}}
    a = api["auth"]
    doc["components"]["securitySchemes"]["main"] = copy.deepcopy(a)
    doc["security"] = [{"main": []}]
    for (method, path), o in api["ops"].items():
        out = {"summary": o["summary"], "operationId": o["summary"].lower().replace(" ", "-")}
        if o["params"]:
            out["parameters"] = copy.deepcopy(o["params"])
        if o["request"]:
            out["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema3(o["request"])}}}
        out["responses"] = {o["status"]: {"description": "OK", "content": {"application/json": {"schema": schema3(o["response"])}}}}
        doc["paths"].setdefault(path, {})[method] = out
    return doc


def v2(api):
    base = api["server"].split("://", 1)[1]
    host, _, basePath = base.partition("/")
    doc = {"swagger": "2.0", "info": {"title": "Shop API", "version": "1"}, "host": host, "basePath": "/" + basePath,
           "schemes": ["https"], "consumes": ["application/json"], "produces": ["application/json"], "paths": {},
           "definitions": copy.deepcopy(api["schemas"])}
    a = api["auth"]
    # Swagger 2.0 has no bearer scheme: a token in the Authorization header is an API key there
    doc["securityDefinitions"] = {"main": copy.deepcopy(a) if a["type"] == "apiKey"
                                  else {"type": "apiKey", "in": "header", "name": "Authorization",
                                        "description": "Bearer token"}}
    doc["security"] = [{"main": []}]
    for (method, path), o in api["ops"].items():
        out = {"summary": o["summary"], "operationId": o["summary"].lower().replace(" ", "-")}
        params = []
        for p in o["params"]:
            p2 = {k: v for k, v in p.items() if k != "schema"}
            p2.update(p["schema"])
            params.append(p2)
        if o["request"]:
            params.append({"name": "body", "in": "body", "required": True, "schema": schema2(o["request"])})
        if params:
            out["parameters"] = params
        out["responses"] = {o["status"]: {"description": "OK", "schema": schema2(o["response"])}}
        doc["paths"].setdefault(path, {})[method] = out
    return doc


def write_json(name, doc):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")


def write_yaml(name, doc):
    with open(os.path.join(HERE, name), "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False)


write_json("v30-before.json", v3(before, "3.0.3"))
write_json("v30-after.json", v3(after, "3.0.3"))
write_yaml("v31-before.yaml", v3(before, "3.1.0"))
write_yaml("v31-after.yaml", v3(after, "3.1.0"))
write_json("v20-before.json", v2(before))
write_yaml("v20-after.yaml", v2(after))
write_json("expected.json", {"changes": expected})
