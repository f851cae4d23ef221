"""Stat store benchmark: import seconds per league (SQLite and PostgreSQL), store size, and p50/p99 of
cached and uncached career lookups and of leaders queries over a decade.

    .venv/bin/python bench/stats.py [--source-dir DIR] [--no-postgres] [--no-redis] [--profile]
    .venv/bin/python bench/stats.py --services   # no import: the stack ARENA_* settings build

``--services`` measures cached career lookups through ``bootstrap.build()``'s stat stack on the database
``ARENA_DATABASE_URL`` names (already imported), with the cache ``ARENA_REDIS_URL`` chooses: the cache behind
the redis breaker, the store behind the database breaker, as the API reads them.

Each league is read once through its importer; the read time counts towards both backends' import time.
PostgreSQL runs in a throwaway database (ARENA_BENCH_POSTGRES, default postgres@127.0.0.1:5432), dropped
at the end. Targets on the project's 2-core machine: all four leagues into SQLite in under 60 s, cached
career lookup p99 under 1 ms, uncached under 10 ms, leaders over a decade under 50 ms. Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar

import psycopg
import redis
from psycopg import sql
from pyinstrument import Profiler
from sqlalchemy import text

from arena.bootstrap import build
from arena.db import make_engine, migrate
from arena.settings import Settings
from arena.stats.adapters.memory_cache import MemoryStatCache
from arena.stats.adapters.redis_cache import RedisStatCache
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.cached_store import CachedStatStore
from arena.stats.catalog import League
from arena.stats.importers.registry import IMPORTERS
from arena.stats.model import LeagueData
from arena.stats.ports import StatCache, StatStore
from arena.stats.source_dir import LocalSourceDir

T = TypeVar("T")
# A database URL and how to measure the database's size in bytes.
Database = tuple[str, Callable[[], int]]

REPO_ROOT = Path(__file__).resolve().parents[1]
POSTGRES_SERVER = os.environ.get("ARENA_BENCH_POSTGRES", "postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("ARENA_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
LOOKUPS = 2000
LEADER_RUNS = 30
# (league, stat, first season, last season): a decade each.
DECADE_LEADERS = [
    (League.NBA, "points", 2010, 2019),
    (League.NBA, "points_per_game", 2010, 2019),
    (League.MLB, "home_runs", 2010, 2019),
    (League.NHL, "goals", 2008, 2017),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source-dir", type=Path,
                        default=Path(os.environ.get("ARENA_SOURCE_DIR", REPO_ROOT.parent / "shared" / "data")))
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--no-redis", action="store_true", help="skip the Redis-cached lookups")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of the SQLite writes")
    parser.add_argument("--services", action="store_true",
                        help="only cached career lookups through the services ARENA_* settings build (no import)")
    args = parser.parse_args()
    if args.services:
        _print_services_latencies()
        return

    data, read_seconds = _read_all(args.source_dir)
    backends: list[tuple[str, Callable[[], AbstractContextManager[Database]]]] = [("sqlite", _sqlite_url)]
    if not args.no_postgres:
        backends.append(("postgresql", _postgres_url))
    for backend, database in backends:
        with database() as (url, size_of):
            engine = make_engine(url)
            migrate(engine)
            store = SqlStatStore(engine)
            profiler = Profiler() if args.profile and backend == "sqlite" else None
            if profiler:
                profiler.start()
            write_seconds: dict[League, float] = {}
            for league in League:
                started = time.perf_counter()
                store.replace_league(data[league])
                write_seconds[league] = time.perf_counter() - started
            if profiler:
                profiler.stop()
            _print_import(backend, read_seconds, write_seconds, size_of())
            _print_latencies(backend, store, None if args.no_redis else REDIS_URL)
            engine.dispose()
            if profiler:
                print(profiler.output_text(color=False))


def _read_all(source_dir: Path) -> tuple[dict[League, LeagueData], dict[League, float]]:
    source = LocalSourceDir(source_dir)
    data: dict[League, LeagueData] = {}
    seconds: dict[League, float] = {}
    for league in League:
        started = time.perf_counter()
        data[league] = IMPORTERS[league](source)
        seconds[league] = time.perf_counter() - started
    return data, seconds


@contextmanager
def _sqlite_url() -> Iterator[Database]:
    with tempfile.TemporaryDirectory(prefix="arena-bench-") as folder:
        path = Path(folder) / "arena.db"
        url = f"sqlite:///{path}"

        def size() -> int:
            engine = make_engine(url)
            with engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            engine.dispose()
            return path.stat().st_size

        yield url, size


@contextmanager
def _postgres_url() -> Iterator[Database]:
    name = f"arena_bench_{uuid.uuid4().hex[:12]}"
    admin = f"postgresql://{POSTGRES_SERVER}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def size() -> int:
        with psycopg.connect(admin, autocommit=True) as conn:
            row = conn.execute("SELECT pg_database_size(%s)", (name,)).fetchone()
        return int(row[0]) if row else 0

    try:
        yield f"postgresql+psycopg://{POSTGRES_SERVER}/{name}", size
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _print_import(backend: str, read: dict[League, float], write: dict[League, float], size: int) -> None:
    print(f"\n== {backend}: import (read + write seconds per league) ==")
    for league in League:
        total = read[league] + write[league]
        print(f"  {league.value:4} {total:7.2f} s  (read {read[league]:6.2f}, write {write[league]:6.2f})")
    print(f"  all  {sum(read.values()) + sum(write.values()):7.2f} s  (write {sum(write.values()):6.2f})")
    print(f"  store size {size / 2**20:8.1f} MiB")


def _print_latencies(backend: str, store: SqlStatStore, redis_url: str | None) -> None:
    rng = random.Random(7)
    ids = rng.sample([p.id for p in store.iter_players() if p.first_season is not None], 500)
    lookups = [rng.choice(ids) for _ in range(LOOKUPS)]
    print(f"== {backend}: latency (p50 / p99 ms) ==")
    _report("career, uncached", _latencies(store.career, lookups))
    _report("career 2000-2009, uncached", _latencies(
        lambda pid: store.career(pid, from_season=_clamp(store, pid, 2000), to_season=_clamp(store, pid, 2009)),
        lookups[:300]))
    _report("career, cached (memory LRU)", _cached_latencies(store, MemoryStatCache(), ids, lookups))
    if redis_url is not None:
        with _redis_cache(redis_url) as cache:
            if cache is None:
                print("  career, cached (Redis): Redis unreachable, skipped")
            else:
                _report("career, cached (Redis)", _cached_latencies(store, cache, ids, lookups))
    for league, stat, first, last in DECADE_LEADERS:
        runs = [(league, stat, first, last)] * LEADER_RUNS
        _report(f"leaders {league.value} {stat} {first}-{last}", _latencies(
            lambda q: store.leaders(q[0], stat=q[1], from_season=q[2], to_season=q[3]), runs))
    started = time.perf_counter()
    store.find_players("Michael Jordan")
    print(f"  {'name index build (first find_players)':40} {(time.perf_counter() - started) * 1000:8.1f} ms")
    _report("find_players exact name", _latencies(store.find_players,
                                                  ["Michael Jordan", "Wayne Gretzky", "Babe Ruth"] * 100))
    _report("find_players misspelt / no match", _latencies(store.find_players,
                                                           ["Micheal Jordon", "Xqzv Plorth"] * 50))


def _print_services_latencies() -> None:
    services = build(Settings(), migrate_schema=False)
    try:
        rng = random.Random(7)
        ids = rng.sample([p.id for p in services.stats.iter_players() if p.first_season is not None], 500)
        lookups = [rng.choice(ids) for _ in range(LOOKUPS)]
        for player_id in ids:  # warm: every later lookup is a hit
            services.stats.career(player_id)
        cache = "Redis" if services.settings.redis_url else "memory LRU"
        print(f"== services ({services.settings.database_url.get_secret_value()}): latency (p50 / p99 ms) ==")
        _report(f"career, cached ({cache}, guarded)", _latencies(services.stats.career, lookups))
    finally:
        services.close()


def _clamp(store: SqlStatStore, player_id: str, season: int) -> int:
    span = store.seasons_available(League(player_id.split(":", 1)[0]))
    return season if span is None else max(span[0], min(span[1], season))


def _cached_latencies(store: StatStore, cache: StatCache, ids: list[str], lookups: list[str]) -> list[float]:
    cached = CachedStatStore(store, cache)
    for player_id in ids:  # warm: every later lookup is a hit
        cached.career(player_id)
    return _latencies(cached.career, lookups)


@contextmanager
def _redis_cache(url: str) -> Iterator[RedisStatCache | None]:
    prefix = f"arena-bench:{uuid.uuid4().hex}:"
    cache = RedisStatCache.from_url(url, prefix=prefix, ttl_seconds=600)
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        yield None
        return
    try:
        yield cache
    finally:
        cache.clear()
        cache.close()


def _latencies(call: Callable[[T], object], inputs: list[T]) -> list[float]:
    timings = []
    for item in inputs:
        started = time.perf_counter()
        call(item)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _report(label: str, timings: list[float]) -> None:
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    print(f"  {label:40} {cuts[49]:8.3f} / {cuts[98]:8.3f}")


if __name__ == "__main__":
    main()
