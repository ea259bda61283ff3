"""`serve.py admin` (ateliers, people, tokens) and the data folder's checks at start.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

from .sync_helpers import (NO_LIMIT, POSTGRES, REPO_ROOT, SERVE_PY, SyncServer, admin, db_args, entry,
                           open_store, sqlite_only, token_of)


class AdminTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="atelier-admin-test-")
        self.data = os.path.join(self.tmp, "data")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_create_add_list_revoke(self):
        created = admin(self.data, "create-atelier", "Bella Forma", "--code", "BFG", "--owner", "ana")
        owner = token_of(created)
        self.assertIn("Created atelier 1 'Bella Forma' (BFG)", created.stdout)
        self.assertGreaterEqual(len(owner), 43)  # 256 random bits, URL-safe
        ben = token_of(admin(self.data, "add-person", "1", "ben"))
        self.assertNotEqual(owner, ben)
        second = token_of(admin(self.data, "create-atelier", "Second", "--code", "SEC"))
        listed = admin(self.data, "list")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertEqual(listed.stdout.splitlines(), [
            "atelier 1  Bella Forma  code BFG  entries 0",
            "  person 1  ana  owner  tokens: 1 active, 0 revoked",
            "  person 2  ben  manager  tokens: 1 active, 0 revoked",
            "atelier 2  Second  code SEC  entries 0",
            "  person 3  owner  owner  tokens: 1 active, 0 revoked"])
        revoked = admin(self.data, "revoke", ben)
        self.assertEqual((revoked.returncode, revoked.stdout.strip()),
                         (0, "Revoked the token of ben (atelier 1)."))
        self.assertIn("ben  manager  tokens: 0 active, 1 revoked", admin(self.data, "list").stdout)
        again = admin(self.data, "revoke", ben)
        self.assertEqual(again.returncode, 1)
        self.assertIn("already revoked", again.stderr)
        # Tokens are kept only as SHA-256 hashes: not in the store, not in any listing.
        stored = b""
        for suffix in ("", "-wal"):
            path = os.path.join(self.data, "atelier.sqlite3" + suffix)
            if not POSTGRES and os.path.exists(path):
                with open(path, "rb") as f:
                    stored += f.read()
        conn = open_store(self.data).connection()
        hashes = {row[0] for row in conn.execute("SELECT hash FROM tokens")}
        if POSTGRES:
            stored = "".join(str(row) for table in ("tokens", "people", "ateliers")
                             for row in conn.execute(f"SELECT * FROM {table}")).encode()
        self.assertTrue(stored)
        for token in (owner, ben, second):
            self.assertNotIn(token.encode(), stored)
            self.assertNotIn(token, listed.stdout)
            self.assertIn(hashlib.sha256(token.encode()).hexdigest(), hashes)

    def test_refusals(self):
        token_of(admin(self.data, "create-atelier", "Bella", "--code", "BFG"))
        for args, message in [
                (("create-atelier", "X", "--code", "bf"), "the code must be exactly three letters A-Z"),
                (("create-atelier", "X", "--code", "ABCD"), "the code must be exactly three letters A-Z"),
                (("create-atelier", "  ", "--code", "ABC"), "the atelier name must not be empty"),
                (("create-atelier", "a\x07b", "--code", "ABC"), "must not contain control characters"),
                (("add-person", "9", "zoe"), "no atelier has id 9"),
                (("add-person", "1", "owner"), "atelier 1 already has a person named 'owner'"),
                (("revoke", "not-a-token"), "no such token")]:
            with self.subTest(args=args):
                result = admin(self.data, *args)
                self.assertEqual(result.returncode, 1, result.stdout)
                self.assertIn(message, result.stderr)
                self.assertNotIn("token: ", result.stdout)
        usage = admin(self.data, "frobnicate")
        self.assertEqual(usage.returncode, 2)

    def test_init_creates_a_first_atelier_once(self):
        first = admin(self.data, "init")
        token = token_of(first)
        self.assertIn("First start: created atelier 1", first.stdout)
        second = admin(self.data, "init")
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertNotIn("token: ", second.stdout)
        self.assertIn("1 atelier(s)", second.stdout)
        self.assertIn("list", second.stdout)
        self.assertIn("add-person", second.stdout)
        self.assertNotIn(token, second.stdout)

    def test_data_folder_made_private(self):
        admin(self.data, "list")
        self.assertEqual(os.stat(self.data).st_mode & 0o777, 0o700)


class SchemaTest(unittest.TestCase):
    """The schema's version is recorded; a database from a newer serve.py is refused, not changed."""

    def test_a_newer_schema_is_refused_with_its_reason(self):
        with tempfile.TemporaryDirectory() as data:
            token_of(admin(data, "create-atelier", "Bella", "--code", "BFG"))
            from backend import schema
            conn = open_store(data).connection()
            self.assertEqual(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0],
                             str(schema.LATEST))
            conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
            result = admin(data, "list")
            self.assertEqual(result.returncode, 1)
            self.assertIn("schema version 999, newer than this serve.py knows", result.stderr)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.LATEST),))
            self.assertIn("Bella", admin(data, "list").stdout)


    def test_processes_starting_at_once_on_a_new_store_create_it_once(self):
        with tempfile.TemporaryDirectory() as data:
            db = db_args(os.path.join(data, "d"))
            runs = [subprocess.Popen([sys.executable, SERVE_PY, "admin", "--data", os.path.join(data, "d"), *db, "list"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)
                    for _ in range(4)]
            results = [(r.wait(30), *r.communicate()) for r in runs]
            self.assertEqual([r[0] for r in results], [0] * 4, results)
            self.assertTrue(all("No ateliers yet" in r[1] for r in results), results)


class DatabaseAddressTest(unittest.TestCase):
    """--db: only a PostgreSQL address, only with --data, never a password in a message."""

    def serve(self, *args: str) -> subprocess.CompletedProcess:
        with tempfile.TemporaryDirectory() as tmp:
            return subprocess.run([sys.executable, SERVE_PY, "--root", tmp, "--port", "0", *args],
                                  capture_output=True, text=True, timeout=30, cwd=REPO_ROOT)

    def test_refusals(self):
        with tempfile.TemporaryDirectory() as data:
            result = self.serve("--data", data, "--db", "mysql://x@y/z")
            self.assertEqual(result.returncode, 2)
            self.assertIn("--db must be a postgresql://... address (got mysql:...)", result.stderr)
            result = self.serve("--db", "postgresql://x@/z")
            self.assertEqual(result.returncode, 2)
            self.assertIn("--db needs --data DIR too", result.stderr)
            result = self.serve("--data", data, "--db", "postgresql://ana:s3cret-pw@/nodb?host=/nonexistent-socket-dir")
            self.assertEqual(result.returncode, 2)
            self.assertIn("cannot connect to PostgreSQL at postgresql://ana:***@/nodb", result.stderr)
            self.assertNotIn("s3cret-pw", result.stderr + result.stdout)
            listed = admin(data, "--db", "postgresql://ana:s3cret-pw@/nodb?host=/nonexistent-socket-dir", "list")
            self.assertEqual(listed.returncode, 1)
            self.assertIn("cannot connect to PostgreSQL", listed.stderr)
            self.assertNotIn("s3cret-pw", listed.stderr)


@sqlite_only
class DataFolderCheckTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="atelier-integrity-test-")
        self.data = os.path.join(self.tmp, "data")
        self.root = self.tmp

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def serve(self) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, SERVE_PY, "--root", self.root, "--data", self.data,
                               "--port", "0"], capture_output=True, text=True, timeout=20, cwd=REPO_ROOT)

    def test_not_a_database_refused(self):
        os.makedirs(self.data)
        with open(os.path.join(self.data, "atelier.sqlite3"), "wb") as f:
            f.write(b"this is not SQLite" * 100)
        result = self.serve()
        self.assertEqual(result.returncode, 2)
        self.assertIn("atelier.sqlite3 is not a usable database", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_failed_integrity_check_refused(self):
        token = token_of(admin(self.data, "create-atelier", "Bella", "--code", "BFG"))
        server = SyncServer(self.data, self.root, *NO_LIMIT)
        try:
            for device in ("ix-a", "ix-b", "ix-c"):
                status, _, reply = server.call("POST", "/api/v1/push", token, {
                    "device": device, "entries": [entry(device, i) for i in range(1, 301)]})
                self.assertEqual(status, 200, reply)
        finally:
            server.stop()
        path = os.path.join(self.data, "atelier.sqlite3")
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        # Change device names inside the (device, seq) index's leaf pages only
        # (page type 0x0a); the table rows stay, so the index no longer matches them.
        with open(path, "rb") as f:
            data = bytearray(f.read())
        for start in range(page_size, len(data), page_size):
            if data[start] == 0x0A:
                for match in list(re.finditer(rb"ix-[ab]", data[start:start + page_size]))[:20]:
                    data[start + match.end() - 1] = ord("z")
        with open(path, "wb") as f:
            f.write(data)
        result = self.serve()
        self.assertEqual(result.returncode, 2, result.stdout)
        self.assertIn("atelier.sqlite3 failed its integrity check", result.stderr)
        self.assertIn("restore it from a backup", result.stderr)


if __name__ == "__main__":
    unittest.main()


class TokenShapeTest(unittest.TestCase):
    def test_no_token_starts_with_a_dash(self):
        # One in 64 did: `admin revoke TOKEN` then failed as an unknown option. 4,000 draws would
        # meet one about 62 times over.
        from backend.tokens import new_token
        tokens = [new_token() for _ in range(4000)]
        self.assertFalse([t for t in tokens if t.startswith("-")])
        self.assertTrue(all(len(t) == 43 for t in tokens))
