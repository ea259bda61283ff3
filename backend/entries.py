"""The shape of what clients send: JSON bodies, journal entries, device ids.

Shape only. Whether a command is valid is for the core to say when a device
folds the log; the server just keeps entries in order.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

DEVICE = re.compile(r"[A-Za-z0-9_-]{1,64}")
# [0-9], not \d: \d and strptime take any Unicode digit ("２０２６-03-01T09:00").
AT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
SERVER_DEVICE = "server"  # the server's own entries (numbers.reserve, order.message_delivery)
# What became of an email the server sent (docs/email.md): written by the server only, as an entry
# of its own device; a device's could make every device show a message sent that never went.
SERVER_ONLY_COMMANDS = ("order.message_delivery",)
# A command entry, or an undo/redo entry carrying the entities it leaves (put, remove).
ENTRY_FIELDS = ("id", "device", "seq", "at", "who", "app_version", "command", "undo", "redo", "put", "remove")
ENTRY_REQUIRED = ("id", "device", "seq", "at", "app_version")
# An undo of a rename carries every order it touched: a 10,000-order atelier's fits.
MAX_ENTRY_BYTES = 8 * 1024 * 1024
MAX_ENTRIES_PER_PUSH = 1000
MAX_SEQ = 2**53 - 1  # what a JavaScript number holds exactly
MAX_HASH = 128
MAX_APP_VERSION = 64


class BadRequest(Exception):
    """400: the message names what is wrong."""


def _no_constants(name: str):
    raise BadRequest(f"body is not valid JSON: {name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadRequest(f"body holds the number {text[:40]}, too large to keep exactly")
    return value


def parse_json(body: bytes):
    """The body as JSON that can be stored and sent back as it came (400 otherwise)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("body is not UTF-8 text") from None
    try:
        value = json.loads(text, parse_constant=_no_constants, parse_float=_finite)
    except RecursionError:
        raise BadRequest("body is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(f"body is not valid JSON: {exc.msg} at line {exc.lineno} "
                         f"column {exc.colno}") from None
    except ValueError:
        # Python refuses to read integers of more than 4300 digits.
        raise BadRequest("body holds an integer with too many digits") from None
    try:
        # "\ud800" is valid JSON text but no Unicode string; it could not be stored.
        dumps(value).encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest("body holds a string with a lone UTF-16 surrogate") from None
    return value


