"""scripts/load_sync.py still runs: a few seconds of its load, and its verdict.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unittest

from .sync_helpers import REPO_ROOT, postgres_only

LOAD_SYNC = os.path.join(REPO_ROOT, "scripts", "load_sync.py")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, LOAD_SYNC, *args], capture_output=True, text=True,
                          timeout=120, cwd=REPO_ROOT)


class LoadSmokeTest(unittest.TestCase):
    def test_a_short_run_passes_with_every_route_measured(self):
        result = run("--clients", "4", "--seconds", "3", "--p99-limit", "1000")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        out = result.stdout
        self.assertIn("rate limiter is opened wide", out)
        self.assertIn("1 atelier(s) of 1,000 orders each", out)
        for route in ("POST /api/v1/push", "GET /api/v1/pull", "all"):
            row = re.search(rf"^{re.escape(route)} +(\d+) ", out, re.MULTILINE)
            self.assertIsNotNone(row, out)
            self.assertGreater(int(row.group(1)), 0, out)
        self.assertIn("errors: 0", out)
        self.assertRegex(out, r"p99 over all requests [\d.]+ ms, limit 1000 ms: PASS")

    @postgres_only
    def test_many_ateliers_through_two_processes_on_postgresql(self):
        result = run("--postgres", "--processes", "2", "--ateliers", "4", "--clients", "8", "--orders", "10",
                     "--seconds", "3", "--think", "20", "--p99-limit", "3000")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        out = result.stdout
        self.assertIn("2 serve.py process(es)", out)
        self.assertIn("4 atelier(s) of 10 orders each", out)
        self.assertRegex(out, r"logs: heads 120 -> [\d,]+ over 4 atelier\(s\)")
        self.assertIn("errors: 0", out)

    def test_processes_need_postgresql(self):
        result = run("--processes", "2", "--seconds", "1")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--processes above 1 needs --postgres", result.stderr)

    def test_a_p99_over_the_limit_fails(self):
        result = run("--clients", "1", "--seconds", "1", "--orders", "10", "--p99-limit", "0.001")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("errors: 0", result.stdout)
        self.assertIn("limit 0.001 ms: FAIL", result.stdout)


if __name__ == "__main__":
    unittest.main()
