"""Abuse: an honest client's debates while a slowloris holds the server's connections.

    python bench/abuse.py [--slowloris 2000] [--debates 50] [--hold 12]

Starts ``arena serve`` on 127.0.0.1 (one worker; the store from ``ARENA_DATABASE_URL``; the template writer),
then runs ``--debates`` debates one after another through ``POST /v1/debates/stream`` from 127.0.0.1: alone,
then ``--hold`` seconds into a slowloris of ``--slowloris`` sockets from other loopback addresses (127.0.0.2
and up, ``ARENA_SERVER_MAX_CONNECTIONS_PER_CLIENT`` each) that send half a request and never the rest,
reopening each one the server closes, so the attack keeps its size.

After a few debates to warm the stat cache, prints for each phase: first event p50/p99 (from sending the
request to the first debate event), debates completed, ``/livez`` p99; and for the attack, the sockets it
held and how many the server cut off. Target: first event p99 under 100 ms under a slowloris of 1,500+
sockets. Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from serve_process import ServeProcess  # type: ignore[import-not-found]

QUESTION = "Who's better, LeBron or Jordan?"
WARM_UP_DEBATES = 5
HALF_A_REQUEST = b"GET /livez HTTP/1.1\r\nHost: arena\r\nX-Slow: "


class Attack:
    """The slowloris, in a process of its own so that its churn does not slow the timed client down: how many
    sockets it holds now, how many the server has cut off, how many connects failed."""

    def __init__(self, port: int, sockets: int, per_address: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._held = context.Value("i", 0)
        self._cut_off = context.Value("i", 0)
        self._refused = context.Value("i", 0)
        self._stop = context.Event()
        self._process = context.Process(target=_attack, daemon=True, args=(
            port, sockets, per_address, self._held, self._cut_off, self._refused, self._stop))

    @property
    def held(self) -> int:
        return int(self._held.value)

    @property
    def cut_off(self) -> int:
        return int(self._cut_off.value)

    @property
    def refused(self) -> int:
        return int(self._refused.value)

    def start(self) -> None:
        self._process.start()

    def stop(self) -> None:
        self._stop.set()
        self._process.join(timeout=30)
        if self._process.is_alive():
            self._process.kill()


def _attack(port: int, sockets: int, per_address: int, held: Any, cut_off: Any, refused: Any,
            stop: Any) -> None:
    async def hold(source: str) -> None:
        """One slowloris socket, reopened each time the server closes it."""
        while True:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
            except OSError:
                refused.value += 1
                await asyncio.sleep(0.5)
                continue
            writer.write(HALF_A_REQUEST)
            held.value += 1
            with contextlib.suppress(ConnectionError):
                await reader.read()  # returns when the server closes the connection
            cut_off.value += 1
            held.value -= 1
            writer.close()

    async def run() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
        holders = [asyncio.create_task(hold(f"127.0.0.{2 + n // per_address}")) for n in range(sockets)]
        while not stop.is_set():
            await asyncio.sleep(0.2)
        for holder in holders:
            holder.cancel()
        await asyncio.gather(*holders, return_exceptions=True)

    asyncio.run(run())


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def _debates(base_url: str, count: int) -> tuple[list[float], int, list[float]]:
    """First-event times (ms) and debates completed, one after another; and /livez times (ms) between them."""
    first_events: list[float] = []
    livez: list[float] = []
    completed = 0
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        for _ in range(count):
            started = time.perf_counter()
            async with client.stream("POST", "/v1/debates/stream", json={"question": QUESTION}) as response:
                first: float | None = None
                async for line in response.aiter_lines():
                    if first is None and line.startswith("id:"):
                        first = (time.perf_counter() - started) * 1000
                    if line == "event: debate.completed":
                        completed += 1
                if first is not None:
                    first_events.append(first)
            started = time.perf_counter()
            if (await client.get("/livez")).status_code == 200:
                livez.append((time.perf_counter() - started) * 1000)
    return first_events, completed, livez


def _report(phase: str, count: int, result: tuple[list[float], int, list[float]]) -> None:
    first_events, completed, livez = result
    if not first_events:
        print(f"{phase}: no debate produced an event")
        return
    print(f"{phase}: first event p50 {statistics.median(first_events):.1f} ms, "
          f"p99 {_percentile(first_events, 0.99):.1f} ms; debates completed {completed}/{count}; "
          f"/livez answered {len(livez)}/{count}, p99 {_percentile(livez, 0.99) if livez else float('nan'):.1f} ms")


async def _run(args: argparse.Namespace, serve: ServeProcess) -> None:
    await _debates(serve.base_url, WARM_UP_DEBATES)  # the stat cache warm, as in every phase after
    _report("alone", args.debates, await _debates(serve.base_url, args.debates))
    attack = Attack(serve.port, args.slowloris, args.per_address)
    attack.start()
    try:
        await _attacked(args, serve, attack)
    finally:
        attack.stop()


async def _attacked(args: argparse.Namespace, serve: ServeProcess, attack: Attack) -> None:
    with contextlib.suppress(TimeoutError):  # the figure printed says how many it got
        async with asyncio.timeout(30):
            while attack.held < args.slowloris:
                await asyncio.sleep(0.1)
    print(f"slowloris: {attack.held} of {args.slowloris} sockets held open, from "
          f"{-(-args.slowloris // args.per_address)} addresses")
    # Past the header timeout, so the server is cutting sockets off and the attack reopening them meanwhile.
    await asyncio.sleep(args.hold)
    print(f"slowloris after {args.hold:g} s: {attack.held} sockets held, {attack.cut_off} cut off by the server")
    result = await _debates(serve.base_url, args.debates)
    print(f"slowloris after the debates: {attack.held} sockets held, {attack.cut_off} cut off by the server "
          f"(header timeout or connection cap), {attack.refused} connects refused")
    _report("under the slowloris", args.debates, result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slowloris", type=int, default=2000, help="half-open sockets to hold")
    parser.add_argument("--debates", type=int, default=50, help="debates to time in each phase")
    parser.add_argument("--hold", type=float, default=12.0,
                        help="seconds the attack runs before the debates are timed (past the header timeout)")
    parser.add_argument("--per-address", type=int, default=64,
                        help="sockets per source address (the server's ARENA_SERVER_MAX_CONNECTIONS_PER_CLIENT)")
    parser.add_argument("--log", default="/tmp/arena-bench-abuse.log", help="arena serve's output")
    args = parser.parse_args()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    env = {"ARENA_REDIS_URL": "", "ARENA_WRITER": "template", "ARENA_LOG_LEVEL": "WARNING",
           "ARENA_SERVER_MAX_CONNECTIONS_PER_CLIENT": str(args.per_address)}
    serve = ServeProcess(env, Path(args.log))
    try:
        serve.wait_until_serving()
        print(f"arena serve on {serve.base_url} (pid {serve.process.pid}, log {args.log})")
        asyncio.run(_run(args, serve))
    finally:
        serve.stop()


if __name__ == "__main__":
    main()
