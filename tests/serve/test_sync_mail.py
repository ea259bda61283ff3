"""Email sent by the server (issue 21, docs/email.md): POST /api/v1/mail, the sender's exactly-once
over a real SMTP server on loopback (tests/serve/smtp_sink.py), its results in the log as
order.message_delivery entries of device "server", do-not-contact (through merges too), messages
held until a minute (send_after), withdrawn messages, and the admin commands.

Run from the repo root:
    python3 -m unittest tests.serve.test_sync_mail -v
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import unittest
from datetime import datetime, timezone

from .smtp_sink import SmtpServer, make_certificate
from .sync_helpers import NO_LIMIT, SyncServer, SyncTestCase, admin, entry, open_store, token_of

DELIVERY = "order.message_delivery"
# Short pauses and leases, so retries and a taken-over message happen within the test.
RETRY = "0.002"  # the 10th try comes 0.002 * 2^8 = 0.5 s after the 9th
LEASE = "4"
CLOCK = "ATELIER_MAIL_CLOCK_OFFSET_SECONDS"


def message(message_id: str, to: str, client: int = 7, order: int = 12345, subject: str = "Your order 12345-BFG",
            text: str = "Dear Ana,\n\nyour dress is ready.\n", send_after: str | None = None) -> dict:
    m = {"id": message_id, "order": order, "client": client, "to": to, "subject": subject, "text": text}
    if send_after is not None:
        m["send_after"] = send_after
    return m


def minute(seconds_from_now: float = 0) -> str:
    """The UTC minute, "YYYY-MM-DDTHH:MM", that a moment from now falls in."""
    return datetime.fromtimestamp(time.time() + seconds_from_now, timezone.utc).strftime("%Y-%m-%dT%H:%M")


def mail_counts(data: str, atelier: int = 1) -> str:
    """The `smtp` admin command's line of counts."""
    result = admin(data, "smtp", str(atelier))
    assert result.returncode == 0, result.stderr
    return next(line.strip() for line in result.stdout.splitlines() if line.strip().startswith("mail:"))


def set_smtp(data: str, atelier: int, port: int, *extra: str, sender: str = "Bella Forma <atelier@example.com>"):
    result = admin(data, "set-smtp", str(atelier), "--host", "127.0.0.1", "--port", str(port),
                   "--security", "none", "--from", sender, *extra)
    assert result.returncode == 0, result.stderr
    return result


