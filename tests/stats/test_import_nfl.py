"""The NFL importer against the real upstream files: reference figures, source precedence, ids, bad files."""

from __future__ import annotations

import gzip
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

import pytest

from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import GROUPS, League, StatLine, stat_line
from arena.stats.errors import SourceFileCorrupt, SourceFileMissing
from arena.stats.importers.nfl import read_nfl
from arena.stats.importers.nfl_weekly import read_weekly
from arena.stats.importing import import_leagues
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.source_dir import LocalSourceDir

T = TypeVar("T")
NFL_GROUPS = GROUPS[League.NFL]
PFR_1985 = "nfl/fantasydatapros-data/yearly/1985.csv"
WEEKLY_2005 = "nfl/nflfastR-data/data/player_stats/player_stats_2005.csv.gz"


@pytest.fixture(scope="module")
def nfl(source_dir: Path) -> LeagueData:
    return read_nfl(LocalSourceDir(source_dir))


def _grouped(items: Iterable[T], key: Callable[[T], str]) -> dict[str, list[T]]:
    grouped: dict[str, list[T]] = defaultdict(list)
    for item in items:
        grouped[key(item)].append(item)
    return grouped


@pytest.fixture(scope="module")
def rows_by_player(nfl: LeagueData) -> Mapping[str, list[SeasonRow]]:
    return _grouped(nfl.seasons, lambda r: r.player_id)


@pytest.fixture(scope="module")
def players_by_name(nfl: LeagueData) -> Mapping[str, list[Player]]:
    return _grouped(nfl.players, lambda p: p.name)


def _only(players_by_name: Mapping[str, list[Player]], name: str) -> Player:
    found = players_by_name.get(name, [])
    assert len(found) == 1, f"{name}: {[p.id for p in found]}"
    return found[0]


def _career(rows: list[SeasonRow], group: str, last_season: int = 9999) -> StatLine:
    stats: list[Mapping[str, float | None]] = [
        r.stats for r in rows if r.group == group and r.season <= last_season
    ]
    return stat_line(NFL_GROUPS[group], stats)


def _season(rows: list[SeasonRow], group: str, season: int) -> SeasonRow:
    found = [r for r in rows if r.group == group and r.season == season]
    assert len(found) == 1, f"{group} {season}: {found}"
    return found[0]


