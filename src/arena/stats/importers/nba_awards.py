"""NBA awards and selections: award voting, All-Star picks and the All-NBA/Defense/Rookie teams."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nba_ids import SeasonIndex
from arena.stats.model import Award
from arena.stats.ports import SourceReader

_DATA = "nba/bball-reference-datasets/Data"
AWARD_SHARES = f"{_DATA}/Player Award Shares.csv"
ALL_STAR_SELECTIONS = f"{_DATA}/All-Star Selections.csv"
END_OF_SEASON_TEAMS = f"{_DATA}/End of Season Teams.csv"

ALL_STAR = "all-star"


def _player_id(row: Row, index: SeasonIndex, season: int, competition: str) -> str:
    # A few rows lack the slug (1983's Sixth Man, Bobby Jones): the season index knows the name.
    slug = row.optional_text("player_id") or index.lookup(season, competition, row.text("player"), "")
    if slug is None:
        raise SourceFileCorrupt(row.path, row.line, f"no player_id, and {row.text('player')!r} is not "
                                f"one player in the {season} {competition} season index")
    return f"{League.NBA.value}:{slug}"


def flag(row: Row, column: str) -> bool:
    value = row.text(column)
    if value not in ("TRUE", "FALSE"):
        raise SourceFileCorrupt(row.path, row.line, f"column {column!r}: {value!r} is not TRUE or FALSE")
    return value == "TRUE"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _rows_up_to(
    source: SourceReader, path: str, required: tuple[str, ...], last_season: int
) -> Iterator[tuple[Row, int]]:
    for row in read_rows(source, path, ("season", "player", "player_id", *required)):
        season = row.integer("season")
        if season <= last_season:
            yield row, season


def read_award_votes(source: SourceReader, index: SeasonIndex, last_season: int) -> list[Award]:
    """Every vote-getter of every award ("nba mvp", "nba dpoy", "aba roy"...), winners flagged.

    ``detail`` gives the share and the finish ("share 0.624, 2nd in voting"); co-winners both win.
    """
    ballots: dict[tuple[int, str], list[tuple[Row, float]]] = defaultdict(list)
    for row, season in _rows_up_to(source, AWARD_SHARES, ("award", "pts_won", "share", "winner"), last_season):
        ballots[season, row.text("award")].append((row, row.number("pts_won") or 0.0))
    awards: list[Award] = []
    for (season, award), votes in ballots.items():
        competition = award.split()[0].upper()  # "nba mvp", "aba roy", "baa roy"
        for row, points in votes:
            is_winner = flag(row, "winner")
            share = row.number("share")
            parts = [
                "winner" if is_winner else None,
                None if share is None else f"share {share:.3f}",
                None if is_winner else f"{ordinal(1 + sum(1 for _, p in votes if p > points))} in voting",
            ]
            awards.append(Award(
                player_id=_player_id(row, index, season, competition), league=League.NBA, season=season,
                award=award, detail=", ".join(p for p in parts if p), is_winner=is_winner,
            ))
    return awards


def read_all_star_selections(source: SourceReader, index: SeasonIndex, last_season: int) -> Iterator[Award]:
    """All-Star selections (``award`` "all-star"); players named but replaced (injury) are kept and say so."""
    for row, season in _rows_up_to(source, ALL_STAR_SELECTIONS, ("team", "lg", "replaced"), last_season):
        league = row.text("lg")
        detail = row.text("team") if league == "NBA" else f"{league}, {row.text('team')}"
        if flag(row, "replaced"):
            detail += "; named but replaced"
        yield Award(player_id=_player_id(row, index, season, league), league=League.NBA, season=season,
                    award=ALL_STAR, detail=detail)


def read_end_of_season_teams(source: SourceReader, index: SeasonIndex, last_season: int) -> Iterator[Award]:
    """All-NBA, All-Defense, All-Rookie, All-ABA and All-BAA teams (``detail`` "1st team" and so on)."""
    for row, season in _rows_up_to(source, END_OF_SEASON_TEAMS, ("lg", "type", "number_tm"), last_season):
        award = row.text("type").lower()
        league = row.text("lg")
        detail = f"{row.text('number_tm')} team"
        # All-Defense and All-Rookie teams were also picked in the ABA; the name alone would hide that.
        if league != "NBA" and league.lower() not in award:
            detail += f" ({league})"
        yield Award(player_id=_player_id(row, index, season, league), league=League.NBA, season=season,
                    award=award, detail=detail)
