"""Errors of the event log and its streams.

    StreamError
    ├── StreamNotFound     (no such stream, or its retention time has passed)
    │   └── StreamEvicted  (it was there, and the log's cap on streams or bytes pushed it out)
    ├── StreamExists       (a stream with that id was already created)
    ├── EventsExpired      (a resume point older than what the log still holds)
    ├── InvalidEventId     (a resume point that is not an event id)
    ├── EntryOutOfOrder    (an append whose id is not the stream's next id)
    ├── LogUnavailable     (the log's backing store cannot be reached)
    │   └── ProducerLost   (an unfinished stream's producer stopped writing to this log: it will not go on here)
    └── StreamMoved        (a stream this process produces went on in another log: follow it there)
"""

from __future__ import annotations

from arena.errors import AboutOne, ArenaError, echo


class StreamError(ArenaError, code="stream-error"): ...


class StreamNotFound(AboutOne, StreamError, code="stream-not-found"):
    template = "no stream {id} (never created, or its retention time has passed)"


class StreamEvicted(StreamNotFound, code="stream-evicted"):
    """The stream was evicted, oldest first, to keep the log within its cap on streams or bytes."""

    template = "stream {id} was evicted: the log keeps only its most recent streams"


class StreamExists(AboutOne, StreamError, code="stream-exists"):
    template = "stream {id} already exists"


class EventsExpired(StreamError, code="events-expired"):
    """The reader asked to resume after ``after`` but the log only keeps entries from ``first_id`` on."""

    def __init__(self, stream_id: str, after: int, first_id: int) -> None:
        self.stream_id = stream_id
        self.after = after
        self.first_id = first_id
        super().__init__(
            f"stream {stream_id!r}: cannot resume after event {after}; the log keeps events from {first_id} on"
        )


class InvalidEventId(StreamError, code="invalid-event-id"):
    def __init__(self, value: str) -> None:
        self.value = value
        super().__init__(f"event ids are non-negative integers, got {echo(value)}")


class EntryOutOfOrder(StreamError, code="entry-out-of-order"):
    def __init__(self, stream_id: str, entry_id: int, expected: int) -> None:
        super().__init__(f"stream {stream_id!r}: appended entry {entry_id}, expected {expected}")


class LogUnavailable(StreamError, code="log-unavailable", public_message="the event log is unavailable"): ...


class ProducerLost(AboutOne, LogUnavailable, code="producer-lost"):
    """A follower of a shared log saw an unfinished stream's producer lease lapse and no new entry come (see
    :meth:`arena.streaming.ports.EventLog.renew_producer`): its producer moved it to its own process's memory
    or died. The stream will not go on in this log; whatever the producer kept is only in its process."""

    template = ("stream {id}: its producer stopped writing to the shared event log (the stream went on "
                "in another process's memory, or that process stopped)")


class StreamMoved(AboutOne, StreamError, code="stream-moved"):
    """Raised to this process's followers of a stream whose producer here carries on in another log (see
    :mod:`arena.streaming.adapters.fallback_log`); never seen outside it."""

    template = "stream {id} moved to another log"
