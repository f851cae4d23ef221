"""``arena debate "QUESTION"``: a grounded debate streamed live in the terminal, or its result as JSON.

Exit codes: 0 done, 2 bad input (one line on stderr; with ``--server``, a URL that is no server's), 3 a name
needing clarification (the candidates are printed); with ``--server``, 4 the key refused, 5 the plan's limit
reached, 1 the server unreachable (see :mod:`arena.cli.remote`).

The debate runs through ``services.debates``, the service an API debate runs through, so the LLM writer's
guard and fallback, the usage record and the debate metrics are the same; it is run to its end in this
process (``DebateService.run``), since ``--json`` prints the whole result (facts, sides, fact-checks), which
the event log's events do not carry. With ``--server`` (``ARENA_SERVER_URL``) a remote server runs it
instead, and streams its events and then that same result (:mod:`arena.cli.remote`).

The question is echoed before anything heavy is imported or opened, and a spinner names each step after it:
the domains, the store and the parser's indexes load behind it (see :mod:`arena.cli.debate_view`).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack, nullcontext
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from arena.cli.context import open_services
from arena.cli.exit_codes import exit_code_for
from arena.errors import echo

if TYPE_CHECKING:  # loaded after the first line is out (see the module docstring)
    from arena.bootstrap import Services
    from arena.debate import DebateEvent, DebateRequest, DebateResult

# Kept here rather than imported from the writer registry, whose import would load the writers' clients.
WRITER_CHOICES = "template, openai, llamacpp"


def register(app: typer.Typer) -> None:
    """Add the debate command to the root app."""
    app.command("debate")(debate)


def debate(
    question: Annotated[str, typer.Argument(help='A fan\'s question: "Who\'s better, LeBron or Jordan?"')],
    writer: Annotated[
        str | None, typer.Option("--writer", help=f"Who words the rounds: {WRITER_CHOICES} "
                                 "(default: ARENA_WRITER, else template).", show_default=False),
    ] = None,
    criteria: Annotated[
        str | None, typer.Option("--criteria", help="Weigh only these: peak,efficiency or peak=2,longevity=1 "
                                 "(production, peak, longevity, efficiency, accolades, era_dominance, "
                                 "stat_focus).", show_default=False),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Varies the wording; the numbers never change.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the finished debate as JSON.")] = False,
    server: Annotated[
        str | None, typer.Option("--server", envvar="ARENA_SERVER_URL", help="Run the debate on this Arena "
                                 "server (its base URL) rather than in this process.", show_default=False),
    ] = None,
    key: Annotated[
        str | None, typer.Option("--key", envvar="ARENA_API_KEY", help="The API key (or access token) the "
                                 "server knows you by; without one you are anonymous there.", show_default=False),
    ] = None,
) -> None:
    """Debate a question with real numbers: each side's case, rebuttals, and a reasoned verdict."""
    console = Console(highlight=False)
    if not as_json:
        console.rule(f"[bold]Arena[/]  {escape(question)}")
    with ExitStack() as stack:
        if server is None:
            run = _local(stack, console, question, writer=writer, criteria=criteria, seed=seed, quiet=as_json)
        else:
            run = _remote(server, key, question, writer=writer, criteria=criteria, seed=seed)
        from arena.cli import debate_view  # noqa: PLC0415 (see the module docstring)
        from arena.nlu import NeedsClarification  # noqa: PLC0415

        try:
            if as_json:
                result = run(debate_view.note_fallbacks)
                sys.stdout.write(result.model_dump_json(indent=2) + "\n")
            else:
                with debate_view.LiveView(console) as view:
                    run(view.show)
        except NeedsClarification as exc:
            debate_view.print_candidates(exc, as_json)
            raise typer.Exit(exit_code_for(exc)) from None


def _local(stack: ExitStack, console: Console, question: str, *, writer: str | None, criteria: str | None,
           seed: int, quiet: bool) -> Callable[[Callable[[DebateEvent], None]], DebateResult]:
    """The debate run here, through the services an API debate runs through."""
    with _working(console, "Loading the stat store", quiet=quiet):
        from arena.debate import UnknownWriter, parse_criteria  # noqa: PLC0415 (see the module docstring)
        from arena.llm import WRITER_NAMES  # noqa: PLC0415

        weights = parse_criteria(criteria) if criteria is not None else None
        services = stack.enter_context(open_services())
        chosen = writer or services.settings.writer
        if chosen not in WRITER_NAMES:
            raise UnknownWriter(f"unknown writer {echo(chosen)}; choose from {', '.join(WRITER_NAMES)}")
    with _working(console, "Reading the question", quiet=quiet):
        request = services.debates.request(question, criteria=weights, writer=chosen, seed=seed)
        services.parser  # noqa: B018 (builds or loads the parser's indexes under the spinner)
    return lambda on_event: asyncio.run(_run(services, request, on_event))


def _remote(server: str, key: str | None, question: str, *, writer: str | None, criteria: str | None,
            seed: int) -> Callable[[Callable[[DebateEvent], None]], DebateResult]:
    """The debate run by the Arena server at ``server``; the writer and the question are its to check."""
    from arena.cli.remote import RemoteArena  # noqa: PLC0415 (see the module docstring)
    from arena.cli.server_url import server_base_url  # noqa: PLC0415
    from arena.debate import parse_criteria  # noqa: PLC0415

    arena = RemoteArena(server_base_url(server, "--server"), key)
    body = {"question": question, "criteria": parse_criteria(criteria) if criteria is not None else None,
            "writer": writer, "seed": seed}
    return lambda on_event: arena.run(body, on_event)


def _working(console: Console, step: str, *, quiet: bool) -> AbstractContextManager[object]:
    """A spinner naming ``step`` while it runs, on a terminal only (nothing when piped, or for ``--json``)."""
    if quiet or not console.is_terminal:
        return nullcontext()
    return console.status(f"{step}...", spinner="dots")


async def _run(services: Services, request: DebateRequest, on_event: Callable[[DebateEvent], None]) -> DebateResult:
    try:
        return await services.debates.run(request, on_event=on_event)
    finally:
        await services.breakers.aclose()  # the LLM breaker's Redis client belongs to this loop


