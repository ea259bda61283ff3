#!/usr/bin/env python3
"""Serve the built Atelier web app (build/web/dist) for local and LAN use.

Standard library only, so it runs anywhere Python 3.11 does without a venv.

    python3 serve.py                         # http://127.0.0.1:8080/
    python3 serve.py --host 0.0.0.0 --port 8443 --cert cert.pem --key key.pem
    python3 serve.py --data data             # the app and the sync API (backend/)
    python3 serve.py admin --data data list  # ateliers, people, tokens (backend/admin.py)

Tablets need HTTPS on the LAN: browsers only enable service workers (offline
mode, installability) in a secure context, and a LAN IP is not one over HTTP.
"""

from __future__ import annotations

import argparse
import email.utils
import io
import os
import queue
import selectors
import shutil
import socket
import socketserver
import ssl
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
# The sync API lives in backend/ beside this file; tests load this file by path,
# so the folder is not necessarily on sys.path yet.
if SCRIPT_DIR not in sys.path:
    sys.path.insert(0, SCRIPT_DIR)

from backend import admin as backend_admin  # noqa: E402
from backend.api import PREFIX as API_PREFIX, Api  # noqa: E402
from backend.db import DataError, open_database  # noqa: E402
from backend.limits import DEFAULT_BURST, DEFAULT_RATE, RateLimiter  # noqa: E402

DEFAULT_ROOT = os.path.join(SCRIPT_DIR, "build", "web", "dist")

# Explicit table instead of the mimetypes module: mimetypes reads the host's
# /etc/mime.types, which on some distros maps .js to application/x-javascript
# or lacks .wasm, and browsers refuse streaming WASM compilation and module
# scripts unless the type is exactly right.
MIME_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".otf": "font/otf",
    ".ttf": "font/ttf",
    ".data": "application/octet-stream",
    ".ico": "image/x-icon",
}
DEFAULT_MIME_TYPE = "application/octet-stream"

# Per read or write: a client that stops reading a response would otherwise
# pin a worker forever.
REQUEST_TIMEOUT_SECONDS = 60

# The per-read timeout above restarts with every line, so a client trickling
# one header line a minute would hold a worker for ever; the whole head (and
# the wait for it on a kept-alive connection) must arrive within this.
DEFAULT_HEAD_TIMEOUT_SECONDS = 10.0

# Connection workers: a fixed pool, so a burst of (possibly idle) connections
# costs queue slots in the kernel, not a thread each. The app loads in one
# burst of about six connections per browser, so a few tablets fit at once.
DEFAULT_WORKERS = 16
# With the API on, a waiting pull (long poll, up to 30 s) holds a worker too;
# a quarter of the pool (at least one) never waits, so requests still get served.
DEFAULT_WORKERS_WITH_API = 64


def max_waiting_pulls(workers: int) -> int:
    return workers - max(1, workers // 4)

# What the app itself needs and nothing more (checked against assets/):
# scripts only from the origin, WebAssembly compilation ('wasm-unsafe-eval',
# not 'unsafe-eval': no JS eval anywhere), the storage reader worker that
# storage-reader.js builds from a blob: URL, the .wasm/.data fetches and the
# manifest from the origin. No inline scripts or styles exist (elements are
# styled through the CSSOM, which style-src does not restrict). No plugins,
# no <base>, no forms, and no framing (clickjacking).
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "style-src 'self'",
    # data: for the printed documents' pictures (a logo, photo thumbnails): the app puts the
    # bytes from its own photo store into the page it opens.
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])

# Errors that only mean the client went away or spoke garbage; a traceback
# for these is noise (tablets drop connections whenever the screen locks).
DISCONNECT_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError,
                     TimeoutError, ssl.SSLError)


def content_type(path: str) -> str:
    """Content-Type for a file name, from the fixed table only."""
    ext = os.path.splitext(path)[1].lower()
    return MIME_TYPES.get(ext, DEFAULT_MIME_TYPE)


