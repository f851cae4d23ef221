"""Who qualifies for a rate leaderboard: a minimum of one counting stat, scaled to the range's length.

A rate (points per game, ERA, passer rating) over a handful of games says little, so rate leaders and
best rate seasons need a minimum, as the reference sites require. Each group has a qualifying stat with
a per-season minimum and a cap for long ranges; the minimum over a range is
``min(cap, per_season * seasons in the range)``:

==========  ===========  ===============  ==========  ====================================
league      group        qualifying stat  per season  cap (career ranges)
==========  ===========  ===============  ==========  ====================================
nba         basketball   games            58          400
nfl         passing      attempts         224         1,500
nfl         rushing      carries          100         750
nfl         receiving    receptions       30          200
mlb         batting      games            100         1,000
mlb         pitching     outs_pitched     486         3,000 (162 and 1,000 innings)
nhl         skating      games            50          400
nhl         goaltending  games            25          250
==========  ===========  ===============  ==========  ====================================

An explicit ``min_games`` replaces the rule with "at least that many games", for every stat.
"""

from __future__ import annotations

from dataclasses import dataclass

from arena.stats.catalog import League


@dataclass(frozen=True)
class Qualifier:
    """At least ``minimum(seasons)`` of ``key`` over the rows considered."""

    key: str
    per_season: float
    cap: float

    def minimum(self, seasons: int) -> float:
        return min(self.cap, self.per_season * max(seasons, 1))


QUALIFIERS: dict[tuple[League, str], Qualifier] = {
    (League.NBA, "basketball"): Qualifier("games", 58, 400),
    (League.NFL, "passing"): Qualifier("attempts", 224, 1500),
    (League.NFL, "rushing"): Qualifier("carries", 100, 750),
    (League.NFL, "receiving"): Qualifier("receptions", 30, 200),
    (League.MLB, "batting"): Qualifier("games", 100, 1000),
    (League.MLB, "pitching"): Qualifier("outs_pitched", 486, 3000),
    (League.NHL, "skating"): Qualifier("games", 50, 400),
    (League.NHL, "goaltending"): Qualifier("games", 25, 250),
}


def qualifier(league: League, group: str, min_games: int | None = None) -> Qualifier:
    """The rule for ``group``'s rates, or "``min_games`` games" when the caller set one."""
    if min_games is not None:
        return Qualifier("games", min_games, min_games)
    return QUALIFIERS[(league, group)]
