"""The ``arena`` command: one Typer root; each domain's commands live in their own module here.

Errors are mapped once: an :class:`ArenaError` becomes one line on stderr and the exit code
:mod:`arena.cli.exit_codes` gives its class; anything else propagates as a bug.
"""

from __future__ import annotations

import sys

import typer

from arena.cli import data, debate, health, parse, players, serve
from arena.cli.exit_codes import exit_code_for
from arena.errors import ArenaError
from arena.settings import Settings
from arena.telemetry import configure_logging

app = typer.Typer(
    name="arena",
    help="Arena: grounded sports debates from a real NBA, NFL, MLB and NHL stat store.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(data.app, name="data")
players.register(app)
serve.register(app)
debate.register(app)
parse.register(app)
health.register(app)


def main() -> None:
    try:
        settings = Settings()
        # Logs go to stderr whatever the command: its stdout is its output, often JSON for a script.
        configure_logging(level=settings.log_level, json=settings.log_json, secrets=settings.secret_values())
        app()
    except ArenaError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exit_code_for(exc))
