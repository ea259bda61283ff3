#!/usr/bin/env python3
"""Write dist/sw.js from the template assets/sw.js with the build id and the app-shell list filled in.

The shell is every file of the web root except sw.js itself, and the build id is a SHA-256 over
their paths and contents (plus the template): any changed byte gives a new id, hence new sw.js
bytes, hence a browser-visible new worker with its own cache `atelier-<id>`. Same files, same id.

    python3 stamp_sw.py TEMPLATE DIST_DIR      # prints the build id
"""

from __future__ import annotations

import hashlib
import json
import os
import sys

BUILD_ID_PLACEHOLDER = "'@BUILD_ID@'"
SHELL_PLACEHOLDER = "['@SHELL@']"


def shell_files(dist: str) -> list[str]:
    """Web-root-relative paths (forward slashes) of everything the worker precaches."""
    found = []
    for folder, dirs, files in os.walk(dist):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            # .tmp: a file some build step is still writing.
            if name.startswith(".") or name.endswith(".tmp"):
                continue
            rel = os.path.relpath(os.path.join(folder, name), dist).replace(os.sep, "/")
            if rel != "sw.js":
                found.append(rel)
    return sorted(found)


def build_id(template: bytes, dist: str, files: list[str]) -> str:
    digest = hashlib.sha256()
    digest.update(template)
    for rel in files:
        with open(os.path.join(dist, rel), "rb") as f:
            content = f.read()
        # Length-prefixed so moving bytes between a name and a file can never collide.
        for part in (rel.encode(), content):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()[:16]


def stamp(template_path: str, dist: str) -> str:
    with open(template_path, "rb") as f:
        template = f.read()
    text = template.decode("utf-8")
    for placeholder in (BUILD_ID_PLACEHOLDER, SHELL_PLACEHOLDER):
        if text.count(placeholder) != 1:
            raise SystemExit(f"stamp_sw.py: {template_path} must contain {placeholder} exactly once")
    files = shell_files(dist)
    ident = build_id(template, dist, files)
    text = (text.replace(BUILD_ID_PLACEHOLDER, json.dumps(ident))
                .replace(SHELL_PLACEHOLDER, json.dumps(files)))
    out = os.path.join(dist, "sw.js")
    data = text.encode("utf-8")
    try:
        with open(out, "rb") as f:
            unchanged = f.read() == data
    except OSError:
        unchanged = False
    if not unchanged:  # keep the mtime, so revalidation stays a cheap 304
        with open(out + ".tmp", "wb") as f:
            f.write(data)
        os.replace(out + ".tmp", out)
    return ident


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print(stamp(argv[0], argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