def _is_within(real_root: str, real_path: str) -> bool:
    # commonpath, not startswith: "/srv/dist-old" starts with "/srv/dist".
    try:
        return os.path.commonpath([real_root, real_path]) == real_root
    except ValueError:
        return False


def resolve_path(root: str, url_path: str) -> str | None:
    """Map a request path to a regular file inside root, or None to refuse.

    None covers both "not found" and "not allowed" so the response never
    reveals whether something exists outside the web root.
    """
    path = url_path.split("?", 1)[0].split("#", 1)[0]
    # "//etc/passwd" is how some clients smuggle an absolute path; a proxy-style
    # absolute URI ("http://...") is not something this server answers either.
    if not path.startswith("/") or path.startswith("//"):
        return None
    if "\x00" in path or "\\" in path:
        return None
    try:
        decoded = urllib.parse.unquote(path, errors="strict")
    except UnicodeDecodeError:
        return None
    # A '%' surviving one decode means double encoding (%252e%252e). No asset
    # the build produces has '%' in its name, and refusing it outright means a
    # second decode anywhere downstream can never turn it into "..".
    if "%" in decoded or "\x00" in decoded or "\\" in decoded:
        return None
    parts = [p for p in decoded.split("/") if p not in ("", ".")]
    if ".." in parts:
        return None
    if _has_dot_segment(parts):
        return None

    real_root = os.path.realpath(root)
    # realpath follows symlinks, so a link inside the root pointing outside is
    # caught by the containment check below rather than silently followed.
    candidate = os.path.realpath(os.path.join(real_root, *parts))
    if not _is_within_visible(real_root, candidate):
        return None
    if os.path.isdir(candidate):
        # Never list directories; only their index.html (itself possibly a
        # symlink, hence the second realpath + containment check).
        candidate = os.path.realpath(os.path.join(candidate, "index.html"))
        if not _is_within_visible(real_root, candidate):
            return None
    if not os.path.isfile(candidate):
        return None
    return candidate


def _has_dot_segment(parts: list[str]) -> bool:
    # Dotfiles (.git, .env, editor swap files) are never part of the build.
    # That includes /.well-known/: this server does no ACME (certificates come
    # from files) and the app publishes nothing there, so 404 is right.
    return any(p.startswith(".") for p in parts)


def _is_within_visible(real_root: str, real_path: str) -> bool:
    # Inside the root and, once links are resolved, not in a dot folder there
    # either ("config" linking to ".git/config"). Only the part below the root
    # counts: the root itself may well live under ~/.cache or similar.
    if not _is_within(real_root, real_path):
        return False
    relative = os.path.relpath(real_path, real_root)
    return not _has_dot_segment([p for p in relative.split(os.sep) if p != "."])


class HeadTimeout(Exception):
    """The request head did not arrive in full before its deadline."""


class _DeadlineReader(io.RawIOBase):
    """A connection's reads: each waits at most read_timeout and, while a
    request head is awaited, never past that head's deadline."""

    def __init__(self, sock: socket.socket, read_timeout: float):
        super().__init__()
        self._sock = sock
        self._read_timeout = read_timeout
        self._deadline: float | None = None
        self.head_bytes = 0

    def readable(self) -> bool:
        return True

    def start_head(self, seconds: float) -> None:
        self._deadline = time.monotonic() + seconds
        self.head_bytes = 0

    def in_head(self) -> bool:
        return self._deadline is not None

    def remaining(self) -> float:
        """Seconds a blocking call may take now (per-read timeout or deadline)."""
        if self._deadline is None:
            return self._read_timeout
        return max(0.0, min(self._read_timeout, self._deadline - time.monotonic()))

    def end_head(self) -> None:
        self._deadline = None
        # The last read may have shrunk the socket timeout to the deadline's
        # remainder; sending the response must get the full per-operation one.
        self._sock.settimeout(self._read_timeout)

    def readinto(self, buffer) -> int:
        if self._deadline is None:
            return self._sock.recv_into(buffer)
        wait = self.remaining()
        if wait <= 0:
            raise HeadTimeout()
        self._sock.settimeout(wait)
        try:
            n = self._sock.recv_into(buffer)
        except TimeoutError:
            if wait < self._read_timeout:
                raise HeadTimeout() from None
            raise
        self.head_bytes += n
        return n