def test_brady_passed_for_89214_yards_through_2022_under_one_id(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    brady = _only(players_by_name, "Tom Brady")
    rows = rows_by_player[brady.id]
    assert brady.id == "nfl:00-0019596"
    assert _career(rows, "passing", 2022)["passing_yards"] == 89_214
    assert _season(rows, "passing", 2021).stats["passing_yards"] == 5_316  # nflverse
    assert _season(rows, "passing", 2022).stats["passing_yards"] == 4_694
    assert (brady.first_season, brady.last_season) == (2000, 2022)
    assert brady.birth_year == 1977
    assert "T.Brady" in brady.name_variants


@pytest.mark.parametrize(
    ("name", "group", "key", "total"),
    [
        ("Peyton Manning", "passing", "passing_yards", 71_940),
        ("Dan Marino", "passing", "passing_yards", 61_361),
        ("Emmitt Smith", "rushing", "rushing_yards", 18_355),
        ("Walter Payton", "rushing", "rushing_yards", 16_726),
        ("Barry Sanders", "rushing", "rushing_yards", 15_269),
        ("Jerry Rice", "receiving", "receiving_yards", 22_895),
        ("Jerry Rice", "receiving", "receiving_tds", 197),
    ],
)
def test_career_totals_match_reference(
    players_by_name: Mapping[str, list[Player]],
    rows_by_player: Mapping[str, list[SeasonRow]],
    name: str,
    group: str,
    key: str,
    total: int,
) -> None:
    player = _only(players_by_name, name)
    assert _career(rows_by_player[player.id], group)[key] == total


def test_career_spanning_1998_joins_its_gsis_id(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    manning = _only(players_by_name, "Peyton Manning")
    assert manning.id.startswith("nfl:00-")
    seasons = {r.season for r in rows_by_player[manning.id] if r.group == "passing"}
    assert {1998, 1999, 2015} <= seasons  # 1998 is PFR only


def test_2024_fantasy_totals(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    burrow = _season(rows_by_player[_only(players_by_name, "Joe Burrow").id], "passing", 2024)
    assert (burrow.stats["passing_yards"], burrow.stats["passing_tds"]) == (4_918, 43)
    assert burrow.stats["attempts"] is None and burrow.stats["games"] is None  # not in the source
    barkley = _season(rows_by_player[_only(players_by_name, "Saquon Barkley").id], "rushing", 2024)
    assert barkley.stats["rushing_yards"] == 2_005
    chase = _season(rows_by_player[_only(players_by_name, "Ja'Marr Chase").id], "receiving", 2024)
    assert chase.stats["receiving_yards"] == 1_708
    adams = _season(rows_by_player[_only(players_by_name, "Davante Adams").id], "receiving", 2024)
    assert (adams.stats["receiving_yards"], adams.teams) == (1_063, ("NYJ",))  # traded: once, final club


def test_2024_players_join_their_nflverse_ids(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    for name in ("Joe Burrow", "Saquon Barkley", "Ja'Marr Chase", "Davante Adams"):
        player = _only(players_by_name, name)
        assert player.id.startswith("nfl:00-") and player.last_season == 2024, name
    # NFL.com lists Taysom Hill as a TE, nflverse as a QB; NFL.com's "Jeff Wilson" is nflverse's "Jeffery".
    hill = _only(players_by_name, "Taysom Hill")
    assert {2023, 2024} <= {r.season for r in rows_by_player[hill.id]}
    wilson = _only(players_by_name, "Jeffery Wilson")
    assert {2023, 2024} <= {r.season for r in rows_by_player[wilson.id]}
    rookie = _only(players_by_name, "Jayden Daniels")
    assert rookie.id.startswith("nfl:nflcom-") and rookie.first_season == 2024


def test_2024_defense_and_kicking_totals(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # Pro-Football-Reference's 2024 figures; tackles are solo plus assisted.
    hendrickson = _season(rows_by_player[_only(players_by_name, "Trey Hendrickson").id], "defense", 2024)
    assert (hendrickson.stats["sacks"], hendrickson.stats["games"]) == (17.5, None)
    assert _season(rows_by_player[_only(players_by_name, "Zack Baun").id], "defense", 2024).stats["tackles"] == 151
    mckinney = _season(rows_by_player[_only(players_by_name, "Xavier McKinney").id], "defense", 2024)
    assert (mckinney.stats["def_interceptions"], mckinney.stats["passes_defended"]) == (8, 11)
    # Brandon Aubrey's row is in the file twice; his misses from 40 yards on are not in it at all.
    aubrey = _season(rows_by_player[_only(players_by_name, "Brandon Aubrey").id], "kicking", 2024)
    assert (aubrey.stats["fg_made"], aubrey.stats["fg_attempts"], aubrey.stats["xp_made"]) == (40, None, 30)
    tucker = _season(rows_by_player[_only(players_by_name, "Justin Tucker").id], "kicking", 2024)
    assert (tucker.stats["xp_made"], tucker.stats["xp_attempts"]) == (60, 62)


def test_2024_defenders_and_kickers_join_their_nflcom_page_else_stand_alone(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # Fantasy.NFL.com shares NFL.com's profile number, old ones too (Calais Campbell's is 744).
    for name, group, first in (("Calais Campbell", "defense", 2008), ("Bobby Wagner", "defense", 2012),
                               ("Justin Tucker", "kicking", 2012)):
        seasons = {r.season for r in rows_by_player[_only(players_by_name, name).id] if r.group == group}
        assert min(seasons) == first and {2016, 2024} <= seasons and not seasons & set(range(2017, 2024)), name
    # A 2021-2023 player of his name and position (a defensive end's catch of 2021).
    wilkins = _only(players_by_name, "Christian Wilkins")
    assert wilkins.id.startswith("nfl:00-") and {2021, 2024} <= {r.season for r in rows_by_player[wilkins.id]}
    # Neither: a player of his own, first seen in 2024 (Nick Bosa began in 2019; nflverse has no defense).
    bosa = _only(players_by_name, "Nick Bosa")
    assert (bosa.id, bosa.first_season) == ("nfl:nflcom-2562629", 2024)
    # A namesake on the other side of the ball is another player: the tight end Tyler Davis of 2021-2023
    # is not the defensive lineman of 2024.
    davis = {p.positions[0]: p for p in players_by_name["Tyler Davis"]}
    assert {r.group for r in rows_by_player[davis["TE"].id]} == {"receiving"}
    assert davis["DL"].id.startswith("nfl:nflcom-")


def test_official_figures_win_over_play_by_play(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    brady_2006 = _season(rows_by_player[_only(players_by_name, "Tom Brady").id], "passing", 2006)
    assert brady_2006.stats["passing_yards"] == 3_529  # nflverse: 3,533
    assert brady_2006.stats["games"] == 16 and brady_2006.stats["games_started"] == 16
    harrison_2005 = _season(rows_by_player[_only(players_by_name, "Marvin Harrison").id], "receiving", 2005)
    assert harrison_2005.stats["receiving_yards"] == 1_146


def test_nflverse_fills_what_pfr_lacks(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # PFR's 1992-2020 tables have no completions column.
    brady_2007 = _season(rows_by_player[_only(players_by_name, "Tom Brady").id], "passing", 2007)
    assert (brady_2007.stats["completions"], brady_2007.stats["attempts"]) == (398, 578)


def test_play_by_play_completions_join_official_attempts_only_when_both_counted_the_same_passes(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # Elvis Grbac 1999 (absent from NFL.com's pages): nflverse counts 293 of 494 attempts, PFR officially
    # 499 attempts and 294 completions; 293 of 499 would be a figure no record book holds.
    grbac = _season(rows_by_player[_only(players_by_name, "Elvis Grbac").id], "passing", 1999)
    assert grbac.stats["attempts"] == 499 and grbac.stats["completions"] is None
    # Where the attempts agree, the completions are the official ones (Mark Brunell 2000, also absent from
    # the pages: 311 of 512 per Pro-Football-Reference).
    brunell = _season(rows_by_player[_only(players_by_name, "Mark Brunell").id], "passing", 2000)
    assert (brunell.stats["completions"], brunell.stats["attempts"]) == (311, 512)


def test_duplicate_week_keeps_the_first_row(source_dir: Path) -> None:
    weekly, _ = read_weekly(LocalSourceDir(source_dir))
    harrison = [w for w in weekly if w.season == 2005 and "M.Harrison" in w.names]
    assert [w.stats["receiving_yards"] for w in harrison] == [1_147]  # 1,271 with both week-15 rows


def test_2021_2023_come_from_nflverse_weekly_regular_season(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    mahomes = _season(rows_by_player[_only(players_by_name, "Patrick Mahomes").id], "passing", 2022)
    assert mahomes.stats["passing_yards"] == 5_250
    assert mahomes.stats["games"] == 17  # weeks with a stat
    assert mahomes.stats["games_started"] is None


def test_multi_team_pfr_row_takes_its_clubs_from_nflverse(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    rice_2004 = _season(rows_by_player[_only(players_by_name, "Jerry Rice").id], "receiving", 2004)
    assert rice_2004.teams == ("OAK", "SEA")
    assert rice_2004.stats["receiving_yards"] == 429


def test_club_codes_carry_the_era_city(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    faulk = rows_by_player[_only(players_by_name, "Marshall Faulk").id]
    assert _season(faulk, "rushing", 1999).teams == ("STL",)
    assert _season(rows_by_player[_only(players_by_name, "Tom Brady").id], "passing", 2001).teams == ("NE",)


def test_repeated_columns_of_the_1970_1991_tables_are_told_apart(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    marino = rows_by_player[_only(players_by_name, "Dan Marino").id]
    passing, rushing = _season(marino, "passing", 1985), _season(marino, "rushing", 1985)
    assert (passing.stats["completions"], passing.stats["attempts"]) == (336, 567)
    assert (rushing.stats["carries"], rushing.stats["rushing_yards"]) == (26, -24)


def test_targets_unrecorded_before_1992(nfl: LeagueData) -> None:
    receiving = [r for r in nfl.seasons if r.group == "receiving"]
    assert receiving
    assert all(r.stats["targets"] is None for r in receiving if r.season < 1992)
    # NFL.com's pages (to 2016) have no targets: a season only they list has none.
    assert all(r.stats["targets"] is not None for r in receiving if 2017 <= r.season <= 2024)
    assert all(r.season <= 2016 for r in receiving if r.season >= 1992 and r.stats["targets"] is None)


def test_completions_1992_1998_only_from_nflcom_pages(
    nfl: LeagueData, players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    passing = [r for r in nfl.seasons if r.group == "passing"]
    assert all(r.stats["completions"] is not None for r in passing if r.season < 1992)
    # PFR's 1992-2020 tables lack completions; NFL.com's pages fill those of the quarterbacks they list
    # (Steve Young), and a quarterback they lack (Joe Montana) keeps none.
    young = _season(rows_by_player[_only(players_by_name, "Steve Young").id], "passing", 1994)
    assert (young.stats["completions"], young.stats["attempts"]) == (324, 461)
    montana = _season(rows_by_player[_only(players_by_name, "Joe Montana").id], "passing", 1993)
    assert montana.stats["completions"] is None and montana.stats["attempts"] == 298


def _active(row: SeasonRow) -> bool:
    return any(row.stats[k] for k in NFL_GROUPS[row.group].counts if k not in ("games", "games_started"))


def test_group_rows_only_where_the_player_was_active(
    nfl: LeagueData, players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # A row with nothing but zeros is a season he played (games) in a group he was active in another season.
    for rows in rows_by_player.values():
        roles = {r.group for r in rows if _active(r)}
        idle = [r for r in rows if not _active(r)]
        assert all(r.stats["games"] and r.group in roles for r in idle), idle
    harrison = rows_by_player[_only(players_by_name, "Marvin Harrison").id]
    assert not [r for r in harrison if r.group == "passing"]
    brady_2019 = _season(rows_by_player[_only(players_by_name, "Tom Brady").id], "rushing", 2019)
    assert brady_2019.stats["carries"] == 26


def test_rows_hold_exactly_the_group_counting_stats(nfl: LeagueData) -> None:
    for row in nfl.seasons:
        assert set(row.stats) == set(NFL_GROUPS[row.group].counts)
        assert row.competition == "NFL" and row.league is League.NFL


def test_one_row_per_player_season_and_group(nfl: LeagueData) -> None:
    keys = Counter((r.player_id, r.season, r.group) for r in nfl.seasons)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_row_belongs_to_a_player_whose_seasons_it_spans(
    nfl: LeagueData, rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    ids = [p.id for p in nfl.players]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(rows_by_player)
    for player in nfl.players:
        seasons = [r.season for r in rows_by_player[player.id]]
        assert (player.first_season, player.last_season) == (min(seasons), max(seasons))
        assert player.id.startswith("nfl:")
    # The Hall of Fame comes from the curated table: its members the files cover, and nobody else.
    inducted = {p.name for p in nfl.players if p.hall_of_fame}
    assert {"Troy Aikman", "Steve Young", "Jerry Rice", "Lawrence Taylor"} <= inducted
    assert {"Antonio Gates", "Andre Johnson"} <= inducted  # the classes of 2021-2025 too
    assert len(inducted) == 128 and "Tom Brady" not in inducted


def test_namesakes_stay_apart(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    peterson = {p.birth_year: p for p in players_by_name["Adrian Peterson"]}
    assert set(peterson) == {1979, 1985}
    assert _career(rows_by_player[peterson[1985].id], "rushing")["rushing_yards"] == 14_918
    assert peterson[1979].last_season == 2009
    smiths = players_by_name["Steve Smith"]
    assert len(smiths) == 3 and len({p.id for p in smiths}) == 3
    # The 2014 Washington "Jerry Rice" (born 1991, no stats) is not folded into Rice's career.
    rice = _only(players_by_name, "Jerry Rice")
    assert (rice.birth_year, rice.last_season) == (1962, 2004)


def test_pfr_only_players_get_a_stable_id_of_their_own(players_by_name: Mapping[str, list[Player]]) -> None:
    assert _only(players_by_name, "Walter Payton").id == "nfl:pfr-walter-payton-1975"


def test_names_drop_pfr_markers_and_keep_variants(
    nfl: LeagueData, players_by_name: Mapping[str, list[Player]]
) -> None:
    assert not [p.name for p in nfl.players if "*" in p.name or "+" in p.name]
    assert _only(players_by_name, "Fred Biletnikoff").first_season == 1970
    beckham = _only(players_by_name, "Odell Beckham")  # nflverse's full name, the newest
    assert {"Odell Beckham Jr.", "O.Beckham"} <= set(beckham.name_variants)  # PFR 2020, nflverse


def test_a_prominent_player_every_source_abbreviates_takes_his_curated_full_name(
    players_by_name: Mapping[str, list[Player]]
) -> None:
    # nflverse names him "C.Woodson" on his few offensive plays; no other source has his seasons.
    woodson = _only(players_by_name, "Charles Woodson")
    assert (woodson.id, woodson.hall_of_fame) == ("nfl:00-0018227", True)
    assert "C.Woodson" in woodson.name_variants
    assert "C.Woodson" not in players_by_name
    # A player known only so and in no curated row keeps the abbreviation.
    assert _only(players_by_name, "C.Hentrich").hall_of_fame is False


def test_unknown_positions_are_none_not_zero(nfl: LeagueData) -> None:
    assert not [r for r in nfl.seasons if r.position == "0"]
    assert not [p for p in nfl.players if "0" in p.positions]


def test_ids_and_rows_are_stable_across_imports(nfl: LeagueData, source_dir: Path) -> None:
    again = read_nfl(LocalSourceDir(source_dir))
    assert [p.id for p in again.players] == [p.id for p in nfl.players]
    assert again.seasons == nfl.seasons


def test_sources_are_the_files_read(nfl: LeagueData, source_dir: Path) -> None:
    assert len(nfl.sources) == 51 + 5 + 22 + 3 + 8 + 2  # NFL.com's pages, and the title-game results
    assert all((source_dir / path).is_file() for path in nfl.sources)


def _copy_nfl(source_dir: Path, tmp_path: Path) -> Path:
    shutil.copytree(source_dir / "nfl", tmp_path / "nfl")
    return tmp_path


def test_corrupt_pfr_row_names_file_and_row(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nfl(source_dir, tmp_path)
    path = root / PFR_1985
    lines = path.read_text("utf-8").splitlines(keepends=True)
    fields = lines[4].split(",")
    fields[6] = "sixteen"  # G
    lines[4] = ",".join(fields)
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(SourceFileCorrupt) as caught:
        read_nfl(LocalSourceDir(root))
    assert (caught.value.path, caught.value.row) == (PFR_1985, 5)
    assert f"{PFR_1985}, row 5" in str(caught.value)


def test_short_row_in_gzipped_weekly_file_names_file_and_row(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nfl(source_dir, tmp_path)
    path = root / WEEKLY_2005
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines(keepends=True)
    lines[10] = ",".join(lines[10].split(",")[:20]) + "\n"
    path.write_bytes(gzip.compress("".join(lines).encode("utf-8")))
    with pytest.raises(SourceFileCorrupt) as caught:
        read_nfl(LocalSourceDir(root))
    assert (caught.value.path, caught.value.row) == (WEEKLY_2005, 11)


def test_missing_file_is_named(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nfl(source_dir, tmp_path)
    missing = "nfl/NFL-Data/NFL-data-Players/2024/WR_season.csv"
    (root / missing).unlink()
    with pytest.raises(SourceFileMissing, match=re.escape(missing)):
        read_nfl(LocalSourceDir(root))


NFLCOM_PASSING = "nfl/NFL-data-hacking/Career_Stats_Passing.csv"


def test_corrupt_nflcom_row_names_file_and_row_and_keeps_the_previous_nfl_data(
    source_dir: Path, tmp_path: Path, empty_store: SqlStatStore
) -> None:
    previous = LeagueData(
        league=League.NFL,
        players=[Player(id="nfl:00-0018441", league=League.NFL, name="Steve Young")],
        seasons=[SeasonRow(player_id="nfl:00-0018441", league=League.NFL, season=1994, competition="NFL",
                           group="passing", stats={"games": 16, "completions": 324, "attempts": 461})],
    )
    empty_store.replace_league(previous)
    before = (empty_store.data_version(), empty_store.status(), empty_store.career("nfl:00-0018441"))
    root = _copy_nfl(source_dir, tmp_path)
    path = root / NFLCOM_PASSING
    lines = path.read_text("utf-8").splitlines(keepends=True)
    fields = lines[9].split(",")  # the quoted "Last, First" name is two of these
    fields[8] = "many"  # Passes Completed
    lines[9] = ",".join(fields)
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(SourceFileCorrupt) as caught:
        import_leagues(LocalSourceDir(root), [League.NFL], empty_store)
    assert (caught.value.path, caught.value.row) == (NFLCOM_PASSING, 10)
    assert f"{NFLCOM_PASSING}, row 10" in str(caught.value)
    assert (empty_store.data_version(), empty_store.status(), empty_store.career("nfl:00-0018441")) == before


def test_missing_nflcom_file_is_named(source_dir: Path, tmp_path: Path) -> None:
    root = _copy_nfl(source_dir, tmp_path)
    missing = "nfl/NFL-data-hacking/Career_Stats_Defensive.csv"
    (root / missing).unlink()
    with pytest.raises(SourceFileMissing, match=re.escape(missing)):
        read_nfl(LocalSourceDir(root))


def test_nflcom_pages_join_the_pfr_player_and_fill_what_pfr_lacks(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    young = rows_by_player[_only(players_by_name, "Steve Young").id]
    assert _career(young, "passing")["passer_rating"] == pytest.approx(96.8, abs=0.05)
    unitas = rows_by_player[_only(players_by_name, "Johnny Unitas").id]
    assert min(r.season for r in unitas) == 1956  # his seasons before 1970 come from NFL.com alone
    assert _season(unitas, "passing", 1958).teams == ("IND",)  # the Baltimore Colts, as the 1958 title names them
    taylor = rows_by_player[_only(players_by_name, "Lawrence Taylor").id]
    assert _career(taylor, "defense")["sacks"] == 132.5


def test_a_defender_nflverse_knows_only_by_initial_joins_his_nflcom_page(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    # nflverse lists Champ Bailey as "C.Bailey" for his few offensive plays; no PFR table lists a cornerback.
    bailey = _only(players_by_name, "Champ Bailey")
    assert bailey.id == "nfl:nflcom-2499489" and "C.Bailey" in bailey.name_variants
    assert (bailey.first_season, bailey.last_season) == (1999, 2013)
    assert _career(rows_by_player[bailey.id], "defense")["def_interceptions"] == 52  # Pro-Football-Reference
    assert "C.Bailey" not in players_by_name
    akers = _only(players_by_name, "David Akers")  # a kicker, the same way
    assert akers.id == "nfl:nflcom-2499370" and _career(rows_by_player[akers.id], "kicking")["fg_made"] == 386


def test_an_initial_that_fits_two_pages_joins_neither(players_by_name: Mapping[str, list[Player]]) -> None:
    # "D.Butler" of 2016 fits Donald Butler's page and Darius Butler's: he keeps nflverse's name, alone.
    assert _only(players_by_name, "D.Butler").id.startswith("nfl:00-")
    assert _only(players_by_name, "Donald Butler").id.startswith("nfl:nflcom-")
    assert _only(players_by_name, "Darius Butler").id.startswith("nfl:nflcom-")


def test_a_blank_interception_count_with_no_yards_per_interception_is_none(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    """NFL.com's pages print "--" for a season without an interception (0 yards per interception beside it):
    Lawrence Taylor's 1985 is 0, not unknown, so his 9 career interceptions cover every season; sacks before
    1982, when the NFL began counting them, stay unknown."""
    taylor = rows_by_player[_only(players_by_name, "Lawrence Taylor").id]
    assert _season(taylor, "defense", 1985).stats["def_interceptions"] == 0
    assert all(r.stats["def_interceptions"] is not None for r in taylor if r.group == "defense")
    assert _career(taylor, "defense")["def_interceptions"] == 9
    assert _season(taylor, "defense", 1981).stats["sacks"] is None


def test_a_season_played_without_a_sack_or_interception_is_kept(
    players_by_name: Mapping[str, list[Player]], rows_by_player: Mapping[str, list[SeasonRow]]
) -> None:
    """Ken Norton Jr. played 16 games for Dallas in 1992 with no sack or interception (NFL.com's page): the
    season, its games and its club (the Super Bowl XXVII champions) are his, as his other seasons are."""
    norton = rows_by_player[_only(players_by_name, "Ken Norton").id]
    season = _season(norton, "defense", 1992)
    assert season.stats["games"] == 16 and season.stats["sacks"] == 0 and season.teams == ("DAL",)
    assert [r.season for r in norton] == list(range(1988, 2001))


def test_aafc_seasons_are_left_out(rows_by_player: Mapping[str, list[SeasonRow]],
                                   players_by_name: Mapping[str, list[Player]]) -> None:
    # Y. A. Tittle began with the AAFC's Baltimore Colts (1948-1949); his NFL seasons start in 1950.
    tittle = rows_by_player[_only(players_by_name, "Y.A. Tittle").id]
    assert min(r.season for r in tittle) == 1950
