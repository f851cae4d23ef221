"""The vote board over the real SQLite store: candidates and one vote per voter enforced, and spectators
waiting on a tally woken by a vote here at once, by a vote in another process at the next re-read."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from arena.db import make_engine
from arena.votes import AlreadyVoted, NotACandidate, VoteBoard
from arena.votes.adapters.sql_votes import SqlVoteStore
from store_databases import DatabaseFactory

JORDAN, LEBRON = "nba:jordami01", "nba:jamesle01"
SIDES = [JORDAN, LEBRON]
RECHECK_SECONDS = 0.2


@pytest.fixture
def store(database_factory: DatabaseFactory) -> Iterator[SqlVoteStore]:
    engine = make_engine(database_factory("sqlite"))
    yield SqlVoteStore(engine)
    engine.dispose()


async def test_a_vote_is_counted_once_and_only_for_a_side(store: SqlVoteStore) -> None:
    board = VoteBoard(store)

    tally = await board.cast("d1", "browser:a", JORDAN, candidates=SIDES)
    assert tally.counts == {JORDAN: 1}
    with pytest.raises(AlreadyVoted, match="nba:jordami01"):
        await board.cast("d1", "browser:a", LEBRON, candidates=SIDES)
    with pytest.raises(NotACandidate, match="nhl:gretzwa01"):
        await board.cast("d1", "browser:b", "nhl:gretzwa01", candidates=SIDES)
    assert (await board.tally("d1")).counts == {JORDAN: 1}
    assert await board.choice_of("d1", "browser:a") == JORDAN


async def test_waiting_spectators_are_woken_by_a_vote_cast_here(store: SqlVoteStore) -> None:
    # A recheck far longer than the test: only the vote's own wake-up can answer the waiters in time.
    board = VoteBoard(store, recheck_seconds=60)
    waiters = [asyncio.create_task(board.next_tally("d1", seen_total=0, timeout=60)) for _ in range(3)]
    await asyncio.sleep(0.05)
    assert not any(w.done() for w in waiters)

    await board.cast("d1", "browser:a", LEBRON, candidates=SIDES)
    tallies = await asyncio.wait_for(asyncio.gather(*waiters), timeout=5)

    assert [t.counts for t in tallies] == [{LEBRON: 1}] * 3


async def test_a_vote_cast_by_another_process_is_seen_at_the_next_reread(store: SqlVoteStore) -> None:
    here, elsewhere = VoteBoard(store, recheck_seconds=RECHECK_SECONDS), VoteBoard(store)
    waiter = asyncio.create_task(here.next_tally("d1", seen_total=0, timeout=60))
    await asyncio.sleep(0.05)

    await elsewhere.cast("d1", "browser:b", JORDAN, candidates=SIDES)
    tally = await asyncio.wait_for(waiter, timeout=5)

    assert tally.counts == {JORDAN: 1}


async def test_a_tally_that_differs_from_the_one_seen_is_answered_at_once(store: SqlVoteStore) -> None:
    board = VoteBoard(store, recheck_seconds=60)
    await board.cast("d1", "browser:a", JORDAN, candidates=SIDES)

    assert (await asyncio.wait_for(board.next_tally("d1", seen_total=0, timeout=60), timeout=5)).total == 1


async def test_an_unchanged_tally_is_answered_when_the_wait_ends(store: SqlVoteStore) -> None:
    board = VoteBoard(store, recheck_seconds=RECHECK_SECONDS)

    tally = await board.next_tally("d1", seen_total=0, timeout=0.3)

    assert tally.total == 0
