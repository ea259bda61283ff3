#!/usr/bin/env python3
"""A throwaway PostgreSQL server for the backend tests and the load test: Debian's `postgresql`
binaries, a new cluster in a temporary folder, reachable only on a Unix socket in that folder.

    python3 tests/serve/postgres_server.py -- python3 -m unittest discover -s tests/serve -t .

runs the command with ATELIER_TEST_DB set to the server's address (tests/serve/sync_helpers.py
then gives every test's data folder a database of its own), and removes the server after,
whatever the command did; its exit status is the command's.

As root (CI), the server runs as Debian's `postgres` user, which PostgreSQL requires. The
cluster trusts every local connection: it lives only as long as the run, in a folder only its
owner reads. The tests' server skips fsync (`durable=False`): they kill serve.py, never
PostgreSQL; the load test keeps it (its figures are those of a real server).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time


def _bin_dir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    raise RuntimeError("PostgreSQL's server is not installed (Debian: apt install postgresql; "
                       "scripts/setup.sh installs it)")


class PostgresServer:
    def __init__(self, durable: bool = False, max_connections: int = 300):
        self.bin = _bin_dir()
        self.folder = tempfile.mkdtemp(prefix="atelier-pg-")
        self.data = os.path.join(self.folder, "data")
        self.log = os.path.join(self.folder, "server.log")
        self._as = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        settings = [f"-k {self.folder}", "-c listen_addresses=''", f"-c max_connections={max_connections}"]
        if not durable:
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        self._run("pg_ctl", "-D", self.data, "-l", self.log, "-o", " ".join(settings), "-w", "-t", "60", "start")
        self.url = f"postgresql://postgres@/postgres?host={self.folder}"

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([*self._as, os.path.join(self.bin, tool), *args],
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = ""
            if os.path.exists(self.log):
                with open(self.log, encoding="utf-8", errors="replace") as f:
                    log = f.read()[-2000:]
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr.strip()} {log}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        except RuntimeError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "PostgresServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print("usage: postgres_server.py -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1:]
    started = time.monotonic()
    with PostgresServer() as server:
        print(f"PostgreSQL for the tests at {server.url} (started in {time.monotonic() - started:.1f} s)",
              flush=True)
        return subprocess.run(command, env={**os.environ, "ATELIER_TEST_DB": server.url}).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
