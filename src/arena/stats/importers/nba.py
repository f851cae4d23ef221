"""NBA importer: Basketball-Reference season totals 1947-2025 (BAA, NBA, ABA), awards, players, teams.

Seasons are end years (2016 = 2015-16). Totals come from ``Player Totals.csv`` up to 2021, the 2020-2024
stacked table for 2022-2024 and the 2024-25 table; every row is bridged to a Basketball-Reference slug.
The partial 2025-26 season in the newer files is left out.
"""

from __future__ import annotations

from collections import defaultdict

from arena.stats.catalog import League
from arena.stats.importers.championships_nba import CHAMPIONSHIP_FILES, read_nba_championships
from arena.stats.importers.nba_awards import (
    ALL_STAR_SELECTIONS,
    AWARD_SHARES,
    END_OF_SEASON_TEAMS,
    read_all_star_selections,
    read_award_votes,
    read_end_of_season_teams,
)
from arena.stats.importers.nba_ids import PLAYER_SEASON_INFO, read_season_index, resolve_slugs
from arena.stats.importers.nba_players import PLAYER_CAREER_INFO, build_players, read_career_info
from arena.stats.importers.nba_teams import TEAM_SUMMARIES, read_team_seasons
from arena.stats.importers.nba_totals import read_bbref_table, read_totals_2021, season_rows
from arena.stats.model import Award, LeagueData
from arena.stats.ports import SourceReader

TOTALS_1947_2021 = "nba/bball-reference-datasets/Player Totals.csv"
TOTALS_2020_2024 = "nba/DS340Project/nba_totals_2020_2024.csv"
TOTALS_2025 = "nba/nba-mvp/NBA_2025_totals.csv"

LAST_SEASON = 2025  # 2025-26 was partial when the newer files were taken


def read_nba(source: SourceReader) -> LeagueData:
    """Read every NBA file under ``source``.

    Raises ``SourceFileMissing`` for an absent file and ``SourceFileCorrupt`` (naming file and row) for
    a malformed one.
    """
    index = read_season_index(source, LAST_SEASON)
    lines = [
        *read_totals_2021(source, TOTALS_1947_2021),
        # The 2020-2024 table repeats 2020 and 2021; Player Totals.csv keeps them (the two agree on points).
        *read_bbref_table(source, TOTALS_2020_2024, seasons=range(2022, 2025)),
        *read_bbref_table(source, TOTALS_2025, seasons=range(2025, 2026), season=2025),
    ]
    slugs = resolve_slugs(lines, index)
    seasons = season_rows(lines, slugs)

    awards: list[Award] = [
        *read_award_votes(source, index, LAST_SEASON),
        *read_all_star_selections(source, index, LAST_SEASON),
        *read_end_of_season_teams(source, index, LAST_SEASON),
    ]
    names_seen: dict[str, list[str]] = defaultdict(list)
    for slug, names in index.names.items():
        names_seen[slug].extend(names)
    for line, slug in zip(lines, slugs, strict=True):
        if line.name not in names_seen[slug]:
            names_seen[slug].append(line.name)
    players = build_players(seasons, awards, read_career_info(source), names_seen)

    return LeagueData(
        league=League.NBA,
        players=players,
        seasons=seasons,
        awards=awards,
        teams=list(read_team_seasons(source, LAST_SEASON)),
        championships=read_nba_championships(source),
        sources=[TOTALS_1947_2021, TOTALS_2020_2024, TOTALS_2025, PLAYER_SEASON_INFO, PLAYER_CAREER_INFO,
                 AWARD_SHARES, ALL_STAR_SELECTIONS, END_OF_SEASON_TEAMS, TEAM_SUMMARIES, *CHAMPIONSHIP_FILES],
    )
