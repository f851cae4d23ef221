"""Record each ended debate's usage without ever making a debate wait on the database.

:class:`UsageRecorder` is a debate observer: it puts the record in a bounded in-memory buffer (called on
the event loop, it only takes a lock), and a flusher thread writes the buffer in batches through the
database's guard. While the database is down or its breaker open, records stay buffered and are written
once it answers again; a record leaves the buffer only after its batch was committed, and the usage log
skips a debate id it already holds, so nothing is lost (unless the buffer overflows: the oldest records
are dropped and counted) and nothing is written twice. A record the log refuses as data (``UsageRefused``:
the database answered, and would answer the same again) is found by splitting its batch, and set aside in a
bounded dead-letter list, counted, while the records around it are written: it is never retried and never
holds up the others. As a health degradation source it tells ``/healthz`` and ``/readyz`` how many records
wait for the database while it refuses them, and how many were set aside.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from arena.clock import Clock, utc_now
from arena.errors import ArenaError
from arena.guard import CallGuard
from arena.telemetry import Metrics, get_logger
from arena.usage.errors import UsageRefused
from arena.usage.model import UsageRecord
from arena.usage.ports import UsageLog

if TYPE_CHECKING:  # only a debate's report is read: the recorder is built where no debate runs (``arena parse``)
    from arena.debate import DebateReport

_log = get_logger(__name__)

_JOIN_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A record the usage log refused as data, and the log's reason."""

    record: UsageRecord
    reason: str


