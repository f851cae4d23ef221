"""The ``arena`` command's exit codes: one table for every command, looked up along an error's MRO."""

from __future__ import annotations

from enum import IntEnum

from arena.errors import ArenaError


class ExitCode(IntEnum):
    """What a command's exit status means; scripts branch on these, so the numbers never change."""

    DONE = 0
    NOT_READY = 1  # ``arena health``: a required dependency is down; ``--server``: the server is
    BAD_INPUT = 2  # an ArenaError, or arguments Typer refused
    NEEDS_CLARIFICATION = 3  # a name matched several players; the candidates are printed
    NOT_ALLOWED = 4  # ``--server``: the key is refused (401) or lacks the scope (403)
    LIMITED = 5  # ``--server``: the plan's debates this month or calls this hour are used up (429)


# By error code rather than class, so the table imports no domain (the CLI starts without loading them).
_BY_CODE: dict[str, ExitCode] = {
    ArenaError.code: ExitCode.BAD_INPUT,
    "needs-clarification": ExitCode.NEEDS_CLARIFICATION,
    "server-unavailable": ExitCode.NOT_READY,
    "server-refused": ExitCode.NOT_ALLOWED,
    "server-limited": ExitCode.LIMITED,
}


def exit_code_for(error: ArenaError) -> ExitCode:
    """The exit code of the nearest class of ``error`` in the table (every ArenaError has one)."""
    codes = (vars(cls).get("code") for cls in type(error).__mro__)
    return next(_BY_CODE[code] for code in codes if code in _BY_CODE)
