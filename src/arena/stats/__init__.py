"""The stat store: every NBA, NFL, MLB and NHL player season, imported, queried and cached."""

from arena.stats.catalog import GROUPS, League, StatGroup, StatLine, season_label
from arena.stats.coverage import describe_gap
from arena.stats.errors import (
    PlayerNotFound,
    SourceError,
    StatsError,
    StoreUnavailable,
    UnknownLeague,
    UnknownSeason,
    UnknownStat,
)
from arena.stats.leagues import LEAGUES, LeagueSpec, league_spec
from arena.stats.model import (
    Award,
    Career,
    CareerGap,
    Championship,
    LeaderRow,
    LeagueContext,
    LeagueStatus,
    Player,
    PlayerChampionship,
    PlayerMatch,
    PlayerProfile,
    PlayerSeason,
    Schedule,
    TeamSeason,
)
from arena.stats.ports import StatCache, StatStore

__all__ = [
    "GROUPS",
    "LEAGUES",
    "Award",
    "Career",
    "CareerGap",
    "Championship",
    "LeaderRow",
    "League",
    "LeagueContext",
    "LeagueSpec",
    "LeagueStatus",
    "Player",
    "PlayerChampionship",
    "PlayerMatch",
    "PlayerNotFound",
    "PlayerProfile",
    "PlayerSeason",
    "Schedule",
    "SourceError",
    "StatCache",
    "StatGroup",
    "StatLine",
    "StatStore",
    "StatsError",
    "StoreUnavailable",
    "TeamSeason",
    "UnknownLeague",
    "UnknownSeason",
    "UnknownStat",
    "describe_gap",
    "league_spec",
    "season_label",
]
