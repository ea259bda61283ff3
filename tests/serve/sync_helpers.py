"""What the sync API tests share: serve.py with --data as a subprocess, the admin
CLI, and a small JSON-over-HTTP client. Real HTTP against a real server.

The same tests run against both stores: with ATELIER_TEST_DB set (a PostgreSQL server's
address, tests/serve/with_postgres.py), every data folder a test makes gets a database of its
own on that server, given to serve.py and its admin CLI as --db."""

from __future__ import annotations

import atexit
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest
import urllib.parse

REPO_ROOT = os.environ.get("ATELIER_SOURCE") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVE_PY = os.path.join(REPO_ROOT, "serve.py")
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)  # backend/, for the few in-process checks
URL_LINE = re.compile(r"^Atelier is served at http://127\.0\.0\.1:(\d+)/$")
TOKEN_LINE = re.compile(r"^token: (\S+)$", re.MULTILINE)
# Room for every test's requests from one address; the 429 test uses its own server.
NO_LIMIT = ("--api-rate", "100000", "--api-burst", "100000")

POSTGRES = os.environ.get("ATELIER_TEST_DB") or None
# What only SQLite has (its file, its integrity check): skipped when the store is PostgreSQL.
sqlite_only = unittest.skipIf(POSTGRES, "SQLite's own file")
postgres_only = unittest.skipUnless(POSTGRES, "PostgreSQL's (run by tests/serve/with_postgres.py)")
_databases: dict[str, str] = {}
_databases_lock = threading.Lock()


def db_url(data: str) -> str | None:
    """The PostgreSQL database of a data folder (made on first use), or None for SQLite."""
    if not POSTGRES:
        return None
    key = os.path.realpath(data)
    with _databases_lock:
        if key not in _databases:
            from backend import db_postgres  # its psycopg: Debian's, whichever python3 runs this
            name = f"atelier_test_{os.getpid()}_{len(_databases) + 1}"
            with db_postgres.psycopg.connect(POSTGRES, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            parts = urllib.parse.urlsplit(POSTGRES)
            _databases[key] = urllib.parse.urlunsplit(parts._replace(path="/" + name))
        return _databases[key]


def db_args(data: str) -> list[str]:
    url = db_url(data)
    return ["--db", url] if url else []


_stores: list = []


def open_store(data: str):
    """The backend's own store over a data folder, for the few checks made in-process (each
    call opens it again, as a start does; all are closed when the tests end)."""
    from backend.db import open_database
    store = open_database(data, db_url(data))
    _stores.append(store)
    return store


@atexit.register
def _close_stores() -> None:
    for store in _stores:
        store.close()


def admin(data: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SERVE_PY, "admin", "--data", data, *db_args(data), *args],
                          capture_output=True, text=True, timeout=20, cwd=REPO_ROOT, input=stdin)


def token_of(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    match = TOKEN_LINE.search(result.stdout)
    assert match, result.stdout
    return match.group(1)


def entry(device: str, seq: int, command: dict | None = None, **fields) -> dict:
    e = {"id": f"{device}.{seq}", "device": device, "seq": seq, "at": "2026-03-01T09:00",
         "who": "ana", "app_version": "0.1.0",
         "command": command if command is not None else {"type": "order.note", "n": seq}}
    e.update(fields)
    return e


class SyncServer:
    """serve.py --data DIR on a free port."""

    def __init__(self, data: str, root: str, *args: str, quiet: bool = True, env: dict | None = None):
        self.data = data
        # Quiet unless a test reads the log: nobody drains stderr while it runs.
        self.proc = subprocess.Popen(
            [sys.executable, SERVE_PY, "--root", root, "--data", data, *db_args(data), "--port", "0",
             *(["--quiet"] if quiet else []), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT,
            env={**os.environ, **env} if env else None)
        timer = threading.Timer(15, self.proc.kill)
        timer.start()
        try:
            line = self.proc.stdout.readline().decode()
        finally:
            timer.cancel()
        match = URL_LINE.match(line.rstrip("\n"))
        if not match:
            self.stop()
            raise AssertionError(f"unexpected first line {line!r}; stderr: {self.stderr!r}")
        self.port = int(match.group(1))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        _, err = self.proc.communicate(timeout=10)
        self.stderr = err.decode()

    def call(self, method: str, path: str, token: str | None = None, body=None,
             raw: bytes | None = None, headers: dict | None = None, timeout: float = 10):
        """(status, headers with lower-case names, parsed JSON or raw bytes)."""
        h = dict(headers or {})
        if token is not None:
            h["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=data, headers=h)
            resp = conn.getresponse()
            payload = resp.read()
            reply_headers = {k.lower(): v for k, v in resp.getheaders()}
        finally:
            conn.close()
        if reply_headers.get("content-type") == "application/json" and payload:
            payload = json.loads(payload)
        return resp.status, reply_headers, payload

    def raw(self, request: bytes, timeout: float = 10) -> bytes:
        """Bytes sent as they are; the reply read to EOF (the server closes)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(request)
            chunks = []
            while True:
                try:
                    chunk = sock.recv(65536)
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)


class SyncTestCase(unittest.TestCase):
    """One server over a fresh data folder for the class, with one atelier made before it starts."""

    server_args: tuple[str, ...] = NO_LIMIT
    server_env: dict[str, str] = {}  # added to serve.py's environment (test knobs)

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="atelier-sync-test-")
        cls.root = os.path.join(cls.tmp, "dist")
        os.makedirs(cls.root)
        with open(os.path.join(cls.root, "index.html"), "wb") as f:
            f.write(b"<p>app</p>")
        cls.data = os.path.join(cls.tmp, "data")
        cls.token = token_of(admin(cls.data, "create-atelier", "Bella Forma", "--code", "BFG",
                                   "--owner", "ana"))
        cls.server = SyncServer(cls.data, cls.root, *cls.server_args, env=cls.server_env)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def new_atelier(cls, name: str = "Other", code: str = "OTH", owner: str = "owner") -> str:
        return token_of(admin(cls.data, "create-atelier", name, "--code", code, "--owner", owner))

    def call(self, *args, **kwargs):
        return self.server.call(*args, **kwargs)

    def push(self, token: str, device: str, entries: list, expect: int = 200):
        status, _, reply = self.call("POST", "/api/v1/push", token, {"device": device, "entries": entries})
        self.assertEqual(status, expect, reply)
        return reply

    def pull(self, token: str, after: int = 0, wait: int | None = None):
        path = f"/api/v1/pull?after={after}" + (f"&wait={wait}" if wait is not None else "")
        status, _, reply = self.call("GET", path, token, timeout=40)
        self.assertEqual(status, 200, reply)
        return reply

    def head(self, token: str) -> int:
        status, _, reply = self.call("GET", "/api/v1/atelier", token)
        self.assertEqual(status, 200, reply)
        return reply["head"]

    def assert_refused(self, status_and_reply, status: int, *phrases: str):
        got_status, _, reply = status_and_reply
        self.assertEqual(got_status, status, reply)
        for phrase in phrases:
            self.assertIn(phrase, reply["error"])
