"""The ``arena`` command: one Typer root; each domain's commands live in their own module here.

Errors are mapped once, by the root group: an :class:`ArenaError` becomes one line on stderr and the exit code
:mod:`arena.cli.exit_codes` gives its class; anything else propagates as a bug. The settings and logging are set
up by the root's callback, so ``app`` run in-process (Typer's ``CliRunner``) does all that the script does.
"""

from __future__ import annotations

import importlib

import typer
from typer import _click as click  # Typer vendors Click (0.27 on): its groups are built from these classes
from typer.core import TyperGroup

from arena.cli.exit_codes import exit_code_for
from arena.errors import ArenaError
from arena.settings import Settings
from arena.telemetry import configure_logging

# Each command's module, imported only when that command runs or help lists it (Click's lazily loaded
# subcommands): the domains a module pulls in cost seconds, and `arena debate` must speak within half a second.
_COMMAND_MODULES = {
    "player": "arena.cli.players",
    "leaders": "arena.cli.players",
    "serve": "arena.cli.serve",
    "debate": "arena.cli.debate",
    "parse": "arena.cli.parse",
    "health": "arena.cli.health",
    "data": "arena.cli.data",
    "accounts": "arena.cli.accounts",
    "keys": "arena.cli.accounts",
    "admin": "arena.cli.admin",
}


class _LazyCommands(TyperGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(_COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = _COMMAND_MODULES.get(cmd_name)
        if module_name is None:
            return None
        commands = typer.Typer()
        importlib.import_module(module_name).register(commands)
        return typer.main.get_group(commands).get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ArenaError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exit_code_for(exc)) from exc


app = typer.Typer(
    name="arena",
    cls=_LazyCommands,
    help="Arena: grounded sports debates from a real NBA, NFL, MLB and NHL stat store.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Arena: grounded sports debates from a real NBA, NFL, MLB and NHL stat store."""
    settings = Settings()
    # Logs go to stderr whatever the command: its stdout is its output, often JSON for a script.
    configure_logging(level=settings.log_level, json=settings.log_json, secrets=settings.secret_values())


def main() -> None:
    app()
