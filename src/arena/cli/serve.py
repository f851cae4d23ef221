"""``arena serve``: the HTTP API on uvicorn."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer
import uvicorn

from arena.errors import ConfigurationError
from arena.settings import Settings
from arena.telemetry import configure_logging, get_logger

# Long enough for clients to get their streams' last bytes, short enough that open SSE streams cannot hold
# a restart up: the lifespan then ends every running debate with a shutdown event.
GRACEFUL_SHUTDOWN_SECONDS = 3
# A WebSocket client only ever sends small commands.
MAX_WEBSOCKET_MESSAGE_BYTES = 64 * 1024
MAX_PORT = 65535
MAX_WORKERS = 64

_log = get_logger(__name__)


def exposure_warning(host: str, settings: Settings) -> str | None:
    """What to shout when the server would listen beyond this machine with accounts off: anyone who can
    reach it may debate without limit. None when accounts are on or the address is loopback."""
    if settings.accounts_enabled or host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass  # a host name: it may resolve to anything
    return (f"WARNING: listening on {host} with ARENA_ACCOUNTS_ENABLED off: no sign-up, no API keys, no quotas "
            "or rate limits; anyone who can reach this address may run unlimited debates. Set "
            "ARENA_ACCOUNTS_ENABLED=true (and ARENA_JWT_SECRET) to serve beyond this machine.")


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (more than one needs ARENA_REDIS_URL).")] = 1,
) -> None:
    """Serve the API: debates over SSE and WebSocket, players, parsing, sources, OpenAI-compatible chat."""
    # Checked here rather than by Typer, whose usage errors span several lines.
    if not 0 <= port <= MAX_PORT:
        raise ConfigurationError(f"--port must be between 0 and {MAX_PORT}, got {port}")
    if not 1 <= workers <= MAX_WORKERS:
        raise ConfigurationError(f"--workers must be between 1 and {MAX_WORKERS}, got {workers}")
    settings = Settings()
    if workers > 1 and not settings.redis_url:
        raise ConfigurationError(
            f"--workers {workers} needs ARENA_REDIS_URL: workers share debate streams through Redis"
        )
    configure_logging(level=settings.log_level, json=settings.log_json)
    warning = exposure_warning(host, settings)
    if warning is not None:
        typer.secho(warning, err=True, fg=typer.colors.RED, bold=True)
        _log.warning("accounts disabled on a public address", host=host)
    uvicorn.run(
        "arena.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        ws_max_size=MAX_WEBSOCKET_MESSAGE_BYTES,
        # Client addresses come from ARENA_TRUSTED_PROXIES only (arena.api.client_address), never from a
        # forwarded header uvicorn believed on its own.
        proxy_headers=False,
    )


def register(app: typer.Typer) -> None:
    """Add the serve command to the root app."""
    app.command("serve")(serve)
