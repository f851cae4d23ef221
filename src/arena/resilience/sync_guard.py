"""Guard blocking calls (a SQLAlchemy read in a worker thread, an httpx download) with an async breaker.

The breakers are async and may keep their state in Redis through an async client, which belongs to the
event loop that opened its connections. Blocking callers run in worker threads of the API's or the
debate's loop, or in a plain CLI process with no loop at all, so their breaker bookkeeping runs on a loop
of its own, :class:`BreakerLoop`, in a daemon thread: a caller never blocks the server's loop, never needs
one, and the breakers' Redis client for that loop is never shared with another (see
:class:`arena.resilience.registry.Breakers`). The guarded call itself runs in the caller's thread.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential, wait_random

from arena.resilience.breaker import CircuitBreaker

T = TypeVar("T")

_CLOSE_SECONDS = 5.0


class BreakerLoop:
    """An event loop running in a daemon thread of its own, started on first use.

    >>> loop = BreakerLoop()
    >>> state = loop.run(breakers["database"].state())   # from any thread but the loop's own
    >>> loop.close(breakers.aclose)                       # runs ``aclose`` there first
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and wait for its result (its exception is raised here)."""
        loop = self._started()
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise RuntimeError("BreakerLoop.run called from its own loop: that would wait forever")
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        """Start ``coroutine`` on the loop without waiting for it (from any thread but the loop's own)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._started())

    def _started(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="arena-breaker-loop", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def close(self, before: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run ``before`` on the loop (closing what belongs to it), then stop the loop and its thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        if before is not None:
            async def finish() -> None:
                await before()

            asyncio.run_coroutine_threadsafe(finish(), loop).result(_CLOSE_SECONDS)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(_CLOSE_SECONDS)
        loop.close()


@dataclass(frozen=True)
class RetryPolicy:
    """How often an idempotent call is tried: ``attempts`` in all (1: no retry), waiting about
    ``backoff_seconds`` before the first retry and twice as long before each further one, plus up to
    ``backoff_seconds`` of random jitter."""

    attempts: int = 3
    backoff_seconds: float = 0.1

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.backoff_seconds < 0:
            raise ValueError("attempts must be >= 1 and backoff_seconds >= 0")


NO_RETRY = RetryPolicy(attempts=1)


class SyncGuard:
    """Runs blocking calls to one dependency through its breaker, retried when they are idempotent.

    >>> guard = SyncGuard(breakers["database"], loop, failures=(StoreUnavailable,), retry=RetryPolicy())
    >>> row = guard.call(lambda: store.get_player("nba:jordami01"))

    Only ``failures`` count against the dependency (and are retried); any other exception means the
    dependency answered, counts as a success and propagates untouched. The retry wraps the breaker, so
    each try is one call the breaker judges, and a call the breaker refuses (``CircuitOpen``) is raised at
    once, never retried.
    """

    def __init__(self, breaker: CircuitBreaker, loop: BreakerLoop, *,
                 failures: tuple[type[Exception], ...], retry: RetryPolicy = NO_RETRY) -> None:
        self.breaker = breaker
        self._loop = loop
        self._failures = failures
        self._retrying = Retrying(
            stop=stop_after_attempt(retry.attempts),
            wait=wait_exponential(multiplier=retry.backoff_seconds) + wait_random(0, retry.backoff_seconds),
            retry=retry_if_exception_type(failures), reraise=True,
        ) if retry.attempts > 1 else None

    def call(self, fn: Callable[[], T]) -> T:
        """``fn()``, guarded; raises ``CircuitOpen`` while the breaker refuses calls."""
        if self._retrying is None:
            return self._once(fn)
        result: T = self._retrying.copy()(self._once, fn)
        return result

    def _once(self, fn: Callable[[], T]) -> T:
        guard = self.breaker.guard()
        self._loop.run(guard.__aenter__())  # raises CircuitOpen
        try:
            result = fn()
        except self._failures as exc:
            self._loop.run(guard.__aexit__(type(exc), exc, exc.__traceback__))
            raise
        except Exception:
            self._loop.run(guard.__aexit__(None, None, None))  # the dependency answered
            raise
        except BaseException as exc:  # interrupted: no verdict, the trial permit is handed back
            self._loop.run(guard.__aexit__(type(exc), exc, exc.__traceback__))
            raise
        self._loop.run(guard.__aexit__(None, None, None))
        return result
