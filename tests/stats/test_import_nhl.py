"""The NHL importer against the real upstream files: reference figures, eras, ESPN matching, bad files."""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import pytest

from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League, StatLine, stat_line
from arena.stats.errors import SourceFileCorrupt, SourceFileMissing
from arena.stats.importers.nhl import read_nhl
from arena.stats.importers.nhl_databank import SCORING, read_databank
from arena.stats.importers.nhl_espn import OVERLAP_SEASON, databank_skaters, espn_file, read_espn
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.source_dir import LocalSourceDir

COUNTED = COUNTED_COMPETITIONS[League.NHL]


class LeagueDataSource(Protocol):
    """The session's ``league_data`` fixture: each league read once through its real importer."""

    def __getitem__(self, league: League) -> LeagueData: ...


@pytest.fixture(scope="module")
def nhl(league_data: LeagueDataSource) -> LeagueData:
    return league_data[League.NHL]


@pytest.fixture(scope="module")
def rows_by_player(nhl: LeagueData) -> Mapping[str, list[SeasonRow]]:
    rows: dict[str, list[SeasonRow]] = defaultdict(list)
    for row in nhl.seasons:
        rows[row.player_id].append(row)
    return rows


@pytest.fixture(scope="module")
def players(nhl: LeagueData) -> Mapping[str, Player]:
    return {p.id: p for p in nhl.players}


def _career(rows: list[SeasonRow], group: str, *, seasons: range | None = None) -> StatLine:
    chosen = [r.stats for r in rows
              if r.group == group and r.competition in COUNTED and (seasons is None or r.season in seasons)]
    return stat_line(GROUPS[League.NHL][group], chosen)


def _season(rows: list[SeasonRow], season: int, group: str = "skating") -> SeasonRow:
    (row,) = [r for r in rows if r.season == season and r.group == group and r.competition in COUNTED]
    return row


