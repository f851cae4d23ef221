"""One typed description per league (stats, rates, seasons, awards, club names, question words)."""

from arena.stats.leagues.formulas import recorded
from arena.stats.leagues.model import (
    Brief,
    EraSpec,
    FocusPairs,
    KnownHole,
    League,
    LeagueSpec,
    Qualifier,
    Rate,
    Role,
    RookieRule,
    StatGroup,
    StatLine,
    TitleExclusion,
    Yardsticks,
)
from arena.stats.leagues.registry import LEAGUES, league_spec

__all__ = [
    "LEAGUES",
    "Brief",
    "EraSpec",
    "FocusPairs",
    "KnownHole",
    "League",
    "LeagueSpec",
    "Qualifier",
    "Rate",
    "Role",
    "RookieRule",
    "StatGroup",
    "StatLine",
    "TitleExclusion",
    "Yardsticks",
    "league_spec",
    "recorded",
]
