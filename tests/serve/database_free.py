"""For the test files that use no data folder, hence no database: the PostgreSQL run of the
suite (ATELIER_TEST_DB, tests/serve/postgres_server.py) would repeat exactly the tests the SQLite
run has just passed, so there they are skipped. Such a file imports `setUpModule` from here."""

from __future__ import annotations

import os
import unittest


def setUpModule() -> None:
    if os.environ.get("ATELIER_TEST_DB"):
        raise unittest.SkipTest("no database used: run once, in the SQLite run")
