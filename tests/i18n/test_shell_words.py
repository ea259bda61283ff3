#!/usr/bin/env python3
"""web/pwa/shell_words.py: the page's own sentences (shell_ keys) reach dist/words.js in every
language, placeholders intact, and a build without the marker fails instead of shipping keys."""
import importlib.util
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "web" / "pwa" / "shell_words.py"
_spec = importlib.util.spec_from_file_location("shell_words", SCRIPT)
shell_words = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shell_words)


def placeholders(text):
    return sorted(set(re.findall(r"\{([a-z_]+)\}", text)))


class ShellWords(unittest.TestCase):
    def setUp(self):
        self.dist = tempfile.mkdtemp()
        shutil.copy(ROOT / "assets" / "words.js", self.dist)

    def tearDown(self):
        shutil.rmtree(self.dist)

    def filled_table(self):
        text = pathlib.Path(self.dist, "words.js").read_text(encoding="utf-8")
        self.assertNotIn(shell_words.MARKER, text)
        m = re.search(r"const table = (\{.*?\});\n", text)
        self.assertIsNotNone(m, "the table is where the marker was")
        return json.loads(m.group(1))

    def test_every_language_has_every_sentence_with_its_placeholders(self):
        shell_words.fill(str(ROOT), self.dist)
        table = self.filled_table()
        self.assertEqual(sorted(table), ["de", "en", "es", "fr", "it"])
        self.assertGreaterEqual(len(table["en"]), 20)
        for code in ("fr", "it", "es", "de"):
            self.assertEqual(sorted(table[code]), sorted(table["en"]), code)
            for key, english in table["en"].items():
                self.assertEqual(placeholders(table[code][key]), placeholders(english), f"{code} {key}")
                self.assertNotEqual(table[code][key], english, f"{code} {key} is still the English")

    def test_escapes_are_read_as_the_compiler_reads_them(self):
        shell_words.fill(str(ROOT), self.dist)
        table = self.filled_table()
        self.assertEqual(table["en"]["shell_follow_failed"], "could not read the other tab's changes: {reason}")
        self.assertEqual(table["fr"]["shell_loading"], "Chargement d’Atelier…")
        self.assertEqual(shell_words.unescaped(r'say \"CSV UTF-8\" \\ now'), 'say "CSV UTF-8" \\ now')
        with self.assertRaises(shell_words.WordsError):
            shell_words.unescaped(r"\x41")

    def test_every_key_the_page_names_is_in_the_table(self):
        shell_words.fill(str(ROOT), self.dist)
        table = self.filled_table()
        named = set()
        for path in [*(ROOT / "assets").glob("*.js"), *(ROOT / "web").rglob("*.cpp")]:
            named |= set(re.findall(r"""['"](shell_[a-z0-9_]+)['"]""", path.read_text(encoding="utf-8")))
        self.assertTrue(named)
        self.assertEqual(sorted(named - set(table["en"])), [])

    def test_a_words_js_without_the_marker_fails_the_build(self):
        pathlib.Path(self.dist, "words.js").write_text("const table = {};\n", encoding="utf-8")
        r = subprocess.run(["python3", str(SCRIPT), str(ROOT), self.dist], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn("marker", r.stderr)


if __name__ == "__main__":
    unittest.main()
