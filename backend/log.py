"""Each atelier's ordered log of journal entries, its checkpoints and state hashes.

- Positions are 1, 2, 3... per atelier: an append computes and writes them inside
  one write transaction holding the atelier's lock (db.write), so concurrent pushes, in one
  process or several, never make a gap or a duplicate.
- (atelier, device, seq) is unique: a re-sent entry gets its old position back.
- Waiting pulls sleep on a Condition per atelier, woken after each COMMIT: this process's own
  appends directly, another process's through the store (db.notify / db.listen).
"""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone

from . import no_contact, roles
from .entries import ENTRY_FIELDS, SERVER_DEVICE, BadRequest, dumps, same_entry
from .people import now_iso

MAX_PULL_ENTRIES = 1000
MAX_PULL_BYTES = 8 * 1024 * 1024  # a reply holds at least one entry, whatever its size
KEEP_CHECKPOINTS = 3
MAX_DISAGREEMENTS_SHOWN = 50
IN_CLAUSE = 200  # entries per SELECT ... IN (...) or multi-row INSERT (5 values each)


class Conflict(Exception):
    """409: an entry's (device, seq) is in the log with different content."""


def _kept(entry: dict, who: str, received: str) -> dict:
    kept = {k: entry[k] for k in ENTRY_FIELDS if k in entry}
    kept["who"] = who
    kept["received"] = received
    return kept


