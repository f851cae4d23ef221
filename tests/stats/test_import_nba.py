"""The NBA importer against the real upstream files: reference figures, eras, ids, trades, bad files."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path

import pytest

from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League, stat_line
from arena.stats.errors import SourceFileCorrupt, SourceFileMissing
from arena.stats.importers.nba import TOTALS_1947_2021, TOTALS_2025, read_nba
from arena.stats.importers.nba_awards import AWARD_SHARES
from arena.stats.importers.nba_players import PLAYER_CAREER_INFO
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.source_dir import LocalSourceDir

BASKETBALL = GROUPS[League.NBA]["basketball"]
COUNTED = COUNTED_COMPETITIONS[League.NBA]


def _source_dir() -> Path:
    configured = os.environ.get("ARENA_SOURCE_DIR")
    return Path(configured) if configured else Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture(scope="module")
def source_dir() -> Path:
    path = _source_dir()
    if not (path / TOTALS_1947_2021).is_file():
        pytest.fail(f"NBA source files not found under {path}; set ARENA_SOURCE_DIR to the shared data folder")
    return path


@pytest.fixture(scope="module")
def nba(source_dir: Path) -> LeagueData:
    return read_nba(LocalSourceDir(source_dir))


@pytest.fixture(scope="module")
def rows_by_player(nba: LeagueData) -> Mapping[str, list[SeasonRow]]:
    rows: dict[str, list[SeasonRow]] = defaultdict(list)
    for row in nba.seasons:
        rows[row.player_id].append(row)
    for player_rows in rows.values():
        player_rows.sort(key=lambda r: (r.season, r.competition))
    return rows


@pytest.fixture(scope="module")
def players(nba: LeagueData) -> Mapping[str, Player]:
    return {p.id: p for p in nba.players}


def _counted(rows: list[SeasonRow]) -> list[SeasonRow]:
    return [r for r in rows if r.competition in COUNTED]


def _career(rows: list[SeasonRow]) -> dict[str, float | None]:
    return stat_line(BASKETBALL, [r.stats for r in _counted(rows)])


def _season(rows: list[SeasonRow], season: int, competition: str = "NBA") -> SeasonRow:
    [row] = [r for r in rows if r.season == season and r.competition == competition]
    return row


# --- the data README's sanity figures ----------------------------------------------------------------


def test_jordan_scored_32292_points_over_15_nba_seasons(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = _counted(rows_by_player["nba:jordami01"])
    assert _career(rows)["points"] == 32292
    assert len(rows) == 15
    assert (rows[0].season, rows[-1].season) == (1985, 2003)


def test_lebron_points_by_season_through_2024_25(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    expected = [1654, 2175, 2478, 2132, 2250, 2304, 2258, 2111, 1683, 2036, 2089, 1743, 1920, 1954, 2251,
                1505, 1698, 1126, 1695, 1590, 1822, 1710]
    rows = _counted(rows_by_player["nba:jamesle01"])
    assert [r.season for r in rows] == list(range(2004, 2026))
    assert [r.stats["points"] for r in rows] == expected
    assert _career(rows)["points"] == 42184
    assert _season(rows, 2025).stats["games"] == 70


@pytest.mark.parametrize(("player_id", "points"), [("nba:abdulka01", 38387), ("nba:chambwi01", 31419)])
def test_career_points_match_reference(
    rows_by_player: Mapping[str, list[SeasonRow]], player_id: str, points: int
) -> None:
    assert _career(rows_by_player[player_id])["points"] == points


def test_jordan_won_five_mvps(nba: LeagueData) -> None:
    won = sorted(a.season for a in nba.awards
                 if a.player_id == "nba:jordami01" and a.award == "nba mvp" and a.is_winner)
    assert won == [1988, 1991, 1992, 1996, 1998]


def test_2025_mvp_is_shai_gilgeous_alexander(nba: LeagueData, players: Mapping[str, Player]) -> None:
    [winner] = [a for a in nba.awards if a.award == "nba mvp" and a.season == 2025 and a.is_winner]
    assert winner.player_id == "nba:gilgesh01"
    assert players[winner.player_id].name == "Shai Gilgeous-Alexander"


# --- multi-team seasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("player_id", "season", "teams", "games", "points"),
    [
        ("nba:hardeja01", 2021, ("HOU", "BRK"), 44, 1083),  # Player Totals.csv, TOT row
        ("nba:hardeja01", 2022, ("BRK", "PHI"), 65, 1432),  # 2020-2024 table, 2TM row
        ("nba:doncilu01", 2025, ("DAL", "LAL"), 50, 1408),  # 2024-25 table (CRLF), 2TM row
    ],
)
def test_traded_player_season_is_the_multi_team_total_with_teams_in_order(
    rows_by_player: Mapping[str, list[SeasonRow]], player_id: str, season: int, teams: tuple[str, ...],
    games: int, points: int,
) -> None:
    row = _season(rows_by_player[player_id], season)
    assert row.teams == teams
    assert (row.stats["games"], row.stats["points"]) == (games, points)


def test_no_player_has_two_rows_for_one_season_and_competition(nba: LeagueData) -> None:
    keys = Counter((r.player_id, r.season, r.competition) for r in nba.seasons)
    assert [k for k, n in keys.items() if n > 1] == []


def test_player_in_nba_and_aba_in_one_season_has_a_row_in_each(
    rows_by_player: Mapping[str, list[SeasonRow]],
) -> None:
    rows = rows_by_player["nba:rochejo01"]  # John Roche, 1975-76: Lakers, then Utah Stars
    assert _season(rows, 1976, "NBA").teams == ("LAL",)
    assert _season(rows, 1976, "ABA").teams == ("UTS",)


# --- eras without a stat ---------------------------------------------------------------------------------


def test_steals_and_blocks_unrecorded_in_nba_before_1973_74(nba: LeagueData) -> None:
    early = [r for r in nba.seasons if r.competition in COUNTED and r.season < 1974]
    later = [r for r in nba.seasons if r.season >= 1974]
    assert early and all(r.stats["steals"] is None and r.stats["blocks"] is None for r in early)
    assert all(r.stats["steals"] is not None for r in later)


def test_three_pointers_unrecorded_in_nba_before_1979_80_but_recorded_in_aba(nba: LeagueData) -> None:
    nba_before = [r for r in nba.seasons if r.competition in COUNTED and r.season < 1980]
    aba = [r for r in nba.seasons if r.competition == "ABA"]
    assert nba_before and all(r.stats["fg3_made"] is None for r in nba_before)
    assert aba and all(r.stats["fg3_made"] is not None for r in aba)
    assert sum(r.stats["fg3_made"] or 0 for r in aba) > 0


def test_wilt_career_rates_skip_the_unrecorded_stats(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    career = _career(rows_by_player["nba:chambwi01"])
    assert career["steals"] is None and career["fg3_made"] is None and career["steals_per_game"] is None
    assert career["points_per_game"] == pytest.approx(30.07, abs=0.01)


def test_rows_hold_exactly_the_basketball_counting_stats(nba: LeagueData) -> None:
    assert {tuple(sorted(r.stats)) for r in nba.seasons} == {tuple(sorted(BASKETBALL.counts))}
    assert {r.group for r in nba.seasons} == {"basketball"}
    assert {r.competition for r in nba.seasons} == {"NBA", "ABA", "BAA"}


# --- identities ------------------------------------------------------------------------------------------


def test_every_row_and_award_belongs_to_a_known_nba_player(nba: LeagueData, players: Mapping[str, Player]) -> None:
    assert all(pid.startswith("nba:") for pid in players)
    assert all(r.player_id in players for r in nba.seasons)
    assert all(a.player_id in players for a in nba.awards)
    assert not [pid for pid in players if pid.startswith("nba:unmatched")]


@pytest.mark.parametrize(
    ("player_id", "name", "old_name", "first", "last"),
    [
        ("nba:kanteen01", "Enes Freedom", "Enes Kanter", 2012, 2022),
        ("nba:redicjj01", "JJ Redick", "J.J. Redick", 2007, 2021),
        ("nba:claxtni01", "Nic Claxton", "Nicolas Claxton", 2020, 2025),
        ("nba:powelci01", "Cincy Powell", "Cincinnatus Powell", 1968, 1975),
    ],
)
def test_renamed_player_is_one_id_under_the_current_name(
    nba: LeagueData, players: Mapping[str, Player], rows_by_player: Mapping[str, list[SeasonRow]],
    player_id: str, name: str, old_name: str, first: int, last: int,
) -> None:
    player = players[player_id]
    assert (player.name, player.first_season, player.last_season) == (name, first, last)
    assert old_name in player.name_variants
    seasons = [r.season for r in rows_by_player[player_id]]
    assert seasons == list(range(first, last + 1))
    assert [p.id for p in nba.players if p.name == old_name or old_name in p.name_variants] == [player_id]


def test_accented_and_suffixed_names_map_to_their_slugs(
    players: Mapping[str, Player], rows_by_player: Mapping[str, list[SeasonRow]],
) -> None:
    sengun = players["nba:sengual01"]
    assert sengun.name == "Alperen Şengün" and "Alperen Sengun" in sengun.name_variants
    assert [r.season for r in rows_by_player["nba:sengual01"]] == [2022, 2023, 2024, 2025]
    assert 2025 in {r.season for r in rows_by_player["nba:dowtije01"]}  # "Jeff Dowtin Jr." in 2024-25
    assert "Nikola Jokic" in players["nba:jokicni01"].name_variants


def test_namesakes_on_one_team_stay_two_players(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    # Two Charles Joneses played for the 1988-89 Bullets.
    first = _season(rows_by_player["nba:jonesch01"], 1989)
    second = _season(rows_by_player["nba:jonesch02"], 1989)
    assert first.teams == second.teams == ("WSB",)
    assert {first.stats["points"], second.stats["points"]} == {136, 110}


def test_player_split_across_two_upstream_ids_is_one_player(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = rows_by_player["nba:walkebr01"]  # Brady Walker: numeric ids 220 (1949) and 314 (1950-52)
    assert [(r.season, r.competition) for r in rows] == [(1949, "BAA"), (1950, "NBA"), (1951, "NBA"),
                                                           (1952, "NBA")]


def test_player_bio_fields(players: Mapping[str, Player]) -> None:
    jordan = players["nba:jordami01"]
    assert (jordan.birth_year, jordan.hall_of_fame, jordan.positions) == (1963, True, ("G", "F"))
    assert players["nba:jamesle01"].hall_of_fame is False
    assert "League Average" not in {p.name for p in players.values()}


# --- seasons covered -------------------------------------------------------------------------------------


def test_partial_2025_26_season_is_left_out(nba: LeagueData) -> None:
    assert max(r.season for r in nba.seasons) == 2025
    assert max(a.season for a in nba.awards) == 2025
    assert max(t.season for t in nba.teams) == 2025
    assert min(r.season for r in nba.seasons) == 1947


def test_2020_and_2021_come_from_player_totals_once(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = rows_by_player["nba:jamesle01"]
    assert [_season(rows, s).stats["points"] for s in (2020, 2021)] == [1698, 1126]


# --- awards and teams ------------------------------------------------------------------------------------


def test_selections_and_teams(nba: LeagueData) -> None:
    jordan = [a for a in nba.awards if a.player_id == "nba:jordami01"]
    assert sum(1 for a in jordan if a.award == "all-star") == 14
    assert sum(1 for a in jordan if a.award == "all-nba" and a.detail == "1st team") == 10
    assert sum(1 for a in jordan if a.award == "all-defense" and a.detail == "1st team") == 9
    replaced = [a for a in nba.awards if a.award == "all-star" and a.detail and "replaced" in a.detail]
    assert replaced and all(a.is_winner for a in replaced)
    assert {a.award for a in nba.awards} >= {"all-aba", "all-baa", "all-rookie", "nba dpoy", "nba roy", "aba mvp"}


def test_award_vote_finishes_carry_share_and_place(nba: LeagueData) -> None:
    [runner_up] = [a for a in nba.awards
                   if a.award == "nba mvp" and a.season == 1997 and a.player_id == "nba:jordami01"]
    assert not runner_up.is_winner
    assert runner_up.detail == "share 0.832, 2nd in voting"


def test_award_row_without_slug_is_bridged_by_name(nba: LeagueData) -> None:
    [sixth_man] = [a for a in nba.awards if a.award == "nba smoy" and a.season == 1983 and a.is_winner]
    assert sixth_man.player_id == "nba:jonesbo01"


def test_team_seasons(nba: LeagueData) -> None:
    teams = {(t.season, t.team): t for t in nba.teams}
    bulls = teams[1996, "CHI"]
    assert (bulls.name, bulls.wins, bulls.losses, bulls.competition) == ("Chicago Bulls", 72, 10, "NBA")
    assert bulls.stats["srs"] is not None and bulls.stats["pace"] is not None
    assert teams[1955, "BLB"].wins is None  # folded mid-season
    assert all(t.team and t.name != "League Average" for t in nba.teams)


def test_sources_are_the_files_read(nba: LeagueData, source_dir: Path) -> None:
    assert len(nba.sources) == 9 + 2  # and the champions with the team-name index
    assert all((source_dir / path).is_file() for path in nba.sources)


# --- bad files -------------------------------------------------------------------------------------------


def _copy_nba(source_dir: Path, tmp_path: Path) -> Path:
    shutil.copytree(source_dir / "nba", tmp_path / "nba")
    return tmp_path


def _corrupt(root: Path, path: str, line_number: int, column: str, value: str) -> None:
    """Replace one field of one line (1-based, header = 1), keeping the file's line endings."""
    file = root / path
    file.chmod(0o644)
    lines = file.read_bytes().decode("utf-8").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    fields = next(csv.reader([lines[line_number - 1]]))
    fields[header.index(column)] = value
    out = io.StringIO()
    ending = lines[line_number - 1][len(lines[line_number - 1].rstrip("\r\n")):]
    csv.writer(out, lineterminator=ending).writerow(fields)
    lines[line_number - 1] = out.getvalue()
    file.write_bytes("".join(lines).encode("utf-8"))


@pytest.mark.parametrize(
    ("path", "line", "column", "value"),
    [
        (TOTALS_1947_2021, 1200, "pts", "lots"),
        (TOTALS_2025, 40, "PTS", "1,2x"),
        (AWARD_SHARES, 15, "winner", "maybe"),
    ],
)
def test_corrupt_row_names_file_and_row(
    source_dir: Path, tmp_path: Path, path: str, line: int, column: str, value: str
) -> None:
    root = _copy_nba(source_dir, tmp_path)
    _corrupt(root, path, line, column, value)
    with pytest.raises(SourceFileCorrupt) as caught:
        read_nba(LocalSourceDir(root))
    assert (caught.value.path, caught.value.row) == (path, line)
    assert f"{path}, row {line}" in str(caught.value) and column in str(caught.value)


def test_missing_file_is_named(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nba(source_dir, tmp_path)
    (root / PLAYER_CAREER_INFO).unlink()
    with pytest.raises(SourceFileMissing, match=re.escape(PLAYER_CAREER_INFO)):
        read_nba(LocalSourceDir(root))
