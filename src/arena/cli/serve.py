"""``arena serve``: the HTTP API on uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from arena.errors import ConfigurationError
from arena.settings import Settings
from arena.telemetry import configure_logging

# Long enough for clients to get their streams' last bytes, short enough that open SSE streams cannot hold
# a restart up: the lifespan then ends every running debate with a shutdown event.
GRACEFUL_SHUTDOWN_SECONDS = 3
# A WebSocket client only ever sends small commands.
MAX_WEBSOCKET_MESSAGE_BYTES = 64 * 1024
MAX_PORT = 65535
MAX_WORKERS = 64


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
    configure_logging(level=settings.log_level, json=settings.log_json, secrets=settings.secret_values())
    uvicorn.run(
        "arena.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        ws_max_size=MAX_WEBSOCKET_MESSAGE_BYTES,
    )


def register(app: typer.Typer) -> None:
    """Add the serve command to the root app."""
    app.command("serve")(serve)
