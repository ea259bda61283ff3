"""The sync API under pressure: rate limits, waiting pulls that cannot take every
worker, and a server killed mid-stream that keeps every entry it acknowledged.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
import unittest

from .sync_helpers import NO_LIMIT, POSTGRES, SyncServer, SyncTestCase, entry

from backend.limits import RateLimiter, retry_after  # noqa: E402  (sync_helpers put the repo on the path)


class RateLimitTest(SyncTestCase):
    server_args = ("--api-rate", "1", "--api-burst", "3")

    def test_burst_then_429_with_retry_after_then_served_again(self):
        statuses = [self.call("GET", "/api/v1/atelier", self.token)[0] for _ in range(3)]
        self.assertEqual(statuses, [200, 200, 200])
        status, headers, reply = self.call("GET", "/api/v1/atelier", self.token)
        self.assertEqual(status, 429, reply)
        self.assertEqual(headers["retry-after"], "1")
        self.assertIn("too many requests", reply["error"])
        # Per address too: a caller with no valid token is slowed the same way.
        self.assertEqual(self.call("GET", "/api/v1/atelier", "wrong")[0], 429)
        time.sleep(1.1)
        self.assertEqual(self.call("GET", "/api/v1/atelier", self.token)[0], 200)
        # The app itself is not rate limited.
        self.assertEqual([self.call("GET", "/")[0] for _ in range(6)], [200] * 6)

    def test_buckets_are_kept_per_key(self):
        limiter = RateLimiter(rate=1, burst=2)
        self.assertEqual([limiter.take("token:a") for _ in range(2)], [0, 0])
        self.assertGreater(limiter.take("token:a"), 0)
        self.assertEqual(limiter.take("token:b"), 0)
        self.assertEqual(limiter.take("addr:10.0.0.1"), 0)
        self.assertEqual(retry_after(0.01), "1")
        self.assertEqual(retry_after(2.5), "3")
        with self.assertRaises(ValueError):
            RateLimiter(rate=0, burst=1)


class WaitingPullCapTest(SyncTestCase):
    # Two workers: one may hold a waiting pull, one always stays free.
    server_args = NO_LIMIT + ("--workers", "2")

    def test_waiting_pulls_cannot_take_every_worker(self):
        got = {}
        thread = threading.Thread(target=lambda: got.setdefault("reply", self.pull(self.token, 0, 20)))
        thread.start()
        time.sleep(0.4)
        start = time.monotonic()
        status, headers, reply = self.call("GET", "/api/v1/pull?after=0&wait=20", self.token)
        self.assertEqual(status, 503, reply)
        self.assertEqual(headers["retry-after"], "1")
        self.assertIn("too many pulls are waiting", reply["error"])
        self.assertEqual(self.call("GET", "/api/v1/atelier", self.token)[0], 200)
        self.assertLess(time.monotonic() - start, 2)
        self.push(self.token, "tab-1", [entry("tab-1", 1)])
        thread.join(10)
        self.assertEqual([e["id"] for e in got["reply"]["entries"]], ["tab-1.1"])


class KillTest(SyncTestCase):
    def test_sigkill_mid_stream_keeps_every_acknowledged_entry(self):
        acked: dict[int, int] = {}  # seq -> position the server answered
        stop = threading.Event()

        def pusher(server: SyncServer):
            seq = 0
            while not stop.is_set():
                seq += 1
                try:
                    status, _, reply = server.call("POST", "/api/v1/push", self.token, {
                        "device": "k", "entries": [entry("k", seq)]}, timeout=5)
                except OSError:
                    return  # the server is gone
                if status == 200:
                    acked[seq] = reply["accepted"][0]

        thread = threading.Thread(target=pusher, args=(self.server,))
        thread.start()
        deadline = time.monotonic() + 10
        while len(acked) < 20 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(self.server.proc.pid, signal.SIGKILL)
        thread.join(10)
        stop.set()
        self.server.stop()
        self.assertGreaterEqual(len(acked), 20)

        if not POSTGRES:  # SQLite's file after the kill (PostgreSQL was not killed)
            conn = sqlite3.connect(os.path.join(self.data, "atelier.sqlite3"))
            self.assertEqual(conn.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
            conn.close()
        # The class's tearDown stops whatever server is current.
        type(self).server = SyncServer(self.data, self.root, *NO_LIMIT)
        pulled = self.pull(self.token)
        positions = {e["seq"]: e["pos"] for e in pulled["entries"]}
        self.assertEqual([e["pos"] for e in pulled["entries"]], list(range(1, pulled["head"] + 1)))
        for seq, pos in acked.items():
            self.assertEqual(positions.get(seq), pos, f"acknowledged entry k.{seq} lost")
        # And the log goes on from there.
        reply = self.push(self.token, "k", [entry("k", max(positions) + 1)])
        self.assertEqual(reply["accepted"], [pulled["head"] + 1])


if __name__ == "__main__":
    unittest.main()
