"""Streaming load: idle streams held and their memory, time to first event, debates per second, resume.

    python bench/streams.py [--idle 10000] [--clients 100 1000] [--arrival-rate 500] [--seconds 10] [--resumers 40]
    python bench/streams.py --heap [--idle 10000]

Starts ``arena serve`` on 127.0.0.1 (one worker, the in-process event log; the store from
``ARENA_DATABASE_URL``) and drives it from this process over raw sockets, so the load generator stays light.
An LLM server in this process stands behind the ``openai`` writer: closed, it holds debates at their first
round (running, but silent: the idle streams watch those); open, it writes a word every few milliseconds.

Prints:
- idle streams: how many concurrent SSE streams were held, and the server's resident memory per stream (which
  understates the cost where new streams reuse memory freed at startup: ``--heap`` measures instead the
  Python heap per idle stream, with tracemalloc, on ``bench/traced_serve.py``, and nothing else);
- first event: from connecting to the first debate event, p50/p99, for N clients: all connecting in the same
  instant (a thundering herd: bound by the server's CPU per new stream, N times over); arriving at a steady
  rate (``--arrival-rate``) and staying connected until all N are; and new clients (ten at a time) while N
  other streams are held;
- debates per second through ``POST /v1/debates/stream`` (template writer, stat cache warm, read to the end);
- resume: clients that hang up at random and reconnect with ``Last-Event-ID``; events lost and duplicated.

Targets on the two-core machine: 10,000 idle streams under 20 KiB each; first event p99 under 50 ms at
1,000 concurrent clients. Figures only, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from debate_questions import TIMED

# The OpenAI-compatible server the API tests use, gate and all: one implementation for tests and bench.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # api_servers imports serve_process
from api_servers import SlowChatServer  # type: ignore[import-not-found]

QUESTION = "Who's better, LeBron or Jordan?"
STARTUP_SECONDS = 300.0


# -- a minimal HTTP/1.1 SSE client over raw sockets -------------------------------------------------------

@dataclass
class Stream:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    _buffer: bytes = b""
    _chunked: bool = False

    async def frames(self) -> AsyncIterator[dict[str, str]]:
        """SSE frames as {field: value} (comment-only frames skipped), until the body ends."""
        while True:
            while b"\n\n" not in self._buffer:
                data = await self._read()
                if not data:
                    return
                self._buffer += data
            raw, self._buffer = self._buffer.split(b"\n\n", 1)
            frame: dict[str, str] = {}
            for line in raw.decode().split("\n"):
                if line and not line.startswith(":"):
                    name, _, value = line.partition(":")
                    frame[name] = value.removeprefix(" ")
            if frame:
                yield frame

    async def body(self) -> bytes:
        """The rest of the body, whole."""
        data = bytearray(self._buffer)
        self._buffer = b""
        while chunk := await self._read():
            data += chunk
        return bytes(data)

    async def _read(self) -> bytes:
        if not self._chunked:
            return await self.reader.read(65536)
        size = int((await self.reader.readline()).strip() or b"0", 16)
        if size == 0:
            await self.reader.readline()  # the blank line that ends a chunked body (no trailers)
            return b""
        data = await self.reader.readexactly(size + 2)
        return data[:-2]

    def close(self) -> None:
        self.writer.transport.abort()


async def open_stream(port: int, method: str, path: str, *, body: dict[str, object] | None = None,
                      headers: dict[str, str] | None = None) -> Stream:
    """A request on a new connection (closed with the stream)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    return await send_request(reader, writer, method, path, body=body, headers=headers)


async def send_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, method: str, path: str, *,
                       body: dict[str, object] | None = None, headers: dict[str, str] | None = None) -> Stream:
    """A request on an open connection, with its response's status and headers read."""
    payload = json.dumps(body).encode() if body is not None else b""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Accept: text/event-stream",
             f"Content-Length: {len(payload)}", "Content-Type: application/json",
             *(f"{k}: {v}" for k, v in (headers or {}).items())]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
    head = (await reader.readuntil(b"\r\n\r\n")).decode().split("\r\n")
    stream = Stream(reader, writer, status=int(head[0].split()[1]))
    stream.headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
    stream._chunked = stream.headers.get("transfer-encoding") == "chunked"
    return stream


async def first_debate_event(port: int, path: str) -> float:
    """Seconds from connecting to the first debate event (a frame with an id)."""
    started = time.perf_counter()
    stream = await open_stream(port, "GET", path)
    try:
        async for frame in stream.frames():
            if "id" in frame:
                return time.perf_counter() - started
        raise RuntimeError(f"{path}: the stream ended without an event (status {stream.status})")
    finally:
        stream.close()


