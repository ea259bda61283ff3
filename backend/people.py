"""Ateliers, the people of each, and their tokens.

A token belongs to one person of one atelier and reaches that atelier only.
Only the token's SHA-256 is stored: the token itself is shown once, when made.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timezone

from . import roles, tokens

CODE = re.compile(r"[A-Z]{3}")
MAX_NAME = 100


class Refused(Exception):
    """An admin request that cannot be done; the message says why."""


@dataclasses.dataclass(frozen=True)
class Person:
    atelier_id: int
    person_id: int
    name: str
    token_hash: str
    role: str = "manager"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def check_name(what: str, name: str) -> str:
    name = name.strip()
    if not name:
        raise Refused(f"the {what} name must not be empty")
    if len(name) > MAX_NAME:
        raise Refused(f"the {what} name must be at most {MAX_NAME} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise Refused(f"the {what} name must not contain control characters")
    return name


def create_atelier(db, name: str, code: str, owner: str) -> tuple[int, str]:
    """A new atelier and its owner; returns (atelier id, the owner's token)."""
    name = check_name("atelier", name)
    owner = check_name("person", owner)
    if not CODE.fullmatch(code):
        raise Refused("the code must be exactly three letters A-Z (e.g. BFG)")
    token = tokens.new_token()
    with db.write() as conn:
        atelier_id = conn.execute("INSERT INTO ateliers (name, code, created) VALUES (?, ?, ?) RETURNING id",
                                  (name, code, now_iso())).fetchone()[0]
        _insert_person(conn, atelier_id, owner, "owner", token)
    return atelier_id, token


def check_role(role: str) -> str:
    if role not in roles.ROLES:
        raise Refused(f"the role must be one of {', '.join(roles.ROLES)} (got {role!r})")
    return role


def add_person(db, atelier_id: int, name: str, role: str = "manager") -> str:
    """A new person of the atelier with `role`; returns their token."""
    name = check_name("person", name)
    role = check_role(role)
    token = tokens.new_token()
    taken = Refused(f"atelier {atelier_id} already has a person named {name!r}")
    try:
        with db.write(atelier_id) as conn:
            if conn.execute("SELECT 1 FROM ateliers WHERE id = ?", (atelier_id,)).fetchone() is None:
                raise Refused(f"no atelier has id {atelier_id} (see `list`)")
            if conn.execute("SELECT 1 FROM people WHERE atelier_id = ? AND name = ?",
                            (atelier_id, name)).fetchone() is not None:
                raise taken
            _insert_person(conn, atelier_id, name, role, token)
    except db.integrity_errors:
        raise taken from None  # added by another process between the check and the insert
    return token


def set_role(db, person_id: int, role: str) -> str:
    """Gives a person another role (their tokens follow at once); returns who it was. An atelier
    keeps at least one owner."""
    role = check_role(role)
    with db.read() as conn:
        row = conn.execute("SELECT atelier_id FROM people WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise Refused(f"no person has id {person_id} (see `list`)")
    # Under the atelier's lock: two changes at once cannot both take away its last owner.
    with db.write(row[0]) as conn:
        atelier_id, name, before = conn.execute("SELECT atelier_id, name, role FROM people WHERE id = ?",
                                                (person_id,)).fetchone()
        owners = conn.execute("SELECT COUNT(*) FROM people WHERE atelier_id = ? AND role = 'owner'",
                              (atelier_id,)).fetchone()[0]
        if before == "owner" and role != "owner" and owners == 1:
            raise Refused(f"{name!r} is the only owner of atelier {atelier_id}: make someone else an owner first")
        conn.execute("UPDATE people SET role = ? WHERE id = ?", (role, person_id))
    return f"{name} (atelier {atelier_id}) is now {role}, was {before}"


def _insert_person(conn, atelier_id: int, name: str, role: str, token: str) -> None:
    person_id = conn.execute(
        "INSERT INTO people (atelier_id, name, role, created) VALUES (?, ?, ?, ?) RETURNING id",
        (atelier_id, name, role, now_iso())).fetchone()[0]
    conn.execute("INSERT INTO tokens (hash, person_id, created) VALUES (?, ?, ?)",
                 (tokens.token_hash(token), person_id, now_iso()))


def revoke(db, token: str) -> str:
    """Revoke a token; returns whose it was."""
    with db.write() as conn:
        row = conn.execute(
            "SELECT p.name, p.atelier_id, t.revoked FROM tokens t JOIN people p ON p.id = t.person_id"
            " WHERE t.hash = ?", (tokens.token_hash(token),)).fetchone()
        if row is None:
            raise Refused("no such token")
        if row[2] is not None:
            raise Refused(f"that token of {row[0]!r} was already revoked on {row[2]}")
        conn.execute("UPDATE tokens SET revoked = ? WHERE hash = ?",
                     (now_iso(), tokens.token_hash(token)))
    return f"{row[0]} (atelier {row[1]})"


def list_all(db) -> list[dict]:
    """Every atelier with its people and token counts (never the tokens)."""
    with db.read() as conn:
        ateliers = conn.execute(
            "SELECT a.id, a.name, a.code, (SELECT COUNT(*) FROM entries e WHERE e.atelier_id = a.id)"
            " FROM ateliers a ORDER BY a.id").fetchall()
        result = []
        for atelier_id, name, code, entries in ateliers:
            people = conn.execute(
                "SELECT p.id, p.name, p.role,"
                " (SELECT COUNT(*) FROM tokens t WHERE t.person_id = p.id AND t.revoked IS NULL),"
                " (SELECT COUNT(*) FROM tokens t WHERE t.person_id = p.id AND t.revoked IS NOT NULL)"
                " FROM people p WHERE p.atelier_id = ? ORDER BY p.id", (atelier_id,)).fetchall()
            result.append({"id": atelier_id, "name": name, "code": code, "entries": entries,
                           "people": [{"id": p[0], "name": p[1], "role": p[2], "active_tokens": p[3],
                                       "revoked_tokens": p[4]} for p in people]})
    return result


def authenticate(db, token: str) -> Person | None:
    """The person a live token belongs to, or None."""
    wanted = tokens.token_hash(token)
    row = db.connection().execute(
        "SELECT t.hash, p.atelier_id, p.id, p.name, p.role FROM tokens t JOIN people p ON p.id = t.person_id"
        " WHERE t.hash = ? AND t.revoked IS NULL", (wanted,)).fetchone()
    if row is None or not tokens.same_hash(row[0], wanted):
        return None
    return Person(atelier_id=row[1], person_id=row[2], name=row[3], token_hash=wanted, role=row[4])


def atelier_info(db, atelier_id: int) -> dict:
    row = db.connection().execute("SELECT id, name, code FROM ateliers WHERE id = ?",
                                  (atelier_id,)).fetchone()
    return {"id": row[0], "name": row[1], "code": row[2]}


def count_ateliers(db) -> int:
    return db.connection().execute("SELECT COUNT(*) FROM ateliers").fetchone()[0]
