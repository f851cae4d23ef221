"""The league registry: every :class:`League` and its :class:`LeagueSpec`, the one place league facts live."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from arena.stats.leagues.mlb import MLB
from arena.stats.leagues.model import League, LeagueSpec
from arena.stats.leagues.nba import NBA
from arena.stats.leagues.nfl import NFL
from arena.stats.leagues.nhl import NHL

LEAGUES: Mapping[League, LeagueSpec] = MappingProxyType({spec.league: spec for spec in (NBA, NFL, MLB, NHL)})


def league_spec(league: League) -> LeagueSpec:
    """What Arena knows about ``league``."""
    return LEAGUES[league]
