"""Who may control a debate (cancel or delete it): whoever holds the capability token handed out when it
started. The debate's meta in the event log keeps only the token's SHA-256, so whoever reads the log (a Redis
dump, another worker) learns nothing that controls a debate; the comparison takes constant time.

A controller is a string naming a principal: ``token:<sha256 hex>`` for a token, ``account:<id>`` for an
account. A debate an account started keeps both: its owner (the account, whichever of its keys or tokens
asks) and the token handed to that account once, for clients that cannot send the account's credential (a
browser's WebSocket).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping

CONTROLLER_META_KEY = "controller"
OWNER_META_KEY = "owner"
_TOKEN_BYTES = 32


def new_control_token() -> str:
    """A fresh, unguessable capability token (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(_TOKEN_BYTES)


def token_controller(token: str) -> str:
    """The controller a token names, as a debate's meta keeps it."""
    return "token:" + hashlib.sha256(token.encode()).hexdigest()


def account_controller(account_id: str) -> str:
    """The controller an account names, as a debate's meta keeps its owner."""
    return "account:" + account_id


def may_control(meta: Mapping[str, str], controllers: Iterable[str]) -> bool:
    """Whether one of ``controllers`` is the token or the owner the debate's ``meta`` names (a debate that
    names neither has no controller)."""
    stored = [meta[key].encode() for key in (CONTROLLER_META_KEY, OWNER_META_KEY) if meta.get(key)]
    # Every pair is compared, so the time taken says nothing about which matched or how far.
    matches = [hmac.compare_digest(known, controller.encode()) for controller in controllers for known in stored]
    return any(matches)
