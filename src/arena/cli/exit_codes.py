"""The ``arena`` command's exit codes: one table for every command, looked up along an error's MRO."""

from __future__ import annotations

from enum import IntEnum

from arena.errors import ArenaError
from arena.nlu import NeedsClarification


class ExitCode(IntEnum):
    """What a command's exit status means; scripts branch on these, so the numbers never change."""

    DONE = 0
    NOT_READY = 1  # ``arena health``: a required dependency is down
    BAD_INPUT = 2  # an ArenaError, or arguments Typer refused
    NEEDS_CLARIFICATION = 3  # a name matched several players; the candidates are printed


_BY_ERROR: dict[type[ArenaError], ExitCode] = {
    ArenaError: ExitCode.BAD_INPUT,
    NeedsClarification: ExitCode.NEEDS_CLARIFICATION,
}


def exit_code_for(error: ArenaError) -> ExitCode:
    """The exit code of the nearest class of ``error`` in the table (every ArenaError has one)."""
    return next(_BY_ERROR[cls] for cls in type(error).__mro__ if cls in _BY_ERROR)
