"""The cost of the one debate path: debates per second through the debate service alone and through HTTP.

    python bench/debate_paths.py [--rounds 3] [--seconds 5] [--concurrency 4]

Measures, side by side in one run, the same questions (``debate_questions.TIMED`` in turn, template writer,
stat cache warm) two ways, and repeats the pair ``--rounds`` times:

- service: ``DebateService.run`` in this process, over the services ``arena.bootstrap`` builds, as
  ``bench/debate.py`` and ``arena debate`` run a debate;
- HTTP: ``arena serve`` on 127.0.0.1 in a subprocess (one worker, the in-process event log, the store from
  ``ARENA_DATABASE_URL``), ``--concurrency`` clients each posting ``POST /v1/debates`` and reading its
  ``/events`` SSE stream to its end, over raw sockets so the load generator stays light; twice: on connections
  kept alive between requests, as real clients (browsers, httpx, requests' sessions) hold them, and on a new
  connection per request, whose TCP set-up and tear-down the wall clock charges to HTTP (loopback packets are
  handled in the kernel's softirq time, which neither process's CPU figure counts).

Prints each path's debates per second by wall clock and its CPU per debate (this process's for the service,
the server's for HTTP), and HTTP's share of the service's rate by both. On a shared machine the wall clock
includes other processes' turns on the cores, so the CPU figures are the steadier ones. Target (issue 11):
HTTP at 70% or more of the service's rate. Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from arena.bootstrap import build
from arena.debate import DebateService
from debate_questions import TIMED
from streams import cpu_seconds, debates_for, free_port, send_request, wait_until_serving

FINAL_EVENTS = ("debate.completed", "error")


@dataclass(frozen=True)
class Rate:
    debates: int
    wall_seconds: float
    cpu_seconds: float

    @property
    def per_second(self) -> float:
        return self.debates / self.wall_seconds

    @property
    def cpu_ms(self) -> float:
        return self.cpu_seconds * 1000 / max(1, self.debates)


async def measure_service(debates: DebateService, seconds: float) -> Rate:
    questions = list(TIMED.values())
    done = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        await debates.run(debates.request(questions[done % len(questions)], writer="template", seed=done))
        done += 1
    return Rate(done, time.perf_counter() - started, time.process_time() - cpu_started)


Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class Connections:
    """HTTP/1.1 connections to the server: each request on a new one (closed after it), or, ``kept``, on one
    of those kept open between requests (one per client at a time)."""

    def __init__(self, port: int, *, kept: bool) -> None:
        self._port = port
        self._kept = kept
        self._idle: list[Connection] = []

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        connection = self._idle.pop() if self._idle else await asyncio.open_connection("127.0.0.1", self._port)
        try:
            yield connection
        except BaseException:
            connection[1].transport.abort()
            raise
        if self._kept:
            self._idle.append(connection)
        else:
            connection[1].transport.abort()

    def close(self) -> None:
        for _, writer in self._idle:
            writer.transport.abort()
        self._idle.clear()


async def debate_over_http(connections: Connections, question: str, seed: int) -> bool:
    """Create a debate, then read its SSE stream to its end."""
    async with connections.connection() as (reader, writer):
        response = await send_request(reader, writer, "POST", "/v1/debates",
                                      body={"question": question, "writer": "template", "seed": seed})
        created = json.loads(await reader.readexactly(int(response.headers["content-length"])))
        if response.status != 201:
            raise RuntimeError(f"POST /v1/debates: {response.status} {created}")
    async with connections.connection() as (reader, writer):
        stream = await send_request(reader, writer, "GET", f"/v1/debates/{created['id']}/events")
        body = await stream.body()
    # Only the last event is parsed: the client's CPU is the machine's too, which the wall clock charges to HTTP.
    last = "\n" + body.rstrip(b"\n").rpartition(b"\n\n")[2].decode()
    if not any(f"\nevent: {event}\n" in last for event in FINAL_EVENTS):
        raise RuntimeError(f"debate {created['id']}: the stream ended before its last event")
    return True


async def measure_http(port: int, pid: int, seconds: float, concurrency: int, *, kept: bool) -> tuple[Rate, Rate]:
    """The server's rate and CPU per debate, and the clients' (this process's) CPU per debate."""
    connections = Connections(port, kept=kept)
    try:
        started, cpu_started, client_started = time.perf_counter(), cpu_seconds(pid), time.process_time()
        done = await debates_for(seconds, concurrency, partial(debate_over_http, connections))
        wall = time.perf_counter() - started
        return Rate(done, wall, cpu_seconds(pid) - cpu_started), Rate(done, wall, time.process_time() - client_started)
    finally:
        connections.close()


def _serve(port: int, log: Path) -> subprocess.Popen[bytes]:
    # One worker and the in-process event log, whatever this shell has set for Redis.
    env = {k: v for k, v in os.environ.items() if k != "ARENA_REDIS_URL"}
    env["ARENA_LOG_LEVEL"] = "WARNING"
    command = [str(Path(sys.executable).with_name("arena")), "serve", "--port", str(port)]
    with log.open("wb") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


async def _run(args: argparse.Namespace) -> None:
    port = free_port()
    process = _serve(port, Path(args.log))
    services = build()
    try:
        debates = services.debates
        await wait_until_serving(port, process)
        print(f"arena serve on 127.0.0.1:{port} (pid {process.pid}, log {args.log})")
        warm = Connections(port, kept=False)
        for seed, question in enumerate(TIMED.values()):  # warm both stat caches
            await debates.run(debates.request(question, writer="template", seed=seed))
            await debate_over_http(warm, question, seed)
        for round_ in range(1, args.rounds + 1):
            service = await measure_service(debates, args.seconds)
            line = (f"round {round_}: service {service.per_second:.1f} debates/s ({service.cpu_ms:.2f} ms CPU per "
                    f"debate)")
            for kept, how in ((True, "kept-alive connections"), (False, "a new connection per request")):
                http, client = await measure_http(port, process.pid, args.seconds, args.concurrency, kept=kept)
                line += (f"; HTTP on {how} {http.per_second:.1f} debates/s (server {http.cpu_ms:.2f} ms CPU per "
                         f"debate, clients {client.cpu_ms:.2f}): {http.per_second / service.per_second:.0%} of the "
                         f"service's rate by wall "
                         f"clock, {service.cpu_ms / http.cpu_ms:.0%} by CPU per debate")
            print(line, flush=True)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="service-then-HTTP measurements, side by side")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long each measurement runs")
    parser.add_argument("--concurrency", type=int, default=4, help="HTTP clients debating at once")
    parser.add_argument("--log", default="/tmp/arena-bench-debate-paths.log", help="arena serve's output")
    asyncio.run(_run(parser.parse_args()))


if __name__ == "__main__":
    main()
