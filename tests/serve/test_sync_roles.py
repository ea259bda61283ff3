"""Roles on the sync server (issue 16): a token's role decides what it may write.

An entry the role may not write is neither dropped nor a failed push: it is kept
as an entry.refused record under its own id (every device folds it into Not
applied), and sending it again answers the same position. The table equals the
core's (`atelier roles`, found through ATELIER_CLI).

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import unittest

from .sync_helpers import SyncTestCase, admin, entry, open_store, token_of

from backend import roles  # noqa: E402  (sync_helpers put the repo on the path)

PAY = {"type": "order.pay", "order": 1, "amount": 10000, "method": "cash"}


class RoleTest(SyncTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = token_of(admin(cls.data, "add-person", "1", "marie", "--role", "staff"))
        cls.manager = token_of(admin(cls.data, "add-person", "1", "jonas", "--role", "manager"))
        cls.seq = 0

    def push(self, token, device, *commands):
        """Pushes one entry per command from `device`; returns (status, reply, the entries)."""
        entries = []
        for c in commands:
            RoleTest.seq += 1
            entries.append(entry(device, RoleTest.seq, c))
        status, _, reply = self.call("POST", "/api/v1/push", token, {"device": device, "entries": entries})
        return status, reply, entries

    def stored(self, pos):
        _, _, reply = self.call("GET", f"/api/v1/pull?after={pos - 1}", self.token)
        return reply["entries"][0]

    def test_the_atelier_reply_names_the_token_s_role(self):
        for token, role in ((self.token, "owner"), (self.manager, "manager"), (self.staff, "staff")):
            status, _, reply = self.call("GET", "/api/v1/atelier", token)
            self.assertEqual(status, 200)
            self.assertEqual(reply["role"], role)

    def test_a_payment_from_staff_is_kept_as_its_refusal_and_a_resend_is_the_same_position(self):
        status, reply, sent = self.push(self.staff, "tab-s1", PAY)
        self.assertEqual(status, 200, reply)
        pos = reply["accepted"][0]
        kept = self.stored(pos)
        self.assertEqual(kept["id"], sent[0]["id"])
        self.assertEqual(kept["who"], "marie")
        self.assertEqual(kept["command"]["type"], "entry.refused")
        self.assertEqual(kept["command"]["entry"], sent[0]["id"])
        self.assertEqual(kept["command"]["what"], "order.pay")
        self.assertEqual(kept["command"]["reason"],
                         "staff may not record payments (order.pay); an owner or a manager can "
                         "(the token's role on the server)")
        self.assertEqual(json.loads(kept["command"]["command"]), PAY)
        # The reply was lost: the device sends the same entry again.
        status, _, again = self.call("POST", "/api/v1/push", self.staff, {"device": "tab-s1", "entries": sent})
        self.assertEqual(status, 200, again)
        self.assertEqual(again["accepted"], [pos])
        self.assertEqual(again["head"], reply["head"])

    def test_staff_work_without_money_is_kept_as_it_is(self):
        notes = {"type": "order.update", "order": 1, "notes": "lining from Lyon"}
        undo_notes = {"type": "undo", "what": "order.update", "changes": [
            {"kind": "order", "id": "1", "from": {"notes": "lining from Lyon", "price": 5000, "payments": []},
             "to": {"notes": "", "price": 5000}}]}
        create = {"type": "order.create", "client": 1, "pipeline": "p", "deadline": "2026-06-01", "price": 0}
        status, reply, sent = self.push(self.staff, "tab-s2", notes, undo_notes, create)
        self.assertEqual(status, 200, reply)
        for pos, e in zip(reply["accepted"], sent):
            self.assertEqual(self.stored(pos)["command"], e["command"])

    def test_staff_prices_refunds_in_a_batch_and_undone_payments_are_refused(self):
        cases = [
            ({"type": "order.update", "order": 1, "price": 1},
             "/price: staff may not set prices (order.update price); an owner or a manager can"),
            ({"type": "batch", "commands": [{"type": "order.update", "order": 1, "notes": "x"},
                                            {"type": "order.refund", "order": 1, "amount": 1}]},
             "/commands/1: staff may not record refunds (order.refund); an owner or a manager can"),
            ({"type": "undo", "what": "order.pay", "changes": [
                {"kind": "order", "id": "1", "from": {"payments": [{"amount": 100}]}, "to": {"payments": []}}]},
             "staff may not undo a change of prices or payments (payments); an owner or a manager can"),
            ({"type": "redo", "what": "atelier.update", "changes": [{"kind": "profile", "from": {}, "to": {}}]},
             "staff may not redo a change of settings or pipelines; an owner or a manager can"),
        ]
        for command, reason in cases:
            with self.subTest(command=command["type"]):
                status, reply, _ = self.push(self.staff, "tab-s3", command)
                self.assertEqual(status, 200, reply)
                kept = self.stored(reply["accepted"][0])["command"]
                self.assertEqual(kept["type"], "entry.refused")
                self.assertEqual(kept["reason"], reason + " (the token's role on the server)")

    def test_legacy_undo_entries_are_for_owners_only(self):
        RoleTest.seq += 1
        legacy = entry("tab-s4", RoleTest.seq, None, undo="order.update", put={"orders": []})
        del legacy["command"]
        status, _, reply = self.call("POST", "/api/v1/push", self.staff, {"device": "tab-s4", "entries": [legacy]})
        self.assertEqual(status, 200, reply)
        kept = self.stored(reply["accepted"][0])
        self.assertEqual(kept["command"]["what"], "undo order.update")
        self.assertNotIn("put", kept)

    def test_a_manager_may_not_change_people_but_takes_payments_and_the_owner_anything(self):
        status, reply, sent = self.push(self.manager, "lap-m", {"type": "person.put", "name": "jonas", "role": "owner"}, PAY)
        self.assertEqual(status, 200, reply)
        refused = self.stored(reply["accepted"][0])["command"]
        self.assertEqual(refused["reason"], "manager may not change the people and their roles (person.put); "
                                            "an owner can (the token's role on the server)")
        self.assertEqual(self.stored(reply["accepted"][1])["command"], PAY)
        status, reply, sent = self.push(self.token, "lap-o", {"type": "person.put", "name": "x", "role": "owner"}, PAY)
        for pos, e in zip(reply["accepted"], sent):
            self.assertEqual(self.stored(pos)["command"], e["command"])

    def test_set_role_changes_what_a_token_may_write_at_once_and_keeps_an_owner(self):
        token = token_of(admin(self.data, "add-person", "1", "carla", "--role", "staff"))
        listing = admin(self.data, "list").stdout
        person_id = next(line.split()[1] for line in listing.splitlines() if "  carla  " in line)
        self.assertIn("carla  staff", listing)
        result = admin(self.data, "set-role", person_id, "manager")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("carla (atelier 1) is now manager, was staff", result.stdout)
        self.assertEqual(self.call("GET", "/api/v1/atelier", token)[2]["role"], "manager")
        status, reply, sent = self.push(token, "tab-c", PAY)
        self.assertEqual(self.stored(reply["accepted"][0])["command"], PAY)
        # The only owner of atelier 1 stays one.
        owner_id = next(line.split()[1] for line in listing.splitlines() if "  ana  " in line)
        result = admin(self.data, "set-role", owner_id, "staff")
        self.assertEqual(result.returncode, 1)
        self.assertIn("'ana' is the only owner of atelier 1: make someone else an owner first", result.stderr)
        bad = admin(self.data, "add-person", "1", "dora", "--role", "boss")
        self.assertNotEqual(bad.returncode, 0)


class MemberMigrationTest(unittest.TestCase):
    def test_a_member_of_an_older_database_is_a_manager(self):
        with tempfile.TemporaryDirectory() as data:
            token_of(admin(data, "create-atelier", "Old", "--code", "OLD", "--owner", "ana"))
            conn = open_store(data).connection()
            conn.execute("INSERT INTO people (atelier_id, name, role, created) VALUES (1, 'ben', 'member', 'x')")
            # A database from before the schema's version was kept: every migration runs.
            conn.execute("DROP TABLE meta")
            open_store(data)
            conn = open_store(data).connection()
            self.assertEqual(conn.execute("SELECT role FROM people WHERE name = 'ben'").fetchone()[0], "manager")
            from backend import schema
            self.assertEqual(conn.execute("SELECT value FROM meta").fetchall(), [(str(schema.LATEST),)])


class RulesMatchTheCoreTest(unittest.TestCase):
    def test_the_server_s_table_is_the_core_s(self):
        cli = os.environ.get("ATELIER_CLI")
        if not cli:
            if os.environ.get("CI") == "true":
                self.fail("ATELIER_CLI is not set: CTest sets it to the built `atelier`")
            self.skipTest("ATELIER_CLI is not set (CTest sets it to the built `atelier`)")
        out = subprocess.run([cli, "roles"], capture_output=True, text=True, timeout=20, check=True).stdout
        self.assertEqual(json.loads(out), roles.RULES)
        self.assertEqual(set(roles.DOING), set(roles.RULES["staff"]["refused"]))


if __name__ == "__main__":
    unittest.main()
