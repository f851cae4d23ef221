"""Scoring a parser against labelled questions (the project's set is ``tests/nlu/labelled_questions.jsonl``).

A question counts as right only when everything checked is right: the intent, every player in order,
each player's seasons or season range, the scope, the teams, the ambiguous mentions, and the error.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from arena.nlu.model import Intent, ParsedQuestion, Scope

_Seasons = tuple[list[int] | None, tuple[int, int] | None]


class PlayerSeasons(BaseModel):
    model_config = ConfigDict(frozen=True)

    seasons: list[int] | None = None
    season_range: tuple[int, int] | None = None


class LabelledQuestion(BaseModel):
    """One question and what a correct parse of it contains."""

    model_config = ConfigDict(frozen=True)

    question: str
    intent: Intent | None
    players: list[str] = Field(default_factory=list)
    seasons: list[int] | None = None
    season_range: tuple[int, int] | None = None
    scope: Scope = "career"
    per_player: dict[str, PlayerSeasons] = Field(default_factory=dict)
    teams: list[tuple[str, int]] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    error: str | None = None
    tags: list[str] = Field(default_factory=list)


def load_labelled(path: Path) -> list[LabelledQuestion]:
    """The labelled questions in a JSON-lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [LabelledQuestion.model_validate_json(line) for line in lines if line.strip()]


def _effective(parsed: ParsedQuestion) -> dict[str, _Seasons]:
    question: _Seasons = (parsed.seasons, parsed.season_range)
    return {p.id: (p.seasons, p.season_range) if (p.seasons or p.season_range) else question
            for p in parsed.players}


def mismatches(label: LabelledQuestion, parsed: ParsedQuestion) -> list[str]:
    """What ``parsed`` got wrong against ``label`` (empty when right)."""
    found: list[str] = []

    def check(what: str, expected: object, actual: object) -> None:
        if expected != actual:
            found.append(f"{what}: expected {expected!r}, got {actual!r}")

    check("intent", label.intent, parsed.intent)
    check("players", label.players, [p.id for p in parsed.players])
    check("error", label.error, parsed.error.code if parsed.error else None)
    check("ambiguous", label.ambiguous, [c.mention for c in parsed.clarification or []])
    check("teams", label.teams, [(t.team, t.season) for t in parsed.teams])
    if label.error is not None and not label.players:
        return found
    check("scope", label.scope, parsed.scope)
    question: _Seasons = (label.seasons, label.season_range)
    if label.players:
        effective = _effective(parsed)
        for player in label.players:
            own = label.per_player.get(player)
            expected = (own.seasons, own.season_range) if own else question
            check(f"seasons of {player}", expected, effective.get(player))
    elif not label.ambiguous:
        check("seasons", question, (parsed.seasons, parsed.season_range))
    return found


def accuracy(results: Iterable[tuple[LabelledQuestion, ParsedQuestion]]) -> tuple[float, list[str]]:
    """The share of questions parsed right, and a line per question that was not."""
    total, wrong = 0, []
    for label, parsed in results:
        total += 1
        problems = mismatches(label, parsed)
        if problems:
            wrong.append(f"{label.question[:80]!r}: {'; '.join(problems)}")
    return (1.0 - len(wrong) / total if total else 0.0), wrong
