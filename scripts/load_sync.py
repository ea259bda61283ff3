#!/usr/bin/env python3
"""Loopback load test of the sync API: how fast serve.py answers busy ateliers.

Starts its own `serve.py --data` on a temporary folder and free ports (--processes of them
sharing the store; with --postgres, a throwaway PostgreSQL server as that store), makes
--ateliers ateliers and one person (token and device) per client, the clients spread over the
ateliers and the processes, seeds each atelier as one of --orders orders (a checkpoint of that
size, and a log of three entries per order), then runs --clients threads for --seconds, each
looping as a device does: push 1-5 entries, pull what came after its last position, now and
then (1 in 20) ask GET /api/v1/atelier, and pause --think ms on average (0: no pause). Prints
requests, requests/s and latency percentiles per route; exits 1 on any error or when the p99
over all requests reaches --p99-limit.

    python3 scripts/load_sync.py                 # 20 clients, 60 s, p99 < 100 ms
    python3 scripts/load_sync.py --clients 4 --seconds 3 --p99-limit 1000
    python3 scripts/load_sync.py --postgres --processes 2 --ateliers 200 --clients 200 \
        --orders 100 --think 2000                # issue 19's service of many ateliers

Standard library only (with --postgres, Debian's python3-psycopg too). The clients run in this
process, on the same machine: their own Python time is part of every latency measured.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO_ROOT)  # backend/ (ateliers and tokens made in-process), tests/serve/
SERVE_PY = os.path.join(REPO_ROOT, "serve.py")
URL_LINE = re.compile(r"^Atelier is served at http://127\.0\.0\.1:(\d+)/$")
# Wide open: the limiter (50/s per token by default) would otherwise be what is measured.
RATE_ARGS = ("--api-rate", "1000000", "--api-burst", "1000000")
SEED_DEVICES = ("seed-tab-1", "seed-tab-2", "seed-laptop")
ENTRIES_PER_ORDER = 3
SEED_PUSH = 500
ATELIER_EVERY = 20
ROUTES = ("POST /api/v1/push", "GET /api/v1/pull", "GET /api/v1/atelier")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent devices (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they run (default 60)")
    parser.add_argument("--p99-limit", type=float, default=100, metavar="MS",
                        help="fail when the p99 latency over all requests reaches this (default 100 ms)")
    parser.add_argument("--orders", type=int, default=1000,
                        help=f"each seeded atelier's orders; its log gets {ENTRIES_PER_ORDER} entries "
                             "per order (default 1000)")
    parser.add_argument("--ateliers", type=int, default=1,
                        help="ateliers, the clients spread over them (default 1)")
    parser.add_argument("--processes", type=int, default=1,
                        help="serve.py processes sharing the store, the clients spread over them (default 1)")
    parser.add_argument("--postgres", action="store_true",
                        help="the store is a throwaway PostgreSQL server (fsync on) rather than SQLite")
    parser.add_argument("--think", type=float, default=0, metavar="MS",
                        help="a device's mean pause between rounds, exponentially distributed (default 0)")
    args = parser.parse_args(argv)
    if (args.clients < 1 or not args.seconds > 0 or not args.p99_limit > 0 or args.orders < 1
            or args.ateliers < 1 or args.processes < 1 or not args.think >= 0):
        parser.error("--clients, --orders, --ateliers and --processes must be at least 1, --seconds and "
                     "--p99-limit more than 0, --think 0 or more")
    if args.processes > 1 and not args.postgres:
        parser.error("--processes above 1 needs --postgres (SQLite's store is one process's)")
    return args


# [SECTION] the server

class Server:
    """serve.py --data (and --db) on a temporary folder and a free port."""

    def __init__(self, folder: str, workers: int, db: list[str], index: int = 0):
        self.root = os.path.join(folder, "dist")
        os.makedirs(self.root, exist_ok=True)
        with open(os.path.join(self.root, "index.html"), "w") as f:
            f.write("<p>load test</p>")
        self.data = os.path.join(folder, "data")
        self.log_path = os.path.join(folder, f"serve-{index}.log")
        self.workers = workers
        self.db = db
        self.proc = None

    def start(self) -> None:
        self.args = ("--workers", str(self.workers), "--quiet", *RATE_ARGS)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, SERVE_PY, "--root", self.root,
             "--data", self.data, *self.db, "--port", "0", *self.args],
            stdout=subprocess.PIPE, stderr=self._log, cwd=REPO_ROOT)
        line = self.proc.stdout.readline().decode()
        match = URL_LINE.match(line.rstrip("\n"))
        if not match:
            self.stop()
            raise RuntimeError(f"serve.py did not start: {line!r}\n{self.log_tail()}")
        self.port = int(match.group(1))

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None:
            self.proc.stdout.close()
            self._log.close()

    def log_tail(self, lines: int = 20) -> str:
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])


class Client:
    """JSON over one kept-alive connection."""

    def __init__(self, port: int, token: str):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def call(self, method: str, path: str, body=None) -> tuple[int, object]:
        data = None if body is None else json.dumps(body).encode()
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=self.headers)
                resp = self.conn.getresponse()
                payload = resp.read()
                break
            except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
                # The server closed the kept-alive connection while the device paused (after
                # serve.py's --head-timeout): as a browser does, send it again on a new one (a
                # push is idempotent by device and seq).
                self.conn.close()
                if attempt == 2:
                    raise
            except Exception:
                # Whatever state the connection is in, the next request starts a new one.
                self.conn.close()
                raise
        return resp.status, (json.loads(payload) if payload else None)

    def close(self) -> None:
        self.conn.close()


# [SECTION] the seeded atelier

def entry(device: str, seq: int, rng: random.Random, orders: int) -> dict:
    order = 10000 + rng.randrange(orders)
    command = rng.choice([
        {"type": "order.advance", "order": order},
        {"type": "order.stage_start", "order": order},
        {"type": "order.pay", "order": order, "amount": rng.randrange(1000, 200000),
         "method": "card", "note": "deposit"},
        {"type": "order.update", "order": order, "notes": "client asked for a longer hem, 2 cm"},
    ])
    return {"id": f"{device}.{seq}", "device": device, "seq": seq, "at": "2026-03-01T09:00",
            "app_version": "0.1.0", "command": command}


def snapshot(orders: int, rng: random.Random) -> dict:
    """Synthetic, in the shape of docs/snapshot.md; at 1,000 orders about the size of
    `atelier demo --orders 1000` (0.9 MB of compact JSON)."""
    measures = [{"name": "bust", "value": "88cm"}, {"name": "waist", "value": "71cm"},
                {"name": "hips", "value": "96.5cm"}, {"name": "height", "value": "168cm"}]
    clients = max(1, orders // 3)
    return {
        "schema": 2,
        "atelier": {"name": "Load Test Atelier", "code": "LDT", "currency": "EUR",
                    "next_order": 10000 + orders, "next_client": clients + 1,
                    "teams": ["Cutting", "Sewing"], "salespeople": ["Amélie"]},
        "pipelines": [{"id": "bridal", "name": "Bridal gown", "stages": [
            {"id": s, "name": s.capitalize(), "days": 2} for s in ("design", "cutting", "fitting1", "ready")]}],
        "clients": [{"id": c, "name": f"Client {c}", "phone": f"+336{c:08d}", "email": f"c{c}@example.com",
                     "sessions": [{"date": "2026-02-01", "values": measures}]}
                    for c in range(1, clients + 1)],
        "orders": [{"number": 10000 + n, "client": 1 + n % clients, "created": "2026-02-27T11:30",
                    "garment": "Aurore A-line", "collection": "SS26", "pipeline": "bridal",
                    "kind": "bulk", "quantity": 1 + n % 9, "salesperson": "Amélie", "team": "Sewing",
                    "notes": "Client prefers morning appointments.", "frozen": measures,
                    "frozen_on": "2026-03-05",
                    "stage": rng.choice(["design", "cutting", "fitting1", "ready"]),
                    "stage_status": "in_progress", "status": "in_production", "wip_start": "2026-03-02",
                    "deadline": "2026-05-01", "event": "2026-05-20", "price": rng.randrange(50000, 500000),
                    "payments": [{"amount": 90000, "at": "2026-03-01T10:00", "method": "card",
                                  "note": "deposit"}],
                    "schedule": [{"label": "Deposit", "when": "order", "amount": 90000},
                                 {"label": "Balance", "when": "handover", "amount": 210000}],
                    "history": [{"at": "2026-02-27T11:30", "who": "ana", "what": "order.create"}]}
                   for n in range(orders)],
    }


def seed(server: Server, token: str, orders: int) -> tuple[int, int]:
    """Push the log, then a checkpoint at its head; returns (head, checkpoint bytes)."""
    rng = random.Random(1)
    owner = Client(server.port, token)
    total = orders * ENTRIES_PER_ORDER
    seqs = {d: 0 for d in SEED_DEVICES}
    head = 0
    for start in range(0, total, SEED_PUSH):
        device = SEED_DEVICES[(start // SEED_PUSH) % len(SEED_DEVICES)]
        batch = []
        for _ in range(min(SEED_PUSH, total - start)):
            seqs[device] += 1
            batch.append(entry(device, seqs[device], rng, orders))
        status, reply = owner.call("POST", "/api/v1/push", {"device": device, "entries": batch})
        if status != 200:
            raise RuntimeError(f"seeding the log: {status} {reply}")
        head = reply["head"]
    body = {"hash": "seed-%d" % head, "snapshot": snapshot(orders, rng)}
    status, reply = owner.call("PUT", f"/api/v1/snapshot?pos={head}", body)
    if status != 200:
        raise RuntimeError(f"seeding the checkpoint: {status} {reply}")
    owner.close()
    return head, len(json.dumps(body["snapshot"], ensure_ascii=False).encode())


# [SECTION] the load

class Device(threading.Thread):
    def __init__(self, index: int, port: int, token: str, start_pos: int, orders: int,
                 ready: threading.Barrier, go: list[float], think_ms: float = 0):
        super().__init__(name=f"device-{index}", daemon=True)
        self.device = f"load-{index:02d}"
        self.client = Client(port, token)
        self.think = think_ms / 1000
        self.rng = random.Random(index)
        self.orders = orders
        self.last = start_pos  # a device that started from the checkpoint
        self.seq = 0           # entries acknowledged so far
        self.ready, self.go = ready, go
        self.times: dict[str, list[float]] = {r: [] for r in ROUTES}
        self.errors: list[str] = []

    def timed(self, route: str, method: str, path: str, body=None):
        start = time.perf_counter()
        try:
            status, reply = self.client.call(method, path, body)
        except Exception as exc:
            self.errors.append(f"{route}: {type(exc).__name__}: {exc}")
            return None
        self.times[route].append((time.perf_counter() - start) * 1000)
        if not 200 <= status < 300:
            self.errors.append(f"{route}: {status} {reply}")
            return None
        return reply

    def run(self) -> None:
        self.ready.wait()
        deadline = self.go[0]
        if self.think:
            # Devices that pause between rounds are not in step: all starting at once would be a
            # burst no studio makes, and the first rounds would queue behind it.
            time.sleep(self.rng.uniform(0, 2 * self.think))
        while time.perf_counter() < deadline:
            batch = [entry(self.device, self.seq + i + 1, self.rng, self.orders)
                     for i in range(self.rng.randint(1, 5))]
            # Not acknowledged: the same entries go again next time, as a device resends.
            if self.timed(ROUTES[0], "POST", "/api/v1/push",
                          {"device": self.device, "entries": batch}) is not None:
                self.seq += len(batch)
            reply = self.timed(ROUTES[1], "GET", f"/api/v1/pull?after={self.last}")
            if reply is not None and reply["entries"]:
                self.last = reply["entries"][-1]["pos"]
            if self.rng.randrange(ATELIER_EVERY) == 0:
                self.timed(ROUTES[2], "GET", "/api/v1/atelier")
            if self.think:
                time.sleep(min(self.rng.expovariate(1 / self.think), max(0.0, deadline - time.perf_counter())))
        self.client.close()


def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest rank."""
    if not sorted_ms:
        return float("nan")
    return sorted_ms[max(0, math.ceil(p / 100 * len(sorted_ms)) - 1)]


