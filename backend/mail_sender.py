"""The sender: threads of serve.py that send the queued mail, each message once (docs/email.md,
Exactly once).

- A thread takes a row by one conditional UPDATE (from `queued` whose send_after is none or has
  come, `retrying` whose time has come, or `sending` whose lease ran out) that sets `sending`,
  this process's id and the lease; only the UPDATE that changed the row sends it. That holds
  across processes on one database: SQLite runs one write transaction at a time, and PostgreSQL
  re-checks the WHERE of an UPDATE that waited for another's row lock against the row that one
  committed.
- A `withdrawn` row is never taken. mail.withdraw changes `queued` and `retrying` rows only, by
  the same kind of conditional UPDATE: of a withdraw and a taking, the first wins, and a row
  taken first is sent.
- After the mail server answers, the row's new state and the `order.message_delivery` entry of
  device `server` are written in one transaction.
- The threads wake when a request queues mail in this process and poll every second (another
  process's requests, retries coming due, SMTP settings just made).

Test knobs (environment): ATELIER_MAIL_RETRY_SECONDS, the first pause before a retry (60);
ATELIER_MAIL_LEASE_SECONDS, the lease (120); ATELIER_MAIL_CLOCK_OFFSET_SECONDS, added to the clock
a send_after is compared with (0; mail.py).
"""

from __future__ import annotations

import itertools
import os
import secrets
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone

from . import no_contact, smtp_send, smtp_settings
from .mail import now_ms, send_after_now_ms
from .people import now_iso

THREADS = 3
POLL_SECONDS = 1.0
MIN_PAUSE_SECONDS = 0.01  # a retry due now that another thread is taking: no busy loop
CANDIDATES = 8  # due rows looked at per claim
MAX_ATTEMPTS = 10
MAX_PAUSE_SECONDS = 3600.0
NO_CONTACT = "the client asked not to be contacted"
DELIVERY = "order.message_delivery"


def _seconds_from_env(name: str, default: float) -> float:
    text = os.environ.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        print(f"serve.py: {name}={text!r} is not a number of seconds above 0; using {default:g}",
              file=sys.stderr, flush=True)
        return default
    return value


def pause_ms(attempts: int, first: float) -> int:
    """The backoff after the `attempts`-th failed try: first, doubled each time, at most an hour."""
    return int(min(first * 2 ** (attempts - 1), MAX_PAUSE_SECONDS) * 1000)


@dataclass
class Job:
    atelier_id: int
    id: str
    order: int
    client: int
    attempts: int
    owner: str  # who took it: this process, and which of its takings
    leased_until: int  # ms
    message: smtp_send.Outgoing
    settings: smtp_settings.Settings
    do_not_contact: bool


