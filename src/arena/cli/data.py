"""``arena data ...``: import, sync and status of the stat store (being written for issue #2)."""

from __future__ import annotations

import typer

app = typer.Typer(help="Load and inspect the stat store.", no_args_is_help=True)
