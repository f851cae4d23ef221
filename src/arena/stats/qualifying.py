"""Who qualifies for a rate leaderboard: a minimum of one counting stat, scaled to the range's length.

A rate (points per game, ERA, passer rating) over a handful of games says little, so rate leaders and
best rate seasons need a minimum, as the reference sites require. Each group has a qualifying stat with
a per-season minimum and a cap for long ranges; the minimum over a range is
``min(cap, per_season * seasons in the range)``.

The rules are in each league's module of :mod:`arena.stats.leagues` (``LeagueSpec.qualifiers``): the
NBA asks 58 games a season up to 400, MLB pitchers 486 outs (162 innings) up to 3,000 (1,000 innings).

An explicit ``min_games`` replaces the rule with "at least that many games", for every stat.
"""

from __future__ import annotations

from arena.stats.leagues import LEAGUES, League, Qualifier

__all__ = ["Qualifier", "qualifier"]


def qualifier(league: League, group: str, min_games: int | None = None) -> Qualifier:
    """The rule for ``group``'s rates, or "``min_games`` games" when the caller set one."""
    if min_games is not None:
        return Qualifier("games", min_games, min_games)
    return LEAGUES[league].qualifiers[group]
