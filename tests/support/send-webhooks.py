#!/usr/bin/env python3
"""Delivers signed webhook events the way their senders do, for tests and benchmarks.

Each event is a Stripe-like `charge.succeeded` (or `charge.failed`, every `--failed-every`th)
whose payer has an address of its own (buyer-<run>-<i>@example.com), signed by the scheme with
Python's hmac — independently of Patchbay's code. Like Stripe, a delivery that gets no 2xx is
sent again (after a short pause) until `--deadline` seconds have passed; `--twice` sends every
event a second time after its first 2xx (a sender that repeats itself). Prints one JSON line:
{"events", "accepted", "duplicates", "attempts", "failures", "seconds", "latencies_ms": {...}}.
Exit 1 when an event was never accepted.

Also --vectors: prints signature test vectors (valid, tampered, wrong secret, stale, several
signatures, missing header) for each scheme as JSON, for tst_webhooks.
"""

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse


def hmac_hex(key: bytes, msg: bytes) -> str:
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def sign(scheme: str, secret: str, body: bytes, event_id: str, ts: int) -> dict:
    """The headers a sender of `scheme` adds to `body`."""
    key = secret.encode()
    if scheme == "stripe":
        return {"Stripe-Signature": f"t={ts},v1={hmac_hex(key, str(ts).encode() + b'.' + body)}"}
    if scheme == "github":
        return {"X-Hub-Signature-256": "sha256=" + hmac_hex(key, body), "X-GitHub-Delivery": event_id}
    if scheme == "slack":
        return {"X-Slack-Request-Timestamp": str(ts),
                "X-Slack-Signature": "v0=" + hmac_hex(key, b"v0:" + str(ts).encode() + b":" + body)}
    if scheme == "standard":
        raw = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else key
        sig = base64.b64encode(hmac.new(raw, f"{event_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        return {"webhook-id": event_id, "webhook-timestamp": str(ts), "webhook-signature": f"v1,{sig}"}
    if scheme == "token":
        return {"X-Webhook-Token": secret}
    return {}


def charge_event(run: str, i: int, failed: bool) -> dict:
    return {
        "id": f"evt_{run}_{i}",
        "object": "event",
        "type": "charge.failed" if failed else "charge.succeeded",
        "created": int(time.time()),
        "data": {"object": {
            "id": f"ch_{run}_{i}",
            "object": "charge",
            "amount": 1000 + i,
            "currency": "eur",
            "status": "failed" if failed else "succeeded",
            "billing_details": {"email": f"Buyer-{run}-{i}@Example.com", "name": f"Buyer {i}"},
        }},
    }


def vectors() -> list:
    """Cases each scheme must accept or refuse; `now` is the checker's clock."""
    now = 1_700_000_000
    body = json.dumps({"id": "evt_1", "type": "charge.succeeded"}).encode()
    out = []
    secrets = {"stripe": "whsec_stripe_test", "github": "gh-secret", "slack": "slack-signing-secret",
               "standard": "whsec_" + base64.b64encode(b"standard-webhooks-key-32-bytes!!").decode(),
               "token": "shared-token-123"}
    for scheme, secret in secrets.items():
        def case(name, headers, payload=body, expect=True, checker_secret=secret):
            out.append({"scheme": scheme, "name": name, "secret": checker_secret, "headers": headers,
                        "body": payload.decode(), "now": now, "accept": expect})
        good = sign(scheme, secret, body, "msg_1", now)
        case("valid", good)
        # A token proves who sends, not what: only the signing schemes notice a changed body.
        case("tampered body", good, body.replace(b"succeeded", b"refunded"), scheme == "token")
        other = ("whsec_" + base64.b64encode(b"another-key-of-32-bytes-length!!").decode()
                 if secret.startswith("whsec_") else secret + "x")
        case("wrong secret", sign(scheme, other, body, "msg_1", now), expect=False)
        case("missing header", {}, expect=False)
        if scheme in ("stripe", "slack", "standard"):
            case("stale timestamp", sign(scheme, secret, body, "msg_1", now - 301), expect=False)
            case("timestamp from the future", sign(scheme, secret, body, "msg_1", now + 301), expect=False)
            case("old but within tolerance", sign(scheme, secret, body, "msg_1", now - 299))
        if scheme == "stripe":
            good_sig = good["Stripe-Signature"].split("v1=")[1]
            case("several v1, one valid", {"Stripe-Signature": f"t={now},v1={'0' * 64},v1={good_sig}"})
            case("several v1, none valid", {"Stripe-Signature": f"t={now},v1={'0' * 64},v1={'1' * 64}"}, expect=False)
            case("v0 only", {"Stripe-Signature": f"t={now},v0={good_sig}"}, expect=False)
        if scheme == "standard":
            sig = good["webhook-signature"]
            case("several signatures, one valid", dict(good, **{"webhook-signature": "v1,AAAA " + sig}))
            case("id changed", dict(good, **{"webhook-id": "msg_2"}), expect=False)
        if scheme == "github":
            case("sha1 only", {"X-Hub-Signature": "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()},
                 expect=False)
        if scheme == "token":
            case("bearer in another header", {"Authorization": "Bearer " + secret}, expect=False)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="the webhook's URL")
    ap.add_argument("--secret", default="")
    ap.add_argument("--scheme", default="stripe", choices=["stripe", "github", "slack", "standard", "token", "none"])
    ap.add_argument("--n", type=int, default=10, help="events to deliver")
    ap.add_argument("--start", type=int, default=0, help="the first event's number")
    ap.add_argument("--run", default="t", help="a word in the events' ids and addresses")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--deadline", type=float, default=60.0)
    ap.add_argument("--twice", action="store_true", help="deliver each event a second time")
    ap.add_argument("--failed-every", type=int, default=0, help="every Nth event is a charge.failed")
    ap.add_argument("--rate", type=float, default=0.0, help="events per second (0: as fast as answered)")
    ap.add_argument("--vectors", action="store_true")
    a = ap.parse_args()
    if a.vectors:
        print(json.dumps(vectors()))
        return 0
    url = urllib.parse.urlsplit(a.url)
    started = time.monotonic()
    lock = threading.Lock()
    todo = list(range(a.start, a.start + a.n))
    stats = {"events": a.n, "accepted": 0, "duplicates": 0, "attempts": 0, "failures": 0, "statuses": {}}
    latencies = []
    never = []

    def connect():
        cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
        kw = {}
        if url.scheme == "https":
            import ssl
            kw["context"] = ssl._create_unverified_context()  # the test's own certificate
        return cls(url.hostname, url.port, timeout=10, **kw)

    def deliver(conn, i, failed):
        body = json.dumps(charge_event(a.run, i, failed)).encode()
        event_id = f"evt_{a.run}_{i}"
        while True:
            headers = {"Content-Type": "application/json"}
            headers.update(sign(a.scheme, a.secret, body, event_id, int(time.time())))
            t0 = time.monotonic()
            try:
                conn.request("POST", url.path, body=body, headers=headers)
                resp = conn.getresponse()
                reply = resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                status, reply = 0, b""
                conn.close()
                conn = connect()
            ms = (time.monotonic() - t0) * 1000
            with lock:
                stats["attempts"] += 1
                stats["statuses"][str(status)] = stats["statuses"].get(str(status), 0) + 1
            if 200 <= status < 300:
                with lock:
                    latencies.append(ms)
                    if b'"duplicate":true' in reply:
                        stats["duplicates"] += 1
                return conn, True
            with lock:
                stats["failures"] += 1
            if time.monotonic() - started > a.deadline:
                return conn, False
            time.sleep(0.05 + random.random() * 0.1)

    def worker():
        conn = connect()
        while True:
            with lock:
                if not todo:
                    break
                i = todo.pop(0)
            if a.rate > 0:
                due = started + (i - a.start) / a.rate
                if due > time.monotonic():
                    time.sleep(due - time.monotonic())
            failed = a.failed_every > 0 and i % a.failed_every == 0
            conn, ok = deliver(conn, i, failed)
            if ok:
                with lock:
                    stats["accepted"] += 1
                if a.twice:
                    conn, _ = deliver(conn, i, failed)
            else:
                with lock:
                    never.append(i)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(max(1, a.concurrency))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stats["seconds"] = round(time.monotonic() - started, 3)
    latencies.sort()
    if latencies:
        pick = lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 2)
        stats["latencies_ms"] = {"p50": pick(0.5), "p99": pick(0.99), "max": round(latencies[-1], 2)}
    stats["never"] = never[:20]
    print(json.dumps(stats))
    return 1 if never else 0


if __name__ == "__main__":
    sys.exit(main())
