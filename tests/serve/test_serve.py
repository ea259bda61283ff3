"""Tests for serve.py, the static server for the built web app.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v

ATELIER_SOURCE may point at the repo root (e.g. when tests run from a copy);
otherwise the root is found relative to this file.
"""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import io
import os
import re
import select
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest

from .database_free import setUpModule  # noqa: F401 (unittest calls it: the PostgreSQL run skips this file)

REPO_ROOT = os.environ.get("ATELIER_SOURCE") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVE_PY = os.path.join(REPO_ROOT, "serve.py")

_spec = importlib.util.spec_from_file_location("atelier_serve", SERVE_PY)
serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve)

URL_LINE = re.compile(r"^Atelier is served at (https?)://127\.0\.0\.1:(\d+)/$")

SECRET = b"TOP-SECRET-must-never-be-served"
INDEX_HTML = b"<!doctype html><title>Atelier</title><p>root index</p>\n"
APP_JS = b"console.log('atelier app');\n"
APP_WASM = b"\x00asm\x01\x00\x00\x00" + bytes(range(256))
MANIFEST = b'{"name": "Atelier", "start_url": "/"}\n'
SW_JS = b"self.addEventListener('fetch', () => {});\n"
SUB_INDEX = b"<p>sub index</p>\n"
BIG_SIZE = 8 * 1024 * 1024

# Every way we know of to climb out of the web root. None may return the
# secret file, /etc/passwd, or anything but 404.
TRAVERSAL_PATHS = [
    b"/../secret.txt",
    b"/../../../../../../../../etc/passwd",
    b"/sub/../../secret.txt",
    b"/%2e%2e/secret.txt",
    b"/%2E%2E/secret.txt",
    b"/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    b"/.%2e/secret.txt",
    b"/%2e./secret.txt",
    b"/..%2fsecret.txt",
    b"/..%2Fsecret.txt",
    b"/%2e%2e%2fsecret.txt",
    b"/%252e%252e/secret.txt",
    b"/%252e%252e%252fsecret.txt",
    b"/%252E%252E/%252E%252E/etc/passwd",
    b"/..\\secret.txt",
    b"/sub\\..\\..\\secret.txt",
    b"/%5c..%5csecret.txt",
    b"/..%5csecret.txt",
    b"//etc/passwd",
    b"///etc/passwd",
    b"/%2fetc/passwd",
    b"/index.html%00.png",
    b"/index.html\x00.png",
    b"/%c0%ae%c0%ae/secret.txt",  # overlong UTF-8 '.'
    b"/link-to-secret.txt",
    b"/link-to-outside/secret.txt",
    b"/link-to-outside/",
    b"/sub/link-up/secret.txt",
]


def _make_tree(base: str) -> str:
    """Build <base>/dist (the web root) and <base>/secret.txt outside it."""
    root = os.path.join(base, "dist")
    os.makedirs(os.path.join(root, "sub"))
    os.makedirs(os.path.join(root, "empty"))
    files = {
        "index.html": INDEX_HTML,
        "app.js": APP_JS,
        "app.wasm": APP_WASM,
        "manifest.webmanifest": MANIFEST,
        "sw.js": SW_JS,
        "sub/index.html": SUB_INDEX,
        "style.css": b"body{}",
        "icon.png": b"\x89PNG\r\n\x1a\n",
        "icon.svg": b"<svg/>",
        "font.ttf": b"ttf",
        "font.otf": b"otf",
        "favicon.ico": b"ico",
        "data.json": b"{}",
        "app.data": b"data",
        "README": b"no extension",
        "big.data": os.urandom(1024) * (BIG_SIZE // 1024),
    }
    for name, content in files.items():
        with open(os.path.join(root, name), "wb") as f:
            f.write(content)
    with open(os.path.join(base, "secret.txt"), "wb") as f:
        f.write(SECRET)
    # Links that stay inside the root are fine; links out must be refused.
    os.symlink(os.path.join(base, "secret.txt"), os.path.join(root, "link-to-secret.txt"))
    os.symlink(base, os.path.join(root, "link-to-outside"))
    os.symlink("../..", os.path.join(root, "sub", "link-up"))
    os.symlink("app.js", os.path.join(root, "link-inside.js"))
    return root


def raw_request(port: int, request: bytes, tls_context: ssl.SSLContext | None = None):
    """Send bytes verbatim (no client-side path normalisation) and read to EOF.

    Returns (status, headers dict with lower-case names, body bytes).
    """
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    if tls_context is not None:
        sock = tls_context.wrap_socket(sock, server_hostname="localhost")
    with sock:
        sock.sendall(request)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return parse_response(b"".join(chunks))


def parse_response(data: bytes):
    """(status, headers dict with lower-case names, body) of one raw response."""
    head, sep, body = data.partition(b"\r\n\r\n")
    assert sep, f"no header terminator in response: {data[:200]!r}"
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower().decode()] = value.strip().decode()
    return status, headers, body


def raw_get(port: int, path: bytes, method: bytes = b"GET"):
    # HTTP/1.0 so the server closes the connection after one response.
    return raw_request(port, method + b" " + path + b" HTTP/1.0\r\nHost: localhost\r\n\r\n")


