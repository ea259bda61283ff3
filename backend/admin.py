"""`python3 serve.py admin --data DIR [--db postgresql://...] <command>`: ateliers, people and tokens,
and each atelier's SMTP settings (docs/email.md).

A token is printed once, when it is made, on a line of its own starting
"token: "; only its hash is kept, so a lost token is revoked and replaced.
"""

from __future__ import annotations

import argparse
import os
import sys

from . import people, smtp_settings
from .db import DataError, open_database

DEFAULT_NAME = "My atelier"
DEFAULT_CODE = "ATL"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="serve.py admin",
                                     description="Manage the sync server's ateliers, people, tokens and SMTP settings.")
    parser.add_argument("--data", required=True, metavar="DIR", help="the server's data folder")
    parser.add_argument("--db", metavar="URL",
                        help="the server's PostgreSQL database (postgresql://...), as given to serve.py; "
                             "without it, DIR/atelier.sqlite3")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    create = commands.add_parser("create-atelier", help="a new atelier and its owner; prints the owner's token")
    create.add_argument("name")
    create.add_argument("--code", required=True, help="three letters A-Z, e.g. BFG")
    create.add_argument("--owner", default="owner", help="the owner's name (default: owner)")
    add = commands.add_parser("add-person", help="a new person of an atelier; prints their token")
    add.add_argument("atelier_id", type=int, metavar="ATELIER_ID")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", default="manager", choices=("owner", "manager", "staff"),
                     help="what their token may write (default: manager; docs/commands.md, people and roles)")
    role = commands.add_parser("set-role", help="give a person another role (their tokens follow at once)")
    role.add_argument("person_id", type=int, metavar="PERSON_ID")
    role.add_argument("role", choices=("owner", "manager", "staff"))
    revoke = commands.add_parser("revoke", help="revoke a token ('-' reads it from stdin)")
    revoke.add_argument("token", metavar="TOKEN")
    commands.add_parser("list", help="ateliers and their people (never tokens)")
    smtp = commands.add_parser("set-smtp", help="send the atelier's email through this SMTP server "
                                                 "(docs/email.md); the password from a file or a variable")
    smtp.add_argument("atelier_id", type=int, metavar="ATELIER_ID")
    smtp.add_argument("--host", required=True, help="the mail server, e.g. smtp.example.com")
    smtp.add_argument("--port", type=int, required=True, help="587 with starttls, 465 with tls, 25 with none")
    smtp.add_argument("--security", required=True, choices=smtp_settings.SECURITY,
                      help="starttls (port 587), tls (465) or none (a relay on this machine)")
    smtp.add_argument("--user", default="", help="the name to log in with (none: no login)")
    password = smtp.add_mutually_exclusive_group()
    password.add_argument("--password-file", metavar="FILE",
                          help="a file holding the password (one trailing line break is dropped)")
    password.add_argument("--password-env", metavar="NAME", help="an environment variable holding it")
    smtp.add_argument("--from", dest="sender", required=True, metavar="ADDR",
                      help='the From of every message, e.g. "Bella Forma <atelier@example.com>"')
    show = commands.add_parser("smtp", help="show an atelier's SMTP settings (never the password) and its mail")
    show.add_argument("atelier_id", type=int, metavar="ATELIER_ID")
    off = commands.add_parser("smtp-off", help="stop sending an atelier's email (queued mail waits)")
    off.add_argument("atelier_id", type=int, metavar="ATELIER_ID")
    init = commands.add_parser("init", help="create a first atelier if there is none (scripts/run.sh)")
    init.add_argument("--name", default=DEFAULT_NAME)
    init.add_argument("--code", default=DEFAULT_CODE)
    init.add_argument("--owner", default="owner")
    return parser.parse_args(argv)


