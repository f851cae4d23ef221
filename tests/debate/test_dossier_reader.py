"""The dossier reader: kept dossiers and season ranks are what a fresh read gives, each debate gets a copy of
its own, and a change of the store's data is never answered from what was read before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from arena.debate.dossier import DossierReader, Window, load_dossier, load_season_ranks
from arena.stats import StatStore
from arena.stats.store_decorator import StatStoreDecorator

P = ParamSpec("P")
T = TypeVar("T")

JORDAN = "nba:jordami01"
STATS = ("points", "points_per_game", "fg_pct")  # a rate title needs qualifying seasons


class _Importing(StatStoreDecorator):
    """The store, counting the reads that reach it, with a data version the test moves on as an import would."""

    def __init__(self, store: StatStore) -> None:
        super().__init__(store)
        self.imports = 0
        self.reads = 0

    def _call(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        if method.__name__ != "data_version":
            self.reads += 1
        return method(*args, **kwargs)

    def data_version(self) -> str:
        return f"{self._store.data_version()}+{self.imports}"


def test_a_kept_dossier_and_its_ranks_are_what_a_fresh_read_gives(debate_store: StatStore) -> None:
    reader = DossierReader(debate_store)
    fresh = load_dossier(debate_store, JORDAN, Window())
    load_season_ranks(debate_store, fresh, STATS)

    for _ in range(2):  # read, then kept
        dossier = reader.dossier(JORDAN, Window())
        reader.season_ranks(dossier, STATS)
        assert dossier.seasons == fresh.seasons and dossier.career == fresh.career
        assert dossier.qualifying_lines() == fresh.qualifying_lines()
        assert dossier.ranks == fresh.ranks and dossier.tied == fresh.tied
        assert dossier.ranks  # he led the league: the comparison is of something


def test_each_dossier_handed_out_is_a_copy_of_its_own(debate_store: StatStore) -> None:
    reader = DossierReader(debate_store)
    first = reader.dossier(JORDAN, Window())
    reader.season_ranks(first, STATS)
    first.window = Window(1991, 1993)  # as a debate against his era's peers narrows it
    first.seasons.clear()

    second = reader.dossier(JORDAN, Window())

    assert second.window == Window() and second.seasons and not second.ranks


def test_a_store_import_is_never_answered_from_kept_reads(debate_store: StatStore) -> None:
    store = _Importing(debate_store)
    reader = DossierReader(cast(StatStore, store))
    reader.season_ranks(reader.dossier(JORDAN, Window()), STATS)
    reads = store.reads

    reader.season_ranks(reader.dossier(JORDAN, Window()), STATS)
    assert store.reads == reads  # kept

    store.imports += 1
    reader.season_ranks(reader.dossier(JORDAN, Window()), STATS)
    assert store.reads == 2 * reads  # everything read again


def test_each_season_is_judged_by_that_seasons_rate_title_rule(debate_store: StatStore) -> None:
    """Ted Williams' 1954: 386 at bats, short of the 400 the batting title asked from 1945 to 1956 (Bobby Avila
    won it), yet 526 plate appearances, enough for the on-base title he won (Baseball-Reference, 1954 AL
    leaders). Today's rule (3.1 plate appearances a game) for every era would credit him with both."""
    williams = load_dossier(debate_store, "mlb:willite01", Window())
    assert 1954 not in {s.season for s, _ in williams.qualifying_lines("batting_avg")}
    assert 1954 in {s.season for s, _ in williams.qualifying_lines("obp")}
    assert 1941 in {s.season for s, _ in williams.qualifying_lines("batting_avg")}
    load_season_ranks(debate_store, williams, ("batting_avg", "obp"))
    assert ("batting_avg", 1954) not in williams.ranks
    assert williams.ranks["obp", 1954] == 1
    assert williams.ranks["batting_avg", 1941] == 1
