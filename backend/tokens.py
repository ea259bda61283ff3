"""Access tokens: random, shown once, stored only as their SHA-256."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_token() -> str:
    """256 random bits, URL-safe (43 characters), never starting with '-': one token in 64 did, and
    `serve.py admin revoke TOKEN` then read it as an option (argparse's exit 2; seen in a CI run)."""
    while True:
        token = secrets.token_urlsafe(32)
        if not token.startswith("-"):
            return token


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def same_hash(a: str, b: str) -> bool:
    # Constant time, so a reply's timing says nothing about how much matched.
    return hmac.compare_digest(a.encode(), b.encode())