class _ServeProcess:
    """serve.py run as a subprocess, the way scripts and e2e tests use it."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, SERVE_PY, "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT)
        # Guard against a server that never prints: kill it so readline returns.
        timer = threading.Timer(10, self.proc.kill)
        timer.start()
        try:
            self.first_line = self.proc.stdout.readline().decode()
        finally:
            timer.cancel()
        match = URL_LINE.match(self.first_line.rstrip("\n"))
        if not match:
            self.stop()
            raise AssertionError(f"unexpected first stdout line {self.first_line!r}; "
                                 f"stderr: {self.stderr!r}")
        self.scheme = match.group(1)
        self.port = int(match.group(2))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        out, err = self.proc.communicate(timeout=10)
        self.rest_of_stdout = out.decode()
        self.stderr = err.decode()


def _run_serve(*args: str, timeout: float = 10) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SERVE_PY, *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO_ROOT)


class ServerTestCase(unittest.TestCase):
    """One in-process server (make_server on port 0) shared by the class."""

    server_options: dict = {}  # extra make_server arguments

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="atelier-serve-test-")
        cls.root = _make_tree(cls.tmp)
        cls.server = serve.make_server(cls.root, "127.0.0.1", 0, quiet=True,
                                       **cls.server_options)
        cls.port = cls.server.server_address[1]
        cls.thread = threading.Thread(target=cls.server.serve_forever, daemon=True)
        cls.thread.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        cls.thread.join(timeout=5)
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def get(self, path: str, method: str = "GET", headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request(method, path, headers=headers or {})
            resp = conn.getresponse()
            return resp, resp.read()
        finally:
            conn.close()


class ContentTest(ServerTestCase):
    def test_root_serves_index_html(self):
        resp, body = self.get("/")
        self.assertEqual(resp.status, 200)
        self.assertEqual(body, INDEX_HTML)
        self.assertEqual(resp.getheader("Content-Type"), "text/html; charset=utf-8")

    def test_files_served_byte_exact_with_correct_length(self):
        for path, expected in [("/app.js", APP_JS), ("/app.wasm", APP_WASM),
                               ("/manifest.webmanifest", MANIFEST), ("/sw.js", SW_JS),
                               ("/index.html", INDEX_HTML), ("/sub/", SUB_INDEX),
                               ("/sub/index.html", SUB_INDEX), ("/app.js?v=3#x", APP_JS),
                               ("/link-inside.js", APP_JS)]:
            with self.subTest(path=path):
                resp, body = self.get(path)
                self.assertEqual(resp.status, 200)
                self.assertEqual(body, expected)
                self.assertEqual(int(resp.getheader("Content-Length")), len(expected))

    def test_large_file(self):
        resp, body = self.get("/big.data")
        self.assertEqual(resp.status, 200)
        self.assertEqual(len(body), BIG_SIZE)
        with open(os.path.join(self.root, "big.data"), "rb") as f:
            self.assertEqual(body, f.read())

    def test_mime_types(self):
        expected = {
            "/app.wasm": "application/wasm",
            "/app.js": "text/javascript",
            "/manifest.webmanifest": "application/manifest+json",
            "/data.json": "application/json",
            "/index.html": "text/html; charset=utf-8",
            "/style.css": "text/css",
            "/icon.png": "image/png",
            "/icon.svg": "image/svg+xml",
            "/font.otf": "font/otf",
            "/font.ttf": "font/ttf",
            "/app.data": "application/octet-stream",
            "/favicon.ico": "image/x-icon",
            "/README": "application/octet-stream",
        }
        for path, ctype in expected.items():
            with self.subTest(path=path):
                resp, _ = self.get(path)
                self.assertEqual(resp.status, 200)
                self.assertEqual(resp.getheader("Content-Type"), ctype)

    def test_content_type_function_ignores_host_mime_db(self):
        self.assertEqual(serve.content_type("/x/A.WASM"), "application/wasm")
        self.assertEqual(serve.content_type("a.js"), "text/javascript")
        self.assertEqual(serve.content_type("a.webmanifest"), "application/manifest+json")
        self.assertEqual(serve.content_type("a.unknownext"), "application/octet-stream")
        self.assertEqual(serve.content_type("Makefile"), "application/octet-stream")

    def test_headers(self):
        for path in ["/sw.js", "/index.html", "/", "/manifest.webmanifest", "/app.wasm"]:
            with self.subTest(path=path):
                resp, _ = self.get(path)
                self.assertEqual(resp.getheader("Cache-Control"), "no-cache")
                self.assertEqual(resp.getheader("X-Content-Type-Options"), "nosniff")
        resp, _ = self.get("/sw.js")
        self.assertEqual(resp.getheader("Service-Worker-Allowed"), "/")
        resp, _ = self.get("/app.js")
        self.assertIsNone(resp.getheader("Service-Worker-Allowed"))
        self.assertEqual(resp.getheader("Server"), "Atelier")

    def test_nosniff_on_errors(self):
        resp, _ = self.get("/missing.js")
        self.assertEqual(resp.status, 404)
        self.assertEqual(resp.getheader("X-Content-Type-Options"), "nosniff")
        resp, _ = self.get("/", method="POST")
        self.assertEqual(resp.getheader("X-Content-Type-Options"), "nosniff")

    def test_head_sends_headers_only(self):
        resp, body = self.get("/app.wasm", method="HEAD")
        self.assertEqual(resp.status, 200)
        self.assertEqual(body, b"")
        self.assertEqual(resp.getheader("Content-Type"), "application/wasm")
        self.assertEqual(int(resp.getheader("Content-Length")), len(APP_WASM))
        # Raw read to EOF: http.client would hide stray body bytes after HEAD.
        status, headers, body = raw_get(self.port, b"/app.wasm", b"HEAD")
        self.assertEqual(status, 200)
        self.assertEqual(int(headers["content-length"]), len(APP_WASM))
        self.assertEqual(body, b"")

    def test_other_methods_405(self):
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"]:
            with self.subTest(method=method):
                resp, body = self.get("/index.html", method=method)
                self.assertEqual(resp.status, 405)
                self.assertEqual(resp.getheader("Allow"), "GET, HEAD")
                self.assertNotIn(b"root index", body)

    def test_if_modified_since_gives_304(self):
        resp, _ = self.get("/app.js")
        last_modified = resp.getheader("Last-Modified")
        self.assertTrue(last_modified)
        resp, body = self.get("/app.js", headers={"If-Modified-Since": last_modified})
        self.assertEqual(resp.status, 304)
        self.assertEqual(body, b"")
        self.assertEqual(resp.getheader("Cache-Control"), "no-cache")
        resp, body = self.get("/app.js",
                              headers={"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"})
        self.assertEqual(resp.status, 200)
        self.assertEqual(body, APP_JS)

    def test_keep_alive_multiple_requests(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            for path, expected in [("/app.js", APP_JS), ("/sw.js", SW_JS), ("/", INDEX_HTML)]:
                conn.request("GET", path)
                resp = conn.getresponse()
                self.assertEqual(resp.read(), expected)
        finally:
            conn.close()

    def test_kept_alive_requests_are_not_held_by_delayed_acks(self):
        # With Nagle on, each request after the first waited ~40 ms for the
        # client's delayed ACK of the headers before the body went out.
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        took = []
        try:
            for _ in range(11):
                start = time.perf_counter()
                conn.request("GET", "/sw.js")
                self.assertEqual(conn.getresponse().read(), SW_JS)
                took.append(time.perf_counter() - start)
        finally:
            conn.close()
        self.assertLess(sorted(took[1:])[5], 0.02, took)

    def test_missing_and_directory_without_index_404(self):
        for path in ["/nope.js", "/empty/", "/empty", "/sub/nope.html"]:
            with self.subTest(path=path):
                resp, body = self.get(path)
                self.assertEqual(resp.status, 404)
                self.assertNotIn(b"<li>", body)  # no directory listing


class TraversalTest(ServerTestCase):
    def assert_refused(self, status, body, path):
        self.assertEqual(status, 404, f"{path!r} gave {status}")
        self.assertNotIn(SECRET, body, f"{path!r} leaked the secret")
        self.assertNotIn(b"root:", body, f"{path!r} leaked /etc/passwd")

    def test_secret_exists_outside_root(self):
        # Sanity: the traversal tests below would be vacuous otherwise.
        with open(os.path.join(self.root, "..", "secret.txt"), "rb") as f:
            self.assertEqual(f.read(), SECRET)

    def test_traversal_raw_requests_404(self):
        for path in TRAVERSAL_PATHS:
            with self.subTest(path=path):
                status, _, body = raw_get(self.port, path)
                self.assert_refused(status, body, path)

    def test_traversal_with_head_404(self):
        for path in TRAVERSAL_PATHS[:6]:
            with self.subTest(path=path):
                status, _, body = raw_get(self.port, path, b"HEAD")
                self.assertEqual(status, 404)
                self.assertEqual(body, b"")

    def test_absolute_uri_request_target_refused(self):
        status, _, body = raw_get(self.port, b"http://localhost/../secret.txt")
        self.assert_refused(status, body, "absolute-uri")
        status, _, body = raw_get(self.port, b"file:///etc/passwd")
        self.assert_refused(status, body, "file-uri")

    def test_resolve_path_refuses(self):
        for path in TRAVERSAL_PATHS:
            with self.subTest(path=path):
                self.assertIsNone(serve.resolve_path(self.root, path.decode("latin-1")))

    def test_resolve_path_accepts(self):
        real_root = os.path.realpath(self.root)
        self.assertEqual(serve.resolve_path(self.root, "/"),
                         os.path.join(real_root, "index.html"))
        self.assertEqual(serve.resolve_path(self.root, "/app.js?x=1"),
                         os.path.join(real_root, "app.js"))
        self.assertEqual(serve.resolve_path(self.root, "/sub/./index.html"),
                         os.path.join(real_root, "sub", "index.html"))
        self.assertEqual(serve.resolve_path(self.root, "/%61pp.js"),
                         os.path.join(real_root, "app.js"))
        self.assertIsNone(serve.resolve_path(self.root, "/empty/"))
        self.assertIsNone(serve.resolve_path(self.root, "app.js"))

    def test_sibling_with_common_prefix_refused(self):
        # "<tmp>/dist-old" starts with "<tmp>/dist" as a string but is outside.
        sibling = self.root + "-old"
        os.makedirs(sibling, exist_ok=True)
        with open(os.path.join(sibling, "x.js"), "wb") as f:
            f.write(SECRET)
        link = os.path.join(self.root, "prefix-link")
        os.symlink(sibling, link)
        try:
            self.assertIsNone(serve.resolve_path(self.root, "/prefix-link/x.js"))
            status, _, body = raw_get(self.port, b"/prefix-link/x.js")
            self.assert_refused(status, body, "/prefix-link/x.js")
        finally:
            os.unlink(link)

    def test_server_survives_malformed_requests(self):
        for request in [b"\r\n\r\n", b"GARBAGE\r\n\r\n", b"GET\r\n\r\n",
                        b"GET / HTTP/9.9\r\n\r\n", b"\x16\x03\x01\x00\x05hello\r\n\r\n"]:
            with self.subTest(request=request):
                try:
                    raw_request(self.port, request)
                except AssertionError:
                    pass  # no response at all is fine; crashing the server is not
        resp, body = self.get("/")
        self.assertEqual(body, INDEX_HTML)


class CommandLineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="atelier-serve-cli-")
        cls.root = _make_tree(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_prints_exactly_one_url_line_and_serves(self):
        server = _ServeProcess("--root", self.root)
        try:
            self.assertEqual(server.scheme, "http")
            self.assertNotEqual(server.port, 0)
            status, headers, body = raw_get(server.port, b"/app.wasm")
            self.assertEqual(status, 200)
            self.assertEqual(body, APP_WASM)
            self.assertEqual(headers["content-type"], "application/wasm")
        finally:
            server.stop()
        self.assertEqual(server.rest_of_stdout, "")
        # Without --quiet each request is logged to stderr.
        self.assertIn('"GET /app.wasm HTTP/1.0" 200', server.stderr)

    def test_quiet_suppresses_request_logs(self):
        server = _ServeProcess("--root", self.root, "--quiet")
        try:
            self.assertEqual(raw_get(server.port, b"/app.js")[0], 200)
            self.assertEqual(raw_get(server.port, b"/../secret.txt")[0], 404)
        finally:
            server.stop()
        self.assertEqual(server.stderr, "")
        self.assertEqual(server.rest_of_stdout, "")

    def test_client_disconnects_are_quiet(self):
        server = _ServeProcess("--root", self.root, "--quiet")
        try:
            for _ in range(5):
                sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
                sock.sendall(b"GET /big.data HTTP/1.1\r\nHost: x\r\n\r\n")
                sock.recv(1024)
                # SO_LINGER 0 makes close() send RST: the server sees a reset or
                # broken pipe mid-body, like a tablet going to sleep.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.close()
            time.sleep(0.2)
            status, _, body = raw_get(server.port, b"/")
            self.assertEqual(status, 200)
            self.assertEqual(body, INDEX_HTML)
        finally:
            server.stop()
        self.assertNotIn("Traceback", server.stderr)
        self.assertNotIn("Error", server.stderr)

    def test_missing_root_exits_2_with_clear_message(self):
        missing = os.path.join(self.tmp, "no-such-dist")
        result = _run_serve("--root", missing, "--port", "0")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertIn("does not exist", result.stderr)
        self.assertIn("build the app first", result.stderr)
        self.assertIn("no-such-dist", result.stderr)

    def test_main_missing_root_returns_2(self):
        missing = os.path.join(self.tmp, "no-such-dist")
        with open(os.devnull, "w") as devnull:
            old = sys.stderr
            sys.stderr = devnull
            try:
                self.assertEqual(serve.main(["--root", missing, "--port", "0"]), 2)
            finally:
                sys.stderr = old

    def test_default_root_is_build_web_dist_next_to_script(self):
        self.assertEqual(serve.DEFAULT_ROOT,
                         os.path.join(os.path.dirname(os.path.abspath(serve.__file__)),
                                      "build", "web", "dist"))

    def test_cert_and_key_must_be_paired(self):
        for args in (["--cert", "cert.pem"], ["--key", "key.pem"]):
            with self.subTest(args=args):
                result = _run_serve("--root", self.root, "--port", "0", *args)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, "")
                self.assertIn("--cert and --key must be given together", result.stderr)
        with self.assertRaises(ValueError):
            serve.make_server(self.root, "127.0.0.1", 0, certfile="cert.pem")

    @unittest.skipUnless(shutil.which("openssl"), "openssl not installed")
    def test_https_with_self_signed_cert(self):
        cert = os.path.join(self.tmp, "cert.pem")
        key = os.path.join(self.tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-subj", "/CN=localhost", "-days", "1",
                        "-keyout", key, "-out", cert],
                       check=True, capture_output=True, timeout=30)
        server = _ServeProcess("--root", self.root, "--cert", cert, "--key", key, "--quiet")
        try:
            self.assertEqual(server.scheme, "https")
            self.assertTrue(server.first_line.startswith("Atelier is served at https://"))
            context = ssl.create_default_context(cafile=cert)
            context.check_hostname = False  # cert is for "localhost", we dial 127.0.0.1
            conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=5,
                                               context=context)
            try:
                conn.request("GET", "/sw.js")
                resp = conn.getresponse()
                self.assertEqual(resp.status, 200)
                self.assertEqual(resp.read(), SW_JS)
                self.assertEqual(resp.getheader("Service-Worker-Allowed"), "/")
                # Same keep-alive TLS connection for a second asset.
                conn.request("GET", "/app.wasm")
                resp = conn.getresponse()
                self.assertEqual(resp.read(), APP_WASM)
                self.assertEqual(resp.getheader("Content-Type"), "application/wasm")
            finally:
                conn.close()
            status, _, body = raw_request(
                server.port, b"GET /../secret.txt HTTP/1.0\r\n\r\n", tls_context=context)
            self.assertEqual(status, 404)
            self.assertNotIn(SECRET, body)
            # Plain HTTP to the TLS port must not take the server down.
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
                sock.sendall(b"GET / HTTP/1.0\r\n\r\n")
                try:
                    sock.recv(1024)
                except OSError:
                    pass
            conn = http.client.HTTPSConnection("127.0.0.1", server.port, timeout=5,
                                               context=context)
            try:
                conn.request("GET", "/")
                self.assertEqual(conn.getresponse().read(), INDEX_HTML)
            finally:
                conn.close()
        finally:
            server.stop()
        self.assertNotIn("Traceback", server.stderr)

    def test_bad_cert_file_exits_2(self):
        bogus = os.path.join(self.tmp, "bogus.pem")
        with open(bogus, "w") as f:
            f.write("not a certificate\n")
        result = _run_serve("--root", self.root, "--port", "0", "--cert", bogus, "--key", bogus)
        self.assertEqual(result.returncode, 2)
        self.assertIn("certificate", result.stderr)
        self.assertEqual(result.stdout, "")


# --- Hardening (issue 11): security headers, dotfiles, worker pool, head deadline ---

ASSETS = os.path.join(REPO_ROOT, "assets")


def parse_csp(value: str) -> dict[str, set[str]]:
    """{directive: set of sources} of a Content-Security-Policy value."""
    policy = {}
    for directive in value.split(";"):
        words = directive.split()
        if words:
            policy[words[0]] = set(words[1:])
    return policy


def read_response_head_and_body(sock: socket.socket) -> tuple[int, dict, bytes]:
    """One response with a Content-Length from a kept-alive socket (not to EOF)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"connection closed mid-head: {data[:200]!r}")
        data += chunk
    status, headers, body = parse_response(data)
    while len(body) < int(headers["content-length"]):
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError("connection closed mid-body")
        body += chunk
    return status, headers, body


