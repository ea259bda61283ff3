"""The embedded store: one SQLite file, DIR/atelier.sqlite3 (the interface: db.py).

- WAL, so readers (pulls) never wait for a writer (pushes).
- synchronous=FULL: a reply is sent only after COMMIT, and COMMIT has reached the disk.
- One connection per thread; writes go through `write()`, one at a time: one process owns the
  file, so waiting pulls are woken by log.py's own conditions and notify/listen do nothing.
- Every start runs SQLite's integrity check over the whole file and refuses a damaged one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading

from . import schema
from .db import DataError, make_folder

FILE_NAME = "atelier.sqlite3"


class Database:
    kind = "sqlite"
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    integrity_errors: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,)

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
        make_folder(self.folder)
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
                has_meta = c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
                schema.migrate(c, self.kind, has_meta is not None)
        except sqlite3.DatabaseError as exc:
            raise DataError(f"{self.path} is not a usable database: {exc}") from None
        except RuntimeError as exc:
            raise DataError(f"{self.path}: {exc}") from None
        return self

    def describe(self) -> str:
        return self.path

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
    def write(self, lock: int | None = None):
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error. Every
        writer is serialized here, so `lock` needs nothing more."""
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

    def close(self) -> None:
        """Closes this thread's connection (a short-lived user: the admin CLI, a test)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def release(self) -> None:
        pass  # a connection per thread, kept: SQLite's are cheap and local

    def notify(self, conn, atelier_id: int) -> None:
        pass  # one process: log.py wakes its own waiters

    def listen(self, callback) -> None:
        pass