class MailServerTestCase(SyncTestCase):
    """A serve.py with one atelier whose mail goes to a loopback SMTP server the test runs."""

    server_env = {"ATELIER_MAIL_RETRY_SECONDS": RETRY}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.smtp = SmtpServer()
        cls.sink = cls.smtp.sink
        set_smtp(cls.data, 1, cls.smtp.port)

    @classmethod
    def tearDownClass(cls):
        cls.smtp.stop()
        super().tearDownClass()

    def hand(self, token: str, *messages: dict, server: SyncServer | None = None, expect: int = 200):
        status, _, reply = (server or self.server).call("POST", "/api/v1/mail", token,
                                                        {"messages": list(messages)})
        self.assertEqual(status, expect, reply)
        return reply

    def deliveries(self, token: str, message_id: str | None = None, server: SyncServer | None = None) -> list[dict]:
        """The delivery entries in the log (of one message), in log order."""
        found, after = [], 0
        while True:
            status, _, reply = (server or self.server).call("GET", f"/api/v1/pull?after={after}", token)
            self.assertEqual(status, 200, reply)
            for e in reply["entries"]:
                c = e.get("command", {})
                if c.get("type") == DELIVERY and message_id in (None, c["message"]):
                    found.append(e)
            if not reply["entries"] or reply["entries"][-1]["pos"] >= reply["head"]:
                return found
            after = reply["entries"][-1]["pos"]

    def wait_deliveries(self, token: str, message_id: str | None, until, timeout: float = 20,
                        server: SyncServer | None = None) -> list[dict]:
        """The delivery entries once `until(entries)` holds (failing after `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.deliveries(token, message_id, server)
            if until(found):
                return found
            if time.monotonic() > deadline:
                self.fail(f"deliveries of {message_id} after {timeout} s: {[e['command'] for e in found]}")
            time.sleep(0.05)

    def wait_result(self, token: str, message_id: str, result: str, count: int = 1, **kwargs) -> list[dict]:
        return self.wait_deliveries(token, message_id, lambda found: len(
            [e for e in found if e["command"]["result"] == result]) >= count, **kwargs)


def body(mail) -> str:
    """The text as written: lines end in CRLF on the wire."""
    return mail.get_content().replace("\r\n", "\n")


def results(entries: list[dict]) -> list[str]:
    return [e["command"]["result"] for e in entries]


class MailTest(MailServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = token_of(admin(cls.data, "add-person", "1", "max", "--role", "manager"))
        cls.staff = token_of(admin(cls.data, "add-person", "1", "sam", "--role", "staff"))

    def test_a_message_handed_twice_by_two_tokens_is_sent_once(self):
        m = message("3f9c0a1be2d47c55.41.12345.0", "ana@example.com", text="Dear Ana,\n\nyour dress is ready.\n")
        first = self.hand(self.token, m)
        self.assertEqual(first, {"queued": [m["id"]], "known": []})
        # Another device, another person, the same id (its content no matter): held already.
        again = self.hand(self.staff, dict(m, text="something else"), m)
        self.assertEqual(again, {"queued": [], "known": [m["id"], m["id"]]})
        self.wait_result(self.token, m["id"], "sent")
        got = self.sink.wait_for("ana@example.com", 1)
        time.sleep(1.2)  # a poll of every sender thread: nothing goes twice
        self.assertEqual(len(self.sink.to("ana@example.com")), 1)
        mail = got[0].message
        self.assertEqual(got[0].to, ["ana@example.com"])
        self.assertEqual(got[0].mail_from, "atelier@example.com")
        self.assertEqual(mail["To"], "ana@example.com")
        self.assertEqual(mail["From"], "Bella Forma <atelier@example.com>")
        self.assertEqual(mail["Subject"], "Your order 12345-BFG")
        self.assertEqual(mail["Message-ID"], "<3f9c0a1be2d47c55.41.12345.0@atelier>")
        self.assertTrue(mail["Date"])
        self.assertEqual(body(mail), "Dear Ana,\n\nyour dress is ready.\n")
        entries = self.deliveries(self.token, m["id"])
        self.assertEqual(len(entries), 1, entries)
        e = entries[0]
        self.assertEqual((e["device"], e["id"], e["app_version"]), ("server", f"server.{e['seq']}", "server"))
        reply = e["command"].pop("reply")
        self.assertRegex(reply, r"^250 2\.0\.0 Ok: queued as Q\d+$")  # the mail server's own words
        self.assertEqual(e["command"], {"type": DELIVERY, "order": 12345, "message": m["id"], "result": "sent",
                                        "attempts": 1})
        self.assertEqual((e["who"], e["device"]), ("server", "server"))
        self.assertRegex(e["at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")

    def test_utf8_subject_and_text_arrive_as_written(self):
        text = "Chère Léa,\n\nvotre robe est prête — à bientôt ✂\n" + "très long " * 50 + "\n"
        self.hand(self.token, message("utf.1.0", "lea@example.com", subject="Votre commande n° 12345 — prête",
                                      text=text))
        got = self.sink.wait_for("lea@example.com", 1)
        self.assertEqual(len(got), 1)
        self.assertEqual(got[0].message["Subject"], "Votre commande n° 12345 — prête")
        self.assertEqual(body(got[0].message), text)
        self.assertEqual(got[0].message.get_content_charset(), "utf-8")

    def test_a_refusal_is_reported_and_an_owner_or_manager_retries_it(self):
        self.sink.refuse.add("gone@example.com")
        m = message("ref.1.0", "gone@example.com")
        self.hand(self.token, m)
        refused = self.wait_result(self.token, m["id"], "refused")
        self.assertEqual(refused[-1]["command"]["reply"],
                         "550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown")
        self.assertEqual(refused[-1]["command"]["attempts"], 1)
        self.assertNotIn("next", refused[-1]["command"])
        self.assertEqual(self.sink.to("gone@example.com"), [])
        # Staff may hand messages but not ask again for refused ones.
        status, _, reply = self.call("POST", "/api/v1/mail", self.staff, {"retry": [m["id"]]})
        self.assertEqual(status, 403, reply)
        self.assertIn("staff may not", reply["error"])
        self.sink.refuse.discard("gone@example.com")
        status, _, reply = self.call("POST", "/api/v1/mail", self.manager,
                                     {"retry": [m["id"], "never.handed.0"]})
        self.assertEqual((status, reply), (200, {"queued": [m["id"]], "known": [], "unknown": ["never.handed.0"]}))
        sent = self.wait_result(self.token, m["id"], "sent")
        self.assertEqual(results(sent), ["refused", "sent"])
        self.assertEqual(sent[-1]["command"]["attempts"], 2)  # counted on
        self.assertEqual(len(self.sink.wait_for("gone@example.com", 1)), 1)
        # A message not refused is left as it is.
        status, _, reply = self.call("POST", "/api/v1/mail", self.token, {"retry": [m["id"]]})
        self.assertEqual((status, reply), (200, {"queued": [], "known": [m["id"]], "unknown": []}))
        time.sleep(1.2)
        self.assertEqual(len(self.sink.to("gone@example.com")), 1)
        self.assertEqual(results(self.deliveries(self.token, m["id"])), ["refused", "sent"])

    def test_a_temporary_failure_is_retried_by_itself(self):
        self.sink.defer["busy@example.com"] = 2
        m = message("tmp.1.0", "busy@example.com")
        self.hand(self.token, m)
        entries = self.wait_result(self.token, m["id"], "sent")
        self.assertEqual(results(entries), ["retrying", "retrying", "sent"])
        first = entries[0]["command"]
        self.assertEqual(first["reply"], "451 4.3.0 Mailbox busy, try again later")
        self.assertEqual(first["attempts"], 1)
        self.assertRegex(first["next"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
        self.assertEqual([e["command"]["attempts"] for e in entries], [1, 2, 3])
        self.assertEqual(len(self.sink.wait_for("busy@example.com", 1)), 1)

    def test_ten_temporary_failures_are_a_refusal(self):
        self.sink.defer["always-busy@example.com"] = 1000
        m = message("tmp.2.0", "always-busy@example.com")
        self.hand(self.token, m)
        entries = self.wait_result(self.token, m["id"], "refused", timeout=30)
        self.assertEqual(results(entries), ["retrying"] * 9 + ["refused"])
        self.assertEqual(entries[-1]["command"]["attempts"], 10)
        self.assertEqual(entries[-1]["command"]["reply"],
                         "451 4.3.0 Mailbox busy, try again later (given up after 10 attempts)")
        self.assertEqual(self.sink.to("always-busy@example.com"), [])

    def test_a_client_marked_do_not_contact_gets_nothing(self):
        def mark(seq: int, flag: bool):
            self.push(self.token, "tab-dnc", [entry("tab-dnc", seq, {"type": "client.update", "client": 70,
                                                                     "do_not_contact": flag})])
        mark(1, True)
        m = message("dnc.1.0", "quiet@example.com", client=70)
        self.hand(self.token, m)
        refused = self.wait_result(self.token, m["id"], "refused")
        self.assertEqual(refused[-1]["command"]["reply"], "the client asked not to be contacted")
        # The mark is the client's only: another client's message goes.
        self.hand(self.token, message("dnc.2.0", "other@example.com", client=71))
        self.wait_result(self.token, "dnc.2.0", "sent")
        self.assertEqual(self.sink.to("quiet@example.com"), [])
        # Cleared (here inside a batch, as a multi-select would): a new message goes.
        self.push(self.token, "tab-dnc", [entry("tab-dnc", 2, {"type": "batch", "commands": [
            {"type": "client.update", "client": 70, "do_not_contact": False}]})])
        self.hand(self.token, message("dnc.3.0", "quiet@example.com", client=70))
        self.wait_result(self.token, "dnc.3.0", "sent")
        self.assertEqual(len(self.sink.wait_for("quiet@example.com", 1)), 1)
        self.assertEqual(results(self.deliveries(self.token, m["id"])), ["refused"])

    def test_a_merge_gives_the_kept_client_the_dropped_ones_mark(self):
        def update(client: int, flag: bool = True) -> dict:
            return {"type": "client.update", "client": client, "do_not_contact": flag}

        def merge(gone: int, kept: int) -> dict:
            return {"type": "client.merge", "client": gone, "keep": kept}

        # Alone: 80 marked, then merged into 81.
        self.push(self.token, "tab-merge", [entry("tab-merge", 1, update(80)), entry("tab-merge", 2, merge(80, 81))])
        # In a batch, in log order: 82 marked then merged into 83; 84 merged into 85, then marked.
        self.push(self.token, "tab-merge", [entry("tab-merge", 3, {"type": "batch", "commands": [
            update(82), merge(82, 83), merge(84, 85), update(84)]})])
        # An unmarked duplicate leaves the kept client's own mark as it is.
        self.push(self.token, "tab-merge", [entry("tab-merge", 4, update(86)), entry("tab-merge", 5, merge(87, 86))])
        to = {81: "kept81@example.com", 83: "kept83@example.com", 85: "kept85@example.com", 86: "kept86@example.com"}
        self.hand(self.token, *[message(f"merge.{c}.0", address, client=c) for c, address in to.items()])
        for client in (81, 83, 86):
            refused = self.wait_result(self.token, f"merge.{client}.0", "refused")
            self.assertEqual(refused[-1]["command"]["reply"], "the client asked not to be contacted")
        self.wait_result(self.token, "merge.85.0", "sent")
        self.assertEqual(len(self.sink.wait_for(to[85], 1)), 1)
        self.assertEqual([self.sink.to(to[c]) for c in (81, 83, 86)], [[], [], []])

    def test_bad_requests_are_refused_naming_the_field_and_keep_nothing(self):
        good = message("bad.1.0", "keep@example.com")
        long_to = "a" * 310 + "@example.com"
        cases = [
            ([], "body must be a JSON object"),
            ({}, "/messages: give one of messages"),
            ({"messages": [good], "retry": ["x"]}, "/messages: give one of messages"),
            ({"withdraw": ["x"], "retry": ["x"]}, "/messages: give one of messages"),
            ({"message": [good]}, "/message: unknown field"),
            ({"messages": good}, "/messages: must be an array"),
            ({"messages": []}, "/messages: must hold at least one"),
            ({"messages": [good] + [message(f"bad.{i}.0", "x@example.com") for i in range(100)]},
             "/messages: at most 100 per request (got 101)"),
            ({"messages": [good, "x"]}, "/messages/1: must be a JSON object"),
            ({"messages": [good, {k: v for k, v in good.items() if k != "text"}]}, "/messages/1/text: missing"),
            ({"messages": [good, dict(good, cc="b@example.com")]}, "/messages/1/cc: unknown field"),
            ({"messages": [good, dict(good, id="")]}, "/messages/1/id: a message id is 1-100"),
            ({"messages": [good, dict(good, id="a/b")]}, "/messages/1/id: a message id is 1-100"),
            ({"messages": [good, dict(good, id="x" * 101)]}, "/messages/1/id: a message id is 1-100"),
            ({"messages": [good, dict(good, order=0)]}, "/messages/1/order: must be a positive integer"),
            ({"messages": [good, dict(good, order="12")]}, "/messages/1/order: must be a positive integer"),
            ({"messages": [good, dict(good, client=True)]}, "/messages/1/client: must be a positive integer"),
            ({"messages": [good, dict(good, to="ana@example.com\r\nBcc: eve@example.com")]},
             "/messages/1/to: an address has no spaces, line breaks"),
            ({"messages": [good, dict(good, to="ana example@example.com")]}, "/messages/1/to: an address has no"),
            ({"messages": [good, dict(good, to="ana@b@example.com")]}, "/messages/1/to: must be one email address"),
            ({"messages": [good, dict(good, to="ana@example.com,eve@example.com")]},
             "/messages/1/to: must be one email address"),
            ({"messages": [good, dict(good, to="example.com")]}, "/messages/1/to: must be one email address"),
            ({"messages": [good, dict(good, to=long_to)]}, "/messages/1/to: an address is at most 320 bytes"),
            ({"messages": [good, dict(good, subject="Hello\nBcc: eve@example.com")]},
             "/messages/1/subject: must not contain line breaks"),
            ({"messages": [good, dict(good, subject="Hello\u2028there")]},
             "/messages/1/subject: must not contain line breaks"),
            ({"messages": [good, dict(good, subject="x" * 201)]}, "/messages/1/subject: at most 200 characters"),
            ({"messages": [good, dict(good, text="é" * 50_001)]},
             "/messages/1/text: at most 100,000 bytes as UTF-8 (got 100,002)"),
            ({"messages": [good, dict(good, text=5)]}, "/messages/1/text: must be a string"),
            ({"retry": "bad.1.0"}, "/retry: must be an array"),
            ({"retry": ["ok", "no spaces"]}, "/retry/1: a message id is 1-100"),
            ({"messages": [good, good, dict(good, send_after="2026-03-01 09:00")]},
             '/messages/2/send_after: must be a date-time "YYYY-MM-DDTHH:MM"'),
            ({"messages": [good, good, dict(good, send_after="2026-03-01T09:00:00")]},
             "/messages/2/send_after: must be a date-time"),
            ({"messages": [good, good, dict(good, send_after="2026-03-01T09:00Z")]},
             "/messages/2/send_after: must be a date-time"),
            ({"messages": [good, good, dict(good, send_after="\uff12\uff10\uff12\uff16-03-01T09:00")]},
             "/messages/2/send_after: must be a date-time"),
            ({"messages": [good, good, dict(good, send_after=None)]}, "/messages/2/send_after: must be a date-time"),
            ({"messages": [good, good, dict(good, send_after=1772355600)]},
             "/messages/2/send_after: must be a date-time"),
            ({"messages": [good, good, dict(good, send_after="2026-02-29T09:00")]},
             "/messages/2/send_after: 2026-02-29T09:00 is not a real date and time"),
            ({"messages": [good, good, dict(good, send_after="2026-03-01T24:00")]},
             "/messages/2/send_after: 2026-03-01T24:00 is not a real date and time"),
            ({"messages": [good, good, dict(good, send_after="1999-12-31T23:59")]},
             "/messages/2/send_after: the year must be from 2000 to 2999 (got 1999)"),
            ({"messages": [good, good, dict(good, send_after="3000-01-01T00:00")]},
             "/messages/2/send_after: the year must be from 2000 to 2999 (got 3000)"),
            ({"withdraw": "bad.1.0"}, "/withdraw: must be an array"),
            ({"withdraw": []}, "/withdraw: must hold at least one"),
            ({"withdraw": [f"w.{i}" for i in range(101)]}, "/withdraw: at most 100 per request (got 101)"),
            # bad.1.0 first: were any of it kept, the good message below would not be new.
            ({"withdraw": ["bad.1.0", 7]}, "/withdraw/1: a message id is 1-100"),
        ]
        for body, error in cases:
            with self.subTest(error=error):
                status, _, reply = self.call("POST", "/api/v1/mail", self.token, body)
                self.assertEqual(status, 400, reply)
                self.assertIn(error, reply["error"])
        # Text of exactly 100,000 bytes and a 200-character subject are taken.
        edge = dict(good, id="bad.2.0", subject="s" * 200, text="é" * 50_000)
        self.assertEqual(self.hand(self.token, edge)["queued"], ["bad.2.0"])
        status, _, reply = self.call("POST", "/api/v1/mail", "not-a-token", {"messages": [good]})
        self.assertEqual(status, 401, reply)
        status, _, reply = self.call("GET", "/api/v1/mail", self.token)
        self.assertEqual(status, 405, reply)
        # Nothing of a refused request was kept: the good message is new now.
        self.assertEqual(self.hand(self.token, good), {"queued": ["bad.1.0"], "known": []})
        # Both sent (the sink has each before the server marks it sent), once each: counted only
        # then, as the sender takes them in either order.
        self.wait_result(self.token, "bad.1.0", "sent")
        self.wait_result(self.token, "bad.2.0", "sent")
        self.assertEqual(len(self.sink.to("keep@example.com")), 2)

    def test_without_smtp_409_and_the_atelier_says_whether_mail_goes(self):
        other = self.new_atelier("No Mail", "NOM", "bo")
        status, _, reply = self.call("GET", "/api/v1/atelier", other)
        self.assertEqual((status, reply["mail"]), (200, False))
        status, _, reply = self.call("GET", "/api/v1/atelier", self.token)
        self.assertEqual((status, reply["mail"]), (200, True))
        for body in ({"messages": [message("nom.1.0", "x@example.com")]}, {"retry": ["nom.1.0"]}):
            status, _, reply = self.call("POST", "/api/v1/mail", other, body)
            self.assertEqual((status, reply), (409, {"error": "mail is not configured for this atelier"}))
        # A withdraw is taken all the same: mail held while sending is off must not go once it is on.
        status, _, reply = self.call("POST", "/api/v1/mail", other, {"withdraw": ["nom.1.0"]})
        self.assertEqual((status, reply), (200, {"withdrawn": ["nom.1.0"], "known": []}))

    def test_each_atelier_sends_with_its_own_settings(self):
        other = self.new_atelier("Second House", "SEC", "bo")
        atelier = self.call("GET", "/api/v1/atelier", other)[2]["atelier"]["id"]
        self.sink.passwords["sec-user"] = "pässwörd 1"
        result = admin_env(self.data, {"SEC_PASSWORD": "pässwörd 1"}, "set-smtp", str(atelier), "--host",
                           "127.0.0.1", "--port", str(self.smtp.port), "--security", "none", "--user", "sec-user",
                           "--password-env", "SEC_PASSWORD", "--from", "Second House <second@example.com>")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.hand(other, message("sec.1.0", "sec-client@example.com"))
        self.hand(self.token, message("sec.1.0", "bfg-client@example.com"))  # the same id, another atelier
        theirs = self.sink.wait_for("sec-client@example.com", 1)
        ours = self.sink.wait_for("bfg-client@example.com", 1)
        self.assertEqual((len(theirs), len(ours)), (1, 1))
        self.assertEqual((theirs[0].message["From"], theirs[0].mail_from, theirs[0].login),
                         ("Second House <second@example.com>", "second@example.com", "sec-user"))
        self.assertEqual((ours[0].message["From"], ours[0].login), ("Bella Forma <atelier@example.com>", None))
        # Each log holds its own result only.
        self.wait_result(other, "sec.1.0", "sent")
        self.wait_result(self.token, "sec.1.0", "sent")
        self.assertEqual(len(self.deliveries(other)), 1)

    def test_a_wrong_password_or_no_server_is_retrying_not_refused(self):
        third = self.new_atelier("Third", "THI", "cy")
        atelier = self.call("GET", "/api/v1/atelier", third)[2]["atelier"]["id"]
        with tempfile.NamedTemporaryFile("w", suffix=".pw") as f:
            f.write("wrong\n")
            f.flush()
            self.sink.passwords["thi-user"] = "right"
            set_smtp(self.data, atelier, self.smtp.port, "--user", "thi-user", "--password-file", f.name)
        self.hand(third, message("thi.1.0", "thi@example.com"))
        first = self.wait_result(third, "thi.1.0", "retrying")[0]["command"]
        self.assertEqual((first["reply"], first["attempts"]), ("535 5.7.8 Authentication credentials invalid", 1))
        set_smtp(self.data, atelier, free_closed_port())
        self.hand(third, message("thi.2.0", "thi@example.com"))
        first = self.wait_result(third, "thi.2.0", "retrying")[0]["command"]
        self.assertRegex(first["reply"], r"^connection refused by 127\.0\.0\.1:\d+$")
        admin(self.data, "smtp-off", str(atelier))
        self.assertEqual(self.sink.to("thi@example.com"), [])

    def test_a_device_may_not_write_a_delivery(self):
        delivery = {"type": DELIVERY, "order": 1, "message": "x.1.0", "result": "sent", "reply": "250", "attempts": 1}
        status, _, reply = self.call("POST", "/api/v1/push", self.token, {
            "device": "tab-evil", "entries": [entry("tab-evil", 1), entry("tab-evil", 2, delivery)]})
        self.assertEqual(status, 400, reply)
        self.assertIn("/entries/1/command/type: order.message_delivery is written by the server only", reply["error"])
        status, _, reply = self.call("POST", "/api/v1/push", self.token, {"device": "tab-evil", "entries": [
            entry("tab-evil", 1, {"type": "batch", "commands": [{"type": "order.note"}, delivery]})]})
        self.assertEqual(status, 400, reply)
        self.assertIn("/entries/0/command/commands/1/type: order.message_delivery", reply["error"])
        self.assertEqual([e for e in self.pull(self.token)["entries"] if e["device"] == "tab-evil"], [])


def admin_env(data: str, env: dict, *args: str):
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        return admin(data, *args)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def free_closed_port() -> int:
    from .smtp_sink import free_port
    return free_port()  # bound and closed again: nobody listens there


class SmtpOffTest(MailServerTestCase):
    """smtp-off: the devices are told, and what the server holds waits until set-smtp again."""

    server_env = {"ATELIER_MAIL_RETRY_SECONDS": "2"}  # room to turn it off before the next try

    def test_turned_off_mail_waits_then_goes(self):
        set_smtp(self.data, 1, free_closed_port())
        self.hand(self.token, message("off.1.0", "later@example.com"))
        self.wait_result(self.token, "off.1.0", "retrying")
        self.assertEqual(admin(self.data, "smtp-off", "1").returncode, 0)
        self.assertFalse(self.call("GET", "/api/v1/atelier", self.token)[2]["mail"])
        self.hand(self.token, message("off.2.0", "later@example.com"), expect=409)
        time.sleep(2.5)  # past the next try's time: no try while off
        self.assertEqual(results(self.deliveries(self.token, "off.1.0")), ["retrying"])
        self.assertEqual(mail_counts(self.data),
                         "mail: 0 queued, 0 held, 0 sending, 1 retrying, 0 sent, 0 refused, 0 withdrawn")
        set_smtp(self.data, 1, self.smtp.port)
        self.assertEqual(results(self.wait_result(self.token, "off.1.0", "sent")), ["retrying", "sent"])
        self.assertEqual(len(self.sink.wait_for("later@example.com", 1)), 1)


class KilledWhileSendingTest(MailServerTestCase):
    """serve.py killed while the mail server holds its message, before accepting it: the message
    goes again after a restart, once its lease has run out, and arrives once."""

    server_env = {"ATELIER_MAIL_RETRY_SECONDS": RETRY, "ATELIER_MAIL_LEASE_SECONDS": LEASE}

    def test_killed_mid_send_then_restarted_sends_once(self):
        self.sink.hold.add("held@example.com")
        m = message("kill.1.0", "held@example.com")
        self.hand(self.token, m)
        self.assertTrue(self.sink.held.wait(15), "the message never reached the mail server")
        self.server.proc.kill()  # SIGKILL: no cleanup, the row stays `sending` under its lease
        self.server.proc.wait(10)
        self.server.stop()
        self.sink.release.set()  # the connection is gone: the held message is never accepted
        self.server = SyncServer(self.data, self.root, *NO_LIMIT, env=self.server_env)
        type(self).server = self.server
        entries = self.wait_result(self.token, m["id"], "sent", timeout=30)
        self.assertEqual(len(self.sink.wait_for("held@example.com", 1)), 1)
        time.sleep(1.2)
        self.assertEqual(len(self.sink.to("held@example.com")), 1)
        entries = self.deliveries(self.token, m["id"])
        self.assertEqual(results(entries), ["sent"])
        self.assertEqual(entries[0]["command"]["attempts"], 2)  # the killed try counts


class TwoProcessesTest(MailServerTestCase):
    """Two serve.py processes on one store, both sending: every message exactly once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.second = SyncServer(cls.data, cls.root, *NO_LIMIT, env=cls.server_env)

    @classmethod
    def tearDownClass(cls):
        cls.second.stop()
        super().tearDownClass()

    def test_many_messages_through_two_processes_go_once_each(self):
        count = 60
        messages = [message(f"two.{i}.0", f"c{i}@example.com", client=i + 1) for i in range(count)]
        # Each process is handed half first, then both are handed all of them.
        self.hand(self.token, *messages[0::2])
        self.hand(self.token, *messages[1::2], server=self.second)
        self.hand(self.token, *messages, server=self.second)
        self.hand(self.token, *messages)
        self.wait_deliveries(self.token, None, lambda found: len(found) >= count, timeout=40)
        time.sleep(1.2)
        entries = self.deliveries(self.token, None)
        self.assertEqual(sorted(e["command"]["message"] for e in entries), sorted(m["id"] for m in messages))
        self.assertEqual(set(results(entries)), {"sent"})
        with self.sink.lock:
            ids = [r.message["Message-ID"] for r in self.sink.received]
        self.assertEqual(sorted(ids), sorted(f"<{m['id']}@atelier>" for m in messages))
        for m in messages:
            got = self.sink.to(m["to"])
            self.assertEqual(len(got), 1, m["to"])
            self.assertEqual(got[0].message["Message-ID"], f"<{m['id']}@atelier>")
        # The server's own seqs are one gapless series, whichever process wrote them.
        pulled = self.pull(self.token)["entries"]
        self.assertEqual(sorted(e["seq"] for e in pulled if e["device"] == "server"), list(range(1, count + 1)))


