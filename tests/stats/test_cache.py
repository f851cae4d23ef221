"""The stat caches (in-process LRU, real Redis) and the read-through cached store in front of SQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from stat_samples import sample_nba, sample_nhl

from arena.db import make_engine
from arena.stats.adapters.memory_cache import MemoryStatCache
from arena.stats.adapters.redis_cache import RedisStatCache
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.cached_store import CachedStatStore
from arena.stats.catalog import League
from arena.stats.errors import PlayerNotFound, StoreUnavailable
from arena.stats.model import SeasonRow
from arena.stats.ports import StatCache
from store_databases import DatabaseFactory

# -- the in-process LRU -----------------------------------------------------------------------------------


def test_memory_cache_counts_hits_and_misses() -> None:
    cache = MemoryStatCache(max_entries=10)
    assert cache.get("a") is None
    cache.set("a", "1")
    assert cache.get("a") == "1"
    assert cache.get("a") == "1"
    assert cache.counters() == {"hits": 2, "misses": 1, "size": 1, "max_size": 10, "evictions": 0}


def test_memory_cache_evicts_the_least_recently_used() -> None:
    cache = MemoryStatCache(max_entries=2)
    cache.set("a", "1")
    cache.set("b", "2")
    cache.get("a")  # "b" is now the least recently used
    cache.set("c", "3")
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == ("1", None, "3")
    assert cache.counters()["evictions"] == 1
    cache.clear()
    assert cache.counters()["size"] == 0


# -- Redis -------------------------------------------------------------------------------------------------

@pytest.fixture
def redis_cache(redis_url: str, redis_prefix: str) -> Iterator[RedisStatCache]:
    cache = RedisStatCache.from_url(redis_url, prefix=redis_prefix, ttl_seconds=60)
    yield cache
    cache.close()


@pytest.mark.redis
@pytest.mark.integration
def test_redis_cache_stores_under_its_prefix_with_a_ttl(
    redis_cache: RedisStatCache, redis_url: str, redis_prefix: str
) -> None:
    assert redis_cache.get("k") is None
    redis_cache.set("k", "Jokić")
    assert redis_cache.get("k") == "Jokić"
    client = redis.Redis.from_url(redis_url)
    try:
        assert 0 < client.ttl(redis_prefix + "k") <= 60
        client.set("arena-test:other:k", "kept")
        redis_cache.clear()
        assert redis_cache.get("k") is None
        assert client.get("arena-test:other:k") == b"kept"
        client.delete("arena-test:other:k")
    finally:
        client.close()
    assert redis_cache.counters() == {"hits": 1, "misses": 2, "errors": 0, "size": 0, "available": 1}


def test_redis_cache_on_a_closed_port_raises_store_unavailable(closed_port: int) -> None:
    cache = RedisStatCache.from_url(f"redis://127.0.0.1:{closed_port}/0", timeout_seconds=0.2)
    with pytest.raises(StoreUnavailable, match="redis"):
        cache.get("k")
    with pytest.raises(StoreUnavailable):
        cache.set("k", "v")
    with pytest.raises(StoreUnavailable):
        cache.clear()
    assert cache.counters() == {"hits": 0, "misses": 0, "errors": 4, "available": 0}


# -- the cached store ---------------------------------------------------------------------------------------

@pytest.fixture
def sqlite_store(database_factory: DatabaseFactory) -> Iterator[SqlStatStore]:
    engine = make_engine(database_factory("sqlite"))
    store = SqlStatStore(engine)
    store.replace_league(sample_nba())
    yield store
    engine.dispose()


@pytest.fixture(params=["memory", pytest.param("redis", marks=[pytest.mark.redis, pytest.mark.integration])])
def cache(request: pytest.FixtureRequest) -> StatCache:
    if request.param == "memory":
        return MemoryStatCache()
    redis_cache: RedisStatCache = request.getfixturevalue("redis_cache")
    return redis_cache


def test_repeated_reads_are_cache_hits_with_equal_results(sqlite_store: SqlStatStore, cache: StatCache) -> None:
    cached = CachedStatStore(sqlite_store, cache, decoded_entries=0)  # the shared cache alone
    first = cached.career("nba:jordami01")
    assert cache.counters()["misses"] == 1
    again = cached.career("nba:jordami01")
    assert again == first == sqlite_store.career("nba:jordami01")
    assert cache.counters()["hits"] == 1
    leaders = cached.leaders(League.NBA, stat="points", from_season=2017, to_season=2017)
    assert cached.leaders(League.NBA, stat="points", from_season=2017, to_season=2017) == leaders
    assert cached.seasons("nba:tradesa01") == sqlite_store.seasons("nba:tradesa01")
    assert cached.seasons("nba:tradesa01")[0].teams == ("ATL", "BOS")
    assert cached.find_players("jokic") == sqlite_store.find_players("jokic")
    assert cache.counters()["hits"] == 3


def test_decoded_reads_are_kept_in_process_and_handed_out_as_copies(sqlite_store: SqlStatStore) -> None:
    cache = MemoryStatCache()
    cached = CachedStatStore(sqlite_store, cache, decoded_entries=2)
    seasons = cached.seasons("nba:tradesa01")
    seasons.clear()  # a caller's own copy
    assert cached.seasons("nba:tradesa01") == sqlite_store.seasons("nba:tradesa01")
    assert cached.career("nba:jordami01") is cached.career("nba:jordami01")  # frozen: shared as it is
    assert cache.counters()["hits"] == 0  # both answered in process, never from the cache's JSON
    assert cached.counters()["decoded_hits"] == 2
    cached.leaders(League.NBA, stat="points", limit=1)  # a third read: the least recent one is dropped
    assert cached.seasons("nba:tradesa01") == sqlite_store.seasons("nba:tradesa01")
    assert cache.counters()["hits"] == 1


def test_an_import_invalidates_cached_reads(sqlite_store: SqlStatStore, cache: StatCache) -> None:
    cached = CachedStatStore(sqlite_store, cache)
    before = cached.career("nba:jordami01").groups["basketball"]["points"]
    changed = sample_nba()
    changed.seasons.append(SeasonRow(player_id="nba:jordami01", league=League.NBA, season=1988,
                                     competition="NBA", group="basketball", stats={"games": 82, "points": 2868}))
    version = cached.data_version()
    sqlite_store.replace_league(changed)
    assert cached.data_version() != version
    after = cached.career("nba:jordami01").groups["basketball"]["points"]
    assert (before, after) == (5762, 5762 + 2868)
    assert cache.counters()["misses"] == 2


def test_another_league_import_also_changes_the_version(sqlite_store: SqlStatStore) -> None:
    version = sqlite_store.data_version()
    sqlite_store.replace_league(sample_nhl())
    assert sqlite_store.data_version() not in (version, "empty")


def test_errors_are_not_cached(sqlite_store: SqlStatStore) -> None:
    cache = MemoryStatCache()
    cached = CachedStatStore(sqlite_store, cache)
    for _ in range(2):
        with pytest.raises(PlayerNotFound):
            cached.career("nba:nobody01")
    assert cache.counters()["size"] == 0


def test_the_store_answers_when_redis_is_unreachable(sqlite_store: SqlStatStore, closed_port: int) -> None:
    cache = RedisStatCache.from_url(f"redis://127.0.0.1:{closed_port}/0", timeout_seconds=0.2)
    cached = CachedStatStore(sqlite_store, cache)
    assert cached.career("nba:jordami01") == sqlite_store.career("nba:jordami01")
    assert cached.leaders(League.NBA, stat="points", limit=1)[0].player_id == "nba:jordami01"
    counters = cached.counters()
    assert counters["available"] == 0
    assert counters["cache_errors"] == 2


@pytest.mark.redis
@pytest.mark.integration
def test_an_unreadable_cache_entry_is_recomputed_and_replaced(
    sqlite_store: SqlStatStore, redis_cache: RedisStatCache, redis_url: str, redis_prefix: str
) -> None:
    cached = CachedStatStore(sqlite_store, redis_cache, decoded_entries=0)  # the shared cache alone
    career = cached.career("nba:jordami01")
    client = redis.Redis.from_url(redis_url)
    try:
        [key] = list(client.scan_iter(match=redis_prefix + "*"))
        client.set(key, '{"player_id": "nba:jordami01"}')  # as an older release might have written it
        assert cached.career("nba:jordami01") == career
        assert cached.counters()["cache_errors"] == 1
        assert client.get(key) == career.model_dump_json().encode()
    finally:
        client.close()