def dumps(value) -> str:
    """Compact JSON, as stored and sent."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def object_body(value, allowed: tuple[str, ...], required: tuple[str, ...], where: str = "") -> dict:
    """A JSON object with only `allowed` keys and every `required` one; `where` is its path in the
    body ("/messages/2"), empty for the body itself."""
    if not isinstance(value, dict):
        raise BadRequest(f"{where}: must be a JSON object" if where else "body must be a JSON object")
    for key in value:
        if key not in allowed:
            raise BadRequest(f"{where}/{key}: unknown field (expected {', '.join(allowed)})")
    for key in required:
        if key not in value:
            raise BadRequest(f"{where}/{key}: missing")
    return value


def check_device(value, where: str) -> str:
    if not isinstance(value, str) or not DEVICE.fullmatch(value):
        raise BadRequest(f"{where}: a device id is 1-64 letters, digits, '-' or '_'")
    if value == SERVER_DEVICE:
        raise BadRequest(f"{where}: the device id {SERVER_DEVICE!r} is the server's own")
    return value


def check_int(value, where: str, low: int, high: int) -> int:
    if not is_int(value):
        raise BadRequest(f"{where}: must be an integer")
    if not low <= value <= high:
        raise BadRequest(f"{where}: must be from {low} to {high}")
    return value


def check_hash(value, where: str) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_HASH or not value.isprintable():
        raise BadRequest(f"{where}: a state hash is a string of 1-{MAX_HASH} printable characters")
    return value


def check_at(value, where: str) -> str:
    if not isinstance(value, str) or not AT.fullmatch(value):
        raise BadRequest(f"{where}: must be a date-time \"YYYY-MM-DDTHH:MM\"")
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise BadRequest(f"{where}: {value} is not a real date and time") from None
    return value


def check_entry(entry, device: str, where: str) -> dict:
    """One journal entry of a push from `device`; returns it as it will be kept."""
    if not isinstance(entry, dict):
        raise BadRequest(f"{where}: an entry must be a JSON object")
    for key in entry:
        if key not in ENTRY_FIELDS:
            raise BadRequest(f"{where}/{key}: unknown field")
    for key in ENTRY_REQUIRED:  # not who: the server writes it
        if key not in entry:
            raise BadRequest(f"{where}/{key}: missing")
    shapes = [k for k in ("command", "undo", "redo") if k in entry]
    if not shapes:
        raise BadRequest(f"{where}/command: missing")
    if len(shapes) > 1:
        raise BadRequest(f"{where}: an entry holds one of command, undo or redo")
    if not isinstance(entry["device"], str) or not DEVICE.fullmatch(entry["device"]):
        raise BadRequest(f"{where}/device: a device id is 1-64 letters, digits, '-' or '_'")
    if entry["device"] != device:
        raise BadRequest(f"{where}/device: {entry['device']} is not the pushing device {device}")
    seq = entry["seq"]
    if not is_int(seq) or not 1 <= seq <= MAX_SEQ:
        raise BadRequest(f"{where}/seq: must be a positive integer")
    if entry["id"] != f"{device}.{seq}":
        raise BadRequest(f"{where}/id: must be \"{device}.{seq}\" (device.seq)")
    check_at(entry["at"], f"{where}/at")
    version = entry["app_version"]
    if not isinstance(version, str) or len(version) > MAX_APP_VERSION:
        raise BadRequest(f"{where}/app_version: must be a string of at most {MAX_APP_VERSION} characters")
    if "who" in entry and not isinstance(entry["who"], str):
        raise BadRequest(f"{where}/who: must be a string")
    if "command" in entry:
        command = entry["command"]
        if not isinstance(command, dict):
            raise BadRequest(f"{where}/command: must be a JSON object")
        if not isinstance(command.get("type"), str) or not command["type"]:
            raise BadRequest(f"{where}/command/type: must be a non-empty string")
        _not_the_servers(command, f"{where}/command")
        if "put" in entry or "remove" in entry:
            raise BadRequest(f"{where}: put and remove belong to an undo or redo")
    else:
        kind = shapes[0]
        if not isinstance(entry[kind], str) or not entry[kind]:
            raise BadRequest(f"{where}/{kind}: must be a non-empty string")
        if not isinstance(entry.get("put"), dict):
            raise BadRequest(f"{where}/put: must be a JSON object")
        if "remove" in entry and (not isinstance(entry["remove"], dict) or kind == "redo"):
            raise BadRequest(f"{where}/remove: must be a JSON object, in an undo only")
    if len(dumps(entry).encode()) > MAX_ENTRY_BYTES:
        raise BadRequest(f"{where}: an entry must be at most {MAX_ENTRY_BYTES // (1024 * 1024)} MiB")
    return entry


def _not_the_servers(command: dict, where: str) -> None:
    inner = command.get("commands") if command.get("type") == "batch" else None
    for i, c in enumerate(inner if isinstance(inner, list) else []):
        if isinstance(c, dict):
            _not_the_servers(c, f"{where}/commands/{i}")
    if command.get("type") in SERVER_ONLY_COMMANDS:
        raise BadRequest(f"{where}/type: {command['type']} is written by the server only "
                         f"(an entry of device {SERVER_DEVICE!r}), not by a device")


def check_push(body) -> tuple[str, list[dict]]:
    body = object_body(body, ("device", "entries"), ("device", "entries"))
    device = check_device(body["device"], "/device")
    entries = body["entries"]
    if not isinstance(entries, list):
        raise BadRequest("/entries: must be an array")
    if len(entries) > MAX_ENTRIES_PER_PUSH:
        raise BadRequest(f"/entries: at most {MAX_ENTRIES_PER_PUSH} entries per push "
                         f"(got {len(entries)})")
    return device, [check_entry(e, device, f"/entries/{i}") for i, e in enumerate(entries)]


def same_entry(a: dict, b: dict) -> list[str]:
    """The fields (who aside, which the server writes) where two entries differ."""
    return [k for k in ENTRY_FIELDS if k != "who" and canonical(a.get(k)) != canonical(b.get(k))]
