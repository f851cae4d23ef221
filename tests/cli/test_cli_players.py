"""``arena player`` and ``arena leaders`` over the session's fully imported SQLite store."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from arena_command import ArenaCommand

PLAYER_KEYS = {"id", "name", "league", "seasons", "career", "awards", "hall_of_fame", "championships", "title_records",
               "gaps"}
SEASON_KEYS = {"season", "label", "teams", "groups"}


@pytest.fixture(scope="module")
def jordan(arena: ArenaCommand) -> dict[str, Any]:
    document: dict[str, Any] = arena.json("player", "Michael Jordan", "--json")
    return document


def test_player_json_follows_the_contract(jordan: dict[str, Any]) -> None:
    assert set(jordan) == PLAYER_KEYS
    assert (jordan["id"], jordan["name"], jordan["league"]) == ("nba:jordami01", "Michael Jordan", "nba")
    assert jordan["hall_of_fame"] is True
    for season in jordan["seasons"]:
        assert set(season) == SEASON_KEYS
        assert isinstance(season["teams"], list)
        assert set(season["groups"]) == {"basketball"}
    assert jordan["seasons"][0]["season"] == 1985 and jordan["seasons"][0]["label"] == "1984-85"
    assert jordan["gaps"] == []  # every figure of his career covers all of it


def test_jordan_career_is_32292_points_over_15_seasons(jordan: dict[str, Any]) -> None:
    career = jordan["career"]["basketball"]
    assert career["points"] == 32_292
    assert len(jordan["seasons"]) == 15
    assert sum(s["groups"]["basketball"]["points"] for s in jordan["seasons"]) == career["points"]
    assert career["points_per_game"] == pytest.approx(career["points"] / career["games"])


def test_jordan_awards_include_his_five_mvps(jordan: dict[str, Any]) -> None:
    mvps = sorted(a["season"] for a in jordan["awards"] if a["award"] == "nba mvp" and a["is_winner"])
    assert mvps == [1988, 1991, 1992, 1996, 1998]


def test_jordan_championships_are_his_six_bulls_titles(jordan: dict[str, Any]) -> None:
    # Basketball-Reference: Michael Jordan, NBA champion 1991-1993 and 1996-1998 with Chicago.
    titles = jordan["championships"]
    assert [t["season"] for t in titles] == [1991, 1992, 1993, 1996, 1997, 1998]
    assert titles[0] == {"season": 1991, "label": "1990-91", "title": "NBA championship", "team": "CHI",
                         "team_name": "Chicago Bulls"}


def test_jordan_finals_record_is_six_and_none(jordan: dict[str, Any]) -> None:
    # Basketball-Reference: Michael Jordan, 6 NBA Finals, 6 titles.
    (record,) = jordan["title_records"]
    assert (record["round_name"], record["record"], record["won"], record["lost"], record["through"]) == (
        "NBA Finals", "6-0", [1991, 1992, 1993, 1996, 1997, 1998], [], None)
    assert record["text"] == "NBA Finals: 6-0 (won 1990-91, 1991-92, 1992-93, 1995-96, 1996-97, 1997-98)"


def test_a_record_past_the_nhl_rosters_is_told_through_2017_18(arena: ArenaCommand) -> None:
    # Hockey-Reference: Sidney Crosby's Penguins lost the 2008 Final and won the 2009, 2016 and 2017 ones; the
    # store's NHL rosters end with 2017-18, so nothing later is counted, and the text says so.
    (record,) = arena.json("player", "Sidney Crosby", "--json")["title_records"]
    assert (record["record"], record["through_label"]) == ("3-1", "2017-18")
    assert "through 2017-18" in record["text"]


def test_lebron_career_reaches_42184_points(arena: ArenaCommand) -> None:
    lebron = arena.json("player", "LeBron James", "--league", "nba", "--json")
    assert lebron["career"]["basketball"]["points"] == 42_184
    assert lebron["seasons"][-1]["label"] == "2024-25"


def test_season_filter_takes_a_year_or_a_label(arena: ArenaCommand, jordan: dict[str, Any]) -> None:
    by_label = arena.json("player", "nba:jordami01", "--season", "1995-96", "--json")
    by_year = arena.json("player", "Michael Jordan", "--season", "1996", "--json")
    expected = [s for s in jordan["seasons"] if s["season"] == 1996]
    assert by_label["seasons"] == by_year["seasons"] == expected
    assert by_label["career"] == jordan["career"]  # the career stays whole


def test_nhl_and_nfl_players_resolve_by_name(arena: ArenaCommand) -> None:
    gretzky = arena.json("player", "Wayne Gretzky", "--json")
    assert gretzky["id"] == "nhl:gretzwa01"
    skating = gretzky["career"]["skating"]
    assert (skating["goals"], skating["assists"], skating["points"]) == (894, 1963, 2857)
    brady = arena.json("player", "Tom Brady", "--league", "nfl", "--json")
    through_2022 = sum(
        s["groups"]["passing"]["passing_yards"] for s in brady["seasons"]
        if s["season"] <= 2022 and "passing" in s["groups"]
    )
    assert through_2022 == 89_214


def test_player_table_view(arena: ArenaCommand) -> None:
    result = arena("player", "Michael Jordan")
    assert result.returncode == 0, result.stderr
    assert "Michael Jordan" in result.stdout and "nba:jordami01" in result.stdout
    assert "32,292" in result.stdout
    assert "1995-96" in result.stdout
    assert ("Championships: NBA championship x6 (1990-91, 1991-92, 1992-93, 1995-96, 1996-97, 1997-98)"
            in result.stdout)


def test_totals_across_a_hole_are_no_career(arena: ArenaCommand) -> None:
    # Calais Campbell's defense: NFL.com's pages to 2016, Fantasy.NFL.com's 2024; no source for 2017-2023.
    result = arena("player", "Calais Campbell")
    assert result.returncode == 0, result.stderr
    assert "Seasons held" in result.stdout and "Career" not in result.stdout.replace("part of the career", "")
    assert "2017 to 2023 not recorded" in " ".join(result.stdout.split())


def _points_leaders_from_upstream(source_dir: Path, first: int, last: int) -> list[tuple[str, int]]:
    """NBA points over seasons ``first``..``last`` straight from ``Player Totals.csv`` (TOT rows once)."""
    rows_by_key: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    with (source_dir / "nba" / "bball-reference-datasets" / "Player Totals.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if first <= int(row["season"]) <= last and row["lg"] == "NBA":
                rows_by_key[(row["player_id"], row["season"])].append(row)
    points: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    for (player_id, _season), rows in rows_by_key.items():
        total = next((r for r in rows if r["tm"] == "TOT"), rows[0])
        points[player_id] += float(total["pts"])
        names[player_id] = total["player"]
    ranked = sorted(points, key=lambda p: -points[p])
    return [(names[p], int(points[p])) for p in ranked[:5]]


def test_leaders_nba_points_2010_to_2019(arena: ArenaCommand, source_dir: Path) -> None:
    document = arena.json("leaders", "--league", "nba", "--stat", "points", "--from", "2010", "--to", "2019",
                          "--limit", "5", "--json")
    assert (document["league"], document["group"], document["stat"]) == ("nba", "basketball", "points")
    assert (document["from_season"], document["to_season"]) == (2010, 2019)
    got = [(row["name"], row["value"]) for row in document["leaders"]]
    assert got == _points_leaders_from_upstream(source_dir, 2010, 2019)
    assert [row["rank"] for row in document["leaders"]] == [1, 2, 3, 4, 5]
    by_labels = arena.json("leaders", "--league", "nba", "--stat", "points", "--from", "2009-10",
                           "--to", "2018-19", "--limit", "5", "--json")
    assert by_labels == document


def test_leaders_table_view(arena: ArenaCommand) -> None:
    result = arena("leaders", "--league", "nhl", "--stat", "goals", "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert "Wayne Gretzky" in result.stdout or "Alex Ovechkin" in result.stdout


def test_partial_leaders_say_what_the_source_lacks(arena: ArenaCommand) -> None:
    # NFL.com's pages lack Reggie White (198 sacks) and Bruce Smith (200), the NFL's career leaders.
    document = arena.json("leaders", "--league", "nfl", "--stat", "sacks", "--limit", "3", "--json")
    assert "not the whole league" in document["note"] and "Bruce Smith" in document["note"]
    assert "Bruce Smith" not in [row["name"] for row in document["leaders"]]
    table = arena("leaders", "--league", "nfl", "--stat", "fg_made", "--from", "2000", "--to", "2010")
    assert table.returncode == 0, table.stderr
    assert "not the whole league" in table.stdout
    assert arena.json("leaders", "--league", "nba", "--stat", "points", "--json")["note"] is None


def test_mlb_leaders_rank_within_the_al_or_the_nl(arena: ArenaCommand) -> None:
    # Baseball-Reference: 1927 home runs, AL Babe Ruth 60; NL Hack Wilson and Cy Williams 30 each.
    al = arena.json("leaders", "--league", "mlb", "--stat", "home_runs", "--from", "1927", "--to", "1927",
                    "--competition", "al", "--json")
    nl = arena.json("leaders", "--league", "mlb", "--stat", "home_runs", "--from", "1927", "--to", "1927",
                    "--competition", "nl", "--json")
    assert (al["competition"], al["leaders"][0]["name"], al["leaders"][0]["value"]) == ("AL", "Babe Ruth", 60)
    assert sorted(row["name"] for row in nl["leaders"] if row["rank"] == 1) == ["Cy Williams", "Hack Wilson"]
    assert "MLB (NL) home runs" in arena("leaders", "--league", "mlb", "--stat", "home_runs", "--from", "1927",
                                         "--to", "1927", "--competition", "nl").stdout
    refused = arena("leaders", "--league", "mlb", "--stat", "home_runs", "--competition", "xl")
    assert refused.returncode != 0 and "no MLB competition 'xl'" in refused.stderr


@pytest.mark.parametrize(
    ("args", "named", "suggested"),
    [
        (("player", "Michale Jordann", "--json"), "Michale Jordann", "Michael Jordan"),
        (("player", "Michael Jordan", "--league", "nbaa", "--json"), "nbaa", "nba"),
        (("leaders", "--league", "xfl", "--stat", "points", "--json"), "xfl", "Arena has nba, nfl, mlb, nhl"),
        (("leaders", "--league", "nba", "--stat", "pionts", "--json"), "pionts", "points"),
        (("leaders", "--league", "nfl", "--stat", "yards", "--group", "pasing"), "pasing", "passing"),
        (("player", "Michael Jordan", "--season", "1980", "--json"), "1979-80", "1984-85"),
        (("player", "Michael Jordan", "--season", "last year"), "last year", "2015-16"),
        (("leaders", "--league", "nba", "--stat", "points", "--from", "1900"), "1899-00", "1946-47"),
        (("leaders", "--league", "nba", "--stat", "points", "--from", "2019", "--to", "2010"), "2018-19",
         "backwards"),
    ],
)
def test_bad_input_is_one_stderr_line_and_exit_code_2(
    arena: ArenaCommand, args: tuple[str, ...], named: str, suggested: str
) -> None:
    line = arena.error(*args)
    assert named in line and suggested in line, line


def test_ambiguous_stat_asks_for_a_group(arena: ArenaCommand) -> None:
    line = arena.error("leaders", "--league", "mlb", "--stat", "strikeouts")
    assert "several groups" in line and "batting, pitching" in line
    document = arena.json("leaders", "--league", "mlb", "--stat", "strikeouts", "--group", "pitching",
                          "--limit", "1", "--json")
    assert document["group"] == "pitching" and document["leaders"][0]["name"] == "Nolan Ryan"


@pytest.mark.parametrize(("league", "first", "last", "as_written"), [
    ("nba", 2010, 2019, ("'10", "2018/19")),
    ("nba", 2010, 2019, ("09-10", "'18-'19")),
    ("mlb", 1927, 1927, ("'27", "27")),  # 2027 is no season yet: the last century's
])
def test_leaders_take_seasons_as_fans_write_them(arena: ArenaCommand, league: str, first: int, last: int,
                                                 as_written: tuple[str, str]) -> None:
    stat = "points" if league == "nba" else "home_runs"
    by_number = arena.json("leaders", "--league", league, "--stat", stat, "--from", str(first), "--to", str(last),
                           "--limit", "3", "--json")
    written = arena.json("leaders", "--league", league, "--stat", stat, "--from", as_written[0],
                         "--to", as_written[1], "--limit", "3", "--json")
    assert written == by_number
    assert (written["from_season"], written["to_season"]) == (first, last)


def test_a_players_season_as_fans_write_it(arena: ArenaCommand) -> None:
    by_label = arena.json("player", "nba:jordami01", "--season", "1995-96", "--json")
    assert arena.json("player", "nba:jordami01", "--season", "'96", "--json") == by_label
    assert arena.json("player", "nba:jordami01", "--season", "95-96", "--json") == by_label


@pytest.mark.parametrize("args", [
    ("player", "{long}"),
    ("player", "Michael Jordan", "--season", "{long}"),
    ("player", "Michael Jordan", "--league", "{long}"),
    ("leaders", "--league", "nba", "--stat", "{long}"),
    ("leaders", "--league", "nba", "--stat", "points", "--group", "{long}"),
    ("leaders", "--league", "mlb", "--stat", "hits", "--competition", "{long}"),
])
def test_an_error_quotes_a_huge_input_cut_short_with_its_length(arena: ArenaCommand, args: tuple[str, ...]) -> None:
    # A 100 KB argument echoed back whole filled the terminal: the message quotes its head and says how long it was.
    long = "x" * 100_000
    line = arena.error(*(arg.format(long=long) for arg in args))
    assert len(line) < 400, line[:400]
    assert "'" + "x" * 80 + "'… (100,000 characters)" in line


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_a_blank_player_name_asks_for_a_name(arena: ArenaCommand, name: str) -> None:
    line = arena.error("player", name)
    assert line == 'error: no player name given: name one ("Michael Jordan") or give an id (nba:jordami01)'
