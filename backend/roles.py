"""What a token's role may write: the server's copy of the core's table.

The core refuses by core/rules/roles.cpp (`atelier roles` prints the table);
tests/serve/test_sync_roles.py holds RULES equal to it. A device checks its
own commands by the role it knows; the server checks them again by the role
the token has now, so an entry written offline under an older role, or by a
hostile client, is not applied: it is kept as an `entry.refused` record under
its own id, which every device folds into Settings → Not applied, where an
owner can retry it.
"""

from __future__ import annotations

import json

ROLES = ("owner", "manager", "staff")

_ORDER_MONEY = ["price", "rush", "rush_fee", "payments", "schedule", "cancel_fee"]

RULES = {
    "manager": {"refused": ["person.put", "person.remove"], "absent": {}, "fields": {},
                "undo_order_fields": [], "undo_settings": True},
    "staff": {
        "refused": ["atelier.update", "atelier.resolve", "person.put", "person.remove", "team.rename",
                    "salesperson.rename", "pipeline.put", "pipeline.resolve", "order.pay", "order.refund",
                    "order.void", "order.schedule", "order.cancel", "order.invoice", "order.clone",
                    "order.resolve", "style.create", "style.update", "style.state", "style.revise",
                    "style.image", "style.image.remove",
                    "production.create", "production.update", "production.plan", "production.release",
                    "production.cancel", "production.complete", "sales.create", "sales.update", "sales.confirm",
                    "sales.produce", "sales.ship", "sales.invoice", "sales.pay", "sales.cancel"],
        # "absent": not carried at all (even 0 or false changes a price); "fields": holding nothing.
        "absent": {"order.update": ["price", "rush_fee", "rush"]},
        "fields": {"order.create": ["price", "rush_fee"]},
        "undo_order_fields": _ORDER_MONEY,
        "undo_settings": False,
    },
}

# A refused entry's command is kept for Retry up to this size (core/model/not_applied.hpp).
MAX_REFUSED_COMMAND = 256 * 1024


def _holds_nothing(value) -> bool:
    """None, false, zero, "", "0.00", [] and {}: a field that holds no money."""
    if value is None:
        return True
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value == 0
    if isinstance(value, str):
        return all(ch in "0." for ch in value)
    if isinstance(value, (list, dict)):
        return not value
    return False


def _field(values, name):
    return values.get(name) if isinstance(values, dict) else None


def _same_money(a, b) -> bool:
    return (_holds_nothing(a) and _holds_nothing(b)) or a == b


# What a refused type does, for the message: the core's words (core/rules/roles.cpp `doing`).
DOING = {
    "atelier.update": "change the atelier's settings", "atelier.resolve": "change the atelier's settings",
    "person.put": "change the people and their roles", "person.remove": "change the people and their roles",
    "team.rename": "change the atelier's settings", "salesperson.rename": "change the atelier's settings",
    "pipeline.put": "change the pipelines", "pipeline.resolve": "change the pipelines",
    "order.pay": "record payments", "order.refund": "record refunds", "order.void": "void ledger lines",
    "order.schedule": "change payment schedules", "order.cancel": "cancel orders (a cancellation charges a fee)",
    "order.invoice": "invoice orders", "order.clone": "copy orders (a copy carries the price)",
    "order.resolve": "settle an order's conflicts (one may be of its price)",
    "style.create": "change styles and tech packs", "style.update": "change styles and tech packs",
    "style.state": "change styles and tech packs", "style.revise": "change styles and tech packs",
    "style.image": "change styles and tech packs", "style.image.remove": "change styles and tech packs",
    "production.create": "plan production orders", "production.update": "plan production orders",
    "production.plan": "plan production orders", "production.release": "release production orders",
    "production.cancel": "cancel production orders", "production.complete": "close production orders",
    "sales.create": "write sales orders", "sales.update": "write sales orders", "sales.confirm": "write sales orders",
    "sales.produce": "plan production orders", "sales.ship": "ship sales orders", "sales.invoice": "invoice sales orders",
    "sales.pay": "record payments", "sales.cancel": "write sales orders",
}