class AtelierRequestHandler(BaseHTTPRequestHandler):
    # Keep-alive matters: the app pulls the .wasm, .data, JS glue, fonts and
    # icons in one burst, and a TLS handshake per file is slow on tablets.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes. With Nagle on, the body waits for
    # the ACK of the headers, which the client delays up to 40 ms on a
    # kept-alive connection: every request after a connection's first took
    # ~44 ms on loopback, the API's pushes and pulls included.
    disable_nagle_algorithm = True
    server_version = "Atelier"
    timeout = REQUEST_TIMEOUT_SECONDS
    # The stdlib's "HTTP/0.9" default makes the error for a malformed request
    # line a bare body with no status line or headers, so no nosniff and no
    # policy either. Nobody speaks HTTP/0.9; every answer gets headers.
    default_request_version = "HTTP/1.1"

    def __getattr__(self, name: str):
        # BaseHTTPRequestHandler answers unknown methods with 501; any method
        # that is not GET/HEAD should be a clean 405 with an Allow header so
        # clients can tell "wrong method" from "server broken".
        if name.startswith("do_"):
            return self._method_not_allowed
        raise AttributeError(name)

    def _method_not_allowed(self) -> None:
        if self._api_request():
            return
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        # The request body (if any) is never read, so the connection cannot be
        # reused safely.
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()

    def setup(self) -> None:
        super().setup()
        # Reads go through the deadline reader instead of socket.makefile's;
        # that one is closed first or it would keep the socket open.
        self.rfile.close()
        self._reader = _DeadlineReader(self.connection, self.timeout)
        self.rfile = io.BufferedReader(self._reader)

    def handle(self) -> None:
        # The first head's deadline runs from the moment a worker takes the
        # connection, so it also bounds a TLS handshake trickled byte by byte.
        self._reader.start_head(self.server.head_timeout)
        try:
            if isinstance(self.connection, ssl.SSLSocket):
                # Handshake here, in a worker, not in accept(): a client
                # stalling mid-handshake must not block the listener.
                self.connection.settimeout(self._reader.remaining())
                self.connection.do_handshake()
            super().handle()
        except DISCONNECT_ERRORS as exc:
            self.close_connection = True
            if isinstance(exc, ssl.SSLError):
                # Usually plain HTTP sent to the HTTPS port, or a browser
                # rejecting the self-signed cert: worth one log line, no trace.
                self.log_message("TLS error: %s", exc)

    def handle_one_request(self) -> None:
        if not self._reader.in_head():
            # A kept-alive connection waiting for its next request: the wait
            # counts too, so idle connections give their worker back.
            self._reader.start_head(self.server.head_timeout)
        # What send_error needs if the head times out before parse_request
        # has set them from the request line.
        self.command, self.request_version, self.requestline = "", self.default_request_version, ""
        try:
            super().handle_one_request()
        except HeadTimeout:
            self._head_timed_out()

    def parse_request(self) -> bool:
        try:
            return super().parse_request()
        finally:
            # The head is in (or refused); the deadline no longer applies.
            self._reader.end_head()

    def _head_timed_out(self) -> None:
        self.close_connection = True
        partial = self._reader.head_bytes > 0
        self._reader.end_head()
        if partial:
            # Tell a slow client why; an idle kept-alive connection is simply
            # closed, which browsers expect and retry on without fuss.
            self.send_error(HTTPStatus.REQUEST_TIMEOUT)

    def version_string(self) -> str:
        # No Python version in the Server header; it only helps fingerprinting.
        return self.server_version

    def end_headers(self) -> None:
        # On every response, errors included, so a 404 page can never be
        # sniffed into something executable, nor run anything the policy
        # does not allow.
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        # Links out of the app (none today) must not leak order URLs.
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def do_GET(self) -> None:
        if self._api_request():
            return
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        if self._api_request():
            return
        self._serve(send_body=False)

    def do_POST(self) -> None:
        self._method_not_allowed()

    def do_PUT(self) -> None:
        self._method_not_allowed()

    def _api_request(self) -> bool:
        """Answer the request if it is for the sync API (only with --data)."""
        if self.server.api is None or not self.path.startswith(API_PREFIX):
            return False
        self.server.api.handle(self)
        return True

    def _serve(self, send_body: bool) -> None:
        file_path = resolve_path(self.server.web_root, self.path)
        if file_path is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            f = open(file_path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with f:
            st = os.fstat(f.fileno())
            if self._not_modified(st.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self._send_cache_headers(file_path, st.st_mtime)
                self.end_headers()
                return
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type(file_path))
            # From fstat of the open file, so a rebuild swapping the file
            # mid-request cannot make the length disagree with the bytes sent.
            self.send_header("Content-Length", str(st.st_size))
            self._send_cache_headers(file_path, st.st_mtime)
            if os.path.basename(file_path) == "sw.js":
                # Lets the worker control the whole origin even if the build
                # ever moves sw.js into a sub folder.
                self.send_header("Service-Worker-Allowed", "/")
            self.end_headers()
            if send_body:
                shutil.copyfileobj(f, self.wfile, length=256 * 1024)

    def _send_cache_headers(self, file_path: str, mtime: float) -> None:
        # no-cache (revalidate every time) for everything: sw.js must never come
        # from the HTTP cache or app updates are never noticed, and the service
        # worker already does the versioned caching of the other assets.
        # Last-Modified makes the revalidation a cheap 304.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Last-Modified", email.utils.formatdate(mtime, usegmt=True))

    def _not_modified(self, mtime: float) -> bool:
        header = self.headers.get("If-Modified-Since")
        if not header:
            return False
        try:
            since = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return False
        if since is None or since.tzinfo is None:
            return False
        # HTTP dates have one-second resolution.
        return int(mtime) <= since.timestamp()

    def log_message(self, format: str, *args) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


class AtelierServer(HTTPServer):
    """HTTPServer with a fixed pool of connection workers.

    The accept loop takes a connection only when a worker is free, so under a
    burst the rest wait in the kernel's listen queue rather than each getting
    a thread; the head deadline makes sure a busy worker comes free.
    """

    # socketserver's default backlog of 5 would make the kernel drop the
    # connections that wait for a worker instead of queueing them.
    request_queue_size = 128

    def __init__(self, server_address, handler_class, web_root: str, quiet: bool,
                 workers: int = DEFAULT_WORKERS,
                 head_timeout: float = DEFAULT_HEAD_TIMEOUT_SECONDS,
                 api: Api | None = None):
        self.web_root = os.path.realpath(web_root)
        self.api = api
        self.quiet = quiet
        self.tls = False
        self.workers = workers
        self.head_timeout = head_timeout
        self._free_workers = threading.Semaphore(workers)
        # Each queued connection holds a free-worker slot, so at most `workers`
        # are ever queued; the second half is room for the stop markers.
        self._connections: queue.Queue = queue.Queue(maxsize=2 * workers)
        self._threads: list[threading.Thread] = []
        self._stop_accepting = threading.Event()
        self._accept_loop_done = threading.Event()
        host = server_address[0]
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__(server_address, handler_class)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a reverse DNS lookup
        # that can stall startup for seconds on machines with broken DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name = self.server_address[0]
        self.server_port = self.server_address[1]

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, DISCONNECT_ERRORS):
            return
        super().handle_error(request, client_address)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        # Flags as socketserver's own: a shutdown() that comes before this
        # loop starts still stops it, and shutdown() without it never returns.
        self._accept_loop_done.clear()
        self._start_workers()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self.socket, selectors.EVENT_READ)
                while not self._stop_accepting.is_set():
                    # Polling, not blocking, so shutdown() is noticed.
                    if not self._free_workers.acquire(timeout=poll_interval):
                        continue
                    if not self._accept_one(selector, poll_interval):
                        self._free_workers.release()
        finally:
            self._stop_accepting.clear()
            self._accept_loop_done.set()

    def _accept_one(self, selector: selectors.BaseSelector, poll_interval: float) -> bool:
        """Wait for one connection and queue it for a worker; False if none came."""
        if not selector.select(poll_interval):
            return False
        try:
            request, client_address = self.get_request()
        except OSError:
            return False
        self._connections.put((request, client_address))
        return True

    def _start_workers(self) -> None:
        while len(self._threads) < self.workers:
            # Daemon threads, as ThreadingHTTPServer's: a slow client must
            # not keep the process alive after Ctrl-C.
            thread = threading.Thread(target=self._work, daemon=True,
                                      name=f"atelier-worker-{len(self._threads)}")
            thread.start()
            self._threads.append(thread)

    def _work(self) -> None:
        while True:
            item = self._connections.get()
            if item is None:
                return
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                self._free_workers.release()

    def shutdown(self) -> None:
        """Stop serve_forever (from another thread) and wait until it has."""
        self._stop_accepting.set()
        self._accept_loop_done.wait()

    def server_close(self) -> None:
        super().server_close()
        # Workers finish the connection in hand (bounded by the deadlines),
        # then stop; nobody waits for them.
        for _ in self._threads:
            self._connections.put(None)
        self._threads = []