class Sender:
    def __init__(self, db, log, threads: int = THREADS):
        self.db = db
        self.log = log
        self.threads = threads
        # Unique per process and start: a restarted server never takes a row as already its own;
        # each taking adds its number, so two threads of one process are told apart too.
        self.owner = f"{socket.gethostname()}.{os.getpid()}.{secrets.token_hex(4)}"
        self._takings = itertools.count(1)
        self.lease_seconds = _seconds_from_env("ATELIER_MAIL_LEASE_SECONDS", 120.0)
        self.first_pause = _seconds_from_env("ATELIER_MAIL_RETRY_SECONDS", 60.0)
        self._wakes = 0  # counted under the condition, so a wake during a claim is not lost
        self._condition = threading.Condition()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    # [SECTION] running

    def start(self) -> None:
        for i in range(self.threads):
            # Daemon: a send in progress must not keep the process alive; its lease runs out and
            # the message goes again after the restart.
            thread = threading.Thread(target=self._run, daemon=True, name=f"atelier-mail-{i}")
            thread.start()
            self._threads.append(thread)

    def wake(self) -> None:
        with self._condition:
            self._wakes += 1
            self._condition.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops taking mail; waits a little for the sends in progress."""
        self._stopping.set()
        self.wake()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = []

    def _run(self) -> None:
        while not self._stopping.is_set():
            with self._condition:
                seen = self._wakes
            pause = POLL_SECONDS
            try:
                job, due = self.claim()
                if job is not None:
                    self.deliver(job)
                    continue
                if due:
                    continue  # others took those first: there may be more behind them
                pause = self._until_due()
            except self.db.errors as exc:
                # The store failed (PostgreSQL restarting, a full disk): the rows stay as they
                # are, and a taken one goes again when its lease runs out.
                print(f"serve.py: mail: storage error: {exc}", file=sys.stderr, flush=True)
            except Exception:  # a bug must not stop the sending for good; said, then tried again
                traceback.print_exc()
            finally:
                self.db.release()
            with self._condition:
                if self._wakes == seen and not self._stopping.is_set():
                    self._condition.wait(pause)

    def _until_due(self) -> float:
        """Seconds to sleep: until the next retry comes due, at most POLL_SECONDS."""
        row = self.db.connection().execute(
            "SELECT MIN(m.next_at) FROM mail m JOIN smtp s ON s.atelier_id = m.atelier_id"
            " WHERE m.state = 'retrying'").fetchone()
        if row is None or row[0] is None:
            return POLL_SECONDS
        return min(POLL_SECONDS, max(MIN_PAUSE_SECONDS, (row[0] - now_ms()) / 1000))

    # [SECTION] taking a message

    def claim(self) -> tuple[Job | None, bool]:
        """Takes one due message of any atelier that has SMTP settings: (the job or None, whether
        any was due)."""
        now, held_until = now_ms(), send_after_now_ms()
        # Looked for first with a plain read: an idle sender takes no write lock every second.
        # A message held for later is not due: it does not crowd the candidates.
        due = self.db.connection().execute(
            "SELECT m.atelier_id, m.id FROM mail m JOIN smtp s ON s.atelier_id = m.atelier_id"
            " WHERE (m.state = 'queued' AND (m.send_after IS NULL OR m.send_after <= ?))"
            " OR (m.state = 'retrying' AND m.next_at <= ?)"
            " OR (m.state = 'sending' AND m.lease_until <= ?) ORDER BY m.next_at LIMIT ?",
            (held_until, now, now, CANDIDATES)).fetchall()
        if not due:
            return None, False
        lease_until = now + int(self.lease_seconds * 1000)
        owner = f"{self.owner}.{next(self._takings)}"
        with self.db.write() as conn:
            for atelier_id, message_id in due:
                # The same condition again: only one UPDATE, of one process, changes the row.
                taken = conn.execute(
                    "UPDATE mail SET state = 'sending', owner = ?, lease_until = ?, attempts = attempts + 1,"
                    " updated = ? WHERE atelier_id = ? AND id = ?"
                    " AND ((state = 'queued' AND (send_after IS NULL OR send_after <= ?))"
                    " OR (state = 'retrying' AND next_at <= ?) OR (state = 'sending' AND lease_until <= ?))"
                    " AND EXISTS (SELECT 1 FROM smtp WHERE smtp.atelier_id = mail.atelier_id)",
                    (owner, lease_until, now_iso(), atelier_id, message_id, held_until, now, now)).rowcount
                if taken == 1:
                    return self._job(conn, atelier_id, message_id, owner, lease_until), True
        return None, True

    def _job(self, conn, atelier_id: int, message_id: str, owner: str, lease_until: int) -> Job:
        order, client, to, subject, text, attempts = conn.execute(
            "SELECT order_no, client, to_addr, subject, text, attempts FROM mail"
            " WHERE atelier_id = ? AND id = ?", (atelier_id, message_id)).fetchone()
        return Job(atelier_id, message_id, order, client, attempts, owner, lease_until,
                   smtp_send.Outgoing(message_id, to, subject, text),
                   smtp_settings.get(conn, atelier_id), no_contact.is_marked(conn, atelier_id, client))

    # [SECTION] sending and recording

    def deliver(self, job: Job) -> None:
        if job.do_not_contact:
            outcome = smtp_send.Outcome("refused", NO_CONTACT)
        else:
            self.db.release()  # no connection held while the mail server answers
            # Half the lease: every wait below ends by then, and the result is written well
            # before another process could take the message.
            lease_left = (job.leased_until - now_ms()) / 1000
            outcome = smtp_send.send(job.settings, job.message, time.monotonic() + lease_left / 2)
        self.record(job, outcome)

    def record(self, job: Job, outcome: smtp_send.Outcome) -> None:
        """The row's new state and its delivery entry, in one transaction."""
        result, reply, next_at = outcome.result, outcome.reply, 0
        if result == "retrying" and job.attempts >= MAX_ATTEMPTS:
            result = "refused"
            reply = f"{reply} (given up after {job.attempts} attempts)"[:smtp_send.MAX_REPLY]
        elif result == "retrying":
            next_at = now_ms() + pause_ms(job.attempts, self.first_pause)
        with self.db.write(job.atelier_id) as conn:
            state, owner = conn.execute("SELECT state, owner FROM mail WHERE atelier_id = ? AND id = ?",
                                        (job.atelier_id, job.id)).fetchone()
            if state == "sent":
                return  # a result after sent changes nothing
            if (state, owner) != ("sending", job.owner) and result != "sent":
                return  # another process took it meanwhile (a lease ran out): it reports
            conn.execute("UPDATE mail SET state = ?, reply = ?, next_at = ?, owner = ?, updated = ?"
                         " WHERE atelier_id = ? AND id = ?",
                         (result, reply, next_at, job.owner, now_iso(), job.atelier_id, job.id))
            command = {"type": DELIVERY, "order": job.order, "message": job.id, "result": result,
                       "reply": reply, "attempts": job.attempts}
            if next_at:
                command["next"] = datetime.fromtimestamp(next_at / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M")
            self.log.append_server_entry(conn, job.atelier_id, "server", command)
        self.log.appended(job.atelier_id)
