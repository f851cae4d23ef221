"""The NHL importer against the real upstream files: reference figures, eras, ESPN matching, bad files."""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from imported_league import ImportedLeague, LeagueDataSource

from arena.stats.catalog import GROUPS, League
from arena.stats.errors import SourceFileCorrupt, SourceFileMissing
from arena.stats.importers.nhl import read_nhl
from arena.stats.importers.nhl_databank import SCORING, read_databank
from arena.stats.importers.nhl_espn import OVERLAP_SEASON, databank_skaters, espn_file, read_espn
from arena.stats.model import SeasonRow
from arena.stats.source_dir import LocalSourceDir


@pytest.fixture(scope="module")
def nhl(league_data: LeagueDataSource) -> ImportedLeague:
    return ImportedLeague.of(league_data[League.NHL])


def _season(nhl: ImportedLeague, player_id: str, season: int, group: str = "skating") -> SeasonRow:
    (row,) = [r for r in nhl.season_rows(player_id, season, group) if r.competition == "NHL"]
    return row


def test_gretzky_nhl_career_matches_reference(nhl: ImportedLeague) -> None:
    career = nhl.career("nhl:gretzwa01", "skating")
    assert (career["games"], career["goals"], career["assists"], career["points"]) == (1487, 894, 1963, 2857)


def test_gretzky_wha_season_is_a_separate_1979_row(nhl: ImportedLeague) -> None:
    (wha,) = [r for r in nhl.rows["nhl:gretzwa01"] if r.competition == "WHA"]
    assert wha.season == 1979
    assert (wha.stats["games"], wha.stats["goals"], wha.stats["assists"]) == (80, 46, 64)
    assert wha.teams == ("IND", "EDO")  # two stints, summed


def test_season_is_the_year_the_season_ends(nhl: ImportedLeague) -> None:
    gretzky = nhl.players["nhl:gretzwa01"]
    assert (gretzky.first_season, gretzky.last_season) == (1980, 1999)  # 1979-80 to 1998-99, NHL only


def test_brodeur_career_wins_and_shutouts(nhl: ImportedLeague) -> None:
    career = nhl.career("nhl:brodema01", "goaltending")
    assert (career["wins"], career["shutouts"]) == (691, 125)


def test_hasek_save_percentage_and_goals_against_average(nhl: ImportedLeague) -> None:
    career = nhl.career("nhl:hasekdo01", "goaltending")
    assert career["wins"] == 389
    assert career["save_pct"] == pytest.approx(0.922, abs=0.0005)
    assert career["goals_against_avg"] == pytest.approx(2.20, abs=0.005)


def test_ovechkin_897_goals_from_databank_and_espn(nhl: ImportedLeague) -> None:
    assert nhl.career("nhl:ovechal01", "skating", seasons=range(2006, 2019))["goals"] == 607
    espn = [_season(nhl, "nhl:ovechal01", season).stats["goals"] for season in range(2019, 2026)]
    assert espn == [51, 48, 24, 50, 42, 31, 44]
    assert nhl.career("nhl:ovechal01", "skating")["goals"] == 897


def test_mcdavid_espn_seasons(nhl: ImportedLeague) -> None:
    assert _season(nhl, "nhl:mcdavco01", 2023).stats["points"] == 153
    last = _season(nhl, "nhl:mcdavco01", 2025).stats
    assert (last["points"], last["games"]) == (100, 67)


def test_rantanen_traded_twice_in_2024_25_is_one_espn_row(nhl: ImportedLeague) -> None:
    row = _season(nhl, "nhl:rantami01", 2025)
    assert (row.stats["games"], row.stats["goals"], row.stats["assists"], row.stats["points"]) == (82, 32, 56, 88)
    assert row.teams == ()  # ESPN has no team column


def test_crosby_career_continues_across_sources(nhl: ImportedLeague) -> None:
    seasons = sorted(r.season for r in nhl.rows["nhl:crosbsi01"] if r.group == "skating")
    assert seasons == list(range(2006, 2026))
    assert nhl.career("nhl:crosbsi01", "skating")["points"] == 1687


def test_lemieux_career(nhl: ImportedLeague) -> None:
    career = nhl.career("nhl:lemiema01", "skating")
    assert (career["games"], career["goals"], career["assists"], career["points"]) == (915, 690, 1033, 1723)
    assert nhl.players["nhl:lemiema01"].hall_of_fame


