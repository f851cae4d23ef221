"""Page passes: what the web page's own requests carry, so they count against a generous per-address browser
limit instead of the plan's API calls (one visit's player autocomplete would spend a free plan's hour).

A pass is the client address it was handed to and its expiry, signed with HMAC-SHA256 under a key derived
from the access-token secret: only a page this server rendered has one, and it works only from that address.
A script can still fetch the page to get one; what it gains is the browser limit of its own address, never
more, and never with an API key (a key's requests always count against its plan), while debates still come
from the plan's allowance.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from arena.clock import Clock, utc_now

_KEY_LABEL = b"arena page pass v1"


class PagePasses:
    """Issues and checks page passes.

    >>> passes = PagePasses(secret, lifetime=timedelta(hours=12), clock=clock)
    >>> passes.is_valid(passes.issue("203.0.113.7"), "203.0.113.7")   # True; from any other address, False
    """

    def __init__(self, secret: bytes, *, lifetime: timedelta,
                 clock: Clock = utc_now) -> None:
        self._key = hmac.new(secret, _KEY_LABEL, hashlib.sha256).digest()  # not the access tokens' own key
        self._lifetime = lifetime
        self._clock = clock

    @property
    def lifetime(self) -> timedelta:
        return self._lifetime

    def issue(self, address: str) -> str:
        expires = int((self._clock() + self._lifetime).timestamp())
        return f"{expires}.{self._signature(address, expires)}"

    def is_valid(self, page_pass: str, address: str) -> bool:
        expires, _, signature = page_pass.partition(".")
        if not expires.isdigit() or int(expires) <= self._clock().timestamp():
            return False
        return hmac.compare_digest(signature, self._signature(address, int(expires)))

    def _signature(self, address: str, expires: int) -> str:
        return hmac.new(self._key, f"{address}|{expires}".encode(), hashlib.sha256).hexdigest()
