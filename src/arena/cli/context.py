"""What a command opens: the settings, and the services built from them, closed when it ends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from arena.bootstrap import Services, build
from arena.settings import Settings

__all__ = ["open_services"]


@contextmanager
def open_services(settings: Settings | None = None) -> Iterator[Services]:
    """Build the services (creating or migrating the database on first use) and close them afterwards."""
    services = build(settings or Settings())
    try:
        yield services
    finally:
        services.close()
