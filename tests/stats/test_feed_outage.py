"""``arena data sync`` when the stat feed goes away: the local HTTP file server stops mid-run, the stat feed's
breaker opens, and nothing already there (verified files, the stored leagues) is lost."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from stat_samples import sample_nba

from arena.db import make_engine, migrate
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import STAT_FEED
from arena.resilience.sync_guard import BreakerLoop, RetryPolicy, SyncGuard
from arena.stats import select_files
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.sync import FEED_FAILURES, SyncProgress, sync
from arena_command import ArenaInProcess
from file_server import serve_folder

AWARDS = "nhl/hockey-databank/AwardsPlayers.csv"
ABBREV = "nhl/hockey-databank/abbrev.csv"


@pytest.fixture
def breaker_loop() -> Iterator[BreakerLoop]:
    loop = BreakerLoop()
    yield loop
    loop.close()


def test_the_feed_going_away_mid_sync_opens_its_breaker_and_keeps_what_was_verified(
    tmp_path: Path, source_dir: Path, breaker_loop: BreakerLoop
) -> None:
    breaker = CircuitBreaker(STAT_FEED, BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=60))
    guard = SyncGuard(breaker, breaker_loop, failures=FEED_FAILURES, retry=RetryPolicy(attempts=3,
                                                                                     backoff_seconds=0.01))
    files = select_files(paths={AWARDS, ABBREV})
    first, second = (source_dir / files[0].path, files[1].path)
    with ExitStack() as server_running:
        server = server_running.enter_context(serve_folder(source_dir))

        def stop_after_the_first_file(event: SyncProgress) -> None:
            if event.state == "verified":
                server_running.close()  # the feed goes away: connections are refused from now on

        with pytest.raises(CircuitOpen) as refused:
            sync(tmp_path, files=files, mirror=server.url, on_progress=stop_after_the_first_file, guard=guard,
                 timeout_seconds=5)
    assert refused.value.name == STAT_FEED and refused.value.retry_after is not None
    assert breaker_loop.run(breaker.state()) is State.OPEN
    assert (tmp_path / files[0].path).read_bytes() == first.read_bytes()
    assert not (tmp_path / second).exists()
    # The next sync is refused at once, without waiting on the dead server.
    with pytest.raises(CircuitOpen):
        sync(tmp_path, files=files, mirror=server.url, guard=guard, timeout_seconds=5)


def test_a_sync_from_a_dead_feed_fails_in_one_line_and_keeps_the_stored_data(
    tmp_path: Path, closed_port: int
) -> None:
    database = tmp_path / "arena.db"
    engine = make_engine(f"sqlite:///{database}")
    migrate(engine)
    SqlStatStore(engine).replace_league(sample_nba())
    engine.dispose()
    work = tmp_path / "work"
    work.mkdir()
    arena = ArenaInProcess(cwd=work, env={"ARENA_DATA_DIR": str(tmp_path / "data"),
                                          "ARENA_DATABASE_URL": f"sqlite:///{database}",
                                          "ARENA_RETRY_BACKOFF_SECONDS": "0.01"})
    before = arena.json("data", "status", "--json")

    line = arena.error("data", "sync", "--mirror", f"http://127.0.0.1:{closed_port}", "--league", "nhl")

    assert "cannot connect" in line, line
    after = arena.json("data", "status", "--json")
    assert after["leagues"] == before["leagues"] and after["data_version"] == before["data_version"]
    assert after["leagues"]["nba"]["players"] > 0
