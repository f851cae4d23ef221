"""Following a stream: the loop every event log adapter runs for its readers.

An adapter keeps one :class:`StreamWatch` per stream a process is following and updates it as entries and
viewer counts change; :func:`follow_entries` turns that into :class:`FollowUpdate`s for one reader. New
entries wake readers at once; a changed viewer count reaches them with the next entries or idle tick.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable

from arena.streaming.changes import ChangeSignal
from arena.streaming.ports import FollowUpdate, LogEntry

ReadAfter = Callable[[str, int], Awaitable[list[LogEntry]]]


class StreamWatch:
    """What this process knows live about one stream: a change signal, its viewer count and its final id."""

    __slots__ = ("final_id", "signal", "viewers")

    def __init__(self, *, viewers: int = 0, final_id: int | None = None) -> None:
        self.signal = ChangeSignal()
        self.viewers = viewers
        self.final_id = final_id

    def set_viewers(self, count: int) -> None:
        # No wake-up: with thousands of readers on one stream, waking them all at every join would cost
        # readers squared. The count rides on the next update: new entries, or the idle tick.
        self.viewers = count


async def follow_entries(
    read_after: ReadAfter, watch: StreamWatch, stream_id: str, *, after: int, idle_timeout: float
) -> AsyncGenerator[FollowUpdate, None]:
    """Read from the log after ``after``; when caught up, wait on ``watch`` for news or the idle timeout.

    The reader never holds more than one batch: a slow one simply reads further behind, from the log.
    """
    cursor = after
    viewers_sent: int | None = None
    while True:
        # Note the version before reading, so a change landing during the read still wakes the wait below.
        version = watch.signal.version
        entries = await read_after(stream_id, cursor)
        if entries or watch.viewers != viewers_sent:
            viewers_sent = watch.viewers
            yield FollowUpdate(tuple(entries), viewers_sent)
            if entries:
                cursor = entries[-1].id
                if entries[-1].final:
                    return
                continue
        if watch.final_id is not None and cursor >= watch.final_id:
            return
        if not await watch.signal.wait(version, idle_timeout):
            viewers_sent = watch.viewers
            yield FollowUpdate((), viewers_sent)
