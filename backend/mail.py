"""The mail the server was handed (POST /api/v1/mail, docs/email.md): checks and the queue.

One row per (atelier, message id) in the table `mail`; an id already held is never queued again,
whatever its content, so every device may hand the same message. The sender (mail_sender.py)
takes the rows from here. States: queued, sending, sent, refused, retrying, withdrawn.

A message may be held until a minute (send_after, UTC): the sender does not take it before. A
device may withdraw a message it handed (or not yet): the row, or a tombstone of the id, is
`withdrawn` and never sent, so a late hand-over of the same id from another device stays unsent.

Test knob (environment): ATELIER_MAIL_CLOCK_OFFSET_SECONDS, added to the server's clock when a
send_after is compared with it (0), so a test need not wait for the minute to come.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import time
from datetime import datetime, timezone

from .entries import BadRequest, check_at, is_int, object_body
from .people import now_iso

MAX_MESSAGES = 100  # per request
MESSAGE_ID = re.compile(r"[A-Za-z0-9_.-]{1,100}")
MAX_ID = 2**53 - 1  # order numbers and client ids: what a JavaScript number holds exactly
MAX_TO_BYTES = 320
MAX_SUBJECT = 200  # characters
MAX_TEXT_BYTES = 100_000
MESSAGE_FIELDS = ("id", "order", "client", "to", "subject", "text")
OPTIONAL_FIELDS = ("send_after",)
SEND_AFTER_YEARS = (2000, 2999)
KINDS = ("messages", "retry", "withdraw")  # what a request asks, one of them
CLOCK_OFFSET = "ATELIER_MAIL_CLOCK_OFFSET_SECONDS"
# Characters that end a line somewhere (str.splitlines): none may reach a header.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# Never in an address given alone (they would make it a list, a display name or a comment).
NOT_IN_ADDRESS = '<>,;()[]\\"'


def now_ms() -> int:
    return int(time.time() * 1000)


@functools.cache
def _clock_offset_ms() -> int:
    """The test knob, read once: a process's clock does not jump while it runs."""
    text = os.environ.get(CLOCK_OFFSET)
    if not text:
        return 0
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not abs(seconds) < 1e9:  # NaN and infinities too
        print(f"serve.py: {CLOCK_OFFSET}={text!r} is not a number of seconds; using 0",
              file=sys.stderr, flush=True)
        return 0
    return int(seconds * 1000)


def send_after_now_ms() -> int:
    """The time a held message's send_after is compared with (ms): the server's clock, shifted by
    the test knob. Only that comparison uses it; leases and retries keep the real clock."""
    return now_ms() + _clock_offset_ms()


def minute_ms(text: str) -> int:
    """A checked "YYYY-MM-DDTHH:MM", UTC, as ms since 1970: the start of that minute."""
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc).timestamp()) * 1000


def _controls(text: str) -> bool:
    return any(ord(ch) < 32 or 127 <= ord(ch) < 160 or ch in LINE_BREAKS for ch in text)


def check_id(value, where: str) -> str:
    if not isinstance(value, str) or not MESSAGE_ID.fullmatch(value):
        raise BadRequest(f"{where}: a message id is 1-100 of A-Z a-z 0-9 _ . -")
    return value


def check_address(value, where: str) -> str:
    if not isinstance(value, str):
        raise BadRequest(f"{where}: must be a string (an email address)")
    if any(ch.isspace() for ch in value) or _controls(value):
        raise BadRequest(f"{where}: an address has no spaces, line breaks or control characters")
    local, at, domain = value.partition("@")
    if not at or "@" in domain or not local or not domain or any(ch in NOT_IN_ADDRESS for ch in value):
        raise BadRequest(f"{where}: must be one email address, as ana@example.com")
    if len(value.encode()) > MAX_TO_BYTES:
        raise BadRequest(f"{where}: an address is at most {MAX_TO_BYTES} bytes")
    return value


def check_send_after(value, where: str) -> str:
    check_at(value, where)  # the shape, and a real date and time
    low, high = SEND_AFTER_YEARS
    if not low <= int(value[:4]) <= high:
        raise BadRequest(f"{where}: the year must be from {low} to {high} (got {value[:4]})")
    return value


def check_message(value, where: str) -> dict:
    m = object_body(value, MESSAGE_FIELDS + OPTIONAL_FIELDS, MESSAGE_FIELDS, where)
    check_id(m["id"], f"{where}/id")
    for field in ("order", "client"):
        if not is_int(m[field]) or not 1 <= m[field] <= MAX_ID:
            raise BadRequest(f"{where}/{field}: must be a positive integer")
    check_address(m["to"], f"{where}/to")
    subject = m["subject"]
    if not isinstance(subject, str):
        raise BadRequest(f"{where}/subject: must be a string")
    if len(subject) > MAX_SUBJECT:
        raise BadRequest(f"{where}/subject: at most {MAX_SUBJECT} characters (got {len(subject)})")
    if _controls(subject):
        raise BadRequest(f"{where}/subject: must not contain line breaks or control characters")
    text = m["text"]
    if not isinstance(text, str):
        raise BadRequest(f"{where}/text: must be a string")
    if len(text.encode()) > MAX_TEXT_BYTES:
        raise BadRequest(f"{where}/text: at most {MAX_TEXT_BYTES:,} bytes as UTF-8 (got {len(text.encode()):,})")
    if "\x00" in text:
        raise BadRequest(f"{where}/text: must not contain a NUL character")
    if "send_after" in m:
        check_send_after(m["send_after"], f"{where}/send_after")
    return m