async def post_json(port: int, path: str, body: dict[str, object]) -> dict[str, object]:
    stream = await open_stream(port, "POST", path, body=body)
    try:
        data = await stream.reader.readexactly(int(stream.headers.get("content-length", "0")))
        reply: dict[str, object] = json.loads(data)
        if stream.status >= 300:
            raise RuntimeError(f"POST {path}: {stream.status} {reply}")
        return reply
    finally:
        stream.close()


async def read_to_end(port: int, path: str, *, after: int = 0) -> list[tuple[int, str]]:
    stream = await open_stream(port, "GET", path, headers={"Last-Event-ID": str(after)})
    try:
        return [(int(f["id"]), f.get("data", "")) async for f in stream.frames() if "id" in f]
    finally:
        stream.close()


# -- the measurements -------------------------------------------------------------------------------------

def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


async def _start_debates(port: int, count: int, writer: str) -> list[str]:
    replies = [await post_json(port, "/v1/debates", {"question": QUESTION, "writer": writer, "seed": n})
               for n in range(count)]
    return [str(reply["id"]) for reply in replies]


async def _finish(port: int, server: SlowChatServer, debates: list[str]) -> None:
    """Open the LLM server and read the held debates to their end, so they do not write (and take CPU) in the
    background of the next measurement."""
    server.gate.set()
    await asyncio.gather(*(read_to_end(port, f"/v1/debates/{debate_id}/events") for debate_id in debates))


