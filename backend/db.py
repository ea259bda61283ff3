"""The backend's storage: one small interface, two stores.

- SQLite (db_sqlite.py): the embedded default, one file DIR/atelier.sqlite3 beside the photos;
  one serve.py process.
- PostgreSQL (db_postgres.py, `--db postgresql://...`): for many ateliers and several serve.py
  processes against one database (psycopg 3).

What the rest of the backend uses (people.py, log.py, blobs.py, calendars.py):

    db.folder                 the data folder; photo bytes are files under DIR/blobs/ (blobs.py)
    db.connection()           this thread's connection: .execute(sql, params) -> a cursor
                              (fetchone, fetchall, iteration, rowcount); SQL in the subset both
                              understand, with ? placeholders
    db.release()              the thread is done for now (a request answered, a pull about to
                              wait): PostgreSQL's pool takes the connection back
    with db.write(lock) as c  one write transaction; `lock` (an atelier id) orders the writers of
                              one atelier's log across processes
    with db.read() as c       one consistent view over several SELECTs
    db.notify(c, atelier_id)  inside a write: wake every process's waiting pulls after COMMIT
    db.listen(callback)       callback(atelier_id) when another process appended to a log
    db.errors                 the exceptions that mean "the store failed" (503, try again)
    db.describe()             where the data is, for the start line (never a password)
    db.close()                closes this thread's connection
"""

from __future__ import annotations

import os


class DataError(Exception):
    """The store cannot be used; the message says why."""


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgres", "postgresql")


def open_database(folder: str, url: str | None = None, pool: int | None = None):
    """The store for `folder`: PostgreSQL at `url` when given (at most `pool` connections),
    else SQLite in the folder."""
    if url:
        if not is_postgres_url(url):
            raise DataError(f"--db must be a postgresql://... address (got {url.split(':', 1)[0]}:...)")
        from . import db_postgres  # psycopg is needed only then
        return db_postgres.PostgresDatabase(folder, url, pool or db_postgres.POOL).open()
    from .db_sqlite import Database
    return Database(folder).open()


def make_folder(folder: str) -> None:
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create data folder {folder}: {exc}") from None
