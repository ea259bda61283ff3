#!/usr/bin/env python3
"""Join the shell's page scripts into one dist/shell.js and point dist/index.html at it.

assets/ keeps one small script per job (input, bridge, PWA, each storage job), listed in order in
assets/index.html. Served that way, every one is a separate request through the service worker,
and the first of them ran ~100 ms later than one joined file does (cold-start bench, issue 12).
So the web build joins them, in the page's order, into shell.js and leaves app.js (Emscripten's
output, the page's last script) as it is. Each part is preceded by a comment naming its source
and followed by a semicolon, so a part that ends without one cannot run into the next.

    python3 bundle_shell.py ASSETS_DIR DIST_DIR      # after assets/ was copied into DIST_DIR
"""

from __future__ import annotations

import os
import re
import sys

BUNDLE = "shell.js"
LAST = "app.js"
SCRIPT_TAG = re.compile(r'^[ \t]*<script src="([^"]+)"></script>[ \t]*\n', re.M)


class BundleError(Exception):
    pass


def page_scripts(html: str) -> list[str]:
    """The page's script sources in order; the last must be app.js, the others local files."""
    sources = SCRIPT_TAG.findall(html)
    if not sources or sources[-1] != LAST:
        raise BundleError(f"index.html must end its scripts with {LAST}; found {sources}")
    if len(set(sources)) != len(sources):
        raise BundleError(f"index.html lists a script twice: {sources}")
    for src in sources[:-1]:
        if "/" in src or ":" in src or not src.endswith(".js") or src == BUNDLE:
            raise BundleError(f"index.html script {src!r} is not a shell file that can be joined")
    return sources[:-1]


def joined(assets: str, sources: list[str]) -> str:
    parts = []
    for src in sources:
        with open(os.path.join(assets, src), encoding="utf-8") as f:
            parts.append(f"// ---- assets/{src} ----\n{f.read().rstrip()}\n;\n")
    return "".join(parts)


def rewritten(html: str, sources: list[str]) -> str:
    first = True

    def swap(m: re.Match) -> str:
        nonlocal first
        if m.group(1) == LAST:
            return m.group(0)
        if first:
            first = False
            return m.group(0).replace(m.group(1), BUNDLE)
        return ""

    return SCRIPT_TAG.sub(swap, html)


def bundle(assets: str, dist: str) -> list[str]:
    with open(os.path.join(assets, "index.html"), encoding="utf-8") as f:
        html = f.read()
    sources = page_scripts(html)
    text = joined(assets, sources)
    page = rewritten(html, sources)
    # Written beside and renamed: stamp_sw.py skips .tmp files, and a half-written bundle is never served.
    for name, content in ((BUNDLE, text), ("index.html", page)):
        tmp = os.path.join(dist, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, os.path.join(dist, name))
    # The joined files are not served: left in dist they would be precached for nothing.
    for src in sources:
        try:
            os.remove(os.path.join(dist, src))
        except FileNotFoundError:
            pass
    return sources


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    try:
        sources = bundle(argv[1], argv[2])
    except (BundleError, OSError) as e:
        print(f"bundle_shell.py: {e}", file=sys.stderr)
        return 1
    print(f"{BUNDLE}: {len(sources)} scripts joined")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