def make_server(root: str, host: str, port: int, certfile: str | None = None,
                keyfile: str | None = None, quiet: bool = False,
                workers: int = DEFAULT_WORKERS,
                head_timeout: float = DEFAULT_HEAD_TIMEOUT_SECONDS,
                api: Api | None = None) -> AtelierServer:
    """Bind and listen (not yet serving). Raises ValueError on a lone
    cert/key or a worker count / head timeout out of range, OSError if the
    address is unavailable, ssl.SSLError on a bad certificate or key.
    With `api`, paths under /api/ go to it."""
    if (certfile is None) != (keyfile is None):
        raise ValueError("--cert and --key must be given together")
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if not head_timeout > 0:
        raise ValueError("--head-timeout must be more than 0 seconds")
    server = AtelierServer((host, port), AtelierRequestHandler, root, quiet,
                           workers, head_timeout, api)
    if certfile is not None:
        try:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certfile, keyfile)
            server.socket = context.wrap_socket(
                server.socket, server_side=True, do_handshake_on_connect=False)
        except BaseException:
            server.server_close()
            raise
        server.tls = True
    return server


def served_url(server: AtelierServer, host: str) -> str:
    scheme = "https" if server.tls else "http"
    port = server.server_address[1]
    url_host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{url_host}:{port}/"


