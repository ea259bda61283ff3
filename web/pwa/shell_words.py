#!/usr/bin/env python3
"""Fill dist/words.js with the catalogue's shell_ sentences in every language.

The page's own sentences (the loading line, banners, alerts, a fatal error before the app runs)
come from the same catalogue as the app's (core/i18n): their keys start with shell_, their English
is in messages.hpp and their translations in the language tables. assets/words.js holds the marker
`{} /*SHELL_WORDS*/`; the web build, after copying assets/ into dist/, replaces it there with
{"en": {key: text}, "fr": {...}, ...}. A shell_ key missing from a table is left out (the page
then says it in English, as the app does).

    python3 shell_words.py SOURCE_ROOT DIST_DIR
"""

from __future__ import annotations

import json
import os
import re
import sys

MARKER = "{} /*SHELL_WORDS*/"
TABLES = {"fr": "fr.cpp", "it": "it.cpp", "es": "es.cpp", "de": "de.cpp"}
C_STRING = r'"((?:[^"\\]|\\.)*)"'
ENGLISH = re.compile(r"\bM\((shell_[a-z0-9_]+),\s*" + C_STRING + r"\)")
TRANSLATED = re.compile(r"\{Msg::(shell_[a-z0-9_]+),\s*" + C_STRING + r"\}")
ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


class WordsError(Exception):
    pass


def unescaped(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) not in ESCAPES:
            raise WordsError(f"escape \\{m.group(1)} in {text!r} is not one shell_words.py reads")
        return ESCAPES[m.group(1)]
    return re.sub(r"\\(.)", one, text)


def words(i18n_dir: str) -> dict[str, dict[str, str]]:
    def read(name: str) -> str:
        with open(os.path.join(i18n_dir, name), encoding="utf-8") as f:
            return f.read()
    out = {"en": {k: unescaped(v) for k, v in ENGLISH.findall(read("messages.hpp"))}}
    if not out["en"]:
        raise WordsError("no shell_ sentence in messages.hpp")
    for code, name in TABLES.items():
        out[code] = {k: unescaped(v) for k, v in TRANSLATED.findall(read(name)) if k in out["en"]}
    return out


def fill(source_root: str, dist: str) -> int:
    path = os.path.join(dist, "words.js")
    with open(path, encoding="utf-8") as f:
        script = f.read()
    if script.count(MARKER) != 1:
        raise WordsError(f"{path} must hold the marker {MARKER!r} once")
    table = words(os.path.join(source_root, "core", "i18n"))
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(script.replace(MARKER, json.dumps(table, ensure_ascii=False, sort_keys=True)))
    os.replace(path + ".tmp", path)
    return len(table["en"])


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    try:
        n = fill(argv[1], argv[2])
    except (WordsError, OSError) as e:
        print(f"shell_words.py: {e}", file=sys.stderr)
        return 1
    print(f"words.js: {n} shell sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
