"""NFL club seasons from the spreadspoke game results (real shared file): records against
Pro-Football-Reference, the AFL kept apart, clubs spelt as the player seasons spell them, bad rows named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_nfl import SPREADSPOKE_SCORES, read_super_bowls
from arena.stats.importers.nfl_team_seasons import read_nfl_team_seasons
from arena.stats.model import TeamSeason
from arena.stats.source_dir import LocalSourceDir


@pytest.fixture(scope="module")
def clubs(source_dir: Path) -> dict[tuple[int, str], TeamSeason]:
    return {(t.season, t.team): t for t in read_nfl_team_seasons(LocalSourceDir(source_dir))}


# (season, club, W, L, T, points for, points against, playoff wins): Pro-Football-Reference's team pages.
@pytest.mark.parametrize(("season", "team", "record", "points", "playoff_wins"), [
    (1985, "CHI", (15, 1, 0), (456, 198), 3),
    (2000, "BAL", (12, 4, 0), (333, 165), 4),
    (1972, "MIA", (14, 0, 0), (385, 171), 3),
    (2007, "NE", (16, 0, 0), (589, 274), 2),
    (1966, "NE", (8, 4, 2), (315, 283), 0),  # the Boston Patriots, with a tie
    (1982, "WAS", (8, 1, 0), (190, 128), 4),  # the strike season's nine games
])
def test_records_match_pro_football_reference(clubs: dict[tuple[int, str], TeamSeason], season: int, team: str,
                                              record: tuple[int, int, int], points: tuple[int, int],
                                              playoff_wins: int) -> None:
    club = clubs[(season, team)]
    assert (club.wins, club.losses, club.ties) == record
    assert (club.stats["points_for"], club.stats["points_against"]) == points
    assert club.stats["games"] == sum(record)
    assert club.stats["mov"] == pytest.approx((points[0] - points[1]) / sum(record))
    assert club.stats["playoff_wins"] == playoff_wins


def test_clubs_are_spelt_and_named_as_the_player_seasons_and_titles_of_their_era(
        clubs: dict[tuple[int, str], TeamSeason], source_dir: Path) -> None:
    # Before 1970 the franchise codes (the Baltimore Colts are IND), then PFR's era codes (BAL).
    assert clubs[(1968, "IND")].name == "Baltimore Colts" and clubs[(1970, "BAL")].name == "Baltimore Colts"
    assert clubs[(1969, "NE")].name == "Boston Patriots"  # the file writes half its games "New England"
    assert clubs[(2020, "WAS")].name == "Washington Football Team" and clubs[(2020, "LV")].name == "Las Vegas Raiders"
    # Super Bowl III's loser is the club season of the 1968 Colts.
    third = next(t for t in read_super_bowls(LocalSourceDir(source_dir)) if t.season == 1968)
    assert (third.champion, third.runner_up) == ("NYJ", "IND")


def test_the_afl_is_its_own_competition_through_1969(clubs: dict[tuple[int, str], TeamSeason]) -> None:
    assert clubs[(1968, "NYJ")].competition == "AFL" and clubs[(1968, "IND")].competition == "NFL"
    assert clubs[(1970, "NYJ")].competition == "NFL"
    assert sum(1 for (season, _), t in clubs.items() if season == 1969 and t.competition == "AFL") == 10


def test_seasons_the_file_holds_only_in_part_are_left_out(clubs: dict[tuple[int, str], TeamSeason]) -> None:
    # 1987 lacks the replacement games (the 49ers were 13-2, the file has them 10-2); 2025 is under way.
    seasons = {season for season, _ in clubs}
    assert 1987 not in seasons and 2025 not in seasons
    assert seasons == set(range(1966, 2025)) - {1987}
    assert {t.league for t in clubs.values()} == {League.NFL}


def _copy(source_dir: Path, target: Path) -> Path:
    path = target / SPREADSPOKE_SCORES
    path.parent.mkdir(parents=True)
    shutil.copyfile(source_dir / SPREADSPOKE_SCORES, path)
    return path


@pytest.mark.parametrize(("column", "value", "message"), [
    (4, "Springfield Atoms", "no club code known for 'Springfield Atoms'"),
    (5, "many", "'score_home': 'many' is not a number"),
    (3, "maybe", "schedule_playoff 'maybe'"),
])
def test_a_bad_row_names_the_file_and_row(source_dir: Path, tmp_path: Path, column: int, value: str,
                                          message: str) -> None:
    path = _copy(source_dir, tmp_path)
    lines = path.read_text("utf-8").splitlines(keepends=True)
    fields = lines[9].split(",")
    fields[column] = value
    lines[9] = ",".join(fields)
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(SourceFileCorrupt, match=message) as caught:
        read_nfl_team_seasons(LocalSourceDir(tmp_path))
    assert (caught.value.path, caught.value.row) == (SPREADSPOKE_SCORES, 10)
