"""The curated alias table: every id is a real player in the loaded store, on both backends."""

from __future__ import annotations

from collections import Counter

from arena.nlu import AliasTable, QuestionParser
from arena.nlu.text import fold, is_initials
from arena.nlu.vocabulary import is_stopword
from arena.stats.adapters.sql_store import SqlStatStore

ALIASES = AliasTable.bundled()


def all_aliases() -> list[tuple[str, str]]:
    return [(pid, alias) for table in (ALIASES.aliases, ALIASES.context_aliases)
            for pid, names in table.items() for alias in names]


def test_the_table_covers_at_least_300_players_across_the_four_leagues() -> None:
    leagues = Counter(pid.split(":")[0] for pid in ALIASES.names)
    assert len(ALIASES.names) >= 300
    assert set(leagues) == {"nba", "nfl", "mlb", "nhl"}
    assert min(leagues.values()) >= 50


def test_every_alias_is_a_usable_key() -> None:
    for pid, alias in all_aliases():
        key = fold(alias)
        assert key, (pid, alias)
        assert " " in key or is_initials(alias) or not is_stopword(key), (pid, alias)


def test_every_aliased_id_is_a_player_of_that_name_in_the_store(loaded_store: SqlStatStore) -> None:
    store_names = {player.id: player.name for player in loaded_store.iter_players()}
    missing = [pid for pid in ALIASES.names if pid not in store_names]
    assert missing == []
    renamed = {pid: (name, store_names[pid]) for pid, name in ALIASES.names.items()
               if fold(name) != fold(store_names[pid])}
    assert renamed == {}


def test_the_parser_indexes_every_alias(backend_parser: QuestionParser) -> None:
    assert backend_parser.indexes.names.unknown_alias_ids == []
    names = backend_parser.indexes.names
    for pid, alias in all_aliases():
        entry = names.entry(pid)
        assert entry is not None
        assert any(names.entries[s.entry].id == pid for s in names.lookup(fold(alias))), (pid, alias)
