"""The /api/v1 routes. JSON in, JSON out, `Authorization: Bearer <token>`; a blob
(a photo by its SHA-256) goes in and out as its own bytes.

Checks run in this order, so cheap refusals come first and an unknown caller
never gets a body read: route (404), method (405), rate per address (429),
token (401), rate per token (429), query and body (411, 413, 415, 400).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
import urllib.parse
from http import HTTPStatus

from . import mail, people, smtp_settings
from .blobs import SHA256, TYPES, Blobs, StorageError
from .calendars import FEED_PREFIX, MAX_CALENDAR_BYTES, Calendars, check_ics
from .entries import (BadRequest, check_device, check_hash, check_int,
                      check_push, dumps, object_body, parse_json)
from .limits import MAX_BLOB_BYTES, MAX_BODY_BYTES, MAX_SNAPSHOT_BYTES, RateLimiter, retry_after
from .log import Conflict, Log
from .mail_sender import Sender

PREFIX = "/api/"
MAX_WAIT_SECONDS = 30
MAX_POS = 2**53 - 1
NUMBERS_DEFAULT = 20
NUMBERS_MAX = 1000
DIGITS = re.compile(r"[0-9]{1,16}")
MISSING_MAX = 1000  # hashes per POST /api/v1/blobs/missing
BLOB_CHUNK = 256 * 1024
# A blob never changes under its name: a browser may keep it for a year without asking again.
BLOB_CACHE = "private, max-age=31536000, immutable"

# path -> {method: (handler name, allowed query parameters)}
ROUTES = {
    "/api/v1/atelier": {"GET": ("atelier", ())},
    "/api/v1/push": {"POST": ("push", ())},
    "/api/v1/pull": {"GET": ("pull", ("after", "wait"))},
    "/api/v1/snapshot": {"GET": ("get_snapshot", ()), "PUT": ("put_snapshot", ("pos",))},
    "/api/v1/hash": {"POST": ("hash", ())},
    "/api/v1/numbers": {"POST": ("numbers", ())},
    "/api/v1/blobs/missing": {"POST": ("missing_blobs", ())},
    "/api/v1/calendar": {"GET": ("calendar", ()), "PUT": ("put_calendar", ())},
    "/api/v1/calendar/link": {"POST": ("calendar_link", ())},
    "/api/v1/mail": {"POST": ("mail", ())},
}
# /api/v1/calendar/<secret>.ics: the subscription a calendar app reads, with no token.
FEED_ROUTE = ("GET", "HEAD")
# /api/v1/blobs/<sha256>, 64 lowercase hex digits (any other name is no route).
BLOB_PREFIX = "/api/v1/blobs/"
BLOB_ROUTE = {"GET": ("get_blob", ()), "HEAD": ("get_blob", ()), "PUT": ("put_blob", ())}


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


class Request:
    """What a route gets: who asks, the query, the parsed body and the blob's hash in the path."""

    def __init__(self, person: people.Person, query: dict[str, str], body, blob: str | None = None):
        self.person = person
        self.query = query
        self.body = body
        self.blob = blob


class BlobReply:
    """A blob to send as it is (GET and HEAD), or only its validator (304)."""

    def __init__(self, sha256: str, blob_type: str | None = None, file=None):
        self.sha256 = sha256
        self.type = blob_type
        self.file = file


class FeedReply:
    """A calendar file for a subscriber, or only its validator (304)."""

    def __init__(self, ics: bytes | None, etag: str):
        self.ics = ics
        self.etag = etag


