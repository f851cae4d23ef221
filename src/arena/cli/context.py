"""What a command opens: the settings, and the services built from them, closed when it ends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from arena.settings import Settings

if TYPE_CHECKING:  # bootstrap imports every domain: a command imports it when it opens services, not at start
    from arena.bootstrap import Services

__all__ = ["open_services"]


@contextmanager
def open_services(settings: Settings | None = None) -> Iterator[Services]:
    """Build the services (creating or migrating the database on first use) and close them afterwards."""
    from arena.bootstrap import build  # noqa: PLC0415 (see above)

    services = build(settings or Settings())
    try:
        yield services
    finally:
        services.close()
