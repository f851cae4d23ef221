"""``arena serve``: the HTTP API on uvicorn."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import resource
import socket
import sys
from typing import Annotated

import typer
import uvicorn
from uvicorn.supervisors import Multiprocess

from arena.api import ConnectionLimits, ServerConfig
from arena.errors import ConfigurationError, echo
from arena.settings import Settings
from arena.telemetry import configure_logging, get_logger

# Long enough for clients to get their streams' last bytes, short enough that open SSE streams cannot hold
# a restart up: the lifespan then ends every running debate with a shutdown event.
GRACEFUL_SHUTDOWN_SECONDS = 3
MAX_PORT = 65535
MAX_WORKERS = 64
# Descriptors a worker keeps for itself beyond client connections: database and Redis pools, LLM calls, logs.
RESERVED_DESCRIPTORS = 256
# uvicorn's exit status when the server could not start (the port taken...), which ``uvicorn.run`` gives too.
STARTUP_FAILURE = 3

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
    _check_host(host, port)
    settings = Settings()
    if workers > 1 and not settings.redis_url:
        raise ConfigurationError(
            f"--workers {workers} needs ARENA_REDIS_URL: workers share debate streams through Redis"
        )
    configure_logging(level=settings.log_level, json=settings.log_json, secrets=settings.secret_values())
    warning = exposure_warning(host, settings)
    if warning is not None:
        typer.secho(warning, err=True, fg=typer.colors.RED, bold=True)
        _log.warning("accounts disabled on a public address", host=host)
    config = ServerConfig(
        "arena.api.app:create_app",
        limits=ConnectionLimits(
            header_timeout_seconds=settings.server_header_timeout_seconds,
            max_header_bytes=settings.server_max_header_bytes,
            max_connections=min(settings.server_max_connections, _connection_budget()),
            max_connections_per_client=settings.server_max_connections_per_client,
        ),
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        # uvicorn writes its access lines at INFO: above that none would be written, so none is built.
        access_log=logging.getLevelName(settings.log_level.upper()) <= logging.INFO,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        timeout_keep_alive=settings.server_keep_alive_seconds,
        ws_max_size=settings.server_websocket_max_message_bytes,
        # Client addresses come from ARENA_TRUSTED_PROXIES only (arena.api.client_address), never from a
        # forwarded header uvicorn believed on its own.
        proxy_headers=False,
    )
    # What ``uvicorn.run`` does with a Config it builds itself, which could not carry the connection gate.
    server = uvicorn.Server(config)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: uvicorn has shut down already, nothing to report
        if workers > 1:
            Multiprocess(config, sockets=[config.bind_socket()]).run()
            return
        config.load_app()
        server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)


def _check_host(host: str, port: int) -> None:
    """Resolve ``host`` as uvicorn will, before the app is built: a name that is no address was found only once the
    stat store and the parser had loaded, and reported as uvicorn's bare resolver error with its exit status 3."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigurationError(f"--host {echo(host)} is no address to listen on ({reason}); give one such as "
                                 "127.0.0.1, or 0.0.0.0 for every interface") from None


def _connection_budget() -> int:
    """Client connections the descriptor limit allows, after raising its soft limit as far as allowed: past
    it, ``accept`` fails and asyncio stops accepting anyone for a second at a time."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65_536)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        soft = wanted
    return max(1, soft - RESERVED_DESCRIPTORS)


def register(app: typer.Typer) -> None:
    """Add the serve command to the root app."""
    app.command("serve")(serve)
