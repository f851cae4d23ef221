"""The mention a question's words make, its resolution, and the evidence a name needs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from arena.nlu.names import Scored


@dataclass(frozen=True, slots=True)
class Mention:
    """Words of the question that name a player, and the players they may mean, best first."""

    start: int  # token positions, end exclusive
    end: int
    span: str
    candidates: tuple[Scored, ...]
    needs: tuple[Evidence, ...] = ()  # per candidate: the evidence it needs to be read as a name
    which: bool = False  # after "which" ("Which Manning had the better 2011?"): the question says several share it


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention's outcome: ``chosen`` is None when the best candidates are too close to call."""

    mention: Mention
    ranked: tuple[Scored, ...]  # after league context
    chosen: Scored | None
    confidence: float


class Evidence(IntEnum):
    """How strongly a question places words as a name; a candidate says how much it needs."""

    NONE = 0
    SPORT = 1  # the question talks sport ("rebounds", "mvp", a season, another player)
    NAMED = 2  # the words sit where a name does: capitalised, beside "vs", a season, a team or another player
    NEVER = 3  # a typo of an English word, or a word after "a"/"the": not a name however placed
