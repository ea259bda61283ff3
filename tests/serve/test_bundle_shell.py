"""Tests for web/pwa/bundle_shell.py, the build step that joins the page scripts into shell.js.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from .database_free import setUpModule  # noqa: F401 (unittest calls it: the PostgreSQL run skips this file)

REPO_ROOT = os.environ.get("ATELIER_SOURCE") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASSETS = os.path.join(REPO_ROOT, "assets")
SCRIPT = os.path.join(REPO_ROOT, "web", "pwa", "bundle_shell.py")

_spec = importlib.util.spec_from_file_location("bundle_shell", SCRIPT)
bundle_shell = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_shell)


def sources_of(html: str) -> list[str]:
    return re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', html)


class BundleRealShellTest(unittest.TestCase):
    """The real assets/: what the web build does to a copy of it."""

    def setUp(self):
        self.dist = tempfile.mkdtemp(prefix="atelier-bundle-")
        self.addCleanup(shutil.rmtree, self.dist)
        shutil.copytree(ASSETS, self.dist, dirs_exist_ok=True)
        with open(os.path.join(ASSETS, "index.html"), encoding="utf-8") as f:
            self.page = f.read()

    def run_script(self) -> subprocess.CompletedProcess:
        return subprocess.run(["python3", SCRIPT, ASSETS, self.dist], capture_output=True, text=True, check=False)

    def test_page_loads_shell_then_app_and_the_joined_files_are_gone(self):
        joined = sources_of(self.page)[:-1]
        self.assertGreaterEqual(len(joined), 10)
        r = self.run_script()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(f"{len(joined)} scripts joined", r.stdout)
        with open(os.path.join(self.dist, "index.html"), encoding="utf-8") as f:
            page = f.read()
        self.assertEqual(sources_of(page), ["shell.js", "app.js"])
        for src in joined:
            self.assertFalse(os.path.exists(os.path.join(self.dist, src)), src)
        # Everything else of the page is untouched: only script lines went.
        strip = lambda html: [l for l in html.splitlines() if "<script" not in l]
        self.assertEqual(strip(page), strip(self.page))
        self.assertTrue(os.path.exists(os.path.join(self.dist, "sw.js")))  # not a page script: kept

    def test_shell_holds_every_script_whole_in_page_order(self):
        self.assertEqual(self.run_script().returncode, 0)
        with open(os.path.join(self.dist, "shell.js"), encoding="utf-8") as f:
            shell = f.read()
        at = 0
        for src in sources_of(self.page)[:-1]:
            with open(os.path.join(ASSETS, src), encoding="utf-8") as f:
                body = f.read().rstrip()
            found = shell.find(f"// ---- assets/{src} ----\n{body}\n;\n", at)
            self.assertGreaterEqual(found, at, f"{src} missing, cut or out of order")
            at = found + len(body)
        self.assertFalse(os.listdir(self.dist).count("shell.js.tmp"))

    @unittest.skipUnless(shutil.which("node"), "node checks the joined script's syntax")
    def test_joined_script_parses(self):
        self.assertEqual(self.run_script().returncode, 0)
        r = subprocess.run(["node", "--check", os.path.join(self.dist, "shell.js")], capture_output=True, text=True, check=False)
        self.assertEqual(r.returncode, 0, r.stderr)


class BundleRulesTest(unittest.TestCase):
    """Pages the step must refuse, and joins that must not run two files together."""

    def make(self, page: str, files: dict[str, str]) -> tuple[str, str]:
        assets = tempfile.mkdtemp(prefix="atelier-assets-")
        dist = tempfile.mkdtemp(prefix="atelier-dist-")
        self.addCleanup(shutil.rmtree, assets)
        self.addCleanup(shutil.rmtree, dist)
        for folder in (assets, dist):
            with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
                f.write(page)
            for name, text in files.items():
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    f.write(text)
        return assets, dist

    @staticmethod
    def page(*sources: str) -> str:
        tags = "".join(f'  <script src="{s}"></script>\n' for s in sources)
        return f"<!doctype html>\n<body>\n{tags}</body>\n"

    def test_refuses_a_page_that_does_not_end_with_app_js(self):
        for sources in (("a.js",), ("app.js", "a.js"), ()):
            with self.subTest(sources=sources):
                assets, dist = self.make(self.page(*sources), {"a.js": "1"})
                with self.assertRaises(bundle_shell.BundleError):
                    bundle_shell.bundle(assets, dist)
                self.assertFalse(os.path.exists(os.path.join(dist, "shell.js")))

    def test_refuses_remote_nested_or_repeated_scripts(self):
        for bad in ("https://cdn.example/x.js", "lib/x.js", "a.js"):
            with self.subTest(script=bad):
                assets, dist = self.make(self.page("a.js", bad, "app.js"), {"a.js": "1"})
                with self.assertRaises(bundle_shell.BundleError):
                    bundle_shell.bundle(assets, dist)
                with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
                    self.assertIn('src="a.js"', f.read())  # nothing rewritten

    def test_a_missing_script_fails_the_build(self):
        assets, dist = self.make(self.page("a.js", "gone.js", "app.js"), {"a.js": "1"})
        with self.assertRaises(OSError):
            bundle_shell.bundle(assets, dist)

    @unittest.skipUnless(shutil.which("node"), "node runs the joined script")
    def test_files_without_a_final_semicolon_stay_apart(self):
        # Two IIFEs with no semicolons: joined naively, the second would be called with the first's result.
        files = {"a.js": "globalThis.log = [];\n(function () { log.push('a'); })()",
                 "b.js": "(function () { log.push('b'); })()\n// trailing comment",
                 "c.js": "log.push('c')"}
        assets, dist = self.make(self.page("a.js", "b.js", "c.js", "app.js"), files)
        self.assertEqual(bundle_shell.bundle(assets, dist), ["a.js", "b.js", "c.js"])
        r = subprocess.run(["node", "-e", f"require({os.path.join(dist, 'shell.js')!r}); console.log(log.join(''))"],
                           capture_output=True, text=True, check=False)
        self.assertEqual((r.returncode, r.stdout.strip()), (0, "abc"), r.stderr)


if __name__ == "__main__":
    unittest.main()
