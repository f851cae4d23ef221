"""The curated nickname table (``arena/nlu/nicknames.csv``) as data: its shape, its sources, and, per
league, every row a player of that name in the loaded store."""

from __future__ import annotations

import csv
import json
from collections import Counter
from importlib import resources

import pytest

from arena.nlu.nicknames import bundled_nicknames
from arena.nlu.text import fold, is_initials
from arena.nlu.vocabulary import is_stopword
from arena.stats import League
from arena.stats.adapters.sql_store import SqlStatStore

NICKNAMES = bundled_nicknames()
COLUMNS = ["player_id", "player", "nickname", "needs_context", "source", "minor_holder"]
PER_LEAGUE = 150


def _league(player_id: str) -> str:
    return player_id.partition(":")[0]


def test_the_file_has_its_columns_and_yes_or_no_for_context() -> None:
    lines = resources.files("arena.nlu").joinpath("nicknames.csv").read_text("utf-8").splitlines()
    assert next(csv.reader(lines)) == COLUMNS
    assert {row["needs_context"] for row in csv.DictReader(lines)} == {"yes", "no"}
    assert {row["minor_holder"] for row in csv.DictReader(lines)} == {"yes", "no"}


def test_a_minor_holder_shares_his_nickname_with_a_main_one() -> None:
    holders: dict[str, list[bool]] = {}
    for row in NICKNAMES:
        holders.setdefault(fold(row.nickname), []).append(row.minor_holder)
    assert [key for key, minors in holders.items() if any(minors) and all(minors)] == []


def test_every_row_names_its_source_and_a_nickname_the_parser_can_key() -> None:
    for row in NICKNAMES:
        assert row.source.strip(), row
        key = fold(row.nickname)
        assert key, row
        assert " " in key or is_initials(row.nickname) or not is_stopword(key), row


def test_no_nickname_names_two_players_of_one_league_but_as_its_minor_holder() -> None:
    players: dict[tuple[str, str], set[str]] = {}
    for row in NICKNAMES:
        if row.minor_holder:
            continue  # "the next one": McDavid's, and Lindros' where the question points to him
        players.setdefault((_league(row.player_id), fold(row.nickname)), set()).add(row.player_id)
    assert {key: ids for key, ids in players.items() if len(ids) > 1} == {}


def test_no_row_is_listed_twice_nor_kept_in_the_alias_table_too() -> None:
    rows = Counter((row.player_id, fold(row.nickname)) for row in NICKNAMES)
    assert [row for row, count in rows.items() if count > 1] == []
    aliases = json.loads(resources.files("arena.nlu").joinpath("aliases.json").read_text("utf-8"))
    also_aliases = [(pid, alias) for pid, item in aliases.items()
                    for alias in (*item.get("aliases", ()), *item.get("context_aliases", ()))
                    if (pid, fold(alias)) in rows]
    assert also_aliases == []


@pytest.mark.parametrize("league", [league.value for league in League])
def test_every_nickname_of_a_league_is_a_player_of_that_name_in_the_store(
    league: str, sqlite_store: SqlStatStore
) -> None:
    rows = [row for row in NICKNAMES if _league(row.player_id) == league]
    assert len(rows) >= PER_LEAGUE
    names = {player.id: player.name for player in sqlite_store.iter_players(League(league))}
    assert [row for row in rows if row.player_id not in names] == []
    assert [row for row in rows if fold(row.player) != fold(names[row.player_id])] == []