def test_traded_player_stints_summed_with_both_teams(nhl: ImportedLeague, source_dir: Path) -> None:
    row = _season(nhl, "nhl:gretzwa01", 1996)
    assert row.teams == ("LAK", "STL")
    with (source_dir / SCORING).open(newline="") as f:
        stints = [r for r in csv.DictReader(f) if r["playerID"] == "gretzwa01" and r["year"] == "1995"]
    assert len(stints) == 2
    assert row.stats["games"] == sum(int(s["GP"]) for s in stints) == 80
    assert row.stats["points"] == sum(int(s["Pts"]) for s in stints) == 102


def test_shots_and_plus_minus_unrecorded_before_1967_68(nhl: ImportedLeague) -> None:
    richard = [r for r in nhl.rows["nhl:richama01"] if r.group == "skating"]
    assert richard and all(r.stats["shots"] is None and r.stats["plus_minus"] is None for r in richard)
    career = nhl.career("nhl:richama01", "skating")
    assert career["goals"] == 544
    assert career["shots"] is None and career["shooting_pct"] is None


def test_shots_against_unrecorded_in_early_goalie_seasons(nhl: ImportedLeague) -> None:
    sawchuk = [r for r in nhl.rows["nhl:sawchte01"] if r.group == "goaltending"]
    assert sawchuk and all(r.stats["shots_against"] is None for r in sawchuk)
    career = nhl.career("nhl:sawchte01", "goaltending")
    assert career["shutouts"] == 103
    assert career["save_pct"] is None and career["goals_against_avg"] is not None


def test_no_2004_05_season(nhl: ImportedLeague) -> None:
    seasons = {r.season for r in nhl.data.seasons if r.competition == "NHL"}
    assert 2005 not in seasons
    assert {2004, 2006} <= seasons


def test_every_databank_league_is_kept_as_its_competition(nhl: ImportedLeague) -> None:
    assert {r.competition for r in nhl.data.seasons} == {"NHL", "WHA", "NHA", "PCHA", "WCHL"}


def test_rows_hold_exactly_the_catalogue_counting_stats(nhl: ImportedLeague) -> None:
    for row in nhl.data.seasons:
        assert tuple(row.stats) == GROUPS[League.NHL][row.group].counts


def test_one_row_per_player_season_competition_and_group(nhl: ImportedLeague) -> None:
    keys = Counter((r.player_id, r.season, r.competition, r.group) for r in nhl.data.seasons)
    assert [k for k, n in keys.items() if n > 1] == []


def test_goalie_skating_rows_only_for_seasons_with_points(nhl: ImportedLeague) -> None:
    goalie_skating = [r for r in nhl.data.seasons if r.group == "skating" and r.position == "G"]
    assert goalie_skating and all((r.stats["points"] or 0) > 0 for r in goalie_skating)
    brodeur = nhl.rows["nhl:brodema01"]
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


def test_databank_keeps_2017_18_and_espn_starts_in_2018_19(nhl: ImportedLeague) -> None:
    row = _season(nhl, "nhl:ovechal01", 2018)
    assert row.teams == ("WAS",)  # the Databank's row: ESPN rows have no team
    assert _season(nhl, "nhl:ovechal01", 2019).teams == ()


def test_spelling_variants_join_databank_careers(nhl: ImportedLeague) -> None:
    gaudreau = nhl.players["nhl:gaudrjo01"]
    assert gaudreau.name == "Johnny Gaudreau" and "John Gaudreau" in gaudreau.name_variants
    assert _season(nhl, "nhl:gaudrjo01", 2022).stats["points"] == 115
    assert _season(nhl, "nhl:dadonev01", 2025).stats["games"] == 80  # ESPN: Evgenii
    wennberg = nhl.players["nhl:wennbal01"]
    assert {"Alex Wennberg", "Alexander Wennberg"} <= {wennberg.name, *wennberg.name_variants}
    assert not [p for p in nhl.players.values() if p.id.startswith("nhl:espn-") and "Wennberg" in p.name]