def report(devices: list[Device], seconds: float) -> float:
    """Prints the table; returns the p99 over all requests."""
    print(f"{'route':<22}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    everything: list[float] = []
    rows = []
    for route in ROUTES:
        ms = sorted(t for d in devices for t in d.times[route])
        everything += ms
        rows.append((route, ms))
    rows.append(("all", sorted(everything)))
    for route, ms in rows:
        print(f"{route:<22}{len(ms):>10}{len(ms) / seconds:>9.1f}{percentile(ms, 50):>9.1f}"
              f"{percentile(ms, 95):>9.1f}{percentile(ms, 99):>9.1f}{(ms[-1] if ms else float('nan')):>9.1f}")
    return percentile(rows[-1][1], 99)


def make_people(data: str, db_url: str | None, ateliers: int, clients: int) -> tuple[list[str], list[tuple[int, str]]]:
    """The ateliers (owner tokens, in order) and one person per client: (atelier index, token).
    In-process, through the backend's own code: hundreds of `serve.py admin` runs take minutes."""
    from backend import people
    from backend.db import open_database
    db = open_database(data, db_url)
    try:
        made = [people.create_atelier(db, f"Load Test Atelier {a + 1}", "LDT", "owner") for a in range(ateliers)]
        persons = [(i % ateliers, people.add_person(db, made[i % ateliers][0], f"person-{i:03d}"))
                   for i in range(clients)]
    finally:
        db.close()
    return [token for _, token in made], persons


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    folder = tempfile.mkdtemp(prefix="atelier-load-")
    postgres = None
    servers: list[Server] = []
    try:
        db_url = None
        if args.postgres:
            from tests.serve.postgres_server import PostgresServer
            postgres = PostgresServer(durable=True)
            import backend.db_postgres as pg  # its psycopg: Debian's, whichever python3 runs this
            with pg.psycopg.connect(postgres.url, autocommit=True) as conn:
                conn.execute("CREATE DATABASE atelier_load")
            db_url = postgres.url.replace("/postgres?", "/atelier_load?")
        data = os.path.join(folder, "data")
        owners, persons = make_people(data, db_url, args.ateliers, args.clients)
        # Each kept-alive connection holds a worker; a few more stay free for the seeding.
        per_process = math.ceil(args.clients / args.processes)
        servers = [Server(folder, max(64, per_process + 8), ["--db", db_url] if db_url else [], i)
                   for i in range(args.processes)]
        for server in servers:
            server.start()
        heads = []
        snapshot_bytes = 0
        for a, token in enumerate(owners):
            head, size = seed(servers[a % len(servers)], token, args.orders)
            heads.append(head)
            snapshot_bytes = max(snapshot_bytes, size)
        store = f"PostgreSQL {db_url} (a throwaway server, fsync on)" if postgres else "SQLite"
        for server in servers:
            print(f"serve.py on loopback port {server.port} (pid {server.proc.pid}), "
                  f"{' '.join(server.args)}: the rate limiter is opened wide so it does not shape the result")
        print(f"store: {store}; {args.processes} serve.py process(es)")
        print(f"{args.ateliers:,} atelier(s) of {args.orders:,} orders each: checkpoint of "
              f"{snapshot_bytes / 1e6:.1f} MB at position {heads[0]:,}, log of {heads[0]:,} entries")
        # What else the machine was doing shapes every figure below.
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} before the run")
        print(f"{args.clients} clients (one person, token, device and kept-alive connection each) for "
              f"{args.seconds:g} s: push 1-5 entries, pull after the last position, "
              f"1 in {ATELIER_EVERY} also GET /api/v1/atelier"
              + (f", then a pause of {args.think:g} ms on average" if args.think else ""))

        ready = threading.Barrier(args.clients + 1)
        go = [0.0]
        devices = [Device(i + 1, servers[i % len(servers)].port, persons[i][1], heads[persons[i][0]], args.orders,
                          ready, go, args.think)
                   for i in range(args.clients)]
        for d in devices:
            d.start()
        go[0] = time.perf_counter() + args.seconds
        started = time.perf_counter()
        ready.wait()
        for d in devices:
            d.join(args.seconds + 120)
        elapsed = time.perf_counter() - started
        print()
        p99 = report(devices, elapsed)

        errors = [e for d in devices for e in d.errors]
        if any(d.is_alive() for d in devices):
            errors.append("a client was still running two minutes after the end")
        pushed = [0] * args.ateliers
        for i, d in enumerate(devices):
            pushed[persons[i][0]] += d.seq
        finals = []
        for a, token in enumerate(owners):
            check = Client(servers[(a + 1) % len(servers)].port, token)  # another process than the seeder's
            status, reply = check.call("GET", "/api/v1/atelier")
            check.close()
            final = reply["head"] if status == 200 else None
            finals.append(final or 0)
            if final != heads[a] + pushed[a]:
                errors.append(f"atelier {a + 1}: head {final}, but {heads[a]:,} seeded + {pushed[a]:,} "
                              f"acknowledged = {heads[a] + pushed[a]:,}")
        print(f"\nlogs: heads {sum(heads):,} -> {sum(finals):,} over {args.ateliers:,} atelier(s); "
              f"{sum(pushed):,} entries acknowledged")
        print(f"load average {os.getloadavg()[0]:.2f} after the run")
        print(f"errors: {len(errors)}")
        for e in errors[:10]:
            print(f"  {e}")
        tail = "".join(server.log_tail() for server in servers) if errors else ""
        if tail:
            print("serve.py's log ends:\n" + tail)
        verdict = "PASS" if not errors and p99 < args.p99_limit else "FAIL"
        print(f"p99 over all requests {p99:.1f} ms, limit {args.p99_limit:g} ms: {verdict}")
        return 0 if verdict == "PASS" else 1
    finally:
        for server in servers:
            server.stop()
        if postgres is not None:
            postgres.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
