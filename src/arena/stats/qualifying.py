"""Who qualifies for a rate leaderboard: a minimum of one counting stat, scaled to the range's length.

A rate (points per game, ERA, passer rating) over a handful of games says little, so rate leaders and
best rate seasons need a minimum, as the record books require. Each group has a qualifying stat with a
minimum per game of the team's schedule and a cap for long ranges: in one season the minimum is
``per_team_game * his team's games`` (3.1 plate appearances for each of the 103 games of the 1981 Pirates),
over a range ``min(cap, per_team_game * the seasons' lengths summed)``. A season's length is its team
records' (:class:`arena.stats.Schedule`), else the most games any player played that season.

The rules are in each league's module of :mod:`arena.stats.leagues` (``LeagueSpec.qualifiers``): the
NBA asks 58 of 82 games (or 1,400 points) up to 400 games, MLB pitchers 1 inning per team game up to
3,000 outs (1,000 innings).

A stat may have its own rule for a season (``LeagueSpec.stat_qualifiers``): the NBA's shooting titles ask
made shots (300 field goals, 125 free throws, 82 three-pointers in an 82-game season), scaled the same way.

Over a range, a stat may have a rule of its own too (``LeagueSpec.range_qualifiers``): the NBA's career
shooting leaders ask 2,000 field goals, 1,200 free throws or 250 three-pointers, less in proportion over a
range shorter than that takes.

A stat's rule for one season follows its era (``LeagueSpec.stat_qualifiers``): MLB's batting title asked
60% of the scheduled games before 1920, 100 games from 1920 to 1944, 400 at bats from 1945 to 1956 and 3.1
plate appearances a team game since 1957, when rule 9.22(a) also lets a batter short of them win (as it
does the on-base and slugging leaders) if he still leads with the missing plate appearances counted as
hitless at bats (``Qualifier.shortfall``: Tony Gwynn in 1996); its ERA title asked ten complete games from
1941 to 1950 (Howie Pollet's 118 innings of 1943) and an inning a team game otherwise; the NBA's per-game
titles asked 70 games until 2012-13 and 58 since, with a like exception.

Before ``LeagueSpec.per_game_titles_since`` a per-game title went to the most in total (the NBA's scoring
title before 1969-70: Dave Bing's 2,142 points in 1967-68, not Oscar Robertson's 29.2 a game in 65), so
such a season has no minimum and ranks by the total (:func:`ranks_by_total`). A player the record books
leave out of a title (``LeagueSpec.title_exclusions``) is left out of that season's leaders.

A qualified player whose figure the sources lack (an NFL passer of 1992-2000 without completions) is no
obstacle to a season's leaders only as far as he cannot reach them: his best possible rate
(:func:`best_possible`, every attempt completed) must trail theirs. The 2008 passer rating list names
Philip Rivers (105.5): Tony Romo, lacking his completions, could rate 104.9 at most. Without such a bound
no leader is named, since naming anyone else would be a guess.

An explicit ``min_games`` replaces the rule with "at least that many games", for every stat.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import product

from arena.stats.leagues import LEAGUES, League, Qualifier, Rate

__all__ = ["Qualifier", "best_possible", "qualifier", "ranks_by_total"]


def best_possible(rate: Rate, totals: Mapping[str, float | None]) -> float | None:
    """The best ``rate`` the ``totals`` could have whatever their unrecorded components are, each between
    0 and the count bounding it (``Rate.bounds``); None when an unrecorded component has no bound, or
    ``totals`` have everything (nothing to bound)."""
    missing = [k for k in rate.required if totals.get(k) is None]
    caps = dict(rate.bounds)
    if not missing or any(k not in caps or totals.get(caps[k]) is None for k in missing):
        return None
    known = {k: float(totals.get(k) or 0.0) for k in rate.required + rate.optional if k not in missing}
    values = [rate.compute({**known, **dict(zip(missing, corner, strict=True))})
              for corner in product(*((0.0, float(totals[caps[k]] or 0.0)) for k in missing))]
    found = [v for v in values if v is not None]
    if not found:
        return None
    return max(found) if rate.higher_is_better else min(found)


def qualifier(league: League, group: str, min_games: int | None = None, *, stat: str | None = None,
              season: int | None = None) -> Qualifier:
    """The rule for ``group``'s rates (for ``stat`` in one ``season``, its own where the league has one), or
    "``min_games`` games" when the caller set one."""
    if min_games is not None:
        return Qualifier.fixed("games", min_games)
    spec = LEAGUES[league]
    if season is None and stat is not None and stat in spec.range_qualifiers:
        return spec.range_qualifiers[stat]
    own = [rule for since, rule in spec.stat_qualifiers.get(stat or "", ()) if season is not None and season >= since]
    return own[-1] if own else spec.qualifiers[group]


def ranks_by_total(league: League, rate: Rate, season: int | None) -> str | None:
    """The total a one-season leaderboard of ``rate`` ranks by, where the record books gave its title to
    the most in total that season (a per-game rate before the league's ``per_game_titles_since``), else None."""
    since = LEAGUES[league].per_game_titles_since
    if season is None or since is None or season >= since or len(rate.required) != 2 or rate.required[1] != "games":
        return None
    return rate.required[0]
