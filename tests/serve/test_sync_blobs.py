"""Photos by content (issue 15): PUT, GET, HEAD /api/v1/blobs/<sha256> and
POST /api/v1/blobs/missing, against a real serve.py.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import threading
import time
import unittest
import zlib

from .sync_helpers import NO_LIMIT, SyncServer, SyncTestCase, admin, open_store, token_of
from .test_serve import parse_response

LIMIT = 16 * 1024 * 1024
CACHE = "private, max-age=31536000, immutable"


def png(width: int = 2, height: int = 2, seed: int = 0) -> bytes:
    """A real PNG (8-bit RGB), different for each seed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + bytes((seed + x + y) % 256 for x in range(width * 3)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg(seed: int = 0) -> bytes:
    """JPEG-shaped bytes: SOI, a JFIF APP0 segment, a comment, EOI."""
    comment = f"atelier test {seed}".encode()
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + b"\xff\xd9")


def webp(seed: int = 0) -> bytes:
    payload = b"VP8L" + struct.pack("<I", 5) + bytes([0x2F, seed % 256, 0, 0, 0]) + b"\x00"
    return b"RIFF" + struct.pack("<I", 4 + len(payload)) + b"WEBP" + payload


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobTestCase(SyncTestCase):
    def put(self, data: bytes, token: str | None = None, sha256: str | None = None,
            content_type: str | None = "image/png"):
        headers = {"Content-Type": content_type} if content_type is not None else {}
        return self.call("PUT", f"/api/v1/blobs/{sha256 or sha(data)}", token or self.token,
                         raw=data, headers=headers)

    def get(self, sha256: str, token: str | None = None, method: str = "GET", headers=None):
        return self.call(method, f"/api/v1/blobs/{sha256}", token or self.token, headers=headers)

    def missing(self, hashes, token: str | None = None):
        return self.call("POST", "/api/v1/blobs/missing", token or self.token, {"hashes": hashes})

    def temp_files(self) -> list[str]:
        folder = os.path.join(self.data, "blobs", "tmp")
        return os.listdir(folder) if os.path.isdir(folder) else []

    def assert_no_temp_files(self):
        # The server answers before its `finally` has removed a temporary file at most by a hair.
        deadline = time.monotonic() + 5
        while self.temp_files() and time.monotonic() < deadline:
            time.sleep(0.02)
        self.assertEqual(self.temp_files(), [])

    def rows(self) -> int:
        return open_store(self.data).connection().execute("SELECT COUNT(*) FROM blobs").fetchone()[0]


