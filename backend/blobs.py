"""Each atelier's photos and thumbnails by content (issue 15), named by their SHA-256.

- The bytes are files, DIR/blobs/<atelier id>/<first two hex digits>/<sha256>; the `blobs` table
  says which atelier holds which blob, its type and size. A row is what makes a blob exist: the
  file is written first, so a row always names a whole file.
- Files, not rows: photos add up to gigabytes, and the database stays small enough for the
  integrity check every start runs over all of it.
- A body is written to a temporary file in DIR/blobs/tmp/ while its SHA-256 is computed, flushed
  to the disk, renamed into place, and only then recorded (COMMIT). A body cut short or with the
  wrong hash leaves nothing; a crash at worst leaves a temporary file (removed at a later start)
  or a file with no row (replaced when the blob is sent again).
- Blobs belong to one atelier: another atelier holding the same bytes has its own copy.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterable

from .entries import BadRequest
from .people import now_iso

SHA256 = re.compile(r"[0-9a-f]{64}")
TYPES = ("image/jpeg", "image/webp", "image/png")
FOLDER = "blobs"
TEMP_FOLDER = "tmp"
STALE_TEMP_SECONDS = 3600  # a temporary file this old belongs to no upload still running
IN_CLAUSE = 500  # hashes per SELECT ... IN (...)


class StorageError(Exception):
    """The blob files could not be read or written (503; nothing was acknowledged)."""


def _fsync_folder(path: str) -> None:
    # A rename is on the disk once its folder is; Windows cannot open a folder (nor needs to).
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Blobs:
    def __init__(self, db):
        self.db = db
        self.root = os.path.join(db.folder, FOLDER)
        self.temp = os.path.join(self.root, TEMP_FOLDER)

    def remove_stale_temp_files(self) -> None:
        """Temporary files left by a crash; best effort, at start."""
        try:
            names = os.listdir(self.temp)
        except OSError:
            return
        old = time.time() - STALE_TEMP_SECONDS
        for name in names:
            path = os.path.join(self.temp, name)
            try:
                if os.stat(path).st_mtime < old:
                    os.unlink(path)
            except OSError:
                pass

    def path(self, atelier_id: int, sha256: str) -> str:
        # sha256 has matched SHA256 (the routes take no other): no separators, no "..".
        return os.path.join(self.root, str(atelier_id), sha256[:2], sha256)

    # [SECTION] reading

    def find(self, atelier_id: int, sha256: str) -> str | None:
        """The stored type, or None when this atelier has no such blob (or its file is gone)."""
        row = self.db.connection().execute(
            "SELECT type FROM blobs WHERE atelier_id = ? AND hash = ?", (atelier_id, sha256)).fetchone()
        if row is None or not os.path.isfile(self.path(atelier_id, sha256)):
            return None
        return row[0]

    def open(self, atelier_id: int, sha256: str):
        """(type, open binary file) or None."""
        blob_type = self.find(atelier_id, sha256)
        if blob_type is None:
            return None
        try:
            return blob_type, open(self.path(atelier_id, sha256), "rb")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(f"cannot read blob {sha256}: {exc}") from None

    def missing(self, atelier_id: int, hashes: list[str]) -> list[str]:
        """The hashes this atelier does not hold, in the order given, each once."""
        wanted = list(dict.fromkeys(hashes))
        held: set[str] = set()
        conn = self.db.connection()
        for i in range(0, len(wanted), IN_CLAUSE):
            part = wanted[i:i + IN_CLAUSE]
            held.update(r[0] for r in conn.execute(
                f"SELECT hash FROM blobs WHERE atelier_id = ? AND hash IN ({','.join('?' * len(part))})",
                (atelier_id, *part)))
        # A row whose file is gone (the folder restored without blobs/) counts as missing, so
        # the devices send it again.
        return [h for h in wanted if h not in held or not os.path.isfile(self.path(atelier_id, h))]

    # [SECTION] writing

    def store(self, atelier_id: int, person: str, sha256: str, blob_type: str, length: int,
              chunks: Iterable[bytes]) -> bool:
        """Take a body of `length` bytes; True if this call recorded it, False if it was there.

        BadRequest when its SHA-256 is not `sha256` (nothing is kept); a body cut short raises
        what reading it raised, and nothing is kept either."""
        had = self.find(atelier_id, sha256) is not None
        temp_file = None
        temp_path = None
        try:
            if not had:
                try:
                    os.makedirs(self.temp, mode=0o700, exist_ok=True)
                    fd, temp_path = tempfile.mkstemp(prefix=sha256[:16] + "-", dir=self.temp)
                    temp_file = os.fdopen(fd, "wb")
                except OSError as exc:
                    raise StorageError(f"cannot create a temporary file in {self.temp}: {exc}") from None
            digest = hashlib.sha256()
            for chunk in chunks:
                digest.update(chunk)
                if temp_file is not None:
                    try:
                        temp_file.write(chunk)
                    except OSError as exc:
                        raise StorageError(f"cannot write {temp_path}: {exc}") from None
            actual = digest.hexdigest()
            if actual != sha256:
                raise BadRequest(f"the body's SHA-256 is {actual}, not {sha256}")
            if had:
                return False  # the same bytes, already kept: nothing to write
            final = self.path(atelier_id, sha256)
            try:
                temp_file.flush()
                os.fsync(temp_file.fileno())
                temp_file.close()
                temp_file = None
                folder = os.path.dirname(final)
                new_folder = not os.path.isdir(folder)
                os.makedirs(folder, mode=0o700, exist_ok=True)
                os.replace(temp_path, final)
                temp_path = None
                _fsync_folder(folder)
                if new_folder:
                    _fsync_folder(os.path.dirname(folder))
                    _fsync_folder(self.root)
            except OSError as exc:
                raise StorageError(f"cannot store blob {sha256}: {exc}") from None
            with self.db.write() as conn:
                # DO NOTHING: the same blob sent twice at once is recorded once (the rename of
                # the same bytes over themselves is harmless); the first to record it gets True.
                added = conn.execute(
                    "INSERT INTO blobs (atelier_id, hash, type, bytes, person, received)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (atelier_id, sha256, blob_type, length, person, now_iso())).rowcount
            return added == 1
        finally:
            if temp_file is not None:
                temp_file.close()
            if temp_path is not None:
                try:
                    os.unlink(temp_path)
                except OSError:
                    pass