class Api:
    def __init__(self, db, limiter: RateLimiter, max_waiters: int):
        self.db = db
        self.log = Log(db)
        self.blobs = Blobs(db)
        self.blobs.remove_stale_temp_files()
        self.calendars = Calendars(db)
        # Started by serve.py once it serves (start(), stop()); POST /api/v1/mail wakes it.
        self.sender = Sender(db, self.log)
        self.limiter = limiter
        # A waiting pull holds one of the server's connection workers; this
        # caps how many may, so the rest stay free for everything else.
        self.max_waiters = max_waiters
        self._waiters = threading.BoundedSemaphore(max_waiters) if max_waiters > 0 else None

    # [SECTION] dispatch

    def handle(self, handler) -> None:
        """Answer one request; `handler` is serve.py's BaseHTTPRequestHandler."""
        handler.api_body_read = False
        try:
            self._handle(handler)
        finally:
            self.db.release()

    def _handle(self, handler) -> None:
        try:
            status, reply = self._route(handler)
            self.db.release()  # the store is done with: a slow reader holds no connection
            if isinstance(reply, BlobReply):
                self._send_blob(handler, status, reply)
            elif isinstance(reply, FeedReply):
                self._send_feed(handler, status, reply)
            else:
                self._send(handler, status, reply)
        except HttpError as exc:
            self._send(handler, exc.status, dumps({"error": str(exc)}), exc.headers)
        except BadRequest as exc:
            self._send(handler, HTTPStatus.BAD_REQUEST, dumps({"error": str(exc)}))
        except Conflict as exc:
            self._send(handler, HTTPStatus.CONFLICT, dumps({"error": str(exc)}))
        except RecursionError:
            self._send(handler, HTTPStatus.BAD_REQUEST, dumps({"error": "body is nested too deeply"}))
        except (*self.db.errors, StorageError) as exc:
            # Nothing was acknowledged; the client sends it again later.
            handler.log_error("storage error: %s", exc)
            self._send(handler, HTTPStatus.SERVICE_UNAVAILABLE,
                       dumps({"error": "the server could not read or write its data; try again later"}),
                       {"Retry-After": "5"})

    def _route(self, handler) -> tuple[int, str | BlobReply]:
        split = urllib.parse.urlsplit(handler.path)
        methods = ROUTES.get(split.path)
        blob = None
        if methods is None and split.path.startswith(BLOB_PREFIX):
            # The raw path, never unquoted: "..%2f" or "%61" is simply not a hash.
            blob = split.path[len(BLOB_PREFIX):]
            if not SHA256.fullmatch(blob):
                raise HttpError(HTTPStatus.NOT_FOUND,
                                f"no API route {split.path} (a blob is {BLOB_PREFIX}<sha256>, "
                                "64 lowercase hex digits)")
            methods = BLOB_ROUTE
        if methods is None and split.path.startswith(FEED_PREFIX) and split.path.endswith(".ics"):
            return self._feed(handler, split.path[len(FEED_PREFIX):-len(".ics")])
        if methods is None:
            raise HttpError(HTTPStatus.NOT_FOUND, f"no API route {split.path}")
        if handler.command not in methods:
            raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED,
                            f"{split.path} takes {' or '.join(methods)}, not {handler.command}",
                            {"Allow": ", ".join(methods)})
        name, allowed = methods[handler.command]
        self._limit("addr:" + str(handler.client_address[0]))
        person = self._authenticate(handler.headers.get("Authorization"))
        self._limit("token:" + person.token_hash)
        query = _parse_query(split.query, allowed)
        if name == "put_blob":
            # Raw bytes, streamed to a file as they come: not the JSON reader.
            return self._put_blob(Request(person, query, None, blob), handler)
        if name == "put_calendar":
            return self._put_calendar(Request(person, query, None), handler)
        body = None
        if handler.command in ("POST", "PUT"):
            limit = MAX_SNAPSHOT_BYTES if name == "put_snapshot" else MAX_BODY_BYTES
            body = parse_json(_read_body(handler, limit))
        if name == "get_blob":
            return self._get_blob(Request(person, query, None, blob), handler.headers.get("If-None-Match"))
        return getattr(self, "_" + name)(Request(person, query, body))

    def _limit(self, key: str) -> None:
        wait = self.limiter.take(key)
        if wait > 0:
            raise HttpError(HTTPStatus.TOO_MANY_REQUESTS, "too many requests; slow down",
                            {"Retry-After": retry_after(wait)})

    def _authenticate(self, header: str | None) -> people.Person:
        unauthorized = {"WWW-Authenticate": 'Bearer realm="atelier"'}
        if not header:
            raise HttpError(HTTPStatus.UNAUTHORIZED, "no token: send Authorization: Bearer <token>",
                            unauthorized)
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise HttpError(HTTPStatus.UNAUTHORIZED, "the Authorization header must be Bearer <token>",
                            unauthorized)
        person = people.authenticate(self.db, token)
        if person is None:
            raise HttpError(HTTPStatus.UNAUTHORIZED, "unknown or revoked token", unauthorized)
        return person

    def _send(self, handler, status: int, reply: str, headers: dict | None = None) -> None:
        data = reply.encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Cache-Control", "no-store")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        if _body_pending(handler):
            # The body was never read, so the connection cannot carry another request.
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(data)

    def _send_blob(self, handler, status: int, reply: BlobReply) -> None:
        handler.send_response(status)
        if reply.file is None:  # 304
            handler.send_header("ETag", f'"{reply.sha256}"')
            handler.send_header("Cache-Control", BLOB_CACHE)
            handler.end_headers()
            return
        with reply.file as f:
            # From fstat of the open file, so the length always matches the bytes sent.
            size = os.fstat(f.fileno()).st_size
            handler.send_header("Content-Type", reply.type)
            handler.send_header("Content-Length", str(size))
            handler.send_header("ETag", f'"{reply.sha256}"')
            handler.send_header("Cache-Control", BLOB_CACHE)
            handler.end_headers()
            if handler.command != "HEAD":
                shutil.copyfileobj(f, handler.wfile, length=BLOB_CHUNK)

    # [SECTION] routes

    def _atelier(self, req: Request) -> tuple[int, str]:
        a = req.person.atelier_id
        return HTTPStatus.OK, dumps({"atelier": people.atelier_info(self.db, a),
                                     "person": req.person.name, "role": req.person.role,
                                     "head": self.log.head(a),
                                     "disagree": self.log.disagreements(a),
                                     "mail": smtp_settings.configured(self.db.connection(), a)})

    def _push(self, req: Request) -> tuple[int, str]:
        _, entries = check_push(req.body)
        accepted, head = self.log.append(req.person.atelier_id, req.person.name, entries, req.person.role)
        return HTTPStatus.OK, dumps({"head": head, "accepted": accepted})

    def _pull(self, req: Request) -> tuple[int, str]:
        after = _query_int(req.query, "after", 0, MAX_POS, default=0)
        wait = _query_int(req.query, "wait", 0, MAX_WAIT_SECONDS, default=0)
        a = req.person.atelier_id
        if wait > 0 and self.log.head(a) <= after:
            if self._waiters is None or not self._waiters.acquire(blocking=False):
                raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE,
                                "too many pulls are waiting already; pull again without wait "
                                "or in a moment", {"Retry-After": "1"})
            try:
                self.log.wait_past(a, after, wait)
            finally:
                self._waiters.release()
        return HTTPStatus.OK, self.log.pull_json(a, after)

    def _get_snapshot(self, req: Request) -> tuple[int, str]:
        reply = self.log.checkpoint_json(req.person.atelier_id)
        if reply is None:
            raise HttpError(HTTPStatus.NOT_FOUND, "no checkpoint yet")
        return HTTPStatus.OK, reply

    def _put_snapshot(self, req: Request) -> tuple[int, str]:
        if "pos" not in req.query:
            raise BadRequest("pos: missing (PUT /api/v1/snapshot?pos=N)")
        pos = _query_int(req.query, "pos", 0, MAX_POS)
        body = object_body(req.body, ("hash", "snapshot"), ("hash", "snapshot"))
        state_hash = check_hash(body["hash"], "/hash")
        if not isinstance(body["snapshot"], dict):
            raise BadRequest("/snapshot: must be a JSON object")
        head = self.log.put_checkpoint(req.person.atelier_id, pos, state_hash, dumps(body["snapshot"]))
        return HTTPStatus.OK, dumps({"pos": pos, "head": head})

    def _hash(self, req: Request) -> tuple[int, str]:
        body = object_body(req.body, ("device", "pos", "hash"), ("device", "pos", "hash"))
        device = check_device(body["device"], "/device")
        pos = check_int(body["pos"], "/pos", 0, MAX_POS)
        state_hash = check_hash(body["hash"], "/hash")
        agree = self.log.report_hash(req.person.atelier_id, device, pos, state_hash)
        return HTTPStatus.OK, dumps({"pos": pos, "agree": agree})

    def _numbers(self, req: Request) -> tuple[int, str]:
        body = object_body(req.body, ("device", "orders", "clients"), ("device",))
        device = check_device(body["device"], "/device")
        orders = check_int(body.get("orders", NUMBERS_DEFAULT), "/orders", 0, NUMBERS_MAX)
        clients = check_int(body.get("clients", NUMBERS_DEFAULT), "/clients", 0, NUMBERS_MAX)
        if orders == 0 and clients == 0:
            raise BadRequest("/orders: ask for at least one order number or client id")
        pos, head = self.log.append_numbers(req.person.atelier_id, req.person.name, device,
                                            orders, clients)
        return HTTPStatus.OK, dumps({"pos": pos, "head": head})

    # [SECTION] email sent by the server (backend/mail.py, docs/email.md)

    def _mail(self, req: Request) -> tuple[int, str]:
        kind, items = mail.check_request(req.body)
        if kind == "retry":
            _need_role(req, ("owner", "manager"), "ask again for refused messages")
        a = req.person.atelier_id
        if kind == "withdraw":
            # With or without SMTP: what is held while sending is off goes when it is on again,
            # unless withdrawn meanwhile.
            return HTTPStatus.OK, dumps(mail.withdraw(self.db, a, items))
        if not smtp_settings.configured(self.db.connection(), a):
            raise HttpError(HTTPStatus.CONFLICT, "mail is not configured for this atelier")
        reply = mail.hand(self.db, a, items) if kind == "messages" else mail.retry(self.db, a, items)
        if reply["queued"]:
            self.sender.wake()
        return HTTPStatus.OK, dumps(reply)

    # [SECTION] the calendar subscription (backend/calendars.py)

    def _calendar(self, req: Request) -> tuple[int, str]:
        _need_role(req, ("owner", "manager"), "see the calendar link")
        return HTTPStatus.OK, dumps(self.calendars.info(req.person.atelier_id))

    def _put_calendar(self, req: Request, handler) -> tuple[int, str]:
        _need_role(req, ("owner", "manager"), "upload the calendar")
        given = (handler.headers.get("Content-Type") or "").partition(";")[0].strip().lower()
        if given != "text/calendar":
            raise HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be text/calendar")
        ics = check_ics(_read_body(handler, MAX_CALENDAR_BYTES))
        updated = self.calendars.put(req.person.atelier_id, req.person.name, ics)
        return HTTPStatus.OK, dumps({"bytes": len(ics), "updated": updated})

    def _calendar_link(self, req: Request) -> tuple[int, str]:
        _need_role(req, ("owner",), "make or stop the calendar link")
        body = object_body(req.body, ("action",), ("action",))
        if body["action"] == "new":
            self.calendars.new_link(req.person.atelier_id)
        elif body["action"] == "stop":
            self.calendars.stop_link(req.person.atelier_id)
        else:
            raise BadRequest('/action: "new" (a new link; the old one stops) or "stop"')
        return HTTPStatus.OK, dumps(self.calendars.info(req.person.atelier_id))

    def _feed(self, handler, secret: str) -> tuple[int, FeedReply]:
        if handler.command not in FEED_ROUTE:
            raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, f"a calendar is read with GET, not {handler.command}",
                            {"Allow": ", ".join(FEED_ROUTE)})
        self._limit("addr:" + str(handler.client_address[0]))
        found = self.calendars.feed(secret)
        if found is None:
            # The same answer for a malformed, an old and a never-made address.
            raise HttpError(HTTPStatus.NOT_FOUND, "no calendar at this address (a new link may have replaced it)")
        ics, _ = found
        etag = '"' + hashlib.sha256(ics).hexdigest() + '"'
        match = handler.headers.get("If-None-Match")
        if match and _etag_matches(match, etag.strip('"')):
            return HTTPStatus.NOT_MODIFIED, FeedReply(None, etag)
        return HTTPStatus.OK, FeedReply(ics, etag)

    def _send_feed(self, handler, status: int, reply: FeedReply) -> None:
        handler.send_response(status)
        handler.send_header("ETag", reply.etag)
        # Calendar apps poll; each poll asks again, cheaply when nothing changed.
        handler.send_header("Cache-Control", "private, no-cache")
        if reply.ics is None:
            handler.end_headers()
            return
        handler.send_header("Content-Type", "text/calendar; charset=utf-8")
        handler.send_header("Content-Disposition", 'inline; filename="atelier.ics"')
        handler.send_header("Content-Length", str(len(reply.ics)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(reply.ics)

    # [SECTION] blobs (photos and thumbnails by their SHA-256)

    def _put_blob(self, req: Request, handler) -> tuple[int, str]:
        length = _content_length(handler, MAX_BLOB_BYTES)
        given = handler.headers.get("Content-Type")
        blob_type = (given or "").partition(";")[0].strip().lower()
        if blob_type not in TYPES:
            what = f"not {given.strip()[:80]!r}" if given else "and none was sent"
            raise HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                            f"Content-Type must be {', '.join(TYPES[:-1])} or {TYPES[-1]}, {what}")
        if length == 0:
            raise BadRequest(f"the body is empty: a blob is 1 to {MAX_BLOB_BYTES} bytes")
        created = self.blobs.store(req.person.atelier_id, req.person.name, req.blob, blob_type,
                                   length, _body_chunks(handler, length))
        return (HTTPStatus.CREATED if created else HTTPStatus.OK,
                dumps({"hash": req.blob, "type": blob_type, "bytes": length}))

    def _get_blob(self, req: Request, if_none_match: str | None) -> tuple[int, BlobReply]:
        a = req.person.atelier_id
        if if_none_match and _etag_matches(if_none_match, req.blob):
            if self.blobs.find(a, req.blob) is not None:
                return HTTPStatus.NOT_MODIFIED, BlobReply(req.blob)
        found = self.blobs.open(a, req.blob)
        if found is None:
            # The same answer whether another atelier holds it or nobody does.
            raise HttpError(HTTPStatus.NOT_FOUND, f"no blob {req.blob} in this atelier")
        blob_type, file = found
        return HTTPStatus.OK, BlobReply(req.blob, blob_type, file)

    def _missing_blobs(self, req: Request) -> tuple[int, str]:
        body = object_body(req.body, ("hashes",), ("hashes",))
        hashes = body["hashes"]
        if not isinstance(hashes, list):
            raise BadRequest("/hashes: must be an array")
        if len(hashes) > MISSING_MAX:
            raise BadRequest(f"/hashes: at most {MISSING_MAX} hashes per request (got {len(hashes)})")
        for i, h in enumerate(hashes):
            if not isinstance(h, str) or not SHA256.fullmatch(h):
                raise BadRequest(f"/hashes/{i}: a blob's hash is its SHA-256, 64 lowercase hex digits")
        return HTTPStatus.OK, dumps({"missing": self.blobs.missing(req.person.atelier_id, hashes)})


# [SECTION] request parts

def _need_role(req: Request, roles: tuple[str, ...], what: str) -> None:
    if req.person.role not in roles:
        who = " or ".join(f"an {r}" if r[0] in "aeiou" else f"a {r}" for r in roles)
        raise HttpError(HTTPStatus.FORBIDDEN, f"{req.person.role} may not {what}; {who} can")


def _parse_query(query: str, allowed: tuple[str, ...]) -> dict[str, str]:
    result: dict[str, str] = {}
    if not query:
        return result
    for part in query.split("&"):
        name, sep, value = part.partition("=")
        name = urllib.parse.unquote(name)
        if name not in allowed:
            expected = f"expected {', '.join(allowed)}" if allowed else "this route takes none"
            raise BadRequest(f"unknown query parameter {name!r} ({expected})")
        if name in result:
            raise BadRequest(f"{name}: given twice")
        result[name] = urllib.parse.unquote(value)
    return result


def _query_int(query: dict[str, str], name: str, low: int, high: int, default: int = 0) -> int:
    if name not in query:
        return default
    text = query[name]
    if not DIGITS.fullmatch(text):
        raise BadRequest(f"{name}: must be a whole number, not {text[:40]!r}")
    value = int(text)
    if not low <= value <= high:
        raise BadRequest(f"{name}: must be from {low} to {high}")
    return value


def _body_pending(handler) -> bool:
    if handler.api_body_read:
        return False
    if handler.headers.get("Transfer-Encoding") is not None:
        return True
    length = handler.headers.get("Content-Length")
    return length is not None and length.strip() != "0"


def _etag_matches(header: str, sha256: str) -> bool:
    for tag in header.split(","):
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag in ("*", f'"{sha256}"'):
            return True
    return False


def _content_length(handler, limit: int) -> int:
    """The body's length from its header (411, 400, 413), before any of it is read."""
    if handler.headers.get("Transfer-Encoding") is not None:
        raise HttpError(HTTPStatus.LENGTH_REQUIRED,
                        "send the body with Content-Length (Transfer-Encoding is not accepted)")
    lengths = handler.headers.get_all("Content-Length") or []
    if not lengths:
        raise HttpError(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
    if len(lengths) > 1 or not DIGITS.fullmatch(lengths[0].strip()):
        raise BadRequest("Content-Length must be one whole number")
    length = int(lengths[0].strip())
    if length > limit:
        raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                        f"the body is {length} bytes; this route takes at most {limit}")
    return length


def _read_body(handler, limit: int) -> bytes:
    length = _content_length(handler, limit)
    data = handler.rfile.read(length)
    if len(data) < length:
        # The client went away mid-body; nobody is left to answer.
        raise ConnectionResetError("body cut short")
    handler.api_body_read = True
    return data


def _body_chunks(handler, length: int):
    """The body in pieces as it arrives; a body cut short raises, as _read_body does."""
    left = length
    while left > 0:
        chunk = handler.rfile.read(min(BLOB_CHUNK, left))
        if not chunk:
            raise ConnectionResetError("body cut short")
        left -= len(chunk)
        yield chunk
    handler.api_body_read = True
