"""A real SMTP server on loopback for the mail tests (aiosmtpd, Debian's python3-aiosmtpd; scripts/
setup.sh installs it): records every message it accepts, and by recipient refuses it (550 at
RCPT), defers it (451 at DATA, a number of times) or holds it before accepting (DATA waits until
the test releases it; a client gone meanwhile delivers nothing, as with a real server that never
answered 250).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
import unittest
import warnings
from dataclasses import dataclass

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
except ImportError:  # Debian's package, when python3 on PATH is another Python (pyenv)
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult
    except ImportError:
        Controller = None


@dataclass
class Received:
    mail_from: str
    to: list[str]
    message: email.message.EmailMessage
    login: str | None


def free_port() -> int:
    # aiosmtpd's Controller connects to its own port once started, so it cannot take port 0.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """The handler (aiosmtpd calls its handle_* coroutines) and what it saw."""

    def __init__(self):
        self.lock = threading.Lock()
        self.received: list[Received] = []
        self.refuse: set[str] = set()       # recipients answered 550 at RCPT
        self.defer: dict[str, int] = {}     # recipient -> how many more 451s at DATA
        self.hold: set[str] = set()         # recipients whose first DATA waits for `release`
        self.held = threading.Event()       # a held message has arrived
        self.release = threading.Event()
        self.passwords: dict[str, str] = {}  # user -> password; a login must match
        self.logins: list[str] = []

    # [SECTION] aiosmtpd's hooks

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        to = envelope.rcpt_tos[0]
        with self.lock:
            deferred = self.defer.get(to, 0)
            if deferred:
                self.defer[to] = deferred - 1
            held = to in self.hold
            self.hold.discard(to)
        if deferred:
            return "451 4.3.0 Mailbox busy, try again later"
        if held:
            self.held.set()
            # Cancelled here if the client goes away: nothing is recorded.
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        message = email.message_from_bytes(envelope.original_content or envelope.content,
                                           policy=email.policy.default)
        login = session.auth_data.login.decode() if session.authenticated else None
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message, login))
        return f"250 2.0.0 Ok: queued as Q{len(self.received)}"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        user = auth_data.login.decode()
        ok = self.passwords.get(user) == auth_data.password.decode()
        if ok:
            with self.lock:
                self.logins.append(user)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    # [SECTION] what the tests ask

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if address in r.to]

    def wait_for(self, address: str, count: int, timeout: float = 15) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.to(address)
            if len(got) >= count:
                return got
            time.sleep(0.02)
        return self.to(address)


class SmtpServer:
    """The sink served on 127.0.0.1 at a free port. `security` "none": AUTH offered without TLS
    (loopback only); "starttls" (AUTH only after it) or "tls" (TLS from the first byte) with the
    certificate and key in `cert` (PEM, one file)."""

    def __init__(self, security: str = "none", cert: str | None = None):
        if Controller is None:
            missing = "aiosmtpd is not installed (Debian: apt install python3-aiosmtpd; scripts/setup.sh does)"
            if os.environ.get("CI") == "true":
                raise RuntimeError(missing)  # CI must run these, never skip them
            raise unittest.SkipTest(missing)
        self.sink = Sink()
        self.port = free_port()
        # aiosmtpd's log ("mail.log") says at every login that it sets a deprecated field itself.
        # And each refused handshake (the certificate test) with a traceback.
        logging.getLogger("mail.log").setLevel(logging.CRITICAL)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "AUTH without TLS": on loopback, for a test
            tls = {}
            if security != "none":
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                context.load_cert_chain(cert)
                tls = ({"tls_context": context, "require_starttls": True} if security == "starttls"
                       else {"ssl_context": context})
            self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port,
                                         authenticator=self.sink.authenticate,
                                         # With TLS from the first byte aiosmtpd does not know it is
                                         # under TLS (1.4): it would never offer AUTH.
                                         auth_require_tls=security == "starttls", **tls)
            self.controller.start()

    def stop(self) -> None:
        self.sink.release.set()
        self.controller.stop()


def make_certificate(folder: str) -> str:
    """A self-signed certificate for 127.0.0.1 (and its key) in one PEM file; serve.py trusts it
    when its SSL_CERT_FILE names that file (OpenSSL's default store, which ssl reads)."""
    path = os.path.join(folder, "smtp-cert.pem")
    key = os.path.join(folder, "smtp-key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", path],
                   check=True, capture_output=True, timeout=30)
    with open(key) as k, open(path, "a") as f:
        f.write(k.read())
    return path
