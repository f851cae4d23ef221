"""The truth suite: statements checked against the stat store holding all four leagues.

Every ``statements*.jsonl`` file beside this module holds one statement per line::

    {"id": "...", "query": {"kind": "career", ...}, "expected": 96.8, "reference": "Pro-Football-Reference: ..."}

``query.kind`` names one of :data:`QUERIES`, each a small function of the store (or the ``arena`` command)
and the query's fields; ``expected`` is compared exactly, or within ``tolerance`` for numbers (a rate
rounded as the reference prints it). ``reference`` names the public source the expected value comes from.
A player is ``{"id": "nfl:..."}`` or ``{"name": "...", "league": "..."}`` (the store's exact-name match).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from arena.db import make_engine
from arena.debate.dossier import not_a_rookie
from arena.stats import League, describe_gap, league_spec
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.sources import KNOWN_HOLES
from arena_command import ArenaCommand, ArenaInProcess

HERE = Path(__file__).parent
Query = Mapping[str, Any]


class Truth:
    """What the queries read: the loaded store, and the ``arena`` command over it."""

    def __init__(self, store: SqlStatStore, arena: ArenaCommand) -> None:
        self.store = store
        self.arena = arena

    def player(self, query: Query) -> str:
        ref = query["player"]
        if "id" in ref:
            return str(ref["id"])
        matches = self.store.find_players(ref["name"], league=League(ref["league"]), limit=1)
        assert matches and matches[0].score == 100.0, f"{ref['name']} is not in the store by that name"
        return matches[0].player.id


def _career(truth: Truth, query: Query) -> Any:
    career = truth.store.career(truth.player(query), to_season=query.get("to_season"))
    return career.groups[query["group"]][query["key"]]


def _seasons(truth: Truth, query: Query) -> Any:
    return len(truth.store.seasons(truth.player(query)))


def _season(truth: Truth, query: Query) -> Any:
    seasons = truth.store.seasons(truth.player(query), from_season=query["season"], to_season=query["season"])
    assert len(seasons) == 1, seasons
    if "key" in query:
        return seasons[0].groups[query["group"]][query["key"]]
    return list(seasons[0].teams)


def _season_position(truth: Truth, query: Query) -> Any:
    """The position the store keeps for one season of one stat group (MLB batting: his primary position)."""
    seasons = truth.store.seasons(truth.player(query), from_season=query["season"], to_season=query["season"])
    assert len(seasons) == 1, seasons
    return seasons[0].positions.get(query["group"])


def _award_count(truth: Truth, query: Query) -> Any:
    awards = truth.store.awards(truth.player(query))
    return sum(1 for award in awards if award.is_winner and award.award == query["award"])


def _hall_of_fame(truth: Truth, query: Query) -> Any:
    return truth.store.get_player(truth.player(query)).hall_of_fame


def _gap(truth: Truth, query: Query) -> Any:
    """What the career says of a figure that covers only part of it (None: it covers the whole career)."""
    player_id = truth.player(query)
    league = truth.store.get_player(player_id).league
    for gap in truth.store.career(player_id).gaps:
        if gap.group == query["group"] and query["key"] in gap.keys:
            return describe_gap(league, gap, query["key"])
    return None


def _known_hole(truth: Truth, query: Query) -> Any:
    return any(query["contains"] in hole for hole in KNOWN_HOLES[query["league"]])


def _titles(truth: Truth, query: Query) -> Any:
    """The seasons in which a player is credited with a championship, in order: a season's NFL championship
    and its Super Bowl (1966-1969) are one season's title, as fans and the debate count them."""
    return sorted({title.season for title in truth.store.championships(truth.player(query))})


def _title_record(truth: Truth, query: Query) -> Any:
    """A player's record in one title round, by its name ("NBA Finals"): the seasons won and lost, and the
    last season it covers where his career runs past what the store can credit."""
    records = [r for r in truth.store.title_records(truth.player(query)) if r.round_name == query["round"]]
    return [{"won": list(r.won), "lost": list(r.lost), "record": r.record, "through": r.through} for r in records]


def _leader(truth: Truth, query: Query) -> Any:
    """Who led (or tied for the lead in) a stat in one season, by the record books' rules: the names, sorted."""
    rows = truth.store.leaders(League(query["league"]), stat=query["stat"], group=query.get("group"),
                               from_season=query["season"], to_season=query["season"], limit=5,
                               competition=query.get("competition"))
    return sorted(row.name for row in rows if row.rank == 1)


def _career_leaders(truth: Truth, query: Query) -> Any:
    """The top ``count`` of a rate over every season, by the record books' career minimums: the names in order."""
    rows = truth.store.leaders(League(query["league"]), stat=query["stat"], limit=query["count"])
    return [row.name for row in rows]


def _not_a_rookie(truth: Truth, query: Query) -> Any:
    """Which part of his league's rookie rule rules a player out of its rookie award in a season (None: it
    does not; he may have been a rookie)."""
    player = truth.store.get_player(truth.player(query))
    every = truth.store.seasons(player.id, all_competitions=True)
    counted = league_spec(player.league).counted_competitions
    season = [s for s in every if s.season == query["season"] and counted.intersection(s.competition.split("/"))]
    why = not_a_rookie(player, every, season)
    return why.rule if why is not None else None


def _cli_json(truth: Truth, query: Query) -> Any:
    """A field of an ``arena ... --json`` document, by a dotted path (list items by index)."""
    value: Any = truth.arena.json(*query["args"])
    for part in query["path"].split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


QUERIES: dict[str, Callable[[Truth, Query], Any]] = {
    "career": _career,
    "seasons": _seasons,
    "season": _season,
    "season_position": _season_position,
    "award_count": _award_count,
    "hall_of_fame": _hall_of_fame,
    "gap": _gap,
    "known_hole": _known_hole,
    "cli_json": _cli_json,
    "leader": _leader,
    "titles": _titles,
    "title_record": _title_record,
    "career_leaders": _career_leaders,
    "not_a_rookie": _not_a_rookie,
}


def _statements() -> Iterator[Any]:
    for path in sorted(HERE.glob("statements*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if line.strip():
                statement = json.loads(line)
                yield pytest.param(statement, id=f"{path.stem}:{number}:{statement['id']}")


STATEMENTS = list(_statements())


@pytest.fixture(scope="module")
def truth(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Truth]:
    root = tmp_path_factory.mktemp("truth")
    arena = ArenaInProcess(cwd=root, env={"ARENA_DATABASE_URL": loaded_sqlite_url,
                                         "ARENA_DATA_DIR": str(root / "arena-data")})
    engine = make_engine(loaded_sqlite_url)
    yield Truth(SqlStatStore(engine), arena)
    engine.dispose()


def test_every_statement_names_a_known_query_and_a_reference() -> None:
    assert len(STATEMENTS) >= 500
    for param in STATEMENTS:
        statement = param.values[0]
        assert set(statement) <= {"id", "query", "expected", "tolerance", "reference"}, statement
        assert statement["query"]["kind"] in QUERIES, statement
        assert statement["reference"].strip(), statement


@pytest.mark.parametrize("statement", STATEMENTS)
def test_statement_holds(truth: Truth, statement: dict[str, Any]) -> None:
    actual = QUERIES[statement["query"]["kind"]](truth, statement["query"])
    expected = statement["expected"]
    if "tolerance" in statement:
        assert actual == pytest.approx(expected, abs=statement["tolerance"]), statement["reference"]
    else:
        assert actual == expected, statement["reference"]
