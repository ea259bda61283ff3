"""The calendar subscription (issue 17), against a real serve.py: an owner makes the secret
address, a device uploads the app's .ics, a calendar app reads it with no token (ETag, 304), a
new link stops the old one, stop stops it; roles, wrong content and oversize bodies refused.

Run from the repo root:
    python3 -m unittest discover -s tests/serve -t . -v
"""

from __future__ import annotations

from .sync_helpers import SyncTestCase, admin, token_of
from .test_serve import parse_response

ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Atelier//EN\r\nBEGIN:VEVENT\r\nUID:fitting-1-1@bfg\r\n"
       "DTSTAMP:20261205T090000Z\r\nDTSTART:20261210T100000\r\nSUMMARY:First fitting – Léa Dubois\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n").encode("utf-8")


class CalendarTest(SyncTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = token_of(admin(cls.data, "add-person", "1", "jonas", "--role", "manager"))
        cls.staff = token_of(admin(cls.data, "add-person", "1", "marie", "--role", "staff"))

    def put(self, data: bytes, token: str | None = None, content_type: str = "text/calendar; charset=utf-8"):
        return self.call("PUT", "/api/v1/calendar", token or self.token, raw=data, headers={"Content-Type": content_type})

    def link(self, action: str, token: str | None = None):
        return self.call("POST", "/api/v1/calendar/link", token or self.token, {"action": action})

    def test_link_upload_read_rotate_stop(self):
        status, _, info = self.call("GET", "/api/v1/calendar", self.token)
        self.assertEqual(status, 200, info)
        status, _, info = self.link("new")
        self.assertEqual(status, 200, info)
        first = info["link"]
        self.assertRegex(first, r"^/api/v1/calendar/[A-Za-z0-9_-]{43}\.ics$")
        # Made before any upload: a calendar with no events.
        status, _, body = self.call("GET", first)
        self.assertEqual((status, body), (200, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Atelier//EN\r\nEND:VCALENDAR\r\n"))
        # The manager's device uploads the app's file.
        status, _, reply = self.put(ICS, self.manager)
        self.assertEqual(status, 200, reply)
        self.assertEqual(reply["bytes"], len(ICS))
        status, headers, body = self.call("GET", first)  # no token: a calendar app
        self.assertEqual(status, 200)
        self.assertEqual(body, ICS)
        self.assertEqual(headers["content-type"], "text/calendar; charset=utf-8")
        etag = headers["etag"]
        status, _, body = self.call("GET", first, headers={"If-None-Match": etag})
        self.assertEqual(status, 304)
        status, headers, body = self.call("HEAD", first)
        self.assertEqual((status, body), (200, b""))
        # The manager sees the link (a device shows it again), staff do not.
        status, _, info = self.call("GET", "/api/v1/calendar", self.manager)
        self.assertEqual((status, info["link"], info["person"]), (200, first, "jonas"))
        self.assert_refused(self.call("GET", "/api/v1/calendar", self.staff), 403, "staff may not see the calendar link")
        # A new link stops the old one; the file stays.
        status, _, info = self.link("new")
        second = info["link"]
        self.assertNotEqual(second, first)
        self.assertEqual(self.call("GET", first)[0], 404)
        self.assertEqual(self.call("GET", second)[2], ICS)
        # Stop: no address reads it.
        status, _, info = self.link("stop")
        self.assertEqual((status, info["link"]), (200, None))
        self.assertEqual(self.call("GET", second)[0], 404)

    def test_who_may_and_what_is_refused(self):
        self.assert_refused(self.link("new", self.manager), 403, "manager may not make or stop the calendar link",
                            "an owner can")
        self.assert_refused(self.put(ICS, self.staff), 403, "staff may not upload the calendar")
        self.assert_refused(self.link("rotate"), 400, '"new"')
        self.assert_refused(self.put(ICS, content_type="text/plain"), 415, "text/calendar")
        self.assert_refused(self.put(b"BEGIN:VEVENT\r\nEND:VEVENT\r\n"), 400, "one iCalendar file")
        self.assert_refused(self.put(b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n"), 400, "not UTF-8")
        # Over 4 MB: refused from the header alone, the body never sent.
        request = (f"PUT /api/v1/calendar HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {self.token}\r\n"
                   f"Content-Type: text/calendar\r\nContent-Length: {4 * 1024 * 1024 + 1}\r\n\r\n").encode()
        self.assertEqual(parse_response(self.server.raw(request))[0], 413)
        status, _, reply = self.call("GET", "/api/v1/calendar", "not-a-token")
        self.assertEqual(status, 401, reply)
        # Guessed, malformed and hostile addresses: the same 404, no token asked.
        for path in ("/api/v1/calendar/" + "A" * 43 + ".ics", "/api/v1/calendar/short.ics",
                     "/api/v1/calendar/..%2f..%2fatelier.sqlite3.ics", "/api/v1/calendar/link.ics"):
            with self.subTest(path=path):
                self.assert_refused(self.call("GET", path), 404, "no calendar at this address")
        self.assertEqual(self.call("PUT", "/api/v1/calendar/" + "A" * 43 + ".ics", raw=b"x")[0], 405)

    def test_ateliers_apart(self):
        other = self.new_atelier("Sartoria", "SAR", "luca")
        status, _, info = self.link("new", other)
        self.assertEqual(status, 200, info)
        self.assertEqual(self.put(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", other)[0], 200)
        status, _, body = self.call("GET", info["link"])
        self.assertEqual(body, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")  # its own file, not Bella Forma's


if __name__ == "__main__":
    import unittest
    unittest.main()