def test_position_disagreement_does_not_split_a_player(nhl: ImportedLeague) -> None:
    # The Databank lists Kurtis MacDermid as D, ESPN as LW.
    assert {r.season for r in nhl.rows["nhl:macdeku01"]} >= {2018, 2019, 2025}
    assert not [p for p in nhl.players.values() if p.id.startswith("nhl:espn-") and p.name == "Kurtis MacDermid"]


def test_two_sebastian_ahos_stay_apart(nhl: ImportedLeague) -> None:
    forward, defenceman = _season(nhl, "nhl:ahose01", 2024), _season(nhl, "nhl:ahose02", 2024)
    assert (forward.position, defenceman.position) == ("C", "D")
    assert (forward.stats["points"], defenceman.stats["points"]) == (89, 9)
    assert all(r.position == "D" for r in nhl.rows["nhl:ahose02"])


def test_two_erik_gustafssons_of_2024_25_get_a_row_each(nhl: ImportedLeague) -> None:
    rows = [r for r in nhl.data.seasons if r.season == 2025 and r.player_id in {
        p.id for p in nhl.players.values() if p.name == "Erik Gustafsson"}]
    assert sorted(r.stats["games"] or 0 for r in rows) == [9, 60]
    assert len({r.player_id for r in rows}) == 2
    # The busier row continues the Databank player who also played 2023-24; the other is new.
    assert _season(nhl, "nhl:gustaer02", 2025).stats["games"] == 60
    assert _season(nhl, "nhl:gustaer02", 2024).stats["games"] == 76
    (newcomer,) = [r.player_id for r in rows if r.player_id != "nhl:gustaer02"]
    assert newcomer.startswith("nhl:espn-erik-gustafsson")


def test_new_players_after_2017_18_get_espn_ids(nhl: ImportedLeague) -> None:
    makar = nhl.players["nhl:espn-cale-makar"]
    assert (makar.name, makar.first_season, makar.last_season, makar.positions) == ("Cale Makar", 2020, 2025, ("D",))
    assert _season(nhl, makar.id, 2022).stats["points"] == 86


def test_namesake_long_gone_does_not_inherit_a_rookie(nhl: ImportedLeague) -> None:
    # Mikko Lehtonen of 2006-07 and of 2020-21 are two people, fourteen seasons apart.
    assert max(r.season for r in nhl.rows["nhl:lehtomi01"]) == 2007
    assert [r.season for r in nhl.rows["nhl:espn-mikko-lehtonen"]] == [2021]


def test_player_bio_and_hall_of_fame(nhl: ImportedLeague) -> None:
    gretzky = nhl.players["nhl:gretzwa01"]
    assert (gretzky.name, gretzky.birth_year, gretzky.positions) == ("Wayne Gretzky", 1961, ("C",))
    assert gretzky.hall_of_fame and "The Great One" in gretzky.name_variants
    assert not nhl.players["nhl:ovechal01"].hall_of_fame


def test_awards_use_season_end_years(nhl: ImportedLeague) -> None:
    harts = sorted(a.season for a in nhl.data.awards if a.player_id == "nhl:gretzwa01" and a.award == "hart")
    assert harts == [*range(1980, 1988), 1989]
    gretzky = [a for a in nhl.data.awards if a.player_id == "nhl:gretzwa01"]
    wha = sorted((a.award, a.season) for a in gretzky if a.award.startswith("wha"))
    assert wha == [("wha all-star team", 1979), ("wha rookie", 1979)]  # kept apart from NHL awards


def test_team_seasons(nhl: ImportedLeague) -> None:
    (oilers,) = [t for t in nhl.data.teams if t.team == "EDM" and t.season == 1984]
    assert (oilers.name, oilers.wins, oilers.losses, oilers.ties, oilers.competition) == (
        "Edmonton Oilers", 57, 18, 5, "NHL")


def test_every_row_and_award_belongs_to_a_known_player(nhl: ImportedLeague) -> None:
    assert {r.player_id for r in nhl.data.seasons} == set(nhl.players)
    assert {a.player_id for a in nhl.data.awards} <= set(nhl.players)


def test_sources_are_the_files_read(nhl: ImportedLeague, source_dir: Path) -> None:
    assert all((source_dir / path).is_file() for path in nhl.data.sources)
    assert espn_file(2025) in nhl.data.sources and SCORING in nhl.data.sources


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
