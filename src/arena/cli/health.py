"""``arena health [--url URL]``: the same report as ``/healthz``, as JSON.

Without ``--url`` it probes the dependencies configured here (``ARENA_*``) from this process; with it, it
reads a running server's ``/healthz``. Exit codes: 0 ready (``ok`` or ``degraded``), 1 a required dependency
is down, 2 the server could not be read (or ``--url`` is no server's URL).
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import httpx
import typer

from arena.bootstrap import build
from arena.cli.documents import print_json
from arena.cli.exit_codes import ExitCode
from arena.cli.server_url import server_base_url
from arena.resilience import HealthUnreadable
from arena.settings import Settings

_HTTP_TIMEOUT_SECONDS = 10.0


def register(app: typer.Typer) -> None:
    """Add the health command to the root app."""
    app.command("health")(health)


def health(
    url: Annotated[str | None, typer.Option(help="A running server's base URL (http://127.0.0.1:8000).",
                                            show_default=False)] = None,
) -> None:
    """Each dependency's state, breaker state and probe latency, and the features degraded."""
    report = _read(url) if url is not None else asyncio.run(_probe_here(Settings()))
    print_json(report)
    if report.get("status") == "down":
        raise typer.Exit(ExitCode.NOT_READY)


def _read(url: str) -> dict[str, Any]:
    base = server_base_url(url, "--url")
    try:
        response = httpx.get(base + "/healthz", timeout=_HTTP_TIMEOUT_SECONDS)
        response.raise_for_status()
        report: dict[str, Any] = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise HealthUnreadable(f"cannot read {base}/healthz: {exc}") from exc
    return report


async def _probe_here(settings: Settings) -> dict[str, Any]:
    # No migration: a health check reports a missing database rather than trying to create one.
    services = build(settings, migrate_schema=False)
    try:
        return (await services.health.check()).as_dict()
    finally:
        await services.event_log.close()  # its Redis client is async: closed on this loop, as the API does
        await services.breakers.aclose()
        services.close()
