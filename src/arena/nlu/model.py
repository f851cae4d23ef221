"""What question understanding produces: a typed debate request (the ``arena parse --json`` contract)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Intent = Literal["head_to_head", "multi", "ranking", "single_player", "cross_sport", "team_vs_team"]
Scope = Literal["career", "season", "range", "peak"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Candidate(_Frozen):
    """A player a mention might mean, with enough to tell candidates apart."""

    id: str
    name: str
    league: str
    years: str  # "1985-2003"
    summary: str  # one-line career summary from the stat store
    score: float


class ResolvedPlayer(_Frozen):
    """A mention settled on one player; ``alternatives`` are the runners-up, best first."""

    id: str
    name: str
    league: str
    confidence: float = Field(ge=0, le=1)
    span: str  # the words of the question that named the player
    alternatives: list[Candidate] = Field(default_factory=list)
    # Seasons asked for this player alone ("Jokic 2022 vs Giannis 2020"); None means the question's.
    seasons: list[int] | None = None
    season_range: tuple[int, int] | None = None


class TeamRef(_Frozen):
    """A club in one season, named with that season ("'96 Bulls")."""

    league: str
    team: str  # the stat store's team code
    name: str
    season: int
    span: str


class StatFocus(_Frozen):
    """A stat the question is about: a catalogue group and key of one league."""

    group: str
    key: str
    league: str | None = None  # the league whose catalogue group this is (a cross-sport question has several)


class Clarification(_Frozen):
    """A mention that matched several players too closely to choose."""

    mention: str
    candidates: list[Candidate]


class ParseError(_Frozen):
    """Why a question could not be understood, with "did you mean" suggestions where there are any."""

    code: str  # "empty", "too-long", "nothing-recognised", "unknown-names", "not-covered"
    message: str
    suggestions: list[str] = Field(default_factory=list)


class ParsedQuestion(_Frozen):
    """The parse of one question. Fields and names are the public ``arena parse --json`` contract."""

    question: str
    intent: Intent | None
    players: list[ResolvedPlayer] = Field(default_factory=list)
    teams: list[TeamRef] = Field(default_factory=list)
    leagues: list[str] = Field(default_factory=list)
    seasons: list[int] | None = None
    season_range: tuple[int, int] | None = None
    scope: Scope = "career"
    stat_focus: list[StatFocus] = Field(default_factory=list)
    needs_clarification: bool = False
    clarification: list[Clarification] | None = None
    error: ParseError | None = None
    # Why the question is about something Arena does not cover (WNBA, college, soccer, tackles), if it is.
    not_covered: str | None = None
