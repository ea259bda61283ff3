#!/usr/bin/env python3
"""Prints deb-src entries (deb822) mirroring the machine's own `deb` entries for its Debian release.

setup.sh fetches the Dear ImGui and qrcodegen sources with `apt-get source`, which needs deb-src
entries. Writing a fixed archive address would fetch from elsewhere than the machine's apt does
(a mirror, a proxy, a local cache) or from nowhere; so each entry here takes the URIs, suites,
components and keyring of a configured `deb` entry. Only entries of the machine's own release
(suites named after its codename: bookworm, bookworm-updates, bookworm-security) are mirrored:
third-party repositories often publish no sources, and a missing index fails `apt-get update`.
The SHA-256 pins in setup.sh stay the guarantee of what is unpacked.

    deb_src.py [--root DIR] [--codename NAME]

`--root` reads DIR/etc/apt/... and DIR/etc/os-release instead of the machine's (tests use
fixtures). Prints nothing when the machine already has a deb-src entry of its release, and exits
1 with a message when it has no `deb` entry to mirror.
"""
import argparse
import glob
import os
import re
import sys


def os_codename(root):
    try:
        with open(os.path.join(root, "etc/os-release"), encoding="utf-8") as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                if key == "VERSION_CODENAME":
                    return value.strip().strip('"')
    except OSError:
        pass
    return ""


def one_line_entries(text):
    """Entries of the one-line format: `deb [opt=value ...] URI suite [component ...]`."""
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s*(.*)$", line)
        if not m:
            continue
        kind, opts, uri, suite, comps = m.groups()
        options = {}
        for opt in (opts or "").split():
            key, _, value = opt.partition("=")
            options[key.lower()] = value
        out.append({
            "types": [kind],
            "uris": [uri],
            "suites": [suite],
            "components": comps.split(),
            "signed-by": options.get("signed-by", ""),
            "enabled": True,
        })
    return out


def deb822_entries(text):
    """Stanzas of the deb822 format, separated by blank lines; '#' lines are comments."""
    out = []
    for stanza in re.split(r"\n\s*\n", text):
        fields, last = {}, None
        for raw in stanza.splitlines():
            if raw.startswith("#") or not raw.strip():
                continue
            if raw[0] in " \t" and last:  # a continuation line (a multi-line Signed-By key)
                fields[last] += "\n" + raw.strip()
                continue
            key, _, value = raw.partition(":")
            last = key.strip().lower()
            fields[last] = value.strip()
        if "types" not in fields or "uris" not in fields:
            continue
        out.append({
            "types": fields["types"].split(),
            "uris": fields["uris"].split(),
            "suites": fields.get("suites", "").split(),
            "components": fields.get("components", "").split(),
            "signed-by": fields.get("signed-by", ""),
            "enabled": fields.get("enabled", "yes").lower() not in ("no", "false", "0"),
        })
    return out


def configured(root):
    entries = []
    apt = os.path.join(root, "etc/apt")
    paths = [os.path.join(apt, "sources.list")] + sorted(glob.glob(os.path.join(apt, "sources.list.d", "*")))
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        if path.endswith(".sources"):
            entries += deb822_entries(text)
        elif path.endswith(".list"):  # other names (.disabled, .save) are ignored, as apt does
            entries += one_line_entries(text)
    return [e for e in entries if e["enabled"]]


def of_release(suite, codename):
    return suite == codename or suite.startswith(codename + "-") or suite.startswith(codename + "/")


def stanza(e, suites):
    lines = ["Types: deb-src", "URIs: " + " ".join(e["uris"]), "Suites: " + " ".join(suites),
             "Components: " + " ".join(e["components"])]
    if e["signed-by"]:
        key = e["signed-by"].split("\n")
        lines.append("Signed-By: " + key[0])
        lines += [" " + (k if k else ".") for k in key[1:]]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default="/")
    ap.add_argument("--codename", default="")
    args = ap.parse_args()
    codename = args.codename or os_codename(args.root)
    if not codename:
        print("deb_src.py: the machine's release has no codename (etc/os-release VERSION_CODENAME)", file=sys.stderr)
        return 1
    entries = configured(args.root)
    if any("deb-src" in e["types"] and any(of_release(s, codename) for s in e["suites"]) for e in entries):
        return 0
    out = []
    for e in entries:
        suites = [s for s in e["suites"] if of_release(s, codename)]
        if "deb" not in e["types"] or not suites or not e["components"]:
            continue
        out.append(stanza(e, suites))
    if not out:
        print("deb_src.py: no deb entry of " + codename + " to take sources from (etc/apt/sources.list*)", file=sys.stderr)
        return 1
    print("\n\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