class Log:
    def __init__(self, db):
        self.db = db
        self._conditions: dict[int, threading.Condition] = {}
        self._appends: dict[int, int] = {}  # appends seen per atelier, counted under its condition
        self._conditions_lock = threading.Lock()
        db.listen(self._appended_elsewhere)

    # [SECTION] head and waiting

    def head(self, atelier_id: int, conn=None) -> int:
        conn = conn or self.db.connection()
        return conn.execute("SELECT COALESCE(MAX(pos), 0) FROM entries WHERE atelier_id = ?",
                            (atelier_id,)).fetchone()[0]

    def _condition(self, atelier_id: int) -> threading.Condition:
        with self._conditions_lock:
            return self._conditions.setdefault(atelier_id, threading.Condition())

    def _appended(self, atelier_id: int) -> None:
        # After COMMIT: a woken pull must find the entries.
        condition = self._condition(atelier_id)
        with condition:
            self._appends[atelier_id] = self._appends.get(atelier_id, 0) + 1
            condition.notify_all()

    def _appended_elsewhere(self, atelier_id: int | None) -> None:
        # None: the store may have missed some; every waiter re-reads its head.
        if atelier_id is not None:
            self._appended(atelier_id)
            return
        with self._conditions_lock:
            ids = list(self._conditions)
        for each in ids:
            self._appended(each)

    def wait_past(self, atelier_id: int, after: int, seconds: float) -> None:
        """Return once the head is past `after`, or after `seconds`."""
        deadline = time.monotonic() + seconds
        condition = self._condition(atelier_id)
        while True:
            with condition:
                seen = self._appends.get(atelier_id, 0)
            # The head is read with no lock held (an appender needs the lock to wake us, and
            # may wait for a pooled connection we would hold); an append committed after
            # `seen` was taken has changed the count, so the wait below cannot miss it.
            if self.head(atelier_id) > after:
                return
            self.db.release()  # a waiting pull holds no connection
            with condition:
                while self._appends.get(atelier_id, 0) == seen:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return
                    condition.wait(remaining)

    # [SECTION] entries

    def append(self, atelier_id: int, who: str, entries: list[dict],
               role: str = "owner") -> tuple[list[int], int]:
        """Append checked entries in order; returns (position of each, head). An entry `role` may
        not write is kept as its entry.refused record (backend/roles.py)."""
        received = now_iso()
        accepted: list[int] = []
        added: list[tuple] = []
        marks: list[no_contact.Change] = []  # what the new entries do to do-not-contact marks (no_contact.py)
        # A push's entries are one device's (entries.check_push): what the log holds of them is
        # read in one statement and the new ones written in one, whatever their number (each
        # statement is a round trip to PostgreSQL).
        device = entries[0]["device"] if entries else ""
        with self.db.write(atelier_id) as conn:
            head = self.head(atelier_id, conn)
            before = head  # positions past it were added by this push (and go if it is refused)
            held: dict[int, tuple[int, str]] = {}
            seqs = sorted({e["seq"] for e in entries})
            for start in range(0, len(seqs), IN_CLAUSE):
                part = seqs[start:start + IN_CLAUSE]
                for seq, pos, body in conn.execute(
                        "SELECT seq, pos, body FROM entries WHERE atelier_id = ? AND device = ? AND seq IN"
                        f" ({','.join('?' * len(part))})", (atelier_id, device, *part)):
                    held[seq] = (pos, body)
            for i, entry in enumerate(entries):
                row = held.get(entry["seq"])
                why = roles.entry_refusal(role, entry)
                original, entry = entry, roles.refused_entry(entry, why) if why else entry
                if row is not None:
                    stored = json.loads(row[1])
                    differ = same_entry(stored, entry)
                    # Sent again after a lost reply, its role changed meanwhile: already answered,
                    # as it was kept then (accepted, or its refusal).
                    if differ and (not same_entry(stored, original) or roles.refusal_of(stored, original)):
                        differ = []
                    if differ and row[0] > before:
                        raise Conflict(f"/entries/{i}: entry {entry['id']} is in this push twice, "
                                       f"with a different {', '.join(differ)}")
                    if differ:
                        raise Conflict(f"/entries/{i}: entry {entry['id']} is already in the log at "
                                       f"position {row[0]} with a different {', '.join(differ)}")
                    accepted.append(row[0])
                    continue
                head += 1
                body = dumps(_kept(entry, who, received))
                held[entry["seq"]] = (head, body)  # the same entry later in this push finds it
                added.append((atelier_id, head, device, entry["seq"], body))
                accepted.append(head)
                marks += no_contact.marks_of(entry.get("command"))
            for start in range(0, len(added), IN_CLAUSE):
                part = added[start:start + IN_CLAUSE]
                conn.execute("INSERT INTO entries (atelier_id, pos, device, seq, body) VALUES "
                             + ",".join(["(?, ?, ?, ?, ?)"] * len(part)), [v for row in part for v in row])
            no_contact.apply(conn, atelier_id, marks)
            if added:
                self.db.notify(conn, atelier_id)
        if added:
            self._appended(atelier_id)
        return accepted, head

    def append_numbers(self, atelier_id: int, who: str, device: str, orders: int,
                       clients: int) -> tuple[int, int]:
        """The server's own numbers.reserve entry; returns (its position, head)."""
        with self.db.write(atelier_id) as conn:
            head = self.append_server_entry(conn, atelier_id, who, {
                "type": "numbers.reserve", "device": device, "orders": orders, "clients": clients})
        self.appended(atelier_id)
        return head, head

    def append_server_entry(self, conn, atelier_id: int, who: str, command: dict) -> int:
        """Inside the caller's write transaction (db.write(atelier_id)): an entry of the server's
        own device at the next position, with the next seq of that device; its position. The
        caller calls appended() after COMMIT."""
        now = datetime.now(timezone.utc)
        head = self.head(atelier_id, conn) + 1
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM entries"
                           " WHERE atelier_id = ? AND device = ?",
                           (atelier_id, SERVER_DEVICE)).fetchone()[0]
        entry = {"id": f"{SERVER_DEVICE}.{seq}", "device": SERVER_DEVICE, "seq": seq,
                 "at": now.strftime("%Y-%m-%dT%H:%M"), "app_version": "server", "command": command}
        conn.execute("INSERT INTO entries (atelier_id, pos, device, seq, body) VALUES (?, ?, ?, ?, ?)",
                     (atelier_id, head, SERVER_DEVICE, seq, dumps(_kept(entry, who, now_iso()))))
        self.db.notify(conn, atelier_id)
        return head

    def appended(self, atelier_id: int) -> None:
        """After the COMMIT of an append_server_entry: wakes this process's waiting pulls."""
        self._appended(atelier_id)

    def pull_json(self, atelier_id: int, after: int) -> str:
        """The reply of a pull: entries after `after` in order, and the head."""
        parts = []
        size = 0
        head = 0
        # One statement, so one snapshot in either store: the head and the entries agree. With
        # no entry past `after`, the one row carries the head and NULLs.
        rows = self.db.connection().execute(
            "SELECT h.head, e.pos, e.body FROM"
            " (SELECT COALESCE(MAX(pos), 0) AS head FROM entries WHERE atelier_id = ?) AS h"
            " LEFT JOIN (SELECT pos, body FROM entries WHERE atelier_id = ? AND pos > ?"
            " ORDER BY pos LIMIT ?) AS e ON 1 = 1 ORDER BY e.pos",
            (atelier_id, atelier_id, after, MAX_PULL_ENTRIES))
        for head, pos, body in rows:
            if pos is None:
                continue
            if parts and size + len(body) > MAX_PULL_BYTES:
                break
            # Stored bodies are JSON objects: splice the position in front.
            parts.append(f'{{"pos":{pos},{body[1:]}')
            size += len(body)
        return f'{{"entries":[{",".join(parts)}],"head":{head}}}'

    # [SECTION] checkpoints

    def put_checkpoint(self, atelier_id: int, pos: int, state_hash: str, snapshot: str) -> int:
        with self.db.write(atelier_id) as conn:
            head = self.head(atelier_id, conn)
            if pos > head:
                raise BadRequest(f"pos: {pos} is past the log's head {head}")
            conn.execute("INSERT INTO checkpoints (atelier_id, pos, hash, snapshot, received)"
                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT (atelier_id, pos) DO UPDATE SET"
                         " hash = excluded.hash, snapshot = excluded.snapshot, received = excluded.received",
                         (atelier_id, pos, state_hash, snapshot, now_iso()))
            # Only the newest few are ever asked for.
            conn.execute("DELETE FROM checkpoints WHERE atelier_id = ? AND pos NOT IN"
                         " (SELECT pos FROM checkpoints WHERE atelier_id = ? ORDER BY pos DESC LIMIT ?)",
                         (atelier_id, atelier_id, KEEP_CHECKPOINTS))
        return head

    def checkpoint_json(self, atelier_id: int) -> str | None:
        row = self.db.connection().execute(
            "SELECT pos, hash, snapshot FROM checkpoints WHERE atelier_id = ? ORDER BY pos DESC LIMIT 1",
            (atelier_id,)).fetchone()
        if row is None:
            return None
        return f'{{"pos":{row[0]},"hash":{dumps(row[1])},"snapshot":{row[2]}}}'

    # [SECTION] state hashes

    def report_hash(self, atelier_id: int, device: str, pos: int, state_hash: str) -> bool:
        """Record a device's state hash at a position; False if another device disagrees."""
        with self.db.write(atelier_id) as conn:
            head = self.head(atelier_id, conn)
            if pos > head:
                raise BadRequest(f"/pos: {pos} is past the log's head {head}")
            conn.execute("INSERT INTO state_hashes (atelier_id, pos, device, hash, received)"
                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT (atelier_id, pos, device) DO UPDATE SET"
                         " hash = excluded.hash, received = excluded.received",
                         (atelier_id, pos, device, state_hash, now_iso()))
            others = conn.execute("SELECT COUNT(*) FROM state_hashes WHERE atelier_id = ? AND pos = ?"
                                  " AND hash != ?", (atelier_id, pos, state_hash)).fetchone()[0]
        return others == 0

    def disagreements(self, atelier_id: int) -> list[dict]:
        """Positions where devices reported different hashes, newest first."""
        with self.db.read() as conn:
            positions = [r[0] for r in conn.execute(
                "SELECT pos FROM state_hashes WHERE atelier_id = ? GROUP BY pos"
                " HAVING COUNT(DISTINCT hash) > 1 ORDER BY pos DESC LIMIT ?",
                (atelier_id, MAX_DISAGREEMENTS_SHOWN))]
            result = []
            for pos in positions:
                rows = conn.execute("SELECT device, hash FROM state_hashes WHERE atelier_id = ?"
                                    " AND pos = ? ORDER BY device", (atelier_id, pos))
                result.append({"pos": pos, "devices": {d: h for d, h in rows}})
        return result
