"""`python3 serve.py admin --data DIR [--db postgresql://...] <command>`: ateliers, people and tokens.

A token is printed once, when it is made, on a line of its own starting
"token: "; only its hash is kept, so a lost token is revoked and replaced.
"""

from __future__ import annotations

import argparse
import sys

from . import people
from .db import DataError, open_database

DEFAULT_NAME = "My atelier"
DEFAULT_CODE = "ATL"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="serve.py admin",
                                     description="Manage the sync server's ateliers, people and tokens.")
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
    except (people.Refused, DataError) as exc:
        print(f"serve.py admin: error: {exc}", file=sys.stderr)
        return 1
    finally:
        if db is not None:
            db.close()
    return 0


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
