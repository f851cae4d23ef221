"""The client's address as seen through the configured trusted proxies only (``ARENA_TRUSTED_PROXIES``).

``X-Forwarded-For`` is read from the right: each hop that is a trusted proxy passed the request on, and the
first that is not is the client. With no trusted proxies the header is ignored, so nobody can claim another
address (and another anonymous allowance) by sending it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """Parse ``ARENA_TRUSTED_PROXIES`` entries: addresses or CIDR blocks; raises ``ValueError`` on others."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry.strip())


def _is_trusted(address: str, trusted: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(peer: str | None, forwarded_for: str | None, trusted: Sequence[Network]) -> str:
    """Who the client is: ``peer`` (the TCP peer), or when that is a trusted proxy the rightmost address of
    ``forwarded_for`` that is not one (the leftmost, if all are)."""
    address = peer or "unknown"
    if not trusted or not forwarded_for or not _is_trusted(address, trusted):
        return address
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = hop
        if not _is_trusted(hop, trusted):
            break
    return address
