#!/usr/bin/env python3
"""A mail server for the end-to-end tests: takes every message on 127.0.0.1:PORT and appends it to
OUT as one JSON line {"from", "to", "subject", "text", "message_id"}; runs until it is stopped.

    python3 smtp_sink.py PORT OUT
"""

import email
import email.policy
import json
import sys
import time

try:
    from aiosmtpd.controller import Controller
except ImportError:  # Debian's python3-aiosmtpd, when python3 on PATH is another Python (pyenv)
    sys.path.append("/usr/lib/python3/dist-packages")
    from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out: str):
        self.out = out

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        record = {"from": envelope.mail_from, "to": envelope.rcpt_tos, "subject": str(msg["Subject"]),
                  "text": body.get_content() if body else "", "message_id": str(msg["Message-ID"])}
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 2.0.0 Ok: queued"


def main() -> int:
    port, out = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Sink(out), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