class HeldUntilTest(MailServerTestCase):
    """send_after: a message waits for its minute (UTC) on the server's clock. The server started
    again with its clock 3 minutes on (ATELIER_MAIL_CLOCK_OFFSET_SECONDS) finds that minute come."""

    def restart(self, env: dict) -> None:
        self.server.stop()
        self.server = SyncServer(self.data, self.root, *NO_LIMIT, env={**self.server_env, **env})
        type(self).server = self.server

    def test_a_message_held_until_a_minute_goes_once_it_has_come(self):
        # Two minutes on from now: its minute is at least 60 s away, past the end of this part.
        later = message("held.1.0", "later@example.com", send_after=minute(120))
        this_minute = message("held.2.0", "now@example.com", send_after=minute())
        long_ago = message("held.3.0", "past@example.com", send_after="2000-01-01T00:00")
        self.assertEqual(self.hand(self.token, later, this_minute, long_ago),
                         {"queued": ["held.1.0", "held.2.0", "held.3.0"], "known": []})
        self.wait_result(self.token, "held.2.0", "sent")
        self.wait_result(self.token, "held.3.0", "sent")
        time.sleep(1.2)  # a poll of every sender thread
        self.assertEqual(self.deliveries(self.token, "held.1.0"), [])
        self.assertEqual(self.sink.to("later@example.com"), [])
        self.assertEqual(mail_counts(self.data),
                         "mail: 0 queued, 1 held, 0 sending, 0 retrying, 2 sent, 0 refused, 0 withdrawn")
        # Handed again without send_after: held already, its first content (and time) kept.
        self.assertEqual(self.hand(self.token, {k: v for k, v in later.items() if k != "send_after"}),
                         {"queued": [], "known": ["held.1.0"]})
        time.sleep(1.2)
        self.assertEqual(self.sink.to("later@example.com"), [])
        self.restart({CLOCK: "180"})
        sent = self.wait_result(self.token, "held.1.0", "sent")
        self.assertEqual([(e["command"]["result"], e["command"]["attempts"]) for e in sent], [("sent", 1)])
        got = self.sink.wait_for("later@example.com", 1)
        self.assertEqual([r.message["Message-ID"] for r in got], ["<held.1.0@atelier>"])
        time.sleep(1.2)
        self.assertEqual(len(self.sink.to("later@example.com")), 1)
        self.assertEqual([len(self.sink.to(a)) for a in ("now@example.com", "past@example.com")], [1, 1])


