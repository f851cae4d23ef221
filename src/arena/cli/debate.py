"""``arena debate "QUESTION"``: a grounded debate streamed live in the terminal, or its result as JSON.

Exit codes: 0 done, 2 bad input (one line on stderr), 3 a name needing clarification (the candidates
are printed).
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from arena.cli.context import open_services
from arena.cli.exit_codes import exit_code_for
from arena.debate.engine import DebateEngine
from arena.debate.errors import UnknownWriter
from arena.debate.events import (
    DebateCompleted,
    DebateEvent,
    DebateStarted,
    FactCheck,
    RoundStarted,
    StatCard,
    TextDelta,
    VerdictReached,
    WriterFellBack,
)
from arena.debate.model import DebateRequest
from arena.debate.rounds import MODERATOR
from arena.debate.verdict import parse_criteria, strength_words
from arena.llm.registry import WRITER_NAMES, build_writers
from arena.nlu import NeedsClarification
from arena.nlu.parser import QuestionParser

_SPEAKER_STYLES = ("bold cyan", "bold magenta", "bold green", "bold yellow", "bold blue")


def register(app: typer.Typer) -> None:
    """Add the debate command to the root app."""
    app.command("debate")(debate)


def debate(
    question: Annotated[str, typer.Argument(help='A fan\'s question: "Who\'s better, LeBron or Jordan?"')],
    writer: Annotated[
        str | None, typer.Option("--writer", help=f"Who words the rounds: {', '.join(WRITER_NAMES)} "
                                 "(default: ARENA_WRITER, else template).", show_default=False),
    ] = None,
    criteria: Annotated[
        str | None, typer.Option("--criteria", help="Weigh only these: peak,efficiency or peak=2,longevity=1 "
                                 "(production, peak, longevity, efficiency, accolades, era_dominance, "
                                 "stat_focus).", show_default=False),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Varies the wording; the numbers never change.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the finished debate as JSON.")] = False,
) -> None:
    """Debate a question with real numbers: each side's case, rebuttals, and a reasoned verdict."""
    weights = parse_criteria(criteria) if criteria is not None else None
    with open_services() as services:
        chosen = writer or services.settings.writer
        if chosen not in WRITER_NAMES:
            raise UnknownWriter(f"unknown writer {chosen!r}; choose from {', '.join(WRITER_NAMES)}")
        engine = DebateEngine(services.stats, QuestionParser(services.stats), build_writers(services.settings),
                              first_token_timeout_s=services.settings.llm_first_token_timeout_seconds,
                              round_timeout_s=services.settings.llm_request_timeout_seconds)
        request = DebateRequest(question=question, criteria=weights, writer=chosen, seed=seed)
        try:
            if as_json:
                result = asyncio.run(engine.run(request, on_event=_note_fallbacks))
                sys.stdout.write(result.model_dump_json(indent=2) + "\n")
            else:
                asyncio.run(engine.run(request, on_event=_LiveView(Console(highlight=False)).show))
        except NeedsClarification as exc:
            _print_candidates(exc, as_json)
            raise typer.Exit(exit_code_for(exc)) from None


def _note_fallbacks(event: DebateEvent) -> None:
    """With ``--json`` stdout is the document alone; a writer that fell back is said on stderr."""
    if isinstance(event, WriterFellBack):
        typer.echo(f"note: {event.reason}; {_fallback_words(event)}", err=True)


def _fallback_words(event: WriterFellBack) -> str:
    if event.rest_of_debate:
        return f"the {event.fallback} writer writes the debate from the {event.round} round on"
    return f"the {event.fallback} writer finished the {event.round} round"


def _print_candidates(exc: NeedsClarification, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps({"error": exc.code, "message": exc.message,
                                     "clarification": exc.candidates}, indent=2) + "\n")
        return
    console = Console(highlight=False)
    console.print("[bold]Which one?[/] Say which player you mean.")
    for mention in exc.candidates:
        console.print(f"\n[bold]{escape(mention['mention'])}[/] could be:")
        for candidate in mention["candidates"]:
            console.print(f"  {candidate['name']} ({candidate['league'].upper()}, {candidate['years']}): "
                          f"{candidate['summary']}", markup=False)


class _LiveView:
    """Prints events as they come: speaker labels, the tale of the tape, the verdict panel."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.styles: dict[str, str] = {}

    def _style(self, speaker: str) -> str:
        if speaker == MODERATOR:
            return "bold white"
        return self.styles.setdefault(speaker, _SPEAKER_STYLES[len(self.styles) % len(_SPEAKER_STYLES)])

    def show(self, event: DebateEvent) -> None:
        c = self.console
        if isinstance(event, DebateStarted):
            c.rule(f"[bold]Arena[/]  {escape(event.query)}")
        elif isinstance(event, StatCard):
            c.print(_tale_of_the_tape(event))
        elif isinstance(event, RoundStarted):
            label = "Moderator" if event.speaker == MODERATOR else event.speaker
            c.print(f"\n[{self._style(event.speaker)}]{escape(label)}[/] [dim]({event.round})[/]")
        elif isinstance(event, TextDelta):
            c.print(event.text, end="", soft_wrap=True, markup=False)
        elif isinstance(event, FactCheck) and not event.passed:
            c.print(f"\n[yellow]Fact-check rejected the {event.writer} writer's {event.round} round "
                    f"({escape('; '.join(event.problems))}); the template's round replaces it.[/]")
        elif isinstance(event, WriterFellBack):
            c.print(f"\n[yellow]{escape(event.reason)}; {_fallback_words(event)}.[/]")
        elif isinstance(event, VerdictReached):
            c.print()
            c.print(_verdict_panel(event))
        elif isinstance(event, DebateCompleted):
            c.print(f"[dim]{event.timings_ms['total']:.0f} ms, written by {event.writer}[/]")


def _tale_of_the_tape(card: StatCard) -> Table:
    table = Table(title=card.title, title_style="bold")
    table.add_column("")
    for player in card.players:
        table.add_column(player["name"], justify="right")
    names = [p["name"] for p in card.players]
    for row in card.rows:
        cells = []
        labels = row.get("labels") or [None] * len(names)
        mixed = len({label for label in labels if label is not None}) > 1  # across sports: each value says its stat
        for name, value, label in zip(names, row["values"], labels, strict=True):
            text = "-" if value is None else str(value) + (f" [dim]{label}[/]" if mixed and label else "")
            cells.append(f"[bold]{text}[/]" if row["leader"] == name else text)
        table.add_row(row["label"], *cells)
    return table


def _verdict_panel(event: VerdictReached) -> Panel:
    table = Table(show_header=True, box=None)
    table.add_column("criterion")
    table.add_column("leader")
    table.add_column("weight", justify="right")
    for line in event.scorecard:
        line_data: dict[str, Any] = line
        table.add_row(line_data["label"], line_data["leader"] or "even", f"{line_data['weight']:g}")
    winner = event.winner or "a tie"
    if event.confidence is None:
        return Panel.fit(table, title="No verdict", subtitle=event.summary)
    how = strength_words(event.confidence) if event.winner else ""
    title = f"Verdict: {winner} {how}".strip() + f" (confidence {event.confidence:.2f})"
    return Panel.fit(table, title=title, subtitle=event.summary)