async def _hold_idle(port: int, debates: list[str], count: int, batch: int = 500) -> list[Stream]:
    """Open ``count`` streams on the (silent) debates, each confirmed by its first event."""
    held: list[Stream] = []

    async def one(index: int) -> None:
        stream = await open_stream(port, "GET", f"/v1/debates/{debates[index % len(debates)]}/events")
        async for frame in stream.frames():
            if "id" in frame:
                held.append(stream)
                return

    for start in range(0, count, batch):
        results = await asyncio.gather(*(one(i) for i in range(start, min(start + batch, count))),
                                       return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            print(f"  stopped at {len(held)} streams: {failed[0]!r}")
            break
    return held


async def _traced_heap_kib(pid: int, report: Path) -> float:
    """The server's traced Python heap (``traced_serve.py``), asked for with SIGUSR1."""
    report.unlink(missing_ok=True)
    os.kill(pid, signal.SIGUSR1)
    for _ in range(600):
        if report.exists() and report.read_text():
            return int(report.read_text()) / 1024
        await asyncio.sleep(0.1)
    raise RuntimeError("the traced server did not report its heap")


async def measure_heap(port: int, pid: int, server: SlowChatServer, count: int, report: Path) -> None:
    """Python heap per idle stream, on a server with tracemalloc on (slower, so it measures nothing else)."""
    server.gate.clear()
    debates = await _start_debates(port, 10, "openai")
    await asyncio.sleep(1.0)
    held = await _hold_idle(port, debates, min(500, count))  # the first streams warm the server's caches
    await asyncio.sleep(2.0)
    before, first = await _traced_heap_kib(pid, report), len(held)
    held += await _hold_idle(port, debates, count - first)
    await asyncio.sleep(3.0)
    after = await _traced_heap_kib(pid, report)
    print(f"python heap per idle stream (tracemalloc): {(after - before) / max(1, len(held) - first):.1f} KiB "
          f"(streams {first:,} to {len(held):,}; heap {after / 1024:.0f} MiB)")
    for stream in held:
        stream.close()
    await _finish(port, server, debates)


async def measure_idle(port: int, pid: int, server: SlowChatServer, count: int) -> None:
    server.gate.clear()
    debates = await _start_debates(port, 10, "openai")
    await asyncio.sleep(1.0)
    # Measured over the second half: the first streams reuse memory freed at startup (the parser's
    # index build), which would flatter the figure.
    started = time.perf_counter()
    held = await _hold_idle(port, debates, count // 2)
    await asyncio.sleep(2.0)
    halfway, half = _rss_kib(pid), len(held)
    held += await _hold_idle(port, debates, count - half)
    opened = time.perf_counter() - started
    await asyncio.sleep(3.0)  # let every stream settle into its idle wait
    after = _rss_kib(pid)
    per_stream = (after - halfway) / max(1, len(held) - half)
    print(f"idle streams held: {len(held):,} of {count:,} (opened in {opened:.1f} s); server memory "
          f"{after / 1024:.0f} MiB, {per_stream:.1f} KiB per idle stream (streams {half:,} to {len(held):,})")
    for stream in held:
        stream.close()
    await _finish(port, server, debates)


async def _arrive(port: int, debates: list[str], count: int, rate: float) -> tuple[list[float], list[Stream]]:
    """``count`` clients opening streams on the (silent) debates, one every ``1 / rate`` seconds, each kept open:
    seconds from each one's connecting to its first event, and the streams."""
    seconds: list[float] = []
    held: list[Stream] = []
    begun = time.perf_counter()

    async def one(index: int) -> None:
        await asyncio.sleep(max(0.0, begun + index / rate - time.perf_counter()))
        started = time.perf_counter()
        stream = await open_stream(port, "GET", f"/v1/debates/{debates[index % len(debates)]}/events")
        held.append(stream)
        async for frame in stream.frames():
            if "id" in frame:
                seconds.append(time.perf_counter() - started)
                return

    await asyncio.gather(*(one(i) for i in range(count)))
    return seconds, held


async def measure_first_event(port: int, pid: int, server: SlowChatServer, clients: list[int], rate: float) -> None:
    server.gate.set()
    finished = await _start_debates(port, 5, "template")
    for debate_id in finished:
        await read_to_end(port, f"/v1/debates/{debate_id}/events")
    paths = [f"/v1/debates/{d}/events" for d in finished]
    for count in clients:
        cpu = cpu_seconds(pid)
        burst = await asyncio.gather(*(first_debate_event(port, paths[i % len(paths)]) for i in range(count)))
        cpu_ms = (cpu_seconds(pid) - cpu) * 1000 / count
        ms = [s * 1000 for s in burst]
        # The server's CPU per stream bounds a burst: on one core, N streams take N times that.
        print(f"first event, {count:,} clients connecting at once: p50 {statistics.median(ms):.1f} ms, "
              f"p99 {_percentile(ms, 0.99):.1f} ms (server CPU {cpu_ms:.2f} ms per stream)")
    server.gate.clear()
    silent = await _start_debates(port, 10, "openai")
    await asyncio.sleep(1.0)  # until the debates are built and wait on the closed LLM server
    for count in clients:
        cpu = cpu_seconds(pid)
        ramp, held = await _arrive(port, silent, count, rate)
        cpu_ms = (cpu_seconds(pid) - cpu) * 1000 / count
        ms = [s * 1000 for s in ramp]
        print(f"first event, {count:,} clients arriving at {rate:,.0f}/s and staying connected ({len(held):,} held): "
              f"p50 {statistics.median(ms):.1f} ms, p99 {_percentile(ms, 0.99):.1f} ms "
              f"(server CPU {cpu_ms:.2f} ms per stream)")
        for stream in held:
            stream.close()
    for count in clients:
        held = await _hold_idle(port, silent, count)
        probes: list[float] = []
        for round_ in range(20):
            probes.extend(await asyncio.gather(*(first_debate_event(port, paths[(round_ + i) % len(paths)])
                                                 for i in range(10))))
        ms = [s * 1000 for s in probes]
        print(f"first event, a new client while {len(held):,} streams are open: p50 "
              f"{statistics.median(ms):.1f} ms, p99 {_percentile(ms, 0.99):.1f} ms ({len(ms)} probes)")
        for stream in held:
            stream.close()
    await _finish(port, server, silent)


async def _debate_through_stream(port: int, question: str, seed: int) -> bool:
    stream = await open_stream(port, "POST", "/v1/debates/stream", body={"question": question, "seed": seed})
    try:
        if stream.status == 200:
            async for frame in stream.frames():
                if frame.get("event") in ("debate.completed", "error"):
                    return True
        return False
    finally:
        stream.close()


async def debates_for(seconds: float, concurrency: int, debate: Callable[[str, int], Awaitable[bool]]) -> int:
    """How many debates ``concurrency`` clients finished in ``seconds``, each client running ``debate(question,
    seed)`` back to back over the timed questions in turn."""
    questions = list(TIMED.values())
    done = 0
    deadline = time.perf_counter() + seconds

    async def loop(worker: int) -> None:
        nonlocal done
        n = worker
        while time.perf_counter() < deadline:
            finished = await debate(questions[n % len(questions)], n)
            done += finished  # not "done += await ...": that reads done before the await and loses counts
            n += concurrency

    await asyncio.gather(*(loop(w) for w in range(concurrency)))
    return done


async def measure_throughput(port: int, pid: int, seconds: float, concurrency: int) -> None:
    for question in TIMED.values():  # warm the stat cache, as a running server's would be
        await _debate_through_stream(port, question, 0)
    cpu = cpu_seconds(pid)
    started = time.perf_counter()
    done = await debates_for(seconds, concurrency, partial(_debate_through_stream, port))
    elapsed = time.perf_counter() - started
    cpu_ms = (cpu_seconds(pid) - cpu) * 1000 / max(1, done)
    # CPU per debate too: on a shared machine the wall clock includes other processes' turns.
    print(f"debates per second through POST /v1/debates/stream ({concurrency} clients, template writer, "
          f"cache warm): {done / elapsed:.1f} ({done} debates in {elapsed:.1f} s; server CPU {cpu_ms:.1f} ms "
          f"per debate)")


async def measure_resume(port: int, server: SlowChatServer, clients: int, rng: random.Random) -> None:
    server.gate.set()
    lost = duplicated = corrupted = drops = 0

    async def follow(seed: int) -> None:
        nonlocal lost, duplicated, corrupted, drops
        reply = await post_json(port, "/v1/debates", {"question": QUESTION, "writer": "openai", "seed": seed})
        path = f"/v1/debates/{reply['id']}/events"
        seen: list[tuple[int, str]] = []
        final = False
        while not final:
            stream = await open_stream(port, "GET", path,
                                       headers={"Last-Event-ID": str(seen[-1][0] if seen else 0)})
            budget = rng.randint(1, 12)
            async for frame in stream.frames():
                if "id" in frame:
                    seen.append((int(frame["id"]), frame.get("data", "")))
                    final = frame.get("event") in ("debate.completed", "error")
                    budget -= 1
                    if final or budget == 0:
                        break
            stream.close()  # a hang-up mid-stream, possibly with frames still in flight
            if not final:
                drops += 1
                await asyncio.sleep(rng.uniform(0, 0.05))
        truth = await read_to_end(port, path)
        ids = [i for i, _ in seen]
        lost += len({i for i, _ in truth} - set(ids))
        duplicated += len(ids) - len(set(ids))
        corrupted += sum(1 for event in seen if event not in truth)

    await asyncio.gather(*(follow(n) for n in range(clients)))
    print(f"resume under random disconnects: {clients} clients, {drops} hang-ups; events lost {lost}, "
          f"duplicated {duplicated}, altered {corrupted}")


# -- the server under test --------------------------------------------------------------------------------

def _raise_file_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _serve(port: int, writer_url: str, log: Path, heap_report: Path | None = None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "ARENA_REDIS_URL"}
    env.update({
        "ARENA_LLM_BASE_URL": writer_url,
        "ARENA_LLM_API_KEY": "bench",
        # The gated writer may hold a round for the whole idle phase.
        "ARENA_LLM_FIRST_TOKEN_TIMEOUT_SECONDS": "600",
        "ARENA_LLM_REQUEST_TIMEOUT_SECONDS": "600",
        "ARENA_LOG_LEVEL": "WARNING",
    })
    command = [str(Path(sys.executable).with_name("arena")), "serve", "--port", str(port)]
    if heap_report is not None:
        command = [sys.executable, str(Path(__file__).with_name("traced_serve.py")), "--port", str(port),
                   "--report", str(heap_report)]
    with log.open("wb") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)


async def wait_until_serving(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"arena serve exited with {process.returncode}")
        try:
            stream = await open_stream(port, "GET", "/v1/models")
            stream.close()
            return
        except OSError:
            await asyncio.sleep(0.5)
    raise RuntimeError("arena serve did not start")


async def _run(args: argparse.Namespace) -> None:
    server = SlowChatServer(delay=args.pace).start()
    port = free_port()
    log = Path(args.log)
    heap_report = log.with_suffix(".heap") if args.heap else None
    process = _serve(port, server.base_url, log, heap_report)
    try:
        await wait_until_serving(port, process)
        print(f"arena serve on 127.0.0.1:{port} (pid {process.pid}, log {log})")
        if heap_report is not None:
            await measure_heap(port, process.pid, server, args.idle, heap_report)
            return
        await measure_idle(port, process.pid, server, args.idle)
        await measure_first_event(port, process.pid, server, args.clients, args.arrival_rate)
        await measure_throughput(port, process.pid, args.seconds, args.concurrency)
        await measure_resume(port, server, args.resumers, random.Random(args.seed))
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:  # the traced server can take minutes to let 10,000 streams go
            print("arena serve did not stop within 60 s of SIGTERM: killed")
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--idle", type=int, default=10_000, help="idle streams to hold")
    parser.add_argument("--clients", type=int, nargs="+", default=[100, 1000], help="first-event client counts")
    parser.add_argument("--arrival-rate", type=float, default=500.0,
                        help="clients per second for the steady-arrival first-event figure")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to measure debates per second")
    parser.add_argument("--concurrency", type=int, default=4, help="clients posting debates at once")
    parser.add_argument("--resumers", type=int, default=40, help="clients that hang up and resume")
    parser.add_argument("--pace", type=float, default=0.02, help="seconds per word from the LLM server")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--log", default="/tmp/arena-bench-streams.log", help="arena serve's output")
    parser.add_argument("--heap", action="store_true",
                        help="only the Python heap per idle stream, on a server with tracemalloc on")
    args = parser.parse_args()
    _raise_file_limit()
    asyncio.run(_run(args))


if __name__ == "__main__":
    main()