def _display_path(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="serve.py", description="Serve the built Atelier web app.",
        epilog="Every response carries Content-Security-Policy (scripts and workers only "
               "from this origin, plus WebAssembly and the app's blob: worker; no framing), "
               "Referrer-Policy: no-referrer and X-Content-Type-Options: nosniff. Paths "
               "with a segment starting with '.' (.git, .env, .well-known) answer 404.")
    parser.add_argument("--root", help="web root folder (default: build/web/dist next to this script)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on; 0.0.0.0 for LAN access (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port; 0 picks a free one (default: 8080)")
    parser.add_argument("--cert", help="TLS certificate (PEM); requires --key")
    parser.add_argument("--key", help="TLS private key (PEM); requires --cert")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    parser.add_argument("--workers", type=int, default=None,
                        help="connections served at once; more wait in the listen queue "
                             f"(default: {DEFAULT_WORKERS}, or {DEFAULT_WORKERS_WITH_API} with --data; "
                             "waiting pulls may hold all but a quarter of them)")
    parser.add_argument("--head-timeout", type=float, default=DEFAULT_HEAD_TIMEOUT_SECONDS,
                        metavar="SECONDS",
                        help="a request head (and a kept-alive connection's wait for one) must "
                             "arrive within this, or the connection is closed, with 408 if "
                             f"part of it came (default: {DEFAULT_HEAD_TIMEOUT_SECONDS:g})")
    parser.add_argument("--data", metavar="DIR",
                        help="turn on the sync API under /api/v1 with its data in DIR "
                             "(atelier.sqlite3; made if missing). Manage ateliers and tokens with "
                             "`serve.py admin --data DIR ...` (see `serve.py admin --help`)")
    parser.add_argument("--db", metavar="URL",
                        help="keep the sync data in PostgreSQL (postgresql://user@host/dbname; psycopg 3) "
                             "instead of DIR/atelier.sqlite3: several serve.py processes may share it. "
                             "Needs --data DIR, which still holds the photos (DIR/blobs)")
    parser.add_argument("--db-pool", type=int, default=16, metavar="N",
                        help="with --db: connections this process keeps to PostgreSQL at most (default: 16); "
                             "PostgreSQL's max_connections must cover every process's")
    parser.add_argument("--api-rate", type=float, default=DEFAULT_RATE, metavar="PER_SECOND",
                        help="API requests per second allowed per token and per client address "
                             f"(default: {DEFAULT_RATE:g})")
    parser.add_argument("--api-burst", type=int, default=DEFAULT_BURST, metavar="N",
                        help=f"API requests allowed at once above that rate (default: {DEFAULT_BURST})")
    return parser.parse_args(argv)


