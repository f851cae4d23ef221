"""Debate latency: p50/p99 from question string to last event, time to first event, debates per second.

    python bench/debate.py [--runs 50] [--seconds 5]

Runs debates through the debate service ``arena.bootstrap`` builds (the engine with its writer guard and
usage and metrics observers, run to the end as ``arena debate`` runs it), over the configured store
(``ARENA_DATABASE_URL``) behind the read-through cache, as ``arena serve`` does, with the template writer,
after one warm-up debate per question. It also prints how much of each debate was spent inside stat store
calls (the rest is the engine). Targets: p50 under 15 ms, first
event under 5 ms, at least 100 debates per second on one core (this process is single-threaded).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from dataclasses import replace
from typing import Any, cast

from arena.bootstrap import build
from arena.debate import DebateEvent, DebateService
from arena.stats import StatStore
from debate_questions import TIMED


class _TimedStore:
    """The store, with the seconds spent inside its calls added up (to split store time from engine time)."""

    def __init__(self, store: StatStore) -> None:
        self._store = store
        self.seconds = 0.0
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1

        return timed


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _timed(debates: DebateService, question: str, seed: int) -> tuple[float, float]:
    """(seconds to the first event, seconds to the last) for one debate."""
    started = time.perf_counter()
    first: float | None = None

    def note(_: DebateEvent) -> None:
        nonlocal first
        if first is None:
            first = time.perf_counter() - started

    await debates.run(debates.request(question, writer="template", seed=seed), on_event=note)
    return first or 0.0, time.perf_counter() - started


async def _measure(debates: DebateService, store: _TimedStore, runs: int, seconds: float) -> None:
    for question in TIMED.values():
        await _timed(debates, question, 0)  # warm the store's cache
    print(f"{'question kind':22} {'p50 ms':>8} {'p99 ms':>8} {'first p50 ms':>13} {'first p99 ms':>13} "
          f"{'store ms/debate':>16} {'store calls':>12}")
    for kind, question in TIMED.items():
        store.seconds, store.calls = 0.0, 0
        samples = [await _timed(debates, question, seed) for seed in range(runs)]
        firsts = [f * 1000 for f, _ in samples]
        totals = [t * 1000 for _, t in samples]
        print(f"{kind:22} {statistics.median(totals):8.2f} {_percentile(totals, 0.99):8.2f} "
              f"{statistics.median(firsts):13.3f} {_percentile(firsts, 0.99):13.3f} "
              f"{store.seconds * 1000 / runs:16.2f} {store.calls / runs:12.0f}")
    questions = list(TIMED.values())
    done = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        await _timed(debates, questions[done % len(questions)], done)
        done += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # CPU time too: on a shared machine wall time includes other processes' turns on the core.
    print(f"debates per second on one core (the four kinds in turn): {done / elapsed:.1f} by wall clock, "
          f"{done / cpu:.1f} by this process's CPU time ({cpu * 1000 / done:.2f} ms CPU per debate)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=50, help="debates per question kind")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure throughput")
    args = parser.parse_args()
    built = build()
    store = _TimedStore(built.stats)
    services = replace(built, stats=cast(StatStore, store))  # the debate service built over the timed store
    try:
        asyncio.run(_measure(services.debates, store, args.runs, args.seconds))
    finally:
        services.close()


if __name__ == "__main__":
    main()
