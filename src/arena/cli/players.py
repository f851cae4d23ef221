"""``arena player`` and ``arena leaders`` (being written for issue #2)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the player and leaders commands to the root app."""