def trickle_head(port: int, first: bytes, interval: float, give_up_after: float):
    """Send `first`, then one header line every `interval` seconds, never ending
    the head, until the server answers or closes (or `give_up_after` passes).

    Returns (seconds from connect to the server's answer/close or None, bytes
    received)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    start = time.monotonic()
    with sock:
        sock.sendall(first)
        n = 0
        while time.monotonic() - start < give_up_after:
            # Waiting for readability doubles as the pause between lines.
            readable, _, _ = select.select([sock], [], [], interval)
            if readable:
                elapsed = time.monotonic() - start
                chunks = []
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                return elapsed, b"".join(chunks)
            n += 1
            sock.sendall(b"X-Slow-%d: still coming\r\n" % n)
    return None, b""


class SecurityHeadersTest(ServerTestCase):
    REQUIRED = {
        "default-src": {"'self'"},
        "script-src": {"'self'", "'wasm-unsafe-eval'"},
        "worker-src": {"'self'", "blob:"},
        "object-src": {"'none'"},
        "base-uri": {"'none'"},
        "frame-ancestors": {"'none'"},
    }

    def assert_security_headers(self, headers, what):
        csp = headers.get("content-security-policy")
        self.assertTrue(csp, f"{what}: no Content-Security-Policy")
        policy = parse_csp(csp)
        for directive, sources in self.REQUIRED.items():
            self.assertEqual(policy.get(directive), sources, f"{what}: {directive}")
        for directive in ("script-src", "style-src", "default-src"):
            sources = policy.get(directive, set())
            self.assertNotIn("'unsafe-inline'", sources, f"{what}: {directive}")
            self.assertNotIn("'unsafe-eval'", sources, f"{what}: {directive}")
        self.assertIn(headers.get("referrer-policy"), ("no-referrer", "same-origin"), what)
        self.assertEqual(headers.get("x-content-type-options"), "nosniff", what)

    def test_on_every_response(self):
        cases = [(b"GET", b"/"), (b"GET", b"/app.js"), (b"GET", b"/app.wasm"),
                 (b"GET", b"/sw.js"), (b"HEAD", b"/index.html"), (b"GET", b"/missing.js"),
                 (b"GET", b"/../secret.txt"), (b"POST", b"/"), (b"GET", b"/.env")]
        for method, path in cases:
            with self.subTest(method=method, path=path):
                _, headers, _ = raw_get(self.port, path, method)
                self.assert_security_headers(headers, f"{method} {path}")
        # 304 and a malformed request line too.
        resp, _ = self.get("/app.js")
        status, headers, _ = raw_request(
            self.port, b"GET /app.js HTTP/1.0\r\nIf-Modified-Since: "
            + resp.getheader("Last-Modified").encode() + b"\r\n\r\n")
        self.assertEqual(status, 304)
        self.assert_security_headers(headers, "304")
        # Malformed request lines too (the stdlib answers those without any
        # headers at all by default).
        for request in (b"GET / HTTP/9.9\r\n\r\n", b"GARBAGE\r\n\r\n",
                        b"GET / HTTP/x.y\r\n\r\n", b"POST /\r\n\r\n"):
            with self.subTest(request=request):
                status, headers, _ = raw_request(self.port, request)
                self.assertGreaterEqual(status, 400)
                self.assert_security_headers(headers, repr(request))

    def test_existing_headers_kept(self):
        resp, _ = self.get("/sw.js")
        self.assertEqual(resp.getheader("Service-Worker-Allowed"), "/")
        self.assertEqual(resp.getheader("Cache-Control"), "no-cache")
        self.assertEqual(len(resp.headers.get_all("Content-Security-Policy")), 1)

    def test_shell_needs_nothing_the_policy_refuses(self):
        # The policy has no 'unsafe-inline', so the shell may hold no inline
        # script, style element, style attribute or inline event handler; the
        # storage reader worker is a blob: URL, which worker-src must allow.
        with open(os.path.join(ASSETS, "index.html"), encoding="utf-8") as f:
            shell = f.read()
        for script in re.findall(r"<script\b([^>]*)>(.*?)</script>", shell, re.S | re.I):
            self.assertIn("src=", script[0], f"inline script in index.html: {script}")
            self.assertEqual(script[1].strip(), "")
        self.assertNotRegex(shell, r"(?i)<style\b|\sstyle=|\son[a-z]+=|javascript:")
        # The storage workers (the reader, the compressor) are made by storage-idb.js's workerFrom.
        with open(os.path.join(ASSETS, "storage-idb.js"), encoding="utf-8") as f:
            storage = f.read()
        self.assertIn("new Worker(url)", storage)
        self.assertIn("URL.createObjectURL(new Blob(", storage)
        for job in ("storage-reader.js", "storage-gzip.js"):
            with open(os.path.join(ASSETS, job), encoding="utf-8") as f:
                self.assertIn("workerFrom(`", f.read(), job)
        for name in os.listdir(ASSETS):
            if name.endswith(".js"):
                with open(os.path.join(ASSETS, name), encoding="utf-8") as f:
                    source = f.read()
                with self.subTest(asset=name):
                    self.assertNotRegex(source, r"\beval\(|new Function\(|setAttribute\('style'")
        policy = parse_csp(serve.CONTENT_SECURITY_POLICY)
        self.assertIn("blob:", policy["worker-src"])
        # Printed documents carry their pictures as data: URLs; nothing else loads from data: or blob:.
        self.assertEqual(policy["img-src"], {"'self'", "data:"})


    def test_shell_loads_every_storage_module_once_and_nothing_missing(self):
        # storage.js is split by job (docs/storage.md): a module left out of index.html would
        # leave a hole the others call into at run time; one listed but absent is a 404.
        with open(os.path.join(ASSETS, "index.html"), encoding="utf-8") as f:
            shell = f.read()
        sources = re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', shell)
        self.assertEqual(len(sources), len(set(sources)), sources)
        # app.js is Emscripten's output (web/), the last script: its main() calls into all the others.
        self.assertEqual(sources[-1], "app.js")
        for src in sources[:-1]:
            with self.subTest(script=src):
                self.assertTrue(os.path.isfile(os.path.join(ASSETS, src)), f"{src} is not in assets/")
        modules = sorted(n for n in os.listdir(ASSETS) if n.startswith("storage") and n.endswith(".js"))
        self.assertGreaterEqual(len(modules), 8)
        self.assertEqual(sorted(s for s in sources if s.startswith("storage")), modules)
        # The shared state loads before the jobs that use it; the record format (storage-idb.js,
        # and storage-gzip.js, which adds to it) before them all.
        order = [s for s in sources if s.startswith("storage")]
        self.assertLess(order.index("storage-idb.js"), order.index("storage-gzip.js"))
        self.assertLess(order.index("storage-gzip.js"), order.index("storage.js"))
        self.assertEqual(order.index("storage.js"), min(order.index(m) for m in modules if m not in
                                                        ("storage-idb.js", "storage-gzip.js", "storage-lease.js")))


DOTFILE_SECRET = b"DOTFILE-SECRET-never-served"

DOTFILE_PATHS = [
    b"/.git/config", b"/.git/", b"/.git", b"/.env", b"/sub/.hidden",
    b"/.well-known/security.txt", b"/.well-known/",
    b"/%2egit/config", b"/%2Egit/config", b"/%2eenv", b"/sub/%2ehidden",
    b"/.%67it/config", b"/sub/.hidden-dir/", b"/sub/.hidden-dir/index.html",
    b"/.env?x=1", b"/./.env", b"/sub/../.env",
    b"/visible-link", b"/visible-dir-link/",
]


class DotfileTest(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for rel in (".git/config", ".env", "sub/.hidden", ".well-known/security.txt",
                    "sub/.hidden-dir/index.html"):
            path = os.path.join(cls.root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(DOTFILE_SECRET)
        # Visible names that lead into dot folders once links are followed.
        os.symlink(".git/config", os.path.join(cls.root, "visible-link"))
        os.symlink("sub/.hidden-dir", os.path.join(cls.root, "visible-dir-link"))

    def test_dotfiles_exist(self):
        # Sanity: the refusals below would be vacuous otherwise.
        with open(os.path.join(self.root, ".git", "config"), "rb") as f:
            self.assertEqual(f.read(), DOTFILE_SECRET)

    def test_dot_segments_404(self):
        for method in (b"GET", b"HEAD"):
            for path in DOTFILE_PATHS:
                with self.subTest(method=method, path=path):
                    status, _, body = raw_get(self.port, path, method)
                    self.assertEqual(status, 404, f"{method} {path!r} gave {status}")
                    self.assertNotIn(DOTFILE_SECRET, body)

    def test_resolve_path_refuses_dot_segments(self):
        for path in DOTFILE_PATHS:
            with self.subTest(path=path):
                self.assertIsNone(serve.resolve_path(self.root, path.decode()))

    def test_plain_files_and_dot_in_name_still_served(self):
        # Only a leading dot hides: "sub/./index.html" and "a.b.js" are fine.
        with open(os.path.join(self.root, "app.v2.min.js"), "wb") as f:
            f.write(APP_JS)
        for path, expected in [("/sub/./index.html", SUB_INDEX), ("/app.v2.min.js", APP_JS),
                               ("/", INDEX_HTML)]:
            with self.subTest(path=path):
                resp, body = self.get(path)
                self.assertEqual(resp.status, 200)
                self.assertEqual(body, expected)

    def test_root_inside_a_dot_folder_still_served(self):
        # Only segments below the root count: a root under ~/.cache works.
        base = os.path.join(self.tmp, ".cache")
        os.makedirs(base, exist_ok=True)
        root = _make_tree(base)
        self.assertEqual(serve.resolve_path(root, "/app.js"),
                         os.path.join(os.path.realpath(root), "app.js"))
        self.assertEqual(serve.resolve_path(root, "/"),
                         os.path.join(os.path.realpath(root), "index.html"))


class WorkerPoolTest(ServerTestCase):
    WORKERS = 20
    HEAD_TIMEOUT = 0.25
    server_options = {"workers": WORKERS, "head_timeout": HEAD_TIMEOUT}

    def test_threads_stay_bounded_and_slow_clients_are_cut_off(self):
        # Warm up: every worker is started before the first answer.
        self.assertEqual(raw_get(self.port, b"/app.js")[0], 200)
        self.assertEqual(self.server.workers, self.WORKERS)
        before = threading.active_count()
        idle = []
        try:
            # 100 clients that connect and send nothing.
            for _ in range(100):
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sock.setblocking(False)
                sock.connect_ex(("127.0.0.1", self.port))
                idle.append(sock)
            time.sleep(0.2)
            self.assertLessEqual(threading.active_count(), before,
                                 "a thread per connection, not a fixed pool")
            # Queued behind all of them, a real request is served once the
            # deadline has cut the idle ones off, WORKERS at a time.
            start = time.monotonic()
            status, _, body = raw_request_patient(self.port, b"/app.js", timeout=30)
            elapsed = time.monotonic() - start
            self.assertEqual(status, 200)
            self.assertEqual(body, APP_JS)
            self.assertGreaterEqual(elapsed, self.HEAD_TIMEOUT,
                                    "served at once: the pool was not full")
            self.assertLessEqual(threading.active_count(), before)
        finally:
            for sock in idle:
                sock.close()


def raw_request_patient(port: int, path: bytes, timeout: float):
    """raw_get with a longer client timeout (the request may wait in a queue)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    with sock:
        sock.sendall(b"GET " + path + b" HTTP/1.0\r\nHost: localhost\r\n\r\n")
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return parse_response(b"".join(chunks))