class StoreAndFetchTest(BlobTestCase):
    def test_store_then_fetch_byte_identical(self):
        for data, kind in [(png(4, 3), "image/png"), (jpeg(1), "image/jpeg"), (webp(1), "image/webp")]:
            with self.subTest(kind=kind):
                h = sha(data)
                status, headers, reply = self.put(data, content_type=kind)
                self.assertEqual(status, 201, reply)
                self.assertEqual(reply, {"hash": h, "type": kind, "bytes": len(data)})
                self.assertEqual(headers["content-type"], "application/json")
                status, headers, body = self.get(h)
                self.assertEqual(status, 200)
                self.assertEqual(body, data)
                self.assertEqual(headers["content-type"], kind)
                self.assertEqual(headers["content-length"], str(len(data)))
                self.assertEqual(headers["cache-control"], CACHE)
                self.assertEqual(headers["etag"], f'"{h}"')
                self.assertEqual(headers["x-content-type-options"], "nosniff")
        self.assert_no_temp_files()

    def test_resend_is_200_and_keeps_the_first(self):
        data = png(seed=7)
        self.assertEqual(self.put(data)[0], 201)
        status, _, reply = self.put(data)
        self.assertEqual(status, 200, reply)
        self.assertEqual(reply["hash"], sha(data))
        # A re-send with another declared type is harmless too: the stored type stays.
        self.assertEqual(self.put(data, content_type="image/jpeg")[0], 200)
        status, headers, body = self.get(sha(data))
        self.assertEqual((status, headers["content-type"], body), (200, "image/png", data))

    def test_type_parameters_and_case_are_taken(self):
        data = jpeg(seed=9)
        status, _, reply = self.put(data, content_type="Image/JPEG; charset=binary")
        self.assertEqual(status, 201, reply)
        self.assertEqual(reply["type"], "image/jpeg")
        self.assertEqual(self.get(sha(data))[1]["content-type"], "image/jpeg")

    def test_head_and_if_none_match(self):
        data = png(seed=11)
        h = sha(data)
        self.put(data)
        status, headers, body = self.get(h, method="HEAD")
        self.assertEqual((status, body), (200, b""))
        self.assertEqual(headers["content-length"], str(len(data)))
        self.assertEqual(headers["etag"], f'"{h}"')
        status, headers, body = self.get(h, headers={"If-None-Match": f'"{h}"'})
        self.assertEqual((status, body), (304, b""))
        self.assertEqual(headers["etag"], f'"{h}"')
        self.assertEqual(self.get(h, headers={"If-None-Match": f'"{"0" * 64}"'})[2], data)
        # A validator for a blob the atelier does not hold is no shortcut to a 304.
        other = sha(png(seed=12))
        self.assertEqual(self.get(other, headers={"If-None-Match": f'"{other}"'})[0], 404)
        status, _, reply = self.get(other, method="HEAD")
        self.assertEqual((status, reply), (404, b""))

    def test_limit_is_inclusive(self):
        data = png() + b"\x00" * (LIMIT - len(png()))
        self.assertEqual(len(data), LIMIT)
        status, _, reply = self.put(data)
        self.assertEqual(status, 201, reply)
        self.assertEqual(self.get(sha(data))[2], data)

    def test_same_blob_at_once_is_recorded_once(self):
        data = png(8, 8, seed=21)
        statuses = []
        threads = [threading.Thread(target=lambda: statuses.append(self.put(data)[0])) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        self.assertEqual(sorted(statuses), [200, 200, 200, 201])
        self.assertEqual(self.get(sha(data))[2], data)
        self.assert_no_temp_files()


class RefusalTest(BlobTestCase):
    def test_wrong_hash_400_and_nothing_stored(self):
        data, claimed = png(seed=30), sha(png(seed=31))
        rows = self.rows()
        status, _, reply = self.put(data, sha256=claimed)
        self.assertEqual(status, 400, reply)
        self.assertEqual(reply["error"], f"the body's SHA-256 is {sha(data)}, not {claimed}")
        self.assertEqual(self.get(claimed)[0], 404)
        self.assertEqual(self.get(sha(data))[0], 404)
        self.assertEqual(self.missing([claimed])[2], {"missing": [claimed]})
        self.assertEqual(self.rows(), rows)
        self.assertFalse(os.path.exists(os.path.join(self.data, "blobs", "1", claimed[:2], claimed)))
        self.assert_no_temp_files()

    def test_over_limit_413_before_reading(self):
        h = sha(b"x")
        # The body is never sent: the answer must come from the header alone.
        request = (f"PUT /api/v1/blobs/{h} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.token}\r\n"
                   f"Content-Type: image/jpeg\r\nContent-Length: {LIMIT + 1}\r\n\r\n").encode()
        started = time.monotonic()
        status, headers, reply = parse_response(self.server.raw(request))
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual(status, 413)
        error = json.loads(reply)["error"]
        self.assertIn(str(LIMIT + 1), error)
        self.assertIn(f"at most {LIMIT}", error)
        self.assertEqual(headers["connection"], "close")
        self.assertEqual(self.get(h)[0], 404)

    def test_length_required_411(self):
        h = sha(b"x")
        for extra in ("", "Transfer-Encoding: chunked\r\n"):
            with self.subTest(extra=extra):
                request = (f"PUT /api/v1/blobs/{h} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.token}\r\n"
                           f"Content-Type: image/png\r\nConnection: close\r\n{extra}\r\n").encode()
                status, _, reply = parse_response(self.server.raw(request))
                self.assertEqual(status, 411, reply)

    def test_bad_content_type_415(self):
        data = png(seed=40)
        for kind in ("text/html", "application/octet-stream", "image/svg+xml", "image/gif", "", None):
            with self.subTest(kind=kind):
                status, headers, reply = self.put(data, content_type=kind)
                self.assertEqual(status, 415, reply)
                self.assertIn("Content-Type must be image/jpeg, image/webp or image/png", reply["error"])
                if kind:
                    self.assertIn(repr(kind), reply["error"])
                self.assertEqual(headers["connection"], "close")  # the body was not read
        self.assertEqual(self.get(sha(data))[0], 404)

    def test_empty_body_400(self):
        status, _, reply = self.put(b"")
        self.assertEqual(status, 400, reply)
        self.assertIn("the body is empty", reply["error"])

    def test_bad_hash_in_path_404(self):
        h = sha(b"y")
        for name in (h.upper(), h[:63], h + "0", h[:63] + "g", "", "..%2f..%2fatelier.sqlite3",
                     "%2e%2e%2fatelier.sqlite3", "../../atelier.sqlite3", h + "/", h + ".png",
                     "%" + h[:62], h[:32] + "%2f" + h[32:]):
            with self.subTest(name=name):
                for method in ("GET", "PUT"):
                    status, _, reply = self.call(method, "/api/v1/blobs/" + name, self.token,
                                                 raw=b"x" if method == "PUT" else None,
                                                 headers={"Content-Type": "image/png"})
                    self.assertEqual(status, 404, reply)
                    self.assertIn("no API route", reply["error"])
        self.assertEqual(self.temp_files(), [])

    def test_query_and_method(self):
        h = sha(png(seed=41))
        status, _, reply = self.call("GET", f"/api/v1/blobs/{h}?x=1", self.token)
        self.assertEqual(status, 400, reply)
        status, headers, _ = self.call("DELETE", f"/api/v1/blobs/{h}", self.token)
        self.assertEqual((status, headers["allow"]), (405, "GET, HEAD, PUT"))
        status, headers, _ = self.call("GET", "/api/v1/blobs/missing", self.token)
        self.assertEqual((status, headers["allow"]), (405, "POST"))
        self.assertEqual(self.call("POST", f"/api/v1/blobs/{h}", self.token, {})[0], 405)

    def test_wrong_token_401(self):
        data = png(seed=42)
        self.put(data)
        for token in ("wrong-" + self.token, None):
            with self.subTest(token=token):
                h = {"Authorization": f"Bearer {token}"} if token else {}
                for method, path, body in [("GET", f"/api/v1/blobs/{sha(data)}", None),
                                           ("HEAD", f"/api/v1/blobs/{sha(data)}", None),
                                           ("PUT", f"/api/v1/blobs/{sha(png(seed=43))}", png(seed=43)),
                                           ("POST", "/api/v1/blobs/missing", b'{"hashes": []}')]:
                    status, headers, _ = self.call(method, path, raw=body,
                                                   headers={**h, "Content-Type": "image/png"})
                    self.assertEqual(status, 401, (method, path))
                    self.assertEqual(headers["www-authenticate"], 'Bearer realm="atelier"')
        self.assertEqual(self.get(sha(png(seed=43)))[0], 404)

    def test_short_body_stores_nothing(self):
        data = png(64, 64, seed=50)
        h = sha(data)
        rows = self.rows()
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            sock.sendall((f"PUT /api/v1/blobs/{h} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.token}\r\n"
                          f"Content-Type: image/png\r\nContent-Length: {len(data)}\r\n\r\n").encode()
                         + data[:len(data) // 2])
            deadline = time.monotonic() + 5
            while not self.temp_files() and time.monotonic() < deadline:
                time.sleep(0.02)
            self.assertEqual(len(self.temp_files()), 1)  # the server is writing it
            sock.shutdown(socket.SHUT_WR)
            self.assertEqual(sock.recv(65536), b"")  # nobody is left to answer
        self.assert_no_temp_files()
        self.assertEqual(self.get(h)[0], 404)
        self.assertEqual(self.rows(), rows)
        # And the whole body afterwards is taken.
        self.assertEqual(self.put(data)[0], 201)

    def test_storage_error_503_then_served_again(self):
        blobs = os.path.join(self.data, "blobs")
        os.makedirs(blobs, exist_ok=True)
        temp = os.path.join(blobs, "tmp")
        aside = os.path.join(blobs, "tmp-aside")
        if os.path.isdir(temp):
            os.rename(temp, aside)
        with open(temp, "wb"):  # a file where the temporary folder should be
            pass
        data = png(seed=60)
        try:
            status, headers, reply = self.put(data)
            self.assertEqual(status, 503, reply)
            self.assertEqual(headers["retry-after"], "5")
            self.assertIn("try again later", reply["error"])
        finally:
            os.unlink(temp)
            if os.path.isdir(aside):
                os.rename(aside, temp)
        self.assertEqual(self.get(sha(data))[0], 404)
        self.assertEqual(self.put(data)[0], 201)


class AtelierTest(BlobTestCase):
    def test_another_atelier_gets_404_and_keeps_its_own_copy(self):
        other = self.new_atelier("Sartoria", "SAR", "bea")
        data = jpeg(seed=70)
        h = sha(data)
        self.assertEqual(self.put(data, content_type="image/jpeg")[0], 201)
        mine = self.get(h)
        theirs = self.get(h, token=other)
        self.assertEqual(mine[0], 200)
        self.assertEqual(theirs[0], 404)
        # Told exactly what it is told for a blob nobody has: existence does not leak.
        nobody = sha(b"nobody")
        self.assertEqual(theirs[2]["error"].replace(h, "H"),
                         self.get(nobody, token=other)[2]["error"].replace(nobody, "H"))
        self.assertEqual(self.get(h, token=other, method="HEAD")[0], 404)
        self.assertEqual(self.get(h, token=other, headers={"If-None-Match": f'"{h}"'})[0], 404)
        self.assertEqual(self.missing([h], token=other)[2], {"missing": [h]})
        self.assertEqual(self.missing([h])[2], {"missing": []})
        # Its own upload is new to it (201), and from then on each has its own.
        self.assertEqual(self.put(data, token=other, content_type="image/jpeg")[0], 201)
        self.assertEqual(self.get(h, token=other)[2], data)
        self.assertEqual(self.get(h)[2], data)

    def test_a_member_sees_the_atelier_s_blobs(self):
        member = token_of(admin(self.data, "add-person", "1", "carla"))
        data = png(seed=71)
        self.assertEqual(self.put(data, token=member)[0], 201)
        self.assertEqual(self.get(sha(data))[2], data)
        self.assertEqual(self.put(data)[0], 200)


class MissingTest(BlobTestCase):
    def test_missing_in_the_order_given(self):
        held = [png(seed=80 + i) for i in range(3)]
        for data in held:
            self.put(data)
        absent = [sha(png(seed=90 + i)) for i in range(3)]
        asked = [absent[2], sha(held[0]), absent[0], sha(held[1]), absent[1], absent[0], sha(held[2])]
        status, headers, reply = self.missing(asked)
        self.assertEqual(status, 200, reply)
        self.assertEqual(headers["cache-control"], "no-store")
        # Each once, at its first place.
        self.assertEqual(reply, {"missing": [absent[2], absent[0], absent[1]]})
        self.assertEqual(self.missing([])[2], {"missing": []})
        # Uploading what was missing empties the list.
        self.assertEqual(self.put(png(seed=90))[0], 201)
        self.assertEqual(self.missing(asked)[2], {"missing": [absent[2], absent[1]]})

    def test_a_thousand_at_once(self):
        hashes = [sha(str(i).encode()) for i in range(1000)]
        held = png(seed=99)
        self.put(held)
        status, _, reply = self.missing(hashes[:500] + [sha(held)] + hashes[500:999])
        self.assertEqual(status, 200, reply)
        self.assertEqual(reply["missing"], hashes[:999])

    def test_bad_bodies_400(self):
        h = sha(b"z")
        for body, phrase in [({"hashes": [h] * 1001}, "/hashes: at most 1000 hashes per request (got 1001)"),
                             ({"hashes": [h, h.upper()]}, "/hashes/1: a blob's hash is its SHA-256"),
                             ({"hashes": [h, 12]}, "/hashes/1:"),
                             ({"hashes": [h[:63]]}, "/hashes/0:"),
                             ({"hashes": h}, "/hashes: must be an array"),
                             ({}, "/hashes: missing"),
                             ({"hashes": [], "more": 1}, "/more: unknown field"),
                             ([h], "body must be a JSON object")]:
            with self.subTest(phrase=phrase):
                status, _, reply = self.call("POST", "/api/v1/blobs/missing", self.token, body)
                self.assertEqual(status, 400, reply)
                self.assertIn(phrase, reply["error"])


class RestartTest(BlobTestCase):
    def test_a_blob_survives_a_restart(self):
        data = png(16, 16, seed=100)
        h = sha(data)
        self.assertEqual(self.put(data)[0], 201)
        self.server.stop()
        # The class's tearDown stops whatever server is current.
        type(self).server = SyncServer(self.data, self.root, *NO_LIMIT)
        status, headers, body = self.get(h)
        self.assertEqual((status, body), (200, data))
        self.assertEqual(headers["content-type"], "image/png")
        self.assertEqual(self.missing([h])[2], {"missing": []})
        self.assertEqual(self.put(data)[0], 200)

    def test_a_recorded_blob_whose_file_is_gone_is_missing_and_taken_again(self):
        data = png(seed=101)
        h = sha(data)
        self.assertEqual(self.put(data)[0], 201)
        os.unlink(os.path.join(self.data, "blobs", "1", h[:2], h))
        self.assertEqual(self.get(h)[0], 404)
        self.assertEqual(self.missing([h])[2], {"missing": [h]})
        self.assertIn(self.put(data)[0], (200, 201))
        self.assertEqual(self.get(h)[2], data)


class BlobRateLimitTest(BlobTestCase):
    server_args = ("--api-rate", "1", "--api-burst", "2")

    def test_blob_routes_count_like_the_others(self):
        data = png(seed=110)
        self.assertEqual(self.put(data)[0], 201)
        self.assertEqual(self.get(sha(data))[0], 200)
        status, headers, reply = self.put(data)
        self.assertEqual(status, 429, reply)
        self.assertIn("too many requests", reply["error"])
        self.assertEqual(headers["retry-after"], "1")


if __name__ == "__main__":
    unittest.main()