def _who_can(role: str) -> str:
    return "an owner can" if role == "manager" else "an owner or a manager can"


def command_refusal(role: str, command) -> str | None:
    """Why `role` may not write `command` (a command's JSON), as the core says it ("path: message"
    when the refusal names a field), or None."""
    if role not in RULES or not isinstance(command, dict):
        return None
    rules = RULES[role]
    kind = command.get("type")
    if kind == "batch":
        inner = command.get("commands")
        for i, c in enumerate(inner if isinstance(inner, list) else []):
            why = command_refusal(role, c)
            if why:
                return f"/commands/{i}" + (why if why.startswith("/") else ": " + why)
        return None
    if kind in rules["refused"]:
        return f"{role} may not {DOING.get(kind, 'do that')} ({kind}); {_who_can(role)}"
    for field in rules["absent"].get(kind, []):
        if field in command:
            return f"/{field}: {role} may not set prices ({kind} {field}); {_who_can(role)}"
    for field in rules["fields"].get(kind, []):
        if not _holds_nothing(command.get(field)):
            return f"/{field}: {role} may not set prices ({kind} {field}); {_who_can(role)}"
    if kind in ("undo", "redo"):
        changes = command.get("changes")
        for change in changes if isinstance(changes, list) else []:
            if not isinstance(change, dict):
                continue
            what = change.get("kind")
            if what in ("profile", "pipeline") and not rules["undo_settings"]:
                return f"{role} may not {kind} a change of settings or pipelines; {_who_can(role)}"
            if what != "order":
                continue
            for field in rules["undo_order_fields"]:
                if not _same_money(_field(change.get("from"), field), _field(change.get("to"), field)):
                    return f"{role} may not {kind} a change of prices or payments ({field}); {_who_can(role)}"
    return None


def entry_refusal(role: str, entry: dict) -> str | None:
    """Why `role` may not write this checked entry, or None."""
    if role == "owner":
        return None
    if "command" in entry:
        return command_refusal(role, entry["command"])
    # The undo/redo shape with entities (put, remove) predates undo commands; the app no longer
    # writes it, and its images cannot be checked without the state.
    shape = "undo" if "undo" in entry else "redo"
    return f"{role} may not write an {shape} entry carrying whole entities (only an owner may)"


def refused_entry(entry: dict, reason: str) -> dict:
    """The entry kept in place of one the role may not write: an entry.refused record under the
    same id, device, seq, at and app_version, naming what it did and keeping its command."""
    if "command" in entry:
        what = entry["command"].get("type", "command")
        text = json.dumps(entry["command"], separators=(",", ":"), ensure_ascii=False)
        command = text if len(text.encode()) <= MAX_REFUSED_COMMAND else ""
    else:
        shape = "undo" if "undo" in entry else "redo"
        what, command = f"{shape} {entry[shape]}", ""
    record = {"type": "entry.refused", "entry": entry["id"], "what": what,
              "reason": f"{reason} (the token's role on the server)"}
    if command:
        record["command"] = command
    kept = {k: entry[k] for k in ("id", "device", "seq", "at", "app_version") if k in entry}
    kept["command"] = record
    return kept


def refusal_of(stored: dict, entry: dict) -> bool:
    """True when `stored` is the role refusal the server kept for `entry` (a resend after a lost
    reply, perhaps under another role since): the same entry, already answered."""
    command = stored.get("command")
    if not isinstance(command, dict) or command.get("type") != "entry.refused":
        return False
    if not command.get("reason", "").endswith("(the token's role on the server)") or command.get("entry") != entry.get("id"):
        return False
    if any(stored.get(k) != entry.get(k) for k in ("id", "device", "seq", "at", "app_version")):
        return False
    if "command" not in entry:
        return True
    text = json.dumps(entry["command"], separators=(",", ":"), ensure_ascii=False)
    return command.get("command", "") in (text, "")