def _error(message: str) -> None:
    print(f"serve.py: error: {message}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["admin"]:
        return backend_admin.main(argv[1:])
    args = parse_args(argv)
    if args.workers is None:
        args.workers = DEFAULT_WORKERS if args.data is None else DEFAULT_WORKERS_WITH_API
    if (args.cert is None) != (args.key is None):
        _error("--cert and --key must be given together")
        return 2
    if not 0 <= args.port <= 65535:
        _error(f"port {args.port} is out of range 0-65535")
        return 2
    if args.workers < 1:
        _error(f"--workers {args.workers} must be at least 1")
        return 2
    # "not > 0" also refuses nan.
    if not args.head_timeout > 0:
        _error(f"--head-timeout {args.head_timeout:g} must be more than 0 seconds")
        return 2
    root = args.root if args.root is not None else DEFAULT_ROOT
    if not os.path.isdir(root):
        _error(f"web root {_display_path(root)} does not exist \u2014 build the app first")
        return 2
    for label, path in (("certificate", args.cert), ("key", args.key)):
        if path is not None and not os.path.isfile(path):
            _error(f"{label} file {path} does not exist")
            return 2

    if args.db_pool < 1:
        _error(f"--db-pool {args.db_pool} must be at least 1")
        return 2
    if args.db is not None and args.data is None:
        _error("--db needs --data DIR too: the photos are files there (DIR/blobs)")
        return 2
    api = None
    if args.data is not None:
        # "not > 0" also refuses nan.
        if not args.api_rate > 0 or args.api_burst < 1:
            _error("--api-rate must be more than 0 and --api-burst at least 1")
            return 2
        try:
            db = open_database(args.data, args.db, args.db_pool)
        except DataError as exc:
            _error(str(exc))
            return 2
        api = Api(db, RateLimiter(args.api_rate, args.api_burst), max_waiting_pulls(args.workers))

    try:
        server = make_server(root, args.host, args.port, args.cert, args.key, args.quiet,
                             args.workers, args.head_timeout, api)
    except ssl.SSLError as exc:
        _error(f"cannot load certificate/key: {exc}")
        return 2
    except OSError as exc:
        _error(f"cannot listen on {args.host}:{args.port}: {exc}")
        return 1

    # Scripts and tests parse this exact line to learn the port; flush because
    # stdout is a pipe (block-buffered) when they do.
    print(f"Atelier is served at {served_url(server, args.host)}", flush=True)
    if api is not None:
        where = _display_path(args.data) + (f" and {db.describe()}" if args.db else "")
        print(f"Sync API at {served_url(server, args.host)}api/v1/ with its data in {where}", flush=True)
        # Sends the mail of the ateliers that have SMTP settings (docs/email.md).
        api.sender.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if api is not None:
            api.sender.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
