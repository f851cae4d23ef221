"""How ``arena debate`` shows a debate: live on a terminal (a typing indicator, each round's text as it is
written), plain and wrapped when piped; the tale of the tape and a verdict panel that never cuts a word.

Rich leaves out colour and cursor codes by itself where output is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

import json
import sys
from types import TracebackType

import typer
from rich.console import Console, Group
from rich.live import Live
from rich.markup import escape
from rich.panel import Panel
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from arena import debate
from arena.nlu import NeedsClarification

_SPEAKER_STYLES = ("bold cyan", "bold magenta", "bold green", "bold yellow", "bold blue")
_REFRESHES_PER_SECOND = 12


def note_fallbacks(event: debate.DebateEvent) -> None:
    """With ``--json`` stdout is the document alone; a writer that fell back is said on stderr."""
    if isinstance(event, debate.WriterFellBack):
        typer.echo(f"note: {event.reason}; {_fallback_words(event)}", err=True)


def print_candidates(exc: NeedsClarification, as_json: bool) -> None:
    """The players an unclear name could mean, as JSON or as a list to choose from."""
    if as_json:
        sys.stdout.write(json.dumps({"error": exc.code, "message": exc.message,
                                     "clarification": exc.candidates}, indent=2) + "\n")
        return
    console = Console(highlight=False)
    console.print("[bold]Which one?[/] Say which player you mean.")
    for mention in exc.candidates:
        console.print(f"\n[bold]{escape(mention['mention'])}[/] could be:")
        for number, candidate in enumerate(mention["candidates"], start=1):
            console.print(f"  {number}. {candidate['name']} ({candidate['league'].upper()}, {candidate['years']}): "
                          f"{candidate['summary']}", markup=False)


def _fallback_words(event: debate.WriterFellBack) -> str:
    if event.rest_of_debate:
        return f"the {event.fallback} writer writes the debate from the {event.round} round on"
    return f"the {event.fallback} writer finished the {event.round} round"


class LiveView:
    """Shows events as they come. On a terminal the round being written is a live region (the speaker's
    typing indicator, then the text so far); each finished round is printed for good, wrapped to the width.

    >>> with LiveView(console) as view:
    ...     await services.debates.run(request, on_event=view.show)
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self._styles: dict[str, str] = {}
        self._live: Live | None = None
        self._speaker = ""
        self._text = Text()

    def __enter__(self) -> LiveView:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._finish_round()

    def show(self, event: debate.DebateEvent) -> None:
        c = self.console
        if isinstance(event, debate.TextDelta):
            self._text.append(event.text)
            self._refresh()
        elif isinstance(event, debate.SpeakerTyping):
            self._start_round(event.speaker)
        elif isinstance(event, debate.RoundStarted):
            self._finish_round()
            label = "Moderator" if event.speaker == debate.MODERATOR else event.speaker
            c.print(f"\n[{self._style(event.speaker)}]{escape(label)}[/] [dim]({event.round})[/]")
        elif isinstance(event, debate.StatCard):
            c.print(_tale_of_the_tape(event))
        elif isinstance(event, debate.FactCheck) and not event.passed:
            self._finish_round()
            c.print(f"[yellow]Fact-check rejected the {event.writer} writer's {event.round} round "
                    f"({escape('; '.join(event.problems))}); the template's round replaces it.[/]")
        elif isinstance(event, debate.WriterFellBack):
            self._finish_round()
            c.print(f"[yellow]{escape(event.reason)}; {_fallback_words(event)}.[/]")
        elif isinstance(event, debate.VerdictReached):
            self._finish_round()
            c.print()
            c.print(_verdict_panel(event))
        elif isinstance(event, debate.DebateCompleted):
            self._finish_round()
            c.print(f"[dim]{event.timings_ms.total:.0f} ms, written by {event.writer}[/]")

    def _style(self, speaker: str) -> str:
        if speaker == debate.MODERATOR:
            return "bold white"
        return self._styles.setdefault(speaker, _SPEAKER_STYLES[len(self._styles) % len(_SPEAKER_STYLES)])

    def _start_round(self, speaker: str) -> None:
        self._finish_round()
        self._speaker = "The moderator" if speaker == debate.MODERATOR else speaker
        self._text = Text()
        if self.console.is_terminal:
            self._live = Live(self._writing(), console=self.console, transient=True,
                              refresh_per_second=_REFRESHES_PER_SECOND)
            self._live.start()

    def _refresh(self) -> None:
        if self._live is not None:
            self._live.update(self._writing())

    def _writing(self) -> Group:
        typing = Spinner("dots", text=Text(f"{self._speaker} is typing...", style="dim"))
        return Group(self._text, typing) if self._text else Group(typing)

    def _finish_round(self) -> None:
        """Print the round written so far for good (wrapped), ending its live region."""
        if self._live is not None:
            self._live.stop()
            self._live = None
        if self._text:
            self.console.print(self._text)
            self._text = Text()


def _tale_of_the_tape(card: debate.StatCard) -> Table:
    table = Table(title=card.title, title_style="bold")
    table.add_column("", overflow="fold")
    for player in card.players:
        table.add_column(player.name, justify="right", overflow="fold")
    names = [p.name for p in card.players]
    for row in card.rows:
        cells = []
        mixed = len({label for label in row.labels if label is not None}) > 1  # across sports: each value says its stat
        for name, value, label in zip(names, row.values, row.labels, strict=True):
            own_label = f" [dim]{escape(label)}[/]" if mixed and label else ""
            text = "-" if value is None else escape(str(value)) + own_label
            cells.append(f"[bold]{text}[/]" if row.leader == name else text)
        table.add_row(escape(row.label), *cells)
    return table


def _verdict_panel(event: debate.VerdictReached) -> Panel:
    """The scorecard with the summary inside the panel, wrapped, rather than in its border, where Rich cuts
    whatever does not fit on one line."""
    table = Table(show_header=True, box=None)
    table.add_column("criterion", overflow="fold")
    table.add_column("leader", overflow="fold")
    table.add_column("weight", justify="right")
    for line in event.scorecard:
        table.add_row(line.label, line.leader or "even", f"{line.weight:g}")
    confidence = getattr(event, "confidence", None)
    if event.winner is None:
        # No confidence: the question got no verdict (it cannot be settled on the data), which is no tie.
        outcome = "A tie" if confidence is not None else "No verdict"
    else:
        how = debate.strength_words(confidence) if confidence is not None else ""
        outcome = f"{event.winner} {how}".strip()
    if confidence is not None:
        outcome += f" (confidence {confidence:.2f})"
    body = Group(Text(outcome, style="bold"), Text(""), table, Text(""), Text(event.summary))
    return Panel(body, title="Verdict", title_align="left")
