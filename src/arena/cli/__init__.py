"""The ``arena`` command line; its commands load lazily (see :mod:`arena.cli.app`)."""

from arena.cli.app import main

__all__ = [
    "main",
]
