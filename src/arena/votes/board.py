"""Casting votes and waiting for a debate's tally to change, for every spectator of it at once.

Spectators of one debate in this process share their reads of the store: a vote cast here wakes them at
once; a vote cast in another process is seen at the next re-read, at most ``recheck_seconds`` later.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from arena.votes.errors import AlreadyVoted, NotACandidate
from arena.votes.model import Tally, VoterGroup
from arena.votes.ports import VoteStore


@dataclass
class _Watch:
    """One debate's spectators waiting in this process, and the tally they last read together."""

    changed: asyncio.Event = field(default_factory=asyncio.Event)
    waiters: int = 0
    last: Tally | None = None
    read_at: float = -math.inf
    reading: asyncio.Future[Tally] | None = None


class VoteBoard:
    """Votes for the sides of debates, one per voter per debate, over a :class:`VoteStore`.

    >>> board = VoteBoard(SqlVoteStore(engine))
    >>> await board.cast("d1", "browser:ab12", "nba:jordami01", candidates=["nba:jordami01", "nba:jamesle01"])
    >>> await board.next_tally("d1", seen_total=1, timeout=25)   # returns when someone else votes
    """

    def __init__(self, store: VoteStore, *, recheck_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._recheck = recheck_seconds
        self._clock = clock
        self._watches: dict[str, _Watch] = {}

    @property
    def waiting(self) -> int:
        """Spectators waiting on a tally in this process now."""
        return sum(watch.waiters for watch in self._watches.values())

    async def tally(self, debate_id: str) -> Tally:
        return await asyncio.to_thread(self._store.tally, debate_id)

    async def choice_of(self, debate_id: str, voter: str) -> str | None:
        return await asyncio.to_thread(self._store.choice_of, debate_id, voter)

    async def cast(self, debate_id: str, voter: str, choice: str, *, candidates: Sequence[str],
                   group: VoterGroup | None = None) -> Tally:
        """Store the vote and wake the debate's waiting spectators; returns the new tally. Raises
        ``NotACandidate`` for a choice outside ``candidates``, ``AlreadyVoted`` when the voter has voted here,
        ``AddressVotesSpent`` when the voter's ``group`` has cast its limit (see :meth:`VoteStore.cast`)."""
        if choice not in candidates:
            raise NotACandidate(choice, list(candidates))
        earlier = await asyncio.to_thread(functools.partial(self._store.cast, debate_id, voter, choice, group=group))
        if earlier is not None:
            raise AlreadyVoted(debate_id, earlier)
        if (watch := self._watches.get(debate_id)) is not None:
            watch.changed.set()
        return await self.tally(debate_id)

    async def next_tally(self, debate_id: str, *, seen_total: int, timeout: float) -> Tally:
        """The tally as soon as its total is not ``seen_total``, or as it stands after ``timeout`` seconds."""
        watch = self._watches.setdefault(debate_id, _Watch())
        watch.waiters += 1
        try:
            deadline = self._clock() + timeout
            while True:
                tally = await self._read(debate_id, watch)
                remaining = deadline - self._clock()
                if tally.total != seen_total or remaining <= 0:
                    return tally
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(watch.changed.wait(), min(remaining, self._recheck))
        finally:
            watch.waiters -= 1
            if watch.waiters == 0:
                del self._watches[debate_id]

    async def _read(self, debate_id: str, watch: _Watch) -> Tally:
        """The tally from the store, read once for all the waiters that ask while it is being read, and
        reused until a vote here marks it stale or it is ``recheck_seconds`` old."""
        if watch.reading is not None:
            return await asyncio.shield(watch.reading)
        now = self._clock()
        if watch.last is not None and not watch.changed.is_set() and now - watch.read_at < self._recheck:
            return watch.last
        watch.changed.clear()
        watch.reading = asyncio.ensure_future(self.tally(debate_id))
        try:
            watch.last = await asyncio.shield(watch.reading)
            watch.read_at = now
        finally:
            watch.reading = None
        return watch.last
