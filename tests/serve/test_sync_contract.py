"""The shared sync contract (tests/sync_contract/contract.json) against a real serve.py.

The C++ sync simulation's in-process server runs the same file; the format is
in tests/sync_contract/README.md. Each case gets a fresh atelier whose owner is
"ana", and one test method of its own, so a failure names the case.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import json
import os
import re
import unittest

from .json_pattern import mismatch, pattern_problem
from .sync_helpers import REPO_ROOT, SyncTestCase, open_store

from backend import people  # noqa: E402  (sync_helpers put the repo on the path)

CONTRACT = os.path.join(REPO_ROOT, "tests", "sync_contract", "contract.json")

# action -> the keys its argument must have exactly (None: any JSON object, sent as the body)
ACTIONS = {
    "push": None,
    "pull": ("after",),
    "numbers": None,
    "snapshot_put": ("pos", "body"),
    "snapshot_get": (),
    "hash": None,
    "atelier": (),
    "push_generated": ("device", "from_seq", "count", "per_push"),
}
INT_ARGS = ("after", "pos", "from_seq", "count", "per_push")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def step_problem(step) -> str | None:
    """What makes a step break the format, or None."""
    if not isinstance(step, dict):
        return "a step is an object"
    actions = [k for k in step if k in ACTIONS]
    if len(actions) != 1:
        return f"a step has exactly one action of {', '.join(ACTIONS)}; got {actions}"
    action = actions[0]
    extra = set(step) - {action, "status", "reply"}
    if extra:
        return f"unknown step keys {sorted(extra)}"
    if not _is_int(step.get("status")):
        return "status must be an integer"
    arg = step[action]
    if not isinstance(arg, dict):
        return f"{action}: takes an object"
    keys = ACTIONS[action]
    if keys is not None:
        if sorted(arg) != sorted(keys):
            return f"{action}: takes exactly {list(keys)}"
        for key in keys:
            if key in INT_ARGS and not _is_int(arg[key]):
                return f"{action}/{key}: must be an integer"
    if action == "push_generated" and (arg["count"] < 1 or arg["per_push"] < 1):
        return "push_generated: count and per_push must be at least 1"
    if action == "snapshot_put" and not isinstance(arg["body"], dict):
        return "snapshot_put/body: must be an object"
    if "reply" in step:
        return pattern_problem(step["reply"])
    return None


def generated_entry(device: str, seq: int) -> dict:
    return {"id": f"{device}.{seq}", "device": device, "seq": seq, "at": "2026-03-01T09:00",
            "app_version": "0.1.0", "command": {"type": "order.note", "order": 1, "note": f"n{seq}"}}


def requests_of(action: str, arg: dict) -> list[tuple[str, str, object]]:
    """The HTTP requests one step makes: (method, path, JSON body or None)."""
    if action == "push":
        return [("POST", "/api/v1/push", arg)]
    if action == "pull":
        return [("GET", f"/api/v1/pull?after={arg['after']}", None)]
    if action == "numbers":
        return [("POST", "/api/v1/numbers", arg)]
    if action == "snapshot_put":
        return [("PUT", f"/api/v1/snapshot?pos={arg['pos']}", arg["body"])]
    if action == "snapshot_get":
        return [("GET", "/api/v1/snapshot", None)]
    if action == "hash":
        return [("POST", "/api/v1/hash", arg)]
    if action == "atelier":
        return [("GET", "/api/v1/atelier", None)]
    device, first, end = arg["device"], arg["from_seq"], arg["from_seq"] + arg["count"]
    return [("POST", "/api/v1/push",
             {"device": device,
              "entries": [generated_entry(device, s) for s in range(start, min(start + arg["per_push"], end))]})
            for start in range(first, end, arg["per_push"])]


def load_cases() -> list[dict]:
    with open(CONTRACT, encoding="utf-8") as f:
        return json.load(f)["cases"]


def method_name(case_name: str) -> str:
    return "test_" + re.sub(r"[^0-9a-zA-Z]+", "_", case_name).strip("_").lower()


class ContractTest(SyncTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # In-process rather than `serve.py admin` (the same code): a third of a
        # second per case otherwise, for two dozen cases.
        cls.db = open_store(cls.data)

    def fresh_atelier(self) -> str:
        _, token = people.create_atelier(self.db, "Contract", "CTR", "ana")
        return token

    def run_case(self, case: dict) -> None:
        for i, step in enumerate(case["steps"]):
            problem = step_problem(step)
            self.assertIsNone(problem, f"step {i} breaks the contract format")
        token = self.fresh_atelier()
        for i, step in enumerate(case["steps"]):
            action = next(k for k in step if k in ACTIONS)
            reply = None
            for method, path, body in requests_of(action, step[action]):
                status, _, reply = self.call(method, path, token, body)
                self.assertEqual(status, step["status"],
                                 f"step {i} ({action}, {method} {path}): status; reply {str(reply)[:300]}")
            if "reply" in step:
                problem = mismatch(step["reply"], reply)
                self.assertIsNone(problem, f"step {i} ({action}): reply {str(reply)[:300]}")


class ContractFileTest(unittest.TestCase):
    def test_cases_are_named_once_and_have_steps(self):
        with open(CONTRACT, encoding="utf-8") as f:
            contract = json.load(f)
        self.assertEqual(list(contract), ["cases"])
        names = [method_name(c["name"]) for c in contract["cases"]]
        self.assertEqual(len(names), len(set(names)), "two cases share a name")
        for case in contract["cases"]:
            self.assertEqual(sorted(case), ["name", "steps"], case.get("name"))
            self.assertTrue(case["steps"], case["name"])
            for i, step in enumerate(case["steps"]):
                self.assertIsNone(step_problem(step), f"{case['name']}, step {i}")

    def test_malformed_steps_are_refused(self):
        for step in [{"status": 200}, {"pull": {"after": 0}, "atelier": {}, "status": 200},
                     {"pull": {"after": 0}}, {"pull": {"after": 0}, "status": "200"},
                     {"pull": {"after": 0, "wait": 5}, "status": 200}, {"pull": {}, "status": 200},
                     {"pull": {"after": "0"}, "status": 200}, {"atelier": {}, "status": 200, "note": 1},
                     {"push": [], "status": 200}, {"snapshot_put": {"pos": 0, "body": []}, "status": 200},
                     {"push_generated": {"device": "d", "from_seq": 1, "count": 0, "per_push": 5},
                      "status": 200},
                     {"atelier": {}, "status": 200, "reply": {"x": {"$absnet": True}}}]:
            with self.subTest(step=step):
                self.assertIsNotNone(step_problem(step))

    def test_push_generated_splits_into_pushes(self):
        pushes = requests_of("push_generated", {"device": "d1", "from_seq": 1, "count": 1200, "per_push": 500})
        self.assertEqual([(m, p) for m, p, _ in pushes], [("POST", "/api/v1/push")] * 3)
        seqs = [[e["seq"] for e in body["entries"]] for _, _, body in pushes]
        self.assertEqual([len(s) for s in seqs], [500, 500, 200])
        self.assertEqual(sum(seqs, []), list(range(1, 1201)))
        self.assertEqual(pushes[2][2]["entries"][-1], {
            "id": "d1.1200", "device": "d1", "seq": 1200, "at": "2026-03-01T09:00", "app_version": "0.1.0",
            "command": {"type": "order.note", "order": 1, "note": "n1200"}})
        self.assertEqual({body["device"] for _, _, body in pushes}, {"d1"})


def _add_case_methods() -> None:
    for case in load_cases():
        def test(self, case=case):
            self.run_case(case)
        test.__doc__ = case["name"]
        setattr(ContractTest, method_name(case["name"]), test)


_add_case_methods()


if __name__ == "__main__":
    unittest.main()
