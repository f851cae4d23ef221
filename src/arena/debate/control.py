"""Who may control a debate (cancel or delete it): whoever holds the capability token handed out when it
started. The debate's meta in the event log keeps only the token's SHA-256, so whoever reads the log (a Redis
dump, another worker) learns nothing that controls a debate; the comparison takes constant time.

A controller is a string naming a principal: ``token:<sha256 hex>`` for a token; accounts (issue #15) can
name theirs (``account:<id>``) and store it the same way, with nothing else to change.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping

CONTROLLER_META_KEY = "controller"
_TOKEN_BYTES = 32


def new_control_token() -> str:
    """A fresh, unguessable capability token (256 random bits, URL-safe text)."""
    return secrets.token_urlsafe(_TOKEN_BYTES)


def token_controller(token: str) -> str:
    """The controller a token names, as a debate's meta keeps it."""
    return "token:" + hashlib.sha256(token.encode()).hexdigest()


def may_control(meta: Mapping[str, str], controller: str | None) -> bool:
    """Whether ``controller`` is the one the debate's ``meta`` names (a debate that names none has none)."""
    stored = meta.get(CONTROLLER_META_KEY)
    if not stored or controller is None:
        return False
    return hmac.compare_digest(stored.encode(), controller.encode())