class WithdrawTest(MailServerTestCase):
    """withdraw: a message queued, held or retrying never goes; an id not held yet stays unsent
    whoever hands it later; one being sent, sent or refused is left as it is."""

    server_env = {"ATELIER_MAIL_RETRY_SECONDS": "3"}  # a retrying message waits long enough to be withdrawn

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = token_of(admin(cls.data, "add-person", "1", "max", "--role", "manager"))
        cls.staff = token_of(admin(cls.data, "add-person", "1", "sam", "--role", "staff"))

    def withdraw(self, token: str, *ids: str) -> dict:
        status, _, reply = self.call("POST", "/api/v1/mail", token, {"withdraw": list(ids)})
        self.assertEqual(status, 200, reply)
        return reply

    def test_a_withdrawn_message_never_goes_whoever_hands_it_again(self):
        held = message("wd.1.0", "moved@example.com", send_after=minute(120))
        control = message("wd.3.0", "control@example.com", send_after=minute(120))
        self.hand(self.token, held, control)
        # Any role may withdraw (staff too); an id not held yet is withdrawn ahead of its hand-over.
        self.assertEqual(self.withdraw(self.staff, "wd.1.0", "wd.2.0", "wd.1.0"),
                         {"withdrawn": ["wd.1.0", "wd.2.0"], "known": ["wd.1.0"]})
        # A device whose state is older hands both: held already, not queued.
        self.assertEqual(self.hand(self.staff, message("wd.2.0", "moved@example.com"), held),
                         {"queued": [], "known": ["wd.2.0", "wd.1.0"]})
        # Asking again does not bring them back.
        status, _, reply = self.call("POST", "/api/v1/mail", self.manager, {"retry": ["wd.1.0", "wd.2.0"]})
        self.assertEqual((status, reply), (200, {"queued": [], "known": ["wd.1.0", "wd.2.0"], "unknown": []}))
        self.assertEqual(mail_counts(self.data),
                         "mail: 0 queued, 1 held, 0 sending, 0 retrying, 0 sent, 0 refused, 2 withdrawn")
        # Their minute comes (the server's clock 3 minutes on): the control goes, they do not.
        self.server.stop()
        self.server = SyncServer(self.data, self.root, *NO_LIMIT, env={**self.server_env, CLOCK: "180"})
        type(self).server = self.server
        self.wait_result(self.token, "wd.3.0", "sent")
        time.sleep(1.2)
        self.assertEqual(self.sink.to("moved@example.com"), [])
        self.assertEqual([self.deliveries(self.token, i) for i in ("wd.1.0", "wd.2.0")], [[], []])
        self.assertEqual(len(self.sink.to("control@example.com")), 1)

    def test_retrying_is_withdrawn_sending_sent_and_refused_are_left(self):
        self.sink.defer["busy@example.com"] = 1000
        self.hand(self.token, message("wd.4.0", "busy@example.com"))
        self.wait_result(self.token, "wd.4.0", "retrying")
        self.assertEqual(self.withdraw(self.token, "wd.4.0"), {"withdrawn": ["wd.4.0"], "known": []})
        time.sleep(3.5)  # past the time of its next try
        self.assertEqual(results(self.deliveries(self.token, "wd.4.0")), ["retrying"])
        # Being sent when the withdraw comes: the sender took it first, and it goes.
        self.sink.hold.add("racing@example.com")
        self.hand(self.token, message("wd.5.0", "racing@example.com"))
        self.assertTrue(self.sink.held.wait(15), "the message never reached the mail server")
        self.assertEqual(self.withdraw(self.token, "wd.5.0"), {"withdrawn": [], "known": ["wd.5.0"]})
        self.sink.release.set()
        self.assertEqual(results(self.wait_result(self.token, "wd.5.0", "sent")), ["sent"])
        self.assertEqual(len(self.sink.wait_for("racing@example.com", 1)), 1)
        self.sink.refuse.add("gone@example.com")
        self.hand(self.token, message("wd.6.0", "gone@example.com"))
        self.wait_result(self.token, "wd.6.0", "refused")
        self.assertEqual(self.withdraw(self.staff, "wd.5.0", "wd.6.0"),
                         {"withdrawn": [], "known": ["wd.5.0", "wd.6.0"]})
        # A refused message stays refused: a manager may still ask again for it.
        self.sink.refuse.discard("gone@example.com")
        status, _, reply = self.call("POST", "/api/v1/mail", self.manager, {"retry": ["wd.6.0"]})
        self.assertEqual((status, reply["queued"]), (200, ["wd.6.0"]))
        self.assertEqual(results(self.wait_result(self.token, "wd.6.0", "sent")), ["refused", "sent"])
        self.assertEqual(self.sink.to("busy@example.com"), [])


