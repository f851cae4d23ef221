"""Scoring a parser against labelled questions (the project's set is ``tests/nlu/labelled_questions.jsonl``).

A question counts as right only when everything checked is right: the intent, every player in order,
each player's seasons or season range, the scope, the teams, the ambiguous mentions, and the error.

The fan-style sets (``tests/nlu/fan_questions.jsonl``, ``tests/nlu/negative_questions.jsonl``) are scored
more loosely, the way questions from outside the project are (:func:`fan_mismatches`), and per ``category``.
"""

from __future__ import annotations

from collections import Counter
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
    category: str | None = None  # what the question tests ("nickname", "two-digit-year", "negative"...)


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


def _years(seasons: list[int] | None, season_range: tuple[int, int] | None) -> set[int]:
    return set(seasons or ()) | (set(range(season_range[0], season_range[1] + 1)) if season_range else set())


def named_seasons(parsed: ParsedQuestion) -> set[int]:
    """Every season the parse found, the question's and each player's together."""
    found = _years(parsed.seasons, parsed.season_range)
    for player in parsed.players:
        found |= _years(player.seasons, player.season_range)
    return found


def fan_mismatches(label: LabelledQuestion, parsed: ParsedQuestion) -> list[str]:
    """What ``parsed`` got wrong against a fan-style ``label`` (empty when right).

    Checked: the players by id (in any order) and the union of the seasons named, at top level; the
    mentions that need a clarification and the error, where the label names them. A ``negative`` label
    (a sentence that names no player) checks only that no player was found.
    """
    found: list[str] = []
    players = [p.id for p in parsed.players]
    if sorted(label.players) != sorted(players):
        found.append(f"players: expected {label.players!r}, got {players!r}")
    if label.category == "negative":
        return found
    ambiguous = sorted(c.mention.lower() for c in parsed.clarification or [])
    if sorted(m.lower() for m in label.ambiguous) != ambiguous:
        found.append(f"ambiguous: expected {label.ambiguous!r}, got {ambiguous!r}")
    if label.error is not None:
        error = parsed.error.code if parsed.error else None
        if error != label.error:
            found.append(f"error: expected {label.error!r}, got {error!r}")
        return found
    expected, seasons = _years(label.seasons, label.season_range), named_seasons(parsed)
    if expected != seasons:
        found.append(f"seasons: expected {sorted(expected)!r}, got {sorted(seasons)!r}")
    return found


def accuracy_by_category(
    results: Iterable[tuple[LabelledQuestion, ParsedQuestion]],
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Fan-style scoring: (right, total) per category, and a line per question that was not right."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for label, parsed in results:
        category = label.category or "uncategorised"
        total[category] += 1
        problems = fan_mismatches(label, parsed)
        if problems:
            wrong.append(f"[{category}] {label.question[:80]!r}: {'; '.join(problems)}")
        else:
            right[category] += 1
    return {category: (right[category], total[category]) for category in sorted(total)}, wrong