def _list(body: dict, key: str) -> list:
    items = body[key]
    if not isinstance(items, list):
        raise BadRequest(f"/{key}: must be an array")
    if not items:
        raise BadRequest(f"/{key}: must hold at least one")
    if len(items) > MAX_MESSAGES:
        raise BadRequest(f"/{key}: at most {MAX_MESSAGES} per request (got {len(items)})")
    return items


def check_request(body) -> tuple[str, list]:
    """("messages", [message, ...]), ("retry", [id, ...]) or ("withdraw", [id, ...]), every one
    checked (400 naming the first at fault, so nothing of a bad request is kept)."""
    body = object_body(body, KINDS, ())
    if len(body) != 1:
        raise BadRequest("/messages: give one of messages (to send), retry (ids to send again) "
                         "or withdraw (ids not to send)")
    if "messages" in body:
        return "messages", [check_message(m, f"/messages/{i}") for i, m in enumerate(_list(body, "messages"))]
    kind = next(iter(body))
    return kind, [check_id(v, f"/{kind}/{i}") for i, v in enumerate(_list(body, kind))]


def hand(db, atelier_id: int, messages: list[dict]) -> dict:
    """Queues the messages whose id the atelier does not hold yet, in one transaction:
    {"queued": [id, ...], "known": [id, ...]}."""
    queued, known = [], []
    now, at = now_ms(), now_iso()
    with db.write() as conn:
        for m in messages:
            # next_at orders the queue: the oldest first. A withdrawn id's tombstone is held too:
            # the message stays unsent, whoever hands it.
            send_after = minute_ms(m["send_after"]) if "send_after" in m else None
            inserted = conn.execute(
                "INSERT INTO mail (atelier_id, id, order_no, client, to_addr, subject, text, state,"
                " next_at, send_after, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)"
                " ON CONFLICT (atelier_id, id) DO NOTHING",
                (atelier_id, m["id"], m["order"], m["client"], m["to"], m["subject"], m["text"],
                 now, send_after, at, at)).rowcount
            (queued if inserted == 1 else known).append(m["id"])
    return {"queued": queued, "known": known}


def retry(db, atelier_id: int, ids: list[str]) -> dict:
    """Puts refused messages back in the queue, their attempts counted on: {"queued": [...],
    "known": [held but not refused: left as they are], "unknown": [not held]}."""
    queued, known, unknown = [], [], []
    now, at = now_ms(), now_iso()
    with db.write() as conn:
        for message_id in ids:
            changed = conn.execute("UPDATE mail SET state = 'queued', next_at = ?, owner = '', updated = ?"
                                   " WHERE atelier_id = ? AND id = ? AND state = 'refused'",
                                   (now, at, atelier_id, message_id)).rowcount
            if changed == 1:
                queued.append(message_id)
            elif conn.execute("SELECT 1 FROM mail WHERE atelier_id = ? AND id = ?",
                              (atelier_id, message_id)).fetchone():
                known.append(message_id)
            else:
                unknown.append(message_id)
    return {"queued": queued, "known": known, "unknown": unknown}


def withdraw(db, atelier_id: int, ids: list[str]) -> dict:
    """Messages that must not go (a fitting moved or cancelled): {"withdrawn": [...], "known":
    [held but not waiting: left as they are]}. An id not held yet is kept as a withdrawn tombstone
    (no address, no text), so a later hand-over of it is `known` and never sent. One being sent
    is left to go: the sender's taking came first. No delivery entry: the devices know."""
    withdrawn, known = [], []
    at = now_iso()
    with db.write() as conn:
        for message_id in ids:
            # The same kind of conditional UPDATE as the sender's taking: of the two, the first
            # to change the row wins, on either store.
            changed = conn.execute("UPDATE mail SET state = 'withdrawn', owner = '', updated = ?"
                                   " WHERE atelier_id = ? AND id = ? AND state IN ('queued', 'retrying')",
                                   (at, atelier_id, message_id)).rowcount
            if changed != 1:
                changed = conn.execute(
                    "INSERT INTO mail (atelier_id, id, order_no, client, to_addr, subject, text, state,"
                    " created, updated) VALUES (?, ?, 0, 0, '', '', '', 'withdrawn', ?, ?)"
                    " ON CONFLICT (atelier_id, id) DO NOTHING", (atelier_id, message_id, at, at)).rowcount
            (withdrawn if changed == 1 else known).append(message_id)
    return {"withdrawn": withdrawn, "known": known}