@unittest.skipUnless(shutil.which("openssl"), "openssl not installed")
class TlsTest(MailServerTestCase):
    """STARTTLS and TLS from the first byte, with a login, the certificate checked: trusted here
    through SSL_CERT_FILE (the CA store of the machine, for serve.py), refused for another name."""

    @classmethod
    def setUpClass(cls):
        cls.certs = tempfile.mkdtemp(prefix="atelier-smtp-cert-")
        cls.cert = make_certificate(cls.certs)
        cls.server_env = {"ATELIER_MAIL_RETRY_SECONDS": RETRY, "SSL_CERT_FILE": cls.cert}
        super().setUpClass()
        cls.starttls = SmtpServer("starttls", cls.cert)
        cls.tls = SmtpServer("tls", cls.cert)

    @classmethod
    def tearDownClass(cls):
        cls.starttls.stop()
        cls.tls.stop()
        super().tearDownClass()
        shutil.rmtree(cls.certs, ignore_errors=True)

    def test_starttls_and_tls_log_in_over_a_checked_certificate(self):
        for security, smtp in (("starttls", self.starttls), ("tls", self.tls)):
            with self.subTest(security=security):
                smtp.sink.passwords["atelier"] = "pw-" + security
                token = self.new_atelier(f"T {security}", "TLS", "ana")
                atelier = self.call("GET", "/api/v1/atelier", token)[2]["atelier"]["id"]
                result = admin_env(self.data, {"SMTP_PW": "pw-" + security}, "set-smtp", str(atelier),
                                   "--host", "127.0.0.1", "--port", str(smtp.port), "--security", security,
                                   "--user", "atelier", "--password-env", "SMTP_PW", "--from", "a@example.com")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.hand(token, message(f"{security}.1.0", "t@example.com"))
                self.wait_result(token, f"{security}.1.0", "sent")
                self.assertEqual([r.login for r in smtp.sink.to("t@example.com")], ["atelier"])
                # Another name than the certificate's: not trusted, tried again later.
                result = admin(self.data, "set-smtp", str(atelier), "--host", "localhost", "--port", str(smtp.port),
                               "--security", security, "--from", "a@example.com")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.hand(token, message(f"{security}.2.0", "u@example.com"))
                retrying = self.wait_result(token, f"{security}.2.0", "retrying")
                self.assertIn("certificate verify failed", retrying[0]["command"]["reply"])
                admin(self.data, "smtp-off", str(atelier))
                self.assertEqual(smtp.sink.to("u@example.com"), [])


class AdminSmtpTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="atelier-smtp-admin-test-")
        self.data = os.path.join(self.tmp, "data")
        token_of(admin(self.data, "create-atelier", "Bella Forma", "--code", "BFG"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def smtp(self, *args: str, env: dict | None = None):
        return admin_env(self.data, env or {}, *args)

    def test_set_show_and_turn_off_never_printing_the_password(self):
        password_file = os.path.join(self.tmp, "pw")
        with open(password_file, "w") as f:
            f.write("s3cret-from-file\n")
        outputs = []
        result = self.smtp("set-smtp", "1", "--host", "smtp.example.com", "--port", "587", "--security", "starttls",
                           "--user", "atelier@example.com", "--password-file", password_file,
                           "--from", "Bella Forma <atelier@example.com>")
        outputs.append(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "Atelier 1 sends its email through smtp.example.com:587 (starttls), "
                                                "from Bella Forma <atelier@example.com>.")
        shown = self.smtp("smtp", "1")
        outputs.append(shown)
        self.assertEqual(shown.returncode, 0, shown.stderr)
        lines = shown.stdout.splitlines()
        self.assertEqual(lines[0], "atelier 1  host smtp.example.com  port 587  starttls  "
                                   "user atelier@example.com, password set")
        self.assertRegex(lines[1], r"^  from Bella Forma <atelier@example.com>  \(set \d{4}-.*Z\)$")
        self.assertEqual(lines[2], "  mail: 0 queued, 0 held, 0 sending, 0 retrying, 0 sent, 0 refused, 0 withdrawn")
        store = open_store(self.data)
        row = store.connection().execute("SELECT password, username FROM smtp WHERE atelier_id = 1").fetchone()
        self.assertEqual(tuple(row), ("s3cret-from-file", "atelier@example.com"))  # the line break dropped
        # From a variable; replaces the settings.
        result = self.smtp("set-smtp", "1", "--host", "mail.example.org", "--port", "465", "--security", "tls",
                           "--user", "u", "--password-env", "ATELIER_TEST_PW", "--from", "atelier@example.org",
                           env={"ATELIER_TEST_PW": "s3cret-from-env"})
        outputs.append(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        shown = self.smtp("smtp", "1")
        outputs.append(shown)
        self.assertIn("host mail.example.org  port 465  tls  user u, password set", shown.stdout)
        row = open_store(self.data).connection().execute("SELECT password FROM smtp").fetchone()
        self.assertEqual(row[0], "s3cret-from-env")
        # A relay with no login.
        result = self.smtp("set-smtp", "1", "--host", "localhost", "--port", "25", "--security", "none",
                           "--from", "atelier@example.org")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("localhost  port 25  none  no login", self.smtp("smtp", "1").stdout)
        off = self.smtp("smtp-off", "1")
        outputs.append(off)
        self.assertEqual((off.returncode, off.stdout.strip()),
                         (0, "Atelier 1 no longer sends email; what it holds waits until set-smtp."))
        shown = self.smtp("smtp", "1")
        self.assertIn("Atelier 1 has no SMTP settings", shown.stdout)
        self.assertEqual(self.smtp("smtp-off", "1").stdout.strip(), "Atelier 1 had no SMTP settings.")
        for out in outputs:
            for secret in ("s3cret-from-file", "s3cret-from-env"):
                self.assertNotIn(secret, out.stdout + out.stderr)

    def test_refusals_name_the_option(self):
        password_file = os.path.join(self.tmp, "pw")
        empty_file = os.path.join(self.tmp, "empty")
        with open(password_file, "w") as f:
            f.write("pw")
        open(empty_file, "w").close()
        base = ["--host", "smtp.example.com", "--port", "587", "--security", "starttls", "--from", "a@example.com"]
        for args, message_part in [
                (["9", *base], "no atelier has id 9"),
                (["1", *base[:3], "70000", *base[4:]], "--port 70000 must be from 1 to 65535"),
                (["1", "--host", "smtp example.com", *base[2:]], "--host must be a host name"),
                (["1", *base[:-1], "not an address"], "--from must be an address"),
                (["1", *base[:-1], "a@example.com\nBcc: x@example.com"], "--from must not contain line breaks"),
                (["1", *base, "--user", "u"], "--user needs a password"),
                (["1", *base, "--password-file", password_file], "a password needs --user"),
                (["1", *base, "--user", "u", "--password-file", os.path.join(self.tmp, "missing")],
                 "cannot read the password file"),
                (["1", *base, "--user", "u", "--password-file", empty_file], "is empty"),
                (["1", *base, "--user", "u", "--password-env", "ATELIER_TEST_UNSET_VARIABLE"],
                 "the environment variable ATELIER_TEST_UNSET_VARIABLE is not set")]:
            with self.subTest(message=message_part):
                result = self.smtp("set-smtp", *args)
                self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
                self.assertIn(message_part, result.stderr)
        self.assertIn("no atelier has id 9", self.smtp("smtp", "9").stderr)
        self.assertEqual(self.smtp("smtp-off", "9").returncode, 1)
        # Usage errors are argparse's (exit 2): a bad --security, both password sources, a password argument.
        for args in (["1", *base[:5], "ssl", *base[6:]],
                     ["1", *base, "--user", "u", "--password-file", password_file, "--password-env", "X"],
                     ["1", *base, "--user", "u", "--password", "pw"]):
            self.assertEqual(self.smtp("set-smtp", *args).returncode, 2)
        self.assertIn("Atelier 1 has no SMTP settings", self.smtp("smtp", "1").stdout)


class MigrationTest(unittest.TestCase):
    def test_a_database_of_schema_1_gains_the_mail_tables(self):
        with tempfile.TemporaryDirectory() as data:
            token_of(admin(data, "create-atelier", "Old", "--code", "OLD"))
            conn = open_store(data).connection()
            for table in ("smtp", "mail", "no_contact"):
                conn.execute(f"DROP TABLE {table}")
            conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
            result = admin(data, "smtp", "1")  # the start migrates
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("has no SMTP settings", result.stdout)
            conn = open_store(data).connection()
            self.assertEqual(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0], "3")
            self.assertEqual(conn.execute("SELECT COUNT(*) FROM mail").fetchone()[0], 0)
            self.assertEqual(conn.execute("SELECT COUNT(*) FROM no_contact").fetchone()[0], 0)

    def test_a_database_of_schema_2_gains_send_after(self):
        with tempfile.TemporaryDirectory() as data:
            token_of(admin(data, "create-atelier", "Old", "--code", "OLD"))
            conn = open_store(data).connection()
            conn.execute("ALTER TABLE mail DROP COLUMN send_after")
            conn.execute("INSERT INTO mail (atelier_id, id, order_no, client, to_addr, subject, text, state, created,"
                         " updated) VALUES (1, 'old.1.0', 12345, 7, 'ana@example.com', 'S', 'T', 'queued', '', '')")
            conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
            result = admin(data, "smtp", "1")  # the start migrates; a message of schema 2 is not held
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("mail: 1 queued, 0 held, 0 sending", result.stdout)
            conn = open_store(data).connection()
            self.assertEqual(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0], "3")
            self.assertEqual(tuple(conn.execute("SELECT id, state, send_after FROM mail").fetchone()),
                             ("old.1.0", "queued", None))


if __name__ == "__main__":
    unittest.main()
