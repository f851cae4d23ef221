"""The EventLog contract: every adapter (in-process, Redis) passes the same tests."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid

import pytest
from stream_samples import FakeClock, LogFactory, debate_entries

from arena.streaming.errors import EntryOutOfOrder, EventsExpired, StreamExists, StreamNotFound
from arena.streaming.ports import EventLog, FollowUpdate, LogEntry, StreamLimits


def _new_id() -> str:
    return f"debate-{uuid.uuid4().hex}"


async def _append_all(log: EventLog, stream_id: str, entries: list[LogEntry]) -> None:
    for entry in entries:
        await log.append(stream_id, entry)


async def _collect(log: EventLog, stream_id: str, *, after: int, idle_timeout: float = 5.0) -> list[LogEntry]:
    entries: list[LogEntry] = []
    async with contextlib.aclosing(log.follow(stream_id, after=after, idle_timeout=idle_timeout)) as updates:
        async for update in updates:
            entries.extend(update.entries)
    return entries


async def test_entries_are_read_back_in_order_after_any_id(event_log: EventLog,
                                                           ) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, ["Jordan", "won", "six", "titles"])
    await event_log.create(stream_id, {"question": "Jordan or LeBron?"})
    await _append_all(event_log, stream_id, entries)

    assert await event_log.read_after(stream_id, 0) == entries
    assert await event_log.read_after(stream_id, 3) == entries[3:]
    assert await event_log.read_after(stream_id, 2, limit=2) == entries[2:4]
    assert await event_log.read_after(stream_id, len(entries)) == []


async def test_info_reports_meta_last_and_final_ids(event_log: EventLog, ) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, ["one", "two"])
    await event_log.create(stream_id, {"question": "Gretzky or Ovechkin?", "writer": "template"})
    await event_log.append(stream_id, entries[0])
    running = await event_log.info(stream_id)
    assert (running.last_id, running.final_id, running.is_complete) == (1, None, False)
    assert running.meta == {"question": "Gretzky or Ovechkin?", "writer": "template"}

    await _append_all(event_log, stream_id, entries[1:])
    done = await event_log.info(stream_id)
    assert (done.last_id, done.final_id, done.is_complete) == (len(entries), len(entries), True)


async def test_appends_must_be_the_next_id_and_nothing_follows_the_final_entry(
    event_log: EventLog,
) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, ["a"])
    await event_log.create(stream_id, {})
    with pytest.raises(EntryOutOfOrder):
        await event_log.append(stream_id, entries[1])
    await event_log.append(stream_id, entries[0])
    with pytest.raises(EntryOutOfOrder):
        await event_log.append(stream_id, entries[0])
    await _append_all(event_log, stream_id, entries[1:])
    with pytest.raises(EntryOutOfOrder):
        await event_log.append(stream_id, LogEntry(id=len(entries) + 1, event="text.delta", data="{}"))
    assert await event_log.read_after(stream_id, 0) == entries


async def test_a_batch_is_appended_in_order_up_to_an_entry_out_of_order(event_log: EventLog) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, ["Jordan", "won", "six"])
    await event_log.create(stream_id, {})
    await event_log.extend(stream_id, entries[:2])
    with pytest.raises(EntryOutOfOrder) as refused:
        await event_log.extend(stream_id, [entries[2], entries[4]])
    assert f"appended entry {entries[4].id}, expected {entries[3].id}" in str(refused.value)
    assert await event_log.read_after(stream_id, 0) == entries[:3]

    async with contextlib.aclosing(event_log.follow(stream_id, after=3, idle_timeout=5.0)) as updates:
        await event_log.extend(stream_id, entries[3:])
        update = await anext(updates)
    assert list(update.entries) == entries[3:]  # the rest of the batch, in one update, to its final entry
    assert (await event_log.info(stream_id)).final_id == entries[-1].id
    with pytest.raises(EntryOutOfOrder):
        await event_log.extend(stream_id, [LogEntry(id=len(entries) + 1, event="text.delta", data="{}")])


async def test_unknown_and_duplicate_streams_are_refused(event_log: EventLog) -> None:
    stream_id = _new_id()
    with pytest.raises(StreamNotFound):
        await event_log.read_after(stream_id, 0)
    with pytest.raises(StreamNotFound):
        await event_log.info(stream_id)
    with pytest.raises(StreamNotFound):
        await event_log.append(stream_id, LogEntry(id=1, event="x", data="{}"))
    with pytest.raises(StreamNotFound):
        await event_log.join(stream_id, "viewer", ttl_seconds=10)
    with pytest.raises(StreamNotFound):
        await _collect(event_log, stream_id, after=0)
    await event_log.create(stream_id, {})
    with pytest.raises(StreamExists):
        await event_log.create(stream_id, {})


async def test_a_deleted_stream_is_gone_for_readers_writers_and_followers(event_log: EventLog) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, ["a", "b"])
    await event_log.create(stream_id, {"controller": "token:abc"})
    await event_log.append(stream_id, entries[0])
    follower = asyncio.create_task(_collect(event_log, stream_id, after=0, idle_timeout=0.05))
    await asyncio.sleep(0.1)
    await event_log.delete(stream_id)
    with pytest.raises(StreamNotFound):
        await asyncio.wait_for(follower, 10)
    with pytest.raises(StreamNotFound):
        await event_log.info(stream_id)
    with pytest.raises(StreamNotFound):
        await event_log.append(stream_id, entries[1])
    with pytest.raises(StreamNotFound):
        await event_log.delete(stream_id)


async def test_follow_delivers_live_entries_once_in_order_and_ends_at_the_final_one(
    event_log: EventLog,
) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, [f"w{i}" for i in range(40)])
    await event_log.create(stream_id, {})
    await _append_all(event_log, stream_id, entries[:5])
    follower = asyncio.create_task(_collect(event_log, stream_id, after=0))

    for entry in entries[5:]:
        await event_log.append(stream_id, entry)
        await asyncio.sleep(0)
    assert await asyncio.wait_for(follower, 10) == entries


async def test_follow_resumes_after_the_last_seen_id(event_log: EventLog, ) -> None:
    stream_id = _new_id()
    entries = debate_entries(stream_id, [f"w{i}" for i in range(10)])
    await event_log.create(stream_id, {})
    await _append_all(event_log, stream_id, entries)
    for seen in (0, 1, 7, len(entries) - 1, len(entries)):
        assert await _collect(event_log, stream_id, after=seen) == entries[seen:]


async def test_follow_sends_an_empty_update_when_idle(event_log: EventLog, ) -> None:
    stream_id = _new_id()
    await event_log.create(stream_id, {})
    updates: list[FollowUpdate] = []
    async with contextlib.aclosing(event_log.follow(stream_id, after=0, idle_timeout=0.05)) as follow:
        async for update in follow:
            updates.append(update)
            if len(updates) == 3:
                break
    assert updates[0] == FollowUpdate((), 0)  # the first update always carries the viewer count
    assert updates[1:] == [FollowUpdate((), 0), FollowUpdate((), 0)]


async def test_viewer_counts_change_with_joins_and_leaves_and_reach_followers(
    two_workers: tuple[EventLog, EventLog]
) -> None:
    here, elsewhere = two_workers
    stream_id = _new_id()
    await here.create(stream_id, {})
    assert await here.join(stream_id, "alice", ttl_seconds=30) == 1
    seen: list[int] = []

    async def watch() -> None:
        async with contextlib.aclosing(here.follow(stream_id, after=0, idle_timeout=0.02)) as follow:
            async for update in follow:
                if not seen or update.viewers != seen[-1]:
                    seen.append(update.viewers)
                if seen[-1] == 0 and len(seen) > 2:
                    return

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0.05)
    # A viewer on another worker counts too.
    assert await elsewhere.join(stream_id, "bob", ttl_seconds=30) == 2
    await asyncio.sleep(0.2)
    assert await elsewhere.leave(stream_id, "bob") == 1
    assert await here.leave(stream_id, "alice") == 0
    await asyncio.wait_for(watcher, 10)
    assert seen[0] == 1 and seen[-1] == 0 and 2 in seen
    assert (await elsewhere.info(stream_id)).viewers == 0


async def test_a_viewer_that_stops_renewing_its_lease_stops_counting(log_factory: LogFactory) -> None:
    clock = FakeClock()
    log = log_factory(clock=clock)
    try:
        stream_id = _new_id()
        await log.create(stream_id, {})
        await log.join(stream_id, "gone", ttl_seconds=10)
        await log.join(stream_id, "staying", ttl_seconds=10)
        clock.now += 8
        await log.join(stream_id, "staying", ttl_seconds=10)
        assert (await log.info(stream_id)).viewers == 2
        clock.now += 5
        assert (await log.info(stream_id)).viewers == 1
    finally:
        await log.close()


async def test_cancel_requests_are_visible_to_every_process(two_workers: tuple[EventLog, EventLog]) -> None:
    here, elsewhere = two_workers
    stream_id = _new_id()
    await here.create(stream_id, {})
    assert not (await here.info(stream_id)).cancel_requested
    await elsewhere.request_cancel(stream_id)
    assert (await here.info(stream_id)).cancel_requested
    with pytest.raises(StreamNotFound):
        await elsewhere.request_cancel(_new_id())


async def test_a_reader_behind_the_kept_entries_gets_events_expired(
    log_factory: LogFactory,
) -> None:
    log = log_factory(limits=StreamLimits(max_entries=5))
    try:
        stream_id = _new_id()
        entries = debate_entries(stream_id, [f"w{i}" for i in range(10)])
        await log.create(stream_id, {})
        await _append_all(log, stream_id, entries)
        kept_from = len(entries) - 4
        assert await log.read_after(stream_id, kept_from - 1) == entries[kept_from - 1:]
        with pytest.raises(EventsExpired) as expired:
            await log.read_after(stream_id, 2)
        assert expired.value.first_id == kept_from
    finally:
        await log.close()


async def test_entries_carry_their_event_json_unchanged(event_log: EventLog, ) -> None:
    stream_id = _new_id()
    await event_log.create(stream_id, {})
    entry = LogEntry(id=1, event="text.delta", data=json.dumps({"text": "naïve “quotes”\nand lines"}))
    await event_log.append(stream_id, entry)
    assert await event_log.read_after(stream_id, 0) == [entry]


async def test_a_follower_on_another_worker_gets_every_entry_once(
    two_workers: tuple[EventLog, EventLog],
) -> None:
    producer_side, reader_side = two_workers
    stream_id = _new_id()
    entries = debate_entries(stream_id, [f"w{i}" for i in range(60)])
    await producer_side.create(stream_id, {})
    await _append_all(producer_side, stream_id, entries[:3])
    readers = [asyncio.create_task(_collect(reader_side, stream_id, after=after)) for after in (0, 2, 3)]
    await asyncio.sleep(0.05)
    for entry in entries[3:]:
        await producer_side.append(stream_id, entry)
        if entry.id % 7 == 0:
            await asyncio.sleep(0.01)
    results = await asyncio.wait_for(asyncio.gather(*readers), 10)
    assert results == [entries, entries[2:], entries[3:]]
