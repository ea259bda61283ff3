"""scripts/deb_src.py against fixtures of each apt sources format (issue 22): the deb-src entries
setup.sh writes take the URIs, suites, components and keyring of the machine's own `deb` entries."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(SOURCE, "scripts", "deb_src.py")


def machine(files, codename="bookworm"):
    """A fake root with etc/os-release and the given etc/apt files; returns its path."""
    root = tempfile.mkdtemp(prefix="deb-src-")
    os.makedirs(os.path.join(root, "etc/apt/sources.list.d"))
    with open(os.path.join(root, "etc/os-release"), "w", encoding="utf-8") as f:
        f.write('PRETTY_NAME="Debian GNU/Linux"\nVERSION_CODENAME=%s\nID=debian\n' % codename)
    for name, text in files.items():
        with open(os.path.join(root, "etc/apt", name), "w", encoding="utf-8") as f:
            f.write(text)
    return root


def run(root):
    return subprocess.run([sys.executable, SCRIPT, "--root", root], capture_output=True, text=True)


class DebSrcFromTheMachinesSources(unittest.TestCase):
    def test_deb822_behind_a_company_mirror(self):
        root = machine({"sources.list.d/debian.sources": """Types: deb
# the company's cache of the archive
URIs: http://apt-cache.corp.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://apt-cache.corp.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://old.corp.example/debian
Suites: bookworm
Components: main
Enabled: no
""", "sources.list.d/nodesource.sources": """Types: deb
URIs: https://deb.nodesource.example/node_20.x
Suites: nodistro
Components: main
Signed-By: /etc/apt/keyrings/nodesource.gpg
"""})
        r = run(root)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), """Types: deb-src
URIs: http://apt-cache.corp.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://apt-cache.corp.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg""")

    def test_one_line_format_of_a_later_release_with_options(self):
        root = machine({"sources.list": """# deb-src http://mirror.local/debian trixie main
deb [arch=amd64 signed-by=/usr/share/keyrings/local-mirror.gpg] http://mirror.local/debian trixie main non-free-firmware
deb http://mirror.local/debian-security trixie-security main  # security
deb https://packages.vendor.example/apt stable main
""", "sources.list.d/proxy.list": "deb http://10.0.0.5:3142/debian trixie-updates main\n",
            "sources.list.d/old.list.save": "deb http://elsewhere.example/debian trixie main\n"}, codename="trixie")
        r = run(root)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), """Types: deb-src
URIs: http://mirror.local/debian
Suites: trixie
Components: main non-free-firmware
Signed-By: /usr/share/keyrings/local-mirror.gpg

Types: deb-src
URIs: http://mirror.local/debian-security
Suites: trixie-security
Components: main

Types: deb-src
URIs: http://10.0.0.5:3142/debian
Suites: trixie-updates
Components: main""")

    def test_an_inline_key_is_kept_whole(self):
        root = machine({"sources.list.d/debian.sources": """Types: deb
URIs: http://mirror.example/debian
Suites: bookworm
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mQINBGPL0BUBEADmW5NlOsGsFs
 -----END PGP PUBLIC KEY BLOCK-----
"""})
        r = run(root)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Signed-By: \n -----BEGIN PGP PUBLIC KEY BLOCK-----\n .\n mQINBGPL0BUBEADmW5NlOsGsFs\n -----END PGP PUBLIC KEY BLOCK-----", r.stdout)

    def test_nothing_written_when_the_release_has_sources_already(self):
        root = machine({"sources.list": "deb http://m.example/debian bookworm main\ndeb-src http://m.example/debian bookworm main\n"})
        r = run(root)
        self.assertEqual((r.returncode, r.stdout), (0, ""), r.stderr)

    def test_no_entry_of_the_release_is_a_clear_error(self):
        root = machine({"sources.list": "deb https://packages.vendor.example/apt stable main\n"})
        r = run(root)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, "")
        self.assertIn("no deb entry of bookworm", r.stderr)

    def test_the_setup_script_names_no_archive_host(self):
        with open(os.path.join(SOURCE, "scripts", "setup.sh"), encoding="utf-8") as f:
            text = f.read()
        self.assertNotIn("deb.debian.org", text)
        self.assertNotRegex(text, r"URIs:\s*http")
        self.assertIn("deb_src.py", text)


if __name__ == "__main__":
    unittest.main()
