"""One email over SMTP (smtplib), and what its answer means (docs/email.md).

- `sent`: the mail server answered 2xx to the message's end.
- `refused`: a 5xx reply to the message (MAIL FROM, RCPT TO, DATA), or an address this server
  cannot write: sending it again would get the same answer.
- `retrying`: a 4xx reply (greylisting answers 450/451 at RCPT), no connection, a timeout, a TLS
  failure, or any failure before the message was offered (greeting, EHLO, STARTTLS, login, even
  with a 5xx): those are about the mail server or its settings, which the owner can fix, not
  about this message.

Every wait on the mail server ends by `deadline` (time.monotonic()), which the sender sets well
inside its lease on the message: a send never outlasts the lease, so no other process takes the
message while this one may still deliver it.
"""

from __future__ import annotations

import base64
import email.errors
import email.policy
import email.utils
import smtplib
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage

from .smtp_settings import Settings

OP_TIMEOUT = 30.0  # seconds for any one exchange with the mail server, at most
MAX_REPLY = 1000
# 7bit: a non-ASCII text goes quoted-printable or base64, so no server needs 8BITMIME.
POLICY = email.policy.SMTP.clone(cte_type="7bit")
# An address with non-ASCII characters needs SMTPUTF8, and headers written as UTF-8.
UTF8_POLICY = email.policy.SMTPUTF8


@dataclass(frozen=True)
class Outgoing:
    id: str
    to: str
    subject: str
    text: str


@dataclass(frozen=True)
class Outcome:
    result: str  # "sent", "refused" or "retrying"
    reply: str


def reply_line(code: int, text) -> str:
    """The server's reply as one line, at most MAX_REPLY characters."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    line = " ".join(f"{code} {text}".split()) if code > 0 else " ".join(str(text).split())
    return line[:MAX_REPLY]


def _reason(text: str) -> str:
    return " ".join(text.split())[:MAX_REPLY]


def message_bytes(settings: Settings, m: Outgoing, utf8: bool) -> bytes:
    msg = EmailMessage(policy=UTF8_POLICY if utf8 else POLICY)
    msg["From"] = settings.sender
    msg["To"] = m.to
    msg["Subject"] = m.subject
    msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    # The message's id names it on every device: a mail server or a client that sees it twice
    # (the gap after an accepted message, docs/email.md) can tell.
    msg["Message-ID"] = f"<{m.id}@atelier>"
    msg.set_content(m.text)
    return msg.as_bytes()


def _by_code(code: int, text) -> Outcome:
    line = reply_line(code, text)
    if 200 <= code < 300:
        return Outcome("sent", line)
    return Outcome("refused" if 500 <= code < 600 else "retrying", line)


class _Clock:
    """The socket's timeout before each exchange: what is left until the deadline."""

    def __init__(self, deadline: float):
        self.deadline = deadline

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the time for this attempt ran out")
        return min(OP_TIMEOUT, left)

    def arm(self, smtp: smtplib.SMTP) -> None:
        if smtp.sock is not None:
            smtp.sock.settimeout(self.left())


def send(settings: Settings, m: Outgoing, deadline: float) -> Outcome:
    """Sends `m` with `settings`; never raises (every failure is an Outcome)."""
    utf8 = not (m.to.isascii() and settings.envelope_sender.isascii())
    try:
        data = message_bytes(settings, m, utf8)
    except (ValueError, TypeError, IndexError, email.errors.MessageError) as exc:
        return Outcome("refused", _reason(f"the message cannot be written ({m.to!r}): {exc}"))
    where = f"{settings.host}:{settings.port}"
    clock = _Clock(deadline)
    smtp = None
    offered = False  # from MAIL FROM on, a reply is about this message
    try:
        context = ssl.create_default_context()
        # No reverse DNS lookup for our own name (smtplib's default, socket.getfqdn(), can stall).
        me = socket.gethostname() or "localhost"
        if settings.security == "tls":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, local_hostname=me,
                                    timeout=clock.left(), context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, local_hostname=me, timeout=clock.left())
        clock.arm(smtp)
        smtp.ehlo_or_helo_if_needed()
        if settings.security == "starttls":
            clock.arm(smtp)
            smtp.starttls(context=context)
            clock.arm(smtp)
            smtp.ehlo()
        if settings.user:
            clock.arm(smtp)
            _login(smtp, settings.user, settings.password)
        offered = True
        if utf8 and not smtp.has_extn("smtputf8"):
            return Outcome("refused", f"the mail server {where} does not take addresses with non-ASCII "
                                      f"characters (SMTPUTF8): {m.to}")
        clock.arm(smtp)
        code, text = smtp.mail(settings.envelope_sender, ["SMTPUTF8"] if utf8 else [])
        if code != 250:
            return _by_code(code, text)
        clock.arm(smtp)
        code, text = smtp.rcpt(m.to)
        if code not in (250, 251):
            return _by_code(code, text)
        clock.arm(smtp)
        code, text = smtp.data(data)  # SMTPDataError when DATA itself is refused
        return _by_code(code, text)
    except smtplib.SMTPResponseException as exc:
        if offered:
            return _by_code(exc.smtp_code, exc.smtp_error)
        return Outcome("retrying", reply_line(exc.smtp_code, exc.smtp_error))
    except smtplib.SMTPNotSupportedError as exc:
        return Outcome("retrying", _reason(f"the mail server {where} does not offer it: {exc}"))
    except smtplib.SMTPServerDisconnected as exc:
        return Outcome("retrying", _reason(f"the mail server {where} closed the connection: {exc}"))
    except smtplib.SMTPException as exc:
        return Outcome("retrying", _reason(f"the mail server {where}: {exc}"))
    except ConnectionRefusedError:
        return Outcome("retrying", f"connection refused by {where}")
    except (TimeoutError, socket.timeout):
        return Outcome("retrying", f"no answer from {where} in time")
    except ssl.SSLError as exc:
        return Outcome("retrying", _reason(f"TLS with {where} failed: {exc}"))
    except OSError as exc:
        return Outcome("retrying", _reason(f"cannot reach {where}: {exc}"))
    except UnicodeEncodeError as exc:
        # The user name or password with characters SMTP AUTH cannot carry: the settings' fault.
        return Outcome("retrying", _reason(f"the settings cannot be sent to {where}: {exc}"))
    except Exception as exc:  # a sender thread must never die of one message
        return Outcome("retrying", _reason(f"sending through {where} failed: {type(exc).__name__}: {exc}"))
    finally:
        if smtp is not None:
            _close(smtp)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    if (user + password).isascii():
        smtp.login(user, password)  # the best method both sides know
        return
    # smtplib writes credentials as ASCII only; AUTH PLAIN carries UTF-8 (RFC 4616).
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN, needed for a user name or password with "
                                            "non-ASCII characters")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, text = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, text)


def _close(smtp: smtplib.SMTP) -> None:
    # The answer is known already: QUIT's own reply cannot change it.
    try:
        if smtp.sock is not None:
            smtp.sock.settimeout(5)
            smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        smtp.close()