def _print_token(name: str, atelier_id: int, token: str) -> None:
    print(f"Token for {name} (shown only now; it reaches atelier {atelier_id} only):")
    print(f"token: {token}")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    db = None
    try:
        # Settings are read and checked before the store is opened: nothing is made for a
        # command that cannot run.
        settings = _smtp_settings(args) if args.command == "set-smtp" else None
        db = open_database(args.data, args.db)
        if args.command == "create-atelier":
            atelier_id, token = people.create_atelier(db, args.name, args.code, args.owner)
            print(f"Created atelier {atelier_id} {args.name.strip()!r} ({args.code}), "
                  f"owner {args.owner.strip()!r}.")
            _print_token(args.owner.strip(), atelier_id, token)
        elif args.command == "add-person":
            token = people.add_person(db, args.atelier_id, args.name, args.role)
            print(f"Added {args.name.strip()!r} to atelier {args.atelier_id} as {args.role}.")
            _print_token(args.name.strip(), args.atelier_id, token)
        elif args.command == "set-role":
            print(f"{people.set_role(db, args.person_id, args.role)}.")
        elif args.command == "revoke":
            token = sys.stdin.readline().strip() if args.token == "-" else args.token
            whose = people.revoke(db, token)
            print(f"Revoked the token of {whose}.")
        elif args.command == "list":
            _print_list(people.list_all(db))
        elif args.command == "init":
            _init(db, args)
        elif args.command == "set-smtp":
            smtp_settings.put(db, args.atelier_id, settings)
            print(f"Atelier {args.atelier_id} sends its email through {settings.host}:{settings.port} "
                  f"({settings.security}), from {settings.sender}.")
        elif args.command == "smtp":
            _show_smtp(db, args.atelier_id)
        elif args.command == "smtp-off":
            _smtp_off(db, args.atelier_id)
    except (people.Refused, DataError) as exc:
        print(f"serve.py admin: error: {exc}", file=sys.stderr)
        return 1
    finally:
        if db is not None:
            db.close()
    return 0


def _password(args: argparse.Namespace) -> str:
    """From --password-file or --password-env, never the command line (other users of the
    machine can read a process's arguments)."""
    if args.password_file is not None:
        try:
            with open(args.password_file, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise people.Refused(f"cannot read the password file {args.password_file}: "
                                 f"{getattr(exc, 'strerror', None) or exc}") from None
        # An editor's or echo's line break is not part of it.
        text = text[:-1] if text.endswith("\n") else text
        text = text[:-1] if text.endswith("\r") else text
        if not text:
            raise people.Refused(f"the password file {args.password_file} is empty")
        return text
    if args.password_env is not None:
        text = os.environ.get(args.password_env)
        if text is None:
            raise people.Refused(f"the environment variable {args.password_env} is not set (--password-env)")
        if not text:
            raise people.Refused(f"the environment variable {args.password_env} is empty (--password-env)")
        return text
    return ""


def _smtp_settings(args: argparse.Namespace) -> smtp_settings.Settings:
    return smtp_settings.check(args.host, args.port, args.security, args.user, _password(args), args.sender)


def _show_smtp(db, atelier_id: int) -> None:
    settings, counts = smtp_settings.describe(db, atelier_id)
    if settings is None:
        print(f"Atelier {atelier_id} has no SMTP settings: its devices keep their messages for a person "
              "to send (set-smtp to send them from here).")
    else:
        login = (f"user {settings['user']}, password {'set' if settings['password_set'] else 'none'}"
                 if settings["user"] else "no login")
        print(f"atelier {atelier_id}  host {settings['host']}  port {settings['port']}  "
              f"{settings['security']}  {login}")
        print(f"  from {settings['sender']}  (set {settings['updated']})")
    states = ("queued", "held", "sending", "retrying", "sent", "refused", "withdrawn")
    print("  mail: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in states))


def _smtp_off(db, atelier_id: int) -> None:
    if smtp_settings.remove(db, atelier_id):
        print(f"Atelier {atelier_id} no longer sends email; what it holds waits until set-smtp.")
    else:
        print(f"Atelier {atelier_id} had no SMTP settings.")


def _print_list(ateliers: list[dict]) -> None:
    if not ateliers:
        print("No ateliers yet (create one with create-atelier NAME --code ABC).")
    for a in ateliers:
        print(f"atelier {a['id']}  {a['name']}  code {a['code']}  entries {a['entries']}")
        for p in a["people"]:
            print(f"  person {p['id']}  {p['name']}  {p['role']}  tokens: "
                  f"{p['active_tokens']} active, {p['revoked_tokens']} revoked")


def _init(db, args: argparse.Namespace) -> None:
    count = people.count_ateliers(db)
    if count:
        where = db.folder + (f" and {db.describe()}" if args.db else "")
        db_arg = " --db URL" if args.db else ""
        print(f"Sync data in {where}: {count} atelier(s). "
              f"`python3 serve.py admin --data {db.folder}{db_arg} list` lists them and their people; "
              "`add-person ATELIER_ID NAME` gives someone a token.")
        return
    atelier_id, token = people.create_atelier(db, args.name, args.code, args.owner)
    print(f"First start: created atelier {atelier_id} {args.name!r} ({args.code}) in {db.folder}, "
          f"owner {args.owner!r}.")
    _print_token(args.owner, atelier_id, token)
