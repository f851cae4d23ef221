"""Passwords hashed with argon2id (argon2-cffi's defaults, RFC 9106's second recommended parameters)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PASSWORD_CHARS = 10

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified when the email matches no account, so a login takes as long whether or not the account exists.
    Made on the first login, not at import: hashing spends a fifth of a second and 64 MiB, and a CLI debate
    imports this module without logging anyone in."""
    return _hasher.hash("arena-no-such-account")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; with no hash (no such account) it spends the same time and says no."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
