"""Clients marked *do not contact* (docs/email.md): the server never sends them a message.

The server does not fold the log, but it reads what of the entries it is pushed sets the mark,
alone or in a batch, in the same transaction as the entry, so the latest such entry in the log
decides:
- a `client.update` carrying `do_not_contact` true or false sets or clears it;
- a `client.merge` gives the kept client the dropped one's mark (the core keeps
  `kept.do_not_contact || gone.do_not_contact`): a marked duplicate leaves the kept client marked.
A device already hands none of their messages; this holds for a message handed before the mark
arrived.
"""

from __future__ import annotations

from typing import NamedTuple

from .entries import is_int


class Change(NamedTuple):
    """One entry's effect on the marks: `update` sets `client`'s mark to `marked`; `merge` marks
    `client` (the kept one) if `gone` is marked when it comes in the log."""
    kind: str
    client: int
    marked: bool = False
    gone: int = 0


def _client(value) -> bool:
    return is_int(value) and value > 0


def marks_of(command) -> list[Change]:
    """What a kept entry's command does to the marks, in order."""
    if not isinstance(command, dict):
        return []
    kind = command.get("type")
    if kind == "batch" and isinstance(command.get("commands"), list):
        return [m for inner in command["commands"] for m in marks_of(inner)]
    client = command.get("client")
    if kind == "client.update" and _client(client) and isinstance(command.get("do_not_contact"), bool):
        return [Change("update", client, command["do_not_contact"])]
    # Merged into itself the core refuses: nothing to carry.
    if kind == "client.merge" and _client(client) and _client(command.get("keep")) and client != command["keep"]:
        return [Change("merge", command["keep"], gone=client)]
    return []


def apply(conn, atelier_id: int, changes: list[Change]) -> None:
    """Inside the append's transaction, in log order: a merge reads the mark as the entries before
    it in the same push left it."""
    for change in changes:
        if change.kind == "merge" and not is_marked(conn, atelier_id, change.gone):
            continue  # the kept client's own mark, set or not, stays as it is
        if change.kind == "merge" or change.marked:
            conn.execute("INSERT INTO no_contact (atelier_id, client) VALUES (?, ?)"
                         " ON CONFLICT (atelier_id, client) DO NOTHING", (atelier_id, change.client))
        else:
            conn.execute("DELETE FROM no_contact WHERE atelier_id = ? AND client = ?", (atelier_id, change.client))


def is_marked(conn, atelier_id: int, client: int) -> bool:
    return conn.execute("SELECT 1 FROM no_contact WHERE atelier_id = ? AND client = ?",
                        (atelier_id, client)).fetchone() is not None
