"""The stat store: every NBA, NFL, MLB and NHL player season, imported, queried and cached."""

from arena.stats.cached_store import CachedStatStore
from arena.stats.catalog import (
    GROUPS,
    League,
    StatGroup,
    StatLine,
    compute_rate,
    compute_rates,
    groups_with_key,
    season_label,
)
from arena.stats.coverage import describe_gap, leaders_note
from arena.stats.errors import (
    PlayerNotFound,
    SourceError,
    StatsError,
    StoreRefusedValue,
    StoreUnavailable,
    UnknownLeague,
    UnknownSeason,
    UnknownStat,
)
from arena.stats.guarded_cache import GuardedStatCache
from arena.stats.guarded_store import GuardedStatStore
from arena.stats.importing import ImportReport, ImportSummary, import_each_league
from arena.stats.leagues import LEAGUES, Brief, FocusPairs, LeagueSpec, Role, Yardsticks, league_spec, recorded
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
    RosterRow,
    Schedule,
    TeamSeason,
)
from arena.stats.name_index import SURNAME_SCORE
from arena.stats.ports import StatCache, StatStore
from arena.stats.qualifying import qualifier
from arena.stats.source_dir import LocalSourceDir
from arena.stats.source_location import SourceOrigin, checkout_root, choose_source_dir, missing_files
from arena.stats.sources import DATA_SOURCES, KNOWN_HOLES, DataSource, sources_markdown
from arena.stats.sync import FEED_FAILURES, SyncProgress, SyncReport, select_files, sync

__all__ = [
    "DATA_SOURCES",
    "FEED_FAILURES",
    "GROUPS",
    "KNOWN_HOLES",
    "LEAGUES",
    "SURNAME_SCORE",
    "Award",
    "Brief",
    "CachedStatStore",
    "Career",
    "CareerGap",
    "Championship",
    "DataSource",
    "FocusPairs",
    "GuardedStatCache",
    "GuardedStatStore",
    "ImportReport",
    "ImportSummary",
    "LeaderRow",
    "League",
    "LeagueContext",
    "LeagueSpec",
    "LeagueStatus",
    "LocalSourceDir",
    "Player",
    "PlayerChampionship",
    "PlayerMatch",
    "PlayerNotFound",
    "PlayerProfile",
    "PlayerSeason",
    "Role",
    "RosterRow",
    "Schedule",
    "SourceError",
    "SourceOrigin",
    "StatCache",
    "StatGroup",
    "StatLine",
    "StatStore",
    "StatsError",
    "StoreRefusedValue",
    "StoreUnavailable",
    "SyncProgress",
    "SyncReport",
    "TeamSeason",
    "UnknownLeague",
    "UnknownSeason",
    "UnknownStat",
    "Yardsticks",
    "checkout_root",
    "choose_source_dir",
    "compute_rate",
    "compute_rates",
    "describe_gap",
    "groups_with_key",
    "import_each_league",
    "leaders_note",
    "league_spec",
    "missing_files",
    "qualifier",
    "recorded",
    "season_label",
    "select_files",
    "sources_markdown",
    "sync",
]