def test_gretzky_nhl_career_matches_reference(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    career = _career(rows_by_player["nhl:gretzwa01"], "skating")
    assert (career["games"], career["goals"], career["assists"], career["points"]) == (1487, 894, 1963, 2857)


def test_gretzky_wha_season_is_a_separate_1979_row(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    (wha,) = [r for r in rows_by_player["nhl:gretzwa01"] if r.competition == "WHA"]
    assert wha.season == 1979
    assert (wha.stats["games"], wha.stats["goals"], wha.stats["assists"]) == (80, 46, 64)
    assert wha.teams == ("IND", "EDO")  # two stints, summed


def test_season_is_the_year_the_season_ends(players: Mapping[str, Player]) -> None:
    gretzky = players["nhl:gretzwa01"]
    assert (gretzky.first_season, gretzky.last_season) == (1980, 1999)  # 1979-80 to 1998-99, NHL only


def test_brodeur_career_wins_and_shutouts(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    career = _career(rows_by_player["nhl:brodema01"], "goaltending")
    assert (career["wins"], career["shutouts"]) == (691, 125)


def test_hasek_save_percentage_and_goals_against_average(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    career = _career(rows_by_player["nhl:hasekdo01"], "goaltending")
    assert career["wins"] == 389
    assert career["save_pct"] == pytest.approx(0.922, abs=0.0005)
    assert career["goals_against_avg"] == pytest.approx(2.20, abs=0.005)


def test_ovechkin_897_goals_from_databank_and_espn(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = rows_by_player["nhl:ovechal01"]
    assert _career(rows, "skating", seasons=range(2006, 2019))["goals"] == 607
    espn = [_season(rows, season).stats["goals"] for season in range(2019, 2026)]
    assert espn == [51, 48, 24, 50, 42, 31, 44]
    assert _career(rows, "skating")["goals"] == 897


def test_mcdavid_espn_seasons(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = rows_by_player["nhl:mcdavco01"]
    assert _season(rows, 2023).stats["points"] == 153
    last = _season(rows, 2025).stats
    assert (last["points"], last["games"]) == (100, 67)


def test_rantanen_traded_twice_in_2024_25_is_one_espn_row(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    row = _season(rows_by_player["nhl:rantami01"], 2025)
    assert (row.stats["games"], row.stats["goals"], row.stats["assists"], row.stats["points"]) == (82, 32, 56, 88)
    assert row.teams == ()  # ESPN has no team column


def test_crosby_career_continues_across_sources(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = rows_by_player["nhl:crosbsi01"]
    assert sorted(r.season for r in rows if r.group == "skating") == list(range(2006, 2026))
    assert _career(rows, "skating")["points"] == 1687


def test_lemieux_career(rows_by_player: Mapping[str, list[SeasonRow]], players: Mapping[str, Player]) -> None:
    career = _career(rows_by_player["nhl:lemiema01"], "skating")
    assert (career["games"], career["goals"], career["assists"], career["points"]) == (915, 690, 1033, 1723)
    assert players["nhl:lemiema01"].hall_of_fame


def test_traded_player_stints_summed_with_both_teams(
        rows_by_player: Mapping[str, list[SeasonRow]], source_dir: Path) -> None:
    row = _season(rows_by_player["nhl:gretzwa01"], 1996)
    assert row.teams == ("LAK", "STL")
    with (source_dir / SCORING).open(newline="") as f:
        stints = [r for r in csv.DictReader(f) if r["playerID"] == "gretzwa01" and r["year"] == "1995"]
    assert len(stints) == 2
    assert row.stats["games"] == sum(int(s["GP"]) for s in stints) == 80
    assert row.stats["points"] == sum(int(s["Pts"]) for s in stints) == 102


def test_shots_and_plus_minus_unrecorded_before_1967_68(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    richard = [r for r in rows_by_player["nhl:richama01"] if r.group == "skating"]
    assert richard and all(r.stats["shots"] is None and r.stats["plus_minus"] is None for r in richard)
    career = _career(rows_by_player["nhl:richama01"], "skating")
    assert career["goals"] == 544
    assert career["shots"] is None and career["shooting_pct"] is None


def test_shots_against_unrecorded_in_early_goalie_seasons(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    sawchuk = [r for r in rows_by_player["nhl:sawchte01"] if r.group == "goaltending"]
    assert sawchuk and all(r.stats["shots_against"] is None for r in sawchuk)
    career = _career(rows_by_player["nhl:sawchte01"], "goaltending")
    assert career["shutouts"] == 103
    assert career["save_pct"] is None and career["goals_against_avg"] is not None


def test_no_2004_05_season(nhl: LeagueData) -> None:
    seasons = {r.season for r in nhl.seasons if r.competition == "NHL"}
    assert 2005 not in seasons
    assert {2004, 2006} <= seasons


def test_every_databank_league_is_kept_as_its_competition(nhl: LeagueData) -> None:
    assert {r.competition for r in nhl.seasons} == {"NHL", "WHA", "NHA", "PCHA", "WCHL"}


def test_rows_hold_exactly_the_catalogue_counting_stats(nhl: LeagueData) -> None:
    for row in nhl.seasons:
        assert tuple(row.stats) == GROUPS[League.NHL][row.group].counts


def test_one_row_per_player_season_competition_and_group(nhl: LeagueData) -> None:
    keys = Counter((r.player_id, r.season, r.competition, r.group) for r in nhl.seasons)
    assert [k for k, n in keys.items() if n > 1] == []


def test_goalie_skating_rows_only_for_seasons_with_points(
        nhl: LeagueData, rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    goalie_skating = [r for r in nhl.seasons if r.group == "skating" and r.position == "G"]
    assert goalie_skating and all((r.stats["points"] or 0) > 0 for r in goalie_skating)
    brodeur = rows_by_player["nhl:brodema01"]
    assert len([r for r in brodeur if r.group == "goaltending"]) > len([r for r in brodeur if r.group == "skating"])


def test_espn_2017_18_overlap_matches_every_skater_with_identical_totals(source_dir: Path) -> None:
    source = LocalSourceDir(source_dir)
    databank = read_databank(source)
    names = {pid: person.full_name for pid, person in databank.people.items()}
    espn = read_espn(source, databank_skaters(databank.seasons, names), databank.seasons)
    with (source_dir / espn_file(OVERLAP_SEASON)).open(newline="") as f:
        file_rows = list(csv.DictReader(f))
    assert len(espn.overlap) == len(file_rows)
    assert all(m.player_id is not None for m in espn.overlap)
    skaters = [m for m in espn.overlap if m.position]  # ESPN's one goalie row has no position
    assert all(m.identical for m in skaters), [m for m in skaters if not m.identical]
    assert len({m.player_id for m in espn.overlap}) == len(espn.overlap)


def test_databank_keeps_2017_18_and_espn_starts_in_2018_19(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    row = _season(rows_by_player["nhl:ovechal01"], 2018)
    assert row.teams == ("WAS",)  # the Databank's row: ESPN rows have no team
    assert _season(rows_by_player["nhl:ovechal01"], 2019).teams == ()


def test_spelling_variants_join_databank_careers(
        rows_by_player: Mapping[str, list[SeasonRow]], players: Mapping[str, Player]) -> None:
    gaudreau = players["nhl:gaudrjo01"]
    assert gaudreau.name == "Johnny Gaudreau" and "John Gaudreau" in gaudreau.name_variants
    assert _season(rows_by_player["nhl:gaudrjo01"], 2022).stats["points"] == 115
    assert _season(rows_by_player["nhl:dadonev01"], 2025).stats["games"] == 80  # ESPN: Evgenii
    wennberg = players["nhl:wennbal01"]
    assert {"Alex Wennberg", "Alexander Wennberg"} <= {wennberg.name, *wennberg.name_variants}
    assert not [p for p in players.values() if p.id.startswith("nhl:espn-") and "Wennberg" in p.name]


def test_position_disagreement_does_not_split_a_player(
        rows_by_player: Mapping[str, list[SeasonRow]], players: Mapping[str, Player]) -> None:
    # The Databank lists Kurtis MacDermid as D, ESPN as LW.
    assert {r.season for r in rows_by_player["nhl:macdeku01"]} >= {2018, 2019, 2025}
    assert not [p for p in players.values() if p.id.startswith("nhl:espn-") and p.name == "Kurtis MacDermid"]


def test_two_sebastian_ahos_stay_apart(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    forward, defenceman = rows_by_player["nhl:ahose01"], rows_by_player["nhl:ahose02"]
    assert _season(forward, 2024).position == "C"
    assert _season(defenceman, 2024).position == "D"
    assert _season(forward, 2024).stats["points"] > _season(defenceman, 2024).stats["points"]
    assert all(r.position == "D" for r in defenceman)


def test_two_erik_gustafssons_of_2024_25_get_a_row_each(
        nhl: LeagueData, rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    rows = [r for r in nhl.seasons if r.season == 2025 and r.player_id in {
        p.id for p in nhl.players if p.name == "Erik Gustafsson"}]
    assert sorted(r.stats["games"] or 0 for r in rows) == [9, 60]
    assert len({r.player_id for r in rows}) == 2
    # The busier row continues the Databank player who also played 2023-24; the other is new.
    assert _season(rows_by_player["nhl:gustaer02"], 2025).stats["games"] == 60
    assert _season(rows_by_player["nhl:gustaer02"], 2024).stats["games"] == 76
    (newcomer,) = [r.player_id for r in rows if r.player_id != "nhl:gustaer02"]
    assert newcomer.startswith("nhl:espn-erik-gustafsson")


def test_new_players_after_2017_18_get_espn_ids(
        rows_by_player: Mapping[str, list[SeasonRow]], players: Mapping[str, Player]) -> None:
    makar = players["nhl:espn-cale-makar"]
    assert (makar.name, makar.first_season, makar.last_season, makar.positions) == ("Cale Makar", 2020, 2025, ("D",))
    assert _season(rows_by_player[makar.id], 2022).stats["points"] == 86


def test_namesake_long_gone_does_not_inherit_a_rookie(rows_by_player: Mapping[str, list[SeasonRow]]) -> None:
    # Mikko Lehtonen of 2006-07 and of 2020-21 are two people, fourteen seasons apart.
    assert max(r.season for r in rows_by_player["nhl:lehtomi01"]) == 2007
    assert [r.season for r in rows_by_player["nhl:espn-mikko-lehtonen"]] == [2021]


def test_player_bio_and_hall_of_fame(players: Mapping[str, Player]) -> None:
    gretzky = players["nhl:gretzwa01"]
    assert (gretzky.name, gretzky.birth_year, gretzky.positions) == ("Wayne Gretzky", 1961, ("C",))
    assert gretzky.hall_of_fame and "The Great One" in gretzky.name_variants
    assert not players["nhl:ovechal01"].hall_of_fame


def test_awards_use_season_end_years(nhl: LeagueData) -> None:
    harts = sorted(a.season for a in nhl.awards if a.player_id == "nhl:gretzwa01" and a.award == "hart")
    assert harts == [*range(1980, 1988), 1989]
    gretzky = [a for a in nhl.awards if a.player_id == "nhl:gretzwa01"]
    wha = sorted((a.award, a.season) for a in gretzky if a.award.startswith("wha"))
    assert wha == [("wha all-star team", 1979), ("wha rookie", 1979)]  # kept apart from NHL awards


def test_team_seasons(nhl: LeagueData) -> None:
    (oilers,) = [t for t in nhl.teams if t.team == "EDM" and t.season == 1984]
    assert (oilers.name, oilers.wins, oilers.losses, oilers.ties, oilers.competition) == (
        "Edmonton Oilers", 57, 18, 5, "NHL")


def test_every_row_and_award_belongs_to_a_known_player(nhl: LeagueData, players: Mapping[str, Player]) -> None:
    assert {r.player_id for r in nhl.seasons} == set(players)
    assert {a.player_id for a in nhl.awards} <= set(players)


def test_sources_are_the_files_read(nhl: LeagueData, source_dir: Path) -> None:
    assert all((source_dir / path).is_file() for path in nhl.sources)
    assert espn_file(2025) in nhl.sources and SCORING in nhl.sources


def _copy_nhl(source_dir: Path, root: Path) -> Path:
    shutil.copytree(source_dir / "nhl", root / "nhl")
    return root


def _break_row(root: Path, path: str, line_number: int, column: str, value: str) -> None:
    with (root / path).open(newline="") as f:
        lines = list(csv.reader(f))
    lines[line_number - 1][lines[0].index(column)] = value
    with (root / path).open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(lines)


@pytest.mark.parametrize(("path", "line", "column"), [
    (SCORING, 1200, "G"),
    (espn_file(2022), 300, "PTS"),
])
def test_corrupt_row_names_file_and_row(source_dir: Path, tmp_path: Path, path: str, line: int, column: str) -> None:
    root = _copy_nhl(source_dir, tmp_path)
    _break_row(root, path, line, column, "lots")
    with pytest.raises(SourceFileCorrupt) as caught:
        read_nhl(LocalSourceDir(root))
    assert (caught.value.path, caught.value.row) == (path, line)
    assert path in str(caught.value) and f"row {line}" in str(caught.value)


def test_missing_espn_file_is_named(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nhl(source_dir, tmp_path)
    (root / espn_file(2021)).unlink()
    with pytest.raises(SourceFileMissing, match=re.escape(espn_file(2021))):
        read_nhl(LocalSourceDir(root))
