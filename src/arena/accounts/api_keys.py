"""API key format: ``arena_live_`` or ``arena_test_``, 32 random base62 characters, a 6-character checksum.

The checksum (CRC-32 of the rest, base62) lets a mistyped or made-up key be refused without a lookup, and
lets secret scanners recognise real keys. Keys are stored only as their SHA-256 digest.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import zlib

PREFIXES = ("arena_live_", "arena_test_")
_ALPHABET = string.digits + string.ascii_letters
_RANDOM_CHARS = 32
_CHECKSUM_CHARS = 6
_DISPLAY_CHARS = 8  # of the random part, shown in listings beside the prefix


def _base62(number: int, width: int) -> str:
    chars = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        chars.append(_ALPHABET[digit])
    return "".join(reversed(chars))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode()), _CHECKSUM_CHARS)


def new_api_key(mode: str) -> str:
    """A fresh key for ``mode`` (``live`` or ``test``)."""
    body = f"arena_{mode}_" + "".join(secrets.choice(_ALPHABET) for _ in range(_RANDOM_CHARS))
    return body + _checksum(body)


def looks_like_api_key(token: str) -> bool:
    """Whether ``token`` claims to be an API key (by its prefix), well formed or not."""
    return token.startswith(PREFIXES)


def is_well_formed(key: str) -> bool:
    """Prefix, length, alphabet and checksum all right."""
    if not looks_like_api_key(key) or len(key) != len(PREFIXES[0]) + _RANDOM_CHARS + _CHECKSUM_CHARS:
        return False
    body, checksum = key[:-_CHECKSUM_CHARS], key[-_CHECKSUM_CHARS:]
    random_part = body[len(PREFIXES[0]):]
    return all(c in _ALPHABET for c in random_part) and secrets.compare_digest(checksum, _checksum(body))


def key_digest(key: str) -> str:
    """The SHA-256 hex digest stored for a key (the keys are random enough that no salt or slow hash helps)."""
    return hashlib.sha256(key.encode()).hexdigest()


def display_prefix(key: str) -> str:
    """What listings show of a key: its prefix and the first random characters."""
    return key[:len(PREFIXES[0]) + _DISPLAY_CHARS]
