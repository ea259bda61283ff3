"""The sync API of serve.py (backend/): tokens, push and pull, checkpoints, hashes, numbers.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import unittest
from datetime import datetime, timedelta, timezone

from .sync_helpers import SyncTestCase, admin, entry, token_of


class TokenTest(SyncTestCase):
    def test_no_bad_or_malformed_token_401(self):
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"},
                        {"Authorization": "Bearer"}, {"Authorization": "Bearer " + self.token + "x"}):
            with self.subTest(headers=headers):
                status, reply_headers, reply = self.call("GET", "/api/v1/atelier", headers=headers)
                self.assertEqual(status, 401, reply)
                self.assertIn("token", reply["error"].lower())
                self.assertEqual(reply_headers["www-authenticate"], 'Bearer realm="atelier"')

    def test_every_route_needs_a_token(self):
        for method, path in [("GET", "/api/v1/atelier"), ("POST", "/api/v1/push"),
                             ("GET", "/api/v1/pull?after=0"), ("GET", "/api/v1/snapshot"),
                             ("PUT", "/api/v1/snapshot?pos=0"), ("POST", "/api/v1/hash"),
                             ("POST", "/api/v1/numbers")]:
            with self.subTest(path=path):
                status, _, _ = self.call(method, path, body={} if method != "GET" else None)
                self.assertEqual(status, 401)

    def test_revoked_token_401(self):
        token = token_of(admin(self.data, "add-person", "1", "short-lived"))
        self.assertEqual(self.call("GET", "/api/v1/atelier", token)[0], 200)
        result = admin(self.data, "revoke", "-", stdin=token + "\n")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assert_refused(self.call("GET", "/api/v1/atelier", token), 401, "revoked")
        # The others keep working.
        self.assertEqual(self.call("GET", "/api/v1/atelier", self.token)[0], 200)

    def test_a_token_reaches_its_own_atelier_only(self):
        other = self.new_atelier("Second House", "SEC", "bo")
        status, _, mine = self.call("GET", "/api/v1/atelier", self.token)
        status2, _, theirs = self.call("GET", "/api/v1/atelier", other)
        self.assertEqual((status, status2), (200, 200))
        self.assertEqual((mine["atelier"]["code"], mine["person"]), ("BFG", "ana"))
        self.assertEqual((theirs["atelier"]["code"], theirs["person"]), ("SEC", "bo"))
        self.push(self.token, "iso-a", [entry("iso-a", 1)])
        self.push(other, "iso-b", [entry("iso-b", 1)])
        self.assertEqual([e["device"] for e in self.pull(other)["entries"]], ["iso-b"])
        self.assertNotIn("iso-b", [e["device"] for e in self.pull(self.token)["entries"]])
        self.assertEqual(self.call("GET", "/api/v1/snapshot", other)[0], 404)


class PushPullTest(SyncTestCase):
    def setUp(self):
        # A fresh atelier per test, so positions start at 1.
        self.t = self.new_atelier("Push", "PSH", "ana")

    def test_push_then_pull_in_order_with_who_and_received(self):
        before = datetime.now(timezone.utc) - timedelta(seconds=2)
        reply = self.push(self.t, "tab-1", [entry("tab-1", 1), entry("tab-1", 2, who="mallory")])
        self.assertEqual(reply, {"head": 2, "accepted": [1, 2]})
        reply = self.push(self.t, "tab-2", [entry("tab-2", 7)])
        self.assertEqual(reply, {"head": 3, "accepted": [3]})
        pulled = self.pull(self.t)
        self.assertEqual(pulled["head"], 3)
        self.assertEqual([(e["pos"], e["id"]) for e in pulled["entries"]],
                         [(1, "tab-1.1"), (2, "tab-1.2"), (3, "tab-2.7")])
        for e in pulled["entries"]:
            self.assertEqual(e["who"], "ana")  # the token's person, whatever the device said
            self.assertEqual(e["at"], "2026-03-01T09:00")  # the device's own time stays
            received = datetime.fromisoformat(e["received"].replace("Z", "+00:00"))
            self.assertTrue(before <= received <= datetime.now(timezone.utc) + timedelta(seconds=2))
        self.assertEqual(pulled["entries"][0]["command"], {"type": "order.note", "n": 1})
        self.assertEqual([e["pos"] for e in self.pull(self.t, after=2)["entries"]], [3])
        self.assertEqual(self.pull(self.t, after=3), {"entries": [], "head": 3})

    def test_repush_is_idempotent(self):
        first = self.push(self.t, "tab-1", [entry("tab-1", 1), entry("tab-1", 2)])
        again = self.push(self.t, "tab-1", [entry("tab-1", 1), entry("tab-1", 2), entry("tab-1", 3)])
        self.assertEqual(first["accepted"], [1, 2])
        self.assertEqual(again, {"head": 3, "accepted": [1, 2, 3]})
        # Also within one push, and whatever "who" the device wrote.
        self.assertEqual(self.push(self.t, "tab-1", [entry("tab-1", 4), entry("tab-1", 4, who="x")]),
                         {"head": 4, "accepted": [4, 4]})
        self.assertEqual(len(self.pull(self.t)["entries"]), 4)

    def test_same_seq_different_content_409_and_nothing_kept(self):
        self.push(self.t, "tab-1", [entry("tab-1", 1)])
        status, _, reply = self.call("POST", "/api/v1/push", self.t, {"device": "tab-1", "entries": [
            entry("tab-1", 2), entry("tab-1", 1, {"type": "order.note", "n": 99})]})
        self.assertEqual(status, 409, reply)
        self.assertIn("/entries/1", reply["error"])
        self.assertIn("tab-1.1", reply["error"])
        self.assertIn("command", reply["error"])
        self.assertEqual(self.head(self.t), 1)  # tab-1.2 went back out with the push
        status, _, reply = self.call("POST", "/api/v1/push", self.t, {"device": "tab-1", "entries": [
            entry("tab-1", 1, at="2026-03-02T10:00")]})
        self.assertEqual(status, 409)
        self.assertIn("at", reply["error"])

    def test_malformed_entries_400_naming_the_rule(self):
        big = {"type": "order.note", "text": "x" * (8 * 1024 * 1024)}
        cases = [
            (5, "/entries/0: an entry must be a JSON object"),
            (entry("d", 1, extra=1), "/entries/0/extra: unknown field"),
            (entry("d", 1, pos=3), "/entries/0/pos: unknown field"),
            (entry("e", 1), "/entries/0/device: e is not the pushing device d"),
            (entry("d", 0), "/entries/0/seq: must be a positive integer"),
            (entry("d", -3), "/entries/0/seq: must be a positive integer"),
            (dict(entry("d", 1), seq="1"), "/entries/0/seq: must be a positive integer"),
            (dict(entry("d", 1), seq=1.5), "/entries/0/seq: must be a positive integer"),
            (dict(entry("d", 1), seq=True), "/entries/0/seq: must be a positive integer"),
            (dict(entry("d", 1), id="d.2"), "/entries/0/id: must be \"d.1\""),
            (dict(entry("d", 1), id=1), "/entries/0/id: must be"),
            (entry("d", 1, at="2026-03-01 09:00"), "/entries/0/at: must be a date-time"),
            (entry("d", 1, at="2026-02-30T09:00"), "/entries/0/at: 2026-02-30T09:00 is not a real"),
            (entry("d", 1, at=202603010900), "/entries/0/at: must be a date-time"),
            (entry("d", 1, at="\uff12\uff10\uff12\uff16-03-01T09:00"), "/entries/0/at: must be a date-time"),
            (entry("d", 1, at="\u0662\u0660\u0662\u0666-03-01T09:00"), "/entries/0/at: must be a date-time"),
            (entry("d", 1, app_version=1), "/entries/0/app_version: must be a string"),
            (entry("d", 1, who=5), "/entries/0/who: must be a string"),
            (entry("d", 1, command=[]), "/entries/0/command: must be a JSON object"),
            (entry("d", 1, command={"n": 1}), "/entries/0/command/type: must be a non-empty string"),
            (entry("d", 1, command={"type": 3}), "/entries/0/command/type: must be a non-empty string"),
            (entry("d", 1, command=big), "/entries/0: an entry must be at most 8 MiB"),
        ]
        for field in ("id", "device", "seq", "at", "app_version", "command"):
            e = entry("d", 1)
            del e[field]
            cases.append((e, f"/entries/0/{field}: missing"))
        for bad, message in cases:
            with self.subTest(message=message):
                self.assert_refused(self.call("POST", "/api/v1/push", self.t,
                                              {"device": "d", "entries": [bad]}), 400, message)
        self.assertEqual(self.head(self.t), 0)

    def test_malformed_push_bodies_400(self):
        cases = [
            ([], "body must be a JSON object"),
            ({"entries": []}, "/device: missing"),
            ({"device": "d"}, "/entries: missing"),
            ({"device": "d", "entries": {}}, "/entries: must be an array"),
            ({"device": "d", "entries": [], "x": 1}, "/x: unknown field"),
            ({"device": "bad device", "entries": []}, "/device: a device id is 1-64 letters"),
            ({"device": "d" * 65, "entries": []}, "/device: a device id is 1-64 letters"),
            ({"device": 7, "entries": []}, "/device: a device id"),
            ({"device": "server", "entries": []}, "the server's own"),
            ({"device": "d", "entries": [entry("d", i + 1) for i in range(1001)]},
             "at most 1000 entries per push"),
        ]
        for body, message in cases:
            with self.subTest(message=message):
                self.assert_refused(self.call("POST", "/api/v1/push", self.t, body), 400, message)
        # A valid entry before a bad one is not kept either.
        self.assert_refused(self.call("POST", "/api/v1/push", self.t, {
            "device": "d", "entries": [entry("d", 1), entry("d", 0)]}), 400, "/entries/1/seq")
        self.assertEqual(self.push(self.t, "d", []), {"head": 0, "accepted": []})

    def test_pull_pages_past_1000(self):
        self.push(self.t, "bulk", [entry("bulk", i) for i in range(1, 1001)])
        self.push(self.t, "bulk", [entry("bulk", i) for i in range(1001, 1251)])
        first = self.pull(self.t)
        self.assertEqual(first["head"], 1250)
        self.assertEqual([e["pos"] for e in first["entries"]], list(range(1, 1001)))
        rest = self.pull(self.t, after=first["entries"][-1]["pos"])
        self.assertEqual([e["pos"] for e in rest["entries"]], list(range(1001, 1251)))
        self.assertEqual([e["seq"] for e in first["entries"] + rest["entries"]], list(range(1, 1251)))

    def test_two_concurrent_pushers_get_positions_without_gap_or_duplicate(self):
        results: dict[str, list[int]] = {"a": [], "b": []}
        errors = []

        def pusher(device: str):
            try:
                for seq in range(1, 201):
                    reply = self.push(self.t, device, [entry(device, seq)])
                    results[device] += reply["accepted"]
            except Exception as exc:  # reported below; assertions in threads are lost
                errors.append(exc)

        threads = [threading.Thread(target=pusher, args=(d,)) for d in ("a", "b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(errors, [])
        self.assertEqual(sorted(results["a"] + results["b"]), list(range(1, 401)))
        for device in ("a", "b"):
            self.assertEqual(results[device], sorted(results[device]))  # each in its own order
        pulled = self.pull(self.t)
        self.assertEqual([e["pos"] for e in pulled["entries"]], list(range(1, 401)))
        for device in ("a", "b"):
            self.assertEqual([e["seq"] for e in pulled["entries"] if e["device"] == device],
                             list(range(1, 201)))

    def test_long_poll_returns_soon_after_a_push(self):
        self.push(self.t, "tab-1", [entry("tab-1", 1)])
        got = {}

        def waiting_pull():
            start = time.monotonic()
            got["reply"] = self.pull(self.t, after=1, wait=20)
            got["at"] = time.monotonic()
            got["took"] = got["at"] - start

        thread = threading.Thread(target=waiting_pull)
        thread.start()
        time.sleep(0.5)
        self.assertNotIn("reply", got, "the pull did not wait")
        pushed_at = time.monotonic()
        self.push(self.t, "tab-2", [entry("tab-2", 1)])
        thread.join(10)
        self.assertEqual([e["id"] for e in got["reply"]["entries"]], ["tab-2.1"])
        self.assertLess(got["at"] - pushed_at, 1.0)

    def test_long_poll_times_out_empty(self):
        start = time.monotonic()
        self.assertEqual(self.pull(self.t, after=0, wait=1), {"entries": [], "head": 0})
        self.assertGreaterEqual(time.monotonic() - start, 0.9)
        self.assertLess(time.monotonic() - start, 3)
        # Nothing to wait for when entries are there already.
        self.push(self.t, "tab-1", [entry("tab-1", 1)])
        start = time.monotonic()
        self.assertEqual(len(self.pull(self.t, after=0, wait=30)["entries"]), 1)
        self.assertLess(time.monotonic() - start, 1)

    def test_kept_alive_pushes_and_pulls_are_not_held_by_delayed_acks(self):
        # A device keeps its connection; with Nagle on, each reply's body waited
        # ~40 ms for the ACK of its headers.
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        headers = {"Authorization": f"Bearer {self.t}"}
        took = []
        try:
            for seq in range(1, 7):
                for method, path, body in [
                        ("POST", "/api/v1/push", {"device": "tab-1", "entries": [entry("tab-1", seq)]}),
                        ("GET", f"/api/v1/pull?after={seq - 1}", None)]:
                    start = time.perf_counter()
                    conn.request(method, path, body=json.dumps(body) if body else None, headers=headers)
                    resp = conn.getresponse()
                    resp.read()
                    took.append(time.perf_counter() - start)
                    self.assertEqual(resp.status, 200)
        finally:
            conn.close()
        self.assertLess(sorted(took[1:])[5], 0.02, took)

    def test_bad_pull_parameters_400(self):
        for query, message in [("after=abc", "after: must be a whole number"),
                               ("after=-1", "after: must be a whole number"),
                               ("after=1.5", "after: must be a whole number"),
                               ("after=", "after: must be a whole number"),
                               ("after=0&wait=31", "wait: must be from 0 to 30"),
                               ("after=0&wait=x", "wait: must be a whole number"),
                               ("after=0&after=1", "after: given twice"),
                               ("after=0&since=3", "unknown query parameter 'since'")]:
            with self.subTest(query=query):
                self.assert_refused(self.call("GET", "/api/v1/pull?" + query, self.t), 400, message)


class SnapshotHashNumbersTest(SyncTestCase):
    def setUp(self):
        self.t = self.new_atelier("Checkpoints", "CHK", "ana")

    def test_snapshot_put_and_get(self):
        self.assert_refused(self.call("GET", "/api/v1/snapshot", self.t), 404, "no checkpoint")
        self.push(self.t, "tab-1", [entry("tab-1", 1), entry("tab-1", 2)])
        snap = {"format": 1, "orders": [{"number": 1001, "name": "Ünïcode"}]}
        status, _, reply = self.call("PUT", "/api/v1/snapshot?pos=1", self.t, {"hash": "h1", "snapshot": snap})
        self.assertEqual((status, reply), (200, {"pos": 1, "head": 2}))
        status, _, reply = self.call("GET", "/api/v1/snapshot", self.t)
        self.assertEqual((status, reply), (200, {"pos": 1, "hash": "h1", "snapshot": snap}))
        self.call("PUT", "/api/v1/snapshot?pos=2", self.t, {"hash": "h2", "snapshot": {"format": 2}})
        self.assertEqual(self.call("GET", "/api/v1/snapshot", self.t)[2]["pos"], 2)

    def test_snapshot_refusals(self):
        self.push(self.t, "tab-1", [entry("tab-1", 1)])
        for query, body, message in [
                ("?pos=2", {"hash": "h", "snapshot": {}}, "pos: 2 is past the log's head 1"),
                ("", {"hash": "h", "snapshot": {}}, "pos: missing"),
                ("?pos=x", {"hash": "h", "snapshot": {}}, "pos: must be a whole number"),
                ("?pos=1", {"snapshot": {}}, "/hash: missing"),
                ("?pos=1", {"hash": "", "snapshot": {}}, "/hash: a state hash"),
                ("?pos=1", {"hash": "h", "snapshot": []}, "/snapshot: must be a JSON object"),
                ("?pos=1", {"hash": "h", "snapshot": {}, "more": 1}, "/more: unknown field")]:
            with self.subTest(message=message):
                self.assert_refused(self.call("PUT", "/api/v1/snapshot" + query, self.t, body), 400, message)
        self.assertEqual(self.call("GET", "/api/v1/snapshot", self.t)[0], 404)

    def test_snapshot_may_be_larger_than_other_bodies(self):
        snap = {"blob": "x" * (5 * 1024 * 1024)}
        status, _, reply = self.call("PUT", "/api/v1/snapshot?pos=0", self.t, {"hash": "h", "snapshot": snap})
        self.assertEqual(status, 200, reply)
        self.assertEqual(self.call("GET", "/api/v1/snapshot", self.t)[2]["snapshot"], snap)

    def test_hash_disagreement_recorded_and_shown(self):
        self.push(self.t, "tab-1", [entry("tab-1", 1), entry("tab-1", 2)])
        for device, pos, h, agree in [("tab-1", 1, "aaa", True), ("tab-2", 1, "aaa", True),
                                      ("tab-1", 2, "bbb", True), ("tab-3", 2, "ccc", False)]:
            status, _, reply = self.call("POST", "/api/v1/hash", self.t,
                                         {"device": device, "pos": pos, "hash": h})
            self.assertEqual((status, reply), (200, {"pos": pos, "agree": agree}))
        status, _, reply = self.call("GET", "/api/v1/atelier", self.t)
        self.assertEqual(reply["disagree"], [{"pos": 2, "devices": {"tab-1": "bbb", "tab-3": "ccc"}}])
        for body, message in [({"device": "tab-1", "pos": 3, "hash": "a"}, "/pos: 3 is past the log's head 2"),
                              ({"device": "tab-1", "pos": "1", "hash": "a"}, "/pos: must be an integer"),
                              ({"device": "tab 1", "pos": 1, "hash": "a"}, "/device: a device id"),
                              ({"device": "tab-1", "pos": 1, "hash": 5}, "/hash: a state hash"),
                              ({"device": "tab-1", "pos": 1}, "/hash: missing")]:
            with self.subTest(message=message):
                self.assert_refused(self.call("POST", "/api/v1/hash", self.t, body), 400, message)

    def test_numbers_appends_a_server_entry(self):
        self.push(self.t, "tab-1", [entry("tab-1", 1)])
        status, _, reply = self.call("POST", "/api/v1/numbers", self.t,
                                     {"device": "tab-1", "orders": 1000, "clients": 0})
        self.assertEqual((status, reply), (200, {"pos": 2, "head": 2}))
        status, _, reply = self.call("POST", "/api/v1/numbers", self.t, {"device": "tab-2"})
        self.assertEqual((status, reply), (200, {"pos": 3, "head": 3}))
        entries = self.pull(self.t, after=1)["entries"]
        first, second = entries
        self.assertEqual({k: first[k] for k in ("pos", "id", "device", "seq", "who", "app_version")},
                         {"pos": 2, "id": "server.1", "device": "server", "seq": 1, "who": "ana",
                          "app_version": "server"})
        self.assertEqual(first["command"], {"type": "numbers.reserve", "device": "tab-1",
                                            "orders": 1000, "clients": 0})
        self.assertRegex(first["at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
        self.assertIn("received", first)
        self.assertEqual((second["id"], second["command"]["orders"], second["command"]["clients"]),
                         ("server.2", 20, 20))
        for body, message in [({"device": "tab-1", "orders": 0, "clients": 0},
                               "/orders: ask for at least one order number or client id"),
                              ({"device": "tab-1", "orders": -1}, "/orders: must be from 0 to 1000"),
                              ({"device": "tab-1", "orders": 1001}, "/orders: must be from 0 to 1000"),
                              ({"device": "tab-1", "clients": -1}, "/clients: must be from 0 to 1000"),
                              ({"device": "tab-1", "orders": "5"}, "/orders: must be an integer"),
                              ({"orders": 5}, "/device: missing"),
                              ({"device": "server"}, "the server's own")]:
            with self.subTest(message=message):
                self.assert_refused(self.call("POST", "/api/v1/numbers", self.t, body), 400, message)
        # A device cannot push as the server.
        self.assert_refused(self.call("POST", "/api/v1/push", self.t, {
            "device": "server", "entries": [entry("server", 3)]}), 400, "the server's own")
        self.assertEqual(self.head(self.t), 3)


if __name__ == "__main__":
    unittest.main()