class HeadDeadlineTest(ServerTestCase):
    HEAD_TIMEOUT = 0.5
    server_options = {"head_timeout": HEAD_TIMEOUT}

    def assert_cut_at_deadline(self, elapsed):
        self.assertIsNotNone(elapsed, "the server kept waiting for the head")
        self.assertGreaterEqual(elapsed, self.HEAD_TIMEOUT * 0.9)
        self.assertLess(elapsed, self.HEAD_TIMEOUT + 1.5)

    def test_trickled_headers_get_408_at_deadline(self):
        # One line every 0.1 s: far inside the 60 s per-read timeout, which
        # restarts with each line, but never a whole head.
        elapsed, data = trickle_head(self.port, b"GET /app.js HTTP/1.1\r\nHost: x\r\n",
                                     interval=0.1, give_up_after=self.HEAD_TIMEOUT + 4)
        self.assert_cut_at_deadline(elapsed)
        status, headers, body = parse_response(data)
        self.assertEqual(status, 408)
        self.assertEqual(headers.get("connection"), "close")
        self.assertIn("content-security-policy", headers)
        self.assertNotIn(APP_JS, body)

    def test_partial_request_line_gets_408_at_deadline(self):
        elapsed, data = trickle_head(self.port, b"GET /app", interval=self.HEAD_TIMEOUT + 4,
                                     give_up_after=self.HEAD_TIMEOUT + 4)
        self.assert_cut_at_deadline(elapsed)
        self.assertEqual(parse_response(data)[0], 408)

    def test_idle_kept_alive_connection_closed_at_deadline_without_408(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n")
            status, _, body = read_response_head_and_body(sock)
            self.assertEqual((status, body), (200, APP_JS))
            start = time.monotonic()
            self.assertEqual(sock.recv(65536), b"", "an idle connection got a response")
            self.assert_cut_at_deadline(time.monotonic() - start)

    def test_slow_head_within_deadline_is_served(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            for line in (b"GET /app.js HTTP/1.1\r\n", b"Host: x\r\n", b"X-A: 1\r\n"):
                sock.sendall(line)
                time.sleep(self.HEAD_TIMEOUT / 5)
            sock.sendall(b"\r\n")
            status, _, body = read_response_head_and_body(sock)
            self.assertEqual((status, body), (200, APP_JS))
            # The next request on the same connection gets a fresh deadline.
            time.sleep(self.HEAD_TIMEOUT * 0.6)
            sock.sendall(b"GET /sw.js HTTP/1.1\r\nHost: x\r\n\r\n")
            status, _, body = read_response_head_and_body(sock)
            self.assertEqual((status, body), (200, SW_JS))

    def test_response_after_late_head_gets_full_write_timeout(self):
        # The head arrives just before its deadline; the 8 MB answer is read
        # by a client that stalls longer than what was left of the deadline.
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
            sock.sendall(b"GET /big.data HTTP/1.1\r\nHost: x\r\n")
            time.sleep(self.HEAD_TIMEOUT * 0.7)
            sock.sendall(b"\r\n")
            time.sleep(self.HEAD_TIMEOUT * 1.2)
            status, _, body = read_response_head_and_body(sock)
            self.assertEqual(status, 200)
            self.assertEqual(len(body), BIG_SIZE)

    def test_server_fine_after_timeouts(self):
        trickle_head(self.port, b"GET / HTTP/1.1\r\n", interval=0.1,
                     give_up_after=self.HEAD_TIMEOUT + 4)
        resp, body = self.get("/")
        self.assertEqual(body, INDEX_HTML)


class HardeningCommandLineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="atelier-serve-hard-")
        cls.root = _make_tree(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_help_documents_options_and_headers(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), self.assertRaises(SystemExit):
            serve.parse_args(["--help"])
        help_text = " ".join(out.getvalue().split())
        for text in ("--workers", "--head-timeout", "Content-Security-Policy",
                     "Referrer-Policy", ".well-known"):
            self.assertIn(text, help_text)

    def test_bad_workers_and_head_timeout_exit_2(self):
        for args, message in [(["--workers", "0"], "--workers 0 must be at least 1"),
                              (["--workers", "-3"], "--workers -3 must be at least 1"),
                              (["--head-timeout", "0"], "--head-timeout 0 must be more than 0"),
                              (["--head-timeout", "-1"], "--head-timeout -1 must be more than 0"),
                              (["--head-timeout", "nan"],
                               "--head-timeout nan must be more than 0")]:
            with self.subTest(args=args):
                err = io.StringIO()
                with contextlib.redirect_stderr(err):
                    code = serve.main(["--root", self.root, "--port", "0", *args])
                self.assertEqual(code, 2)
                self.assertIn(message, err.getvalue())
        with self.assertRaises(ValueError):
            serve.make_server(self.root, "127.0.0.1", 0, workers=0)
        with self.assertRaises(ValueError):
            serve.make_server(self.root, "127.0.0.1", 0, head_timeout=0)

    def test_options_reach_the_server(self):
        # One worker, held by a silent client: the next request waits for the
        # 0.5 s deadline to free it, then is served.
        server = _ServeProcess("--root", self.root, "--quiet", "--workers", "1",
                               "--head-timeout", "0.5")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=5):
                time.sleep(0.1)
                start = time.monotonic()
                status, _, body = raw_get(server.port, b"/app.js")
                elapsed = time.monotonic() - start
            self.assertEqual((status, body), (200, APP_JS))
            self.assertGreater(elapsed, 0.25, "a second worker served it at once")
            self.assertLess(elapsed, 3)
        finally:
            server.stop()
        self.assertEqual(server.stderr, "")

    @unittest.skipUnless(shutil.which("openssl"), "openssl not installed")
    def test_stalled_tls_handshake_cut_at_deadline(self):
        cert = os.path.join(self.tmp, "cert.pem")
        key = os.path.join(self.tmp, "key.pem")
        # An EC key: generated in milliseconds, where RSA takes seconds.
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec",
                        "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-subj", "/CN=localhost", "-days", "1",
                        "-keyout", key, "-out", cert],
                       check=True, capture_output=True, timeout=30)
        server = _ServeProcess("--root", self.root, "--cert", cert, "--key", key,
                               "--quiet", "--head-timeout", "1")
        try:
            # TCP connected, no ClientHello: the handshake counts against the deadline.
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
                start = time.monotonic()
                try:
                    self.assertEqual(sock.recv(1024), b"")
                except ConnectionResetError:
                    pass
                elapsed = time.monotonic() - start
            self.assertGreaterEqual(elapsed, 0.9)
            self.assertLess(elapsed, 2.5)
        finally:
            server.stop()
        self.assertNotIn("Traceback", server.stderr)


if __name__ == "__main__":
    unittest.main()
