"""What Arena does not cover: other leagues, levels and sports, and stats the store does not hold.

A question about them must say so ("not covered", and what is) rather than debate the nearest
namesakes in the store: "Serena Williams vs Roger Federer" is not Ted Williams against Roger Clemens.
The table is data (``not_covered.csv``): a phrase, folded, its kind and what it is.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from arena.nlu.text import Token, phrases_in
from arena.stats import LEAGUES

_COVERED = ", ".join(league.value.upper() for league in LEAGUES)


@dataclass(frozen=True, slots=True)
class _Outside:
    """A row of the table: what the phrase names, and whether it is an athlete or a stat."""

    what: str
    kind: str  # "topic" (a league, level or sport), "athlete" (of another sport) or "stat" (held for nobody)


def _load_table() -> dict[tuple[str, ...], _Outside]:
    """``not_covered.csv``: competitions, levels and sports outside the store, well-known athletes of them (their
    surnames alone would find namesakes), and stats the store holds for no league (NFL defence is recorded as
    sacks and interceptions only), each a folded phrase of up to three words."""
    text = resources.files("arena.nlu").joinpath("not_covered.csv").read_text("utf-8")
    return {tuple(row["phrase"].split()): _Outside(row["what"], row["kind"])
            for row in csv.DictReader(text.splitlines())}


_TABLE = _load_table()
_LONGEST = max(len(phrase) for phrase in _TABLE)


@dataclass(frozen=True, slots=True)
class Uncovered:
    """Words of a question about something Arena does not cover, and why."""

    positions: frozenset[int]
    what: str
    # A stat the store holds for nobody ("tackles"): the question cannot be answered for any player named.
    is_stat: bool = False
    # An athlete of another sport: a lone surname set beside them is of that sport too ("haaland vs kane").
    is_athlete: bool = False

    @property
    def reason(self) -> str:
        return f"Arena does not cover {self.what}: it covers the {_COVERED} (players, seasons and stats)"


def find_uncovered(tokens: Sequence[Token]) -> list[Uncovered]:
    """Every phrase of ``tokens`` about a league, sport, athlete or stat outside the store, longest first."""
    found = []
    for start, end, outside in phrases_in(tokens, _TABLE, _LONGEST):
        is_stat = outside.kind == "stat"
        what = f"{outside.what} (a stat the store does not hold)" if is_stat else outside.what
        found.append(Uncovered(frozenset(range(start, end)), what, is_stat, outside.kind == "athlete"))
    return found
