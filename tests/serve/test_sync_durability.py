"""The log's order under load (issue 14): several devices pushing at once get one
gapless order, also through two serve.py processes sharing the store (issue 19), and a server
killed mid-load keeps every entry it acknowledged, at the position it acknowledged. Through two
processes on PostgreSQL, a pull waiting on one is woken by a push to the other.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import http.client
import os
import random
import signal
import threading
import time
import unittest

from .sync_helpers import NO_LIMIT, SyncServer, SyncTestCase, entry, postgres_only

DEVICES = ("tab-1", "tab-2", "tab-3", "tab-4")
# What a push meets when the server dies under it.
GONE = (OSError, http.client.HTTPException)


class Pusher(threading.Thread):
    """One device pushing batches of 1-3 new entries, one push after the other, and
    now and then the previous batch again in front of the new one, as a device does
    when a reply was lost. Records (seq -> position) of every acknowledged entry. Given several
    servers (processes behind one address), each push goes to the next."""

    def __init__(self, server: SyncServer | list[SyncServer], token: str, device: str, pushes: int | None,
                 stop: threading.Event | None = None):
        super().__init__(name=f"pusher-{device}")
        self.servers = server if isinstance(server, list) else [server]
        self.token, self.device = token, device
        self.pushes, self.stop = pushes, stop
        self.acked: dict[int, int] = {}
        self.errors: list[str] = []
        self.died = False  # the server went away mid-push
        self.random = random.Random(device)

    def run(self) -> None:
        seq, previous, done = 0, [], 0
        while (self.pushes is None or done < self.pushes) and not (self.stop and self.stop.is_set()):
            batch = [entry(self.device, seq + i + 1) for i in range(self.random.randint(1, 3))]
            sent = (previous + batch) if previous and self.random.random() < 0.1 else batch
            try:
                server = self.servers[(done + DEVICES.index(self.device)) % len(self.servers)]
                status, _, reply = server.call("POST", "/api/v1/push", self.token,
                                                    {"device": self.device, "entries": sent}, timeout=10)
            except GONE:
                self.died = True
                return
            if status != 200:
                self.errors.append(f"{self.device}: {status} {reply}")
                return
            for e, pos in zip(sent, reply["accepted"]):
                if self.acked.setdefault(e["seq"], pos) != pos:
                    self.errors.append(f"{e['id']} acknowledged at {self.acked[e['seq']]}, then at {pos}")
            seq += len(batch)
            previous = batch
            done += 1


class DurabilityTestCase(SyncTestCase):
    def pull_all(self, token: str) -> list[dict]:
        entries: list[dict] = []
        while True:
            reply = self.pull(token, after=entries[-1]["pos"] if entries else 0)
            entries += reply["entries"]
            if not reply["entries"] or entries[-1]["pos"] >= reply["head"]:
                return entries

    def assert_one_order(self, entries: list[dict], pushers: list[Pusher]) -> None:
        """Positions 1..N, every acknowledged entry once at its position, each device's in order."""
        self.assertEqual([e["pos"] for e in entries], list(range(1, len(entries) + 1)))
        where = {}
        for e in entries:
            self.assertNotIn((e["device"], e["seq"]), where, f"{e['id']} twice")
            where[(e["device"], e["seq"])] = e["pos"]
        for p in pushers:
            for seq, pos in p.acked.items():
                self.assertEqual(where.get((p.device, seq)), pos,
                                 f"{p.device}.{seq} acknowledged at {pos}")
            # A device pushes after the previous push is answered, and a push is
            # all or nothing: its entries are 1..n in log order, no hole.
            seqs = [e["seq"] for e in entries if e["device"] == p.device]
            self.assertEqual(seqs, list(range(1, len(seqs) + 1)), p.device)


class ConcurrentPushTest(DurabilityTestCase):
    def test_four_devices_pushing_at_once_get_one_gapless_order(self):
        token = self.new_atelier("Concurrent", "CON", "ana")
        pushers = [Pusher(self.server, token, d, pushes=120) for d in DEVICES]
        for p in pushers:
            p.start()
        for p in pushers:
            p.join(60)
        self.assertEqual([e for p in pushers for e in p.errors], [])
        self.assertFalse(any(p.died or p.is_alive() for p in pushers))
        entries = self.pull_all(token)
        self.assert_one_order(entries, pushers)
        # Nothing but the acknowledged entries: every push was answered.
        self.assertEqual(len(entries), sum(len(p.acked) for p in pushers))
        self.assertEqual(self.head(token), len(entries))


