"""The server's one SQLite file: schema, opening, integrity check, transactions.

(Photo bytes are files beside it, DIR/blobs/; the `blobs` table records them: blobs.py.)

- WAL, so readers (pulls) never wait for a writer (pushes).
- synchronous=FULL: a reply is sent only after COMMIT, and COMMIT has reached the disk.
- One connection per thread; writes go through `write()`, one at a time.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading

FILE_NAME = "atelier.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS ateliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    atelier_id INTEGER NOT NULL REFERENCES ateliers(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (atelier_id, name)
);
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    created TEXT NOT NULL,
    revoked TEXT
);
CREATE TABLE IF NOT EXISTS entries (
    atelier_id INTEGER NOT NULL REFERENCES ateliers(id),
    pos INTEGER NOT NULL,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (atelier_id, pos),
    UNIQUE (atelier_id, device, seq)
);
CREATE TABLE IF NOT EXISTS checkpoints (
    atelier_id INTEGER NOT NULL REFERENCES ateliers(id),
    pos INTEGER NOT NULL,
    hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    received TEXT NOT NULL,
    PRIMARY KEY (atelier_id, pos)
);
CREATE TABLE IF NOT EXISTS state_hashes (
    atelier_id INTEGER NOT NULL REFERENCES ateliers(id),
    pos INTEGER NOT NULL,
    device TEXT NOT NULL,
    hash TEXT NOT NULL,
    received TEXT NOT NULL,
    PRIMARY KEY (atelier_id, pos, device)
);
CREATE TABLE IF NOT EXISTS blobs (
    atelier_id INTEGER NOT NULL REFERENCES ateliers(id),
    hash TEXT NOT NULL,
    type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    person TEXT NOT NULL,
    received TEXT NOT NULL,
    PRIMARY KEY (atelier_id, hash)
);
"""


class DataError(Exception):
    """The data folder cannot be used; the message says why."""


class Database:
    def __init__(self, folder: str):
        self.folder = folder
        self.path = os.path.join(folder, FILE_NAME)
        self._local = threading.local()
        # SQLite serializes writers anyway; doing it here too means no busy
        # waits between this process's own threads, and positions are
        # computed and written by one transaction at a time.
        self._write_lock = threading.Lock()

    def open(self) -> "Database":
        """Create the folder and schema if new; refuse a damaged file."""
        try:
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
        except OSError as exc:
            raise DataError(f"cannot create data folder {self.folder}: {exc}") from None
        try:
            conn = self.connection()
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                problems = "; ".join(str(r[0]) for r in rows[:5])
                raise DataError(f"{self.path} failed its integrity check ({problems}); "
                                "restore it from a backup before serving")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise DataError(f"{self.path}: cannot switch to WAL mode (got {mode})")
            with self.write() as c:
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        c.execute(statement)
                # Before roles (issue 16) everyone added was a "member", who could do everything
                # but own the atelier: a manager now.
                c.execute("UPDATE people SET role = 'manager' WHERE role = 'member'")
        except sqlite3.DatabaseError as exc:
            raise DataError(f"{self.path} is not a usable database: {exc}") from None
        return self

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # isolation_level=None: transactions are begun explicitly below.
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def write(self):
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""
        conn = self.connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:
                # A failed COMMIT (disk full, I/O error) can leave the
                # transaction open; the next write must not start inside it.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def read(self):
        """A consistent view across several SELECTs."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")
