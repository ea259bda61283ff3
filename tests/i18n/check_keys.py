#!/usr/bin/env python3
"""Every key of the catalogue (core/i18n/messages.hpp) is used by the code, and no code names a
key the catalogue lacks. (That every language has every key is the doctest unit-i18n.cpp's job.)
Run by CTest as i18n.keys; prints each unused or unknown key and exits 1 if there is any."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
messages = (root / "core/i18n/messages.hpp").read_text(encoding="utf-8")
keys = set(re.findall(r"\b[MP]\(([a-z0-9_]+),", messages))
if len(keys) < 10:
    sys.exit(f"check_keys: found only {len(keys)} keys in messages.hpp: has its format changed?")

# The tables of the translations name every key by definition; they do not count as uses.
tables = {"fr.cpp", "it.cpp", "es.cpp", "de.cpp"}
used = {}
for folder in ("core", "web", "native"):
    for path in (root / folder).rglob("*"):
        if path.suffix not in (".cpp", ".hpp") or (path.parent.name == "i18n" and path.name in tables):
            continue
        for key in re.findall(r"\bMsg::([a-z0-9_]+)", path.read_text(encoding="utf-8", errors="replace")):
            used.setdefault(key, path.relative_to(root))

# The page's own sentences are named by their key in quotes: in assets/*.js (assets/words.js
# words them) and in the C++ that hands a key to the page (show_fatal).
for path in [*(root / "assets").glob("*.js"), *(root / "web").rglob("*.cpp")]:
    for key in re.findall(r"""['"](shell_[a-z0-9_]+)['"]""", path.read_text(encoding="utf-8", errors="replace")):
        used.setdefault(key, path.relative_to(root))

unused = sorted(keys - set(used) - {"count"})
unknown = sorted(set(used) - keys - {"count"})
for k in unused:
    print(f"unused catalogue key: {k} (core/i18n/messages.hpp)")
for k in unknown:
    print(f"unknown catalogue key: {k} (named in {used[k]})")
print(f"{len(keys)} keys, {len(keys) - len(unused)} used")
sys.exit(1 if unused or unknown else 0)
