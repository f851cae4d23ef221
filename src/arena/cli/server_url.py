"""A running Arena server's base URL as given on the command line (``--server``, ``--url``), checked before any
request: text that is no http(s) URL with a host was sent as one and reported as a server that cannot be
reached, or raised httpx's own error as a traceback (``http://[::1``)."""

from __future__ import annotations

import httpx

from arena.errors import ArenaError, echo

_EXAMPLE = "http://127.0.0.1:8000"
_MAX_PORT = 65_535


class InvalidServerUrl(ArenaError, code="invalid-server-url"): ...


def server_base_url(text: str, option: str) -> str:
    """``text`` as a base URL that paths are appended to (no trailing slash); raises ``InvalidServerUrl``, naming
    ``option`` and what to give instead, for anything but an http or https URL with a host, an optional port and
    path, and no query or fragment."""
    try:
        url = httpx.URL(text.strip())
    except httpx.InvalidURL as exc:
        raise InvalidServerUrl(f"{option} {echo(text)} is not a URL ({exc}); give the server's base URL, like "
                               f"{_EXAMPLE}") from None
    if url.scheme not in ("http", "https") or not url.host or "%" in url.host:
        problem = "has no http:// or https://" if url.scheme not in ("http", "https") else "names no valid host"
        raise InvalidServerUrl(f"{option} {echo(text)} {problem}; give the server's base URL, like {_EXAMPLE}")
    if url.port is not None and not 0 < url.port <= _MAX_PORT:
        raise InvalidServerUrl(f"{option} {echo(text)} names port {url.port}, outside 1 to {_MAX_PORT}")
    if url.query or url.fragment:
        raise InvalidServerUrl(f"{option} {echo(text)} has a query or fragment; give the server's base URL, like "
                               f"{_EXAMPLE}")
    return str(url).rstrip("/")