class UsageRecorder:
    """Buffers usage records and writes them to ``log`` through ``guard``.

    >>> recorder = UsageRecorder(SqlUsageLog(engine), guard=database_guard, capacity=10_000, flush_seconds=1)
    >>> engine = DebateEngine(..., observers=[recorder])
    >>> recorder.close()   # at shutdown: stops the flusher and writes what is left, if it can

    ``capacity`` bounds the buffer; ``flush_seconds`` is how often the flusher writes (sooner once a batch
    of ``batch_size`` is waiting); ``dead_letter_capacity`` bounds the refused records kept (the oldest go).
    """

    def __init__(self, log: UsageLog, *, guard: CallGuard, capacity: int, flush_seconds: float,
                 batch_size: int = 500, dead_letter_capacity: int = 1000, metrics: Metrics | None = None,
                 clock: Clock = utc_now) -> None:
        if capacity < 1 or batch_size < 1 or dead_letter_capacity < 1:
            raise ValueError("capacity, batch_size and dead_letter_capacity must be >= 1")
        self._log = log
        self._guard = guard
        self._capacity = capacity
        self._flush_seconds = flush_seconds
        self._batch_size = batch_size
        self._clock = clock
        self._buffer: deque[UsageRecord] = deque()
        self._dead_letters: deque[DeadLetter] = deque(maxlen=dead_letter_capacity)
        self._dead_lettered = 0
        self._dead_letter_metric = (metrics or Metrics()).usage_dead_letters
        self._lock = threading.Lock()  # the buffer and the counters
        self._flushing = threading.Lock()  # one flush at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._written = 0
        self._dropped = 0
        self._refused = False  # the last write failed: the database is down or its breaker open
        self._dropped_before_refusal = 0  # ``_dropped`` when the writes started failing

    @property
    def buffered(self) -> int:
        """Records waiting to be written (for ``/healthz``)."""
        with self._lock:
            return len(self._buffer)

    @property
    def written(self) -> int:
        """Records this recorder stored."""
        with self._lock:
            return self._written

    @property
    def dropped(self) -> int:
        """Records lost because the buffer was full."""
        with self._lock:
            return self._dropped

    @property
    def dead_lettered(self) -> int:
        """Records the log refused as data, set aside since this recorder started."""
        with self._lock:
            return self._dead_lettered

    @property
    def dead_letters(self) -> list[DeadLetter]:
        """The latest records the log refused as data (at most ``dead_letter_capacity``), oldest first."""
        with self._lock:
            return list(self._dead_letters)

    async def degraded_features(self) -> list[str]:
        """While the database refuses the records (not while they merely wait for the next flush): how many
        are buffered, and how many a full buffer dropped since the writes started failing; and how many
        records were set aside as refused data, if any."""
        with self._lock:
            buffered, refused = len(self._buffer), self._refused
            dropped = self._dropped - self._dropped_before_refusal
            dead_lettered = self._dead_lettered
        features = []
        if refused and buffered:
            lost = f" ({dropped} dropped: the buffer holds {self._capacity})" if dropped else ""
            features.append(f"usage records buffered while the database is down: {buffered}{lost}")
        if dead_lettered:
            features.append(f"usage records the database refused as data, set aside: {dead_lettered}")
        return features

    def debate_ended(self, report: DebateReport) -> None:
        """Buffer ``report``'s usage record (never blocks on I/O) and make sure the flusher runs."""
        self.record(UsageRecord(
            debate_id=report.debate_id, request_id=report.request_id, writer_asked=report.writer_asked,
            writer_used=report.writer_used, outcome=report.outcome, error_code=report.error_code,
            tokens=report.tokens, fact_check_rejections=report.fact_check_rejections,
            fallbacks=len(report.fallbacks), duration_ms=report.duration_ms, created_at=self._clock(),
            question=report.question or None, players=report.players))

    def record(self, record: UsageRecord) -> None:
        with self._lock:
            self._buffer.append(record)
            if len(self._buffer) > self._capacity:
                self._buffer.popleft()
                self._dropped += 1
                _log.warning("usage buffer full: oldest record dropped", capacity=self._capacity)
            waiting = len(self._buffer)
            start = self._thread is None and not self._stop.is_set()
            if start:
                self._thread = threading.Thread(target=self._run, name="arena-usage-flusher", daemon=True)
        if start:
            assert self._thread is not None
            self._thread.start()
        if waiting >= self._batch_size:
            self._wake.set()

    def flush(self) -> int:
        """Write what is buffered, batch by batch, until it is empty or a write fails (the failed batch
        stays buffered). Returns how many records were stored."""
        stored = 0
        with self._flushing:
            while True:
                with self._lock:
                    batch = [self._buffer[i] for i in range(min(self._batch_size, len(self._buffer)))]
                if not batch:
                    return stored
                try:
                    new, refused = self._store(batch)
                except ArenaError as exc:  # the database is down or its breaker open: try again later
                    with self._lock:
                        if not self._refused:
                            self._refused, self._dropped_before_refusal = True, self._dropped
                    _log.debug("usage records kept for later", buffered=self.buffered, reason=str(exc))
                    return stored
                with self._lock:
                    # Only this flush removes records, and new ones go to the right: the batch is on the left.
                    # (Overflow may have dropped some of the batch meanwhile, hence the identity check.)
                    for record in batch:
                        if self._buffer and self._buffer[0] is record:
                            self._buffer.popleft()
                    self._refused = False
                    self._dead_letters.extend(refused)
                    self._dead_lettered += len(refused)
                self._dead_letter_metric.inc(len(refused))
                for letter in refused:
                    _log.error("usage record refused by the database as data: set aside",
                               debate_id=letter.record.debate_id, reason=letter.reason)
                stored += new

    def _store(self, batch: Sequence[UsageRecord]) -> tuple[int, list[DeadLetter]]:
        """Write ``batch``, halving it while the log refuses it as data, down to the records it refuses
        (a few dozen writes for one bad record in a batch of hundreds): how many records were new, and the
        refused ones. Each write that stores counts towards ``written`` at once, so a batch tried again after
        an outage, whose first half went in, is counted once."""
        try:
            new = self._guard.call(partial(self._log.write, batch))
        except UsageRefused as exc:
            if len(batch) == 1:
                return 0, [DeadLetter(batch[0], exc.message)]
            half = len(batch) // 2
            (new_left, refused_left), (new_right, refused_right) = self._store(batch[:half]), self._store(batch[half:])
            return new_left + new_right, refused_left + refused_right
        with self._lock:
            self._written += new
        return new, []

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._flush_seconds)
            self._wake.clear()
            if not self._stop.is_set():
                self.flush()

    def close(self) -> None:
        """Stop the flusher and write what is left; records the database still refuses are logged as lost."""
        with self._lock:
            self._stop.set()
            thread = self._thread
        self._wake.set()
        if thread is not None:
            thread.join(_JOIN_SECONDS)
        self.flush()
        left = self.buffered
        if left:
            _log.error("usage records lost at shutdown: the database did not take them", count=left)
