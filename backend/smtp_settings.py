"""Each atelier's SMTP server (docs/email.md, SMTP settings): set and shown by `serve.py admin`,
read by the sender. The password stays in this table: never in the log, never sent to a device,
never printed.
"""

from __future__ import annotations

import dataclasses
import email.utils

from .mail import send_after_now_ms
from .people import Refused, now_iso

SECURITY = ("starttls", "tls", "none")
MAX_HOST = 253  # a DNS name's length
MAX_ADDRESS = 320


@dataclasses.dataclass(frozen=True)
class Settings:
    host: str
    port: int
    security: str
    user: str
    password: str
    sender: str  # the From header, "Bella Forma <atelier@example.com>"

    @property
    def envelope_sender(self) -> str:
        """The bare address of `sender`, for MAIL FROM."""
        return email.utils.parseaddr(self.sender)[1]


def _no_controls(what: str, value: str) -> None:
    # A line break in a header or an SMTP command would start another one.
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise Refused(f"{what} must not contain line breaks or control characters")


def check(host: str, port: int, security: str, user: str, password: str, sender: str) -> Settings:
    """Settings as given on the command line, or Refused naming the option at fault."""
    host = host.strip()
    if not host or len(host) > MAX_HOST or any(ch.isspace() for ch in host):
        raise Refused(f"--host must be a host name or address of 1-{MAX_HOST} characters without spaces")
    _no_controls("--host", host)
    if not 1 <= port <= 65535:
        raise Refused(f"--port {port} must be from 1 to 65535")
    if security not in SECURITY:
        raise Refused(f"--security must be one of {', '.join(SECURITY)} (got {security!r})")
    _no_controls("--user", user)
    if len(user) > MAX_ADDRESS:
        raise Refused(f"--user must be at most {MAX_ADDRESS} characters")
    if user and not password:
        raise Refused("--user needs a password: --password-file FILE or --password-env NAME")
    if password and not user:
        raise Refused("a password needs --user (the name to log in with)")
    _no_controls("the password", password)
    sender = sender.strip()
    _no_controls("--from", sender)
    name, address = email.utils.parseaddr(sender)
    if (not address or address.count("@") != 1 or address.startswith("@") or address.endswith("@")
            or len(sender.encode()) > MAX_ADDRESS):
        raise Refused(f"--from must be an address, as atelier@example.com or \"Bella Forma "
                      f"<atelier@example.com>\" (at most {MAX_ADDRESS} bytes), not {sender!r}")
    return Settings(host, port, security, user, password, sender)


def _atelier_exists(conn, atelier_id: int) -> None:
    if conn.execute("SELECT 1 FROM ateliers WHERE id = ?", (atelier_id,)).fetchone() is None:
        raise Refused(f"no atelier has id {atelier_id} (see `list`)")


def put(db, atelier_id: int, s: Settings) -> None:
    with db.write() as conn:
        _atelier_exists(conn, atelier_id)
        conn.execute("INSERT INTO smtp (atelier_id, host, port, security, username, password, sender, updated)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (atelier_id) DO UPDATE SET"
                     " host = excluded.host, port = excluded.port, security = excluded.security,"
                     " username = excluded.username, password = excluded.password,"
                     " sender = excluded.sender, updated = excluded.updated",
                     (atelier_id, s.host, s.port, s.security, s.user, s.password, s.sender, now_iso()))


def get(conn, atelier_id: int) -> Settings | None:
    row = conn.execute("SELECT host, port, security, username, password, sender FROM smtp"
                       " WHERE atelier_id = ?", (atelier_id,)).fetchone()
    return Settings(*row) if row else None


def configured(conn, atelier_id: int) -> bool:
    return conn.execute("SELECT 1 FROM smtp WHERE atelier_id = ?", (atelier_id,)).fetchone() is not None


def remove(db, atelier_id: int) -> bool:
    """Turns sending off; False if it was not on."""
    with db.write() as conn:
        _atelier_exists(conn, atelier_id)
        return conn.execute("DELETE FROM smtp WHERE atelier_id = ?", (atelier_id,)).rowcount > 0


def describe(db, atelier_id: int) -> tuple[dict | None, dict[str, int]]:
    """The settings without the password (whether one is set instead), and the mail held by state;
    `held`: the queued messages whose send_after is still to come (not counted as queued)."""
    with db.read() as conn:
        _atelier_exists(conn, atelier_id)
        row = conn.execute("SELECT host, port, security, username, password != '', sender, updated FROM smtp"
                           " WHERE atelier_id = ?", (atelier_id,)).fetchone()
        counts = {state: n for state, n in conn.execute(
            "SELECT s, COUNT(*) FROM (SELECT CASE WHEN state = 'queued' AND send_after > ? THEN 'held'"
            " ELSE state END AS s FROM mail WHERE atelier_id = ?) AS m GROUP BY s",
            (send_after_now_ms(), atelier_id))}
    if row is None:
        return None, counts
    keys = ("host", "port", "security", "user", "password_set", "sender", "updated")
    return dict(zip(keys, row)), counts
