"""The store for many ateliers: PostgreSQL through psycopg 3 (the interface: db.py).

- A pool of connections per process (`pool`, 16 by default): a thread borrows one at its first
  statement and gives it back when its request is answered (db.release) or before a pull waits,
  so a process holds at most `pool` connections however many workers it runs. Connections are in
  autocommit: a transaction is begun and ended explicitly, as with SQLite. Statements use the
  same SQL as SQLite's; ? becomes psycopg's %s here.
- The order of a log: a push appends inside one transaction holding that atelier's advisory
  lock (pg_advisory_xact_lock), so positions are computed by one writer at a time whichever
  process it runs in; (atelier, pos) and (atelier, device, seq) stay unique as in SQLite.
- Waiting pulls across processes: an append sends NOTIFY atelier_log '<atelier id>' (delivered
  at COMMIT); each process listens on a connection of its own and wakes its waiters. After a
  lost connection it listens again and wakes every waiter once (they re-read the head).
- The schema is created and migrated at start under a lock (backend/schema.py).
- Photos stay files under the data folder (blobs.py): processes on one machine share it; on
  several machines the folder is a shared mount (README, deployment).
"""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
import time
import urllib.parse

from . import schema
from .db import DataError, make_folder

try:
    import psycopg
except ImportError:  # Debian's python3-psycopg, when python3 on PATH is another Python (pyenv)
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        import psycopg
    except ImportError:
        psycopg = None

CHANNEL = "atelier_log"
SCHEMA_LOCK = -1  # the advisory lock key of migrations; atelier ids are positive
RELISTEN_SECONDS = 1.0
POOL = 16
BORROW_SECONDS = 10  # a request that waits longer for a connection is answered 503


def _placeholders(sql: str) -> str:
    # The SQL has no literal % or ? in strings (backend/*.py): ? -> %s, % -> %%.
    return sql.replace("%", "%%").replace("?", "%s")


def redacted(url: str) -> str:
    """The address without its password, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


class _Connection:
    """psycopg's connection with SQLite's placeholders."""

    def __init__(self, raw):
        self.raw = raw
        self._sql: dict[str, str] = {}

    def execute(self, sql: str, params=()):
        converted = self._sql.get(sql)
        if converted is None:
            converted = self._sql[sql] = _placeholders(sql)
        return self.raw.execute(converted, tuple(params))


class PostgresDatabase:
    kind = "postgresql"

    def __init__(self, folder: str, url: str, pool: int = POOL):
        if psycopg is None:
            raise DataError("--db postgresql://... needs psycopg 3 (Debian: apt install python3-psycopg)")
        self.folder = folder
        self.url = url
        self.errors: tuple[type[BaseException], ...] = (psycopg.Error,)
        self.integrity_errors: tuple[type[BaseException], ...] = (psycopg.errors.IntegrityError,)
        self._local = threading.local()
        self._idle: queue.LifoQueue = queue.LifoQueue()
        self.pool = pool
        self._slots = threading.BoundedSemaphore(pool)  # connections open or lent, at most `pool`
        self._listeners: list = []
        self._listen_thread: threading.Thread | None = None
        self._listen_lock = threading.Lock()

    def _connect(self):
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise DataError(f"cannot connect to PostgreSQL at {redacted(self.url)}: "
                            f"{str(exc).strip()}") from None

    def open(self) -> "PostgresDatabase":
        make_folder(self.folder)
        try:
            with self.write(SCHEMA_LOCK) as c:
                has_meta = c.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]
                schema.migrate(c, self.kind, bool(has_meta))
        except psycopg.Error as exc:
            raise DataError(f"PostgreSQL at {redacted(self.url)} cannot be used: {str(exc).strip()}") from None
        except RuntimeError as exc:
            raise DataError(f"PostgreSQL at {redacted(self.url)}: {exc}") from None
        finally:
            self.release()  # the starting thread serves no request: the pool gets it back
        return self

    def describe(self) -> str:
        return redacted(self.url)

    def connection(self) -> _Connection:
        """This thread's connection, borrowed from the pool until release()."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if not self._slots.acquire(timeout=BORROW_SECONDS):
            raise psycopg.OperationalError(f"all {self.pool} connections to PostgreSQL stayed busy for "
                                           f"{BORROW_SECONDS} s")
        try:
            while True:
                try:
                    conn = self._idle.get_nowait()
                except queue.Empty:
                    conn = _Connection(self._connect())
                    break
                if not conn.raw.closed:
                    break  # else the server closed it (a restart): try the next, or a new one
        except BaseException:
            self._slots.release()
            raise
        self._local.conn = conn
        return conn

    def release(self) -> None:
        """Gives this thread's connection back to the pool (a broken one is dropped)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        if not conn.raw.closed and conn.raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            self._idle.put(conn)
        else:
            conn.raw.close()
        self._slots.release()

    @contextlib.contextmanager
    def write(self, lock: int | None = None):
        """One transaction; with `lock`, it holds that atelier's advisory lock until it ends."""
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            if lock is not None:
                conn.execute("SELECT pg_advisory_xact_lock(?)", (lock,))
            yield conn
        except BaseException:
            if not conn.raw.closed:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextlib.contextmanager
    def read(self):
        """One snapshot across several SELECTs (a pull's head and its entries agree)."""
        conn = self.connection()
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield conn
        finally:
            if not conn.raw.closed:
                conn.execute("COMMIT")

    def close(self) -> None:
        """Closes every idle connection and this thread's (a short-lived user: the admin CLI, a test)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.raw.close()
            self.release()
        while True:
            try:
                self._idle.get_nowait().raw.close()
            except queue.Empty:
                return

    def notify(self, conn, atelier_id: int) -> None:
        conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, str(atelier_id)))

    def listen(self, callback) -> None:
        """callback(atelier_id) for every append any process commits; callback(None) after a
        lost connection (wake every waiter: notifications may have been missed)."""
        with self._listen_lock:
            self._listeners.append(callback)
            if self._listen_thread is None:
                self._listen_thread = threading.Thread(target=self._listen_loop, daemon=True,
                                                       name="atelier-listen")
                self._listen_thread.start()

    def _listen_loop(self) -> None:
        missed = False
        while True:
            try:
                raw = self._connect()
                try:
                    raw.execute(f"LISTEN {CHANNEL}")
                    if missed:
                        self._deliver(None)
                    for note in raw.notifies():
                        try:
                            atelier_id = int(note.payload)
                        except ValueError:
                            continue
                        self._deliver(atelier_id)
                finally:
                    raw.close()
            except (DataError, psycopg.Error):
                pass
            missed = True
            time.sleep(RELISTEN_SECONDS)

    def _deliver(self, atelier_id: int | None) -> None:
        for callback in list(self._listeners):
            callback(atelier_id)
