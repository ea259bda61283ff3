"""The sync API refuses bad requests cleanly: sizes, lengths, methods, routes, JSON.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unittest

from .sync_helpers import SyncServer, SyncTestCase, entry
from .test_serve import _ServeProcess, parse_response


class BadRequestTest(SyncTestCase):
    def raw_post(self, path: str, head: str, body: bytes = b"") -> tuple[int, dict, dict]:
        request = (f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.token}\r\n"
                   f"{head}\r\n").encode() + body
        status, headers, reply = parse_response(self.server.raw(request))
        return status, headers, json.loads(reply)

    def test_body_without_content_length_411(self):
        status, headers, reply = self.raw_post("/api/v1/push", "Connection: close\r\n")
        self.assertEqual(status, 411, reply)
        self.assertIn("Content-Length is required", reply["error"])
        status, headers, reply = self.raw_post(
            "/api/v1/push", "Transfer-Encoding: chunked\r\n", b"2\r\n{}\r\n0\r\n\r\n")
        self.assertEqual(status, 411, reply)
        self.assertIn("Transfer-Encoding", reply["error"])
        self.assertEqual(headers["connection"], "close")

    def test_too_large_413_before_reading(self):
        # The body is never sent: the answer must come from the header alone.
        for path, length in [("/api/v1/push", 16 * 1024 * 1024 + 1),
                             ("/api/v1/snapshot?pos=0", 64 * 1024 * 1024 + 1)]:
            with self.subTest(path=path):
                request = (f"{'PUT' if 'snapshot' in path else 'POST'} {path} HTTP/1.1\r\nHost: x\r\n"
                           f"Authorization: Bearer {self.token}\r\nContent-Length: {length}\r\n\r\n")
                status, headers, reply = parse_response(self.server.raw(request.encode()))
                self.assertEqual(status, 413)
                self.assertIn(f"at most {length - 1}", json.loads(reply)["error"])
                self.assertEqual(headers["connection"], "close")

    def test_bad_content_length_400(self):
        status, _, reply = self.raw_post("/api/v1/push", "Content-Length: 1e3\r\n")
        self.assertEqual(status, 400)
        self.assertIn("Content-Length", reply["error"])

    def test_unknown_routes_404(self):
        for path in ["/api/v1/nope", "/api/v2/push", "/api/v1/push/", "/api/", "/api/v1/pull/x"]:
            with self.subTest(path=path):
                status, _, reply = self.call("GET", path, self.token)
                self.assertEqual(status, 404)
                self.assertIn("no API route", reply["error"])
        # Outside /api/ the app is served as before.
        status, _, body = self.call("GET", "/")
        self.assertEqual((status, body), (200, b"<p>app</p>"))
        self.assertEqual(self.call("GET", "/api")[0], 404)

    def test_wrong_method_405_with_allow(self):
        for method, path, allow in [("DELETE", "/api/v1/push", "POST"), ("GET", "/api/v1/push", "POST"),
                                    ("PUT", "/api/v1/atelier", "GET"), ("POST", "/api/v1/pull", "GET"),
                                    ("DELETE", "/api/v1/snapshot", "GET, PUT"),
                                    ("PATCH", "/api/v1/numbers", "POST"), ("HEAD", "/api/v1/atelier", "GET")]:
            with self.subTest(method=method, path=path):
                status, headers, _ = self.call(method, path, self.token)
                self.assertEqual(status, 405)
                self.assertEqual(headers["allow"], allow)

    def test_bad_json_400(self):
        for raw, message in [(b"{", "body is not valid JSON"),
                             (b"", "body is not valid JSON"),
                             (b'{"device": "d", "entries": [NaN]}', "NaN is not a number JSON allows"),
                             (b"\xff\xfe{}", "body is not UTF-8"),
                             (b'{"device": "d"} x', "body is not valid JSON"),
                             (b'{"device": "d", "entries": [1e999]}', "the number 1e999, too large"),
                             (b'{"device": "d", "entries": [' + b"9" * 5000 + b"]}",
                              "an integer with too many digits"),
                             (b'{"device": "d", "entries": ["\\ud800"]}', "a lone UTF-16 surrogate")]:
            with self.subTest(raw=raw):
                status, _, reply = self.call("POST", "/api/v1/push", self.token, raw=raw)
                self.assertEqual(status, 400)
                self.assertIn(message, reply["error"])

    def test_deep_nesting_400_and_the_server_lives_on(self):
        for depth in (5_000, 200_000):
            for raw in (b"[" * depth + b"]" * depth,
                        b'{"device":"d","entries":[' + b'{"a":' * depth + b"1" + b"}" * depth + b"]}"):
                status, _, reply = self.call("POST", "/api/v1/push", self.token, raw=raw)
                self.assertEqual(status, 400)
                self.assertIn("nested too deeply", reply["error"])
        # Deep but parseable command inside an entry: stored and served back.
        command = {"type": "x", "deep": json.loads("[" * 200 + "]" * 200)}
        self.push(self.token, "deep", [entry("deep", 1, command)])
        self.assertEqual(self.pull(self.token)["entries"][-1]["command"], command)
        self.assertEqual(self.call("GET", "/api/v1/atelier", self.token)[0], 200)


class LogTest(SyncTestCase):
    def test_one_line_per_request_and_never_a_token(self):
        server = SyncServer(self.data, self.root, quiet=False)
        try:
            self.assertEqual(server.call("GET", "/api/v1/atelier", self.token)[0], 200)
            self.assertEqual(server.call("POST", "/api/v1/push", self.token, {"device": "d"})[0], 400)
            self.assertEqual(server.call("GET", "/api/v1/nope", self.token)[0], 404)
            self.assertEqual(server.call("GET", "/api/v1/atelier", "wrong-" + self.token)[0], 401)
        finally:
            server.stop()
        lines = server.stderr.splitlines()
        self.assertEqual(len(lines), 4, server.stderr)
        for line, expected in zip(lines, ['"GET /api/v1/atelier HTTP/1.1" 200', '"POST /api/v1/push HTTP/1.1" 400',
                                          '"GET /api/v1/nope HTTP/1.1" 404', '"GET /api/v1/atelier HTTP/1.1" 401']):
            self.assertIn(expected, line)
        self.assertNotIn(self.token, server.stderr)
        self.assertNotIn(self.token[:12], server.stderr)


class WithoutDataTest(unittest.TestCase):
    def test_api_is_off_without_data(self):
        tmp = tempfile.mkdtemp(prefix="atelier-nodata-")
        try:
            with open(os.path.join(tmp, "index.html"), "wb") as f:
                f.write(b"x")
            server = _ServeProcess("--root", tmp, "--quiet")
            try:
                import http.client
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
                conn.request("GET", "/api/v1/atelier", headers={"Authorization": "Bearer x"})
                resp = conn.getresponse()
                self.assertEqual((resp.status, resp.getheader("Content-Type")),
                                 (404, "text/html;charset=utf-8"))
                conn.close()
            finally:
                server.stop()
            self.assertEqual(server.stderr, "")
            self.assertFalse(os.path.exists(os.path.join(tmp, "data")))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
