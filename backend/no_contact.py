"""Clients marked *do not contact* (docs/email.md): the server never sends them a message.

The server does not fold the log, but it reads this one field of the entries it is pushed: a
`client.update` carrying `do_not_contact` true or false (alone or in a batch) sets or clears the
mark, in the same transaction as the entry, so the latest such entry in the log decides. A device
already hands none of their messages; this holds for a message handed before the mark arrived.
"""

from __future__ import annotations

from .entries import is_int


def marks_of(command) -> list[tuple[int, bool]]:
    """(client, marked) for each do_not_contact a kept entry's command sets, in order."""
    if not isinstance(command, dict):
        return []
    if command.get("type") == "batch" and isinstance(command.get("commands"), list):
        return [m for inner in command["commands"] for m in marks_of(inner)]
    client, flag = command.get("client"), command.get("do_not_contact")
    if command.get("type") == "client.update" and is_int(client) and client > 0 and isinstance(flag, bool):
        return [(client, flag)]
    return []


def apply(conn, atelier_id: int, marks: list[tuple[int, bool]]) -> None:
    """Inside the append's transaction, in log order."""
    for client, marked in marks:
        if marked:
            conn.execute("INSERT INTO no_contact (atelier_id, client) VALUES (?, ?)"
                         " ON CONFLICT (atelier_id, client) DO NOTHING", (atelier_id, client))
        else:
            conn.execute("DELETE FROM no_contact WHERE atelier_id = ? AND client = ?", (atelier_id, client))


def is_marked(conn, atelier_id: int, client: int) -> bool:
    return conn.execute("SELECT 1 FROM no_contact WHERE atelier_id = ? AND client = ?",
                        (atelier_id, client)).fetchone() is not None
