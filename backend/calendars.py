"""Each atelier's calendar subscription (issue 17): the .ics its devices upload and the secret
address a calendar app reads it at.

- The app makes the file (core/calendar/ics.hpp: fittings and deadlines in the atelier's time
  zone) and uploads it when its fittings change; the server keeps the latest one. The server never
  reads the atelier to make it: the calendar's rules live once, in the core.
- A calendar app sends no token, so the address itself is the key: /api/v1/calendar/<secret>.ics,
  32 random bytes as 43 URL-safe characters. An owner makes it, and a new one stops the old; it
  is kept as given (an owner's device shows it again), and anyone holding it reads the fittings,
  client names included, and nothing else.
"""

from __future__ import annotations

import re
import secrets

from .entries import BadRequest
from .people import now_iso

MAX_CALENDAR_BYTES = 4 * 1024 * 1024
FEED_PREFIX = "/api/v1/calendar/"
SECRET = re.compile(r"[A-Za-z0-9_-]{43}")
# What a link made before any upload serves: a calendar with no events, not an error.
EMPTY_CALENDAR = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Atelier//EN\r\nEND:VCALENDAR\r\n"


def check_ics(data: bytes) -> bytes:
    """An iCalendar file as the app writes it: UTF-8, one VCALENDAR, CRLF lines."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the calendar is not UTF-8 text") from None
    if not text.startswith("BEGIN:VCALENDAR\r\n") or not text.endswith("END:VCALENDAR\r\n"):
        raise BadRequest("the body must be one iCalendar file (BEGIN:VCALENDAR ... END:VCALENDAR, CRLF lines)")
    if "\x00" in text:
        raise BadRequest("the calendar holds a NUL character")
    return data


class Calendars:
    def __init__(self, db):
        self.db = db  # the table: backend/schema.py

    def put(self, atelier_id: int, person: str, ics: bytes) -> str:
        updated = now_iso()
        with self.db.write() as c:
            c.execute("INSERT INTO calendars (atelier_id, ics, person, updated) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (atelier_id) DO UPDATE SET ics = excluded.ics, person = excluded.person, "
                      "updated = excluded.updated", (atelier_id, ics, person, updated))
        return updated

    def info(self, atelier_id: int) -> dict:
        row = self.db.connection().execute(
            "SELECT secret, length(ics), person, updated FROM calendars WHERE atelier_id = ?", (atelier_id,)).fetchone()
        if row is None:
            return {"link": None, "bytes": 0, "person": "", "updated": ""}
        return {"link": FEED_PREFIX + row[0] + ".ics" if row[0] else None, "bytes": row[1], "person": row[2],
                "updated": row[3]}

    def new_link(self, atelier_id: int) -> str:
        secret = secrets.token_urlsafe(32)
        with self.db.write() as c:
            c.execute("INSERT INTO calendars (atelier_id, secret) VALUES (?, ?) "
                      "ON CONFLICT (atelier_id) DO UPDATE SET secret = excluded.secret", (atelier_id, secret))
        return FEED_PREFIX + secret + ".ics"

    def stop_link(self, atelier_id: int) -> None:
        with self.db.write() as c:
            c.execute("UPDATE calendars SET secret = NULL WHERE atelier_id = ?", (atelier_id,))

    def feed(self, secret: str) -> tuple[bytes, str] | None:
        """The file at a secret address, with when it was uploaded; None for an unknown address."""
        if not SECRET.fullmatch(secret):
            return None
        row = self.db.connection().execute(
            "SELECT ics, updated FROM calendars WHERE secret = ?", (secret,)).fetchone()
        if row is None:
            return None
        return bytes(row[0]) or EMPTY_CALENDAR, row[1]
