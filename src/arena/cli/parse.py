"""``arena parse "QUESTION" [--json]`` and ``arena parse --batch FILE [--json]``: how Arena reads questions.

Exit codes for one question: 0 parsed; 2 not understood (one line on stderr; with ``--json`` the
document, its ``error`` filled in, is printed first); 3 a name needing clarification (likewise, with
``clarification`` filled in). A batch reads one question per line and prints one result per line, in
order (compact JSON with ``--json``); a line that is a JSON object is read for its ``"question"``, so the
JSON-lines evaluation sets (``tests/nlu/*.jsonl``) are scored as they are. Each line's outcome is in its
own result, so a batch exits 0 once every line is parsed, and 2 only when the file cannot be read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from arena.bootstrap import question_parser
from arena.cli.documents import print_json
from arena.nlu import NluError, ParsedQuestion, QuestionsUnreadable, ensure_answerable


def register(app: typer.Typer) -> None:
    """Add the parse command to the root app."""
    app.command("parse")(parse)


def parse(
    question: Annotated[
        str | None, typer.Argument(help='A fan\'s question: "Ovi vs Sid in 2008".', show_default=False)
    ] = None,
    batch: Annotated[
        Path | None, typer.Option("--batch", help='A file with one question per line, or JSON lines with a "question".',
                                  show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the parse as JSON.")] = False,
) -> None:
    """The players, seasons, stats and intent Arena reads in a question (no debate is run)."""
    if (question is None) == (batch is None):
        raise NluError("give either a QUESTION or --batch FILE (not both)")
    questions = _read_batch(batch) if batch is not None else None
    parser = question_parser()
    if questions is not None:
        for line in questions:
            parsed = parser.parse(line)
            typer.echo(json.dumps(parsed.model_dump(mode="json"), ensure_ascii=False) if as_json
                       else _describe(parsed))
        return
    assert question is not None
    parsed = parser.parse(question)
    if as_json:
        print_json(parsed.model_dump(mode="json"))
    else:
        typer.echo(_describe(parsed))
    ensure_answerable(parsed)


def _read_batch(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise QuestionsUnreadable(f"cannot read questions from {path}: {reason}") from exc
    return [_question_of(line, path, number) for number, line in enumerate(lines, start=1)]


def _question_of(line: str, path: Path, number: int) -> str:
    """The question a line holds: the line itself, or the ``"question"`` of a JSON object."""
    if not line.lstrip().startswith("{"):
        return line
    try:
        document = json.loads(line)
    except json.JSONDecodeError as exc:
        raise QuestionsUnreadable(f"{path}, line {number}: not a JSON object ({exc.msg})") from exc
    question = document.get("question") if isinstance(document, dict) else None
    if not isinstance(question, str):
        raise QuestionsUnreadable(f'{path}, line {number}: a JSON line needs a "question" string')
    return question


def _seasons_text(seasons: list[int] | None, season_range: tuple[int, int] | None, prefix: str = "") -> str:
    if season_range:
        return f"{prefix}seasons {season_range[0]}-{season_range[1]}"
    if seasons:
        return f"{prefix}season {', '.join(map(str, seasons))}"
    return ""


def _describe(parsed: ParsedQuestion) -> str:
    """One line for people: what was understood, or why not."""
    if parsed.error is not None:
        return f"not understood ({parsed.error.code}): {parsed.error.message}"
    parts: list[str] = [parsed.intent or "?"]
    parts += [f"{p.name} [{p.id}, {p.confidence:.2f}{_seasons_text(p.seasons, p.season_range, ', ')}]"
              for p in parsed.players]
    parts += [f"{t.name} {t.season}" for t in parsed.teams]
    parts.append(_seasons_text(parsed.seasons, parsed.season_range) or parsed.scope)
    if parsed.stat_focus:
        parts.append("focus " + ", ".join(f"{f.group}.{f.key}" for f in parsed.stat_focus))
    for item in parsed.clarification or []:
        names = "; ".join(f"{c.name} ({c.league.upper()} {c.years})" for c in item.candidates)
        parts.append(f"'{item.mention}' is ambiguous: {names}")
    return " | ".join(parts)
