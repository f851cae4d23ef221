"""Client addresses: X-Forwarded-For counts only through the configured trusted proxies."""

from __future__ import annotations

from arena.api.client_address import client_address, trusted_networks

PROXIES = trusted_networks(["10.0.0.0/8", "127.0.0.1"])


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert client_address("203.0.113.5", "198.51.100.1", ()) == "203.0.113.5"


def test_an_untrusted_peer_cannot_claim_another_address() -> None:
    assert client_address("203.0.113.5", "198.51.100.1", PROXIES) == "203.0.113.5"


def test_through_trusted_proxies_the_first_untrusted_hop_from_the_right_is_the_client() -> None:
    forwarded = "6.6.6.6, 198.51.100.1, 10.1.2.3"  # the client may have sent the first one itself
    assert client_address("127.0.0.1", forwarded, PROXIES) == "198.51.100.1"


def test_a_trusted_peer_without_the_header_is_itself_the_client() -> None:
    assert client_address("10.0.0.2", None, PROXIES) == "10.0.0.2"
    assert client_address(None, None, PROXIES) == "unknown"