class TwoProcessesTest(DurabilityTestCase):
    """Two serve.py processes on one store, as behind a load balancer."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.second = SyncServer(cls.data, cls.root, *NO_LIMIT)

    @classmethod
    def tearDownClass(cls):
        cls.second.stop()
        super().tearDownClass()

    def test_four_devices_through_two_processes_get_one_gapless_order(self):
        token = self.new_atelier("Two", "TWO", "ana")
        pushers = [Pusher([self.server, self.second], token, d, pushes=80) for d in DEVICES]
        for p in pushers:
            p.start()
        for p in pushers:
            p.join(90)
        self.assertEqual([e for p in pushers for e in p.errors], [])
        self.assertFalse(any(p.died or p.is_alive() for p in pushers))
        entries = self.pull_all(token)
        self.assert_one_order(entries, pushers)
        self.assertEqual(len(entries), sum(len(p.acked) for p in pushers))
        _, _, other = self.second.call("GET", "/api/v1/atelier", token)
        self.assertEqual(other["head"], len(entries))

    @postgres_only
    def test_a_pull_waiting_on_one_process_wakes_at_a_push_to_the_other(self):
        token = self.new_atelier("Wake", "WAK", "ana")
        self.push(token, "tab-1", [entry("tab-1", 1)])
        replies: list = []
        waiting = threading.Thread(target=lambda: replies.append(
            self.second.call("GET", "/api/v1/pull?after=1&wait=25", token, timeout=40)))
        started = time.monotonic()
        waiting.start()
        time.sleep(0.5)  # the pull is waiting on the second process
        self.assertTrue(waiting.is_alive())
        self.push(token, "tab-2", [entry("tab-2", 1)])  # to the first
        waiting.join(30)
        took = time.monotonic() - started
        status, _, reply = replies[0]
        self.assertEqual(status, 200, reply)
        self.assertEqual([e["id"] for e in reply["entries"]], ["tab-2.1"])
        self.assertLess(took, 10, "woken by the other process, not by the wait running out")


class OneConnectionTest(DurabilityTestCase):
    """--db-pool 1: pulls waiting for entries hold no connection, so a push still gets one (and
    wakes them). On SQLite (no pool) the same requests pass as they always did."""

    server_args = NO_LIMIT + ("--db-pool", "1")

    def test_waiting_pulls_leave_the_connection_to_a_push(self):
        token = self.new_atelier("Pool", "POO", "ana")
        replies: list = []
        waiting = [threading.Thread(target=lambda: replies.append(
            self.call("GET", "/api/v1/pull?after=0&wait=20", token, timeout=40))) for _ in range(3)]
        for w in waiting:
            w.start()
        time.sleep(0.5)
        started = time.monotonic()
        self.push(token, "tab-1", [entry("tab-1", 1)])
        self.assertLess(time.monotonic() - started, 5)
        for w in waiting:
            w.join(30)
        self.assertEqual(sorted(r[0] for r in replies), [200, 200, 200])
        self.assertTrue(all(r[2]["entries"][0]["id"] == "tab-1.1" for r in replies))


class KillUnderLoadTest(DurabilityTestCase):
    def test_sigkill_under_load_keeps_every_acknowledged_entry_at_its_position(self):
        token = self.new_atelier("Killed", "KIL", "ana")
        stop = threading.Event()
        pushers = [Pusher(self.server, token, d, pushes=None, stop=stop) for d in DEVICES]
        for p in pushers:
            p.start()
        deadline = time.monotonic() + 8
        while sum(len(p.acked) for p in pushers) < 400 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(self.server.proc.pid, signal.SIGKILL)
        for p in pushers:
            p.join(15)
        stop.set()
        self.server.stop()
        self.assertEqual([e for p in pushers for e in p.errors], [])
        self.assertTrue(all(p.died for p in pushers), "every pusher was cut off by the kill")
        self.assertGreaterEqual(sum(len(p.acked) for p in pushers), 100)

        # The server runs PRAGMA integrity_check first and refuses a damaged file,
        # so starting at all says the file is whole. (tearDownClass stops this one.)
        type(self).server = SyncServer(self.data, self.root, *NO_LIMIT)
        entries = self.pull_all(token)
        self.assert_one_order(entries, pushers)
        # Pushed, never answered, may be there or not; the devices resend them
        # and the log goes on from its head.
        for p in pushers:
            have = max((e["seq"] for e in entries if e["device"] == p.device), default=0)
            reply = self.push(token, p.device, [entry(p.device, have), entry(p.device, have + 1)]
                              if have else [entry(p.device, 1)])
            self.assertEqual(reply["accepted"][-1], reply["head"])
        self.assertEqual([e["pos"] for e in self.pull_all(token)], list(range(1, len(entries) + 5)))


if __name__ == "__main__":
    unittest.main()
